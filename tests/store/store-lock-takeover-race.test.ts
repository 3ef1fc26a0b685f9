// Two waiters that find the same dead owner (store-lock.ts): before the takeover claim, both removed the lock, the
// second removing the one the first had just taken, and both ran on the store at once. The interleaving is forced
// here through the file system the lock is given; then real processes race for a killed run's lock.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { acquireStoreLock, LOCK_FILE, takeoverClaimFile } from '../../scripts/store/store-lock.ts';
import { raceForTheStore } from './lock-contenders.ts';

let root: string;
const children: ChildProcess[] = [];
beforeEach(async () => { root = await mkdtemp(path.join(tmpdir(), 'store-lock-race-')); });
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

const DEAD = 111;
const A = 222;
const B = 333;
const running = (pid: number) => pid !== DEAD && pid !== 444;
const noWait = async () => undefined;

function leave(file: string, pid: number): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const text = `${JSON.stringify({ pid, host: hostname(), startedAt: '2026-12-06T03:00:00.000Z', command: 'pipeline' })}\n`;
  writeFileSync(file, text);
  return text;
}

/** The node file system, except that the first read of `file` waits for `gate` after reading (a waiter paused there). */
function pausedAfterFirstRead(file: string, gate: Promise<void>): StoreFileSystem {
  let paused = false;
  return {
    ...nodeStoreFileSystem,
    async readFile(f) {
      const bytes = await nodeStoreFileSystem.readFile(f);
      if (f === file && !paused) {
        paused = true;
        await gate;
      }
      return bytes;
    },
  };
}

describe('taking over a dead run\'s lock', () => {
  it('a waiter that read the dead lock before another took it over leaves the new owner\'s lock alone', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    leave(file, DEAD);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => { open = resolve; });
    // B reads the dead lock, then stops there while A takes the lock over.
    const late = acquireStoreLock(storeDir, { fs: pausedAfterFirstRead(file, gate), command: 'fetch', pid: B, isRunning: running, processStartOf: () => null, waitMs: 0, wait: noWait });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const first = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'pipeline', pid: A, isRunning: running, processStartOf: () => null, waitMs: 0 });
    const held = readFileSync(file, 'utf8');
    expect(JSON.parse(held).pid).toBe(A);
    open();
    await expect(late).rejects.toThrow(new RegExp(`another run is using the store: pipeline \\(pid ${A} on `));
    expect(readFileSync(file, 'utf8')).toBe(held);
    expect(existsSync(takeoverClaimFile(file))).toBe(false);
    await first.release();
    expect(existsSync(file)).toBe(false);
  });

  it('a claim left by a taker killed inside its takeover is removed, and the dead lock then taken over', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    leave(file, DEAD);
    leave(takeoverClaimFile(file), 444);
    const lines: string[] = [];
    const lock = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', pid: B, isRunning: running, processStartOf: () => null, waitMs: 0, wait: noWait, log: (line) => lines.push(line) });
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(B);
    expect(existsSync(takeoverClaimFile(file))).toBe(false);
    expect(lines).toEqual([`store lock ${file} was left by pid ${DEAD} (pipeline, started 2026-12-06T03:00:00.000Z), which is no longer running: taking it over`]);
    await lock.release();
  });

  it('a claim held by a live taker is left alone: the waiter neither removes the dead lock nor takes it', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    const dead = leave(file, DEAD);
    const claim = leave(takeoverClaimFile(file), A);
    let waits = 0;
    await expect(acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', pid: B, isRunning: running, processStartOf: () => null, waitMs: 200, wait: async () => { waits++; } }))
      .rejects.toThrow(new RegExp(`another run is taking over the store lock .* \\(left by pid ${DEAD}, no longer running\\): pipeline \\(pid ${A} on .*delete .*\\.takeover\\.$`));
    expect(waits).toBe(10);
    expect(readFileSync(file, 'utf8')).toBe(dead);
    expect(readFileSync(takeoverClaimFile(file), 'utf8')).toBe(claim);
  });

  it('a waiter whose temp file the holder swept as a leftover tries again instead of failing', async () => {
    const storeDir = path.join(root, 'data');
    let swept = false;
    const sweeping: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async link(from, to) {
        if (!swept) {
          swept = true;
          await nodeStoreFileSystem.rm(from);
        }
        return nodeStoreFileSystem.link(from, to);
      },
    };
    const lock = await acquireStoreLock(storeDir, { fs: sweeping, command: 'fetch', waitMs: 0 });
    expect(swept).toBe(true);
    expect(JSON.parse(readFileSync(path.join(storeDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });
});

const onLinux = process.platform === 'linux';

describe.runIf(onLinux)('runs racing for a killed run\'s lock, in real processes', () => {
  it('four runs started together after the kill hold the store one after another, never two at once', async () => {
    const storeDir = path.join(root, 'data');
    // The dead owner: a process that has exited (its pid is free), as a kill leaves it.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    leave(path.join(storeDir, LOCK_FILE), gone.pid!);
    await raceForTheStore(storeDir, root, children);
    expect(existsSync(path.join(storeDir, LOCK_FILE))).toBe(false);
  }, 40_000);
});
