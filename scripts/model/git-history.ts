// Every document's git history with a constant number of git processes, whatever the number of documents and
// commits: one `git log --raw -z` over the folder gives every revision of every file (renames followed) with the
// blob of each version, and one `git cat-file --batch` returns all those blobs. Starting a git process per file per
// commit made a 1,000-standard site spend most of its build in `spawn`. The plumbing (`runGitProcess`,
// `parseCatFileBatch`, `readBranchLog`) also serves the history-aware evaluation (standard-history.ts) and the
// SOP publications (sop-publications.ts).
//
// One rule dates every document version, for every reader: a version is dated by the moment it reached the branch
// being measured (the default branch for the nightly job, the base commit for a pull request's review: the base
// ref's tip, or the merge base). That branch's history is its first-parent chain: a merge commit is one change,
// diffed against its first parent (what the branch had before) and dated by its own committer date, the day of the
// merge; the commits of the merged branch are not the branch's history, and their dates are when someone wrote them,
// not when they took effect. A squash or rebase merge is a plain commit on the branch, dated the same way. A
// fast-forward leaves no trace in git: its commits keep their own dates. A commit dated before the commit it follows
// on the chain (a rebase that kept the author dates, a skewed clock) is dated as that one: it cannot have reached the
// branch earlier (datedByArrival).
import { AsyncLocalStorage } from 'node:async_hooks';
import { gitReadsKey } from './git-state.ts';
import { keep, readKept } from './model-cache.ts';

/** Runs git in `cwd` with `input` on stdin; resolves with stdout, rejects when git fails or is missing. */
export type GitProcess = (args: readonly string[], cwd: string, input?: Buffer) => Promise<Buffer>;

/** The outputs of the git reads made so far in a `withSharedGitReads` scope, by directory and arguments. */
const sharedReads = new AsyncLocalStorage<Map<string, Promise<Buffer>>>();

/**
 * Runs `work` with git reads shared: the same command in the same directory, with nothing on stdin, starts one git
 * process and every caller gets its output. For a command that reads the repository and never writes it (an
 * evaluation reads the standards' history for their versions, and the same log again for the SOPs' publications):
 * within it, the answer cannot change. A failed read is shared too, as the same failure.
 */
export function withSharedGitReads<T>(work: () => Promise<T>): Promise<T> {
  return sharedReads.run(new Map(), work);
}

/**
 * `withSharedGitReads`, and the answers kept between runs (model-cache.ts, in `cacheDir`) under the key of what they
 * depend on (git-state.ts `gitReadsKey`: the commit HEAD names, git's configuration, the attributes files, the git
 * program, the folder): a run whose repository is as the last one left it starts no git process for them. Only reads
 * with nothing on stdin, run in `root`, are kept; one whose paths reach beyond `folders` (the log of a folder a
 * document was moved in from, read every run otherwise) with the key of those paths too, since the attributes files
 * the main key covers are those of `folders`. A failed read is never kept. The key is read again after `work`: a
 * repository that changed during the run keeps nothing (what was read may be of either state).
 */
export const withKeptGitReads = (async function withKeptGitReads<T>(root: string, cacheDir: string | null, folders: readonly string[], work: () => Promise<T>): Promise<T> {
  const key = cacheDir === null ? null : gitReadsKey(root, folders);
  if (key === null) return withSharedGitReads(work);
  /** The paths a read names beyond `folders` (a folder a document was moved in from), or null when it is not kept. */
  const beyond = (cwd: string, args: readonly string[]): string[] | null => {
    if (cwd !== root) return null;
    const paths = args.indexOf('--');
    return paths < 0 ? [] : args.slice(paths + 1).filter((p) => !folders.includes(p));
  };
  // A read beyond `folders` is kept with the key of those paths too (their attributes files), checked on reading.
  const kept = await readKept<Array<[string, string, string?]>>(cacheDir, 'git-reads', key);
  const reads = new Map<string, Promise<Buffer>>();
  const known = new Set<string>();
  for (const [read, output, extraKey] of Array.isArray(kept) ? kept : []) {
    if (extraKey !== undefined && gitReadsKey(root, beyond(...(JSON.parse(read) as [string, string[]])) ?? []) !== extraKey) continue;
    reads.set(read, Promise.resolve(Buffer.from(output, 'base64')));
    known.add(read);
  }
  const result = await sharedReads.run(reads, work);
  const fresh = [...reads].filter(([read]) => !known.has(read) && beyond(...(JSON.parse(read) as [string, string[]])) !== null);
  if (fresh.length === 0 || gitReadsKey(root, folders) !== key) return result;
  const answers: Array<[string, string, string?]> = [];
  for (const [read, output] of reads) {
    const extra = beyond(...(JSON.parse(read) as [string, string[]]));
    if (extra === null) continue;
    const extraKey = extra.length === 0 ? undefined : gitReadsKey(root, extra);
    if (extraKey === null) continue;
    const settled = await output.then((bytes) => bytes.toString('base64'), () => null);
    if (settled !== null) answers.push(extraKey === undefined ? [read, settled] : [read, settled, extraKey]);
  }
  await keep(cacheDir, 'git-reads', key, answers);
  return result;
});

export const runGitProcess: GitProcess = (args, cwd, input) => {
  const shared = input === undefined ? sharedReads.getStore() : undefined;
  if (shared === undefined) return startGitProcess(args, cwd, input);
  const key = JSON.stringify([cwd, args]);
  let output = shared.get(key);
  if (output === undefined) {
    output = startGitProcess(args, cwd);
    shared.set(key, output);
  }
  return output;
};

// node:child_process is loaded on the first git process: a run whose git reads were all kept loads none of it.
const startGitProcess: GitProcess = async (args, cwd, input) => {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`git ${args[0]} exited with ${code}: ${Buffer.concat(err).toString('utf8').trim()}`));
    });
    child.stdin.on('error', () => undefined); // git may exit before reading everything; `close` reports it
    child.stdin.end(input ?? Buffer.alloc(0));
  });
};

/**
 * What a document's blobs hold, kept by blob id (`held`, model-cache.ts between runs): the blobs it lacks are read in
 * one `git cat-file --batch` and `read` with YAML's parser, loaded only when a blob is read anew. A blob git could not
 * give (a partial clone whose fetch failed) is not held: the next run asks again. Why git could not be read, or null.
 */
export async function holdYamlBlobs<T>(root: string, git: GitProcess, blobs: Iterable<string>, held: Map<string, T>, read: (parse: (text: string) => unknown, bytes: Uint8Array) => T): Promise<string | null> {
  const unread = [...new Set(blobs)].filter((blob) => !held.has(blob));
  if (unread.length === 0) return null;
  let contents: Map<string, Uint8Array>;
  try {
    contents = parseCatFileBatch(await git(['cat-file', '--batch'], root, Buffer.from(`${unread.join('\n')}\n`)));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { parse } = await import('yaml');
  for (const blob of unread) {
    const bytes = contents.get(blob);
    if (bytes !== undefined) held.set(blob, read(parse, bytes));
  }
  return null;
}

/**
 * `git cat-file --batch` output: `<name> <type> <size>\n<bytes>\n` per object, `<name> missing` for one git does
 * not have. Keyed by the object id git prints.
 */
export function parseCatFileBatch(output: Buffer): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let at = 0;
  while (at < output.length) {
    const eol = output.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = output.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    out.set(header[0]!, new Uint8Array(output.subarray(at, at + size)));
    at += size + 1;
  }
  return out;
}

export interface DocumentRevision {
  commit: string;
  /** ISO 8601 committer date of the branch's commit that made this revision (a merge's, for a merged branch). */
  date: string;
  subject: string;
  /** The file's path (relative to the repository top) in that commit: it follows renames. */
  file: string;
}

export interface HistoryReader {
  /** Newest first; empty when the file is not in git. */
  revisions(file: string): Promise<DocumentRevision[]>;
  /** The file's text in a commit, or null. `file` as given by `revisions`. */
  contentAt(commit: string, file: string): Promise<string | null>;
}

const RECORD = '\u001e';
const FIELD = '\u001f';

interface Commit { commit: string; date: string; subject: string; changes: FileChange[]; /** The chain's first commit (or a shallow clone's): its files came from nowhere. */ root?: true }
/** One change of `--raw -z`: A/M/D/T with a path, or R/C with the old and the new path; the new blob when known. */
interface FileChange { status: string; path: string; from: string | null; blob: string | null }

const NO_BLOB = /^0+$/;

/**
 * `git log --raw -z --format=<RECORD>%H<FIELD>%cI<FIELD>%s`: per commit, the header ends at a NUL, then each change
 * is `:<mode> <mode> <old blob> <new blob> <status>` NUL `<path>` NUL, with a second path for R and C. Read with -z
 * because without it git quotes every path with a byte outside printable ASCII (`"standards/\303\251quipe/a.yaml"`)
 * or a tab, newline or quote, and such a path would match no document; -z prints the bytes as they are and needs
 * no unquoting, whatever the name holds.
 */
export const parseChangeLog = (function parseChangeLog(out: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of out.split(RECORD)) {
    const headerEnd = record.indexOf('\0');
    const [commit, date, subject] = (headerEnd < 0 ? record : record.slice(0, headerEnd)).split(FIELD);
    if (!commit || !date) continue;
    const changes: FileChange[] = [];
    const tokens = headerEnd < 0 ? [] : record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    for (let i = 0; i < tokens.length; i++) {
      const meta = tokens[i]!;
      if (!meta.startsWith(':')) continue;
      const fields = meta.split(' ');
      const status = (fields[4] ?? '')[0] ?? '';
      const blob = NO_BLOB.test(fields[3] ?? '') ? null : fields[3] ?? null;
      if (status === 'R' || status === 'C') {
        changes.push({ status, from: tokens[i + 1] ?? '', path: tokens[i + 2] ?? '', blob });
        i += 2;
      } else {
        changes.push({ status, path: tokens[i + 1] ?? '', from: null, blob });
        i += 1;
      }
    }
    commits.push({ commit, date, subject: subject ?? '', changes });
  }
  return commits;
});

/** One commit of the branch's first-parent history and the files it changed against its first parent. */
export type BranchCommit = Commit;

export interface BranchLogOptions {
  /** The commit whose history is read: HEAD when null (the pull-request review reads its base commit's). */
  revision?: string | null;
  /** Paths in the output relative to `root` (git's `--relative`) instead of the repository top. */
  relative?: boolean;
}

const LOG_FORMAT = `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`;

/**
 * The changes under `paths` on the branch's first-parent history (see the rule above), newest first, each with the
 * blob of every file it changed and its committer date. Renames are always detected (`-M`, git's default 50%
 * similarity): a merged branch that moved a document shows, in its merge commit against the first parent, as one
 * rename of the file to its new place, which revisionsByFile follows back to its older versions. The log lists every
 * commit of the chain (`--sparse`: one line for a commit that changed nothing under `paths`, most of a repository's
 * commits), so that each is dated by the whole chain before it (datedByArrival); only those with changes are
 * returned. Rejects when git fails (no repository, no git, a shallow clone without the commit).
 */
export const readBranchLog = (async function readBranchLog(root: string, paths: readonly string[], options: BranchLogOptions = {}, git: GitProcess = runGitProcess): Promise<BranchCommit[]> {
  const args = [
    'log', ...(options.revision ? [options.revision] : []),
    '--first-parent', '--sparse', '--diff-merges=first-parent',
    ...(options.relative ? ['--relative'] : []),
    '--raw', '-z', '--no-abbrev', '-M', LOG_FORMAT, '--', ...paths,
  ];
  const chain = datedByArrival(parseChangeLog((await git(args, root)).toString('utf8')));
  if (chain.length > 0) chain[chain.length - 1]!.root = true;
  return chain.filter((commit) => commit.changes.length > 0);
});

/**
 * Each commit of a first-parent chain (newest first) dated no earlier than any commit before it on the chain. A
 * committer date is what the committing machine said: a rebase with `--committer-date-is-author-date`, a
 * cherry-pick replayed with old dates, or a skewed clock can date a later commit of the branch before an earlier
 * one. The commit cannot have reached the branch before its parent did, so it is dated as its parent was; taken at
 * its word, a rebased change would take effect back to the day it was first written and repaint what the versions
 * before it had already judged. `commits` must be the whole chain, the commits that changed no document too. The
 * text of the later date is kept as git printed it (its offset too).
 */
export const datedByArrival = (function datedByArrival(commits: Commit[]): Commit[] {
  let latest: { date: string; ms: number } | null = null;
  for (let i = commits.length - 1; i >= 0; i--) {
    const commit = commits[i]!;
    const ms = Date.parse(commit.date);
    if (latest !== null && !(ms >= latest.ms)) commit.date = latest.date;
    else latest = { date: commit.date, ms };
  }
  return commits;
});

/** A revision with the blob of the file's text in it (null when git gave none). */
export interface TrackedRevision extends DocumentRevision { blob: string | null }

/**
 * Revisions of every file that exists at the newest commit, newest first, following renames backwards the way
 * `git log --follow` does for one file. `commits` newest first.
 */
export const revisionsByFile = (function revisionsByFile(commits: readonly Commit[]): Map<string, TrackedRevision[]> {
  const byFile = new Map<string, TrackedRevision[]>();
  /** The name a file has at the commit being read → its name today. */
  const alive = new Map<string, string>();
  for (const { commit, date, subject, changes } of commits) {
    for (const change of changes) {
      let today = alive.get(change.path);
      // A path met for the first time going back is its own name today, unless it is deleted here (it does not
      // exist today) or its history already ended at an add (an older file that had the same name).
      if (today === undefined && change.status !== 'D' && !byFile.has(change.path)) {
        today = change.path;
        alive.set(change.path, today);
      }
      if (today === undefined) continue;
      if (!byFile.has(today)) byFile.set(today, []);
      byFile.get(today)!.push({ commit, date, subject, file: change.path, blob: change.blob });
      if (change.status === 'R' && change.from !== null) {
        alive.delete(change.path);
        alive.set(change.from, today);
      } else if (change.status === 'A') {
        alive.delete(change.path);
      }
    }
  }
  return byFile;
});

/**
 * The folders to read so that a document's moves are seen: the top folder of every file (`standards` for
 * `standards/sops/a.yaml`), because git pairs a rename only when both its old and its new path are in the log's
 * paths, and a document moved between subfolders left the folder it has today.
 */
export const foldersOf = (function foldersOf(files: readonly string[]): string[] {
  return [...new Set(files.map((file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.')))];
});

/**
 * The revisions of each of `files` (paths relative to `root` at `revision`, HEAD when null), newest first, each with
 * its path and blob at that commit, following moves: the one reading of a document's history that the evaluation
 * (standard-history.ts), the SOP publications (sop-publications.ts) and the site (document-history.ts gitFolderHistory) share, so they
 * agree on every version and its date.
 */
export const readFileRevisions = (async function readFileRevisions(root: string, files: readonly string[], revision: string | null, git: GitProcess = runGitProcess): Promise<Map<string, TrackedRevision[]>> {
  const byFile = revisionsByFile(await readBranchLogFollowingMoves(root, foldersOf(files), { revision, relative: true }, git));
  return new Map(files.map((file) => [file, byFile.get(file) ?? []]));
});

/** How many times a whole folder's move into the folders read is followed back (a → b → standards is two). */
const FOLDER_MOVES_FOLLOWED = 8;
/** Commits per `git log --no-walk` of whole diffs: a command line stays well within every system's limit. */
const WHOLE_DIFFS_PER_PROCESS = 500;

/**
 * `readBranchLog` of `folders`, following a document or a folder moved into them from elsewhere. Git pairs a rename
 * only when both its paths are in the diff, so in a log limited to `standards` a `git mv docs standards` shows as
 * every file added that day, and every document's history would end there: its earlier versions lost, the version
 * of the move judging all the past. So the commits that added a file to the folders are read once more with their
 * whole diff (`git log --no-walk`, no paths), where git pairs the move; a file that came from a folder not read yet
 * adds that folder (or the file, from the repository's top), and the log is read again. Only those commits: a log
 * of every commit's whole diff (`--full-diff`) printed and kept 29 times the bytes on a repository whose commits
 * touch code beside the standards, and over git's rename limit (1,000 files) in one commit git paired nothing,
 * not even a document renamed within the folder. One git process as before, one more when a file was added, one
 * more round per folder moved as a whole.
 */
export const readBranchLogFollowingMoves = (async function readBranchLogFollowingMoves(root: string, folders: readonly string[], options: BranchLogOptions, git: GitProcess): Promise<BranchCommit[]> {
  const read = [...folders];
  const whole = new Map<string, FileChange[]>();
  for (let round = 0; ; round++) {
    const inRead = (file: string) => read.some((folder) => folder === '.' || file === folder || file.startsWith(`${folder}/`));
    const commits = await readBranchLog(root, read, options, git);
    // A first commit came from nowhere: only the later commits that added a file may have moved it in (and nothing
    // comes from outside the whole tree, `.`).
    const arrivals = commits.filter((commit) => !commit.root && !read.includes('.') && commit.changes.some((change) => change.status === 'A')).map((commit) => commit.commit).filter((commit) => !whole.has(commit));
    for (let at = 0; at < arrivals.length; at += WHOLE_DIFFS_PER_PROCESS) {
      const args = [
        'log', '--no-walk=unsorted', '--diff-merges=first-parent', ...(options.relative ? ['--relative'] : []),
        '--raw', '-z', '--no-abbrev', '-M', LOG_FORMAT, ...arrivals.slice(at, at + WHOLE_DIFFS_PER_PROCESS),
      ];
      for (const commit of parseChangeLog((await git(args, root)).toString('utf8'))) whole.set(commit.commit, commit.changes);
    }
    const moved = new Set<string>();
    for (const commit of commits) {
      const into = new Map((whole.get(commit.commit) ?? [])
        .filter((change) => change.status === 'R' && change.from !== null && !inRead(change.from) && inRead(change.path))
        .map((change) => [change.path, change]));
      if (into.size === 0) continue;
      commit.changes = commit.changes.map((change) => (change.status === 'A' && into.has(change.path) ? into.get(change.path)! : change));
      // A file moved in from the top of the repository is read alone: its folder, `.`, is every commit.
      for (const { from } of into.values()) moved.add(from!.includes('/') ? foldersOf([from!])[0]! : from!);
    }
    if (moved.size === 0 || round === FOLDER_MOVES_FOLLOWED) return commits;
    read.push(...[...moved].filter((folder) => !read.includes(folder)).sort());
  }
});

const GITHUB_MERGE_SUBJECT = /^Merge pull request #(\d+) from \S+$/;

/**
 * GitHub's merge commit says only "Merge pull request #12 from someone/branch"; the pull request's title is the
 * first line of its body. On the site's history a reader wants the title ("Tighten urgent first response (#12)"),
 * so the merges are read once more, with their bodies, in one `git log --no-walk --stdin`. Used by the site only:
 * the evaluation needs no subjects. When git cannot say, the subject stays as it is.
 */
export async function withPullRequestTitles(root: string, commits: BranchCommit[], git: GitProcess = runGitProcess): Promise<BranchCommit[]> {
  const merges = commits.filter((c) => GITHUB_MERGE_SUBJECT.test(c.subject));
  if (!merges.length) return commits;
  let out: string;
  try {
    // -z: each commit ends at a NUL, and %x00 splits its hash from its body; a commit message never holds a NUL.
    out = (await git(['log', '--no-walk=unsorted', '--stdin', '-z', '--format=%H%x00%b'], root, Buffer.from(`${merges.map((c) => c.commit).join('\n')}\n`))).toString('utf8');
  } catch {
    return commits;
  }
  const titles = new Map<string, string>();
  const fields = out.split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const title = fields[i + 1]!.split('\n').map((line) => line.trim()).find((line) => line !== '');
    if (title) titles.set(fields[i]!.trim(), title);
  }
  return commits.map((c) => {
    const number = GITHUB_MERGE_SUBJECT.exec(c.subject)?.[1];
    const title = titles.get(c.commit);
    return number && title ? { ...c, subject: `${title} (#${number})` } : c;
  });
}
