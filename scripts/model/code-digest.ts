// Digests of our own code, kept by the files' stats. Two caches are keyed by the code that made them: the kept models
// (model-cache.ts: scripts/model/, schemas/ and the parsing packages) and the day counters (day-counters-file.ts:
// scripts/engine/ and scripts/model/). Hashing those sources is some 80 files read and a megabyte of SHA-256, 8–12 ms
// of every warm run, for code that changes only when the project is upgraded or edited. So a digest is recorded with
// the stats of every file it read, as git's index records a file's: size, modification and change times in
// nanoseconds, inode. A run that finds every stat as recorded takes the recorded digest; anything else (a file
// edited, touched, replaced, added or removed, a package reinstalled) hashes the files again, exactly as before, so
// the digest of given sources is always the SHA-256 of their bytes, never an approximation of it.
//
// A stat alone cannot tell an edit made in the same clock tick as the stat was taken: a file rewritten, size kept,
// within one tick of the file system's clock (a jiffy on kernels before 6.13, a second on some file systems) keeps
// its times. Git's racy rule covers it, on a mark as the day-range record takes it (store/day-range-record.ts): a
// file time (a probe file's mtime in the record's folder) taken before the first file is hashed and kept in the
// record. An edit after the mark gets a time at or past it, so a file whose modification (here also its change: an
// edit whose modification time was put back) is strictly older than the mark kept its bytes while it kept its stat;
// one that is not (changed in the mark's tick, or dated ahead) is hashed again, whatever its stat says, and recorded
// under a new mark. The record's own write time is not enough: an edit in the tick of the hash, after the file was
// read, is older than a record written a tick later, and would keep the digest of the bytes before it. (It still
// bounds the trust: a record whose time was put back, `cp -p`, trusts no file newer than it.) A record is written whole (kept-file.ts: a temporary file renamed over it,
// which a killed run's successor sweeps) and carries the digest of its own text: a record damaged, half written, made
// by another version of this code or for other sources only costs the hashing.
//
// Where: node_modules/.cache/service-standards/ of this code's repository (where the kept models live); without a
// node_modules folder nothing is recorded and every run hashes. A node_modules reached through links (one linked to
// another checkout's, as the benchmarks' copies of the repository have it; pnpm's) is recorded too, with where each
// link led: a record made before a link was pointed elsewhere is not trusted. (Until issue 21 such a repository hashed
// on every run: 5–9 ms of the loader's digest and 2.5–3.5 ms of the counters' in a warm 1M evaluate, against
// 1.0–1.6 and 0.5–0.7 ms recorded, measured in the process with process.cpuUsage.)

import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { keptTempFileFor, writeKeptFile } from './kept-file.ts';

/** 2: the mark (a file time taken before hashing) that the racy rule compares with; 3: where each package was found. */
const RECORD_FORMAT = 3;
const CODE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What a code digest covers, hashed in this order. */
export interface CodeSources {
  /** The record's name (`loader`, `counters`): one record each. */
  name: string;
  /** Hashed first (the format of what the digest keys). */
  head: string;
  /** Source files, each hashed as its label, a newline and its bytes, in this order (a folder among them is skipped). */
  files: ReadonlyArray<{ label: string; file: string }>;
  /** Packages whose versions are hashed next, each as `name@version` and a newline, resolved from `from` as Node does. */
  packages: readonly string[];
  /** The module (a file: URL) whose `require` resolves the packages. */
  from: string;
  /** Hashed last (Node's own versions). */
  tail: string;
}

/** The source files of `folders` (absolute paths) whose names `accept`, labelled `folder/name`, sorted by name within each folder. */
export const sourceFilesIn = (function sourceFilesIn(folders: readonly string[], accept: (name: string) => boolean): Array<{ label: string; file: string }> {
  return folders.flatMap((folder) => readdirSync(folder).filter(accept).sort()
    .map((name) => ({ label: `${path.basename(folder)}/${name}`, file: path.join(folder, name) })));
});

/** Where this code's digests are recorded, or null when its repository has no node_modules folder. */
export const codeDigestRecordDir = (function codeDigestRecordDir(root = CODE_ROOT): string | null {
  const modules = path.join(root, 'node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'service-standards') : null;
});

/** A file's stat as recorded (null: not a regular file, or gone). */
const fingerprint = (function fingerprint(file: string): { stat: string; changedNs: bigint } | null {
  let s: BigIntStats | undefined;
  try {
    s = statSync(file, { bigint: true });
  } catch {
    return null;
  }
  return s.isFile() ? { stat: `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`, changedNs: s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs } : null;
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What a record holds besides its own digest. */
interface RecordBody {
  format: number;
  name: string;
  head: string;
  tail: string;
  /** Every file read, with its stat: the sources (with `label`) and the packages' package.json. */
  files: Array<{ label: string | null; file: string; stat: string }>;
  /** Files that would change what a package resolves to, were they to appear. */
  absent: string[];
  /** Where Node found each package (the nearest node_modules/<name>, a folder or a link to one) and the folder it led to. */
  places: Array<{ place: string; real: string }>;
  packages: string[];
  /** The file time (ns) taken before the first file was hashed: files not strictly older are hashed again. */
  mark: string;
  digest: string;
}

/** A folder's real path (links resolved), or null when there is none. */
const realFolder = (function realFolder(place: string): string | null {
  try {
    return realpathSync.native(place);
  } catch {
    return null;
  }
});

/**
 * Where Node's search for `pkg` from `fromDir` up finds it: the nearest node_modules/<pkg> that exists, the places
 * nearer (which must stay empty), and the folder it leads to; null when that folder does not hold `manifest` (Node
 * found the package elsewhere: NODE_PATH, a global folder), so the search is not the one recorded.
 */
function packagePlace(fromDir: string, pkg: string, manifest: string): { place: string; real: string; nearer: string[] } | null {
  const nearer: string[] = [];
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const place = path.join(dir, 'node_modules', ...pkg.split('/'));
    if (existsSync(place)) {
      const real = realFolder(place);
      return real !== null && path.join(real, 'package.json') === manifest ? { place, real, nearer } : null;
    }
    nearer.push(place);
    if (dir === path.dirname(dir)) return null;
  }
}

/** A digest hashed anew, with what its record would hold; not recordable where the packages' resolution is not the usual. */
interface Hashed { body: RecordBody; recordable: boolean }

/** Hashes the sources' bytes and resolves the packages, noting every file's stat taken before it is read; `mark` taken before all. */
const hashSources = (function hashSources(sources: CodeSources, mark: bigint | null): Hashed {
  const files: RecordBody['files'] = [];
  const hash = createHash('sha256').update(sources.head);
  for (const { label, file } of sources.files) {
    const before = fingerprint(file);
    if (before === null) continue;
    files.push({ label, file, stat: before.stat });
    hash.update(`${label}\n`).update(readFileSync(file));
  }
  const require = createRequire(sources.from);
  const absent = new Set<string>();
  const places: RecordBody['places'] = [];
  let recordable = true;
  for (const pkg of sources.packages) {
    const manifest = require.resolve(`${pkg}/package.json`);
    const before = fingerprint(manifest);
    const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    hash.update(`${pkg}@${version}\n`);
    // Recorded only where Node's search is known: the nearest node_modules/<pkg> from the importing folder up, whose
    // folder (itself, or through links: a node_modules linked to another checkout's, pnpm's links) holds the manifest
    // read. The places nearer must stay empty, and the place found must keep leading to that folder.
    const found = before === null ? null : packagePlace(path.dirname(fileURLToPath(sources.from)), pkg, manifest);
    if (found === null) { recordable = false; continue; }
    files.push({ label: null, file: manifest, stat: before!.stat });
    for (const place of found.nearer) absent.add(place);
    places.push({ place: found.place, real: found.real });
  }
  hash.update(sources.tail);
  return {
    body: { format: RECORD_FORMAT, name: sources.name, head: sources.head, tail: sources.tail, files, absent: [...absent].sort(), places, packages: [...sources.packages], mark: String(mark ?? ''), digest: hash.digest('hex') },
    recordable: recordable && mark !== null,
  };
});

/** The recorded digest when the record is whole, for these sources, and every file it lists is as it was and older than its mark. */
const recordedDigest = (function recordedDigest(recordFile: string, sources: CodeSources): string | null {
  let text: string;
  let recordMtimeNs: bigint;
  // Opened without waiting and without following a link, and read only when a regular file: a named pipe at its
  // name would hold every run (nothing writes to it), a link to /dev/zero would never end; either is replaced by the
  // record written next (a rename over it).
  let fd: number;
  try {
    fd = openSync(recordFile, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const s = fstatSync(fd, { bigint: true });
    if (!s.isFile()) return null;
    recordMtimeNs = s.mtimeNs;
    text = readFileSync(fd, 'utf8');
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
  let record: { body?: RecordBody; sha256?: string };
  try {
    record = JSON.parse(text) as typeof record;
  } catch {
    return null;
  }
  const body = record?.body;
  if (typeof body !== 'object' || body === null || record.sha256 !== sha256(JSON.stringify(body))) return null;
  if (body.format !== RECORD_FORMAT || body.name !== sources.name || body.head !== sources.head || body.tail !== sources.tail) return null;
  if (body.packages.join('\n') !== sources.packages.join('\n')) return null;
  if (typeof body.mark !== 'string' || !/^\d+$/.test(body.mark)) return null;
  const settled = BigInt(body.mark) < recordMtimeNs ? BigInt(body.mark) : recordMtimeNs;
  // The sources listed now are the sources recorded, in the same order (one added or removed is hashed anew), each
  // with the stat recorded and older than the mark; then the packages' manifests.
  const recordedSources = body.files.filter((f) => f.label !== null);
  let at = 0;
  for (const { label, file } of sources.files) {
    const now = fingerprint(file);
    if (now === null) continue;
    const recorded = recordedSources[at++];
    if (recorded === undefined || recorded.label !== label || recorded.file !== file || recorded.stat !== now.stat || now.changedNs >= settled) return null;
  }
  if (at !== recordedSources.length) return null;
  for (const { file, stat } of body.files.filter((f) => f.label === null)) {
    const now = fingerprint(file);
    if (now === null || now.stat !== stat || now.changedNs >= settled) return null;
  }
  if (body.absent.some((file) => existsSync(file))) return null;
  if (!Array.isArray(body.places) || body.places.some(({ place, real }) => realFolder(place) !== real)) return null;
  return body.digest;
});

/** Writes the record whole or not at all; a record that cannot be written is no error (the next run hashes). */
function writeRecord(recordFile: string, body: RecordBody): void {
  const bodyText = JSON.stringify(body);
  try {
    writeKeptFile(recordFile, `{"body":${bodyText},"sha256":"${sha256(bodyText)}"}\n`);
  } catch {
    // Read-only, full or gone: nothing recorded.
  }
}

/** The file system's time (ns) now, in `dir`: a probe file's mtime (the day-range record's `fileTimeNow`); null when none can be written. */
export function fileTimeIn(dir: string): bigint | null {
  const probe = keptTempFileFor(path.join(dir, 'file-time'));
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, 'a file time\n', { flag: 'wx' });
    return statSync(probe, { bigint: true }).mtimeNs;
  } catch {
    return null;
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * The SHA-256 (hex) of `sources`: the head, each file's label and bytes, each package's name and version, the tail.
 * Taken from the record in `recordDir` when every file it read is unchanged since; hashed and recorded otherwise.
 * `fileClock`: the file system's time now (default: `fileTimeIn` the record's folder), the mark taken before hashing.
 */
export const codeDigest = (function codeDigest(sources: CodeSources, recordDir: string | null = codeDigestRecordDir(), fileClock: (dir: string) => bigint | null = fileTimeIn): string {
  // One record for each checkout of the code (named by the module the packages are resolved from): checkouts that
  // share a node_modules (a copy linked to another checkout's, as the benchmarks' "before" and "after" have it) share
  // its records' folder, and under one name each run overwrote the other's record and every run hashed.
  const recordFile = recordDir === null ? null : path.join(recordDir, `code-digest-${sources.name}-${sha256(sources.from).slice(0, 16)}.json`);
  if (recordFile !== null) {
    let recorded: string | null = null;
    try {
      recorded = recordedDigest(recordFile, sources);
    } catch {
      // A record of another shape whose own digest matches (made by hand): hashed anew.
    }
    if (recorded !== null) return recorded;
  }
  // Taken before the first file is read: an edit after it gets a time at or past it (the racy rule in the header).
  const mark = recordDir === null ? null : fileClock(recordDir);
  const { body, recordable } = hashSources(sources, mark);
  if (recordFile !== null && recordable) writeRecord(recordFile, body);
  return body.digest;
});
