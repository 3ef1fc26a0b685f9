// Scratch folders a run makes in the system temp directory (the site build's `standards-site-<pid>-*`, the
// Zendesk window's `standards-window-<pid>-*`) carry the pid of the process that made them, so a later run can
// tell what a killed run left (its process is no longer running) from what a run still uses, and sweep it.
// A kill (SIGKILL, a runner that disappears) runs no clean-up of ours: the next run is the only one that can.

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** A new folder `<parent>/<prefix><pid>-<random>` of this process. */
export function createRunFolder(parent: string, prefix: string): Promise<string> {
  return mkdtemp(path.join(parent, `${prefix}${process.pid}-`));
}

/** The pid in a run folder's name, or null when the name is not `<prefix><pid>-<random>`. */
export function runFolderOwner(name: string, prefix: string): number | null {
  if (!name.startsWith(prefix)) return null;
  const match = /^(\d+)-[A-Za-z0-9]+$/.exec(name.slice(prefix.length));
  return match ? Number(match[1]) : null;
}

/** Removes the run folders in `parent` whose process is no longer running; returns how many. */
export async function sweepDeadRunFolders(parent: string, prefix: string, isRunning: (pid: number) => boolean): Promise<number> {
  let swept = 0;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const pid = runFolderOwner(name, prefix);
    if (pid === null || pid === process.pid || isRunning(pid)) continue;
    await rm(path.join(parent, name), { recursive: true, force: true });
    swept++;
  }
  return swept;
}
