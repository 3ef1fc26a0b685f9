// An evaluate killed with SIGKILL anywhere in its writes (a facts file, a day's counters, the model's cache, the
// report): the next evaluate's report is the clean run's, byte for byte bar generatedAt, on the night that makes
// every cache (cold) and on the next one (days changed by a fetch: facts patched, counters updated, texts kept
// again), and `--full`'s on the killed store the second night. Each run is a real `standards` child process;
// a preload (kill-at-rename.ts) kills it after its Nth rename: seven points a night here, every one of them
// with REVIEW_ALL_POINTS=1 (83 and 12 renames; all passed on main ea43923, ≈ 4 min). And a power cut's torn cache
// file (renamed, its bytes not on disk: zeros or empty), and a store copied with `cp -a`.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { sampleRepository, tempDir } from '../process-fixtures.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const NIGHT_1 = '2026-11-19T06:00:00Z';
const NIGHT_2 = '2026-11-20T06:00:00Z';

function copy(root: string): string {
  const to = tempDir('standards-killed-evaluate-');
  cpSync(root, to, { recursive: true, preserveTimestamps: true });
  return to;
}

/** The report's bytes bar the instant it was written. */
const report = (root: string) => JSON.stringify({ ...JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')), generatedAt: null });

/** `standards evaluate` as a child process, killed after its `killAfter`th rename (0: never); the renames' targets. */
function evaluateChild(root: string, now: string, killAfter: number, extra: string[] = []): Promise<{ signal: NodeJS.Signals | null; code: number | null; renames: string[] }> {
  const seen = path.join(tempDir('standards-renames-'), 'renames');
  writeFileSync(seen, '');
  return new Promise((resolve) => {
    const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), ['--import', path.join(import.meta.dirname, 'kill-at-rename.ts'), path.join(REPOSITORY_ROOT, 'scripts/cli.ts'), 'evaluate', ...extra, '--root', root, '--now', now], {
      env: { PATH: process.env.PATH ?? '', KILL_AFTER_RENAMES: String(killAfter), RENAMES_SEEN: seen, RENAMES_UNDER: path.join(root, path.sep) },
      stdio: 'ignore',
    });
    child.on('exit', (code, signal) => resolve({ code, signal, renames: readFileSync(seen, 'utf8').split('\n').filter((l) => l !== '') }));
  });
}

let night1: string;
let clean1: string;
let clean2: string;
let renames1: string[];
let renames2: string[];

/** The store after the first night's clean evaluate and the second night's fetch (a fresh chain: the caches' stats are the files' own). */
async function secondNight(): Promise<string> {
  const root = copy(night1);
  expect((await evaluateChild(root, NIGHT_1, 0)).code).toBe(0);
  expect((await runCli(['fetch', '--root', root], { now: NIGHT_2 })).code).toBe(0);
  return root;
}

beforeAll(async () => {
  const root = sampleRepository('standards-killed-evaluate-');
  expect((await runCli(['fetch', '--root', root], { now: NIGHT_1 })).code).toBe(0);
  // The first fetch an hour before its evaluation (else every day is "racy" the next night, and hashed again).
  const past = new Date(Date.now() - 3_600_000);
  for (const f of readdirSync(path.join(root, 'data/tickets'), { recursive: true }) as string[]) if (f.endsWith('.ndjson')) utimesSync(path.join(root, 'data/tickets', f), past, past);
  night1 = root;
  const first = copy(night1);
  const run1 = await evaluateChild(first, NIGHT_1, 0);
  expect(run1.code).toBe(0);
  renames1 = run1.renames;
  clean1 = report(first);
  const second = await secondNight();
  const run2 = await evaluateChild(second, NIGHT_2, 0);
  expect(run2.code).toBe(0);
  renames2 = run2.renames;
  clean2 = report(second);
}, 300_000);

/** Kill points: the first writes, some in between, and the last ones (the report's among them). */
const points = (renames: readonly string[]) => process.env.REVIEW_ALL_POINTS ? renames.map((_, i) => i + 1) : [...new Set([1, 2, 3, Math.floor(renames.length / 3), Math.floor((2 * renames.length) / 3), renames.length - 1, renames.length])].filter((k) => k >= 1 && k <= renames.length);

describe('an evaluate killed with SIGKILL after any of its renames', () => {
  it('the first night (every cache made): the next evaluate gives the clean run\'s report', { timeout: 900_000 }, async () => {
    expect(renames1.some((f) => f.endsWith('.facts'))).toBe(true);
    expect(renames1.some((f) => f.endsWith('.counts'))).toBe(true);
    for (const k of points(renames1)) {
      const root = copy(night1);
      const killed = await evaluateChild(root, NIGHT_1, k);
      expect({ k, signal: killed.signal }).toEqual({ k, signal: 'SIGKILL' });
      const again = await evaluateChild(root, NIGHT_1, 0);
      expect({ k, code: again.code }).toEqual({ k, code: 0 });
      expect({ k, report: report(root) }).toEqual({ k, report: clean1 });
    }
  });

  it('the second night (a few days changed by a fetch: facts patched, counters updated): the next evaluate and --full give the clean run\'s report', { timeout: 900_000 }, async () => {
    // Only the days the fetch changed are written again, each its counters and facts.
    const changed = renames2.filter((f) => f.endsWith('.facts'));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(renames1.filter((f) => f.endsWith('.facts')).length / 2);
    for (const k of points(renames2)) {
      const root = await secondNight();
      const killed = await evaluateChild(root, NIGHT_2, k);
      expect({ k, signal: killed.signal }).toEqual({ k, signal: 'SIGKILL' });
      const again = await evaluateChild(root, NIGHT_2, 0);
      expect({ k, code: again.code }).toEqual({ k, code: 0 });
      expect({ k, report: report(root) }).toEqual({ k, report: clean2 });
      const full = await evaluateChild(root, NIGHT_2, 0, ['--full']);
      expect({ k, code: full.code, report: report(root) }).toEqual({ k, code: 0, report: clean2 });
    }
  });

  // A power cut rather than a kill: the cache files are written without fsync (ticket-facts-cache.ts
  // `writeCacheFile`), so the rename can reach the disk before the bytes do, and the file reads back as zeros or empty.
  it('the second night, its first or last cache file renamed but its bytes lost (zeros, or nothing): the next evaluate and --full give the clean run\'s report', { timeout: 900_000 }, async () => {
    const cacheRenames = renames2.map((f, i) => [f, i + 1] as const).filter(([f]) => f.includes('/.cache/'));
    expect(cacheRenames.length).toBeGreaterThan(1);
    for (const [file, k] of [cacheRenames[0]!, cacheRenames.at(-1)!]) {
      for (const loss of ['zeros', 'empty'] as const) {
        const root = await secondNight();
        const killed = await evaluateChild(root, NIGHT_2, k);
        expect({ k, signal: killed.signal }).toEqual({ k, signal: 'SIGKILL' });
        const torn = path.join(root, path.relative(path.join(file.slice(0, file.indexOf('/data/'))), file));
        if (loss === 'zeros') writeFileSync(torn, Buffer.alloc(statSync(torn).size));
        else truncateSync(torn, 0);
        const again = await evaluateChild(root, NIGHT_2, 0);
        expect({ k, loss, code: again.code, report: report(root) }).toEqual({ k, loss, code: 0, report: clean2 });
        const full = await evaluateChild(root, NIGHT_2, 0, ['--full']);
        expect({ k, loss, code: full.code, report: report(root) }).toEqual({ k, loss, code: 0, report: clean2 });
      }
    }
  });

  it('the store copied with `cp -a` after the first night (new inodes, same mtimes, kept texts still linked to their day files): the second night gives the clean run\'s report', { timeout: 300_000 }, async () => {
    const first = copy(night1);
    expect((await evaluateChild(first, NIGHT_1, 0)).code).toBe(0);
    const root = tempDir('standards-copied-');
    execFileSync('cp', ['-a', `${first}/.`, root]);
    expect((await runCli(['fetch', '--root', root], { now: NIGHT_2 })).code).toBe(0);
    const run = await evaluateChild(root, NIGHT_2, 0);
    expect(run.code).toBe(0);
    expect(report(root)).toBe(clean2);
    // Every day's facts are written again (their stat moved: hashed, the same bytes or changed ones).
    const days = (readdirSync(path.join(root, 'data/tickets'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ndjson'));
    expect(run.renames.filter((f) => f.endsWith('.facts')).length).toBe(days.length);
  });
});
