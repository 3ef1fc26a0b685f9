// Temp files a killed run left where the commands other than `fetch` write. Every store write is a temp file renamed
// over its target (atomic-write.ts); a run killed between the two leaves the temp file for good unless a later run
// removes it. `fetch` walks the whole store (ticket-store.ts `sweepLeftovers`); `evaluate`, `review` and `actions`
// call this, under the store lock and before they write, on the folders their writers use: the store's own files
// (the report, the status log, the acknowledgements, the action issues) and the facts cache's (facts, counters, kept
// texts, and the cache's own folder: the day-range record, the cache's .gitignore; named as the facts folder's
// parent, not through day-range-record.ts, which an evaluate loads only when it has a fetch's record to update), and
// the tickets folder, where the facts cache's mark is taken (a probe file beside the day files' folders).
// Not the whole walk: at a 1M-ticket store (≈ 180 day files and their facts, counters and kept texts, 740 entries)
// it cost 0.9–1.4 ms of CPU a run against 0.5 ms for these five folders' listings, and a folder the store keeps in
// git (a worktree's .git) would cost far more.
//
// Only our temp names (`isTempFile`) that are plain files are removed: never a symbolic link (not followed either:
// a folder is listed, not walked), never anything under .git (never listed). Safe under the lock: every writer into
// these folders holds it, but a run waiting for the lock, whose own temp file is retried when swept (store-lock.ts).

import path from 'node:path';
import { isTempFile, type StoreFileSystem } from './atomic-write.ts';
import { countersDir } from './day-counters-file.ts';
import { factsCacheDir, keptTextFile } from './ticket-facts-cache.ts';

/** The folders the commands other than fetch write into, each listed alone (not walked). */
export const writerFolders = (function writerFolders(storeDir: string): string[] {
  return [...new Set([storeDir, path.dirname(factsCacheDir(storeDir)), factsCacheDir(storeDir), countersDir(storeDir), path.dirname(keptTextFile(storeDir, '2000-01-01')), path.join(storeDir, 'tickets')])];
});

/**
 * Removes our temp files in `folders` (each listed, not walked); how many. The caller holds the store lock. A folder
 * that cannot be listed (a file where the cache's folder should be, a read-only disk) or a file that cannot be
 * removed is left as it is: tidying never fails a run, whose own writes there say what is wrong (or are skipped, as
 * an unwritable facts cache is).
 */
export const sweepTempFilesIn = (async function sweepTempFilesIn(fs: StoreFileSystem, folders: readonly string[]): Promise<number> {
  let removed = 0;
  for (const dir of folders) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!isTempFile(name)) continue;
      const file = path.join(dir, name);
      const kind = fs.entryKind ? await fs.entryKind(file).catch(() => null) : 'file';
      if (kind !== 'file') continue;
      if (await fs.rm(file).then(() => true, () => false)) removed++;
    }
  }
  return removed;
});

/** `sweepTempFilesIn` the writers' folders of the store at `storeDir`, saying what it removed. */
export const sweepWritersLeftovers = (async function sweepWritersLeftovers(fs: StoreFileSystem, storeDir: string, log: (line: string) => void): Promise<number> {
  const swept = await sweepTempFilesIn(fs, writerFolders(storeDir));
  if (swept) log(`store: removed ${swept} temp file(s) a killed run left`);
  return swept;
});
