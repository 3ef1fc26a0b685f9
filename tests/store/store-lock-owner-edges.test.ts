// The store lock's owner checks at their edges (store-lock.ts ownerGone, processStartOf): a live run in another
// process is never taken over, and is once killed; a pid whose start /proc does not say (hidepid, another user) is
// waited for; a lock from another host is never judged by this host's processes; a command name that looks like
// the fields after it is read past.

import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { acquireStoreLock, LOCK_FILE, processStartOf, StoreLockedError } from '../../scripts/store/store-lock.ts';

let root: string;
const children: ChildProcess[] = [];
beforeEach(async () => { root = await mkdtemp(path.join(tmpdir(), 'store-lock-owner-')); });
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
});

const onLinux = process.platform === 'linux';
const NODE = process.execPath;
const LOCK_MODULE = path.resolve(import.meta.dirname, '../../scripts/store/store-lock.ts');
const FS_MODULE = path.resolve(import.meta.dirname, '../../scripts/store/atomic-write.ts');

/** A run in another process that takes the lock and holds it until killed; resolves with its pid once it holds it. */
async function holder(storeDir: string): Promise<ChildProcess> {
  const script = [
    `const { acquireStoreLock } = await import(${JSON.stringify(LOCK_MODULE)});`,
    `const { nodeStoreFileSystem } = await import(${JSON.stringify(FS_MODULE)});`,
    `await acquireStoreLock(${JSON.stringify(storeDir)}, { fs: nodeStoreFileSystem, command: 'pipeline', waitMs: 0 });`,
    `process.stdout.write('held\\n');`,
    `setInterval(() => undefined, 1000);`,
  ].join('\n');
  const child = spawn(NODE, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('held')) resolve(); });
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
  return child;
}

describe.runIf(onLinux)('the store lock\'s owner, in real processes', () => {
  it('a live run in another process is waited for and never taken over; once killed, its lock is', async () => {
    const storeDir = path.join(root, 'data');
    const child = await holder(storeDir);
    const written = JSON.parse(readFileSync(path.join(storeDir, LOCK_FILE), 'utf8')) as { pid: number; processStart: string };
    expect(written.pid).toBe(child.pid);
    expect(written.processStart).toBe(processStartOf(child.pid!));
    await expect(acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 0 }))
      .rejects.toThrow(new RegExp(`another run is using the store: pipeline \\(pid ${child.pid} on `));

    await new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGKILL'); });
    const lines: string[] = [];
    const lock = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 0, log: (line) => lines.push(line) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`was left by pid ${child.pid} \\(pipeline, started .*\\), which is no longer running: taking it over$`));
    await lock.release();
  });

  it('a pid whose start the system does not say (/proc mounted with hidepid, another user\'s process) is waited for', async () => {
    const storeDir = path.join(root, 'data');
    mkdirSync(storeDir);
    writeFileSync(path.join(storeDir, LOCK_FILE), `${JSON.stringify({ pid: 4242, host: hostname(), startedAt: '2026-12-06T03:00:00.000Z', command: 'pipeline', processStart: 'boot/1' })}\n`);
    const asked: number[] = [];
    const startOf = (pid: number) => { asked.push(pid); return pid === 4242 ? null : 'boot/2'; };
    await expect(acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 0, isRunning: () => true, processStartOf: startOf }))
      .rejects.toThrow(StoreLockedError);
    expect(asked).toContain(4242);
  });

  it('a lock from another host is never judged by this host\'s processes, even one whose start differs', async () => {
    const storeDir = path.join(root, 'data');
    mkdirSync(storeDir);
    writeFileSync(path.join(storeDir, LOCK_FILE), `${JSON.stringify({ pid: process.pid, host: `${hostname()}-other`, startedAt: '2026-12-06T03:00:00.000Z', command: 'pipeline', processStart: 'another-boot/1' })}\n`);
    await expect(acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', waitMs: 0, isRunning: () => false }))
      .rejects.toThrow(`another run is using the store: pipeline (pid ${process.pid} on ${hostname()}-other, started 2026-12-06T03:00:00.000Z) holds`);
  });

  it('reads the start time past a command name that ends with a parenthesis and holds what looks like fields', async () => {
    // "x) 9 9 9 9 9 9)": read from the first ')', the fields would be nines.
    const odd = path.join(root, 'x) 9 9 9 9 9 9)');
    copyFileSync('/bin/sleep', odd);
    chmodSync(odd, 0o755);
    const child = spawn(odd, ['30'], { stdio: 'ignore' });
    children.push(child);
    await new Promise((resolve) => child.once('spawn', resolve));
    let stat = '';
    for (let i = 0; i < 50 && !stat.includes('(x) 9 9 9 9 9 9)) '); i++) {
      stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      if (!stat.includes('(x) 9 9 9 9 9 9)) ')) await new Promise((r) => setTimeout(r, 20));
    }
    // The kernel keeps 15 bytes of the name: "x) 9 9 9 9 9 9)" is exactly 15.
    expect(stat).toContain(`${child.pid} (x) 9 9 9 9 9 9)) `);
    const fields = stat.slice(stat.indexOf('(x) 9 9 9 9 9 9)) ') + '(x) 9 9 9 9 9 9)) '.length).split(' ');
    expect(processStartOf(child.pid!)).toBe(`${readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()}/${fields[22 - 3]}`);
    expect(processStartOf(2 ** 22 + 1)).toBeNull();
  });
});
