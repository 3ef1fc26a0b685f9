// Business time: a Calendar compiled once into a table of open intervals in UTC epoch milliseconds with
// running totals of open time, so that
// - elapsed business time between two instants is two binary searches and a subtraction, and
// - the instant at which a business duration ends (a due time) is one binary search over the running totals.
//
// Why luxon: it is already a dependency of the model (time zone validation), it reads the IANA database that
// ships with Node's ICU (Intl), so zone rule changes arrive with Node updates and not with our releases, and we
// need only one thing from it: the UTC offset of a zone at an instant. Temporal's polyfill would do as well but
// is larger and still moving; date-fns-tz has the same Intl source with a less direct offset API.
//
// How a Calendar becomes instants (the methodology page repeats these rules):
// - Weekly hours. `hours[weekday]` intervals are minutes after local midnight of the local date the interval
//   starts on; `end` may pass 1440 (22:00–06:00 is {1320, 1800}). Intervals that overlap or touch, also across
//   days, are merged: Monday 00:00–24:00 and Tuesday 00:00–24:00 are one 48-hour stretch.
// - Local times become instants by one rule, the one RFC 5545 and Temporal (`compatible`) use and the CSV
//   source uses too (scripts/sources/instants.ts `instantOfLocalTime`, kept equal by a test):
//   a wall time that happens twice (clocks fall back) is its earlier occurrence; one that never happens
//   (clocks spring forward over it) is read with the offset before the gap, i.e. moved forward by the gap.
//   So 01:00–03:00 on a night when 01:00 jumps to 02:00 lasts 1 real hour (01:00 is read as 02:00), an
//   interval inside the skipped hour moves with it (01:15–01:45 opens 02:15–02:45), and 01:00–03:00 on a
//   night when 02:00 falls back to 01:00 lasts 3 real hours. A 24:00 closing on a night when midnight happens
//   twice (America/Havana) closes at the first midnight. Business time is real elapsed time between instants.
// - Holidays. A holiday closes its whole local date, from its 00:00 to the next date's 00:00 (by the rule
//   above), whatever started earlier: the part of an overnight shift that runs from the day before into a
//   holiday is closed, and a shift that would start on the holiday does not start (its part after midnight, on
//   the next, ordinary date, stays open). A holiday with `open` intervals then opens exactly those, placed on
//   the holiday's date like weekly hours; they are explicit and win over everything else, even where they run
//   past midnight into another holiday.
// - Versions. A calendar with versions (scripts/model/calendar-versions.ts) is the first version's hours and
//   holidays until the local midnight (in its own zone) of the second version's `from` date, and so on: each
//   version is compiled for its own span and the spans are joined. An overnight shift that starts the day
//   before a change is cut at that midnight: from then on the new version's hours apply.
// - Queries outside the compiled span extend it (recompiled, padded by a month, and on the side that grows by
//   at least the span already compiled), up to MAX_SPAN_MS in total; beyond that a clear error is thrown
//   rather than a guess. Non-finite instants are errors too.

import { zoneOffsetsFor, type ZoneOffsets } from './zone-offsets.ts';
import { firstAbove, firstAtLeast } from './sorted-search.ts';
import type { BusinessClock } from './business-clock.ts';
import { wallClock } from './business-clock.ts';
import { WEEKDAYS, type CalendarDefinition, type CalendarVersion, type LocalInterval } from '../model/model.ts';

/** The span of time a compiled calendar must cover, in epoch milliseconds. */
export interface BusinessTimeRange { fromMs: number; toMs: number }

/** A compiled calendar: a BusinessClock plus what the benchmark and the site may want to know about it. */
export interface CompiledCalendarClock extends BusinessClock {
  readonly calendarId: string;
  /** The instants the interval table currently covers exactly (it grows when asked about other instants). */
  coverage(): BusinessTimeRange;
  /** Number of merged open intervals in the table. */
  intervalCount(): number;
  /** Makes the table cover `range` now, so later queries inside it never recompile. */
  cover(range: BusinessTimeRange): void;
  /** The open intervals (merged, as [start, end] instants) that overlap [fromMs, toMs], cut to it. */
  openIntervals(fromMs: number, toMs: number): Array<[number, number]>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DAY_MINUTES = 1440;
/**
 * Compiled around every requested range, and added again whenever the table has to grow. A month, not more: a
 * table costs its days at every start (two calendars over six years were a tenth of a warm evaluate's CPU), and
 * an instant outside it grows the table geometrically (see grow), so a store reaching far back pays a few
 * compiles, not one per ticket.
 */
const PAD_MS = 31 * DAY_MS;
/** The largest span one compiled table may cover: a ticket timestamp further out is a data error, not a wait. */
const MAX_SPAN_MS = 250 * 366 * DAY_MS;
const HOLIDAY_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Compiles `calendar` for `range` (padded by a month on each side). Throws an Error naming the calendar when its
 * time zone is unknown, an interval or holiday date is malformed, or the week has no open time at all.
 */
export const compileCalendar = (function compileCalendar(calendar: CalendarDefinition, range: BusinessTimeRange): CompiledCalendarClock {
  const eras = readEras(calendar);
  const rules = { openShare: Math.min(...eras.map((era) => era.rules.openShare)) };
  const compileTable = (coverFrom: number, coverTo: number) => compileEras(eras, coverFrom, coverTo);
  checkRange(calendar.id, range.fromMs, range.toMs);
  let table = compileTable(range.fromMs - PAD_MS, range.toMs + PAD_MS);
  /**
   * The earliest and latest instants asked about (the range compiled for, the queries): the limit is measured
   * against them, not against the table, whose geometric growth covers more than was asked.
   */
  let askedFrom = range.fromMs;
  let askedTo = range.toMs;

  function grow(fromMs: number, toMs: number): void {
    checkRange(calendar.id, fromMs, toMs);
    const earliest = Math.min(askedFrom, fromMs);
    const latest = Math.max(askedTo, toMs);
    const needFrom = earliest - PAD_MS;
    const needTo = latest + PAD_MS;
    if (needTo - needFrom > MAX_SPAN_MS) {
      throw new RangeError(
        `calendar ${calendar.id}: business time between ${iso(earliest)} and ` +
        `${iso(latest)} spans more than ${MAX_SPAN_MS / (366 * DAY_MS)} years; ` +
        'check the timestamps (a ticket instant far in the past or future is usually a unit or parsing error)',
      );
    }
    askedFrom = earliest;
    askedTo = latest;
    // A side that grows grows by at least the table's span: instants met one by one further out (tickets read
    // newest first) then cost a logarithmic number of compiles, each within MAX_SPAN_MS. Past the limit, the parts
    // grown beyond what was asked give way first.
    const span = table.coverTo - table.coverFrom;
    const coverFrom = needFrom < table.coverFrom ? Math.min(needFrom, table.coverFrom - span) : table.coverFrom;
    const coverTo = needTo > table.coverTo ? Math.max(needTo, table.coverTo + span) : table.coverTo;
    table = compileTable(...withinLimit(coverFrom, coverTo, needFrom, needTo));
  }

  function elapsedMinutes(fromMs: number, toMs: number): number {
    if (toMs > fromMs) {
      if (fromMs < table.coverFrom || toMs > table.coverTo) grow(fromMs, toMs);
      const t = table;
      return (openMsBefore(t, toMs) - openMsBefore(t, fromMs)) / MINUTE_MS;
    }
    if (Number.isNaN(fromMs) || Number.isNaN(toMs)) checkRange(calendar.id, fromMs, toMs);
    return 0;
  }

  function addMinutes(fromMs: number, minutes: number): number {
    return businessInstant(fromMs, minutes, false);
  }

  function passedAt(fromMs: number, minutes: number): number {
    if (!(minutes >= 0)) {
      throw new RangeError(`calendar ${calendar.id}: a threshold is passed after a positive number of business minutes, got ${minutes}`);
    }
    return businessInstant(fromMs, minutes, true);
  }

  /**
   * The instant `minutes` of business time after (or before) `fromMs`. `passing`: the first instant after which
   * more time than that has elapsed, i.e. past a closing at which the amount is reached exactly.
   */
  function businessInstant(fromMs: number, minutes: number, passing: boolean): number {
    checkRange(calendar.id, fromMs, fromMs);
    if (!Number.isFinite(minutes)) {
      throw new RangeError(`calendar ${calendar.id}: cannot add ${minutes} business minutes to ${iso(fromMs)}: a finite number of minutes is needed`);
    }
    if (minutes === 0 && !passing) return fromMs;
    if (fromMs < table.coverFrom || fromMs > table.coverTo) grow(fromMs, fromMs);
    const amountMs = minutes * MINUTE_MS;
    const tooFar = (limitMs: number) => new RangeError(
      `calendar ${calendar.id}: ${minutes} business minutes from ${iso(fromMs)} reach beyond ${iso(limitMs)}, ` +
      `the limit of ${MAX_SPAN_MS / (366 * DAY_MS)} years of compiled business time; check the duration and the calendar's holidays`,
    );
    // Business time never runs faster than wall time, so a duration longer than the largest table cannot fit.
    if (Math.abs(amountMs) > MAX_SPAN_MS) throw tooFar(amountMs > 0 ? table.coverTo : table.coverFrom);
    // Each round grows the table by at least the wall time the missing business time needs at the week's
    // open share, and at least a doubling step; past MAX_SPAN_MS it throws: never unbounded.
    for (let step = PAD_MS; ; step *= 2) {
      const t = table;
      const target = openMsBefore(t, fromMs) + amountMs;
      if (passing && t.count > 0 && target < t.cumEnd[t.count - 1]!) return passedAfter(t, target);
      if (!passing && amountMs > 0 && t.count > 0 && target <= t.cumEnd[t.count - 1]!) return dueAfter(t, target);
      if (amountMs < 0 && target >= 0 && t.count > 0) return startBefore(t, target);
      const missingMs = amountMs >= 0 ? target - (t.count > 0 ? t.cumEnd[t.count - 1]! : 0) : -target;
      const growBy = Math.max(step, (missingMs / rules.openShare) * 1.25 + PAD_MS);
      const grownFrom = amountMs >= 0 ? t.coverFrom : t.coverFrom - growBy;
      const grownTo = amountMs >= 0 ? t.coverTo + growBy : t.coverTo;
      // The side that grows needs all of it; the other gives up what it grew beyond the instants asked.
      const [coverFrom, coverTo] = amountMs >= 0
        ? withinLimit(grownFrom, grownTo, Math.min(askedFrom, fromMs) - PAD_MS, grownTo)
        : withinLimit(grownFrom, grownTo, grownFrom, Math.max(askedTo, fromMs) + PAD_MS);
      if (coverTo - coverFrom > MAX_SPAN_MS) throw tooFar(amountMs >= 0 ? t.coverTo : t.coverFrom);
      table = compileTable(coverFrom, coverTo);
    }
  }

  return {
    calendarId: calendar.id,
    elapsedMinutes,
    addMinutes,
    passedAt,
    coverage: () => ({ fromMs: table.coverFrom, toMs: table.coverTo }),
    intervalCount: () => table.count,
    cover(range) {
      if (range.fromMs < table.coverFrom || range.toMs > table.coverTo) grow(range.fromMs, range.toMs);
    },
    openIntervals(fromMs, toMs) {
      if (!(toMs > fromMs)) return [];
      if (fromMs < table.coverFrom || toMs > table.coverTo) grow(fromMs, toMs);
      const t = table;
      const out: Array<[number, number]> = [];
      for (let i = 0; i < t.count; i++) {
        if (t.ends[i]! <= fromMs) continue;
        if (t.starts[i]! >= toMs) break;
        out.push([Math.max(t.starts[i]!, fromMs), Math.min(t.ends[i]!, toMs)]);
      }
      return out;
    },
  };
});

/** One version of a calendar as compiled: its rules, from the instant it applies until the next one's. */
interface Era { rules: CalendarRules; startMs: number; endMs: number }

const readEras = (function readEras(calendar: CalendarDefinition): Era[] {
  const versions: readonly CalendarVersion[] = calendar.versions !== undefined && calendar.versions.length > 0
    ? calendar.versions
    : [{ version: 'current', from: null, timezone: calendar.timezone, hours: calendar.hours, holidays: calendar.holidays }];
  const eras = versions.map((v, i): Era => {
    const rules = readCalendarRules({ ...calendar, timezone: v.timezone, hours: v.hours, holidays: v.holidays }, versions.length > 1 ? ` (version ${v.version})` : '');
    let startMs = Number.NEGATIVE_INFINITY;
    if (i > 0) {
      const day = v.from === null ? null : dayNumberOf(v.from);
      if (day === null) throw new Error(`calendar ${calendar.id}: version ${v.version} has no date it applies from (expected YYYY-MM-DD)`);
      startMs = rules.offsets.instantOf(day * DAY_MS);
    }
    return { rules, startMs, endMs: Number.POSITIVE_INFINITY };
  });
  for (let i = 0; i + 1 < eras.length; i++) {
    if (!(eras[i + 1]!.startMs > eras[i]!.startMs)) {
      throw new Error(`calendar ${calendar.id}: version ${versions[i + 1]!.version} does not start after version ${versions[i]!.version}: versions must be oldest first`);
    }
    eras[i]!.endMs = eras[i + 1]!.startMs;
  }
  return eras;
});

/**
 * A cover cut back toward what was asked (`needFrom`..`needTo`, padded), its start first, until it spans at most
 * MAX_SPAN_MS: what geometric growth added beyond the asked instants gives way before the limit is reached. Never
 * cut inside what was asked, so the result may still be over the limit (the caller refuses it).
 */
function withinLimit(coverFrom: number, coverTo: number, needFrom: number, needTo: number): [number, number] {
  let over = coverTo - coverFrom - MAX_SPAN_MS;
  if (over <= 0) return [coverFrom, coverTo];
  const back = Math.max(0, Math.min(over, needFrom - coverFrom));
  over -= back;
  return [coverFrom + back, coverTo - Math.max(0, Math.min(over, coverTo - needTo))];
}

/** The table of every era that overlaps the cover, each cut to its own span, joined in order. */
const compileEras = (function compileEras(eras: readonly Era[], coverFrom: number, coverTo: number): IntervalTable {
  if (eras.length === 1) return compileTable(eras[0]!.rules, coverFrom, coverTo);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const era of eras) {
    const from = Math.max(coverFrom, era.startMs);
    const to = Math.min(coverTo, era.endMs);
    if (!(to > from)) continue;
    const part = compileTable(era.rules, from, to);
    for (let i = 0; i < part.count; i++) {
      const last = ends.length - 1;
      // Open across the change (24/7 on both sides): one interval.
      if (last >= 0 && ends[last] === part.starts[i]) ends[last] = part.ends[i]!;
      else {
        starts.push(part.starts[i]!);
        ends.push(part.ends[i]!);
      }
    }
  }
  return tableOf(coverFrom, coverTo, starts, ends);
});

/**
 * The clock for a Standard's calendar: `wallClock` (24/7) for null. Compiled clocks are remembered per
 * calendar definition object, so every caller that holds the same model shares one compiled table, and a
 * replayed or proposed version of a calendar (a different object) gets its own.
 */
export const clockFor = (function clockFor(calendarId: string | null, calendars: readonly CalendarDefinition[], range: BusinessTimeRange): BusinessClock {
  return defaultRegistry.clockFor(calendarId, calendars, range);
});

export interface ClockRegistry {
  clockFor(calendarId: string | null, calendars: readonly CalendarDefinition[], range: BusinessTimeRange): BusinessClock;
}

/** A cache of compiled clocks keyed by calendar definition (weakly: it never keeps a model alive). */
export const createClockRegistry = (function createClockRegistry(): ClockRegistry {
  const compiled = new WeakMap<CalendarDefinition, CompiledCalendarClock>();
  return {
    clockFor(calendarId, calendars, range) {
      if (calendarId === null) return wallClock;
      const calendar = calendars.find((c) => c.id === calendarId);
      if (!calendar) {
        const known = calendars.map((c) => c.id).join(', ') || 'none';
        throw new Error(`calendar ${calendarId} is not defined (calendars: ${known})`);
      }
      const cached = compiled.get(calendar);
      if (cached) {
        cached.cover(range);
        return cached;
      }
      const clock = compileCalendar(calendar, range);
      compiled.set(calendar, clock);
      return clock;
    },
  };
});

const defaultRegistry = createClockRegistry();

// ---------------------------------------------------------------------------------------------------------
// The compiled table

interface IntervalTable {
  coverFrom: number;
  coverTo: number;
  count: number;
  starts: Float64Array;
  ends: Float64Array;
  /** Open milliseconds from coverFrom to starts[i]. */
  cumBefore: Float64Array;
  /** Open milliseconds from coverFrom to ends[i]. */
  cumEnd: Float64Array;
}

/** Open milliseconds between the table's start and `t` (coverFrom <= t <= coverTo). */
const openMsBefore = (function openMsBefore(table: IntervalTable, t: number): number {
  const i = firstAbove(table.starts, table.count, t) - 1;
  if (i < 0) return 0;
  const end = table.ends[i]!;
  return t < end ? table.cumBefore[i]! + (t - table.starts[i]!) : table.cumEnd[i]!;
});

/** The first instant at which `target` open milliseconds have passed (0 < target <= total). */
function dueAfter(table: IntervalTable, target: number): number {
  // Among all but the last interval: the last one when none before it reaches `target`.
  const i = firstAtLeast(table.cumEnd, table.count - 1, target);
  return table.starts[i]! + (target - table.cumBefore[i]!);
}

/**
 * The first instant after which more than `target` open milliseconds have passed (0 <= target < total): inside
 * the interval where the total passes `target`, so at its start when `target` was reached at the previous close.
 */
const passedAfter = (function passedAfter(table: IntervalTable, target: number): number {
  const i = firstAbove(table.cumEnd, table.count - 1, target);
  return table.starts[i]! + Math.max(0, target - table.cumBefore[i]!);
});

/** The last instant at which exactly `target` open milliseconds have passed (0 <= target < total). */
function startBefore(table: IntervalTable, target: number): number {
  const i = Math.max(0, firstAbove(table.cumBefore, table.count, target) - 1);
  return table.starts[i]! + (target - table.cumBefore[i]!);
}

interface CalendarRules {
  id: string;
  offsets: ZoneOffsets;
  /** Weekly hours indexed Monday = 0. */
  week: LocalInterval[][];
  /** Holidays by local day number (days since 1970-01-01). */
  holidays: Map<number, LocalInterval[] | null>;
  /** How many days before a date its intervals may start and still reach into it. */
  reachDays: number;
  /** Share of a week's wall time the weekly hours keep open (0 < share <= 1), to size a table extension. */
  openShare: number;
}

const readCalendarRules = (function readCalendarRules(calendar: CalendarDefinition, version = ''): CalendarRules {
  // By name: a zone whose offsets an earlier run kept is not asked of Intl (zone-offsets.ts).
  const offsets = zoneOffsetsFor(calendar.timezone);
  if (!offsets.isValid) {
    throw new Error(`calendar ${calendar.id}: time zone "${calendar.timezone}" is not an IANA time zone (for example Europe/Dublin)`);
  }
  let maxEnd = DAY_MINUTES;
  const checkInterval = (interval: LocalInterval, where: string): void => {
    const { start, end } = interval;
    if (!Number.isFinite(start) || !Number.isFinite(end) || start < 0 || end <= start) {
      throw new Error(`calendar ${calendar.id}: ${where} interval {start: ${start}, end: ${end}} is not an interval of minutes after midnight with end after start`);
    }
    maxEnd = Math.max(maxEnd, end);
  };
  const week = WEEKDAYS.map((day) => {
    const intervals = calendar.hours[day] ?? [];
    intervals.forEach((interval, i) => checkInterval(interval, `hours.${day}[${i}]`));
    return intervals;
  });
  if (!week.some((intervals) => intervals.length > 0)) {
    throw new Error(`calendar ${calendar.id}${version} has no open hours in the week: business time would never pass (add hours such as monday: [09:00-17:00])`);
  }
  const holidays = new Map<number, LocalInterval[] | null>();
  calendar.holidays.forEach((holiday, i) => {
    const day = dayNumberOf(holiday.date);
    if (day === null) {
      throw new Error(`calendar ${calendar.id}: holidays[${i}] date "${holiday.date}" is not a date like 2026-12-25`);
    }
    holiday.open?.forEach((interval, j) => checkInterval(interval, `holidays[${i}] (${holiday.date}) open[${j}]`));
    holidays.set(day, holiday.open && holiday.open.length > 0 ? holiday.open : null);
  });
  const weeklyOpen = week.flat().reduce((sum, { start, end }) => sum + end - start, 0);
  return {
    id: calendar.id, offsets, week, holidays,
    reachDays: Math.ceil(maxEnd / DAY_MINUTES), openShare: Math.min(1, weeklyOpen / (7 * DAY_MINUTES)),
  };
});

const compileTable = (function compileTable(rules: CalendarRules, coverFrom: number, coverTo: number): IntervalTable {
  // Local dates whose intervals can touch the cover: zone offsets are within ±1 day of UTC.
  const firstDay = Math.floor(coverFrom / DAY_MS) - 1 - rules.reachDays;
  const lastDay = Math.floor(coverTo / DAY_MS) + 1;
  const offsets = rules.offsets;
  offsets.prepare(firstDay * DAY_MS - 2 * DAY_MS, (lastDay + rules.reachDays + 2) * DAY_MS);

  const place = (day: number, interval: LocalInterval, into: number[]): void => {
    const wall = day * DAY_MS;
    const start = offsets.instantOf(wall + interval.start * MINUTE_MS);
    const end = offsets.instantOf(wall + interval.end * MINUTE_MS);
    if (end > start) into.push(start, end);
  };

  const weekly: number[] = [];
  const closed: number[] = [];
  const forced: number[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    for (const interval of rules.week[weekdayIndex(day)]!) place(day, interval, weekly);
    if (rules.holidays.has(day)) {
      closed.push(offsets.instantOf(day * DAY_MS), offsets.instantOf((day + 1) * DAY_MS));
      for (const interval of rules.holidays.get(day) ?? []) place(day, interval, forced);
    }
  }
  const open = mergeIntervals(subtractIntervals(mergeIntervals(weekly), mergeIntervals(closed)).concat(forced));

  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < open.length; i += 2) {
    const start = Math.max(open[i]!, coverFrom);
    const end = Math.min(open[i + 1]!, coverTo);
    if (end > start) {
      starts.push(start);
      ends.push(end);
    }
  }
  return tableOf(coverFrom, coverTo, starts, ends);
});

/** The interval table of sorted, disjoint open intervals, with running totals of open time. */
const tableOf = (function tableOf(coverFrom: number, coverTo: number, starts: readonly number[], ends: readonly number[]): IntervalTable {
  const count = starts.length;
  const table: IntervalTable = {
    coverFrom, coverTo, count,
    starts: Float64Array.from(starts), ends: Float64Array.from(ends),
    cumBefore: new Float64Array(count), cumEnd: new Float64Array(count),
  };
  let total = 0;
  for (let i = 0; i < count; i++) {
    table.cumBefore[i] = total;
    total += ends[i]! - starts[i]!;
    table.cumEnd[i] = total;
  }
  return table;
});

/** Sorts flat [start, end, start, end, ...] pairs and merges those that overlap or touch. */
const mergeIntervals = (function mergeIntervals(flat: number[]): number[] {
  const order = Array.from({ length: flat.length / 2 }, (_, i) => i);
  order.sort((a, b) => flat[2 * a]! - flat[2 * b]! || flat[2 * a + 1]! - flat[2 * b + 1]!);
  const merged: number[] = [];
  for (const i of order) {
    const start = flat[2 * i]!;
    const end = flat[2 * i + 1]!;
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end);
    else merged.push(start, end);
  }
  return merged;
});

/** `open` minus `closed`, both merged and sorted. */
const subtractIntervals = (function subtractIntervals(open: number[], closed: number[]): number[] {
  const result: number[] = [];
  let j = 0;
  for (let i = 0; i < open.length; i += 2) {
    let start = open[i]!;
    const end = open[i + 1]!;
    while (j < closed.length && closed[j + 1]! <= start) j += 2;
    let k = j;
    while (k < closed.length && closed[k]! < end) {
      if (closed[k]! > start) result.push(start, closed[k]!);
      start = Math.max(start, closed[k + 1]!);
      k += 2;
    }
    if (end > start) result.push(start, end);
  }
  return result;
});

// ---------------------------------------------------------------------------------------------------------

const dayNumberOf = (function dayNumberOf(date: string): number | null {
  const match = HOLIDAY_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / DAY_MS;
});

/** Monday = 0 for a day number (1970-01-01, day 0, was a Thursday). */
const weekdayIndex = (function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
});

const checkRange = (function checkRange(calendarId: string, fromMs: number, toMs: number): void {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) {
    throw new RangeError(`calendar ${calendarId}: business time needs finite instants, got ${fromMs} and ${toMs} (epoch milliseconds)`);
  }
});

function iso(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}
