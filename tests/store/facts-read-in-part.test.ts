// A few entries of a facts cache file read in part (facts-cache-format.ts entriesInPart): the header, the index and
// the pieces the entries lie in, never the whole file. Every entry decodes to itself, as from the whole file, over
// one segment and three (patched), at page and piece boundaries; far fewer bytes are read than the file holds; a
// damaged piece the entries lie in is refused, one they do not lie in is not read at all; a cut or longer file is
// refused as when it is read whole. And (checks, passing on main 887287b): a file replaced by another version of the
// day between the index read and the pieces read, and memory not zeroed that holds another version's bytes.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inPlace, nodeStoreFileSystem, readFileParts } from '../../scripts/store/atomic-write.ts';
import { summariseEntries, ticketEntry } from '../../scripts/engine/ticket-entries.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { bodyAt, encodeEntries, entriesInPart, openFacts, readHeader, sizeOf } from '../../scripts/store/facts-cache-format.ts';

const STAT = { sha256: 'x', files: [{ name: 'x.ndjson', size: 1, mtimeNs: '1', ino: '1' }], mark: '1' };
const headOf = (bytes: Buffer) => {
  const head = readHeader(bytes);
  if (typeof head === 'string') throw new Error(head);
  return head;
};
const sample = (count: number, seed = 3) => [...generateSampleTickets({ count, days: 30, seed, now: new Date('2026-11-05T06:00:00Z') })].slice(0, count).map(ticketEntry);

/** Reads parts of `file` as the store's positional reads do (shorter past the end), counting the bytes. */
function reader(file: Buffer) {
  const log = { bytes: 0 };
  const read = async (parts: readonly { position: number; length: number }[]) => parts.map((p) => {
    const piece = Buffer.from(file.subarray(Math.min(p.position, file.length), Math.min(p.position + p.length, file.length)));
    log.bytes += piece.length;
    return piece;
  });
  return { read, log };
}
const FIRST = 8 * 1024;

describe('facts read in part', () => {
  it('gives every asked entry as the whole file does, lazily and at once, and reads a fraction of the file', async () => {
    const entries = sample(3000);
    const bytes = encodeEntries(entries, STAT);
    const head = headOf(bytes);
    const some = [0, 1, 255, 256, 257, 1500, 2998, 2999];
    for (const mode of ['lazily', 'at'] as const) {
      const { read, log } = reader(bytes);
      const got = await entriesInPart(bytes.subarray(0, FIRST), head, some, read, mode);
      expect([...got]).toEqual(some.map((i) => [i, entries[i]]));
      expect(log.bytes).toBeLessThanOrEqual(bytes.length - FIRST);
    }
    // One entry: the index (28 bytes an entry), the segment's texts and the 64 KiB pieces its numbers lie in (one
    // of floats, one of ints, or two of each at a boundary), nothing else.
    const { read, log } = reader(bytes);
    expect((await entriesInPart(bytes.subarray(0, FIRST), head, [1500], read, 'at')).get(1500)).toEqual(entries[1500]);
    const segment = head.segments[0]!;
    const texts = (Math.ceil(segment.strings / 256) + 1) * 4 + segment.text;
    expect(log.bytes).toBeGreaterThan(3000 * 28 + texts);
    expect(log.bytes).toBeLessThanOrEqual(3000 * 28 + texts + 4 * 64 * 1024 + 8);
    expect(log.bytes).toBeLessThan(bytes.length * 0.6);
    // No entry: the index alone.
    expect([...await entriesInPart(bytes.subarray(0, FIRST), head, [], reader(bytes).read, 'lazily')]).toEqual([]);
  });

  it('reads the entries of a patched file (three segments) from whichever segment holds them', async () => {
    const entries = sample(600);
    const bytes = encodeEntries(entries, STAT);
    const other = sample(601, 9);
    const from = Int32Array.from({ length: 601 }, (_, n) => (n < 600 && n % 3 !== 0 ? n : -1));
    const want = [...from].map((e, n) => (e >= 0 ? entries[e]! : other[n]!));
    const patched = openFacts(bytes, headOf(bytes)).patched(from, [...from].flatMap((e, n) => (e < 0 ? [other[n]!] : [])), summariseEntries(want), STAT);
    const again = openFacts(patched, headOf(patched)).patched(Int32Array.from({ length: 601 }, (_, n) => (n === 4 ? -1 : n)), [entries[7]!], summariseEntries(want), STAT);
    const wantAgain = want.map((e, n) => (n === 4 ? entries[7]! : e));
    const some = [0, 3, 4, 5, 599, 600];
    const got = await entriesInPart(again.subarray(0, FIRST), headOf(again), some, reader(again).read, 'lazily');
    expect([...got]).toEqual(some.map((i) => [i, wantAgain[i]]));
  });

  it('refuses a damaged piece it reads, does not read one it does not need, and refuses a cut or longer file', async () => {
    const entries = sample(3000);
    const bytes = encodeEntries(entries, STAT);
    const head = headOf(bytes);
    const at = bodyAt(bytes);
    // A byte of the first piece of the body (entry 0's numbers) changed.
    const damaged = Buffer.from(bytes);
    damaged[at + 3] = damaged[at + 3]! ^ 0xff;
    await expect(entriesInPart(damaged.subarray(0, FIRST), head, [0], reader(damaged).read, 'at')).rejects.toThrow('damaged');
    // Entry 2999's numbers lie in other pieces: the damaged one is not read, the answer is exact.
    const last = await entriesInPart(damaged.subarray(0, FIRST), head, [2999], reader(damaged).read, 'at');
    expect(last.get(2999)).toEqual(entries[2999]);
    // A damaged index is refused whatever is asked.
    const index = Buffer.from(bytes);
    index[sizeOf(head, at) - 5] = index[sizeOf(head, at) - 5]! ^ 0xff;
    await expect(entriesInPart(index.subarray(0, FIRST), head, [2999], reader(index).read, 'lazily')).rejects.toThrow('damaged');
    await expect(entriesInPart(bytes.subarray(0, FIRST), head, [1], reader(bytes.subarray(0, bytes.length - 1)).read, 'at')).rejects.toThrow('file cut off');
    await expect(entriesInPart(bytes.subarray(0, FIRST), head, [1], reader(Buffer.concat([bytes, Buffer.from('x')])).read, 'at')).rejects.toThrow('file longer than its header says');
  });
  it('a file replaced between its index read and its pieces read, and memory that holds another version: never another version\'s entry (checks)', async () => {
    const entries = sample(3000);
    // Another version of the day, laid out alike: ticket 1500 answered a minute later (the same numbers' count, its
    // digests otherwise the same length), and its header the same length.
    const changed = entries.map((e, n) => (n === 1500 && 'replies' in e && e.replies.length > 0 ? { ...e, replies: e.replies.map((r, k) => (k === 0 ? { ...r, atMs: r.atMs + 60_000 } : r)) } : e));
    const v1 = encodeEntries(entries, STAT);
    const v2 = encodeEntries(changed, STAT);
    expect(v2.length).toBe(v1.length);
    expect(bodyAt(v2)).toBe(bodyAt(v1));
    expect(v2.equals(v1)).toBe(false);
    const head = headOf(v1);
    // Header and index of v1, every piece from v2: the piece that differs is refused; one the same in both is exact.
    const swapped = async (parts: readonly { position: number; length: number }[]) => (await reader(parts.length === 1 && parts[0]!.position >= sizeOf(head, bodyAt(v1)) - 3000 * 28 ? v1 : v2).read(parts));
    await expect(entriesInPart(v1.subarray(0, FIRST), head, [1500], swapped, 'at')).rejects.toThrow('damaged');
    expect((await entriesInPart(v1.subarray(0, FIRST), head, [2999], swapped, 'at')).get(2999)).toEqual(entries[2999]);
    // The memory the pieces are read into holds v2's bytes where nothing is read: entries come from what was read.
    const stale = Buffer.from(v2);
    const allocUnsafe = Buffer.allocUnsafe;
    // (The pieces are read into the file's size and one byte more: the index's read asks for a byte past its end.)
    const spy = vi.spyOn(Buffer, 'allocUnsafe').mockImplementation((size: number) => (size === stale.length + 1 ? Buffer.concat([stale, Buffer.from([0x2a])]) : allocUnsafe(size)));
    try {
      const got = await entriesInPart(v1.subarray(0, FIRST), head, [0, 1500, 2999], reader(v1).read, 'lazily');
      expect([...got]).toEqual([0, 1500, 2999].map((i) => [i, entries[i]]));
      expect(spy).toHaveBeenCalledWith(stale.length + 1);
    } finally {
      spy.mockRestore();
    }
    expect(entries[1500]).not.toEqual(changed[1500]);
  });

  it('reads each part in place with the store\'s positional reads (no copy), and refuses a cut or longer file as well', async () => {
    const entries = sample(3000);
    const bytes = encodeEntries(entries, STAT);
    const head = headOf(bytes);
    const dir = mkdtempSync(path.join(tmpdir(), 'facts-in-place-'));
    try {
      const file = path.join(dir, 'day.facts');
      const placed: boolean[] = [];
      const read = async (parts: readonly { position: number; length: number }[], into: Buffer) => {
        const pieces = await readFileParts(nodeStoreFileSystem, file, parts, into);
        if (pieces !== null) parts.forEach((part, k) => placed.push(inPlace(pieces[k]!, into, part.position)));
        return pieces;
      };
      writeFileSync(file, bytes);
      const some = [0, 1, 255, 256, 1500, 2999];
      for (const mode of ['lazily', 'at'] as const) expect([...await entriesInPart(bytes.subarray(0, FIRST), head, some, read, mode)]).toEqual(some.map((i) => [i, entries[i]]));
      expect(placed.length).toBeGreaterThan(2);
      expect(placed.every(Boolean)).toBe(true);
      writeFileSync(file, bytes.subarray(0, bytes.length - 1));
      await expect(entriesInPart(bytes.subarray(0, FIRST), head, [1], read, 'at')).rejects.toThrow('file cut off');
      writeFileSync(file, Buffer.concat([bytes, Buffer.from('x')]));
      await expect(entriesInPart(bytes.subarray(0, FIRST), head, [1], read, 'at')).rejects.toThrow('file longer than its header says');
      rmSync(file);
      await expect(entriesInPart(bytes.subarray(0, FIRST), head, [1], read, 'at')).rejects.toThrow('file missing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
