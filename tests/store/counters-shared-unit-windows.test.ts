// Two standards that measure alike (one counter unit, counter-units.ts) over different windows: a 30-day window and a
// calendar quarter. The counters of a unit must reach back as far as the longer window's dates (`neededFromDn`); built
// for the shorter one's standard, every night found the unit missing, counted no ticket one by one (the plan stops at
// a missing unit), and the evaluation failed on the first live ticket ("Cannot read properties of undefined (reading
// 'reason')"). Twice: a cold night (every unit built, the standard listed last kept before), and a night whose unit is
// new to counters made the night before (the standard listed first was built alone). And as a review replays base
// and proposed in one pass (review/replay.ts: no "7 days ago", counters read only): a proposal narrowing a quarter to
// 30 days shares the unit, and the base side's figures were counted from counters missing the quarter's first dates.

import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { countersDir } from '../../scripts/store/day-counters-file.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries, evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { storeEntries } from '../../scripts/store/ticket-facts-cache.ts';
import { bytes, countedReads, DATA, fixtureNights } from './store-nights.ts';

const NIGHT = new Date('2026-11-05T06:00:00Z');

let store: TicketStore;
let model: StandardsModel;
let root: string;
const { night } = fixtureNights('counters-shared-unit-', () => [...generateSampleTickets({ count: 1500, days: 130, seed: 29, now: NIGHT })], (made) => ({ model, store, root } = made));

/**
 * The fixture's model with resolution-urgent over `first` and a copy of it, `resolution-urgent-copy` (listed after it),
 * over `second`; `scope`: both standards' scope line.
 */
async function sharedUnitModel(first: string, second: string, scope?: string): Promise<StandardsModel> {
  const file = path.join(root, 'standards/service-levels/resolution-urgent.yaml');
  const copy = path.join(root, 'standards/service-levels/resolution-urgent-copy.yaml');
  const text = await readFile(file, 'utf8');
  const scoped = scope === undefined ? text : text.replace(/^scope: .*$/m, `scope: ${scope}`);
  await writeFile(file, scoped.replace(/^window: .*$/m, `window: ${first}`));
  await writeFile(copy, scoped.replace(/^id: .*$/m, 'id: resolution-urgent-copy').replace(/^window: .*$/m, `window: ${second}`));
  try {
    const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
    if (!loaded.model) throw new Error('model does not load');
    return loaded.model;
  } finally {
    await writeFile(file, text);
    await rm(copy);
  }
}

describe('two standards sharing a counter unit over different windows', () => {
  it('a cold night, the quarter listed first and 30 days after it: the same bytes on every path, and warm', { timeout: 300_000 }, async () => {
    const m = await sharedUnitModel('quarter', '30d');
    const ids = m.standards.map((s) => s.id);
    expect(ids.indexOf('resolution-urgent')).toBeLessThan(ids.indexOf('resolution-urgent-copy'));
    const first = await night(NIGHT, m);
    const warm = await countedReads(store, m, NIGHT);
    expect(warm.report).toBe(bytes(first.report));
    expect(warm.run.counters.made).toEqual([]);
  });

  it('a unit new to the night before\'s counters, 30 days listed first and the quarter after it: made once, then kept', { timeout: 300_000 }, async () => {
    await night(NIGHT, model);
    const m = await sharedUnitModel('30d', 'quarter', '{ priority: [urgent, high] }');
    const first = await night(NIGHT, m);
    expect(new Set(first.run.counters.made.map((made) => made.why))).toEqual(new Set(['1 unit(s) new to them']));
    const warm = await countedReads(store, m, NIGHT);
    expect(warm.report).toBe(bytes(first.report));
    expect(warm.run.counters.made).toEqual([]);
  });

  it('as a review replays a proposal narrowing a quarter to 30 days (no "7 days ago", counters read only): the same bytes as the tickets alone', { timeout: 300_000 }, async () => {
    // No counters kept: each day's are made in memory (read only), every unit at once.
    await rm(countersDir(store.dir), { recursive: true, force: true });
    const m = await sharedUnitModel('quarter', '30d', '{ priority: [urgent, normal] }');
    const input = { model: m, now: NIGHT, clockFor, data: DATA, comparison: false };
    const reference = bytes(await evaluateStandards({ ...input, tickets: store.tickets() }));
    const replayed = storeEntries(store, { counters: 'read' });
    const counted = bytes(await evaluateEntries({ ...input, days: replayed.days, worstFacts: replayed.worstFacts }));
    // The sides' counts first, each day of their series too (a readable failure), then every byte.
    type Side = { id: string; count: number; met: number; series: { date: string; count: number; met: number; windowValue: number | null }[] };
    const sides = (report: string) => (JSON.parse(report) as { standards: Side[] }).standards
      .filter((st) => st.id.startsWith('resolution-urgent'))
      .map((st) => [`${st.id} ${st.count}/${st.met}`, ...st.series.map((d) => `${d.date} ${d.count}/${d.met} ${d.windowValue}`)]);
    expect(sides(counted)).toEqual(sides(reference));
    expect(counted).toBe(reference);
  });
});

