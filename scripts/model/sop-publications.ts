// When each version of each SOP was published: the commit that first raised the file's `version` to it on the
// branch the nightly job runs on (the default branch), walked along its first-parent history, so a version merged
// with a merge commit is published the day of the merge, not the day its branch's commit was written (the rule is
// git-history.ts's, shared with every history reader). Two git processes whatever the number of SOPs and
// commits (one more when a commit after the first added a file, more per folder moved as a whole): one `git log --raw` for the blobs, one `git cat-file --batch` for their text (the same plumbing as
// standard-history.ts). Only the `id` and `version` fields are read from each blob. Outside git, or for a version not
// committed yet, there is no publication: the report says so rather than guessing a date.

import { holdYamlBlobs, readFileRevisions, runGitProcess, type GitProcess, type TrackedRevision } from './git-history.ts';
import type { SopDefinition } from './model.ts';

export interface SopPublication { version: number; publishedMs: number; commit: string }

export interface SopPublicationsResult {
  /** Per SOP id, the versions published, oldest first. */
  publications: Map<string, SopPublication[]>;
  /** Why history could not be read, or null. */
  unavailable: string | null;
}

/** What a blob of an SOP file holds: its `id` and `version`, or null when it holds no readable version. */
export type SopVersion = { id: unknown; version: number } | null;

function sopIn(parse: (text: string) => unknown, bytes: Uint8Array): SopVersion {
  try {
    const doc = parse(new TextDecoder().decode(bytes)) as { id?: unknown; version?: unknown } | null;
    return Number.isInteger(doc?.version) ? { id: doc!.id, version: doc!.version as number } : null;
  } catch {
    return null;
  }
}

/**
 * With `kept` (what each blob held, by blob id, as an earlier run read it: model-cache.ts), only the blobs it lacks
 * are read, and added to it; when it has them all, the second git process is not started. `revision`: the history
 * as of that commit (a review's merge base) rather than of what is checked out.
 */
export const readSopPublications = (async function readSopPublications(root: string, sops: readonly Pick<SopDefinition, 'id' | 'origin'>[], git: GitProcess = runGitProcess, kept: Map<string, SopVersion> | null = null, revision: string | null = null): Promise<SopPublicationsResult> {
  const publications = new Map<string, SopPublication[]>();
  if (sops.length === 0) return { publications, unavailable: null };
  const idOf = new Map(sops.map((s) => [s.origin.file, s.id]));
  let revisions: Map<string, TrackedRevision[]>;
  try {
    revisions = await readFileRevisions(root, [...idOf.keys()], revision, git);
  } catch (error) {
    return { publications, unavailable: error instanceof Error ? error.message : String(error) };
  }
  // Newest first per file; a file moved to another folder keeps the versions it had under its old name, so a move
  // alone publishes nothing (its version is not higher).
  const changes: { commit: string; at: string; file: string; blob: string }[] = [];
  for (const [file, list] of revisions) {
    for (const { commit, date, blob } of list) if (blob !== null) changes.push({ commit, at: date, file, blob });
  }
  if (changes.length === 0) return { publications, unavailable: null };
  const held = kept ?? new Map<string, SopVersion>();
  const unreadable = await holdYamlBlobs(root, git, changes.map((c) => c.blob), held, sopIn);
  if (unreadable !== null) return { publications, unavailable: unreadable };
  const highest = new Map<string, number>();
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    const sop = held.get(change.blob) ?? null;
    const id = idOf.get(change.file)!;
    // The path may have held another SOP before (one retired and this one moved onto its path in one commit, which
    // git reports as a change of that file): only versions of this SOP's id are its publications.
    if (sop === null || sop.id !== id) continue;
    const version = sop.version;
    if (version <= (highest.get(id) ?? 0)) continue;
    highest.set(id, version);
    const list = publications.get(id) ?? [];
    list.push({ version, publishedMs: Date.parse(change.at), commit: change.commit });
    publications.set(id, list);
  }
  return { publications, unavailable: null };
});
