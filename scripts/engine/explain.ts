// How one ticket was measured for one standard (`standards explain`, and the collapsed block beside each worst
// ticket on the site and in corrective-action issues). It asks the engine's own functions — scope, exclusions,
// the metric, the judging of versions (measure-ticket.ts `judgeDuration`) — so it can never disagree with the
// report, and then lays the measurement out for a reader: where it started and ended, each stretch of business
// time counted, each stretch left out and why (closed hours, a holiday of the calendar version that applied
// that day, a pause status, solved before a reopen), the threshold of the version that judged it, and the
// result with the instant it passed the threshold.

import { DateTime } from 'luxon';
import { clockFor as compiledClockFor } from './business-time.ts';
import type { BusinessClock } from './business-clock.ts';
import type { ClockFor, EvaluationInput } from './evaluate.ts';
import { breachAtFor, durationsOf, judgeDuration, pauseStatusesOf } from './measure-ticket.ts';
import {
  csat, firstContactResolution, npsAnswer, qaReviewScores, reopenRate, unsolvedPeriods, type DurationMeasurement,
} from './metrics.ts';
import { goalText } from './report.ts';
import { createState, EPSILON, inScope, type StandardState, type Track } from './standard-state.ts';
import { factsAt, isSolvedStatus, type TicketFacts } from './ticket-checks.ts';
import { isRejection, ticketEntry } from './ticket-entries.ts';
import { versionAt } from './version-spans.ts';
import { buildDayGrid, dayIndex, type DayGrid } from './evaluation-days.ts';
import { luxonZone } from './zone-offsets.ts';
import { calendarVersionOn, versionsOfCalendar } from '../model/calendar-versions.ts';
import type { ExplainedMeasurement, ExplanationSpan, TicketExplanation } from '../model/documents.generated.ts';
import type { CalendarDefinition, StandardDefinition, StandardScope, StandardVersion } from '../model/model.ts';
import { documentVersions } from '../model/standard-versions.ts';

export type { ExplainedMeasurement, ExplanationSpan, TicketExplanation };

const MINUTE_MS = 60_000;

export interface ExplainOptions {
  calendars: readonly CalendarDefinition[];
  /** List at most this many stretches counted and left out per measurement (the rest are summed in `more`). */
  spanLimit?: number;
  /** Only the measurements that count in the headline window, or are still pending (the report's worst tickets). */
  windowOnly?: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();

function listWords(items: readonly string[], joiner = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

/** In which words the ticket's scope fields meet (or miss) the standard's scope. */
const scopeReport = (function scopeReport(scope: StandardScope, t: TicketFacts): { matched: string[]; missed: string[] } {
  const matched: string[] = [];
  const missed: string[] = [];
  const check = (field: string, covers: readonly string[] | undefined, value: string | null) => {
    if (!covers || covers.length === 0) return;
    const shown = value ?? 'none';
    if (value !== null && covers.includes(value)) matched.push(`${field} ${shown}`);
    else missed.push(`${field} is ${shown}; the standard covers ${listWords(covers, 'or')}`);
  };
  check('priority', scope.priority, t.priority);
  check('channel', scope.channel, t.channel);
  check('team', scope.team, t.team);
  check('category', scope.category, t.category);
  if (scope.tags && scope.tags.length > 0) {
    const hit = t.tags.filter((tag) => scope.tags!.includes(tag));
    if (hit.length > 0) matched.push(`tagged ${hit.join(', ')}`);
    else missed.push(`tags are ${t.tags.length > 0 ? t.tags.join(', ') : 'none'}; the standard covers tickets tagged ${listWords(scope.tags, 'or')}`);
  }
  return { matched, missed };
});

const DURATION_WORDS: Partial<Record<StandardDefinition['metric'], { what: string; start: string; end: string }>> = {
  first_response_time: { what: 'first reply', start: 'ticket created', end: 'first public agent reply' },
  next_reply_time: { what: 'next reply', start: 'customer reply', end: 'agent reply' },
  full_resolution_time: { what: 'resolution', start: 'ticket created', end: 'final solve' },
  requester_wait_time: { what: 'requester wait', start: 'ticket created', end: 'final solve' },
  agent_work_time: { what: 'agent work', start: 'ticket created', end: 'final solve' },
};

/** The stretches of [fromMs, toMs) during which the metric's clock runs, and those it stops (pauses, solved). */
const activeStretches = (function activeStretches(track: Track, t: TicketFacts, fromMs: number, toMs: number): { active: Array<[number, number]>; stopped: ExplanationSpan[] } {
  if (track.metric !== 'requester_wait_time' && track.metric !== 'agent_work_time') return { active: toMs > fromMs ? [[fromMs, toMs]] : [], stopped: [] };
  // As requesterWaitTime (metrics.ts) walks the status timeline.
  const pauses = pauseStatusesOf(track);
  const active: Array<[number, number]> = [];
  const stopped: ExplanationSpan[] = [];
  const changes = t.statusChanges;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (change.atMs >= toMs) break;
    const next = changes[i + 1];
    const to = next === undefined || next.atMs > toMs ? toMs : next.atMs;
    if (!(to > change.atMs)) continue;
    if (isSolvedStatus(change.status)) stopped.push({ from: iso(change.atMs), to: iso(to), minutes: (to - change.atMs) / MINUTE_MS, reason: 'solved', detail: `${change.status} until reopened` });
    else if (pauses.includes(change.status)) stopped.push({ from: iso(change.atMs), to: iso(to), minutes: (to - change.atMs) / MINUTE_MS, reason: 'paused', detail: change.status });
    else active.push([change.atMs, to]);
  }
  return { active, stopped };
});

const DAY_MS = 86_400_000;
/** Asked for at least this many days, the grid of an evaluation's now is made once for every worst ticket. */
const LOCAL_DAYS_AT_LEAST = 400;

/**
 * The local days of `zone` from the one holding `fromMs` to today (the day holding `nowMs`): the grids the
 * evaluation shares (evaluation-days.ts), so a worst ticket's hundred nights are not each cut by luxon again.
 * Null when [fromMs, toMs) does not lie within them.
 */
const localDays = (function localDays(zone: string, fromMs: number, toMs: number, nowMs: number): DayGrid | null {
  const days = Math.max(LOCAL_DAYS_AT_LEAST, Math.ceil((nowMs - fromMs) / DAY_MS) + 2);
  const grid = buildDayGrid(zone, nowMs, days);
  return fromMs >= grid.starts[0]! && toMs <= grid.starts[grid.days]! ? grid : null;
});
/** Closed time [fromMs, toMs) cut at local midnights into holidays (by the calendar version of each day) and closed hours. */
const closedStretches = (function closedStretches(calendar: CalendarDefinition | null, fromMs: number, toMs: number, nowMs: number): ExplanationSpan[] {
  const out: ExplanationSpan[] = [];
  const push = (a: number, b: number, reason: 'closed' | 'holiday', detail: string) => {
    const last = out[out.length - 1];
    if (last !== undefined && last.reason === reason && last.detail === detail && Date.parse(last.to) === a) {
      last.to = iso(b);
      last.minutes = (b - Date.parse(last.from)) / MINUTE_MS;
    } else {
      out.push({ from: iso(a), to: iso(b), minutes: (b - a) / MINUTE_MS, reason, detail });
    }
  };
  if (calendar === null) {
    push(fromMs, toMs, 'closed', 'outside business hours');
    return out;
  }
  const closed = (a: number, b: number, date: string) => {
    const holiday = calendarVersionOn(calendar, date).holidays.find((h) => h.date === date);
    if (holiday) push(a, b, 'holiday', holiday.open ? `${holiday.name}, reduced hours` : holiday.name);
    else push(a, b, 'closed', 'outside business hours');
  };
  const grid = localDays(calendar.timezone, fromMs, toMs, nowMs);
  if (grid !== null) {
    for (let i = dayIndex(grid, fromMs); i < grid.days && grid.starts[i]! < toMs; i++) {
      const a = Math.max(fromMs, grid.starts[i]!);
      const b = Math.min(toMs, grid.starts[i + 1]!);
      if (b > a) closed(a, b, grid.dates[i]!);
    }
    return out;
  }
  let day = DateTime.fromMillis(fromMs, { zone: luxonZone(calendar.timezone) }).startOf('day');
  while (day.toMillis() < toMs) {
    const next = day.plus({ days: 1 });
    const a = Math.max(fromMs, day.toMillis());
    const b = Math.min(toMs, next.toMillis());
    if (b > a) closed(a, b, day.toISODate()!);
    day = next;
  }
  return out;
});

/** Counted business time and the time left out between a measurement's start and end. */
const stretchesOf = (function stretchesOf(track: Track, calendar: CalendarDefinition | null, t: TicketFacts, fromMs: number, toMs: number, nowMs: number): { counted: ExplanationSpan[]; leftOut: ExplanationSpan[] } | null {
  const clock: BusinessClock = track.clock;
  if (clock.openIntervals === undefined) return null;
  const { active, stopped } = activeStretches(track, t, fromMs, toMs);
  const counted: ExplanationSpan[] = [];
  const leftOut: ExplanationSpan[] = [...stopped];
  for (const [a, b] of active) {
    let cursor = a;
    for (const [open, close] of clock.openIntervals(a, b)) {
      if (open > cursor) leftOut.push(...closedStretches(calendar, cursor, open, nowMs));
      counted.push({ from: iso(open), to: iso(close), minutes: (close - open) / MINUTE_MS });
      cursor = close;
    }
    if (b > cursor) leftOut.push(...closedStretches(calendar, cursor, b, nowMs));
  }
  leftOut.sort((x, y) => Date.parse(x.from) - Date.parse(y.from));
  return { counted, leftOut };
});

/** The instant the counted time first exceeds `threshold` minutes (reached as a stretch ends: the next one's start). */
const passedIn = (function passedIn(counted: readonly ExplanationSpan[], threshold: number): number | null {
  let sum = 0;
  for (const span of counted) {
    if (sum + span.minutes > threshold + EPSILON) return Date.parse(span.from) + Math.max(0, threshold - sum) * MINUTE_MS;
    sum += span.minutes;
  }
  return null;
});

const limited = (function limited(m: ExplainedMeasurement, limit: number | undefined): ExplainedMeasurement {
  const counted = m.counted ?? [];
  const leftOut = m.leftOut ?? [];
  if (limit === undefined || (counted.length <= limit && leftOut.length <= limit)) return m;
  const sum = (spans: readonly ExplanationSpan[]) => Math.round(spans.reduce((s, x) => s + x.minutes, 0) * 1e6) / 1e6;
  return {
    ...m,
    counted: counted.slice(0, limit),
    leftOut: leftOut.slice(0, limit),
    more: { counted: Math.max(0, counted.length - limit), countedMinutes: sum(counted.slice(limit)), leftOut: Math.max(0, leftOut.length - limit), leftOutMinutes: sum(leftOut.slice(limit)) },
  };
});

const calendarOf = (function calendarOf(track: Track, state: StandardState, calendars: readonly CalendarDefinition[]): CalendarDefinition | null {
  const id = state.versions[track.versions[track.versions.length - 1]!]!.definition.calendar;
  return id === null ? null : calendars.find((c) => c.id === id) ?? null;
});

const whereCounted = (function whereCounted(state: StandardState, atMs: number): Pick<ExplainedMeasurement, 'countedAt' | 'countedOn' | 'inWindow'> {
  return {
    countedAt: iso(atMs),
    countedOn: DateTime.fromMillis(atMs, { zone: luxonZone(state.zone) }).toISODate()!,
    inWindow: atMs >= state.windowFromMs && atMs <= state.nowMs,
  };
});

const judgedBy = (function judgedBy(state: StandardState, version: number): Pick<ExplainedMeasurement, 'version' | 'goal' | 'thresholdMinutes'> {
  const v = state.versions[version]!;
  return { version: v.label, goal: goalText(v.definition), ...(v.definition.thresholdMinutes !== null ? { thresholdMinutes: v.definition.thresholdMinutes } : {}) };
});

const explainDuration = (function explainDuration(state: StandardState, track: Track, t: TicketFacts, m: DurationMeasurement, calendar: CalendarDefinition | null, inScopeTracks: readonly Track[]): ExplainedMeasurement | null {
  const nowMs = state.nowMs;
  const words = DURATION_WORDS[track.metric]!;
  const judged = judgeDuration(state, track, m, nowMs, breachAtFor(state, track, t, nowMs));
  if (judged.kind === 'other-track' && inScopeTracks.some((x) => x.index === state.versions[judged.version]!.track)) return null;
  const startMs = m.startMs;
  const endMs = m.open ? nowMs : m.completedAtMs;
  const stretches = stretchesOf(track, calendar, t, startMs, endMs, nowMs);
  const out: ExplainedMeasurement = {
    what: words.what,
    start: { at: iso(startMs), event: track.metric === 'first_response_time' && t.openedByAgent ? 'ticket opened by an agent' : words.start },
    end: m.open ? null : { at: iso(m.completedAtMs), event: words.end },
    minutes: m.minutes,
    ...(stretches ? { counted: stretches.counted, leftOut: stretches.leftOut } : {}),
    version: null,
    result: 'not-counted',
    inWindow: false,
  };
  switch (judged.kind) {
    case 'before-standard':
      return { ...out, note: m.open
        ? `open before the standard takes effect (${state.versions[0]!.from}): not counted`
        : `completed before the standard took effect (${state.versions[0]!.from}): not counted` };
    case 'other-track':
      return { ...out, ...judgedBy(state, judged.version), note: m.open
        ? `open, inside its threshold, while version ${state.versions[judged.version]!.label} is in force, whose scope or calendar leaves this ticket out: not counted`
        : `completed while version ${state.versions[judged.version]!.label} was in force, whose scope or calendar leaves this ticket out: not counted` };
    case 'pending': {
      const inForce = state.versions[Math.max(0, versionAt(state.versions, nowMs))]!;
      const left = inForce.thresholdMinutes - m.minutes;
      const last = t.statusChanges[t.statusChanges.length - 1];
      const paused = (track.metric === 'requester_wait_time' || track.metric === 'agent_work_time') && last !== undefined
        && (isSolvedStatus(last.status) || pauseStatusesOf(track).includes(last.status));
      return {
        ...out,
        ...judgedBy(state, state.versions.indexOf(inForce)),
        result: 'pending',
        ...(paused ? { note: `the clock is stopped now (${last!.status}): it runs again when the ticket leaves ${last!.status}` } : { dueAt: iso(track.clock.passedAt(nowMs, Math.max(0, left))) }),
      };
    }
    case 'counted': {
      const threshold = state.versions[judged.version]!.thresholdMinutes;
      const passed = judged.met ? null : stretches ? passedIn(stretches.counted, threshold) : (m.open ? m.breachedAtMs : null);
      const note = judged.inFlight && passed !== null && passed < judged.atMs
        ? `passed the threshold before version ${state.versions[judged.version]!.label} took effect: counted when it did`
        : undefined;
      return {
        ...out,
        ...judgedBy(state, judged.version),
        result: judged.inFlight ? 'breached' : judged.met ? 'met' : 'missed',
        ...(passed !== null ? { passedAt: iso(passed) } : {}),
        ...whereCounted(state, judged.atMs),
        ...(note ? { note } : {}),
      };
    }
  }
});

/** A rate or score observation at `atMs`, judged by the version then in force if this track measures it. */
function explainObservation(state: StandardState, track: Track, what: string, event: string, atMs: number, result: ExplainedMeasurement['result'], score?: number): ExplainedMeasurement | null {
  const version = versionAt(state.versions, atMs);
  const base: ExplainedMeasurement = { what, start: { at: iso(atMs), event }, end: null, minutes: null, version: null, result: 'not-counted', inWindow: false, ...(score !== undefined ? { score } : {}) };
  if (version < 0) return { ...base, note: `before the standard took effect (${state.versions[0]!.from}): not counted` };
  if (state.versions[version]!.track !== track.index) return null;
  return { ...base, ...judgedBy(state, version), result, ...whereCounted(state, atMs) };
}

const explainBacklog = (function explainBacklog(state: StandardState, track: Track, t: TicketFacts, calendar: CalendarDefinition | null): ExplainedMeasurement | null {
  const nowMs = state.nowMs;
  if (!unsolvedPeriods(t).some(([from, to]) => nowMs >= from && nowMs < to)) return null;
  const version = versionAt(state.versions, nowMs);
  if (version < 0 || state.versions[version]!.track !== track.index) return null;
  const age = track.clock.elapsedMinutes(t.createdMs, nowMs);
  const stretches = stretchesOf(track, calendar, t, t.createdMs, nowMs, nowMs);
  const met = age <= state.versions[version]!.thresholdMinutes + EPSILON;
  const passed = met || !stretches ? null : passedIn(stretches.counted, state.versions[version]!.thresholdMinutes);
  return {
    what: 'age in the backlog now', start: { at: iso(t.createdMs), event: 'ticket created' }, end: null, minutes: age,
    ...(stretches ? { counted: stretches.counted, leftOut: stretches.leftOut } : {}),
    ...judgedBy(state, version), result: met ? 'met' : 'missed', ...(passed !== null ? { passedAt: iso(passed) } : {}),
    ...whereCounted(state, nowMs),
  };
});

const measurementsOf = (function measurementsOf(state: StandardState, track: Track, t: TicketFacts, calendars: readonly CalendarDefinition[], inScopeTracks: readonly Track[]): ExplainedMeasurement[] {
  const calendar = calendarOf(track, state, calendars);
  const out: Array<ExplainedMeasurement | null> = [];
  switch (track.metric) {
    case 'first_response_time':
    case 'next_reply_time':
    case 'full_resolution_time':
    case 'requester_wait_time':
    case 'agent_work_time':
      for (const m of durationsOf(track, t, state.nowMs)) out.push(explainDuration(state, track, t, m, calendar, inScopeTracks));
      break;
    case 'backlog_age':
      out.push(explainBacklog(state, track, t, calendar));
      break;
    case 'reopen_rate': {
      const o = reopenRate(t);
      if (o) out.push(explainObservation(state, track, 'reopened after its first solve', 'first solve', o.atMs, o.success ? 'success' : 'failure'));
      break;
    }
    case 'first_contact_resolution': {
      const o = firstContactResolution(t);
      if (o) out.push(explainObservation(state, track, 'solved with one agent reply, never reopened', 'final solve', o.atMs, o.success ? 'success' : 'failure'));
      break;
    }
    case 'csat': {
      const o = csat(t);
      if (o) out.push(explainObservation(state, track, 'satisfaction rating good', 'rating given', o.atMs, o.success ? 'success' : 'failure'));
      break;
    }
    case 'nps': {
      const a = npsAnswer(t);
      if (a) out.push(explainObservation(state, track, a.promoter ? 'NPS answer: promoter' : a.detractor ? 'NPS answer: detractor' : 'NPS answer: passive', 'NPS answer', a.atMs, a.promoter ? 'success' : 'failure', t.nps!.score));
      break;
    }
    case 'qa_score':
      if (track.scorecard !== null) {
        for (const review of qaReviewScores(t, track.scorecard)) {
          out.push(explainObservation(state, track, `QA review (${track.scorecard.id})`, 'review', review.atMs, review.passed ? 'success' : 'failure', review.score));
        }
      }
      break;
  }
  return out.filter((m): m is ExplainedMeasurement => m !== null);
});

const NOTHING_TO_MEASURE: Record<StandardDefinition['metric'], string> = {
  first_response_time: 'solved without a public agent reply: no first reply to measure',
  next_reply_time: 'no customer reply after the first agent reply: no exchange to measure',
  full_resolution_time: 'nothing to measure',
  requester_wait_time: 'nothing to measure',
  agent_work_time: 'nothing to measure',
  backlog_age: 'not in the backlog now (solved or closed)',
  reopen_rate: 'not solved yet: no trial to count',
  first_contact_resolution: 'not solved now: not counted',
  csat: 'no satisfaction rating',
  nps: 'no NPS answer',
  qa_score: 'no QA review with the standard’s scorecard',
  qa_coverage: 'qa_coverage measures agents’ weeks of reviews, not tickets',
  sop_acknowledgement: 'sop_acknowledgement measures people’s acknowledgements of SOP versions, not tickets',
};

/** How `t` (the ticket as of `state.nowMs`) was measured for the standard of `state`. */
export const explainFacts = (function explainFacts(state: StandardState, t: TicketFacts, options: ExplainOptions): TicketExplanation {
  const nowMs = state.nowMs;
  const inForce = state.versions[Math.max(0, versionAt(state.versions, nowMs))]!.definition;
  const calendar = inForce.calendar === null ? null : options.calendars.find((c) => c.id === inForce.calendar) ?? null;
  const explained = (verdict: TicketExplanation['verdict'], reason: string, measurements: ExplainedMeasurement[] = []): TicketExplanation => ({
    ticket: t.id,
    standard: state.standard.id,
    now: iso(nowMs),
    verdict,
    reason,
    calendar: calendar === null ? null : {
      id: calendar.id, timezone: calendar.timezone,
      ...(versionsOfCalendar(calendar).length > 1 ? { versions: versionsOfCalendar(calendar).map((v) => v.version) } : {}),
    },
    measurements,
  });
  const tracks = state.tracks.filter((track) => inScope(track.scope, t));
  if (tracks.length === 0) return explained('out-of-scope', `out of scope: ${scopeReport(inForce.scope, t).missed.join('; ')}`);
  const lifeEndMs = t.solved && t.finalSolveMs !== null ? t.finalSolveMs : nowMs;
  const hit = state.exclusions.find((e) => t.createdMs < e.toMs && lifeEndMs >= e.fromMs);
  if (hit !== undefined) {
    return explained('excluded', `excluded by ${hit.id} (${iso(hit.fromMs)} to ${iso(hit.toMs)}), which the ticket's life (${iso(t.createdMs)} to ${t.solved ? `its solve at ${iso(lifeEndMs)}` : 'now, unsolved'}) touches: ${hit.reason}`);
  }
  const matched = scopeReport(inForce.scope, t).matched;
  const reason = matched.length > 0 ? `in scope: ${matched.join(', ')}` : 'in scope: the standard covers every ticket';
  const measurements = tracks.flatMap((track) => measurementsOf(state, track, t, options.calendars, tracks))
    .filter((m) => !options.windowOnly || m.inWindow || m.result === 'pending')
    .map((m) => limited(m, options.spanLimit));
  if (measurements.length === 0) return explained('not-measured', `${reason}; ${NOTHING_TO_MEASURE[state.standard.metric]}`);
  return explained('measured', reason, measurements);
});

export interface ExplainTicketInput {
  model: EvaluationInput['model'];
  now: Date;
  /** Default: the compiled business calendars (business-time.ts). */
  clockFor?: ClockFor;
  versionsOf?: (standard: StandardDefinition) => readonly StandardVersion[];
  /** The ticket as stored (any JSON value: a bad one is explained as unusable). */
  ticket: unknown;
  /** Only this standard (by id); default: every standard of the model. */
  standard?: string;
}

/** `standards explain`: how the ticket was measured for each standard (or one), as of `now`. */
export function explainTicket(input: ExplainTicketInput): TicketExplanation[] {
  const nowMs = input.now.getTime();
  const standards = input.standard === undefined ? input.model.standards : input.model.standards.filter((s) => s.id === input.standard);
  if (input.standard !== undefined && standards.length === 0) {
    throw new Error(`no standard "${input.standard}": the standards are ${input.model.standards.map((s) => s.id).join(', ') || 'none'}`);
  }
  const entry = ticketEntry(input.ticket);
  const clocks = new Map<string, BusinessClock>();
  const clockFor = input.clockFor ?? compiledClockFor;
  return standards.map((standard) => {
    const unmeasured = (verdict: TicketExplanation['verdict'], reason: string): TicketExplanation => ({
      ticket: isRejection(entry) ? entry.example : entry.id, standard: standard.id, now: iso(nowMs), verdict, reason, calendar: null, measurements: [],
    });
    if (isRejection(entry)) return unmeasured('unusable', `the ticket cannot be measured: ${entry.reason}`);
    if (entry.createdMs > nowMs) return unmeasured('not-yet-created', `created ${iso(entry.createdMs)}, after now`);
    const state = createState(standard, input.versionsOf?.(standard) ?? documentVersions(standard), { model: input.model, now: input.now, clockFor }, clocks);
    return explainFacts(state, factsAt(entry, nowMs), { calendars: input.model.calendars });
  });
}
