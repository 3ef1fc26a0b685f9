// Which process made a scratch file or folder, and whether it still runs: what lets a run sweep what a killed run
// left (a kill runs no clean-up of ours: the next run is the only one that can) without touching what a run still
// uses. Used by the run folders (store/run-folders.ts), the store lock (store/store-lock.ts) and the temp files
// beside the kept models and code digests (kept-file.ts). Node's own modules only: the code digest, read at every
// start, loads it.
//
// The owner is the pid and, where Linux says, which process held it: `<pid>_<boot>_<start>`, the first 8 hex
// digits of the kernel's boot id and the process's start time in clock ticks. A pid alone is reused: on a busy
// runner a killed run's leftovers would stay for as long as some other process held its number, and a new run could
// take a dead run's file for a running one's. A name from an older version (the pid alone) is judged by its pid.

import { readFileSync } from 'node:fs';

/** Whether a pid runs (signal 0). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The process a pid names on Linux, as the kernel's boot id and the process's start time in clock ticks since boot
 * (field 22 of /proc/<pid>/stat, read after the command name, which may itself hold spaces and parentheses). Two
 * processes that ever held the same pid differ in one or the other. Null elsewhere, or when /proc hides the pid.
 */
export const processStartOf = (function processStartOf(pid: number): string | null {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return boot !== '' && start !== undefined && /^\d+$/.test(start) ? `${boot}/${start}` : null;
  } catch {
    return null;
  }
});

/** Which process made a run folder or temp file: its pid and, where known, `<boot>_<start>` (see the header). */
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

/** This process as it names its run folders and temp files: `<pid>_<boot>_<start>`, or `<pid>` where the start is unknown. */
export function runOwnerTag(): string {
  ownTag ??= ((start) => (start === null ? `${process.pid}` : `${process.pid}_${start}`))(processStartTag(process.pid));
  return ownTag;
}

/** The pattern of an owner inside a name: the pid, then optionally `_<boot>_<start>`. */
export const RUN_OWNER_PATTERN = '(\\d+)(?:_([0-9a-f]{8}_\\d+))?';

/** The owner from the groups RUN_OWNER_PATTERN matched. */
export function runOwnerOf(pid: string, start: string | undefined): RunFolderOwner {
  return { pid: Number(pid), start: start ?? null };
}

/** How a sweep tells a live owner: whether a pid runs, and which process holds it now (injected by tests). */
export interface RunLiveness {
  isRunning: (pid: number) => boolean;
  startTagOf?: (pid: number) => string | null;
}

/**
 * Whether the process that made a folder or file may still be running: never this process's own (they are this
 * run's), the pid runs, and it is the same process (its start) where both the name and the system say.
 */
export function isRunOwnerLive(owner: RunFolderOwner, liveness: RunLiveness): boolean {
  if (owner.pid === process.pid && (owner.start === null || owner.start === processStartTag(process.pid))) return true;
  if (!liveness.isRunning(owner.pid)) return false;
  if (owner.start === null) return true;
  const now = (liveness.startTagOf ?? processStartTag)(owner.pid);
  return now === null || now === owner.start;
}
