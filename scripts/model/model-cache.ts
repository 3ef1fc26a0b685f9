// The loaded model kept between runs. Loading standards/ parses every YAML document, checks it against its schema
// and runs the rules across documents: ≈ 0.15 s of CPU before `fetch`, `evaluate` or `site` does any work, every
// run, while the documents change a few times a month. So the commands of the pipeline keep what loading gave (the
// model and its findings) and what validating each committed version of a Standard or Calendar gave (the history),
// each under a key that covers everything the result depends on:
// - the model: the bytes of every document file and their paths, the day review dates are judged against, strict
//   or not, and the code that loads them (every file of scripts/model/ and schemas/, the versions of the yaml, luxon, fastest-levenshtein,
//   ajv and ajv-formats packages, and Node's own versions with its time-zone data);
// - a committed version: its path and its git blob (the SHA-1 of its bytes), and the same code.
// Change any of it and the key changes: the model is loaded anew, never a stale one used. What committed blobs gave
// (readKeptBlobs) is shared by evaluate, actions and review: a value of a blob's bytes, whoever computed it
// (standard-history.ts readDocumentHistoryKept says why a pull request's review may write it). A file that cannot be
// read or parsed, or that holds another key, is ignored and written again.
//
// Where: node_modules/.cache/service-standards/ under the repository root (the convention other tools keep their
// caches in: per project, ignored by git, gone with a fresh install). Without a node_modules folder nothing is kept.
// A value is kept only when it survives JSON whole (checked on writing), with the digest of its text (checked on
// reading), so what a run reads back is exactly what loading gave.

import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { open, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeDigest as recordedCodeDigest, sourceFilesIn } from './code-digest.ts';
import { readStandardsFiles, withFileFindings } from './document-files.ts';
import { writeKeptFile } from './kept-file.ts';
import type { LoadResult } from './load.ts';

// node:util without an import: see cli.ts (an import of it costs every run ≈ 4 ms of start-up).
const { isDeepStrictEqual } = process.getBuiltinModule('node:util');

const FORMAT = 1;
const MODEL_DIR = path.dirname(fileURLToPath(import.meta.url));
const SCHEMA_DIR = path.resolve(MODEL_DIR, '../../schemas');
/** Models kept at most: the newest, by when they were last written or used. */
const MODELS_KEPT = 8;

let codeDigest: string | null = null;

/**
 * A digest of the code that loads documents: scripts/model/, schemas/, the parsing packages and Node itself. The
 * files generated from the schemas (`*.generated.*`: the types and the compiled validators, 1.3 of scripts/model/'s
 * 1.8 MB, hashed on every warm run) are left out: each is a function of what the digest holds (schemas/,
 * generate-types.ts, the ajv and ajv-formats versions), and one not generated again after a schema changed is
 * refused by the validator before it checks anything (compiled-validators.ts, StaleValidatorsError). Taken from its
 * record while no file it read has changed (code-digest.ts).
 */
export const loaderCodeDigest = (function loaderCodeDigest(): string {
  if (codeDigest !== null) return codeDigest;
  const { node, v8, tz, icu, unicode } = process.versions;
  codeDigest = recordedCodeDigest({
    name: 'loader',
    head: `format ${FORMAT}\n`,
    files: sourceFilesIn([MODEL_DIR, SCHEMA_DIR], (name) => !name.includes('.generated.')),
    packages: ['yaml', 'ajv', 'ajv-formats', 'luxon', 'fastest-levenshtein'],
    from: import.meta.url,
    tail: JSON.stringify({ node, v8, tz, icu, unicode }),
  });
  return codeDigest;
});

/** Where a repository's kept models live, or null when it has no node_modules folder. */
export const modelCacheDir = (function modelCacheDir(root: string): string | null {
  const modules = path.join(root, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'service-standards') : null;
});

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** The key of a model loaded from `files` (path and bytes) with these options. */
export const modelKey = (function modelKey(files: ReadonlyArray<{ file: string; bytes: Uint8Array }>, options: { today: string; strict: boolean }): string {
  return sha256(JSON.stringify([loaderCodeDigest(), options.today, options.strict, files.map((f) => [f.file, sha256(f.bytes)])]));
});

/**
 * A kept file's JSON, or null. Opened without waiting and without following a link, and read only when a regular file,
 * as code-digest.ts reads its record: a named pipe at its name would hold every run (nothing writes to it), a link to
 * /dev/zero would never end; either is replaced by the value written next (a rename over it).
 */
const readJson = (async function readJson(file: string): Promise<unknown> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    if (!(await handle.stat()).isFile()) return null;
    return JSON.parse(await handle.readFile('utf8')) as unknown;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
});

/** What survives JSON whole, as JSON; null otherwise (an `undefined` property, a NaN, a Map would not). */
function asJson(value: unknown): string | null {
  const text = JSON.stringify(value);
  return text !== undefined && isDeepStrictEqual(JSON.parse(text), value) ? text : null;
}

/** A kept value of `kind` under `key` in `dir`, or null (none, another key, or bytes that do not match their digest). */
export const readKept = (async function readKept<T>(dir: string | null, kind: string, key: string): Promise<T | null> {
  if (dir === null) return null;
  const kept = await readJson(path.join(dir, `${kind}-${key}.json`)) as { key?: unknown; sha256?: unknown; value?: T } | null;
  if (kept === null || typeof kept !== 'object' || kept.key !== key || kept.value === undefined) return null;
  // A value survives JSON whole (`keep` checks it), so its text now is the text that was digested.
  return kept.sha256 === sha256(JSON.stringify(kept.value)) ? kept.value : null;
});

/**
 * Keeps `value` of `kind` under `key` in `dir` (nothing when it would not survive JSON whole), and removes the
 * oldest of that kind beyond MODELS_KEPT. A cache that cannot be written is no error: the next run loads anew.
 */
export async function keep(dir: string | null, kind: string, key: string, value: unknown): Promise<void> {
  if (dir === null) return;
  const valueText = asJson(value);
  if (valueText === null) return;
  const text = `{"key":${JSON.stringify(key)},"sha256":"${sha256(valueText)}","value":${valueText}}`;
  try {
    // Whole or not at all, sweeping what killed runs' writes left here (kept-file.ts).
    writeKeptFile(path.join(dir, `${kind}-${key}.json`), text);
    const mine = (await readdir(dir)).filter((name) => name.startsWith(`${kind}-`) && name.endsWith('.json'));
    if (mine.length <= MODELS_KEPT) return;
    const dated = await Promise.all(mine.map(async (name) => ({ name, ms: (await stat(path.join(dir, name))).mtimeMs })));
    dated.sort((a, b) => b.ms - a.ms);
    for (const { name } of dated.slice(MODELS_KEPT)) await rm(path.join(dir, name), { force: true });
  } catch {
    // Read-only, full or gone: nothing kept.
  }
}

/** The model of standards/ and its findings, as `loadStandardsModel` gives them (no base ref), kept between runs. */
export const loadModelKept = (async function loadModelKept(options: { root: string; today: string; strict: boolean; dir?: string }): Promise<Pick<LoadResult, 'model' | 'findings'> & { kept: boolean }> {
  const { files, findings: fileFindings } = await readStandardsFiles(options.root, options.dir);
  const key = modelKey(files, options);
  const dir = modelCacheDir(options.root);
  const kept = await readKept<Pick<LoadResult, 'model' | 'findings'>>(dir, 'model', key);
  if (kept !== null) return { ...withFileFindings(kept, fileFindings), kept: true };
  // The parser and the validators are loaded only when the documents are read anew.
  const { validateDocuments } = await import('./load.ts');
  const loaded = validateDocuments(files, { today: options.today, strict: options.strict, base: null });
  const result = { model: loaded.model, findings: loaded.findings };
  await keep(dir, 'model', key, result);
  return { ...withFileFindings(result, fileFindings), kept: false };
});

/** What is kept of committed git blobs: see `readKeptBlobs`. */
type BlobKind = 'history' | 'history-ids' | 'sop-versions' | 'team-members';

/**
 * What reading committed git blobs gave this code, of `kind`: the history's validated versions (standard-history.ts,
 * by `${file}\u0000${blob}`), the SOP versions (sop-publications.ts, by blob) or the Team files' members
 * (team-history.ts, by blob); empty when none are kept.
 */
export const readKeptBlobs = (async function readKeptBlobs<T>(dir: string | null, kind: BlobKind): Promise<Map<string, T>> {
  const entries = await readKept<Array<[string, T]>>(dir, kind, loaderCodeDigest());
  return new Map(Array.isArray(entries) ? entries : []);
});

/** Keeps what reading blobs gave (the caller calls it when something was added to what was read). */
export async function keepBlobs<T>(dir: string | null, kind: BlobKind, held: ReadonlyMap<string, T>): Promise<void> {
  await keep(dir, kind, loaderCodeDigest(), [...held]);
}

/** Runs `read` with what was kept of `kind` (it adds what it reads to the map), then keeps the map when it grew. */
export async function withKeptBlobs<T, R>(dir: string | null, kind: BlobKind, read: (held: Map<string, T>) => Promise<R>): Promise<R> {
  const held = await readKeptBlobs<T>(dir, kind);
  const before = held.size;
  const result = await read(held);
  if (held.size > before) await keepBlobs(dir, kind, held);
  return result;
}
