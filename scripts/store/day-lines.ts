// A stored day's text as lines and entries, and what changed between two versions of it: the facts cache reads a
// changed day through these (changed-day.ts `changedDay`), parsing only its new and changed lines; and the
// previous version itself, the text kept beside its facts (`readKeptText`).

import { closeSync, fstatSync, readSync } from 'node:fs';
import { NotRegularFileError, openToRead, shownPath } from './atomic-write.ts';
import { trustedByStat, type CacheHeader } from './facts-cache-format.ts';
import { compareTicketIds, peekIdAndUpdated } from './ticket-lines.ts';
import { StoreError } from './ticket-store.ts';
import { summariseEntries, ticketEntry, type EntriesSummary, type TicketEntry } from '../engine/ticket-entries.ts';

/**
 * A day's stored bytes as lines, without decoding them: line k is `bytes[starts[k], ends[k])` (no newline). A night
 * compares a changed day's lines as bytes and decodes only those it parses, so neither version of the day's text is
 * ever a string (two whole texts a day, tens of megabytes a night, were most of its garbage).
 */
export interface DayLines {
  bytes: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

/**
 * A day's stored bytes as its lines, cut as the store cuts its decoded text (ticket-store.ts `splitLines`): at each
 * newline, the last line without one too (a newline byte is never part of another character in UTF-8, nor of an
 * invalid sequence decoding replaces).
 */
export function linesOfBytes(bytes: Buffer): DayLines {
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  let length = 0;
  let from = 0;
  while (from < bytes.length) {
    let nl = bytes.indexOf(10, from);
    if (nl < 0) nl = bytes.length;
    if (length === starts.length) {
      const grown = [new Int32Array(length * 2), new Int32Array(length * 2)] as const;
      grown[0].set(starts);
      grown[1].set(ends);
      [starts, ends] = grown;
    }
    starts[length] = from;
    ends[length++] = nl;
    from = nl + 1;
  }
  return { bytes, starts, ends, length };
}

/** Line k of a day, decoded. */
export const lineText = (lines: DayLines, k: number): string => lines.bytes.toString('utf8', lines.starts[k]!, lines.ends[k]!);

/** Reads a day's stored bytes (of `file`, named in messages) into entries, exactly as `store.readDay` + `ticketEntry` would. */
export function entriesOfBytes(file: string, bytes: Buffer): TicketEntry[] {
  const lines = linesOfBytes(bytes);
  // Pushed, as every other day's entries are made: a list made by `new Array(n)` is of another kind (holey), and the
  // counters' hot loop over entries would be compiled again for it (day-counters.ts).
  const out: TicketEntry[] = [];
  for (let k = 0; k < lines.length; k++) out.push(entryOfLine(file, lineText(lines, k), k + 1));
  return out;
}

/** Whether lines i..i+k-1 of `a` are, byte for byte, lines n..n+k-1 of `b` (equal bytes hold their newlines at the same places). */
const sameBytes = (a: DayLines, i: number, b: DayLines, n: number, k = 1) =>
  a.ends[i + k - 1]! - a.starts[i]! === b.ends[n + k - 1]! - b.starts[n]! && a.bytes.compare(b.bytes, b.starts[n]!, b.ends[n + k - 1]!, a.starts[i]!, a.ends[i + k - 1]!) === 0;

/** Lines compared at once where a run of them is unchanged (most of a changed day): one comparison, not one a line. */
const RUN = 64;

/**
 * Which line of `before` is which line of `after` (its index there, or -1): equal lines, walked in step, as the
 * store keeps a day's lines sorted by id (ticket-lines.ts `compareTicketIds`). Where they differ, the ids say
 * whether a line was added, removed or changed. A line is only ever matched to one of the same bytes, so a file out
 * of order costs lines parsed again, never a wrong entry.
 */
export function sameLines(before: DayLines, after: DayLines): Int32Array {
  const oldToNew = new Int32Array(before.length).fill(-1);
  let i = 0;
  let n = 0;
  while (i < before.length && n < after.length) {
    if (i + RUN <= before.length && n + RUN <= after.length && sameBytes(before, i, after, n, RUN)) {
      for (let k = 0; k < RUN; k++) oldToNew[i++] = n++;
      continue;
    }
    if (sameBytes(before, i, after, n)) {
      oldToNew[i++] = n++;
      continue;
    }
    const was = peekIdAndUpdated(lineText(before, i))?.id;
    const is = peekIdAndUpdated(lineText(after, n))?.id;
    const order = was === undefined || is === undefined ? 0 : compareTicketIds(was, is);
    if (order <= 0) i++;
    if (order >= 0) n++;
  }
  return oldToNew;
}

/** What changed between two versions of a day (`sameLines`), and its new and changed lines parsed. */
export interface LineChange {
  /** For each previous entry, its index now, or -1 (`sameLines`). */
  oldToNew: Int32Array;
  /** The entries whose line is new or changed, by their index now, ascending; and those entries, in that order. */
  added: number[];
  addedEntries: TicketEntry[];
}

/** The change from `before` to `after` (the day file `file`'s lines now), its new and changed lines parsed. */
export function lineChange(file: string, before: DayLines, after: DayLines): LineChange {
  const oldToNew = sameLines(before, after);
  const from = fromOf(oldToNew, after.length);
  const added: number[] = [];
  const addedEntries: TicketEntry[] = [];
  for (let n = 0; n < after.length; n++) {
    if (from[n]! >= 0) continue;
    added.push(n);
    addedEntries.push(entryOfLine(file, lineText(after, n), n + 1));
  }
  return { oldToNew, added, addedEntries };
}

/** Each entry now: the previous entry it is, or -1, from `oldToNew`. */
export function fromOf(oldToNew: Int32Array, count: number): Int32Array {
  const from = new Int32Array(count).fill(-1);
  for (let i = 0; i < oldToNew.length; i++) if (oldToNew[i]! >= 0) from[oldToNew[i]!] = i;
  return from;
}

/**
 * The summary of a changed day from its previous one: counts less the entries gone plus those come; the earliest and
 * latest instants from every entry's, the unchanged ones' read without decoding them (`times`, by previous index).
 */
export function changedSummary(was: EntriesSummary, gone: readonly TicketEntry[], came: readonly TicketEntry[], from: Int32Array, times: { createdMs: Float64Array; lastEventMs: Float64Array }): EntriesSummary {
  const minus = summariseEntries(gone);
  const plus = summariseEntries(came);
  const out: EntriesSummary = {
    count: from.length, rejected: was.rejected - minus.rejected + plus.rejected, unsolved: was.unsolved - minus.unsolved + plus.unsolved, tieOut: was.tieOut - minus.tieOut + plus.tieOut,
    minCreatedMs: plus.minCreatedMs, maxCreatedMs: plus.maxCreatedMs, maxLastEventMs: plus.maxLastEventMs,
  };
  for (const i of from) {
    if (i < 0 || Number.isNaN(times.createdMs[i]!)) continue;
    const created = times.createdMs[i]!;
    const last = times.lastEventMs[i]!;
    if (out.minCreatedMs === null || created < out.minCreatedMs) out.minCreatedMs = created;
    if (out.maxCreatedMs === null || created > out.maxCreatedMs) out.maxCreatedMs = created;
    if (out.maxLastEventMs === null || last > out.maxLastEventMs) out.maxLastEventMs = last;
  }
  return out;
}

/** One stored line (number `lineNumber` of its day file `file`) as the engine's entry. */
export function entryOfLine(file: string, line: string, lineNumber: number): TicketEntry {
  let ticket: unknown;
  try {
    ticket = JSON.parse(line);
  } catch (error) {
    throw new StoreError(`${shownPath(file)} line ${lineNumber}: not valid JSON (${(error as Error).message}); restore the file from git or delete it and fetch again`);
  }
  return ticketEntry(ticket);
}

/**
 * Memory a file is read into, kept from one changed day to the next: a day's text is read, compared with its other
 * version and let go within the day (changed-day.ts `changedDay`, changed-days-thread.ts), and fresh memory
 * for each (megabytes a day) costs the kernel a page fault every 4 KiB.
 */
export interface ReadScratch { bytes: Buffer }

/** The kept texts' scratch memory. */
const keptScratch: ReadScratch = { bytes: Buffer.alloc(0) };

/** An open file's bytes, in `scratch` (valid until its next use). */
export function readIntoScratch(fd: number, scratch: ReadScratch): Buffer {
  let filled = 0;
  for (;;) {
    if (filled === scratch.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(1 << 20, scratch.bytes.length * 2, Number(fstatSync(fd).size) + 1));
      scratch.bytes.copy(grown, 0, 0, filled);
      scratch.bytes = grown;
    }
    const read = readSync(fd, scratch.bytes, filled, scratch.bytes.length - filled, null);
    if (read === 0) return scratch.bytes.subarray(0, filled);
    filled += read;
  }
}

/** A file's bytes, in `scratch` (valid until its next use). */
export function readFileInto(file: string, scratch: ReadScratch): Buffer {
  const fd = openToRead(file);
  if (fd === null) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: 'ENOENT' });
  try {
    return readIntoScratch(fd, scratch);
  } finally {
    closeSync(fd);
  }
}

/**
 * A kept text's bytes (`keepText`), and whether the file read has, by its stat, the bytes the facts were made from:
 * a hard link is its day file, whose inode, size and mtime the facts' header holds, so it is trusted as a day file
 * is (the same stat, modified strictly before the facts' mark: not "racy", facts-cache-format.ts `trustedByStat`); otherwise its digest
 * decides. Not its ctime: the store's rename of the day's next version over the day file moves it (one name fewer).
 * Nor when it is still the day file (`dayIno`, the inode the day file has now, whose bytes are not the facts' when
 * this is asked): the day was written in place, and its kept text with it, whatever its mtime says (`cp -p`). The
 * stat is of the file read (fstat), not of a name that could be replaced meanwhile. Null when there is none. The
 * bytes are scratch memory's: not kept past the day's comparison.
 */
export function readKeptText(file: string, head: Pick<CacheHeader, 'files' | 'mark'>, dayIno: string | null): { bytes: Buffer; sameStat: boolean } | null {
  let fd: number | null;
  try {
    fd = openToRead(file);
  } catch (error) {
    // Not a regular file (a named pipe put there): not read, as if none were kept; the night's `keepText`
    // replaces it with the day file's second name.
    if (error instanceof NotRegularFileError) return null;
    throw error;
  }
  if (fd === null) return null;
  try {
    const was = head.files.length === 1 ? head.files[0]! : null;
    const asMade = () => {
      const s = fstatSync(fd, { bigint: true });
      return was !== null && s.isFile() && String(s.ino) === was.ino && String(s.ino) !== dayIno && Number(s.size) === was.size && String(s.mtimeNs) === was.mtimeNs
        && trustedByStat([{ mtimeNs: String(s.mtimeNs) }], head.mark);
    };
    // Asked before and after the read: a file written while it was read is not the one its stat named.
    const before = asMade();
    const bytes = readIntoScratch(fd, keptScratch);
    return { bytes, sameStat: before && asMade() };
  } finally {
    closeSync(fd);
  }
}
