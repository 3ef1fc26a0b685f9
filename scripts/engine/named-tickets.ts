// The tickets of a stored day, besides its live ones, that a night may read one by one from its counters: the worst
// candidates, whose facts the report explains (its worst tickets), and those "7 days ago" reads as they stood then.
// The store keeps their entries with the day's counters (scripts/store/day-counters-file.ts, its `named` block), so
// a night that counts an unchanged day opens its facts file no further than its header.

import { COMPARISON_DAYS } from './standard-report.ts';
import { worstOrder, type DayCounters, type WorstCandidate } from './day-counters.ts';

const DAY_MS = 86_400_000;

/**
 * Dates older than this before the counters were made are in no headline window of a night from then on (a quarter
 * is at most 92 days, and windows only move forward): their worst are not kept. A rolling window longer than this
 * reads its older worst tickets from the facts file. (At 100k tickets, 10 duration standards over 180 days, keeping
 * every date's made the counters a third larger.)
 */
const WORST_KEPT_DAYS = 95;

/**
 * The tickets of `dc` a report may list among a standard's worst tickets, ascending: every duration unit's dates'
 * worst (`DateCounters.worst`), and for its recent tickets, each date's `worstKept` worst by the ticket's longest
 * measurement that date. A ticket among a window's worst has its longest measurement in the window on some date, where
 * no more than the list's length beat it, so it is among that date's worst. Two kinds escape it, and are read from the
 * facts file: a ticket of a window's first date (partly inside it, its worst taken from its rows by what lies inside)
 * and one of a worst list longer than the counters keep (counted-day.ts `placeDates`), and those of dates older than
 * any window reaches (`WORST_KEPT_DAYS`). Needs the ticket table (ids).
 */
export function worstCandidateTickets(dc: DayCounters): number[] {
  const out = new Set<number>();
  const fromDn = Math.floor(dc.madeAtMs / DAY_MS) - WORST_KEPT_DAYS;
  for (const unit of dc.units.values()) {
    if (unit.kind !== 'duration' || unit.worstKept === 0) continue;
    for (const date of unit.dates) if (date.dn >= fromDn) for (const w of date.worst) out.add(w.ticket);
    const r = unit.recent;
    if (r.tickets.length === 0) continue;
    if (dc.tickets === null) throw new Error('worstCandidateTickets: the ticket table was not read');
    // Each ticket's longest measurement of each date (its measurements are together).
    const byDate = new Map<number, Map<number, WorstCandidate>>();
    for (let e = 0; e < r.tickets.length; e++) {
      const ticket = r.tickets[e]!;
      let longest = byDate.get(r.dns[e]!);
      if (longest === undefined) byDate.set(r.dns[e]!, (longest = new Map()));
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
