// Finding which stored days hold a ticket by the days' id ranges (ticket-locations.ts): the first and last id of
// each day file, from the store's record of the day files it has read whole (day-range-record.ts), a stat a day;
// only a day whose range takes in an id, or whose file the record has not seen as it is now, is read whole.

import { execFileSync } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../scripts/model/model.ts';
import { nodeStoreFileSystem, shownPath, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { storedTicketReader } from '../../scripts/store/stored-tickets.ts';
import { DayRangeRecord, dayRangeRecordFile } from '../../scripts/store/day-range-record.ts';
import { DayRanges, locateTickets, storedDayRanges } from '../../scripts/store/ticket-locations.ts';
import { ticketLine } from '../../scripts/store/ticket-lines.ts';
import { openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { ageStoreFiles } from './store-snapshot.ts';

let root: string;
let store: TicketStore;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'locations-'));
  store = openTicketStore(root);
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

function ticket(id: string, created: string, extra: Partial<Ticket> = {}): Ticket {
  return { id, created, updated: created, priority: 'normal', channel: 'email', status: 'open', tags: [], replies: [], statusChanges: [{ at: created, status: 'open' }], ...extra };
}

/** 20 days of 5 tickets each, numbered as a helpdesk numbers them: day d holds 5d+1 … 5d+5. */
async function numberedStore(): Promise<string[]> {
  const tickets: Ticket[] = [];
  for (let d = 0; d < 20; d++) {
    const day = new Date(Date.UTC(2026, 4, 1 + d, 9)).toISOString();
    for (let k = 1; k <= 5; k++) tickets.push(ticket(String(5 * d + k), day));
  }
  await store.mergeTickets(tickets);
  return store.listDays();
}

/** Every day file checked and recorded (day-range-record.ts), as a fetch does and saves with its commit. */
async function recordDays(): Promise<number> {
  const record = await DayRangeRecord.open(nodeStoreFileSystem, root);
  const { cost } = await storedDayRanges(store, nodeStoreFileSystem, undefined, record);
  await record.save(await store.listDays());
  return cost.daysChecked;
}

/** The node file system, counting the whole-file reads of day files. */
function counting(): { fs: StoreFileSystem; wholeReads: string[] } {
  const wholeReads: string[] = [];
  return {
    wholeReads,
    fs: { ...nodeStoreFileSystem, async readFile(file) { if (file.endsWith('.ndjson')) wholeReads.push(path.basename(file, '.ndjson')); return nodeStoreFileSystem.readFile(file); } },
  };
}

describe('the days holding tickets, by their id ranges', () => {
  it('reads no day whole for ids past every stored one, and only the day whose range takes in an id (the record made once)', async () => {
    const days = await numberedStore();
    await ageStoreFiles(root);
    const { fs, wholeReads } = counting();
    const counted = openTicketStore(root, { fs });
    // No record yet: every day read whole once, its order checked.
    expect(await locateTickets(counted, fs, new Set(['101']))).toEqual({ holding: new Map(), cost: { rangesRead: 20, daysRead: 0, daysChecked: 20 }, unordered: [] });
    expect(await recordDays()).toBe(20);
    wholeReads.length = 0;
    expect(await locateTickets(counted, fs, new Set(['101', '250']))).toEqual({ holding: new Map(), cost: { rangesRead: 20, daysRead: 0, daysChecked: 0 }, unordered: [] });
    expect(wholeReads).toEqual([]);
    // 47 is on day 9 (46–50), 3 on day 0; 1000 nowhere.
    expect(await locateTickets(counted, fs, new Set(['47', '3', '1000']))).toEqual({ holding: new Map([['3', [days[0]!]], ['47', [days[9]!]]]), cost: { rangesRead: 20, daysRead: 2, daysChecked: 0 }, unordered: [] });
    expect(wholeReads).toEqual([days[0], days[9]]);
  });

  it('a day file rewritten out of order after it was recorded is read whole again, and every ticket in it found', async () => {
    const days = await numberedStore();
    await ageStoreFiles(root);
    await recordDays();
    // Day 9 (46–50) as a hand edit leaves it: 48 first and 49 last, 46 and 47 between them.
    const file = store.dayFile(days[9]!);
    const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
    await writeFile(file, [lines[2], lines[0], lines[4], lines[1], lines[3]].map((l) => `${l}\n`).join(''));
    const past = new Date('2021-01-01T00:00:00Z');
    await utimes(file, past, past);
    const { fs, wholeReads } = counting();
    const found = await locateTickets(openTicketStore(root, { fs }), fs, new Set(['46', '47']));
    expect(found).toEqual({ holding: new Map([['46', [days[9]!]], ['47', [days[9]!]]]), cost: { rangesRead: 20, daysRead: 1, daysChecked: 1 }, unordered: [{ day: days[9]!, line: 2, problem: 'ticket "46" after "48" (a day file is sorted by id)' }] });
    // Recorded as out of order: the next lookup reads it whole without checking it again, whatever the id.
    expect(await recordDays()).toBe(1);
    wholeReads.length = 0;
    const next = await locateTickets(openTicketStore(root, { fs }), fs, new Set(['2']));
    expect(next.cost).toEqual({ rangesRead: 20, daysRead: 2, daysChecked: 0 });
    expect(wholeReads).toEqual([days[0], days[9]]);
  });

  it('a day file not older than the record\'s mark (its file time taken before the read) is not trusted by its stat (a coarse clock\'s tick)', async () => {
    await numberedStore();
    // Dated past any mark the lookups take (as a write in the tick of the read is dated in it): read whole each time.
    const later = new Date('2100-01-01T00:00:00Z');
    for (const day of await store.listDays()) await utimes(store.dayFile(day), later, later);
    expect([await recordDays(), await recordDays()]).toEqual([20, 20]);
  });

  it('a damaged record costs reads, never a wrong answer', async () => {
    const days = await numberedStore();
    await ageStoreFiles(root);
    await recordDays();
    const record = JSON.parse(await readFile(dayRangeRecordFile(root), 'utf8')) as { days: Record<string, unknown[]> };
    expect(record.days[days[9]!]![5]).toEqual({ kind: 'sorted', first: '46', last: '50' });
    const oneDamaged = JSON.stringify({ ...record, days: { ...record.days, [days[9]!]: ['x'] } });
    const checked: number[] = [];
    for (const text of ['{"format":1,"days":', oneDamaged, JSON.stringify({ ...record, format: 99 })]) {
      await writeFile(dayRangeRecordFile(root), text);
      const { holding, cost } = await locateTickets(store, nodeStoreFileSystem, new Set(['47']));
      expect(holding).toEqual(new Map([['47', [days[9]!]]]));
      checked.push(cost.daysChecked);
    }
    // One entry damaged: the record's digest refuses it whole (a damage that still parses could name a wrong range).
    expect(checked).toEqual([20, 20, 20]);
  });

  it('a named pipe in place of the record: not read (nothing waits on it), and replaced by the next save', async () => {
    await numberedStore();
    await ageStoreFiles(root);
    await mkdir(path.dirname(dayRangeRecordFile(root)), { recursive: true });
    execFileSync('mkfifo', [dayRangeRecordFile(root)]);
    expect(await recordDays()).toBe(20);
    expect(lstatSync(dayRangeRecordFile(root)).isFile()).toBe(true);
    expect(await recordDays()).toBe(0);
  });

  it('a source\'s reader of stored tickets by id reads only the days that can hold them', async () => {
    const days = await numberedStore();
    await ageStoreFiles(root);
    await recordDays();
    const { fs, wholeReads } = counting();
    const found = await storedTicketReader(openTicketStore(root, { fs }), fs).anywhere(new Set(['52', '99', '777']));
    expect([...found.keys()].sort()).toEqual(['52', '99']);
    expect(wholeReads).toEqual([days[10], days[19]]);
  });

  it('a source\'s reader finds a ticket in the middle of a day file out of order (a helpdesk update applied to it, not lost)', async () => {
    await store.mergeTickets([ticket('5', '2026-05-01T09:00:00Z'), ticket('6', '2026-05-01T09:30:00Z'), ticket('7', '2026-05-01T10:00:00Z'), ticket('9', '2026-05-02T10:00:00Z')]);
    const file = store.dayFile('2026-05-01');
    await writeFile(file, ['6', '5', '7'].map((id) => `${ticketLine(ticket(id, '2026-05-01T09:00:00Z'))}\n`).join(''));
    const found = await storedTicketReader(store).anywhere(new Set(['5']));
    expect([...found.keys()]).toEqual(['5']);
  });

  it('a source\'s reader of one day (the GitHub source\'s `inDay`) refuses a linked day file before it reads a byte through it', async () => {
    const elsewhere = path.join(root, 'elsewhere.ndjson');
    await writeFile(elsewhere, `${ticketLine(ticket('5', '2026-05-01T09:00:00Z'))}\n`);
    const file = store.dayFile('2026-05-01');
    await mkdir(path.dirname(file), { recursive: true });
    await symlink(elsewhere, file);
    const reads: string[] = [];
    const fs: StoreFileSystem = { ...nodeStoreFileSystem, async readFile(f) { reads.push(f); return nodeStoreFileSystem.readFile(f); } };
    await expect(storedTicketReader(openTicketStore(root, { fs }), fs).inDay('2026-05-01', new Set(['5']))).rejects.toThrow(
      `${shownPath(file)}: a symbolic link, where the store keeps its own day files; nothing was read through it. The store reads and writes only its own files (a fetch would write past a link, leaving what it points to stale). Replace the link with the file itself (copy it in place of the link), or move it out of the store and fetch again`,
    );
    expect(reads).toEqual([]);
  });

  it('overlapping ranges (ids in no order): every range that takes in the id, and days of unknown range', () => {
    const ranges = new DayRanges([
      { day: 'a', first: '1', last: '50' },
      { day: 'b', first: '10', last: '20' },
      { day: 'c', first: '30', last: '90' },
      { day: 'd', first: '95', last: '99' },
    ], ['x']);
    expect(ranges.covering('15', 'none').sort()).toEqual(['a', 'b', 'x']);
    expect(ranges.covering('40', 'a').sort()).toEqual(['c', 'x']);
    expect(ranges.covering('92', 'x')).toEqual([]);
    // Numeric ids by number: 100 is past 99, not between 1 and 50 by its first digit.
    expect(ranges.covering('100', 'x')).toEqual([]);
  });
});
