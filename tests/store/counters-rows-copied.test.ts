// A changed day's counters are made from its previous ones (day-counters-update.ts) and written again whole; the
// rows of its dates, which the update leaves as they were, are written as the bytes they were read from, with
// their digests (day-counters-file.ts `rowsAsRead`), not encoded and hashed again. The file written so is the one
// an encoding of the same counters gives; rows made anew are encoded; a previous file damaged where its rows are
// copied from is not updated from, and the next nights update again. Every night the report from the counters,
// from the facts alone, with --full and by the NDJSON path are the same bytes.

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DetailRows } from '../../scripts/engine/day-counters.ts';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { countersDir, encodeDayCounters, readDayCounters, readRowsOf, type KeptCounters } from '../../scripts/store/day-counters-file.ts';
import { liveBlockOf, namedBlockOf } from '../../scripts/store/counters-live-entries.ts';
import type { FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { fixtureNights } from './store-nights.ts';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-05T06:00:00Z');
const SAMPLE = { count: 3000, days: 90, seed: 7 };
const UPDATED = 'updated: only the changed tickets counted';

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('counters-rows-', () => [...generateSampleTickets({ ...SAMPLE, now: NOW })], (made) => ({ model, store } = made));

const lines = async (day: string) => (await store.readDayText(day))!.split('\n').filter((l) => l.length > 0);
const ticketOf = (line: string) => JSON.parse(line) as Ticket;
const settled = (t: Ticket) => t.status === 'solved' || t.status === 'closed';
/** Solved, last changed between 5 days and an hour before now: kept one by one by the counters. */
const isRecent = (l: string) => settled(ticketOf(l)) && Date.parse(ticketOf(l).updated) > NOW.getTime() - 5 * DAY_MS && Date.parse(ticketOf(l).updated) < NOW.getTime() - 3_600_000;
const madeFor = (run: FactsCacheRun, day: string) => run.counters.made.filter((m) => m.day === day).map((m) => m.why);
const countersFile = (day: string) => path.join(countersDir(store.dir), `${day}.counts`);
const factsOf = async (day: string) => createHash('sha256').update((await store.readDayBytes(day))!).digest('hex');

/** A day's counters read whole (every date's rows, the ticket table), as the file holds them now. */
async function readWhole(day: string): Promise<KeptCounters> {
  const found = await readDayCounters(nodeStoreFileSystem, countersFile(day), await factsOf(day));
  if ('why' in found) throw new Error(found.why);
  const all = new Map([...found.kept.dc.units].map(([key, unit]) => [key, new Set(unit.dates.map((d) => d.dn))]));
  await readRowsOf(nodeStoreFileSystem, countersFile(day), found.kept, all, true);
  return found.kept;
}

/** A recent day whose counters keep dates with rows, and two of its recent tickets. */
async function dayWithRowsAndRecent(): Promise<{ day: string; recent: Ticket[] }> {
  for (const day of (await store.listDays()).slice(-40).reverse()) {
    const recent = (await lines(day)).filter(isRecent).map(ticketOf);
    if (recent.length < 2) continue;
    const kept = await readWhole(day);
    if ([...kept.dc.units.values()].some((u) => u.dates.some((d) => d.rows!.values.length > 0))) return { day, recent };
  }
  throw new Error('no recent day keeps dates with rows');
}

/** The live and named tickets' entries the day's counters file keeps, as they are (counters-live-entries.ts). */
async function blocksOf(day: string, kept: KeptCounters): Promise<[Buffer | null, { tickets: number[]; bytes: Buffer } | null]> {
  return [await liveBlockOf(nodeStoreFileSystem, countersFile(day), kept), await namedBlockOf(nodeStoreFileSystem, countersFile(day), kept)];
}

/** Changes a ticket (a new tag) the way a fetch does, its day file replaced. */
async function retag(day: string, t: Ticket, tag: string): Promise<Ticket> {
  const changed = { ...t, tags: [...t.tags, tag] };
  await store.mergeTickets([changed]);
  await settle([day]);
  return changed;
}

describe('a changed day\'s rows written as they were read', () => {
  it('the file an update writes is what encoding its counters gives, rows made anew are encoded', { timeout: 300_000 }, async () => {
    await night(NOW);
    const { day, recent } = await dayWithRowsAndRecent();
    await retag(day, recent[0]!, 'copied-rows');
    expect(madeFor((await night(NOW)).run, day)).toEqual([UPDATED]);
    const file = await readFile(countersFile(day));
    const kept = await readWhole(day);
    expect(encodeDayCounters(kept.dc, await factsOf(day), ...(await blocksOf(day, kept))).equals(file)).toBe(true);
    // A date's rows replaced by new ones (equal values, then one value changed): encoded from what they hold.
    const date = [...kept.dc.units.values()].flatMap((u) => u.dates).find((d) => d.rows!.values.length > 0)!;
    const copy = (rows: DetailRows): DetailRows => ({ values: rows.values.slice(), atMs: rows.atMs.slice(), lost: rows.lost.slice(), tickets: rows.tickets.slice(), marks: rows.marks.slice() });
    const was = date.rows!;
    date.rows = copy(was);
    expect(encodeDayCounters(kept.dc, await factsOf(day), ...(await blocksOf(day, kept))).equals(file)).toBe(true);
    const changed = copy(was);
    changed.values[0] = was.values[0]! + 1234.5;
    date.rows = changed;
    await writeFile(countersFile(day), encodeDayCounters(kept.dc, await factsOf(day), ...(await blocksOf(day, kept))));
    const again = await readWhole(day);
    const read = [...again.dc.units.values()].flatMap((u) => u.dates).find((d) => d.dn === date.dn && d.rows!.values.length === changed.values.length && d.rows!.values[0] === changed.values[0]);
    expect(read?.rows!.values[0]).toBe(was.values[0]! + 1234.5);
    // Put back as the night wrote it.
    await writeFile(countersFile(day), file);
  });

  it('previous counters damaged in the rows an update copies: made from the day, then updated twice', { timeout: 300_000 }, async () => {
    await night(NOW);
    const { day, recent } = await dayWithRowsAndRecent();
    const first = await retag(day, recent[0]!, 'damaged-rows');
    expect(madeFor((await night(NOW)).run, day)).toEqual([UPDATED]);
    // One byte of the rows block flipped.
    const kept = await readWhole(day);
    const file = await readFile(countersFile(day));
    expect(kept.header.rows.length).toBeGreaterThan(0);
    const at = kept.header.rows.at + Math.floor(kept.header.rows.length / 2);
    file[at] = file[at]! ^ 0x55;
    await writeFile(countersFile(day), file);
    await retag(day, first, 'after-damage');
    const made = madeFor((await night(NOW)).run, day);
    expect(made).toHaveLength(1);
    expect(made[0]).not.toBe(UPDATED);
    // Made whole: the next two changes update it again, copying its rows.
    await retag(day, recent[1]!, 'twice-1');
    expect(madeFor((await night(NOW)).run, day)).toEqual([UPDATED]);
    await retag(day, recent[1]!, 'twice-2');
    expect(madeFor((await night(NOW)).run, day)).toEqual([UPDATED]);
    const whole = await readWhole(day);
    expect(encodeDayCounters(whole.dc, await factsOf(day), ...(await blocksOf(day, whole))).equals(await readFile(countersFile(day)))).toBe(true);
  });
});
