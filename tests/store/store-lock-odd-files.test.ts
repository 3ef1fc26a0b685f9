// What stands where the store lock or its takeover claim should be, when it is not a file this tool wrote
// (store-lock.ts): a symbolic link to nothing is there for `link` (EEXIST) but reads as missing, and a waiter that
// took that as "removed meanwhile, look again" looked again for ever. It is refused, naming it; a waiter whose
// takeover temp file the holder swept as a leftover tries again.

import { mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { acquireStoreLock, LOCK_FILE, takeoverClaimFile } from '../../scripts/store/store-lock.ts';

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(tmpdir(), 'store-lock-odd-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const DEAD = 111;
const running = (pid: number) => pid !== DEAD;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The node file system, failing the test (rather than hanging it) once the lock has been tried `most` times. */
function bounded(most: number): StoreFileSystem {
  let links = 0;
  return {
    ...nodeStoreFileSystem,
    async link(from, to) {
      if (++links > most) throw Object.assign(new Error(`still trying after ${most} links`), { code: 'ELOOPING' });
      return nodeStoreFileSystem.link(from, to);
    },
  };
}

function leaveDead(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const text = `${JSON.stringify({ pid: DEAD, host: hostname(), startedAt: '2026-12-06T03:00:00.000Z', command: 'pipeline' })}\n`;
  writeFileSync(file, text);
  return text;
}

describe('what stands at the lock\'s or the claim\'s name', () => {
  it('a lock that is a symbolic link to nothing is refused, naming it, instead of being looked at again for ever', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    mkdirSync(storeDir);
    symlinkSync(path.join(root, 'nowhere'), file);
    await expect(acquireStoreLock(storeDir, { fs: bounded(200), command: 'fetch', waitMs: 1_000, wait: turn }))
      .rejects.toThrow(`${file} is a symbolic link to nothing, where the store lock is a file this tool writes. Nothing was fetched or written. Remove it (\`rm ${file}\`) and run again.`);
    expect(readlinkSync(file)).toBe(path.join(root, 'nowhere'));
  });

  it('a takeover claim that is a symbolic link to nothing is refused, naming it, instead of being waited for for ever', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    const dead = leaveDead(file);
    symlinkSync(path.join(root, 'nowhere'), takeoverClaimFile(file));
    await expect(acquireStoreLock(storeDir, { fs: bounded(200), command: 'fetch', pid: 222, isRunning: running, processStartOf: () => null, waitMs: 1_000, wait: async () => undefined }))
      .rejects.toThrow(`${takeoverClaimFile(file)} is a symbolic link to nothing, where a takeover claim of the store lock is a file this tool writes. Nothing was fetched or written. Remove it (\`rm ${takeoverClaimFile(file)}\`) and run again.`);
    expect(readFileSync(file, 'utf8')).toBe(dead);
  });

  it('a waiter whose takeover claim\'s temp file the holder swept as a leftover tries again and takes the dead lock over', async () => {
    const storeDir = path.join(root, 'data');
    const file = path.join(storeDir, LOCK_FILE);
    leaveDead(file);
    let swept = 0;
    const sweeping: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async link(from, to) {
        if (to === takeoverClaimFile(file) && swept === 0) {
          swept++;
          await nodeStoreFileSystem.rm(from);
        }
        return nodeStoreFileSystem.link(from, to);
      },
    };
    const lock = await acquireStoreLock(storeDir, { fs: sweeping, command: 'fetch', pid: 222, isRunning: running, processStartOf: () => null, waitMs: 0, wait: turn });
    expect(swept).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(222);
    await lock.release();
  });
});
