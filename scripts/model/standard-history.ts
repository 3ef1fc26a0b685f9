// Reads the committed versions of Standard files from git for history-aware evaluation
// (standard-versions.ts decides which version judged what). Two git processes whatever the number of files and
// commits: one `git log --raw` lists, per commit, the blob of every given file it changed, and one
// `git cat-file --batch` returns all those blobs. Each blob is validated like a file on disk; a version that
// does not validate (it never passed CI, or an older schema) is left out. Outside a git repository, or in a
// shallow clone, there is less or no history: never an error, the working copy is then the only version.

import { spawn } from 'node:child_process';
import type { Finding } from './findings.ts';
import { defaultValidator, validateDocument } from './load.ts';
import type { StandardDefinition } from './model.ts';
import type { CommittedStandard } from './standard-versions.ts';

/** Runs git in `cwd` with `input` on stdin; resolves with stdout, rejects when git fails or is missing. */
export type GitProcess = (args: readonly string[], cwd: string, input?: Buffer) => Promise<Buffer>;

export const runGitProcess: GitProcess = (args, cwd, input) =>
  new Promise((resolve, reject) => {
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

const RECORD = '\u001e';
const FIELD = '\u001f';
const NO_BLOB = /^0+$/;

export interface StandardHistoryResult {
  /** Committed versions per file (as given), oldest first. */
  committed: Map<string, CommittedStandard[]>;
  /** Why history could not be read, or null (then `committed` is empty). */
  unavailable: string | null;
  /** Git processes started: always at most 2. */
  processes: number;
}

/**
 * The committed versions of `files` (paths relative to `root`, forward slashes). Commits are in commit order
 * (git log's default, reversed); merges are read from their first parent's side like `git log` shows them.
 */
export async function readStandardHistory(root: string, files: readonly string[], git: GitProcess = runGitProcess): Promise<StandardHistoryResult> {
  const committed = new Map<string, CommittedStandard[]>();
  if (files.length === 0) return { committed, unavailable: null, processes: 0 };
  let log: string;
  try {
    log = (await git(['log', '--relative', '--raw', '--no-abbrev', '--no-renames', `--format=${RECORD}%H${FIELD}%cI`, '--', ...files], root)).toString('utf8');
  } catch (error) {
    return { committed, unavailable: error instanceof Error ? error.message : String(error), processes: 1 };
  }
  const wanted = new Set(files);
  // Newest first, as git log prints it.
  const changes: Array<{ commit: string; committedAt: string; file: string; blob: string }> = [];
  for (const record of log.split(RECORD)) {
    if (record.trim() === '') continue;
    const lines = record.split('\n');
    const [commit, committedAt] = lines[0]!.split(FIELD);
    if (!commit || !committedAt) continue;
    for (const line of lines.slice(1)) {
      // :100644 100644 <old blob> <new blob> M\t<path>
      const tab = line.indexOf('\t');
      if (!line.startsWith(':') || tab < 0) continue;
      const fields = line.slice(1, tab).split(' ');
      const blob = fields[3];
      const file = line.slice(tab + 1);
      if (!blob || NO_BLOB.test(blob) || !wanted.has(file)) continue;
      changes.push({ commit, committedAt, file, blob });
    }
  }
  if (changes.length === 0) return { committed, unavailable: null, processes: 1 };

  const blobs = [...new Set(changes.map((c) => c.blob))];
  let contents: Map<string, Uint8Array>;
  try {
    contents = parseCatFileBatch(await git(['cat-file', '--batch'], root, Buffer.from(`${blobs.join('\n')}\n`)));
  } catch (error) {
    return { committed, unavailable: error instanceof Error ? error.message : String(error), processes: 2 };
  }
  const validator = defaultValidator();
  const parsed = new Map<string, StandardDefinition | null>();
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    const key = `${change.file}\u0000${change.blob}`;
    if (!parsed.has(key)) {
      const bytes = contents.get(change.blob);
      const result = bytes === undefined ? null : validateDocument(change.file, bytes, validator);
      const ok = result !== null && result.document?.kind === 'Standard' && result.document.valid && !hasError(result.findings);
      parsed.set(key, ok ? (result.document!.definition as StandardDefinition) : null);
    }
    const definition = parsed.get(key);
    if (!definition) continue;
    const list = committed.get(change.file) ?? [];
    list.push({ commit: change.commit, committedAt: change.committedAt, definition });
    committed.set(change.file, list);
  }
  return { committed, unavailable: null, processes: 2 };
}

function hasError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** `<sha> blob <size>\n<bytes>\n` per object; `<sha> missing` for one git does not have. */
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
