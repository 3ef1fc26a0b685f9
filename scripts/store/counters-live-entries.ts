// The live tickets' entries a day's counters keep (day-counters-file.ts, its `live` block): what a night reads one by
// one on a day that did not change, without the day's facts file. Written as a facts cache file of their own
// (facts-cache-format.ts), with its digests, its header naming the facts they were made from; read whole and checked
// byte by byte, refused when cut, damaged or made from other facts (the caller makes the counters again).
// The `named` block keeps other tickets' entries the same way (the worst candidates, those read as they stood 7 days
// ago): read only when one of them is asked for, each piece checked before it is read, each entry decoded when taken.

import type { TicketEntry } from '../engine/ticket-entries.ts';
import { readFileParts, type StoreFileSystem } from './atomic-write.ts';
import type { KeptCounters } from './day-counters-file.ts';
import { bodyAt, encodeEntries, MAGIC as FACTS_MAGIC, openFacts, readHeader as readFactsHeader } from './facts-cache-format.ts';
import { firstAtLeast } from '../engine/sorted-search.ts';

/** The live tickets' entries (`entries[k]` is live ticket `dc.live[k]`) as the counters keep them: made from `facts` (no day file's stat: no mark). */
export function liveEntriesBytes(entries: readonly TicketEntry[], facts: string): Buffer {
  return encodeEntries(entries, { sha256: facts, files: [], mark: '0' });
}

/** The bytes of the live block of counters read from `file` (`kept`), as they are; null when they keep none. */
export const liveBlockOf = (async function liveBlockOf(fs: StoreFileSystem, file: string, kept: KeptCounters): Promise<Buffer | null> {
  const place = kept.header.liveEntries;
  if (place === undefined || place === null) return null;
  const read = await readFileParts(fs, file, [{ position: place.at, length: place.length }]);
  return read?.[0] ?? Buffer.alloc(0);
});

/** The named block of counters read from `file` (`kept`), as it is, with its tickets; null when they keep none. */
export async function namedBlockOf(fs: StoreFileSystem, file: string, kept: KeptCounters): Promise<{ tickets: number[]; bytes: Buffer } | null> {
  const place = kept.header.namedEntries;
  if (place === null) return null;
  const read = await readFileParts(fs, file, [{ position: place.at, length: place.length }]);
  return { tickets: Array.from(kept.named), bytes: read?.[0] ?? Buffer.alloc(0) };
}

/**
 * The entries `indices` (ascending), each from the first of `parts` that holds it (which may hold more). A map of its
 * own rather than one filled from all: a part decodes each entry when it is asked for (facts-cache-format.ts
 * `entriesAtLazily`), and a night places each once.
 */
export const joinedEntries = (function joinedEntries(indices: readonly number[], ...parts: (ReadonlyMap<number, TicketEntry> | null)[]): ReadonlyMap<number, TicketEntry> {
  const held = parts.filter((p) => p !== null);
  return held.length === 1 && indices.length === held[0]!.size ? held[0]! : new JoinedEntries(indices, held);
});

class JoinedEntries implements ReadonlyMap<number, TicketEntry> {
  private readonly indices: ReadonlySet<number>;
  private readonly parts: readonly ReadonlyMap<number, TicketEntry>[];
  constructor(indices: readonly number[], parts: readonly ReadonlyMap<number, TicketEntry>[]) {
    this.indices = new Set(indices);
    this.parts = parts;
  }
  get size(): number {
    return this.indices.size;
  }
  has(index: number): boolean {
    return this.indices.has(index);
  }
  get(index: number): TicketEntry | undefined {
    if (!this.indices.has(index)) return undefined;
    for (const part of this.parts) if (part.has(index)) return part.get(index);
    return undefined;
  }
  *keys(): MapIterator<number> {
    yield* this.indices;
  }
  *values(): MapIterator<TicketEntry> {
    for (const i of this.indices) yield this.get(i)!;
  }
  *entries(): MapIterator<[number, TicketEntry]> {
    for (const i of this.indices) yield [i, this.get(i)!];
  }
  [Symbol.iterator](): MapIterator<[number, TicketEntry]> {
    return this.entries();
  }
  forEach(callback: (value: TicketEntry, key: number, map: ReadonlyMap<number, TicketEntry>) => void): void {
    for (const i of this.indices) callback(this.get(i)!, i, this);
  }
}

/**
 * The live tickets' entries the counters keep (by index in the day), every byte checked against its digests before
 * any is given, each decoded when taken (a night counts each once: thousands held decoded at once would live through
 * the young generation's collections); null when they keep none. Throws when the block is cut, damaged, or not the
 * live tickets of these counters' facts (the caller reads them from the facts file instead).
 */
export const readLiveEntries = (async function readLiveEntries(fs: StoreFileSystem, file: string, kept: KeptCounters): Promise<ReadonlyMap<number, TicketEntry> | null> {
  const place = kept.header.liveEntries;
  if (place === undefined || place === null) return null;
  if (!Number.isSafeInteger(place.at) || !Number.isSafeInteger(place.length) || place.at < 0 || place.length < 0) throw new Error('its live block lies outside the file');
  const block = await liveBlockOf(fs, file, kept);
  if (block === null || block.length !== place.length) throw new Error('its live block is cut off');
  const head = readFactsHeader(block);
  if (typeof head === 'string') throw new Error(`its live block: ${head}`);
  if (head.sha256 !== kept.header.facts) throw new Error('its live block was made from other facts');
  const live = kept.dc.live;
  if (head.entries !== live.length || head.segments.length !== 1) throw new Error('its live block does not hold its live tickets');
  let lazily: ReadonlyMap<number, TicketEntry>;
  try {
    lazily = openFacts(block, head).lazily(live.map((_, k) => k));
  } catch (error) {
    throw new Error(`its live block: ${(error as Error).message}`);
  }
  return new NamedEntries(new Map(live.map((i, k) => [i, k])), lazily);
});

/**
 * A live or named block of the counters file `file` (at `place`), made from the facts `previousFacts` for the tickets
 * `was`, kept for counters made from them tonight whose block holds the tickets `now`: when each is one of `was`
 * moved (`oldToNew[was[k]] === now[k]`; null: not moved), its line unchanged (`oldToNew` says -1 otherwise), the
 * block holds tonight's entries as they are, and is the same bytes but for its header, made again for `facts`. The
 * bytes `liveEntriesBytes` would give, without decoding and encoding each entry; with the entries by index now,
 * decoded when taken. Null when the tickets differ, or the block cannot be read whole and checked (the caller
 * encodes the entries instead).
 */
export const unchangedBlock = (async function unchangedBlock(fs: StoreFileSystem, file: string, place: { at: number; length: number } | null | undefined, previousFacts: string, was: ArrayLike<number>, oldToNew: Int32Array | null, now: ArrayLike<number>, facts: string): Promise<{ bytes: Buffer; entries: ReadonlyMap<number, TicketEntry> } | null> {
  if (place === undefined || place === null || was.length !== now.length || now.length === 0) return null;
  for (let k = 0; k < now.length; k++) if ((oldToNew === null ? was[k]! : oldToNew[was[k]!]) !== now[k]) return null;
  if (!Number.isSafeInteger(place.at) || !Number.isSafeInteger(place.length) || place.at < 0 || place.length < 0) return null;
  const block = (await readFileParts(fs, file, [{ position: place.at, length: place.length }]))?.[0];
  if (block === undefined || block.length !== place.length) return null;
  const head = readFactsHeader(block);
  // Every field `liveEntriesBytes` writes checked, not only those a read needs: no digest covers the header (its
  // `appended`, a bit flipped, reads the same entries), and a copy would carry any damage into tonight's file.
  if (typeof head === 'string' || head.sha256 !== previousFacts || head.entries !== now.length || head.segments.length !== 1 || head.files.length !== 0 || head.mark !== '0' || head.kept !== true || head.appended !== 0) return null;
  // The header as `encodeEntries` writes it (its fields in their order, tonight's facts), then the body as it is.
  const headText = Buffer.from(`${FACTS_MAGIC}${JSON.stringify({ ...head, sha256: facts })}\n`, 'utf8');
  const body = block.subarray(bodyAt(block));
  const at = Math.ceil(headText.length / 8) * 8;
  const bytes = Buffer.alloc(at + body.length);
  headText.copy(bytes, 0);
  body.copy(bytes, at);
  const copied = readFactsHeader(bytes);
  if (typeof copied === 'string') return null;
  try {
    // Every byte checked against its digests before any entry is given, as a block read on a night is.
    const lazily = openFacts(bytes, copied).lazily(Array.from(now, (_, k) => k));
    return { bytes, entries: new NamedEntries(new Map(Array.from(now, (i, k) => [i, k])), lazily) };
  } catch {
    return null;
  }
});

/** Where a counters file keeps its named tickets' entries, and which tickets they are (ascending). */
export interface NamedPlace { at: number; length: number; tickets: Int32Array }

/** Whether the named block keeps ticket `i`. */
export const namedHas = (function namedHas(place: NamedPlace, i: number): boolean {
  return place.tickets[firstAtLeast(place.tickets, place.tickets.length, i)] === i;
});

/**
 * The entries of `indices` (each kept by the named block at `place` of `file`), decoded when taken: the block read
 * whole, its header and every piece those entries lie in checked first. Throws when it is cut, damaged or made from
 * other facts than `facts` (the caller reads them from the facts file).
 */
export const readNamedEntries = (async function readNamedEntries(fs: StoreFileSystem, file: string, place: NamedPlace, facts: string, indices: readonly number[]): Promise<ReadonlyMap<number, TicketEntry>> {
  if (!Number.isSafeInteger(place.at) || !Number.isSafeInteger(place.length) || place.at < 0 || place.length < 0) throw new Error('its named block lies outside the file');
  const read = await readFileParts(fs, file, [{ position: place.at, length: place.length + 1 }]);
  const block = read?.[0] ?? Buffer.alloc(0);
  if (block.length < place.length) throw new Error('its named block is cut off');
  if (block.length > place.length) throw new Error('its named block is followed by more bytes than its header says');
  const head = readFactsHeader(block);
  if (typeof head === 'string') throw new Error(`its named block: ${head}`);
  if (head.sha256 !== facts) throw new Error('its named block was made from other facts');
  if (head.entries !== place.tickets.length || head.segments.length !== 1) throw new Error('its named block does not hold its named tickets');
  const at = new Map<number, number>();
  for (const i of indices) {
    const k = firstAtLeast(place.tickets, place.tickets.length, i);
    if (place.tickets[k] !== i) throw new Error(`ticket ${i} is not in its named block`);
    at.set(i, k);
  }
  let lazily: ReadonlyMap<number, TicketEntry>;
  try {
    lazily = openFacts(block, head).lazily([...at.values()]);
  } catch (error) {
    throw new Error(`its named block: ${(error as Error).message}`);
  }
  return new NamedEntries(at, lazily);
});

/** Entries by their index in the day, taken from a block's own (by position in it): the live or the named one. */
class NamedEntries implements ReadonlyMap<number, TicketEntry> {
  private readonly at: ReadonlyMap<number, number>;
  private readonly block: ReadonlyMap<number, TicketEntry>;
  constructor(at: ReadonlyMap<number, number>, block: ReadonlyMap<number, TicketEntry>) {
    this.at = at;
    this.block = block;
  }
  get size(): number {
    return this.at.size;
  }
  has(index: number): boolean {
    return this.at.has(index);
  }
  get(index: number): TicketEntry | undefined {
    const k = this.at.get(index);
    return k === undefined ? undefined : this.block.get(k);
  }
  *keys(): MapIterator<number> {
    yield* this.at.keys();
  }
  *values(): MapIterator<TicketEntry> {
    for (const i of this.at.keys()) yield this.get(i)!;
  }
  *entries(): MapIterator<[number, TicketEntry]> {
    for (const i of this.at.keys()) yield [i, this.get(i)!];
  }
  [Symbol.iterator](): MapIterator<[number, TicketEntry]> {
    return this.entries();
  }
  forEach(callback: (value: TicketEntry, key: number, map: ReadonlyMap<number, TicketEntry>) => void): void {
    for (const i of this.at.keys()) callback(this.get(i)!, i, this);
  }
}
