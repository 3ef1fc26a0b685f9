// Where the words and the numbers of a document disagree, in every prose field: a Standard whose title promises
// "one hour" while its threshold is 45m, or whose rationale says "within 30 minutes" beside a 45m threshold; an SOP
// step titled "reply within two hours" that allows 1h; and, when this pull request changes a number, prose that
// still says the old one. Heuristic by nature, so these are warnings for a person to judge.

import { formatDuration, formatPercentage } from '../model/values.ts';
import type { SopDefinition, SopStep, StandardDefinition } from '../model/model.ts';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'twenty-four': 24, thirty: 30, 'forty-five': 45, forty: 40,
  sixty: 60, ninety: 90, hundred: 100, 'a hundred': 100,
};
const NUMBER = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}|half an?)`;
const UNIT_MINUTES: Record<string, number> = { m: 1, min: 1, minute: 1, h: 60, hr: 60, hour: 60, d: 1440, day: 1440, w: 10080, week: 10080 };

const SPELLED_DURATION = new RegExp(`\\b${NUMBER}[\\s-]+(?:business[\\s-]+|working[\\s-]+)?(minutes?|mins?|hours?|hrs?|days?|weeks?)\\b`, 'gi');
const COMPACT_DURATION = /\b(\d+)(m|h|d|w)\b/g;
const PERCENT = new RegExp(`(\\d+(?:\\.\\d+)?|\\b${NUMBER})\\s*(?:%|per\\s?cent\\b)`, 'gi');
const SHARE = new RegExp(`\\b${NUMBER}\\s+(?:in|out of)\\s+(ten|a hundred|hundred|\\d+)\\b`, 'gi');

function numberOf(text: string): number {
  const lower = text.toLowerCase();
  if (lower.startsWith('half')) return 0.5;
  return NUMBER_WORDS[lower] ?? Number(lower);
}

/** Durations written in prose, in minutes, with the words that said them. */
export function durationsIn(text: string): { words: string; minutes: number }[] {
  const found: { words: string; minutes: number }[] = [];
  for (const m of text.matchAll(SPELLED_DURATION)) {
    const unit = m[2]!.toLowerCase().replace(/s$/, '').replace(/^mins?$/, 'min').replace(/^hrs?$/, 'hr');
    found.push({ words: m[0], minutes: numberOf(m[1]!) * (UNIT_MINUTES[unit] ?? 0) });
  }
  for (const m of text.matchAll(COMPACT_DURATION)) found.push({ words: m[0], minutes: Number(m[1]) * UNIT_MINUTES[m[2]!]! });
  return found;
}

/** Shares written in prose (`95%`, `nine in ten`), as fractions. */
export function sharesIn(text: string): { words: string; fraction: number }[] {
  const found: { words: string; fraction: number }[] = [];
  for (const m of text.matchAll(PERCENT)) found.push({ words: m[0], fraction: numberOf(m[1]!) / 100 });
  for (const m of text.matchAll(SHARE)) {
    const of = numberOf(m[2]!);
    if (of > 0) found.push({ words: m[0], fraction: numberOf(m[1]!) / of });
  }
  return found;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** A duration stated as a promise: "within 30 minutes", "in under an hour", "no more than 2 days". */
const PROMISE = /\b(?:within|in under|under|no (?:more|longer|later) than|at most|in less than)\s+$/i;

/** Durations in `text` said as a promise (the words just before them). */
function promisedDurations(text: string): { words: string; minutes: number }[] {
  return durationsIn(text).filter((d) => {
    const at = text.indexOf(d.words);
    return at >= 0 && PROMISE.test(text.slice(Math.max(0, at - 20), at));
  });
}

type Prose = [label: string, text: string | null, promiseOnly: boolean];

function standardProse(s: StandardDefinition): Prose[] {
  // A rationale tells history ("brought from 4h to 1h"): only what it states as the promise is held to the number.
  return [['title', s.title, false], ['description', s.description, false], ['rationale', s.rationale, true]];
}

const goalOf = (s: StandardDefinition) => s.objective ?? (s.metric !== 'nps' ? s.target?.value ?? null : null);

/**
 * Sentences for each prose field of a Standard that contradicts its numbers. With `before` (the base side), a
 * field that still states the number this pull request changed is named too ("still says").
 */
export function standardProseConflicts(standard: StandardDefinition, before: StandardDefinition | null = null): string[] {
  const conflicts: string[] = [];
  const thresholdChanged = before !== null && before.thresholdMinutes !== standard.thresholdMinutes;
  const goal = goalOf(standard);
  const oldGoal = before ? goalOf(before) : null;
  const goalChanged = before !== null && oldGoal !== goal;
  const still = (changed: boolean) => (changed ? 'still ' : '');
  const now = (changed: boolean) => (changed ? 'now ' : '');
  for (const [label, text, promiseOnly] of standardProse(standard)) {
    if (!text) continue;
    if (standard.thresholdMinutes !== null) {
      const said = (promiseOnly ? promisedDurations(text) : durationsIn(text));
      const stale = thresholdChanged && before!.thresholdMinutes !== null ? durationsIn(text).find((d) => close(d.minutes, before!.thresholdMinutes!)) : undefined;
      const wrong = said.length && !said.some((d) => close(d.minutes, standard.thresholdMinutes!)) ? said[0] : stale && !durationsIn(text).some((d) => close(d.minutes, standard.thresholdMinutes!)) ? stale : undefined;
      if (wrong) conflicts.push(`the ${label} ${still(thresholdChanged)}says "${wrong.words}" (${formatDuration(wrong.minutes)}) but the threshold is ${now(thresholdChanged)}${formatDuration(standard.thresholdMinutes)}`);
    }
    if (goal !== null) {
      const shares = sharesIn(text);
      const stale = goalChanged && oldGoal !== null ? shares.find((x) => close(x.fraction, oldGoal)) : undefined;
      const said = promiseOnly ? [] : shares;
      const wrong = said.length && !said.some((x) => close(x.fraction, goal)) ? said[0] : stale && !shares.some((x) => close(x.fraction, goal)) ? stale : undefined;
      if (wrong) {
        const name = standard.objective !== null ? 'objective' : 'target';
        conflicts.push(`the ${label} ${still(goalChanged)}says "${wrong.words}" (${formatPercentage(wrong.fraction, 2)}) but the ${name} is ${now(goalChanged)}${formatPercentage(goal, 2)}`);
      }
    }
  }
  return conflicts;
}

/**
 * Sentences for each prose field of an SOP that contradicts its numbers: a step whose title states another time
 * than its `within`; and, with `before`, a step's title or instructions (or the summary) that still state the
 * `within` this pull request changed.
 */
export function sopProseConflicts(sop: SopDefinition, before: SopDefinition | null = null): string[] {
  const conflicts: string[] = [];
  const old = new Map((before?.steps ?? []).map((s) => [s.id, s]));
  const changedSteps: { step: SopStep; was: number }[] = [];
  sop.steps.forEach((step, i) => {
    const name = `step ${i + 1} "${step.id}"`;
    const was = old.get(step.id)?.withinMinutes ?? null;
    const changed = was !== null && step.withinMinutes !== null && was !== step.withinMinutes;
    if (changed) changedSteps.push({ step, was: was! });
    if (step.withinMinutes === null) return;
    const inTitle = durationsIn(step.title);
    if (inTitle.length && !inTitle.some((d) => close(d.minutes, step.withinMinutes!))) {
      conflicts.push(`${name}: the title ${changed ? 'still ' : ''}says "${inTitle[0]!.words}" (${formatDuration(inTitle[0]!.minutes)}) but within is ${changed ? 'now ' : ''}${step.withinText}`);
      return;
    }
    if (!changed) return;
    const stale = durationsIn(step.instructions).find((d) => close(d.minutes, was!));
    if (stale && !durationsIn(step.instructions).some((d) => close(d.minutes, step.withinMinutes!))) {
      conflicts.push(`${name}: the instructions still say "${stale.words}" (${formatDuration(stale.minutes)}) but within is now ${step.withinText}`);
    }
  });
  if (sop.summary) {
    const current = new Set(sop.steps.map((s) => s.withinMinutes).filter((m): m is number => m !== null));
    for (const { step, was } of changedSteps) {
      const stale = durationsIn(sop.summary).find((d) => close(d.minutes, was) && !current.has(d.minutes));
      if (stale) conflicts.push(`the summary still says "${stale.words}" (${formatDuration(stale.minutes)}), the within step "${step.id}" had before; it is now ${step.withinText}`);
    }
  }
  return conflicts;
}
