// The tickets of a stored day, besides its live ones, that a night may read one by one from its counters: the worst
// candidates, whose facts the report explains (its worst tickets), and those "7 days ago" reads as they stood then.
// The store keeps their entries with the day's counters (scripts/store/day-counters-file.ts, its `named` block), so
// a night that counts an unchanged day opens its facts file no further than its header.

import { DateTime } from 'luxon';
import { COMPARISON_DAYS } from './standard-report.ts';
import type { CounterNight } from './counted-day.ts';
import { dayNumberOf } from './counter-units.ts';
import { worstOrder, type DayCounters, type WorstCandidate } from './day-counters.ts';
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
    // Each ticket's longest measurement of each date (its measurements are together).
    const byDate = new Map<number, Map<number, WorstCandidate>>();
    for (let e = 0; e < r.tickets.length; e++) {
      const dn = r.dns[e]!;
      if (dn < fromDn) continue;
      const ticket = r.tickets[e]!;
      let longest = byDate.get(dn);
      if (longest === undefined) byDate.set(dn, (longest = new Map()));
      const seen = longest.get(ticket);
      const value = r.values[e]!;
      if (seen === undefined || value > seen.value || (value === seen.value && r.atMs[e]! < seen.atMs)) longest.set(ticket, { ticket, value, atMs: r.atMs[e]! });
    }
    const order = worstOrder(dc.tickets.ids);
    for (const longest of byDate.values()) for (const w of [...longest.values()].sort(order).slice(0, unit.worstKept)) out.add(w.ticket);
  }
  return [...out].sort((a, b) => a - b);
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
