// The cache files' checksums are CRC-32 (facts format 7, counters format 6; facts-cache-format.ts says why): each
// 64 KiB piece of a facts file's segments and its index, and a counters file's main block, ticket table (codes, id
// offsets, ids) and each date's rows. Checked here: the checksums a file carries are the CRC-32 of exactly those bytes (reckoned bit by bit,
// apart from node:zlib), the damage they are there for is refused (a flipped bit anywhere, a piece torn by a crash,
// two pieces swapped), and a file of the previous formats (SHA-256 texts) is not read but made again.

import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ticketEntry } from '../../scripts/engine/ticket-entries.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { readDayCounters, readRowsOf } from '../../scripts/store/day-counters-file.ts';
import { bodyAt, decodeEntries, encodeEntries, readHeader, type CacheHeader } from '../../scripts/store/facts-cache-format.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { countersFileOf, factsOf } from './day-counters-read.ts';
import { fixtureNights } from './store-nights.ts';
import { crc32BitByBit } from './crc32-bit-by-bit.ts';

const STAT = { sha256: 'x', files: [{ name: 'x.ndjson', size: 1, mtimeNs: '1', ino: '1' }], mark: '1' };
const CHUNK = 64 * 1024;
const entries = [...generateSampleTickets({ count: 6000, days: 30, seed: 11, now: new Date('2026-11-05T06:00:00Z') })].map(ticketEntry);
const file = encodeEntries(entries, STAT);
const head = (() => {
  const h = readHeader(file);
  if (typeof h === 'string') throw new Error(h);
  return h;
})();
const at = bodyAt(file);
const segment = head.segments[0]!;
const segmentEnd = at + Math.ceil((segment.floats * 8 + segment.ints * 4 + (Math.ceil(segment.strings / 256) + 1) * 4 + segment.text) / 8) * 8;

const refused = (bytes: Buffer, h: CacheHeader = head) => () => decodeEntries(bytes, h);

describe('facts files: CRC-32 of each 64 KiB piece and of the index', () => {
  it('the checksums in the header are the CRC-32 of the pieces and of the index', () => {
    expect(head.format).toBe(7);
    expect(segment.digests.length).toBe(Math.ceil((segmentEnd - at) / CHUNK));
    expect(segment.digests.length).toBeGreaterThan(4);
    expect(segment.digests).toEqual(segment.digests.map((_, c) => crc32BitByBit(file.subarray(at + c * CHUNK, Math.min(at + (c + 1) * CHUNK, segmentEnd)))));
    expect(head.index).toBe(crc32BitByBit(file.subarray(segmentEnd)));
    expect(decodeEntries(file, head)).toEqual(entries);
  });

  it('a bit flipped anywhere in the body is refused', () => {
    // Every bit of one byte in each piece, and bytes spread over the whole body (pieces, the last short one, index).
    const positions = [...segment.digests.map((_, c) => at + c * CHUNK + 4093), ...Array.from({ length: 40 }, (_, k) => at + Math.floor(((file.length - at - 1) * k) / 39))];
    for (const position of positions) {
      for (const bit of position === positions[0] ? [0, 1, 2, 3, 4, 5, 6, 7] : [position % 8]) {
        const damaged = Buffer.from(file);
        damaged[position]! ^= 1 << bit;
        expect(refused(damaged), `bit ${bit} of byte ${position}`).toThrow('its content does not match its digest (damaged)');
      }
    }
  });

  it('a piece torn by a crash (its last 4 KiB never written: zeros), or two pieces swapped, is refused', () => {
    const torn = Buffer.from(file);
    torn.fill(0, at + 2 * CHUNK - 4096, at + 2 * CHUNK);
    expect(refused(torn)).toThrow('its content does not match its digest (damaged)');
    const swapped = Buffer.from(file);
    file.copy(swapped, at + CHUNK, at + 2 * CHUNK, at + 3 * CHUNK);
    file.copy(swapped, at + 2 * CHUNK, at + CHUNK, at + 2 * CHUNK);
    expect(refused(swapped)).toThrow('its content does not match its digest (damaged)');
  });

  it('a file of format 6 (SHA-256 texts for checksums) is not read: its day is made again', () => {
    const text = file.toString('latin1');
    const end = text.indexOf('\n', 8);
    const older = JSON.parse(text.slice(8, end)) as Record<string, unknown>;
    // As format 6 wrote it: the same fields, base64 SHA-256 texts for the pieces and a hex one for the index.
    const asSix = { ...older, format: 6, index: 'f'.repeat(64), segments: head.segments.map((g) => ({ ...g, digests: g.digests.map(() => 'A'.repeat(43) + '=') })) };
    const six = Buffer.concat([Buffer.from(`SSFACTS\n${JSON.stringify(asSix)}\n`, 'latin1'), file.subarray(end + 1)]);
    expect(readHeader(six)).toBe('format 6, expected 7');
    // And a format-7 header carrying texts where numbers belong is no file of this format either.
    const texts = Buffer.concat([Buffer.from(`SSFACTS\n${JSON.stringify({ ...asSix, format: 7 })}\n`, 'latin1'), file.subarray(end + 1)]);
    expect(readHeader(texts)).toBe('header lacks the block sizes');
  });
});

const NOW = new Date('2026-11-05T06:00:00Z');
let store: TicketStore;
let model: StandardsModel;
const { night } = fixtureNights('checksums-', () => [...generateSampleTickets({ count: 1500, days: 60, seed: 7, now: NOW })], (made) => ({ model, store } = made));

interface CountersHead { format: number; main: { at: number; floats: number; ints: number; crc32: number }; tickets: { at: number; codes: number; offsets: number; ids: number; crc32: number }; rows: { at: number; length: number } }

describe('counters files: CRC-32 of the main block, the ticket table and each date\'s rows', () => {
  it('the checksums are the CRC-32 of those bytes; a flipped bit in the rows or the ticket table (its id offsets too) is refused; a format-5 file is not read', { timeout: 120_000 }, async () => {
    void model;
    await night(NOW);
    // The day whose counters keep the most rows (measurements the night may read one by one).
    const headOf = (bytes: Buffer) => JSON.parse(bytes.toString('utf8', 8, bytes.indexOf(10, 8))) as CountersHead;
    let day = '';
    let most = -1;
    for (const d of await store.listDays()) {
      const length = headOf(await readFile(countersFileOf(store, d))).rows.length;
      if (length > most) [day, most] = [d, length];
    }
    const file = countersFileOf(store, day);
    const bytes = await readFile(file);
    const head = headOf(bytes);
    expect(head.format).toBe(6);
    const int32 = (n: number) => n | 0;
    expect(head.main.crc32).toBe(int32(crc32BitByBit(bytes.subarray(head.main.at, head.main.at + head.main.floats * 8 + head.main.ints * 4))));
    expect(head.tickets.crc32).toBe(int32(crc32BitByBit(bytes.subarray(head.tickets.at, head.tickets.at + head.tickets.codes + head.tickets.offsets + head.tickets.ids))));
    expect(head.rows.length).toBeGreaterThan(0);

    const facts = await factsOf(store, day);
    const readAll = async () => {
      const found = await readDayCounters(nodeStoreFileSystem, file, facts);
      if ('why' in found) return found.why;
      const all = new Map([...found.kept.dc.units].map(([key, unit]) => [key, new Set(unit.dates.map((d) => d.dn))]));
      try {
        await readRowsOf(nodeStoreFileSystem, file, found.kept, all, true);
      } catch (error) {
        return (error as Error).message;
      }
      return 'read';
    };
    expect(await readAll()).toBe('read');
    const damagedAt = async (position: number) => {
      const damaged = Buffer.from(bytes);
      damaged[position]! ^= 0x20;
      await writeFile(file, damaged);
      const why = await readAll();
      await writeFile(file, bytes);
      return why;
    };
    expect(await damagedAt(head.rows.at + Math.floor(head.rows.length / 2))).toBe('the rows of a date do not match their digest (damaged)');
    expect(await damagedAt(head.rows.at + head.rows.length - 1)).toBe('the rows of a date do not match their digest (damaged)');
    expect(await damagedAt(head.tickets.at + 1)).toBe('its ticket table does not match its digest (damaged)');
    // The id offsets (one int32 an entry, and the end), and the ids' texts.
    expect(head.tickets.offsets).toBeGreaterThan(8);
    expect(await damagedAt(head.tickets.at + head.tickets.codes + 5)).toBe('its ticket table does not match its digest (damaged)');
    expect(await damagedAt(head.tickets.at + head.tickets.codes + head.tickets.offsets - 2)).toBe('its ticket table does not match its digest (damaged)');
    expect(await damagedAt(head.tickets.at + head.tickets.codes + head.tickets.offsets + 1)).toBe('its ticket table does not match its digest (damaged)');
    expect(await damagedAt(head.main.at + 3)).toBe('its content does not match its digest (damaged)');
    const asFive = Buffer.from(bytes.toString('latin1').replace('{"format":6,', '{"format":5,'), 'latin1');
    await writeFile(file, asFive);
    expect(await readAll()).toBe('format 5, expected 6');
    await writeFile(file, bytes);
    expect(await readAll()).toBe('read');
  });
});
