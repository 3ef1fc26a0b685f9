// A fetch that moves tickets (their `created` changed) stopped at each step of its install: before its commit point
// the store is as before the fetch, past it the next command that reads the store finishes the install. Either way
// each ticket is in exactly one day file, never in none and never in two (the day it leaves is rewritten, or
// removed when it empties, in the same commit as the day it reaches). The stop is a failing rename or removal, in
// process (killed-fetch.test.ts kills a real run with SIGKILL at the commit point; this walks every step).

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import type { TicketBatch, TicketSource } from '../../scripts/sources/source.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { finishCommittedFetches } from '../../scripts/store/committed-fetches.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { openTicket as ticket } from '../store/open-ticket.ts';

const NOW = new Date('2026-06-02T03:00:00Z');
const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 10, days: 2, seed: 5 } } } as unknown as StandardsModel;

let root: string;
let storeDir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'moved-stopped-'));
  storeDir = path.join(root, 'data');
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

function source(tickets: Ticket[], cursor: string): TicketSource {
  return { type: 'memory', upstream: 'memory:test', async *fetchChanges() { yield { tickets, rejected: [] } satisfies TicketBatch; return cursor; } };
}

/** The node file system, failing (as a killed run stops) at its `stopAt`-th rename or removal of a day file, commit.json or the cursor. */
function stoppingAt(stopAt: number): { fs: StoreFileSystem; steps: () => number } {
  let steps = 0;
  // The install's steps only (not the store lock's files, nor the staging folder's own, nor the file clock's probe,
  // written and removed in the tickets folder: day-range-record.ts `fileTimeNow`).
  const step = (file: string) => {
    if (!/[/\\]tickets[/\\]|commit\.json$|cursor\.json$/.test(file) || path.basename(file).startsWith('.file-time.')) return;
    steps++;
    if (steps === stopAt) throw Object.assign(new Error('stopped here'), { code: 'EIO' });
  };
  return {
    steps: () => steps,
    fs: {
      ...nodeStoreFileSystem,
      async rename(from, to) { step(to); return nodeStoreFileSystem.rename(from, to); },
      async rm(file) { step(file); return nodeStoreFileSystem.rm(file); },
    },
  };
}

/** Ticket id → the days holding it, and the cursor. */
async function where(): Promise<{ days: Record<string, string[]>; cursor: string }> {
  const store = openTicketStore(storeDir);
  const days: Record<string, string[]> = {};
  for (const day of await store.listDays()) for (const t of await store.readDay(day)) (days[t.id] ??= []).push(day);
  const cursor = JSON.parse((await nodeStoreFileSystem.readFile(store.cursorFile))!.toString('utf8')) as { cursor: string };
  return { days, cursor: cursor.cursor };
}

const STORED = [ticket('1', '2026-05-01T09:00:00Z'), ticket('2', '2026-05-03T09:00:00Z'), ticket('3', '2026-05-03T10:00:00Z'), ticket('4', '2026-05-05T09:00:00Z')];
// 2 moves a day earlier into another month (a new file); 3 a day later into 4's day; 1 later into a new day, so its
// day empties and its file goes.
const NIGHT = [ticket('2', '2026-04-30T09:00:00Z', '2026-05-06T00:00:00Z'), ticket('3', '2026-05-05T08:00:00Z', '2026-05-06T00:00:00Z'), ticket('1', '2026-05-02T09:00:00Z', '2026-05-06T00:00:00Z')];
const BEFORE = { days: { 1: ['2026-05-01'], 2: ['2026-05-03'], 3: ['2026-05-03'], 4: ['2026-05-05'] }, cursor: 'c1' };
const AFTER = { days: { 1: ['2026-05-02'], 2: ['2026-04-30'], 3: ['2026-05-05'], 4: ['2026-05-05'] }, cursor: 'c2' };

describe('a fetch that moves tickets, stopped at each step of its install', () => {
  it('leaves each ticket in exactly one day: the old one before the commit point, the new one after (finished by the next reader)', async () => {
    // A clean run counts the steps: commit.json; 2026-04-30 and 2026-05-02 written, 2026-05-01 and 2026-05-03 removed
    // (emptied), 2026-05-05 rewritten; the cursor.
    await runFetch({ model, root, now: NOW, log: () => undefined, source: source(STORED, 'c1') });
    const counting = stoppingAt(0);
    await runFetch({ model, root, now: NOW, log: () => undefined, fs: counting.fs, source: source(NIGHT, 'c2') });
    expect(await where()).toEqual(AFTER);
    const steps = counting.steps();
    expect(steps).toBe(7);

    const outcomes: string[] = [];
    for (let stopAt = 1; stopAt <= steps; stopAt++) {
      await rm(storeDir, { recursive: true, force: true });
      await runFetch({ model, root, now: NOW, log: () => undefined, source: source(STORED, 'c1') });
      await expect(runFetch({ model, root, now: NOW, log: () => undefined, fs: stoppingAt(stopAt).fs, source: source(NIGHT, 'c2') })).rejects.toThrow(/stopped here/);
      await finishCommittedFetches(storeDir, { fs: nodeStoreFileSystem, command: 'evaluate', log: () => undefined });
      const found = await where();
      expect({ stopAt, found }).toEqual({ stopAt, found: found.cursor === 'c1' ? BEFORE : AFTER });
      outcomes.push(found.cursor);
    }
    // Stopped at the first step (writing commit.json) the fetch never happened; at every later one it did.
    expect(outcomes).toEqual(['c1', ...Array.from({ length: steps - 1 }, () => 'c2')]);
  });
});
