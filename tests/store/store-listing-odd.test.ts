// Added by review8. A night lists the tickets folder once (ticket-facts-cache.ts `listed`, `listedDays`) and the
// scope check reuses that listing. An odd tickets folder must read as it did when each day asked its month folder:
// stray files beside the day files (a note, an editor's backup, a day file in the wrong month's folder). Every night
// the counters, the facts alone, --full and the NDJSON path give the same bytes, also after a day changes, and the
// scope inventory from the pass's listing is the one from a listing of its own. (A symbolic link among the store's
// folders and day files is refused instead, by every reader: store-links.test.ts.)

import { readFile, writeFile } from 'node:fs/promises';
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

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('store-listing-', () => [...generateSampleTickets({ ...SAMPLE, now: NOW })], (made) => ({ model, store } = made));

describe('an odd tickets folder, listed once a night', () => {
  it('stray files: the same bytes by every path, before and after a change', { timeout: 300_000 }, async () => {
    const days = await store.listDays();
    await night(NOW);
    // Stray files: a note, a backup, a day file in the wrong month's folder (never a day of the store).
    const november = path.dirname(store.dayFile('2026-11-02'));
    await writeFile(path.join(november, 'NOTES.txt'), 'not a day\n');
    await writeFile(path.join(november, '2026-11-02.ndjson~'), await readFile(store.dayFile('2026-11-02')));
    await writeFile(path.join(november, '2026-10-31.ndjson'), '{"not":"read"}\n');
    const novemberDay = days.at(-3)!;
    expect(await store.listDays()).toEqual(days);
    const first = await night(NOW);
    expect(first.run.rebuilt.filter((r) => r.reason !== 'changed')).toEqual([]);
    // A ticket changes in October and in a November day.
    const inOctober = days.filter((d) => d.startsWith('2026-10')).at(-1)!;
    for (const day of [inOctober, novemberDay]) {
      const text = (await store.readDayText(day))!;
      const lines = text.split('\n').filter((l) => l.length > 0);
      const t = JSON.parse(lines[0]!) as Ticket;
      lines[0] = JSON.stringify({ ...t, tags: [...t.tags, 'changed-on-a-night'] });
      await writeFile(store.dayFile(day), `${lines.join('\n')}\n`);
    }
    await settle([inOctober, novemberDay]);
    const second = await night(new Date(NOW.getTime() + 3_600_000));
    expect(second.run.rebuilt.map((r) => r.day).sort()).toEqual([inOctober, novemberDay].sort());
    // The scope check from the pass's listing, and from one of its own.
    const pass = storeEntries(store, { counters: 'off' });
    for await (const _ of pass.days) { /* the pass lists the days */ }
    expect(pass.listedDays()).toEqual(days);
    const wanted = { category: new Set(['billing', 'no-such-category']), team: new Set<string>(), channel: new Set(['email']), tags: new Set(['changed-on-a-night', 'no-such-tag']) };
    expect(await scopeInventory(store, wanted, pass.listedDays()!)).toEqual(await scopeInventory(store, wanted));
  });
});
