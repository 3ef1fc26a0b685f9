// A run SIGKILLed between a write's temp file and its rename leaves the temp file (atomic-write.ts). Only `fetch`
// swept them (the whole store); now `evaluate`, `review` and `actions` sweep the folders they write into, under the
// store lock, before they write (writers-temp-sweep.ts). Here a real `standards evaluate` child is killed just before
// its Nth rename into the store (kill-at-rename.ts): the next `evaluate` (no fetch between) leaves no temp file
// anywhere in the store and gives the clean run's report; a `review` after such a kill leaves none either. Before the
// sweep, every kill point below left its temp file after the next evaluate (checked on 110d211).

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isTempFile, nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { sweepTempFilesIn, writerFolders } from '../../scripts/store/writers-temp-sweep.ts';
import { runCli } from '../cli-runner.ts';
import { sampleRepository, tempDir } from '../process-fixtures.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const NIGHT = '2026-11-19T06:00:00Z';

/** The report's bytes bar the instant it was written. */
const report = (root: string) => JSON.stringify({ ...JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')), generatedAt: null });

/** Every temp file of ours in the store, .git and all. */
const tempFiles = (root: string) => (readdirSync(path.join(root, 'data'), { recursive: true }) as string[]).filter((f) => isTempFile(path.basename(f))).sort();

function copy(root: string): string {
  const to = tempDir('standards-killed-temp-');
  cpSync(root, to, { recursive: true, preserveTimestamps: true });
  return to;
}

/** `standards evaluate` as a child process, killed just before its `killBefore`th rename into the store (0: never). */
function evaluateChild(root: string, killBefore: number): Promise<{ signal: NodeJS.Signals | null; code: number | null; renames: string[] }> {
  const seen = path.join(tempDir('standards-renames-'), 'renames');
  writeFileSync(seen, '');
  return new Promise((resolve) => {
    const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), ['--import', path.join(import.meta.dirname, 'kill-at-rename.ts'), path.join(REPOSITORY_ROOT, 'scripts/cli.ts'), 'evaluate', '--root', root, '--now', NIGHT], {
      env: { PATH: process.env.PATH ?? '', KILL_BEFORE_RENAME: String(killBefore), RENAMES_SEEN: seen, RENAMES_UNDER: path.join(root, 'data', path.sep) },
      stdio: 'ignore',
    });
    child.on('exit', (code, signal) => resolve({ code, signal, renames: readFileSync(seen, 'utf8').split('\n').filter((l) => l !== '').map((f) => path.relative(root, f)) }));
  });
}

let fetched: string;
let clean: string;
/** The clean run's renames into the store (facts, counters, the day-range record, then the report and the status log). */
let renames: number;

beforeAll(async () => {
  const root = sampleRepository('standards-killed-temp-');
  expect((await runCli(['fetch', '--root', root], { now: NIGHT })).code).toBe(0);
  const past = new Date(Date.now() - 3_600_000);
  for (const f of readdirSync(path.join(root, 'data/tickets'), { recursive: true }) as string[]) if (f.endsWith('.ndjson')) utimesSync(path.join(root, 'data/tickets', f), past, past);
  fetched = root;
  const first = copy(fetched);
  const run = await evaluateChild(first, 0);
  expect(run.code).toBe(0);
  expect(run.renames.length).toBeGreaterThan(40);
  expect(run.renames.slice(-2)).toEqual(['data/report.json', 'data/status-log.ndjson']);
  renames = run.renames.length;
  clean = report(first);
  expect(tempFiles(first)).toEqual([]);
}, 300_000);

describe('a run killed between a temp file and its rename', () => {
  // The first cache file, one in the middle, the report, the status log. Cache files are written behind (a few under
  // way at once), so a kill may leave more than one temp file.
  const points: [string, (n: number) => number][] = [['the first cache file', () => 1], ['a cache file in the middle', (n) => Math.floor(n / 2)], ['the report', (n) => n - 1], ['the status log', (n) => n]];
  it.each(points)('evaluate killed before writing %s: the next evaluate removes the temp files, same report', { timeout: 120_000 }, async (_, at) => {
    const k = at(renames);
    const root = copy(fetched);
    expect((await evaluateChild(root, k)).signal).toBe('SIGKILL');
    expect(tempFiles(root).length).toBeGreaterThan(0);
    expect((await evaluateChild(root, 0)).code).toBe(0);
    expect(tempFiles(root)).toEqual([]);
    expect(report(root)).toBe(clean);
  });

  it('a review after a killed evaluate removes the temp file in the facts cache', { timeout: 120_000 }, async () => {
    const root = copy(fetched);
    expect((await evaluateChild(root, 3)).signal).toBe('SIGKILL');
    expect(tempFiles(root).length).toBeGreaterThan(0);
    expect((await runCli(['review', '--base', 'HEAD', '--root', root, '--now', NIGHT, '--format', 'json'])).code).toBe(0);
    expect(tempFiles(root)).toEqual([]);
  });
});

describe('sweepTempFilesIn', () => {
  it('removes our temp files in the listed folders only: not a link, not another name, not a subfolder, not .git', async () => {
    const store = tempDir('standards-sweep-');
    const folders = writerFolders(store);
    for (const dir of folders) mkdirSync(dir, { recursive: true });
    mkdirSync(path.join(store, '.git'), { recursive: true });
    mkdirSync(path.join(store, 'tickets/2026/11'), { recursive: true });
    const ours = [path.join(store, '.report.json.0123456789ab.tmp'), path.join(store, '.cache/facts/.2026-11-01.facts.abcdef012345.tmp'), path.join(store, '.cache/counters/.2026-11-01.counts.00000000000a.tmp'), path.join(store, '.cache/texts/.2026-11-01.ndjson.fedcba987654.tmp'), path.join(store, '.cache/.day-ranges.json.111111111111.tmp')];
    const kept = [path.join(store, 'report.json'), path.join(store, '.report.json.tmp'), path.join(store, '.report.json.0123456789AB.tmp'), path.join(store, '.git/.index.0123456789ab.tmp'), path.join(store, 'tickets/2026/11/.2026-11-01.ndjson.0123456789ab.tmp')];
    for (const f of [...ours, ...kept]) writeFileSync(f, 'x');
    const target = path.join(tempDir('standards-sweep-target-'), '.x.0123456789ab.tmp');
    writeFileSync(target, 'x');
    symlinkSync(target, path.join(store, '.cursor.json.0123456789ab.tmp'));
    expect(await sweepTempFilesIn(nodeStoreFileSystem, folders)).toBe(5);
    for (const f of ours) expect(existsSync(f)).toBe(false);
    for (const f of kept) expect(existsSync(f)).toBe(true);
    expect(readdirSync(store)).toContain('.cursor.json.0123456789ab.tmp');
    expect(existsSync(target)).toBe(true);
  });

  it('leaves a folder it cannot list, and goes on: a file where the cache\'s folder should be', async () => {
    const store = tempDir('standards-sweep-');
    writeFileSync(path.join(store, '.cache'), 'not a folder\n');
    writeFileSync(path.join(store, '.report.json.0123456789ab.tmp'), 'x');
    expect(await sweepTempFilesIn(nodeStoreFileSystem, writerFolders(store))).toBe(1);
    expect(readdirSync(store)).toEqual(['.cache']);
  });

  it('leaves a folder named like a temp file, and a temp file it may not remove, and goes on', async () => {
    const store = tempDir('standards-sweep-');
    mkdirSync(path.join(store, '.cache/facts/.2026-11-01.facts.0123456789ab.tmp'), { recursive: true });
    writeFileSync(path.join(store, '.cache/facts/.2026-11-01.facts.0123456789ab.tmp/inside'), 'x');
    writeFileSync(path.join(store, '.report.json.0123456789ab.tmp'), 'x');
    writeFileSync(path.join(store, '.status-log.ndjson.0123456789ab.tmp'), 'x');
    // A file it may not remove (another user's, a read-only disk): EACCES from rm, for the report's only.
    const refusing = { ...nodeStoreFileSystem, async rm(file: string) {
      if (path.basename(file).startsWith('.report.json.')) throw Object.assign(new Error(`EACCES: permission denied, unlink '${file}'`), { code: 'EACCES' });
      return nodeStoreFileSystem.rm(file);
    } };
    expect(await sweepTempFilesIn(refusing, writerFolders(store))).toBe(1);
    expect(readdirSync(store).sort()).toEqual(['.cache', '.report.json.0123456789ab.tmp']);
    expect(readdirSync(path.join(store, '.cache/facts/.2026-11-01.facts.0123456789ab.tmp'))).toEqual(['inside']);
  });

  it('lists the folders of the facts cache and the store\'s own files, and the tickets folder its mark\'s probe is written in, nothing else', () => {
    expect(writerFolders('/s')).toEqual(['/s', '/s/.cache', '/s/.cache/facts', '/s/.cache/counters', '/s/.cache/texts', '/s/tickets']);
  });
});

// `store restore` and `store pack` build their store or tree in a sibling of the target and rename it into place
// (store-branch.ts `buildThenInstall`). Killed before that rename, they left the sibling (a whole store, or tree) for
// good: the next restore or pack made its own and never looked at it (checked on 371d7b6: `.restored.<hex>.tmp` after
// the next restore). Now the sibling names its process, and the next one into the same target removes a dead one's.
describe('store restore and store pack killed just before installing what they built', () => {
  function storeChild(root: string, args: string[], killBefore: number, under: string): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
    return new Promise((resolve) => {
      const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), ['--import', path.join(import.meta.dirname, 'kill-at-rename.ts'), path.join(REPOSITORY_ROOT, 'scripts/cli.ts'), 'store', ...args, '--root', root], {
        env: { PATH: process.env.PATH ?? '', KILL_BEFORE_RENAME: String(killBefore), RENAMES_UNDER: path.join(under, path.sep) },
        stdio: 'ignore',
      });
      child.on('exit', (code, signal) => resolve({ code, signal }));
    });
  }

  it.each([['restore'], ['pack']])('store %s: the next one into the same target leaves no staging folder beside it', { timeout: 120_000 }, async (action) => {
    const root = copy(fetched);
    const work = tempDir('standards-killed-install-');
    const tree = path.join(work, 'tree');
    expect((await storeChild(root, ['pack', '--out', tree], 0, work)).code).toBe(0);
    const target = path.join(work, 'target');
    const args = action === 'restore' ? ['restore', '--from', tree, '--store', target] : ['pack', '--out', target];
    expect((await storeChild(root, args, 1, work)).signal).toBe('SIGKILL');
    // What it built, left beside the target under a temp name (the kill came before the rename).
    expect(readdirSync(work).sort()).toEqual([expect.stringMatching(/^\.target\./), 'tree']);
    expect((await storeChild(root, args, 0, work)).code).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['target', 'tree']);
    expect(readdirSync(path.join(target, 'tickets')).length).toBeGreaterThan(0);
  });

  // An attack that found nothing; kept because no other test says what the sweep must not touch.
  it('store restore: a link named as a dead one\'s staging folder is removed, never what it points at; a running one\'s folder is left', { timeout: 120_000 }, async () => {
    const root = copy(fetched);
    const work = tempDir('standards-staging-names-');
    const tree = path.join(work, 'tree');
    expect((await storeChild(root, ['pack', '--out', tree], 0, work)).code).toBe(0);
    const held = path.join(work, 'held');
    mkdirSync(held);
    writeFileSync(path.join(held, 'keep'), 'x');
    // 999999999 is above any pid_max (2^22): no process holds it. This test's own process is running.
    symlinkSync(held, path.join(work, '.target.staging-999999999-0123456789ab'));
    const running = `.target.staging-${process.pid}-0123456789ab`;
    mkdirSync(path.join(work, running, 'tickets'), { recursive: true });
    expect((await storeChild(root, ['restore', '--from', tree, '--store', path.join(work, 'target')], 0, work)).code).toBe(0);
    expect(readdirSync(work).sort()).toEqual([running, 'held', 'target', 'tree'].sort());
    expect(readdirSync(held)).toEqual(['keep']);
    expect(readdirSync(path.join(work, running))).toEqual(['tickets']);
  });
});
