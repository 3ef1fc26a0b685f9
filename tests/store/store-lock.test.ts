// Releasing the store lock: the store folder may be a mount point (a Docker or CI volume at `data/`), which
// cannot be removed (EBUSY); a failed cleanup must never replace what the run did or why it failed.

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { acquireStoreLock, LOCK_FILE } from '../../scripts/store/store-lock.ts';

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(tmpdir(), 'store-lock-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const busy = (syscall: string, target: string) => Object.assign(new Error(`EBUSY: resource busy or locked, ${syscall} '${target}'`), { code: 'EBUSY' });

/** A store folder that is a mount point: removing it fails with EBUSY, as rmdir on a mount does. */
function mountPoint(storeDir: string, calls: string[]): StoreFileSystem {
  return {
    ...nodeStoreFileSystem,
    async removeEmptyDir(dir) {
      calls.push(dir);
      if (dir === storeDir) throw busy('rmdir', dir);
      return nodeStoreFileSystem.removeEmptyDir(dir);
    },
  };
}

describe('releasing the store lock', () => {
  it('never removes a store folder that was there before the run (it may be a mount point)', async () => {
    const storeDir = path.join(root, 'data');
    await mkdir(storeDir);
    const calls: string[] = [];
    const lock = await acquireStoreLock(storeDir, { fs: mountPoint(storeDir, calls), command: 'evaluate' });
    await lock.release();
    expect(calls).toEqual([]);
    expect(await readdir(storeDir)).toEqual([]);
  });

  it('removes the store folder it had to create when it is still empty, as before', async () => {
    const storeDir = path.join(root, 'data');
    const lock = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch' });
    await lock.release();
    expect(await readdir(root)).toEqual([]);
  });

  it('logs a lock file it cannot remove instead of throwing, so the run\'s own outcome stands', async () => {
    const storeDir = path.join(root, 'data');
    await mkdir(storeDir);
    const lines: string[] = [];
    const fs: StoreFileSystem = { ...nodeStoreFileSystem, rm: async (file) => { if (path.basename(file) === LOCK_FILE) throw busy('unlink', file); return nodeStoreFileSystem.rm(file); } };
    const lock = await acquireStoreLock(storeDir, { fs, command: 'evaluate', log: (line) => lines.push(line) });
    const outcome = await (async () => {
      try {
        throw new Error('the real reason the run failed');
      } finally {
        await lock.release();
      }
    })().catch((error: Error) => error.message);
    expect(outcome).toBe('the real reason the run failed');
    expect(lines).toEqual([`store lock ${lock.file} could not be removed (EBUSY); the next run takes it over, as its owner is no longer running`]);
  });

  it('a run waiting while the holder removes the store folder it had made (still empty) makes it again and takes the store', async () => {
    const storeDir = path.join(root, 'data');
    const first = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', now: () => new Date('2026-12-06T03:00:00.000Z') });
    const lines: string[] = [];
    // The holder finishes (having written nothing) while the second run sleeps between two looks at the lock.
    const second = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'pipeline', pid: 2 ** 30 + 1, isRunning: () => true, waitMs: 10_000, wait: () => first.release(), log: (line) => lines.push(line) });
    expect(JSON.parse(await readFile(path.join(storeDir, LOCK_FILE), 'utf8')).pid).toBe(2 ** 30 + 1);
    expect(lines).toEqual([`waiting for fetch (pid ${process.pid} on ${hostname()}, started 2026-12-06T03:00:00.000Z) to finish with the store (up to 10 s)`]);
    // It made the folder this time: released with nothing written, it leaves none behind.
    await second.release();
    expect(await readdir(root)).toEqual([]);
  });
});

describe('a lock whose pid names no one process', () => {
  for (const pid of [0, -1, 1.5]) {
    it(`is taken over as a run cut short when its pid is ${pid} (kill(0) and kill(-1) answer for a group or every process)`, async () => {
      const storeDir = path.join(root, 'data');
      await mkdir(storeDir);
      await writeFile(path.join(storeDir, LOCK_FILE), `${JSON.stringify({ pid, host: hostname(), startedAt: '2026-12-06T03:00:00.000Z', command: 'pipeline' })}\n`);
      const lines: string[] = [];
      const lock = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 0, log: (line) => lines.push(line) });
      expect(lines).toEqual([`store lock ${path.join(storeDir, LOCK_FILE)} was left by a run that was cut short: taking it over`]);
      await lock.release();
    });
  }
});
