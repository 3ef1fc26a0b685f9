// A document's history followed by its id, not by its path. Git pairs a file's old and new path only when their texts
// are at least 50% alike: a Team or SOP file moved and rewritten in one commit is, to git, one file deleted and
// another added, and followed by its path (git-history.ts revisionsByFile) the document would begin again there: a
// team's members from the beginning, an SOP's versions published that day. A document is its kind and id
// (DESIGN.md, "Documents"), so its version at each commit of the branch is the file holding that id then, wherever it
// lies: the branch's first-parent log (the one git-history.ts reads, shared with every history reader) replayed oldest
// first over the files that may hold it.
// - The files that may hold a document are those named for its id (`<id>.yaml` or `.yml` anywhere in the folders read),
//   and its file today: validate requires a document's id to be its file's name (rules.ts id-file-name), and a file
//   that broke that rule in a past commit is not followed through. Only their blobs are read (what each holds, by
//   blob id, kept between runs by the callers), about as many as the document's own path gave before.
// - A commit where no file holds the id (deleted, not readable, another kind or id) changes nothing for the document;
//   a later file holding the id again continues it, wherever it is.
// - Two files holding the same id at one commit (validate refuses it at HEAD; history is what it was): the file that
//   held the document before stays its version until it no longer holds it; then the first of the others by path. A
//   later commit never changes which file was read for an earlier one, so past figures stay as published.
// - An id changed (with its file's name, as validate requires) is a new document, even where git pairs the rename:
//   the file's versions under the old id belong to the old id.

import {
  foldersOf, holdYamlBlobs, parseCatFileBatch, readBranchLogFollowingMoves, revisionsByFile, runGitProcess, withPullRequestTitles,
  type BranchCommit, type GitProcess, type HistoryReader, type TrackedRevision,
} from './git-history.ts';

/** A document as of the newest commit: its id and its file (relative to the repository's root). */
export interface TrackedDocument { id: string; file: string }

/**
 * The ids of `documents` a file may hold: the one its name gives it (`standards/teams/emea.yaml` → `emea`), and that of
 * the document whose file it is at the newest commit (the same, unless that document breaks the naming rule).
 */
function candidatesFor(documents: readonly TrackedDocument[]): (file: string) => readonly string[] {
  const ids = new Set(documents.map((d) => d.id));
  const current = new Map<string, string>(documents.map((d) => [d.file, d.id]));
  return (file) => {
    const base = file.slice(file.lastIndexOf('/') + 1);
    const name = base.replace(/\.ya?ml$/, '');
    const named = name !== base && ids.has(name) ? name : null;
    const at = current.get(file) ?? null;
    return named === null ? (at === null ? [] : [at]) : at === null || at === named ? [named] : [named, at];
  };
}

/** The blobs of every file that may hold one of `documents` at some commit of `commits`. */
export const candidateBlobs = (function candidateBlobs(commits: readonly BranchCommit[], documents: readonly TrackedDocument[]): string[] {
  const candidates = candidatesFor(documents);
  const blobs = new Set<string>();
  for (const { changes } of commits) for (const change of changes) if (change.blob !== null && candidates(change.path).length > 0) blobs.add(change.blob);
  return [...blobs];
});

/**
 * The revisions of each of `documents` (by file, as `readFileRevisions` gives them: newest first, each with the path
 * and blob that held it), from `commits` (newest first) and `holds` (whether a blob holds a document of that id, of
 * the caller's kind). A revision for each commit where the file holding the document, or its blob, changed.
 */
export const revisionsByDocument = (function revisionsByDocument(commits: readonly BranchCommit[], documents: readonly TrackedDocument[], holds: (blob: string, id: string) => boolean): Map<string, TrackedRevision[]> {
  const candidates = candidatesFor(documents);
  /** The files that may hold a document, with their blob, as of the commit replayed; and those files by the ids they may hold. */
  const tree = new Map<string, string>();
  const filesOf = new Map<string, Set<string>>();
  const put = (file: string, blob: string) => {
    if (!tree.has(file)) for (const id of candidates(file)) filesOf.set(id, (filesOf.get(id) ?? new Set()).add(file));
    tree.set(file, blob);
  };
  const remove = (file: string) => {
    if (tree.delete(file)) for (const id of candidates(file)) filesOf.get(id)!.delete(file);
  };
  const last = new Map<string, { file: string; blob: string }>();
  const byId = new Map<string, TrackedRevision[]>(documents.map((d) => [d.id, []]));
  for (let i = commits.length - 1; i >= 0; i--) {
    const { commit, date, subject, changes } = commits[i]!;
    const touched = new Set<string>();
    for (const change of changes) {
      if (change.status === 'R' && change.from !== null && candidates(change.from).length > 0) {
        remove(change.from);
        for (const id of candidates(change.from)) touched.add(id);
      }
      const ids = candidates(change.path);
      if (ids.length === 0) continue;
      for (const id of ids) touched.add(id);
      if (change.status === 'D' || change.blob === null) remove(change.path);
      else put(change.path, change.blob);
    }
    for (const id of touched) {
      const holding = [...filesOf.get(id) ?? []].filter((file) => holds(tree.get(file)!, id)).sort();
      const before = last.get(id);
      const file = before !== undefined && holding.includes(before.file) ? before.file : holding[0];
      // No file holds it here: nothing changes for it until one does.
      if (file === undefined) continue;
      const blob = tree.get(file)!;
      if (before !== undefined && before.file === file && before.blob === blob) continue;
      last.set(id, { file, blob });
      byId.get(id)!.push({ commit, date, subject, file, blob });
    }
  }
  return new Map(documents.map((d) => [d.file, [...byId.get(d.id)!].reverse()]));
});

/**
 * The revisions of each of `documents` followed by id (see above), as of `revision` (HEAD when null): one `git log`
 * of their folders (readBranchLogFollowingMoves, the one the other history readers share within a run), and the
 * blobs of the files that may hold them read into `held` (holdYamlBlobs, only those it lacks) by `read`; `holds` says
 * whether what a blob held is a document of that id. Rejects when git's log cannot be read; `unavailable` says why
 * the blobs could not be.
 */
export const readDocumentRevisions = (async function readDocumentRevisions<T>(
  root: string, documents: readonly TrackedDocument[], revision: string | null, git: GitProcess,
  held: Map<string, T>, read: (parse: (text: string) => unknown, bytes: Uint8Array) => T, holds: (value: T, id: string) => boolean,
): Promise<{ revisions: Map<string, TrackedRevision[]>; unavailable: string | null }> {
  const commits = await readBranchLogFollowingMoves(root, foldersOf(documents.map((d) => d.file)), { revision, relative: true }, git);
  const unavailable = await holdYamlBlobs(root, git, candidateBlobs(commits, documents), held, read);
  if (unavailable !== null) return { revisions: new Map(), unavailable };
  return { revisions: revisionsByDocument(commits, documents, (blob, id) => held.has(blob) && holds(held.get(blob)!, id)), unavailable: null };
});

interface FolderHistory {
  byFile: Map<string, TrackedRevision[]>;
  /** `<commit>\0<path>` → the blob of that version. */
  blobOf: Map<string, string>;
  /** The bytes of every blob read (the documents' versions and the files that may have held them). */
  contents: Map<string, Uint8Array>;
}

/**
 * The history of every file under `dir`, read once, for the site's history pages: each document followed by its kind
 * and id as the evaluation and the acknowledgements follow it (above), so a document moved and rewritten past git's
 * rename similarity lists its versions from its first, and its page's "in force since" agrees with the figures. A
 * file whose newest version holds no id (not YAML, or no `id`) is followed by git's rename pairing. Any git failure
 * (no repository, no git, a shallow clone without the commits) reads as no history rather than failing the build.
 * One `git log` (more for a folder moved in as a whole) and one `git cat-file --batch` of every blob read, on the
 * first question.
 */
export function gitFolderHistory(root: string, dir = 'standards', git: GitProcess = runGitProcess): HistoryReader {
  let history: Promise<FolderHistory> | null = null;
  const load = () => {
    history ??= readBranchLogFollowingMoves(root, [dir], {}, git)
      .then((commits) => withPullRequestTitles(root, commits, git))
      .then(async (commits) => {
        // The files under `dir` today only: a folder read because a document was moved in from it holds others.
        const byFile = new Map([...revisionsByFile(commits)].filter(([file]) => file.startsWith(`${dir}/`)));
        const newest = new Map([...byFile].map(([file, revisions]) => [file, revisions[0]?.blob ?? null]));
        // Every version of every file, and every blob of a file named for one of today's ids: one read.
        const blobs = new Set([...byFile.values()].flatMap((revisions) => revisions.flatMap((r) => (r.blob === null ? [] : [r.blob]))));
        const named = [...newest.keys()].map((file) => ({ id: file.slice(file.lastIndexOf('/') + 1).replace(/\.ya?ml$/, ''), file }));
        for (const blob of candidateBlobs(commits, named)) blobs.add(blob);
        const contents = blobs.size === 0 ? new Map<string, Uint8Array>() : parseCatFileBatch(await git(['cat-file', '--batch'], root, Buffer.from(`${[...blobs].join('\n')}\n`)));
        const { parse } = await import('yaml');
        const holding = new Map<string, { kind: unknown; id: unknown } | null>();
        const heldBy = (blob: string) => {
          if (!holding.has(blob)) {
            const bytes = contents.get(blob);
            let held: { kind: unknown; id: unknown } | null = null;
            try {
              const doc = bytes === undefined ? null : parse(new TextDecoder().decode(bytes)) as { kind?: unknown; id?: unknown } | null;
              if (doc !== null && typeof doc === 'object') held = { kind: doc.kind ?? null, id: doc.id ?? null };
            } catch {
              held = null;
            }
            holding.set(blob, held);
          }
          return holding.get(blob)!;
        };
        // One replay per kind (a Team and an SOP may share an id), of the documents whose newest version holds one.
        const kinds = new Map<unknown, TrackedDocument[]>();
        for (const [file, blob] of newest) {
          const today = blob === null ? null : heldBy(blob);
          if (today === null || typeof today.id !== 'string') continue;
          kinds.set(today.kind, [...kinds.get(today.kind) ?? [], { id: today.id, file }]);
        }
        for (const [kind, documents] of kinds) {
          const holds = (blob: string, id: string) => {
            const held = heldBy(blob);
            return held !== null && held.id === id && held.kind === kind;
          };
          for (const [file, revisions] of revisionsByDocument(commits, documents, holds)) if (revisions.length > 0) byFile.set(file, revisions);
        }
        const blobOf = new Map<string, string>();
        for (const revisions of byFile.values()) for (const r of revisions) if (r.blob) blobOf.set(`${r.commit}\0${r.file}`, r.blob);
        return { byFile, blobOf, contents };
      })
      .catch(() => ({ byFile: new Map(), blobOf: new Map(), contents: new Map() }));
    return history;
  };
  const decode = (bytes: Uint8Array | undefined) => (bytes === undefined ? null : Buffer.from(bytes).toString('utf8'));
  return {
    async revisions(file) {
      return ((await load()).byFile.get(file) ?? []).map(({ commit, date, subject, file: at }) => ({ commit, date, subject, file: at }));
    },
    async contentAt(commit, file) {
      const { blobOf, contents } = await load();
      const blob = blobOf.get(`${commit}\0${file}`);
      if (blob !== undefined) return decode(contents.get(blob));
      // Not a revision of the history (a file at a commit that did not change it): ask git for that one.
      if (/[\n\r]/.test(commit + file)) return null;
      try {
        const out = await git(['cat-file', '--batch'], root, Buffer.from(`${commit}:${file}\n`));
        const [first] = parseCatFileBatch(out).values();
        return decode(first);
      } catch {
        return null;
      }
    },
  };
}
