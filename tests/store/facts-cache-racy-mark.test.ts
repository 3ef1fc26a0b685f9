// The facts cache's racy rule on the file system's own clock (ticket-facts-cache.ts `runMark`, facts-cache-format.ts
// `trustedByStat`): a day file is trusted by its stat when the stat is the one its facts recorded and its mtime is
// strictly before the mark their run took before reading it. A fetch followed at once by an evaluate (the nightly
// pipeline) leaves days trusted by the next run, whatever the wall clock says; a day written in the mark's tick is
// hashed by the next run, so a rewrite there that keeps its size and mtime is still found.

import { cp, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries } from '../../scripts/engine/evaluate.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import { factsCacheDir, storeEntries, type FactsCacheOptions, type FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { fileTimeAndGrain } from '../../scripts/store/day-range-record.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { runCli } from '../cli-runner.ts';
import { rewritePriorityInPlace } from './in-place-edits.ts';
import { bytes, DATA } from './store-nights.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/site/sample/standards');
const NOW = '2026-11-20T06:00:00Z';
/** A whole second, long past: where the day files' mtimes are put. */
const SETTLED = new Date('2026-11-20T05:00:00Z');
const ns = (ms: number) => BigInt(ms) * 1_000_000n;

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'facts-racy-mark-'));
  await cp(FIXTURE, path.join(root, 'standards'), { recursive: true });
  expect((await runCli(['fetch', '--tickets', '600', '--root', root], { now: NOW })).code).toBe(0);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const cacheLine = (stderr: string) => stderr.split('\n').find((line) => line.includes('facts cache:'))?.trim();
async function evaluateLine(): Promise<string | undefined> {
  const run = await runCli(['evaluate', '--root', root, '--now', NOW], { now: NOW });
  expect(run.code).toBe(0);
  return cacheLine(run.stderr);
}
const storeDir = () => path.join(root, 'data', 'tickets');
async function dayFiles(): Promise<string[]> {
  return (await readdir(storeDir(), { recursive: true })).filter((f) => f.endsWith('.ndjson')).map((f) => path.join(storeDir(), f)).sort();
}

it('days the fetch wrote just before the evaluate (within a second, by the wall clock) are trusted by the next run: none hashed', async () => {
  // Their mtimes now, as the fetch's writes just before the night's evaluate: within the former 2 s margin.
  const justNow = new Date();
  for (const file of await dayFiles()) await utimes(file, justNow, justNow);
  const cold = await evaluateLine();
  expect(cold).toMatch(/^facts cache: 0 of (\d+) days from the cache, \1 read from the store/);
  const warm = await evaluateLine();
  expect(warm).toMatch(/^facts cache: (\d+) of \1 days from the cache.*, 0 read from the store(;|$)/);
  // On a coarse clock (Linux before 6.13, a whole-second file system) the days whose text the cold run kept beside
  // their facts are hashed once (ticket-facts-cache.ts `markFor`: their link moved their ctime past the mark); none on
  // a fine one (this machine's 6.18: multigrain timestamps).
  const grain = await fileTimeAndGrain(nodeStoreFileSystem, path.join(root, 'data', '.cache'));
  const kept = grain?.coarse ? (await readdir(path.join(root, 'data', '.cache', 'texts'))).length : 0;
  expect(warm?.match(/(\d+) confirmed by hash/)?.[1] ?? '0').toBe(String(kept));
});

it('the probe that takes the mark tells a file system that stamps two changes in a row alike (coarse) from one that does not', async () => {
  const dir = path.join(root, 'probe');
  const stamps = (times: string[]) => ({ ...nodeStoreFileSystem, stat: async () => ({ size: 1, mtimeNs: times.shift() ?? '9', ino: '1' }) });
  expect(await fileTimeAndGrain(stamps(['5', '5', '6']), dir)).toEqual({ ns: 5n, coarse: true });
  expect(await fileTimeAndGrain(stamps(['5', '6', '6']), dir)).toEqual({ ns: 5n, coarse: true });
  expect(await fileTimeAndGrain(stamps(['5', '6', '7']), dir)).toEqual({ ns: 5n, coarse: false });
  // The probe is removed either way.
  expect(await readdir(dir)).toEqual([]);
});

/** One pass as the pipeline runs it, its mark `markMs` and its day files' stats without a ctime (a file system that has none). */
async function pass(markMs: number, options: FactsCacheOptions = {}): Promise<{ report: string; run: FactsCacheRun }> {
  const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
  const model = loaded.model!;
  const store = openTicketStore(path.join(root, model.pipeline.storeDir));
  const withoutCtime: FactsCacheOptions['stat'] = async (file) => {
    const s = await stat(file, { bigint: true }).catch(() => null);
    return s === null ? null : { size: Number(s.size), mtimeNs: s.mtimeNs, ino: s.ino };
  };
  const facts = storeEntries(store, { stat: withoutCtime, fileClock: async () => ns(markMs), ...options });
  const report = bytes(await evaluateEntries({ model, now: new Date(NOW), clockFor, data: DATA, days: facts.days, worstFacts: facts.worstFacts }));
  return { report, run: facts.run };
}

it('a day written in its facts\' mark tick is hashed by the next run, and a rewrite there under its old size and mtime gives the --full report', async () => {
  const files = await dayFiles();
  for (const file of files) await utimes(file, SETTLED, SETTLED);
  const day = path.basename(files[Math.floor(files.length / 2)]!, '.ndjson');
  const file = files[Math.floor(files.length / 2)]!;
  const days = files.length;

  // Made with a mark in the days' own tick: every day is racy for the next run.
  const cold = await pass(SETTLED.getTime());
  expect(cold.run.rebuilt.length).toBe(days);
  // Nothing written: every day hashed all the same (the same bytes, the header given this run's later mark)...
  const hashed = await pass(SETTLED.getTime() + 1_000);
  expect([hashed.run.rebuilt, hashed.run.refreshed, hashed.run.cached]).toEqual([[], days, days]);
  expect(hashed.report).toBe(cold.report);
  // ...and then trusted by its stat: none hashed.
  const trusted = await pass(SETTLED.getTime() + 2_000);
  expect([trusted.run.rebuilt, trusted.run.refreshed]).toEqual([[], 0]);

  // Made again in the days' tick, then one day rewritten in that tick: the same inode, size and mtime (and no ctime).
  await pass(SETTLED.getTime(), { full: true });
  const before = await stat(file, { bigint: true });
  await rewritePriorityInPlace(file, SETTLED);
  const after = await stat(file, { bigint: true });
  expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
  const warm = await pass(SETTLED.getTime() + 1_000);
  expect(warm.run.rebuilt).toEqual([{ day, reason: 'changed' }]);
  expect(warm.run.refreshed).toBe(days - 1);
  const full = await pass(SETTLED.getTime() + 2_000, { full: true });
  expect(warm.report).toBe(full.report);
  // The change reaches the report (else the comparison above proves nothing).
  expect(full.report).not.toBe(cold.report);
});

it('a facts cache of format 5 (a wall-clock `madeMs`, no mark) is rebuilt, and says so', async () => {
  for (const file of await dayFiles()) await utimes(file, SETTLED, SETTLED);
  const made = await pass(SETTLED.getTime() + 1_000);
  const folder = factsCacheDir(path.join(root, 'data'));
  const names = (await readdir(folder)).filter((n) => n.endsWith('.facts')).sort();
  const old = names[0]!;
  const text = await readFile(path.join(folder, old), 'latin1');
  const end = text.indexOf('\n', 8);
  const head = text.slice(0, end).replace('"format":7', '"format":5').replace(/"mark":"\d+"/, `"madeMs":${SETTLED.getTime() + 1_000}`);
  expect(head).toContain('"format":5');
  await writeFile(path.join(folder, old), head + text.slice(end), 'latin1');
  const again = await pass(SETTLED.getTime() + 2_000);
  expect(again.run.rebuilt).toEqual([{ day: old.slice(0, -'.facts'.length), reason: 'unreadable', detail: 'format 5, expected 7' }]);
  expect(again.report).toBe(made.report);
});

/**
 * The settled day files' latest day holding a normal ticket (what `rewritePriorityInPlace` changes), and a coarse
 * clock's tick starting just after the days' last change (their utimes): every ctime from then on reads as the tick.
 */
async function dayInACoarseTick() {
  const files = await dayFiles();
  for (const file of files) await utimes(file, SETTLED, SETTLED);
  let file = '';
  for (const f of [...files].reverse()) if ((await readFile(f, 'latin1')).includes('"priority":"normal"')) { file = f; break; }
  const tick = (await stat(files.at(-1)!, { bigint: true })).ctimeNs + 1n;
  const coarseStat: FactsCacheOptions['stat'] = async (f) => {
    const s = await stat(f, { bigint: true }).catch(() => null);
    return s === null ? null : { size: Number(s.size), mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs >= tick ? tick : s.ctimeNs, ino: s.ino };
  };
  return { file, day: path.basename(file, '.ndjson'), tick, coarseStat };
}

// A coarse clock (whole seconds: ext4 with 128-byte inodes, HFS+; the kernel's tick on Linux before 6.13): a change in
// the tick of the stat the facts recorded keeps its ctime. The stat recorded for a day whose text is kept beside its
// facts is the one after the link (which moves its ctime past the mark), so a rewrite in place under the old size and
// mtime just after the facts were written left the whole stat as recorded, and the next runs trusted the old facts
// for good. Seen on a real 1-second file system (a loop-mounted ext4 made with `mkfs.ext4 -I 128`): the warm run
// rebuilt nothing and its report differed from --full's. Here the tick is simulated: every ctime from the run on reads
// as the mark's, and the day is rewritten the moment its facts are renamed into place.
it('on a coarse clock, a day rewritten in place under its size and mtime in the tick of the stat after its kept text\'s link is hashed by the next run: --full\'s report', async () => {
  const { file, day, tick, coarseStat } = await dayInACoarseTick();
  const coarse = (mark: bigint): FactsCacheOptions => ({ stat: coarseStat, fileClock: async () => mark, coarseFileTimes: true });
  let seen: { ino: bigint; size: number; mtimeNs: bigint; ctimeNs?: bigint }[] = [];
  const rewriting = { ...nodeStoreFileSystem, async rename(from: string, to: string) {
    await nodeStoreFileSystem.rename(from, to);
    if (seen.length > 0 || !to.endsWith(`${day}.facts`)) return;
    seen.push((await coarseStat(file))!);
    await rewritePriorityInPlace(file, SETTLED);
    seen.push((await coarseStat(file))!);
  } };
  const first = await pass(0, { ...coarse(tick), fs: rewriting });
  // The rewrite kept the day's whole stat, its ctime the link's (in the tick).
  expect(seen).toHaveLength(2);
  expect(seen[1]).toEqual(seen[0]);
  expect(seen[0]!.ctimeNs).toBe(tick);
  const warm = await pass(0, coarse(tick + 1_000_000_000n));
  expect(warm.run.rebuilt).toContainEqual({ day, reason: 'changed' });
  const full = await pass(0, { ...coarse(tick + 2_000_000_000n), full: true });
  expect(warm.report).toBe(full.report);
  // The change reaches the report (else the comparison above proves nothing).
  expect(full.report).not.toBe(first.report);
});

// The mark's probe on the day files' own file system. A `.cache` linked (or mounted) elsewhere, a tmpfs whose clock
// is fine, beside day files on a whole-second one: the probe in `.cache` found the clock fine, so the day rewritten
// in place in the tick of its recorded stat was trusted for good (seen for real: the day files on a loop-mounted
// `mkfs.ext4 -I 128`, `.cache` a link to /dev/shm; the warm run rebuilt nothing and its report differed from --full's).
// Simulated here: every stat under tickets/ (day files and a probe there) reads a ctime and mtime from the run on as
// the tick's; a probe anywhere else is stamped finely.
it('on day files with a coarse clock and a cache folder with a fine one, a day rewritten in place in the tick of its recorded stat is hashed by the next run: --full\'s report', async () => {
  const { file, day, tick, coarseStat } = await dayInACoarseTick();
  const ticketsDir = storeDir() + path.sep;
  let fine = tick;
  const splitFs = (extra: Partial<typeof nodeStoreFileSystem> = {}) => ({ ...nodeStoreFileSystem, ...extra, async stat(f: string) {
    const s = await nodeStoreFileSystem.stat!(f);
    if (s === null) return null;
    if (f.startsWith(ticketsDir)) return { ...s, mtimeNs: String(BigInt(s.mtimeNs) >= tick ? tick : BigInt(s.mtimeNs)) };
    fine += 1000n;
    return { ...s, mtimeNs: String(fine) };
  } });
  let seen: { ino: bigint; size: number; mtimeNs: bigint; ctimeNs?: bigint }[] = [];
  const rewriting = splitFs({ async rename(from: string, to: string) {
    await nodeStoreFileSystem.rename(from, to);
    if (seen.length > 0 || !to.endsWith(`${day}.facts`)) return;
    seen.push((await coarseStat(file))!);
    await rewritePriorityInPlace(file, SETTLED);
    seen.push((await coarseStat(file))!);
  } });
  const first = await pass(0, { stat: coarseStat, fileClock: undefined, fs: rewriting });
  expect(seen).toHaveLength(2);
  expect(seen[1]).toEqual(seen[0]);
  const warm = await pass(0, { stat: coarseStat, fileClock: undefined, fs: splitFs() });
  expect(warm.run.rebuilt).toContainEqual({ day, reason: 'changed' });
  const full = await pass(0, { stat: coarseStat, fileClock: undefined, fs: splitFs(), full: true });
  expect(warm.report).toBe(full.report);
  expect(full.report).not.toBe(first.report);
});
