// What following moved tickets costs a night. Prints numbers; asserts nothing about time.
//
//   node bench/moved-tickets.bench.ts [tickets...]   (default 100000 1000000)
//
// For each size: a store of sample tickets over 180 days (merged, not timed), then a night's incremental fetch
// through the staging area as `standards fetch` runs it (the sample helpdesk's next night: new tickets and events
// on recent ones, plus 3 tickets whose `created` moved to another day and 10 deletions), timed whole; and beside it
// what finding the days that hold tickets costs: by the days' id ranges (what the fetch does now) and by reading
// every day file's ids (what the fetch did for every deletion before, and would need for every move without the ranges).
// The ranges come from the store's record of its day files (day-range-record.ts): cold (no record: every day file
// read whole once and its order checked, as after a clone or a restored cache) and warm (a stat a day; the day
// files dated the day before, as last night's fetch left them).

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Ticket } from '../scripts/model/model.ts';
import { generateSampleTickets } from '../scripts/sources/sample.ts';
import { utimes } from 'node:fs/promises';
import { nodeStoreFileSystem } from '../scripts/store/atomic-write.ts';
import { DayRangeRecord } from '../scripts/store/day-range-record.ts';
import { startStagedFetch } from '../scripts/store/staged-fetch.ts';
import { lineId } from '../scripts/store/store-journal.ts';
import { locateTickets, storedDayRanges } from '../scripts/store/ticket-locations.ts';
import { incomingTicket, openTicketStore, type TicketStore } from '../scripts/store/ticket-store.ts';

const DAY_MS = 86_400_000;
const fs = nodeStoreFileSystem;

/** The stored days holding `ids`, by reading every day file's ids: the way before the ranges. */
async function readEveryDay(store: TicketStore, ids: ReadonlySet<string>): Promise<number> {
  let found = 0;
  for (const day of await store.listDays()) {
    const text = (await store.readDayText(day)) ?? '';
    let start = 0;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const id = lineId(text.slice(start, end));
      start = end + 1;
      if (id !== null && ids.has(id)) found++;
    }
  }
  return found;
}

async function time<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

async function benchSize(count: number): Promise<void> {
  const now = new Date('2026-11-02T03:00:00Z');
  const sample = { count, days: 180, seed: 2026 };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'moved-bench-'));
  try {
    const store = openTicketStore(dir);
    await store.mergeTickets(generateSampleTickets({ ...sample, now }));
    const days = await store.listDays();
    const next = new Date(now.getTime() + DAY_MS);
    const night: Ticket[] = [...generateSampleTickets({ ...sample, now: next })].filter((t) => Date.parse(t.updated) > now.getTime());
    // Three stored tickets whose creation moved: a day earlier, ten days later, into another month.
    const movedTickets: Ticket[] = [];
    for (const [day, shift] of [[days[20]!, -DAY_MS], [days[90]!, 10 * DAY_MS], [days[150]!, -40 * DAY_MS]] as const) {
      const t = (await store.readDay(day))[3]!;
      movedTickets.push({ ...t, created: new Date(Date.parse(t.created) + shift).toISOString(), updated: next.toISOString() });
    }
    const deleted = new Set<string>();
    for (const day of days.filter((_, i) => i % 17 === 5).slice(0, 10)) deleted.add((await store.readDay(day))[1]!.id);

    const yesterday = new Date(Date.now() - DAY_MS);
    for (const day of days) await utimes(store.dayFile(day), yesterday, yesterday);
    const cold = await time(async () => {
      const record = await DayRangeRecord.open(fs, dir);
      const found = await storedDayRanges(store, fs, undefined, record);
      await record.save(days);
      return found;
    });
    const ranges = await time(async () => storedDayRanges(store, fs, undefined, await DayRangeRecord.open(fs, dir)));
    const located = await time(async () => locateTickets(store, fs, deleted, undefined, await DayRangeRecord.open(fs, dir)));
    const everyDay = await time(() => readEveryDay(store, deleted));
    const fetch = await time(async () => {
      const record = await DayRangeRecord.open(fs, dir);
      const staging = await startStagedFetch(store, fs, { record });
      for (const t of [...night, ...movedTickets]) {
        const { day, incoming } = incomingTicket(t);
        await staging.add(day, incoming);
      }
      const { holding } = await locateTickets(store, fs, deleted, undefined, record);
      const prepared = await staging.prepare('merge', [...new Set([...holding.values()].flat())], deleted);
      const cost = staging.locateCost;
      await staging.commit([]);
      await record.save(await store.listDays());
      return { prepared, cost };
    });
    // The next night: the days this fetch wrote are trusted unread unless written in the tick of its mark (day-range-record.ts).
    const nextNight = await time(async () => storedDayRanges(store, fs, undefined, await DayRangeRecord.open(fs, dir)));
    const r = fetch.value.prepared.result;
    console.log(`${count.toLocaleString('en')} tickets, ${days.length} day files:`);
    console.log(`  a night's fetch (${night.length.toLocaleString('en')} changed or new + ${movedTickets.length} moved, ${deleted.size} deleted): ${(fetch.ms / 1000).toFixed(2)} s, ${r.changedDays.length} days written; moved ${r.moved ?? 0}, removed ${r.removed ?? 0}, added ${r.added}, updated ${r.replaced}`);
    console.log(`    of which finding other copies: ${fetch.value.cost!.rangesRead} day ranges, ${fetch.value.cost!.daysChecked} days checked whole, ${fetch.value.cost!.daysRead} days looked into`);
    console.log(`  the days' id ranges alone: warm ${ranges.ms.toFixed(0)} ms (${ranges.value.cost.rangesRead} ranges, ${ranges.value.cost.daysChecked} days checked whole); cold ${cold.ms.toFixed(0)} ms (${cold.value.cost.daysChecked} days checked whole, the record written)`);
    console.log(`  the next night's id ranges: ${nextNight.ms.toFixed(0)} ms (${nextNight.value.cost.daysChecked} days checked whole)`);
    console.log(`  the days holding ${deleted.size} deleted tickets: by the ranges ${located.ms.toFixed(0)} ms (${located.value.cost.daysRead} days read whole); by reading every day's ids ${everyDay.ms.toFixed(0)} ms (${everyDay.value} found)`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const count of sizes.length > 0 ? sizes : [100_000, 1_000_000]) await benchSize(count);
