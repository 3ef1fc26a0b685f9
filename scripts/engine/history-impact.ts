// Which published figures a change of calendar or exclusions alters. A calendar change applies from its commit
// day (scripts/model/calendar-versions.ts), so it alters nothing already published unless it says
// `appliesFrom`; an exclusion period is about the past by nature. Either way the pull-request review must say
// which days and figures change: this evaluates every standard that uses a changed calendar or exclusion as
// the base defines it and as the proposal defines it, in one pass over the tickets, and lists the published days
// (every series day before today, in the standard's zone) whose figures differ. Pure apart from the tickets.

import { isDeepStrictEqual } from 'node:util';
import { evaluateStandards, type ClockFor } from './evaluate.ts';
import type { CalendarDefinition, ExclusionDefinition, Report, StandardDefinition, StandardVersion, StandardsModel } from '../model/model.ts';

type Side = 'base' | 'proposed';

/** A standard whose calendar or exclusions differ between the two models, and how. */
export interface HistoryChangeCandidate {
  id: string;
  reasons: string[];
}

/** One published day's figures as a side computes them. */
export interface DayFigures { count: number; met: number; value: number | null; windowValue: number | null }

export interface PublishedDayChange { date: string; base: DayFigures; proposed: DayFigures }

export interface PublishedChange {
  id: string;
  reasons: string[];
  /** Published days (before today) whose figures differ, oldest first; empty when the change alters none. */
  days: PublishedDayChange[];
}

export interface PublishedChangesInput {
  base: StandardsModel;
  proposed: StandardsModel;
  tickets: Iterable<unknown> | AsyncIterable<unknown>;
  now: Date;
  clockFor: ClockFor;
  /** The versions of a standard on one side (as `EvaluationInput.versionsOf`); default: the document's own. */
  versionsOf?: (side: Side, standard: StandardDefinition) => readonly StandardVersion[];
}

const prefixed = (side: Side, id: string) => `${side}:${id}`;

/** Everything that decides business time, versions included: not the name, not where the file is. */
function calendarContent(calendar: CalendarDefinition | undefined): unknown {
  if (calendar === undefined) return undefined;
  const { name: _name, origin: _origin, id: _id, ...rest } = calendar;
  return rest;
}

function exclusionsOf(model: StandardsModel, id: string): ExclusionDefinition[] {
  return model.pipeline.exclusions.filter((e) => e.standards === null || e.standards.includes(id));
}

function exclusionWords(base: readonly ExclusionDefinition[], proposed: readonly ExclusionDefinition[]): string[] {
  const words: string[] = [];
  for (const e of proposed) {
    const before = base.find((b) => b.id === e.id);
    if (before === undefined) words.push(`exclusion ${e.id} added`);
    else if (before.from !== e.from || before.to !== e.to) words.push(`exclusion ${e.id} changed`);
  }
  for (const e of base) if (!proposed.some((p) => p.id === e.id)) words.push(`exclusion ${e.id} removed`);
  return words;
}

/** The standards defined alike on both sides whose calendar (hours, holidays, versions) or exclusions differ. */
export function historyChangeCandidates(base: StandardsModel, proposed: StandardsModel): HistoryChangeCandidate[] {
  const out: HistoryChangeCandidate[] = [];
  for (const standard of proposed.standards) {
    const before = base.standards.find((s) => s.id === standard.id);
    if (before === undefined || before.calendar !== standard.calendar) continue;
    const reasons: string[] = [];
    if (standard.calendar !== null) {
      const x = base.calendars.find((c) => c.id === standard.calendar);
      const y = proposed.calendars.find((c) => c.id === standard.calendar);
      if (!isDeepStrictEqual(calendarContent(x), calendarContent(y))) reasons.push(`calendar ${standard.calendar} changed`);
    }
    reasons.push(...exclusionWords(exclusionsOf(base, standard.id), exclusionsOf(proposed, standard.id)));
    if (reasons.length > 0) out.push({ id: standard.id, reasons });
  }
  return out;
}

/** One model holding both sides of every candidate, under `base:` and `proposed:` ids. */
function mergedModel(base: StandardsModel, proposed: StandardsModel, ids: readonly string[]): StandardsModel {
  const calendars = new Map<string, CalendarDefinition>();
  const calendarKey = (side: Side, id: string | null): string | null => {
    if (id === null) return null;
    const own = (side === 'base' ? base : proposed).calendars.find((c) => c.id === id);
    if (own === undefined) return id;
    const key = prefixed(side, id);
    calendars.set(key, { ...own, id: key });
    return key;
  };
  const standards: StandardDefinition[] = [];
  const exclusions: ExclusionDefinition[] = [];
  for (const side of ['base', 'proposed'] as const) {
    const model = side === 'base' ? base : proposed;
    for (const id of ids) {
      const s = model.standards.find((x) => x.id === id)!;
      standards.push({ ...s, id: prefixed(side, id), calendar: calendarKey(side, s.calendar), minimumSample: s.minimumSample ?? model.pipeline.evaluation.minimumSample });
    }
    for (const e of model.pipeline.exclusions) {
      const applies = ids.filter((id) => e.standards === null || e.standards.includes(id));
      if (applies.length > 0) exclusions.push({ ...e, id: prefixed(side, e.id), standards: applies.map((id) => prefixed(side, id)) });
    }
  }
  return {
    ...proposed,
    pipeline: { ...proposed.pipeline, exclusions, evaluation: { ...proposed.pipeline.evaluation, worstTickets: 0 } },
    calendars: [...calendars.values()],
    standards,
  };
}

function figures(day: Report['standards'][number]['series'][number] | undefined): DayFigures {
  return { count: day?.count ?? 0, met: day?.met ?? 0, value: day?.value ?? null, windowValue: day?.windowValue ?? null };
}

function sameNumber(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12;
}

function sameFigures(a: DayFigures, b: DayFigures): boolean {
  return a.count === b.count && a.met === b.met && sameNumber(a.value, b.value) && sameNumber(a.windowValue, b.windowValue);
}

/**
 * For every standard whose calendar or exclusions the proposal changes: the published days whose figures it
 * alters (count, met, the day's value and its window value), as base and proposal compute them.
 */
export async function publishedChanges(input: PublishedChangesInput): Promise<PublishedChange[]> {
  const candidates = historyChangeCandidates(input.base, input.proposed);
  if (candidates.length === 0) return [];
  const ids = candidates.map((c) => c.id);
  const model = mergedModel(input.base, input.proposed, ids);
  const originals = new Map<string, { side: Side; standard: StandardDefinition }>();
  for (const side of ['base', 'proposed'] as const) {
    for (const id of ids) originals.set(prefixed(side, id), { side, standard: (side === 'base' ? input.base : input.proposed).standards.find((s) => s.id === id)! });
  }
  const versionsOf = input.versionsOf;
  const report = await evaluateStandards({
    model,
    tickets: input.tickets,
    now: input.now,
    clockFor: input.clockFor,
    ...(versionsOf ? {
      versionsOf: (merged: StandardDefinition) => {
        const { side, standard } = originals.get(merged.id)!;
        // The versions' own definitions name the calendar by its id on that side: point them at the merged copy.
        return versionsOf(side, standard).map((v) => ({ ...v, definition: { ...v.definition, id: merged.id, calendar: v.definition.calendar === null ? null : prefixed(side, v.definition.calendar) } }));
      },
    } : {}),
  });
  const byId = new Map(report.standards.map((s) => [s.id, s]));
  return candidates.map((candidate) => ({
    id: candidate.id,
    reasons: candidate.reasons,
    days: changedPublishedDays(byId.get(prefixed('base', candidate.id))!, byId.get(prefixed('proposed', candidate.id))!),
  }));
}

/**
 * The published days (every series day but the last, which is today) whose figures differ between two
 * evaluations of one standard, oldest first. The pull-request review calls it on the standards it replays.
 */
export function changedPublishedDays(before: Pick<Report['standards'][number], 'series'>, after: Pick<Report['standards'][number], 'series'>): PublishedDayChange[] {
  const baseByDate = new Map(before.series.map((d) => [d.date, d]));
  const days: PublishedDayChange[] = [];
  for (const day of after.series.slice(0, -1)) {
    const b = figures(baseByDate.get(day.date));
    const p = figures(day);
    if (!sameFigures(b, p)) days.push({ date: day.date, base: b, proposed: p });
  }
  return days;
}
