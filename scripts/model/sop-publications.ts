// When each version of each SOP was published: the commit that first raised the file's `version` to it on the
// branch the nightly job runs on (the default branch), walked along its first-parent history, so a version merged
// with a merge commit is published the day of the merge, not the day its branch's commit was written (the rule is
// git-history.ts's, shared with every history reader). Two git processes whatever the number of SOPs and
// commits (one more when a commit after the first added a file, more per folder moved as a whole): one `git log --raw` for the blobs, one `git cat-file --batch` for their text (the same plumbing as
// standard-history.ts). Only the `id` and `version` fields are read from each blob. Outside git, or for a version not
// committed yet, there is no publication: the report says so rather than guessing a date.

import { runGitProcess, type GitProcess, type TrackedRevision } from './git-history.ts';
import { readDocumentRevisions } from './document-history.ts';
import type { SopDefinition } from './model.ts';

export interface SopPublication { version: number; publishedMs: number; commit: string }

export interface SopPublicationsResult {
  /** Per SOP id, the versions published, oldest first. */
  publications: Map<string, SopPublication[]>;
  /** Why history could not be read, or null. */
  unavailable: string | null;
}

/** What a blob of an SOP file holds: its `id` and `version`, or null when it holds no readable version. */
export type SopVersion = { kind: unknown; id: unknown; version: number } | null;

/** Whether a blob's version is of the SOP `id` (a file of another kind holds none). */
const holdsSop = (sop: SopVersion, id: string): boolean => sop !== null && sop.id === id && (sop.kind === null || sop.kind === 'SOP');

function sopIn(parse: (text: string) => unknown, bytes: Uint8Array): SopVersion {
  try {
    const doc = parse(new TextDecoder().decode(bytes)) as { kind?: unknown; id?: unknown; version?: unknown } | null;
    return Number.isInteger(doc?.version) ? { kind: doc!.kind ?? null, id: doc!.id, version: doc!.version as number } : null;
  } catch {
    return null;
  }
}

/**
 * With `kept` (what each blob held, by blob id, as an earlier run read it: model-cache.ts), only the blobs it lacks
 * are read, and added to it; when it has them all, the second git process is not started. `revision`: the history
 * as of that commit (a review's base commit: the base ref's tip, or the merge base) rather than of what is checked out.
 */
export const readSopPublications = (async function readSopPublications(root: string, sops: readonly Pick<SopDefinition, 'id' | 'origin'>[], git: GitProcess = runGitProcess, kept: Map<string, SopVersion> | null = null, revision: string | null = null): Promise<SopPublicationsResult> {
  const publications = new Map<string, SopPublication[]>();
  if (sops.length === 0) return { publications, unavailable: null };
  const idOf = new Map(sops.map((s) => [s.origin.file, s.id]));
  const held = kept ?? new Map<string, SopVersion>();
  let revisions: Map<string, TrackedRevision[]>;
  try {
    // Followed by id: an SOP file moved and rewritten keeps the versions it published (document-history.ts), and a
    // move alone publishes nothing (its version is not higher).
    const read = await readDocumentRevisions(root, sops.map((s) => ({ id: s.id, file: s.origin.file })), revision, git, held, sopIn, holdsSop);
    if (read.unavailable !== null) return { publications, unavailable: read.unavailable };
    revisions = read.revisions;
  } catch (error) {
    return { publications, unavailable: error instanceof Error ? error.message : String(error) };
  }
  for (const [file, list] of revisions) {
    const id = idOf.get(file)!;
    let highest = 0;
    // Oldest first: each revision holds this SOP's id (readDocumentRevisions), its version published when first raised.
    for (let i = list.length - 1; i >= 0; i--) {
      const { commit, date, blob } = list[i]!;
      const sop = blob === null ? null : held.get(blob) ?? null;
      if (sop === null || sop.version <= highest) continue;
      highest = sop.version;
      const versions = publications.get(id) ?? [];
      versions.push({ version: sop.version, publishedMs: Date.parse(date), commit });
      publications.set(id, versions);
    }
  }
  return { publications, unavailable: null };
});
