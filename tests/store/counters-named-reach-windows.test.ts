// The named blocks' reach (named-tickets.ts `worstReach`) over the windows the schema allows besides rolling days, and
// over nights that move backwards: a calendar quarter and a calendar month sharing one unit, in a zone 14 hours ahead
// of UTC (whose local dates start the evening before UTC's), a ticket solved half an hour either side of the quarter's
// first local midnight, a replay earlier than the counters' instant, and `evaluation.worstTickets` changed between
// nights. Every night is compared byte for byte with `--full`, the facts alone and the NDJSON path (store-nights.ts
// `night`), and a warm night with it.

import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, countedReads as countedReadsOf, fixtureNights } from './store-nights.ts';
import { ticketFromChanges as ticket } from './status-change-tickets.ts';

const DAY_MS = 86_400_000;
const NIGHT = new Date('2026-11-05T06:00:00Z');
const N = NIGHT.getTime();
// The quarter's first local midnight in Pacific/Kiritimati (+14): 1 October 00:00 local is 30 September 10:00 UTC.
const QUARTER_FROM = Date.parse('2026-09-30T10:00:00Z');
// Urgent tickets open for two months: the quarter's worst when inside it. `inside` is solved at 00:30 local on its
// first date (30 September by UTC's date), `outside` at 23:30 local the evening before.
const INSIDE = ticket('worst-inside', [[QUARTER_FROM - 60 * DAY_MS, 'open'], [QUARTER_FROM + 1_800_000, 'solved'], [QUARTER_FROM + DAY_MS, 'closed']]);
const OUTSIDE = ticket('worst-outside', [[QUARTER_FROM - 61 * DAY_MS, 'open'], [QUARTER_FROM - 1_800_000, 'solved'], [QUARTER_FROM + DAY_MS, 'closed']]);

let store: TicketStore;
let model: StandardsModel;
let root: string;
const SAMPLE = { count: 2000, days: 130, seed: 71, now: NIGHT };
const { night } = fixtureNights('counters-named-windows-', () => [...generateSampleTickets(SAMPLE), INSIDE, OUTSIDE], (made) => ({ model, store, root } = made));

const worstIds = (report: { standards: { id: string; worst: { id: string }[] }[] }, id: string) => report.standards.find((s) => s.id === id)!.worst.map((w) => w.id);
const countedReads = (now: Date, m: StandardsModel) => countedReadsOf(store, m, now);

/**
 * The fixture's model with the EMEA calendar in Pacific/Kiritimati, resolution-urgent over the calendar quarter, and
 * `resolution-urgent-month` beside it: the same measurement (one unit) over the calendar month. `worstTickets`: the
 * pipeline's.
 */
async function kiritimatiModel(worstTickets = 10): Promise<StandardsModel> {
  const dir = path.join(root, 'standards');
  const calendar = path.join(dir, 'calendars/emea-business-hours.yaml');
  const standard = path.join(dir, 'service-levels/resolution-urgent.yaml');
  const copy = path.join(dir, 'service-levels/resolution-urgent-month.yaml');
  const pipeline = path.join(dir, 'pipeline.yaml');
  const saved = new Map<string, string>();
  for (const file of [calendar, standard, pipeline]) saved.set(file, await readFile(file, 'utf8'));
  await writeFile(calendar, saved.get(calendar)!.replace(/^timezone: .*$/m, 'timezone: Pacific/Kiritimati'));
  await writeFile(standard, saved.get(standard)!.replace(/^window: .*$/m, 'window: quarter'));
  await writeFile(copy, saved.get(standard)!.replace(/^id: .*$/m, 'id: resolution-urgent-month').replace(/^window: .*$/m, 'window: month'));
  await writeFile(pipeline, saved.get(pipeline)!.replace(/worstTickets: \d+/, `worstTickets: ${worstTickets}`));
  try {
    const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
    if (!loaded.model) throw new Error('model does not load');
    return loaded.model;
  } finally {
    for (const [file, text] of saved) await writeFile(file, text);
    await rm(copy);
  }
}

describe('the worst candidates kept with the counters: calendar windows, a +14 h zone, nights moved backwards', () => {
  it('a quarter and a month sharing a unit in Pacific/Kiritimati: the ticket solved half an hour into the quarter is among its worst, the one half an hour before is not; a warm night reads no facts file past its header', { timeout: 300_000 }, async () => {
    const kiritimati = await kiritimatiModel();
    const first = await night(NIGHT, kiritimati);
    const quarter = first.report.standards.find((s) => s.id === 'resolution-urgent')!;
    expect(quarter.window.from).toBe('2026-09-30T10:00:00.000Z');
    expect(first.report.standards.find((s) => s.id === 'resolution-urgent-month')!.window.from).toBe('2026-10-31T10:00:00.000Z');
    expect(worstIds(first.report, 'resolution-urgent')).toContain(INSIDE.id);
    expect(worstIds(first.report, 'resolution-urgent')).not.toContain(OUTSIDE.id);
    const warm = await countedReads(NIGHT, kiritimati);
    expect(warm.report).toBe(bytes(first.report));
    expect(warm.run.counters.made).toEqual([]);
    expect(warm.pastHeader).toEqual([]);
  });

  it('a replay a quarter earlier than the counters\' instant, then the night again: the same bytes on every path and warm', { timeout: 300_000 }, async () => {
    const kiritimati = await kiritimatiModel();
    const replayAt = new Date(N - 50 * DAY_MS);
    const replay = await night(replayAt, kiritimati);
    expect(replay.report.standards.find((s) => s.id === 'resolution-urgent')!.window.from).toBe('2026-06-30T10:00:00.000Z');
    expect((await countedReads(replayAt, kiritimati)).report).toBe(bytes(replay.report));
    const again = await night(NIGHT, kiritimati);
    const warm = await countedReads(NIGHT, kiritimati);
    expect(warm.report).toBe(bytes(again.report));
  });

  it('evaluation.worstTickets from 10 to 25 to 3 and back between nights: the same bytes on every path and warm', { timeout: 300_000 }, async () => {
    for (const worst of [25, 3, 10]) {
      const m = await kiritimatiModel(worst);
      const made = await night(NIGHT, m);
      expect(worstIds(made.report, 'resolution-urgent')).toHaveLength(worst);
      expect((await countedReads(NIGHT, m)).report).toBe(bytes(made.report));
    }
  });
});

