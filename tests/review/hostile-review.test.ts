// A fork controls every byte of the review artifact. These tests put hostile text in every string of a review,
// render the comment with the trusted renderer, parse it with a real CommonMark + GFM parser, and check that it
// holds no mention, link, image, HTML or code span that the renderer did not put there itself.
import { describe, expect, it } from 'vitest';
import { createSchemaValidator } from '../../scripts/model/schema-validator.ts';
import { fileLinker, REVIEW_MARKER, renderReviewComment, renderReviewSummary } from '../../scripts/publish/review-markdown.ts';
import { inertHtml, inertMarkdown } from '../../scripts/publish/inert-markdown.ts';
import { HOSTILE_TEXTS, reviewTemplate, withEveryString } from './hostile-review.ts';
import { inspectComment } from './rendered-comment.ts';

const validator = createSchemaValidator();
const RUN_URL = 'https://github.com/acme/standards/actions/runs/42';
const SHA = 'a'.repeat(40);
const fileUrl = fileLinker('https://github.com', 'acme/standards', SHA);
const ownLink = (url: string) => url === RUN_URL || /^https:\/\/github\.com\/acme\/standards\/blob\/a{40}\/standards\/[a-z0-9/.-]+\.yaml$/.test(url);
const links = { fullReviewUrl: RUN_URL, fileUrl };

function clean(markdown: string) {
  const inspection = inspectComment(markdown, ownLink);
  return { links: inspection.links, images: inspection.images, tags: inspection.tags, code: inspection.code, references: inspection.references, filtered: inspection.filtered, detailsBalanced: inspection.detailsBalanced };
}
const CLEAN = { links: [], images: [], tags: [], code: [], references: [], filtered: [], detailsBalanced: true };

describe('the inspector (a CommonMark + GFM parser) sees what GitHub would act on', () => {
  it.each([
    ['cc @alice', 'filtered', ['mention: cc @alice']],
    ['&#64;alice', 'filtered', ['mention: @alice']],
    ['a ` b `@alice` c', 'filtered', ['mention: @alice` c']],
    ['＠alice', 'filtered', ['mention: ＠alice']],
    ['see #12', 'filtered', ['reference: see #12']],
    [':octocat:', 'filtered', ['emoji: :octocat:']],
    ['[x](https://evil.example)', 'links', ['https://evil.example']],
    ['www.evil.example', 'links', ['http://www.evil.example']],
    ['![x](https://evil.example/x.png)', 'images', ['https://evil.example/x.png']],
    ['<img src=x>', 'tags', ['<img src=x>']],
    ['<details><summary>a &commat;b</summary>', 'tags', ['&commat;']],
  ] as const)('%s', (markdown, key, expected) => {
    expect(inspectComment(markdown)[key]).toEqual(expected);
  });

  it('sees a <details> closed before it is opened', () => {
    expect(inspectComment('</details>\n\n<details><summary>x</summary>\n\ny\n\n</details>').detailsBalanced).toBe(false);
  });
});

describe('inert text', () => {
  it('shows hostile text as the same characters, with zero-width spaces where GitHub would act', () => {
    const text = 'Hi @alice, see #12 at https://evil.example <b>now</b> `x`';
    const shown = inspectComment(`- ${inertMarkdown(text)}`).text;
    expect(shown.replace(/\u200B/g, '')).toBe(text);
    expect(inspectComment(`<details><summary>${inertHtml(text)}</summary>\n\nx\n\n</details>`).text.replace(/\u200B/g, '').startsWith(text)).toBe(true);
  });

  it('drops bidirectional overrides and control characters, and folds line breaks', () => {
    expect(inertMarkdown('a\u202Eb\u0007c\nd\r\ne')).toBe('abc d e');
  });

  it('clips long text without splitting a surrogate pair', () => {
    expect(inertMarkdown(`${'x'.repeat(9)}😀tail`, 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('a review whose every string is hostile', () => {
  const template = reviewTemplate();

  it('the template holds every kind of change, is a valid review, and its comment links only to its own files', () => {
    expect(validator.validate('review.schema.json', template)).toEqual([]);
    const seen = inspectComment(renderReviewComment(template, links));
    expect(seen.links).toEqual([`https://github.com/acme/standards/blob/${SHA}/standards/sops/b.yaml`, `https://github.com/acme/standards/blob/${SHA}/standards/policies/p.yaml`]);
    expect(new Set(template.changes.map((c) => c.kind))).toEqual(new Set(['Standard', 'SOP', 'Policy', 'Team', 'Calendar', 'Scorecard', 'Pipeline']));
    expect(renderReviewComment(template, links)).toContain('### Published figures that change');
  });

  it.each(HOSTILE_TEXTS)('%j is accepted as data and rendered inert', (text) => {
    const review = withEveryString(template, text);
    expect(validator.validate('review.schema.json', review)).toEqual([]);
    for (const markdown of [renderReviewComment(review, links), renderReviewSummary(review, links)]) {
      expect(clean(markdown)).toEqual(CLEAN);
    }
    const comment = renderReviewComment(review, links);
    expect(comment.startsWith(`${REVIEW_MARKER}\n`)).toBe(true);
    expect(comment.split(REVIEW_MARKER)).toHaveLength(2);
  });

  it('keeps the comment under the limit when every string is as long as the schema allows', () => {
    const review = withEveryString(template, `@alice ${'[x](https://evil.example) '.repeat(40)}`);
    const comment = renderReviewComment(review, links);
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(clean(comment)).toEqual(CLEAN);
  });
});

describe('inert text at the start of a line (a quoted paragraph)', () => {
  it.each(['---', '- item', '+ item', '1. item', '2) item', '# title', '> quote', '    indented code', '***', '=== ='])('%j stays a paragraph of text', (line) => {
    const tree = inspectComment(`> ${inertMarkdown(line)}`);
    expect(tree.text.replace(/\u200B/g, '')).toBe(line.trim());
  });
});
