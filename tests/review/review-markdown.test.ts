import { describe, expect, it } from 'vitest';
import { buildReview } from '../../scripts/review/build-review.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { COMMENT_LIMIT, renderReviewComment, renderReviewSummary, reviewSections } from '../../scripts/publish/review-markdown.ts';
import { inertHtml, inertMarkdown } from '../../scripts/publish/inert-markdown.ts';
import { inspectComment } from './rendered-comment.ts';
import { reviewSchemaProblem } from '../../scripts/review/review-artifact.ts';
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
  // 200 standards on the base; the pull request lowers every target from 90% to 85%, so all 200 are replayed
  // (200 rows, 200 series tables), and one of them has a title that still says "Nine in ten".
  const many: Files = { ...base };
  const changed: Files = { ...base };
  for (let i = 0; i < 200; i++) {
    const id = `standard-${String(i).padStart(3, '0')}`;
    const text = base['standards/service-levels/csat.yaml']!.replace('id: csat', `id: ${id}`)
      .replace('title: Nine in ten customers rate their support as good', `title: Customers of desk ${i} rate their support as good`)
      .replace(/rationale: .*/, 'rationale: The level our best quarter reached.');
    many[`standards/service-levels/${id}.yaml`] = i === 137 ? text.replace(/title: .*/, 'title: Nine in ten customers of desk 137 rate their support as good') : text;
    changed[`standards/service-levels/${id}.yaml`] = many[`standards/service-levels/${id}.yaml`]!.replace('target: { min: 90% }', 'target: { min: 85% }');
  }
  const review = () => buildReview({ baseRef: 'main', base: sideOf(many), head: sideOf(changed), now: new Date('2026-11-20T06:00:00Z'), clockFor, tickets: { tickets: [], store: 'the standards-data branch' } });
  const RUN = 'https://github.com/acme/standards/actions/runs/42';

  it('puts the one warning first, where no cut can reach it, and the series tables last', async () => {
    const r = await review();
    expect(r.replay.state === 'replayed' && r.replay.standards.length).toBe(200);
    expect(reviewSchemaProblem(r)).toBeNull();
    expect(r.notes.map((n) => `${n.subject}: ${n.message}`)).toEqual(['Standard standard-137: the title still says "Nine in ten" (90%) but the target is now 85%']);
    const comment = renderReviewComment(r, { fullReviewUrl: RUN });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment).toContain('but the target is now 85');
    const at = (marker: string) => comment.indexOf(marker);
    expect(at('### Problems and things to check')).toBeGreaterThan(0);
    expect(at('### Problems and things to check')).toBeLessThan(at('### Standards'));
    expect(comment).toMatch(/✂️ \*\*Truncated\*\*: [\d,]+ more parts did not fit/);
    await expect(comment).toMatchFileSnapshot('../fixtures/review/rendered/two-hundred-documents.md');
  });

  it('holds everything in the job summary, in the same order', async () => {
    const summary = renderReviewSummary(await review());
    for (let i = 0; i < 200; i++) expect(summary).toContain(`<code>standard-${String(i).padStart(3, '0')}</code>: 10-day series`);
    const order = ['### Problems and things to check', '### Standards', '### What-if on the stored tickets', '<summary>Files each owner approves</summary>', '<code>standard-000</code>: 10-day series'].map((m) => summary.indexOf(m));
    expect(order.every((x, i) => x > 0 && (i === 0 || x > order[i - 1]!))).toBe(true);
  });

  it('always leaves room for the note, whatever the limit', async () => {
    const r = await review();
    for (const limit of [3000, 5000, 20000]) {
      const comment = renderReviewComment(r, { limit });
      expect(comment.length).toBeLessThanOrEqual(limit);
      expect(comment).toContain('Nine in ten');
      expect(comment).toMatch(/✂️ \*\*Truncated\*\*: [\d,]+ more parts did not fit/);
    }
  });
});

describe('approvals', () => {
  it('names one of a team\'s owners per group of files, not everyone', async () => {
    // A team without a GitHub team owns its documents through its members: any one of them may approve.
    const from = edited(base, { 'standards/teams/support-leads.yaml': [['githubTeam: acme/support-leads\n', '']] });
    const head = edited(from, {
      'standards/service-levels/csat.yaml': [['target: { min: 90% }', 'target: { min: 85% }'], ['title: Nine in ten customers', 'title: Most customers']],
      'standards/calendars/dublin-office.yaml': [['friday: [09:00-17:00]', 'friday: [09:00-13:00]']],
    });
    const r = await reviewOf(head, from);
    expect(r.approvals).toEqual([
      { owners: ['@ana-lopez', '@sam-okafor'], files: ['standards/service-levels/csat.yaml'] },
      { owners: ['@pat-platform'], files: ['standards/calendars/dublin-office.yaml'] },
    ]);
    expect(renderReviewComment(r)).toContain('Approval needed: one of `@ana-lopez`, `@sam-okafor` for `standards/service-levels/csat.yaml`; `@pat-platform` for `standards/calendars/dublin-office.yaml`.');
  });
});

describe('a calendar-only pull request', () => {
  it('counts the one changed file and lists the standards on the calendar apart, not as changed standards', async () => {
    const head = edited(base, { 'standards/calendars/dublin-office.yaml': [['friday: [09:00-17:00]', 'friday: [09:00-13:00]']] });
    const comment = renderReviewComment(await reviewOf(head));
    expect(comment.split('\n').slice(3, 6)).toEqual([
      '**1 file changes** (1 Calendar) compared with `main`.',
      '',
      'Measured differently, though their files do not change: `next-reply-office` (calendar dublin-office changed).',
    ]);
    expect(comment).not.toContain('<b>Standard');
    expect(comment).toContain('### Standards measured differently\n\n- `next-reply-office` (Customer replies get an answer within four business hours): calendar dublin-office changed');
  });
});
