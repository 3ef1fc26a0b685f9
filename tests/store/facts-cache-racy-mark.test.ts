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
  expect(warm).not.toContain('confirmed by hash');
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
  const head = text.slice(0, end).replace('"format":6', '"format":5').replace(/"mark":"\d+"/, `"madeMs":${SETTLED.getTime() + 1_000}`);
  expect(head).toContain('"format":5');
  await writeFile(path.join(folder, old), head + text.slice(end), 'latin1');
  const again = await pass(SETTLED.getTime() + 2_000);
  expect(again.run.rebuilt).toEqual([{ day: old.slice(0, -'.facts'.length), reason: 'unreadable', detail: 'format 5, expected 6' }]);
  expect(again.report).toBe(made.report);
});
