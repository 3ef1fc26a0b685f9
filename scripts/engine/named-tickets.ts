// The tickets of a stored day, besides its live ones, that a night may read one by one from its counters: the worst
// candidates, whose facts the report explains (its worst tickets), and those "7 days ago" reads as they stood then.
// The store keeps their entries with the day's counters (scripts/store/day-counters-file.ts, its `named` block), so
// a night that counts an unchanged day opens its facts file no further than its header.

import { DateTime } from 'luxon';
import { COMPARISON_DAYS } from './standard-report.ts';
import type { CounterNight } from './counted-day.ts';
import { dayNumberOf } from './counter-units.ts';
import type { DayCounters, RecentEvents, TicketIds } from './day-counters.ts';
import { windowStart } from './evaluation-days.ts';
import { luxonZone } from './zone-offsets.ts';

const DAY_MS = 86_400_000;

/**
 * The first date (day number) whose worst candidates a duration unit's counters keep, by unit key: the date that holds
 * the start of the earliest headline window of its standards that list worst tickets, as of the counters' instant
 * (tonight's, when earlier). Only the headline window lists worst tickets (the series, the trend and "7 days ago"
 * list none: standard-state.ts `headlineOnly`), windows only move forward, and a date a window leaves never comes back
 * into it; so no night from then on lists a worst ticket of an earlier date. A unit missing (not a duration, no worst
 * tickets listed, or another model's) keeps none. A night before that instant, or with a wider window, reads the worst
 * tickets the counters do not keep from the facts file, exactly as it reads any other ticket.
 */
export function worstReach(night: Pick<CounterNight, 'nowMs' | 'units' | 'states'>, madeAtMs: number): Map<string, number> {
  const reach = new Map<string, number>();
  const atMs = Math.min(madeAtMs, night.nowMs);
  for (const unit of night.units) {
    const state = night.states[unit.standard]!;
    if (unit.kind !== 'duration' || state.worst.size === 0) continue;
    const fromMs = atMs === state.nowMs ? state.windowFromMs : windowStart(state.standard.window, state.zone, atMs);
    const dn = dayNumberOf(DateTime.fromMillis(fromMs, { zone: luxonZone(state.zone) }).toISODate()!);
    reach.set(unit.key, Math.min(reach.get(unit.key) ?? dn, dn));
  }
  return reach;
}

/**
 * The tickets of `dc` a report may list among a standard's worst tickets, ascending: for each duration unit `reach`
 * names (`worstReach`), its dates' worst (`DateCounters.worst`) and, for its recent tickets, each date's `worstKept`
 * worst by the ticket's longest measurement that date, from the unit's first reached date on. A ticket among a
 * window's worst has its longest measurement in the window on some date, where no more than the list's length beat
 * it, so it is among that date's worst. Some escape it, and are read from the facts file: a ticket of a window's first
 * date (partly inside it, its worst taken from its rows by what lies inside), one of a worst list longer than the
 * counters keep (counted-day.ts `placeDates`), and those of dates before the reach (a night earlier than the counters,
 * or whose window was widened since). Needs the ticket table (ids).
 */
export function worstCandidateTickets(dc: DayCounters, reach: ReadonlyMap<string, number>): number[] {
  const out = new Set<number>();
  for (const [key, unit] of dc.units) {
    const fromDn = reach.get(key);
    if (fromDn === undefined || unit.kind !== 'duration' || unit.worstKept === 0) continue;
    for (const date of unit.dates) if (date.dn >= fromDn) for (const w of date.worst) out.add(w.ticket);
    const r = unit.recent;
    if (r.tickets.length === 0) continue;
    if (dc.tickets === null) throw new Error('worstCandidateTickets: the ticket table was not read');
    for (const ticket of recentWorstOfDates(r, fromDn, unit.worstKept, dc.tickets.ids)) out.add(ticket);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The tickets among each date's `keep` worst of the recent measurements `r` (a ticket by its longest that date; longer
 * first, then smaller id: `worstOrder`), for dates from `fromDn` on. A night's changed days each ask it of every
 * duration unit's recent measurements (thousands a recent day): each date keeps its `keep` worst as it goes, in order,
 * rather than a map of every ticket's longest per date sorted whole.
 */
function recentWorstOfDates(r: RecentEvents, fromDn: number, keep: number, ids: TicketIds): number[] {
  /** Each date's worst so far, worst first: tickets and their longest that date. */
  const worst = new Map<number, { tickets: number[]; values: number[] }>();
  const n = r.tickets.length;
  for (let start = 0; start < n;) {
    // One ticket's measurements (they are together), each of its dates once, by its longest that date.
    const ticket = r.tickets[start]!;
    let end = start + 1;
    while (end < n && r.tickets[end] === ticket) end++;
    for (let e = start; e < end; e++) {
      const dn = r.dns[e]!;
      if (dn < fromDn || dateSeen(r.dns, start, e, dn)) continue;
      let value = r.values[e]!;
      for (let f = e + 1; f < end; f++) if (r.dns[f] === dn && r.values[f]! > value) value = r.values[f]!;
      let kept = worst.get(dn);
      if (kept === undefined) worst.set(dn, (kept = { tickets: [], values: [] }));
      keepWorst(kept, ticket, value, keep, ids);
    }
    start = end;
  }
  const out: number[] = [];
  for (const kept of worst.values()) for (const ticket of kept.tickets) out.push(ticket);
  return out;
}

/** Whether one of the ticket's measurements before `e` (from `start`) is of date `dn`: that date is counted already. */
function dateSeen(dns: ArrayLike<number>, start: number, e: number, dn: number): boolean {
  for (let f = start; f < e; f++) if (dns[f] === dn) return true;
  return false;
}

/** Puts `ticket` (its longest `value`) among a date's `keep` worst, in `worstOrder`, when it is one of them. */
function keepWorst(kept: { tickets: number[]; values: number[] }, ticket: number, value: number, keep: number, ids: TicketIds): void {
  const before = (k: number) => value > kept.values[k]! || (value === kept.values[k]! && ids.at(ticket)! < ids.at(kept.tickets[k]!)!);
  let at = kept.tickets.length;
  while (at > 0 && before(at - 1)) at--;
  if (at >= keep) return;
  kept.tickets.splice(at, 0, ticket);
  kept.values.splice(at, 0, value);
  if (kept.tickets.length > keep) {
    kept.tickets.pop();
    kept.values.pop();
  }
}

/**
 * The recent tickets of `dc` that "7 days ago" reads one by one on a night at the instant the counters were made
 * (counted-day.ts `recentReadThen`: created by then, finally solved after it), ascending: a superset, since which of
 * them a unit's metric makes steady by then is the night's to say. Later nights read others, from the facts file.
 */
export function readThenCandidates(dc: DayCounters): number[] {
  const thenMs = dc.madeAtMs - COMPARISON_DAYS * DAY_MS;
  const out: number[] = [];
  for (let k = 0; k < dc.recent.length; k++) if (dc.recentCreatedMs[k]! <= thenMs && dc.recentFinalSolveMs[k]! > thenMs) out.push(dc.recent[k]!);
  return out;
}
