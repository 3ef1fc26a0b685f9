// Tickets deleted upstream (or merged away) after their days were counted: a fetch rewrites their days without them
// (ticket-store.ts `mergeDayText` with the deleted ids, as staged-fetch.ts does), so a live one, a recent one, a
// summed one and the only ticket of an old day go; an old ticket's creation moves to another old day; and the
// night after, a deleted ticket comes back (helpdesks let agents undelete). Every night the counters, the facts
// alone, `--full` and the NDJSON path give the same bytes, and so does a cold run; the caches of a day that is gone
// go with it.

import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries } from '../../scripts/engine/evaluate.ts';
import type { StandardsModel, Ticket, TicketStatus } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem, writeFileAtomic } from '../../scripts/store/atomic-write.ts';
import { countersDir } from '../../scripts/store/day-counters-file.ts';
import { factsCacheDir, storeEntries } from '../../scripts/store/ticket-facts-cache.ts';
import { mergeDayText, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, DATA, fixtureNights } from './store-nights.ts';

const H = 3_600_000;
const DAY_MS = 86_400_000;
const NIGHT_A = new Date('2026-11-05T06:00:00Z');
const NIGHT_B = new Date(NIGHT_A.getTime() + DAY_MS);
const NIGHT_C = new Date(NIGHT_B.getTime() + DAY_MS);
const A = NIGHT_A.getTime();

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('counters-deleted-', () => [...generateSampleTickets({ count: 800, days: 60, seed: 31, now: NIGHT_A }), ...Object.values(GONE), MOVED], (made) => ({ model, store } = made));
const iso = (ms: number) => new Date(ms).toISOString();

function ticket(id: string, priority: Ticket['priority'], changes: [number, TicketStatus][]): Ticket {
  const created = changes[0]![0];
  return {
    id, created: iso(created), updated: iso(Math.max(...changes.map((c) => c[0]), created + H)), priority, channel: 'email', team: 'support-emea',
    status: changes.at(-1)![1], tags: [], replies: [{ at: iso(created + H), by: 'agent' }], statusChanges: changes.map(([at, status]) => ({ at: iso(at), status })),
  } as Ticket;
}

const GONE = {
  // Open when the counters were made.
  live: ticket('gone-live', 'urgent', [[A - 2 * DAY_MS, 'open']]),
  // Settled a day before (recent: kept measurement by measurement), a long urgent resolution: a worst ticket.
  recent: ticket('gone-recent', 'urgent', [[A - 5 * DAY_MS, 'open'], [A - DAY_MS, 'solved']]),
  // Settled a month before (summed).
  summed: ticket('gone-summed', 'urgent', [[A - 40 * DAY_MS, 'open'], [A - 38 * DAY_MS, 'solved'], [A - 34 * DAY_MS, 'closed']]),
  // The only ticket of its day, long ago.
  alone: ticket('gone-alone', 'normal', [[A - 200 * DAY_MS, 'open'], [A - 199 * DAY_MS, 'solved'], [A - 195 * DAY_MS, 'closed']]),
};
/** An old ticket whose creation moves a day later (its line leaves one old day for another). */
const MOVED = ticket('moved-summed', 'urgent', [[A - 30 * DAY_MS, 'open'], [A - 29 * DAY_MS, 'solved'], [A - 25 * DAY_MS, 'closed']]);

const dayOf = (t: Ticket) => t.created.slice(0, 10);

/** Rewrites the days holding `ids` without them, as a fetch that learnt of their deletion does. */
async function deleteTickets(tickets: readonly Ticket[]): Promise<string[]> {
  const ids = new Set(tickets.map((t) => t.id));
  const days = [...new Set(tickets.map(dayOf))].sort();
  for (const day of days) {
    const file = store.dayFile(day);
    const old = await store.readDayText(day);
    const { content } = mergeDayText(file, old, new Map(), 'merge', { changedDays: [], added: 0, replaced: 0, unchanged: 0, stale: 0 }, ids);
    if (content === '') await nodeStoreFileSystem.rm(file);
    else await writeFileAtomic(nodeStoreFileSystem, file, content);
  }
  return days;
}

describe('tickets deleted after their days were counted', () => {
  it('a live, a recent, a summed and a lone one deleted, an old one moved, then one undeleted: every path, and a cold run', { timeout: 300_000 }, async () => {
    const first = await night(NIGHT_A);
    expect(first.report.standards.find((s) => s.id === 'resolution-urgent')!.comparison!.count).toBeGreaterThan(0);
    const aloneDay = dayOf(GONE.alone);
    expect(await readdir(factsCacheDir(store.dir))).toContain(`${aloneDay}.facts`);

    const changedDays = await deleteTickets([...Object.values(GONE), MOVED]);
    const moved: Ticket = { ...MOVED, created: iso(Date.parse(MOVED.created) + DAY_MS) };
    const merged = await store.mergeTickets([moved]);
    await settle([...changedDays, ...merged.changedDays].filter((d) => d !== aloneDay));
    expect(await store.listDays()).not.toContain(aloneDay);
    const second = await night(NIGHT_B);
    const made = new Map(second.run.counters.made.map((m) => [m.day, m.why]));
    // The recent and the live ones' days are updated from their counters; the summed ones' days made again.
    expect(made.get(dayOf(GONE.recent))).toBe('updated: only the changed tickets counted');
    expect(made.get(dayOf(GONE.live))).toBe('updated: only the changed tickets counted');
    expect(made.get(dayOf(GONE.summed))).not.toBe('updated: only the changed tickets counted');
    expect(made.has(dayOf(GONE.summed))).toBe(true);
    expect(made.has(dayOf(moved))).toBe(true);
    // The lone day's caches are gone with it.
    expect(await readdir(factsCacheDir(store.dir))).not.toContain(`${aloneDay}.facts`);
    expect(await readdir(countersDir(store.dir))).not.toContain(`${aloneDay}.counts`);
    expect(JSON.stringify(second.report)).not.toContain('gone-recent');

    // Undeleted the next night: the recent one back in its day.
    const back = await store.mergeTickets([GONE.recent]);
    await settle(back.changedDays);
    const third = await night(NIGHT_C);
    await rm(path.join(store.dir, '.cache'), { recursive: true, force: true });
    const cold = storeEntries(store);
    expect(bytes(await evaluateEntries({ model, now: NIGHT_C, clockFor, data: DATA, days: cold.days, worstFacts: cold.worstFacts }))).toBe(bytes(third.report));
  });
});
