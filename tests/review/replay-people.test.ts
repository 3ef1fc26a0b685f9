// The what-if replay reads no people inputs (QA reviews imported into the store, SOP acknowledgements, when each
// SOP version was published), which the nightly evaluate measures qa_coverage, sop_acknowledgement and, once
// reviews are imported, qa_score from. Rather than show figures that are not the published ones, the replay
// leaves those standards out and its notes say which and why.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { replayStandards } from '../../scripts/review/replay.ts';
import { NO_HISTORY, reviewVersions } from '../../scripts/review/review-history.ts';
import type { Review } from '../../scripts/review/review-data.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';
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

async function replay(base: StandardsModel, head: StandardsModel, importedQaReviews?: number) {
  return replayStandards({
    versions: reviewVersions(base, head, NO_HISTORY, NOW), tickets: [], now: NOW, clockFor: clocksFor(),
    ...(importedQaReviews === undefined ? {} : { importedQaReviews }),
  });
}

describe('a replay of standards measured from people', () => {
  it('leaves a changed qa_score standard out when the store holds imported QA reviews, and says why', async () => {
    const base = model({ standards: [qaScore, firstResponse], scorecards: [card] });
    const head = model({ standards: [{ ...qaScore, target: { direction: 'min', value: 0.7 } }, { ...firstResponse, thresholdMinutes: 45 }], scorecards: [card] });
    const outcome = await replay(base, head, 3);
    expect(outcome.standards.map((s) => s.id)).toEqual(['first-response']);
    expect(outcome.pairs.map((p) => p.id)).toEqual(['first-response']);
    expect(outcome.notes).toEqual([
      'Not replayed: qa-score (qa_score): the replay does not read the 3 QA reviews imported into the store, the SOP acknowledgements or when each SOP version was published, so its figures for them would not be the published ones (standards evaluate measures them with these).',
    ]);
  });

  it('replays a qa_score standard when the store holds no imported reviews (reviews on tickets are all it has)', async () => {
    const base = model({ standards: [qaScore], scorecards: [card] });
    const head = model({ standards: [{ ...qaScore, target: { direction: 'min', value: 0.7 } }], scorecards: [card] });
    const outcome = await replay(base, head);
    expect(outcome.standards.map((s) => s.id)).toEqual(['qa-score']);
    expect(outcome.notes).toEqual([]);
  });

  it('always leaves qa_coverage and sop_acknowledgement standards out, added or changed, and still replays the rest', async () => {
    const base = model({ standards: [coverage, firstResponse], scorecards: [card] });
    const head = model({ standards: [{ ...coverage, reviewsPerAgent: 3 }, acknowledged, { ...firstResponse, thresholdMinutes: 45 }], scorecards: [card] });
    const outcome = await replay(base, head, 0);
    expect(outcome.standards.map((s) => s.id)).toEqual(['first-response']);
    expect(outcome.notes).toEqual([
      'Not replayed: qa-coverage (qa_coverage), sop-ack (sop_acknowledgement): the replay does not read the SOP acknowledgements, QA reviews imported into the store or when each SOP version was published, so its figures for them would not be the published ones (standards evaluate measures them with these).',
    ]);
  });

  it('leaves a standard out when either side measures it from people (a metric changed to qa_coverage)', async () => {
    const base = model({ standards: [{ ...qaScore }], scorecards: [card] });
    const head = model({ standards: [{ ...coverage, id: 'qa-score' }], scorecards: [card] });
    const outcome = await replay(base, head, 0);
    expect(outcome.standards).toEqual([]);
    expect(outcome.tickets).toBe(0);
    expect(outcome.notes).toEqual([
      'Not replayed: qa-score (qa_score → qa_coverage): the replay does not read the SOP acknowledgements, QA reviews imported into the store or when each SOP version was published, so its figures for them would not be the published ones (standards evaluate measures them with these).',
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
  const head = edited(base, { 'standards/service-levels/qa-score.yaml': [['target: { min: 80% }', 'target: { min: 70% }']] });

  async function review(withReviews: boolean): Promise<Review> {
    const root = await twoBranchRepo(base, head);
    const store = tempDir('standards-store-');
    await writeStore(store, HAND_TICKETS);
    if (withReviews) {
      const line = qaReviewLine({ key: 'R1', ticket: 'T1', at: '2026-11-18T12:00:00Z', scorecard: 'interaction', reviewer: 'lead', agent: 'someone', results: { greet: 'pass', accurate: 'fail' } });
      mkdirSync(store, { recursive: true });
      writeFileSync(path.join(store, QA_REVIEWS_FILE), `${line}\n`);
    }
    const result = await runCli(['review', '--base', 'main', '--root', root, '--store', store, '--now', '2026-11-20T06:00:00Z', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Review;
  }

  it('does not replay the qa_score standard and says so in the replay notes', async () => {
    const r = await review(true);
    if (r.replay.state !== 'replayed') throw new Error(r.replay.reason);
    expect(r.replay.standards).toEqual([]);
    expect(r.replay.notes).toEqual([
      'Not replayed: qa-score (qa_score): the replay does not read the 1 QA review imported into the store, the SOP acknowledgements or when each SOP version was published, so its figures for them would not be the published ones (standards evaluate measures them with these).',
    ]);
  });

  it('replays it from the tickets alone when the store holds no imported reviews', async () => {
    const r = await review(false);
    if (r.replay.state !== 'replayed') throw new Error(r.replay.reason);
    expect(r.replay.standards.map((s) => [s.id, s.base?.status, s.proposed.status])).toEqual([['qa-score', 'no-data', 'no-data']]);
    expect(r.replay.notes).toEqual([]);
  });
});
