// A document's versions as git gives them (standard-history.ts reads them), made into the steps its rules then
// date: consecutive versions that judge alike are one step, which keeps the later text (a title edit after a
// threshold change is shown under the threshold change's commit), and the working copy is a step of its own
// only when it judges differently from the last commit. Standards and Calendars each date their steps by their
// own rules (standard-versions.ts, calendar-versions.ts).

/** One committed version of a document's file, as read from git (standard-history.ts). */
export interface CommittedDocument<D> {
  commit: string;
  /** ISO 8601 committer date. */
  committedAt: string;
  definition: D;
}

/** A version that judges differently from the one before; `commit` null for the uncommitted working copy. */
export interface HistoryStep<D, Uncommitted> {
  definition: D;
  commit: string | null;
  /** The commit's ISO 8601 date, or what the caller gives the working copy for one. */
  committedAt: string | Uncommitted;
}

/** The steps of `committed` (oldest first) then the working copy, two versions with one `judgingKey` being one. */
export const historySteps = (function historySteps<D, Uncommitted>(
  working: D,
  committed: readonly CommittedDocument<D>[],
  judgingKey: (definition: D) => string,
  uncommittedAt: Uncommitted,
): HistoryStep<D, Uncommitted>[] {
  const steps: HistoryStep<D, Uncommitted>[] = [];
  for (const c of committed) {
    const last = steps[steps.length - 1];
    if (last !== undefined && judgingKey(last.definition) === judgingKey(c.definition)) last.definition = c.definition;
    else steps.push({ definition: c.definition, commit: c.commit, committedAt: c.committedAt });
  }
  const last = steps[steps.length - 1];
  if (last !== undefined && judgingKey(last.definition) === judgingKey(working)) last.definition = working;
  else steps.push({ definition: working, commit: null, committedAt: uncommittedAt });
  return steps;
});
