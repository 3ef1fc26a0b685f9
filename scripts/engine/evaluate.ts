// Evaluates every Standard of a model over a stream of tickets in one pass, and returns the report.
//
// How a number is made (the methodology page repeats this):
// - A ticket is read once (ticket-checks.ts) as it stood at `now`; unusable tickets are counted per reason.
// - For each standard, a ticket in scope contributes measurements (metrics.ts). A measurement counts on the
//   day and in the window in which it completed. An open ticket already past its threshold counts as a miss
//   (in-flight breach) at the instant it passed the threshold; one still inside it is pending, not counted.
// - Counters are kept per standard per local day (the standard's calendar time zone, UTC without one;
//   evaluation-days.ts), so the daily series and every day's window value come from prefix sums of counters,
//   never from re-reading tickets. A day's window value covers the N local days ending with that day (rolling)
//   or the month or quarter up to it. The headline window (rolling N × 24 h ending now, or the current
//   calendar month or quarter up to now) has its own exact counters, as do its breakdowns and a bounded heap
//   of worst tickets (only measurements in the headline window, in-flight breaches included).
// - Versions. Every measurement is judged by the version of its standard in force when it completed
//   (scripts/model/standard-versions.ts builds the versions, oldest first, each from a local midnight): that
//   version's metric, scope, calendar and pause statuses made it, and its threshold decides met or missed.
//   An open measurement is breached at the first instant its running time passed the threshold of the
//   version in force at that instant (a tightened threshold breaches it when the new version takes effect).
//   Versions with the same measurement (metric, scope, calendar, pause statuses, scorecard) share one
//   computation per ticket (a "track"), so a change of goal costs nothing per ticket. Measurements completing
//   before the first version's date are not counted. The series says which version judged each day (a day
//   lies within one version: versions start at local midnights of the standard's zone), the window lists the
//   versions it spans, and each worst ticket names its version.
// - A ticket whose life (creation to final solve, or to now while unsolved) touches a declared exclusion
//   period is left out of the standards the exclusion applies to; the report counts, per exclusion, the
//   in-scope tickets left out whose life reaches into the current window.
//
// Error budget. Every measurement has a score x in [0, 1]: 1 or 0 for a duration within / past its
// threshold, 1 or 0 for a rate trial counted in the numerator, the review score for qa_score, and
// (answer + 1) / 2 for NPS (promoter 1, passive ½, detractor 0). With n measurements and the goal τ on
// the same scale (the objective; the target; (NPS target / 100 + 1) / 2):
// - a `min` goal allows (1 − τ)·n and uses n − Σx;  a `max` goal allows τ·n and uses Σx; with several
//   versions in the window, each version's measurements bring their own allowance and use, summed;
// - remaining = 1 − used / allowed, negative when overspent. When nothing is allowed (a 100% objective or a
//   0% maximum), remaining is 1 while nothing is used, and −used once anything is: one miss spends the
//   whole (empty) budget, and each further miss another one.
// The goal is missed exactly when used > allowed, which is how `breached` is decided (no float drift
// between the value and the budget). `at-risk`: the goal is met but remaining < atRiskBudget.

import type { BusinessClock } from './business-clock.ts';
import { wallClock } from './business-clock.ts';
import { factsAt, readTicketRecord, type TicketFacts, type TicketRecord } from './ticket-checks.ts';
import {
  firstResponseTime, nextReplyTimes, fullResolutionTime, requesterWaitTime, reopenRate, firstContactResolution,
  csat, npsAnswer, qaReviewScores, unsolvedPeriods, AGENT_WORK_PAUSES, type DurationMeasurement,
} from './metrics.ts';
import {
  buildDayGrid, dayIndex, firstAtOrAfter, snapshotInstants, startOfLocalDate, windowFirstDays,
  windowLookbackDays, windowStart, type DayGrid,
} from './evaluation-days.ts';
import { goalText, statement, type StandardStatus } from './report.ts';
import { createTieOut } from './tie-out.ts';
import type {
  CalendarDefinition, StandardDefinition, StandardsModel, ScorecardDefinition, Report, Priority, Channel, StandardVersion,
  TicketStatus,
} from '../model/model.ts';
import { documentVersions } from '../model/standard-versions.ts';
import type { SeriesDay, Segment } from '../model/documents.generated.ts';

/** The span of time a compiled calendar must cover. */
export interface ClockRange { fromMs: number; toMs: number }

/** Gives the BusinessClock of a calendar id (business-time.ts `clockFor`, or a fake in tests). */
export type ClockFor = (calendarId: string, calendars: readonly CalendarDefinition[], range: ClockRange) => BusinessClock;

export interface EvaluationInput {
  model: StandardsModel;
  now: Date;
  clockFor: ClockFor;
  /**
   * The versions of a standard, oldest first, the last in force now (scripts/model/standard-versions.ts:
   * `versionsOfModel` from git history). Called once per standard of `model.standards`, by object, so a model
   * may hold two definitions with one id (a pull request's base and proposed standard), each with its own
   * versions. Default: the versions the document lists itself (`documentVersions`), usually just itself.
   */
  versionsOf?: (standard: StandardDefinition) => readonly StandardVersion[];
  /** What the report says about where the data came from. Default: the model's source type, never fetched. */
  data?: { source?: string; fetchedAt?: string | null };
  /** When the report is produced. Default: `now`. */
  generatedAt?: Date;
}

export interface EvaluateStandardsInput extends EvaluationInput {
  tickets: Iterable<unknown> | AsyncIterable<unknown>;
}

export type StandardReport = Report['standards'][number];

const DAY_MS = 86_400_000;
/** Tolerance for fractional business minutes and float sums. */
const EPSILON = 1e-9;
/** How far back calendars are compiled before the series starts: long-open tickets still need business time. */
const CLOCK_LOOKBACK_MS = 3 * 366 * DAY_MS;

const PRIORITY_ORDER: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const CHANNEL_ORDER: readonly Channel[] = ['email', 'web', 'chat', 'phone', 'social', 'api'];

type Shape = 'duration' | 'rate' | 'nps' | 'qa' | 'backlog';

function shapeOf(standard: StandardDefinition): Shape {
  switch (standard.metric) {
    case 'first_response_time':
    case 'next_reply_time':
    case 'full_resolution_time':
    case 'requester_wait_time':
    case 'agent_work_time':
      return 'duration';
    case 'backlog_age':
      return 'backlog';
    case 'nps':
      return 'nps';
    case 'qa_score':
      return 'qa';
    default:
      return 'rate';
  }
}

interface SegmentCounter { count: number; met: number; sum: number }

interface WorstEntry { id: string; createdMs: number; priority: string; channel: string; team: string | null; minutes: number; inFlight: boolean; version: number }

/** Keeps the `size` largest durations seen (ties: smaller id first), never more. */
class WorstTickets {
  readonly size: number;
  readonly heap: WorstEntry[] = [];
  constructor(size: number) {
    this.size = size;
  }
  /** `a` is less bad than `b`: the heap's root is the least bad entry kept. */
  private static lessBad(a: WorstEntry, b: WorstEntry): boolean {
    return a.minutes < b.minutes || (a.minutes === b.minutes && a.id > b.id);
  }
  wouldKeep(minutes: number, id: string): boolean {
    if (this.size === 0) return false;
    if (this.heap.length < this.size) return true;
    const root = this.heap[0]!;
    return minutes > root.minutes || (minutes === root.minutes && id < root.id);
  }
  offer(entry: WorstEntry): void {
    if (!this.wouldKeep(entry.minutes, entry.id)) return;
    const heap = this.heap;
    if (heap.length < this.size) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!WorstTickets.lessBad(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
      return;
    }
    heap[0] = entry;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && WorstTickets.lessBad(heap[l]!, heap[least]!)) least = l;
      if (r < heap.length && WorstTickets.lessBad(heap[r]!, heap[least]!)) least = r;
      if (least === i) break;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  }
  /** Worst first. */
  sorted(): WorstEntry[] {
    return [...this.heap].sort((a, b) => b.minutes - a.minutes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

interface ExclusionCheck { id: string; reason: string; fromMs: number; toMs: number; count: number }

interface ScopeSets {
  priority: ReadonlySet<string> | null;
  channel: ReadonlySet<string> | null;
  team: ReadonlySet<string> | null;
  category: ReadonlySet<string> | null;
  tags: ReadonlySet<string> | null;
}

interface Goal { direction: 'min' | 'max'; value: number }

/** One version of a standard as the counters see it. */
interface VersionSpan {
  label: string;
  from: string;
  /** Local midnight of `from`, and of the next version's `from` (+Infinity for the last). */
  startMs: number;
  endMs: number;
  definition: StandardDefinition;
  thresholdMinutes: number;
  goal: Goal;
  /** Index of the track that measures for this version. */
  track: number;
  /** Measurements in the headline window judged by this version, and their score sum (for the budget). */
  windowCount: number;
  windowSum: number;
}

/**
 * One way of measuring (metric, scope, calendar, pause statuses, scorecard) shared by one or more versions.
 * Measurements are computed once per ticket per track, with the threshold of the track's latest version;
 * other versions' thresholds are used only to judge (and, for open measurements, to date a breach).
 */
interface Track {
  index: number;
  metric: StandardDefinition['metric'];
  clock: BusinessClock;
  scope: ScopeSets;
  pauseStatuses: readonly TicketStatus[];
  scorecard: ScorecardDefinition | null;
  thresholdMinutes: number;
  /** Indexes into the state's versions, oldest first. */
  versions: number[];
}

interface StandardState {
  standard: StandardDefinition;
  shape: Shape;
  zone: string;
  grid: DayGrid;
  /** backlog_age only: when each day's backlog is photographed. */
  snapshots: Float64Array | null;
  dayCount: Int32Array;
  dayMet: Int32Array;
  daySum: Float64Array;
  windowFromMs: number;
  versions: VersionSpan[];
  tracks: Track[];
  /** One version: every measurement from `versions[0].startMs` on is judged by it (the fast path). */
  single: boolean;
  exclusions: ExclusionCheck[];
  count: number;
  met: number;
  sum: number;
  inFlight: number;
  pending: number;
  byPriority: Map<string, SegmentCounter>;
  byChannel: Map<string, SegmentCounter>;
  byTeam: Map<string, SegmentCounter>;
  worst: WorstTickets;
}

function toSet<T extends string>(values: readonly T[] | undefined): ReadonlySet<string> | null {
  return values && values.length > 0 ? new Set(values) : null;
}

function inScope(s: ScopeSets, t: TicketFacts): boolean {
  if (s.priority !== null && !s.priority.has(t.priority)) return false;
  if (s.channel !== null && !s.channel.has(t.channel)) return false;
  if (s.team !== null && (t.team === null || !s.team.has(t.team))) return false;
  if (s.category !== null && (t.category === null || !s.category.has(t.category))) return false;
  if (s.tags !== null) {
    let any = false;
    for (const tag of t.tags) {
      if (s.tags.has(tag)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

function addSegment(map: Map<string, SegmentCounter>, key: string, met: number, sum: number): void {
  let counter = map.get(key);
  if (counter === undefined) {
    counter = { count: 0, met: 0, sum: 0 };
    map.set(key, counter);
  }
  counter.count++;
  counter.met += met;
  counter.sum += sum;
}

/** The index of the version in force at `atMs`, or -1 before the first one. */
function versionAt(state: StandardState, atMs: number): number {
  const versions = state.versions;
  if (state.single) return atMs >= versions[0]!.startMs ? 0 : -1;
  for (let i = versions.length - 1; i >= 0; i--) {
    if (atMs >= versions[i]!.startMs) return i;
  }
  return -1;
}

/**
 * Counts one measurement at `atMs`, judged by version `version` (met 0/1, score `sum` for the value).
 * Returns true when it falls in the headline window (and so in the breakdown).
 */
function record(state: StandardState, t: TicketFacts, version: number, atMs: number, met: number, sum: number, nowMs: number): boolean {
  if (atMs > nowMs) return false;
  const day = dayIndex(state.grid, atMs);
  if (day >= 0) countInDay(state, day, met, sum);
  if (atMs < state.windowFromMs) return false;
  countInWindow(state, t, version, met, sum);
  return true;
}

/** Adds a measurement to one day's counters, from which the daily series and window values are derived. */
function countInDay(state: StandardState, day: number, met: number, sum: number): void {
  state.dayCount[day]!++;
  state.dayMet[day]! += met;
  state.daySum[day]! += sum;
}

/** Adds a measurement to the headline window and its breakdowns. */
function countInWindow(state: StandardState, t: TicketFacts, version: number, met: number, sum: number): void {
  state.count++;
  state.met += met;
  state.sum += sum;
  const v = state.versions[version]!;
  v.windowCount++;
  v.windowSum += sum;
  addSegment(state.byPriority, t.priority, met, sum);
  addSegment(state.byChannel, t.channel, met, sum);
  addSegment(state.byTeam, t.team ?? '(none)', met, sum);
}

function offerWorst(state: StandardState, t: TicketFacts, worst: WorstCandidate): void {
  if (!state.worst.wouldKeep(worst.minutes, t.id)) return;
  state.worst.offer({
    id: t.id, createdMs: t.createdMs, priority: t.priority, channel: t.channel, team: t.team,
    minutes: worst.minutes, inFlight: worst.inFlight, version: worst.version,
  });
}

interface WorstCandidate { minutes: number; inFlight: boolean; version: number }

/** When an open measurement passed a given threshold (null: not by now), for versions other than the track's latest. */
type BreachAt = (thresholdMinutes: number) => number | null;

/**
 * Counts one duration measurement made by `track`; returns what it adds to the worst list, or null.
 * A complete measurement is judged by the version in force when it completed (if that version belongs to this
 * track: otherwise another track measures it). An open one is an in-flight breach at the first instant it
 * passed the threshold of the version then in force, pending when it passed none.
 */
function recordDuration(state: StandardState, track: Track, t: TicketFacts, m: DurationMeasurement, nowMs: number, breachAt: BreachAt): WorstCandidate | null {
  if (!m.open) {
    const version = versionAt(state, m.completedAtMs);
    if (version < 0 || state.versions[version]!.track !== track.index) return null;
    const met = m.minutes <= state.versions[version]!.thresholdMinutes + EPSILON ? 1 : 0;
    return record(state, t, version, m.completedAtMs, met, met, nowMs) ? { minutes: m.minutes, inFlight: false, version } : null;
  }
  let version = -1;
  let breachedAtMs: number | null = null;
  if (state.single) {
    if (m.breachedAtMs !== null && m.breachedAtMs >= state.versions[0]!.startMs) {
      version = 0;
      breachedAtMs = m.breachedAtMs;
    } else if (m.breachedAtMs !== null) {
      // Past the threshold before the standard took effect: breached the moment it did.
      version = 0;
      breachedAtMs = state.versions[0]!.startMs;
    }
  } else {
    for (const index of track.versions) {
      const v = state.versions[index]!;
      if (v.endMs <= m.startMs || v.startMs > nowMs) continue;
      const passed = v.thresholdMinutes === track.thresholdMinutes ? m.breachedAtMs : breachAt(v.thresholdMinutes);
      if (passed === null) continue;
      const at = passed > v.startMs ? passed : v.startMs;
      if (at < v.endMs && at <= nowMs) {
        version = index;
        breachedAtMs = at;
        break;
      }
    }
  }
  if (breachedAtMs === null) {
    state.pending++;
    return null;
  }
  if (!record(state, t, version, breachedAtMs, 0, 0, nowMs)) return null;
  state.inFlight++;
  return { minutes: m.minutes, inFlight: true, version };
}

/** The open measurement among `ms` (the last one, for next reply time), or null. */
function openBreach(ms: readonly DurationMeasurement[] | DurationMeasurement | null): number | null {
  const m = Array.isArray(ms) ? ms[ms.length - 1] : ms;
  return m !== undefined && m !== null && m.open ? m.breachedAtMs : null;
}

/** Counts a rate or score observation at `atMs` judged by the version then in force, if this track measures it. */
function recordObservation(state: StandardState, track: Track, t: TicketFacts, atMs: number, met: number, sum: number, nowMs: number): void {
  const version = versionAt(state, atMs);
  if (version < 0 || state.versions[version]!.track !== track.index) return;
  record(state, t, version, atMs, met, sum, nowMs);
}

/** The single-version path never asks for another threshold. */
const noOtherVersion: BreachAt = () => null;

function measureTicket(state: StandardState, track: Track, t: TicketFacts, nowMs: number): void {
  const clock = track.clock;
  const threshold = track.thresholdMinutes;
  // Only a standard with several versions may need an open measurement's breach under another threshold.
  const multi = !state.single;
  switch (track.metric) {
    case 'first_response_time': {
      const m = firstResponseTime(t, clock, nowMs, threshold);
      const worst = m === null ? null : recordDuration(state, track, t, m, nowMs, multi ? (other) => openBreach(firstResponseTime(t, clock, nowMs, other)) : noOtherVersion);
      if (worst !== null) offerWorst(state, t, worst);
      return;
    }
    case 'full_resolution_time': {
      const m = fullResolutionTime(t, clock, nowMs, threshold);
      const worst = recordDuration(state, track, t, m, nowMs, multi ? (other) => openBreach(fullResolutionTime(t, clock, nowMs, other)) : noOtherVersion);
      if (worst !== null) offerWorst(state, t, worst);
      return;
    }
    case 'requester_wait_time':
    case 'agent_work_time': {
      const pauses = track.metric === 'agent_work_time' ? AGENT_WORK_PAUSES : track.pauseStatuses;
      const m = requesterWaitTime(t, clock, nowMs, threshold, pauses);
      const worst = recordDuration(state, track, t, m, nowMs, multi ? (other) => openBreach(requesterWaitTime(t, clock, nowMs, other, pauses)) : noOtherVersion);
      if (worst !== null) offerWorst(state, t, worst);
      return;
    }
    case 'next_reply_time': {
      // A ticket appears once in the worst list, with its longest exchange in the window.
      let longest: WorstCandidate | null = null;
      for (const m of nextReplyTimes(t, clock, nowMs, threshold)) {
        const worst = recordDuration(state, track, t, m, nowMs, multi ? (other) => openBreach(nextReplyTimes(t, clock, nowMs, other)) : noOtherVersion);
        if (worst !== null && (longest === null || worst.minutes > longest.minutes)) longest = worst;
      }
      if (longest !== null) offerWorst(state, t, longest);
      return;
    }
    case 'reopen_rate':
    case 'first_contact_resolution':
    case 'csat': {
      const o = track.metric === 'reopen_rate' ? reopenRate(t) : track.metric === 'csat' ? csat(t) : firstContactResolution(t);
      if (o !== null) recordObservation(state, track, t, o.atMs, o.success ? 1 : 0, o.success ? 1 : 0, nowMs);
      return;
    }
    case 'nps': {
      const a = npsAnswer(t);
      if (a !== null) recordObservation(state, track, t, a.atMs, a.promoter ? 1 : 0, a.promoter ? 1 : a.detractor ? -1 : 0, nowMs);
      return;
    }
    case 'qa_score': {
      if (track.scorecard === null) return;
      for (const review of qaReviewScores(t, track.scorecard)) recordObservation(state, track, t, review.atMs, review.passed ? 1 : 0, review.score, nowMs);
      return;
    }
    case 'backlog_age':
      measureBacklog(state, track, t);
      return;
  }
}

/**
 * backlog_age: the ticket is photographed at the end of every day it was unsolved, and at now, and judged by
 * the version in force at the photograph.
 */
function measureBacklog(state: StandardState, track: Track, t: TicketFacts): void {
  const snapshots = state.snapshots!;
  const last = snapshots.length - 1;
  for (const [from, to] of unsolvedPeriods(t)) {
    for (let i = firstAtOrAfter(snapshots, from); i <= last && snapshots[i]! < to; i++) {
      const at = snapshots[i]!;
      const version = versionAt(state, at);
      if (version < 0 || state.versions[version]!.track !== track.index) continue;
      const age = track.clock.elapsedMinutes(t.createdMs, at);
      const met = age <= state.versions[version]!.thresholdMinutes + EPSILON ? 1 : 0;
      countInDay(state, i, met, met);
      if (i === last) {
        // The last snapshot is now: the headline backlog.
        countInWindow(state, t, version, met, met);
        if (!met) state.inFlight++;
        offerWorst(state, t, { minutes: age, inFlight: !met, version });
      }
    }
  }
}

function zoneOf(standard: StandardDefinition, calendars: readonly CalendarDefinition[]): string {
  if (standard.calendar === null) return 'UTC';
  return calendars.find((c) => c.id === standard.calendar)?.timezone ?? 'UTC';
}

/** Everything but the goal: versions with the same measurement key share a track. */
function measurementKey(standard: StandardDefinition): string {
  return JSON.stringify([standard.metric, standard.scope, standard.calendar, standard.pauseStatuses, standard.scorecard]);
}

function scopeSets(standard: StandardDefinition): ScopeSets {
  return {
    priority: toSet(standard.scope.priority),
    channel: toSet(standard.scope.channel),
    team: toSet(standard.scope.team),
    category: toSet(standard.scope.category),
    tags: toSet(standard.scope.tags),
  };
}

function createState(
  standard: StandardDefinition,
  versions: readonly StandardVersion[],
  input: EvaluationInput,
  clocks: Map<string, BusinessClock>,
): StandardState {
  const { model } = input;
  const nowMs = input.now.getTime();
  const zone = zoneOf(standard, model.calendars);
  const days = model.pipeline.evaluation.seriesDays + windowLookbackDays(standard.window);
  const grid = buildDayGrid(zone, nowMs, days);
  const clockOf = (calendar: string | null): BusinessClock => {
    if (calendar === null) return wallClock;
    const cached = clocks.get(calendar);
    if (cached) return cached;
    const clock = input.clockFor(calendar, model.calendars, { fromMs: grid.starts[0]! - CLOCK_LOOKBACK_MS, toMs: nowMs + 366 * DAY_MS });
    clocks.set(calendar, clock);
    return clock;
  };
  const list = versions.length > 0 ? versions : [{ version: standard.effective, from: standard.effective, definition: standard }];
  const tracks: Track[] = [];
  const trackOfKey = new Map<string, Track>();
  const spans: VersionSpan[] = list.map((v, i) => {
    const key = measurementKey(v.definition);
    let track = trackOfKey.get(key);
    if (track === undefined) {
      track = {
        index: tracks.length,
        metric: v.definition.metric,
        clock: clockOf(v.definition.calendar),
        scope: scopeSets(v.definition),
        pauseStatuses: v.definition.pauseStatuses,
        scorecard: v.definition.scorecard === null ? null : (model.scorecards.find((s) => s.id === v.definition.scorecard) ?? null),
        thresholdMinutes: 0,
        versions: [],
      };
      trackOfKey.set(key, track);
      tracks.push(track);
    }
    track.versions.push(i);
    track.thresholdMinutes = v.definition.thresholdMinutes ?? 0;
    return {
      label: v.version,
      from: v.from,
      startMs: startOfLocalDate(v.from, zone),
      endMs: Number.POSITIVE_INFINITY,
      definition: v.definition,
      thresholdMinutes: v.definition.thresholdMinutes ?? 0,
      goal: goalOf(v.definition),
      track: track.index,
      windowCount: 0,
      windowSum: 0,
    };
  });
  for (let i = 0; i + 1 < spans.length; i++) {
    if (!(spans[i + 1]!.startMs > spans[i]!.startMs)) {
      throw new Error(`standard ${standard.id}: version ${spans[i + 1]!.label} does not start after version ${spans[i]!.label}: versions must be oldest first, one per date`);
    }
    spans[i]!.endMs = spans[i + 1]!.startMs;
  }
  const windowFromMs = standard.metric === 'backlog_age' ? nowMs : windowStart(standard.window, zone, nowMs);
  const applicable = model.pipeline.exclusions.filter((e) => e.standards === null || e.standards.includes(standard.id));
  return {
    standard,
    shape: shapeOf(standard),
    zone,
    grid,
    snapshots: standard.metric === 'backlog_age' ? snapshotInstants(grid, nowMs) : null,
    dayCount: new Int32Array(days),
    dayMet: new Int32Array(days),
    daySum: new Float64Array(days),
    windowFromMs,
    versions: spans,
    tracks,
    single: spans.length === 1,
    exclusions: applicable.map((e) => ({ id: e.id, reason: e.reason, fromMs: Date.parse(e.from), toMs: Date.parse(e.to), count: 0 })),
    count: 0,
    met: 0,
    sum: 0,
    inFlight: 0,
    pending: 0,
    byPriority: new Map(),
    byChannel: new Map(),
    byTeam: new Map(),
    worst: new WorstTickets(model.pipeline.evaluation.worstTickets),
  };
}

/** The metric value from counters: attainment or rate (sum / count), NPS (100 · sum / count), QA (mean score). */
function valueOf(shape: Shape, count: number, sum: number): number | null {
  if (count === 0) return null;
  return shape === 'nps' ? (100 * sum) / count : sum / count;
}

function goalOf(standard: StandardDefinition): Goal {
  if (standard.target !== null) return standard.target;
  return { direction: 'min', value: standard.objective ?? 1 };
}

/** Nine decimals: enough for any count, and no -0 or 0.30000000000000004 in the report. */
const round = (x: number) => Math.round(x * 1e9) / 1e9 + 0;

/** See the header: error budget on the [0, 1] score scale. */
export function errorBudget(
  shape: Shape,
  goal: Goal,
  count: number,
  sum: number,
): { allowed: number; used: number; remaining: number } | null {
  if (count === 0) return null;
  return budgetOf([budgetPart(shape, goal, count, sum)]);
}

/** One version's share of the error budget: what its goal allows and what its measurements used. */
function budgetPart(shape: Shape, goal: Goal, count: number, sum: number): { allowed: number; used: number } {
  const scoreSum = shape === 'nps' ? (sum + count) / 2 : sum;
  const tau = shape === 'nps' ? (goal.value / 100 + 1) / 2 : goal.value;
  return {
    allowed: goal.direction === 'min' ? (1 - tau) * count : tau * count,
    used: goal.direction === 'min' ? count - scoreSum : scoreSum,
  };
}

function budgetOf(parts: readonly { allowed: number; used: number }[]): { allowed: number; used: number; remaining: number } {
  let allowed = 0;
  let used = 0;
  for (const part of parts) {
    allowed += part.allowed;
    used += part.used;
  }
  const remaining = allowed > EPSILON ? 1 - used / allowed : used > EPSILON ? -used : 1;
  return { allowed: round(allowed), used: round(used), remaining: round(remaining) };
}

function segments(map: Map<string, SegmentCounter>, shape: Shape, order: readonly string[] | null): Segment[] {
  const keys = [...map.keys()].sort((a, b) => {
    if (order) {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      if (ia !== ib) return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
    }
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return keys.map((key) => {
    const c = map.get(key)!;
    return { key, count: c.count, met: c.met, value: valueOf(shape, c.count, c.sum) };
  });
}

function finishStandard(state: StandardState, input: EvaluationInput): StandardReport {
  const { model } = input;
  const nowMs = input.now.getTime();
  const standard = state.standard;
  const settings = model.pipeline.evaluation;
  const goal = goalOf(standard);
  const minimumSample = standard.minimumSample ?? settings.minimumSample;
  const value = valueOf(state.shape, state.count, state.sum);
  // Each version's measurements in the window bring that version's allowance (see the header).
  const budget = state.count === 0
    ? null
    : budgetOf(state.versions.filter((v) => v.windowCount > 0).map((v) => budgetPart(state.shape, v.goal, v.windowCount, v.windowSum)));

  let status: StandardStatus;
  if (state.count < minimumSample || budget === null) status = 'no-data';
  else if (budget.used > budget.allowed + EPSILON * Math.max(1, state.count)) status = 'breached';
  else if (budget.remaining < settings.atRiskBudget) status = 'at-risk';
  else status = 'met';

  // Daily series and each day's window value, from prefix sums of the day counters.
  const grid = state.grid;
  const prefixCount = new Float64Array(grid.days + 1);
  const prefixSum = new Float64Array(grid.days + 1);
  for (let i = 0; i < grid.days; i++) {
    prefixCount[i + 1] = prefixCount[i]! + state.dayCount[i]!;
    prefixSum[i + 1] = prefixSum[i]! + state.daySum[i]!;
  }
  const firstDays = windowFirstDays(grid, standard.window);
  const series: SeriesDay[] = [];
  for (let i = Math.max(0, grid.days - settings.seriesDays); i < grid.days; i++) {
    const count = state.dayCount[i]!;
    const dayValue = valueOf(state.shape, count, state.daySum[i]!);
    let windowValue: number | null;
    if (state.shape === 'backlog') windowValue = dayValue;
    else {
      const from = firstDays[i]!;
      windowValue = valueOf(state.shape, prefixCount[i + 1]! - prefixCount[from]!, prefixSum[i + 1]! - prefixSum[from]!);
    }
    const version = versionAt(state, grid.starts[i]!);
    const day: SeriesDay = { date: grid.dates[i]!, count, met: state.dayMet[i]!, value: dayValue, windowValue, version: version < 0 ? null : state.versions[version]!.label };
    if (!state.single && state.shape !== 'backlog') {
      const versionsInWindow = labelsBetween(state, grid.starts[firstDays[i]!]!, grid.starts[i + 1]!);
      if (versionsInWindow.length > 1) day.windowVersions = versionsInWindow;
    }
    series.push(day);
  }

  const windowFromMs = standard.metric === 'backlog_age' ? windowStart(standard.window, state.zone, nowMs) : state.windowFromMs;
  const excluded = state.exclusions
    .filter((e) => e.count > 0 || (e.toMs > grid.starts[0]! && e.fromMs <= nowMs))
    .map((e) => ({ id: e.id, reason: e.reason, count: e.count }));

  const report: StandardReport = {
    id: standard.id,
    title: standard.title,
    metric: standard.metric,
    dimension: standard.dimension,
    owner: standard.owner,
    calendar: standard.calendar,
    status,
    window: {
      spec: standard.window.text,
      from: new Date(windowFromMs).toISOString(),
      to: input.now.toISOString(),
      versions: labelsBetween(state, windowFromMs, nowMs + 1),
    },
    count: state.count,
    met: state.met,
    inFlight: state.inFlight,
    pending: state.pending,
    value,
    goal: {
      direction: goal.direction,
      value: goal.value,
      ...(standard.thresholdMinutes !== null ? { thresholdMinutes: standard.thresholdMinutes } : {}),
      text: goalText(standard),
    },
    errorBudget: budget,
    excluded,
    series,
    breakdown: {
      priority: segments(state.byPriority, state.shape, PRIORITY_ORDER),
      channel: segments(state.byChannel, state.shape, CHANNEL_ORDER),
      team: segments(state.byTeam, state.shape, null),
    },
    worst: state.worst.sorted().map((w) => ({
      id: w.id,
      created: new Date(w.createdMs).toISOString(),
      priority: w.priority,
      channel: w.channel,
      team: w.team,
      minutes: round(w.minutes),
      inFlight: w.inFlight,
      version: state.versions[w.version]!.label,
    })),
    versions: state.versions.map((v) => ({
      version: v.label,
      from: v.from,
      goal: {
        direction: v.goal.direction,
        value: v.goal.value,
        ...(v.definition.thresholdMinutes !== null ? { thresholdMinutes: v.definition.thresholdMinutes } : {}),
        text: goalText(v.definition),
      },
    })),
    statement: statement({
      standard,
      status,
      count: state.count,
      value,
      minimumSample,
      budgetRemaining: budget === null ? null : budget.remaining,
    }),
  };
  return report;
}

/** Labels of the versions in force at some instant of [fromMs, toMs), oldest first. */
function labelsBetween(state: StandardState, fromMs: number, toMs: number): string[] {
  return state.versions.filter((v) => v.startMs < toMs && v.endMs > fromMs).map((v) => v.label);
}

/** A ticket the engine cannot measure: why, and the id it shows as an example (`ticketEntry`). */
export interface TicketRejection { reason: string; example: string }

/** What one stored line is to the engine, whatever "now" is: a checked record, or why it is unusable. */
export type TicketEntry = TicketRecord | TicketRejection;

/** Reads one stored ticket (any JSON value) into what the engine keeps of it: `Evaluation.add` is `addEntry` of this. */
export function ticketEntry(ticket: unknown): TicketEntry {
  const record = readTicketRecord(ticket);
  if (typeof record !== 'string') return record;
  const id = typeof ticket === 'object' && ticket !== null ? (ticket as { id?: unknown }).id : undefined;
  return { reason: record, example: typeof id === 'string' && id.length > 0 ? id.slice(0, 64) : '(no id)' };
}

export function isRejection(entry: TicketEntry): entry is TicketRejection {
  return (entry as TicketRejection).reason !== undefined;
}

/** What a day of entries holds: enough to tell whether the evaluation needs its tickets at all (`addSettled`). */
export interface EntriesSummary {
  count: number;
  rejected: number;
  /** Records unsolved after their last event. */
  unsolved: number;
  minCreatedMs: number | null;
  maxCreatedMs: number | null;
  maxLastEventMs: number | null;
  /** Records carrying the helpdesk's own figures: the tie-out reads every one of them. */
  tieOut: number;
}

export function summariseEntries(entries: readonly TicketEntry[]): EntriesSummary {
  const summary: EntriesSummary = { count: entries.length, rejected: 0, unsolved: 0, minCreatedMs: null, maxCreatedMs: null, maxLastEventMs: null, tieOut: 0 };
  for (const entry of entries) {
    if (isRejection(entry)) {
      summary.rejected++;
      continue;
    }
    if (!entry.solved) summary.unsolved++;
    if (entry.helpdeskMetrics !== undefined) summary.tieOut++;
    if (summary.minCreatedMs === null || entry.createdMs < summary.minCreatedMs) summary.minCreatedMs = entry.createdMs;
    if (summary.maxCreatedMs === null || entry.createdMs > summary.maxCreatedMs) summary.maxCreatedMs = entry.createdMs;
    if (summary.maxLastEventMs === null || entry.lastEventMs > summary.maxLastEventMs) summary.maxLastEventMs = entry.lastEventMs;
  }
  return summary;
}

export interface Evaluation {
  /**
   * Counts a day of tickets without reading them when none of them can change a number: all valid, solved,
   * with every event before the earliest instant any standard counts (its day grid, window and snapshots),
   * created inside every compiled calendar's range, and without the helpdesk's figures (the tie-out compares
   * every such ticket). Such a ticket adds only to `data` (how many, from, to). Returns false, having counted
   * nothing, when the day's tickets must be added one by one.
   */
  addSettled(summary: EntriesSummary): boolean;
  /** Feeds one ticket (any JSON value: bad ones are counted, never thrown). */
  add(ticket: unknown): void;
  /** Feeds one ticket already read (`ticketEntry`, or the facts cache): the same as `add` of the ticket it was read from. */
  addEntry(entry: TicketEntry): void;
  /** The report over every ticket added so far. */
  finish(): Report;
}

/** The streaming core: add tickets one by one, then finish. Memory is bounded by the model, not the tickets. */
export function createEvaluation(input: EvaluationInput): Evaluation {
  const nowMs = input.now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error('evaluateStandards: `now` is not a valid date');
  const clocks = new Map<string, BusinessClock>();
  const states = input.model.standards.map((standard) => createState(standard, input.versionsOf?.(standard) ?? documentVersions(standard), input, clocks));
  const rejected = new Map<string, { count: number; examples: string[] }>();
  let seen = 0;
  const tieOut = createTieOut(`${input.data?.source ?? input.model.pipeline.source.type} ticket metrics`);
  let fromMs = Number.POSITIVE_INFINITY;
  let toMs = Number.NEGATIVE_INFINITY;
  // Nothing before `settledBeforeMs` is counted by any standard (record() needs a grid day or the window;
  // backlog snapshots lie in the grid), and every clock covers instants from `createdFromMs` on.
  let settledBeforeMs = nowMs;
  let createdFromMs = Number.NEGATIVE_INFINITY;
  for (const state of states) {
    settledBeforeMs = Math.min(settledBeforeMs, state.grid.starts[0]!, state.windowFromMs);
    createdFromMs = Math.max(createdFromMs, state.grid.starts[0]! - CLOCK_LOOKBACK_MS);
  }

  function reject(reason: string, example: string): void {
    let entry = rejected.get(reason);
    if (entry === undefined) {
      entry = { count: 0, examples: [] };
      rejected.set(reason, entry);
    }
    entry.count++;
    if (entry.examples.length < 5) entry.examples.push(example);
  }

  function addEntry(entry: TicketEntry): void {
    seen++;
    if (isRejection(entry)) {
      reject(entry.reason, entry.example);
      return;
    }
    // A ticket created after `now` did not exist yet (a replay of a past night over today's store).
    if (entry.createdMs > nowMs) return;
    const facts = factsAt(entry, nowMs);
    tieOut.add(entry, facts, nowMs);
    if (facts.createdMs < fromMs) fromMs = facts.createdMs;
    if (facts.createdMs > toMs) toMs = facts.createdMs;
    const lifeEndMs = facts.solved && facts.finalSolveMs !== null ? facts.finalSolveMs : nowMs;
    for (const state of states) {
      const tracks = state.tracks;
      if (tracks.length === 1) {
        if (!inScope(tracks[0]!.scope, facts)) continue;
      } else if (!tracks.some((track) => inScope(track.scope, facts))) {
        continue;
      }
      if (state.exclusions.length > 0) {
        const hit = state.exclusions.find((e) => facts.createdMs < e.toMs && lifeEndMs >= e.fromMs);
        if (hit !== undefined) {
          if (lifeEndMs >= state.windowFromMs) hit.count++;
          continue;
        }
      }
      try {
        if (tracks.length === 1) measureTicket(state, tracks[0]!, facts, nowMs);
        else for (const track of tracks) if (inScope(track.scope, facts)) measureTicket(state, track, facts, nowMs);
      } catch (error) {
        // A clock that cannot answer (an instant outside its compiled range) must not end the night's run:
        // the ticket is reported, and the other standards still count it.
        reject(`could not be measured for ${state.standard.id}: ${error instanceof Error ? error.message : String(error)}`, facts.id.slice(0, 64));
      }
    }
  }

  return {
    add(ticket: unknown): void {
      addEntry(ticketEntry(ticket));
    },
    addEntry,
    addSettled(summary: EntriesSummary): boolean {
      if (summary.count === 0) return true;
      if (summary.rejected > 0 || summary.unsolved > 0 || summary.tieOut !== 0 || summary.maxLastEventMs === null || summary.minCreatedMs === null || summary.maxCreatedMs === null) return false;
      if (!(summary.maxLastEventMs < settledBeforeMs) || !(summary.minCreatedMs >= createdFromMs)) return false;
      seen += summary.count;
      if (summary.minCreatedMs < fromMs) fromMs = summary.minCreatedMs;
      if (summary.maxCreatedMs > toMs) toMs = summary.maxCreatedMs;
      return true;
    },
    finish(): Report {
      const standards = states.map((state) => finishStandard(state, input));
      const summary = { met: 0, 'at-risk': 0, breached: 0, 'no-data': 0 };
      for (const s of standards) summary[s.status]++;
      const source = input.data?.source ?? input.model.pipeline.source.type;
      const tieOutReport = tieOut.finish();
      return {
        schemaVersion: 1,
        generatedAt: (input.generatedAt ?? input.now).toISOString(),
        now: input.now.toISOString(),
        organisation: input.model.pipeline.organisation,
        data: {
          source,
          fetchedAt: input.data?.fetchedAt ?? null,
          tickets: seen,
          from: Number.isFinite(fromMs) ? new Date(fromMs).toISOString() : null,
          to: Number.isFinite(toMs) ? new Date(toMs).toISOString() : null,
          rejected: [...rejected.entries()]
            .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
            .map(([reason, e]) => ({ reason, count: e.count, examples: e.examples as Report['data']['rejected'][number]['examples'] })),
          ...(tieOutReport ? { tieOut: tieOutReport } : {}),
        },
        summary,
        standards,
      };
    },
  };
}

function isSyncIterable(value: unknown): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** Evaluates every standard of `model` over `tickets` (read once, in order) as of `now`. */
export async function evaluateStandards(input: EvaluateStandardsInput): Promise<Report> {
  const evaluation = createEvaluation(input);
  if (isSyncIterable(input.tickets)) {
    for (const ticket of input.tickets) evaluation.add(ticket);
  } else {
    for await (const ticket of input.tickets) evaluation.add(ticket);
  }
  return evaluation.finish();
}

/** A day of entries as the facts cache gives it: its summary, and its entries read only when needed. */
export interface DayOfEntries {
  summary: EntriesSummary;
  entries(): Promise<readonly TicketEntry[]>;
}

/**
 * Evaluates every standard over tickets already read into entries (`ticketEntry`; the facts cache keeps them
 * per day), day by day in store order: the same report as `evaluateStandards` over the tickets they were read
 * from. A day whose tickets cannot change a number (`Evaluation.addSettled`) is not read at all.
 */
export async function evaluateEntries(input: EvaluationInput & { days: AsyncIterable<DayOfEntries> }): Promise<Report> {
  const evaluation = createEvaluation(input);
  for await (const day of input.days) {
    if (evaluation.addSettled(day.summary)) continue;
    for (const entry of await day.entries()) evaluation.addEntry(entry);
  }
  return evaluation.finish();
}
