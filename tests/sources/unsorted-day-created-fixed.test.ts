// A day file out of order (a hand edit, a git conflict kept whole: one ticket twice) under a source whose tickets
// never move (`createdFixed`: Zendesk, Freshdesk, GitHub): that fetch looks in no other day for copies, so what it
// must still get right is the day it covers (merged whole, the newer copy of a ticket twice kept, written sorted)
// and a deletion found in the middle of the day (ticket-locations.ts reads a day out of order whole).

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import type { TicketBatch, TicketSource } from '../../scripts/sources/source.ts';
import { ticketLine } from '../../scripts/store/ticket-lines.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { openTicket as ticket } from '../store/open-ticket.ts';

const NOW = new Date('2026-06-02T03:00:00Z');
const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 10, days: 2, seed: 5 } } } as unknown as StandardsModel;
const DAY_FILE = 'data/tickets/2026/05/2026-05-07.ndjson';

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(os.tmpdir(), 'unsorted-fixed-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

function source(batches: TicketBatch[]): TicketSource {
  return { type: 'memory', upstream: 'memory:fixed', createdFixed: true, async *fetchChanges() { for (const b of batches) yield b; return 'c2'; } };
}
const fetchWith = (batches: TicketBatch[], log: (line: string) => void = () => undefined) => runFetch({ model, root, now: NOW, log, source: source(batches) });
/** The fetch's warning about 05-07, up to its remedy. */
const warned = (lines: string[]) => lines.filter((l) => l.startsWith('warning:') && l.includes('2026-05-07.ndjson')).map((l) => l.slice(l.indexOf(' line '), l.indexOf(': not a day file')));
const on7 = (id: string, updated = '2026-05-07T12:00:00Z') => ticket(id, `2026-05-07T${String(Number(id) - 10).padStart(2, '0')}:00:00Z`, updated);

/** 05-06 (ids 1–2) and 05-07 as a git conflict kept whole leaves it: 20 twice (the newer copy first), out of order. */
async function conflictedStore(): Promise<void> {
  await fetchWith([{ tickets: [ticket('1', '2026-05-06T09:00:00Z'), ticket('2', '2026-05-06T10:00:00Z'), ...['20', '21', '22', '23'].map((id) => on7(id))], rejected: [] }]);
  await mkdir(path.dirname(path.join(root, DAY_FILE)), { recursive: true });
  const lines = [on7('22'), on7('20', '2026-05-10T00:00:00Z'), on7('23'), on7('20', '2026-05-08T00:00:00Z'), on7('21')];
  await writeFile(path.join(root, DAY_FILE), lines.map((t) => `${ticketLine(t)}\n`).join(''));
}

async function day7(): Promise<[string, string][]> {
  return (await openTicketStore(path.join(root, 'data')).readDay('2026-05-07')).map((t: Ticket) => [t.id, t.updated]);
}

describe('a day out of order, fetched from a source whose tickets never move', () => {
  it('a ticket twice in it, deleted upstream: both copies go, the day is written sorted, and the fetch names it', async () => {
    await conflictedStore();
    const lines: string[] = [];
    expect(await fetchWith([{ tickets: [], rejected: [], deleted: ['20'] }], (line) => lines.push(line))).toMatchObject({ removed: 1, changedDays: ['2026-05-07'] });
    expect(await day7()).toEqual([['21', '2026-05-07T12:00:00Z'], ['22', '2026-05-07T12:00:00Z'], ['23', '2026-05-07T12:00:00Z']]);
    expect(warned(lines)).toEqual([' line 2: ticket "20" after "22" (a day file is sorted by id)']);
    expect(lines.find((l) => l.startsWith('warning:'))).toContain('and rewrote it sorted (newest copy of a ticket kept)');
  });

  it('a deletion from another day, the fetch\'s only change: the day out of order it read whole is written sorted and named', async () => {
    await conflictedStore();
    const lines: string[] = [];
    expect(await fetchWith([{ tickets: [], rejected: [], deleted: ['1'] }], (line) => lines.push(line))).toMatchObject({ removed: 1, changedDays: ['2026-05-06', '2026-05-07'] });
    expect(await day7()).toEqual([['20', '2026-05-10T00:00:00Z'], ['21', '2026-05-07T12:00:00Z'], ['22', '2026-05-07T12:00:00Z'], ['23', '2026-05-07T12:00:00Z']]);
    expect(warned(lines)).toEqual([' line 2: ticket "20" after "22" (a day file is sorted by id)']);
  });

  it('a ticket twice in it, updated: one copy, the update, and the day sorted', async () => {
    await conflictedStore();
    expect(await fetchWith([{ tickets: [on7('20', '2026-05-11T00:00:00Z')], rejected: [] }])).toMatchObject({ added: 0, changedDays: ['2026-05-07'] });
    expect(await day7()).toEqual([['20', '2026-05-11T00:00:00Z'], ['21', '2026-05-07T12:00:00Z'], ['22', '2026-05-07T12:00:00Z'], ['23', '2026-05-07T12:00:00Z']]);
  });

  it('a ticket twice in it, fetched again older than its newer copy: the newer stored copy stays', async () => {
    await conflictedStore();
    await fetchWith([{ tickets: [on7('20', '2026-05-09T00:00:00Z')], rejected: [] }]);
    expect(await day7()).toEqual([['20', '2026-05-10T00:00:00Z'], ['21', '2026-05-07T12:00:00Z'], ['22', '2026-05-07T12:00:00Z'], ['23', '2026-05-07T12:00:00Z']]);
  });
});

describe('a source\'s reader of stored tickets (Zendesk, Freshdesk, GitHub apply tonight\'s changes to it), on a ticket twice', () => {
  it('gives the newer copy, as the fetch\'s merge keeps it, whichever line comes last', async () => {
    await conflictedStore();
    const { storedTicketReader } = await import('../../scripts/store/stored-tickets.ts');
    const reader = storedTicketReader(openTicketStore(path.join(root, 'data')));
    // The conflict's older copy (updated 05-08) is its later line: a source given it would rebuild the ticket
    // without what happened between 05-08 and 05-10, and the fetch would write that over the newer copy.
    expect((await reader.inDay('2026-05-07', new Set(['20']))).get('20')?.updated).toBe('2026-05-10T00:00:00Z');
    expect((await reader.anywhere(new Set(['20']))).get('20')?.updated).toBe('2026-05-10T00:00:00Z');
  });
});
