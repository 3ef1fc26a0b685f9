// What a past day's window value says about a standard's status, for the nights before the status log began.
// The report's daily series holds, for each local day, the value over the window ending that day and the
// version of the standard in force that day; the report's `versions` hold each version's goal. Judged by
// the same error-budget rule as the evaluation (evaluate.ts's header), on the score scale:
//
//   mean score v̄ (attainment, rate or QA score; (NPS / 100 + 1) / 2 for NPS), goal τ on the same scale;
//   a `min` goal allows (1 − τ)·n and uses (1 − v̄)·n, a `max` goal allows τ·n and uses v̄·n;
//   breached when used > allowed, at risk when 1 − used / allowed < atRiskBudget, else met.
//
// n cancels out of every comparison, so the value alone decides met, at risk or breached. n matters for the
// minimum sample: a day whose window counted fewer tickets is "no data". The series gives each day's count,
// so a window's count is the sum over its days; when the series does not reach back to the window's first
// day that sum is only a lower bound, and a day whose lower bound is under the minimum sample cannot be
// judged (null: nothing known).
//
// A window that spans versions with different goals is judged as the evaluation judges it: every day lies
// within one version (versions start at local midnights), so each day's measurements bring that version's
// allowance, (1 − τ_v)·n_d (or τ_v·n_d), and use n_d − s_d (or s_d), with s_d = value_d·n_d the day's score
// sum; the window is breached when the sums give used > allowed. That needs every day of the window in the
// series: when the series does not reach back to the window's first day, such a window is not judged (null).
// One simplification, which is why such nights are marked "computed from history" wherever they are shown:
// the window is the standard's current one.

import type { MetricId } from '../model/metric-catalogue.ts';
import type { Report, WindowSpec } from '../model/model.ts';
import type { StandardStatus } from './report.ts';

type ReportStandard = Report['standards'][number];
type ReportGoal = ReportStandard['goal'];
type SeriesDay = ReportStandard['series'][number];

/** Counts and floats: the evaluation compares with the same margin. */
const EPSILON = 1e-9;

/** A version of the standard as the report lists it: its label, first local day and goal. */
export interface ReportVersion { version: string; from: string; goal: ReportGoal }

/**
 * The version in force on a local date (YYYY-MM-DD in the standard's zone): the newest whose `from` is on or
 * before it. Null before the first version, and for a report written without versions.
 */
export const versionOn = (function versionOn(result: Pick<ReportStandard, 'versions'>, date: string): ReportVersion | null {
  let found: ReportVersion | null = null;
  for (const v of result.versions ?? []) if (v.from <= date) found = v;
  return found;
});

/**
 * The version in force at the report's instant: on the local day that holds it, which is the series' last
 * day (the series ends with the day holding `now`); the UTC date of `now` without a series.
 */
export const versionInForce = (function versionInForce(result: Pick<ReportStandard, 'versions' | 'series'>, now: string): ReportVersion | null {
  return versionOn(result, result.series.at(-1)?.date ?? now.slice(0, 10));
});

/** The status a value over a window gives against a goal: the evaluation's error-budget rule, per measurement. */
export function statusOfValue(metric: MetricId | string, value: number, goal: Pick<ReportGoal, 'direction' | 'value'>, atRiskBudget: number): Exclude<StandardStatus, 'no-data'> {
  const score = metric === 'nps' ? (value / 100 + 1) / 2 : value;
  const tau = metric === 'nps' ? (goal.value / 100 + 1) / 2 : goal.value;
  // Per measurement: the allowance and the use of one average measurement.
  const allowed = goal.direction === 'min' ? 1 - tau : tau;
  const used = goal.direction === 'min' ? 1 - score : score;
  if (used > allowed + EPSILON) return 'breached';
  const remaining = allowed > EPSILON ? 1 - used / allowed : used > EPSILON ? -used : 1;
  return remaining < atRiskBudget ? 'at-risk' : 'met';
}

/** Index of the first series day of the window ending on day `i`, and whether the series reaches back to it. */
function windowStartIn(series: readonly SeriesDay[], i: number, window: WindowSpec): { first: number; complete: boolean } {
  const date = series[i]!.date;
  let firstDate: string;
  if (window.kind === 'rolling') {
    firstDate = new Date(Date.parse(`${date}T00:00:00Z`) - (window.days - 1) * 86_400_000).toISOString().slice(0, 10);
  } else if (window.unit === 'month') {
    firstDate = `${date.slice(0, 7)}-01`;
  } else {
    const month = Number(date.slice(5, 7));
    firstDate = `${date.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  }
  let first = i;
  while (first > 0 && series[first - 1]!.date >= firstDate) first -= 1;
  return { first, complete: series[first]!.date <= firstDate };
}

export interface HistorySettings {
  window: WindowSpec;
  minimumSample: number;
  atRiskBudget: number;
}

/**
 * The status of series day `i`, computed from its window value against the goal of the version in force
 * that day (over a window spanning versions with different goals, day by day against each day's version); null when history cannot tell (the standard was not in effect yet, or too few days are in the
 * series to know the window reached the minimum sample).
 */
export function statusFromSeries(result: Pick<ReportStandard, 'metric' | 'series' | 'versions' | 'goal'>, i: number, settings: HistorySettings): StandardStatus | null {
  const day = result.series[i];
  if (!day) return null;
  const version = result.versions?.length ? versionOn(result, day.date) : null;
  if (result.versions?.length && !version) return null;
  const goal = version?.goal ?? result.goal;
  let count: number;
  let complete: boolean;
  if (result.metric === 'backlog_age') {
    // The backlog is a photograph: its window is the day's own snapshot.
    count = day.count;
    complete = true;
  } else {
    const start = windowStartIn(result.series, i, settings.window);
    count = 0;
    for (let d = start.first; d <= i; d++) count += result.series[d]!.count;
    complete = start.complete;
  }
  if (count < settings.minimumSample) return complete ? 'no-data' : null;
  if (day.windowValue === null) return 'no-data';
  const goals = goalsOfWindow(result, day.windowVersions);
  if (goals.length > 1) {
    if (!complete || result.metric === 'backlog_age') return null;
    return statusOfDays(result, windowStartIn(result.series, i, settings.window).first, i, settings.atRiskBudget);
  }
  return statusOfValue(result.metric, day.windowValue, goal, settings.atRiskBudget);
}

/** The distinct goals of the versions a window spans (by label), oldest first. */
function goalsOfWindow(result: Pick<ReportStandard, 'versions'>, labels: readonly string[] | undefined): ReportGoal[] {
  const goals: ReportGoal[] = [];
  for (const label of labels ?? []) {
    const goal = result.versions?.find((v) => v.version === label)?.goal;
    if (goal && !goals.some((g) => g.direction === goal.direction && g.value === goal.value)) goals.push(goal);
  }
  return goals;
}

/**
 * The status of the window made of series days `first`..`last`, each day judged by the goal of the version in
 * force that day (its `version`), summed as the evaluation sums each version's allowance (see the header).
 */
function statusOfDays(result: Pick<ReportStandard, 'metric' | 'series' | 'versions'>, first: number, last: number, atRiskBudget: number): Exclude<StandardStatus, 'no-data'> | null {
  let allowed = 0;
  let used = 0;
  let count = 0;
  for (let d = first; d <= last; d++) {
    const day = result.series[d]!;
    if (day.count === 0) continue;
    const goal = day.version === null ? null : result.versions?.find((v) => v.version === day.version)?.goal;
    if (!goal || day.value === null) return null;
    // The day's score sum on the [0, 1] scale: NPS answers score (answer + 1) / 2.
    const scoreSum = result.metric === 'nps' ? ((day.value / 100) * day.count + day.count) / 2 : day.value * day.count;
    const tau = result.metric === 'nps' ? (goal.value / 100 + 1) / 2 : goal.value;
    allowed += goal.direction === 'min' ? (1 - tau) * day.count : tau * day.count;
    used += goal.direction === 'min' ? day.count - scoreSum : scoreSum;
    count += day.count;
  }
  if (used > allowed + EPSILON * Math.max(1, count)) return 'breached';
  const remaining = allowed > EPSILON ? 1 - used / allowed : used > EPSILON ? -used : 1;
  return remaining < atRiskBudget ? 'at-risk' : 'met';
}
