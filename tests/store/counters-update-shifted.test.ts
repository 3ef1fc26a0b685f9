// A changed day's counters updated (day-counters-update.ts) when its tickets do not keep their places: a recent
// ticket deleted from the middle of the day (every later ticket's index shifts: the run-by-run merge, not the
// "kept as read" shortcut), another reopened (its recent measurements go, it is live again), and a live one
// answered (changed, still live: no unit's recent measurements touched). Checked against an independent method, the
// counters built afresh from the whole day at the same instant: unit by unit and byte for byte.

import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import type { FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import { ticketLine } from '../../scripts/store/ticket-lines.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { countersFileOf, plainHits, plainRecent, readWholeCounters } from './day-counters-read.ts';
import { fixtureNights } from './store-nights.ts';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-05T06:00:00Z');
const SAMPLE = { count: 3000, days: 60, seed: 11 };
const UPDATED = 'updated: only the changed tickets counted';

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('counters-shifted-', () => [...generateSampleTickets({ ...SAMPLE, now: NOW })], (made) => ({ model, store } = made));

const lines = async (day: string) => (await store.readDayText(day))!.split('\n').filter((l) => l.length > 0);
const ticketOf = (line: string) => JSON.parse(line) as Ticket;
const settled = (t: Ticket) => t.status === 'solved' || t.status === 'closed';
const isRecent = (t: Ticket) => settled(t) && Date.parse(t.updated) > NOW.getTime() - 5 * DAY_MS && Date.parse(t.updated) < NOW.getTime() - 3_600_000;
const isLive = (t: Ticket) => !settled(t);
const madeFor = (run: FactsCacheRun, day: string) => run.counters.made.filter((m) => m.day === day).map((m) => m.why);
const countersFile = (day: string) => countersFileOf(store, day);
const readWhole = (day: string) => readWholeCounters(store, day);
const plain = plainRecent;

describe('a changed day\'s counters, its tickets shifted', () => {
  it('a recent ticket deleted from its middle, one reopened, a live one answered: the whole day\'s build, unit by unit and byte for byte', { timeout: 300_000 }, async () => {
    await rm(path.join(store.dir, '.cache'), { recursive: true, force: true });
    await night(NOW);
    let day = '';
    let best = -1;
    for (const d of await store.listDays()) {
      const ts = (await lines(d)).map(ticketOf);
      const score = ts.filter(isRecent).length;
      if (ts.some(isLive) && score > best) [day, best] = [d, score];
    }
    expect(best).toBeGreaterThanOrEqual(4);
    const all = (await lines(day)).map(ticketOf);
    const recent = all.filter(isRecent);
    const deleted = recent[Math.floor(recent.length / 2)]!;
    const reopened = recent.at(-1)!;
    const live = all.find(isLive)!;
    const at = new Date(NOW.getTime() - 2 * 3_600_000).toISOString().replace('.000', '');
    const out = all
      .filter((t) => t.id !== deleted.id)
      .map((t) => (t.id === reopened.id
        ? { ...t, status: 'open', updated: at, statusChanges: [...t.statusChanges, { at, status: 'open' }] }
        : t.id === live.id ? { ...t, updated: at, tags: [...t.tags, 'answered-tonight'] } : t) as Ticket);
    // A new file (as the store writes one: renamed into place), not this one rewritten: the facts cache keeps the
    // day's previous text as a second name of its file.
    await rm(store.dayFile(day));
    await writeFile(store.dayFile(day), out.map((t) => `${ticketLine(t)}\n`).join(''));
    await settle([day]);
    expect(madeFor((await night(NOW)).run, day)).toEqual([UPDATED]);
    const updated = await readWhole(day);
    const updatedBytes = await readFile(countersFile(day));
    await rm(countersFile(day));
    expect(madeFor((await night(NOW)).run, day)).toEqual(['missing']);
    const built = await readWhole(day);
    expect([...updated.dc.units.keys()]).toEqual([...built.dc.units.keys()]);
    for (const [key, unit] of built.dc.units) {
      expect(plain(updated.dc.units.get(key)!.recent)).toEqual(plain(unit.recent));
      expect(plainHits(updated.dc.units.get(key)!.hits)).toEqual(plainHits(unit.hits));
    }
    expect(Array.from(updated.dc.live)).toEqual(Array.from(built.dc.live));
    expect((await readFile(countersFile(day))).equals(updatedBytes)).toBe(true);
  });
});
