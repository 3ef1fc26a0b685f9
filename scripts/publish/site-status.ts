// What a standard's page says about its status over time, from the report and the status log: since when it
// has held its status, whether it is better or worse than 7 days ago, a 90-night status strip like a status
// page, the error budget burning down over the window, and which teams' tickets it measures. Pure: the site
// pages, the corrective-action issues and the tests call these with data.
//
// Nights are calendar nights ending with the report's day (never the day the site was built: after a failed
// night the site shows the last good report, whose nights end the day it was made). After the status log
// began, a night without a line is "no record"; before it, each night is computed from the report's daily
// series (engine/window-status.ts) and marked so wherever it is shown.

import type { PipelineSettings, StandardDefinition } from '../model/model.ts';
import { statusFromSeries } from '../engine/window-status.ts';
import { addDays, nightsOf, spellOf, type LoggedStatus, type Night, type Spell, type StatusEntry } from '../store/status-log.ts';
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

/** The night the report speaks for: the UTC day of its `now`, as the status log dates nights. */
export function reportDay(report: { now: string }): string {
  return report.now.slice(0, 10);
}

/**
 * Every night of a standard up to the report's day: the status log's lines, tonight's report, and before
 * the log began the nights computed from the daily series against the goal of the version then in force.
 */
export function standardNights(
  log: readonly StatusEntry[],
  definition: Pick<StandardDefinition, 'id' | 'window' | 'minimumSample'>,
  result: ReportStandard | null,
  evaluation: Pick<PipelineSettings['evaluation'], 'minimumSample' | 'atRiskBudget'>,
  today: string,
): Night[] {
  const settings = { window: definition.window, minimumSample: definition.minimumSample ?? evaluation.minimumSample, atRiskBudget: evaluation.atRiskBudget };
  const index = new Map(result?.series.map((d, i) => [d.date, i]) ?? []);
  const first = result?.series[0]?.date;
  return nightsOf(log, definition.id, today, {
    tonight: result?.status ?? null,
    history: result && first ? { from: first, statusOn: (date) => (index.has(date) ? statusFromSeries(result, index.get(date)!, settings) : null) } : null,
  });
}

export type StripDay = Night;

/** The last `days` nights ending `today`, one cell each; nights before anything is known are `unknown`. */
export function statusStrip(nights: readonly Night[], today: string, days = 90): StripDay[] {
  const byDate = new Map(nights.map((n) => [n.date, n]));
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(today, i - days + 1);
    return byDate.get(date) ?? { date, status: null, source: 'unknown' as const };
  });
}

/** Since when tonight's status has held, over every night known (the log, and history before it). */
export function statusSince(nights: readonly Night[]): Spell | null {
  return spellOf(nights);
}

const STATUS_WORDS: Record<LoggedStatus, string> = { met: 'Met', 'at-risk': 'At risk', breached: 'Breached', 'no-data': 'No data' };
const nightCount = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'night' : 'nights'}`;

/**
 * The spell in words, the same on the site and in the corrective-action issue: `Breached since 14 Oct 2026
 * (53 nights, 2 of them without a run; computed from the daily series up to 30 Nov 2026)`.
 */
export function spellWords(spell: Spell, date: (day: string) => string): string {
  return `${STATUS_WORDS[spell.status]} ${spellPhrase(spell, date)}`;
}

/** The spell without its status: `since 14 Oct 2026 (53 nights; …)`. */
export function spellPhrase(spell: Spell, date: (day: string) => string): string {
  const notes = [nightCount(spell.nights)];
  if (spell.withoutRun > 0) notes[0] += `, ${spell.withoutRun} of them without a run`;
  if (spell.historyUntil) notes.push(`computed from the daily series up to ${date(addDays(spell.historyUntil, -1))}`);
  return `since ${spell.atLeast ? 'at least ' : ''}${date(spell.since)} (${notes.join('; ')})`;
}

/** What the strip shows, counted: nights per status, how many were computed from history, and the gaps. */
export function stripSummary(days: readonly StripDay[], date: (day: string) => string): string {
  const count = (test: (d: StripDay) => boolean) => days.filter(test).length;
  const parts = (['breached', 'at-risk', 'met', 'no-data'] as const)
    .map((s) => [s, count((d) => d.status === s)] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${STATUS_WORDS[s].toLowerCase()}`);
  const history = days.filter((d) => d.source === 'history');
  const logStart = days.find((d) => d.source === 'log' || d.source === 'no-run');
  const notes = [parts.join(', ') || 'nothing recorded'];
  if (history.length > 0) notes.push(`${history.length} of them computed from the daily series${logStart ? `, before the status log began on ${date(logStart.date)}` : ''}`);
  const noRun = count((d) => d.source === 'no-run');
  if (noRun > 0) notes.push(`${noRun} without a run`);
  const unknown = count((d) => d.source === 'unknown');
  if (unknown > 0) notes.push(`${unknown} without a record`);
  return `Status on each of the last ${days.length} nights, ${date(days[0]!.date)} to ${date(days.at(-1)!.date)}: ${notes.join('; ')}.`;
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

/**
 * A breakdown's team that can be a team: a Team id's form (schemas/common.schema.json `id`). The breakdown holds the
 * tickets' own team values, and a CSV source stores an unmapped one as it is ("EMEA/Billing", ".."): each team named
 * here gets pages and a badge under its id (teams/<id>/, standards/team/<id>/), and a value that is no path segment
 * failed the whole site's build. Such tickets still count in the standard and show in its breakdown table.
 */
const TEAM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The teams whose tickets a standard counts: its scope, or else the teams in the report's breakdown. */
export function measuredTeams(definition: Pick<StandardDefinition, 'scope'>, result: ReportStandard | null): string[] {
  if (definition.scope.team?.length) return [...definition.scope.team];
  return (result?.breakdown.team ?? []).filter((s) => s.count > 0 && TEAM_ID.test(s.key)).map((s) => s.key);
}
