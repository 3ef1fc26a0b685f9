// Scratch folders a run makes in the system temp directory (the site build's `standards-site-<owner>-*`, the
// Zendesk window's `standards-window-<owner>-*`) and beside the site (`.dist.<owner>-<random>.staging`) carry the
// process that made them, so a later run can tell what a killed run left (its process is no longer running) from
// what a run still uses, and sweep it. A kill (SIGKILL, a runner that disappears) runs no clean-up of ours: the
// next run is the only one that can.
//
// The owner is the pid and, where Linux says, which process held it: `<pid>_<boot>_<start>`, the first 8 hex
// digits of the kernel's boot id and the process's start time in clock ticks (model/run-owner.ts).
// A pid alone is reused: on a busy runner a killed build's folders would stay for as long as some other process
// held its number, and a new build could take a dead build's folder for a running one. A folder named by an older
// version (the pid alone) is judged by its pid, as before.

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isRunOwnerLive, runOwnerOf, runOwnerTag, RUN_OWNER_PATTERN, type RunFolderOwner, type RunLiveness } from '../model/run-owner.ts';

// Kept here too for the callers that name run folders (model/run-owner.ts has them, for the temp files as well).
export { isRunOwnerLive, processStartTag, runOwnerOf, runOwnerTag, RUN_OWNER_PATTERN, type RunFolderOwner, type RunLiveness } from '../model/run-owner.ts';

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

/** How a sweep lists a folder and removes a tree: Node's by default, a store's file system (store-branch.ts) otherwise. */
export interface RunFolderFiles {
  readdir(dir: string): Promise<string[]>;
  rmTree(dir: string): Promise<void>;
}
const NODE_FILES: RunFolderFiles = { readdir: (dir) => readdir(dir), rmTree: (dir) => rm(dir, { recursive: true, force: true }) };

/**
 * Removes the run folders in `parent` whose process is no longer running; returns how many. One that cannot be
 * removed is left as it is: in a temp directory several users share (a self-hosted runner's /tmp), another user's
 * killed run leaves a folder this one may not empty (EACCES), and tidying never fails a run.
 */
export async function sweepDeadRunFolders(parent: string, prefix: string, liveness: RunLiveness, files: RunFolderFiles = NODE_FILES): Promise<number> {
  let swept = 0;
  for (const name of await files.readdir(parent).catch(() => [] as string[])) {
    const owner = runFolderOwner(name, prefix);
    if (owner === null || isRunOwnerLive(owner, liveness)) continue;
    if (await files.rmTree(path.join(parent, name)).then(() => true, () => false)) swept++;
  }
  return swept;
}
