// A changed day read line by line (ticket-facts-cache.ts `readDay`): its unchanged lines' entries are its facts'
// (read only when asked), its new and changed lines parsed here or on the changed days' thread
// (changed-days-thread.ts), and its new facts its previous ones with those entries written after them.

import type { DayChange } from '../engine/day-counters-update.ts';
import { isRejection, type EntriesSummary, type TicketEntry } from '../engine/ticket-entries.ts';
import type { PreparedDay } from './changed-days-thread.ts';
import { changedSummary, entryOfLine, fromOf, lineChange, lineText, linesOfBytes, readKeptText, type DayLines, type LineChange } from './day-lines.ts';
import type { FactsCacheRun } from './facts-cache-run.ts';
import { decodeEncoded, encodeEntries, openFacts, sha256, type CacheHeader, type EncodedEntries, type FileStat, type OpenedFacts } from './facts-cache-format.ts';
import { StoreError, type TicketStore } from './ticket-store.ts';

/** A day read from its file (whole, or line by line): its entries, and its cache written once the evaluation has seen it. */
export interface Rebuilt {
  summary: EntriesSummary;
  /** Every entry (a changed day decodes its unchanged ones only when asked). */
  entries(): readonly TicketEntry[];
  entriesAt(indices: readonly number[]): Map<number, TicketEntry>;
  hash: string;
  write(keep: boolean): Promise<void>;
  /** For a changed day read line by line: the facts its previous counters were made from, and what changed since. */
  previous?: { facts: string; change: DayChange };
}

/**
 * A day file read: its bytes, their digest, and the stat of its files taken before the read (for a day whose text
 * the changed days' thread linked, the stat after the link, under which it found the same bytes). The bytes are
 * asked for when needed: a day the changed days' thread read is read here again only if its lines must be parsed
 * here. `crc32`: their CRC-32, what tells that the day file still holds them once its text is kept here
 * (kept-day-texts.ts `keptWithStat`); null for a day the thread linked, which needs none.
 */
export interface DayRead { bytes: () => Buffer; hash: string; crc32: number | null; files: FileStat[] }

/** What a changed day is read with: the store, the run it is counted in, its kept text, and how its cache is written. */
export interface ChangedDayContext {
  store: TicketStore;
  run: FactsCacheRun;
  /** The day's text as its facts were made from it (kept-day-texts.ts `keepText`). */
  keptFile: string;
  /** The run's file-clock mark (ticket-facts-cache.ts `runMark`, taken before the day was read) for facts recording `files`: their `mark` (`markFor`). */
  mark: (files: readonly FileStat[]) => string;
  /**
   * Writes the day's new cache file (`made` with the day files' stat to record: `files`, the one before the read, or
   * the one after its text was kept, when the day still holds the bytes whose CRC-32 is `crc`), with or without its
   * tickets; `summary`: the day's now.
   */
  writeCache(made: (files: FileStat[]) => Buffer, files: FileStat[], crc: number | null, keep: boolean, summary: EntriesSummary): Promise<void>;
}

/**
 * A changed day read line by line: a line the day held when its facts were made (its kept text, `keepText`) is
 * the entry the facts hold (an entry is a function of its line's text alone), the others are parsed. The
 * unchanged entries are decoded only when asked, and the day's new facts are its previous ones with the new and
 * changed entries written after them (`OpenedFacts.patched`), made whole again once those pass half the day.
 * `prepared`: what changed, as the changed days' thread found it (its added entries encoded). Null when there is
 * no kept text of those facts, or they cannot be read.
 */
export async function changedDay(context: ChangedDayContext, day: string, head: CacheHeader, bytes: () => Promise<Buffer>, read: DayRead, prepared: PreparedDay['change']): Promise<Rebuilt | null> {
  const { store, run } = context;
  if (!head.kept) return null;
  let change: LineChange;
  let encoded: EncodedEntries | null = null;
  let opened: OpenedFacts;
  let after: DayLines | null = null;
  const afterLines = () => (after ??= linesOfBytes(read.bytes()));
  try {
    // What the thread sent, checked as a cache file is (its digests); anything amiss, and the day is read here.
    encoded = prepared !== null && prepared.oldToNew.length === head.entries ? decodeEncoded(Buffer.from(prepared.addedFacts.buffer, prepared.addedFacts.byteOffset, prepared.addedFacts.byteLength)) : null;
    if (encoded !== null && encoded.entries.length !== prepared!.added.length) encoded = null;
  } catch {
    encoded = null;
  }
  try {
    if (encoded !== null) {
      change = { oldToNew: prepared!.oldToNew, added: prepared!.added, addedEntries: encoded.entries };
    } else {
      const kept = readKeptText(context.keptFile, head, read.files.length === 1 ? read.files[0]!.ino : null);
      if (kept === null || (!kept.sameStat && sha256(kept.bytes) !== head.sha256)) return null;
      const before = linesOfBytes(kept.bytes);
      if (before.length !== head.entries) return null;
      change = lineChange(store.dayFile(day), before, afterLines());
    }
    opened = openFacts(await bytes(), head);
  } catch (error) {
    // A line that is not JSON is the store's error, named as it is (the thread's days are parsed here again).
    if (error instanceof StoreError) throw error;
    return null;
  }
  const { hash, files } = read;
  const { oldToNew, added, addedEntries } = change;
  const count = encoded !== null ? prepared!.entries : afterLines().length;
  /** Each entry now: the previous entry it is (its index), or -1 when its line is new or changed. */
  const from = fromOf(oldToNew, count);
  const gone: number[] = [];
  for (let i = 0; i < oldToNew.length; i++) if (oldToNew[i]! < 0) gone.push(i);
  const addedAt = new Map<number, TicketEntry>(added.map((n, k) => [n, addedEntries[k]!]));
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
  if (encoded !== null) run.threaded++;
  let all: TicketEntry[] | null = null;
  /**
   * The facts are checked piece by piece as they are read: an unchanged entry lying where they turn out damaged is
   * parsed from its line (the same bytes as the one its facts were made from), and the facts are made whole.
   */
  let damaged = false;
  const fromLine = (n: number) => entryOfLine(store.dayFile(day), lineText(afterLines(), n), n + 1);
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
      return context.writeCache((recorded) => {
        const header = { sha256: hash, files: recorded, mark: context.mark(recorded) };
        // Made whole again when the entries written after the blocks pass half the day (the replaced ones' numbers go),
        // or when they turned out damaged.
        const whole = damaged || !keep || head.appended + added.length > count / 2;
        return whole ? encodeEntries(entries(), header, { keep, summary }) : opened.patched(from, encoded ?? addedEntries, summary, header);
      }, files, read.crc32, keep, summary);
    },
    previous: { facts: head.sha256, change: { oldToNew, added, addedEntries, removed, entries: count, createdMs } },
  };
}

