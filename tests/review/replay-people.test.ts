// The what-if replay is given the QA reviews imported into the store, as the nightly evaluate reads them, so a
// qa_score or qa_coverage standard replays with its base side equal to the published figure. It reads no SOP
// acknowledgements or publication dates, so a sop_acknowledgement standard is left out, and so is a qa_coverage
// standard when the pull request changes who is in a team (the replay measures both sides with the proposed
// teams); the notes say which and why.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { replayStandards } from '../../scripts/review/replay.ts';
import { NO_HISTORY, reviewVersions } from '../../scripts/review/review-history.ts';
import type { Review } from '../../scripts/review/review-data.ts';
import type { StandardsModel, TeamDefinition } from '../../scripts/model/model.ts';
import type { QaReviewRecord } from '../../scripts/model/documents.generated.ts';
import { NO_PEOPLE_RECORDS } from '../../scripts/engine/people-records.ts';
import { QA_REVIEWS_FILE, qaReviewLine } from '../../scripts/store/qa-review-store.ts';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { clocksFor, model, scorecard, standard, ticket } from '../engine/engine-fixtures.ts';
import { HAND_TICKETS, edited, fixtureFiles, removeTemps, tempDir, twoBranchRepo, writeStore } from './review-fixtures.ts';

afterEach(removeTemps);

const NOW = new Date('2026-11-20T06:00:00Z');
const card = scorecard();
const qaScore = standard({ id: 'qa-score', metric: 'qa_score', scorecard: card.id, target: { direction: 'min', value: 0.8 } });
const coverage = standard({ id: 'qa-coverage', metric: 'qa_coverage', scorecard: card.id, reviewsPerAgent: 2, target: { direction: 'min', value: 0.9 } });
const acknowledged = standard({ id: 'sop-ack', metric: 'sop_acknowledgement', thresholdMinutes: 7 * 24 * 60, objective: 0.9, target: null });
const firstResponse = standard({ id: 'first-response', metric: 'first_response_time' });

async function replay(base: StandardsModel, head: StandardsModel, qaReviews?: QaReviewRecord[], now = NOW) {
  return replayStandards({
    versions: reviewVersions(base, head, NO_HISTORY, now), tickets: [], now, clockFor: clocksFor(),
    ...(qaReviews === undefined ? {} : { qaReviews }),
  });
}

/** What evaluate publishes for `id` with the store's reviews: the base side must equal it. */
async function published(m: StandardsModel, id: string, reviews: QaReviewRecord[], now = NOW) {
  const report = await evaluateStandards({ model: m, tickets: [], now, clockFor: clocksFor(), people: { ...NO_PEOPLE_RECORDS, reviews } });
  return report.standards.find((s) => s.id === id)!;
}

// A review of a ticket the store holds (its `match`), every behaviour passed unless `failed` says which failed.
const storedReview = (key: string, at: string, failed: string[] = [], agent = 'a'): QaReviewRecord => ({
  key, ticket: key, at, scorecard: card.id, reviewer: 'lead', agent,
  results: Object.fromEntries(card.behaviours.map((b) => [b.id, failed.includes(b.id) ? 'fail' : 'pass'])),
  match: { day: at.slice(0, 10), created: '2026-11-01T08:00:00Z', ended: '2026-11-01T09:00:00Z', priority: 'normal', channel: 'email', tags: [] },
});

describe('a replay of a qa_score standard with QA reviews imported into the store', () => {
  // Scores (acknowledge ×1, accurate ×2, ownership ×1, critical): 1, (1 + 0 + 1) / 4 = 0.5, 0.5: a mean of 2 / 3.
  const reviews = [storedReview('R1', '2026-11-10T12:00:00Z'), storedReview('R2', '2026-11-12T12:00:00Z', ['accurate']), storedReview('R3', '2026-11-15T12:00:00Z', ['accurate'])];

  it('replays it with the reviews: its base side is the published figure, its proposed side judged by the new target', async () => {
    const base = model({ standards: [qaScore, firstResponse], scorecards: [card], pipeline: { ...model({ standards: [] }).pipeline, evaluation: { ...model({ standards: [] }).pipeline.evaluation, minimumSample: 1 } } });
    const head = { ...base, standards: [{ ...qaScore, target: { direction: 'min' as const, value: 0.5 } }, firstResponse] };
    const outcome = await replay(base, head, reviews);
    expect(outcome.notes).toEqual([]);
    const [r] = outcome.standards;
    expect(outcome.standards.map((s) => s.id)).toEqual(['qa-score']);
    // Error budget: at least 80% of 3 allows 0.6 lost, 1 was lost: 1 − 1 / 0.6 left; at least 50% allows 1.5: 1 − 1 / 1.5.
    expect([r!.base!.count, r!.base!.value, r!.base!.status, r!.base!.budgetRemaining]).toEqual([3, 2 / 3, 'breached', -0.666666667]);
    expect([r!.proposed.count, r!.proposed.value, r!.proposed.status, r!.proposed.budgetRemaining]).toEqual([3, 2 / 3, 'met', 0.333333333]);
    const plain = await published(base, 'qa-score', reviews);
    expect([plain.count, plain.value, plain.status, plain.errorBudget?.remaining]).toEqual([3, 2 / 3, 'breached', -0.666666667]);
  });

  it('counts no review of a ticket the store does not hold, nor one dated after "now"', async () => {
    const base = model({ standards: [qaScore], scorecards: [card] });
    const head = model({ standards: [{ ...qaScore, target: { direction: 'min', value: 0.7 } }], scorecards: [card] });
    const { match: _unmatched, ...unmatched } = storedReview('R4', '2026-11-16T12:00:00Z', ['accurate']);
    const outcome = await replay(base, head, [...reviews, unmatched, storedReview('R5', '2026-11-21T12:00:00Z', ['accurate'])]);
    expect(outcome.standards.map((s) => [s.id, s.base?.count, s.base?.value, s.proposed.count, s.proposed.value])).toEqual([['qa-score', 3, 2 / 3, 3, 2 / 3]]);
  });
});

describe('a replay of a qa_coverage standard', () => {
  // tests/quality/people-measures.test.ts's weeks, worked out by hand there: with 2 reviews an agent-week, 5
  // agent-weeks in the window from 4 Nov 06:00 to 18 Nov 06:00, 2 met, b's running week pending.
  const now = new Date('2026-11-18T06:00:00Z');
  const team: TeamDefinition = { id: 'emea', name: 'EMEA', description: null, calendar: null, githubTeam: null, leads: [], members: ['a', 'b'], origin: { file: 'standards/teams/emea.yaml' } };
  const twice = standard({ id: 'coverage', metric: 'qa_coverage', scorecard: card.id, reviewsPerAgent: 2, scope: { team: ['emea'] }, window: { kind: 'rolling', days: 14, text: '14d' }, target: { direction: 'min', value: 0.5 } });
  const at = ['2026-11-02T10:00:00Z', '2026-11-04T10:00:00Z', '2026-11-10T10:00:00Z', '2026-11-16T10:00:00Z', '2026-11-17T10:00:00Z'];
  const reviews = at.map((t, i) => storedReview(`C${i}`, t));
  const base = model({ standards: [twice], teams: [team], scorecards: [card] });

  it('replays it: the base side the published 2 of 5, the proposed one review a week 2 of 4', async () => {
    // One review a week: a's week of 2 Nov is met on 2 Nov 10:00, before the window; b misses 8 and 15 Nov; a meets
    // on 10 and 16 Nov; b's week of 16 Nov runs on.
    const head = model({ standards: [{ ...twice, reviewsPerAgent: 1 }], teams: [team], scorecards: [card] });
    const outcome = await replay(base, head, reviews, now);
    expect(outcome.notes).toEqual([]);
    expect(outcome.standards.map((s) => [s.id, s.base?.count, s.base?.value, s.proposed.count, s.proposed.value])).toEqual([['coverage', 5, 0.4, 4, 0.5]]);
    const plain = await published(base, 'coverage', reviews, now);
    expect([plain.count, plain.value]).toEqual([5, 0.4]);
  });

  it('leaves it out when the pull request changes who is in its team, and says so; a qa_score standard still replays', async () => {
    const head = model({ standards: [{ ...twice, reviewsPerAgent: 1 }, qaScore], teams: [{ ...team, members: ['a', 'b', 'c'] }], scorecards: [card] });
    const outcome = await replay(model({ ...base, standards: [twice, qaScore] }), { ...head, standards: [head.standards[0]!, { ...qaScore, target: { direction: 'min', value: 0.7 } }] }, reviews, now);
    expect(outcome.standards.map((s) => s.id)).toEqual(['qa-score']);
    expect(outcome.notes).toEqual([
      'Not replayed: coverage (qa_coverage): the pull request changes who is in team emea, whose members the coverage counts, and the replay measures both sides with the proposed teams, so its figures for them would not be the published ones (standards evaluate measures them with these).',
    ]);
  });

  it('replays it when only a team\'s name or description changes', async () => {
    const head = model({ standards: [{ ...twice, reviewsPerAgent: 1 }], teams: [{ ...team, name: 'Europe', description: 'Renamed.' }], scorecards: [card] });
    const outcome = await replay(base, head, reviews, now);
    expect(outcome.notes).toEqual([]);
    expect(outcome.standards.map((s) => [s.id, s.base?.value, s.proposed.value])).toEqual([['coverage', 0.4, 0.5]]);
  });
});

describe('a replay of a sop_acknowledgement standard', () => {
  it('leaves it out, added or changed, or changed to it, and still replays the rest', async () => {
    const base = model({ standards: [{ ...qaScore, id: 'was-qa' }, firstResponse], scorecards: [card] });
    const head = model({ standards: [{ ...acknowledged, id: 'was-qa' }, acknowledged, { ...firstResponse, thresholdMinutes: 45 }], scorecards: [card] });
    const outcome = await replay(base, head, []);
    expect(outcome.standards.map((s) => s.id)).toEqual(['first-response']);
    expect(outcome.notes).toEqual([
      'Not replayed: was-qa (qa_score → sop_acknowledgement), sop-ack (sop_acknowledgement): the replay does not read the SOP acknowledgements or when each SOP version was published, so its figures for them would not be the published ones (standards evaluate measures them with these).',
    ]);
  });

  it('names five and counts the rest', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...acknowledged, id: `ack-${i + 1}` }));
    const outcome = await replay(model({ standards: [] }), model({ standards: many }));
    expect(outcome.notes).toEqual([
      'Not replayed: ack-1 (sop_acknowledgement), ack-2 (sop_acknowledgement), ack-3 (sop_acknowledgement), ack-4 (sop_acknowledgement), ack-5 (sop_acknowledgement) and 2 more: the replay does not read the SOP acknowledgements or when each SOP version was published, so its figures for them would not be the published ones (standards evaluate measures them with these).',
    ]);
  });
});

describe('a replay of a qa_score standard whose scorecard the pull request changes', () => {
  // One ticket with one review on it, every behaviour passed: a score of 1.
  const reviewed = ticket({
    id: 'T1', created: '2026-11-18T10:00:00Z', replies: [['2026-11-18T10:30:00Z', 'agent']], changes: [['2026-11-18T11:00:00Z', 'solved']],
    qa: [{ scorecard: card.id, at: '2026-11-18T12:00:00Z', results: { acknowledge: 'pass', accurate: 'pass', ownership: 'pass' } }],
  });
  const base = model({ standards: [qaScore, firstResponse], scorecards: [card] });

  it('leaves it out, since its base side would match none of the reviews, and says so', async () => {
    const head = model({ standards: [qaScore, { ...firstResponse, thresholdMinutes: 45 }], scorecards: [{ ...card, passMark: 0.7 }] });
    const outcome = await replayStandards({ versions: reviewVersions(base, head, NO_HISTORY, NOW), tickets: [reviewed], now: NOW, clockFor: clocksFor() });
    expect(outcome.standards.map((s) => s.id)).toEqual(['first-response']);
    expect(outcome.notes).toEqual([
      'Not replayed: qa-score (scorecard interaction-standards changed): the replay cannot yet judge the same QA reviews by two versions of one scorecard, so its base figures would not be the published ones.',
    ]);
  });

  it('replays it, its base side the plain evaluate’s figures, when the scorecard is unchanged', async () => {
    const head = model({ standards: [{ ...qaScore, target: { direction: 'min', value: 0.7 } }], scorecards: [card] });
    const plain = (await evaluateStandards({ model: base, tickets: [reviewed], now: NOW, clockFor: clocksFor() })).standards.find((s) => s.id === 'qa-score')!;
    expect([plain.value, plain.count]).toEqual([1, 1]);
    const outcome = await replayStandards({ versions: reviewVersions(base, head, NO_HISTORY, NOW), tickets: [reviewed], now: NOW, clockFor: clocksFor() });
    expect(outcome.standards.map((s) => [s.id, s.base?.value, s.base?.count, s.proposed.value, s.proposed.count])).toEqual([['qa-score', 1, 1, 1, 1]]);
    expect(outcome.notes).toEqual([]);
  });
});

const SCORECARD = `kind: Scorecard
id: interaction
title: Interaction
owner: support-leads
passMark: 80%
behaviours:
  - { id: greet, title: Greet the customer, weight: 1, description: Greets by name. }
  - { id: accurate, title: Accurate information, weight: 2, critical: true, description: Every fact is right. }
review: { every: 1y, last: 2026-10-01 }
`;
const QA_SCORE = `kind: Standard
id: qa-score
title: Reviewed interactions score at least 80%
dimension: assurance
metric: qa_score
target: { min: 80% }
scorecard: interaction
window: 30d
owner: support-leads
effective: 2026-10-01
review: { every: 1y, last: 2026-10-01 }
rationale: The pass mark of the scorecard, on average.
`;

describe('standards review with QA reviews imported into the store', () => {
  const base = { ...fixtureFiles(), 'standards/qa/interaction.yaml': SCORECARD, 'standards/service-levels/qa-score.yaml': QA_SCORE };
  const head = edited(base, { 'standards/service-levels/qa-score.yaml': [['target: { min: 80% }', 'target: { min: 50% }']] });

  async function review(withReviews: boolean): Promise<Review> {
    const root = await twoBranchRepo(base, head);
    const store = tempDir('standards-store-');
    await writeStore(store, HAND_TICKETS);
    if (withReviews) {
      // T1 as the store holds it (the import's match); greet (×1) failed, accurate (×2) passed: 2 / 3.
      const match = { day: '2026-11-18', created: '2026-11-18T10:00:00Z', ended: '2026-11-18T10:30:00Z', priority: 'high' as const, channel: 'email' as const, tags: [] };
      const line = qaReviewLine({ key: 'R1', ticket: 'T1', at: '2026-11-18T12:00:00Z', scorecard: 'interaction', reviewer: 'lead', agent: 'someone', results: { greet: 'fail', accurate: 'pass' }, match });
      mkdirSync(store, { recursive: true });
      writeFileSync(path.join(store, QA_REVIEWS_FILE), `${line}\n`);
    }
    const result = await runCli(['review', '--base', 'main', '--root', root, '--store', store, '--now', '2026-11-20T06:00:00Z', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Review;
  }

  it('replays the qa_score standard with the imported review: breached at 80%, met at 50%', async () => {
    const r = await review(true);
    if (r.replay.state !== 'replayed') throw new Error(r.replay.reason);
    expect(r.replay.notes).toEqual([]);
    // Budget: at least 80% of 1 allows 0.2 lost, 1/3 was lost: 1 − (1/3) / 0.2; at least 50% allows 0.5: 1 − (1/3) / 0.5.
    expect(r.replay.standards.map((s) => [s.id, s.base?.valueText, s.base?.status, s.base?.budgetRemaining, s.proposed.valueText, s.proposed.status, s.proposed.budgetRemaining]))
      .toEqual([['qa-score', '66.7%', 'breached', -0.666666667, '66.7%', 'met', 0.333333333]]);
  });

  it('replays it from the tickets alone when the store holds no imported reviews', async () => {
    const r = await review(false);
    if (r.replay.state !== 'replayed') throw new Error(r.replay.reason);
    expect(r.replay.standards.map((s) => [s.id, s.base?.status, s.proposed.status])).toEqual([['qa-score', 'no-data', 'no-data']]);
    expect(r.replay.notes).toEqual([]);
  });
});
