// The report's worst tickets, and the tickets "7 days ago" reads as they stood then, kept with a day's counters (their
// `named` block, day-counters-file.ts; counters-live-entries.ts): a warm night reads no facts file past its header,
// and gives the same bytes as the facts alone, `--full` and the NDJSON path. Worst tickets that change (a solve
// corrected), are deleted, reopen or move to another day make their days' counters again, with the same bytes on
// every path. Counters of the previous format are made again, and the run says why; a named block damaged or cut
// off gives its tickets from the facts file, the run says so, and the counters are made again the next night.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem, writeFileAtomic } from '../../scripts/store/atomic-write.ts';
import { countersDir } from '../../scripts/store/day-counters-file.ts';
import type { FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import { mergeDayText, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, countedReads as countedReadsOf, fixtureNights } from './store-nights.ts';
import { ticketFromChanges as ticket } from './status-change-tickets.ts';

const H = 3_600_000;
const DAY_MS = 86_400_000;
const NIGHT_A = new Date('2026-11-05T06:00:00Z');
const NIGHT_B = new Date(NIGHT_A.getTime() + DAY_MS);
const A = NIGHT_A.getTime();
const iso = (ms: number) => new Date(ms).toISOString();


// Urgent tickets resolved in one to two weeks, each created on a day of its own after the fixture's exclusion (14 October): the worst of
// resolution-urgent's 30-day window. All but the last
// were settled more than 8 days before night A (summed by the counters, their dates' worst kept); the last is recent
// (kept measurement by measurement).
const WORST = {
  corrected: ticket('worst-corrected', [[A - 21 * DAY_MS, 'open'], [A - 12 * DAY_MS, 'solved'], [A - 11 * DAY_MS, 'closed']]),
  reopened: ticket('worst-reopened', [[A - 19.9 * DAY_MS, 'open'], [A - 13 * DAY_MS, 'solved'], [A - 12 * DAY_MS, 'closed']]),
  deleted: ticket('worst-deleted', [[A - 18.8 * DAY_MS, 'open'], [A - 11 * DAY_MS, 'solved'], [A - 10 * DAY_MS, 'closed']]),
  moved: ticket('worst-moved', [[A - 17.7 * DAY_MS, 'open'], [A - 10 * DAY_MS, 'solved'], [A - 9.5 * DAY_MS, 'closed']]),
  recent: ticket('worst-recent', [[A - 15.5 * DAY_MS, 'open'], [A - 2 * DAY_MS, 'solved']]),
};

let store: TicketStore;
let model: StandardsModel;
// About 70 tickets a day: each facts file longer than its first read (8 KiB).
const SAMPLE = { count: 4000, days: 60, seed: 43, now: NIGHT_A };
const { settle, night } = fixtureNights('counters-named-', () => [...generateSampleTickets(SAMPLE), ...Object.values(WORST)], (made) => ({ model, store } = made));

const dayOf = (t: Ticket) => t.created.slice(0, 10);
const countersFile = (day: string) => path.join(countersDir(store.dir), `${day}.counts`);
const headerOf = (file: Buffer) => JSON.parse(file.toString('utf8', 8, file.indexOf(10, 8))) as { namedEntries: { at: number; length: number } | null; named: number };
const worstIds = (report: { standards: { id: string; worst: { id: string }[] }[] }) => report.standards.find((s) => s.id === 'resolution-urgent')!.worst.map((w) => w.id);
const dropped = (run: FactsCacheRun) => run.counters.dropped.map((d) => `${d.day} ${d.why}`);

/** A warm evaluation at `now` (store-nights.ts `countedReads`). */
const countedReads = (now: Date) => countedReadsOf(store, model, now);

/** Rewrites the days holding `tickets` without them, as a fetch that learnt of their deletion does. */
async function deleteTickets(tickets: readonly Ticket[]): Promise<string[]> {
  const ids = new Set(tickets.map((t) => t.id));
  const days = [...new Set(tickets.map(dayOf))].sort();
  for (const day of days) {
    const { content } = mergeDayText(store.dayFile(day), await store.readDayText(day), new Map(), 'merge', { changedDays: [], added: 0, replaced: 0, unchanged: 0, stale: 0 }, ids);
    await writeFileAtomic(nodeStoreFileSystem, store.dayFile(day), content);
  }
  return days;
}

describe('worst tickets and tickets read as they stood 7 days ago, kept with the counters', () => {
  it('a warm night reads no facts file past its header; worst tickets corrected, deleted, reopened and moved give the same bytes on every path', { timeout: 300_000 }, async () => {
    const first = await night(NIGHT_A);
    const worst = worstIds(first.report);
    for (const t of Object.values(WORST)) expect(worst).toContain(t.id);
    // Every counted day's counters keep their worst candidates' entries, and the days of these tickets hold them.
    for (const t of Object.values(WORST)) expect(headerOf(await readFile(countersFile(dayOf(t)))).named).toBeGreaterThan(0);

    // Warm, at the same instant: every ticket read one by one, and every worst ticket, comes from the counters.
    const warm = await countedReads(NIGHT_A);
    expect(warm.report).toBe(bytes(first.report));
    expect(warm.run.counters.made).toEqual([]);
    expect(warm.run.counters.ticketsRead).toBeGreaterThan(0);
    expect(warm.pastHeader).toEqual([]);

    // Night B: one worst ticket's solve corrected (earlier, still among the worst), one deleted, one reopened (open
    // again: live), one moved a day later; the recent one unchanged.
    const corrected: Ticket = { ...WORST.corrected, statusChanges: [{ at: WORST.corrected.created, status: 'open' }, { at: iso(A - 14 * DAY_MS), status: 'solved' }, { at: iso(A - 11 * DAY_MS), status: 'closed' }], updated: iso(A + H) };
    const reopened: Ticket = { ...WORST.reopened, status: 'open', statusChanges: [...WORST.reopened.statusChanges!, { at: iso(A + H), status: 'open' }], updated: iso(A + H) };
    const moved: Ticket = { ...ticket(WORST.moved.id, [[A - 16.7 * DAY_MS, 'open'], [A - 10 * DAY_MS, 'solved'], [A - 9.5 * DAY_MS, 'closed']]), updated: iso(A + H) };
    const gone = await deleteTickets([WORST.deleted, WORST.moved]);
    const merged = await store.mergeTickets([corrected, reopened, moved]);
    await settle([...new Set([...gone, ...merged.changedDays])]);
    const second = await night(NIGHT_B);
    const made = new Map(second.run.counters.made.map((m) => [m.day, m.why]));
    for (const t of [corrected, reopened, moved, WORST.deleted, WORST.moved]) expect(made.has(dayOf(t))).toBe(true);
    const after = worstIds(second.report);
    expect(after).toContain(corrected.id);
    expect(after).toContain(moved.id);
    expect(after).toContain(WORST.recent.id);
    expect(after).not.toContain(WORST.deleted.id);
    expect(second.report.standards.find((s) => s.id === 'resolution-urgent')!.worst.find((w) => w.id === corrected.id)!.minutes)
      .toBeLessThan(first.report.standards.find((s) => s.id === 'resolution-urgent')!.worst.find((w) => w.id === corrected.id)!.minutes);
    // Warm again at night B: the days made tonight keep their named tickets too.
    const warmB = await countedReads(NIGHT_B);
    expect(warmB.report).toBe(bytes(second.report));
    for (const t of [corrected, moved]) expect(warmB.pastHeader).not.toContain(`${dayOf(t)}.facts`);
  });

  it('counters of the previous format are made again and the run says why; a damaged or cut-off named block reads the facts file, and its counters are made again the next night', { timeout: 300_000 }, async () => {
    const before = await night(NIGHT_B);
    const [a, b, c] = [dayOf(WORST.reopened), dayOf(WORST.corrected), dayOf(WORST.recent)];
    expect(new Set([a, b, c]).size).toBe(3);
    // a: marked format 5, the one before the ids' offsets (a header of the same length); b: one byte of its named block changed
    // (it keeps a worst ticket of the report: read after every day's turn); c: cut off within its named block.
    const old = (await readFile(countersFile(a))).toString('latin1');
    await writeFile(countersFile(a), old.replace('"format":6,', '"format":5,'), 'latin1');
    const damaged = await readFile(countersFile(b));
    const place = headerOf(damaged).namedEntries!;
    damaged[place.at + place.length - 20]! ^= 0x08;
    await writeFile(countersFile(b), damaged);
    const cut = await readFile(countersFile(c));
    await writeFile(countersFile(c), cut.subarray(0, cut.length - 10));
    const { run, report } = await night(NIGHT_B);
    expect(bytes(report)).toBe(bytes(before.report));
    expect(run.counters.made.map((m) => `${m.day} ${m.why}`)).toEqual([`${a} format 5, expected 6`]);
    expect(dropped(run).sort()).toEqual([`${b} its named block: its content does not match its digest (damaged)`, `${c} its named block is cut off`].sort());
    await expect(readFile(countersFile(b))).rejects.toThrow();
    await expect(readFile(countersFile(c))).rejects.toThrow();
    const next = await night(NIGHT_B);
    expect(bytes(next.report)).toBe(bytes(before.report));
    expect(next.run.counters.made.map((m) => `${m.day} ${m.why}`).sort()).toEqual([`${b} missing`, `${c} missing`].sort());
    expect(next.run.counters.dropped).toEqual([]);
    const warm = await countedReads(NIGHT_B);
    expect(warm.report).toBe(bytes(before.report));
    expect(warm.run.counters.made).toEqual([]);
    // Nothing left to make: no day file here has its facts file read past its header for these days.
    for (const day of [a, b, c]) expect(warm.pastHeader).not.toContain(`${day}.facts`);
  });
});
