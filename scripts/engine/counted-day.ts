// A night counts a stored day from its counters (day-counters.ts): each date of each unit goes to the standard's
// day series when the version in force that day is measured by the unit, and to the headline window when the
// date lies in it. Dates are local days of the standard's zone; a rolling window starts inside a date, so that
// date is counted from its rows (its measurements with their instants). A date whose version judges with another
// threshold than its sums were made with is judged again from its rows: the rows are every measurement's value.
// "7 days ago" counts old tickets the same way (they were settled before it); a recent ticket is counted from its
// own measurements when they are what it measured as it stood then (`recentReadThen`), else the caller reads it and
// counts it as it stood then.
// The caller also counts the live tickets (`live`), one by one, exactly as every ticket is counted without
// counters. The plan says, before anything is counted, which rows and tickets must be read.

import { dayIndex } from './evaluation-days.ts';
import { firstAtLeast } from './sorted-search.ts';
import {
  CHANNEL_CODES, NO_TEAM_SEGMENT, PRIORITY_CODES, behaviourCount, ticketSegments, emptyBehaviours, judgingInstant, metOf, scoreOf, sumBehaviours, sumRows, worstOfRows,
  MARK_NOT_APPLICABLE, MARK_PASSED,
  type BehaviourSums, type CounterBuild, type DateCounters, type DayCounters, type SegmentCount, type UnitCounters, type WorstCandidate,
} from './day-counters.ts';
import { countBehaviourSums } from './qa-behaviours.ts';
import { judgedByThreshold, type CounterUnit } from './counter-units.ts';
import { ExactSum } from './exact-sum.ts';
import { addToSegment, countInDay, countManyInDay, countManyInWindow, segmentOf, type SegmentCounter, type StandardState } from './standard-state.ts';
import { versionAt } from './version-spans.ts';

/** What counting with counters needs: tonight's standards, now and 7 days before. */
export interface CounterNight extends CounterBuild {
  thenMs: number;
  earlier: readonly StandardState[];
}

export interface CountedDayPlan {
  /** Why these counters cannot be counted tonight at all (the day is counted from its tickets), or null. */
  unusable: string | null;
  /** Units tonight measures that the counters do not hold (or not back far enough): built from the day's tickets. */
  missing: CounterUnit[];
  /** Dates whose rows are read: by unit key, day numbers. */
  rows: Map<string, Set<number>>;
  /** Tickets read one by one, ascending: live ones, and recent ones unsolved 7 days ago (`recentReadThen`). */
  tickets: number[];
  /** Whether the counters' ticket table (ids, segments) is needed: rows, recent tickets or worst tickets are counted. */
  ticketTable: boolean;
}

/** Where a standard's grid starts, as a day number. */
const gridFirstDn = (function gridFirstDn(night: CounterNight, standard: number): number {
  const table = night.tables[standard]!;
  return table.firstDn + dayIndex(table.grid, night.states[standard]!.grid.starts[0]!);
});

/** The version that judges date `dn` of `unit` in `state`, or -1 when it is before the standard or another track's. */
const versionOnDate = (function versionOnDate(night: CounterNight, unit: CounterUnit, state: StandardState, dn: number): number {
  const table = night.tables[unit.standard]!;
  const v = versionAt(state.versions, judgingInstant(unit.kind, table.grid.starts, dn - table.firstDn));
  return v >= 0 && state.versions[v]!.track === unit.track.index ? v : -1;
});

export const planCountedDay = (function planCountedDay(night: CounterNight, dc: DayCounters): CountedDayPlan {
  const plan: CountedDayPlan = { unusable: null, missing: [], rows: new Map(), tickets: [], ticketTable: false };
  if (dc.maxSettledLastEventMs !== null && dc.maxSettledLastEventMs > night.nowMs) {
    plan.unusable = 'made at a later instant than tonight\'s, with tickets that changed in between';
    return plan;
  }
  if (dc.maxOldLastEventMs !== null && dc.maxOldLastEventMs > night.thenMs) {
    plan.unusable = 'made at a later instant than tonight\'s, with tickets that changed within 7 days of tonight';
    return plan;
  }
  for (const unit of night.units) {
    const counters = dc.units.get(unit.key);
    if (counters === undefined || counters.kind !== unit.kind || counters.behaviours !== behaviourCount(unit) || counters.fromDn > night.tables[unit.standard]!.neededFromDn) {
      if (!plan.missing.some((u) => u.key === unit.key)) plan.missing.push(unit);
      continue;
    }
    const state = night.states[unit.standard]!;
    const earlier = night.earlier[unit.standard]!;
    const firstDn = gridFirstDn(night, unit.standard);
    const table = night.tables[unit.standard]!;
    const wanted = plan.rows.get(unit.key) ?? new Set<number>();
    for (const date of counters.dates) {
      const day = date.dn - table.firstDn;
      // Before this standard's dates (kept for another sharing the unit, see `placeRecent`): nothing to read.
      if (day < 0) continue;
      const startMs = table.grid.starts[day]!;
      const endMs = table.grid.starts[day + 1]!;
      const now = date.dn >= firstDn;
      const then = unit.kind !== 'backlog' && endMs > earlier.windowFromMs;
      if (!now && !then) continue;
      // A window's first date, partly inside it.
      let need = unit.kind !== 'backlog' && ((now && startMs < state.windowFromMs && endMs > state.windowFromMs) || (then && startMs < earlier.windowFromMs));
      // Judged tonight with another threshold than its sums.
      if (!need && judgedByThreshold(unit.kind)) {
        const v = versionOnDate(night, unit, state, date.dn);
        need = v >= 0 && state.versions[v]!.thresholdMinutes !== date.theta;
      }
      // More worst tickets wanted than each date keeps.
      if (!need && unit.kind === 'duration' && state.worst.size > counters.worstKept && now && endMs > state.windowFromMs) need = true;
      if (need) wanted.add(date.dn);
      if (unit.kind === 'duration' && state.worst.size > 0 && now && endMs > state.windowFromMs) plan.ticketTable = true;
    }
    if (wanted.size > 0) plan.rows.set(unit.key, wanted);
    if (wanted.size > 0 || counters.recent.tickets.length > 0) plan.ticketTable = true;
  }
  if (plan.missing.length > 0) return plan;
  plan.tickets = [...dc.live, ...recentReadThen(night, dc)].sort((a, b) => a - b);
  return plan;
});

/**
 * The recent tickets "7 days ago" reads one by one, ascending: those a unit of tonight may have measured otherwise
 * as they stood then than its counters keep (`steadyFromMs` after then). The others are counted from the counters
 * (`placeRecent`), whatever their last event: as of an instant before its creation a ticket counts nothing
 * (evaluate.ts `addThen`), and as of one at or after its final solve exactly its kept measurements completed by then
 * (day-counters.ts). A ticket read counts for every standard as it stood then; one that is not, for none of them.
 */
export const recentReadThen = (function recentReadThen(night: Pick<CounterNight, 'thenMs' | 'units'>, dc: DayCounters): number[] {
  // Asked three times a day (the plan, the placing, the caller's reading): walked once. Kept while the day, its recent
  // list and its units are the same objects. One answer a night, the last day's: with an entry a day, keyed by the
  // day's counters and holding their units, a cold night at 100k peaked at 260-310 MB instead of 175-205 (the days'
  // counters, rows included, stayed in the heap far longer).
  const known = lastReadThen.get(night);
  if (known !== undefined && known.dc === dc && known.recent === dc.recent && known.units === dc.units) return known.tickets;
  const tickets = readThenNow(night, dc);
  lastReadThen.set(night, { dc, recent: dc.recent, units: dc.units, tickets });
  return tickets;
});

const lastReadThen = new WeakMap<object, { dc: DayCounters; recent: DayCounters['recent']; units: DayCounters['units']; tickets: number[] }>();

const readThenNow = (function readThenNow(night: Pick<CounterNight, 'thenMs' | 'units'>, dc: DayCounters): number[] {
  const thenMs = night.thenMs;
  const out: number[] = [];
  const created = dc.recentCreatedMs;
  const finalSolves = dc.recentFinalSolveMs;
  for (let k = 0; k < dc.recent.length; k++) {
    const finalSolveMs = finalSolves[k]!;
    if (created[k]! > thenMs || finalSolveMs <= thenMs) continue;
    const i = dc.recent[k]!;
    if (night.units.some((unit) => steadyFromMs(unit, dc.units.get(unit.key)!, i, finalSolveMs) > thenMs)) out.push(i);
  }
  return out;
});

/**
 * An instant from which what `unit` measures of recent ticket `ticket` (finally solved at `finalSolveMs`), as it
 * stood at any later instant, is its kept measurements completed by then: the final solve, or earlier where the
 * metric says so. Before it the ticket may have been open (a running time in flight, in the backlog), not yet
 * reopened, or its life shorter (an exclusion it reached later). Read from the unit's own measurements and
 * exclusion hits only (a ticket out of the unit's scope has none, and gets the final solve: the caller then skips
 * it by its segments, exactly):
 * - first response: complete at the first agent reply, whatever came after (a reply is never taken back);
 * - csat, nps, qa_score: each rating, answer or review counts at its own instant, never open: from creation;
 * - reopen rate with no reopen: its first solve is never reopened, so it reads a failure whenever it has one;
 * - first-contact resolution met: never reopened, so unsolved until its only solve, unmeasured before it;
 * - anything left out by an exclusion, and every other metric (a resolution, a wait or a next reply in flight, the
 *   backlog): the final solve.
 */
const steadyFromMs = (function steadyFromMs(unit: CounterUnit, counters: UnitCounters, ticket: number, finalSolveMs: number): number {
  const hits = counters.hits.tickets;
  if (hits.length > 0 && hits[firstAtLeast(hits, hits.length, ticket)] === ticket) return finalSolveMs;
  const metric = unit.track.metric;
  if (metric === 'csat' || metric === 'nps' || metric === 'qa_score') return Number.NEGATIVE_INFINITY;
  if (metric !== 'first_response_time' && metric !== 'reopen_rate' && metric !== 'first_contact_resolution') return finalSolveMs;
  const r = counters.recent;
  const e = firstAtLeast(r.tickets, r.tickets.length, ticket);
  if (r.tickets[e] !== ticket) return finalSolveMs;
  if (metric === 'first_response_time') return r.atMs[e]!;
  const steady = metric === 'reopen_rate' ? r.values[e] === 0 : r.values[e] === 1;
  return steady ? Number.NEGATIVE_INFINITY : finalSolveMs;
});

/** A kept worst candidate, for the caller to resolve into the ticket's facts. */
export interface WorstRef { day: string; index: number }

export interface CountedDaySink {
  /** Offers a settled ticket's longest measurement to a standard's worst tickets. */
  offerWorst(state: StandardState, candidate: WorstCandidate, version: number, dc: DayCounters): void;
}

/** A standard's breakdown counter of each segment number of a day (`ticketSegments`), looked up once a segment. */
type SegmentCounters = (segment: number) => SegmentCounter;

const segmentCounters = (function segmentCounters(state: StandardState, dc: DayCounters): SegmentCounters {
  const known: (SegmentCounter | undefined)[] = [];
  return (segment) => known[segment] ??= segment < 4
    ? segmentOf(state, state.byPriority, PRIORITY_CODES[segment]!)
    : segment < NO_TEAM_SEGMENT
      ? segmentOf(state, state.byChannel, CHANNEL_CODES[segment - 4]!)
      : segmentOf(state, state.byTeam, segment === NO_TEAM_SEGMENT ? '(none)' : dc.teams[segment - NO_TEAM_SEGMENT - 1]!);
});

const segmentsInto = (function segmentsInto(counterOf: SegmentCounters, segments: readonly SegmentCount[]): void {
  for (const s of segments) addToSegment(counterOf(s.segment), s.count, s.met, s.sum);
});

interface Summed { count: number; met: number; sum: number | ExactSum; segments: SegmentCount[] }

/** A date's sums judged with `theta`: kept ones when they were judged with it, else from its rows. */
const judged = (function judged(unit: CounterUnit, counters: UnitCounters, date: DateCounters, dc: DayCounters, theta: number): Summed {
  if (!judgedByThreshold(counters.kind) || theta === date.theta) return date;
  return sumRows(unit, rowsOf(date), dc.tickets!.codes, theta);
});

const rowsOf = (function rowsOf(date: DateCounters) {
  if (date.rows === null) throw new Error(`the rows of day ${date.dn} were not read`);
  return date.rows;
});

/** Counts one unit's old measurements of a day into its standard, now and 7 days ago. */
const placeDates = (function placeDates(night: CounterNight, unit: CounterUnit, counters: UnitCounters, dc: DayCounters, counterOf: SegmentCounters, worst: Map<number, { candidate: WorstCandidate; version: number }>): void {
  const state = night.states[unit.standard]!;
  const earlier = night.earlier[unit.standard]!;
  const table = night.tables[unit.standard]!;
  const firstDn = gridFirstDn(night, unit.standard);
  const keepWorst = unit.kind === 'duration' ? state.worst.size : 0;
  // qa_score: the reviews behaviour by behaviour (qa-behaviours.ts), as `countQaReview` counts them one by one.
  const qa = state.qaBehaviours;
  const ids = unit.track.scorecard?.behaviours.map((b) => b.id) ?? [];
  const behaviours = (sums: BehaviourSums | null, reviews: number, day: number, inWindow: boolean) => {
    if (qa !== undefined && sums !== null) countBehaviourSums(qa, { ids, ...sums }, reviews, day, inWindow);
  };
  const offer = (list: readonly WorstCandidate[], version: number) => {
    for (const candidate of list) {
      const seen = worst.get(candidate.ticket);
      if (seen === undefined || candidate.value > seen.candidate.value || (candidate.value === seen.candidate.value && candidate.atMs < seen.candidate.atMs)) worst.set(candidate.ticket, { candidate, version });
    }
  };
  for (const date of counters.dates) {
    const day = date.dn - table.firstDn;
    // Before this standard's dates (kept for another sharing the unit, as in `placeRecent`): counted nowhere.
    if (day < 0) continue;
    const startMs = table.grid.starts[day]!;
    const endMs = table.grid.starts[day + 1]!;
    const gridDay = date.dn - firstDn;
    const inGrid = gridDay >= 0 && gridDay < state.grid.days;
    // A date before the series and both windows counts nowhere: not even its version is looked up.
    if (!inGrid && (unit.kind === 'backlog' || endMs <= earlier.windowFromMs)) continue;
    const v = versionOnDate(night, unit, state, date.dn);
    if (v < 0) continue;
    const theta = state.versions[v]!.thresholdMinutes;
    let sums: Summed | null = null;
    if (inGrid) {
      sums = judged(unit, counters, date, dc, theta);
      countManyInDay(state, gridDay, sums.count, sums.met, sums.sum);
      if (unit.kind !== 'backlog' && endMs > state.windowFromMs) {
        if (startMs >= state.windowFromMs) {
          countManyInWindow(state, v, sums.count, sums.met, sums.sum);
          segmentsInto(counterOf, sums.segments);
          if (keepWorst > 0) offer(counters.worstKept >= keepWorst ? date.worst : worstOfRows(rowsOf(date), dc.tickets!.ids, keepWorst), v);
          behaviours(date.behaviours, date.count, gridDay, true);
        } else {
          const rows = rowsOf(date);
          const from = state.windowFromMs;
          const inside = (r: number) => rows.atMs[r]! >= from;
          const part = sumRows(unit, rows, dc.tickets!.codes, theta, inside);
          countManyInWindow(state, v, part.count, part.met, part.sum);
          segmentsInto(counterOf, part.segments);
          if (keepWorst > 0) offer(worstOfRows(rows, dc.tickets!.ids, keepWorst, inside), v);
          behaviours(date.behaviours, 0, gridDay, false);
          if (qa !== undefined) behaviours(sumBehaviours(rows, counters.behaviours, inside), part.count, -1, true);
        }
      } else behaviours(date.behaviours, 0, gridDay, false);
    }
    // 7 days ago: every old measurement was complete by then (the plan refuses counters made too late for it).
    if (unit.kind !== 'backlog' && endMs > earlier.windowFromMs) {
      if (startMs >= earlier.windowFromMs) {
        const whole = sums ?? judged(unit, counters, date, dc, theta);
        countManyInWindow(earlier, v, whole.count, whole.met, whole.sum);
      } else {
        const rows = rowsOf(date);
        const from = earlier.windowFromMs;
        const part = sumRows(unit, rows, dc.tickets!.codes, theta, (r) => rows.atMs[r]! >= from);
        countManyInWindow(earlier, v, part.count, part.met, part.sum);
      }
    }
  }
});

/** Scratch space for one day's recent measurements in a window, by segments code (`ticketSegments`). */
interface BySegments { count: Int32Array; met: Int32Array; sum: Float64Array; exact: (ExactSum | undefined)[]; used: number[] }

const bySegmentsOf = (function bySegmentsOf(dc: DayCounters): BySegments {
  const size = 64 * (dc.teams.length + 1);
  return { count: new Int32Array(size), met: new Int32Array(size), sum: new Float64Array(size), exact: [], used: [] };
});

/**
 * Counts one unit's recent tickets' measurements one by one, now and (those not read as they stood then) 7 days ago.
 * Each ticket's longest measurement in the window goes to the standard's worst tickets (`sink`) once its measurements
 * are counted, when its length could be kept: a recent ticket has no old measurements, so none of `placeDates`' is
 * its own, and those were offered first.
 */
const placeRecent = (function placeRecent(night: CounterNight, unit: CounterUnit, counters: UnitCounters, dc: DayCounters, readThen: Uint8Array, counterOf: SegmentCounters, by: BySegments, sink: CountedDaySink): void {
  const r = counters.recent;
  if (r.tickets.length === 0) return;
  const state = night.states[unit.standard]!;
  const earlier = night.earlier[unit.standard]!;
  if (takesPlainSums(state, earlier)) {
    placeRecentPlain(night, unit, counters, dc, readThen, counterOf, by, sink);
    return;
  }
  const table = night.tables[unit.standard]!;
  const firstDn = gridFirstDn(night, unit.standard);
  const qa = state.qaBehaviours;
  const ids = unit.track.scorecard?.behaviours.map((b) => b.id) ?? [];
  const codes = dc.tickets!.codes;
  const windowed = unit.kind !== 'backlog';
  const keepWorst = unit.kind === 'duration' && state.worst.size > 0;
  const exact = state.exact !== null;
  // The version judging each date, looked up once a date (-2: not yet).
  const versionOf = new Int32Array(table.grid.days).fill(-2);
  // Each ticket's longest measurement in the window (its measurements are together): offered once a ticket, kept as
  // numbers (a recent day holds thousands of tickets, few of which could be kept).
  let longestTicket = -1;
  let longestValue = 0;
  let longestAtMs = 0;
  let longestVersion = 0;
  const offerLongest = () => {
    if (longestTicket >= 0 && state.worst.mightKeep(longestValue)) sink.offerWorst(state, { ticket: longestTicket, value: longestValue, atMs: longestAtMs }, longestVersion, dc);
    longestTicket = -1;
  };
  for (let e = 0; e < r.tickets.length; e++) {
    const ticket = r.tickets[e]!;
    if (longestTicket >= 0 && longestTicket !== ticket) offerLongest();
    const dn = r.dns[e]!;
    const day = dn - table.firstDn;
    // Before this standard's dates: kept for another standard sharing the unit, reaching further back (day-counters.ts
    // `reachingFurthest`). Nothing tonight counts it here: the dates begin before the series and "7 days ago"'s window.
    if (day < 0) continue;
    const atMs = r.atMs[e]!;
    let v = versionOf[day]!;
    if (v === -2) {
      v = versionOnDate(night, unit, state, dn);
      versionOf[day] = v;
    }
    if (v < 0) continue;
    const value = r.values[e]!;
    const met = metOf(unit, value, state.versions[v]!.thresholdMinutes);
    const score = scoreOf(unit.kind, value, met);
    const gridDay = dn - firstDn;
    if (gridDay >= 0 && gridDay < state.grid.days) {
      countInDay(state, gridDay, met, score);
      if (qa !== undefined) countBehaviourSums(qa, { ids, ...eventBehaviours(r, e, counters.behaviours) }, 1, gridDay, windowed && atMs >= state.windowFromMs);
      if (windowed && atMs >= state.windowFromMs) {
        countManyInWindow(state, v, 1, met, score);
        const code = codes[ticket]!;
        if (by.count[code] === 0) by.used.push(code);
        by.count[code]!++;
        by.met[code]! += met;
        if (exact) (by.exact[code] ??= new ExactSum()).add(score);
        else by.sum[code]! += score;
        if (keepWorst && (longestTicket < 0 || value > longestValue || (value === longestValue && atMs < longestAtMs))) {
          longestTicket = ticket;
          longestValue = value;
          longestAtMs = atMs;
          longestVersion = v;
        }
      }
    }
    // 7 days ago: the ticket's measurements completed by then, unless it is read as it stood then (`recentReadThen`).
    if (windowed && atMs >= earlier.windowFromMs && atMs <= night.thenMs && readThen[ticket] === 0) {
      countManyInWindow(earlier, v, 1, met, score);
    }
  }
  offerLongest();
  // Scores are integers (or exact sums, for QA): summed by code first, the breakdown is the same. The scratch space
  // is left empty for the next unit.
  for (const code of by.used) {
    const sum = exact ? by.exact[code]! : by.sum[code]!;
    for (const segment of ticketSegments(code)) addToSegment(counterOf(segment), by.count[code]!, by.met[code]!, sum);
    by.count[code] = 0;
    by.met[code] = 0;
    by.sum[code] = 0;
    by.exact[code] = undefined;
  }
  by.used.length = 0;
});

/**
 * Whether a standard's recent measurements may be summed in plain numbers (`placeRecentPlain`): its scores, now and 7
 * days ago, are all integers (no version measures a metric the catalogue says scores fractions: standard-state.ts
 * `exact`), and it counts no QA behaviours.
 */
export const takesPlainSums = (function takesPlainSums(state: StandardState, earlier: StandardState): boolean {
  return state.exact === null && earlier.exact === null && state.qaBehaviours === undefined;
});

/**
 * `placeRecent` for a standard whose scores are integers (every metric but qa_score): the same counts, summed in
 * local numbers and added to the standard once a unit. Integer sums below 2^53 are exact in any order, so the report
 * is the same to the byte; the loop sees plain numbers only (no exact sums, no QA behaviours), which keeps it small
 * for the optimising compilers (the unit loop of a warm evaluate: its compile was the largest of the run).
 */
const placeRecentPlain = (function placeRecentPlain(night: CounterNight, unit: CounterUnit, counters: UnitCounters, dc: DayCounters, readThen: Uint8Array, counterOf: SegmentCounters, by: BySegments, sink: CountedDaySink): void {
  const r = counters.recent;
  const state = night.states[unit.standard]!;
  const earlier = night.earlier[unit.standard]!;
  const table = night.tables[unit.standard]!;
  const firstDn = gridFirstDn(night, unit.standard);
  const codes = dc.tickets!.codes;
  const windowed = unit.kind !== 'backlog';
  const keepWorst = unit.kind === 'duration' && state.worst.size > 0;
  const byThreshold = judgedByThreshold(unit.kind);
  const windowFromMs = state.windowFromMs;
  const thenFromMs = windowed ? earlier.windowFromMs : Number.POSITIVE_INFINITY;
  const thenMs = night.thenMs;
  const gridDays = state.grid.days;
  const firstDay = table.firstDn;
  const tickets = r.tickets;
  const dns = r.dns;
  const atMsOf = r.atMs;
  const values = r.values;
  const dayCount = state.dayCount;
  const dayMet = state.dayMet;
  const daySum = state.daySum;
  const versions = state.versions.length;
  // Per version: the window's count and score sum, now (0..n-1) and 7 days ago (n..2n-1); met only in total.
  const windowCount = new Int32Array(2 * versions);
  const windowSum = new Float64Array(2 * versions);
  let windowMet = 0;
  let thenMet = 0;
  // The version judging each date (-2: not yet looked up) and its threshold.
  const versionOf = new Int32Array(table.grid.days).fill(-2);
  const thetaOf = new Float64Array(table.grid.days);
  let longestTicket = -1;
  let longestValue = 0;
  let longestAtMs = 0;
  let longestVersion = 0;
  for (let e = 0; e < tickets.length; e++) {
    const ticket = tickets[e]!;
    if (longestTicket >= 0 && longestTicket !== ticket) {
      if (state.worst.mightKeep(longestValue)) sink.offerWorst(state, { ticket: longestTicket, value: longestValue, atMs: longestAtMs }, longestVersion, dc);
      longestTicket = -1;
    }
    const dn = dns[e]!;
    const day = dn - firstDay;
    // Before this standard's dates: as in `placeRecent`.
    if (day < 0) continue;
    let v = versionOf[day]!;
    if (v === -2) {
      v = versionOnDate(night, unit, state, dn);
      versionOf[day] = v;
      if (v >= 0) thetaOf[day] = state.versions[v]!.thresholdMinutes;
    }
    if (v < 0) continue;
    const atMs = atMsOf[e]!;
    const value = values[e]!;
    const met = metOf(unit, value, thetaOf[day]!);
    const score = byThreshold ? met : value;
    const gridDay = dn - firstDn;
    if (gridDay >= 0 && gridDay < gridDays) {
      dayCount[gridDay]! += 1;
      dayMet[gridDay]! += met;
      daySum[gridDay]! += score;
      if (windowed && atMs >= windowFromMs) {
        windowCount[v]! += 1;
        windowSum[v]! += score;
        windowMet += met;
        const code = codes[ticket]!;
        if (by.count[code] === 0) by.used.push(code);
        by.count[code]!++;
        by.met[code]! += met;
        by.sum[code]! += score;
        if (keepWorst && (longestTicket < 0 || value > longestValue || (value === longestValue && atMs < longestAtMs))) {
          longestTicket = ticket;
          longestValue = value;
          longestAtMs = atMs;
          longestVersion = v;
        }
      }
    }
    // 7 days ago: as in `placeRecent`.
    if (atMs >= thenFromMs && atMs <= thenMs && readThen[ticket] === 0) {
      windowCount[versions + v]! += 1;
      windowSum[versions + v]! += score;
      thenMet += met;
    }
  }
  if (longestTicket >= 0 && state.worst.mightKeep(longestValue)) sink.offerWorst(state, { ticket: longestTicket, value: longestValue, atMs: longestAtMs }, longestVersion, dc);
  for (let v = 0; v < versions; v++) {
    if (windowCount[v]! > 0) countManyInWindow(state, v, windowCount[v]!, 0, windowSum[v]!);
    if (windowCount[versions + v]! > 0) countManyInWindow(earlier, v, windowCount[versions + v]!, 0, windowSum[versions + v]!);
  }
  state.met += windowMet;
  earlier.met += thenMet;
  for (const code of by.used) {
    for (const segment of ticketSegments(code)) addToSegment(counterOf(segment), by.count[code]!, by.met[code]!, by.sum[code]!);
    by.count[code] = 0;
    by.met[code] = 0;
    by.sum[code] = 0;
  }
  by.used.length = 0;
});

/** The behaviours of one recent measurement (event `e`) of a QA unit with `count` behaviours. */
const eventBehaviours = (function eventBehaviours(r: UnitCounters['recent'], e: number, count: number): BehaviourSums {
  const sums = emptyBehaviours(count);
  for (let k = 0; k < count; k++) {
    const mark = r.marks[e * count + k]!;
    if (mark === MARK_NOT_APPLICABLE) continue;
    sums.applicable[k] = 1;
    if (mark === MARK_PASSED) sums.passed[k] = 1;
    sums.lost[k]!.add(r.lost[e * count + k]!);
  }
  return sums;
});

/**
 * Counts a day's counters into the night's standards (the plan found them usable, with every unit, and the rows it
 * asked for read). Tickets the plan listed are the caller's to count. Returns nothing: the data parts (how many
 * tickets, when created, rejected records, tie-out) are the caller's too.
 */
export const placeCountedDay = (function placeCountedDay(night: CounterNight, dc: DayCounters, sink: CountedDaySink): void {
  const readThen = new Uint8Array(dc.entries);
  for (const i of recentReadThen(night, dc)) readThen[i] = 1;
  const by = bySegmentsOf(dc);
  const byStandard = new Map<number, CounterUnit[]>();
  for (const unit of night.units) byStandard.set(unit.standard, [...(byStandard.get(unit.standard) ?? []), unit]);
  for (const [standard, units] of byStandard) {
    const state = night.states[standard]!;
    // A ticket left out is counted once per standard, whichever of its tracks has it in scope.
    const excluded = new Set<number>();
    const counterOf = segmentCounters(state, dc);
    for (const unit of units) {
      const counters = dc.units.get(unit.key)!;
      const worst = new Map<number, { candidate: WorstCandidate; version: number }>();
      placeDates(night, unit, counters, dc, counterOf, worst);
      for (const { candidate, version } of worst.values()) sink.offerWorst(state, candidate, version, dc);
      placeRecent(night, unit, counters, dc, readThen, counterOf, by, sink);
      const hits = counters.hits;
      for (let h = 0; h < hits.tickets.length; h++) {
        const ticket = hits.tickets[h]!;
        if (excluded.has(ticket)) continue;
        excluded.add(ticket);
        if (hits.lifeEndMs[h]! >= state.windowFromMs) state.exclusions[hits.exclusions[h]!]!.count++;
      }
    }
  }
});
