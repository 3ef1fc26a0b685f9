// The SOP part of the semantic diff: steps added, removed, moved and changed (a moved step is judged on the order
// of the steps both versions share); the steps that keep a standard and whether they still fit it (the verdict
// `validate` gives, from model/sop-checks.ts); and edits to changelog entries already published. Pure.

import type { SopDefinition, SopStep, StandardDefinition } from '../model/model.ts';
import {
  describePromiseProblem, promiseProblemInBrief, publishedChangelogEdits, standardClock, stepPromiseProblem,
} from '../model/sop-checks.ts';
import { formatDuration } from '../model/values.ts';
import { proseChange, wordDiff } from './prose-diff.ts';
import type { KeptStep, ReviewNote, SopStepChange } from './review-data.ts';

export function stepChanges(before: readonly SopStep[], after: readonly SopStep[]): SopStepChange[] {
  const changes: SopStepChange[] = [];
  const oldIndex = new Map(before.map((s, i) => [s.id, i]));
  const newIds = new Set(after.map((s) => s.id));
  before.forEach((s, i) => {
    if (!newIds.has(s.id)) changes.push({ kind: 'step-removed', step: s.id, title: s.title, position: i + 1 });
  });
  // Moves are judged on the order of the steps both versions share, so one insertion does not "move" the rest.
  const keptOld = before.filter((s) => newIds.has(s.id)).map((s) => s.id);
  const keptNew = after.filter((s) => oldIndex.has(s.id)).map((s) => s.id);
  after.forEach((s, position) => {
    const i = oldIndex.get(s.id);
    if (i === undefined) {
      changes.push({ kind: 'step-added', step: s.id, title: s.title, position: position + 1, within: s.withinText, role: s.role, keeps: s.keeps?.standard ?? null });
      return;
    }
    if (keptOld.indexOf(s.id) !== keptNew.indexOf(s.id)) changes.push({ kind: 'step-moved', step: s.id, title: s.title, from: i + 1, to: position + 1 });
    const old = before[i]!;
    const fields = [
      ['title', old.title, s.title],
      ['within', old.withinText, s.withinText],
      ['clock', old.clock, s.clock],
      ['keeps', old.keeps?.standard ?? null, s.keeps?.standard ?? null],
      ['role', old.role, s.role],
      ['instructions', old.instructions, s.instructions],
    ] as const;
    for (const [field, x, y] of fields) {
      if (x === y) continue;
      const prose = x !== null && y !== null
        ? field === 'instructions' ? proseChange(x, y) : field === 'title' ? { words: wordDiff(x, y), hunks: null } : null
        : null;
      changes.push({ kind: 'step-changed', step: s.id, title: s.title, field, before: x, after: y, words: prose?.words ?? null, hunks: prose?.hunks ?? null });
    }
  });
  return changes;
}

function keptStep(sop: SopDefinition, step: SopStep, position: number, standards: readonly StandardDefinition[]): KeptStep {
  const id = step.keeps!.standard;
  const standard = standards.find((s) => s.id === id) ?? null;
  const problem = standard ? stepPromiseProblem(sop, step, standard) : null;
  return {
    sop: sop.id, file: sop.origin.file, step: step.id, title: step.title, position, within: step.withinText, clock: step.clock,
    standard: id,
    threshold: standard?.thresholdMinutes != null ? formatDuration(standard.thresholdMinutes) : null,
    standardClock: standard ? standardClock(standard) : '24/7',
    calendar: standard?.calendar ?? null,
    fits: standard !== null && problem === null,
    problem: !standard ? `Standard ${id} does not exist` : problem ? promiseProblemInBrief(problem, step, standard) : null,
  };
}

/** The steps of `sop` that keep a standard. */
export function keptSteps(sop: SopDefinition, standards: readonly StandardDefinition[]): KeptStep[] {
  return sop.steps.flatMap((step, i) => (step.keeps ? [keptStep(sop, step, i + 1, standards)] : []));
}

/** Every step of every SOP that keeps the standard `id`. */
export function stepsKeeping(id: string, sops: readonly SopDefinition[], standards: readonly StandardDefinition[]): KeptStep[] {
  return sops.flatMap((sop) => keptSteps(sop, standards).filter((k) => k.standard === id));
}

/** Published changelog entries this pull request edits or removes: history, so errors. */
export function changelogNotes(before: SopDefinition, after: SopDefinition, file: string): ReviewNote[] {
  return publishedChangelogEdits(before.changelog, after.changelog).map((edit) => ({
    severity: 'error' as const, file, subject: `SOP ${after.id}`, rule: 'changelog' as const,
    message: edit.change === 'removed'
      ? `the changelog entry for version ${edit.version} (${edit.published.date}) is removed: published entries are history; put it back as it was`
      : `the changelog entry for version ${edit.version} (${edit.published.date}) is edited: published entries are history; restore it and say what was wrong in the new version's entry`,
  }));
}

/**
 * An error for each step among `kept` that does not fit the standard it keeps: what `validate` says, placed on
 * the SOP, so the reviewer reads it first even when only the standard changed.
 */
export function promiseNotes(kept: readonly KeptStep[], sops: readonly SopDefinition[], standards: readonly StandardDefinition[]): ReviewNote[] {
  const seen = new Set<string>();
  const notes: ReviewNote[] = [];
  for (const k of kept) {
    const key = `${k.sop}/${k.step}`;
    if (k.fits || seen.has(key)) continue;
    seen.add(key);
    const sop = sops.find((s) => s.id === k.sop);
    const step = sop?.steps.find((s) => s.id === k.step);
    const standard = standards.find((s) => s.id === k.standard);
    const problem = sop && step && standard ? stepPromiseProblem(sop, step, standard) : null;
    const message = problem ? describePromiseProblem(problem, sop!, step!, standard!, standard!.origin.file) : `keeps Standard ${k.standard}, which does not exist: name a standard the SOP serves`;
    notes.push({ severity: 'error', file: k.file, subject: `SOP ${k.sop}`, rule: 'step-promise', message: `step ${k.position} "${k.step}" ${message}` });
  }
  return notes;
}
