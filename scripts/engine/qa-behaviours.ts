// A qa_score standard's reviews behaviour by behaviour: how often each behaviour passed where it applied (in
// the headline window, and week by week over the series), how many points of the score each one cost, and
// which cost the most (metric catalogue, qa_score). Counted as reviews are counted (the ticket's own reviews
// and the store's QA reviews alike, `countQaReview`), from the same scored review, so the points of all
// behaviours add up to 100% minus the score.
// The points are summed exactly (exact-sum.ts), so a behaviour's figure does not depend on the order reviews
// are counted in: one by one, or a stored day's sums at once (`countBehaviourSums`, from the counters kept beside
// the store, scripts/engine/day-counters.ts).

import { dayIndex, type DayGrid } from './evaluation-days.ts';
import { ExactSum } from './exact-sum.ts';
import type { ScoredReview } from './metrics.ts';
import { versionAt } from './version-spans.ts';
import { record, type StandardState, type Track } from './standard-state.ts';
import type { ScorecardDefinition } from '../model/model.ts';
import type { Report } from '../model/documents.generated.ts';

export type QaBreakdown = NonNullable<Report['standards'][number]['qa']>;

interface BehaviourCounter {
  id: string;
  title: string;
  critical: boolean;
  applicable: number;
  passed: number;
  /** Points lost in the window, summed over reviews (divided by the reviews at the end). */
  lost: ExactSum;
  dayApplicable: Int32Array;
  dayPassed: Int32Array;
}

export interface QaBehaviourCounters {
  scorecard: string;
  /** Reviews scored in the headline window. */
  reviews: number;
  behaviours: BehaviourCounter[];
}

export const createQaBehaviourCounters = (function createQaBehaviourCounters(scorecard: ScorecardDefinition, days: number): QaBehaviourCounters {
  return {
    scorecard: scorecard.id,
    reviews: 0,
    behaviours: scorecard.behaviours.map((b) => ({ id: b.id, title: b.title, critical: b.critical, applicable: 0, passed: 0, lost: new ExactSum(), dayApplicable: new Int32Array(days), dayPassed: new Int32Array(days) })),
  };
});

/** The parts of a reviewed ticket a scope and the breakdowns read. */
export interface ReviewedTicket { priority: string; channel: string; team: string | null; category: string | null; tags: readonly string[] }

/**
 * Counts one scored review made with `track`'s scorecard at `atMs`, judged by the version then in force (when
 * `track` measures for it): in the standard's counters, and behaviour by behaviour.
 */
export const countQaReview = (function countQaReview(state: StandardState, track: Track, t: ReviewedTicket, atMs: number, scored: ScoredReview, nowMs: number): void {
  const version = versionAt(state.versions, atMs);
  if (version < 0 || state.versions[version]!.track !== track.index) return;
  const inWindow = record(state, t, version, atMs, scored.passed ? 1 : 0, scored.score, nowMs);
  const counters = state.qaBehaviours;
  if (counters === undefined || atMs > nowMs) return;
  const day = dayIndex(state.grid, atMs);
  if (inWindow) counters.reviews++;
  for (const b of counters.behaviours) {
    const mark = scored.behaviours.get(b.id);
    if (mark === undefined) continue;
    if (day >= 0) {
      b.dayApplicable[day]!++;
      if (mark.passed) b.dayPassed[day]!++;
    }
    if (!inWindow) continue;
    b.applicable++;
    if (mark.passed) b.passed++;
    b.lost.add(mark.lost);
  }
});

/** A stored day's behaviours, summed (day-counters.ts `BehaviourSums`), by the ids of the scorecard they were made with. */
export interface BehaviourSumsOf { ids: readonly string[]; applicable: readonly number[]; passed: readonly number[]; lost: readonly ExactSum[] }

/**
 * Counts `reviews` scored reviews at once (a stored date's, the counters kept beside the store), as `countQaReview`
 * counts them one by one: on grid day `day` (none when negative) and, when `inWindow`, in the headline window.
 */
export const countBehaviourSums = (function countBehaviourSums(counters: QaBehaviourCounters, sums: BehaviourSumsOf, reviews: number, day: number, inWindow: boolean): void {
  if (inWindow) counters.reviews += reviews;
  for (const b of counters.behaviours) {
    const k = sums.ids.indexOf(b.id);
    if (k < 0) continue;
    if (day >= 0) {
      b.dayApplicable[day]! += sums.applicable[k]!;
      b.dayPassed[day]! += sums.passed[k]!;
    }
    if (!inWindow) continue;
    b.applicable += sums.applicable[k]!;
    b.passed += sums.passed[k]!;
    b.lost.addSum(sums.lost[k]!);
  }
});

const round = (x: number) => Math.round(x * 1e9) / 1e9 + 0;

/** Monday of the ISO week of a local date (YYYY-MM-DD). */
const mondayOf = (function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
});

/** The report's behaviour breakdown: window figures, the weekly trend over the last `seriesDays` days, and the costliest behaviour. */
export const finishQaBehaviours = (function finishQaBehaviours(counters: QaBehaviourCounters, grid: DayGrid, seriesDays: number): QaBreakdown {
  const first = Math.max(0, grid.days - seriesDays);
  const behaviours = counters.behaviours.map((b) => {
    const weeks = new Map<string, { applicable: number; passed: number }>();
    for (let i = first; i < grid.days; i++) {
      const week = mondayOf(grid.dates[i]!);
      const w = weeks.get(week) ?? { applicable: 0, passed: 0 };
      w.applicable += b.dayApplicable[i]!;
      w.passed += b.dayPassed[i]!;
      weeks.set(week, w);
    }
    return {
      id: b.id,
      title: b.title,
      critical: b.critical,
      applicable: b.applicable,
      passed: b.passed,
      passRate: b.applicable === 0 ? null : round(b.passed / b.applicable),
      points: counters.reviews === 0 ? null : round(b.lost.value() / counters.reviews),
      trend: [...weeks].map(([week, w]) => ({ week, applicable: w.applicable, passed: w.passed, passRate: w.applicable === 0 ? null : round(w.passed / w.applicable) })),
    };
  });
  let costliest: string | null = null;
  let most = 0;
  for (const b of behaviours) {
    if (b.points !== null && b.points > most + 1e-12) {
      most = b.points;
      costliest = b.id;
    }
  }
  return { scorecard: counters.scorecard, reviews: counters.reviews, behaviours, costliest };
});
