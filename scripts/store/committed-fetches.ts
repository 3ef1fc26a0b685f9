// A fetch that committed but was not installed whole (staged-fetch.ts: the run was stopped after `commit.json`) is
// finished before anything reads the store: every command that reads it calls `finishCommittedFetches` first.
// Kept apart from staged-fetch.ts, which stages and commits a fetch: those readers (a warm `evaluate` among them)
// need only this, and the staging brings the store's journal, day ranges and ticket locations (four modules and
// itself, ≈ 68 kB of source) that a run with nothing to finish never calls.

import path from 'node:path';
import { shownPath, StoreWriteError, syncDirectory, writingFile, type StoreFileSystem } from './atomic-write.ts';
import { unlinkStagedTexts } from './kept-text-names.ts';
import { acquireStoreLock, type LockOptions, type StoreLock } from './store-lock.ts';
import { StoreError } from './ticket-store.ts';

/** A fetch's staging folder in the store, `.fetch-<12 hex digits>.staging` (staged-fetch.ts `startStagedFetch`). */
const STAGING_DIR = /^\.fetch-[0-9a-f]{12}\.staging$/;

export const isStagingDir = (function isStagingDir(name: string): boolean {
  return STAGING_DIR.test(name);
});

/**
 * Renames a committed fetch's staged files over their targets (`from` null: the target is removed), syncs their
 * folders and removes the staging folder. `rollingForward`: finishing a stopped run's fetch, some files already moved.
 */
export async function installCommittedFetch(storeDir: string, stagingDir: string, fs: StoreFileSystem, renames: readonly { from: string | null; to: string }[], rollingForward: boolean): Promise<void> {
  const dirs = new Set<string>();
  for (const r of renames) {
    const target = path.join(storeDir, r.to);
    dirs.add(path.dirname(target));
    if (r.from === null) {
      await writingFile(target, () => fs.rm(target));
      continue;
    }
    await writingFile(target, () => fs.mkdir(path.dirname(target)));
    try {
      await fs.rename(path.join(stagingDir, r.from), target);
    } catch (error) {
      // Rolling forward after a crash: the files renamed before it are no longer in the staging folder.
      if (rollingForward && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new StoreWriteError(target, error);
    }
  }
  for (const d of [...dirs].sort()) await syncDirectory(fs, d);
  await fs.rmTree(stagingDir);
}

/**
 * Finishes or removes what a killed fetch left: a staging folder with `commit.json` is installed (the fetch
 * had committed), one without it is removed. Only under the store lock. Returns what it did, for the log.
 */
export async function recoverStagedFetches(storeDir: string, fs: StoreFileSystem): Promise<{ rolledForward: number; discarded: number }> {
  const outcome = { rolledForward: 0, discarded: 0 };
  for (const name of (await fs.readdir(storeDir)).filter(isStagingDir).sort()) {
    const dir = path.join(storeDir, name);
    const manifest = await fs.readFile(path.join(dir, 'commit.json'));
    if (manifest === null) {
      // Killed before its commit point: the kept texts it linked to its staged files go with them.
      await unlinkStagedTexts(storeDir, dir, fs);
      await fs.rmTree(dir);
      outcome.discarded++;
      continue;
    }
    let renames: { from: string | null; to: string }[];
    try {
      renames = (JSON.parse(manifest.toString('utf8')) as { renames: { from: string | null; to: string }[] }).renames;
    } catch (error) {
      throw new StoreError(`${path.join(dir, 'commit.json')}: not valid JSON (${(error as Error).message}); a fetch committed but its list of files is damaged — restore the store from git`);
    }
    await installCommittedFetch(storeDir, dir, fs, renames, true);
    outcome.rolledForward++;
  }
  return outcome;
}

/** Staging folders whose fetch committed (commit.json written) but whose files are not all installed yet. */
export const committedStagingDirs = (async function committedStagingDirs(storeDir: string, fs: StoreFileSystem): Promise<string[]> {
  const committed: string[] = [];
  for (const name of (await fs.readdir(storeDir)).filter(isStagingDir).sort()) {
    if ((await fs.readFile(path.join(storeDir, name, 'commit.json'))) !== null) committed.push(name);
  }
  return committed;
});

/**
 * What every command that reads the store does first: a fetch that committed but was stopped before it had
 * installed every file (a killed run) is finished now, under the store lock, so nobody reads half a fetch. With
 * nothing to finish it writes nothing and takes no lock (a read-only store is fine). When the fetch cannot be
 * finished here (the store cannot be written, another run holds it), it refuses with one line: nothing is read.
 * `lock`: the caller already holds the store lock.
 */
export const finishCommittedFetches = (async function finishCommittedFetches(storeDir: string, options: { fs: StoreFileSystem; command: string; log: (line: string) => void; lock?: StoreLock; lockOptions?: Partial<Omit<LockOptions, 'fs' | 'command'>> }): Promise<void> {
  const { fs, log } = options;
  const pending = await committedStagingDirs(storeDir, fs);
  if (pending.length === 0) return;
  const shown = shownPath(storeDir);
  try {
    const lock = options.lock ?? (await acquireStoreLock(storeDir, { fs, command: options.command, log, ...options.lockOptions }));
    try {
      const recovered = await recoverStagedFetches(storeDir, fs);
      if (recovered.rolledForward) log(`store: finished installing ${recovered.rolledForward} fetch(es) a killed run had committed`);
      if (recovered.discarded) log(`store: removed ${recovered.discarded} unfinished fetch(es) a killed run left`);
    } finally {
      if (!options.lock) await lock.release();
    }
  } catch (error) {
    throw new StoreError(
      `${shown} is half-installed: a fetch committed (${path.join(shown, pending[0]!, 'commit.json')}) but was stopped before it installed every file, and this ${options.command} could not finish it (${(error as Error).message}). ` +
        `Nothing was read. Run \`standards fetch\` where the store can be written; it finishes the install first.`,
    );
  }
});
