// Added by review8. A night lists the tickets folder once (ticket-facts-cache.ts `listed`, `listedDays`) and the
// scope check reuses that listing. An odd tickets folder must read as it did when each day asked its month folder:
// a month folder that is a symlink to a folder elsewhere, stray files beside the day files (a note, an editor's
// backup, a day file in the wrong month's folder), and a day file that is a symlink. Every night the counters, the
// facts alone, --full and the NDJSON path give the same bytes, also after a day behind a symlink changes, and the
// scope inventory from the pass's listing is the one from a listing of its own.

import { readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { scopeInventory } from '../../scripts/store/scope-inventory.ts';
import { storeEntries } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { fixtureNights } from './store-nights.ts';

const NOW = new Date('2026-11-05T06:00:00Z');
const SAMPLE = { count: 600, days: 60, seed: 11 };

let root: string;
let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('store-listing-', () => [...generateSampleTickets({ ...SAMPLE, now: NOW })], (made) => ({ root, model, store } = made));

describe('an odd tickets folder, listed once a night', () => {
  it('a symlinked month folder, stray files and a symlinked day file: the same bytes by every path, before and after a change behind the links', { timeout: 300_000 }, async () => {
    const days = await store.listDays();
    await night(NOW);
    // October's folder moved elsewhere and linked back.
    const october = path.dirname(store.dayFile('2026-10-15'));
    const elsewhere = path.join(root, 'elsewhere-october');
    await rename(october, elsewhere);
    await symlink(elsewhere, october);
    // Stray files: a note, a backup, a day file in the wrong month's folder (never a day of the store).
    const november = path.dirname(store.dayFile('2026-11-02'));
    await writeFile(path.join(november, 'NOTES.txt'), 'not a day\n');
    await writeFile(path.join(november, '2026-11-02.ndjson~'), await readFile(store.dayFile('2026-11-02')));
    await writeFile(path.join(november, '2026-10-31.ndjson'), '{"not":"read"}\n');
    // A day file that is a symlink to its bytes elsewhere.
    const linkedDay = days.at(-3)!;
    const target = path.join(root, 'elsewhere-day.ndjson');
    await rename(store.dayFile(linkedDay), target);
    await symlink(target, store.dayFile(linkedDay));
    expect(await store.listDays()).toEqual(days);
    const first = await night(NOW);
    expect(first.run.rebuilt.filter((r) => r.reason !== 'changed')).toEqual([]);
    // A ticket changes in a day behind the month link and in the linked day (written through the links).
    const inOctober = days.filter((d) => d.startsWith('2026-10')).at(-1)!;
    for (const day of [inOctober, linkedDay]) {
      const text = (await store.readDayText(day))!;
      const lines = text.split('\n').filter((l) => l.length > 0);
      const t = JSON.parse(lines[0]!) as Ticket;
      lines[0] = JSON.stringify({ ...t, tags: [...t.tags, 'changed-behind-a-link'] });
      await writeFile(store.dayFile(day), `${lines.join('\n')}\n`);
    }
    await settle([inOctober, linkedDay]);
    const second = await night(new Date(NOW.getTime() + 3_600_000));
    expect(second.run.rebuilt.map((r) => r.day).sort()).toEqual([inOctober, linkedDay].sort());
    // The scope check from the pass's listing, and from one of its own.
    const pass = storeEntries(store, { counters: 'off' });
    for await (const _ of pass.days) { /* the pass lists the days */ }
    expect(pass.listedDays()).toEqual(days);
    const wanted = { category: new Set(['billing', 'no-such-category']), team: new Set<string>(), channel: new Set(['email']), tags: new Set(['changed-behind-a-link', 'no-such-tag']) };
    expect(await scopeInventory(store, wanted, pass.listedDays()!)).toEqual(await scopeInventory(store, wanted));
  });
});
