// The digests of our own code kept by the files' stats (scripts/model/code-digest.ts): whatever the record says, the
// digest of given sources is the SHA-256 of their bytes (computed here independently), after an edit in place that
// keeps the size, within the same second or with the modification time put back, a touch, a file replaced by
// rename, added or removed, a package found nearer; a record is trusted only while every file it read keeps its stat
// and is strictly older than the mark taken before it was hashed and than the record (git's racy rule); a damaged or
// foreign record only costs the hashing. Most runs here are given a mark a second past every file's times (`later`),
// as a run started after the files were written: whether the record is trusted then turns on the stats alone.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { codeDigest, sourceFilesIn, type CodeSources } from '../../scripts/model/code-digest.ts';
import { loaderCodeDigest } from '../../scripts/model/model-cache.ts';
import { countersEngineDigest } from '../../scripts/store/day-counters-file.ts';

const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** A fixed time, in whole seconds so a file's time can be put back exactly (never the wall clock). */
const T = 1_700_000_000;

/** A record's file name: the sources' name and the first 16 hex digits of the SHA-256 of the module packages resolve from. */
const recordName = (from: string) => `code-digest-test-${createHash('sha256').update(from).digest('hex').slice(0, 16)}.json`;

/** A repository-like folder: src/ with two sources, node_modules/pkg at version 1.2.3, and a record folder. */
function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'code-digest-'));
  temps.push(root);
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(root, 'src', 'b.ts'), 'export const b = 2;\n');
  mkdirSync(path.join(root, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules', 'pkg', 'package.json'), '{"name":"pkg","version":"1.2.3"}\n');
  for (const name of ['a.ts', 'b.ts']) utimesSync(path.join(root, 'src', name), T, T);
  const records = path.join(root, 'records');
  const sources = (): CodeSources => ({
    name: 'test', head: 'format 7\n', files: sourceFilesIn([path.join(root, 'src')], (n) => n.endsWith('.ts')),
    packages: ['pkg'], from: pathToFileURL(path.join(root, 'src', 'a.ts')).href, tail: 'tail',
  });
  const src = (name: string) => path.join(root, 'src', name);
  const manifest = path.join(root, 'node_modules', 'pkg', 'package.json');
  const files = () => [...readdirSync(path.join(root, 'src')).filter((n) => n.endsWith('.ts')).map(src), manifest];
  /** A mark (ns) a second past every file's modification and change times now: a run started after they were written. */
  const later = () => BigInt(Math.max(...files().map((f) => { const s = statSync(f, { bigint: true }); return Math.ceil(Number((s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs) / 1_000_000n) / 1000); })) + 1) * 1_000_000_000n;
  return { root, records, sources, record: path.join(records, recordName(sources().from)), src, manifest, later };
}

/** The digest computed by hand: head, each .ts file of src/ by name with its bytes, the package's version, the tail. */
function byHand(root: string, version = '1.2.3'): string {
  const hash = createHash('sha256').update('format 7\n');
  for (const name of readdirSync(path.join(root, 'src')).filter((n) => n.endsWith('.ts')).sort()) hash.update(`src/${name}\n`).update(readFileSync(path.join(root, 'src', name)));
  return hash.update(`pkg@${version}\n`).update('tail').digest('hex');
}

/** Rewrites the record's digest and its own checksum, so a digest read from it shows the record was trusted. */
function forge(record: string, digest: string, mtime: number) {
  const body = { ...(JSON.parse(readFileSync(record, 'utf8')) as { body: object }).body, digest };
  const text = JSON.stringify(body);
  writeFileSync(record, `{"body":${text},"sha256":"${createHash('sha256').update(text).digest('hex')}"}\n`);
  utimesSync(record, mtime, mtime);
}
const FORGED = 'f'.repeat(64);
const CODE_DIGEST = path.resolve(import.meta.dirname, '../../scripts/model/code-digest.ts');
function digestInAProcess(sources: CodeSources, records: string): string {
  const script = `const { codeDigest } = await import(${JSON.stringify(pathToFileURL(CODE_DIGEST).href)}); process.stdout.write(codeDigest(${JSON.stringify(sources)}, ${JSON.stringify(records)}));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}
const newest = (...files: string[]) => Math.max(...files.map((f) => Math.ceil(Number(statSync(f, { bigint: true }).ctimeNs / 1_000_000n) / 1000)));

describe('a code digest kept by the files’ stats', () => {
  it('is the SHA-256 of the sources, recorded, and taken from the record while every file keeps its stat and is older than its mark and the record', () => {
    const p = project();
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(byHand(p.root));
    // The record is what a second run reads: one whose digest was replaced (checksum kept whole) is believed…
    forge(p.record, FORGED, newest(p.src('a.ts'), p.src('b.ts'), p.manifest) + 1);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(FORGED);
    // …but not when a file it read is not strictly older than it (git's racy rule): every file's time is T…
    forge(p.record, FORGED, T);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(byHand(p.root));
    // …nor when a source alone is as new as the record (its time put ahead of every other file's, then the record's).
    const ahead = newest(p.src('a.ts'), p.src('b.ts'), p.manifest) + 100;
    utimesSync(p.src('b.ts'), ahead, ahead);
    codeDigest(p.sources(), p.records, p.later);
    forge(p.record, FORGED, ahead);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(byHand(p.root));
    forge(p.record, FORGED, ahead + 1);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(FORGED);
    // The same for a package's manifest.
    utimesSync(p.manifest, ahead + 2, ahead + 2);
    codeDigest(p.sources(), p.records, p.later);
    forge(p.record, FORGED, ahead + 2);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(byHand(p.root));
    // Hashed anew, the record is written again with the digest.
    forge(p.record, FORGED, ahead);
    codeDigest(p.sources(), p.records, p.later);
    expect(JSON.parse(readFileSync(p.record, 'utf8')).body.digest).toBe(byHand(p.root));
  });

  it('takes a file changed in its mark\'s tick (or dated past it) for racy, however late the record: hashed again, and trusted once hashed under a later mark', () => {
    const p = project();
    // b.ts changed at F, a whole second ahead of every other file; the mark taken in that same tick (F): an edit of
    // b after it was read, in that tick, would keep its stat. The record written a second later (a whole-second file
    // system), its digest replaced: b is older than the record but not than the mark, so it is hashed again.
    const F = newest(p.src('a.ts'), p.src('b.ts'), p.manifest) + 100;
    utimesSync(p.src('b.ts'), F, F);
    const atF = () => BigInt(F) * 1_000_000_000n;
    expect(codeDigest(p.sources(), p.records, atF)).toBe(byHand(p.root));
    forge(p.record, FORGED, F + 1);
    expect(codeDigest(p.sources(), p.records, atF)).toBe(byHand(p.root));
    expect(JSON.parse(readFileSync(p.record, 'utf8')).body.mark).toBe(`${F}000000000`);
    // Hashed under a mark one nanosecond past b's time (the clock's next tick), the record is trusted.
    codeDigest(p.sources(), p.records, () => BigInt(F) * 1_000_000_000n + 1n);
    forge(p.record, FORGED, F + 1);
    expect(codeDigest(p.sources(), p.records, atF)).toBe(FORGED);
    // The same for a package's manifest, changed in the tick of a later mark.
    utimesSync(p.manifest, F + 5, F + 5);
    codeDigest(p.sources(), p.records, () => BigInt(F + 5) * 1_000_000_000n);
    forge(p.record, FORGED, F + 6);
    expect(codeDigest(p.sources(), p.records)).toBe(byHand(p.root));
    // A record of the format before the mark (none in it) is hashed anew, whatever its time.
    const body: Record<string, unknown> = { ...(JSON.parse(readFileSync(p.record, 'utf8')) as { body: object }).body, format: 1, digest: FORGED };
    delete body.mark;
    const text = JSON.stringify(body);
    writeFileSync(p.record, `{"body":${text},"sha256":"${createHash('sha256').update(text).digest('hex')}"}\n`);
    utimesSync(p.record, F + 10, F + 10);
    expect(codeDigest(p.sources(), p.records)).toBe(byHand(p.root));
  });

  it('changes as the bytes do: an edit in place keeping the size (at once, and with its time put back), a touch, a replacement by rename', () => {
    const p = project();
    const first = codeDigest(p.sources(), p.records, p.later);
    // Same size, within the same second as the record.
    writeFileSync(p.src('a.ts'), 'export const a = 9;\n');
    const edited = codeDigest(p.sources(), p.records, p.later);
    expect(edited).toBe(byHand(p.root));
    expect(edited).not.toBe(first);
    // Same size, its modification time put back to what was recorded, and the record later than every file (as when
    // a file changes between its stat and its read, the record written after): its change time tells.
    utimesSync(p.src('b.ts'), T, T);
    codeDigest(p.sources(), p.records, p.later);
    writeFileSync(p.src('b.ts'), 'export const b = 8;\n');
    utimesSync(p.src('b.ts'), T, T);
    const later = newest(p.src('a.ts'), p.src('b.ts'), p.manifest) + 1;
    utimesSync(p.record, later, later);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(byHand(p.root));
    // A touch: hashed again, the same digest.
    const beforeTouch = byHand(p.root);
    utimesSync(p.src('a.ts'), T + 5, T + 5);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(beforeTouch);
    // Replaced by rename with a file of the same size and the same times, the record later than every file: another inode.
    writeFileSync(p.src('a.ts.new'), 'export const a = 7;\n');
    utimesSync(p.src('a.ts.new'), T + 5, T + 5);
    renameSync(p.src('a.ts.new'), p.src('a.ts'));
    const afterRename = newest(p.src('a.ts'), p.src('b.ts'), p.manifest) + 1;
    utimesSync(p.record, afterRename, afterRename);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(byHand(p.root));
    expect(byHand(p.root)).not.toBe(beforeTouch);
  });

  it('changes when a source is added or removed, or a package’s version changes or a nearer copy of it appears', () => {
    const p = project();
    codeDigest(p.sources(), p.records, p.later);
    writeFileSync(p.src('c.ts'), 'export const c = 3;\n');
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(byHand(p.root));
    // Removed, the last and then the first (the record later than every file each time).
    for (const name of ['c.ts', 'a.ts']) {
      rmSync(p.src(name));
      const later = newest(p.src('b.ts'), p.manifest) + 1;
      utimesSync(p.record, later, later);
      expect(codeDigest(p.sources(), p.records, p.later)).toBe(byHand(p.root));
    }
    writeFileSync(path.join(p.root, 'node_modules', 'pkg', 'package.json'), '{"name":"pkg","version":"1.2.4"}\n');
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(byHand(p.root, '1.2.4'));
    // src/node_modules/pkg is nearer to src/a.ts than node_modules/pkg: Node resolves it, the digest follows. (In a
    // process of its own: Node remembers a resolution for the rest of a process, as the digest is.)
    mkdirSync(path.join(p.root, 'src', 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(path.join(p.root, 'src', 'node_modules', 'pkg', 'package.json'), '{"name":"pkg","version":"2.0.0"}\n');
    expect(digestInAProcess(p.sources(), p.records)).toBe(byHand(p.root, '2.0.0'));
  });

  it('is recorded where node_modules is a link to another folder\'s (a checkout beside another, pnpm\'s links), and hashed anew once the link leads elsewhere', () => {
    const p = project();
    // node_modules moved beside the project and linked back: Node finds pkg through the link, at the moved folder.
    const moved = path.join(p.root, 'elsewhere');
    mkdirSync(moved);
    renameSync(path.join(p.root, 'node_modules'), path.join(moved, 'node_modules'));
    symlinkSync(path.join(moved, 'node_modules'), path.join(p.root, 'node_modules'), 'dir');
    const manifest = path.join(moved, 'node_modules', 'pkg', 'package.json');
    const later = () => BigInt(newest(p.src('a.ts'), p.src('b.ts'), manifest) + 1) * 1_000_000_000n;
    expect(codeDigest(p.sources(), p.records, later)).toBe(byHand(p.root));
    // Recorded, and trusted while the files keep their stats and the link leads where it led.
    forge(p.record, FORGED, newest(p.src('a.ts'), p.src('b.ts'), manifest) + 1);
    expect(codeDigest(p.sources(), p.records, later)).toBe(FORGED);
    // The link pointed at another node_modules, whose pkg is 1.2.4 (a manifest with its own stat, but one recorded
    // stat alone would not tell: the place found must still lead to the folder recorded).
    const other = path.join(p.root, 'other');
    mkdirSync(path.join(other, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(path.join(other, 'node_modules', 'pkg', 'package.json'), '{"name":"pkg","version":"1.2.4"}\n');
    rmSync(path.join(p.root, 'node_modules'));
    symlinkSync(path.join(other, 'node_modules'), path.join(p.root, 'node_modules'), 'dir');
    forge(p.record, FORGED, newest(p.src('a.ts'), p.src('b.ts'), manifest) + 1);
    expect(digestInAProcess(p.sources(), p.records)).toBe(byHand(p.root, '1.2.4'));
  });

  it('is kept for each checkout when two share one node_modules (the benchmarks\' before and after): neither overwrites the other\'s', () => {
    const a = project();
    const b = project();
    // b's node_modules is a link to a's, so both record in a's folder.
    rmSync(path.join(b.root, 'node_modules'), { recursive: true });
    symlinkSync(path.join(a.root, 'node_modules'), path.join(b.root, 'node_modules'), 'dir');
    const bLater = () => BigInt(newest(b.src('a.ts'), b.src('b.ts'), a.manifest) + 1) * 1_000_000_000n;
    expect(codeDigest(a.sources(), a.records, a.later)).toBe(byHand(a.root));
    const aRecord = readFileSync(a.record, 'utf8');
    expect(codeDigest(b.sources(), a.records, bLater)).toBe(byHand(b.root));
    expect(readdirSync(a.records).sort()).toEqual([recordName(a.sources().from), recordName(b.sources().from)].sort());
    expect(readFileSync(a.record, 'utf8')).toBe(aRecord);
    // a's next run takes its record (forged, so a digest read from it shows it was trusted); b's too.
    forge(a.record, FORGED, newest(a.src('a.ts'), a.src('b.ts'), a.manifest) + 1);
    expect(codeDigest(a.sources(), a.records, a.later)).toBe(FORGED);
    forge(path.join(a.records, recordName(b.sources().from)), FORGED, newest(b.src('a.ts'), b.src('b.ts'), a.manifest) + 1);
    expect(codeDigest(b.sources(), a.records, bLater)).toBe(FORGED);
  });

  it('hashes anew past a record damaged so it still parses, one of other sources, one cut short, or none at all', () => {
    const p = project();
    const right = byHand(p.root);
    codeDigest(p.sources(), p.records, p.later);
    const whole = readFileSync(p.record, 'utf8');
    const later = newest(p.src('a.ts'), p.src('b.ts'), p.manifest) + 1;
    // One digit of the recorded digest changed, the checksum not: still JSON, refused, and written again whole.
    const digit = whole.indexOf(right) + 10;
    writeFileSync(p.record, whole.slice(0, digit) + (whole[digit] === '0' ? '1' : '0') + whole.slice(digit + 1));
    utimesSync(p.record, later, later);
    expect(JSON.parse(readFileSync(p.record, 'utf8')).body.digest).not.toBe(right);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(right);
    expect(readFileSync(p.record, 'utf8')).toBe(whole);
    // A record of other sources (another head), whole and checksummed.
    rmSync(p.record);
    codeDigest({ ...p.sources(), head: 'format 8\n' }, p.records, p.later);
    utimesSync(p.record, later, later);
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(right);
    // Cut short, and then not there.
    writeFileSync(p.record, whole.slice(0, 40));
    expect(codeDigest(p.sources(), p.records, p.later)).toBe(right);
    rmSync(p.records, { recursive: true });
    expect(codeDigest(p.sources(), null)).toBe(right);
    expect(() => readdirSync(p.records)).toThrow();
  });
});

describe('the project’s code digests', () => {
  const repo = path.resolve(import.meta.dirname, '../..');
  const files = (folders: string[], accept: (n: string) => boolean) => folders.flatMap((f) => readdirSync(path.join(repo, f)).filter(accept).sort()
    .filter((n) => statSync(path.join(repo, f, n)).isFile()).map((n) => [`${path.basename(f)}/${n}`, path.join(repo, f, n)] as const));
  const version = (pkg: string) => (JSON.parse(readFileSync(path.join(repo, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

  it('are the SHA-256 of the loader’s and the measuring code’s files, the packages’ versions and Node’s, as before they were recorded', () => {
    const loader = createHash('sha256').update('format 1\n');
    for (const [label, file] of files(['scripts/model', 'schemas'], (n) => !n.includes('.generated.'))) loader.update(`${label}\n`).update(readFileSync(file));
    for (const pkg of ['yaml', 'ajv', 'ajv-formats', 'luxon', 'fastest-levenshtein']) loader.update(`${pkg}@${version(pkg)}\n`);
    const { node, v8, tz, icu, unicode } = process.versions;
    expect(loaderCodeDigest()).toBe(loader.update(JSON.stringify({ node, v8, tz, icu, unicode })).digest('hex'));

    // The counters' format (day-counters-file.ts FORMAT) is part of their digest: a new format is a new digest.
    const counters = createHash('sha256').update('format 6\n');
    for (const [label, file] of files(['scripts/engine', 'scripts/model'], (n) => n.endsWith('.ts') && !n.includes('.generated.'))) counters.update(`${label}\n`).update(readFileSync(file));
    expect(countersEngineDigest()).toBe(counters.update(`luxon@${version('luxon')}\n`).digest('hex').slice(0, 32));
  });
});
