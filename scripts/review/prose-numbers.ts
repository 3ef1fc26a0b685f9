// Where the words and the numbers of a document disagree: a Standard whose title promises "one hour" while its
// threshold is 45m, or "95%" while its objective is 97%; an SOP step that allows 2h for the first reply while a
// standard it serves promises 1h. Heuristic by nature, so these are warnings for a person to judge.

import { formatDuration, formatPercentage } from '../model/values.ts';
import type { SopDefinition, StandardDefinition } from '../model/model.ts';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'twenty-four': 24, thirty: 30, 'forty-five': 45, forty: 40,
  sixty: 60, ninety: 90, hundred: 100, 'a hundred': 100,
};
const NUMBER = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}|half an?)`;
const UNIT_MINUTES: Record<string, number> = { m: 1, min: 1, minute: 1, h: 60, hr: 60, hour: 60, d: 1440, day: 1440, w: 10080, week: 10080 };

const SPELLED_DURATION = new RegExp(`\\b${NUMBER}[\\s-]+(?:business[\\s-]+|working[\\s-]+)?(minutes?|mins?|hours?|hrs?|days?|weeks?)\\b`, 'gi');
const COMPACT_DURATION = /\b(\d+)(m|h|d|w)\b/g;
const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|percent\b)/gi;
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
  for (const m of text.matchAll(PERCENT)) found.push({ words: m[0], fraction: Number(m[1]) / 100 });
  for (const m of text.matchAll(SHARE)) {
    const of = numberOf(m[2]!);
    if (of > 0) found.push({ words: m[0], fraction: numberOf(m[1]!) / of });
  }
  return found;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/**
 * Sentences for each place the title or description contradicts the numbers. `changed` says whether the
 * numbers changed in this pull request (the prose then "still" says the old thing).
 */
export function proseNumberConflicts(standard: StandardDefinition, changed: boolean): string[] {
  const conflicts: string[] = [];
  const still = changed ? 'still ' : '';
  const now = changed ? 'now ' : '';
  for (const [label, text] of [['title', standard.title], ['description', standard.description]] as const) {
    if (!text) continue;
    if (standard.thresholdMinutes !== null) {
      const durations = durationsIn(text);
      if (durations.length && !durations.some((d) => close(d.minutes, standard.thresholdMinutes!))) {
        const said = durations[0]!;
        conflicts.push(`the ${label} ${still}says "${said.words}" (${formatDuration(said.minutes)}) but the threshold is ${now}${formatDuration(standard.thresholdMinutes)}`);
      }
    }
    const goal = standard.objective ?? (standard.metric !== 'nps' ? standard.target?.value ?? null : null);
    if (goal !== null) {
      const shares = sharesIn(text);
      if (shares.length && !shares.some((s) => close(s.fraction, goal))) {
        const said = shares[0]!;
        const name = standard.objective !== null ? 'objective' : 'target';
        conflicts.push(`the ${label} ${still}says "${said.words}" (${formatPercentage(said.fraction, 2)}) but the ${name} is ${now}${formatPercentage(goal, 2)}`);
      }
    }
  }
  return conflicts;
}

/** Which step of an SOP a duration metric's promise is about: the first step (with a timeline) named for it. */
const STEP_OF_METRIC: Partial<Record<StandardDefinition['metric'], { pattern: RegExp; promise: string }>> = {
  first_response_time: { pattern: /acknowledg|first[\s-](reply|response)|\brespond|\breply/i, promise: 'a first reply' },
  next_reply_time: { pattern: /follow[\s-]?up|next[\s-]reply|update/i, promise: 'the next reply' },
  full_resolution_time: { pattern: /resolv|\bsolve|outcome/i, promise: 'a resolution' },
};

/** Steps whose `within` allows longer than a standard the SOP serves promises. */
export function looserSteps(sop: SopDefinition, standards: readonly StandardDefinition[]): { step: string; standard: string; message: string }[] {
  const messages: { step: string; standard: string; message: string }[] = [];
  for (const id of sop.serves) {
    const standard = standards.find((s) => s.id === id);
    if (!standard || standard.thresholdMinutes === null) continue;
    const match = STEP_OF_METRIC[standard.metric];
    if (!match) continue;
    const index = sop.steps.findIndex((s) => s.withinMinutes !== null && match.pattern.test(`${s.id} ${s.title}`));
    if (index < 0) continue;
    const step = sop.steps[index]!;
    if (step.withinMinutes! > standard.thresholdMinutes) {
      messages.push({ step: step.id, standard: standard.id, message: `step ${index + 1} "${step.title}" allows ${formatDuration(step.withinMinutes!)}, but Standard ${standard.id}, which this SOP serves, promises ${match.promise} within ${formatDuration(standard.thresholdMinutes)}${standard.calendar ? ' (business hours)' : ''}` });
    }
  }
  return messages;
}
