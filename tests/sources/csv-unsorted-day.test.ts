// A CSV store's day file out of order with a ticket twice (a git conflict kept both sides): the next import of a
// changed export (a snapshot: the store's days are what it says) drops a ticket gone from the export, both its
// copies, and writes the day sorted; an unchanged ticket twice keeps one copy.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsvSourceSettings, StandardsModel } from '../../scripts/model/model.ts';
import { createCsvSource } from '../../scripts/sources/csv.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';

const NOW = new Date('2026-02-10T03:00:00Z');
const settings: CsvSourceSettings = {
  path: 'tickets.csv', timezone: 'UTC', delimiter: ',', skipBadRows: false,
  columns: { id: 'ID', created: 'Created', priority: 'Priority', status: 'Status' },
  values: { priority: { Normal: 'normal' }, channel: {}, status: { Open: 'open' }, team: {} },
};
const model = { pipeline: { storeDir: 'data', source: { type: 'csv', csv: settings } } } as unknown as StandardsModel;
const row = (id: number, created: string) => `${id},${created},Normal,Open\n`;
const HEADER = 'ID,Created,Priority,Status\n';

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(os.tmpdir(), 'csv-unsorted-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const fetch = () => runFetch({ model, root, now: NOW, log: () => undefined, source: createCsvSource(settings, { root, now: NOW }) });

describe('a CSV import over a day file out of order, a ticket twice', () => {
  it('a ticket gone from the export goes, both copies; the one twice that stays is kept once; the day sorted', async () => {
    await writeFile(path.join(root, 'tickets.csv'), HEADER + row(5, '2026-02-03T09:00:00Z') + row(8, '2026-02-03T10:00:00Z') + row(9, '2026-02-03T11:00:00Z') + row(6, '2026-02-04T09:00:00Z'));
    await fetch();
    const store = openTicketStore(path.join(root, 'data'));
    const file = store.dayFile('2026-02-03');
    const [l5, l8, l9] = (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
    // Both sides of a conflict kept: 9 first, 8 twice, 5 between them.
    await writeFile(file, [l9, l8, l5, l8, l9].map((l) => `${l}\n`).join(''));
    // The export changes: 8 is gone from it, 7 is new.
    await writeFile(path.join(root, 'tickets.csv'), HEADER + row(5, '2026-02-03T09:00:00Z') + row(9, '2026-02-03T11:00:00Z') + row(6, '2026-02-04T09:00:00Z') + row(7, '2026-02-05T09:00:00Z'));
    await fetch();
    expect((await store.readDay('2026-02-03')).map((t) => t.id)).toEqual(['5', '9']);
    expect((await store.readDay('2026-02-05')).map((t) => t.id)).toEqual(['7']);
  });
});
