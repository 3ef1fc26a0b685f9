// Which version of a Standard judged which measurement: the versions of each standard, oldest first, with
// the local date from which each one judges. Pure: the git history arrives as data (standard-history.ts
// reads it), so the engine, the pull-request review and tests can all build versions the same way.
//
// The rules (the methodology page repeats them):
// - A standard whose document lists `versions` has exactly those goals, each from its `effective` date, then
//   the document's own goal from its `effective`; git history is not read.
// - Otherwise the versions are the file's committed versions, oldest first, then the working copy when it
//   differs from the last commit. Only changes to what judges a measurement start a version: metric, scope,
//   threshold, objective, target, calendar, pause statuses, scorecard and effective date (a title or rationale
//   edit does not).
// - A version takes effect on its `effective` date, but a version after the first never before the local date
//   of its commit on the branch (the day it reached it: git-history.ts dates a merged pull request by its merge
//   commit): a change never repaints what an earlier version already judged. (An uncommitted working copy
//   takes effect on its `effective` date, so a what-if on a laptop or in a pull request shows its effect.)
// - A version superseded before it took effect never judged anything and is left out; the first remaining
//   version judges from its own `effective` date.

import { DateTime } from 'luxon';
import { historySteps, type CommittedDocument, type HistoryStep } from './history-steps.ts';
import type { StandardDefinition, StandardVersion, StandardsModel } from './model.ts';

/** One committed version of a Standard's file, as read from git (standard-history.ts). */
export type CommittedStandard = CommittedDocument<StandardDefinition>;

/** The versions of a standard from its own `versions` list (or just itself without one). */
export function documentVersions(standard: StandardDefinition): StandardVersion[] {
  const goals = standard.priorGoals ?? [];
  const versions: StandardVersion[] = goals.map((goal) => ({
    version: goal.effective,
    from: goal.effective,
    definition: {
      ...standard,
      thresholdMinutes: goal.thresholdMinutes ?? standard.thresholdMinutes,
      objective: goal.objective ?? standard.objective,
      target: goal.target ?? standard.target,
      effective: goal.effective,
      priorGoals: [],
    },
  }));
  versions.push({ version: standard.effective, from: standard.effective, definition: standard });
  return versions;
}

/** What decides how a measurement is made and judged: two versions with the same key are one version. */
export const judgingKey = (function judgingKey(standard: StandardDefinition): string {
  return JSON.stringify([
    standard.metric, standard.scope, standard.thresholdMinutes, standard.objective, standard.target, standard.calendar,
    standard.pauseStatuses, standard.scorecard, standard.effective,
  ]);
});

/**
 * The versions of `standard` (the working copy) given its file's committed versions, oldest first. `zone` is
 * the standard's time zone, in which a commit instant becomes a local date.
 */
export const versionsFromHistory = (function versionsFromHistory(standard: StandardDefinition, committed: readonly CommittedStandard[], zone: string): StandardVersion[] {
  if ((standard.priorGoals ?? []).length > 0) return documentVersions(standard);
  type Step = HistoryStep<StandardDefinition, null>;
  const steps = historySteps(standard, committed, judgingKey, null);

  const fromOf = (step: Step, first: boolean): string => {
    if (first || step.committedAt === null) return step.definition.effective;
    const committedDay = DateTime.fromISO(step.committedAt, { zone }).toISODate() ?? step.definition.effective;
    return committedDay > step.definition.effective ? committedDay : step.definition.effective;
  };
  const kept: Array<{ step: Step; from: string }> = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const from = fromOf(steps[i]!, i === 0);
    if (kept.length === 0 || from < kept[0]!.from) kept.unshift({ step: steps[i]!, from });
  }
  kept[0]!.from = kept[0]!.step.definition.effective < kept[0]!.from ? kept[0]!.step.definition.effective : kept[0]!.from;
  return kept.map(({ step, from }) => ({
    version: step.commit === null ? (kept.length === 1 ? from : `${from} (uncommitted)`) : `${from} (${step.commit.slice(0, 7)})`,
    from,
    definition: step.definition,
  }));
});

/** The time zone a standard's days are counted in: its calendar's, UTC without one. */
export const zoneOfStandard = (function zoneOfStandard(standard: StandardDefinition, model: Pick<StandardsModel, 'calendars'>): string {
  if (standard.calendar === null) return 'UTC';
  return model.calendars.find((c) => c.id === standard.calendar)?.timezone ?? 'UTC';
});

/**
 * `versionsOf` for the engine from every standard file's committed versions (keyed by `origin.file`): a
 * standard without history gets its document versions.
 */
export const versionsOfModel = (function versionsOfModel(
  model: Pick<StandardsModel, 'calendars'>,
  committedByFile: ReadonlyMap<string, readonly CommittedStandard[]>,
): (standard: StandardDefinition) => StandardVersion[] {
  return (standard) => {
    const committed = (committedByFile.get(standard.origin.file) ?? []).filter((c) => c.definition.id === standard.id);
    return versionsFromHistory(standard, committed, zoneOfStandard(standard, model));
  };
});
