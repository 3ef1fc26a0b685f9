// A change that alters figures already published (a holiday in the past with `appliesFrom`, an exclusion period
// before now) is named as such in the review, with the days and figures it changes, computed in the same pass
// over the tickets as the what-if. Every figure below is worked out by hand in the comments.
import { afterEach, describe, expect, it } from 'vitest';
import { buildReview } from '../../scripts/review/build-review.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { COMMENT_LIMIT, renderReviewComment, renderReviewSummary } from '../../scripts/publish/review-markdown.ts';
import { reviewSchemaProblem } from '../../scripts/review/review-artifact.ts';
import { renderReviewText } from '../../scripts/publish/review-text.ts';
import type { Review } from '../../scripts/review/review-data.ts';
import { HAND_TICKETS, NOW, edited, fixtureFiles, removeTemps, sideOf, ticket, type Files } from './review-fixtures.ts';

afterEach(removeTemps);

const STANDARD = 'standards/service-levels/first-response-urgent.yaml';
const CALENDAR = 'standards/calendars/dublin-office.yaml';
const PIPELINE = 'standards/pipeline.yaml';

async function review(base: Files, head: Files, tickets = HAND_TICKETS): Promise<Review> {
  return buildReview({ baseRef: 'main', base: sideOf(base), head: sideOf(head), now: new Date(NOW), clockFor, tickets: { tickets, store: 'hand' } });
}
const published = (r: Review) => (r.replay.state === 'replayed' ? r.replay.published : undefined);

describe('an exclusion period before now', () => {
  const base = fixtureFiles();
  const withExclusion = (from: string, to: string) => edited(base, {
    [PIPELINE]: [['  seriesDays: 10\n', `  seriesDays: 10\nexclusions:\n  - { id: outage, from: ${from}, to: ${to}, reason: Helpdesk outage., standards: [first-response-urgent] }\n`]],
  });

  it('is named as a change of published figures, with the days and figures it changes', async () => {
    const r = await review(base, withExclusion('2026-11-19T14:00:00Z', '2026-11-19T16:00:00Z'));
    // Urgent tickets, 1h, 7-day windows, UTC. T5 (19 Nov 15:00–17:00, missed) lies in the outage: left out.
    // 19 Nov: T3 (40m), T4 (55m) met, T5 missed → 3 measured, 2 met, 2/3; window T1–T5: 4/5 = 0.8.
    // Without T5: 2 measured, 2 met, 1; window 4/4 = 1. 18 Nov does not change; 20 Nov is today, not published.
    expect(published(r)).toEqual([{
      id: 'first-response-urgent', reasons: ['exclusion outage added'], days: [
        { date: '2026-11-19', base: { count: 3, met: 2, value: 2 / 3, windowValue: 0.8 }, proposed: { count: 2, met: 2, value: 1, windowValue: 1 } },
      ],
    }]);
    expect(r.notes.filter((n) => n.rule === 'published-history')).toEqual([{
      severity: 'warning', file: PIPELINE, subject: 'Pipeline pipeline', rule: 'published-history',
      message: 'exclusion outage added: its period lies before now, so it changes figures already published for first-response-urgent: the days and figures are listed under "Published figures that change"',
    }]);
    expect(reviewSchemaProblem(r)).toBeNull();
    const comment = renderReviewComment(r);
    expect(comment).toContain('📜 **Changes figures already published**: `first-response-urgent` on 1 day.');
    expect(comment).toContain([
      '### Published figures that change',
      '',
      'Once merged, the nightly job computes these days again: each cell is as published → as it will be.',
      '',
      '- `first-response-urgent`: 1 published day changes, 2026-11-19, because exclusion outage added:',
      '',
      '| day | measured | met | the day | window ending that day |',
      '| --- | --- | --- | --- | --- |',
      '| 2026-11-19 | 3 → 2 | 2 | 66.7% → 100% | 80% → 100% |',
    ].join('\n'));
    expect(renderReviewText(r)).toContain('  first-response-urgent (exclusion outage added):\n    2026-11-19: 3 → 2, 2 → 2, 0.667 → 1, 0.8 → 1');
  });

  it('in the future, changes nothing published and is not named', async () => {
    const r = await review(base, withExclusion('2026-11-21T00:00:00Z', '2026-11-21T12:00:00Z'));
    expect(published(r)).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(renderReviewComment(r)).not.toContain('Published figures that change');
  });

  it('is named without a store too, pointing to the replay for the figures', async () => {
    const r = await buildReview({ baseRef: 'main', base: sideOf(base), head: sideOf(withExclusion('2026-11-19T14:00:00Z', '2026-11-19T16:00:00Z')), now: new Date(NOW), clockFor, tickets: null });
    expect(r.notes.map((n) => n.message)).toEqual([
      'exclusion outage added: its period lies before now, so it changes figures already published for first-response-urgent: a replay on the stored tickets lists the days and figures',
    ]);
  });
});

describe('a holiday added to a calendar', () => {
  // first-response-urgent measured in Dublin office hours (09:00–17:00 Mon–Fri, UTC+0 in November), 1h, 70%.
  const base = edited(fixtureFiles(), { [STANDARD]: [['threshold: 1h', 'threshold: 1h\ncalendar: dublin-office']] });
  const holiday = (extra: string) => edited(base, { [CALENDAR]: [['  - { date: 2026-12-25, name: Christmas Day }', `  - { date: 2026-11-18, name: Founders day }\n  - { date: 2026-12-25, name: Christmas Day }${extra}`]] });
  // T7: created Wed 18 Nov 16:30, answered Thu 19 Nov 09:45: 30 + 45 = 75 business minutes, missed; with 18 Nov
  // a holiday, 45, met.
  const tickets = [...HAND_TICKETS, ticket('T7', '2026-11-18T16:30:00Z', 17 * 60 + 15)];
  // As published: 18 Nov: T1 (30m), T2 (50m) met → 2, 2, 1; window 1. 19 Nov: T7 75 missed, T3 40 met, T4 55 met,
  // T5 120 missed → 4, 2, 0.5; window 4 of 6. With the holiday: 18 Nov T1, T2 take 0 minutes, met either way (no
  // change); 19 Nov T7 met → 4, 3, 0.75; window 5 of 6.
  const day19 = { date: '2026-11-19', base: { count: 4, met: 2, value: 0.5, windowValue: 4 / 6 }, proposed: { count: 4, met: 3, value: 0.75, windowValue: 5 / 6 } };
  // next-reply-office is on the same calendar: named too, though no stored ticket has a next reply.
  const reasons = ['calendar dublin-office changes from 2026-11-18 (appliesFrom)'];
  const expected = [{ id: 'first-response-urgent', reasons, days: [day19] }, { id: 'next-reply-office', reasons, days: [] }];

  it('with appliesFrom reaches back: the review names it on the calendar and lists the day it changes', async () => {
    const r = await review(base, holiday('\nappliesFrom: 2026-11-18'), tickets);
    expect(published(r)).toEqual(expected);
    expect(r.notes.filter((n) => n.rule === 'published-history').map((n) => [n.file, n.subject, n.message])).toEqual([[
      CALENDAR, 'Calendar dublin-office',
      'this change applies from 2026-11-18 (appliesFrom), before today, so it changes figures already published for first-response-urgent, next-reply-office: the days and figures are listed under "Published figures that change". Drop appliesFrom to apply it from the day it is merged',
    ]]);
    // The what-if: 5 of 6 within 1h (met, 70%) instead of 4 of 6 (breached).
    expect(r.replay.state === 'replayed' && r.replay.standards.map((s) => [s.id, s.base?.value, s.base?.status, s.proposed.value, s.proposed.status])).toEqual([
      ['first-response-urgent', 4 / 6, 'breached', 5 / 6, 'met'],
      ['next-reply-office', null, 'no-data', null, 'no-data'],
    ]);
  });

  it('without appliesFrom applies from the day it is merged: nothing published changes, while the what-if shows its effect', async () => {
    const r = await review(base, holiday(''), tickets);
    expect(published(r)).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.replay.state === 'replayed' && r.replay.standards.map((s) => [s.base?.value, s.proposed.value])).toEqual([[4 / 6, 5 / 6], [null, null]]);
  });

  it('with a tightened threshold too: the published days keep the old threshold, which judged them (a third evaluation in the same pass)', async () => {
    const head = edited(holiday('\nappliesFrom: 2026-11-18'), { [STANDARD]: [['threshold: 1h', 'threshold: 45m']] });
    const r = await review(base, head, tickets);
    // Once merged, 45m judges from today: 19 Nov is as above. (The what-if judges every day at 45m: on 19 Nov
    // T7 (45) and T3 met, T4 and T5 missed, 2 of 4 as published, so its figures alone would show no change.)
    expect(published(r)).toEqual(expected);
    expect(r.replay.state === 'replayed' && r.replay.standards.map((s) => [s.proposed.value, s.proposed.count])).toEqual([[4 / 6, 6], [null, 0]]);
  });
});

describe('a pull request touching 200 documents that also corrects the past', () => {
  // As in review-markdown.test.ts: 200 standards whose target drops from 90% to 85% fill the comment with rows
  // and series tables; the calendar gains a holiday with appliesFrom, as above.
  const base = edited(fixtureFiles(), { [STANDARD]: [['threshold: 1h', 'threshold: 1h\ncalendar: dublin-office']] });
  const many: Files = { ...base };
  const changed: Files = edited(base, { [CALENDAR]: [['  - { date: 2026-12-25, name: Christmas Day }', '  - { date: 2026-11-18, name: Founders day }\n  - { date: 2026-12-25, name: Christmas Day }\nappliesFrom: 2026-11-18']] });
  for (let i = 0; i < 200; i++) {
    const id = `standard-${String(i).padStart(3, '0')}`;
    const text = base['standards/service-levels/csat.yaml']!.replace('id: csat', `id: ${id}`).replace(/title: .*/, `title: Customers of desk ${i} rate their support as good`).replace(/rationale: .*/, 'rationale: The level our best quarter reached.');
    many[`standards/service-levels/${id}.yaml`] = text;
    changed[`standards/service-levels/${id}.yaml`] = text.replace('target: { min: 90% }', 'target: { min: 85% }');
  }
  const tickets = [...HAND_TICKETS, ticket('T7', '2026-11-18T16:30:00Z', 17 * 60 + 15)];

  it('keeps the published figures right after the problems, where no cut reaches them', async () => {
    const r = await review(many, changed, tickets);
    expect(reviewSchemaProblem(r)).toBeNull();
    for (const limit of [COMMENT_LIMIT, 5000]) {
      const comment = renderReviewComment(r, { limit });
      expect(comment.length).toBeLessThanOrEqual(limit);
      expect(comment).toMatch(/✂️ \*\*Truncated\*\*: [\d,]+ more parts did not fit/);
      expect(comment).toContain('| 2026-11-19 | 4 | 2 → 3 | 50% → 75% | 66.7% → 83.3% |');
      const at = (marker: string) => comment.indexOf(marker);
      expect(at('### Problems and things to check')).toBeGreaterThan(0);
      expect(at('### Problems and things to check')).toBeLessThan(at('### Published figures that change'));
      if (at('### Standards') >= 0) expect(at('### Published figures that change')).toBeLessThan(at('### Standards'));
    }
    expect(renderReviewSummary(r).indexOf('### Published figures that change')).toBeLessThan(renderReviewSummary(r).indexOf('### Calendars'));
  });
});
