// The store's record of its day files' id order (day-range-record.ts) attacked: a day file the fetch just wrote,
// edited in place within the same clock tick (same size, same inode, the same mtime: a coarse timestamp), must not
// be trusted by its stat; a record that names the right stat with a wrong range (hostile, or from another store)
// is what the record trusts, and a range read from a sorted file's ends is what it holds.

import { mkdtemp, open, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { DayRangeRecord, dayRangeRecordFile } from '../../scripts/store/day-range-record.ts';
import { locateTickets } from '../../scripts/store/ticket-locations.ts';
import { openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { openTicket as ticket } from './open-ticket.ts';

let root: string;
let store: TicketStore;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'day-ranges-review-'));
  store = openTicketStore(root);
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const DAY = '2026-05-07';
/** The instant the fetch wrote the day file, as a filesystem with whole-second (or coarse-tick) mtimes keeps it. */
const WRITTEN = new Date('2026-06-01T03:00:00Z');
/** The file system's clock (day-range-record.ts `FileClock`) standing at `ms`: what a file written then gets as mtime. */
const fileClockAt = (ms: number) => async () => BigInt(ms) * 1_000_000n;

/** Rewrites `from` as `to` (same length) where it first occurs in `file`, in place: the same inode and size. */
async function editInPlace(file: string, from: string, to: string): Promise<void> {
  expect(to.length).toBe(from.length);
  const text = await readFile(file, 'latin1');
  const at = text.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  const handle = await open(file, 'r+');
  try { await handle.write(Buffer.from(to, 'latin1'), 0, to.length, at); } finally { await handle.close(); }
}

describe('a day file the fetch wrote, edited in place within the same clock tick', () => {
  it('is not trusted by its stat: the ticket the edit brought in is found (as git\'s racy rule, and the facts cache, would)', async () => {
    await store.mergeTickets(['46', '47', '48', '49', '50'].map((id) => ticket(id, `${DAY}T09:${id}:00Z`)));
    const file = store.dayFile(DAY);
    await utimes(file, WRITTEN, WRITTEN);
    // The fetch's commit notes what it wrote, a moment after writing it (staged-fetch.ts `commit`).
    // The fetch's commit takes its mark in the same tick of the coarse clock (staged-fetch.ts `commit`).
    const atCommit = await DayRangeRecord.open(nodeStoreFileSystem, root, fileClockAt(WRITTEN.getTime()));
    await atCommit.noteWritten(DAY, file, { kind: 'sorted', first: '46', last: '50' }, await atCommit.markNow());
    await atCommit.save([DAY]);
    // In the same tick (the mtime the filesystem keeps does not move), ticket 50 is renumbered 90 by hand: the
    // file is still sorted, with the same size and inode, and now ends at 90.
    await editInPlace(file, '"id":"50"', '"id":"90"');
    await utimes(file, WRITTEN, WRITTEN);
    // A night later, a deletion of 90 (or a move of it) looks for the day that holds it.
    const nextNight = await DayRangeRecord.open(nodeStoreFileSystem, root, fileClockAt(WRITTEN.getTime() + 86_400_000));
    const { holding } = await locateTickets(store, nodeStoreFileSystem, new Set(['90']), undefined, nextNight);
    expect(holding).toEqual(new Map([['90', [DAY]]]));
  });

  it('a day file written in its mark\'s tick and read whole by a lookup a day later is trusted from then on (one check, then none)', async () => {
    await store.mergeTickets(['46', '47', '48'].map((id) => ticket(id, `${DAY}T09:${id}:00Z`)));
    const file = store.dayFile(DAY);
    await utimes(file, WRITTEN, WRITTEN);
    const atCommit = await DayRangeRecord.open(nodeStoreFileSystem, root, fileClockAt(WRITTEN.getTime()));
    await atCommit.noteWritten(DAY, file, { kind: 'sorted', first: '46', last: '48' }, await atCommit.markNow());
    await atCommit.save([DAY]);
    const checked: number[] = [];
    for (let night = 1; night <= 3; night++) {
      const record = await DayRangeRecord.open(nodeStoreFileSystem, root, fileClockAt(WRITTEN.getTime() + night * 86_400_000));
      const { holding, cost } = await locateTickets(store, nodeStoreFileSystem, new Set(['47', '99']), undefined, record);
      expect(holding).toEqual(new Map([['47', [DAY]]]));
      await record.save([DAY]);
      checked.push(cost.daysChecked);
    }
    expect(checked).toEqual([1, 0, 0]);
  });
});

describe('a record damaged where it still parses', () => {
  it('one digit of a range changed (a flipped bit, a torn write of another version): refused whole, costing reads, not a ticket missed', async () => {
    await store.mergeTickets(['46', '47', '48', '49', '50'].map((id) => ticket(id, `${DAY}T09:${id}:00Z`)));
    await utimes(store.dayFile(DAY), WRITTEN, WRITTEN);
    const first = await DayRangeRecord.open(nodeStoreFileSystem, root, fileClockAt(WRITTEN.getTime() + 86_400_000));
    expect((await locateTickets(store, nodeStoreFileSystem, new Set(['50']), undefined, first)).holding).toEqual(new Map([['50', [DAY]]]));
    await first.save([DAY]);
    const file = dayRangeRecordFile(root);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('"last":"50"');
    // '5' (0x35) to '4' (0x34): one bit, and the JSON still parses, under the file's own stat.
    await writeFile(file, text.replace('"last":"50"', '"last":"40"'));
    const next = await DayRangeRecord.open(nodeStoreFileSystem, root, fileClockAt(WRITTEN.getTime() + 2 * 86_400_000));
    const { holding, cost } = await locateTickets(store, nodeStoreFileSystem, new Set(['50']), undefined, next);
    expect(holding).toEqual(new Map([['50', [DAY]]]));
    expect(cost.daysChecked).toBe(1);
  });
});
