// The engine's people measurements, each against numbers worked out by hand: a review scored with scores (and
// the points each behaviour costs), qa_coverage's agent-weeks, sop_acknowledgement's members per version (met,
// late, superseded, pending, in flight), and calibration between reviewers.

import { describe, expect, it } from 'vitest';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { scoreQaReview } from '../../scripts/engine/metrics.ts';
import { reviewEntries, type PeopleRecords } from '../../scripts/engine/people-records.ts';
import { calibrationOf } from '../../scripts/engine/people-report.ts';
import type { QaReviewRecord } from '../../scripts/model/documents.generated.ts';
import type { TeamDefinition } from '../../scripts/model/model.ts';
import { clocksFor, model, scorecard, standard } from '../engine/engine-fixtures.ts';
import { REFUNDS_ACKNOWLEDGEMENTS, REFUNDS_SOP, refundsAck, refundsVersions } from './refunds-sop.ts';

const card = scorecard(); // acknowledge ×1, accurate ×2, ownership ×1 (critical); pass mark 80%
const team: TeamDefinition = { id: 'emea', name: 'EMEA', description: null, calendar: null, githubTeam: null, leads: [], members: ['a', 'b', 'c'], origin: { file: 'standards/teams/emea.yaml' } };
const review = (key: string, at: string, agent: string, reviewer = 'lead', ticket = key): QaReviewRecord => ({ key, ticket, at, scorecard: card.id, reviewer, agent, results: { acknowledge: 'pass' } });

describe('a review scored with scores', () => {
  it('counts a score s as s of the weight, passes a behaviour at the pass mark, and its points add up to 1 − score', () => {
    // (0.5·1 + 1·2 + 0.9·1) / 4 = 0.85; acknowledge loses 0.5/4, ownership 0.1/4.
    const good = scoreQaReview({ acknowledge: 0.5, accurate: 'pass', ownership: 0.9 }, card)!;
    expect([good.score, good.passed]).toEqual([0.85, true]);
    expect([...good.behaviours].map(([id, b]) => [id, b.passed])).toEqual([['acknowledge', false], ['accurate', true], ['ownership', true]]);
    expect([...good.behaviours.values()].map((b) => b.lost)).toEqual([0.125, 0, expect.closeTo(0.025, 12)]);
    // Ownership (critical) at 0.7, under the pass mark: the review scores 0; ownership also costs the 0.8 the review had.
    const failed = scoreQaReview({ acknowledge: 0.5, accurate: 'pass', ownership: 0.7 }, card)!;
    expect([failed.score, failed.passed]).toEqual([0, false]);
    expect(failed.behaviours.get('ownership')!.lost).toBeCloseTo(0.3 / 4 + 0.8, 12);
    expect([...failed.behaviours.values()].reduce((sum, b) => sum + b.lost, 0)).toBeCloseTo(1, 12);
  });
});

const people = (records: Partial<PeopleRecords>): PeopleRecords => ({ reviews: [], acknowledgements: [], sopVersions: new Map(), ...records });

describe('qa_coverage: agent-weeks with at least N reviews', () => {
  it('a success at the review that reaches N, a miss at the end of a week that did not, the running week pending', async () => {
    const coverage = standard({ id: 'coverage', metric: 'qa_coverage', reviewsPerAgent: 2, scope: { team: ['emea'] }, window: { kind: 'rolling', days: 14, text: '14d' }, target: { direction: 'min', value: 0.5 } });
    // Weeks start on Mondays (UTC): 26 Oct, 2 Nov, 9 Nov, 16 Nov. Now: Wednesday 18 Nov 06:00, the window from 4 Nov 06:00.
    const reviews = [
      review('1', '2026-11-02T10:00:00Z', 'a'), review('2', '2026-11-04T10:00:00Z', 'a'), // week 2 Nov: a reaches 2 on 4 Nov 10:00 (met)
      review('3', '2026-11-10T10:00:00Z', 'a'), // week 9 Nov: one review (missed on Sunday 15 Nov)
      review('4', '2026-11-16T10:00:00Z', 'a'), review('5', '2026-11-17T10:00:00Z', 'a'), // week 16 Nov: met on 17 Nov
      review('6', '2026-11-17T11:00:00Z', 'nobody-we-know'), review('7', '2026-11-17T11:30:00Z', 'nobody-we-know'),
    ];
    const report = await evaluateStandards({
      model: model({ standards: [coverage], teams: [{ ...team, members: ['a', 'b'] }], scorecards: [card] }),
      tickets: [], now: new Date('2026-11-18T06:00:00Z'), clockFor: clocksFor(), people: people({ reviews }),
    });
    const r = report.standards[0]!;
    // In the window: a met (4 Nov), b missed (8 Nov), a missed and b missed (15 Nov), a met (17 Nov); b's week of
    // 16 Nov runs on. The weeks of 26 Oct ended (1 Nov) before the window.
    expect([r.count, r.met, r.pending, r.value]).toEqual([5, 2, 1, 0.4]);
    expect(r.breakdown.team).toEqual([{ key: 'emea', count: 5, met: 2, value: 0.4 }]);
    expect(r.breakdown.priority).toEqual([]);
    const day = (date: string) => r.series.find((d) => d.date === date)!;
    // Error budget: 50% of 5 allows 2.5 misses; 3 used: overspent by 3 / 2.5 − 1 = 20%.
    // The series (the last 10 days): Sunday 15 Nov holds both misses of the week, Tuesday 17 Nov a's success.
    expect([day('2026-11-15').count, day('2026-11-15').met, day('2026-11-16').count, day('2026-11-17').count, day('2026-11-17').met]).toEqual([2, 0, 0, 1, 1]);
    // The scoped team by its Team document's name, not its id.
    expect(r.statement).toBe('40% of 5 agent-weeks for EMEA had at least 2 QA reviews over the last 14 days; target at least 50%; breached; error budget overspent by 20%.');
  });
});

describe('sop_acknowledgement: every following member, every version', () => {
  const sop = REFUNDS_SOP;
  const ack = refundsAck;
  const acknowledgements = REFUNDS_ACKNOWLEDGEMENTS; // a 1 day (met), b 7 days (late), a 1 day (met)
  const records = people({ acknowledgements, sopVersions: refundsVersions() });
  const acknowledged = standard({ id: 'ack', metric: 'sop_acknowledgement', thresholdMinutes: 5 * 1440, objective: 0.9, target: null, effective: '2026-10-01' });
  const run = (now: string) => evaluateStandards({ model: model({ standards: [acknowledged], teams: [team], sops: [sop] }), tickets: [], now: new Date(now), clockFor: clocksFor(), people: records });

  it('version 1: a on time, b late, c never (missed at day 5, superseded later); version 2: a on time, b and c pending', async () => {
    const r = (await run('2026-10-24T00:00:00Z')).standards[0]!;
    expect([r.count, r.met, r.pending, r.inFlight, r.value]).toEqual([4, 2, 2, 0, 0.5]);
  });

  it('two days later, version 2 is past its 5 days for b and c: two misses in flight (b acknowledged version 1 only)', async () => {
    const report = await run('2026-10-26T00:00:00Z');
    const r = report.standards[0]!;
    expect([r.count, r.met, r.pending, r.inFlight]).toEqual([6, 2, 0, 2]);
    expect(r.statement).toBe('33.3% of 6 acknowledgements of new SOP versions due came within 5d over the last 30 days; objective 90%; breached; error budget overspent by 567%.');
    expect(report.acknowledgements).toEqual([{ sop: 'refunds', version: 2, published: '2026-10-20T00:00:00.000Z', followers: 3, acknowledged: 1, teams: [{ team: 'emea', members: 3, acknowledged: 1 }] }]);
  });
});

describe('calibration', () => {
  it('compares every pair of reviewers of the same ticket (each one\'s latest review), behaviour by behaviour', () => {
    const marks = (key: string, ticket: string, reviewer: string, at: string, results: QaReviewRecord['results']): QaReviewRecord => ({ key, ticket, at, scorecard: card.id, reviewer, agent: 'a', results });
    const reviews = reviewEntries([
      marks('1', 'T1', 'r1', '2026-11-01T09:00:00Z', { acknowledge: 'fail', accurate: 'pass', ownership: 'pass' }), // replaced by r1's later review
      marks('2', 'T1', 'r1', '2026-11-02T09:00:00Z', { acknowledge: 'pass', accurate: 'fail', ownership: 'na' }),
      marks('3', 'T1', 'r2', '2026-11-02T10:00:00Z', { acknowledge: 'pass', accurate: 'pass', ownership: 'na' }),
      marks('4', 'T1', 'r3', '2026-11-02T11:00:00Z', { acknowledge: 0.9, accurate: 'fail', ownership: 'na' }), // 0.9 ≥ 80%: pass
      marks('5', 'T2', 'r1', '2026-11-02T12:00:00Z', { acknowledge: 'pass' }), // one reviewer: no pair
    ]);
    const calibration = calibrationOf(card, reviews, Date.parse('2026-10-01T00:00:00Z'), Date.parse('2026-11-03T00:00:00Z'));
    expect(calibration.tickets).toBe(1);
    // acknowledge: pass, pass, pass → 3 of 3; accurate: fail, pass, fail → (r1, r3) only, 1 of 3; ownership: na ×3 → 3 of 3.
    expect(calibration.behaviours.map((b) => [b.id, b.pairs, b.agreed, b.agreement])).toEqual([['acknowledge', 3, 3, 1], ['accurate', 3, 1, 0.333333333], ['ownership', 3, 3, 1]]);
  });
});
