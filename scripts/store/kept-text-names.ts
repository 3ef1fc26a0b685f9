// The names of the day texts kept beside the facts cache (kept-day-texts.ts), and the fetch's part in making them.
//
//   <store>/.cache/texts/YYYY-MM-DD.ndjson           linked by an evaluate: a day file no fetch linked (changed by
//                                                    `mergeTickets`, git, a hand; a store of before fetches linked)
//   <store>/.cache/texts/YYYY-MM-DD.<inode>.ndjson   linked by the fetch that wrote that day file, before it installed
//                                                    it: the name says which file it is (the inode the day file has
//                                                    once renamed into place), so the previous version's text, kept
//                                                    under its own name, is still there for the evaluate to compare
//
// Why the fetch: a link moves a file's ctime, part of the stat the facts cache and the day-range record trust a day by.
// Linked by an evaluate after it read the day, the day's ctime moved past that read, and the evaluate had to read it
// again to prove the link alone moved it (≈ 10 ms of a 0.39 s night at 100k tickets, on the main thread). Linked by
// the fetch to its staged file before the rename that installs it, every ctime move is over before the day's stat is
// taken by anyone (the fetch's record, then the evaluate): the evaluate reads each changed day once, and links nothing.
// Measured (strace of a night's evaluate after its fetch, sample source): at 100k tickets 10.1 MB read from day files
// and 19 links on e9a6f23, 5.2 MB and none here; at 1M, 149 MB and 25 links, 76 MB and none.
//
// A name `<day>.<inode>` is only a claim: a restored cache holds copies, whose inodes are others. So the day file's own
// name is the one whose inode, looked up, is the day file's (`isDayFileName`), and a kept text read for its facts is
// checked against their stat or digest as before (day-lines.ts `readKeptText`).

import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { StoreFileSystem } from './atomic-write.ts';

/** How many of the store's latest days keep their text beside their facts whatever they hold. */
export const RECENT_DAYS_KEPT_AS_TEXT = 31;

/** The folder of the kept texts. */
export const keptTextsDir = (function keptTextsDir(storeDir: string): string {
  return path.join(storeDir, '.cache', 'texts');
});

/** A day's kept text: named by the fetch that wrote the day file (`ino`, its inode), or by an evaluate (none). */
export const keptTextFile = (function keptTextFile(storeDir: string, day: string, ino?: string): string {
  return path.join(keptTextsDir(storeDir), ino === undefined ? `${day}.ndjson` : `${day}.${ino}.ndjson`);
});

const FETCH_NAME = /^(\d{4}-\d{2}-\d{2})\.(\d+)\.ndjson$/;

/** The day and inode a fetch's name says (null: not a fetch's name). */
export const fetchedTextName = (function fetchedTextName(name: string): { day: string; ino: string } | null {
  const m = FETCH_NAME.exec(name);
  return m === null ? null : { day: m[1]!, ino: m[2]! };
});

const KEPT_NAME = /^(\d{4}-\d{2}-\d{2})(?:\.\d+)?\.ndjson$/;

/**
 * The day a name in the kept texts' folder is a text of (`YYYY-MM-DD.ndjson` or `YYYY-MM-DD.<inode>.ndjson`); null for
 * any other name (`2026-11-01.junk.ndjson`, `2026-11-01.ndjson.ndjson`), which no run reads, and the evaluate removes.
 */
export const keptTextDay = (function keptTextDay(name: string): string | null {
  return KEPT_NAME.exec(name)?.[1] ?? null;
});

/**
 * Whether `file` is a second name of the day file (the same inode of the same device, a regular file, not a link to
 * it); `ino`: the inode the caller's stat of the day file found (the answer is false when it is another by now).
 */
export const isDayFileName = (function isDayFileName(file: string, dayFile: string, ino: string): boolean {
  try {
    const kept = lstatSync(file, { bigint: true, throwIfNoEntry: false });
    const day = statSync(dayFile, { bigint: true, throwIfNoEntry: false });
    return kept !== undefined && day !== undefined && kept.isFile() && kept.dev === day.dev && kept.ino === day.ino && String(day.ino) === ino;
  } catch {
    return false;
  }
});

/**
 * Whether `.cache` and `.cache/texts` are folders of their own (or not made yet), never a link to another folder:
 * the kept texts are removed and linked by day name, and a link to the store's month folder would make that remove
 * its day files.
 */
export const keptTextsFolderIsOurs = (function keptTextsFolderIsOurs(storeDir: string): boolean {
  const textsDir = keptTextsDir(storeDir);
  return [path.dirname(textsDir), textsDir].every((folder) => {
    try {
      const found = lstatSync(folder, { throwIfNoEntry: false });
      return found === undefined || (found.isDirectory() && !found.isSymbolicLink());
    } catch {
      return false;
    }
  });
});

/** A day file a fetch installs: the day, and its staged file (renamed over the day file once the fetch commits). */
export interface StagedDay { day: string; staged: string }

/**
 * The fetch's links, made before its commit point (staged-fetch.ts `commit`): each staged day file whose text the
 * kept texts' policy keeps gets its kept name (`keptTextFile` with the staged file's inode). The policy is the
 * evaluate's (ticket-facts-cache.ts `writeCache`) as far as the fetch can tell without the days' tickets: a day
 * that keeps a text now (the evaluate kept its previous version: the latest days, open or recent tickets), or one of
 * the store's latest days once the fetch is installed; none in a store whose texts' folder an evaluate has not made. A day it links that the evaluate then keeps no text of (its
 * tickets all settled at once) has the link removed there, as before. `days`: the store's days after the fetch.
 * Returns the links made (for `unlinkStagedTexts` when the fetch is discarded). Nothing is refused: a link that cannot
 * be made only costs the evaluate its own link (and a read to prove it).
 */
export async function linkStagedTexts(storeDir: string, fs: StoreFileSystem, staged: readonly StagedDay[], days: readonly string[]): Promise<string[]> {
  const made: string[] = [];
  if (staged.length === 0 || !fs.stat || !keptTextsFolderIsOurs(storeDir)) return made;
  const textsDir = keptTextsDir(storeDir);
  // A store no evaluate has kept a text of (a first fetch) gets none here: its cold evaluate reads every day anyway,
  // and a fetch makes no cache folder of its own.
  if ((await fs.entryKind?.(textsDir)) !== 'directory') return made;
  try {
    const keeping = new Set((await fs.readdir(textsDir)).map(keptTextDay).filter((d) => d !== null));
    const recent = new Set([...days].sort().slice(-RECENT_DAYS_KEPT_AS_TEXT));
    const linked = staged.filter((s) => keeping.has(s.day) || recent.has(s.day));
    if (linked.length === 0) return made;
    for (const { day, staged: file } of linked) {
      const found = await fs.stat(file);
      if (found === null) continue;
      const kept = keptTextFile(storeDir, day, found.ino);
      try {
        // A name of this inode left by a copy (a restored cache) is not this file.
        await fs.rm(kept);
        await fs.link(file, kept);
        made.push(kept);
      } catch {
        await fs.rm(kept).catch(() => undefined);
      }
    }
  } catch {
    // Derived files: the evaluate links what is not linked here.
  }
  return made;
}

/**
 * What a fetch that never reached its commit point leaves of its links removed (`linkStagedTexts`): each staged day
 * file's kept name, when it still is that file. `stagingDir`: the fetch's staging folder, before it is removed.
 */
export async function unlinkStagedTexts(storeDir: string, stagingDir: string, fs: StoreFileSystem): Promise<void> {
  if (!fs.stat || !keptTextsFolderIsOurs(storeDir)) return;
  const stagedDir = path.join(stagingDir, 'staged');
  try {
    for (const name of await fs.readdir(stagedDir)) {
      const day = /^(\d{4}-\d{2}-\d{2})\.ndjson$/.exec(name)?.[1];
      if (day === undefined) continue;
      const file = path.join(stagedDir, name);
      const found = await fs.stat(file);
      if (found === null) continue;
      const kept = keptTextFile(storeDir, day, found.ino);
      if (isDayFileName(kept, file, found.ino)) await fs.rm(kept);
    }
  } catch {
    // A link left is a text no facts name: removed when the evaluate next makes that day's facts.
  }
}
