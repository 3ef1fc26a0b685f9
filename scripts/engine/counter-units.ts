// What a counter kept beside the store is a counter OF: a measuring unit. A unit is one track of one standard
// (standard-state.ts: the metric, scope, calendar, pause statuses and scorecard that versions share), in the zone
// whose local days the standard counts in, with the exclusions that leave tickets out of it. Its key is the
// SHA-256 of exactly that content: the calendar with every one of its versions (hours, holidays, zone, from), the
// scorecard with its weights and pass mark, the exclusion periods in order. Not the standard's id, title, goal or
// threshold, and not which versions judge which days: the counters keep every measurement's value (minutes, a
// score, a success), so a goal or a threshold is applied when a night reads them (a day whose threshold differs
// from the one its counters were summed with is judged again from its measurements, see day-counters.ts), and the
// days each version judges are chosen then too. Two standards that measure alike (a review's base and proposed
// sides, a copy) share a unit. Change anything that can change a measurement and the key changes with it: the
// counters are rebuilt from the facts, never reused.
//
// The key does not cover the engine's own code: the store adds a digest of the measuring modules to every
// counter file (scripts/store/day-counters-file.ts), so counters made by another version of the code are rebuilt.

import { createHash } from 'node:crypto';
import type { CalendarDefinition, ScorecardDefinition, StandardsModel } from '../model/model.ts';
import { TICKET_RECORD_VERSION } from './ticket-checks.ts';
import { isDurationTrack, pauseStatusesOf } from './measure-ticket.ts';
import { isPeopleMetric } from './people-measures.ts';
import type { DayGrid } from './evaluation-days.ts';
import type { StandardState, Track } from './standard-state.ts';

/** How a unit's measurements are judged: against a threshold (duration, backlog) or as they are (rate, NPS, QA). */
export type UnitKind = 'duration' | 'backlog' | 'rate' | 'nps' | 'qa';

/** One unit of one standard of an evaluation. */
export interface CounterUnit {
  key: string;
  kind: UnitKind;
  /** Index of the standard in the evaluation (its states, now and 7 days ago). */
  standard: number;
  track: Track;
}

export const unitKindOf = (function unitKindOf(track: Track): UnitKind {
  if (isDurationTrack(track)) return 'duration';
  if (track.metric === 'backlog_age') return 'backlog';
  if (track.metric === 'nps') return 'nps';
  if (track.metric === 'qa_score') return 'qa';
  return 'rate';
});

/** Whether a unit's `met` depends on a version's threshold (and so may be judged again from its measurements). */
export const judgedByThreshold = (function judgedByThreshold(kind: UnitKind): boolean {
  return kind === 'duration' || kind === 'backlog';
});

const sortedOrNull = (set: ReadonlySet<string> | null) => (set === null ? null : [...set].sort());

/** What compiles into business time: every version's zone, hours and holidays and the day it applies from. */
const calendarContent = (function calendarContent(calendar: CalendarDefinition | undefined): unknown {
  if (calendar === undefined) return null;
  const versions = calendar.versions !== undefined && calendar.versions.length > 0
    ? calendar.versions.map((v) => ({ from: v.from, timezone: v.timezone, hours: v.hours, holidays: v.holidays }))
    : [{ from: null, timezone: calendar.timezone, hours: calendar.hours, holidays: calendar.holidays }];
  return versions;
});

const scorecardContent = (function scorecardContent(scorecard: ScorecardDefinition | null): unknown {
  if (scorecard === null) return null;
  return { id: scorecard.id, passMark: scorecard.passMark, behaviours: scorecard.behaviours.map((b) => ({ id: b.id, weight: b.weight, critical: b.critical })) };
});

/** The unit's key: what made its counters, hashed. */
export const unitKey = (function unitKey(state: StandardState, track: Track, model: StandardsModel): string {
  const calendarId = state.versions[track.versions[track.versions.length - 1]!]!.definition.calendar;
  const kind = unitKindOf(track);
  const definition = {
    record: TICKET_RECORD_VERSION,
    kind,
    metric: track.metric,
    scope: {
      priority: sortedOrNull(track.scope.priority),
      channel: sortedOrNull(track.scope.channel),
      team: sortedOrNull(track.scope.team),
      category: sortedOrNull(track.scope.category),
      tags: sortedOrNull(track.scope.tags),
    },
    calendar: calendarId === null ? null : calendarContent(model.calendars.find((c) => c.id === calendarId)),
    pauses: track.metric === 'requester_wait_time' || track.metric === 'agent_work_time' ? [...pauseStatusesOf(track)].sort() : null,
    scorecard: track.metric === 'qa_score' ? scorecardContent(track.scorecard) : null,
    zone: state.zone,
    exclusions: state.exclusions.map((e) => [e.fromMs, e.toMs]),
  };
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex');
});

/** Every unit of an evaluation's standards, in standard and track order. */
export const counterUnits = (function counterUnits(states: readonly StandardState[], model: StandardsModel): CounterUnit[] {
  const units: CounterUnit[] = [];
  states.forEach((state, standard) => {
    // Standards of people (qa_coverage, sop_acknowledgement) measure no ticket: they have no counters.
    if (isPeopleMetric(state.standard.metric)) return;
    for (const track of state.tracks) units.push({ key: unitKey(state, track, model), kind: unitKindOf(track), standard, track });
  });
  return units;
});

/** A local day as a number: days since 1970-01-01 of its date (the same number in every zone). */
export const dayNumberOf = (function dayNumberOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
});

/** The day number of a grid's first day. */
export function firstDayNumber(grid: DayGrid): number {
  return dayNumberOf(grid.dates[0]!);
}
