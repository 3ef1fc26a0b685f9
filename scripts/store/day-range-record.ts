// What the store knows of each day file's id order without reading it: a record, beside the store's other derived
// files (`<store>/.cache/day-ranges.json`), of each day file's stat (size, mtime, ctime, inode) when it was last read
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
// When a recorded stat can be trusted is git's racy-index rule, on the file system's own clock: each entry carries a
// mark, a file time (a probe file's mtime, `fileTimeNow`) taken before the read it records began, or, for a day file
// the store wrote, before that file was installed under its name. Any write after the mark gets an mtime at or past
// it (the file system hands times out in order), so a day whose recorded mtime is strictly older than its entry's
// mark can only keep its stat by keeping its bytes: trusted at once, with no wait. A day whose mtime is not older
// (written in the same tick as the mark: a whole-second file system, a jiffy on Linux) is racy: an edit in that tick
// would keep size, times and inode, so it is read whole again by the next lookup, which records it with a later
// mark. The mark is the entry's own, kept when later runs rewrite the record around it: a racy entry never becomes
// trusted because the record was written again. Each entry stands alone (a stat, a mark and what the bytes under
// them held), so the record needs no lock: writes are atomic (temp file + rename), and the last writer's entries are
// each still true of the stat they name. A record that is missing, damaged or from another machine (a restored CI
// cache: other inodes) only costs reads; where no file time can be taken (a read-only store) nothing is recorded.

import { createHash } from 'node:crypto';
import path from 'node:path';
import { sameFileIdentity as sameStat, tempFileFor, writeFileAtomic, type FileIdentity, type StoreFileSystem } from './atomic-write.ts';
import { keepCacheOutOfGit } from './cache-file-header.ts';
import { lineId } from './store-journal.ts';
import { compareTicketIds, peekIdAndUpdated } from './ticket-lines.ts';

const FORMAT = 4;
/** The digest of the record's entries as written: a record damaged where it still parses (a changed digit of a range) is refused whole. */
const digestOf = (days: unknown) => createHash('sha256').update(JSON.stringify(days)).digest('hex');

/** A day file's identity (atomic-write.ts `FileIdentity`: size, mtime, ctime, inode) when what its entry holds was read. */
export type DayStat = FileIdentity;

/** What a whole read of a day file found. */
export type DayOrder =
  | { kind: 'sorted'; first: string; last: string }
  | { kind: 'empty' }
  | { kind: 'unordered'; line: number; problem: string };

/** `mark`: the file time (ns) taken before what the entry records was read or installed (the racy rule above). */
interface Entry { stat: DayStat; mark: bigint; order: DayOrder }

/** The file system's time now (ns), as a file written now gets it; null when none can be taken. */
export type FileClock = () => Promise<bigint | null>;

export const dayRangeRecordFile = (function dayRangeRecordFile(storeDir: string): string {
  return path.join(storeDir, '.cache', 'day-ranges.json');
});

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

/** A line's first bytes, where the store writes its id and `updated` (ticket-lines.ts `peekIdAndUpdated`). */
const PEEK_BYTES = 512;

/**
 * `dayOrderOf` of a day file's bytes, without decoding them whole: each line's id is peeked from its first bytes,
 * where the store writes it (`{"id":"…","created":"…","updated":"…"`), as `lineId` reads it first. A file with a line
 * not in that form, or out of order, is decoded and read by `dayOrderOf`, which says where and what.
 */
export function dayOrderOfBytes(bytes: Buffer): DayOrder {
  let start = 0;
  let first: string | null = null;
  let previous: string | null = null;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    // A prefix of the line: the first matches peek finds in it are the whole line's (a multi-byte character cut at
    // its end decodes to U+FFFD, never to a quote).
    const id = end > start ? peekIdAndUpdated(bytes.toString('utf8', start, Math.min(end, start + PEEK_BYTES)))?.id : undefined;
    if (id === undefined || (previous !== null && compareTicketIds(previous, id) >= 0)) return dayOrderOf(bytes.toString('utf8'));
    first ??= id;
    previous = id;
    start = end + 1;
  }
  return first === null ? { kind: 'empty' } : { kind: 'sorted', first, last: previous! };
}

/**
 * The record of one store, loaded once per lookup: `orderOf` answers from it when a day file's stat is the one
 * recorded (and settled: older than its entry's mark), and otherwise reads the file whole and notes what it found;
 * `save` writes what was learnt.
 */
export class DayRangeRecord {
  private readonly entries: Map<string, Entry>;
  private changed = false;
  /** Day files read whole (their stat not recorded, or racy) by this record's lookups. */
  checkedWhole = 0;

  private readonly fs: StoreFileSystem;
  private readonly file: string;
  private readonly fileClock: FileClock;
  /** The mark of this run's whole reads: one file time, taken before the first of them. */
  private readMark: Promise<bigint | null> | null = null;

  private constructor(fs: StoreFileSystem, file: string, entries: Map<string, Entry>, fileClock: FileClock) {
    this.fs = fs;
    this.file = file;
    this.entries = entries;
    this.fileClock = fileClock;
  }

  /**
   * `fileClock`: the file system's time now (default: a probe file's mtime in the tickets folder, `fileTimeNow`). Not
   * beside the record: `.cache` may be linked or mounted elsewhere (a tmpfs), and a fine clock's mark there fell
   * inside the second whole-second day files were written in, so an edit in that second was trusted unread.
   */
  static async open(fs: StoreFileSystem, storeDir: string, fileClock?: FileClock): Promise<DayRangeRecord> {
    const file = dayRangeRecordFile(storeDir);
    return new DayRangeRecord(fs, file, fs.stat ? await readEntries(fs, file) : new Map(), fileClock ?? (() => fileTimeNow(fs, path.join(storeDir, 'tickets'))));
  }

  /**
   * A file time now, for `noteWritten`: taken after the files it will name were written and before they are
   * installed under their names (a later one would let an edit made between the install and it pass unseen).
   */
  async markNow(): Promise<bigint | null> {
    return this.fs.stat ? this.fileClock() : null;
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
      if (known !== undefined && sameStat(known.stat, before) && BigInt(before.mtimeNs) < known.mark) return known.order;
    }
    // Taken before the read: a write after it gets an mtime at or past it, so one older than it was read here.
    const mark = before === null ? null : await (this.readMark ??= this.fileClock());
    const bytes = await this.fs.readFile(file);
    if (bytes === null) return null;
    this.checkedWhole++;
    const order = dayOrderOfBytes(bytes);
    const after = this.fs.stat ? await this.fs.stat(file) : null;
    // Recorded only when nothing changed the file while it was read (a fetch's rename, an editor's save).
    if (mark !== null && before !== null && after !== null && sameStat(before, after)) {
      this.entries.set(day, { stat: after, mark, order });
      this.changed = true;
    }
    return order;
  }

  /**
   * A day file the store has just installed (a fetch's commit, a restore) with what it wrote (`order`: sorted by
   * id, as every day file the store writes), under the stat it has now and `mark` (`markNow`, taken before the
   * install). Trusted from the next lookup on when the file was written in an earlier tick than the mark; written
   * in the same tick (a whole-second file system, a small fetch within one jiffy), an edit in place right after the
   * install could keep size, times and inode, so the next lookup reads it whole once rather than trust a range the
   * edit may have widened.
   */
  async noteWritten(day: string, file: string, order: DayOrder, mark: bigint | null): Promise<void> {
    const stat = this.fs.stat && mark !== null ? await this.fs.stat(file) : null;
    if (stat === null) return;
    this.entries.set(day, { stat, mark: mark!, order });
    this.changed = true;
  }

  /**
   * A day file given one more name (the facts cache's kept text, a hard link: kept-day-texts.ts `keepText`), which
   * moves its ctime and nothing else: its entry, when it named the stat just before (so what it records is these
   * bytes), names the stat just after, with its own mark and order. Any other entry is left as it is: the day changed
   * under it (or was never read whole) and is read by the next lookup. `before` and `after` are taken right around
   * the link; a change between them that keeps size, mtime and inode (a write with its mtime put back, in that
   * instant) this cannot tell, so the facts cache tells only of a day whose file it read again after `after` and
   * found holding the bytes its facts were made from (kept-day-texts.ts `keptWithStat`).
   */
  noteLinked(day: string, before: DayStat, after: DayStat): void {
    const known = this.entries.get(day);
    if (known === undefined || !sameStat(known.stat, before)) return;
    if (after.size !== before.size || after.mtimeNs !== before.mtimeNs || after.ino !== before.ino || after.ctimeNs === undefined) return;
    this.entries.set(day, { ...known, stat: after });
    this.changed = true;
  }

  /** Writes what this record learnt (nothing when it learnt nothing); given every day the store holds now, the others' entries go. */
  async save(storeDays?: readonly string[]): Promise<void> {
    if (!this.changed || !this.fs.stat) return;
    const keep = storeDays === undefined ? null : new Set(storeDays);
    const out: Record<string, [number, string, string, string, string, DayOrder]> = {};
    for (const [day, e] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (keep === null || keep.has(day)) out[day] = [e.stat.size, e.stat.mtimeNs, e.stat.ctimeNs ?? '', e.stat.ino, String(e.mark), e.order];
    }
    await keepCacheOutOfGit(this.fs, path.dirname(this.file));
    // A derived file: a damaged or lost one costs reads, never a wrong answer, so no fsync.
    await writeFileAtomic(this.fs, this.file, `${JSON.stringify({ format: FORMAT, sha256: digestOf(out), days: out })}\n`, { durable: false });
    this.changed = false;
  }
}

/**
 * The file system's time now: the mtime of a probe file written in `dir` (the store's tickets folder, on the day
 * files' file system) and removed. Its own clock and granularity, whatever the process's clock says (a file server's clock,
 * whole seconds). Null when it cannot be written (a read-only store: then nothing is recorded, or saved).
 */
export async function fileTimeNow(fs: StoreFileSystem, dir: string): Promise<bigint | null> {
  return (await probeFileTime(fs, dir, false))?.ns ?? null;
}

/**
 * `fileTimeNow` and whether the file system stamps two changes in a row with the same time (`coarse`): the probe,
 * once stat'd, is written again twice, each time stat'd. A file system whose clock ticks coarsely (whole seconds: ext4
 * with 128-byte inodes, HFS+; the kernel's tick, 1-4 ms, on Linux before 6.13) gives an equal time; one that stamps
 * finely a change to a file whose times were read (Linux 6.13's multigrain timestamps; ns clocks) a later one. On a
 * coarse one, a file rewritten in place under its old size and mtime (`cp -p`, `rsync -t --inplace`) in the tick of a
 * stat taken after its read keeps that stat, ctime and all (ticket-facts-cache.ts `markFor`).
 */
export function fileTimeAndGrain(fs: StoreFileSystem, dir: string): Promise<{ ns: bigint; coarse: boolean } | null> {
  return probeFileTime(fs, dir, true);
}

/** The probe both take: written, stat'd, and with `grain`, written and stat'd twice more (`coarse`); then removed. */
async function probeFileTime(fs: StoreFileSystem, dir: string, grain: boolean): Promise<{ ns: bigint; coarse: boolean } | null> {
  if (!fs.stat) return null;
  const probe = tempFileFor(path.join(dir, 'file-time'));
  try {
    await fs.mkdir(dir);
    const handle = await fs.open(probe, 'wx');
    try {
      await handle.writeFile('a file time\n');
      const first = await fs.stat(probe);
      if (first === null) return null;
      let coarse = false;
      let last = first.mtimeNs;
      for (let again = 0; grain && again < 2 && !coarse; again++) {
        await handle.writeFile('a file time\n');
        const now = (await fs.stat(probe))?.mtimeNs ?? last;
        coarse = now === last;
        last = now;
      }
      return { ns: BigInt(first.mtimeNs), coarse };
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  } finally {
    await fs.rm(probe).catch(() => undefined);
  }
}

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
    if (!Array.isArray(raw) || raw.length !== 6) continue;
    const [size, mtimeNs, ctimeNs, ino, mark, order] = raw as unknown[];
    if (typeof size !== 'number' || typeof mtimeNs !== 'string' || typeof ctimeNs !== 'string' || !/^\d*$/.test(ctimeNs) || typeof ino !== 'string' || typeof mark !== 'string' || !/^\d+$/.test(mark) || !/^\d+$/.test(mtimeNs) || !isOrder(order)) continue;
    entries.set(day, { stat: { size, mtimeNs, ...(ctimeNs === '' ? {} : { ctimeNs }), ino }, mark: BigInt(mark), order });
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
