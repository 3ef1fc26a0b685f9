// The facts cache's file format: one stored day's ticket entries in a compact binary form (ticket-facts-cache.ts
// says why a hand-made form, and how the cache beside the store uses it).
//
//   SSFACTS\n <header as JSON> \n, padded to 8 bytes, then the body:
//     segments, each: float64 block, int32 block, its own texts (where each page of them starts: int32, then the
//     pages, each a JSON list of PAGE texts), padded to 8 bytes
//     the index: each entry's creation and last event (float64 × 2), then its place (int32 × 3: segment, numbers)
//
// A day's facts are one segment when made whole; the night a day changes, its new and changed entries are one more
// segment after the others, which are copied as they are (`OpenedFacts.patched`). The header carries what the cache
// needs without the body (the day's summary and the stats of its files), the block sizes, a CRC-32 of each 64 KiB
// of each segment and one of the index, so a cut or damaged file is refused, never read as wrong numbers: the index
// is checked whenever the file is opened, the rest piece by piece before any of it is read (a night that decodes a
// few of a day's entries checks what they lie in, not the whole file; a patch checks what it appends).
//
// Why CRC-32 and not a cryptographic digest: the checksums catch damage — a write torn by a crash (the cache is
// written without fsync), a file cut short, a bit flipped on disk or in a copy — never an attacker, who could write
// the cache's bytes and their checksums alike (what names the day's text the facts were made from, and decides
// whether they still hold, stays its SHA-256: `sha256`). CRC-32 (node:zlib) misses no burst of up to 32 bits and any
// other damage to a 64 KiB piece with a chance of 2^-32, and runs at several GB/s where SHA-256 ran at 1–1.5 GB/s
// here: on a 3M-ticket night the facts' and the counters' checksums (day-counters-file.ts) cost ≈ 0.3 s of the
// evaluate's CPU with SHA-256, ≈ 0.09 s with CRC-32 (cpu-prof, nearly all of it on the main thread).
// Lengths are checked apart (a cut file is told by its size, before any checksum).

import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { isRejection, summariseEntries, type EntriesSummary, type TicketEntry } from '../engine/ticket-entries.ts';
import { TICKET_RECORD_VERSION } from '../engine/ticket-checks.ts';
import { bodyWriter, decodeOne, writeEntry, type Body } from './facts-entry-codec.ts';
import { readCacheFileHeader } from './cache-file-header.ts';
import { inPlace, sameFileIdentity, type FileIdentity } from './atomic-write.ts';

/**
 * Bump when the encoding below, or an entry's (facts-entry-codec.ts), changes. 5: each day file's stat carries its
 * ctime (a day rewritten in place under its old mtime kept its format-4 facts). 6: the racy rule on a file-clock
 * mark (`mark`) instead of a wall-clock margin around the facts' making (format 5's `madeMs`). 7: the pieces and the
 * index checked by CRC-32 (numbers) instead of SHA-256 (texts); a format-6 file is made again, never read.
 */
const FORMAT = 7;
/** The bytes each checksum of a segment covers. */
const CHUNK = 64 * 1024;
/** Texts a page holds: decoding a few entries parses the pages their texts are on, not every text of the day. */
const PAGE = 256;
/** Bytes of the index a file holds per entry: two float64 and three int32. */
const INDEX_BYTES = 28;
export const MAGIC = 'SSFACTS\n';

/**
 * What the cache knows of one file of a stored day (the day's text is made of its files: store.dayFiles): its name
 * and identity (size, mtime, ctime, inode), as the day-range record keeps it.
 */
export interface FileStat extends FileIdentity { name: string }

/** The same files, each with the same identity: a day's files as a header recorded them, or as they were before. */
export const sameFiles = (a: readonly FileStat[], b: readonly FileStat[]) => a.length === b.length && a.every((f, i) => f.name === b[i]!.name && sameFileIdentity(f, b[i]!));

/** What a cache file says about the day it was made from. */
export interface CacheHeader {
  format: number;
  record: number;
  /** SHA-256 of the day's stored text. */
  sha256: string;
  /** The stat of each of the day's files when the cache was made (after its text was kept: the link moves its ctime). */
  files: FileStat[];
  /**
   * A file time (ns, decimal), taken by the run that made or refreshed the facts before it read the day's bytes
   * (ticket-facts-cache.ts `runMark`): a day file whose mtime is not strictly before it is "racy" (`trustedByStat`).
   */
  mark: string;
  entries: number;
  /** The body's segments, in order (none when the tickets are not kept). */
  segments: SegmentHead[];
  /** CRC-32 of the index. */
  index: number;
  /** What the day holds (read without decoding it), and that summary's own digest. */
  summary: EntriesSummary;
  summaryDigest: string;
  /**
   * Whether the tickets are in the file. A day that could not change a number the night it was cached keeps
   * only its summary: it stays settled on later nights unless the model reaches further back (then it is read
   * from its day file again) or the day file changes.
   */
  kept: boolean;
  /**
   * Entries written after the blocks' first making (a changed day's new and changed ones: `OpenedFacts.patched`);
   * the numbers of the entries they replaced stay, unused, until the file is made whole again.
   */
  appended: number;
}

/** One segment of a cache file's body: its blocks' lengths (numbers; texts, and their pages' bytes), a CRC-32 for each CHUNK of it. */
export interface SegmentHead {
  floats: number;
  ints: number;
  strings: number;
  text: number;
  digests: number[];
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
/** A piece's or the index's checksum (the file's comment says why CRC-32). */
const chunkDigest = (bytes: Uint8Array) => crc32(bytes);
const pad8 = (n: number) => Math.ceil(n / 8) * 8;
const pagesOf = (strings: number) => Math.ceil(strings / PAGE);
const segmentSize = (s: Pick<SegmentHead, 'floats' | 'ints' | 'strings' | 'text'>) => pad8(s.floats * 8 + s.ints * 4 + (pagesOf(s.strings) + 1) * 4 + s.text);

export type HeaderStat = Pick<CacheHeader, 'sha256' | 'files' | 'mark'>;

/**
 * Whether files whose stat is the one a header recorded can be trusted by it to hold the bytes it was made from:
 * git's racy rule on the file system's own clock (day-range-record.ts). Every write after the mark gets an mtime at
 * or past it, so a file modified strictly before it can only keep its stat by keeping its bytes; one modified in
 * the mark's tick (a coarse clock) could have been written again unseen, and is hashed. Mtime only: the day's own
 * kept-text link moves its ctime after the mark, and the ctime is part of the stat compared already.
 */
export const trustedByStat = (function trustedByStat(files: readonly Pick<FileStat, 'mtimeNs'>[], mark: string): boolean {
  const before = BigInt(mark);
  return files.every((f) => BigInt(f.mtimeNs) < before);
});

/** A segment's bytes, its head, and where each of its entries' numbers start (ints, floats: two a entry). */
interface Segment { bytes: Buffer; head: SegmentHead; at: Int32Array }

/** Entries as one segment: their numbers in two typed arrays, each distinct text once (numbered within it). */
function segmentOf(entries: readonly TicketEntry[]): Segment {
  const w = bodyWriter(entries.length);
  const at = new Int32Array(entries.length * 2);
  entries.forEach((entry, k) => {
    at[2 * k] = w.ints.length;
    at[2 * k + 1] = w.floats.length;
    writeEntry(w, entry);
  });
  const floatBytes = w.floats.bytes();
  const intBytes = w.ints.bytes();
  // JSON texts are well-formed (a lone surrogate is escaped), so the pages' bytes are their texts' bytes end to end.
  const pages: string[] = [];
  const pageAt = new Int32Array(pagesOf(w.strings.length) + 1);
  for (let p = 0; p * PAGE < w.strings.length; p++) {
    pages.push(JSON.stringify(w.strings.slice(p * PAGE, (p + 1) * PAGE)));
    pageAt[p + 1] = pageAt[p]! + Buffer.byteLength(pages[p]!, 'utf8');
  }
  const text = Buffer.from(pages.join(''), 'utf8');
  const lengths = { floats: w.floats.length, ints: w.ints.length, strings: w.strings.length, text: text.length };
  const bytes = Buffer.alloc(segmentSize(lengths));
  floatBytes.copy(bytes, 0);
  intBytes.copy(bytes, floatBytes.length);
  bytes.set(new Uint8Array(pageAt.buffer), floatBytes.length + intBytes.length);
  text.copy(bytes, floatBytes.length + intBytes.length + pageAt.length * 4);
  const digests: number[] = [];
  for (let c = 0; c < bytes.length; c += CHUNK) digests.push(chunkDigest(bytes.subarray(c, c + CHUNK)));
  return { bytes, head: { ...lengths, digests }, at };
}

/** An index being written: each entry's creation and last event (NaN for a rejected record), and its place. */
function indexBlock(entries: number): { bytes: Buffer; times: Float64Array; places: Int32Array } {
  const bytes = Buffer.alloc(entries * INDEX_BYTES);
  return { bytes, times: new Float64Array(bytes.buffer, bytes.byteOffset, entries * 2), places: new Int32Array(bytes.buffer, bytes.byteOffset + entries * 16, entries * 3) };
}

function placeAt(index: { times: Float64Array; places: Int32Array }, n: number, entry: TicketEntry, segment: number, ii: number, fi: number): void {
  index.times[2 * n] = isRejection(entry) ? Number.NaN : entry.createdMs;
  index.times[2 * n + 1] = isRejection(entry) ? Number.NaN : entry.lastEventMs;
  index.places[3 * n] = segment;
  index.places[3 * n + 1] = ii;
  index.places[3 * n + 2] = fi;
}

/**
 * Entries of one day as the compact form: one segment and the index, so one entry decodes alone. `summary`: the
 * entries' own (`summariseEntries`), when known. Without `keep`, the summary only.
 */
export function encodeEntries(entries: readonly TicketEntry[], header: HeaderStat, options: { keep?: boolean; summary?: EntriesSummary } = {}): Buffer {
  const keep = options.keep ?? true;
  const fields = { ...header, entries: entries.length, kept: keep, appended: 0, summary: options.summary ?? summariseEntries(entries) };
  if (!keep) return fileOf([], [], Buffer.alloc(0), fields);
  const segment = segmentOf(entries);
  const index = indexBlock(entries.length);
  entries.forEach((entry, n) => placeAt(index, n, entry, 0, segment.at[2 * n]!, segment.at[2 * n + 1]!));
  return fileOf([segment.bytes], [segment.head], index.bytes, fields);
}

/** The file: header, then the segments' bytes (`body`, as they are), then the index. */
function fileOf(body: readonly Uint8Array[], segments: SegmentHead[], index: Buffer, fields: HeaderStat & Pick<CacheHeader, 'entries' | 'kept' | 'appended' | 'summary'>): Buffer {
  const head: CacheHeader = { format: FORMAT, record: TICKET_RECORD_VERSION, ...fields, segments, index: chunkDigest(index), summaryDigest: sha256(JSON.stringify(fields.summary)) };
  const headText = Buffer.from(`${MAGIC}${JSON.stringify(head)}\n`, 'utf8');
  // Each segment's float64 block starts at a multiple of 8 so it can be viewed in place.
  let at = pad8(headText.length);
  const out = Buffer.alloc(at + body.reduce((sum, part) => sum + part.length, 0) + index.length);
  headText.copy(out, 0);
  for (const part of body) {
    out.set(part, at);
    at += part.length;
  }
  index.copy(out, at);
  return out;
}

/** The header of a cache file (from its first bytes, or all of them), or why it cannot be used. */
export const readHeader = (function readHeader(bytes: Buffer): CacheHeader | string {
  const head = readCacheFileHeader<CacheHeader>(bytes, MAGIC, 'facts cache', FORMAT);
  if (typeof head === 'string') return head;
  if (head.record !== TICKET_RECORD_VERSION) return `made by ticket record version ${String(head.record)}, expected ${TICKET_RECORD_VERSION}`;
  const whole = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  const segmentOk = (g: SegmentHead) => typeof g === 'object' && g !== null && whole(g.floats) && whole(g.ints) && whole(g.strings) && whole(g.text) && Array.isArray(g.digests)
    && g.digests.length === Math.ceil(segmentSize(g) / CHUNK) && g.digests.every((d) => Number.isInteger(d));
  if (typeof head.mark !== 'string' || !/^\d+$/.test(head.mark)) return 'header lacks its mark';
  if (!whole(head.entries) || !whole(head.appended) || !Array.isArray(head.files) || !Array.isArray(head.segments) || !head.segments.every(segmentOk) || !Number.isInteger(head.index)) return 'header lacks the block sizes';
  if (typeof head.summary !== 'object' || head.summary === null || sha256(JSON.stringify(head.summary)) !== head.summaryDigest) return 'summary does not match its digest';
  return head;
});

/** Where the body starts, and the file's whole size, by the header. */
export const bodyAt = (function bodyAt(bytes: Buffer): number {
  return pad8(bytes.indexOf(10, MAGIC.length) + 1);
});
const indexAt = (head: CacheHeader, at: number) => head.segments.reduce((sum, g) => sum + segmentSize(g), at);
export const sizeOf = (head: CacheHeader, at: number) => indexAt(head, at) + (head.kept ? head.entries * INDEX_BYTES : 0);

/** The same cache file with new day-file stats in its header; the body (and its digests) unchanged. */
export function withStat(bytes: Buffer, head: CacheHeader, stat: Pick<CacheHeader, 'files' | 'mark'>): Buffer {
  const at = bodyAt(bytes);
  const headText = Buffer.from(`${MAGIC}${JSON.stringify({ ...head, ...stat })}\n`, 'utf8');
  const floatsAt = pad8(headText.length);
  const out = Buffer.alloc(floatsAt + bytes.length - at);
  headText.copy(out, 0);
  bytes.copy(out, floatsAt, at);
  return out;
}

const DAMAGED = 'its content does not match its digest (damaged)';

/**
 * A cache file's body, each part checked against its digest before it is read: the index at once, a segment's
 * 64 KiB pieces as the entries that lie in them are asked for (each piece once).
 */
class CheckedBody {
  readonly times: Float64Array;
  readonly places: Int32Array;
  private readonly starts: number[] = [];
  private readonly checked: Uint8Array[];
  private readonly bodies: (Body | null)[];
  private readonly bytes: Buffer;
  private readonly head: CacheHeader;

  constructor(bytes: Buffer, head: CacheHeader) {
    this.bytes = bytes;
    this.head = head;
    if (head.kept !== true) throw new Error('its tickets were not kept (nothing in them could change a number when it was cached)');
    const at = bodyAt(bytes);
    const size = sizeOf(head, at);
    if (bytes.length !== size) throw new Error(bytes.length < size ? 'file cut off' : 'file longer than its header says');
    const indexAtByte = indexAt(head, at);
    const index = bytes.subarray(indexAtByte);
    if (chunkDigest(index) !== head.index) throw new Error(DAMAGED);
    // Aligned views where the bytes allow (a file read whole starts its own memory), else a copy.
    const aligned = (bytes.byteOffset + indexAtByte) % 8 === 0;
    const indexBytes = aligned ? index : Buffer.from(index);
    this.times = new Float64Array(indexBytes.buffer, indexBytes.byteOffset, head.entries * 2);
    this.places = new Int32Array(indexBytes.buffer, indexBytes.byteOffset + head.entries * 16, head.entries * 3);
    let start = at;
    for (const g of head.segments) {
      this.starts.push(start);
      start += segmentSize(g);
    }
    this.checked = head.segments.map((g) => new Uint8Array(g.digests.length));
    this.bodies = head.segments.map(() => null);
  }

  /** Checks bytes [from, to) of segment `g` (from its start) against their digests. */
  private check(g: number, from: number, to: number): void {
    const done = this.checked[g]!;
    const digests = this.head.segments[g]!.digests;
    if (to <= from) return;
    for (let c = Math.floor(from / CHUNK); c * CHUNK < to; c++) {
      if (done[c] === 1) continue;
      const at = this.starts[g]! + c * CHUNK;
      const piece = this.bytes.subarray(at, Math.min(at + CHUNK, this.starts[g]! + segmentSize(this.head.segments[g]!)));
      if (chunkDigest(piece) !== digests[c]) throw new Error(DAMAGED);
      done[c] = 1;
    }
  }

  /** Segment `g`'s blocks, and its texts as they are asked for. */
  private body(g: number): Body {
    const found = this.bodies[g];
    if (found) return found;
    const s = this.head.segments[g]!;
    const floatsAt = this.starts[g]!;
    const intsAt = floatsAt + s.floats * 8;
    const stringsAt = intsAt + s.ints * 4;
    const { bytes } = this;
    const pageCount = pagesOf(s.strings);
    const textAt = stringsAt + (pageCount + 1) * 4;
    const pages: (string[] | undefined)[] = new Array(pageCount);
    const text = (i: number): string => {
      if (!(i >= 0 && i < s.strings)) throw new Error(`text ${i} is missing`);
      const p = Math.floor(i / PAGE);
      let page = pages[p];
      if (page === undefined) {
        // Where the page starts and ends (two int32 of the page table), then its bytes, each checked before it is read.
        this.check(g, stringsAt - floatsAt + p * 4, stringsAt - floatsAt + p * 4 + 8);
        const from = bytes.readInt32LE(stringsAt + p * 4);
        const to = bytes.readInt32LE(stringsAt + p * 4 + 4);
        if (!(from >= 0 && from <= to && to <= s.text)) throw new Error(`text page ${p} lies outside its block`);
        this.check(g, textAt - floatsAt + from, textAt - floatsAt + to);
        const parsed = JSON.parse(bytes.toString('utf8', textAt + from, textAt + to)) as unknown;
        if (!Array.isArray(parsed) || parsed.length !== Math.min(PAGE, s.strings - p * PAGE)) throw new Error(`text page ${p} is not a list of its texts`);
        page = parsed as string[];
        pages[p] = page;
      }
      const found = page[i - p * PAGE];
      if (typeof found !== 'string') throw new Error(`text ${i} is missing`);
      return found;
    };
    // Views of the file's bytes where they are aligned, a copy where they are not (a Buffer at an odd offset of a pool).
    const floats = (bytes.byteOffset + floatsAt) % 8 === 0
      ? new Float64Array(bytes.buffer, bytes.byteOffset + floatsAt, s.floats)
      : new Float64Array(bytes.buffer.slice(bytes.byteOffset + floatsAt, bytes.byteOffset + intsAt));
    const ints = (bytes.byteOffset + intsAt) % 4 === 0
      ? new Int32Array(bytes.buffer, bytes.byteOffset + intsAt, s.ints)
      : new Int32Array(bytes.buffer.slice(bytes.byteOffset + intsAt, bytes.byteOffset + stringsAt));
    const body = { floats, ints, text };
    this.bodies[g] = body;
    return body;
  }

  /**
   * Entry e's place, and where its numbers end (ints, floats): the start of the next entry of its segment when that
   * lies after it (the writer lays a segment's entries in order), else the segment's end (more to check, never
   * less); a rejected record has no floats. Its bytes checked: what decoding it reads.
   */
  place(e: number): { body: Body; ii: number; fi: number; iiEnd: number; fiEnd: number } {
    const { g, ii, fi, iiEnd, fiEnd } = this.span(e);
    const s = this.head.segments[g]!;
    const body = this.body(g);
    this.check(g, fi * 8, fiEnd * 8);
    this.check(g, s.floats * 8 + ii * 4, s.floats * 8 + iiEnd * 4);
    return { body, ii, fi, iiEnd, fiEnd };
  }

  /** Entry e's segment and the numbers `place` checks for it (read from the index alone). */
  private span(e: number): { g: number; ii: number; fi: number; iiEnd: number; fiEnd: number } {
    if (!(e >= 0 && e < this.head.entries)) throw new Error(`entry ${e} is not in the file`);
    const { places } = this;
    const g = places[3 * e]!;
    const ii = places[3 * e + 1]!;
    const fi = places[3 * e + 2]!;
    const s = this.head.segments[g];
    if (s === undefined || !(ii >= 0 && ii < s.ints && fi >= 0 && fi <= s.floats)) throw new Error(`entry ${e} lies outside the blocks`);
    const rejected = Number.isNaN(this.times[2 * e]!);
    let iiEnd = s.ints;
    let fiEnd = rejected ? fi : s.floats;
    for (let k = e + 1; k < this.head.entries; k++) {
      if (places[3 * k] !== g) continue;
      if (places[3 * k + 1]! > ii) iiEnd = places[3 * k + 1]!;
      if (!rejected && places[3 * k + 2]! > fi) fiEnd = places[3 * k + 2]!;
      break;
    }
    return { g, ii, fi, iiEnd, fiEnd };
  }

  /**
   * The parts of the file (position, length) that `lazily(indices)` checks and reads, as the pieces their digests
   * cover: each entry's numbers and the texts of its segment. Read from the index alone.
   */
  partsFor(indices: readonly number[]): { position: number; length: number }[] {
    const pieces = new Set<number>();
    const mark = (g: number, from: number, to: number) => {
      for (let c = Math.floor(from / CHUNK); c * CHUNK < to; c++) pieces.add(g * 2 ** 32 + c);
    };
    const segments = new Set<number>();
    for (const e of indices) {
      const { g, ii, fi, iiEnd, fiEnd } = this.span(e);
      const s = this.head.segments[g]!;
      mark(g, fi * 8, fiEnd * 8);
      mark(g, s.floats * 8 + ii * 4, s.floats * 8 + iiEnd * 4);
      segments.add(g);
    }
    for (const g of segments) {
      const s = this.head.segments[g]!;
      mark(g, s.floats * 8 + s.ints * 4, segmentSize(s));
    }
    const parts: { position: number; length: number }[] = [];
    for (const piece of [...pieces].sort((a, b) => a - b)) {
      const g = Math.floor(piece / 2 ** 32);
      const c = piece % 2 ** 32;
      const position = this.starts[g]! + c * CHUNK;
      const end = Math.min(position + CHUNK, this.starts[g]! + segmentSize(this.head.segments[g]!));
      const last = parts.at(-1);
      if (last !== undefined && last.position + last.length === position) last.length += end - position;
      else parts.push({ position, length: end - position });
    }
    return parts;
  }

  /**
   * Checks segment `g`'s text pages whole: a lazy reader gives its entries after its caller's try has returned, so
   * every byte an entry may decode is checked before any is given.
   */
  checkTexts(g: number): void {
    const s = this.head.segments[g]!;
    this.check(g, s.floats * 8 + s.ints * 4, segmentSize(s));
  }

  /** Checks segment `g` whole. */
  checkSegment(g: number): void {
    this.check(g, 0, segmentSize(this.head.segments[g]!));
  }

  decode(e: number): TicketEntry {
    const { body, ii, fi, iiEnd, fiEnd } = this.place(e);
    const one = decodeOne(body, e, ii, fi);
    if (one.ii > iiEnd || one.fi > fiEnd) throw new Error(`entry ${e} runs past its place (damaged)`);
    return one.entry;
  }

  /** The segments' bytes as they are, for a patch. */
  segmentBytes(): Buffer {
    return this.bytes.subarray(this.starts[0] ?? 0, indexAt(this.head, bodyAt(this.bytes)));
  }
}

/** A cache file opened (its index checked, the rest as it is read): its entries, decoded as asked. */
export interface OpenedFacts {
  /** Every entry, in order. */
  entries(): TicketEntry[];
  /** Some entries, by index, each from its kept position. */
  entriesAt(indices: readonly number[]): Map<number, TicketEntry>;
  /** The same, each decoded when asked for and not kept (`entriesAtLazily`); every index and its bytes checked first. */
  lazily(indices: readonly number[]): ReadonlyMap<number, TicketEntry>;
  /** Each entry's creation and last event without decoding it (NaN for a rejected record). */
  times(): { createdMs: Float64Array; lastEventMs: Float64Array };
  /**
   * The cache file of a new version of the day, without decoding what did not change: entry n of the new version is
   * entry `from[n]` of this file (its numbers stay where they are), or, where `from[n]` is -1, the next of `added`
   * (one more segment, after the others, which are copied as they are with their digests). `summary`: the new
   * version's.
   */
  patched(from: Int32Array, added: readonly TicketEntry[] | EncodedEntries, summary: EntriesSummary, header: HeaderStat): Buffer;
}

/**
 * Entries encoded elsewhere (`encodeEntries` on another thread: changed-days-thread.ts), decoded, with their segment
 * as it was encoded, so `patched` appends those bytes rather than encoding the entries again.
 */
export interface EncodedEntries { entries: TicketEntry[]; segment: Segment | null }

/** A whole cache file of entries (`encodeEntries`, with their tickets), decoded, every byte checked. Throws a message when it is not one. */
export function decodeEncoded(bytes: Buffer): EncodedEntries {
  const head = readHeader(bytes);
  if (typeof head === 'string') throw new Error(head);
  if (head.segments.length !== 1) throw new Error('not one segment of entries');
  const body = new CheckedBody(bytes, head);
  const entries = Array.from({ length: head.entries }, (_, e) => body.decode(e));
  body.checkSegment(0);
  const at = new Int32Array(head.entries * 2);
  for (let e = 0; e < head.entries; e++) {
    at[2 * e] = body.places[3 * e + 1]!;
    at[2 * e + 1] = body.places[3 * e + 2]!;
  }
  // The same bytes `segmentOf(entries)` makes (it is what made them), its digests with them.
  return { entries, segment: entries.length === 0 ? null : { bytes: Buffer.from(body.segmentBytes()), head: head.segments[0]!, at } };
}

/** Opens a cache file's body. Throws a message when the bytes do not hold what the header says (the caller rebuilds the day). */
export const openFacts = (function openFacts(bytes: Buffer, head: CacheHeader): OpenedFacts {
  const body = new CheckedBody(bytes, head);
  return {
    entries: () => Array.from({ length: head.entries }, (_, e) => body.decode(e)),
    entriesAt(indices) {
      const out = new Map<number, TicketEntry>();
      for (const e of indices) out.set(e, body.decode(e));
      return out;
    },
    lazily(indices) {
      for (const e of indices) body.place(e);
      for (const g of new Set(indices.map((e) => body.places[3 * e]!))) body.checkTexts(g);
      return new LazyEntries(indices, (e) => body.decode(e));
    },
    times() {
      const createdMs = new Float64Array(head.entries);
      const lastEventMs = new Float64Array(head.entries);
      for (let e = 0; e < head.entries; e++) {
        createdMs[e] = body.times[2 * e]!;
        lastEventMs[e] = body.times[2 * e + 1]!;
      }
      return { createdMs, lastEventMs };
    },
    patched(from, given, summary, header) {
      const encoded = 'segment' in given ? given : null;
      const added = encoded?.entries ?? (given as readonly TicketEntry[]);
      const segment = encoded !== null ? encoded.segment : added.length > 0 ? segmentOf(added) : null;
      const g = head.segments.length;
      const index = indexBlock(from.length);
      let next = 0;
      for (let n = 0; n < from.length; n++) {
        const e = from[n]!;
        if (e >= 0) {
          if (!(e < head.entries)) throw new Error(`entry ${e} is not in the file`);
          index.times.set(body.times.subarray(2 * e, 2 * e + 2), 2 * n);
          index.places.set(body.places.subarray(3 * e, 3 * e + 3), 3 * n);
          continue;
        }
        const k = next++;
        if (segment === null || k >= added.length) throw new Error('patched: every added entry must have its place');
        placeAt(index, n, added[k]!, g, segment.at[2 * k]!, segment.at[2 * k + 1]!);
      }
      if (next !== added.length) throw new Error('patched: every added entry must have its place');
      const segments = segment === null ? [...head.segments] : [...head.segments, segment.head];
      const parts = segment === null ? [body.segmentBytes()] : [body.segmentBytes(), segment.bytes];
      return fileOf(parts, segments, index.bytes, { ...header, entries: from.length, kept: true, appended: head.appended + added.length, summary });
    },
  };
});

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
 * lives through the young generation's collections, each of which copies it. Every index, and the bytes its entry
 * lies in, is checked against the digests before any entry is given, as `decodeEntriesAt` does.
 */
export function entriesAtLazily(bytes: Buffer, head: CacheHeader, indices: readonly number[]): ReadonlyMap<number, TicketEntry> {
  return openFacts(bytes, head).lazily(indices);
}

/**
 * Some entries of a cache file, read in part (`read`: the file's bytes at these parts, shorter past its end, null when
 * it is gone) where `entriesAtLazily` and `decodeEntriesAt` take the whole file: the header (`first`, the bytes read
 * from its start), the index, then only the pieces the entries' numbers lie in and the texts of their segments. A
 * night reads a few live tickets of each of 180 days: whole, that was every cache file, 1.2 MB a day at 1M tickets.
 * Each piece is checked against its digest before any of it is read, as when the file is read whole. The buffer is
 * not zeroed (zeroing 1.2 MB a day cost more than the reads it saves): a part not read is never read either, since
 * every read of the body goes through `check` first (a piece not read does not match its digest and is refused), and
 * an entry whose numbers matched their digests decodes within them. Throws as they do (the caller reads the day again).
 */
export async function entriesInPart(
  first: Buffer, head: CacheHeader, indices: readonly number[], read: (parts: readonly { position: number; length: number }[], into: Buffer) => Promise<Buffer[] | null>,
  mode: 'lazily' | 'at',
): Promise<ReadonlyMap<number, TicketEntry>> {
  if (head.kept !== true) throw new Error('its tickets were not kept (nothing in them could change a number when it was cached)');
  const at = bodyAt(first);
  const size = sizeOf(head, at);
  const index = indexAt(head, at);
  // The file's bytes where the parts are read into (`read` puts them in place where it can: atomic-write.ts
  // `readParts`), and one byte more for the index's read.
  const room = Buffer.allocUnsafe(size + 1);
  const bytes = room.subarray(0, size);
  first.copy(bytes, 0, 0, Math.min(at, first.length));
  // The index, and one byte more: a file longer than its header says is refused, as when it is read whole.
  const [indexBytes] = (await read([{ position: index, length: size - index + 1 }], room)) ?? [];
  if (indexBytes === undefined || indexBytes.length !== size - index) throw new Error(indexBytes === undefined ? 'file missing' : indexBytes.length < size - index ? 'file cut off' : 'file longer than its header says');
  if (!inPlace(indexBytes, room, index)) indexBytes.copy(bytes, index);
  const body = new CheckedBody(bytes, head);
  const parts = body.partsFor(indices);
  const pieces = parts.length === 0 ? [] : await read(parts, room);
  if (pieces === null) throw new Error('file missing');
  parts.forEach((part, k) => {
    const piece = pieces[k]!;
    if (piece.length !== part.length) throw new Error('file cut off');
    if (!inPlace(piece, room, part.position)) piece.copy(bytes, part.position);
  });
  if (mode === 'at') {
    const out = new Map<number, TicketEntry>();
    for (const e of indices) out.set(e, body.decode(e));
    return out;
  }
  for (const e of indices) body.place(e);
  for (const g of new Set(indices.map((e) => body.places[3 * e]!))) body.checkTexts(g);
  return new LazyEntries(indices, (e) => body.decode(e));
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
