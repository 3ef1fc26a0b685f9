// The store copies a review reads from the temp directory (the standards-data branch's tree, or its journal restored
// into day files) name the process that made them, and a review removes those a killed review left
// (review/git-tree.ts `reviewStoreFolder`): a cancelled workflow's review otherwise leaves up to a whole store in the
// temp directory for good. Real processes: a child review folder made and the child killed with SIGKILL.

import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REVIEW_STORE_PREFIX, reviewStoreFolder } from '../../scripts/review/git-tree.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const boot8 = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().replace(/-/g, '').slice(0, 8);
const startTicks = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
};

let parent: string;
let sleeper: ChildProcess;
beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'review-store-folders-'));
  sleeper = spawn('sleep', ['60'], { stdio: 'ignore' });
});
afterEach(() => {
  sleeper.kill('SIGKILL');
  for (const name of readdirSync(parent)) if (existsSync(path.join(parent, name, 'inside'))) chmodSync(path.join(parent, name, 'inside'), 0o755);
  rmSync(parent, { recursive: true, force: true });
});

/** A child process that makes a review store folder in `parent`, fills it, says its path and waits to be killed. */
function reviewChild(): Promise<{ child: ChildProcess; folder: string }> {
  const script = `const { reviewStoreFolder } = await import(${JSON.stringify(path.join(REPOSITORY_ROOT, 'scripts/review/git-tree.ts'))});
const { mkdirSync, writeFileSync } = await import('node:fs');
const dir = await reviewStoreFolder(process.argv[1]);
mkdirSync(dir + '/tickets/2026/11', { recursive: true });
writeFileSync(dir + '/tickets/2026/11/2026-11-30.ndjson', '{}\\n');
process.stdout.write(dir + '\\n');
setInterval(() => {}, 1000);`;
  const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', script, parent], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.endsWith('\n')) resolve({ child, folder: out.trim() });
    });
    child.on('exit', (code) => reject(new Error(`the child ended (${code}) before making its folder`)));
  });
}

describe('a review\'s store folders in the temp directory', () => {
  it('a review killed with SIGKILL leaves its folder; the next review removes it and keeps a running review\'s', async () => {
    const killed = await reviewChild();
    const running = await reviewChild();
    expect(path.basename(killed.folder)).toBe(`${REVIEW_STORE_PREFIX}${killed.child.pid}_${boot8}_${startTicks(killed.child.pid!)}-${path.basename(killed.folder).slice(-6)}`);
    killed.child.kill('SIGKILL');
    await new Promise((resolve) => killed.child.once('exit', resolve));
    expect(readdirSync(parent).sort()).toEqual([path.basename(killed.folder), path.basename(running.folder)].sort());

    const mine = await reviewStoreFolder(parent);
    running.child.kill('SIGKILL');
    expect(readdirSync(parent).sort()).toEqual([path.basename(running.folder), path.basename(mine)].sort());
    expect(path.basename(mine)).toMatch(new RegExp(`^standards-store-${process.pid}_${boot8}_${startTicks(process.pid)}-[A-Za-z0-9]{6}$`));
  });

  it('removes a folder whose pid another process holds now; keeps the running one\'s and those with no owner in their name', async () => {
    const pid = sleeper.pid!;
    const start = startTicks(pid);
    const names = [
      `standards-store-${pid}_${boot8}_${start}-aaaaaa`, // the sleeper's own: running
      `standards-store-${pid}_${boot8}_${Number(start) + 1}-bbbbbb`, // a process that held the pid before (its start differs)
      'standards-store-Xy12Zq', // an older version's, or another tool's: no owner, never removed
      'standards-site-999999999-cccccc', // another kind of run folder: not a review's
    ];
    for (const name of names) mkdirSync(path.join(parent, name, 'tickets'), { recursive: true });
    const mine = await reviewStoreFolder(parent);
    expect(readdirSync(parent).sort()).toEqual([names[0], names[2], names[3], path.basename(mine)].sort());
  });

  // A shared temp directory (a self-hosted runner's /tmp, several users): a killed review of another user leaves a
  // folder this one may not empty. Before, the sweep's rm threw (EACCES) and every review failed until someone
  // removed it by hand; tidying never fails a run. A real process that cannot remove the folder: another user when
  // the tests run as root, else the owner of a folder whose subfolder is read-only.
  it('a dead review\'s folder it may not remove (another user\'s, in a shared temp directory) is left, and the review goes on', async () => {
    const stuck = `standards-store-999999999_${boot8}_1-aaaaaa`;
    const gone = `standards-store-999999998_${boot8}_1-bbbbbb`;
    mkdirSync(path.join(parent, stuck, 'inside'), { recursive: true });
    writeFileSync(path.join(parent, stuck, 'inside', '2026-11-30.ndjson'), '{}\n');
    chmodSync(path.join(parent, stuck, 'inside'), 0o555);
    mkdirSync(path.join(parent, gone, 'tickets'), { recursive: true });
    for (const dir of [parent, path.join(parent, gone), path.join(parent, gone, 'tickets')]) chmodSync(dir, 0o777);
    const script = `const { reviewStoreFolder } = await import(${JSON.stringify(path.join(REPOSITORY_ROOT, 'scripts/review/git-tree.ts'))});
process.stdout.write(await reviewStoreFolder(process.argv[1]));`;
    const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', script, parent], { stdio: ['ignore', 'pipe', 'pipe'], ...asOther });
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
    child.stderr!.on('data', (chunk: Buffer) => { err += chunk.toString('utf8'); });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(readdirSync(parent).sort()).toEqual([stuck, path.basename(out)].sort());
    expect(readdirSync(path.join(parent, stuck, 'inside'))).toEqual(['2026-11-30.ndjson']);
  });

  it('a link named as a dead review\'s folder is removed, never what it points to', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'review-store-target-'));
    writeFileSync(path.join(elsewhere, 'keep.ndjson'), '{}\n');
    const link = `standards-store-999999999_${boot8}_1-cccccc`;
    symlinkSync(elsewhere, path.join(parent, link));
    const mine = await reviewStoreFolder(parent);
    expect(readdirSync(parent)).toEqual([path.basename(mine)]);
    expect(readdirSync(elsewhere)).toEqual(['keep.ndjson']);
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
