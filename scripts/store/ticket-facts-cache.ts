// The facts cache: each stored day read once into the engine's records (ticket-checks.ts `readTicketRecord`, every
// event with its instant as a number) and kept beside the store in a compact binary form, so a night re-reads only
// the days that changed since the last evaluation; and beside it the day counters (day-counters-file.ts), so a
// night does not even decode a day that did not change.
//
//   <store>/.cache/facts/YYYY-MM-DD.facts      one per stored day; <store>/.cache/.gitignore keeps git out
//   <store>/.cache/counters/YYYY-MM-DD.counts  its counters
//   <store>/.cache/texts/YYYY-MM-DD.ndjson     the day file its facts were made from (a hard link: no copy), so the
//                                              night it changes parses only its new and changed lines (kept for
//                                              the latest days, and those with open or recently changed tickets:
//                                              the days that change; never write into one: it is the day file itself)
//
// The NDJSON stays the source of truth: the cache is derived, disposable, and never trusted blindly. Each file
// carries the SHA-256 of the day's stored text it was made from, the engine's record version and its own format
// version; a day whose files' size, modification time or inode moved since (or that changed too close to the
// cache's making to tell: git's "racy" rule) is hashed, and its cache rebuilt unless the hash still matches.
// A cache file that cannot be read (cut, corrupted, another format) is rebuilt from its day, and the run says
// so. Cache files are written atomically (temp file + rename, without fsync: see `writeCacheFile`), and cache
// files of days the store no longer has are removed. A cache that cannot be written (a read-only or full disk, a
// file where its folder should be) is no reason to stop: the evaluation goes on from the day files, and the run
// says so once (`FactsCacheRun.unwritable`).
//
// The form itself (header, encoding, decoding) lives in facts-cache-format.ts; a day's lines and what changed
// between two versions of it in day-lines.ts; what a pass did, and the log's line about it, in facts-cache-run.ts.
// Why a hand-made binary form: instants as float64, priority/channel/status/author as small integer codes and each
// distinct text once is what makes the night fast (no JSON or UTF-8 parsing of timestamps). Measured on 200,000 sample tickets: JSON.parse +
// readTicketRecord 0.57–0.66 s, v8.deserialize of the same records 0.56 s (101 MB), this form 0.07 s (34 MB). A
// night reads a file's header (its summary, by position) and its body only when it needs the day's tickets; each
// entry's position is kept, so a night that needs a few of a day's tickets (the live ones) decodes those only.

import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { isRejection, summariseEntries, type DayCountersAccess, type DayOfEntries, type EntriesSummary, type TicketEntry } from '../engine/ticket-entries.ts';
import type { TicketRecord } from '../engine/ticket-checks.ts';
import type { DayCounters } from '../engine/day-counters.ts';
import { nodeStoreFileSystem, readFileParts, shownPath, writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';
import { countersDir, encodeDayCounters, readDayCounters, readRowsOf, type KeptCounters } from './day-counters-file.ts';
import { StoreError, type TicketStore } from './ticket-store.ts';
import { changedSummary, entriesOfBytes, entryOfLine, lineText, linesOfBytes, readKeptText, sameLines, type DayLines } from './day-lines.ts';
import type { FactsCacheRun, RebuildReason } from './facts-cache-run.ts';
import { bodyAt, decodeEntries, decodeEntriesAt, encodeEntries, entriesAtLazily, entriesInPart, openFacts, readHeader, sha256, sizeOf, withStat, type CacheHeader, type FileStat, type OpenedFacts } from './facts-cache-format.ts';
import type { DayChange } from '../engine/day-counters-update.ts';

/** A day file changed this close to the cache's making may have changed again unseen by its stat: hash it. */
const RACY_MS = 2_000;
/** The first read of a cache file: its header (the summary and the stats), usually whole. */
const HEADER_READ = 8 * 1024;
/** How many of the store's latest days keep their text beside their facts (`keepText`) whatever they hold. */
const RECENT_DAYS_KEPT_AS_TEXT = 31;

export interface FactsCacheOptions {
  fs?: StoreFileSystem;
  /** The stat of a day file (size, mtime in ns, inode), or null when it does not exist. Default: node:fs. */
  stat?: (file: string) => Promise<{ size: number; mtimeNs: bigint; ino: bigint } | null>;
  /** Clock for `madeMs`. */
  nowMs?: () => number;
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
}

async function nodeStat(file: string): Promise<{ size: number; mtimeNs: bigint; ino: bigint } | null> {
  // Synchronous, as the store's reads (atomic-write.ts): one stat a day, microseconds rather than a thread-pool turn.
  const s = statSync(file, { bigint: true, throwIfNoEntry: false });
  return s === undefined ? null : { size: Number(s.size), mtimeNs: s.mtimeNs, ino: s.ino };
}

export { describeFactsCacheRun, type CountersRun, type FactsCacheRun, type RebuildReason } from './facts-cache-run.ts';

export function factsCacheDir(storeDir: string): string {
  return path.join(storeDir, '.cache', 'facts');
}

/** The day file's text as its facts were made from it (`keepText`). */
export function keptTextFile(storeDir: string, day: string): string {
  return path.join(storeDir, '.cache', 'texts', `${day}.ndjson`);
}


/**
 * Temp file + rename, like every store write (readers see the old file or the new one), but without the
 * fsyncs: the cache is derived, and a file a crash left torn fails its digest and is rebuilt. Skipping them
 * halves the time a full pass spends writing the cache.
 */
function writeCacheFile(fs: StoreFileSystem, file: string, data: Uint8Array): Promise<void> {
  return writeFileAtomic(fs, file, data, { durable: false });
}

const sameFiles = (a: readonly FileStat[], b: readonly FileStat[]) => a.length === b.length && a.every((f, i) => f.name === b[i]!.name && f.size === b[i]!.size && f.mtimeNs === b[i]!.mtimeNs && f.ino === b[i]!.ino);

/**
 * Every stored ticket as the engine's entries, day by day, oldest day first (the order of `store.tickets()`),
 * from the cache where it is current, else from the day file (whose cache is then written); with the day's
 * counters (`options.counters`). `run` fills in as the days are read: what came from where, and why.
 * `worstFacts` reads the facts of tickets the counters named (evaluate.ts `evaluateEntries`).
 */
export function storeEntries(store: TicketStore, options: FactsCacheOptions = {}): {
  days: AsyncIterable<DayOfEntries & { day: string }>;
  run: FactsCacheRun;
  worstFacts: (refs: readonly { day: string; index: number }[]) => Promise<Map<string, TicketRecord>>;
  /** The store's days as the pass listed them (null before it has): what else reads the store this run uses them. */
  listedDays: () => readonly string[] | null;
} {
  const fs = options.fs ?? nodeStoreFileSystem;
  const stat = options.stat ?? nodeStat;
  const clock = options.nowMs ?? Date.now;
  const countersMode = options.counters ?? 'write';
  const dir = factsCacheDir(store.dir);
  const textsDir = path.dirname(keptTextFile(store.dir, '2000-01-01'));
  const run: FactsCacheRun = { cached: 0, decoded: 0, rebuilt: [], removed: 0, refreshed: 0, unwritable: null, partly: { days: 0, parsed: 0, lines: 0 }, counters: { counted: 0, made: [], rowsRead: 0, ticketsRead: 0 } };
  /** How to read a day's tickets again (for the worst tickets' facts), by day. */
  const readers = new Map<string, (indices: readonly number[]) => Promise<Map<number, TicketEntry>>>();

  /** Folders this run made (or found): asked for once, not before every file. */
  const madeDirs = new Set<string>();
  async function mkdirOnce(folder: string): Promise<void> {
    if (madeDirs.has(folder)) return;
    await fs.mkdir(folder);
    madeDirs.add(folder);
  }

  /** A write to the cache; the first that fails turns the cache off for the rest of the run. */
  async function cacheWrite(file: string, work: () => Promise<unknown>): Promise<boolean> {
    if (run.unwritable !== null) return false;
    try {
      await work();
      return true;
    } catch (error) {
      const cause = (error as Error).cause ?? error;
      run.unwritable = `${shownPath(file)}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`;
      return false;
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
      out.push({ name: path.basename(file), size: s.size, mtimeNs: String(s.mtimeNs), ino: String(s.ino) });
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
   * Writes a day's cache (`encoded`: the file, kept with its tickets or not), and keeps its text beside it for the
   * latest days and those whose tickets may change (`keepText`, `mayChange`).
   */
  async function writeCache(day: string, encoded: Buffer, keep: boolean, changing: boolean): Promise<void> {
    if (run.unwritable !== null) return;
    const file = path.join(dir, `${day}.facts`);
    if (!(await cacheWrite(file, async () => {
      await mkdirOnce(dir);
      await writeCacheFile(fs, file, encoded);
    }))) return;
    if (keep && (recentDays.has(day) || changing)) await keepText(day);
    else if (textsFolderIsOurs()) await fs.rm(keptTextFile(store.dir, day)).catch(() => undefined);
  }

  let textsOurs: boolean | null = null;
  /**
   * Whether `.cache` and `.cache/texts` are folders of their own (or not made yet), never a link to another folder:
   * the kept texts are removed and linked by day name, and a link to the store's month folder would make that
   * remove its day files. Asked once a run.
   */
  function textsFolderIsOurs(): boolean {
    textsOurs ??= [path.dirname(textsDir), textsDir].every((folder) => {
      try {
        const found = lstatSync(folder, { throwIfNoEntry: false });
        return found === undefined || (found.isDirectory() && !found.isSymbolicLink());
      } catch {
        return false;
      }
    });
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
      await fs.rm(kept);
      await fs.link(store.dayFile(day), kept);
    } catch {
      await fs.rm(kept).catch(() => undefined);
    }
  }

  interface Rebuilt {
    summary: EntriesSummary;
    /** Every entry (a changed day decodes its unchanged ones only when asked). */
    entries(): readonly TicketEntry[];
    entriesAt(indices: readonly number[]): Map<number, TicketEntry>;
    hash: string;
    write(keep: boolean): Promise<void>;
    /** For a changed day read line by line: the facts its previous counters were made from, and what changed since. */
    previous?: { facts: string; change: DayChange };
  }

  /** A day file read: its bytes, their digest, and the stat of its files taken before the read. */
  interface DayRead { bytes: Buffer; hash: string; files: FileStat[] }

  /** Reads a day's stored text into entries; its cache is written by `write`, with or without the tickets. */
  async function fromDayFile(day: string, reason: RebuildReason, detail?: string, read?: DayRead): Promise<Rebuilt | null> {
    const files = read?.files ?? (await dayStats(day));
    const bytes = read?.bytes ?? (await store.readDayBytes(day));
    if (bytes === null || files === null) return null;
    const entries = entriesOfBytes(store, day, bytes);
    const hash = read?.hash ?? sha256(bytes);
    run.rebuilt.push({ day, reason, ...(detail !== undefined ? { detail } : {}) });
    const summary = summariseEntries(entries);
    return {
      summary, hash,
      entries: () => entries,
      entriesAt: (indices) => new Map(indices.map((i) => [i, entries[i]!])),
      write: (keep) => writeCache(day, encodeEntries(entries, { sha256: hash, files, madeMs: clock() }, { keep, summary }), keep, mayChange(summary)),
    };
  }

  /**
   * A changed day read line by line: a line the day held when its facts were made (its kept text, `keepText`) is
   * the entry the facts hold (an entry is a function of its line's text alone), the others are parsed. The
   * unchanged entries are decoded only when asked, and the day's new facts are its previous ones with the new and
   * changed entries written after them (`OpenedFacts.patched`), made whole again once those pass half the day.
   * Null when there is no kept text of those facts, or they cannot be read.
   */
  async function changedDay(day: string, head: CacheHeader, bytes: () => Promise<Buffer>, read: DayRead): Promise<Rebuilt | null> {
    if (!head.kept || !textsFolderIsOurs()) return null;
    let before: DayLines;
    let opened: OpenedFacts;
    try {
      const kept = readKeptText(keptTextFile(store.dir, day), head, RACY_MS);
      if (kept === null || (!kept.sameStat && sha256(kept.bytes) !== head.sha256)) return null;
      before = linesOfBytes(kept.bytes);
      opened = openFacts(await bytes(), head);
    } catch {
      return null;
    }
    if (before.length !== head.entries) return null;
    const { hash, files } = read;
    const after = linesOfBytes(read.bytes);
    const count = after.length;
    const oldToNew = sameLines(before, after);
    /** Each entry now: the previous entry it is (its index), or -1 when its line is new or changed. */
    const from = new Int32Array(count).fill(-1);
    const gone: number[] = [];
    for (let i = 0; i < oldToNew.length; i++) {
      if (oldToNew[i]! >= 0) from[oldToNew[i]!] = i;
      else gone.push(i);
    }
    const added: number[] = [];
    const addedEntries: TicketEntry[] = [];
    const addedAt = new Map<number, TicketEntry>();
    for (let n = 0; n < count; n++) {
      if (from[n]! >= 0) continue;
      const entry = entryOfLine(store, day, lineText(after, n), n + 1);
      added.push(n);
      addedEntries.push(entry);
      addedAt.set(n, entry);
    }
    let removed: Map<number, TicketEntry>;
    let times: { createdMs: Float64Array; lastEventMs: Float64Array };
    try {
      removed = opened.entriesAt(gone);
      times = opened.times();
    } catch {
      return null;
    }
    const createdMs = new Float64Array(count);
    from.forEach((i, n) => {
      const entry = addedAt.get(n);
      createdMs[n] = i >= 0 ? times.createdMs[i]! : isRejection(entry!) ? Number.NaN : entry!.createdMs;
    });
    const summary = changedSummary(head.summary, [...removed.values()], addedEntries, from, times);
    run.rebuilt.push({ day, reason: 'changed' });
    run.partly.days++;
    run.partly.parsed += added.length;
    run.partly.lines += count;
    let all: TicketEntry[] | null = null;
    /**
     * The facts are checked piece by piece as they are read: an unchanged entry lying where they turn out damaged is
     * parsed from its line (the same bytes as the one its facts were made from), and the facts are made whole.
     */
    let damaged = false;
    const fromLine = (n: number) => entryOfLine(store, day, lineText(after, n), n + 1);
    const entries = (): TicketEntry[] => {
      if (all !== null) return all;
      let old: TicketEntry[] | null = null;
      try {
        old = opened.entries();
      } catch {
        damaged = true;
      }
      all = Array.from(from, (i, n) => (i < 0 ? addedAt.get(n)! : old !== null ? old[i]! : fromLine(n)));
      return all;
    };
    return {
      summary, hash, entries,
      entriesAt(indices) {
        if (all !== null) return new Map(indices.map((n) => [n, all![n]!]));
        let old: Map<number, TicketEntry> | null = null;
        try {
          old = opened.entriesAt(indices.filter((n) => from[n]! >= 0).map((n) => from[n]!));
        } catch {
          damaged = true;
        }
        return new Map(indices.map((n) => [n, from[n]! < 0 ? addedAt.get(n)! : old !== null ? old.get(from[n]!)! : fromLine(n)]));
      },
      write(keep) {
        const header = { sha256: hash, files, madeMs: clock() };
        // Made whole again when the entries written after the blocks pass half the day (the replaced ones' numbers go),
        // or when they turned out damaged.
        const whole = damaged || !keep || head.appended + added.length > count / 2;
        const encoded = whole ? encodeEntries(entries(), header, { keep, summary }) : opened.patched(from, addedEntries, summary, header);
        return writeCache(day, encoded, keep, mayChange(summary));
      },
      previous: { facts: head.sha256, change: { oldToNew, added, addedEntries, removed, entries: count, createdMs } },
    };
  }

  /** A day and, for one read from its file, the cache write that follows the evaluation's look at it. */
  type PendingDay = DayOfEntries & { afterward?: () => Promise<void>; again?: (indices: readonly number[]) => Promise<Map<number, TicketEntry>> };

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

  async function readDay(day: string): Promise<PendingDay> {
    if (options.full) return rebuiltDay(day, await fromDayFile(day, 'full'));
    const cacheFile = path.join(dir, `${day}.facts`);
    let first: Buffer | null;
    try {
      first = (await readFileParts(fs, cacheFile, [{ position: 0, length: HEADER_READ }]))?.[0] ?? null;
    } catch {
      first = null;
    }
    if (first === null) return rebuiltDay(day, await fromDayFile(day, 'missing'));
    let head = readHeader(first);
    if (typeof head === 'string' && head === 'header cut off') {
      // A header longer than the first read (a day of many files): read the whole file.
      first = (await fs.readFile(cacheFile)) ?? Buffer.alloc(0);
      head = readHeader(first);
    }
    if (typeof head === 'string') return rebuiltDay(day, await fromDayFile(day, 'unreadable', head));
    const files = await dayStats(day);
    if (files === null) return rebuiltDay(day, null);
    let bytes = lazyBytes(cacheFile, first, head);
    const sameStat = sameFiles(files, head.files);
    // A day file modified around the cache's making may have changed again within its clock's resolution.
    const racy = files.some((f) => Number(BigInt(f.mtimeNs) / 1_000_000n) + RACY_MS > head.madeMs);
    if (!sameStat || racy) {
      const dayBytes = await store.readDayBytes(day);
      if (dayBytes === null) return rebuiltDay(day, null);
      const hash = sha256(dayBytes);
      if (hash !== head.sha256) return rebuiltDay(day, (await changedDay(day, head, bytes, { bytes: dayBytes, hash, files })) ?? (await fromDayFile(day, 'changed', undefined, { bytes: dayBytes, hash, files })));
      // Same bytes under a new stat (a git checkout) or a racy one: the cache holds. Its header is written
      // again with the stat the day has now (the body is copied as it is), so later nights trust the stat.
      const whole = await bytes();
      if (whole.length === sizeOf(head, bodyAt(whole))) {
        const refreshed = withStat(whole, head, { files, madeMs: clock() });
        if (await cacheWrite(cacheFile, async () => {
          await fs.mkdir(dir);
          await writeCacheFile(fs, cacheFile, refreshed);
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
        if (firstRead.length < sizeOf(cachedHead, bodyAt(firstRead))) return await entriesInPart(firstRead, cachedHead, indices, (parts) => readFileParts(fs, cacheFile, parts), 'lazily');
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
        return await entriesFromCacheFile(day, indices);
      } catch (error) {
        const rebuilt = await fromDayFile(day, 'unreadable', (error as Error).message);
        if (rebuilt === null || rebuilt.hash !== facts) throw new StoreError(`the facts of day ${day} cannot be read again: its cache file ${(error as Error).message}, and its day file changed during the run`);
        if (cached) run.cached--;
        await rebuilt.write(true);
        const entries = rebuilt.entries();
        return new Map(indices.map((i) => [i, entries[i]!]));
      }
    };
  }

  /** The day's counters, made from the facts whose digest is `facts`. */
  function countersOf(day: string, facts: string, some: (indices: readonly number[]) => Promise<ReadonlyMap<number, TicketEntry>>, previous?: Rebuilt['previous']): DayCountersAccess | undefined {
    if (countersMode === 'off') return undefined;
    const file = path.join(countersDir(store.dir), `${day}.counts`);
    let kept: KeptCounters | null = null;
    let made: DayCounters | null = null;
    /** Why there were no counters to read. */
    let none = 'missing';
    return {
      async read() {
        // --full trusts no cache: the counters are made again from the day's tickets.
        if (options.full) {
          none = '--full';
          return null;
        }
        const found = await readDayCounters(fs, file, facts, { lists: 'lazy' });
        if ('why' in found) {
          none = found.why;
          return null;
        }
        kept = found.kept;
        run.counters.counted++;
        return kept.dc;
      },
      async previous() {
        // The counters of the day's previous version, whole (every date's rows, the ticket table): tonight's are made from them.
        if (previous === undefined || options.full) return null;
        const found = await readDayCounters(fs, file, previous.facts);
        if ('why' in found) return null;
        const all = new Map([...found.kept.dc.units].map(([key, unit]) => [key, new Set(unit.dates.map((d) => d.dn))]));
        try {
          await readRowsOf(fs, file, found.kept, all, true);
        } catch {
          return null;
        }
        return { dc: found.kept.dc, change: previous.change };
      },
      async readRows(dc, wanted) {
        if (dc === made || kept === null || dc !== kept.dc) return true;
        for (const dns of wanted.values()) run.counters.rowsRead += dns.size;
        try {
          await readRowsOf(fs, file, kept, wanted, true);
          return true;
        } catch {
          kept = null;
          return false;
        }
      },
      async entriesAt(indices) {
        run.counters.ticketsRead += indices.length;
        return indices.length === 0 ? new Map() : some(indices);
      },
      async write(dc, keep, why) {
        made = dc;
        // Tonight's units, and as many others as the file held (another model's: switching back costs nothing).
        const others = [...dc.units.keys()].filter((key) => !keep.has(key)).slice(0, keep.size);
        let units = new Map([...dc.units].filter(([key]) => keep.has(key) || others.includes(key)));
        if (kept !== null) {
          run.counters.counted--;
          // Units kept from the file: their rows are read before the file is written again.
          const wanted = new Map<string, Set<number>>();
          for (const [key, unit] of units) if (unit.dates.some((d) => d.rows === null)) wanted.set(key, new Set(unit.dates.filter((d) => d.rows === null).map((d) => d.dn)));
          try {
            if (wanted.size > 0) await readRowsOf(fs, file, kept, wanted, true);
          } catch {
            // Damaged: keep tonight's units only (the others are made again when a night needs them).
            units = new Map([...units].filter(([, unit]) => unit.dates.every((d) => d.rows !== null)));
          }
        }
        run.counters.made.push({ day, why: why === 'missing' ? none : why });
        if (countersMode !== 'write' || run.unwritable !== null) return;
        const bytes = encodeDayCounters({ ...dc, units }, facts);
        await cacheWrite(file, async () => {
          await mkdirOnce(countersDir(store.dir));
          await writeCacheFile(fs, file, bytes);
        });
      },
    };
  }

  async function* days(): AsyncIterable<DayOfEntries & { day: string }> {
    const stored = await store.listDays();
    listed = new Set(stored);
    listedDays = stored;
    recentDays = new Set(stored.slice(-RECENT_DAYS_KEPT_AS_TEXT));
    const ignore = path.join(path.dirname(dir), '.gitignore');
    await cacheWrite(ignore, async () => {
      await fs.mkdir(path.dirname(dir));
      if ((await fs.readFile(ignore)) === null) await writeFileAtomic(fs, ignore, '# Derived from the store by `standards evaluate`: never committed, safe to delete.\n*\n');
    });
    for (const day of stored) {
      const pending = await readDay(day);
      yield { day, summary: pending.summary, entries: pending.entries, ...(pending.counters ? { counters: pending.counters } : {}) };
      if (pending.afterward) await pending.afterward();
      // A day's tickets are not held past its turn (a cold night would hold the whole store): the few worst
      // tickets the counters name are read again from the day's cache file. Held only when it could not be written.
      if (run.unwritable === null) readers.set(day, pending.again ?? ((indices) => entriesFromCacheFile(day, indices)));
    }
    if (run.unwritable !== null) return;
    const keep = new Set(stored);
    for (const [folder, extension] of [[dir, '.facts'], [countersDir(store.dir), '.counts'], ...(textsFolderIsOurs() ? [[textsDir, '.ndjson'] as const] : [])] as const) {
      await cacheWrite(folder, async () => {
        for (const name of await fs.readdir(folder)) {
          if (name.endsWith(extension) && !keep.has(name.slice(0, -extension.length))) {
            await fs.rm(path.join(folder, name));
            if (extension === '.facts') run.removed++;
          }
        }
      });
    }
  }

  /** Some entries of a day's cache file: its header, its index and the parts they lie in (`entriesInPart`). */
  async function entriesFromCacheFile(day: string, indices: readonly number[]): Promise<Map<number, TicketEntry>> {
    const file = path.join(dir, `${day}.facts`);
    let first = (await readFileParts(fs, file, [{ position: 0, length: HEADER_READ }]))?.[0] ?? null;
    let head = first === null ? 'missing' : readHeader(first);
    // A header longer than the first read (a day of many files): the whole file.
    if (head === 'header cut off') {
      first = await fs.readFile(file);
      head = first === null ? 'missing' : readHeader(first);
    }
    if (first === null || typeof head === 'string' || !head.kept) throw new StoreError(`the facts of day ${day} cannot be read again: ${typeof head === 'string' ? head : 'kept without its tickets'}`);
    if (first.length >= sizeOf(head, bodyAt(first))) return decodeEntriesAt(first, head, indices);
    return await entriesInPart(first, head, indices, (parts) => readFileParts(fs, file, parts), 'at') as Map<number, TicketEntry>;
  }

  async function worstFacts(refs: readonly { day: string; index: number }[]): Promise<Map<string, TicketRecord>> {
    const out = new Map<string, TicketRecord>();
    const byDay = new Map<string, number[]>();
    for (const ref of refs) byDay.set(ref.day, [...(byDay.get(ref.day) ?? []), ref.index]);
    for (const [day, indices] of byDay) {
      const read = readers.get(day);
      if (read === undefined) throw new StoreError(`the facts of day ${day} were not read this run`);
      for (const [i, entry] of await read(indices)) {
        if (isRejection(entry)) throw new StoreError(`day ${day}: entry ${i} is not a ticket`);
        out.set(`${day}/${i}`, entry);
      }
    }
    return out;
  }

  return { days: days(), run, worstFacts, listedDays: () => listedDays };
}
