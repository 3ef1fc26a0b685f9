// Which version of each standard and calendar judges what, in a pull-request review. A review evaluates three
// views of the same tickets at the same "now", and each needs its own versions:
// - base: the base commit as `standards evaluate` judges it (versions from git history as of that commit, like
//   the nightly job): its figures are the published ones.
// - proposed (the what-if): the proposal as if it had always applied. A changed standard judges from its
//   `effective` date (standard-versions.ts's rule for an uncommitted change); a changed calendar applies from its
//   `effective` date, or from the start when it has none, or from `appliesFrom` when it sets one.
// - merged: the proposal as `evaluate` will judge it once merged today. Every change applies from today (or a
//   later `effective` date); only a calendar's `appliesFrom` and exclusion periods reach published days.
// The proposal's documents get the base's history of the same id; without history (a shallow clone, a test of
// files), the base's definition counts as committed before anything else. Pure: git arrives as data.

import { DateTime } from 'luxon';
import { calendarVersionsFromHistory, versionsOfCalendar, withCalendarVersions, type CommittedCalendar } from '../model/calendar-versions.ts';
import { versionsFromHistory, versionsOfModel, zoneOfStandard, type CommittedStandard } from '../model/standard-versions.ts';
import type { CalendarDefinition, CalendarVersion, ExclusionDefinition, StandardDefinition, StandardVersion, StandardsModel } from '../model/model.ts';

/** Committed versions of the base's Standard and Calendar files, keyed by file (standard-history.ts reads them). */
export interface CommittedDocuments {
  standards: ReadonlyMap<string, readonly CommittedStandard[]>;
  calendars: ReadonlyMap<string, readonly CommittedCalendar[]>;
}

export const NO_HISTORY: CommittedDocuments = { standards: new Map(), calendars: new Map() };

export type ReviewView = 'base' | 'proposed' | 'merged';

export interface ReviewVersions {
  /** Each view's model: the calendars carry the versions that view judges by. */
  models: Record<ReviewView, StandardsModel>;
  /** The versions of a standard of that view's model, oldest first. */
  versionsOf: (view: ReviewView, standard: StandardDefinition) => StandardVersion[];
}

/** Before anything git knows: the base's own definition, when its history is missing. */
const BEFORE_HISTORY = '1970-01-01T00:00:00Z';
const SINCE_EVER = 0;

function committedFor<D extends { id: string }>(history: readonly { commit: string; committedAt: string; definition: D }[] | undefined, base: D | undefined) {
  const own = (history ?? []).filter((c) => c.definition.id === base?.id);
  if (own.length > 0 || base === undefined) return own;
  return [{ commit: 'base', committedAt: BEFORE_HISTORY, definition: base }];
}

function withVersions(calendar: CalendarDefinition, versions: CalendarVersion[]): CalendarDefinition {
  const { versions: _old, ...rest } = calendar;
  return versions.length < 2 ? rest : { ...rest, versions };
}

/** The three views of a review, from the two models, the base's history and "now". */
export function reviewVersions(
  base: StandardsModel,
  head: StandardsModel,
  history: CommittedDocuments,
  now: Date,
  renamedFrom: ReadonlyMap<string, string> = new Map(),
): ReviewVersions {
  const baseVersioned = withCalendarVersions(base, history.calendars, now);
  const calendarHistory = (calendar: CalendarDefinition) => {
    const before = base.calendars.find((c) => c.id === calendar.id);
    return committedFor(before ? history.calendars.get(before.origin.file) : undefined, before);
  };
  // As if committed at the start of time: applies from its `effective` date or `appliesFrom`, else always.
  const proposed = { ...head, calendars: head.calendars.map((c) => withVersions(c, calendarVersionsFromHistory(c, calendarHistory(c), SINCE_EVER))) };
  // As if committed now: what the nightly job will do once the pull request is merged.
  const merged = { ...head, calendars: head.calendars.map((c) => withVersions(c, calendarVersionsFromHistory(c, calendarHistory(c), now.getTime()))) };

  const baseVersionsOf = versionsOfModel(baseVersioned, history.standards);
  const standardHistory = (standard: StandardDefinition) => {
    const before = base.standards.find((s) => s.id === (renamedFrom.get(standard.id) ?? standard.id));
    return committedFor(before ? history.standards.get(before.origin.file) : undefined, before);
  };
  const mergeCommit = (standard: StandardDefinition): CommittedStandard => ({ commit: 'proposal', committedAt: now.toISOString(), definition: standard });
  return {
    models: { base: baseVersioned, proposed, merged },
    versionsOf: (view, standard) => {
      if (view === 'base') return baseVersionsOf(standard);
      const model = view === 'proposed' ? proposed : merged;
      const committed = standardHistory(standard);
      return versionsFromHistory(standard, view === 'proposed' ? committed : [...committed, mergeCommit(standard)], zoneOfStandard(standard, model));
    },
  };
}

const sameVersion = (a: CalendarVersion, b: CalendarVersion) =>
  a.from === b.from && a.timezone === b.timezone && JSON.stringify([a.hours, a.holidays]) === JSON.stringify([b.hours, b.holidays]);

/**
 * The first local date from which `after` counts business time differently from `before` (null: from the
 * start), or undefined when they never differ.
 */
export function calendarChangeFrom(before: CalendarDefinition, after: CalendarDefinition): string | null | undefined {
  const a = versionsOfCalendar(before);
  const b = versionsOfCalendar(after);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined && sameVersion(x, y)) continue;
    if (y === undefined) return x!.from;
    if (x === undefined) return y.from;
    return x.from === null || y.from === null ? null : x.from < y.from ? x.from : y.from;
  }
  return undefined;
}

/** A change the merged proposal makes to days already published, for one standard. */
export interface PastChange {
  /** The standard's id (the same on both sides). */
  id: string;
  /** In words, e.g. `calendar dublin-office changes from 2026-11-18 (appliesFrom)`, `exclusion outage added`. */
  reasons: string[];
  /** The calendar whose change reaches back, and from when, if one does. */
  calendar: { id: string; from: string | null } | null;
  /** Exclusion periods added, removed or changed that start before now. */
  exclusions: string[];
}

function exclusionsOf(model: StandardsModel, id: string): ExclusionDefinition[] {
  return model.pipeline.exclusions.filter((e) => e.standards === null || e.standards.includes(id));
}

/** Exclusion periods that differ between the sides for a standard and start before now: they change published days. */
function pastExclusionWords(base: StandardsModel, head: StandardsModel, id: string, nowMs: number): string[] {
  const before = exclusionsOf(base, id);
  const after = exclusionsOf(head, id);
  const past = (...es: (ExclusionDefinition | undefined)[]) => es.some((e) => e !== undefined && Date.parse(e.from) < nowMs);
  const words: string[] = [];
  for (const e of after) {
    const b = before.find((x) => x.id === e.id);
    if (b === undefined) { if (past(e)) words.push(`exclusion ${e.id} added`); }
    else if ((b.from !== e.from || b.to !== e.to) && past(b, e)) words.push(`exclusion ${e.id} changed`);
  }
  for (const b of before) if (!after.some((e) => e.id === b.id) && past(b)) words.push(`exclusion ${b.id} removed`);
  return words;
}

/** The local date of `now` in `zone`. */
function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).toISODate() ?? now.toISOString().slice(0, 10);
}

/**
 * The standards (same id and calendar on both sides) whose published days the merged proposal changes: their
 * calendar changes from a date before today (an `appliesFrom`), or an exclusion period before now changes.
 */
export function pastChanges(versions: ReviewVersions, now: Date): PastChange[] {
  const { base, merged } = versions.models;
  const out: PastChange[] = [];
  for (const standard of merged.standards) {
    const before = base.standards.find((s) => s.id === standard.id);
    if (before === undefined || before.calendar !== standard.calendar) continue;
    const reasons: string[] = [];
    let calendar: PastChange['calendar'] = null;
    if (standard.calendar !== null) {
      const x = base.calendars.find((c) => c.id === standard.calendar);
      const y = merged.calendars.find((c) => c.id === standard.calendar);
      const from = x && y ? calendarChangeFrom(x, y) : undefined;
      if (from !== undefined && (from === null || from < todayIn(y!.timezone, now))) {
        calendar = { id: standard.calendar, from };
        const why = y!.appliesFrom === from ? ' (appliesFrom)' : '';
        reasons.push(`calendar ${standard.calendar} changes from ${from ?? 'the start'}${why}`);
      }
    }
    const exclusions = pastExclusionWords(base, merged, standard.id, now.getTime());
    reasons.push(...exclusions);
    if (reasons.length > 0) out.push({ id: standard.id, reasons, calendar, exclusions });
  }
  return out;
}

/**
 * Whether a standard judges alike in the what-if and once merged: the same versions from the same dates, on
 * calendars that count alike. Then the what-if's evaluation is also the merged one, and costs nothing more.
 */
export function judgesAlike(versions: ReviewVersions, standard: StandardDefinition): boolean {
  const a = versions.versionsOf('proposed', standard);
  const b = versions.versionsOf('merged', standard);
  if (a.length !== b.length || !a.every((v, i) => v.from === b[i]!.from && v.definition === b[i]!.definition)) return false;
  const calendars = new Set(a.map((v) => v.definition.calendar).filter((c): c is string => c !== null));
  for (const id of calendars) {
    const x = versions.models.proposed.calendars.find((c) => c.id === id);
    const y = versions.models.merged.calendars.find((c) => c.id === id);
    if (x && y && calendarChangeFrom(x, y) !== undefined) return false;
  }
  return true;
}
