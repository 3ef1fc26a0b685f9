// Reads the committed versions of Standard and Calendar files from git for history-aware evaluation
// (standard-versions.ts decides which version of a standard judged what, calendar-versions.ts which hours applied when). Two git processes whatever the number of files and
// commits (one more when a commit after the first added a file, for its whole diff, and more per folder moved as a whole: git-history.ts readBranchLogFollowingMoves): one `git log --raw` lists, per commit of the branch's first-parent history, the blob of every given file
// it changed (following moves: git-history.ts's readFileRevisions, shared with the site and the SOP publications), and one `git cat-file --batch` returns all those blobs. Each version is dated by the day it reached the
// branch (git-history.ts says the rule: a merged branch's version by its merge commit). Each blob is validated like a file on disk; a version that
// does not validate (it never passed CI, or an older schema) is left out. Outside a git repository, or in a
// shallow clone, there is less or no history: never an error, the working copy is then the only version (the
// pipeline says where a shallow clone's history starts: shallowHistoryStart).

import path from 'node:path';
import { parseCatFileBatch, readFileRevisions, runGitProcess, type GitProcess, type TrackedRevision } from './git-history.ts';
import type { Finding } from './findings.ts';
import type { CalendarDefinition, StandardDefinition } from './model.ts';
import type { CommittedStandard } from './standard-versions.ts';
import type { CommittedCalendar } from './calendar-versions.ts';

export { runGitProcess, type GitProcess };

export interface StandardHistoryResult {
  /** Committed versions per file (as given), oldest first. */
  committed: Map<string, CommittedStandard[]>;
  /** Why history could not be read, or null (then `committed` is empty). */
  unavailable: string | null;
  /** Git processes started (3 at most without a folder moved as a whole). */
  processes: number;
}

export interface DocumentHistoryResult {
  /** Committed versions of Standard files, per file (as given), oldest first. */
  standards: Map<string, CommittedStandard[]>;
  /** Committed versions of Calendar files, per file (as given), oldest first. */
  calendars: Map<string, CommittedCalendar[]>;
  /** Why history could not be read, or null (then both maps are empty). */
  unavailable: string | null;
  /** Git processes started (3 at most without a folder moved as a whole). */
  processes: number;
}

/**
 * The committed versions of `files` (paths relative to `root`, forward slashes), oldest first: the versions the
 * branch's first-parent history had, each dated by the branch commit that brought it (a merge commit for a merged
 * branch, whose own commits are not versions of the branch).
 */
export async function readStandardHistory(root: string, files: readonly string[], git: GitProcess = runGitProcess): Promise<StandardHistoryResult> {
  const { standards, unavailable, processes } = await readDocumentHistory(root, files, git);
  return { committed: standards, unavailable, processes };
}

/**
 * The committed versions of Standard and Calendar `files`, read with the same git processes: the history of
 * HEAD, or of `revision` (the pull-request review reads the base's history as of its base commit). With `kept` (what
 * validating each version gave an earlier run, model-cache.ts), only versions it lacks are read and validated, and
 * added to it; when it has them all, the second process is not started.
 */
export const readDocumentHistory = (async function readDocumentHistory(root: string, files: readonly string[], runGit: GitProcess = runGitProcess, revision: string | null = null, kept: Map<string, ValidatedVersion> | null = null): Promise<DocumentHistoryResult> {
  const committed = new Map<string, CommittedStandard[]>();
  const calendars = new Map<string, CommittedCalendar[]>();
  let processes = 0;
  const git: GitProcess = (args, cwd, input) => {
    processes++;
    return runGit(args, cwd, input);
  };
  const result = (unavailable: string | null): DocumentHistoryResult => ({ standards: committed, calendars, unavailable, processes });
  if (files.length === 0) return result(null);
  let revisions: Map<string, TrackedRevision[]>;
  try {
    revisions = await readFileRevisions(root, files, revision, git);
  } catch (error) {
    return result(error instanceof Error ? error.message : String(error));
  }
  // Newest first per file, as git log prints it; each version under the file's name today, wherever it was then.
  const changes: Array<{ commit: string; committedAt: string; file: string; blob: string }> = [];
  for (const [file, list] of revisions) {
    for (const { commit, date, blob } of list) if (blob !== null) changes.push({ commit, committedAt: date, file, blob });
  }
  if (changes.length === 0) return result(null);

  // Versions validated by an earlier run (`kept`, model-cache.ts) are not read from git again.
  const parsed = kept ?? new Map<string, ValidatedVersion>();
  const keyOf = (change: { file: string; blob: string }) => `${change.file}\u0000${change.blob}`;
  const blobs = [...new Set(changes.filter((c) => !parsed.has(keyOf(c))).map((c) => c.blob))];
  let contents = new Map<string, Uint8Array>();
  if (blobs.length > 0) {
    try {
      contents = parseCatFileBatch(await git(['cat-file', '--batch'], root, Buffer.from(`${blobs.join('\n')}\n`)));
    } catch (error) {
      return result(error instanceof Error ? error.message : String(error));
    }
  }
  // The parser and the validators are loaded only when a version is validated anew.
  const load = blobs.length > 0 ? await import('./load.ts') : null;
  const validator = load?.defaultValidator() ?? null;
  // Oldest first within each file (each file's list is newest first, and the files do not interleave).
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    const key = keyOf(change);
    if (!parsed.has(key)) {
      const bytes = contents.get(change.blob);
      // A blob git could not give (a partial clone whose fetch failed) is left out of this run and not kept as
      // "no version": the next run asks git again.
      if (bytes === undefined) continue;
      const validated = load!.validateDocument(change.file, bytes, validator!);
      const document = validated !== null && validated.document?.valid && !hasError(validated.findings) ? validated.document : null;
      parsed.set(key, document?.kind === 'Standard' || document?.kind === 'Calendar' ? ({ kind: document.kind, definition: document.definition } as ValidatedVersion) : null);
    }
    const version = parsed.get(key);
    if (!version) continue;
    const at = { commit: change.commit, committedAt: change.committedAt };
    if (version.kind === 'Standard') listOf(committed, change.file).push({ ...at, definition: version.definition });
    else listOf(calendars, change.file).push({ ...at, definition: version.definition });
  }
  return result(null);
});

/**
 * When `root` is a shallow clone, the committer date of its oldest commit (the newest of the cut points, ISO 8601):
 * history before it is not there, so each document's oldest version in the clone stands for every earlier one.
 * Null for a full clone or when git cannot say (no repository: `readDocumentHistory` says so on its own).
 */
export const shallowHistoryStart = (async function shallowHistoryStart(root: string, git: GitProcess = runGitProcess): Promise<string | null> {
  try {
    const [shallow, shallowFile] = (await git(['rev-parse', '--is-shallow-repository', '--git-path', 'shallow'], root)).toString('utf8').split('\n');
    if (shallow?.trim() !== 'true' || !shallowFile) return null;
    const { readFile } = await import('node:fs/promises');
    const cuts = (await readFile(path.resolve(root, shallowFile.trim()), 'utf8')).split('\n').map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
    if (!cuts.length) return null;
    const dates = (await git(['log', '--no-walk', '--stdin', '--format=%cI'], root, Buffer.from(`${cuts.join('\n')}\n`))).toString('utf8').split('\n').filter(Boolean).sort();
    return dates.at(-1) ?? null;
  } catch {
    return null;
  }
});

/** A committed version of a file as validating it gave: a Standard or a Calendar, or null (left out). */
export type ValidatedVersion = { kind: 'Standard'; definition: StandardDefinition } | { kind: 'Calendar'; definition: CalendarDefinition } | null;

const listOf = (function listOf<T>(map: Map<string, T[]>, file: string): T[] {
  let list = map.get(file);
  if (list === undefined) {
    list = [];
    map.set(file, list);
  }
  return list;
});

function hasError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
