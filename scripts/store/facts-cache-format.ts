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
const FORMAT = 2;
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
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');


const PRIORITY_CODE = new Map<string, number>(PRIORITIES.map((p, i) => [p, i]));
const CHANNEL_CODE = new Map<string, number>(CHANNELS.map((c, i) => [c, i]));
const STATUS_CODE = new Map<string, number>(STATUSES.map((s, i) => [s, i]));

export type HeaderStat = Pick<CacheHeader, 'sha256' | 'files' | 'madeMs'>;

/**
 * Entries of one day as the compact form: numbers in two typed arrays, each entry's position in them (so one
 * entry decodes alone), each distinct text once.
 */
export function encodeEntries(entries: readonly TicketEntry[], header: HeaderStat, options: { keep?: boolean } = {}): Buffer {
  const keep = options.keep ?? true;
  const ints = new NumberBlock(new Int32Array(entries.length * 16 + 16));
  const floats = new NumberBlock(new Float64Array(entries.length * 8 + 8));
  const positions = new Int32Array(keep ? entries.length * 2 : 0);
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
  (keep ? entries : []).forEach((entry, e) => {
    positions[2 * e] = ints.length;
    positions[2 * e + 1] = floats.length;
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
  });
  for (let k = 0; k < positions.length; k++) ints.push(positions[k]!);
  const summary = summariseEntries(entries);
  const floatBytes = floats.bytes();
  const intBytes = ints.bytes();
  const stringsText = Buffer.from(JSON.stringify(strings), 'utf8');
  // The body's own digest: a cache file damaged anywhere is rebuilt, never read as wrong numbers.
  const body = createHash('sha256').update(floatBytes).update(intBytes).update(stringsText).digest('hex');
  const head: CacheHeader = { format: FORMAT, record: TICKET_RECORD_VERSION, ...header, entries: entries.length, ints: ints.length, floats: floats.length, strings: stringsText.length, kept: keep, body,
    summary, summaryDigest: sha256(JSON.stringify(summary)) };
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
  if (!Number.isInteger(head.floats) || !Number.isInteger(head.ints) || !Number.isInteger(head.strings) || !Array.isArray(head.files)) return 'header lacks the block sizes';
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

/**
 * Decodes a cache file's entries. Throws a message when the bytes do not hold what the header says (the
 * caller rebuilds the day from its NDJSON).
 */
export function decodeEntries(bytes: Buffer, head: CacheHeader): TicketEntry[] {
  const body = openBody(bytes, head);
  const entries: TicketEntry[] = new Array(head.entries);
  let ii = 0;
  let fi = 0;
  for (let e = 0; e < head.entries; e++) {
    const next = decodeOne(body, e, ii, fi);
    entries[e] = next.entry;
    ii = next.ii;
    fi = next.fi;
  }
  if (ii + 2 * head.entries !== head.ints || fi !== head.floats) throw new Error('the numbers do not add up to the header');
  return entries;
}

/** Decodes some of a cache file's entries, by index, each from its kept position. */
export function decodeEntriesAt(bytes: Buffer, head: CacheHeader, indices: readonly number[]): Map<number, TicketEntry> {
  const body = openBody(bytes, head);
  const positions = head.ints - 2 * head.entries;
  const out = new Map<number, TicketEntry>();
  for (const e of indices) {
    if (!(e >= 0 && e < head.entries)) throw new Error(`entry ${e} is not in the file`);
    out.set(e, decodeOne(body, e, body.ints[positions + 2 * e]!, body.ints[positions + 2 * e + 1]!).entry);
  }
  return out;
}

/**
 * Some of a cache file's entries, by index, each decoded when asked for and not kept. A night places a day's live
 * and recent tickets one at a time, so each decoded ticket is garbage once counted: a map holding thousands of them
 * lives through the young generation's collections, each of which copies it. The body is checked against its digest
 * and every index against the file before any entry is given, as `decodeEntriesAt` does.
 */
export function entriesAtLazily(bytes: Buffer, head: CacheHeader, indices: readonly number[]): ReadonlyMap<number, TicketEntry> {
  const body = openBody(bytes, head);
  const positions = head.ints - 2 * head.entries;
  for (const e of indices) if (!(e >= 0 && e < head.entries)) throw new Error(`entry ${e} is not in the file`);
  return new LazyEntries(indices, (e) => decodeOne(body, e, body.ints[positions + 2 * e]!, body.ints[positions + 2 * e + 1]!).entry);
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
