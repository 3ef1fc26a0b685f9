// One writer at a time: a run that fetches or evaluates holds `<store>/.standards.lock`, a small JSON file
// with its pid, host and start time, linked into place so two runs cannot both create it. A second run waits
// for the first (up to `waitMs`), then refuses with a message naming the owner. A lock whose pid is no longer
// running on this host (a killed run) is taken over, and so is one whose pid now names another process: on Linux
// the lock also records the process's start (the kernel's boot id and the process's start time, from /proc), since
// a container restarted after a kill gives its new run the same small pid, often under the same host name (a
// Kubernetes StatefulSet, `docker run --hostname`), and a pid alone would keep that store locked for good. The lock is also what makes it safe to sweep temp files
// and staging folders: while we hold it, no other run has work in progress.
//
// Releasing removes the lock file, and the store folder only when this run created it (and it is still empty): a
// folder that was there before may be a mount point (a Docker or CI volume at `data/`), which is never removed. A
// run that was waiting meanwhile makes the folder again.
// A release that fails is logged, never thrown: a cleanup error must not hide what the run did or why it failed.
// A run stopped by SIGTERM or SIGINT releases it too, even when the process exits before the run has unwound.
//
// Taking over is itself one run at a time. Two waiters that find the same dead owner (both polling when it was
// killed, or started together after the kill) would otherwise both remove the lock, the second removing the one the
// first had just taken, and both would run. A taker first links its own identity to `.standards.lock.takeover`
// (only one can), reads the lock again under it, removes the lock only if it still holds the dead owner's bytes,
// and removes its claim. A claim whose taker is gone (killed within those few milliseconds) is removed by the next
// waiter the same way, under a claim on that claim (`.standards.lock.takeover.takeover`), so that two waiters finding
// it gone at once do not both remove it, the second removing the claim the first had just linked.

import { readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessRunning, processStartOf } from '../model/run-owner.ts';
import { onTermination, terminationSignal, throwIfStopped } from '../model/run-termination.ts';
import { shownPath, StoreWriteError, tempFileFor, writingFile, type StoreFileHandle, type StoreFileSystem } from './atomic-write.ts';

// Kept here too for the callers that ask the lock's module (model/run-owner.ts has them).
export { isProcessRunning, processStartOf };

export const LOCK_FILE = '.standards.lock';

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
  /** Which process the pid was (boot id and start time), where the system says: see processStartOf. */
  processStart?: string;
}

export interface StoreLock {
  readonly file: string;
  release(): Promise<void>;
}

export interface LockOptions {
  fs: StoreFileSystem;
  /** What this run is (`fetch`, `pipeline`), written into the lock for whoever waits on it. */
  command: string;
  /** How long to wait for another run before refusing (default 120 s; 0: refuse at once). */
  waitMs?: number;
  pid?: number;
  host?: string;
  now?: () => Date;
  /** Whether a process with this pid runs on this host. */
  isRunning?: (pid: number) => boolean;
  /** Which process a pid names now (see processStartOf); null where the system does not say. */
  processStartOf?: (pid: number) => string | null;
  wait?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

/** Another run holds the store. */
export class StoreLockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreLockedError';
  }
}

function readOwner(bytes: Buffer | null): LockOwner | null {
  if (bytes === null) return null;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<LockOwner>;
    // Only a positive whole pid names one process: kill(0) and kill(-1) ask about a group or every process, which
    // would keep a hand-made or damaged lock "running" for good.
    if (Number.isSafeInteger(value.pid) && value.pid! > 0 && typeof value.host === 'string') {
      const owner: LockOwner = { pid: value.pid!, host: value.host, startedAt: String(value.startedAt ?? '?'), command: String(value.command ?? '?') };
      if (typeof value.processStart === 'string') owner.processStart = value.processStart;
      return owner;
    }
  } catch {
    // A lock cut short by a crash between create and write: treated as stale below.
  }
  return null;
}

const POLL_MS = 500;
const TAKEOVER_RETRY_MS = 20;

/** Where a waiter taking over a dead run's lock says so: one taker at a time (see the header). */
export function takeoverClaimFile(lockFile: string): string {
  return `${lockFile}.takeover`;
}

/**
 * Refuses a symbolic link to nothing at the lock's or a claim's name: `link` finds it there (EEXIST) but it reads as
 * missing, and looking again (as for a lock removed meanwhile) would look for ever, without a turn of the event loop
 * for a timer or SIGTERM. What: which file should be there, for the message.
 */
async function refuseDanglingLink(fs: StoreFileSystem, file: string, what: string): Promise<void> {
  if ((await fs.entryKind?.(file)) !== 'link') return;
  const shown = shownPath(file);
  throw new StoreLockedError(`${shown} is a symbolic link to nothing, where ${what} is a file this tool writes. Nothing was fetched or written. Remove it (\`rm ${shown}\`) and run again.`);
}

/** A takeover claim held by a live taker: who, and which claim file (a claim on a gone taker's claim, see removeIfStill). */
interface HeldClaim {
  claimer: LockOwner;
  claim: string;
}

/**
 * Removes `file` (the lock, or a gone taker's claim) when it still holds `dead`, the bytes of a lock or claim whose
 * owner is gone, under the takeover claim on it (`takeoverClaimFile(file)`); `ours` is this run's lock content,
 * which the claim carries so a taker killed while holding it can be told gone. True when removed; the claim's
 * holder when another taker holds it; false when `file` changed meanwhile or a gone taker's claim was removed: the
 * caller looks again. A gone taker's claim is itself removed this way, under a claim on it (`.takeover.takeover`):
 * removed outright, two waiters that found it gone could both remove it, the second removing the claim the first had
 * just linked, and both would take the dead lock over.
 */
async function removeIfStill(fs: StoreFileSystem, file: string, dead: Buffer, ours: string, claimerGone: (claimer: LockOwner) => boolean): Promise<boolean | HeldClaim> {
  const claim = takeoverClaimFile(file);
  const temp = tempFileFor(claim);
  const handle = await writingFile(claim, () => fs.open(temp, 'wx'));
  try {
    await writingFile(claim, () => handle.writeFile(ours));
  } finally {
    await handle.close();
  }
  try {
    await fs.link(temp, claim);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code !== 'EEXIST') throw new StoreWriteError(claim, error);
    const held = await fs.readFile(claim);
    if (held === null) {
      await refuseDanglingLink(fs, claim, 'a takeover claim of the store lock');
      return false;
    }
    const claimer = readOwner(held);
    if (claimer !== null && !claimerGone(claimer)) return { claimer, claim };
    // A claim whose taker was killed inside its takeover would block every later one: it is removed, and looked at again.
    const removed = await removeIfStill(fs, claim, held, ours, claimerGone);
    return removed === true ? false : removed;
  } finally {
    await fs.rm(temp);
  }
  try {
    const now = await fs.readFile(file);
    if (now === null || !now.equals(dead)) return false;
    await fs.rm(file);
    return true;
  } finally {
    const held = await fs.readFile(claim);
    if (held !== null && held.toString('utf8') === ours) await fs.rm(claim);
  }
}

/** Why the owner of a lock on this host no longer runs: its pid is free, or names another process now; or false. */
function ownerGone(owner: LockOwner, isRunning: (pid: number) => boolean, startOf: (pid: number) => string | null): 'exited' | 'reused' | false {
  if (!isRunning(owner.pid)) return 'exited';
  if (owner.processStart === undefined) return false;
  const now = startOf(owner.pid);
  return now !== null && now !== owner.processStart ? 'reused' : false;
}

export const acquireStoreLock = (async function acquireStoreLock(storeDir: string, options: LockOptions): Promise<StoreLock> {
  const { fs } = options;
  const file = path.join(storeDir, LOCK_FILE);
  const pid = options.pid ?? process.pid;
  const host = options.host ?? hostname();
  const now = options.now ?? (() => new Date());
  const isRunning = options.isRunning ?? isProcessRunning;
  const startOf = options.processStartOf ?? (options.pid === undefined ? processStartOf : () => null);
  // A run asked to stop while it waits stops waiting at once (the loop's check below), instead of sleeping on and
  // perhaps taking the store in its grace period.
  const wait = options.wait ?? ((ms: number) => sleep(ms, undefined, { signal: terminationSignal }).catch(() => undefined));
  const waitMs = options.waitMs ?? 120_000;
  const processStart = startOf(pid);
  const content = `${JSON.stringify({ pid, host, startedAt: now().toISOString(), command: options.command, ...(processStart === null ? {} : { processStart }) })}\n`;
  const shown = shownPath(file);
  const isThere = async () => (await fs.readdir(path.dirname(storeDir))).includes(path.basename(storeDir));
  let created = !(await isThere());
  await writingFile(storeDir, () => fs.mkdir(storeDir));
  let waited = 0;
  let announced = false;
  for (;;) {
    throwIfStopped();
    // Written under a temp name and linked into place, so nobody ever reads a lock without its owner.
    const temp = tempFileFor(file);
    let handle: StoreFileHandle;
    try {
      handle = await fs.open(temp, 'wx');
    } catch (error) {
      // The run we waited for had made the store folder and removed it, still empty, on release: we make it again
      // (and so remove it on ours, if still empty).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || (await isThere())) throw new StoreWriteError(file, error);
      await writingFile(storeDir, () => fs.mkdir(storeDir));
      created = true;
      continue;
    }
    try {
      await writingFile(file, () => handle.writeFile(content));
    } finally {
      await handle.close();
    }
    let taken = false;
    try {
      await fs.link(temp, file);
      taken = true;
    } catch (error) {
      // ENOENT: the run holding the store swept our temp file as a leftover (ticket-store.ts): we try again.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOENT') throw new StoreWriteError(file, error);
      if (code === 'ENOENT') continue;
    } finally {
      await fs.rm(temp);
    }
    if (taken) {
      // A run stopped by a signal that does not unwind in time (run-termination.ts) still leaves the store free.
      const forget = onTermination(() => { if (readFileSync(file, 'utf8') === content) rmSync(file); });
      return {
        file,
        async release() {
          forget();
          try {
            const current = await fs.readFile(file);
            if (current !== null && current.toString('utf8') === content) await fs.rm(file);
          } catch (error) {
            options.log?.(`store lock ${shown} could not be removed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run takes it over, as its owner is no longer running`);
            return;
          }
          // A run that failed before writing anything leaves no empty store folder behind, if it made the folder.
          if (created) await fs.removeEmptyDir(storeDir).catch(() => undefined);
        },
      };
    }
    const bytes = await fs.readFile(file);
    if (bytes === null) {
      await refuseDanglingLink(fs, file, 'the store lock');
      continue;
    }
    const owner = readOwner(bytes);
    const gone = owner !== null && owner.host === host && ownerGone(owner, isRunning, startOf);
    if (owner === null || gone !== false) {
      const removed = await removeIfStill(fs, file, bytes, content, (claimer) => claimer.host === host && ownerGone(claimer, isRunning, startOf) !== false);
      if (removed === true) options.log?.(`store lock ${shown} was left by ${owner ? `pid ${owner.pid} (${owner.command}, started ${owner.startedAt}), which is no longer running${gone === 'reused' ? ` (pid ${owner.pid} is now another process)` : ''}` : 'a run that was cut short'}: taking it over`);
      // Another waiter is taking it over this very moment (its claim is held for milliseconds).
      else {
        if (removed !== false && waited >= waitMs) {
          const { claimer } = removed;
          const claim = shownPath(removed.claim);
          throw new StoreLockedError(
            `another run is taking over the store lock ${shown} (left by ${owner ? `pid ${owner.pid}, no longer running` : 'a run that was cut short'}): ${claimer.command} (pid ${claimer.pid} on ${claimer.host}, started ${claimer.startedAt}) holds ${claim}. ` +
              `Nothing was fetched or written. Run again; if no such run exists (it ran on another machine), delete ${claim}.`,
          );
        }
        await wait(TAKEOVER_RETRY_MS);
        waited += TAKEOVER_RETRY_MS;
      }
      continue;
    }
    const who = `${owner.command} (pid ${owner.pid} on ${owner.host}, started ${owner.startedAt})`;
    if (waited >= waitMs) {
      throw new StoreLockedError(
        `another run is using the store: ${who} holds ${shown}. Nothing was fetched or written. ` +
          `Run again when it has finished; if no such run exists (it ran on another machine), delete ${shown}.`,
      );
    }
    if (!announced) {
      options.log?.(`waiting for ${who} to finish with the store (up to ${Math.round(waitMs / 1000)} s)`);
      announced = true;
    }
    await wait(POLL_MS);
    waited += POLL_MS;
  }
});
