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
    const { run } = await night(NOW);
    expect(run.rebuilt.map((r) => `${r.day} ${r.reason} ${r.detail ?? ''}`)).toEqual([`${day} unreadable its content does not match its digest (damaged)`]);
  });
});
