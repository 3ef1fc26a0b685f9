// `comparison: false` (a review's replay, which shows no "7 days ago") leaves every figure of the report as it
// is and drops only each standard's `comparison`: on the NDJSON path, and on the counters path, whose recent
// tickets it then does not read.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries, evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { Report, StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { storeEntries } from '../../scripts/store/ticket-facts-cache.ts';
import { openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/site/sample/standards');
const NOW = new Date('2026-11-02T06:00:00Z');

let root: string;
let store: TicketStore;
let model: StandardsModel;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'comparison-off-'));
  await cp(FIXTURE, path.join(root, 'standards'), { recursive: true });
  const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
  if (!loaded.model) throw new Error('fixture model does not load');
  model = loaded.model;
  store = openTicketStore(path.join(root, model.pipeline.storeDir));
  await store.mergeTickets(generateSampleTickets({ count: 1500, days: 60, seed: 11, now: NOW }));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The report as a review reads it: without the comparisons. */
function withoutComparisons(report: Report): string {
  return JSON.stringify({ ...report, standards: report.standards.map(({ comparison: _c, ...s }) => s) });
}

describe('an evaluation without the comparison', () => {
  it('gives every other figure of the full evaluation, on the NDJSON path and from the counters', async () => {
    const input = { model, now: NOW, clockFor };
    const full = await evaluateStandards({ ...input, tickets: store.tickets() });
    // The comparison is there to drop, and differs from the headline somewhere (so it was measured).
    expect(full.standards.every((s) => s.comparison !== undefined)).toBe(true);
    expect(full.standards.some((s) => s.comparison!.count !== s.count)).toBe(true);

    const raw = await evaluateStandards({ ...input, tickets: store.tickets(), comparison: false });
    expect(raw.standards.some((s) => s.comparison !== undefined)).toBe(false);
    expect(withoutComparisons(raw)).toBe(withoutComparisons(full));

    // The night's evaluate writes the counters (and reads them the night after); a review reads them, keeping them as they are.
    let nightRead = 0;
    for (let n = 0; n < 2; n++) {
      const night = storeEntries(store);
      expect(withoutComparisons(await evaluateEntries({ ...input, days: night.days, worstFacts: night.worstFacts }))).toBe(withoutComparisons(full));
      nightRead = night.run.counters.ticketsRead;
    }
    const review = storeEntries(store, { counters: 'read' });
    const counted = await evaluateEntries({ ...input, days: review.days, worstFacts: review.worstFacts, comparison: false });
    expect(review.run.counters.counted).toBeGreaterThan(0);
    expect(review.run.counters.made).toEqual([]);
    expect(withoutComparisons(counted)).toBe(withoutComparisons(full));
    // Only the live tickets were read one by one: the night read the recent ones too.
    expect([review.run.counters.ticketsRead > 0, review.run.counters.ticketsRead < nightRead]).toEqual([true, true]);
  });
});
