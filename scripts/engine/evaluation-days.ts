// The days a standard is counted in. Days are local days of the standard's calendar time zone (UTC for a
// standard without a calendar), so a calendar month or quarter starts exactly on a day boundary and a daily
// series reads the way the team's week reads. An instant is placed in its day by a binary search over the
// precomputed day starts (DST days are 23 or 25 hours long, so no division).

import { DateTime } from 'luxon';
import { luxonZone, PreparedZone } from './zone-offsets.ts';
import type { WindowSpec } from '../model/model.ts';

const DAY_MS = 86_400_000;

export interface DayGrid {
  zone: string;
  days: number;
  /** starts[i] is the first instant of day i; starts[days] is the end of the last day. */
  starts: Float64Array;
  /** Local date of each day, YYYY-MM-DD. */
  dates: string[];
}

/**
 * Grids already made, by zone and instant: the longest one made, of which a shorter grid is the end. Local days
 * come from luxon one by one (a zone's offset at each midnight), which is slow enough to matter when every standard
 * of an evaluation asks for its own grid, twice; a grid is a pure function of (zone, now, days), so they are shared.
 */
const madeGrids = new Map<string, DayGrid>();

/** `days` consecutive local days in `zone`, the last one containing `nowMs`. */
export const buildDayGrid = (function buildDayGrid(zone: string, nowMs: number, days: number): DayGrid {
  const key = `${zone} ${nowMs}`;
  let longest = madeGrids.get(key);
  if (longest === undefined || longest.days < days) {
    longest = makeDayGrid(zone, nowMs, days, longest);
    if (madeGrids.size >= 64) madeGrids.clear();
    madeGrids.set(key, longest);
  }
  if (longest.days === days) return longest;
  const skip = longest.days - days;
  return { zone, days, starts: longest.starts.slice(skip), dates: longest.dates.slice(skip) };
});

/**
 * The grid as luxon makes it (each day `today.minus({ days })`, its start and its date), stepping back 24 hours at a
 * time where that gives the same instant: when the zone's offset is the same from two days before a day's start to
 * two days after, the local midnight 24 hours before a midnight is the previous day's start, whatever offset luxon
 * starts its search from (offsets differ by at most 26 hours). Near a change of offset, and when today's start is
 * not a midnight (a zone whose clocks skip midnight), each day is luxon's own. One offset is looked up per day,
 * where luxon's date arithmetic looks up three and builds objects: grids are made for every standard, twice.
 */
const makeDayGrid = (function makeDayGrid(zone: string, nowMs: number, days: number, shorter?: DayGrid): DayGrid {
  const starts = new Float64Array(days + 1);
  const dates: string[] = new Array(days);
  // A shorter grid of the same zone and now is this one's end (day i of it is day i + skip here): each day is
  // made from the next one's start and from how many days before today it is, never from the grid's length.
  const skip = shorter === undefined ? days : days - shorter.days;
  if (shorter !== undefined) {
    starts.set(shorter.starts, skip);
    for (let i = 0; i < shorter.days; i++) dates[skip + i] = shorter.dates[i]!;
  }
  // luxon on the prepared offsets (zone-offsets.ts `luxonZone`): the same days, without Intl once they are seeded.
  const today = DateTime.fromMillis(nowMs, { zone: luxonZone(zone) }).startOf('day');
  if (!today.isValid) throw new Error(`unknown time zone "${zone}": use an IANA name such as Europe/Dublin`);
  const luxonDay = (i: number) => {
    const day = today.minus({ days: days - 1 - i });
    starts[i] = day.toMillis();
    if (i < days) dates[i] = day.toISODate()!;
  };
  if (shorter === undefined) {
    luxonDay(days);
    if (days === 0) return { zone, days, starts, dates };
    luxonDay(days - 1);
  }
  const first = shorter === undefined ? days - 2 : skip - 1;
  if (today.hour !== 0 || today.minute !== 0 || today.second !== 0 || today.millisecond !== 0) {
    for (let i = first; i >= 0; i--) luxonDay(i);
    return { zone, days, starts, dates };
  }
  // An IANA zone's offsets come from its prepared span when a calendar in it was compiled (zone-offsets.ts).
  const prepared = today.zone instanceof PreparedZone ? today.zone.offsets : null;
  // The span is made to cover the whole grid first (each day is looked at two days either side; clocks move by at
  // most a day), so what this grid reads is kept with the span (commands/pipeline.ts `withKeptZoneOffsets`): a grid
  // reaching before a calendar's span (a year's window, say) would otherwise ask Intl for each early day on every
  // run, and load its time-zone data to do so (≈ 0.02 s of every warm evaluate of the example, at any store size).
  // The same offsets: a span is the zone's own, sampled daily with each change found to the millisecond.
  prepared?.prepare(starts[first + 1]! - (first + 4) * DAY_MS, starts[first + 1]! + 2 * DAY_MS);
  const offsets = new Map<number, number>();
  const offsetAt = (ms: number) => {
    let o = offsets.get(ms);
    if (o === undefined) {
      o = prepared !== null ? prepared.offsetAt(ms) : Math.round(today.zone.offset(ms) * 60_000);
      offsets.set(ms, o);
    }
    return o;
  };
  for (let i = first; i >= 0; i--) {
    const candidate = starts[i + 1]! - DAY_MS;
    const o = offsetAt(candidate);
    if (offsetAt(candidate - 2 * DAY_MS) === o && offsetAt(candidate - DAY_MS) === o && offsetAt(candidate + DAY_MS) === o && offsetAt(candidate + 2 * DAY_MS) === o) {
      starts[i] = candidate;
      dates[i] = new Date(candidate + o).toISOString().slice(0, 10);
    } else {
      luxonDay(i);
    }
  }
  return { zone, days, starts, dates };
});

/** Index of the day holding `ms`, or -1 when it falls outside the grid. */
export const dayIndex = (function dayIndex(grid: DayGrid, ms: number): number {
  const starts = grid.starts;
  if (!(ms >= starts[0]!) || ms >= starts[grid.days]!) return -1;
  let lo = 0;
  let hi = grid.days - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
});

/** The first day index whose snapshot instant (see `snapshotInstants`) is at or after `ms`. */
export const firstAtOrAfter = (function firstAtOrAfter(instants: Float64Array, ms: number): number {
  let lo = 0;
  let hi = instants.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (instants[mid]! < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
});

/** The end of every day of the grid, the last one cut at `nowMs`: when the backlog is photographed. */
export const snapshotInstants = (function snapshotInstants(grid: DayGrid, nowMs: number): Float64Array {
  const out = new Float64Array(grid.days);
  for (let i = 0; i < grid.days; i++) out[i] = Math.min(grid.starts[i + 1]!, nowMs);
  return out;
});

const localDateStarts = new Map<string, number>();

/** Start of a local date (YYYY-MM-DD) in `zone`, as epoch ms. */
export const startOfLocalDate = (function startOfLocalDate(date: string, zone: string): number {
  const key = `${zone} ${date}`;
  const known = localDateStarts.get(key);
  if (known !== undefined) return known;
  const start = DateTime.fromISO(date, { zone: luxonZone(zone) }).startOf('day');
  if (!start.isValid) throw new Error(`invalid date "${date}" in time zone "${zone}": expected YYYY-MM-DD`);
  if (localDateStarts.size >= 4096) localDateStarts.clear();
  localDateStarts.set(key, start.toMillis());
  return start.toMillis();
});

/**
 * Where the standard's current window starts. Rolling windows are N × 24 hours before now; calendar
 * windows start at the first local midnight of the current month or quarter in `zone`.
 */
export const windowStart = (function windowStart(window: WindowSpec, zone: string, nowMs: number): number {
  if (window.kind === 'rolling') return nowMs - window.days * DAY_MS;
  return DateTime.fromMillis(nowMs, { zone: luxonZone(zone) }).startOf(window.unit).toMillis();
});

/** Days of counters needed before the first series day so its window value is complete. */
export const windowLookbackDays = (function windowLookbackDays(window: WindowSpec): number {
  if (window.kind === 'rolling') return window.days;
  return window.unit === 'month' ? 31 : 92;
});

/**
 * For every day of the grid, the index of the first day of the window that ends with it: N local days for
 * rolling windows, back to the first of the month or quarter for calendar windows (clamped to the grid).
 */
export const windowFirstDays = (function windowFirstDays(grid: DayGrid, window: WindowSpec): Int32Array {
  const out = new Int32Array(grid.days);
  let periodStart = 0;
  let periodKey = '';
  for (let i = 0; i < grid.days; i++) {
    if (window.kind === 'rolling') {
      out[i] = Math.max(0, i - window.days + 1);
      continue;
    }
    const date = grid.dates[i]!;
    const month = Number(date.slice(5, 7));
    const key = window.unit === 'month' ? date.slice(0, 7) : `${date.slice(0, 4)}Q${Math.floor((month - 1) / 3)}`;
    if (key !== periodKey) {
      periodKey = key;
      periodStart = i;
    }
    out[i] = periodStart;
  }
  return out;
});
