// A facts file damaged in a text page (a ticket's id, team, tags: the texts a segment keeps in pages of 256), on a day
// with a ticket still open, read one by one every night through `entriesAtLazily`. The index and the entry's numbers
// are checked before any entry is given; its text page only when the entry is decoded, which a counting night does
// after the day's read has returned. The night must read the day again from its file (as a damage in the numbers
// does: facts-cache.test.ts), never fail, and give the bytes of the NDJSON path.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { countersDir } from '../../scripts/store/day-counters-file.ts';
import { factsCacheDir } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { fixtureNights } from './store-nights.ts';

const NOW = new Date('2026-11-05T06:00:00Z');
const SAMPLE = { count: 12000, days: 6, seed: 5 };

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('facts-damaged-text-', () => [...generateSampleTickets({ ...SAMPLE, now: NOW })], (made) => ({ model, store } = made));

describe('a facts file damaged in a text page', () => {
  it('of a day with an open ticket, read one by one: the day is read again from its file, the night does not fail', { timeout: 300_000 }, async () => {
    await night(NOW);
    await night(NOW);
    // An open ticket whose id lies in a later 64 KiB piece of its day's facts than the pieces of its numbers.
    let day: string | null = null;
    let id = '';
    let at = -1;
    for (const d of await store.listDays()) {
      const bytes = await readFile(path.join(factsCacheDir(store.dir), `${d}.facts`));
      for (const t of await store.readDay(d)) {
        if (t.status === 'solved' || t.status === 'closed') continue;
        const where = bytes.indexOf(Buffer.from(JSON.stringify(t.id)));
        if (where > 2 * 65_536 && where > at) [day, id, at] = [d, t.id, where];
      }
    }
    expect(day).not.toBeNull();
    const file = path.join(factsCacheDir(store.dir), `${day}.facts`);
    const bytes = await readFile(file);
    const c = at + 1 + id.length - 1;
    bytes[c] = bytes[c] === 0x30 ? 0x31 : 0x30;
    await writeFile(file, bytes);
    // The tickets a night reads of the day besides its live ones (its worst candidates) are kept with its counters
    // (their named block, day-counters-file.ts): damaged too, so they are read from the facts file, as before it.
    const counters = path.join(countersDir(store.dir), `${day}.counts`);
    const kept = await readFile(counters);
    const place = (JSON.parse(kept.toString('utf8', 8, kept.indexOf(10, 8))) as { namedEntries: { at: number; length: number } | null }).namedEntries!;
    kept[place.at + place.length - 20]! ^= 0x08;
    await writeFile(counters, kept);
    const { run } = await night(NOW);
    expect(run.rebuilt.map((r) => `${r.day} ${r.reason} ${r.detail ?? ''}`)).toEqual([`${day} unreadable its content does not match its digest (damaged)`]);
    expect(run.counters.dropped.map((d) => d.day)).toEqual([day]);
  });
});
