// The counters of one standard: per local day (for the daily series and every day's window value) and for
// the headline window (with its breakdowns and worst tickets), and the tracks that measure for its versions.
// A measurement adds to them through `record`; nothing here reads a ticket twice or keeps one.

import type { BusinessClock } from './business-clock.ts';
import { wallClock } from './business-clock.ts';
import type { TicketFacts } from './ticket-checks.ts';
import { buildDayGrid, dayIndex, snapshotInstants, windowLookbackDays, windowStart, type DayGrid } from './evaluation-days.ts';
import { versionSpans, type VersionSpan } from './version-spans.ts';
import { WorstTickets } from './worst-tickets.ts';
import { ExactSum } from './exact-sum.ts';
import { createQaBehaviourCounters, type QaBehaviourCounters } from './qa-behaviours.ts';
import type { EvaluationInput } from './evaluate.ts';
import type { CalendarDefinition, StandardDefinition, ScorecardDefinition, StandardVersion, TicketStatus } from '../model/model.ts';
import { hasFractionalScores } from '../model/metric-catalogue.ts';

const DAY_MS = 86_400_000;
/** How far back calendars are compiled before the series starts: long-open tickets still need business time. */
export const CLOCK_LOOKBACK_MS = 3 * 366 * DAY_MS;

/** Tolerance for fractional business minutes and float sums. */
export const EPSILON = 1e-9;

export type Shape = 'duration' | 'rate' | 'nps' | 'qa' | 'backlog';

export const shapeOf = (function shapeOf(standard: StandardDefinition): Shape {
  switch (standard.metric) {
    case 'first_response_time':
    case 'next_reply_time':
    case 'full_resolution_time':
    case 'requester_wait_time':
    case 'agent_work_time':
    case 'sop_acknowledgement':
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
});

export interface SegmentCounter { count: number; met: number; sum: number; exact?: ExactSum }

/**
 * The score sums of a QA standard, kept exact (exact-sum.ts) so they never depend on the order measurements
 * arrive in; `settleSums` rounds them into the float fields before the report is shaped.
 */
export interface ExactSums { days: (ExactSum | undefined)[]; window: ExactSum; versions: ExactSum[] }

export interface ExclusionCheck { id: string; reason: string; fromMs: number; toMs: number; count: number }

export interface ScopeSets {
  priority: ReadonlySet<string> | null;
  channel: ReadonlySet<string> | null;
  team: ReadonlySet<string> | null;
  category: ReadonlySet<string> | null;
  tags: ReadonlySet<string> | null;
}

/**
 * One way of measuring (metric, scope, calendar, pause statuses, scorecard) shared by one or more versions.
 * Measurements are computed once per ticket per track, with the threshold of the track's latest version;
 * other versions' thresholds are used only to judge (and, for open measurements, to date a breach).
 */
export interface Track {
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

export interface StandardState {
  standard: StandardDefinition;
  /** The instant the state evaluates at: now, or 7 days before for the comparison. */
  nowMs: number;
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
  /**
   * The sums kept exactly, when a version of the standard measures a metric whose scores can be fractions (the
   * catalogue's `scores`: qa_score); null when every score is an integer, whose plain sums are exact in any order
   * (counted-day.ts `placeRecentPlain` then counts them).
   */
  exact: ExactSums | null;
  /** Open measurements past their threshold, waiting longest first (the report's `openLate`). */
  openLate: WorstTickets;
  /** qa_score only: the reviews behaviour by behaviour (qa-behaviours.ts); absent for the comparison's headline-only state. */
  qaBehaviours?: QaBehaviourCounters;
}

/**
 * What a scope and the breakdowns read of what was measured: a ticket, a reviewed ticket, or a person (who has
 * a team but no priority or channel: those segments are then not counted).
 */
export interface Segmented {
  priority?: string;
  channel?: string;
  team: string | null;
  category?: string | null;
  tags?: readonly string[];
}

const toSet = (function toSet<T extends string>(values: readonly T[] | undefined): ReadonlySet<string> | null {
  return values && values.length > 0 ? new Set(values) : null;
});

export const inScope = (function inScope(s: ScopeSets, t: Segmented): boolean {
  if (s.priority !== null && (t.priority === undefined || !s.priority.has(t.priority))) return false;
  if (s.channel !== null && (t.channel === undefined || !s.channel.has(t.channel))) return false;
  if (s.team !== null && (t.team === null || !s.team.has(t.team))) return false;
  if (s.category !== null && (t.category === null || t.category === undefined || !s.category.has(t.category))) return false;
  if (s.tags !== null) {
    let any = false;
    for (const tag of t.tags ?? []) {
      if (s.tags.has(tag)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
});

/** The counter of one segment of a breakdown (created empty, exact for QA). */
export const segmentOf = (function segmentOf(state: StandardState, map: Map<string, SegmentCounter>, key: string): SegmentCounter {
  let counter = map.get(key);
  if (counter === undefined) {
    // `exact` present either way: one shape of counter for the functions that add to every standard's segments.
    counter = { count: 0, met: 0, sum: 0, exact: state.exact === null ? undefined : new ExactSum() };
    map.set(key, counter);
  }
  return counter;
});

/** Adds `count` measurements (`met` met, scores summing to `sum`) to a segment. */
export const addToSegment = (function addToSegment(counter: SegmentCounter, count: number, met: number, sum: number | ExactSum): void {
  counter.count += count;
  counter.met += met;
  if (counter.exact !== undefined) {
    if (typeof sum === 'number') counter.exact.add(sum);
    else counter.exact.addSum(sum);
  } else counter.sum += sum as number;
});

/**
 * Counts one measurement at `atMs`, judged by version `version` (met 0/1, score `sum` for the value).
 * Returns true when it falls in the headline window (and so in the breakdown).
 */
export const record = (function record(state: StandardState, t: Segmented, version: number, atMs: number, met: number, sum: number, nowMs: number): boolean {
  if (atMs > nowMs) return false;
  const day = dayIndex(state.grid, atMs);
  if (day >= 0) countInDay(state, day, met, sum);
  if (atMs < state.windowFromMs) return false;
  countInWindow(state, t, version, met, sum);
  return true;
});

/** Adds a measurement to one day's counters, from which the daily series and window values are derived. */
export const countInDay = (function countInDay(state: StandardState, day: number, met: number, sum: number): void {
  countManyInDay(state, day, 1, met, sum);
});

/** Adds `count` measurements to one day's counters (one measurement, or a day of counters kept beside the store). */
export const countManyInDay = (function countManyInDay(state: StandardState, day: number, count: number, met: number, sum: number | ExactSum): void {
  state.dayCount[day]! += count;
  state.dayMet[day]! += met;
  if (state.exact === null) state.daySum[day]! += sum as number;
  else {
    const exact = (state.exact.days[day] ??= new ExactSum());
    if (typeof sum === 'number') exact.add(sum);
    else exact.addSum(sum);
  }
});

/** Adds a measurement to the headline window and its breakdowns. */
export const countInWindow = (function countInWindow(state: StandardState, t: Segmented, version: number, met: number, sum: number): void {
  countManyInWindow(state, version, 1, met, sum);
  if (t.priority !== undefined) addToSegment(segmentOf(state, state.byPriority, t.priority), 1, met, sum);
  if (t.channel !== undefined) addToSegment(segmentOf(state, state.byChannel, t.channel), 1, met, sum);
  addToSegment(segmentOf(state, state.byTeam, t.team ?? '(none)'), 1, met, sum);
});

/** Adds `count` measurements judged by `version` to the headline window, without its breakdowns (the caller adds those). */
export const countManyInWindow = (function countManyInWindow(state: StandardState, version: number, count: number, met: number, sum: number | ExactSum): void {
  state.count += count;
  state.met += met;
  const v = state.versions[version]!;
  v.windowCount += count;
  if (state.exact === null) {
    state.sum += sum as number;
    v.windowSum += sum as number;
  } else if (typeof sum === 'number') {
    state.exact.window.add(sum);
    state.exact.versions[version]!.add(sum);
  } else {
    state.exact.window.addSum(sum);
    state.exact.versions[version]!.addSum(sum);
  }
});

/** Rounds the exact sums of a QA standard into its float fields: what the report is shaped from. */
export const settleSums = (function settleSums(state: StandardState): void {
  const exact = state.exact;
  if (exact === null) return;
  for (let day = 0; day < exact.days.length; day++) {
    const sum = exact.days[day];
    if (sum !== undefined) state.daySum[day] = sum.value();
  }
  state.sum = exact.window.value();
  state.versions.forEach((v, i) => { v.windowSum = exact.versions[i]!.value(); });
  for (const map of [state.byPriority, state.byChannel, state.byTeam]) {
    for (const counter of map.values()) if (counter.exact !== undefined) counter.sum = counter.exact.value();
  }
});

const zoneOf = (function zoneOf(standard: StandardDefinition, calendars: readonly CalendarDefinition[]): string {
  if (standard.calendar === null) return 'UTC';
  return calendars.find((c) => c.id === standard.calendar)?.timezone ?? 'UTC';
});

/** Everything but the goal: versions with the same measurement key share a track. */
const measurementKey = (function measurementKey(standard: StandardDefinition): string {
  return JSON.stringify([standard.metric, standard.scope, standard.calendar, standard.pauseStatuses, standard.scorecard, standard.reviewsPerAgent ?? null, standard.sops ?? null]);
});

const scopeSets = (function scopeSets(standard: StandardDefinition): ScopeSets {
  return {
    priority: toSet(standard.scope.priority),
    channel: toSet(standard.scope.channel),
    team: toSet(standard.scope.team),
    category: toSet(standard.scope.category),
    tags: toSet(standard.scope.tags),
  };
});

export const createState = (function createState(
  standard: StandardDefinition,
  versions: readonly StandardVersion[],
  input: Pick<EvaluationInput, 'model' | 'now' | 'clockFor'>,
  clocks: Map<string, BusinessClock>,
  options: { headlineOnly?: boolean } = {},
): StandardState {
  const { model } = input;
  const nowMs = input.now.getTime();
  const zone = zoneOf(standard, model.calendars);
  // Headline only (the comparison 7 days back): one day of counters, no worst tickets.
  const days = options.headlineOnly ? 1 : model.pipeline.evaluation.seriesDays + windowLookbackDays(standard.window);
  const grid = buildDayGrid(zone, nowMs, days);
  const clockOf = (calendar: string | null): BusinessClock => {
    if (calendar === null) return wallClock;
    const cached = clocks.get(calendar);
    if (cached) return cached;
    const clock = input.clockFor(calendar, model.calendars, { fromMs: grid.starts[0]!, toMs: nowMs });
    clocks.set(calendar, clock);
    return clock;
  };
  const list = versions.length > 0 ? versions : [{ version: standard.effective, from: standard.effective, definition: standard }];
  const tracks: Track[] = [];
  const trackOfKey = new Map<string, Track>();
  const spans: VersionSpan[] = versionSpans(standard.id, list, zone, (definition, i) => {
    const key = measurementKey(definition);
    let track = trackOfKey.get(key);
    if (track === undefined) {
      track = {
        index: tracks.length,
        metric: definition.metric,
        clock: clockOf(definition.calendar),
        scope: scopeSets(definition),
        pauseStatuses: definition.pauseStatuses,
        scorecard: definition.scorecard === null ? null : (model.scorecards.find((s) => s.id === definition.scorecard) ?? null),
        thresholdMinutes: 0,
        versions: [],
      };
      trackOfKey.set(key, track);
      tracks.push(track);
    }
    track.versions.push(i);
    track.thresholdMinutes = definition.thresholdMinutes ?? 0;
    return track.index;
  });
  const windowFromMs = standard.metric === 'backlog_age' ? nowMs : windowStart(standard.window, zone, nowMs);
  const applicable = model.pipeline.exclusions.filter((e) => e.standards === null || e.standards.includes(standard.id));
  return {
    standard,
    nowMs,
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
    worst: new WorstTickets(options.headlineOnly ? 0 : model.pipeline.evaluation.worstTickets),
    // Any version's: a standard that measured QA scores before its current metric sums them in its series too.
    exact: list.some((v) => hasFractionalScores(v.definition.metric)) ? { days: [], window: new ExactSum(), versions: spans.map(() => new ExactSum()) } : null,
    openLate: new WorstTickets(options.headlineOnly ? 0 : model.pipeline.evaluation.worstTickets),
    // Present (undefined) on every standard, so every state has one shape (the counting functions see them all).
    qaBehaviours: qaBehavioursOf(standard, model.scorecards, days, options.headlineOnly === true),
  };
});

const qaBehavioursOf = (function qaBehavioursOf(standard: StandardDefinition, scorecards: readonly ScorecardDefinition[], days: number, headlineOnly: boolean): QaBehaviourCounters | undefined {
  if (headlineOnly || standard.metric !== 'qa_score') return undefined;
  const scorecard = scorecards.find((s) => s.id === standard.scorecard);
  return scorecard ? createQaBehaviourCounters(scorecard, days) : undefined;
});
