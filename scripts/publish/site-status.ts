// What a standard's page says about its status over time, from the report and the status log: since when it
// has held its status, whether it is better or worse than 7 days ago, a 90-day status strip like a status
// page, the error budget burning down over the window, and which teams' tickets it measures. Pure: the site
// pages and the tests call these with data.

import type { StandardDefinition } from '../model/model.ts';
import { currentSpell, entriesOf, type CurrentSpell, type LoggedStatus, type StatusEntry } from '../store/status-log.ts';
import type { ReportStandard } from './site-data.ts';

export type Direction = 'better' | 'worse' | 'unchanged';

/**
 * The headline value now against the same window exactly 7 × 24 hours earlier (the report's `comparison`: the
 * tickets as they stood then), judged by the goal's direction. Null without either value.
 */
export function directionOverWeek(result: ReportStandard): { direction: Direction; now: number; before: number; beforeDate: string } | null {
  const earlier = result.comparison;
  if (result.value === null || !earlier || earlier.value === null) return null;
  // Half a percentage point (or half an NPS point) is noise, not a direction.
  const epsilon = result.metric === 'nps' ? 0.5 : 0.005;
  const delta = (result.value - earlier.value) * (result.goal.direction === 'min' ? 1 : -1);
  return { direction: delta > epsilon ? 'better' : delta < -epsilon ? 'worse' : 'unchanged', now: result.value, before: earlier.value, beforeDate: earlier.to.slice(0, 10) };
}

export interface StripDay { date: string; status: LoggedStatus | null }

/** One cell per day for the last `days` days ending `today`; null where no night was logged. */
export function statusStrip(log: readonly StatusEntry[], standard: string, today: string, days = 90): StripDay[] {
  const byDate = new Map(entriesOf(log, standard).map((e) => [e.date, e.status]));
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    return { date, status: byDate.get(date) ?? null };
  });
}

export function statusSince(log: readonly StatusEntry[], standard: string, today: string): CurrentSpell | null {
  return currentSpell(log.filter((e) => e.date <= today), standard);
}

export interface BurnDownDay { date: string; used: number; left: number }
export interface BurnDown {
  allowed: number;
  days: BurnDownDay[];
  /** First day the budget was spent (left below zero), or null. */
  ranOut: string | null;
}

/** Metrics measured as a snapshot or a score: their error budget does not accumulate day by day. */
const NO_BURN_DOWN = new Set(['backlog_age', 'nps', 'qa_score']);

/**
 * The error budget over the current window: misses accumulated day by day (by the day the ticket was created)
 * against what the objective allows over the window. For a minimum goal a miss is a ticket that did not meet
 * it (count − met); for a maximum (reopen rate) it is a ticket that did the thing (met counts those).
 */
export function burnDown(metric: string, result: ReportStandard): BurnDown | null {
  const budget = result.errorBudget;
  if (!budget || NO_BURN_DOWN.has(metric)) return null;
  const from = result.window.from.slice(0, 10);
  const to = result.window.to.slice(0, 10);
  const days = result.series.filter((d) => d.date >= from && d.date <= to);
  if (days.length < 2) return null;
  const daily = days.map((d) => (result.goal.direction === 'min' ? d.count - d.met : d.met));
  // The window starts part-way through its first day, whose series counts the whole day: take the surplus
  // off that day so the last point agrees with the report's count of misses.
  const surplus = daily.reduce((a, b) => a + b, 0) - budget.used;
  if (surplus > 0 && surplus <= daily[0]!) daily[0] = daily[0]! - surplus;
  let used = 0;
  let ranOut: string | null = null;
  const out = days.map((d, i) => {
    used += daily[i]!;
    const left = budget.allowed - used;
    if (left < 0 && ranOut === null) ranOut = d.date;
    return { date: d.date, used, left };
  });
  return { allowed: budget.allowed, days: out, ranOut };
}

/** The teams whose tickets a standard counts: its scope, or else the teams in the report's breakdown. */
export function measuredTeams(definition: Pick<StandardDefinition, 'scope'>, result: ReportStandard | null): string[] {
  if (definition.scope.team?.length) return [...definition.scope.team];
  return (result?.breakdown.team ?? []).filter((s) => s.count > 0 && s.key !== '(none)' && s.key !== '').map((s) => s.key);
}
