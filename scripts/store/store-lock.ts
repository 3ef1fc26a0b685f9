// One writer at a time: a run that fetches or evaluates holds `<store>/.standards.lock`, a small JSON file
// with its pid, host and start time, linked into place so two runs cannot both create it. A second run waits
// for the first (up to `waitMs`), then refuses with a message naming the owner. A lock whose pid is no longer
// running on this host (a killed run) is taken over. The lock is also what makes it safe to sweep temp files
// and staging folders: while we hold it, no other run has work in progress.
//
// Releasing removes the lock file, and the store folder only when this run created it (and it is still empty): a
// folder that was there before may be a mount point (a Docker or CI volume at `data/`), which is never removed.
// A release that fails is logged, never thrown: a cleanup error must not hide what the run did or why it failed.
// A run stopped by SIGTERM or SIGINT releases it too, even when the process exits before the run has unwound.
//
// Known gap: two waiters that find the same dead owner at the same instant could both remove a lock, the
// second one removing the lock the first has just taken. Runs started by hand and by a scheduler with a
// concurrency group (the nightly workflow) do not race like that.

import { readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onTermination } from '../model/run-termination.ts';
import { shownPath, StoreWriteError, tempFileFor, writingFile, type StoreFileSystem } from './atomic-write.ts';

export const LOCK_FILE = '.standards.lock';

export interface LockOwner { pid: number; host: string; startedAt: string; command: string }

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

export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(bytes: Buffer | null): LockOwner | null {
  if (bytes === null) return null;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      return { pid: value.pid, host: value.host, startedAt: String(value.startedAt ?? '?'), command: String(value.command ?? '?') };
    }
  } catch {
    // A lock cut short by a crash between create and write: treated as stale below.
  }
  return null;
}

const POLL_MS = 500;

export async function acquireStoreLock(storeDir: string, options: LockOptions): Promise<StoreLock> {
  const { fs } = options;
  const file = path.join(storeDir, LOCK_FILE);
  const pid = options.pid ?? process.pid;
  const host = options.host ?? hostname();
  const now = options.now ?? (() => new Date());
  const isRunning = options.isRunning ?? isProcessRunning;
  const wait = options.wait ?? ((ms: number) => sleep(ms));
  const waitMs = options.waitMs ?? 120_000;
  const content = `${JSON.stringify({ pid, host, startedAt: now().toISOString(), command: options.command })}\n`;
  const shown = shownPath(file);
  const created = !(await fs.readdir(path.dirname(storeDir))).includes(path.basename(storeDir));
  await writingFile(storeDir, () => fs.mkdir(storeDir));
  let waited = 0;
  let announced = false;
  for (;;) {
    // Written under a temp name and linked into place, so nobody ever reads a lock without its owner.
    const temp = tempFileFor(file);
    const handle = await writingFile(file, () => fs.open(temp, 'wx'));
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
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new StoreWriteError(file, error);
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
    if (bytes === null) continue;
    const owner = readOwner(bytes);
    const stale = owner === null || (owner.host === host && !isRunning(owner.pid));
    if (stale) {
      options.log?.(`store lock ${shown} was left by ${owner ? `pid ${owner.pid} (${owner.command}, started ${owner.startedAt}), which is no longer running` : 'a run that was cut short'}: taking it over`);
      await fs.rm(file);
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
}
