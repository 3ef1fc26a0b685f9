// The facts cache: each day file of the store read once into the engine's records (ticket-checks.ts
// `readTicketRecord`, every event with its instant as a number) and kept beside the store in a compact binary
// form, so a night re-reads only the day files that changed since the last evaluation.
//
//   <store>/.cache/facts/YYYY-MM-DD.facts   one per day file; <store>/.cache/.gitignore keeps git out
//
// The NDJSON stays the source of truth: the cache is derived, disposable, and never trusted blindly. Each
// file carries the SHA-256 of the day file it was made from, the engine's record version and its own format
// version; a day file whose size, modification time or inode moved since (or that changed too close to the
// cache's making to tell: git's "racy" rule) is hashed, and its cache rebuilt unless the hash still matches.
// A cache file that cannot be read (cut, corrupted, another format) is rebuilt from its day file, and the run
// says so. Cache files are written atomically (temp file + rename, without fsync: see `writeCacheFile`), and
// cache files of days the store no longer has are removed. A cache that cannot be written (a read-only or full
// disk, a file where its folder should be) is no reason to stop: the evaluation goes on from the day files, and
// the run says so once (`FactsCacheRun.unwritable`).
//
// Why a hand-made binary form: instants as float64, priority/channel/status/author as small integer codes and
// each distinct text once is what makes the night fast (no JSON or UTF-8 parsing of timestamps). Measured on
// 200,000 sample tickets: JSON.parse + readTicketRecord 0.57–0.66 s, v8.deserialize of the same records
// 0.56 s (101 MB), this form 0.07 s (34 MB).

import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { isRejection, summariseEntries, ticketEntry, type DayOfEntries, type EntriesSummary, type TicketEntry } from '../engine/ticket-entries.ts';
import { TICKET_RECORD_VERSION, timelineSolves, type TicketQaReview, type TicketRecord, type TicketReply, type TicketStatusChange } from '../engine/ticket-checks.ts';
import type { Channel, Priority, TicketStatus } from '../model/model.ts';
import { nodeStoreFileSystem, shownPath, writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';
import { StoreError, type TicketStore } from './ticket-store.ts';

/** Bump when the encoding below changes. */
const FORMAT = 1;
const MAGIC = 'SSFACTS\n';
/** A day file changed this close to the cache's making may have changed again unseen by its stat: hash it. */
const RACY_MS = 2_000;

const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const CHANNELS: readonly Channel[] = ['email', 'web', 'chat', 'phone', 'social', 'api'];
const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'];

/** What a cache file says about the day file it was made from. */
interface CacheHeader {
  format: number;
  record: number;
  sha256: string;
  size: number;
  mtimeNs: string;
  ino: string;
  /** When the cache was made (ms): a day file modified within RACY_MS of it is hashed rather than trusted by its stat. */
  madeMs: number;
  entries: number;
  ints: number;
  floats: number;
  /** Bytes of the texts block (the last). */
  strings: number;
  /** What the day holds (read without decoding it), and that summary's own digest. */
  summary: EntriesSummary;
  summaryDigest: string;
  /**
   * Whether the tickets are in the file. A day that could not change a number the night it was cached keeps
   * only its summary: it stays settled on later nights unless the model reaches further back (then it is read
   * from its day file again) or the day file changes.
   */
  kept: boolean;
  /** SHA-256 of everything after the header. */
  body: string;
}

/** Why a day was read from its NDJSON rather than from the cache. */
/** `needed`: cached without its tickets (settled when cached), which tonight's model reaches back to. */
export type RebuildReason = 'missing' | 'changed' | 'unreadable' | 'full' | 'needed';

export interface FactsCacheRun {
  /** Days read from the cache. */
  cached: number;
  /** Of those, the days whose tickets were decoded: the others could not change a number (evaluate.ts `addSettled`). */
  decoded: number;
  /** Days read from their NDJSON (and their cache written), with why, oldest first. */
  rebuilt: { day: string; reason: RebuildReason; detail?: string }[];
  /** Cache files of days the store no longer has, removed. */
  removed: number;
  /** Days whose cache held (same bytes) but was written again with the day file's new stat (after a git checkout). */
  refreshed: number;
  /** The first cache write that failed (file and why), after which this run wrote no more cache files; null when none did. */
  unwritable: string | null;
}

export interface FactsCacheOptions {
  fs?: StoreFileSystem;
  /** The stat of a day file (size, mtime in ns, inode), or null when it does not exist. Default: node:fs. */
  stat?: (file: string) => Promise<{ size: number; mtimeNs: bigint; ino: bigint } | null>;
  /** Clock for `madeMs`. */
  nowMs?: () => number;
  /** Ignore every cache file: read every day file and write its cache again (`evaluate --full`). */
  full?: boolean;
}

async function nodeStat(file: string): Promise<{ size: number; mtimeNs: bigint; ino: bigint } | null> {
  try {
    const s = await fsp.stat(file, { bigint: true });
    return { size: Number(s.size), mtimeNs: s.mtimeNs, ino: s.ino };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function factsCacheDir(storeDir: string): string {
  return path.join(storeDir, '.cache', 'facts');
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// --- encoding -----------------------------------------------------------------------------------------

/** A growable typed array (the night's entries are encoded without an array of boxed numbers). */
class NumberBlock<T extends Float64Array | Int32Array> {
  array: T;
  length = 0;
  constructor(array: T) {
    this.array = array;
  }
  push(value: number): void {
    if (this.length === this.array.length) {
      const grown = new (this.array.constructor as new (n: number) => T)(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length++] = value;
  }
  bytes(): Buffer {
    return Buffer.from(this.array.buffer, 0, this.length * this.array.BYTES_PER_ELEMENT);
  }
}

const PRIORITY_CODE = new Map<string, number>(PRIORITIES.map((p, i) => [p, i]));
const CHANNEL_CODE = new Map<string, number>(CHANNELS.map((c, i) => [c, i]));
const STATUS_CODE = new Map<string, number>(STATUSES.map((s, i) => [s, i]));

/** Entries of one day as the compact form: numbers in two typed arrays, each distinct text once. */
export function encodeEntries(
  entries: readonly TicketEntry[],
  header: Omit<CacheHeader, 'entries' | 'ints' | 'floats' | 'strings' | 'format' | 'record' | 'body' | 'summary' | 'summaryDigest' | 'kept'>,
  options: { keep?: boolean } = {},
): Buffer {
  const keep = options.keep ?? true;
  const ints = new NumberBlock(new Int32Array(entries.length * 16 + 16));
  const floats = new NumberBlock(new Float64Array(entries.length * 8 + 8));
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const text = (value: string | null): number => {
    if (value === null) return -1;
    let i = stringIndex.get(value);
    if (i === undefined) {
      i = strings.length;
      strings.push(value);
      stringIndex.set(value, i);
    }
    return i;
  };
  /** Ids are unique within a day: listed, not looked up. */
  const uniqueText = (value: string): number => strings.push(value) - 1;
  for (const entry of keep ? entries : []) {
    if (isRejection(entry)) {
      ints.push(0);
      ints.push(text(entry.reason));
      ints.push(uniqueText(entry.example));
      continue;
    }
    const r = entry;
    ints.push(1);
    ints.push(uniqueText(r.id));
    ints.push(PRIORITY_CODE.get(r.priority)!);
    ints.push(CHANNEL_CODE.get(r.channel)!);
    ints.push(text(r.team));
    ints.push(text(r.category));
    ints.push(r.tags.length);
    for (const tag of r.tags) ints.push(text(tag));
    ints.push(r.openedByAgent ? 1 : 0);
    ints.push(r.replies.length);
    floats.push(r.createdMs);
    floats.push(r.lastEventMs);
    for (const reply of r.replies) {
      ints.push(reply.agent ? 1 : 0);
      floats.push(reply.atMs);
    }
    ints.push(r.statusChanges.length);
    for (const change of r.statusChanges) {
      ints.push(STATUS_CODE.get(change.status)!);
      floats.push(change.atMs);
    }
    if (r.satisfaction === null) ints.push(-1);
    else {
      ints.push(r.satisfaction.good ? 1 : 0);
      floats.push(r.satisfaction.atMs);
    }
    if (r.nps === null) ints.push(-1);
    else {
      ints.push(r.nps.score);
      floats.push(r.nps.atMs);
    }
    // QA reviews are rare and shaped by their scorecard, the helpdesk's figures are the source's: JSON text.
    ints.push(r.qa.length === 0 ? -1 : text(JSON.stringify(r.qa)));
    ints.push(r.helpdeskMetrics === undefined ? -1 : text(JSON.stringify(r.helpdeskMetrics)));
  }
  const summary = summariseEntries(entries);
  const floatBytes = floats.bytes();
  const intBytes = ints.bytes();
  const stringsText = Buffer.from(JSON.stringify(strings), 'utf8');
  // The body's own digest: a cache file damaged anywhere is rebuilt, never read as wrong numbers.
  const body = createHash('sha256').update(floatBytes).update(intBytes).update(stringsText).digest('hex');
  const head: CacheHeader = { format: FORMAT, record: TICKET_RECORD_VERSION, ...header, entries: entries.length, ints: ints.length, floats: floats.length, strings: stringsText.length, kept: keep, body,
    summary, summaryDigest: sha256(Buffer.from(JSON.stringify(summary))) };
  const headText = Buffer.from(`${MAGIC}${JSON.stringify(head)}\n`, 'utf8');
  // The float64 block starts at a multiple of 8 so it can be viewed in place.
  const floatsAt = Math.ceil(headText.length / 8) * 8;
  const out = Buffer.alloc(floatsAt + floatBytes.length + intBytes.length + stringsText.length);
  headText.copy(out, 0);
  floatBytes.copy(out, floatsAt);
  intBytes.copy(out, floatsAt + floatBytes.length);
  stringsText.copy(out, floatsAt + floatBytes.length + intBytes.length);
  return out;
}

/** The header of a cache file, or why it cannot be used. */
export function readHeader(bytes: Buffer): CacheHeader | string {
  if (bytes.length < MAGIC.length || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return 'not a facts cache file';
  const end = bytes.indexOf(10, MAGIC.length);
  if (end < 0) return 'header cut off';
  let head: CacheHeader;
  try {
    head = JSON.parse(bytes.toString('utf8', MAGIC.length, end)) as CacheHeader;
  } catch {
    return 'header is not JSON';
  }
  if (head.format !== FORMAT) return `format ${String(head.format)}, expected ${FORMAT}`;
  if (head.record !== TICKET_RECORD_VERSION) return `made by ticket record version ${String(head.record)}, expected ${TICKET_RECORD_VERSION}`;
  const floatsAt = Math.ceil((end + 1) / 8) * 8;
  if (!Number.isInteger(head.floats) || !Number.isInteger(head.ints) || !Number.isInteger(head.strings)) return 'header lacks the block sizes';
  if (typeof head.summary !== 'object' || head.summary === null || sha256(Buffer.from(JSON.stringify(head.summary))) !== head.summaryDigest) return 'summary does not match its digest';
  const size = floatsAt + head.floats * 8 + head.ints * 4 + head.strings;
  if (bytes.length !== size) return bytes.length < size ? 'file cut off' : 'file longer than its header says';
  return head;
}

/** The same cache file with a new day-file stat in its header; the body (and its digest) unchanged. */
function withStat(bytes: Buffer, head: CacheHeader, stat: Pick<CacheHeader, 'size' | 'mtimeNs' | 'ino' | 'madeMs'>): Buffer {
  const bodyAt = Math.ceil((bytes.indexOf(10, MAGIC.length) + 1) / 8) * 8;
  const headText = Buffer.from(`${MAGIC}${JSON.stringify({ ...head, ...stat })}\n`, 'utf8');
  const floatsAt = Math.ceil(headText.length / 8) * 8;
  const out = Buffer.alloc(floatsAt + bytes.length - bodyAt);
  headText.copy(out, 0);
  bytes.copy(out, floatsAt, bodyAt);
  return out;
}

/**
 * Decodes a cache file's entries. Throws a message when the bytes do not hold what the header says (the
 * caller rebuilds the day from its NDJSON).
 */
export function decodeEntries(bytes: Buffer, head: CacheHeader): TicketEntry[] {
  if (head.kept !== true) throw new Error('its tickets were not kept (nothing in them could change a number when it was cached)');
  const floatsAt = Math.ceil((bytes.indexOf(10, MAGIC.length) + 1) / 8) * 8;
  if (createHash('sha256').update(bytes.subarray(floatsAt)).digest('hex') !== head.body) throw new Error('its content does not match its digest (damaged)');
  const intsAt = floatsAt + head.floats * 8;
  const stringsAt = intsAt + head.ints * 4;
  // Copies keep the views aligned whatever the Buffer's offset in its pool.
  const floats = new Float64Array(bytes.buffer.slice(bytes.byteOffset + floatsAt, bytes.byteOffset + intsAt));
  const ints = new Int32Array(bytes.buffer.slice(bytes.byteOffset + intsAt, bytes.byteOffset + stringsAt));
  const strings = JSON.parse(bytes.toString('utf8', stringsAt)) as string[];
  if (!Array.isArray(strings)) throw new Error('strings block is not a list');
  const text = (i: number): string => {
    const s = strings[i];
    if (typeof s !== 'string') throw new Error(`text ${i} is missing`);
    return s;
  };
  const code = <T>(list: readonly T[], i: number): T => {
    const v = list[i];
    if (v === undefined) throw new Error(`code ${i} is out of range`);
    return v;
  };
  const entries: TicketEntry[] = new Array(head.entries);
  let ii = 0;
  let fi = 0;
  for (let e = 0; e < head.entries; e++) {
    const kind = ints[ii++];
    if (kind === 0) {
      entries[e] = { reason: text(ints[ii++]!), example: text(ints[ii++]!) };
      continue;
    }
    if (kind !== 1) throw new Error(`entry ${e} has kind ${String(kind)}`);
    const id = text(ints[ii++]!);
    const priority = code(PRIORITIES, ints[ii++]!);
    const channel = code(CHANNELS, ints[ii++]!);
    const teamAt = ints[ii++]!;
    const categoryAt = ints[ii++]!;
    const tagCount = ints[ii++]!;
    const tags: string[] = [];
    for (let k = 0; k < tagCount; k++) tags.push(text(ints[ii++]!));
    const openedByAgent = ints[ii++] === 1;
    const createdMs = floats[fi++]!;
    const lastEventMs = floats[fi++]!;
    const replyCount = ints[ii++]!;
    const replies: TicketReply[] = new Array(replyCount);
    for (let k = 0; k < replyCount; k++) replies[k] = { atMs: floats[fi++]!, agent: ints[ii++] === 1 };
    const changeCount = ints[ii++]!;
    if (!(changeCount > 0)) throw new Error(`entry ${e} has no timeline`);
    const statusChanges: TicketStatusChange[] = new Array(changeCount);
    for (let k = 0; k < changeCount; k++) statusChanges[k] = { atMs: floats[fi++]!, status: code(STATUSES, ints[ii++]!) };
    const good = ints[ii++]!;
    const satisfaction = good === -1 ? null : { atMs: floats[fi++]!, good: good === 1 };
    const score = ints[ii++]!;
    const nps = score === -1 ? null : { atMs: floats[fi++]!, score };
    const qaAt = ints[ii++]!;
    const qa = qaAt === -1 ? [] : (JSON.parse(text(qaAt)) as TicketQaReview[]);
    const helpdeskAt = ints[ii++]!;
    const solves = timelineSolves(statusChanges);
    const record: TicketRecord = {
      id,
      priority,
      channel,
      team: teamAt === -1 ? null : text(teamAt),
      category: categoryAt === -1 ? null : text(categoryAt),
      tags,
      createdMs,
      openedByAgent,
      replies,
      statusChanges,
      status: solves.status,
      solved: solves.solved,
      firstSolveMs: solves.firstSolveMs,
      finalSolveMs: solves.finalSolveMs,
      reopens: solves.reopens,
      satisfaction,
      nps,
      qa,
      lastEventMs,
    };
    if (helpdeskAt !== -1) record.helpdeskMetrics = JSON.parse(text(helpdeskAt)) as object;
    entries[e] = record;
  }
  if (ii !== head.ints || fi !== head.floats) throw new Error('the numbers do not add up to the header');
  return entries;
}

// --- the cache beside the store ------------------------------------------------------------------------

/** Reads a day file's NDJSON into entries, exactly as `store.readDay` + `ticketEntry` would. */
function entriesOfText(store: TicketStore, day: string, text: string): TicketEntry[] {
  const entries: TicketEntry[] = [];
  let from = 0;
  let lineNumber = 0;
  while (from < text.length) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    lineNumber++;
    const line = text.slice(from, nl);
    from = nl + 1;
    let ticket: unknown;
    try {
      ticket = JSON.parse(line);
    } catch (error) {
      throw new StoreError(`${shownPath(store.dayFile(day))} line ${lineNumber}: not valid JSON (${(error as Error).message}); restore the file from git or delete it and fetch again`);
    }
    entries.push(ticketEntry(ticket));
  }
  return entries;
}

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
 * from the cache where it is current, else from the day file (whose cache is then written). `run` fills in
 * as the days are read: what came from where, and why.
 */
export function storeEntries(store: TicketStore, options: FactsCacheOptions = {}): { days: AsyncIterable<DayOfEntries & { day: string }>; run: FactsCacheRun } {
  const fs = options.fs ?? nodeStoreFileSystem;
  const stat = options.stat ?? nodeStat;
  const clock = options.nowMs ?? Date.now;
  const dir = factsCacheDir(store.dir);
  const run: FactsCacheRun = { cached: 0, decoded: 0, rebuilt: [], removed: 0, refreshed: 0, unwritable: null };

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

  /** A cache file's bytes, or null when it is missing or cannot be read (the day is then read from its file). */
  async function readCacheFile(file: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(file);
    } catch {
      return null;
    }
  }

  type DayStat = { size: number; mtimeNs: bigint; ino: bigint };

  /** Writes a day's cache; `fileStat` is taken before `bytes` were read, so a later change always shows. */
  async function writeCache(day: string, entries: readonly TicketEntry[], fileStat: DayStat, hash: string, keep: boolean): Promise<void> {
    if (run.unwritable !== null) return;
    const encoded = encodeEntries(entries, { sha256: hash, size: fileStat.size, mtimeNs: String(fileStat.mtimeNs), ino: String(fileStat.ino), madeMs: clock() }, { keep });
    const file = path.join(dir, `${day}.facts`);
    await cacheWrite(file, async () => {
      await fs.mkdir(dir);
      await writeCacheFile(fs, file, encoded);
    });
  }

  interface Rebuilt { entries: TicketEntry[]; write(keep: boolean): Promise<void> }

  /** Reads a day file into entries; its cache is written by `write`, with or without the tickets. */
  async function fromDayFile(day: string, reason: RebuildReason, detail?: string, read?: { bytes: Buffer; hash: string; fileStat: DayStat }): Promise<Rebuilt> {
    const file = store.dayFile(day);
    const fileStat = read?.fileStat ?? (await stat(file));
    const bytes = read?.bytes ?? (await fs.readFile(file));
    if (bytes === null || fileStat === null) return { entries: [], write: async () => undefined };
    const entries = entriesOfText(store, day, bytes.toString('utf8'));
    const hash = read?.hash ?? sha256(bytes);
    run.rebuilt.push({ day, reason, ...(detail !== undefined ? { detail } : {}) });
    return { entries, write: (keep) => writeCache(day, entries, fileStat, hash, keep) };
  }

  /** A day and, for one read from its file, the cache write that follows the evaluation's look at it. */
  type PendingDay = DayOfEntries & { afterward?: () => Promise<void> };

  /**
   * A day read from its file. Its cache is written once the evaluation has seen it: with its tickets when the
   * evaluation read them, else (nothing in them could change a number) with its summary only.
   */
  function rebuiltDay(rebuilt: Rebuilt): PendingDay {
    let needed = false;
    return {
      summary: summariseEntries(rebuilt.entries),
      entries: async () => {
        needed = true;
        return rebuilt.entries;
      },
      afterward: () => rebuilt.write(needed),
    };
  }

  async function readDay(day: string): Promise<PendingDay> {
    if (options.full) return rebuiltDay(await fromDayFile(day, 'full'));
    const cached = await readCacheFile(path.join(dir, `${day}.facts`));
    if (cached === null) return rebuiltDay(await fromDayFile(day, 'missing'));
    const head = readHeader(cached);
    if (typeof head === 'string') return rebuiltDay(await fromDayFile(day, 'unreadable', head));
    const file = store.dayFile(day);
    const fileStat = await stat(file);
    if (fileStat === null) return rebuiltDay({ entries: [], write: async () => undefined });
    const sameStat = fileStat.size === head.size && String(fileStat.mtimeNs) === head.mtimeNs && String(fileStat.ino) === head.ino;
    // A day file modified around the cache's making may have changed again within its clock's resolution.
    const racy = Number(fileStat.mtimeNs / 1_000_000n) + RACY_MS > head.madeMs;
    if (!sameStat || racy) {
      const bytes = await fs.readFile(file);
      if (bytes === null) return rebuiltDay({ entries: [], write: async () => undefined });
      const hash = sha256(bytes);
      if (hash !== head.sha256) return rebuiltDay(await fromDayFile(day, 'changed', undefined, { bytes, hash, fileStat }));
      // Same bytes under a new stat (a git checkout) or a racy one: the cache holds. Its header is written
      // again with the stat the day file has now (the body is copied as it is), so later nights trust the stat.
      const refreshed = withStat(cached, head, { size: fileStat.size, mtimeNs: String(fileStat.mtimeNs), ino: String(fileStat.ino), madeMs: clock() });
      if (await cacheWrite(path.join(dir, `${day}.facts`), async () => {
        await fs.mkdir(dir);
        await writeCacheFile(fs, path.join(dir, `${day}.facts`), refreshed);
      })) run.refreshed++;
    }
    run.cached++;
    // Decoded only when the evaluation needs the day's tickets (evaluate.ts `addSettled`).
    return {
      summary: head.summary,
      entries: async () => {
        try {
          const entries = decodeEntries(cached, head);
          run.decoded++;
          return entries;
        } catch (error) {
          // Damaged, or kept without its tickets: read from the day file, and kept with them from now on.
          run.cached--;
          const rebuilt = head.kept === false ? await fromDayFile(day, 'needed') : await fromDayFile(day, 'unreadable', (error as Error).message);
          await rebuilt.write(true);
          return rebuilt.entries;
        }
      },
    };
  }

  async function* days(): AsyncIterable<DayOfEntries & { day: string }> {
    const stored = await store.listDays();
    const ignore = path.join(path.dirname(dir), '.gitignore');
    await cacheWrite(ignore, async () => {
      await fs.mkdir(path.dirname(dir));
      if ((await fs.readFile(ignore)) === null) await writeFileAtomic(fs, ignore, '# Derived from the store by `standards evaluate`: never committed, safe to delete.\n*\n');
    });
    for (const day of stored) {
      const pending = await readDay(day);
      yield { day, summary: pending.summary, entries: pending.entries };
      if (pending.afterward) await pending.afterward();
    }
    if (run.unwritable !== null) return;
    const keep = new Set(stored.map((day) => `${day}.facts`));
    await cacheWrite(dir, async () => {
      for (const name of await fs.readdir(dir)) {
        if (name.endsWith('.facts') && !keep.has(name)) {
          await fs.rm(path.join(dir, name));
          run.removed++;
        }
      }
    });
  }

  return { days: days(), run };
}

/** One line for the log: how much of the store the night re-read. */
export function describeFactsCacheRun(run: FactsCacheRun): string {
  const total = run.cached + run.rebuilt.length;
  if (run.unwritable === null && run.rebuilt.length > 0 && run.rebuilt.every((r) => r.reason === 'full')) return `facts cache: full pass, ${total} day files read and their cache rewritten`;
  const reasons = new Map<string, string[]>();
  for (const r of run.rebuilt) {
    const key = r.detail !== undefined ? `${r.reason}: ${r.detail}` : r.reason;
    reasons.set(key, [...(reasons.get(key) ?? []), r.day]);
  }
  const parts = [...reasons.entries()].map(([why, days]) => `${days.length} ${why} (${days.slice(0, 3).join(', ')}${days.length > 3 ? ', …' : ''})`);
  const tail = (run.refreshed > 0 ? `; ${run.refreshed} confirmed by hash (same bytes; the day file was touched or written just before its cache)` : '') + (run.removed > 0 ? `; ${run.removed} cache files of removed days deleted` : '');
  const settled = run.cached - run.decoded;
  const untouched = settled > 0 ? ` (${settled} not even decoded: nothing in them can change a number)` : '';
  const off = run.unwritable !== null ? `; the cache could not be written (${run.unwritable}), so this evaluation went on without it: the report is complete, and the next one reads those day files again` : '';
  return `facts cache: ${run.cached} of ${total} days from the cache${untouched}, ${run.rebuilt.length} read from the store${parts.length ? ` [${parts.join('; ')}]` : ''}${tail}${off}`;
}
