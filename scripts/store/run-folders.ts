// Scratch folders a run makes in the system temp directory (the site build's `standards-site-<owner>-*`, the
// Zendesk window's `standards-window-<owner>-*`) and beside the site (`.dist.<owner>-<random>.staging`) carry the
// process that made them, so a later run can tell what a killed run left (its process is no longer running) from
// what a run still uses, and sweep it. A kill (SIGKILL, a runner that disappears) runs no clean-up of ours: the
// next run is the only one that can.
//
// The owner is the pid and, where Linux says, which process held it: `<pid>_<boot>_<start>`, the first 8 hex
// digits of the kernel's boot id and the process's start time in clock ticks (the store lock's processStartOf).
// A pid alone is reused: on a busy runner a killed build's folders would stay for as long as some other process
// held its number, and a new build could take a dead build's folder for a running one. A folder named by an older
// version (the pid alone) is judged by its pid, as before.

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { processStartOf } from './store-lock.ts';

/** Which process made a run folder: its pid and, where known, `<boot>_<start>` (see the header). */
export interface RunFolderOwner {
  pid: number;
  start: string | null;
}

/** `<boot>_<start>` of a running pid, or null where /proc does not say (another system, a hidden pid). */
export function processStartTag(pid: number): string | null {
  const start = processStartOf(pid);
  if (start === null) return null;
  const [boot, ticks] = start.split('/') as [string, string];
  const bootHex = boot.replace(/-/g, '').slice(0, 8).toLowerCase();
  return /^[0-9a-f]{8}$/.test(bootHex) ? `${bootHex}_${ticks}` : null;
}

let ownTag: string | undefined;

/** This process as it names its run folders: `<pid>_<boot>_<start>`, or `<pid>` where the start is unknown. */
export function runOwnerTag(): string {
  ownTag ??= ((start) => (start === null ? `${process.pid}` : `${process.pid}_${start}`))(processStartTag(process.pid));
  return ownTag;
}

/** The pattern of an owner inside a folder's name: the pid, then optionally `_<boot>_<start>`. */
export const RUN_OWNER_PATTERN = '(\\d+)(?:_([0-9a-f]{8}_\\d+))?';

/** The owner from the groups RUN_OWNER_PATTERN matched. */
export function runOwnerOf(pid: string, start: string | undefined): RunFolderOwner {
  return { pid: Number(pid), start: start ?? null };
}

const FOLDER_OWNER = new RegExp(`^${RUN_OWNER_PATTERN}-[A-Za-z0-9]+$`);

/** A new folder `<parent>/<prefix><owner>-<random>` of this process. */
export function createRunFolder(parent: string, prefix: string): Promise<string> {
  return mkdtemp(path.join(parent, `${prefix}${runOwnerTag()}-`));
}

/** The owner in a run folder's name, or null when the name is not `<prefix><owner>-<random>`. */
export function runFolderOwner(name: string, prefix: string): RunFolderOwner | null {
  if (!name.startsWith(prefix)) return null;
  const match = FOLDER_OWNER.exec(name.slice(prefix.length));
  return match ? runOwnerOf(match[1]!, match[2]) : null;
}

/** How a sweep tells a live owner: whether a pid runs, and which process holds it now (injected by tests). */
export interface RunLiveness {
  isRunning: (pid: number) => boolean;
  startTagOf?: (pid: number) => string | null;
}

/**
 * Whether the process that made a folder may still be running: never this process's own folders' concern (they are
 * this run's), the pid runs, and it is the same process (its start) where both the name and the system say.
 */
export function isRunOwnerLive(owner: RunFolderOwner, liveness: RunLiveness): boolean {
  if (owner.pid === process.pid && (owner.start === null || owner.start === processStartTag(process.pid))) return true;
  if (!liveness.isRunning(owner.pid)) return false;
  if (owner.start === null) return true;
  const now = (liveness.startTagOf ?? processStartTag)(owner.pid);
  return now === null || now === owner.start;
}

/** Removes the run folders in `parent` whose process is no longer running; returns how many. */
export async function sweepDeadRunFolders(parent: string, prefix: string, liveness: RunLiveness): Promise<number> {
  let swept = 0;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const owner = runFolderOwner(name, prefix);
    if (owner === null || isRunOwnerLive(owner, liveness)) continue;
    await rm(path.join(parent, name), { recursive: true, force: true });
    swept++;
  }
  return swept;
}
