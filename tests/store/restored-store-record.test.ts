// A store restored from the standards-data branch (store-branch.ts `restoreStore`) comes with the record of its day
// files' id order (day-range-record.ts), noted as the restore wrote them: the first fetch after a restore (every
// night of the nightly job) stats the day files instead of reading each whole; a day edited after the restore is
// still read whole, and a ticket the edit brought in is found.

import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import type { TicketBatch, TicketSource } from '../../scripts/sources/source.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import type { FileClock } from '../../scripts/store/day-range-record.ts';
import { packStore, restoreStore } from '../../scripts/store/store-branch.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { PAST_EVERY_WRITE } from './in-place-edits.ts';
import { openTicket as ticket } from './open-ticket.ts';

const fs = nodeStoreFileSystem;
const NOW = new Date('2026-06-02T03:00:00Z');
const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 10, days: 2, seed: 5 } } } as unknown as StandardsModel;

let work: string;
beforeEach(async () => { work = await mkdtemp(path.join(os.tmpdir(), 'restored-record-')); });
afterEach(async () => { await rm(work, { recursive: true, force: true }); });

function source(batch: TicketBatch): TicketSource {
  return { type: 'memory', upstream: 'memory:test', async *fetchChanges() { yield batch; return 'c2'; } };
}

/** The node file system, noting every day file read whole. */
function counting(): { fs: StoreFileSystem; reads: string[] } {
  const reads: string[] = [];
  return { reads, fs: { ...fs, async readFile(file) { if (file.endsWith('.ndjson') && file.includes(`${path.sep}tickets${path.sep}`)) reads.push(path.basename(file, '.ndjson')); return fs.readFile(file); } } };
}

// The restore's mark (a file time after its last write, before the install) is given by PAST_EVERY_WRITE, a clock a
// tick past every write; on a real clock a day written in the mark's own tick (a whole-second file system, the last
// day within a jiffy) is racy and checked whole by the first fetch, which the last test shows.

/**
 * A branch of two nights: the first packed whole (05-06: 1–3, 05-07: 20–25), the second as a journal segment
 * (05-07's 25 updated, 05-08: 30–31 added); restored into `<root>/data`.
 */
async function restoredStore(fileClock: FileClock = PAST_EVERY_WRITE): Promise<string> {
  const night = path.join(work, 'night');
  const store = openTicketStore(night);
  await store.mergeTickets([...['1', '2', '3'].map((id) => ticket(id, `2026-05-06T0${id}:00:00Z`)), ...['20', '21', '22', '23', '24', '25'].map((id) => ticket(id, `2026-05-07T${Number(id) - 10}:00:00Z`))]);
  await packStore({ storeDir: night, previousDir: null, outDir: path.join(work, 'tree1'), fs });
  await store.mergeTickets([ticket('25', '2026-05-07T23:00:00Z', '2026-05-09T00:00:00Z'), ticket('30', '2026-05-08T09:00:00Z'), ticket('31', '2026-05-08T10:00:00Z')]);
  expect((await packStore({ storeDir: night, previousDir: path.join(work, 'tree1'), outDir: path.join(work, 'tree2'), fs })).segment).toBe('000001.ndjson');
  const root = path.join(work, 'repo');
  expect(await restoreStore({ branchDir: path.join(work, 'tree2'), storeDir: path.join(root, 'data'), fs, fileClock })).toEqual({ days: 3, journaledDays: 2, segments: 1 });
  return root;
}

describe('the first fetch after a restore', () => {
  it('reads no day file whole to learn its order: only the day it merges', async () => {
    const root = await restoredStore();
    const { fs: counted, reads } = counting();
    const log: string[] = [];
    // A new ticket on 05-08 and one deleted on 05-06: the deletion's day is found by the days' ranges, unread.
    const summary = await runFetch({ model, root, now: NOW, log: (line) => log.push(line), fs: counted, source: source({ tickets: [ticket('32', '2026-05-08T11:00:00Z')], rejected: [], deleted: ['2'] }) });
    expect(summary).toMatchObject({ added: 1, removed: 1, changedDays: ['2026-05-06', '2026-05-08'] });
    // 05-06 read for ticket 2 (its range takes it in), then merged; 05-08 merged; 05-07 not read at all.
    expect(reads.sort()).toEqual(['2026-05-06', '2026-05-06', '2026-05-08']);
    expect((await openTicketStore(path.join(root, 'data')).readDay('2026-05-06')).map((t) => t.id)).toEqual(['1', '3']);
  });

  it('a day edited in place after the restore is read whole, and the ticket the edit brought in is deleted', async () => {
    const root = await restoredStore();
    // 05-07 (a base day with a journaled change) as a hand edit leaves it: 25 renumbered 95, same size, same inode.
    const file = path.join(root, 'data/tickets/2026/05/2026-05-07.ndjson');
    const text = await readFile(file, 'latin1');
    const at = text.indexOf('"id":"25"');
    const handle = await open(file, 'r+');
    try { await handle.write(Buffer.from('"id":"95"', 'latin1'), 0, 9, at); } finally { await handle.close(); }
    const { fs: counted, reads } = counting();
    const summary = await runFetch({ model, root, now: NOW, log: () => undefined, fs: counted, source: source({ tickets: [], rejected: [], deleted: ['95'] }) });
    expect(summary).toMatchObject({ removed: 1, changedDays: ['2026-05-07'] });
    // 05-07 checked whole (its stat is not the one recorded: range 20–95 now), read for 95, then merged; no other day read.
    expect(reads).toEqual(['2026-05-07', '2026-05-07', '2026-05-07']);
    expect((await openTicketStore(path.join(root, 'data')).readDay('2026-05-07')).map((t) => t.id)).toEqual(['20', '21', '22', '23', '24']);
  });

  it('days written in the tick of the restore\'s mark are racy: the first fetch checks each whole', async () => {
    const root = await restoredStore(async () => 0n);
    const { fs: counted, reads } = counting();
    await runFetch({ model, root, now: NOW, log: () => undefined, fs: counted, source: source({ tickets: [], rejected: [] }) });
    expect(reads.sort()).toEqual(['2026-05-06', '2026-05-07', '2026-05-08']);
  });
});
