// A ticket whose `created` changes at the helpdesk (a CSV export edited by hand, an import that dates tickets again)
// is filed under its new creation day, and leaves the old one: after any fetch each ticket id is in exactly one day
// file, the one its latest `created` says. Also: a store that already holds a ticket twice (written before moves
// were followed) is healed by the next fetch that returns the ticket.

import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { runFetch, type FetchOptions } from '../../scripts/sources/fetch.ts';
import type { TicketBatch, TicketSource } from '../../scripts/sources/source.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { ticketLine } from '../../scripts/store/ticket-lines.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { ageStoreFiles, snapshotStore } from '../store/store-snapshot.ts';
import { openTicket as ticket } from '../store/open-ticket.ts';

const NOW = new Date('2026-06-02T03:00:00Z');
const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 10, days: 2, seed: 5 } } } as unknown as StandardsModel;

let root: string;
let storeDir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'moved-'));
  storeDir = path.join(root, 'data');
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

function memorySource(batches: TicketBatch[], options: { cursor?: string; complete?: boolean } = {}): TicketSource {
  return {
    type: 'memory',
    upstream: 'memory:test',
    ...(options.complete ? { complete: true } : {}),
    async *fetchChanges() {
      for (const batch of batches) yield batch;
      return options.cursor ?? 'c1';
    },
  };
}

const batch = (...tickets: Ticket[]): TicketBatch => ({ tickets, rejected: [] });
const fetchWith = (source: TicketSource, extra: Partial<FetchOptions> = {}) => runFetch({ model, root, now: NOW, log: () => undefined, source, ...extra });

/** Every day file of the store, relative to tickets/, with the ids it holds in file order. */
async function idsByFile(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const store = openTicketStore(storeDir);
  for (const day of await store.listDays()) out[`${day.slice(0, 4)}/${day.slice(5, 7)}/${day}.ndjson`] = (await store.readDay(day)).map((t) => t.id);
  return out;
}

describe('a ticket whose creation day changes', () => {
  it('moves to a later day in another month that has no file yet; the old day, left empty, goes', async () => {
    await fetchWith(memorySource([batch(ticket('1', '2026-04-30T22:00:00Z'), ticket('2', '2026-05-02T09:00:00Z'))]));
    const lines: string[] = [];
    const summary = await fetchWith(memorySource([batch(ticket('1', '2026-05-03T08:00:00Z', '2026-05-04T00:00:00Z'))], { cursor: 'c2' }), { log: (line) => lines.push(line) });
    expect(summary).toMatchObject({ fetched: 1, added: 0, updated: 0, unchanged: 0, stale: 0, removed: 0, moved: 1, duplicatesRemoved: 0, changedDays: ['2026-04-30', '2026-05-03'] });
    expect(await idsByFile()).toEqual({ '2026/05/2026-05-02.ndjson': ['2'], '2026/05/2026-05-03.ndjson': ['1'] });
    // The month folder the day left is empty, as a deletion leaves it; listing ignores it.
    expect(await readdir(path.join(storeDir, 'tickets/2026/04'))).toEqual([]);
    expect(lines).toContain('  moved: ticket "1" from 2026-04-30 to 2026-05-03 (its creation day changed)');
    expect(lines).toContain('store: 0 added, 0 updated, 0 unchanged, 1 moved to another day (their creation day changed); 2 day files written');
    expect((await openTicketStore(storeDir).readDay('2026-05-03'))[0]!.created).toBe('2026-05-03T08:00:00Z');
  });

  it('moves to an earlier day, and the day it leaves keeps its other tickets', async () => {
    await fetchWith(memorySource([batch(ticket('1', '2026-05-10T10:00:00Z'), ticket('2', '2026-05-10T11:00:00Z'), ticket('3', '2026-05-01T11:00:00Z'))]));
    const summary = await fetchWith(memorySource([batch(ticket('2', '2026-05-01T09:00:00Z', '2026-05-11T00:00:00Z'), ticket('4', '2026-05-11T01:00:00Z'))], { cursor: 'c2' }));
    expect(summary).toMatchObject({ added: 1, updated: 0, moved: 1, changedDays: ['2026-05-01', '2026-05-10', '2026-05-11'] });
    expect(await idsByFile()).toEqual({ '2026/05/2026-05-01.ndjson': ['2', '3'], '2026/05/2026-05-10.ndjson': ['1'], '2026/05/2026-05-11.ndjson': ['4'] });
  });

  it('stays where it is when the fetched copy is older than the stored one (a late page)', async () => {
    await fetchWith(memorySource([batch(ticket('1', '2026-05-10T10:00:00Z', '2026-05-12T00:00:00Z'))]));
    await ageStoreFiles(storeDir);
    const before = await snapshotStore(storeDir);
    const summary = await fetchWith(memorySource([batch(ticket('1', '2026-05-09T10:00:00Z', '2026-05-11T00:00:00Z'))]));
    expect(summary).toMatchObject({ added: 0, updated: 0, stale: 1, moved: 0, changedDays: [] });
    expect(await snapshotStore(storeDir)).toEqual(before);
  });

  it('a move and deletions in one fetch: the moved ticket in its new day only, the deleted ones nowhere (one moved, then deleted)', async () => {
    await fetchWith(memorySource([batch(ticket('1', '2026-05-06T10:00:00Z'), ticket('2', '2026-05-06T11:00:00Z'), ticket('3', '2026-05-07T10:00:00Z'))]));
    const summary = await fetchWith(memorySource([
      { ...batch(ticket('1', '2026-05-08T10:00:00Z', '2026-05-09T00:00:00Z'), ticket('2', '2026-05-09T10:00:00Z', '2026-05-09T00:00:00Z')), deleted: ['2', '3'] },
    ], { cursor: 'c2' }));
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 2, moved: 1, changedDays: ['2026-05-06', '2026-05-07', '2026-05-08'] });
    expect(await idsByFile()).toEqual({ '2026/05/2026-05-08.ndjson': ['1'] });
  });

  it('returned under two days by one fetch (changed while the fetch ran): filed once, under the newest', async () => {
    const summary = await fetchWith(memorySource([
      batch(ticket('1', '2026-05-06T10:00:00Z', '2026-05-07T00:00:00Z'), ticket('2', '2026-05-06T10:00:00Z')),
      batch(ticket('1', '2026-05-05T10:00:00Z', '2026-05-08T00:00:00Z')),
    ]));
    expect(summary).toMatchObject({ fetched: 3, added: 2, stale: 1, moved: 0, changedDays: ['2026-05-05', '2026-05-06'] });
    expect(await idsByFile()).toEqual({ '2026/05/2026-05-05.ndjson': ['1'], '2026/05/2026-05-06.ndjson': ['2'] });
  });

  it('a full re-import (a CSV export, complete) moves a ticket out of a day before the export\'s span, and no day counts as shrunk', async () => {
    const old = Array.from({ length: 6 }, (_, i) => ticket(`A${i}`, '2026-04-01T10:00:00Z'));
    await fetchWith(memorySource([batch(...old, ticket('B', '2026-05-06T10:00:00Z'))], { complete: true }));
    // The new export starts on May 6; A0 is now dated May 7 (its row edited), the other A tickets are not in it.
    const summary = await fetchWith(memorySource([batch(ticket('B', '2026-05-06T10:00:00Z'), ticket('A0', '2026-05-07T10:00:00Z', '2026-04-01T10:00:00Z'))], { complete: true, cursor: 'c2' }));
    expect(summary).toMatchObject({ added: 0, updated: 0, unchanged: 1, removed: 0, moved: 1, shrunkDays: [], changedDays: ['2026-04-01', '2026-05-07'] });
    expect(await idsByFile()).toEqual({ '2026/04/2026-04-01.ndjson': ['A1', 'A2', 'A3', 'A4', 'A5'], '2026/05/2026-05-06.ndjson': ['B'], '2026/05/2026-05-07.ndjson': ['A0'] });
  });

  it('a full re-import moves a ticket between two days of its span, counted as moved, not as removed and added', async () => {
    await fetchWith(memorySource([batch(ticket('1', '2026-05-06T10:00:00Z'), ticket('2', '2026-05-08T10:00:00Z'))], { complete: true }));
    const summary = await fetchWith(memorySource([batch(ticket('1', '2026-05-07T10:00:00Z'), ticket('2', '2026-05-08T10:00:00Z'))], { complete: true, cursor: 'c2' }));
    expect(summary).toMatchObject({ added: 0, unchanged: 1, removed: 0, moved: 1, changedDays: ['2026-05-06', '2026-05-07'] });
    expect(await idsByFile()).toEqual({ '2026/05/2026-05-07.ndjson': ['1'], '2026/05/2026-05-08.ndjson': ['2'] });
  });

  it('--dry-run names the move and writes nothing', async () => {
    await fetchWith(memorySource([batch(ticket('1', '2026-05-06T10:00:00Z'))]));
    await ageStoreFiles(storeDir);
    const before = await snapshotStore(storeDir);
    const lines: string[] = [];
    const summary = await fetchWith(memorySource([batch(ticket('1', '2026-05-16T10:00:00Z', '2026-05-17T00:00:00Z'))], { cursor: 'c2' }), { dryRun: true, log: (line) => lines.push(line) });
    expect(summary).toMatchObject({ moved: 1, added: 0, changedDays: ['2026-05-06', '2026-05-16'], dryRun: true });
    expect(lines).toContain('  would move: ticket "1" from 2026-05-06 to 2026-05-16 (its creation day changed)');
    expect(lines).toContain('store (dry run, nothing written): would be 0 added, 0 updated, 0 unchanged, 1 moved to another day (their creation day changed); 2 day files would be written');
    expect(await snapshotStore(storeDir)).toEqual(before);
  });

  it('cut off after its commit point, the next run installs the move whole: never the ticket in both days, or in none', async () => {
    await fetchWith(memorySource([batch(ticket('1', '2026-05-06T10:00:00Z'), ticket('2', '2026-05-06T11:00:00Z'))]));
    // The rename of the second day fails as a power cut would stop it: the new day is installed, the old one is not.
    let renames = 0;
    const cut: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async rename(from, to) {
        if (from.includes(`${path.sep}staged${path.sep}`) && ++renames === 2) throw new Error('power cut');
        await nodeStoreFileSystem.rename(from, to);
      },
    };
    const moved = memorySource([batch(ticket('1', '2026-05-08T10:00:00Z', '2026-05-09T00:00:00Z'))], { cursor: 'c2' });
    await expect(fetchWith(moved, { fs: cut })).rejects.toThrow(/^cannot write .*2026-05-08\.ndjson: power cut$/);
    const lines: string[] = [];
    await fetchWith(memorySource([], { cursor: 'c2' }), { log: (line) => lines.push(line) });
    expect(lines[0]).toBe('store: finished installing 1 fetch(es) a killed run had committed');
    expect(await idsByFile()).toEqual({ '2026/05/2026-05-06.ndjson': ['2'], '2026/05/2026-05-08.ndjson': ['1'] });
  });
});

describe('a store that already holds a ticket under two days (written before moves were followed)', () => {
  async function storeWithDuplicate(): Promise<void> {
    const write = async (day: string, tickets: Ticket[]) => {
      const file = openTicketStore(storeDir).dayFile(day);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, tickets.map((t) => `${ticketLine(t)}\n`).join(''));
    };
    await write('2026-05-06', [ticket('1', '2026-05-06T10:00:00Z'), ticket('2', '2026-05-06T11:00:00Z')]);
    await write('2026-05-09', [ticket('1', '2026-05-09T10:00:00Z', '2026-05-10T00:00:00Z')]);
    await writeFile(path.join(storeDir, 'cursor.json'), '{"source":"memory","upstream":"memory:test","cursor":"c1","fetchedAt":"2026-05-10T00:00:00Z"}\n');
  }

  it('the next fetch that returns the ticket keeps one copy, under the day its newest `created` says', async () => {
    await storeWithDuplicate();
    const lines: string[] = [];
    const summary = await fetchWith(memorySource([batch(ticket('1', '2026-05-09T10:00:00Z', '2026-05-11T00:00:00Z', { status: 'solved' }))], { cursor: 'c2' }), { log: (line) => lines.push(line) });
    expect(summary).toMatchObject({ added: 0, updated: 1, moved: 0, duplicatesRemoved: 1, changedDays: ['2026-05-06', '2026-05-09'] });
    expect(lines).toContain('  moved: ticket "1" from 2026-05-06 to 2026-05-09 (its creation day changed)');
    expect(await idsByFile()).toEqual({ '2026/05/2026-05-06.ndjson': ['2'], '2026/05/2026-05-09.ndjson': ['1'] });
  });

  it('returned under a third day, it is filed there alone', async () => {
    await storeWithDuplicate();
    const summary = await fetchWith(memorySource([batch(ticket('1', '2026-05-12T10:00:00Z', '2026-05-12T11:00:00Z'))], { cursor: 'c2' }));
    expect(summary).toMatchObject({ added: 0, updated: 0, moved: 1, duplicatesRemoved: 1, changedDays: ['2026-05-06', '2026-05-09', '2026-05-12'] });
    expect(await idsByFile()).toEqual({ '2026/05/2026-05-06.ndjson': ['2'], '2026/05/2026-05-12.ndjson': ['1'] });
  });
});
