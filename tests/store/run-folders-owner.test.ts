// A run folder names the process that made it by pid and start (store/run-folders.ts): a pid that another process
// holds now no longer keeps a killed run's folders, in the temp directory or beside the site. Real processes: the
// start is read from /proc here independently of the code (field 22 of /proc/<pid>/stat, the boot id's first 8 hex
// digits).

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRunFolder, runFolderOwner, runOwnerTag, sweepDeadRunFolders } from '../../scripts/store/run-folders.ts';
import { isProcessRunning } from '../../scripts/store/store-lock.ts';
import { sweepSiteLeftovers } from '../../scripts/publish/site-build.ts';
import { createWindowSpill } from '../../scripts/sources/window-spill.ts';

function startTicks(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}
const boot8 = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().replace(/-/g, '').slice(0, 8);

let parent: string;
let child: ChildProcess;
beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'run-folders-owner-'));
  child = spawn('sleep', ['60'], { stdio: 'ignore' });
});
afterEach(() => {
  child.kill('SIGKILL');
  rmSync(parent, { recursive: true, force: true });
});

const liveness = { isRunning: isProcessRunning };

describe('run folders named by pid and start', () => {
  it('names this process by its pid, boot and start ticks', async () => {
    expect(runOwnerTag()).toBe(`${process.pid}_${boot8}_${startTicks(process.pid)}`);
    const folder = await createRunFolder(parent, 'standards-window-');
    expect(path.basename(folder)).toMatch(new RegExp(`^standards-window-${process.pid}_${boot8}_${startTicks(process.pid)}-[A-Za-z0-9]{6}$`));
    expect(runFolderOwner(path.basename(folder), 'standards-window-')).toEqual({ pid: process.pid, start: `${boot8}_${startTicks(process.pid)}` });
  });

  it('sweeps a folder whose pid another process holds now; keeps the running one\'s, and an older version\'s by pid', async () => {
    const pid = child.pid!;
    const start = startTicks(pid);
    const other = String(Number(start) + 1);
    const names = [
      `standards-window-${pid}_${boot8}_${start}-aaaaaa`,
      `standards-window-${pid}_${boot8}_${other}-bbbbbb`,
      `standards-window-${pid}_00000000_${start}-cccccc`,
      `standards-window-${pid}-dddddd`,
    ];
    for (const name of names) mkdirSync(path.join(parent, name, 'inside'), { recursive: true });
    expect(await sweepDeadRunFolders(parent, 'standards-window-', liveness)).toBe(2);
    expect(readdirSync(parent).sort()).toEqual([names[0], names[3]].sort());
  });

  it('sweeps a folder named by this very pid when another process held it before', async () => {
    const earlier = `standards-window-${process.pid}_${boot8}_${Number(startTicks(process.pid)) - 1}-eeeeee`;
    const ours = `standards-window-${runOwnerTag()}-ffffff`;
    mkdirSync(path.join(parent, earlier));
    mkdirSync(path.join(parent, ours));
    expect(await sweepDeadRunFolders(parent, 'standards-window-', liveness)).toBe(1);
    expect(readdirSync(parent)).toEqual([ours]);
  });

  it('sweeps the running one\'s folder once it is killed', async () => {
    const pid = child.pid!;
    const name = `standards-window-${pid}_${boot8}_${startTicks(pid)}-aaaaaa`;
    mkdirSync(path.join(parent, name));
    expect(await sweepDeadRunFolders(parent, 'standards-window-', liveness)).toBe(0);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    expect(await sweepDeadRunFolders(parent, 'standards-window-', liveness)).toBe(1);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('a Zendesk window spill sweeps a reused pid\'s folder and logs it', async () => {
    const pid = child.pid!;
    const reused = `standards-window-${pid}_${boot8}_${Number(startTicks(pid)) + 7}-aaaaaa`;
    mkdirSync(path.join(parent, reused, 'inside'), { recursive: true });
    const log: string[] = [];
    const spill = await createWindowSpill({ parent, log: (line) => log.push(line) });
    expect(readdirSync(parent)).toHaveLength(1);
    expect(readdirSync(parent)[0]).toMatch(new RegExp(`^standards-window-${runOwnerTag()}-`));
    expect(log).toEqual([`zendesk: removed 1 window folder(s) a killed fetch left in ${parent}`]);
    await spill.close();
  });

  it('beside the site: a staging folder of a reused pid is swept, an old site renamed aside by one is put back', async () => {
    const pid = child.pid!;
    const site = path.join(parent, 'site');
    const temp = path.join(parent, 'tmp');
    mkdirSync(temp);
    const dead = `${pid}_${boot8}_${Number(startTicks(pid)) + 3}`;
    const live = `${pid}_${boot8}_${startTicks(pid)}`;
    mkdirSync(path.join(site, `.dist.${dead}-0123456789ab.previous`, 'standards'), { recursive: true });
    mkdirSync(path.join(site, `.dist.${dead}-0123456789ab.staging`));
    mkdirSync(path.join(site, `.dist.${live}-0123456789ab.staging`));
    mkdirSync(path.join(temp, `standards-site-${dead}-AbC123`));
    mkdirSync(path.join(temp, `standards-site-${live}-XyZ789`));
    expect(await sweepSiteLeftovers(path.join(site, 'dist'), temp, liveness)).toBe(3);
    expect(readdirSync(site).sort()).toEqual([`.dist.${live}-0123456789ab.staging`, 'dist']);
    expect(readdirSync(path.join(site, 'dist'))).toEqual(['standards']);
    expect(readdirSync(temp)).toEqual([`standards-site-${live}-XyZ789`]);
  });
});
