// Which worst candidates a day's counters keep in their `named` block (named-tickets.ts `worstReach`): only those of
// the dates a duration unit's own headline window reaches at the counters' instant, and none when the report lists no
// worst tickets. Every night is compared byte for byte with `--full`, the facts alone and the NDJSON path
// (store-nights.ts `night`): 7-day windows, a 120-day window, a window widened between nights (by two days: the
// counters are kept and the worst ticket they do not name is read from the facts file; by ninety: the counters are
// made again, naming it), and a pipeline that lists no worst tickets followed by one that lists ten.

import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { countersDir } from '../../scripts/store/day-counters-file.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, countedReads as countedReadsOf, fixtureNights } from './store-nights.ts';
import { ticketFromChanges as ticket } from './status-change-tickets.ts';

const DAY_MS = 86_400_000;
const NIGHT_A = new Date('2026-11-05T06:00:00Z');
const A = NIGHT_A.getTime();
const NIGHT_B = new Date(A + DAY_MS);

// Urgent tickets resolved over weeks (resolution-urgent's worst, Europe/Dublin: UTC in November), settled long before
// night A. `edge` is solved at 18:00 the day before night A's 30-day window starts (06:00): in no 30-day window from A
// on, in night B's 32-day window (from 06:00 that day: its first date, partly inside). `ancient`: only a 120-day
// window reaches it.
const EDGE = ticket('worst-edge', [[A - 75 * DAY_MS, 'open'], [A - 30.5 * DAY_MS, 'solved'], [A - 29.5 * DAY_MS, 'closed']]);
const ANCIENT = ticket('worst-ancient', [[A - 125 * DAY_MS, 'open'], [A - 100 * DAY_MS, 'solved'], [A - 99 * DAY_MS, 'closed']]);

let store: TicketStore;
let model: StandardsModel;
let root: string;
const SAMPLE = { count: 2000, days: 130, seed: 53, now: NIGHT_A };
const { night } = fixtureNights('counters-named-reach-', () => [...generateSampleTickets(SAMPLE), EDGE, ANCIENT], (made) => ({ model, store, root } = made));

const dayOf = (t: Ticket) => t.created.slice(0, 10);
const worstIds = (report: { standards: { id: string; worst: { id: string }[] }[] }) => report.standards.find((s) => s.id === 'resolution-urgent')!.worst.map((w) => w.id);
const DURATION_STANDARDS = ['first-response-americas', 'first-response-normal', 'first-response-urgent', 'next-reply-high', 'requester-wait-normal', 'resolution-urgent'];

/** The fixture's model with the windows given (by standard file name). */
async function modelWithWindows(windows: Record<string, string>): Promise<StandardsModel> {
  const saved = new Map<string, string>();
  for (const [name, window] of Object.entries(windows)) {
    const file = path.join(root, `standards/service-levels/${name}.yaml`);
    const text = await readFile(file, 'utf8');
    saved.set(file, text);
    await writeFile(file, text.replace(/^window: .*$/m, `window: ${window}`));
  }
  const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
  for (const [file, text] of saved) await writeFile(file, text);
  if (!loaded.model) throw new Error('model does not load');
  return loaded.model;
}

/** Each counters file's header counts, by day: tickets read every night (live), recent ones, named ones. */
async function countersHeaders(): Promise<Map<string, { live: number; recent: number; named: number }>> {
  const out = new Map<string, { live: number; recent: number; named: number }>();
  for (const name of (await readdir(countersDir(store.dir))).filter((n) => n.endsWith('.counts')).sort()) {
    const file = await readFile(path.join(countersDir(store.dir), name));
    const head = JSON.parse(file.toString('utf8', 8, file.indexOf(10, 8))) as { live: number; recent: number; named: number };
    out.set(name.slice(0, 10), { live: head.live, recent: head.recent, named: head.named });
  }
  return out;
}

/** Counters made afresh by the next night (the facts cache kept). */
const forgetCounters = () => rm(countersDir(store.dir), { recursive: true, force: true });

/** A warm evaluation at `now` (store-nights.ts `countedReads`). */
const countedReads = (now: Date, m: StandardsModel = model) => countedReadsOf(store, m, now);

describe('the worst candidates kept with the counters: the dates their own windows reach', () => {
  it('7-day windows: a day with no recent or live ticket names none; every path gives the same bytes, and a warm night reads no facts file past its header', { timeout: 300_000 }, async () => {
    const week = await modelWithWindows(Object.fromEntries(DURATION_STANDARDS.map((s) => [s, '7d'])));
    const first = await night(NIGHT_A, week);
    const heads = await countersHeaders();
    // Settled days within 95 days of night A (the fixed reach before): their old dates lie before every 7-day window.
    const settled = [...heads].filter(([, h]) => h.live === 0 && h.recent === 0);
    expect(settled.length).toBeGreaterThan(30);
    expect(settled.filter(([, h]) => h.named > 0).map(([day]) => day)).toEqual([]);
    const warm = await countedReads(NIGHT_A, week);
    expect(warm.report).toBe(bytes(first.report));
    expect(warm.run.counters.made).toEqual([]);
    expect(warm.pastHeader).toEqual([]);
  });

  it('a 120-day window names its worst tickets older than 95 days: a warm night reads no facts file past its header', { timeout: 300_000 }, async () => {
    await forgetCounters();
    const long = await modelWithWindows({ 'resolution-urgent': '120d' });
    const first = await night(NIGHT_A, long);
    expect(worstIds(first.report)).toContain(ANCIENT.id);
    expect((await countersHeaders()).get(dayOf(ANCIENT))!.named).toBeGreaterThan(0);
    const warm = await countedReads(NIGHT_A, long);
    expect(warm.report).toBe(bytes(first.report));
    expect(warm.pastHeader).toEqual([]);
  });

  it('a window widened between nights: by two days, the counters are kept and the worst ticket they do not name is read from the facts file; by ninety, they are made again and name it', { timeout: 300_000 }, async () => {
    await forgetCounters();
    const a = await night(NIGHT_A);
    expect(worstIds(a.report)).not.toContain(EDGE.id);
    expect((await countersHeaders()).get(dayOf(EDGE))!.named).toBe(0);
    const wider = await modelWithWindows({ 'resolution-urgent': '32d' });
    const b = await night(NIGHT_B, wider);
    expect(worstIds(b.report)).toContain(EDGE.id);
    expect(b.run.counters.made).toEqual([]);
    const warm = await countedReads(NIGHT_B, wider);
    expect(warm.report).toBe(bytes(b.report));
    expect(warm.run.counters.made).toEqual([]);
    // The facts files read: the days of the worst tickets the wider window adds (no ticket changed, and the window only
    // grew at its start), all measured on its first date, before night A's windows.
    const added = b.report.standards.find((s) => s.id === 'resolution-urgent')!.worst.filter((w) => !worstIds(a.report).includes(w.id));
    expect(added.map((w) => w.id)).toContain(EDGE.id);
    expect(warm.pastHeader).toEqual([...new Set(added.map((w) => `${w.created.slice(0, 10)}.facts`))].sort());

    const long = await modelWithWindows({ 'resolution-urgent': '120d' });
    const c = await night(NIGHT_B, long);
    expect(worstIds(c.report)).toContain(ANCIENT.id);
    expect(new Set(c.run.counters.made.map((m) => m.why))).toEqual(new Set(['1 unit(s) new to them']));
    const warmLong = await countedReads(NIGHT_B, long);
    expect(warmLong.report).toBe(bytes(c.report));
    expect(warmLong.pastHeader).toEqual([]);
  });

  it('a pipeline that lists no worst tickets names only the tickets read as they stood 7 days ago; one that lists ten after it reads them from the facts files, with the same bytes', { timeout: 300_000 }, async () => {
    await forgetCounters();
    const none = { ...model, pipeline: { ...model.pipeline, evaluation: { ...model.pipeline.evaluation, worstTickets: 0 } } };
    const first = await night(NIGHT_A, none);
    expect(first.report.standards.every((s) => s.worst.length === 0)).toBe(true);
    // Only recent tickets are read as they stood 7 days ago.
    expect([...await countersHeaders()].filter(([, h]) => h.named > h.recent).map(([day]) => day)).toEqual([]);
    const ten = await night(NIGHT_A);
    expect(worstIds(ten.report)).toHaveLength(10);
    expect(ten.run.counters.made).toEqual([]);
  });
});
