// The live tickets' entries a day's counters keep (day-counters-file.ts, its `live` block): what a night reads one by
// one on a day that did not change, without the day's facts file. Written as a facts cache file of their own
// (facts-cache-format.ts), with its digests, its header naming the facts they were made from; read whole and checked
// byte by byte, refused when cut, damaged or made from other facts (the caller makes the counters again).

import type { TicketEntry } from '../engine/ticket-entries.ts';
import { readFileParts, type StoreFileSystem } from './atomic-write.ts';
import type { KeptCounters } from './day-counters-file.ts';
import { decodeEncoded, encodeEntries, readHeader as readFactsHeader } from './facts-cache-format.ts';

/** The live tickets' entries (`entries[k]` is live ticket `dc.live[k]`) as the counters keep them: made from `facts`. */
export function liveEntriesBytes(entries: readonly TicketEntry[], facts: string, madeAtMs: number): Buffer {
  return encodeEntries(entries, { sha256: facts, files: [], madeMs: madeAtMs });
}

/** The bytes of the live block of counters read from `file` (`kept`), as they are; null when they keep none. */
export async function liveBlockOf(fs: StoreFileSystem, file: string, kept: KeptCounters): Promise<Buffer | null> {
  const place = kept.header.liveEntries;
  if (place === undefined || place === null) return null;
  const read = await readFileParts(fs, file, [{ position: place.at, length: place.length }]);
  return read?.[0] ?? Buffer.alloc(0);
}

/**
 * The entries `indices` (ascending): those in `live` from it (which may hold more), the others from `rest`. A map of
 * its own rather than one filled from both: `rest` decodes each entry when it is asked for (facts-cache-format.ts
 * `entriesAtLazily`), and a night places each once.
 */
export function joinedEntries(indices: readonly number[], live: ReadonlyMap<number, TicketEntry>, rest: ReadonlyMap<number, TicketEntry> | null): ReadonlyMap<number, TicketEntry> {
  return rest === null && indices.length === live.size ? live : new JoinedEntries(indices, live, rest);
}

class JoinedEntries implements ReadonlyMap<number, TicketEntry> {
  private readonly indices: ReadonlySet<number>;
  private readonly live: ReadonlyMap<number, TicketEntry>;
  private readonly rest: ReadonlyMap<number, TicketEntry> | null;
  constructor(indices: readonly number[], live: ReadonlyMap<number, TicketEntry>, rest: ReadonlyMap<number, TicketEntry> | null) {
    this.indices = new Set(indices);
    this.live = live;
    this.rest = rest;
  }
  get size(): number {
    return this.indices.size;
  }
  has(index: number): boolean {
    return this.indices.has(index);
  }
  get(index: number): TicketEntry | undefined {
    return this.indices.has(index) ? this.live.get(index) ?? this.rest?.get(index) : undefined;
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
 * The live tickets' entries the counters keep (by index in the day), every byte checked against its digests; null
 * when they keep none. Throws when the block is cut, damaged, or not the live tickets of these counters' facts (the
 * caller reads them from the facts file instead).
 */
export async function readLiveEntries(fs: StoreFileSystem, file: string, kept: KeptCounters): Promise<Map<number, TicketEntry> | null> {
  const place = kept.header.liveEntries;
  if (place === undefined || place === null) return null;
  if (!Number.isSafeInteger(place.at) || !Number.isSafeInteger(place.length) || place.at < 0 || place.length < 0) throw new Error('its live block lies outside the file');
  const block = await liveBlockOf(fs, file, kept);
  if (block === null || block.length !== place.length) throw new Error('its live block is cut off');
  const head = readFactsHeader(block);
  if (typeof head === 'string') throw new Error(`its live block: ${head}`);
  if (head.sha256 !== kept.header.facts) throw new Error('its live block was made from other facts');
  let entries: TicketEntry[];
  try {
    ({ entries } = decodeEncoded(block));
  } catch (error) {
    throw new Error(`its live block: ${(error as Error).message}`);
  }
  const live = kept.dc.live;
  if (entries.length !== live.length) throw new Error('its live block does not hold its live tickets');
  return new Map(live.map((i, k) => [i, entries[k]!]));
}
