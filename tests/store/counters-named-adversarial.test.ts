// Review of the counters' `named` block (worst2): adversarial nights compared byte for byte with `--full` and the
// NDJSON path (store-nights.ts `night`): worst tickets tied on their minutes (broken by id), old and recent; a rolling
// window of 120 days after 30-day ones, its worst older than 95 days; "now"
// moved a week on without a fetch; the window switched back and forth; tied worst tickets deleted and moved. And
// every byte of a named block flipped in turn: each read either refuses the block or gives the same entries.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem, writeFileAtomic } from '../../scripts/store/atomic-write.ts';
import { readNamedEntries } from '../../scripts/store/counters-live-entries.ts';
import { countersDir, readDayCounters } from '../../scripts/store/day-counters-file.ts';
import { mergeDayText, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, DATA, fixtureNights } from './store-nights.ts';
import { ticketFromChanges as ticket } from './status-change-tickets.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { OLD_AFTER_MS } from '../../scripts/engine/day-counters.ts';
import { evaluateEntries } from '../../scripts/engine/evaluate.ts';
import { storeEntries } from '../../scripts/store/ticket-facts-cache.ts';

const DAY_MS = 86_400_000;
const H = 3_600_000;
const NIGHT_A = new Date('2026-11-05T06:00:00Z');
const A = NIGHT_A.getTime();
const iso = (ms: number) => new Date(ms).toISOString();


// Twelve tickets each (more than the fixture's 10 worst) with the same resolution, on one date: settled long ago
// (the counters' dates' worst), recent (kept measurement by measurement), and 90 days before night A (a 120-day
// window's worst, no 30-day window's). Ids out of order, so the tie is broken by id, not by place.
const tied = (prefix: string, createdMs: number, solvedMs: number, idOf = (k: number) => `${prefix}-${String((k * 7) % 12).padStart(2, '0')}`) =>
  Array.from({ length: 12 }, (_, k) => ticket(idOf(k), [[createdMs, 'open'], [solvedMs, 'solved'], [solvedMs + DAY_MS, 'closed']]));
const ANCIENT_TIED = tied('tie-ancient', A - 110 * DAY_MS, A - 90 * DAY_MS);
// The same resolution a week apart (the same business minutes): a settled date's worst and recent tickets tied, their
// ids interleaved.
const solvedOnly = (t: Ticket) => ({ ...t, status: 'solved', statusChanges: t.statusChanges.slice(0, 2) }) as Ticket;
const WEEK_TIED = [
  ...tied('', A - 20 * DAY_MS, A - 9 * DAY_MS, (k) => `tie-week-${String(2 * k).padStart(2, '0')}`).map(solvedOnly),
  ...tied('', A - 13 * DAY_MS, A - 2 * DAY_MS, (k) => `tie-week-${String(2 * k + 1).padStart(2, '0')}`).map(solvedOnly),
];

let store: TicketStore;
let model: StandardsModel;
let root: string;
const SAMPLE = { count: 2500, days: 140, seed: 47, now: NIGHT_A };
const { settle, night } = fixtureNights('counters-named-adv-', () => [...generateSampleTickets(SAMPLE), ...ANCIENT_TIED, ...WEEK_TIED], (made) => ({ model, store, root } = made));

const worstOf = (report: { standards: { id: string; worst: { id: string; minutes: number }[] }[] }) => report.standards.find((s) => s.id === 'resolution-urgent')!.worst.map((w) => w.id);
const dayOf = (t: Ticket) => t.created.slice(0, 10);

/** The fixture's model with resolution-urgent's window set to `window`. */
async function modelWithWindow(window: string): Promise<StandardsModel> {
  const file = path.join(root, 'standards/service-levels/resolution-urgent.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^window: .*$/m, `window: ${window}`));
  const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
  await writeFile(file, text);
  if (!loaded.model) throw new Error('model does not load');
  return loaded.model;
}

describe('the counters\' named block, attacked', () => {
  it('tied worst tickets, a 120-day window, now a week on without a fetch, tied worst deleted and moved: every path gives the same bytes', { timeout: 600_000 }, async () => {
    const long = await modelWithWindow('120d');
    const a = await night(NIGHT_A);
    // Twenty tickets tied at 4200 minutes, a settled date's and a recent date's interleaved by id: the first ten by id.
    expect(a.report.standards.find((s) => s.id === 'resolution-urgent')!.worst.map((w) => `${w.id} ${w.minutes}`)).toEqual(Array.from({ length: 10 }, (_, k) => `tie-week-0${k} 4200`));
    const aLong = await night(NIGHT_A, long);
    expect(worstOf(aLong.report)).toEqual(Array.from({ length: 10 }, (_, k) => `tie-ancient-0${k}`));
    // Warm, a week on, nothing fetched: counters made at A read at A + 7 days.
    const week = new Date(A + 7 * DAY_MS);
    await night(week, long);
    await night(week);
    await night(week, long);
    // Tied worst tickets deleted (the first by id of each kind) and one moved a day earlier.
    const gone = [WEEK_TIED.find((t) => t.id === 'tie-week-00')!, WEEK_TIED.find((t) => t.id === 'tie-week-01')!, ANCIENT_TIED.find((t) => t.id === 'tie-ancient-00')!];
    const days = [...new Set(gone.map(dayOf))];
    const ids = new Set(gone.map((t) => t.id));
    for (const day of days) {
      const { content } = mergeDayText(store.dayFile(day), await store.readDayText(day), new Map(), 'merge', { changedDays: [], added: 0, replaced: 0, unchanged: 0, stale: 0 }, ids);
      await writeFileAtomic(nodeStoreFileSystem, store.dayFile(day), content);
    }
    const movedFrom = WEEK_TIED.find((t) => t.id === 'tie-week-02')!;
    const moved = { ...movedFrom, created: iso(Date.parse(movedFrom.created) - DAY_MS), statusChanges: [{ at: iso(Date.parse(movedFrom.created) - DAY_MS), status: 'open' as const }, ...movedFrom.statusChanges.slice(1)], updated: iso(A + 7 * DAY_MS) };
    await store.mergeTickets([moved]);
    await settle([...days, dayOf(moved), dayOf(movedFrom)]);
    const later = new Date(A + 8 * DAY_MS);
    const b = await night(later, long);
    expect(worstOf(b.report)).toEqual(Array.from({ length: 10 }, (_, k) => `tie-ancient-${String(k + 1).padStart(2, '0')}`));
    await night(later);
    await night(later, long);
  });

  it('every byte of a named block flipped: the read refuses the block or gives the entries it kept', { timeout: 300_000 }, async () => {
    await night(NIGHT_A);
    const dir = countersDir(store.dir);
    const day = dayOf(WEEK_TIED[0]!);
    const file = path.join(dir, `${day}.counts`);
    const factsDigest = JSON.parse((await readFile(file)).toString('utf8', 8, (await readFile(file)).indexOf(10, 8))).facts as string;
    const found = await readDayCounters(nodeStoreFileSystem, file, factsDigest);
    if (!('kept' in found)) throw new Error(found.why);
    const place = { ...found.kept.header.namedEntries!, tickets: found.kept.named.slice() };
    const indices = Array.from(place.tickets);
    const original = await readFile(file);
    const want = await readNamedEntries(nodeStoreFileSystem, file, place, factsDigest, indices);
    const wanted = indices.map((i) => want.get(i));
    const scratch = path.join(path.dirname(store.dir), 'flipped.counts');
    let refused = 0;
    const wrong: number[] = [];
    for (let at = place.at; at < place.at + place.length; at++) {
      const flipped = Buffer.from(original);
      flipped[at]! ^= 0x01;
      await writeFile(scratch, flipped);
      try {
        const got = await readNamedEntries(nodeStoreFileSystem, scratch, place, factsDigest, indices);
        if (!isDeepStrictEqual(indices.map((i) => got.get(i)), wanted)) wrong.push(at - place.at);
      } catch {
        refused++;
      }
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(0);
  });
});

describe('a named block read after the day\'s turn', () => {
  it('the counters file replaced by one of other facts before the worst tickets are read: their facts come from the facts file, the same bytes, and the file is made again', { timeout: 300_000 }, async () => {
    const day = dayOf(WEEK_TIED.find((t) => t.id === 'tie-week-03')!);
    const file = path.join(countersDir(store.dir), `${day}.counts`);
    await night(NIGHT_A);
    const older = await readFile(file);
    // Another ticket of the day answered: the day's facts change, its counters are made again.
    const other = (await store.readDayText(day))!.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Ticket).find((t) => !t.id.startsWith('tie-'))!;
    await store.mergeTickets([{ ...other, updated: iso(A + H), replies: [...other.replies, { at: iso(A + H), by: 'customer' }] }]);
    await settle([day]);
    const now = new Date(A + DAY_MS);
    const reference = await night(now);
    expect(worstOf(reference.report)).toContain('tie-week-03');
    const pass = storeEntries(store, { changingFromMs: now.getTime() - OLD_AFTER_MS });
    async function* swapped() {
      for await (const d of pass.days) yield d;
      // Every day's turn is over; the worst tickets' facts are read next.
      await writeFile(file, older);
    }
    const report = await evaluateEntries({ model, now, clockFor, data: DATA, days: swapped(), worstFacts: pass.worstFacts });
    expect(bytes(report)).toBe(bytes(reference.report));
    // (Refused for what its place finds there: the older file is shorter, so its block is cut off.)
    expect(pass.run.counters.dropped.map((d) => d.day)).toEqual([day]);
    const next = await night(now);
    expect(next.run.counters.made.map((m) => `${m.day} ${m.why}`)).toEqual([`${day} missing`]);
  });
});

describe('a counters file\'s header damaged', () => {
  it('every byte of the header flipped: the file is refused, its named block refused, or the header, the live, recent and named tickets and entries read as they were', { timeout: 300_000 }, async () => {
    await night(NIGHT_A);
    const file = path.join(countersDir(store.dir), `${dayOf(WEEK_TIED[0]!)}.counts`);
    const original = await readFile(file);
    const headEnd = original.indexOf(10, 8);
    const factsDigest = JSON.parse(original.toString('utf8', 8, headEnd)).facts as string;
    /** What a night takes from the file: its header, live, recent and named tickets and the named entries, or null when refused. */
    async function taken(at: string): Promise<unknown> {
      const found = await readDayCounters(nodeStoreFileSystem, at, factsDigest);
      if (!('kept' in found)) return null;
      const { dc, header, named } = found.kept;
      const place = header.namedEntries === null ? null : { ...header.namedEntries, tickets: named.slice() };
      let entries: unknown = null;
      if (place !== null) entries = await readNamedEntries(nodeStoreFileSystem, at, place, factsDigest, Array.from(named)).then((m) => [...m.entries()], () => 'refused');
      return { header, live: dc.live, recent: Array.from(dc.recent), named: Array.from(named), entries };
    }
    const want = await taken(file);
    expect((want as { entries: unknown[] }).entries.length).toBeGreaterThan(0);
    const scratch = path.join(path.dirname(store.dir), 'header-flipped.counts');
    const wrong: string[] = [];
    for (let at = 8; at < headEnd; at++) {
      for (const bit of [0x01, 0x08]) {
        const flipped = Buffer.from(original);
        flipped[at]! ^= bit;
        await writeFile(scratch, flipped);
        let got: unknown;
        try {
          got = await taken(scratch);
        } catch (error) {
          got = `threw ${(error as Error).message}`;
        }
        if (got === null) continue;
        const g = got as { entries: unknown };
        if (typeof got === 'string' || g.entries === 'refused') continue;
        if (!isDeepStrictEqual(got, want)) wrong.push(`${at} ^${bit}: ${original.toString('latin1', Math.max(8, at - 20), at + 20)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('a counters file\'s header changed where no block digest reaches', () => {
  it('a team\'s name changed in the header: the counters are refused and made again, the same bytes', { timeout: 300_000 }, async () => {
    const day = dayOf(WEEK_TIED.find((t) => t.id === 'tie-week-04')!);
    const file = path.join(countersDir(store.dir), `${day}.counts`);
    const reference = await night(NIGHT_A);
    const text = (await readFile(file)).toString('latin1');
    // One bit: "support-emea" → "support-emec" (the tied worst tickets' team).
    expect(text).toContain('"teams":["support-emea"');
    await writeFile(file, text.replace('"teams":["support-emea"', '"teams":["support-emec"'), 'latin1');
    const pass = storeEntries(store, { changingFromMs: A - OLD_AFTER_MS });
    const report = await evaluateEntries({ model, now: NIGHT_A, clockFor, data: DATA, days: pass.days, worstFacts: pass.worstFacts });
    expect(bytes(report)).toBe(bytes(reference.report));
    expect(pass.run.counters.made.map((m) => `${m.day} ${m.why}`)).toEqual([`${day} its header does not match its digest (damaged)`]);
  });
});
