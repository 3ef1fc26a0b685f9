// Finding which stored days hold a ticket by the days' id ranges (ticket-locations.ts): the first and last line of
// each day file, read alone; only a day whose range takes in an id is read whole.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../scripts/model/model.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { storedTicketReader } from '../../scripts/store/stored-tickets.ts';
import { DayRanges, dayIdRange, locateTickets } from '../../scripts/store/ticket-locations.ts';
import { openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';

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

/** The node file system, counting the whole-file reads of day files. */
function counting(): { fs: StoreFileSystem; wholeReads: string[] } {
  const wholeReads: string[] = [];
  return {
    wholeReads,
    fs: { ...nodeStoreFileSystem, async readFile(file) { if (file.endsWith('.ndjson')) wholeReads.push(path.basename(file, '.ndjson')); return nodeStoreFileSystem.readFile(file); } },
  };
}

describe('the days holding tickets, by their id ranges', () => {
  it('reads no day whole for ids past every stored one, and only the day whose range takes in an id', async () => {
    const days = await numberedStore();
    const { fs, wholeReads } = counting();
    const counted = openTicketStore(root, { fs });
    expect(await locateTickets(counted, fs, new Set(['101', '250']))).toEqual({ holding: new Map(), cost: { rangesRead: 20, daysRead: 0 } });
    expect(wholeReads).toEqual([]);
    // 47 is on day 9 (46–50), 3 on day 0; 1000 nowhere.
    expect(await locateTickets(counted, fs, new Set(['47', '3', '1000']))).toEqual({ holding: new Map([['3', [days[0]!]], ['47', [days[9]!]]]), cost: { rangesRead: 20, daysRead: 2 } });
    expect(wholeReads).toEqual([days[0], days[9]]);
  });

  it('reads a first or last line longer than one read at the ends', async () => {
    const long = ticket('7', '2026-05-01T10:00:00Z', { tags: Array.from({ length: 900 }, (_, i) => `tag-${i}`) });
    await store.mergeTickets([ticket('5', '2026-05-01T09:00:00Z', { tags: Array.from({ length: 900 }, (_, i) => `first-${i}`) }), long, ticket('6', '2026-05-01T09:30:00Z')]);
    const size = (await nodeStoreFileSystem.size!(store.dayFile('2026-05-01')))!;
    expect(size).toBeGreaterThan(2 * 8192);
    expect(await dayIdRange(nodeStoreFileSystem, store.dayFile('2026-05-01'))).toEqual({ first: '5', last: '7' });
  });

  it('a source\'s reader of stored tickets by id reads only the days that can hold them', async () => {
    const days = await numberedStore();
    const { fs, wholeReads } = counting();
    const found = await storedTicketReader(openTicketStore(root, { fs }), fs).anywhere(new Set(['52', '99', '777']));
    expect([...found.keys()].sort()).toEqual(['52', '99']);
    expect(wholeReads).toEqual([days[10], days[19]]);
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
