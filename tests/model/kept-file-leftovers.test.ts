// The temp files of the kept models and the code digests' records (model/kept-file.ts) carry their writer, and a
// write sweeps those whose writer no longer runs: a run killed between writing one and renaming it (SIGKILL runs no
// clean-up) no longer leaves it for good, and a live writer's is never touched, whether its name is this version's
// (`<file>.<pid>_<boot>_<start>.<random>.tmp`) or an older one's (`<file>.<pid>.<random>.tmp`, judged by the pid).
// Real processes, stopped inside the real write (its rename made to wait) and killed there; the owner is read from
// /proc here independently of the code (field 22 of /proc/<pid>/stat, the boot id's first 8 hex digits).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { codeDigest, type CodeSources } from '../../scripts/model/code-digest.ts';
import { sweepKilledWritersTemps } from '../../scripts/model/kept-file.ts';
import { keep, readKept } from '../../scripts/model/model-cache.ts';

function startTicks(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}
const boot8 = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().replace(/-/g, '').slice(0, 8);

const temps: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder standing for node_modules/.cache/service-standards/, and sources for a code digest. */
function cacheFolder() {
  const root = mkdtempSync(path.join(tmpdir(), 'kept-file-'));
  temps.push(root);
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  const sources: CodeSources = { name: 'test', head: 'format 7\n', files: [{ label: 'src/a.ts', file: path.join(root, 'src', 'a.ts') }], packages: [], from: pathToFileURL(path.join(root, 'src', 'a.ts')).href, tail: '' };
  return { dir: path.join(root, 'cache'), sources };
}

const scriptUrl = (name: string) => JSON.stringify(pathToFileURL(path.resolve(import.meta.dirname, '../../scripts/model', name)).href);

/**
 * A process that writes a kept file by the real code and stops inside the write, its temp file written and the
 * rename not made (its renameSync waits for ever): what a kill at that moment leaves.
 */
async function writerStoppedBeforeRename(write: string): Promise<ChildProcess> {
  const script = `
    const fs = process.getBuiltinModule('node:fs');
    const stop = () => { process.stdout.write('written\\n'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); };
    fs.renameSync = stop;
    fs.promises.rename = async () => stop();
    process.getBuiltinModule('node:module').syncBuiltinESMExports();
    ${write}`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (data: Buffer) => { if (data.toString().includes('written')) resolve(); });
    child.once('exit', (code) => reject(new Error(`the writer exited (${code}) before its rename`)));
  });
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** A pid no process holds: a process that has run and exited. */
const deadPid = () => spawnSync('true').pid!;

const temporary = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp')).sort();

describe('temp files beside the kept models and the code digests', () => {
  it('a code digest\'s record: a killed writer\'s temp file is swept by the next write, a live one\'s kept, by owner and by pid', async () => {
    const { dir, sources } = cacheFolder();
    const writer = await writerStoppedBeforeRename(`const { codeDigest } = await import(${scriptUrl('code-digest.ts')}); codeDigest(${JSON.stringify(sources)}, ${JSON.stringify(dir)});`);
    const pid = writer.pid!;
    const owner = `${pid}_${boot8}_${startTicks(pid)}`;
    const [left] = temporary(dir);
    // Beside it: an older version's temp file of the same pid (live: kept), one of a pid no process holds, and ones
    // named by this pid when another process held it (a later start; a probe for the file time) — all three dead.
    const dead = deadPid();
    const olderLive = `code-digest-test.json.${pid}.k3j5h2x9q.tmp`;
    const olderDead = `code-digest-test.json.${dead}.0a1b2c.tmp`;
    const reused = `code-digest-test.json.${pid}_${boot8}_${Number(startTicks(pid)) + 1}.0123456789ab.tmp`;
    const probe = `file-time.${pid}_${boot8}_${Number(startTicks(pid)) + 2}.ba9876543210.tmp`;
    for (const name of [olderLive, olderDead, reused, probe]) writeFileSync(path.join(dir, name), 'partial');

    // A run while the writer still runs: its record written, the dead owners' temp files swept, the live ones kept.
    const digest = codeDigest(sources, dir);
    expect(temporary(dir)).toEqual([left, olderLive].sort());
    // The writer killed between its write and its rename: the next write sweeps what it left.
    await kill(writer);
    codeDigest({ ...sources, name: 'other' }, dir);
    expect(temporary(dir)).toEqual([]);
    const place = createHash('sha256').update(sources.from).digest('hex').slice(0, 16);
    expect(readdirSync(dir).sort()).toEqual([`code-digest-other-${place}.json`, `code-digest-test-${place}.json`]);
    expect(codeDigest(sources, dir)).toBe(digest);
    // What it had left was named by its pid, boot and start.
    expect(left).toMatch(new RegExp(`^code-digest-test-${place}\\.json\\.${owner}\\.[0-9a-f]{12}\\.tmp$`));
  });

  it('a kept model: a killed writer\'s temp file is swept by the next keep, a live one\'s kept', async () => {
    const { dir } = cacheFolder();
    const writer = await writerStoppedBeforeRename(`const { keep } = await import(${scriptUrl('model-cache.ts')}); await keep(${JSON.stringify(dir)}, 'model', 'k1', { a: 1 });`);
    const pid = writer.pid!;
    const owner = `${pid}_${boot8}_${startTicks(pid)}`;
    const [left] = temporary(dir);
    const olderDead = `model-k0.json.${deadPid()}.4fzyo82mvyr.tmp`;
    writeFileSync(path.join(dir, olderDead), '{"key"');

    await keep(dir, 'model', 'k2', { b: 2 });
    expect(temporary(dir)).toEqual([left]);
    await kill(writer);
    await keep(dir, 'model', 'k3', { c: 3 });
    expect(readdirSync(dir).sort()).toEqual(['model-k2.json', 'model-k3.json']);
    expect(await readKept(dir, 'model', 'k1')).toBeNull();
    expect(await readKept(dir, 'model', 'k3')).toEqual({ c: 3 });
    expect(left).toMatch(new RegExp(`^model-k1\\.json\\.${owner}\\.[0-9a-f]{12}\\.tmp$`));
  });
});

describe('which names a sweep reads as temp files, and whose', () => {
  it('only `<file>.<owner>.<random>.tmp` (this version\'s owner or an older one\'s pid), judged by that owner; anything else is left', () => {
    const { dir } = cacheFolder();
    mkdirSync(dir);
    // Pids above the kernel's largest (4194304): never this process's own, which a sweep always keeps.
    const live = 4_194_400;
    const dead = 4_194_401;
    const temp = [
      `model-k.json.${dead}.4fzyo82mvyr.tmp`, // an older version's, its random part base 36
      `model-k.json.${dead}_0123abcd_456.0a1b2c3d4e5f.tmp`,
      `code-digest-x.json.${dead}_0123abcd_456.123456789012.tmp`, // a random part of digits only
      `model-7.json.${dead}_0123abcd_456.123456789012.tmp`, // a kept file named with digits before the owner
      `model-k.json.${live}_0123abcd_999.0a1b2c3d4e5f.tmp`, // the pid held by another process since (another start)
    ];
    const left = [
      'model-k.json', 'code-digest-x.json', 'notes.tmp', 'model-k.json.tmp', 'model-k.json.abc.tmp',
      `model-k.json.${dead}.tmp`, `model-k.json.${dead}_0123ABCD_456.0a1b2c3d4e5f.tmp`, `model-k.json.${dead}_0123abcd.0a1b.tmp`,
      `model-k.json.${dead}.0a1b.tmp.json`,
      `model-k.json.${live}.0a1b2c.tmp`, `model-k.json.${live}_0123abcd_456.0a1b2c3d4e5f.tmp`, // the live writer's
    ];
    for (const name of [...temp, ...left]) writeFileSync(path.join(dir, name), 'x');
    // A folder named like a temp file is not removed (and the sweep does not throw).
    mkdirSync(path.join(dir, `folder.${dead}.0a1b.tmp`));
    const swept = sweepKilledWritersTemps(dir, { isRunning: (pid) => pid === live, startTagOf: (pid) => (pid === live ? '0123abcd_456' : null) });
    expect(swept).toBe(temp.length);
    expect(readdirSync(dir).sort()).toEqual([...left, `folder.${dead}.0a1b.tmp`].sort());
  });
});
