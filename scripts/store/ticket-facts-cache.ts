// The facts cache: each stored day read once into the engine's records (ticket-checks.ts `readTicketRecord`, every
// event with its instant as a number) and kept beside the store in a compact binary form, so a night re-reads only
// the days that changed since the last evaluation; and beside it the day counters (day-counters-file.ts), so a
// night does not even decode a day that did not change.
//
//   <store>/.cache/facts/YYYY-MM-DD.facts      one per stored day; <store>/.cache/.gitignore keeps git out
//   <store>/.cache/counters/YYYY-MM-DD.counts  its counters
//   <store>/.cache/texts/YYYY-MM-DD[.INODE].ndjson   the day file its facts were made from (a hard link: no copy),
//                                              so the night it changes parses only its new and changed lines (kept
//                                              for the latest days, and those with open or recently changed tickets:
//                                              the days that change; never write into one: it is the day file
//                                              itself). With its inode: linked by the fetch that wrote it, before
//                                              installing it; without: linked here (kept-text-names.ts)
//
// The NDJSON stays the source of truth: the cache is derived, disposable, and never trusted blindly. Each file
// carries the SHA-256 of the day's stored text it was made from, the engine's record version and its own format
// version; a day whose files' size, modification time, change time or inode moved since (or that changed too close to
// the cache's making to tell: git's "racy" rule, on the file system's own clock, `runMark`) is hashed, and its cache
// rebuilt unless the hash still matches.
// A cache file that cannot be read (cut, corrupted, another format) is rebuilt from its day, and the run says
// so. Cache files are written atomically (temp file + rename, without fsync: see `writeCacheFile`), and cache
// files of days the store no longer has are removed. A cache that cannot be written (a read-only or full disk, a
// file where its folder should be) is no reason to stop: the evaluation goes on from the day files, and the run
// says so once (`FactsCacheRun.unwritable`).
//
// The form itself (header, encoding, decoding) lives in facts-cache-format.ts; a day's lines and what changed
// between two versions of it in day-lines.ts; a changed day read line by line in changed-day.ts, ahead of the evaluation
// on a second thread in changed-days-thread.ts; a day's counters as a pass reads and writes them in day-counters-access.ts;
// the days' kept texts (their links, and the stat the facts record after one) in kept-day-texts.ts; what a pass did,
// and the log's line about it, in facts-cache-run.ts.
// Why a hand-made binary form: instants as float64, priority/channel/status/author as small integer codes and each
// distinct text once is what makes the night fast (no JSON or UTF-8 parsing of timestamps). Measured on 200,000 sample tickets: JSON.parse +
// readTicketRecord 0.57–0.66 s, v8.deserialize of the same records 0.56 s (101 MB), this form 0.07 s (34 MB). A
// night reads a file's header (its summary, by position) and its body only when it needs the day's tickets; each
// entry's position is kept, so a night that needs a few of a day's tickets (the live ones) decodes those only.

import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { isRejection, summariseEntries, type DayOfEntries, type EntriesSummary, type TicketEntry } from '../engine/ticket-entries.ts';
import type { TicketRecord } from '../engine/ticket-checks.ts';
import { nodeStoreFileSystem, readFileParts, shownPath, writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';
import { countersDir } from './day-counters-file.ts';
import { filesIn } from './folder-files.ts';
import { dayCountersAccess, type DayCountersContext, type StoredDayCounters } from './day-counters-access.ts';
import { StoreError, type TicketStore } from './ticket-store.ts';
import { entriesOfBytes } from './day-lines.ts';
// Imported when a night has changed days for it: loading node:worker_threads costs every other run ≈ 3 ms.
import type { ChangedDayJob, ChangedDaysThread, startChangedDaysThread } from './changed-days-thread.ts';
import { changedDay, type ChangedDayContext, type DayRead, type Rebuilt } from './changed-day.ts';
import type { FactsCacheRun, RebuildReason } from './facts-cache-run.ts';
import { keepCacheOutOfGit } from './cache-file-header.ts';
import { writesBehind, writingBehindFileSystem } from './cache-writes-behind.ts';
import { bodyAt, decodeEntries, decodeEntriesAt, encodeEntries, entriesAtLazily, entriesInPart, readHeader, sameFiles, sha256, sizeOf, trustedByStat, withStat, type CacheHeader, type FileStat } from './facts-cache-format.ts';
import type { FileClock } from './day-range-record.ts';
import { dayFileKeptName, keptDayTexts, keptTextFile, keptTextOfFacts } from './kept-day-texts.ts';
import { keptTextDay, RECENT_DAYS_KEPT_AS_TEXT } from './kept-text-names.ts';

/** The first read of a cache file: its header (the summary and the stats), usually whole. */
const HEADER_READ = 8 * 1024;

export interface FactsCacheOptions {
  fs?: StoreFileSystem;
  /** The stat of a day file (size, mtime and ctime in ns, inode), or null when it does not exist. Default: node:fs. */
  stat?: (file: string) => Promise<{ size: number; mtimeNs: bigint; ctimeNs?: bigint; ino: bigint } | null>;
  /**
   * The file system's time now (ns), as a file written now gets it; null when none can be taken: the run's mark
   * (`runMark`). Default: a probe file's mtime in the store's `tickets` folder, beside the day files (day-range-record.ts
   * `fileTimeAndGrain`).
   */
  fileClock?: FileClock;
  /**
   * Whether the file system stamps two changes in a row with the same time (`markFor`). Default: as the probe that
   * takes the mark finds (day-range-record.ts `fileTimeAndGrain`); false with a `fileClock` given.
   */
  coarseFileTimes?: boolean;
  /** Ignore every cache file: read every day file and write its cache again (`evaluate --full`). */
  full?: boolean;
  /**
   * The day counters: `write` (default) counts days from them and keeps what tonight makes, `read` counts from them
   * but keeps nothing (a review), `off` does not use them (every needed day is decoded).
   */
  counters?: 'write' | 'read' | 'off';
  /**
   * Tickets whose last event is at or after this instant may still change (a solved ticket is closed, rated): a day
   * holding one keeps its text (`keepText`), so the night it changes reads only its changed lines, as a day with open
   * tickets does. The evaluation passes its now less the counters' recent span (day-counters.ts `OLD_AFTER_MS`):
   * the tickets its counters keep one by one, which a changed day's counters take out and put in again. Default: none.
   */
  changingFromMs?: number;
  /**
   * Read the changed days' files and parse their changed lines on a second thread, ahead of the evaluation
   * (changed-days-thread.ts): the same results, sooner on a machine with two cores. Only with the store's files on
   * node:fs (the thread reads them directly). Default: off. A function: how the thread is started (a test's).
   */
  thread?: boolean | typeof startChangedDaysThread;
  /**
   * With `thread`: start it only when the changed day files it would read hold at least this many bytes. Starting a
   * thread costs tens of milliseconds of CPU (its own Node context and modules), more than it saves on a small night.
   * Default: 0 (whenever there is a changed day).
   */
  threadFromBytes?: number;
}

const nodeStat = (async function nodeStat(file: string): Promise<{ size: number; mtimeNs: bigint; ctimeNs: bigint; ino: bigint } | null> {
  // Synchronous, as the store's reads (atomic-write.ts): one stat a day, microseconds rather than a thread-pool turn.
  const s = statSync(file, { bigint: true, throwIfNoEntry: false });
  return s === undefined ? null : { size: Number(s.size), mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs, ino: s.ino };
});

export { describeFactsCacheRun, type CountersRun, type FactsCacheRun, type RebuildReason } from './facts-cache-run.ts';
export { keptTextFile } from './kept-day-texts.ts';

export const factsCacheDir = (function factsCacheDir(storeDir: string): string {
  return path.join(storeDir, '.cache', 'facts');
});

/**
 * Temp file + rename, like every store write (readers see the old file or the new one), but without the
 * fsyncs: the cache is derived, and a file a crash left torn fails its digest and is rebuilt. Skipping them
 * halves the time a full pass spends writing the cache.
 */
function writeCacheFile(fs: StoreFileSystem, file: string, data: Uint8Array): Promise<void> {
  return writeFileAtomic(fs, file, data, { durable: false });
}

/**
 * Every stored ticket as the engine's entries, day by day, oldest day first (the order of `store.tickets()`),
 * from the cache where it is current, else from the day file (whose cache is then written); with the day's
 * counters (`options.counters`). `run` fills in as the days are read: what came from where, and why.
 * `worstFacts` reads the facts of tickets the counters named (evaluate.ts `evaluateEntries`).
 */
export const storeEntries = (function storeEntries(store: TicketStore, options: FactsCacheOptions = {}): {
  days: AsyncIterable<DayOfEntries & { day: string }>;
  run: FactsCacheRun;
  worstFacts: (refs: readonly { day: string; index: number }[]) => Promise<Map<string, TicketRecord>>;
  /** The store's days as the pass listed them (null before it has): what else reads the store this run uses them. */
  listedDays: () => readonly string[] | null;
} {
  const fs = options.fs ?? nodeStoreFileSystem;
  const stat = options.stat ?? nodeStat;
  const countersMode = options.counters ?? 'write';
  const dir = factsCacheDir(store.dir);
  /** A day's facts file (folder-files.ts: named for every day of a warm evaluate). */
  const factsFile = filesIn(dir, '.facts');
  const run: FactsCacheRun = { cached: 0, decoded: 0, rebuilt: [], removed: 0, refreshed: 0, unwritable: null, partly: { days: 0, parsed: 0, lines: 0 }, threaded: 0, counters: { counted: 0, made: [], rowsRead: 0, ticketsRead: 0, dropped: [] } };
  /** How to read a day's tickets again (for the worst tickets' facts), by day. */
  const readers = new Map<string, (indices: readonly number[]) => Promise<Map<number, TicketEntry>>>();

  /**
   * The run's mark, recorded in every facts header it writes (`mark`): a file time taken once, before the first day
   * file is read for facts, so any write after that read gets an mtime at or past it. The next run trusts a day by
   * its stat only when its mtime is strictly before it (facts-cache-format.ts `trustedByStat`): a day written by the
   * fetch just before this evaluate is trusted at once, whatever the wall clock says; one written in the mark's tick
   * (a coarse clock) is hashed. Taken only when a day must be read (a warm run with nothing to read takes none);
   * '0' when none can be taken (a read-only store: nothing recorded would be trusted).
   */
  let mark: string | null = null;
  let coarse = false;
  async function runMark(): Promise<string> {
    if (mark === null) {
      if (options.fileClock) {
        mark = String((await options.fileClock()) ?? 0n);
        coarse = options.coarseFileTimes ?? false;
      } else {
        // Taken beside the day files, on their file system: its clock stamps them, and its grain is the one `markFor`
        // asks about. Not in `.cache`, which may be linked or mounted elsewhere (a tmpfs): a fine clock's mark and grain
        // there judged whole-second day files, and a day rewritten in place in the tick of its recorded stat was
        // trusted for good. Read-only day files (a probe cannot be written beside them) give no mark: none trusted.
        const taken = await (await import('./day-range-record.ts')).fileTimeAndGrain(fs, path.join(store.dir, 'tickets'));
        mark = String(taken?.ns ?? 0n);
        coarse = options.coarseFileTimes ?? taken?.coarse ?? false;
      }
    }
    return mark;
  }
  /**
   * The mark recorded with facts whose day files' stat is `files` (every facts write follows a read that took the
   * run's mark; '0', never trusted, before). The racy rule trusts by mtime alone (`trustedByStat`), the ctime being
   * compared for equality: any later change moves it. Not on a coarse clock: there a change in the tick of the stat
   * recorded (the one after the day's kept-text link, or a day changed in the mark's tick) keeps its ctime, and a
   * rewrite in place under the old size and mtime (`cp -p`, `rsync -t --inplace`) its whole stat, so such facts
   * record '0' and the next run hashes the day (then trusts it, under its own mark). On a fine clock (Linux 6.13's
   * multigrain timestamps stamp a change to a file whose times were read later than them) nothing changes.
   */
  const markFor = (files: readonly FileStat[]) => {
    const taken = mark ?? '0';
    return coarse && files.some((f) => f.ctimeNs !== undefined && BigInt(f.ctimeNs) >= BigInt(taken)) ? '0' : taken;
  };

  /** Folders this run made (or found): asked for once, not before every file. */
  const madeDirs = new Set<string>();
  async function mkdirOnce(folder: string): Promise<void> {
    if (madeDirs.has(folder)) return;
    await fs.mkdir(folder);
    madeDirs.add(folder);
  }

  /**
   * With the thread started, a day's cache files are written behind the evaluation (cache-writes-behind.ts): not
   * waited for by the day, each waited for before its file is read again, all of them before the pass ends. Set
   * once the thread is (`days`), before the pass writes anything.
   */
  let behind: ReturnType<typeof writesBehind> | null = null;
  let writeFs: StoreFileSystem = fs;

  /**
   * A write to the cache; the first that fails turns the cache off for the rest of the run (written behind: the
   * writes after it are not started; those under way land whole or not at all). False when it failed or was not
   * made; true when it was made, or started behind.
   */
  async function cacheWrite(file: string, work: () => Promise<unknown>): Promise<boolean> {
    if (run.unwritable !== null) return false;
    const failed = (error: unknown) => {
      const cause = (error as Error).cause ?? error;
      run.unwritable ??= `${shownPath(file)}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`;
      return false;
    };
    if (behind !== null) {
      await behind.start(file, async () => {
        if (run.unwritable === null) await work().catch(failed);
      });
      return true;
    }
    try {
      await work();
      return true;
    } catch (error) {
      return failed(error);
    }
  }

  /**
   * The days the store listed when this pass began (`days`): under the store lock nothing adds a day file, so a day
   * listed has its file, and one not listed has none, without asking its month folder again for every day (the
   * listing reads each month folder once; `store.dayFiles` of 180 days read them 180 times). Each listed file is
   * still stat'ed: one gone since reads as no file.
   */
  let listed: ReadonlySet<string> | null = null;
  let listedDays: readonly string[] | null = null;

  /** The stats of a day's files now (null: the day has no file any more). */
  async function dayStats(day: string): Promise<FileStat[] | null> {
    const out: FileStat[] = [];
    const files = listed === null ? await store.dayFiles(day) : listed.has(day) ? [store.dayFile(day)] : [];
    for (const file of files) {
      const s = await stat(file);
      if (s === null) return null;
      out.push({ name: path.basename(file), size: s.size, mtimeNs: String(s.mtimeNs), ...(s.ctimeNs !== undefined ? { ctimeNs: String(s.ctimeNs) } : {}), ino: String(s.ino) });
    }
    return out.length === 0 ? null : out;
  }

  /**
   * The days whose text is kept with their facts besides those with open tickets: the store's latest. Those are
   * the days that change; a workflow's cache copies the kept texts (its archive cannot keep a hard link to a file
   * outside it), so the others are not kept.
   */
  let recentDays = new Set<string>();
  const changingFromMs = options.changingFromMs ?? Number.POSITIVE_INFINITY;
  /** Whether a day's tickets are likely to change: one is open, or its last event is recent. */
  const mayChange = (summary: EntriesSummary) => summary.unsolved > 0 || (summary.maxLastEventMs !== null && summary.maxLastEventMs >= changingFromMs);

  /**
   * Writes a day's cache (`encode`: the file, kept with its tickets or not, given the stat to record of the day's
   * files; `files`: their stat before they were read), and keeps its text beside it for the latest days and those
   * whose tickets may change (`keepText`, `mayChange`); `crc`: the CRC-32 of the bytes they were made from. The text
   * first: its link moves the day file's ctime, and the facts record the stat after it (`keptWithStat`), or every
   * later night would read the day again. (A kept text of
   * the day's next version beside facts of the previous one, the facts' write failing, is refused: its stat is not
   * the one they recorded, nor its digest.)
   */
  async function writeCache(day: string, encode: (files: FileStat[]) => Buffer, files: FileStat[], crc: number | null, keep: boolean, changing: boolean): Promise<void> {
    if (run.unwritable !== null) return;
    const file = factsFile(day);
    await cacheWrite(file, async () => {
      const recorded = await keptWithStat(day, files, crc, keep && (recentDays.has(day) || changing));
      await mkdirOnce(dir);
      await writeCacheFile(writeFs, file, encode(recorded));
    });
  }

  /** The days' texts kept beside their facts (kept-day-texts.ts), linked as the days' caches are written. */
  const { textsDir, keptWithStat, refreshedTexts, noteLinkedAhead, recordRelinked, textsFolderIsOurs } = keptDayTexts({ fs, store, dayStats, mkdirOnce, coarseClock: () => coarse, removing: () => writeFs });

  /** Reads a day's stored text into entries; its cache is written by `write`, with or without the tickets. */
  /** `noted`: the day goes on the run line's list of days read from the store (false: it is there already). */
  async function fromDayFile(day: string, reason: RebuildReason, detail?: string, read?: DayRead, noted = true): Promise<Rebuilt | null> {
    if (read === undefined) await runMark();
    const files = read?.files ?? (await dayStats(day));
    const bytes = read?.bytes() ?? (await store.readDayBytes(day));
    if (bytes === null || files === null) return null;
    const entries = entriesOfBytes(store.dayFile(day), bytes);
    const hash = read?.hash ?? sha256(bytes);
    const crc = read?.crc32 ?? crc32(bytes);
    if (noted) run.rebuilt.push({ day, reason, ...(detail !== undefined ? { detail } : {}) });
    const summary = summariseEntries(entries);
    return {
      summary, hash,
      entries: () => entries,
      entriesAt: (indices) => new Map(indices.map((i) => [i, entries[i]!])),
      write: (keep) => writeCache(day, (recorded) => encodeEntries(entries, { sha256: hash, files: recorded, mark: markFor(recorded) }, { keep, summary }), files, crc, keep, mayChange(summary)),
    };
  }

  const changedDayContext = (day: string, head: CacheHeader): ChangedDayContext => ({
    store, run, keptFile: keptTextOfFacts(store.dir, day, head), mark: markFor,
    writeCache: (made, files, crc, keep, summary) => writeCache(day, made, files, crc, keep, mayChange(summary)),
  });

  /** A day and, for one read from its file, the cache write that follows the evaluation's look at it. */
  type PendingDay = DayOfEntries & { counters?: StoredDayCounters; afterward?: () => Promise<void>; again?: (indices: readonly number[]) => Promise<Map<number, TicketEntry>> };

  /**
   * A day read from its file. Its cache is written once the evaluation has seen it: with its tickets when the
   * evaluation read them (or counted the day from counters), else (nothing in them could change a number) with
   * its summary only.
   */
  function rebuiltDay(day: string, rebuilt: Rebuilt | null): PendingDay {
    let needed = false;
    const all = async () => {
      needed = true;
      return rebuilt?.entries() ?? [];
    };
    const some = async (indices: readonly number[]) => rebuilt?.entriesAt(indices) ?? new Map<number, TicketEntry>();
    readers.set(day, some);
    const counters = rebuilt === null ? undefined : countersOf(day, rebuilt.hash, some, rebuilt.previous);
    return {
      summary: rebuilt?.summary ?? summariseEntries([]),
      entries: all,
      // A day counted from counters keeps its tickets: the worst tickets they name are read from its cache file.
      ...(counters !== undefined ? { counters: { ...counters, read: () => { needed = true; return counters.read(); } } } : {}),
      afterward: async () => { if (rebuilt !== null) await rebuilt.write(needed); },
      ...(rebuilt !== null ? { again: readAgain(day, rebuilt.hash, false) } : {}),
    };
  }

  /** The whole cache file, read once and kept for the day. */
  function lazyBytes(file: string, first: Buffer, head: CacheHeader): () => Promise<Buffer> {
    let whole: Buffer | null = first.length >= sizeOf(head, bodyAt(first)) ? first : null;
    return async () => {
      if (whole === null) whole = (await readFileParts(fs, file, [{ position: 0, length: sizeOf(head, bodyAt(first)) + 1 }]))?.[0] ?? Buffer.alloc(0);
      return whole;
    };
  }

  /** A day's cache file as first read (its first bytes and header, or why it has none) and its day file's stat now. */
  interface Inspected { first: Buffer | null; head: CacheHeader | string; files: FileStat[] | null }

  async function inspect(day: string): Promise<Inspected> {
    const cacheFile = factsFile(day);
    let first: Buffer | null;
    try {
      first = (await readFileParts(fs, cacheFile, [{ position: 0, length: HEADER_READ }]))?.[0] ?? null;
    } catch {
      first = null;
    }
    if (first === null) return { first, head: 'missing', files: null };
    let head = readHeader(first);
    if (typeof head === 'string' && head === 'header cut off') {
      // A header longer than the first read (a day of many files): read the whole file.
      first = (await fs.readFile(cacheFile)) ?? Buffer.alloc(0);
      head = readHeader(first);
    }
    return { first, head, files: typeof head === 'string' ? null : await dayStats(day) };
  }

  /** Whether a day file must be read to tell whether its facts hold: its stat moved, or it was modified in their mark's tick or after (racy). */
  const mustRead = (files: readonly FileStat[], head: CacheHeader) => !sameFiles(files, head.files) || !trustedByStat(files, head.mark);

  /** Days already inspected (`days`, to hand the changed ones to the thread), each taken once by `readDay`. */
  const inspected = new Map<string, Inspected>();
  let thread: ChangedDaysThread | null = null;

  /**
   * Every day inspected ahead (`inspected`), and a thread started on those whose file changed and whose previous
   * text is kept (`changedDay` reads them line by line); null when there are none.
   */
  async function changedDaysThread(stored: readonly string[]): Promise<ChangedDaysThread | null> {
    const jobs: ChangedDayJob[] = [];
    let bytes = 0;
    for (const day of stored) {
      const found = await inspect(day);
      inspected.set(day, found);
      const { head, files } = found;
      if (files === null || typeof head === 'string' || !head.kept || !mustRead(files, head)) continue;
      // Its text given the kept text's name on the thread, once its bytes are read (changed-days-thread.ts `readThenLink`),
      // when it is a day whose text is kept (`writeCache`, by its facts' summary: tonight's is not known yet). Not the
      // others: a day whose bytes did not change (a checkout) keeps the link, and the rest would have it removed once
      // their facts are made, which moves their ctime again (read again the next night). A day the summaries disagree
      // on is linked, or not, on the first thread (`keptWithStat`). Nor a day whose text the fetch that wrote it linked
      // (kept-text-names.ts `linkStagedTexts`): read once, nothing linked.
      const linkAt = files.length === 1 && (recentDays.has(day) || mayChange(head.summary)) && dayFileKeptName(store, day, files) === null ? files[0]! : null;
      jobs.push({ day, dayFile: store.dayFile(day), dayIno: files.length === 1 ? files[0]!.ino : null, keptFile: keptTextOfFacts(store.dir, day, head), linkTo: keptTextFile(store.dir, day), head: { sha256: head.sha256, files: head.files, mark: head.mark, entries: head.entries }, linkAt });
      for (const f of files) bytes += f.size;
    }
    if (!(jobs.length > 0 && bytes >= (options.threadFromBytes ?? 0) && textsFolderIsOurs())) return null;
    // Before the thread reads a day: the facts made from what it read record a mark taken before.
    await runMark();
    return (typeof options.thread === 'function' ? options.thread : (await import('./changed-days-thread.ts')).startChangedDaysThread)(jobs);
  }

  /** A day file the thread read, read here after all (its lines parsed here): the same bytes, or the run stops. */
  function dayBytesAgain(day: string, hash: string): Buffer {
    const file = store.dayFile(day);
    const bytes = readFileSync(file);
    if (sha256(bytes) !== hash) throw new StoreError(`${shownPath(file)} changed during the evaluation: run it again`);
    return bytes;
  }

  async function readDay(day: string): Promise<PendingDay> {
    if (options.full) return rebuiltDay(day, await fromDayFile(day, 'full'));
    const cacheFile = factsFile(day);
    const { first, head, files: inspectedFiles } = inspected.get(day) ?? (await inspect(day));
    let files = inspectedFiles;
    inspected.delete(day);
    if (first === null) return rebuiltDay(day, await fromDayFile(day, 'missing'));
    if (typeof head === 'string') return rebuiltDay(day, await fromDayFile(day, 'unreadable', head));
    if (files === null) return rebuiltDay(day, null);
    let bytes = lazyBytes(cacheFile, first, head);
    if (mustRead(files, head)) {
      await runMark();
      const prepared = (await thread?.take(day)) ?? null;
      let read: DayRead;
      if (prepared !== null) {
        // Its text linked as its kept text by the thread, which proved its bytes are those under the stat after the link.
        if (prepared.linked !== null) {
          files = [prepared.linked.after];
          noteLinkedAhead(day, prepared.linked);
        }
        read = { hash: prepared.hash, crc32: prepared.crc32, files, bytes: () => dayBytesAgain(day, prepared.hash) };
      } else {
        const dayBytes = await store.readDayBytes(day);
        if (dayBytes === null) return rebuiltDay(day, null);
        read = { hash: sha256(dayBytes), crc32: crc32(dayBytes), files, bytes: () => dayBytes };
      }
      if (read.hash !== head.sha256) return rebuiltDay(day, (textsFolderIsOurs() ? await changedDay(changedDayContext(day, head), day, head, bytes, read, prepared?.change ?? null) : null) ?? (await fromDayFile(day, 'changed', undefined, read)));
      // Same bytes under a new stat (a git checkout) or a racy one: the cache holds. Its header is written
      // again with the stat the day has now (the body is copied as it is), so later nights trust the stat.
      const whole = await bytes();
      if (whole.length === sizeOf(head, bodyAt(whole))) {
        // The texts the fetch named by the inode the facts held: none is read under the new stat (kept-day-texts.ts).
        // Before the facts name it: a run stopped between the two leaves the text under the evaluate's name, which
        // the facts of either stat read.
        await refreshedTexts(day, head.files, files);
        const refreshed = withStat(whole, head, { files, mark: markFor(files) });
        if (await cacheWrite(cacheFile, async () => {
          await fs.mkdir(dir);
          await writeCacheFile(writeFs, cacheFile, refreshed);
        })) run.refreshed++;
      }
    }
    run.cached++;
    const cachedHead = head;
    /** Damaged, or kept without its tickets: read from the day file, and kept with them from now on. */
    const fallback = async (error: unknown): Promise<TicketEntry[]> => {
      run.cached--;
      const rebuilt = cachedHead.kept === false ? await fromDayFile(day, 'needed') : await fromDayFile(day, 'unreadable', (error as Error).message);
      await rebuilt?.write(true);
      const entries = [...(rebuilt?.entries() ?? [])];
      bytes = async () => { throw new Error('rebuilt'); };
      readers.set(day, async (indices) => new Map(indices.map((i) => [i, entries[i]!])));
      return entries;
    };
    let decoded: TicketEntry[] | null = null;
    const all = async (): Promise<TicketEntry[]> => {
      if (decoded !== null) return decoded;
      try {
        decoded = decodeEntries(await bytes(), cachedHead);
        run.decoded++;
      } catch (error) {
        decoded = await fallback(error);
      }
      return decoded;
    };
    const some = async (indices: readonly number[]): Promise<Map<number, TicketEntry>> => {
      if (decoded !== null) return new Map(indices.map((i) => [i, decoded![i]!]));
      try {
        return decodeEntriesAt(await bytes(), cachedHead, indices);
      } catch {
        const entries = await all();
        return new Map(indices.map((i) => [i, entries[i]!]));
      }
    };
    readers.set(day, some);
    /**
     * For counting: each entry decoded as the evaluation asks for it (facts-cache-format.ts `entriesAtLazily`), from
     * the parts of the file they lie in when the first read did not hold it whole (`entriesInPart`).
     */
    const firstRead = first;
    const oneByOne = async (indices: readonly number[]): Promise<ReadonlyMap<number, TicketEntry>> => {
      if (decoded !== null) return new Map(indices.map((i) => [i, decoded![i]!]));
      try {
        if (firstRead.length < sizeOf(cachedHead, bodyAt(firstRead))) return await entriesInPart(firstRead, cachedHead, indices, (parts, into) => readFileParts(fs, cacheFile, parts, into), 'lazily');
        return entriesAtLazily(await bytes(), cachedHead, indices);
      } catch {
        const entries = await all();
        return new Map(indices.map((i) => [i, entries[i]!]));
      }
    };
    // Decoded only when the evaluation needs the day's tickets (evaluate.ts `addSettled`, counters).
    return { summary: cachedHead.summary, entries: all, again: readAgain(day, cachedHead.sha256, true), ...(cachedHead.kept ? { counters: countersOf(day, cachedHead.sha256, oneByOne) } : {}) };
  }

  /**
   * After a day's turn: a worst ticket the counters name, read again from the cache file; from the day file when
   * that file turns out damaged (a day counted without reading any of its tickets never opened its body), whose
   * facts must be those (`facts`) the counters were made from. The cache is then made again. A changed day's patched
   * facts copy its previous ones unread, and what they carry is checked here too. (A function of its own, so that
   * what it keeps is the day and the digest, not the day's bytes and entries.) `cached`: the day was read from the cache.
   */
  function readAgain(day: string, facts: string, cached: boolean): (indices: readonly number[]) => Promise<Map<number, TicketEntry>> {
    return async (indices) => {
      try {
        return await entriesFromCacheFile(day, indices, facts);
      } catch (error) {
        // A day already read from its file this run (its cache write behind failed after its turn) is one of the
        // days read from the store already: the run line counts it once.
        const counted = run.rebuilt.some((r) => r.day === day);
        const rebuilt = await fromDayFile(day, 'unreadable', (error as Error).message, undefined, !counted);
        if (rebuilt === null || rebuilt.hash !== facts) throw new StoreError(`the facts of day ${day} cannot be read again: its cache file ${(error as Error).message}, and its day file changed during the run`);
        if (cached && !counted) run.cached--;
        await rebuilt.write(true);
        const entries = rebuilt.entries();
        return new Map(indices.map((i) => [i, entries[i]!]));
      }
    };
  }

  /** The day's counters, made from the facts whose digest is `facts` (day-counters-access.ts). */
  const countersContext: DayCountersContext = {
    fs, countersFile: filesIn(countersDir(store.dir), '.counts'), full: options.full === true, run,
    writesBehind: () => behind,
    write: (file, bytes) => cacheWrite(file, async () => {
      await mkdirOnce(countersDir(store.dir));
      await writeCacheFile(writeFs, file, bytes);
    }),
    remove: (file) => cacheWrite(file, () => fs.rm(file)),
  };
  function countersOf(day: string, facts: string, some: (indices: readonly number[]) => Promise<ReadonlyMap<number, TicketEntry>>, previous?: Rebuilt['previous']): StoredDayCounters | undefined {
    if (countersMode === 'off') return undefined;
    return dayCountersAccess(countersContext, day, facts, some, previous, countersMode === 'write');
  }

  async function* days(): AsyncIterable<DayOfEntries & { day: string }> {
    const stored = await store.listDays();
    listed = new Set(stored);
    listedDays = stored;
    recentDays = new Set(stored.slice(-RECENT_DAYS_KEPT_AS_TEXT));
    if (options.thread && !options.full) thread = await changedDaysThread(stored);
    if (thread !== null && options.fs === undefined) {
      behind = writesBehind();
      writeFs = writingBehindFileSystem;
    }
    const ignore = path.join(path.dirname(dir), '.gitignore');
    await cacheWrite(ignore, () => keepCacheOutOfGit(fs, path.dirname(dir)));
    try {
      for (const day of stored) {
        const pending = await readDay(day);
        yield { day, summary: pending.summary, entries: pending.entries, ...(pending.counters ? { counters: pending.counters } : {}) };
        if (pending.afterward) await pending.afterward();
        // A day's tickets are not held past its turn (a cold night would hold the whole store): the few worst
        // tickets the counters name are read again from the day's cache file. Held only when it could not be written.
        if (run.unwritable === null) {
          const again = pending.again ?? ((indices: readonly number[]) => entriesFromCacheFile(day, indices));
          // The worst candidates' entries are kept with the counters (`named`): the facts file is read for the others only.
          const named = pending.counters?.namedReader() ?? null;
          readers.set(day, named === null ? again : async (indices) => {
            const { found, rest } = await named(indices);
            if (rest.length > 0) for (const [i, entry] of await again(rest)) found.set(i, entry);
            return found;
          });
        }
      }
    } finally {
      // Done, or stopped by an error or a stop between days: the thread is not waited for, the writes are.
      await thread?.stop();
      thread = null;
      await behind?.all();
    }
    await recordRelinked(stored);
    if (run.unwritable !== null) return;
    const keep = new Set(stored);
    for (const [folder, extension] of [[dir, '.facts'], [countersDir(store.dir), '.counts'], ...(textsFolderIsOurs() ? [[textsDir, '.ndjson'] as const] : [])] as const) {
      await cacheWrite(folder, async () => {
        for (const name of await fs.readdir(folder)) {
          // A kept text is its day's by its name (kept-text-names.ts `keptTextDay`: the fetch's name adds an inode); any
          // other file there is no text of a day, and goes. A folder is none of ours to remove (and `rm` refused it,
          // so every night said the cache could not be written).
          if (name.endsWith(extension) && !keep.has((folder === textsDir ? keptTextDay(name) : name.slice(0, -extension.length)) ?? '')) {
            if (await fs.entryKind?.(path.join(folder, name)) === 'directory') continue;
            await fs.rm(path.join(folder, name));
            if (extension === '.facts') run.removed++;
          }
        }
      });
    }
    // Written behind too (the removals start after the day's writes were awaited): the pass ends when they are done,
    // so the run's line counts them and says when one failed.
    await behind?.all();
  }

  /**
   * Some entries of a day's cache file: its header, its index and the parts they lie in (`entriesInPart`). `facts`:
   * the digest of the day's text they must be made from (a write behind that failed left the previous version's).
   */
  async function entriesFromCacheFile(day: string, indices: readonly number[], facts?: string): Promise<Map<number, TicketEntry>> {
    const file = factsFile(day);
    await behind?.settled(file);
    let first = (await readFileParts(fs, file, [{ position: 0, length: HEADER_READ }]))?.[0] ?? null;
    let head = first === null ? 'missing' : readHeader(first);
    // A header longer than the first read (a day of many files): the whole file.
    if (head === 'header cut off') {
      first = await fs.readFile(file);
      head = first === null ? 'missing' : readHeader(first);
    }
    if (first === null || typeof head === 'string' || !head.kept) throw new StoreError(`the facts of day ${day} cannot be read again: ${typeof head === 'string' ? head : 'kept without its tickets'}`);
    if (facts !== undefined && head.sha256 !== facts) throw new StoreError(`the facts of day ${day} cannot be read again: made from another version of the day`);
    if (first.length >= sizeOf(head, bodyAt(first))) return decodeEntriesAt(first, head, indices);
    return await entriesInPart(first, head, indices, (parts, into) => readFileParts(fs, file, parts, into), 'at') as Map<number, TicketEntry>;
  }

  async function worstFacts(refs: readonly { day: string; index: number }[]): Promise<Map<string, TicketRecord>> {
    const out = new Map<string, TicketRecord>();
    const byDay = new Map<string, number[]>();
    for (const ref of refs) byDay.set(ref.day, [...(byDay.get(ref.day) ?? []), ref.index]);
    try {
      for (const [day, indices] of byDay) {
        const read = readers.get(day);
        if (read === undefined) throw new StoreError(`the facts of day ${day} were not read this run`);
        for (const [i, entry] of await read(indices)) {
          if (isRejection(entry)) throw new StoreError(`day ${day}: entry ${i} is not a ticket`);
          out.set(`${day}/${i}`, entry);
        }
      }
    } finally {
      // A day's facts made again here (`readAgain`, after the days) are written behind: awaited before the evaluation
      // goes on, as the days' own are before the pass ends.
      await behind?.all();
    }
    return out;
  }

  return { days: days(), run, worstFacts, listedDays: () => listedDays };
});
