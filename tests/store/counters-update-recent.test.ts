// A changed day's counters are its previous ones with the changed tickets taken out and put in again
// (day-counters-update.ts): each unit's recent measurements merged run by run, and its recent measurements and exclusion
// hits kept as read when the night touched nothing of the unit. Checked against an independent method, the counters
// built afresh from the whole day at the same instant: the same measurements and hits in the same order, unit by unit,
// and the same file, byte for byte; with tickets moved out of units' scopes (a priority changed), with and without an
// outage that holds one of them.

import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import type { FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { countersFileOf, plainHits, plainRecent, readWholeCounters } from './day-counters-read.ts';
import { fixtureNights } from './store-nights.ts';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-05T06:00:00Z');
const SAMPLE = { count: 3000, days: 60, seed: 11 };
const UPDATED = 'updated: only the changed tickets counted';

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('counters-recent-', () => [...generateSampleTickets({ ...SAMPLE, now: NOW })], (made) => ({ model, store } = made));

const lines = async (day: string) => (await store.readDayText(day))!.split('\n').filter((l) => l.length > 0);
const ticketOf = (line: string) => JSON.parse(line) as Ticket;
const settled = (t: Ticket) => t.status === 'solved' || t.status === 'closed';
/** Solved, last changed between 5 days and an hour before now: kept one by one by the counters. */
const isRecent = (t: Ticket) => settled(t) && Date.parse(t.updated) > NOW.getTime() - 5 * DAY_MS && Date.parse(t.updated) < NOW.getTime() - 3_600_000;
const madeFor = (run: FactsCacheRun, day: string) => run.counters.made.filter((m) => m.day === day).map((m) => m.why);
const countersFile = (day: string) => countersFileOf(store, day);
const readWhole = (day: string) => readWholeCounters(store, day);
const plain = plainRecent;
/** The model with an outage over the first hours of `day` for every standard: its tickets' units hold exclusion hits. */
const withOutage = (m: StandardsModel, day: string): StandardsModel => ({
  ...m, pipeline: { ...m.pipeline, exclusions: [...m.pipeline.exclusions, { id: 'outage', from: `${day}T00:00:00Z`, to: `${day}T09:00:00Z`, reason: 'Down', standards: m.standards.map((s) => s.id) }] },
});

describe('a changed day\'s recent measurements, updated', () => {
  it.each([['', false], [', with exclusion hits', true]] as const)('are those a build of the whole day gives, unit by unit, and the file is the same bytes%s', { timeout: 300_000 }, async (_, outage) => {
    await rm(path.join(store.dir, '.cache'), { recursive: true, force: true });
    await night(NOW);
    // The recent day with the most recent tickets: the changed ones are its first, one in the middle and its last.
    let day = '';
    let recent: Ticket[] = [];
    for (const d of await store.listDays()) {
      const r = (await lines(d)).map(ticketOf).filter(isRecent);
      if (r.length > recent.length) [day, recent] = [d, r];
    }
    expect(recent.length).toBeGreaterThanOrEqual(6);
    const scorecard = model.scorecards[0]!;
    // The last changed ticket moves to another priority: its measurements leave the units whose scope it left and come
    // into those it entered. With the outage, the first is one the outage holds, moved likewise (its hits), the others not.
    const outageEnd = `${day}T09:00:00Z`;
    const held = recent.filter((t) => t.created < outageEnd);
    const free = recent.filter((t) => t.created >= outageEnd);
    if (outage) expect([held.length >= 1, free.length >= 2]).toEqual([true, true]);
    const picked = outage ? [held[0]!, free[Math.floor(free.length / 2)]!, free.at(-1)!] : [recent[0]!, recent[Math.floor(recent.length / 2)]!, recent.at(-1)!];
    const changed = picked.map((t, k) => (k === 1
      // A QA review on one: its unit's measurements carry the scorecard's behaviours.
      ? { ...t, tags: [...t.tags, 'reviewed'], qa: [{ scorecard: scorecard.id, at: t.updated, results: Object.fromEntries(scorecard.behaviours.map((b, i) => [b.id, i % 2 === 0 ? 'pass' : 'fail'])) }] }
      : { ...t, tags: [...t.tags, 'changed-tonight'], ...((outage && k === 0) || k === 2 ? { priority: t.priority === 'urgent' ? 'low' : 'urgent' } : {}) }) as Ticket);
    const m = outage ? withOutage(model, day) : model;
    if (outage) await night(NOW, m);
    await store.mergeTickets(changed);
    await settle([day]);
    expect(madeFor((await night(NOW, m)).run, day)).toEqual([UPDATED]);
    const updated = await readWhole(day);
    const updatedBytes = await readFile(countersFile(day));
    // Made again from the whole day, at the same instant.
    await rm(countersFile(day));
    expect(madeFor((await night(NOW, m)).run, day)).toEqual(['missing']);
    const built = await readWhole(day);
    expect([...updated.dc.units.keys()]).toEqual([...built.dc.units.keys()]);
    let measured = 0;
    let untouched = 0;
    for (const [key, unit] of built.dc.units) {
      expect(plain(updated.dc.units.get(key)!.recent)).toEqual(plain(unit.recent));
      expect(plainHits(updated.dc.units.get(key)!.hits)).toEqual(plainHits(unit.hits));
      measured += unit.recent.tickets.length;
      if (!changed.some((t) => Array.from(unit.recent.tickets).some((i) => built.dc.tickets!.ids.at(i) === t.id))) untouched++;
    }
    // Some units hold measurements of the changed tickets, some none of them; one carries behaviours.
    expect(measured).toBeGreaterThan(0);
    expect(untouched).toBeGreaterThan(0);
    expect(untouched).toBeLessThan(built.dc.units.size);
    expect([...built.dc.units.values()].some((u) => u.behaviours > 0 && u.recent.marks.length > 0)).toBe(true);
    if (outage) {
      // Units holding the changed ticket's hits, and units holding hits of others only.
      const hitIds = [...built.dc.units.values()].map((u) => Array.from(u.hits.tickets, (i) => built.dc.tickets!.ids.at(i)));
      expect(hitIds.some((ids) => ids.includes(changed[0]!.id))).toBe(true);
      expect(hitIds.some((ids) => ids.length > 0 && !ids.includes(changed[0]!.id))).toBe(true);
    }
    expect((await readFile(countersFile(day))).equals(updatedBytes)).toBe(true);
  });
});
