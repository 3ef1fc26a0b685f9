// The facts cache keeps each rebuilt recent day's text as a hard link to its day file (kept-day-texts.ts `keepText`),
// which moves that file's ctime, part of the stat the fetch's day-range record trusts a day by
// (day-range-record.ts). The link tells the record: an entry that named the day's stat just before it names the one
// after, so the next fetch reads none of those days whole; a day changed after its link is still read, its entries
// found as they are now, and the next evaluation reads it again too.

import { expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { DayRangeRecord } from '../../scripts/store/day-range-record.ts';
import { locateTickets } from '../../scripts/store/ticket-locations.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { PAST_EVERY_WRITE, rewritePriorityInPlace } from './in-place-edits.ts';
import { daysReadByAFetch, keptTexts, referenceReport, settle, settledStoreEachTest, SETTLED } from './settled-store.ts';
import { cachedEvaluation } from './store-nights.ts';

const NOW = new Date('2026-11-05T06:00:00Z');

let store: TicketStore;
let model: StandardsModel;
settledStoreEachTest('ranges-kept-', { count: 1500, days: 120, seed: 11, now: NOW }, (made) => ({ store, model } = made));

/** One evaluation through the facts cache, as the pipeline runs it; `between(day)`: called once `day`'s cache is written. */
const evaluate = async (between?: (day: string) => Promise<void>) => (await cachedEvaluation(store, model, NOW, {}, between)).report;
const reference = () => referenceReport(store, model, NOW);

it('after a night\'s evaluate, the next fetch reads none of the days whose text it linked', async () => {
  const days = await store.listDays();
  expect(await daysReadByAFetch(store)).toBe(days.length);
  expect(await daysReadByAFetch(store)).toBe(0);
  await evaluate();
  const linked = (await keptTexts(store)).length;
  // The store's latest 31 days, and older ones holding open tickets.
  expect(linked).toBeGreaterThanOrEqual(31);
  expect(await daysReadByAFetch(store)).toBe(0);
});

it('a day changed in place after its link, before the record is written: the next fetch reads it, and the next evaluation too', async () => {
  const days = await store.listDays();
  expect(await daysReadByAFetch(store)).toBe(days.length);
  const day = days.at(-3)!;
  const changed = await evaluate(async (written) => {
    if (written !== day) return;
    // Another version of the day copied over it with its mtime kept (`cp -p`): one ticket's priority, same size.
    await rewritePriorityInPlace(store.dayFile(day), SETTLED);
  });
  // That evaluation read the day before the change (the change came after its turn).
  expect(changed).not.toBe(await reference());
  expect(await daysReadByAFetch(store)).toBe(1);
  expect(await daysReadByAFetch(store)).toBe(0);
  expect(await evaluate()).toBe(await reference());
});

it('a day rewritten after the fetch recorded it: its entry is not moved to the stat after the link, and the next fetch reads it and finds the ticket it brought in', async () => {
  const days = await store.listDays();
  expect(await daysReadByAFetch(store)).toBe(days.length);
  // The day replaced under the record (a git checkout, a hand edit): one more ticket, past its recorded range.
  const day = days.at(-2)!;
  const [first] = await store.readDay(day);
  await store.mergeTickets([{ ...first!, id: 'ZZ-999999' }]);
  await settle(store, [day]);
  await evaluate();
  expect((await keptTexts(store)).includes(`${day}.ndjson`)).toBe(true);
  const record = await DayRangeRecord.open(nodeStoreFileSystem, store.dir, PAST_EVERY_WRITE);
  const { holding, cost } = await locateTickets(store, nodeStoreFileSystem, new Set(['ZZ-999999']), undefined, record);
  expect({ holding, checked: cost.daysChecked }).toEqual({ holding: new Map([['ZZ-999999', [day]]]), checked: 1 });
});

// On a coarse clock the record is not told of the links (kept-day-texts.ts `keptWithStat`, the rule of 267a46b): the
// stat after a link keeps its ctime through a rewrite in place in its tick, and the fetch's record trusts by it.
// Told there, a day copied over in that tick (`cp -p`) would be trusted unread by the next fetch. The clock is the
// run's mark's (ticket-facts-cache.ts, handed to kept-day-texts.ts as `coarseClock`): said coarse here, the linked
// days' ctimes moved (on this file system) and their entries still name the stat before, so the next fetch reads each.
it('on a coarse clock, the links are not noted in the record: the next fetch reads every linked day again', async () => {
  const days = await store.listDays();
  expect(await daysReadByAFetch(store)).toBe(days.length);
  expect(await daysReadByAFetch(store)).toBe(0);
  expect((await cachedEvaluation(store, model, NOW, { coarseFileTimes: true })).report).toBe(await reference());
  const linked = (await keptTexts(store)).length;
  expect(linked).toBeGreaterThanOrEqual(31);
  expect(await daysReadByAFetch(store)).toBe(linked);
  expect(await daysReadByAFetch(store)).toBe(0);
});
