// The store of the tests of the kept texts' links (kept-day-texts.ts), which move a day file's ctime, part of the stat
// the facts cache and the fetch's day-range record trust a day by: made before each test from the sample fixture, its
// day files settled long before every mark (none "racy"), removed after it; and what those tests ask of it: what a
// fetch would read whole, the NDJSON path's report, the texts kept.

import { readdir, rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { DayRangeRecord } from '../../scripts/store/day-range-record.ts';
import { keptTextFile } from '../../scripts/store/kept-day-texts.ts';
import { storedDayRanges } from '../../scripts/store/ticket-locations.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { PAST_EVERY_WRITE } from './in-place-edits.ts';
import { bytes, DATA, fixtureStore } from './store-nights.ts';

/** The day files' mtimes: long before the record's marks and the caches' making, so none is "racy". */
export const SETTLED = new Date('2026-11-05T05:00:00Z');

/** Days' files given the mtime SETTLED (as a fetch long before the runs would leave them). */
export async function settle(store: TicketStore, days: readonly string[]): Promise<void> {
  for (const day of days) await utimes(store.dayFile(day), SETTLED, SETTLED);
}

/**
 * Before each test of the file: the fixture's store holding the sample's tickets, its day files settled, handed to
 * `made` (which keeps what the file uses); removed after the test.
 */
export function settledStoreEachTest(prefix: string, sample: Parameters<typeof generateSampleTickets>[0], made: (fixture: { store: TicketStore; model: StandardsModel }) => void): void {
  let root: string | undefined;
  beforeEach(async () => {
    const fixture = await fixtureStore(prefix, [...generateSampleTickets(sample)]);
    root = fixture.root;
    await settle(fixture.store, await fixture.store.listDays());
    made(fixture);
  }, 60_000);
  afterEach(async () => {
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  });
}

/** What the fetch's range lookup reads whole (its record saved after, as the fetch does); its file clock past every write. */
export async function daysReadByAFetch(store: TicketStore): Promise<number> {
  const record = await DayRangeRecord.open(nodeStoreFileSystem, store.dir, PAST_EVERY_WRITE);
  const { cost } = await storedDayRanges(store, nodeStoreFileSystem, undefined, record);
  await record.save(await store.listDays());
  return cost.daysChecked;
}

/** The NDJSON path's report at `now` (evaluateStandards over store.tickets()): the bytes every cached evaluation must give. */
export async function referenceReport(store: TicketStore, model: StandardsModel, now: Date): Promise<string> {
  return bytes(await evaluateStandards({ model, now, clockFor, data: DATA, tickets: store.tickets() }));
}

/** The names of the texts kept beside the facts (`DAY.ndjson`); none when their folder is not made. */
export async function keptTexts(store: TicketStore): Promise<string[]> {
  return readdir(path.dirname(keptTextFile(store.dir, '2000-01-01'))).catch(() => []);
}
