// The counters of one stored day: everything its tickets add to the report that no later night can change, made
// once from the facts (the day's tickets, read) and kept beside the store (scripts/store/day-counters-file.ts), so
// a night that finds the day file unchanged never reads its tickets again, whatever window reaches the day.
//
// Which tickets a night still reads one by one ("live"): a ticket not solved when the counters were made (in
// flight, pending, in the backlog), one created or changed after that instant, and one the engine could not
// measure. Every other ticket is settled: solved, with
// every event behind it, so what it measures is fixed: each measurement completed at a fixed instant with a fixed
// value, and only where a window starts tonight decides whether it counts. Settled tickets are kept in two ways:
// - old (last event more than 8 days before the counters were made): summed per unit and per local day, "date",
//   in the standard's zone: how many measurements, how many met, their score sum, the same per priority, channel
//   and team (the breakdown), the worst tickets of the date (a bounded list: each ticket once, with its longest
//   measurement), and every measurement's value and instant ("rows") for the nights that need them: the date a
//   rolling window starts in (partly inside), a date judged by another threshold than its sums were made with (a
//   new version of the standard, a review's proposal: the rows are sorted by value, so met is a count), or a
//   longer list of worst tickets. A QA unit keeps, besides, each review's behaviours (qa-behaviours.ts): per date
//   how often each behaviour applied and passed and the points it cost, and per measurement its marks.
// - recent (last event within those 8 days): their measurements one by one, since "7 days ago" must see each of
//   them as it stood then. As of any instant at or after a settled ticket's final solve, what it measures is its kept
//   measurements completed by then (the events after a final solve are closes, ratings, answers, reviews and
//   replies: each measurement made from them completes at its own instant, and a solved ticket has nothing open), and
//   before its creation it measures nothing; so a night reads the ticket itself only when 7 days ago lies between its
//   creation and its final solve, and a unit's metric may have measured it otherwise then (counted-day.ts
//   `recentReadThen`: a first response answered by then, a rating, did not), whatever came after.
// Tickets left out by an exclusion are kept as (exclusion, end of life) per unit: tonight's window decides whether
// the report counts them. The tie-out, the rejected records and the days the tickets were created on do not
// depend on "now" either, and are kept per day.
//
// Exactness: counts and met counts are integers; scores are integers except those of a metric the catalogue says
// scores fractions (metric-catalogue.ts `scores`: qa_score), kept as exact sums (exact-sum.ts), as are the points each
// QA behaviour cost. Placed by counted-day.ts, a day's counters give the report every path gives: the tests compare
// the bytes with the facts cache and with `--full` over simulated nights.

import { ExactSum } from './exact-sum.ts';
import { dayIndex, firstAtOrAfter, type DayGrid } from './evaluation-days.ts';
import { csat, firstContactResolution, npsAnswer, qaReviewScores, reopenRate, unsolvedPeriods } from './metrics.ts';
import { durationsOf } from './measure-ticket.ts';
import { EPSILON, inScope, type StandardState } from './standard-state.ts';
import { isRejection, type TicketEntry } from './ticket-entries.ts';
import type { TicketRecord } from './ticket-checks.ts';
import { createTieOutPart, tieOutOf, type TieOutPart } from './tie-out.ts';
import { versionAt } from './version-spans.ts';
import { judgedByThreshold, type CounterUnit, type UnitKind } from './counter-units.ts';
import { COMPARISON_DAYS } from './standard-report.ts';
import type { Channel, Priority } from '../model/model.ts';
import { hasFractionalScores } from '../model/metric-catalogue.ts';

const DAY_MS = 86_400_000;

/** A settled ticket whose last event is more than this before the counters were made is summed ("old"). */
export const OLD_AFTER_MS = (COMPARISON_DAYS + 1) * DAY_MS;

export const PRIORITY_CODES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
export const CHANNEL_CODES: readonly Channel[] = ['email', 'web', 'chat', 'phone', 'social', 'api'];

/**
 * A segment of the breakdown as a number: 0–3 a priority, 4–9 a channel, 10 no team, 11 + k the day's k-th team.
 * A ticket's code packs its three: priority | channel << 3 | (team + 1) << 6.
 */
export const NO_TEAM_SEGMENT = 10;
export const ticketSegments = (function ticketSegments(code: number): [number, number, number] {
  return [code & 7, 4 + ((code >> 3) & 7), NO_TEAM_SEGMENT + (code >> 6)];
});

/**
 * The measurements of one date, sorted by value (then instant, then ticket). A QA unit's rows also hold each
 * review's behaviours, B per row in the unit's scorecard order (`marks`: 0 not applicable, 1 failed, 2 passed;
 * `lost`: the points of the score lost through it); other units' hold none (empty arrays).
 */
export interface DetailRows { values: Float64Array; atMs: Float64Array; tickets: Int32Array; marks: Int32Array; lost: Float64Array }

/** A QA unit's behaviours over some measurements, in the unit's scorecard order: applicable, passed, points lost. */
export interface BehaviourSums { applicable: number[]; passed: number[]; lost: ExactSum[] }

/** The mark codes of `DetailRows.marks`. */
export const MARK_NOT_APPLICABLE = 0;
export const MARK_FAILED = 1;
export const MARK_PASSED = 2;

export interface SegmentCount { segment: number; count: number; met: number; sum: number | ExactSum }

/** One ticket's longest measurement of a date (worst tickets). */
export interface WorstCandidate { ticket: number; value: number; atMs: number }

/** One unit's old measurements completed on one local date (in the standard's zone). */
export interface DateCounters {
  /** Day number of the date (counter-units.ts `dayNumberOf`). */
  dn: number;
  count: number;
  met: number;
  /** The threshold `met` (and the segments' met) were judged with; NaN for units judged without one. */
  theta: number;
  sum: number | ExactSum;
  segments: SegmentCount[];
  /** The worst tickets of the date, worst first, at most the unit's `worstKept` (duration units only). */
  worst: WorstCandidate[];
  /** QA units: the date's behaviours (null for other units). */
  behaviours: BehaviourSums | null;
  /** Every measurement, or null until read (the store reads rows only for the dates a night needs). */
  rows: DetailRows | null;
}

/**
 * Numbers read by position: an array while counters are made, a typed array (a view of the file's main block) when
 * they are read from a file.
 */
export type NumberList = ArrayLike<number>;

/** Recent tickets' measurements, one by one, grouped by ticket (ascending); a QA unit's with B marks and B points lost each. */
export interface RecentEvents { tickets: NumberList; dns: NumberList; atMs: NumberList; values: NumberList; marks: NumberList; lost: NumberList }

/** Tickets in scope that an exclusion left out: which exclusion (its index), the end of the ticket's life. */
export interface ExclusionHits { exclusions: NumberList; lifeEndMs: NumberList; tickets: NumberList }

export interface UnitCounters {
  kind: UnitKind;
  /** The first date kept: earlier measurements were left out (no night that trusts these counters reaches them). */
  fromDn: number;
  /** How many worst tickets each date keeps. */
  worstKept: number;
  /** QA units: how many behaviours the scorecard has (B); 0 for other units. */
  behaviours: number;
  /** Dates with old measurements, ascending. */
  dates: DateCounters[];
  recent: RecentEvents;
  hits: ExclusionHits;
}

/**
 * The records below are made at three sites (built here, updated in day-counters-update.ts, decoded in
 * scripts/store/day-counters-file.ts) and read by the same hot functions every night. Each is made through one
 * function, every field present in one order and each list of one kind (typed arrays: what a file's block gives),
 * so V8 gives each kind of record one hidden class and those functions are not compiled again when the night meets
 * a record made at another site ("wrong map" deoptimisations of the largest functions).
 */
export const recentEvents = (function recentEvents(tickets: Int32Array, dns: Int32Array, atMs: Float64Array, values: Float64Array, marks: Int32Array, lost: Float64Array): RecentEvents {
  return { tickets, dns, atMs, values, marks, lost };
});

export const exclusionHits = (function exclusionHits(exclusions: Int32Array, lifeEndMs: Float64Array, tickets: Int32Array): ExclusionHits {
  return { exclusions, lifeEndMs, tickets };
});

export const unitCounters = (function unitCounters(kind: UnitKind, fromDn: number, worstKept: number, behaviours: number, dates: DateCounters[], recent: RecentEvents, hits: ExclusionHits): UnitCounters {
  return { kind, fromDn, worstKept, behaviours, dates, recent, hits };
});

export const detailRows = (function detailRows(values: Float64Array, atMs: Float64Array, tickets: Int32Array, marks: Int32Array, lost: Float64Array): DetailRows {
  return { values, atMs, tickets, marks, lost };
});

/** A date's counters as a plain record (a file read for counting gives its own lazy dates, scripts/store/day-counters-file.ts). */
export function dateCounters(dn: number, count: number, met: number, theta: number, sum: number | ExactSum, segments: SegmentCount[], worst: WorstCandidate[], behaviours: BehaviourSums | null, rows: DetailRows | null): DateCounters {
  return { dn, count, met, theta, sum, segments, worst, behaviours, rows };
}

export interface RejectedPart { reason: string; count: number; examples: string[] }

/** Each entry's id ('' for a rejected record) and segments code (-1 for a rejected record, see `ticketSegments`). */
export interface TicketTable { ids: TicketIds; codes: Int32Array }

/**
 * A day's ticket ids by index: a list (counters built tonight), or a counters file's table, which decodes only the
 * ids asked for (a night needs a few, for tickets that could be among the worst; scripts/store/day-counters-file.ts).
 */
export interface TicketIds {
  readonly length: number;
  at(index: number): string | undefined;
}

/**
 * The ids of a changed day's entries, each taken from the previous counters' table (`source[j] >= 0`, its index there)
 * or new tonight (`added[-1 - source[j]]`): the previous ids are not decoded to be copied, and a counters file
 * written from them copies their bytes.
 */
export class RemappedIds implements TicketIds {
  readonly from: TicketIds;
  readonly source: Int32Array;
  readonly added: readonly string[];
  constructor(from: TicketIds, source: Int32Array, added: readonly string[]) {
    this.from = from;
    this.source = source;
    this.added = added;
  }
  get length(): number {
    return this.source.length;
  }
  at(index: number): string | undefined {
    const s = this.source[index];
    if (s === undefined) return undefined;
    return s >= 0 ? this.from.at(s) : this.added[-1 - s];
  }
}

export interface DayCounters {
  /** The instant the counters were made at. */
  madeAtMs: number;
  /** Settled tickets whose last event is at or before this are old (summed); later ones recent. */
  oldUntilMs: number;
  /** The latest last event of an old ticket, of any settled ticket (null when there is none). */
  maxOldLastEventMs: number | null;
  maxSettledLastEventMs: number | null;
  /** Entries of the day, rejected ones included. */
  entries: number;
  /** Tickets read one by one every night, ascending. */
  live: number[];
  /** Recent tickets and their last events, ascending. */
  recent: NumberList;
  recentLastEventMs: NumberList;
  /** Each recent ticket's creation and final solve: "7 days ago" reads it one by one only when it lies between. */
  recentCreatedMs: NumberList;
  recentFinalSolveMs: NumberList;
  /** Earliest and latest creation of a settled ticket (null when there is none). */
  created: { fromMs: number; toMs: number } | null;
  rejected: RejectedPart[];
  /** The tie-out of settled tickets (null: none carried the helpdesk's figures); `at` is the ticket's index. */
  tieOut: TieOutPart | null;
  /** Each entry's id and segments code; null until read (a night reads it only when it places tickets one by one). */
  tickets: TicketTable | null;
  /** The teams the codes name. */
  teams: string[];
  units: Map<string, UnitCounters>;
}

/** The local dates a standard's counters are kept for: from before anything tonight counts, to today. */
export interface DayTable {
  grid: DayGrid;
  firstDn: number;
  /** The first date any evaluation near `madeAtMs` counts (the grid's, or 7 days ago's window): units must reach it. */
  neededFromDn: number;
}

export interface CounterBuild {
  nowMs: number;
  units: readonly CounterUnit[];
  /** The evaluation's standards (now), by unit.standard. */
  states: readonly StandardState[];
  tables: readonly DayTable[];
  worstKept: number;
}

const PRIORITY_CODE = new Map<string, number>(PRIORITY_CODES.map((p, i) => [p, i]));
const CHANNEL_CODE = new Map<string, number>(CHANNEL_CODES.map((c, i) => [c, i]));

/**
 * Appends the (date, instant, value) of every measurement `unit` makes of settled `t`, from the table's first date;
 * for a QA unit, each review's B marks and B points lost to `marks`.
 */
function measureEvents(build: CounterBuild, unit: CounterUnit, t: TicketRecord, out: number[], marks: number[]): void {
  const track = unit.track;
  const table = build.tables[unit.standard]!;
  const grid = table.grid;
  const push = (atMs: number, value: number) => {
    const day = dayIndex(grid, atMs);
    if (day >= 0) out.push(table.firstDn + day, atMs, value);
  };
  switch (unit.kind) {
    case 'duration':
      for (const m of durationsOf(track, t, build.nowMs)) {
        if (m.open) throw new Error('a settled ticket has an open measurement');
        push(m.completedAtMs, m.minutes);
      }
      return;
    case 'backlog':
      // Photographed at the end of each local day it was unsolved at (measure-ticket.ts `measureBacklog`).
      for (const [from, to] of unsolvedPeriods(t)) {
        if (!Number.isFinite(to)) throw new Error('a settled ticket is unsolved');
        for (let day = Math.max(0, firstAtOrAfter(grid.starts, from) - 1); day < grid.days && grid.starts[day + 1]! < to; day++) {
          const end = grid.starts[day + 1]!;
          if (end < from) continue;
          out.push(table.firstDn + day, end, track.clock.elapsedMinutes(t.createdMs, end));
        }
      }
      return;
    case 'rate': {
      const o = track.metric === 'reopen_rate' ? reopenRate(t) : track.metric === 'csat' ? csat(t) : firstContactResolution(t);
      if (o !== null) push(o.atMs, o.success ? 1 : 0);
      return;
    }
    case 'nps': {
      const a = npsAnswer(t);
      if (a !== null) push(a.atMs, a.promoter ? 1 : a.detractor ? -1 : 0);
      return;
    }
    case 'qa': {
      if (track.scorecard === null) return;
      const behaviours = track.scorecard.behaviours;
      for (const review of qaReviewScores(t, track.scorecard)) {
        if (dayIndex(grid, review.atMs) < 0) continue;
        push(review.atMs, review.score);
        for (const b of behaviours) {
          const mark = review.scored.behaviours.get(b.id);
          marks.push(mark === undefined ? MARK_NOT_APPLICABLE : mark.passed ? MARK_PASSED : MARK_FAILED);
        }
        for (const b of behaviours) marks.push(review.scored.behaviours.get(b.id)?.lost ?? 0);
      }
      return;
    }
  }
}

/** How many behaviours a unit's measurements carry: the QA scorecard's, none for other units. */
export const behaviourCount = (function behaviourCount(unit: Pick<CounterUnit, 'kind' | 'track'>): number {
  return unit.kind === 'qa' && unit.track.scorecard !== null ? unit.track.scorecard.behaviours.length : 0;
});

/** Empty behaviour sums of `count` behaviours. */
export const emptyBehaviours = (function emptyBehaviours(count: number): BehaviourSums {
  return { applicable: new Array<number>(count).fill(0), passed: new Array<number>(count).fill(0), lost: Array.from({ length: count }, () => new ExactSum()) };
});

/** Sums the behaviours of one date's rows (those `accept`ed) of a unit with `count` behaviours. */
export function sumBehaviours(rows: DetailRows, count: number, accept: (row: number) => boolean = () => true): BehaviourSums {
  const sums = emptyBehaviours(count);
  for (let r = 0; r < rows.values.length; r++) {
    if (!accept(r)) continue;
    for (let k = 0; k < count; k++) {
      const mark = rows.marks[r * count + k]!;
      if (mark === MARK_NOT_APPLICABLE) continue;
      sums.applicable[k]!++;
      if (mark === MARK_PASSED) sums.passed[k]!++;
      sums.lost[k]!.add(rows.lost[r * count + k]!);
    }
  }
  return sums;
}

/** Met (0/1) of one measurement of `unit`, judged with `theta` where its kind takes one. */
export const metOf = (function metOf(unit: Pick<CounterUnit, 'kind' | 'track'>, value: number, theta: number): number {
  switch (unit.kind) {
    case 'duration':
    case 'backlog':
      return value <= theta + EPSILON ? 1 : 0;
    case 'rate':
      return value;
    case 'nps':
      return value === 1 ? 1 : 0;
    case 'qa':
      return value >= unit.track.scorecard!.passMark ? 1 : 0;
  }
});

/** The score of one measurement: met for threshold units, the value itself otherwise. */
export const scoreOf = (function scoreOf(kind: UnitKind, value: number, met: number): number {
  return judgedByThreshold(kind) ? met : value;
});

/** The instant whose version judges a date: its start, or for the backlog (photographed at the day's end) its end. */
export const judgingInstant = (function judgingInstant(kind: UnitKind, starts: Float64Array, day: number): number {
  return kind === 'backlog' ? starts[day + 1]! : starts[day]!;
});

/** The threshold the version in force on a date gives `unit` (the track's own when another track judges it). */
function thetaOn(build: CounterBuild, unit: CounterUnit, dn: number): number {
  if (!judgedByThreshold(unit.kind)) return Number.NaN;
  const state = build.states[unit.standard]!;
  const table = build.tables[unit.standard]!;
  const v = versionAt(state.versions, judgingInstant(unit.kind, table.grid.starts, dn - table.firstDn));
  return v >= 0 && state.versions[v]!.track === unit.track.index ? state.versions[v]!.thresholdMinutes : unit.track.thresholdMinutes;
}

/** A unit's empty score sum: exact for a metric whose scores can be fractions (the catalogue's `scores`), else a number. */
const newSum = (unit: Pick<CounterUnit, 'track'>): number | ExactSum => (hasFractionalScores(unit.track.metric) ? new ExactSum() : 0);
const plus = (function plus(sum: number | ExactSum, value: number): number | ExactSum {
  if (typeof sum === 'number') return sum + value;
  sum.add(value);
  return sum;
});

/** Orders worst candidates: longer first, then smaller id (worst-tickets.ts). */
export const worstOrder = (function worstOrder(ids: TicketIds): (a: WorstCandidate, b: WorstCandidate) => number {
  return (a, b) => {
    if (b.value !== a.value) return b.value - a.value;
    const x = ids.at(a.ticket)!;
    const y = ids.at(b.ticket)!;
    return x < y ? -1 : x > y ? 1 : 0;
  };
});

/** Each ticket's longest measurement among rows `from`..`to` (ties: the earliest), the `keep` worst, worst first. */
export const worstOfRows = (function worstOfRows(rows: DetailRows, ids: TicketIds, keep: number, accept: (row: number) => boolean = () => true): WorstCandidate[] {
  if (keep === 0) return [];
  const longest = new Map<number, WorstCandidate>();
  for (let r = 0; r < rows.values.length; r++) {
    if (!accept(r)) continue;
    const ticket = rows.tickets[r]!;
    const seen = longest.get(ticket);
    const value = rows.values[r]!;
    if (seen === undefined || value > seen.value || (value === seen.value && rows.atMs[r]! < seen.atMs)) longest.set(ticket, { ticket, value, atMs: rows.atMs[r]! });
  }
  return [...longest.values()].sort(worstOrder(ids)).slice(0, keep);
});

/** Sums one date's rows for `unit`, judged with `theta`. */
export const sumRows = (function sumRows(unit: Pick<CounterUnit, 'kind' | 'track'>, rows: DetailRows, codes: Int32Array, theta: number, accept: (row: number) => boolean = () => true): { count: number; met: number; sum: number | ExactSum; segments: SegmentCount[] } {
  let count = 0;
  let met = 0;
  let sum = newSum(unit);
  const segments = new Map<number, SegmentCount>();
  for (let r = 0; r < rows.values.length; r++) {
    if (!accept(r)) continue;
    const value = rows.values[r]!;
    const m = metOf(unit, value, theta);
    const score = scoreOf(unit.kind, value, m);
    count++;
    met += m;
    sum = plus(sum, score);
    for (const segment of ticketSegments(codes[rows.tickets[r]!]!)) {
      let s = segments.get(segment);
      if (s === undefined) {
        s = { segment, count: 0, met: 0, sum: newSum(unit) };
        segments.set(segment, s);
      }
      s.count++;
      s.met += m;
      s.sum = plus(s.sum, score);
    }
  }
  return { count, met, sum, segments: [...segments.values()].sort((a, b) => a.segment - b.segment) };
});

/** Per-ticket facts of a day that every unit shares: ids, segment codes, how each ticket is kept. */
function classify(build: CounterBuild, entries: readonly TicketEntry[]): DayCounters {
  const nowMs = build.nowMs;
  const oldUntilMs = nowMs - OLD_AFTER_MS;
  const ids: string[] = new Array(entries.length);
  const codes = new Int32Array(entries.length);
  const teams: string[] = [];
  const teamIndex = new Map<string, number>();
  const rejected = new Map<string, RejectedPart>();
  const live: number[] = [];
  const recent: number[] = [];
  const recentLastEventMs: number[] = [];
  const recentCreatedMs: number[] = [];
  const recentFinalSolveMs: number[] = [];
  entries.forEach((entry, i) => {
    if (isRejection(entry)) {
      ids[i] = '';
      codes[i] = -1;
      let part = rejected.get(entry.reason);
      if (part === undefined) {
        part = { reason: entry.reason, count: 0, examples: [] };
        rejected.set(entry.reason, part);
      }
      part.count++;
      if (part.examples.length < 5) part.examples.push(entry.example);
      return;
    }
    ids[i] = entry.id;
    let team = -1;
    if (entry.team !== null) {
      team = teamIndex.get(entry.team) ?? -1;
      if (team < 0) {
        team = teams.push(entry.team) - 1;
        teamIndex.set(entry.team, team);
      }
    }
    codes[i] = PRIORITY_CODE.get(entry.priority)! | (CHANNEL_CODE.get(entry.channel)! << 3) | ((team + 1) << 6);
    if (entry.createdMs > nowMs || !entry.solved || entry.lastEventMs > nowMs) live.push(i);
    else if (entry.lastEventMs > oldUntilMs) {
      recent.push(i);
      recentLastEventMs.push(entry.lastEventMs);
      recentCreatedMs.push(entry.createdMs);
      recentFinalSolveMs.push(entry.finalSolveMs!);
    }
  });
  // The recent lists typed, as a file's counters and updated ones hold them (`recentEvents`: one kind of list).
  return {
    madeAtMs: nowMs, oldUntilMs, maxOldLastEventMs: null, maxSettledLastEventMs: null, entries: entries.length,
    live, recent: Int32Array.from(recent), recentLastEventMs: Float64Array.from(recentLastEventMs), recentCreatedMs: Float64Array.from(recentCreatedMs),
    recentFinalSolveMs: Float64Array.from(recentFinalSolveMs), created: null, rejected: [...rejected.values()], tieOut: null, tickets: { ids, codes }, teams, units: new Map(),
  };
}

/** The first exclusion whose period a ticket's life (created to `lifeEndMs`) touches, or -1. */
function exclusionHit(exclusions: StandardState['exclusions'], createdMs: number, lifeEndMs: number): number {
  for (let e = 0; e < exclusions.length; e++) if (createdMs < exclusions[e]!.toMs && lifeEndMs >= exclusions[e]!.fromMs) return e;
  return -1;
}

/** The settled tickets of `dc`: every entry neither rejected nor live. */
function settledOf(dc: DayCounters): number[] {
  const live = new Set(dc.live);
  const codes = dc.tickets!.codes;
  const out: number[] = [];
  for (let i = 0; i < dc.entries; i++) if (codes[i]! >= 0 && !live.has(i)) out.push(i);
  return out;
}

/**
 * `units`, one per key: of the units that share a key (two standards that measure alike, over different windows), the
 * one whose standard's dates reach furthest back (the same zone, so the longer table holds the shorter). Counters
 * built for another would lack the dates the longer window needs, and every night would find its unit missing.
 */
function reachingFurthest(build: CounterBuild, units: readonly CounterUnit[]): CounterUnit[] {
  const out = new Map<string, CounterUnit>();
  for (const unit of units) if (!out.has(unit.key)) out.set(unit.key, unit);
  if (out.size === units.length && units === build.units) return [...units];
  for (const unit of build.units) {
    const kept = out.get(unit.key);
    if (kept !== undefined && build.tables[unit.standard]!.firstDn < build.tables[kept.standard]!.firstDn) out.set(unit.key, unit);
  }
  return [...out.values()];
}

/** Lists being filled. */
type Filling<T> = { [K in keyof T]: number[] };

/**
 * An empty list of numbers whose elements are doubles from birth. A list made by `[]` holds small integers until a
 * fraction or an instant is pushed, and V8 gives it another map then: the loops that fill a day's counters met both
 * kinds (a unit that measured nothing yet, one that did) and were compiled again for the second.
 */
function doubleList(): number[] {
  const list = [0.5];
  list.length = 0;
  return list;
}

interface UnitBuild { unit: CounterUnit; behaviours: number; dates: Map<number, { values: number[]; atMs: number[]; tickets: number[]; marks: number[]; lost: number[] }>; recent: Filling<RecentEvents>; hits: Filling<ExclusionHits> }

/**
 * The counters of a day of entries, as of `build.nowMs`. With `base` (counters of the same entries made earlier),
 * only `only`'s units are built, on `base`'s classification, and returned beside `base`'s units; null when that
 * cannot be done (a settled ticket the engine cannot measure for a new unit: build again without `base`).
 */
export function buildDayCounters(build: CounterBuild, entries: readonly TicketEntry[], base?: DayCounters, only?: readonly CounterUnit[]): DayCounters | null {
  const units = reachingFurthest(build, only ?? build.units);
  const fresh = base === undefined;
  if (base !== undefined && base.tickets === null) throw new Error('buildDayCounters: the base counters\' ticket table was not read');
  const dc: DayCounters = fresh ? classify(build, entries) : {
    madeAtMs: base.madeAtMs, oldUntilMs: base.oldUntilMs, maxOldLastEventMs: base.maxOldLastEventMs, maxSettledLastEventMs: base.maxSettledLastEventMs,
    entries: base.entries, live: base.live, recent: base.recent, recentLastEventMs: base.recentLastEventMs, recentCreatedMs: base.recentCreatedMs,
    recentFinalSolveMs: base.recentFinalSolveMs, created: base.created, rejected: base.rejected, tieOut: base.tieOut, tickets: base.tickets, teams: base.teams,
    units: new Map(base.units),
  };
  const recentSet = new Set(Array.from(dc.recent));
  const madeAt = dc.madeAtMs;
  // Lists pushed to, never mapped (`map` gives holey or packed lists, two maps) and of doubles (`doubleList`).
  const builds: UnitBuild[] = [];
  for (const unit of units) {
    builds.push({
      unit, behaviours: behaviourCount(unit), dates: new Map(),
      recent: { tickets: doubleList(), dns: doubleList(), atMs: doubleList(), values: doubleList(), marks: doubleList(), lost: doubleList() },
      hits: { exclusions: doubleList(), lifeEndMs: doubleList(), tickets: doubleList() },
    });
  }
  const tieOut = fresh ? createTieOutPart() : null;
  let created: { fromMs: number; toMs: number } | null = fresh ? null : dc.created;
  let maxOld: number | null = fresh ? null : dc.maxOldLastEventMs;
  let maxSettled: number | null = fresh ? null : dc.maxSettledLastEventMs;
  const liveAfter: number[] = [];
  const scratch: number[][] = [];
  const scratchMarks: number[][] = [];
  for (let u = 0; u < builds.length; u++) {
    scratch.push(doubleList());
    scratchMarks.push(doubleList());
  }
  const excludedBy = new Int32Array(builds.length);
  const lifeEnds = new Float64Array(builds.length);

  for (const i of settledOf(dc)) {
    const t = entries[i] as TicketRecord;
    const lifeEndMs = t.finalSolveMs!;
    // Every unit measures the ticket first: one that cannot (a clock asked about an instant it cannot answer)
    // makes the ticket live, so the night reports it as the evaluation always does.
    let failed = false;
    for (let u = 0; u < builds.length; u++) {
      const { unit } = builds[u]!;
      // Emptied only when used: most units measure nothing of most tickets, and truncating an array is not free.
      if (scratch[u]!.length > 0) scratch[u]!.length = 0;
      if (scratchMarks[u]!.length > 0) scratchMarks[u]!.length = 0;
      excludedBy[u] = -2;
      if (!inScope(unit.track.scope, t)) continue;
      excludedBy[u] = exclusionHit(build.states[unit.standard]!.exclusions, t.createdMs, lifeEndMs);
      lifeEnds[u] = lifeEndMs;
      if (excludedBy[u]! >= 0) continue;
      try {
        measureEvents(build, unit, t, scratch[u]!, scratchMarks[u]!);
      } catch {
        failed = true;
        break;
      }
    }
    if (failed) {
      if (!fresh) return null;
      liveAfter.push(i);
      continue;
    }
    const recent = recentSet.has(i);
    for (let u = 0; u < builds.length; u++) {
      const b = builds[u]!;
      if (excludedBy[u] === -2) continue;
      if (excludedBy[u]! >= 0) {
        b.hits.exclusions.push(excludedBy[u]!);
        b.hits.lifeEndMs.push(lifeEnds[u]!);
        b.hits.tickets.push(i);
        continue;
      }
      const events = scratch[u]!;
      const marks = scratchMarks[u]!;
      const B = b.behaviours;
      for (let e = 0; e < events.length; e += 3) {
        const dn = events[e]!;
        const at = (e / 3) * 2 * B;
        if (recent) {
          b.recent.tickets.push(i);
          b.recent.dns.push(dn);
          b.recent.atMs.push(events[e + 1]!);
          b.recent.values.push(events[e + 2]!);
          for (let k = 0; k < B; k++) b.recent.marks.push(marks[at + k]!);
          for (let k = 0; k < B; k++) b.recent.lost.push(marks[at + B + k]!);
          continue;
        }
        let date = b.dates.get(dn);
        if (date === undefined) {
          date = { values: doubleList(), atMs: doubleList(), tickets: doubleList(), marks: doubleList(), lost: doubleList() };
          b.dates.set(dn, date);
        }
        date.values.push(events[e + 2]!);
        date.atMs.push(events[e + 1]!);
        date.tickets.push(i);
        for (let k = 0; k < B; k++) date.marks.push(marks[at + k]!);
        for (let k = 0; k < B; k++) date.lost.push(marks[at + B + k]!);
      }
    }
    if (fresh) {
      created = created === null ? { fromMs: t.createdMs, toMs: t.createdMs } : { fromMs: Math.min(created.fromMs, t.createdMs), toMs: Math.max(created.toMs, t.createdMs) };
      if (!recent) maxOld = maxOld === null ? t.lastEventMs : Math.max(maxOld, t.lastEventMs);
      maxSettled = maxSettled === null ? t.lastEventMs : Math.max(maxSettled, t.lastEventMs);
      const comparisons = tieOutOf(t, t, madeAt);
      if (comparisons !== null) tieOut!.add(t.id, comparisons, i);
    }
  }

  if (liveAfter.length > 0) {
    // Unmeasurable tickets move to the live list (and out of the recent one).
    const gone = new Set(liveAfter);
    dc.live = [...dc.live, ...liveAfter].sort((a, b) => a - b);
    const keep = Array.from(dc.recent, (i, k) => (gone.has(i) ? -1 : k)).filter((k) => k >= 0);
    const kept = <T extends Int32Array | Float64Array>(list: NumberList, into: T): T => {
      keep.forEach((k, at) => { into[at] = list[k]!; });
      return into;
    };
    dc.recent = kept(dc.recent, new Int32Array(keep.length));
    dc.recentLastEventMs = kept(dc.recentLastEventMs, new Float64Array(keep.length));
    dc.recentCreatedMs = kept(dc.recentCreatedMs, new Float64Array(keep.length));
    dc.recentFinalSolveMs = kept(dc.recentFinalSolveMs, new Float64Array(keep.length));
  }
  if (fresh) {
    dc.created = created;
    dc.maxOldLastEventMs = maxOld;
    dc.maxSettledLastEventMs = maxSettled;
    const part = tieOut!.part();
    dc.tieOut = part.tickets > 0 ? part : null;
  }
  for (const b of builds) dc.units.set(b.unit.key, finishUnit(build, b, dc));
  return dc;
}

function finishUnit(build: CounterBuild, b: UnitBuild, dc: DayCounters): UnitCounters {
  const { unit } = b;
  const table = build.tables[unit.standard]!;
  const worstKept = unit.kind === 'duration' ? build.worstKept : 0;
  const dates: DateCounters[] = [];
  for (const dn of [...b.dates.keys()].sort((a, z) => a - z)) {
    const raw = b.dates.get(dn)!;
    const n = raw.values.length;
    const order = new Array<number>(n);
    for (let r = 0; r < n; r++) order[r] = r;
    order.sort((a, z) => raw.values[a]! - raw.values[z]! || raw.atMs[a]! - raw.atMs[z]! || raw.tickets[a]! - raw.tickets[z]!);
    const B = b.behaviours;
    const rows = detailRows(new Float64Array(n), new Float64Array(n), new Int32Array(n), new Int32Array(n * B), new Float64Array(n * B));
    for (let at = 0; at < n; at++) {
      const r = order[at]!;
      rows.values[at] = raw.values[r]!;
      rows.atMs[at] = raw.atMs[r]!;
      rows.tickets[at] = raw.tickets[r]!;
      for (let k = 0; k < B; k++) {
        rows.marks[at * B + k] = raw.marks[r * B + k]!;
        rows.lost[at * B + k] = raw.lost[r * B + k]!;
      }
    }
    const theta = thetaOn(build, unit, dn);
    const summed = sumRows(unit, rows, dc.tickets!.codes, theta);
    const behaviours = unit.kind === 'qa' ? sumBehaviours(rows, B) : null;
    dates.push(dateCounters(dn, summed.count, summed.met, theta, summed.sum, summed.segments, worstOfRows(rows, dc.tickets!.ids, worstKept), behaviours, rows));
  }
  const r = b.recent;
  const h = b.hits;
  return unitCounters(unit.kind, table.firstDn, worstKept, b.behaviours, dates,
    recentEvents(Int32Array.from(r.tickets), Int32Array.from(r.dns), Float64Array.from(r.atMs), Float64Array.from(r.values), Int32Array.from(r.marks), Float64Array.from(r.lost)),
    exclusionHits(Int32Array.from(h.exclusions), Float64Array.from(h.lifeEndMs), Int32Array.from(h.tickets)));
}
