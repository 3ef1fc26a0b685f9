// Reads the committed versions of Standard and Calendar files from git for history-aware evaluation
// (standard-versions.ts decides which version of a standard judged what, calendar-versions.ts which hours applied when). Two git processes whatever the number of files and
// commits (one more when a commit after the first added a file, for its whole diff, and more per folder moved as a whole: git-history.ts readBranchLogFollowingMoves): one `git log --raw` lists, per commit of the branch's first-parent history, the blob of every given file
// it changed, and one `git cat-file --batch` returns all those blobs (a second only when a blob's id was kept by an earlier run but not its
// validation under the file's name today). Each document is followed by its kind and id, not by git's rename pairing
// (document-history.ts, as the Teams and SOPs are): a file moved and rewritten past 50% similarity keeps its versions, so
// its past is judged by the version in force then and not by its new one. Each version is dated by the day it reached the
// branch (git-history.ts says the rule: a merged branch's version by its merge commit). Each blob is validated like a file on disk; a version that
// does not validate (it never passed CI, or an older schema) is left out. Outside a git repository, or in a
// shallow clone, there is less or no history: never an error, the working copy is then the only version (the
// pipeline says where a shallow clone's history starts: shallowHistoryStart).

import path from 'node:path';
import { foldersOf, parseCatFileBatch, readBranchLogFollowingMoves, runGitProcess, type BranchCommit, type GitProcess, type TrackedRevision } from './git-history.ts';
import { candidateBlobs, revisionsByDocument } from './document-history.ts';
import type { Finding } from './findings.ts';
import type { CalendarDefinition, StandardDefinition } from './model.ts';
import type { CommittedStandard } from './standard-versions.ts';
import type { CommittedCalendar } from './calendar-versions.ts';
import { keepBlobs, modelCacheDir, readKeptBlobs } from './model-cache.ts';

export { runGitProcess, type GitProcess };

export interface StandardHistoryResult {
  /** Committed versions per file (as given), oldest first. */
  committed: Map<string, CommittedStandard[]>;
  /** Why history could not be read, or null (then `committed` is empty). */
  unavailable: string | null;
  /** Git processes started (3 at most without a folder moved as a whole). */
  processes: number;
}

/** A Standard or Calendar as of the newest commit: its id, its file, and its kind (when known: else either). */
export interface HistoryDocument { id: string; file: string; kind?: 'Standard' | 'Calendar' }

/** What a blob of a Standard or Calendar file holds: its `kind` and `id`, or null when it is not readable YAML. */
export type HeldDocument = { kind: unknown; id: unknown } | null;

function heldIn(parse: (text: string) => unknown, bytes: Uint8Array): HeldDocument {
  try {
    const doc = parse(new TextDecoder().decode(bytes)) as { kind?: unknown; id?: unknown } | null;
    return doc !== null && typeof doc === 'object' ? { kind: doc.kind ?? null, id: doc.id ?? null } : null;
  } catch {
    return null;
  }
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

/** The model's Standards and Calendars as readDocumentHistory follows them: by id, within their kind. */
export function historyDocuments(model: { standards: readonly Pick<StandardDefinition, 'id' | 'origin'>[]; calendars: readonly Pick<CalendarDefinition, 'id' | 'origin'>[] }): HistoryDocument[] {
  return [
    ...model.standards.map((d): HistoryDocument => ({ id: d.id, file: d.origin.file, kind: 'Standard' })),
    ...model.calendars.map((d): HistoryDocument => ({ id: d.id, file: d.origin.file, kind: 'Calendar' })),
  ];
}

/**
 * The committed versions of Standard and Calendar `files`, read with the same git processes: the history of
 * HEAD, or of `revision` (the pull-request review reads the base's history as of its base commit). With `kept` (what
 * validating each version gave an earlier run, model-cache.ts), only versions it lacks are read and validated, and
 * added to it; when it has them all, the second process is not started.
 */
export const readDocumentHistory = (async function readDocumentHistory(root: string, documents: readonly (string | HistoryDocument)[], runGit: GitProcess = runGitProcess, revision: string | null = null, kept: Map<string, ValidatedVersion> | null = null, heldIds: Map<string, HeldDocument> | null = null): Promise<DocumentHistoryResult> {
  const committed = new Map<string, CommittedStandard[]>();
  const calendars = new Map<string, CommittedCalendar[]>();
  let processes = 0;
  const git: GitProcess = (args, cwd, input) => {
    processes++;
    return runGit(args, cwd, input);
  };
  const result = (unavailable: string | null): DocumentHistoryResult => ({ standards: committed, calendars, unavailable, processes });
  if (documents.length === 0) return result(null);
  // A file given without its id is followed by the id its newest version holds (its name's until that is read).
  const tracked = documents.map((d) => (typeof d === 'string' ? { id: d.slice(d.lastIndexOf('/') + 1).replace(/\.ya?ml$/, ''), file: d, named: true } : { ...d, named: false }));
  let commits: BranchCommit[];
  try {
    commits = await readBranchLogFollowingMoves(root, foldersOf(tracked.map((d) => d.file)), { revision, relative: true }, git);
  } catch (error) {
    return result(error instanceof Error ? error.message : String(error));
  }
  // Followed by id (document-history.ts), one replay per kind (a Standard and a Calendar may share an id): a file
  // moved and rewritten past git's rename similarity keeps its versions, so its past is judged by the version then in
  // force, not by its new one. What each blob holds (kind and id) is kept by blob id between runs (`heldIds`).
  const held = heldIds ?? new Map<string, HeldDocument>();
  const parsed = kept ?? new Map<string, ValidatedVersion>();
  const contents = new Map<string, Uint8Array>();
  const readBlobs = async (blobs: readonly string[]): Promise<string | null> => {
    if (blobs.length === 0) return null;
    try {
      for (const [blob, bytes] of parseCatFileBatch(await git(['cat-file', '--batch'], root, Buffer.from(`${blobs.join('\n')}\n`)))) contents.set(blob, bytes);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    return null;
  };
  let groups = new Map<string, HistoryDocument[]>();
  for (let pass = 0; pass < 2; pass++) {
    groups = new Map();
    for (const d of tracked) groups.set(d.kind ?? '', [...groups.get(d.kind ?? '') ?? [], d]);
    const unheld = [...new Set([...groups.values()].flatMap((group) => candidateBlobs(commits, group)))].filter((blob) => !held.has(blob));
    const unavailable = await readBlobs(unheld);
    if (unavailable !== null) return result(unavailable);
    if (unheld.length > 0) {
      const { parse } = await import('yaml');
      for (const blob of unheld) {
        const bytes = contents.get(blob);
        // A blob git could not give (a partial clone whose fetch failed) is not held: the next run asks git again.
        if (bytes !== undefined) held.set(blob, heldIn(parse, bytes));
      }
    }
    let renamed = false;
    for (const d of tracked) {
      if (!d.named) continue;
      const newest = commits.flatMap((c) => c.changes).find((change) => change.path === d.file)?.blob;
      const id = newest == null ? null : held.get(newest)?.id;
      if (typeof id === 'string' && id !== d.id) [d.id, renamed] = [id, true];
    }
    if (!renamed) break;
  }
  const revisions = new Map<string, TrackedRevision[]>();
  for (const [kind, group] of groups) {
    const holds = (blob: string, id: string) => {
      const h = held.get(blob);
      return h != null && h.id === id && (kind === '' ? h.kind === 'Standard' || h.kind === 'Calendar' : h.kind === kind);
    };
    for (const [file, list] of revisionsByDocument(commits, group, holds)) revisions.set(file, list);
  }
  // Newest first per file, as git log prints it; each version under the file's name today, wherever it was then.
  const changes: Array<{ commit: string; committedAt: string; file: string; blob: string }> = [];
  for (const [file, list] of revisions) {
    for (const { commit, date, blob } of list) if (blob !== null) changes.push({ commit, committedAt: date, file, blob });
  }
  if (changes.length === 0) return result(null);

  // Versions validated by an earlier run (`kept`, model-cache.ts) are not read from git again.
  const keyOf = (change: { file: string; blob: string }) => `${change.file}\u0000${change.blob}`;
  const blobs = [...new Set(changes.filter((c) => !parsed.has(keyOf(c))).map((c) => c.blob))];
  const unreadBlobs = await readBlobs(blobs.filter((blob) => !contents.has(blob)));
  if (unreadBlobs !== null) return result(unreadBlobs);
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
 * readDocumentHistory with what earlier runs of this code kept (model-cache.ts: each version's validation by file and
 * blob, 'history', and what each blob holds, 'history-ids'), keeping what it read anew: `evaluate` and `review` share
 * them. Safe to share because each value is a function of a blob's bytes (its id is their hash), the file's name
 * and the loading code (the key), whoever's run computed it: a pull request's review cannot make another blob read
 * differently. And a pull request's run in Actions writes only its own runner's node_modules/.cache, which no
 * workflow saves (validate.yml restores the night's facts cache read-only; its setup-node `cache: npm` saves ~/.npm, not
 * node_modules, and under the pull request's ref, which a default branch's run never restores), and the jobs with a write
 * permission install afresh with no cache restored (nightly.yml corrective-actions, review-comment.yml), so no
 * nightly or privileged job reads what it wrote.
 */
export const readDocumentHistoryKept = (async function readDocumentHistoryKept(root: string, documents: readonly (string | HistoryDocument)[], revision: string | null = null, git: GitProcess = runGitProcess): Promise<DocumentHistoryResult> {
  const dir = modelCacheDir(root);
  const [kept, heldIds] = await Promise.all([readKeptBlobs<ValidatedVersion>(dir, 'history'), readKeptBlobs<HeldDocument>(dir, 'history-ids')]);
  const [versionsBefore, idsBefore] = [kept.size, heldIds.size];
  const history = await readDocumentHistory(root, documents, git, revision, kept, heldIds);
  if (kept.size > versionsBefore) await keepBlobs(dir, 'history', kept);
  if (heldIds.size > idsBefore) await keepBlobs(dir, 'history-ids', heldIds);
  return history;
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
