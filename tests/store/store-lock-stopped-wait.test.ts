// A run asked to stop (SIGTERM, SIGINT: run-termination.ts) while it waits for another run's lock stops waiting at
// once, saying so, instead of sleeping on through its grace period and perhaps taking the store then. Its own file:
// stopping the run is for the whole process (vitest gives each file its own).

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { stopRun } from '../../scripts/model/run-termination.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { acquireStoreLock, LOCK_FILE } from '../../scripts/store/store-lock.ts';

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(tmpdir(), 'store-lock-stop-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

it('a run stopped while it waits for the lock stops waiting at once and leaves the holder\'s lock alone', async () => {
  const storeDir = path.join(root, 'data');
  await mkdir(storeDir);
  const held = `${JSON.stringify({ pid: 4242, host: hostname(), startedAt: '2026-12-06T03:00:00.000Z', command: 'pipeline' })}\n`;
  await writeFile(path.join(storeDir, LOCK_FILE), held);
  const lines: string[] = [];
  const waiting = acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 120_000, isRunning: () => true, processStartOf: () => null, log: (line) => lines.push(line) });
  const outcome = waiting.then(() => 'took the store', (error: Error) => error.message);
  await new Promise((resolve) => setTimeout(resolve, 50));
  stopRun('SIGTERM');
  const settled = await Promise.race([outcome, new Promise((resolve) => setTimeout(() => resolve('still waiting after 10 s'), 10_000))]);
  expect(settled).toBe('stopped by SIGTERM');
  expect(lines).toEqual(['waiting for pipeline (pid 4242 on ' + hostname() + ', started 2026-12-06T03:00:00.000Z) to finish with the store (up to 120 s)']);
  expect(await readFile(path.join(storeDir, LOCK_FILE), 'utf8')).toBe(held);
});
