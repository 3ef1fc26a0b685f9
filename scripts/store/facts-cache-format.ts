// The facts cache's file format: one stored day's ticket entries in a compact binary form (ticket-facts-cache.ts
// says why a hand-made form, and how the cache beside the store uses it).
//
//   SSFACTS\n <header as JSON> \n, padded to 8 bytes, then the body: float64 block, int32 block, texts as JSON
//
// The header carries what the cache needs without the body (the day's summary and the stats of its files), the
// block sizes and the body's SHA-256, so a cut or damaged file is refused, never read as wrong numbers.

import { createHash } from 'node:crypto';
import { isRejection, summariseEntries, type EntriesSummary, type TicketEntry } from '../engine/ticket-entries.ts';
import { TICKET_RECORD_VERSION, timelineSolves, type TicketQaReview, type TicketRecord, type TicketReply, type TicketStatusChange } from '../engine/ticket-checks.ts';
import type { Channel, Priority, TicketStatus } from '../model/model.ts';
import { NumberBlock } from './number-block.ts';
import { readCacheFileHeader } from './cache-file-header.ts';

/** Bump when the encoding below changes. */
const FORMAT = 3;
export const MAGIC = 'SSFACTS\n';
const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const CHANNELS: readonly Channel[] = ['email', 'web', 'chat', 'phone', 'social', 'api'];
const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'];

/** What the cache knows of one file of a stored day (the day's text is made of its files: store.dayFiles). */
export interface FileStat { name: string; size: number; mtimeNs: string; ino: string }

/** What a cache file says about the day it was made from. */
export interface CacheHeader {
  format: number;
  record: number;
  /** SHA-256 of the day's stored text. */
  sha256: string;
  /** The stat of each of the day's files when the cache was made. */
  files: FileStat[];
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
  /**
   * Entries written after the blocks' first making (a changed day's new and changed ones: `OpenedFacts.patched`);
   * the numbers of the entries they replaced stay, unused, until the file is made whole again.
   */
  appended: number;
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');


const PRIORITY_CODE = new Map<string, number>(PRIORITIES.map((p, i) => [p, i]));
const CHANNEL_CODE = new Map<string, number>(CHANNELS.map((c, i) => [c, i]));
const STATUS_CODE = new Map<string, number>(STATUSES.map((s, i) => [s, i]));

export type HeaderStat = Pick<CacheHeader, 'sha256' | 'files' | 'madeMs'>;

/** Numbers and texts being written: each entry's numbers appended to the blocks, each distinct new text once. */
interface BodyWriter { ints: NumberBlock<Int32Array>; floats: NumberBlock<Float64Array>; strings: string[]; stringIndex: Map<string, number> }

function bodyWriter(entries: number, strings: string[] = []): BodyWriter {
  return { ints: new NumberBlock(new Int32Array(entries * 16 + 16)), floats: new NumberBlock(new Float64Array(entries * 8 + 8)), strings, stringIndex: new Map() };
}

/** Appends one entry's numbers (and its new texts) to `w`. */
function writeEntry(w: BodyWriter, entry: TicketEntry): void {
  const { ints, floats, strings, stringIndex } = w;
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
  if (isRejection(entry)) {
    ints.push(0);
    ints.push(text(entry.reason));
    ints.push(uniqueText(entry.example));
    return;
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

/**
 * Entries of one day as the compact form: numbers in two typed arrays, each entry's position in them (so one
 * entry decodes alone), each distinct text once. `summary`: the entries' own (`summariseEntries`), when known.
 */
export function encodeEntries(entries: readonly TicketEntry[], header: HeaderStat, options: { keep?: boolean; summary?: EntriesSummary } = {}): Buffer {
  const keep = options.keep ?? true;
  const w = bodyWriter(entries.length);
  const positions = new Int32Array(keep ? entries.length * 2 : 0);
  (keep ? entries : []).forEach((entry, e) => {
    positions[2 * e] = w.ints.length;
    positions[2 * e + 1] = w.floats.length;
    writeEntry(w, entry);
  });
  return fileOf(w, positions, { ...header, entries: entries.length, kept: keep, appended: 0, summary: options.summary ?? summariseEntries(entries) });
}

/** The file: header, then the float64 block, the int32 block (the entries' numbers, then their positions), the texts. */
function fileOf(w: BodyWriter, positions: Int32Array, fields: HeaderStat & Pick<CacheHeader, 'entries' | 'kept' | 'appended' | 'summary'>): Buffer {
  for (let k = 0; k < positions.length; k++) w.ints.push(positions[k]!);
  const floatBytes = w.floats.bytes();
  const intBytes = w.ints.bytes();
  const stringsText = Buffer.from(JSON.stringify(w.strings), 'utf8');
  // The body's own digest: a cache file damaged anywhere is rebuilt, never read as wrong numbers.
  const body = createHash('sha256').update(floatBytes).update(intBytes).update(stringsText).digest('hex');
  const head: CacheHeader = { format: FORMAT, record: TICKET_RECORD_VERSION, ...fields, ints: w.ints.length, floats: w.floats.length, strings: stringsText.length, body,
    summaryDigest: sha256(JSON.stringify(fields.summary)) };
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

/** The header of a cache file (from its first bytes, or all of them), or why it cannot be used. */
export function readHeader(bytes: Buffer): CacheHeader | string {
  const head = readCacheFileHeader<CacheHeader>(bytes, MAGIC, 'facts cache', FORMAT);
  if (typeof head === 'string') return head;
  if (head.record !== TICKET_RECORD_VERSION) return `made by ticket record version ${String(head.record)}, expected ${TICKET_RECORD_VERSION}`;
  if (!Number.isInteger(head.floats) || !Number.isInteger(head.ints) || !Number.isInteger(head.strings) || !Number.isInteger(head.appended) || !Array.isArray(head.files)) return 'header lacks the block sizes';
  if (typeof head.summary !== 'object' || head.summary === null || sha256(JSON.stringify(head.summary)) !== head.summaryDigest) return 'summary does not match its digest';
  return head;
}

/** Where the body starts, and the file's whole size, by the header. */
export function bodyAt(bytes: Buffer): number {
  return Math.ceil((bytes.indexOf(10, MAGIC.length) + 1) / 8) * 8;
}
export const sizeOf = (head: CacheHeader, at: number) => at + head.floats * 8 + head.ints * 4 + head.strings;

/** The same cache file with new day-file stats in its header; the body (and its digest) unchanged. */
export function withStat(bytes: Buffer, head: CacheHeader, stat: Pick<CacheHeader, 'files' | 'madeMs'>): Buffer {
  const at = bodyAt(bytes);
  const headText = Buffer.from(`${MAGIC}${JSON.stringify({ ...head, ...stat })}\n`, 'utf8');
  const floatsAt = Math.ceil(headText.length / 8) * 8;
  const out = Buffer.alloc(floatsAt + bytes.length - at);
  headText.copy(out, 0);
  bytes.copy(out, floatsAt, at);
  return out;
}

/** A cache file's body, checked against its digest and viewed as its blocks. */
interface Body { floats: Float64Array; ints: Int32Array; strings: string[] }

function openBody(bytes: Buffer, head: CacheHeader): Body {
  if (head.kept !== true) throw new Error('its tickets were not kept (nothing in them could change a number when it was cached)');
  const floatsAt = bodyAt(bytes);
  if (bytes.length !== sizeOf(head, floatsAt)) throw new Error(bytes.length < sizeOf(head, floatsAt) ? 'file cut off' : 'file longer than its header says');
  if (createHash('sha256').update(bytes.subarray(floatsAt)).digest('hex') !== head.body) throw new Error('its content does not match its digest (damaged)');
  const intsAt = floatsAt + head.floats * 8;
  const stringsAt = intsAt + head.ints * 4;
  // Views of the file's bytes where they are aligned (a file read whole starts its own memory); a copy where they
  // are not (a Buffer at an odd offset of a pool).
  const floats = (bytes.byteOffset + floatsAt) % 8 === 0
    ? new Float64Array(bytes.buffer, bytes.byteOffset + floatsAt, head.floats)
    : new Float64Array(bytes.buffer.slice(bytes.byteOffset + floatsAt, bytes.byteOffset + intsAt));
  const ints = (bytes.byteOffset + intsAt) % 4 === 0
    ? new Int32Array(bytes.buffer, bytes.byteOffset + intsAt, head.ints)
    : new Int32Array(bytes.buffer.slice(bytes.byteOffset + intsAt, bytes.byteOffset + stringsAt));
  const strings = JSON.parse(bytes.toString('utf8', stringsAt)) as string[];
  if (!Array.isArray(strings)) throw new Error('strings block is not a list');
  return { floats, ints, strings };
}

/** Decodes the entry whose numbers start at ints[ii], floats[fi]; returns it and where the next one starts. */
function decodeOne(body: Body, e: number, ii: number, fi: number): { entry: TicketEntry; ii: number; fi: number } {
  const { ints, floats, strings } = body;
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
  const kind = ints[ii++];
  if (kind === 0) return { entry: { reason: text(ints[ii++]!), example: text(ints[ii++]!) }, ii, fi };
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
  return { entry: record, ii, fi };
}

/** A cache file opened (its body checked against its digest once): its entries, decoded as asked. */
export interface OpenedFacts {
  /** Every entry, in order. */
  entries(): TicketEntry[];
  /** Some entries, by index, each from its kept position. */
  entriesAt(indices: readonly number[]): Map<number, TicketEntry>;
  /** The same, each decoded when asked for and not kept (`entriesAtLazily`); every index checked first. */
  lazily(indices: readonly number[]): ReadonlyMap<number, TicketEntry>;
  /** Each entry's creation and last event without decoding it (NaN for a rejected record). */
  times(): { createdMs: Float64Array; lastEventMs: Float64Array };
  /**
   * The cache file of a new version of the day, without decoding what did not change: entry n of the new version is
   * entry `from[n]` of this file (its numbers stay where they are), or, where `from[n]` is -1, the next of `added`
   * (written after the blocks). `summary`: the new version's.
   */
  patched(from: Int32Array, added: readonly TicketEntry[], summary: EntriesSummary, header: HeaderStat): Buffer;
}

/** Opens a cache file's body. Throws a message when the bytes do not hold what the header says (the caller rebuilds the day). */
export function openFacts(bytes: Buffer, head: CacheHeader): OpenedFacts {
  const body = openBody(bytes, head);
  const numbers = head.ints - 2 * head.entries;
  if (!(numbers >= 0)) throw new Error('the numbers do not add up to the header');
  const positions = body.ints.subarray(numbers);
  const at = (e: number): [number, number] => {
    if (!(e >= 0 && e < head.entries)) throw new Error(`entry ${e} is not in the file`);
    const ii = positions[2 * e]!;
    const fi = positions[2 * e + 1]!;
    if (!(ii >= 0 && ii < numbers && fi >= 0 && fi <= head.floats)) throw new Error(`entry ${e} lies outside the blocks`);
    return [ii, fi];
  };
  const one = (e: number): TicketEntry => decodeOne(body, e, ...at(e)).entry;
  return {
    entries: () => Array.from({ length: head.entries }, (_, e) => one(e)),
    entriesAt(indices) {
      const out = new Map<number, TicketEntry>();
      for (const e of indices) out.set(e, one(e));
      return out;
    },
    lazily(indices) {
      for (const e of indices) at(e);
      return new LazyEntries(indices, one);
    },
    times() {
      const createdMs = new Float64Array(head.entries).fill(Number.NaN);
      const lastEventMs = new Float64Array(head.entries).fill(Number.NaN);
      for (let e = 0; e < head.entries; e++) {
        const [ii, fi] = at(e);
        if (body.ints[ii] !== 1) continue;
        createdMs[e] = body.floats[fi]!;
        lastEventMs[e] = body.floats[fi + 1]!;
      }
      return { createdMs, lastEventMs };
    },
    patched(from, added, summary, header) {
      const w = bodyWriter(added.length, [...body.strings]);
      w.ints.pushAll(body.ints.subarray(0, numbers));
      w.floats.pushAll(body.floats.subarray(0, head.floats));
      const out = new Int32Array(from.length * 2);
      let next = 0;
      from.forEach((e, n) => {
        if (e >= 0) {
          [out[2 * n], out[2 * n + 1]] = at(e);
          return;
        }
        out[2 * n] = w.ints.length;
        out[2 * n + 1] = w.floats.length;
        writeEntry(w, added[next++]!);
      });
      if (next !== added.length) throw new Error('patched: every added entry must have its place');
      return fileOf(w, out, { ...header, entries: from.length, kept: true, appended: head.appended + added.length, summary });
    },
  };
}

/**
 * Decodes a cache file's entries. Throws a message when the bytes do not hold what the header says (the
 * caller rebuilds the day from its NDJSON).
 */
export function decodeEntries(bytes: Buffer, head: CacheHeader): TicketEntry[] {
  return openFacts(bytes, head).entries();
}

/** Decodes some of a cache file's entries, by index, each from its kept position. */
export function decodeEntriesAt(bytes: Buffer, head: CacheHeader, indices: readonly number[]): Map<number, TicketEntry> {
  return openFacts(bytes, head).entriesAt(indices);
}

/**
 * Some of a cache file's entries, by index, each decoded when asked for and not kept. A night places a day's live
 * and recent tickets one at a time, so each decoded ticket is garbage once counted: a map holding thousands of them
 * lives through the young generation's collections, each of which copies it. The body is checked against its digest
 * and every index against the file before any entry is given, as `decodeEntriesAt` does.
 */
export function entriesAtLazily(bytes: Buffer, head: CacheHeader, indices: readonly number[]): ReadonlyMap<number, TicketEntry> {
  return openFacts(bytes, head).lazily(indices);
}

class LazyEntries implements ReadonlyMap<number, TicketEntry> {
  private readonly indices: ReadonlySet<number>;
  private readonly decode: (index: number) => TicketEntry;
  constructor(indices: readonly number[], decode: (index: number) => TicketEntry) {
    this.indices = new Set(indices);
    this.decode = decode;
  }
  get size(): number {
    return this.indices.size;
  }
  has(index: number): boolean {
    return this.indices.has(index);
  }
  get(index: number): TicketEntry | undefined {
    return this.indices.has(index) ? this.decode(index) : undefined;
  }
  *entries(): MapIterator<[number, TicketEntry]> {
    for (const i of this.indices) yield [i, this.decode(i)];
  }
  *keys(): MapIterator<number> {
    yield* this.indices;
  }
  *values(): MapIterator<TicketEntry> {
    for (const i of this.indices) yield this.decode(i);
  }
  [Symbol.iterator](): MapIterator<[number, TicketEntry]> {
    return this.entries();
  }
  forEach(callback: (value: TicketEntry, key: number, map: ReadonlyMap<number, TicketEntry>) => void): void {
    for (const i of this.indices) callback(this.decode(i), i, this);
  }
}
