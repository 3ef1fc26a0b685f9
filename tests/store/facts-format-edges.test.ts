// Facts format 4 at its edges: an empty day, text pages of exactly 256 and 257 texts, entries across 64 KiB pieces,
// and a patch on such files (the previous segments copied with their digests): every entry decodes to itself.

import { describe, expect, it } from 'vitest';
import { summariseEntries, ticketEntry } from '../../scripts/engine/ticket-entries.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { decodeEntries, decodeEntriesAt, encodeEntries, entriesAtLazily, openFacts, readHeader } from '../../scripts/store/facts-cache-format.ts';

const STAT = { sha256: 'x', files: [{ name: 'x.ndjson', size: 1, mtimeNs: '1', ino: '1' }], mark: '1' };
const headOf = (bytes: Buffer) => {
  const head = readHeader(bytes);
  if (typeof head === 'string') throw new Error(head);
  return head;
};
const sample = (count: number) => [...generateSampleTickets({ count, days: 30, seed: 3, now: new Date('2026-11-05T06:00:00Z') })].slice(0, count).map(ticketEntry);

describe('facts format 4 at its edges', () => {
  it('an empty day, and a patch that adds to it', () => {
    const empty = encodeEntries([], STAT);
    expect(decodeEntries(empty, headOf(empty))).toEqual([]);
    expect([...entriesAtLazily(empty, headOf(empty), [])]).toEqual([]);
    const added = sample(3);
    const patched = openFacts(empty, headOf(empty)).patched(Int32Array.from([-1, -1, -1]), added, summariseEntries(added), STAT);
    expect(decodeEntries(patched, headOf(patched))).toEqual(added);
    // And back to empty.
    const none = openFacts(patched, headOf(patched)).patched(new Int32Array(0), [], summariseEntries([]), STAT);
    expect(decodeEntries(none, headOf(none))).toEqual([]);
  });

  for (const count of [255, 256, 257, 513, 3000]) {
    it(`${count} entries: whole, at the page and piece boundaries, lazily, and after a patch`, () => {
      const entries = sample(count);
      expect(entries.length).toBe(count);
      const bytes = encodeEntries(entries, STAT);
      const head = headOf(bytes);
      expect(decodeEntries(bytes, head)).toEqual(entries);
      const some = [...new Set([0, 1, 254, 255, 256, 257, 511, 512, count - 2, count - 1].filter((i) => i >= 0 && i < count))];
      expect([...decodeEntriesAt(bytes, head, some)]).toEqual(some.map((i) => [i, entries[i]]));
      expect([...entriesAtLazily(bytes, head, some)]).toEqual(some.map((i) => [i, entries[i]]));
      // A patch: every other entry changed (taken from another sample), the rest kept in place, one more at the end.
      const other = sample(count + 1);
      const from = Int32Array.from({ length: count + 1 }, (_, n) => (n < count && n % 2 === 0 ? n : -1));
      const added = [...from].flatMap((e, n) => (e < 0 ? [other[n]!] : []));
      const want = [...from].map((e, n) => (e >= 0 ? entries[e]! : other[n]!));
      const patched = openFacts(bytes, head).patched(from, added, summariseEntries(want), STAT);
      const ph = headOf(patched);
      expect(decodeEntries(patched, ph)).toEqual(want);
      const later = [...some, count];
      expect([...entriesAtLazily(patched, ph, later)]).toEqual(later.map((i) => [i, want[i]]));
      // Patched again: three segments.
      const again = openFacts(patched, ph).patched(Int32Array.from({ length: count + 1 }, (_, n) => (n === 1 ? -1 : n)), [entries[1]!], summariseEntries(want), STAT);
      const wantAgain = want.map((e, n) => (n === 1 ? entries[1]! : e));
      expect(decodeEntries(again, headOf(again))).toEqual(wantAgain);
    });
  }
});
