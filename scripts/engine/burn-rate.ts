// How fast a standard spends its error budget, and on which day it runs out at that pace.
//
// Burn rate, as the Google SRE workbook defines it for multi-window, multi-burn-rate alerting ("Alerting on
// SLOs"): how fast, relative to the goal, a span of measurements used the error budget,
//
//     rate = used / allowed   over the span   (= error ratio / (1 − τ) for a `min` goal τ),
//
// with `used` and `allowed` on the engine's own scale (evaluate.ts, "Error budget"): a `min` goal allows
// (1 − τ)·n and uses n − Σx, a `max` goal allows τ·n and uses Σx; a day judged by an earlier version of the
// standard brings that version's goal. 1 spends the budget exactly as fast as the goal allows; 2 twice as fast.
// Two spans, as the workbook pairs them: a short one (the last full day) says whether it is still happening,
// a long one (the last 7 full days) that it is more than a bad hour. Spans are whole local days of the
// standard's zone ending with the day before the evaluation's: the evaluation's own day is still under way
// (the nightly run at 04:17 would judge four hours of it).
//
// Runs out. Each day at rate B uses B times what the goal allows that day's measurements, so the budget left
// (allowed − used over the standard's window, in misses) shrinks by (B − 1) × the span's allowance per day:
//
//     days left = (allowed − used) / ((B − 1) · allowed_span / days_span)     when B > 1 and something is left.
//
// This is exact for a calendar window whose traffic keeps the span's pace; for a rolling window it takes the
// measurements leaving the window to have missed at the rate the goal allows. At B ≤ 1 the budget does not
// run out (each day brings at least the allowance it uses); a budget already spent has nothing left to run
// out of; a calendar window whose date falls after its month or quarter ends starts a new budget first.
//
// Pure: the standard's finished report (series, versions, budget), its window, its time zone and `now`.

import { DateTime } from 'luxon';
import { luxonZone } from './zone-offsets.ts';
import type { Report, SeriesDay, BurnSpan } from '../model/documents.generated.ts';
import type { WindowSpec } from '../model/model.ts';

type StandardReport = Report['standards'][number];
export type Burn = NonNullable<StandardReport['burn']>;

/** The short span and the long one, in whole days. */
export const BURN_SPANS: readonly number[] = [1, 7];

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits + 0;

interface GoalOfDay { direction: 'min' | 'max'; value: number }

/**
 * Some measurements (a day of the series, a segment of a breakdown) on the budget's scale: what the goal
 * allowed them and what they used. The team pages judge a team's slice with it.
 */
export const budgetOfCounts = (function budgetOfCounts(metric: string, day: Pick<SeriesDay, 'count' | 'met' | 'value'>, goal: GoalOfDay): { allowed: number; used: number } {
  const n = day.count;
  if (n === 0 || day.value === null) return { allowed: 0, used: 0 };
  // Σx: a duration or rate measurement scores 1 exactly when it is met (`met` counts them); a QA score's
  // day value is the mean score, and NPS is 100·Σanswer / n with a score x = (answer + 1) / 2 per answer.
  const nps = metric === 'nps';
  const sum = nps ? (day.value * n / 100 + n) / 2 : metric === 'qa_score' ? day.value * n : day.met;
  const tau = nps ? (goal.value / 100 + 1) / 2 : goal.value;
  return goal.direction === 'min' ? { allowed: (1 - tau) * n, used: n - sum } : { allowed: tau * n, used: sum };
});

const goalsByVersion = (function goalsByVersion(result: StandardReport): Map<string, GoalOfDay> {
  return new Map((result.versions ?? []).map((v) => [v.version, v.goal]));
});

/** The instant `days` days after `now`, in `zone`. */
const dayAfter = (function dayAfter(now: Date, days: number, zone: string): DateTime {
  return DateTime.fromMillis(now.getTime() + days * 86_400_000, { zone: luxonZone(zone) });
});

const span = (function span(result: StandardReport, days: number, window: WindowSpec, zone: string, now: Date): BurnSpan | null {
  const today = DateTime.fromMillis(now.getTime(), { zone: luxonZone(zone) }).toISODate()!;
  const last = DateTime.fromISO(today, { zone: luxonZone(zone) }).minus({ days: 1 }).toISODate()!;
  const first = DateTime.fromISO(today, { zone: luxonZone(zone) }).minus({ days }).toISODate()!;
  const inSpan = result.series.filter((d) => d.date >= first && d.date <= last);
  if (inSpan.length === 0) return null;
  const goals = goalsByVersion(result);
  let count = 0;
  let allowed = 0;
  let used = 0;
  // Days before the standard took effect (version null) judged nothing: they do not dilute the daily pace.
  let daysInForce = 0;
  for (const day of inSpan) {
    if (day.version === null) continue;
    daysInForce++;
    const goal = (day.version !== undefined ? goals.get(day.version) : undefined) ?? result.goal;
    const b = budgetOfCounts(result.metric, day, goal);
    count += day.count;
    allowed += b.allowed;
    used += b.used;
  }
  const rate = count > 0 && allowed > 1e-9 ? used / allowed : null;
  let runsOut: string | null = null;
  let daysLeft: number | null = null;
  const budget = result.errorBudget;
  const left = budget ? budget.allowed - budget.used : 0;
  // The tolerance keeps float sums (0.2 × 10 tickets) from turning an exact rate of 1 into "burning".
  if (rate !== null && rate > 1 + 1e-9 && left > 1e-9 && daysInForce > 0) {
    const perDay = ((rate - 1) * allowed) / daysInForce;
    const until = left / perDay;
    const end = dayAfter(now, until, zone);
    const periodEnds = window.kind === 'calendar' ? DateTime.fromMillis(now.getTime(), { zone: luxonZone(zone) }).endOf(window.unit) : null;
    if (end.isValid && (periodEnds === null || end <= periodEnds)) {
      runsOut = end.toISODate()!;
      daysLeft = round(until, 2);
    }
  }
  return {
    days,
    from: inSpan[0]!.date,
    to: inSpan.at(-1)!.date,
    count,
    used: round(used, 6),
    allowed: round(allowed, 6),
    rate: rate === null ? null : round(rate, 4),
    runsOut,
    daysLeft,
  };
});

/**
 * The burn of one standard over the short and the long span; null without an error budget and for the
 * backlog, whose daily count is a snapshot of what is open, not what completed that day.
 */
export const burnRates = (function burnRates(result: StandardReport, window: WindowSpec, zone: string, now: Date): Burn | null {
  if (result.errorBudget === null || result.metric === 'backlog_age') return null;
  const spans = BURN_SPANS.map((days) => span(result, days, window, zone, now)).filter((s): s is BurnSpan => s !== null);
  return { spans };
});

/** The standard's report with its burn: what evaluate.ts assembles for each standard. */
export const withBurnRates = (function withBurnRates(result: StandardReport, window: WindowSpec, zone: string, now: Date): StandardReport {
  return { ...result, burn: burnRates(result, window, zone, now) };
});
