// Shapes one standard's counters into its part of the report: the headline value, the status and error
// budget (see the header of evaluate.ts), the daily series with each day's window value (from prefix sums of
// the day counters), the breakdowns, the worst tickets and the versions, and the statement in words.

import { windowFirstDays, windowStart } from './evaluation-days.ts';
import { goalText, judgedGoalText, statement, type StandardStatus } from './report.ts';
import { EPSILON, settleSums, type SegmentCounter, type Shape, type StandardState } from './standard-state.ts';
import { goalOf, labelsBetween, versionAt, type Goal } from './version-spans.ts';
import type { EvaluationInput } from './evaluate.ts';
import { explainFacts } from './explain.ts';
import { finishQaBehaviours } from './qa-behaviours.ts';
import type { WorstEntry } from './worst-tickets.ts';
import type { Report, Priority, Channel } from '../model/model.ts';
import type { SeriesDay, Segment } from '../model/documents.generated.ts';

export type StandardReport = Report['standards'][number];

/** Stretches listed per measurement in a worst ticket's explanation; `standards explain` lists them all. */
const REPORT_SPAN_LIMIT = 6;

const PRIORITY_ORDER: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const CHANNEL_ORDER: readonly Channel[] = ['email', 'web', 'chat', 'phone', 'social', 'api'];

/** The metric value from counters: attainment or rate (sum / count), NPS (100 · sum / count), QA (mean score). */
export const valueOf = (function valueOf(shape: Shape, count: number, sum: number): number | null {
  if (count === 0) return null;
  return shape === 'nps' ? (100 * sum) / count : sum / count;
});

/** Nine decimals: enough for any count, and no -0 or 0.30000000000000004 in the report. */
const round = (x: number) => Math.round(x * 1e9) / 1e9 + 0;

/** See the header: error budget on the [0, 1] score scale. */
export function errorBudget(
  shape: Shape,
  goal: Goal,
  count: number,
  sum: number,
): { allowed: number; used: number; remaining: number } | null {
  if (count === 0) return null;
  return budgetOf([budgetPart(shape, goal, count, sum)]);
}

/** One version's share of the error budget: what its goal allows and what its measurements used. */
const budgetPart = (function budgetPart(shape: Shape, goal: Goal, count: number, sum: number): { allowed: number; used: number } {
  const scoreSum = shape === 'nps' ? (sum + count) / 2 : sum;
  const tau = shape === 'nps' ? (goal.value / 100 + 1) / 2 : goal.value;
  return {
    allowed: goal.direction === 'min' ? (1 - tau) * count : tau * count,
    used: goal.direction === 'min' ? count - scoreSum : scoreSum,
  };
});

const budgetOf = (function budgetOf(parts: readonly { allowed: number; used: number }[]): { allowed: number; used: number; remaining: number } {
  let allowed = 0;
  let used = 0;
  for (const part of parts) {
    allowed += part.allowed;
    used += part.used;
  }
  const remaining = allowed > EPSILON ? 1 - used / allowed : used > EPSILON ? -used : 1;
  return { allowed: round(allowed), used: round(used), remaining: round(remaining) };
});

const segments = (function segments(map: Map<string, SegmentCounter>, shape: Shape, order: readonly string[] | null): Segment[] {
  const keys = [...map.keys()].sort((a, b) => {
    if (order) {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      if (ia !== ib) return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
    }
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return keys.map((key) => {
    const c = map.get(key)!;
    return { key, count: c.count, met: c.met, value: valueOf(shape, c.count, c.sum) };
  });
});

/** How many days back the comparison ("better or worse than 7 days ago") looks, exactly: 7 × 24 hours. */
export const COMPARISON_DAYS = 7;

/**
 * The standard's report from its counters. `earlier`: the same standard evaluated as of COMPARISON_DAYS × 24 h
 * before now (headline only), for the comparison.
 */
export const finishStandard = (function finishStandard(state: StandardState, input: Pick<EvaluationInput, 'model' | 'now'>, earlier?: StandardState): StandardReport {
  const { model } = input;
  const nowMs = input.now.getTime();
  const standard = state.standard;
  settleSums(state);
  if (earlier) settleSums(earlier);
  const settings = model.pipeline.evaluation;
  // The goal people read is the one in force now (before the first version takes effect: that version's).
  const inForceIndex = versionAt(state.versions, nowMs);
  const inForce = state.versions[Math.max(0, inForceIndex)]!;
  const judging = inForce.definition;
  const goal = goalOf(judging);
  const minimumSample = standard.minimumSample ?? settings.minimumSample;
  const value = valueOf(state.shape, state.count, state.sum);
  // Each version's measurements in the window bring that version's allowance (see the header).
  const budget = state.count === 0
    ? null
    : budgetOf(state.versions.filter((v) => v.windowCount > 0).map((v) => budgetPart(state.shape, v.goal, v.windowCount, v.windowSum)));

  let status: StandardStatus;
  if (state.count < minimumSample || budget === null) status = 'no-data';
  else if (budget.used > budget.allowed + EPSILON * Math.max(1, state.count)) status = 'breached';
  else if (budget.remaining < settings.atRiskBudget) status = 'at-risk';
  else status = 'met';

  // Daily series and each day's window value, from prefix sums of the day counters.
  const grid = state.grid;
  const prefixCount = new Float64Array(grid.days + 1);
  const prefixSum = new Float64Array(grid.days + 1);
  for (let i = 0; i < grid.days; i++) {
    prefixCount[i + 1] = prefixCount[i]! + state.dayCount[i]!;
    prefixSum[i + 1] = prefixSum[i]! + state.daySum[i]!;
  }
  const firstDays = windowFirstDays(grid, standard.window);
  const series: SeriesDay[] = [];
  for (let i = Math.max(0, grid.days - settings.seriesDays); i < grid.days; i++) {
    const count = state.dayCount[i]!;
    const dayValue = valueOf(state.shape, count, state.daySum[i]!);
    let windowValue: number | null;
    if (state.shape === 'backlog') windowValue = dayValue;
    else {
      const from = firstDays[i]!;
      windowValue = valueOf(state.shape, prefixCount[i + 1]! - prefixCount[from]!, prefixSum[i + 1]! - prefixSum[from]!);
    }
    const version = versionAt(state.versions, grid.starts[i]!);
    // Today's window is the headline window: it ends now, so "now" reads the same on every page.
    const today = i === grid.days - 1;
    const day: SeriesDay = { date: grid.dates[i]!, count, met: state.dayMet[i]!, value: dayValue, windowValue: today ? value : windowValue, version: version < 0 ? null : state.versions[version]!.label };
    if (!state.single && state.shape !== 'backlog') {
      const versionsInWindow = today
        ? labelsBetween(state.versions, state.windowFromMs, nowMs + 1)
        : labelsBetween(state.versions, grid.starts[firstDays[i]!]!, grid.starts[i + 1]!);
      if (versionsInWindow.length > 1) day.windowVersions = versionsInWindow;
    }
    series.push(day);
  }

  const windowFromMs = standard.metric === 'backlog_age' ? windowStart(standard.window, state.zone, nowMs) : state.windowFromMs;
  const windowVersions = state.versions.filter((v) => v.startMs < nowMs + 1 && v.endMs > windowFromMs);
  // Over a window that spans versions with different goals, each judged its own measurements: say so.
  const judged = judgedGoalText(windowVersions.map((v) => ({ from: v.from, definition: v.definition })));
  const excluded = state.exclusions
    .filter((e) => e.count > 0 || (e.toMs > grid.starts[0]! && e.fromMs <= nowMs))
    .map((e) => ({ id: e.id, reason: e.reason, count: e.count }));

  const report: StandardReport = {
    id: standard.id,
    title: standard.title,
    metric: standard.metric,
    dimension: standard.dimension,
    owner: standard.owner,
    calendar: judging.calendar,
    status,
    window: {
      spec: standard.window.text,
      from: new Date(windowFromMs).toISOString(),
      to: input.now.toISOString(),
      versions: labelsBetween(state.versions, windowFromMs, nowMs + 1),
    },
    count: state.count,
    met: state.met,
    inFlight: state.inFlight,
    pending: state.pending,
    value,
    goal: {
      direction: goal.direction,
      value: goal.value,
      ...(judging.thresholdMinutes !== null ? { thresholdMinutes: judging.thresholdMinutes } : {}),
      text: goalText(judging),
      ...(judged !== null ? { judged } : {}),
    },
    errorBudget: budget,
    ...(earlier ? { comparison: comparisonOf(earlier) } : {}),
    excluded,
    series,
    breakdown: {
      priority: segments(state.byPriority, state.shape, PRIORITY_ORDER),
      channel: segments(state.byChannel, state.shape, CHANNEL_ORDER),
      team: segments(state.byTeam, state.shape, null),
    },
    worst: state.worst.sorted().map((w) => ({
      ...listedTicket(w),
      inFlight: w.inFlight,
      version: state.versions[w.version]!.label,
      explanation: explainFacts(state, w.facts!, { calendars: model.calendars, spanLimit: REPORT_SPAN_LIMIT, windowOnly: true }),
    })),
    ...(state.shape === 'duration' || state.shape === 'backlog' ? {
      openLate: state.openLate.sorted().map((w) => ({
        ...listedTicket(w),
        lateSince: new Date(w.lateSinceMs!).toISOString(),
      })),
    } : {}),
    versions: state.versions.map((v) => ({
      version: v.label,
      from: v.from,
      goal: {
        direction: v.goal.direction,
        value: v.goal.value,
        ...(v.definition.thresholdMinutes !== null ? { thresholdMinutes: v.definition.thresholdMinutes } : {}),
        text: goalText(v.definition),
      },
    })),
    ...(state.qaBehaviours ? { qa: finishQaBehaviours(state.qaBehaviours, state.grid, settings.seriesDays) } : {}),
    statement: statement({
      standard: judging,
      windowVersions: windowVersions.map((v) => ({ from: v.from, definition: v.definition })),
      status,
      count: state.count,
      value,
      minimumSample,
      budgetRemaining: budget === null ? null : budget.remaining,
      // No version in force yet: nothing is measured (judgeDuration, measurePeople), so the sentence says why.
      ...(inForceIndex < 0 ? { inForceFrom: inForce.from } : {}),
      teamName: (id) => model.teams.find((t) => t.id === id)?.name ?? id,
    }),
  };
  return report;
});

/** The comparison: the headline of `earlier`, the same standard as of COMPARISON_DAYS × 24 h before now. */
const comparisonOf = (function comparisonOf(earlier: StandardState): NonNullable<StandardReport['comparison']> {
  return {
    days: COMPARISON_DAYS,
    from: new Date(earlier.windowFromMs).toISOString(),
    to: new Date(earlier.nowMs).toISOString(),
    count: earlier.count,
    value: valueOf(earlier.shape, earlier.count, earlier.sum),
  };
});

/** A kept ticket as the report lists it, among the worst tickets or the open-and-late ones. */
const listedTicket = (function listedTicket(w: WorstEntry) {
  return { id: w.id, created: new Date(w.createdMs).toISOString(), priority: w.priority, channel: w.channel, team: w.team, minutes: round(w.minutes) };
});
