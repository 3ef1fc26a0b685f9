// Puts a review together: the semantic diff of the two sides, the changes that alter figures already published,
// the replay (or why there is none), and the owners whose approval GitHub will ask for. Pure: the command
// (commands/review.ts) reads git, the files and the store.

import type { ClockFor } from '../engine/evaluate.ts';
import { codeownersEntries, ownersMatcher } from '../publish/codeowners.ts';
import type { StandardsModel } from '../model/model.ts';
import { approvalGroups } from './approvals.ts';
import { compareSides, type ReviewSide } from './compare.ts';
import { replayPairs, replayStandards, type ReplayPeople, type ReplayTickets } from './replay.ts';
import { REVIEW_SCHEMA_VERSION, type ApprovalOwners, type Review, type ReviewNote, type Replay } from './review-data.ts';
import { NO_HISTORY, pastChanges, reviewVersions, type CommittedDocuments, type PastChange } from './review-history.ts';

export interface ReviewTickets {
  /** Raw (`store.tickets()`), or day by day through the facts cache beside the store (replay.ts `StoredDays`). */
  tickets: ReplayTickets;
  /** Where they came from, in words: `the standards-data branch`, `data/`. */
  store: string;
  /** The store's QA reviews and SOP acknowledgements and the SOP publications, as `evaluate` reads them (replay.ts). */
  people?: ReplayPeople;
}

export interface BuildReviewInput {
  baseRef: string;
  base: ReviewSide;
  head: ReviewSide;
  now: Date;
  clockFor: ClockFor;
  /** Null: no store; `noStoreReason` says why. */
  tickets: ReviewTickets | null;
  noStoreReason?: string;
  /**
   * The base's committed Standard and Calendar versions as of the base commit (standard-history.ts), so each
   * side judges by the versions in force as `evaluate` does. Default: none (each document as it is).
   */
  history?: CommittedDocuments;
  /**
   * Where the clone's history starts when it is shallow (standard-history.ts `shallowHistoryStart`: the cut's
   * commit date), or null: every version committed before it is missing, so the replay says so in a note.
   */
  historyCut?: string | null;
  /**
   * What the base is when the base ref has moved on since the branch forked (git-tree.ts `resolveReviewBase`: its tip,
   * or the merge base N commits behind it), first among the replay's notes; null or absent when the tip is the fork.
   */
  baseNote?: string | null;
}

/** The replay's note when the clone is shallow: which history is cut, what it does to the figures, and the fix. */
export function historyCutNote(cut: string): string {
  return `The clone's history is cut at ${cut} (a shallow clone): the versions of each standard and calendar committed before it are missing, so the oldest one there judges as if it were the first and the base side may not show the published figures; in Actions, give actions/checkout \`fetch-depth: 0\`; locally, run \`git fetch --unshallow\`.`;
}

export const NO_STORE_REASON = 'No ticket store was found (no --store, no store folder with tickets, no standards-data branch), so nothing was replayed. The semantic diff below is complete.';

export async function buildReview(input: BuildReviewInput): Promise<Review> {
  const { base, head } = input;
  const first = compareSides(base, head);
  const renamedFrom = new Map(first.changes.filter((c) => c.kind === 'Standard' && c.previousId).map((c) => [c.id, c.previousId!]));

  let replay: Replay;
  let affected = new Map<string, string[]>();
  let past: ReviewNote[] = [];
  if (!base.model || !head.model) {
    replay = { state: 'skipped', reason: `The ${!head.model ? 'proposed' : 'base'} documents have errors, so the standards cannot be replayed${!head.model ? ': fix what `standards validate` reports' : ''}. The semantic diff below is still complete.` };
  } else {
    const versions = reviewVersions(base.model, head.model, input.history ?? NO_HISTORY, input.now, renamedFrom);
    const changes = pastChanges(versions, input.now);
    const pairs = replayPairs(base.model, head.model, renamedFrom);
    affected = new Map(pairs.filter((p) => p.change === 'affected').map((p) => [p.id, p.reasons]));
    if (pairs.length === 0) {
      replay = { state: 'skipped', reason: 'No standard is added or measured differently, so there is nothing to replay.' };
    } else if (!input.tickets) {
      replay = { state: 'skipped', reason: input.noStoreReason ?? NO_STORE_REASON };
    } else {
      const outcome = await replayStandards({ versions, tickets: input.tickets.tickets, now: input.now, clockFor: input.clockFor, renamedFrom, pastChanges: changes, ...(input.tickets.people ? { people: input.tickets.people } : {}) });
      const notes = [...(input.baseNote ? [input.baseNote] : []), ...(input.historyCut ? [historyCutNote(input.historyCut)] : []), ...outcome.notes];
      replay = { state: 'replayed', now: input.now.toISOString(), store: input.tickets.store, tickets: outcome.tickets, standards: outcome.standards, notes, published: outcome.published };
    }
    past = pastChangeNotes(changes, head.model, replay.state === 'replayed');
  }
  const comparison = affected.size ? compareSides(base, head, { affected }) : first;
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    baseRef: input.baseRef,
    files: comparison.files,
    changes: comparison.changes,
    affected: comparison.affected,
    notes: [...comparison.notes, ...past],
    replay,
    approvals: approvalsOf(base, head, comparison.files),
  };
}

const list = (ids: readonly string[]) => (ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more`);

/**
 * A change that alters figures already published is named as such, on the file that makes it: the calendar
 * whose change reaches back (`appliesFrom`), the pipeline whose exclusion period lies before now.
 */
function pastChangeNotes(changes: readonly PastChange[], head: StandardsModel, replayed: boolean): ReviewNote[] {
  const where = replayed ? 'the days and figures are listed under "Published figures that change"' : 'a replay on the stored tickets lists the days and figures';
  const notes: ReviewNote[] = [];
  const byCalendar = new Map<string, { from: string | null; ids: string[] }>();
  const byExclusion = new Map<string, string[]>();
  for (const c of changes) {
    if (c.calendar) {
      const entry = byCalendar.get(c.calendar.id) ?? { from: c.calendar.from, ids: [] };
      entry.ids.push(c.id);
      byCalendar.set(c.calendar.id, entry);
    }
    for (const words of c.exclusions) byExclusion.set(words, [...(byExclusion.get(words) ?? []), c.id]);
  }
  for (const [id, { from, ids }] of byCalendar) {
    const calendar = head.calendars.find((c) => c.id === id)!;
    const since = from === null ? 'from the start' : `from ${from}${calendar.appliesFrom === from ? ' (appliesFrom)' : ''}`;
    notes.push({
      severity: 'warning', file: calendar.origin.file, subject: `Calendar ${id}`, rule: 'published-history',
      message: `this change applies ${since}, before today, so it changes figures already published for ${list(ids)}: ${where}. Drop appliesFrom to apply it from the day it is merged`,
    });
  }
  for (const [words, ids] of byExclusion) {
    notes.push({
      severity: 'warning', file: head.pipeline.origin?.file ?? 'standards/pipeline.yaml', subject: `Pipeline ${head.pipeline.id}`, rule: 'published-history',
      message: `${words}: its period lies before now, so it changes figures already published for ${list(ids)}: ${where}`,
    });
  }
  return notes;
}

/**
 * Who must approve: CODEOWNERS as the base side's documents generate it (GitHub reads the base branch's file).
 * The trusted job that posts the comment computes it again from the base branch's real CODEOWNERS and the
 * pull request's files as GitHub lists them (commands/post-review.ts), and ignores this list.
 */
function approvalsOf(base: ReviewSide, head: ReviewSide, files: readonly string[]): ApprovalOwners[] {
  const baseEntries = base.model ? codeownersEntries(base.model) : [];
  const headEntries = head.model ? codeownersEntries(head.model) : [];
  const baseOwners = ownersMatcher(baseEntries);
  const headOwners = ownersMatcher(headEntries);
  const basePatterns = new Set(baseEntries.map((e) => e.pattern));
  return approvalGroups(files, (file) => {
    const owners = baseOwners(file);
    // A new file has no line of its own on the base side yet: name the owners the pull request gives it too.
    return basePatterns.has(`/${file}`) ? owners : [...owners, ...headOwners(file)];
  });
}
