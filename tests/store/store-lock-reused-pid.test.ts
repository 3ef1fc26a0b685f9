// A lock left by a killed run whose pid now names another process. A container restarted after a kill gives its
// new run the same small pid, often under the same host name, so "is pid N running?" answers yes for ever. The lock
// records which process the pid was (Linux: boot id and start time, from /proc), and a pid that names another
// process now is taken over like one that exited.

import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { acquireStoreLock, LOCK_FILE, processStartOf, StoreLockedError } from '../../scripts/store/store-lock.ts';

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(tmpdir(), 'store-lock-pid-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const onLinux = process.platform === 'linux';
const BOOT = onLinux ? readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() : '';

function leaveLock(storeDir: string, owner: Record<string, unknown>): void {
  mkdirSync(storeDir, { recursive: true });
  writeFileSync(path.join(storeDir, LOCK_FILE), `${JSON.stringify({ host: hostname(), startedAt: '2026-12-06T03:00:00.000Z', command: 'pipeline', ...owner })}\n`);
}

describe.runIf(onLinux)('a lock whose pid now names another process', () => {
  it('is taken over when the pid is this very run (the restarted container\'s case), saying the pid was reused', async () => {
    const storeDir = path.join(root, 'data');
    leaveLock(storeDir, { pid: process.pid, processStart: `${BOOT}/1` });
    const lines: string[] = [];
    const lock = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 0, log: (line) => lines.push(line) });
    expect(lines).toEqual([`store lock ${path.join(storeDir, LOCK_FILE)} was left by pid ${process.pid} (pipeline, started 2026-12-06T03:00:00.000Z), which is no longer running (pid ${process.pid} is now another process): taking it over`]);
    const written = JSON.parse(readFileSync(path.join(storeDir, LOCK_FILE), 'utf8')) as { pid: number; processStart: string };
    expect(written.pid).toBe(process.pid);
    expect(written.processStart).toBe(processStartOf(process.pid));
    await lock.release();
  });

  it('is taken over after a reboot (another boot id), even with the same start time', async () => {
    const storeDir = path.join(root, 'data');
    const start = processStartOf(process.pid)!.split('/')[1];
    leaveLock(storeDir, { pid: process.pid, processStart: `00000000-0000-0000-0000-000000000000/${start}` });
    const lock = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 0 });
    await lock.release();
  });

  it('is still waited for when the pid names the same process (a live run is never taken over)', async () => {
    const storeDir = path.join(root, 'data');
    leaveLock(storeDir, { pid: process.pid, processStart: processStartOf(process.pid) });
    await expect(acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 0 })).rejects.toThrow(StoreLockedError);
  });

  it('is waited for when the lock says nothing of its process (written by an older version), as before', async () => {
    const storeDir = path.join(root, 'data');
    leaveLock(storeDir, { pid: process.pid });
    await expect(acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 0 })).rejects.toThrow(/another run is using the store: pipeline \(pid \d+ on /);
  });

  it('reads the start time after a command name holding spaces and parentheses, as /proc shows it', async () => {
    // An executable named "a) b (c": its /proc/<pid>/stat reads "<pid> (a) b (c) S <ppid> ...".
    const odd = path.join(root, 'a) b (c');
    copyFileSync('/bin/sleep', odd);
    chmodSync(odd, 0o755);
    const child = spawn(odd, ['30'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      let stat = '';
      for (let i = 0; i < 50 && !stat.includes('(a) b (c)'); i++) {
        stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        if (!stat.includes('(a) b (c)')) await new Promise((r) => setTimeout(r, 20));
      }
      expect(stat).toContain(`${child.pid} (a) b (c) `);
      // Field 22 of the line, counted by hand: the pid is field 1, the name field 2, so field 3 comes first here.
      const afterName = stat.slice(stat.indexOf('(a) b (c) ') + '(a) b (c) '.length).split(' ');
      expect(processStartOf(child.pid!)).toBe(`${BOOT}/${afterName[22 - 3]}`);
      expect(processStartOf(child.pid!)).not.toBe(processStartOf(process.pid));
    } finally {
      child.kill('SIGKILL');
    }
  });
});
