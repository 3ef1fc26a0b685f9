// Moves found by the days' id ranges (ticket-locations.ts) with ids that sort badly as text — numbers of different
// lengths and with leading zeros (the store orders digits by number), GitHub-like "a/b#9" after "a/b#12", quotes
// and a newline escaped in the JSON line, letters past ASCII — each moved in one batch and, for half of them, moved
// again (back to where it was, or on) by a later batch of the same fetch: one copy each, in its last day.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import type { TicketBatch, TicketSource } from '../../scripts/sources/source.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { checkStore } from '../../scripts/store/store-check.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';

const NOW = new Date('2026-06-02T03:00:00Z');
const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 10, days: 2, seed: 5 } } } as unknown as StandardsModel;

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(os.tmpdir(), 'moved-ids-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

function ticket(id: string, day: string, updated = `${day}T09:00:00Z`): Ticket {
  const created = `${day}T09:00:00Z`;
  return { id, created, updated, priority: 'normal', channel: 'email', status: 'open', tags: [], replies: [], statusChanges: [{ at: created, status: 'open' }] };
}

function source(batches: Ticket[][], cursor: string): TicketSource {
  return { type: 'memory', upstream: 'memory:test', async *fetchChanges() { for (const tickets of batches) yield { tickets, rejected: [] } satisfies TicketBatch; return cursor; } };
}

it('ids that sort badly as text, moved once or twice in one fetch, end in exactly one day: the last one', async () => {
  // id → the day it is stored under, the day the first batch moves it to, and the day a second batch moves it to.
  const plan: [string, string, string, string | null][] = [
    ['9', '2026-05-01', '2026-05-04', '2026-05-01'],
    ['10', '2026-05-02', '2026-05-05', null],
    ['100', '2026-05-03', '2026-05-04', '2026-05-03'],
    ['a/b#12', '2026-05-01', '2026-05-05', null],
    ['a/b#9', '2026-05-02', '2026-05-04', '2026-05-02'],
    ['ü-1', '2026-05-03', '2026-05-05', null],
    ['"q"', '2026-05-01', '2026-05-04', '2026-05-03'],
    ['x\ny', '2026-05-02', '2026-05-05', null],
    ['007', '2026-05-03', '2026-05-04', '2026-05-01'],
    ['7', '2026-05-01', '2026-05-05', null],
  ];
  await runFetch({ model, root, now: NOW, log: () => undefined, source: source([plan.map(([id, day]) => ticket(id, day))], 'c1') });
  const summary = await runFetch({
    model, root, now: NOW, log: () => undefined,
    source: source([
      plan.map(([id, , first]) => ticket(id, first, '2026-05-10T00:00:00Z')),
      plan.flatMap(([id, , , second]) => (second === null ? [] : [ticket(id, second, '2026-05-11T00:00:00Z')])),
    ], 'c2'),
  });
  const store = openTicketStore(path.join(root, 'data'));
  const where: Record<string, string[]> = {};
  for (const day of await store.listDays()) for (const t of await store.readDay(day)) (where[t.id] ??= []).push(day);
  expect(where).toEqual(Object.fromEntries(plan.map(([id, , first, second]) => [id, [second ?? first]])));
  // Moved: the five that ended elsewhere, and "\"q\"" and "007" (moved on); back where they were: 9, 100, a/b#9.
  expect(summary).toMatchObject({ moved: 7, duplicatesRemoved: 0, stale: 5, added: 0 });
  // 2026-05-04 held only first-batch copies a second batch moved on: it gets no file.
  expect(await checkStore(store, nodeStoreFileSystem)).toEqual({ days: 4, tickets: 10, duplicates: [], unsorted: [] });
});
