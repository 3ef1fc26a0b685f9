// A takeover claim whose taker is gone (store-lock.ts removeDeadLock): two waiters that both find it gone must not
// both remove it, the second removing the claim the first had just linked, since then both take the dead lock over
// and both run. The interleavings are forced through the file system each waiter is given.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { acquireStoreLock, LOCK_FILE, StoreLockedError, takeoverClaimFile } from '../../scripts/store/store-lock.ts';

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(tmpdir(), 'store-lock-claim-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const DEAD = 111;
const C = 333;
const D = 222;
const GONE_TAKER = 444;
const running = (pid: number) => pid !== DEAD && pid !== GONE_TAKER;
/** One turn of the event loop, so that the other waiter runs between two of this one's tries. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function leave(file: string, pid: number, host = hostname()): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const text = `${JSON.stringify({ pid, host, startedAt: '2026-12-06T03:00:00.000Z', command: 'pipeline' })}\n`;
  writeFileSync(file, text);
  return text;
}

function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

/** The node file system, except that the first removal of `target` says so (`reached`) and waits for `go`. */
function pausedBeforeRemoving(target: string, reached: () => void, go: Promise<void>): StoreFileSystem {
  let paused = false;
  return {
    ...nodeStoreFileSystem,
    async rm(file) {
      if (file === target && !paused) {
        paused = true;
        reached();
        await go;
      }
      return nodeStoreFileSystem.rm(file);
    },
  };
}

describe('a takeover claim whose taker is gone', () => {
  it('two waiters that find it gone at once: one removes it and takes the dead lock over, the other waits for that one', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    const claim = takeoverClaimFile(file);
    leave(file, DEAD);
    leave(claim, GONE_TAKER);
    // C has read the gone taker's claim and is about to remove it.
    const cAtClaim = deferred();
    const cGo = deferred();
    const cDone = deferred();
    const early = acquireStoreLock(storeDir, { fs: pausedBeforeRemoving(claim, cAtClaim.resolve, cGo.promise), command: 'pipeline', pid: C, isRunning: running, processStartOf: () => null, waitMs: 60_000, wait: turn });
    await cAtClaim.promise;
    // Meanwhile D finds the same gone claim. Before the fix it removed it, linked its own claim, read the dead lock
    // under it and stopped just before removing it; with the fix it waits (its second wait says so) until C is done.
    const dAtLock = deferred();
    const dGo = deferred();
    const dWaiting = deferred();
    let dWaits = 0;
    const late = acquireStoreLock(storeDir, {
      fs: pausedBeforeRemoving(file, dAtLock.resolve, dGo.promise), command: 'fetch', pid: D, isRunning: running, processStartOf: () => null, waitMs: 2_000,
      wait: async () => {
        if (++dWaits >= 2) {
          dWaiting.resolve();
          await cDone.promise;
        }
        await turn();
      },
    });
    const settledLate = late.then(() => 'holds', (error: unknown) => error);
    await Promise.race([dAtLock.promise, dWaiting.promise]);
    // C removes the claim (before the fix: D's own), takes the dead lock over and holds the store.
    cGo.resolve();
    const first = await early;
    const held = readFileSync(file, 'utf8');
    expect(JSON.parse(held).pid).toBe(C);
    cDone.resolve();
    dGo.resolve();
    const outcome = await settledLate;
    // Before the fix D removed C's lock with the dead one's check long passed, linked its own, and both ran.
    expect(outcome).toBeInstanceOf(StoreLockedError);
    expect((outcome as Error).message).toMatch(new RegExp(`^another run is using the store: pipeline \\(pid ${C} on `));
    expect(readFileSync(file, 'utf8')).toBe(held);
    expect(existsSync(claim)).toBe(false);
    await first.release();
    expect(existsSync(file)).toBe(false);
  });

  it('a waiter that read the gone taker\'s claim before another replaced it with its own leaves the new claim alone', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    const claim = takeoverClaimFile(file);
    leave(file, DEAD);
    leave(claim, GONE_TAKER);
    // D reads the gone taker's claim, then stops there.
    const dAtClaim = deferred();
    const dGo = deferred();
    let dPaused = false;
    const dFs: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async readFile(f) {
        const bytes = await nodeStoreFileSystem.readFile(f);
        if (f === claim && !dPaused) {
          dPaused = true;
          dAtClaim.resolve();
          await dGo.promise;
        }
        return bytes;
      },
    };
    const late = acquireStoreLock(storeDir, { fs: dFs, command: 'fetch', pid: D, isRunning: running, processStartOf: () => null, waitMs: 0, wait: turn });
    const settledLate = late.then(() => 'holds', (error: unknown) => error);
    await dAtClaim.promise;
    // C removes that claim, links its own, reads the dead lock under it and stops just before removing it.
    const cAtLock = deferred();
    const cGo = deferred();
    const early = acquireStoreLock(storeDir, { fs: pausedBeforeRemoving(file, cAtLock.resolve, cGo.promise), command: 'pipeline', pid: C, isRunning: running, processStartOf: () => null, waitMs: 60_000, wait: turn });
    await cAtLock.promise;
    expect(JSON.parse(readFileSync(claim, 'utf8')).pid).toBe(C);
    // D goes on. Before the fix it removed C's claim as the gone one it had read, took the dead lock over and held the
    // store; then C, its check long passed, removed D's lock and held it too.
    dGo.resolve();
    const outcome = await settledLate;
    expect(outcome).toBeInstanceOf(StoreLockedError);
    expect((outcome as Error).message).toMatch(new RegExp(`^another run is taking over the store lock .*: pipeline \\(pid ${C} on .*\\) holds ${claim.replace(/[.]/g, '\\.')}\\. `));
    cGo.resolve();
    const lock = await early;
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(C);
    expect(readdirSync(storeDir)).toEqual([LOCK_FILE]);
    await lock.release();
  });

  it('a gone taker\'s claim that another waiter is removing right now is waited for, and the refusal names that waiter\'s claim', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    const claim = takeoverClaimFile(file);
    const dead = leave(file, DEAD);
    const gone = leave(claim, GONE_TAKER);
    const breaking = leave(takeoverClaimFile(claim), C);
    let waits = 0;
    await expect(acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', pid: D, isRunning: running, processStartOf: () => null, waitMs: 100, wait: async () => { waits++; } }))
      .rejects.toThrow(`another run is taking over the store lock ${file} (left by pid ${DEAD}, no longer running): pipeline (pid ${C} on ${hostname()}, started 2026-12-06T03:00:00.000Z) holds ${takeoverClaimFile(claim)}. ` +
        `Nothing was fetched or written. Run again; if no such run exists (it ran on another machine), delete ${takeoverClaimFile(claim)}.`);
    expect(waits).toBe(5);
    expect([readFileSync(file, 'utf8'), readFileSync(claim, 'utf8'), readFileSync(takeoverClaimFile(claim), 'utf8')]).toEqual([dead, gone, breaking]);
  });

  it('claims left by takers killed one inside the other\'s takeover, and an unreadable one, are all removed: the dead lock is then taken over', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    const claim = takeoverClaimFile(file);
    leave(file, DEAD);
    writeFileSync(claim, '{"pid": 12');
    leave(takeoverClaimFile(claim), GONE_TAKER);
    const lines: string[] = [];
    const lock = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', pid: D, isRunning: running, processStartOf: () => null, waitMs: 0, wait: turn, log: (line) => lines.push(line) });
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(D);
    expect(readdirSync(storeDir)).toEqual([LOCK_FILE]);
    expect(lines).toEqual([`store lock ${file} was left by pid ${DEAD} (pipeline, started 2026-12-06T03:00:00.000Z), which is no longer running: taking it over`]);
    await lock.release();
    expect(readdirSync(storeDir)).toEqual([]);
  });

  it('a claim from another host is never judged by this host\'s processes: the waiter refuses, naming it, and leaves everything in place', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    const claim = takeoverClaimFile(file);
    const dead = leave(file, DEAD);
    const elsewhere = leave(claim, GONE_TAKER, 'runner-elsewhere');
    await expect(acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', pid: D, isRunning: running, processStartOf: () => null, waitMs: 0, wait: turn }))
      .rejects.toThrow(`(left by pid ${DEAD}, no longer running): pipeline (pid ${GONE_TAKER} on runner-elsewhere, started 2026-12-06T03:00:00.000Z) holds ${claim}. `);
    expect([readFileSync(file, 'utf8'), readFileSync(claim, 'utf8')]).toEqual([dead, elsewhere]);
  });

  it('a lock cut short (not JSON) whose takeover another waiter holds: the refusal says so, rather than naming a pid it does not have', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    mkdirSync(storeDir, { recursive: true });
    writeFileSync(file, '{"pid": 4');
    leave(takeoverClaimFile(file), C);
    await expect(acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', pid: D, isRunning: running, processStartOf: () => null, waitMs: 0, wait: turn }))
      .rejects.toThrow(`another run is taking over the store lock ${file} (left by a run that was cut short): pipeline (pid ${C} on ${hostname()}, started 2026-12-06T03:00:00.000Z) holds ${takeoverClaimFile(file)}. `);
    expect(readFileSync(file, 'utf8')).toBe('{"pid": 4');
  });
});
