// Every document's git history with a constant number of git processes, whatever the number of documents and
// commits: one `git log --name-status` over the folder gives every revision of every file (renames followed),
// and one long-lived `git cat-file --batch` serves the file contents at those revisions. Starting a git process
// per file per commit made a 1,000-standard site spend most of its build in `spawn`.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface DocumentRevision {
  commit: string;
  /** ISO 8601 committer date. */
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
  /** Ends the git process behind `contentAt`, if one was started. */
  close?(): void;
}

const RECORD = '\u001e';
const FIELD = '\u001f';

interface Commit { commit: string; date: string; subject: string; changes: FileChange[] }
/** One line of `--name-status`: A/M/D/T with a path, or R/C with the old and the new path. */
interface FileChange { status: string; path: string; from: string | null }

export function parseNameStatusLog(out: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of out.split(RECORD)) {
    const [header = '', ...lines] = record.split('\n');
    const [commit, date, subject] = header.split(FIELD);
    if (!commit || !date) continue;
    const changes: FileChange[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      const [status = '', first = '', second] = line.split('\t');
      if (second !== undefined) changes.push({ status: status[0]!, path: second, from: first });
      else changes.push({ status: status[0]!, path: first, from: null });
    }
    commits.push({ commit, date, subject: subject ?? '', changes });
  }
  return commits;
}

/**
 * Revisions of every file that exists at the newest commit, newest first, following renames backwards the way
 * `git log --follow` does for one file. `commits` newest first.
 */
export function revisionsByFile(commits: readonly Commit[]): Map<string, DocumentRevision[]> {
  const byFile = new Map<string, DocumentRevision[]>();
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
      byFile.get(today)!.push({ commit, date, subject, file: change.path });
      if (change.status === 'R' && change.from !== null) {
        alive.delete(change.path);
        alive.set(change.from, today);
      } else if (change.status === 'A') {
        alive.delete(change.path);
      }
    }
  }
  return byFile;
}

export type RunGit = (args: string[], cwd: string) => Promise<string>;

const runGit: RunGit = async (args, cwd) => (await execFileAsync('git', args, { cwd, maxBuffer: 512 * 1024 * 1024 })).stdout;

/** Reads file contents at commits through one `git cat-file --batch` process, one request at a time. */
class CatFileBatch {
  private child: ChildProcessWithoutNullStreams | null = null;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((chunk: void) => void) | null = null;
  private failed = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly root: string;
  constructor(root: string) { this.root = root; }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.root });
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.waiting?.();
    });
    const fail = () => { this.failed = true; this.waiting?.(); };
    child.on('error', fail);
    child.on('close', fail);
    child.stdin.on('error', fail);
    this.child = child;
    return child;
  }

  private async bytes(n: number): Promise<Buffer | null> {
    while (this.buffer.length < n) {
      if (this.failed) return null;
      await new Promise<void>((resolve) => { this.waiting = resolve; });
      this.waiting = null;
    }
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    return out;
  }

  private async line(): Promise<string | null> {
    for (;;) {
      const end = this.buffer.indexOf(10);
      if (end >= 0) {
        const text = this.buffer.subarray(0, end).toString('utf8');
        this.buffer = this.buffer.subarray(end + 1);
        return text;
      }
      if (this.failed) return null;
      await new Promise<void>((resolve) => { this.waiting = resolve; });
      this.waiting = null;
    }
  }

  read(object: string): Promise<string | null> {
    // Requests are answered in order on one pipe: chain them so two callers never interleave.
    const next = this.queue.then(async () => {
      if (this.failed || /[\n\r]/.test(object)) return null;
      const child = this.child ?? this.start();
      child.stdin.write(`${object}\n`);
      const header = await this.line();
      if (header === null) return null;
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!match) return null; // "<object> missing" or "ambiguous"
      const body = await this.bytes(Number(match[2]) + 1); // content and its trailing newline
      if (body === null || match[1] !== 'blob') return null;
      return body.subarray(0, body.length - 1).toString('utf8');
    });
    this.queue = next.catch(() => null);
    return next;
  }

  close(): void {
    this.child?.stdin.end();
    this.child = null;
  }
}

/**
 * The history of every file under `dir`, read once. Any git failure (no repository, no git, a shallow clone
 * without the commits) reads as no history rather than failing the build.
 */
export function gitFolderHistory(root: string, dir = 'standards', run: RunGit = runGit): HistoryReader {
  let byFile: Promise<Map<string, DocumentRevision[]>> | null = null;
  const batch = new CatFileBatch(root);
  const load = () => {
    byFile ??= run(['log', '--name-status', '-M', '--no-merges', `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`, '--', dir], root)
      .then((out) => revisionsByFile(parseNameStatusLog(out)))
      .catch(() => new Map());
    return byFile;
  };
  return {
    async revisions(file) {
      return [...((await load()).get(file) ?? [])];
    },
    contentAt(commit, file) {
      return batch.read(`${commit}:${file}`);
    },
    close() {
      batch.close();
    },
  };
}
