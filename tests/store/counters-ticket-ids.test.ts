// A counters file's ticket table keeps where each id's text starts (counters format 6), so a night decodes only the
// ids it asks for (`StoredIds`), and a changed day's counters copy the kept ids' bytes (`RemappedIds` of a stored
// table) rather than decoding and writing them again. Checked here: each id read back is the id written, whatever
// JSON escapes in it (a quote, a backslash, a control character, a lone surrogate, which UTF-8 would replace); the
// texts' lengths are the ones reckoned by hand; a table written from copied bytes is byte for byte the one written
// from the same ids as a list; offsets out of order, or not ending where the texts end, are refused even when their
// checksum is made to match.

import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { RemappedIds, type DayCounters, type TicketIds } from '../../scripts/engine/day-counters.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { encodeDayCounters, readDayCounters, readRowsOf, StoredIds } from '../../scripts/store/day-counters-file.ts';

const FACTS = 'f'.repeat(64);
/** Ids and the bytes of their texts as JSON writes them between quotes, reckoned by hand. */
const IDS: [string, number][] = [
  ['T-1', 3],
  ['', 0], // a rejected record's
  ['quote"d', 8], // \"
  ['back\\slash', 11], // \\
  ['é✓', 5], // 2 + 3 bytes of UTF-8
  ['lone \ud800 half', 16], // \ud800: six characters
  ['tab\there', 9], // \t
  ['\u2028', 3], // JSON leaves it as it is: 3 bytes of UTF-8
];

const dayOf = (ids: readonly string[]): DayCounters => ({
  madeAtMs: 0, oldUntilMs: 0, maxOldLastEventMs: null, maxSettledLastEventMs: null, entries: ids.length, live: [], recent: new Int32Array(0),
  recentLastEventMs: new Float64Array(0), recentCreatedMs: new Float64Array(0), recentFinalSolveMs: new Float64Array(0), created: null, rejected: [],
  tieOut: null, tickets: { ids: { length: ids.length, at: (i: number) => ids[i] }, codes: new Int32Array(ids.length).fill(5) }, teams: [], units: new Map(),
});

const dir = await mkdtemp(path.join(tmpdir(), 'counters-ids-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
let files = 0;

/** Writes `bytes` as a counters file and reads its ticket table back; the error's message when refused. */
async function tableOf(bytes: Buffer): Promise<{ codes: Int32Array; ids: TicketIds } | string> {
  const file = path.join(dir, `${files++}.counts`);
  await writeFile(file, bytes);
  const found = await readDayCounters(nodeStoreFileSystem, file, FACTS);
  if ('why' in found) return found.why;
  try {
    await readRowsOf(nodeStoreFileSystem, file, found.kept, new Map(), true);
  } catch (error) {
    return (error as Error).message;
  }
  return found.kept.dc.tickets!;
}

/**
 * The file with its header's text changed by `edit` and its digest made again over the new text (a header changed on
 * purpose, not damaged). The blocks stay where they are: the header has room after it (day-counters-file.ts).
 */
function reheaded(bytes: Buffer, edit: (text: string) => string): Buffer {
  const end = bytes.indexOf(10, 8);
  const text = bytes.toString('utf8', 8, end);
  const line = edit(text.slice(0, text.lastIndexOf(',"head":"')));
  const head = Buffer.from(`${line},"head":"${createHash('sha256').update(line, 'utf8').digest('hex')}"}\n`, 'utf8');
  const out = Buffer.from(bytes);
  out.fill(0, 8, end + 1);
  expect(8 + head.length).toBeLessThanOrEqual(headOf(bytes).main.at);
  head.copy(out, 8);
  return out;
}

const headOf = (bytes: Buffer) => JSON.parse(bytes.toString('utf8', 8, bytes.indexOf(10, 8))) as { format: number; main: { at: number }; tickets: { at: number; codes: number; offsets: number; ids: number; crc32: number } };

describe('the counters\' ticket ids, one by one', () => {
  it('each id read back is the id written; the texts are as long as reckoned', async () => {
    const ids = IDS.map(([id]) => id);
    const bytes = encodeDayCounters(dayOf(ids), FACTS);
    const head = headOf(bytes);
    expect(head.format).toBe(6);
    expect(head.tickets.codes).toBe(4 * IDS.length);
    expect(head.tickets.offsets).toBe(4 * (IDS.length + 1));
    expect(head.tickets.ids).toBe(IDS.reduce((n, [, length]) => n + length, 0));
    const offsets = new Int32Array(bytes.buffer.slice(bytes.byteOffset + head.tickets.at + head.tickets.codes, bytes.byteOffset + head.tickets.at + head.tickets.codes + head.tickets.offsets));
    expect(Array.from(offsets.subarray(1), (end, k) => end - offsets[k]!)).toEqual(IDS.map(([, length]) => length));
    const table = await tableOf(bytes);
    if (typeof table === 'string') throw new Error(table);
    expect(table.ids).toBeInstanceOf(StoredIds);
    expect(table.ids.length).toBe(IDS.length);
    // Backwards, and twice: each decoded alone, the same string each time.
    for (let k = IDS.length - 1; k >= 0; k--) expect(table.ids.at(k)).toBe(IDS[k]![0]);
    for (let k = 0; k < IDS.length; k++) expect(table.ids.at(k)).toBe(IDS[k]![0]);
    expect(table.ids.at(-1)).toBeUndefined();
    expect(table.ids.at(IDS.length)).toBeUndefined();
    expect(Array.from(table.codes)).toEqual(IDS.map(() => 5));
  });

  it('a table of kept ids (copied as bytes) and new ones is the one written from the same ids as a list', async () => {
    const stored = await tableOf(encodeDayCounters(dayOf(IDS.map(([id]) => id)), FACTS));
    if (typeof stored === 'string') throw new Error(stored);
    // Tonight's entries: the previous ones backwards with two gone (0 and 3), two new ones among them.
    const source = Int32Array.from([7, -1, 6, 5, 4, -2, 2, 1]);
    const added = ['new "one"', 'ñ-2'];
    const remapped = new RemappedIds(stored.ids, source, added);
    const asList = Array.from(source, (s) => (s >= 0 ? IDS[s]![0] : added[-1 - s]!));
    expect(Array.from({ length: remapped.length }, (_, j) => remapped.at(j))).toEqual(asList);
    const copied = encodeDayCounters({ ...dayOf(asList), tickets: { ids: remapped, codes: new Int32Array(asList.length).fill(5) } }, FACTS);
    expect(copied.equals(encodeDayCounters(dayOf(asList), FACTS))).toBe(true);
    const again = await tableOf(copied);
    if (typeof again === 'string') throw new Error(again);
    expect(Array.from({ length: asList.length }, (_, j) => again.ids.at(j))).toEqual(asList);
    // And a stored table written again is its own bytes.
    expect(encodeDayCounters({ ...dayOf(asList), tickets: again }, FACTS).equals(copied)).toBe(true);
    // Kept ids in runs (copied a run at a time): one new among them, two gone, the last ones kept.
    for (const [runs, news] of [[[0, 1, 2, -1, 3, 4, 5, 6, 7], ['mid']], [[1, 2, -1, -2, 5, 6, 7], ['x\\y', '']]] as const) {
      const list = runs.map((s) => (s >= 0 ? IDS[s]![0] : news[-1 - s]!));
      const table = { ids: new RemappedIds(stored.ids, Int32Array.from(runs), news), codes: new Int32Array(runs.length).fill(5) };
      expect(encodeDayCounters({ ...dayOf(list), tickets: table }, FACTS).equals(encodeDayCounters(dayOf(list), FACTS))).toBe(true);
    }
  });

  it('offsets that do not lie in order within the texts are refused, even under a matching checksum', async () => {
    const ids = IDS.map(([id]) => id);
    const bytes = encodeDayCounters(dayOf(ids), FACTS);
    const head = headOf(bytes);
    const offsetsAt = head.tickets.at + head.tickets.codes;
    /** The file with its offsets changed, the table's checksum and the header's digest made again to match. */
    const withOffsets = (change: (offsets: Int32Array) => void) => {
      const changed = Buffer.from(bytes);
      change(new Int32Array(changed.buffer, changed.byteOffset + offsetsAt, IDS.length + 1));
      const crc = crc32(changed.subarray(head.tickets.at, head.tickets.at + head.tickets.codes + head.tickets.offsets + head.tickets.ids)) | 0;
      const was = `"offsets":${head.tickets.offsets},"ids":${head.tickets.ids},"crc32":${head.tickets.crc32}}`;
      return tableOf(reheaded(changed, (text) => {
        expect(text.split(was).length).toBe(2);
        return text.replace(was, `"offsets":${head.tickets.offsets},"ids":${head.tickets.ids},"crc32":${crc}}`);
      }));
    };
    expect(await withOffsets(() => {})).not.toBeTypeOf('string');
    expect(await withOffsets((o) => { [o[2], o[3]] = [o[3]!, o[2]!]; })).toBe('its ticket table does not match its header');
    expect(await withOffsets((o) => { o[IDS.length] = o[IDS.length]! - 1; })).toBe('its ticket table does not match its header');
    expect(await withOffsets((o) => { o[0] = 1; })).toBe('its ticket table does not match its header');
    // Damage without a matching checksum: the checksum refuses it.
    const flipped = Buffer.from(bytes);
    flipped[offsetsAt + 9]! ^= 0x01;
    expect(await tableOf(flipped)).toBe('its ticket table does not match its digest (damaged)');
  });

  it('a file of format 5 (the ids as one JSON list) is not read', async () => {
    const bytes = encodeDayCounters(dayOf(['a', 'b']), FACTS);
    expect(await tableOf(Buffer.from(bytes.toString('latin1').replace('{"format":6,', '{"format":5,'), 'latin1'))).toBe('format 5, expected 6');
  });
});
