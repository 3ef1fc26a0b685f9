// Real runs racing for the store lock (store-lock.ts): each waits for a common start, takes the lock, writes
// `in <pid>` and `out <pid>` around 150 ms of holding it, and releases it. Shared by the tests that race them after
// a kill (store-lock-takeover-race, store-lock-killed-taker).

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';

const LOCK_MODULE = path.resolve(import.meta.dirname, '../../scripts/store/store-lock.ts');
const FS_MODULE = path.resolve(import.meta.dirname, '../../scripts/store/atomic-write.ts');

function contender(storeDir: string, log: string, go: string): ChildProcess {
  const script = [
    `const { appendFileSync, existsSync } = await import('node:fs');`,
    `const { acquireStoreLock } = await import(${JSON.stringify(LOCK_MODULE)});`,
    `const { nodeStoreFileSystem } = await import(${JSON.stringify(FS_MODULE)});`,
    `while (!existsSync(${JSON.stringify(go)})) await new Promise((r) => setTimeout(r, 2));`,
    `const lock = await acquireStoreLock(${JSON.stringify(storeDir)}, { fs: nodeStoreFileSystem, command: 'pipeline', waitMs: 30000 });`,
    `appendFileSync(${JSON.stringify(log)}, 'in ' + process.pid + '\\n');`,
    `await new Promise((r) => setTimeout(r, 150));`,
    `appendFileSync(${JSON.stringify(log)}, 'out ' + process.pid + '\\n');`,
    `await lock.release();`,
  ].join('\n');
  return spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * Starts `runs` contenders on `storeDir` at once (log and start file in `scratch`; each child is pushed to
 * `children` for the caller to kill if the test fails) and checks that they all held the store, one after another.
 */
export async function raceForTheStore(storeDir: string, scratch: string, children: ChildProcess[], runs = 4): Promise<void> {
  const log = path.join(scratch, 'log');
  const go = path.join(scratch, 'go');
  const started = Array.from({ length: runs }, () => contender(storeDir, log, go));
  children.push(...started);
  // Every contender is waiting for the start before it is given.
  await sleep(300);
  writeFileSync(go, '');
  const codes = await Promise.all(started.map((child) => new Promise<number | null>((resolve) => child.once('exit', resolve))));
  expect(codes).toEqual(started.map(() => 0));
  const lines = readFileSync(log, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(2 * runs);
  for (let i = 0; i < lines.length; i += 2) {
    const pid = lines[i]!.split(' ')[1];
    expect([lines[i], lines[i + 1]]).toEqual([`in ${pid}`, `out ${pid}`]);
  }
  expect(new Set(lines.map((l) => l.split(' ')[1])).size).toBe(runs);
}
