// What an SOP must keep: the promise of each step that says which standard it keeps, and the changelog entries
// it has already published. Pure functions over definitions; the validate rules (rules.ts) add the places, the
// review (review/compare.ts) shows the same verdicts beside each changed standard and SOP.

import { formatDuration } from './values.ts';
import type { MetricId } from './metric-catalogue.ts';
import type { SopDefinition, SopStep, StandardDefinition, StepClock } from './model.ts';

/** What a step's `within` is compared with, by the kept standard's metric. */
export const STEP_PROMISES: Partial<Record<MetricId, string>> = {
  first_response_time: 'a first reply',
  next_reply_time: 'a reply to each customer message',
  full_resolution_time: 'a solve',
};

export type PromiseProblem =
  | { kind: 'not-served' }
  | { kind: 'not-a-time-promise' }
  | { kind: 'no-within' }
  | { kind: 'clock-mismatch' }
  | { kind: 'longer' };

/** The clock a standard counts on: business hours of its calendar, or every hour without one. */
export function standardClock(standard: StandardDefinition): StepClock {
  return standard.calendar ? 'business' : '24/7';
}

/** `1h (24/7)`, `4h (business hours, emea-business-hours)`. */
export function onClock(minutes: number, clock: StepClock, calendar: string | null = null): string {
  return `${formatDuration(minutes)} (${clock === '24/7' ? '24/7' : `business hours${calendar ? `, ${calendar}` : ''}`})`;
}

/**
 * Why `step` does not keep `standard`, or null when it does. Same clock: `within` must not exceed the threshold.
 * A 24/7 step against a business-hours standard is compared the same way, because a span of wall-clock time holds
 * at most as many business hours as its length. A business-hours step against a 24/7 standard can never be shown
 * to keep it: one business hour can take a night or a weekend.
 */
export function stepPromiseProblem(sop: SopDefinition, step: SopStep, standard: StandardDefinition): PromiseProblem | null {
  if (!sop.serves.includes(standard.id)) return { kind: 'not-served' };
  if (!STEP_PROMISES[standard.metric] || standard.thresholdMinutes === null) return { kind: 'not-a-time-promise' };
  if (step.withinMinutes === null) return { kind: 'no-within' };
  if (step.clock === 'business' && standardClock(standard) === '24/7') return { kind: 'clock-mismatch' };
  if (step.withinMinutes > standard.thresholdMinutes) return { kind: 'longer' };
  return null;
}

/** The problem in one clause that starts after the step's name; `place` (`file:line`) follows the standard's name. */
export function describePromiseProblem(problem: PromiseProblem, sop: SopDefinition, step: SopStep, standard: StandardDefinition, place: string | null = null): string {
  const promise = STEP_PROMISES[standard.metric];
  const named = `Standard ${standard.id}${place ? ` (${place})` : ''}`;
  const threshold = standard.thresholdMinutes;
  const standardTime = threshold === null ? '' : onClock(threshold, standardClock(standard), standard.calendar);
  switch (problem.kind) {
    case 'not-served':
      return `keeps ${named}, which this SOP does not serve: add ${standard.id} to serves, or keep one of the standards it serves (${sop.serves.join(', ') || 'none yet'})`;
    case 'not-a-time-promise':
      return `keeps ${named}, whose metric ${standard.metric} has no time a step can be held to: a step keeps a ${Object.keys(STEP_PROMISES).join(', ')} standard`;
    case 'no-within':
      return `keeps ${named} but has no within: give the step a timeline of at most ${standardTime}`;
    case 'clock-mismatch':
      return `counts business hours (clock: business) but keeps ${named}, which promises ${promise} within ${standardTime}: a business hour can take a night or a weekend, so write within on the 24/7 clock (clock: 24/7) at ${formatDuration(threshold!)} or less`;
    case 'longer':
      return `allows ${onClock(step.withinMinutes!, step.clock)} but keeps ${named}, which promises ${promise} within ${standardTime}: set within to ${formatDuration(threshold!)} or less, or keep a standard with a longer threshold`;
  }
}

/** The same verdict in a few words, for the review's list of steps that keep a standard. */
export function promiseProblemInBrief(problem: PromiseProblem, step: SopStep, standard: StandardDefinition): string {
  switch (problem.kind) {
    case 'not-served': return `${standard.id} is not in the SOP's serves`;
    case 'not-a-time-promise': return `${standard.metric} has no time to keep`;
    case 'no-within': return 'the step has no within';
    case 'clock-mismatch': return 'business hours against a 24/7 standard';
    case 'longer': return `allows ${formatDuration(step.withinMinutes!)}, longer than ${formatDuration(standard.thresholdMinutes!)}`;
  }
}

export interface ChangelogEntry { version: number; date: string; summary: string }

export interface ChangelogEdit {
  version: number;
  change: 'removed' | 'changed';
  /** Index of the entry on the proposed side when changed. */
  index: number | null;
  /** The entry as published. */
  published: ChangelogEntry;
}

/**
 * Published changelog entries are history: every entry the base side has must be on the proposed side as it was.
 * Only entries for versions the base does not have (the new version's) are the pull request's to write.
 */
export function publishedChangelogEdits(base: readonly ChangelogEntry[], head: readonly ChangelogEntry[]): ChangelogEdit[] {
  const edits: ChangelogEdit[] = [];
  for (const published of base) {
    const index = head.findIndex((e) => e.version === published.version);
    if (index < 0) edits.push({ version: published.version, change: 'removed', index: null, published });
    else if (head[index]!.date !== published.date || head[index]!.summary !== published.summary) edits.push({ version: published.version, change: 'changed', index, published });
  }
  return edits;
}

/** A changelog read from a document's raw data (the base side's), or null when it is not one. */
export function changelogOf(data: unknown): ChangelogEntry[] | null {
  const list = (data as { changelog?: unknown } | null)?.changelog;
  if (!Array.isArray(list)) return null;
  const entries: ChangelogEntry[] = [];
  for (const item of list) {
    const e = item as Partial<ChangelogEntry> | null;
    if (!e || typeof e.version !== 'number' || typeof e.date !== 'string' || typeof e.summary !== 'string') return null;
    entries.push({ version: e.version, date: e.date, summary: e.summary });
  }
  return entries;
}
