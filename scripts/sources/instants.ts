// The one way sources write instants into tickets: ISO 8601 in UTC with `Z`, whole seconds when the
// instant has no milliseconds (`2026-02-03T09:15:00Z`), else with them. The sample generator formats
// millions of instants, so the date part is memoised per UTC day instead of going through Date each time.
// Local (naive) times become instants by one documented rule: `instantOfLocalTime`.

import type { IANAZone } from 'luxon';
import { ZONED_ISO_INSTANT } from '../model/values.ts';

const DAY_MS = 86_400_000;
const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const dayPrefixes = new Map<number, string>();

export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${ms}`);
  if (ms % 1000 !== 0) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    // A memo, not state: the same day always gives the same text. Bounded so a long run cannot grow it forever.
    if (dayPrefixes.size > 50_000) dayPrefixes.clear();
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const seconds = (ms - day * DAY_MS) / 1000;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds - h * 3600) / 60);
  const s = seconds - h * 3600 - m * 60;
  return prefix + TWO_DIGITS[h]! + ':' + TWO_DIGITS[m]! + ':' + TWO_DIGITS[s]! + 'Z';
}

/** `2026-02-03` of a UTC instant in ms. */
export function utcDay(ms: number): string {
  return formatInstant(Math.floor(ms / DAY_MS) * DAY_MS).slice(0, 10);
}

const HOUR_MS = 3_600_000;

/**
 * The instant at which the clocks of `zone` show `wallMs` (the local date and time written as if it were UTC),
 * by the one rule used everywhere a local time becomes an instant (RFC 5545 §3.3.5, Temporal's `compatible`):
 * - a local time that happens twice (clocks fall back) is its earlier occurrence;
 * - a local time that never happens (clocks spring forward over it) is read with the offset in force before
 *   the gap, which moves it forward by the length of the gap (02:30 in a 02:00→03:00 gap is 03:30).
 * The calendar compiler (scripts/engine/business-time.ts) applies the same rule; a test keeps them equal.
 */
export function instantOfLocalTime(zone: IANAZone, wallMs: number): number {
  const before = zone.offset(wallMs - DAY_MS) * 60_000;
  const after = zone.offset(wallMs + DAY_MS) * 60_000;
  const early = wallMs - before;
  if (before === after && zone.offset(early) * 60_000 === before) return early;
  const late = wallMs - after;
  const earlyShown = zone.offset(early) * 60_000 === before;
  const lateShown = zone.offset(late) * 60_000 === after;
  if (earlyShown && lateShown) return Math.min(early, late);
  if (earlyShown) return early;
  if (lateShown) return late;
  return wallMs - before;
}

/**
 * The offset (ms) that every local time in the local hour starting at `localHourMs` has, or null when a zone
 * transition lies within a day of it (then each time goes through `instantOfLocalTime`). Lets a reader of
 * many naive timestamps look the zone up once per local hour.
 */
export function steadyOffsetOfLocalHour(zone: IANAZone, localHourMs: number): number | null {
  const before = zone.offset(localHourMs - DAY_MS) * 60_000;
  const after = zone.offset(localHourMs + HOUR_MS + DAY_MS) * 60_000;
  return before === after ? before : null;
}

/**
 * A stored position (where a source reads on from: Freshdesk's `updated_since`, GitHub's `since`) in the one form
 * positions are kept and sent in, formatInstant's (UTC ISO 8601 with `Z`, as both APIs document the parameter); null
 * when the value names no instant whatever the machine's time zone (zonedInstantMs). Cursors written before positions
 * had one form held the API's own text or other text with a zone (`2026-11-02T00:00:00+00:00`, a date with its
 * milliseconds, HTTP's date): read here, each is sent canonically, never as it stands (Date.parse also takes text in
 * parentheses as a comment, so a stored string may hold a line). Text without a zone is refused, not read as local time.
 */
export function canonicalPosition(value: unknown): string | null {
  const ms = zonedInstantMs(value);
  return ms === null ? null : formatInstant(ms);
}

/** HTTP's date (RFC 9110 IMF-fixdate, what Date's toUTCString writes): GMT, said. */
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * The instant (ms) of text that names one whatever the machine's time zone, or null. Date.parse alone is not that: it
 * reads a date-time without a zone (`2026-11-04 12:00`, `2026-11-04T12:00`) and its fallback forms (`1` is 2001-01-01,
 * `Nov 4 2026`) in the machine's local time, so one stored text would be another position on another machine; and a
 * year past 9999 or before 0 has no form of formatInstant's. Only a four-digit year with an explicit zone is read.
 */
export function zonedInstantMs(value: unknown): number | null {
  if (typeof value !== 'string' || !(ZONED_ISO_INSTANT.test(value) || HTTP_DATE.test(value))) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * How far past the fetch's now a stored position may stand: positions are the upstream's instants (its clock may run a
 * little ahead of ours). Past that, no fetch stopped there: a night would read nothing from it, and as a position never
 * moves back (laterPosition), not even a backfill would bring it back. Such a cursor is refused instead.
 */
export const POSITION_CLOCK_SLACK_MS = 86_400_000;

/** Whether a stored position (ms) is later than any fetch could have stopped by `nowMs`. */
export function isFuturePosition(ms: number, nowMs: number): boolean {
  return ms > nowMs + POSITION_CLOCK_SLACK_MS;
}

/**
 * A canonical position as it is sent (Freshdesk's `updated_since` and `created_since`, GitHub's `since`): floored to the
 * whole second, the form both document (`2026-11-12T10:00:00Z`), while the position kept stays the instant read. The
 * lists include their bound, so flooring can only move a request earlier and re-read what changed within that second
 * before the position (time paging and the ratings skip or merge it as read before), never skip anything. Storing the
 * floored position instead would re-read that second on every night, and the newest instant read would no longer be
 * what a fetch reports it stopped at. Text that is no instant is sent as it is (positionRead refuses it to keep).
 */
export function sentPosition(position: string): string {
  const ms = Date.parse(position);
  return Number.isNaN(ms) || ms % 1000 === 0 ? position : formatInstant(Math.floor(ms / 1000) * 1000);
}

/** The later of two canonical positions (formatInstant's text; either may be absent): a position never moves back. */
export function laterPosition(a: string, b: string | null | undefined): string {
  return b !== null && b !== undefined && Date.parse(b) > Date.parse(a) ? b : a;
}
