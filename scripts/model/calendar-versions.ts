// Which hours and holidays applied when: the versions of each Calendar, oldest first, each applying from the
// local midnight of its `from` date until the next one's. Pure: the git history arrives as data
// (standard-history.ts reads it), so the pipeline, the pull-request review and tests build versions the same way.
//
// The rules (the methodology page and the README repeat them):
// - The versions are the file's committed versions, oldest first, then the working copy when it differs from
//   the last commit. Only what decides business time starts a version: time zone, hours, holidays, `effective`
//   and `appliesFrom` (a name edit does not).
// - The first version applies to all time before the next one: a calendar has always been as first committed.
// - A later version applies from its `effective` date, but never before the local date of its commit on the
//   branch (the day it reached it: git-history.ts dates a merged pull request by its merge commit; an
//   uncommitted working copy counts as committed today): a change never changes a day already published.
// - Except on purpose: a version that sets or changes `appliesFrom` applies from that date, which may lie
//   before its commit, to correct the past (a forgotten holiday). Later versions that keep the same
//   `appliesFrom` apply from their own commit day.
// - A version superseded before it applied (a later one applies from the same day or earlier) is left out.

import { DateTime } from 'luxon';
import { historySteps, type CommittedDocument, type HistoryStep } from './history-steps.ts';
import type { CalendarDefinition, CalendarVersion, StandardsModel } from './model.ts';

/** One committed version of a Calendar's file, as read from git (standard-history.ts). */
export type CommittedCalendar = CommittedDocument<CalendarDefinition>;

/** What decides business time: two versions with the same key are one version. */
export const calendarJudgingKey = (function calendarJudgingKey(calendar: CalendarDefinition): string {
  return JSON.stringify([calendar.timezone, calendar.hours, calendar.holidays, calendar.effective ?? null, calendar.appliesFrom ?? null]);
});

function localDate(iso: string | number, zone: string): string {
  const at = typeof iso === 'number' ? DateTime.fromMillis(iso, { zone }) : DateTime.fromISO(iso, { zone });
  return at.toISODate() ?? '';
}

/**
 * The versions of `calendar` (the working copy) given its file's committed versions, oldest first. `nowMs`
 * dates an uncommitted working copy: it applies as if committed at that instant.
 */
export const calendarVersionsFromHistory = (function calendarVersionsFromHistory(calendar: CalendarDefinition, committed: readonly CommittedCalendar[], nowMs: number): CalendarVersion[] {
  type Step = HistoryStep<CalendarDefinition, number>;
  const steps = historySteps(calendar, committed, calendarJudgingKey, nowMs);

  const fromOf = (step: Step, previous: Step | undefined): string | null => {
    if (previous === undefined) return null;
    const appliesFrom = step.definition.appliesFrom ?? null;
    if (appliesFrom !== null && appliesFrom !== (previous.definition.appliesFrom ?? null)) return appliesFrom;
    const committedDay = localDate(step.committedAt, step.definition.timezone);
    const effective = step.definition.effective ?? null;
    return effective !== null && effective > committedDay ? effective : committedDay;
  };
  const kept: Array<{ step: Step; from: string | null }> = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const from = fromOf(steps[i]!, steps[i - 1]);
    const next = kept[0];
    if (next === undefined || from === null || (next.from !== null && from < next.from)) kept.unshift({ step: steps[i]!, from });
  }
  return kept.map(({ step, from }) => ({
    version: `${from ?? 'first'}${step.commit === null ? (kept.length === 1 ? '' : ' (uncommitted)') : ` (${step.commit.slice(0, 7)})`}`,
    from,
    timezone: step.definition.timezone,
    hours: step.definition.hours,
    holidays: step.definition.holidays,
  }));
});

/**
 * The model with every calendar carrying its versions (from `committedByFile`, keyed by `origin.file`). A
 * calendar without history, or whose versions collapse to one, is returned as it is.
 */
export const withCalendarVersions = (function withCalendarVersions<M extends Pick<StandardsModel, 'calendars'>>(
  model: M,
  committedByFile: ReadonlyMap<string, readonly CommittedCalendar[]>,
  now: Date,
): M {
  let changed = false;
  const calendars = model.calendars.map((calendar) => {
    const committed = (committedByFile.get(calendar.origin.file) ?? []).filter((c) => c.definition.id === calendar.id);
    const versions = calendarVersionsFromHistory(calendar, committed, now.getTime());
    if (versions.length < 2) return calendar;
    changed = true;
    return { ...calendar, versions };
  });
  return changed ? { ...model, calendars } : model;
});

/** The versions of a calendar, oldest first: its own list, or itself alone. */
export const versionsOfCalendar = (function versionsOfCalendar(calendar: CalendarDefinition): CalendarVersion[] {
  if (calendar.versions !== undefined && calendar.versions.length > 0) return calendar.versions;
  return [{ version: 'current', from: null, timezone: calendar.timezone, hours: calendar.hours, holidays: calendar.holidays }];
});

/** The version of `calendar` that applies to the local date `date` (YYYY-MM-DD, in that version's zone). */
export const calendarVersionOn = (function calendarVersionOn(calendar: CalendarDefinition, date: string): CalendarVersion {
  const versions = versionsOfCalendar(calendar);
  for (let i = versions.length - 1; i > 0; i--) {
    if (versions[i]!.from! <= date) return versions[i]!;
  }
  return versions[0]!;
});
