// Puts a review together: the semantic diff of the two sides, the replay (or why there is none), and the owners
// whose approval GitHub will ask for. Pure: the command (commands/review.ts) reads git, the files and the store.

import type { ClockFor } from '../engine/evaluate.ts';
import { codeownersEntries, ownersOf } from '../publish/codeowners.ts';
import { compareSides, type ReviewSide } from './compare.ts';
import { replayPairs, replayStandards } from './replay.ts';
import { REVIEW_SCHEMA_VERSION, type ApprovalOwners, type Review, type Replay } from './review-data.ts';

export interface ReviewTickets {
  tickets: Iterable<unknown> | AsyncIterable<unknown>;
  /** Where they came from, in words: `the standards-data branch`, `data/`. */
  store: string;
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
}

export const NO_STORE_REASON = 'No ticket store was found (no --store, no store folder with tickets, no standards-data branch), so nothing was replayed. The semantic diff below is complete.';

export async function buildReview(input: BuildReviewInput): Promise<Review> {
  const { base, head } = input;
  const first = compareSides(base, head);
  const renamedFrom = new Map(first.changes.filter((c) => c.kind === 'Standard' && c.previousId).map((c) => [c.id, c.previousId!]));

  let replay: Replay;
  let affected = new Map<string, string[]>();
  if (!base.model || !head.model) {
    replay = { state: 'skipped', reason: `The ${!head.model ? 'proposed' : 'base'} documents have errors, so the standards cannot be replayed${!head.model ? ': fix what `standards validate` reports' : ''}. The semantic diff below is still complete.` };
  } else {
    const pairs = replayPairs(base.model, head.model, renamedFrom);
    affected = new Map(pairs.filter((p) => p.change === 'affected').map((p) => [p.id, p.reasons]));
    if (pairs.length === 0) {
      replay = { state: 'skipped', reason: 'No standard is added or measured differently, so there is nothing to replay.' };
    } else if (!input.tickets) {
      replay = { state: 'skipped', reason: input.noStoreReason ?? NO_STORE_REASON };
    } else {
      const outcome = await replayStandards({ base: base.model, head: head.model, tickets: input.tickets.tickets, now: input.now, clockFor: input.clockFor, renamedFrom });
      replay = { state: 'replayed', now: input.now.toISOString(), store: input.tickets.store, tickets: outcome.tickets, standards: outcome.standards, notes: outcome.notes };
    }
  }
  const comparison = affected.size ? compareSides(base, head, { affected }) : first;
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    baseRef: input.baseRef,
    files: comparison.files,
    changes: comparison.changes,
    affected: comparison.affected,
    notes: comparison.notes,
    replay,
    approvals: approvalsOf(base, head, comparison.files),
  };
}

/**
 * Who must approve: CODEOWNERS as the base side's documents generate it (GitHub reads the base branch's file).
 * GitHub needs one approval per file from any one of the owners its rule names, so files are grouped by their
 * owners: "one of @a, @b for these files", never a list that reads as if everyone must approve.
 */
function approvalsOf(base: ReviewSide, head: ReviewSide, files: readonly string[]): ApprovalOwners[] {
  const baseEntries = base.model ? codeownersEntries(base.model) : [];
  const headEntries = head.model ? codeownersEntries(head.model) : [];
  const byOwners = new Map<string, ApprovalOwners>();
  for (const file of files) {
    let owners = ownersOf(baseEntries, file);
    // A new file has no line of its own on the base side yet: name the owners the pull request gives it too.
    if (!baseEntries.some((e) => e.pattern === `/${file}`)) owners = [...new Set([...owners, ...ownersOf(headEntries, file)])];
    if (!owners.length) continue;
    const sorted = [...owners].sort();
    const key = sorted.join(' ');
    const group = byOwners.get(key) ?? { owners: sorted, files: [] };
    group.files.push(file);
    byOwners.set(key, group);
  }
  return [...byOwners.values()].sort((a, b) => (a.owners.join(' ') < b.owners.join(' ') ? -1 : 1));
}
