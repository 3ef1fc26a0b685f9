import { describe, expect, it } from 'vitest';
import { buildReview } from '../../scripts/review/build-review.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { COMMENT_LIMIT, renderReviewComment, renderReviewSummary, reviewSections } from '../../scripts/publish/review-markdown.ts';
import { inertHtml, inertMarkdown } from '../../scripts/publish/inert-markdown.ts';
import { inspectComment } from './rendered-comment.ts';
import { logText, renderReviewText } from '../../scripts/publish/review-text.ts';
import { edited, fixtureFiles, sideOf, type Files } from './review-fixtures.ts';

const base = fixtureFiles();
const HOSTILE = 'Urgent <img src=x onerror=alert(1)> @org/team `rm -rf` </details>\n::error::pwned';

async function reviewOf(head: Files, from: Files = base) {
  return buildReview({ baseRef: 'main', base: sideOf(from), head: sideOf(head), now: new Date('2026-11-20T06:00:00Z'), clockFor, tickets: null });
}

describe('escaping', () => {
  it('makes hostile text inert in Markdown, in HTML and in logs', () => {
    const zw = '\u200B';
    expect(inertMarkdown(HOSTILE)).toBe(`Urgent \\<img src\\=x onerror\\=alert\\(1\\)\\> \\@${zw}org\\/team \\\`rm \\-rf\\\` \\<\\/details\\> \\:${zw}\\:${zw}error\\:${zw}\\:${zw}pwned`);
    expect(inertHtml(HOSTILE)).toBe(`Urgent &lt;img src=x onerror=alert(1)&gt; @${zw}org/team \`rm -rf\` &lt;/details&gt; :${zw}:${zw}error:${zw}:${zw}pwned`);
    expect(logText(HOSTILE)).toBe('Urgent <img src=x onerror=alert(1)> @org/team `rm -rf` </details> : :error: :pwned');
  });

  it('keeps YAML and SOP text from breaking out of the comment', async () => {
    const head = edited(base, {
      'standards/service-levels/first-response-urgent.yaml': [['title: Urgent tickets get a first reply within one hour', `title: ${JSON.stringify(HOSTILE)}`]],
      'standards/sops/handle-complaint.yaml': [
        ['version: 2', 'version: 3'],
        ['Reply yourself and say who owns the complaint.', JSON.stringify(`Reply yourself. ${HOSTILE}`)],
        ['changelog:\n', `changelog:\n  - { version: 3, date: 2026-11-20, summary: ${JSON.stringify(HOSTILE)} }\n`],
      ],
    });
    const review = await reviewOf(head);
    const comment = renderReviewComment(review);
    for (const text of [comment, renderReviewSummary(review)]) {
      const seen = inspectComment(text);
      expect([seen.links, seen.images, seen.tags, seen.code, seen.filtered, seen.detailsBalanced]).toEqual([[], [], [], [], [], true]);
      expect(text.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
    }
    expect(comment).toContain(`<summary><b>Standard <code>first-response-urgent</code></b> changed: ${inertHtml(HOSTILE)}</summary>`);
    expect(comment).toContain(`- **changelog 3** (2026-11-20): ${inertMarkdown(HOSTILE)}`);
    expect(renderReviewText(review).split('\n').filter((l) => l.includes('::'))).toEqual([]);
  });
});

describe('a pull request touching 200 documents', () => {
  const many: Files = { ...base };
  const changed: Files = { ...base };
  for (let i = 0; i < 200; i++) {
    const id = `standard-${String(i).padStart(3, '0')}`;
    const text = base['standards/service-levels/csat.yaml']!.replace('id: csat', `id: ${id}`);
    many[`standards/service-levels/${id}.yaml`] = text;
    changed[`standards/service-levels/${id}.yaml`] = text.replace(/rationale: .*/, `rationale: ${'Measured again after the reorganisation of the teams, with a longer explanation. '.repeat(8)}`);
  }

  it('cuts the comment between sections under 65,536 characters, and the job summary holds everything', async () => {
    const review = await reviewOf(changed, many);
    expect(review.changes).toHaveLength(200);
    const comment = renderReviewComment(review, { fullReviewUrl: 'https://github.com/acme/standards/actions/runs/42' });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const sections = reviewSections(review);
    const shown = sections.filter((s) => comment.includes(s)).length;
    expect(shown).toBeGreaterThan(10);
    expect(comment.endsWith(`\n\n---\n✂️ **Truncated**: ${sections.length - shown} more sections did not fit in GitHub's 65,536-character limit for a comment; the full review is in [the job summary](https://github.com/acme/standards/actions/runs/42).\n`)).toBe(true);
    expect(comment).toContain('**200 documents change** (200 Standards) compared with `main`.');
    const summary = renderReviewSummary(review);
    for (let i = 0; i < 200; i++) expect(summary).toContain(`<code>standard-${String(i).padStart(3, '0')}</code>`);
  });

  it('always leaves room for the note, whatever the limit', async () => {
    const review = await reviewOf(changed, many);
    for (const limit of [3000, 5000, 20000]) {
      const comment = renderReviewComment(review, { limit });
      expect(comment.length).toBeLessThanOrEqual(limit);
      expect(comment).toMatch(/✂️ \*\*Truncated\*\*: \d+ more sections did not fit/);
    }
  });
});
