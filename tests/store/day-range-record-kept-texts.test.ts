// The facts cache keeps each rebuilt recent day's text as a hard link to its day file (ticket-facts-cache.ts
// `keepText`), which moves that file's ctime, part of the stat the fetch's day-range record trusts a day by
// (day-range-record.ts). The link tells the record: an entry that named the day's stat just before it names the one
// after, so the next fetch reads none of those days whole; a day changed after its link is still read, its entries
// found as they are now, and the next evaluation reads it again too.

import { readdir, rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries, evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { OLD_AFTER_MS } from '../../scripts/engine/day-counters.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { DayRangeRecord } from '../../scripts/store/day-range-record.ts';
import { keptTextFile, storeEntries } from '../../scripts/store/ticket-facts-cache.ts';
import { locateTickets, storedDayRanges } from '../../scripts/store/ticket-locations.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { PAST_EVERY_WRITE, rewritePriorityInPlace } from './in-place-edits.ts';
import { bytes, DATA, fixtureStore } from './store-nights.ts';

const fs = nodeStoreFileSystem;
const NOW = new Date('2026-11-05T06:00:00Z');
/** The day files' mtimes: long before the record's marks and the caches' making, so none is "racy". */
const SETTLED = new Date('2026-11-05T05:00:00Z');
/** The record's file clock: after every write here (the racy rule then trusts what it recorded). */
const fileClock = PAST_EVERY_WRITE;

let root: string;
let store: TicketStore;
let model: StandardsModel;
beforeEach(async () => {
  ({ root, store, model } = await fixtureStore('ranges-kept-', [...generateSampleTickets({ count: 1500, days: 120, seed: 11, now: NOW })]));
  for (const day of await store.listDays()) await utimes(store.dayFile(day), SETTLED, SETTLED);
}, 60_000);
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** What the fetch's range lookup reads whole (its record saved after, as the fetch does). */
async function daysReadByAFetch(): Promise<number> {
  const record = await DayRangeRecord.open(fs, store.dir, fileClock);
  const { cost } = await storedDayRanges(store, fs, undefined, record);
  await record.save(await store.listDays());
  return cost.daysChecked;
}

/** One evaluation through the facts cache, as the pipeline runs it; `between(day)`: called once `day`'s cache is written. */
async function evaluate(between?: (day: string) => Promise<void>): Promise<string> {
  const pass = storeEntries(store, { changingFromMs: NOW.getTime() - OLD_AFTER_MS, fileClock: async () => BigInt(Date.parse('2100-01-01T00:00:00Z')) * 1_000_000n });
  async function* days() {
    let previous: string | null = null;
    for await (const d of pass.days) {
      // The pass writes a day's cache (and links its text) when the evaluation asks for the next day.
      if (previous !== null) await between?.(previous);
      yield d;
      previous = d.day;
    }
  }
  return bytes(await evaluateEntries({ model, now: NOW, clockFor, data: DATA, days: days(), worstFacts: pass.worstFacts }));
}

const reference = async () => bytes(await evaluateStandards({ model, now: NOW, clockFor, data: DATA, tickets: store.tickets() }));

it('after a night\'s evaluate, the next fetch reads none of the days whose text it linked', async () => {
  const days = await store.listDays();
  expect(await daysReadByAFetch()).toBe(days.length);
  expect(await daysReadByAFetch()).toBe(0);
  await evaluate();
  const linked = (await readdir(path.dirname(keptTextFile(store.dir, days[0]!)))).length;
  // The store's latest 31 days, and older ones holding open tickets.
  expect(linked).toBeGreaterThanOrEqual(31);
  expect(await daysReadByAFetch()).toBe(0);
});

it('a day changed in place after its link, before the record is written: the next fetch reads it, and the next evaluation too', async () => {
  const days = await store.listDays();
  expect(await daysReadByAFetch()).toBe(days.length);
  const day = days.at(-3)!;
  const changed = await evaluate(async (written) => {
    if (written !== day) return;
    // Another version of the day copied over it with its mtime kept (`cp -p`): one ticket's priority, same size.
    await rewritePriorityInPlace(store.dayFile(day), SETTLED);
  });
  // That evaluation read the day before the change (the change came after its turn).
  expect(changed).not.toBe(await reference());
  expect(await daysReadByAFetch()).toBe(1);
  expect(await daysReadByAFetch()).toBe(0);
  expect(await evaluate()).toBe(await reference());
});

it('a day rewritten after the fetch recorded it: its entry is not moved to the stat after the link, and the next fetch reads it and finds the ticket it brought in', async () => {
  const days = await store.listDays();
  expect(await daysReadByAFetch()).toBe(days.length);
  // The day replaced under the record (a git checkout, a hand edit): one more ticket, past its recorded range.
  const day = days.at(-2)!;
  const [first] = await store.readDay(day);
  await store.mergeTickets([{ ...first!, id: 'ZZ-999999' }]);
  await utimes(store.dayFile(day), SETTLED, SETTLED);
  await evaluate();
  expect((await readdir(path.dirname(keptTextFile(store.dir, day)))).includes(`${day}.ndjson`)).toBe(true);
  const record = await DayRangeRecord.open(fs, store.dir, fileClock);
  const { holding, cost } = await locateTickets(store, fs, new Set(['ZZ-999999']), undefined, record);
  expect({ holding, checked: cost.daysChecked }).toEqual({ holding: new Map([['ZZ-999999', [day]]]), checked: 1 });
});
