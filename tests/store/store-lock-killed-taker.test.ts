// A run SIGKILLed at each step of taking over a gone run's lock (store-lock.ts): whatever it leaves (a temp file, its
// claim, its own lock), the next run gets the store at once and nothing blocks the runs after it. The taker is a real
// process stopped dead at the step (it blocks there, inside the step, until killed), so its pid is really gone.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFile, nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { acquireStoreLock, LOCK_FILE } from '../../scripts/store/store-lock.ts';
import { raceForTheStore } from './lock-contenders.ts';

let root: string;
const children: ChildProcess[] = [];
beforeEach(async () => { root = await mkdtemp(path.join(tmpdir(), 'store-lock-killed-')); });
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

const onLinux = process.platform === 'linux';
const LOCK_MODULE = path.resolve(import.meta.dirname, '../../scripts/store/store-lock.ts');
const FS_MODULE = path.resolve(import.meta.dirname, '../../scripts/store/atomic-write.ts');
const CLAIM = `${LOCK_FILE}.takeover`;

/** Where the taker stops: before or after it links or removes the file named `name` in the store. */
interface Stop {
  when: 'before' | 'after';
  op: 'link' | 'rm';
  name: string;
}

/**
 * A run that takes over the store's dead lock and, at `stop`, writes `reached` and blocks (synchronously: no other
 * step runs) until it is killed. Resolves with the process once it is there.
 */
async function takerStoppedAt(storeDir: string, stop: Stop): Promise<ChildProcess> {
  const reached = path.join(root, `reached-${stop.when}-${stop.op}-${stop.name}`);
  const script = [
    `const { writeFileSync } = await import('node:fs');`,
    `const path = await import('node:path');`,
    `const { acquireStoreLock } = await import(${JSON.stringify(LOCK_MODULE)});`,
    `const { nodeStoreFileSystem: node } = await import(${JSON.stringify(FS_MODULE)});`,
    `const stop = ${JSON.stringify(stop)};`,
    `const halt = (when, op, file) => { if (when === stop.when && op === stop.op && path.basename(file) === stop.name) { writeFileSync(${JSON.stringify(reached)}, ''); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); } };`,
    `const fs = { ...node,`,
    `  async link(from, to) { halt('before', 'link', to); await node.link(from, to); halt('after', 'link', to); },`,
    `  async rm(file) { halt('before', 'rm', file); await node.rm(file); halt('after', 'rm', file); },`,
    `};`,
    `await acquireStoreLock(${JSON.stringify(storeDir)}, { fs, command: 'fetch', waitMs: 0 });`,
  ].join('\n');
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let done = false;
  void exited.then(() => { done = true; });
  while (!existsSync(reached)) {
    if (done) throw new Error(`the taker exited with ${await exited} before it reached ${JSON.stringify(stop)}`);
    await sleep(5);
  }
  await rm(reached);
  return child;
}

/** A lock left by a run that is gone: a process that has exited, its pid free. */
async function deadLock(storeDir: string): Promise<number> {
  const gone = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => gone.once('exit', resolve));
  mkdirSync(storeDir, { recursive: true });
  writeFileSync(path.join(storeDir, LOCK_FILE), `${JSON.stringify({ pid: gone.pid, host: hostname(), startedAt: '2026-12-06T03:00:00.000Z', command: 'pipeline' })}\n`);
  return gone.pid!;
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** What the store folder holds besides the lock, with temp files (which a fetch sweeps) shown as `temp of <name>`. */
function besides(storeDir: string): string[] {
  return readdirSync(storeDir).filter((name) => name !== LOCK_FILE)
    .map((name) => (isTempFile(name) ? `temp of ${name.slice(1).replace(/\.[0-9a-f]{12}\.tmp$/, '')}` : name)).sort();
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe.runIf(onLinux)('a run killed while it takes over a gone run\'s lock, in real processes', () => {
  const cases: [string, Stop, string[]][] = [
    ['before linking its claim', { when: 'before', op: 'link', name: CLAIM }, [`temp of ${CLAIM}`]],
    ['after linking its claim', { when: 'after', op: 'link', name: CLAIM }, [`temp of ${CLAIM}`]],
    ['after removing the dead lock', { when: 'after', op: 'rm', name: LOCK_FILE }, [CLAIM]],
    ['after linking its own lock', { when: 'after', op: 'link', name: LOCK_FILE }, [`temp of ${LOCK_FILE}`]],
  ];
  for (const [step, stop, left] of cases) {
    it(`killed ${step}: the next run gets the store at once, and takes over the lock of a run killed after it`, async () => {
      const storeDir = path.join(root, 'data');
      await deadLock(storeDir);
      const taker = await takerStoppedAt(storeDir, stop);
      const killedPid = taker.pid!;
      await kill(taker);
      const lines: string[] = [];
      const next = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'pipeline', waitMs: 0, wait: turn, log: (line) => lines.push(line) });
      expect(JSON.parse(readFileSync(path.join(storeDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
      // What the killed run left beside the lock: temp files (swept by the next fetch) and, killed between removing
      // the dead lock and its claim, that claim (removed by the next takeover, as its taker is gone).
      expect(besides(storeDir)).toEqual(left);
      if (step === 'after linking its own lock') expect(lines[0]).toMatch(new RegExp(`was left by pid ${killedPid} \\(fetch, started .*\\), which is no longer running: taking it over$`));
      await next.release();
      // That run is killed too: the one after it takes its lock over past whatever claim the first left.
      const again = await deadLock(storeDir);
      const afterLines: string[] = [];
      const after = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'pipeline', waitMs: 0, wait: turn, log: (line) => afterLines.push(line) });
      expect(afterLines).toEqual([`store lock ${path.join(storeDir, LOCK_FILE)} was left by pid ${again} (pipeline, started 2026-12-06T03:00:00.000Z), which is no longer running: taking it over`]);
      expect(besides(storeDir).filter((name) => !name.startsWith('temp of '))).toEqual([]);
      await after.release();
      expect(existsSync(path.join(storeDir, LOCK_FILE))).toBe(false);
    }, 20_000);
  }

  it('killed after linking its claim, with a second taker killed while removing that claim: the next run gets the store at once', async () => {
    const storeDir = path.join(root, 'data');
    await deadLock(storeDir);
    await kill(await takerStoppedAt(storeDir, { when: 'after', op: 'link', name: CLAIM }));
    // The second taker finds the first's claim gone and is killed holding the claim on it.
    await kill(await takerStoppedAt(storeDir, { when: 'after', op: 'link', name: `${CLAIM}.takeover` }));
    const next = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'pipeline', waitMs: 0, wait: turn });
    expect(JSON.parse(readFileSync(path.join(storeDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    expect(besides(storeDir).filter((name) => !name.startsWith('temp of '))).toEqual([]);
    await next.release();
  }, 20_000);

  it('four runs started together after a taker was killed holding its claim hold the store one after another, never two at once', async () => {
    const storeDir = path.join(root, 'data');
    await deadLock(storeDir);
    await kill(await takerStoppedAt(storeDir, { when: 'after', op: 'link', name: CLAIM }));
    await raceForTheStore(storeDir, root, children);
    expect(besides(storeDir).filter((name) => !name.startsWith('temp of '))).toEqual([]);
  }, 40_000);
});
