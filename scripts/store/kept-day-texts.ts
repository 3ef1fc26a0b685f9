// The day texts the facts cache keeps beside its facts (ticket-facts-cache.ts `writeCache`): a second name of the day
// file the facts were made from, so the night that day changes reads only its new and changed lines (changed-day.ts).
//
//   <store>/.cache/texts/YYYY-MM-DD.<inode>.ndjson   linked by the fetch that wrote the day file (kept-text-names.ts)
//   <store>/.cache/texts/YYYY-MM-DD.ndjson           linked here: a day file no fetch linked
//
// Each a hard link to a day file (no copy); never written into: it is the day file itself. A day the fetch wrote
// and linked has its text kept before the evaluate reads it: nothing is linked here, and the day is read once.
// Otherwise a link (or its removal) here moves the day file's ctime, part of the stat the facts and the fetch's
// day-range record trust a day by: the facts record the stat after it (`keptWithStat`), and the record is told of
// it at the end of the pass (`recordRelinked`). A changed day read on the changed days' thread is linked there, once
// it is read (changed-days-thread.ts `readThenLink`), and its link noted here (`noteLinkedAhead`). Once a day's facts
// are made, the texts of its other versions go (`removeOtherVersions`). One of these a pass of the facts cache, which
// gives it the day files' stats as it lists them and its own folder making.

import { lstatSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { readFileParts, sameFileIdentity, type StoreFileSystem } from './atomic-write.ts';
import { sameFiles, type CacheHeader, type FileStat } from './facts-cache-format.ts';
import { fetchedTextName, isDayFileName, keptTextFile, keptTextsDir, keptTextsFolderIsOurs } from './kept-text-names.ts';
import type { TicketStore } from './ticket-store.ts';

export { keptTextFile } from './kept-text-names.ts';

/**
 * The kept text its facts were made from, to read (and check against them: day-lines.ts `readKeptText`): the one the
 * fetch named by the inode the facts' stat holds, when there is one, else the evaluate's.
 */
export const keptTextOfFacts = (function keptTextOfFacts(storeDir: string, day: string, head: Pick<CacheHeader, 'files'>): string {
  if (head.files.length === 1) {
    const fetched = keptTextFile(storeDir, day, head.files[0]!.ino);
    if (lstatSync(fetched, { throwIfNoEntry: false }) !== undefined) return fetched;
  }
  return keptTextFile(storeDir, day);
});

/**
 * The name of the day's kept text that is its day file now (`files`, its one file's stat): the fetch's, or the
 * evaluate's; null when neither is.
 */
export const dayFileKeptName = (function dayFileKeptName(store: Pick<TicketStore, 'dir' | 'dayFile'>, day: string, files: readonly FileStat[]): string | null {
  if (files.length !== 1) return null;
  const ino = files[0]!.ino;
  for (const name of [keptTextFile(store.dir, day, ino), keptTextFile(store.dir, day)]) if (isDayFileName(name, store.dayFile(day), ino)) return name;
  return null;
});

/** The same files but for their change times: what a link (or its removal) of the day's kept text leaves, and nothing else moves. */
const sameFilesButCtime = (a: readonly FileStat[], b: readonly FileStat[]) => a.length === b.length && a.every((f, i) => f.name === b[i]!.name && sameFileIdentity({ ...f, ctimeNs: undefined }, { ...b[i]!, ctimeNs: undefined }));

/** What the kept texts share with the pass of the facts cache that keeps them. */
export interface KeptDayTextsContext {
  fs: StoreFileSystem;
  store: Pick<TicketStore, 'dir' | 'dayFile' | 'readDayBytes'>;
  /** The stats of a day's files now (null: the day has no file any more), as the pass takes them. */
  dayStats: (day: string) => Promise<FileStat[] | null>;
  /** Makes a folder, asked for once a run (the pass's). */
  mkdirOnce: (folder: string) => Promise<void>;
  /** Whether the run's mark found the file system stamping two changes in a row alike (the pass's `markFor`). */
  coarseClock: () => boolean;
  /**
   * The file system a kept text is removed with: the pass's writes' (ticket-facts-cache.ts `writeFs`), which with the
   * changed days' thread removes on libuv's threads. Removing a day's previous kept text frees the previous version
   * of its file (its last name): ≈ 0.15–0.2 s of the kernel's time on a 3M night, which the evaluation need not wait
   * for. Default: `fs`.
   */
  removing?: () => StoreFileSystem;
}

/** A pass's kept texts: the links it makes or removes, and the days whose link the day-range record is told of. */
export const keptDayTexts = (function keptDayTexts({ fs, store, dayStats, mkdirOnce, coarseClock, removing = () => fs }: KeptDayTextsContext) {
  const remove = (file: string) => removing().rm(file);
  const textsDir = keptTextsDir(store.dir);

  /** Days whose kept text was linked (or removed) this run, with their day file's stat just before and just after. */
  const relinked: { day: string; before: FileStat; after: FileStat }[] = [];

  /**
   * Keeps the day's text beside its facts (`kept`) or removes the one kept, and returns the stat the facts record of
   * the day's files (made from them as they were, `files`, from the bytes whose CRC-32 is `crc`): the one after the
   * link or the removal, which moves the day file's ctime (a hard link, one name more or fewer), when the day still
   * holds those bytes; `files` otherwise (a day changed since: read again next night, and its text not kept, being
   * another version).
   *
   * A ctime that moved is no proof that the link alone moved it: a day written in place under its old size and mtime
   * (`cp -p`, `rsync -t --inplace`) between the two stats leaves the same difference. So the day file is read again
   * once its stat after is taken, and that stat recorded only when the bytes are those read (`holdsBytes`): a
   * write after that stat moves the ctime again, and the next night reads the day; on a coarse clock a write in that
   * stat's tick does not, and those facts record the mark '0' instead (`markFor`). Only the days whose kept text was
   * linked or removed here pay it (the others' ctime did not move), from the page cache: not those the changed days'
   * thread linked (changed-days-thread.ts `readThenLink`, which compares the two reads byte for byte), whose `files`
   * is the stat after their link and whose kept text is already the day file (`dayFileKeptName`), nor those the
   * fetch linked before it installed them, whose ctime no link here moves. Such a day's text not
   * to be kept after all (its removal moves the ctime again) has no CRC-32 (`crc` null): its facts record `files`,
   * and the next night reads it. Compared by a checksum rather
   * than with the bytes parsed (Buffer.equals: 1.4 ms at 100k tickets): no day's bytes are then held until its write,
   * which comes after the evaluation's turn (behind it with the changed days' thread), and a day whose lines that
   * thread read, whose bytes this one never held, is checked as the others are.
   *
   * The checksum is CRC-32 (node:zlib), not the SHA-256 that names the facts' text: what it must tell apart is the
   * text read a moment ago from the same file rewritten in place under the same size in the microseconds between two
   * stats, by a person or a program restoring an mtime, never by someone choosing bytes to collide (who could as
   * well write the facts cache itself). CRC-32 misses no change of up to 32 consecutive bits and any other with a
   * chance of 2^-32, and runs 3–5 times as fast as SHA-256 here: on a 3M-ticket night (33 linked days, ≈ 300 MB) the
   * SHA-256 and a fresh buffer for each day cost the main thread 0.45 s of the evaluate's 4.4 s (cpu-prof, load 5);
   * the CRC-32 is taken once more where the day is first read (most often on the changed days' thread).
   */
  async function keptWithStat(day: string, files: FileStat[], crc: number | null, kept: boolean): Promise<FileStat[]> {
    if (!textsFolderIsOurs()) return files;
    const before = await dayStats(day);
    if (before === null || !sameFiles(before, files)) {
      await remove(keptTextFile(store.dir, day)).catch(() => undefined);
      return files;
    }
    // Already the day file's second name (the fetch linked it before installing it, kept-text-names.ts; or the changed
    // days' thread did, changed-days-thread.ts `readThenLink`), it is kept as it is: linked again, the day's ctime
    // would move again, for a read again to prove.
    const already = dayFileKeptName(store, day, before);
    let keeping: string | null = null;
    if (kept) {
      keeping = already ?? keptTextFile(store.dir, day);
      if (already === null) await keepText(day);
    } else {
      await remove(keptTextFile(store.dir, day)).catch(() => undefined);
      if (before.length === 1) await remove(keptTextFile(store.dir, day, before[0]!.ino)).catch(() => undefined);
    }
    // Before the stat after: a text of another version that turns out a name of the day file (a store copied with its
    // links, `cp -a`: another inode than its name says) moves its ctime when removed, which is then proved as a link's.
    await removeOtherVersions(day, keeping);
    const after = await dayStats(day);
    if (after === null || !sameFilesButCtime(after, before)) return files;
    if (sameFiles(after, before)) return after;
    if (!(await holdsBytes(day, after, crc))) {
      // Not the version its facts were made from: neither its stat nor its text is kept with them.
      await remove(keptTextFile(store.dir, day)).catch(() => undefined);
      if (keeping !== null) await remove(keeping).catch(() => undefined);
      return files;
    }
    // Not on a coarse clock: the fetch's record trusts by mtime alone too, and the stat after keeps its ctime through a change in its tick (`markFor`).
    if (after.length === 1 && !coarseClock()) relinked.push({ day, before: before[0]!, after: after[0]! });
    return after;
  }

  /** The fetch's names of the kept texts, by day, as the folder was listed once a pass (`removeOtherVersions`). */
  let fetchedNames: Map<string, string[]> | null = null;

  /** The fetch's names of the day's kept texts, as the folder was listed the first time a pass asked; each day's asked once. */
  async function fetchedNamesOf(day: string): Promise<string[]> {
    if (fetchedNames === null) {
      fetchedNames = new Map();
      for (const name of await fs.readdir(textsDir).catch(() => [] as string[])) {
        const named = fetchedTextName(name);
        if (named !== null) fetchedNames.set(named.day, [...(fetchedNames.get(named.day) ?? []), name]);
      }
    }
    const names = fetchedNames.get(day) ?? [];
    fetchedNames.delete(day);
    return names;
  }

  /**
   * A day whose facts hold under a new stat (the same bytes: a git checkout, a workflow's restored cache, a store
   * copied), `was` the stat they recorded, `now` the one they record from now on: the fetch's names of its texts
   * name the inode of the version each was linked to, and the facts now name another, so none of them would be
   * read again (`keptTextOfFacts` looks for the name of the inode the facts hold, then the evaluate's) and each
   * would stay until the day next changes. The one named by the inode the facts held, the text of those bytes,
   * becomes the evaluate's name (checked by its digest when read, as a copy is); the others go. Never a name of the
   * day file (its removal or rename moves the day's ctime), nor one named by the day file's inode (the facts' now).
   */
  async function refreshedTexts(day: string, was: readonly FileStat[], now: readonly FileStat[]): Promise<void> {
    if (now.length !== 1 || !textsFolderIsOurs()) return;
    const names = await fetchedNamesOf(day);
    if (names.length === 0) return;
    const ino = now[0]!.ino;
    const dayFile = store.dayFile(day);
    const legacy = keptTextFile(store.dir, day);
    const usable = names.some((name) => fetchedTextName(name)!.ino === ino) || isDayFileName(legacy, dayFile, ino);
    for (const name of names) {
      const file = path.join(textsDir, name);
      const named = fetchedTextName(name)!.ino;
      if (named === ino || isDayFileName(file, dayFile, ino)) continue;
      try {
        if (!usable && was.length === 1 && named === was[0]!.ino) await fs.rename(file, legacy);
        else await remove(file);
      } catch {
        // Derived files: a text left is removed once the day's facts are next made.
      }
    }
  }

  /**
   * Removes the day's kept texts but `keeping` (its file's, or none): the fetch names each version it wrote by its
   * inode, so the previous version's text stays until the evaluate has compared it with the new one and made the
   * day's facts. Never the day file's own name when not asked to (its removal moves the day's ctime).
   */
  async function removeOtherVersions(day: string, keeping: string | null): Promise<void> {
    const legacy = keptTextFile(store.dir, day);
    const others = (await fetchedNamesOf(day)).map((name) => path.join(textsDir, name)).filter((file) => file !== keeping);
    if (keeping !== legacy) others.push(legacy);
    for (const file of others) await remove(file).catch(() => undefined);
  }

  /**
   * A day whose text the changed days' thread linked and proved the link alone moved its ctime (changed-days-thread.ts
   * `readThenLink`): the day-range record is told as of a link here (not on a coarse clock either).
   */
  function noteLinkedAhead(day: string, linked: { before: FileStat; after: FileStat }): void {
    if (!coarseClock()) relinked.push({ day, before: linked.before, after: linked.after });
  }

  /**
   * Memory the day files are read into by `holdsBytes`, kept from one day to the next (a page fault every 4 KiB
   * otherwise); taken while in use (writes behind the evaluation check a few days at once).
   */
  let spare: Buffer | null = null;

  /**
   * Whether the day's file holds the bytes whose CRC-32 is `crc` now, `files` its stat (the size those bytes have);
   * false when it cannot be read.
   */
  async function holdsBytes(day: string, files: readonly FileStat[], crc: number | null): Promise<boolean> {
    if (crc === null) return false;
    try {
      if (!fs.readParts || files.length !== 1) {
        const now = await store.readDayBytes(day);
        return now !== null && crc32(now) === crc;
      }
      // One byte more than its size: a file grown since is told by its length.
      const length = files[0]!.size + 1;
      const memory = spare !== null && spare.length >= length ? spare : Buffer.allocUnsafe(Math.max(length, 2 * (spare?.length ?? 0)));
      spare = null;
      try {
        const now = (await readFileParts(fs, store.dayFile(day), [{ position: 0, length }], memory))?.[0] ?? null;
        return now !== null && now.length === files[0]!.size && crc32(now) === crc;
      } finally {
        spare = memory;
      }
    } catch {
      return false;
    }
  }

  /**
   * The fetch's day-range record (day-range-record.ts) told of the links: a linked day whose entry named its stat
   * just before names the one after (its bytes, mark and order unchanged), so the next fetch does not read it whole
   * again for a ctime this run moved. Under the store lock (evaluate, review), no fetch writes the record meanwhile;
   * its write is atomic all the same, and a record that cannot be written only costs the next fetch those reads.
   */
  async function recordRelinked(stored: readonly string[]): Promise<void> {
    if (relinked.length === 0 || !fs.stat) return;
    try {
      const { DayRangeRecord } = await import('./day-range-record.ts');
      const record = await DayRangeRecord.open(fs, store.dir);
      for (const { day, before, after } of relinked) record.noteLinked(day, before, after);
      await record.save(stored);
    } catch {
      // A derived file: the next fetch reads those days once.
    }
    relinked.length = 0;
  }

  let textsOurs: boolean | null = null;
  /** Whether the kept texts' folders are the store's own (kept-text-names.ts `keptTextsFolderIsOurs`). Asked once a run. */
  function textsFolderIsOurs(): boolean {
    textsOurs ??= keptTextsFolderIsOurs(store.dir);
    return textsOurs;
  }

  /**
   * A second name for the day file the facts were just made from, beside them: the store replaces a day file by
   * renaming a new one over it, so this name keeps the text the facts hold (no copy while the day is unchanged)
   * and the night the day changes reads it to tell its unchanged lines (`changedDay`). Checked against the facts'
   * digest before use; a file system without hard links only loses that.
   */
  async function keepText(day: string): Promise<void> {
    if (!textsFolderIsOurs()) return;
    const kept = keptTextFile(store.dir, day);
    try {
      await mkdirOnce(textsDir);
      await remove(kept);
      await fs.link(store.dayFile(day), kept);
    } catch {
      await remove(kept).catch(() => undefined);
    }
  }

  return { textsDir, keptWithStat, refreshedTexts, noteLinkedAhead, recordRelinked, textsFolderIsOurs };
});
