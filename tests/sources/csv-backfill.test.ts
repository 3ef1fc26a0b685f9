// `standards fetch --since DAY` on a CSV store: what `standards store check` tells a user to run to mend a ticket
// stored under two days, or a day file that is not as the store writes it ("delete it and fetch that day again").
// A CSV export is a snapshot, and an unchanged file returned nothing whatever --since said: the duplicate stayed,
// and a day file deleted on that advice stayed gone, its tickets lost from every evaluation until the export
// changed. A backfill re-imports the file whatever the cursor says.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsvSourceSettings, StandardsModel } from '../../scripts/model/model.ts';
import { createCsvSource } from '../../scripts/sources/csv.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { checkStore } from '../../scripts/store/store-check.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';

const NOW = new Date('2026-02-10T03:00:00Z');
const settings: CsvSourceSettings = {
  path: 'tickets.csv', timezone: 'UTC', delimiter: ',', skipBadRows: false,
  columns: { id: 'ID', created: 'Created', priority: 'Priority', status: 'Status' },
  values: { priority: { Normal: 'normal' }, channel: {}, status: { Open: 'open' }, team: {} },
};
const model = { pipeline: { storeDir: 'data', source: { type: 'csv', csv: settings } } } as unknown as StandardsModel;
const CSV = 'ID,Created,Priority,Status\n5,2026-02-03T09:00:00Z,Normal,Open\n6,2026-02-04T09:00:00Z,Normal,Open\n7,2026-02-05T09:00:00Z,Normal,Open\n';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'csv-backfill-'));
  await writeFile(path.join(root, 'tickets.csv'), CSV);
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const fetch = (since?: string) => runFetch({ model, root, now: NOW, log: () => undefined, source: createCsvSource(settings, { root, now: NOW }), ...(since ? { since: new Date(since) } : {}) });

async function where(): Promise<Record<string, string[]>> {
  const store = openTicketStore(path.join(root, 'data'));
  const out: Record<string, string[]> = {};
  for (const day of await store.listDays()) for (const t of await store.readDay(day)) (out[t.id] ??= []).push(day);
  return out;
}

const dayFile = (day: string) => path.join(root, 'data/tickets', day.slice(0, 4), day.slice(5, 7), `${day}.ndjson`);
const IMPORTED = { 5: ['2026-02-03'], 6: ['2026-02-04'], 7: ['2026-02-05'] };

describe('fetch --since on a CSV store whose export did not change', () => {
  it('without --since: nothing (the snapshot is the one stored)', async () => {
    await fetch();
    expect(await fetch()).toMatchObject({ fetched: 0, batches: 0, changedDays: [] });
  });

  it('brings back a day file deleted as store check advises', async () => {
    await fetch();
    const store = openTicketStore(path.join(root, 'data'));
    await rm(dayFile('2026-02-04'));
    expect(await where()).toEqual({ 5: ['2026-02-03'], 7: ['2026-02-05'] });
    expect(await fetch('2026-02-04T00:00:00Z')).toMatchObject({ fetched: 3, added: 1, changedDays: ['2026-02-04'] });
    expect(await where()).toEqual(IMPORTED);
    expect((await checkStore(store, nodeStoreFileSystem)).duplicates).toEqual([]);
  });

  it('heals a ticket stored under two days, the day store check names to fetch from', async () => {
    await fetch();
    const store = openTicketStore(path.join(root, 'data'));
    // A store of before moves were followed: 6 was first dated 2026-02-03, and its old copy stayed there.
    const copy = (await readFile(dayFile('2026-02-04'), 'utf8')).replaceAll('2026-02-04T09:00:00Z', '2026-02-03T09:00:00Z');
    await writeFile(dayFile('2026-02-03'), (await readFile(dayFile('2026-02-03'), 'utf8')) + copy);
    expect((await checkStore(store, nodeStoreFileSystem)).duplicates).toEqual([{ id: '6', days: ['2026-02-03', '2026-02-04'] }]);
    expect(await fetch('2026-02-03T00:00:00Z')).toMatchObject({ fetched: 3, changedDays: ['2026-02-03'] });
    expect(await where()).toEqual(IMPORTED);
    expect((await checkStore(store, nodeStoreFileSystem)).duplicates).toEqual([]);
  });
});
