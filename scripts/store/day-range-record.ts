// What the store knows of each day file's id order without reading it: a record, beside the store's other derived
// files (`<store>/.cache/day-ranges.json`), of each day file's stat (size, mtime, inode) when it was last read
// whole, and what that read found: its first and last id (every line's id between them, in order), or what is
// wrong with it (a line out of order, an id twice, a line without an id).
//
// Why: a fetch finds a ticket's other copies, and a deletion its day, by each day's id range (ticket-locations.ts),
// and a range read from a file's two ends bounds its ids only when the file is sorted. A day file edited by hand,
// or by a git merge whose conflict kept both sides, can be unsorted: its ends then bound nothing, and a ticket in
// its middle would be missed (a deletion not made, an update filed as a second copy). So a range is trusted only
// from this record; a day file whose stat is not the one recorded (new, rewritten by a fetch, checked out by git,
// edited) is read whole once and its order checked, and a file found out of order is read whole for every lookup
// (ticket-locations.ts `DayRanges` "anywhere") until a fetch rewrites it sorted or it is restored.
//
// A stat that changed within RACY_MS before it was recorded is not trusted (git's "racy" rule, as the facts cache
// does, ticket-facts-cache.ts): a write in the same tick of a coarse clock would leave size, mtime and inode as they
// were. Each entry stands alone (a stat and what the bytes under it held), so the record needs no lock: writes are
// atomic (temp file + rename), and the last writer's entries are each still true of the stat they name. A record
// that is missing, damaged or from another machine (a restored CI cache: other inodes) only costs reads.

import { createHash } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';
import { keepCacheOutOfGit } from './cache-file-header.ts';
import { lineId } from './store-journal.ts';
import { compareTicketIds } from './ticket-lines.ts';

export const RACY_MS = 2_000;
const FORMAT = 2;
/** The digest of the record's entries as written: a record damaged where it still parses (a changed digit of a range) is refused whole. */
const digestOf = (days: unknown) => createHash('sha256').update(JSON.stringify(days)).digest('hex');

/** A file's identity as the record keeps it: a change to the bytes changes one of them (beyond the racy window). */
export interface DayStat { size: number; mtimeNs: string; ino: string }

/** What a whole read of a day file found. */
export type DayOrder =
  | { kind: 'sorted'; first: string; last: string }
  | { kind: 'empty' }
  | { kind: 'unordered'; line: number; problem: string };

interface Entry { stat: DayStat; checkedMs: number; order: DayOrder }

export function dayRangeRecordFile(storeDir: string): string {
  return path.join(storeDir, '.cache', 'day-ranges.json');
}

/** The order of a day file's lines (its whole text): sorted (with its range), empty, or where it first goes wrong. */
export function dayOrderOf(text: string): DayOrder {
  let start = 0;
  let lineNumber = 0;
  let first: string | null = null;
  let previous: string | null = null;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
    lineNumber++;
    const id = lineId(line);
    if (id === null) return { kind: 'unordered', line: lineNumber, problem: line === '' ? 'an empty line' : 'not a ticket line (no id)' };
    if (previous !== null) {
      const order = compareTicketIds(previous, id);
      if (order === 0) return { kind: 'unordered', line: lineNumber, problem: `ticket ${JSON.stringify(id)} twice` };
      if (order > 0) return { kind: 'unordered', line: lineNumber, problem: `ticket ${JSON.stringify(id)} after ${JSON.stringify(previous)} (a day file is sorted by id)` };
    }
    first ??= id;
    previous = id;
  }
  return first === null ? { kind: 'empty' } : { kind: 'sorted', first, last: previous! };
}

/**
 * The record of one store, loaded once per lookup: `orderOf` answers from it when a day file's stat is the one
 * recorded, and otherwise reads the file whole and notes what it found; `save` writes what was learnt.
 */
export class DayRangeRecord {
  private readonly entries: Map<string, Entry>;
  private changed = false;
  /** Day files read whole (their stat not recorded, or racy) by this record's lookups. */
  checkedWhole = 0;

  private readonly fs: StoreFileSystem;
  private readonly file: string;
  private readonly clock: () => number;

  private constructor(fs: StoreFileSystem, file: string, entries: Map<string, Entry>, clock: () => number) {
    this.fs = fs;
    this.file = file;
    this.entries = entries;
    this.clock = clock;
  }

  static async open(fs: StoreFileSystem, storeDir: string, clock: () => number = Date.now): Promise<DayRangeRecord> {
    const file = dayRangeRecordFile(storeDir);
    return new DayRangeRecord(fs, file, fs.stat ? await readEntries(fs, file) : new Map(), clock);
  }

  /**
   * What `file` (the day `day`'s file) holds, in order or not; null when it does not exist. Without `fs.stat` (a
   * test's file system) every call reads the file whole: nothing can tell it did not change.
   */
  async orderOf(day: string, file: string): Promise<DayOrder | null> {
    const before = this.fs.stat ? await this.fs.stat(file) : null;
    if (before !== null) {
      if (before.size === 0) return { kind: 'empty' };
      const known = this.entries.get(day);
      if (known !== undefined && sameStat(known.stat, before) && Number(BigInt(before.mtimeNs) / 1_000_000n) + RACY_MS <= known.checkedMs) return known.order;
    }
    const checkedMs = this.clock();
    const bytes = await this.fs.readFile(file);
    if (bytes === null) return null;
    this.checkedWhole++;
    const order = dayOrderOf(bytes.toString('utf8'));
    const after = this.fs.stat ? await this.fs.stat(file) : null;
    // Recorded only when nothing changed the file while it was read (a fetch's rename, an editor's save).
    if (before !== null && after !== null && sameStat(before, after)) {
      this.entries.set(day, { stat: after, checkedMs, order });
      this.changed = true;
    }
    return order;
  }

  /**
   * A day file the store has just written (a fetch's commit) with what it wrote (`order`: sorted by id, as every
   * day file the store writes), under the stat it has now, noted now: under the racy rule like any read. An edit
   * in place within the same clock tick as the write (a script run right after the fetch; a filesystem with
   * whole-second mtimes) keeps size, mtime and inode, so the next lookup reads the file whole once (and records
   * it for good then, its mtime long past) rather than trust a range the edit may have widened.
   */
  async noteWritten(day: string, file: string, order: DayOrder): Promise<void> {
    const stat = this.fs.stat ? await this.fs.stat(file) : null;
    if (stat === null) return;
    this.entries.set(day, { stat, checkedMs: this.clock(), order });
    this.changed = true;
  }

  /** Writes what this record learnt (nothing when it learnt nothing); given every day the store holds now, the others' entries go. */
  async save(storeDays?: readonly string[]): Promise<void> {
    if (!this.changed || !this.fs.stat) return;
    const keep = storeDays === undefined ? null : new Set(storeDays);
    const out: Record<string, [number, string, string, number, DayOrder]> = {};
    for (const [day, e] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (keep === null || keep.has(day)) out[day] = [e.stat.size, e.stat.mtimeNs, e.stat.ino, e.checkedMs, e.order];
    }
    await keepCacheOutOfGit(this.fs, path.dirname(this.file));
    // A derived file: a damaged or lost one costs reads, never a wrong answer, so no fsync.
    await writeFileAtomic(this.fs, this.file, `${JSON.stringify({ format: FORMAT, sha256: digestOf(out), days: out })}\n`, { durable: false });
    this.changed = false;
  }
}

const sameStat = (a: DayStat, b: DayStat) => a.size === b.size && a.mtimeNs === b.mtimeNs && a.ino === b.ino;

/** The record's entries; none when it is missing, damaged or of another format (it is only ever a saving). */
async function readEntries(fs: StoreFileSystem, file: string): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  // Not a regular file (a link, a named pipe): not read, and replaced by the next save (a rename over it).
  const kind = fs.entryKind ? await fs.entryKind(file) : 'file';
  if (kind !== 'file') return entries;
  let value: unknown;
  try {
    value = JSON.parse((await fs.readFile(file))?.toString('utf8') ?? 'null');
  } catch {
    return entries;
  }
  const days = (value as { format?: unknown; days?: unknown } | null)?.days;
  if ((value as { format?: unknown } | null)?.format !== FORMAT || days === null || typeof days !== 'object') return entries;
  if ((value as { sha256?: unknown }).sha256 !== digestOf(days)) return entries;
  for (const [day, raw] of Object.entries(days as Record<string, unknown>)) {
    if (!Array.isArray(raw) || raw.length !== 5) continue;
    const [size, mtimeNs, ino, checkedMs, order] = raw as unknown[];
    if (typeof size !== 'number' || typeof mtimeNs !== 'string' || typeof ino !== 'string' || typeof checkedMs !== 'number' || !isOrder(order)) continue;
    entries.set(day, { stat: { size, mtimeNs, ino }, checkedMs, order });
  }
  return entries;
}

function isOrder(value: unknown): value is DayOrder {
  const o = value as Partial<Record<string, unknown>> | null;
  if (o === null || typeof o !== 'object') return false;
  if (o.kind === 'empty') return true;
  if (o.kind === 'sorted') return typeof o.first === 'string' && typeof o.last === 'string';
  return o.kind === 'unordered' && typeof o.line === 'number' && typeof o.problem === 'string';
}
