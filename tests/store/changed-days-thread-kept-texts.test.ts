// Which days keep their text beside their facts (ticket-facts-cache.ts `writeCache`: the store's latest days and
// those whose tickets may change; a workflow's cache copies the kept texts, so the others are not kept) is the same
// with or without the changed days' thread. The thread gives a day's text the kept text's name once it has read it
// (changed-days-thread.ts `readThenLink`); a day whose bytes did not change (a checkout: every day file a new inode,
// the same bytes) has its facts' header refreshed and no kept text removed, so on 1cbe81b every old settled day read on
// the thread kept a text after such a night: the whole store copied into the cache. And the link of a day whose text
// is not to be kept is removed once its facts are made, moving its ctime again, so the next night read it again.
import { readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { startChangedDaysThread } from '../../scripts/store/changed-days-thread.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { keptTexts, referenceReport, SETTLED, settledStoreEachTest } from './settled-store.ts';
import { cachedEvaluation } from './store-nights.ts';

const NOW = new Date('2026-11-05T06:00:00Z');

let store: TicketStore;
let model: StandardsModel;
settledStoreEachTest('thread-kept-texts-', { count: 1500, days: 120, seed: 29, now: NOW }, (made) => ({ store, model } = made));

/** Every day file replaced by a copy of itself (a new inode, the same bytes and mtime), as a fresh checkout leaves them. */
async function checkedOutAgain(): Promise<void> {
  for (const day of await store.listDays()) {
    const file = store.dayFile(day);
    await writeFile(`${file}.checkout`, await readFile(file));
    await utimes(`${file}.checkout`, SETTLED, SETTLED);
    await rename(`${file}.checkout`, file);
  }
}

it('a night after a checkout, every day read on the thread: the same days keep their text as without the thread, and the next night reads none', { timeout: 120_000 }, async () => {
  await cachedEvaluation(store, model, NOW, {});
  const kept = (await keptTexts(store)).sort();
  const days = await store.listDays();
  // Some days keep no text (else the comparison below proves nothing).
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.length).toBeLessThan(days.length);
  await checkedOutAgain();
  const night = await cachedEvaluation(store, model, NOW, { thread: startChangedDaysThread, threadFromBytes: 0 });
  expect(night.run.rebuilt).toEqual([]);
  expect(night.run.refreshed).toBe(days.length);
  expect(night.report).toBe(await referenceReport(store, model, NOW));
  expect((await keptTexts(store)).sort()).toEqual(kept);
  const warm = await cachedEvaluation(store, model, NOW, { thread: startChangedDaysThread, threadFromBytes: 0 });
  expect([warm.run.rebuilt, warm.run.refreshed]).toEqual([[], 0]);
  expect(warm.report).toBe(night.report);
});

/** The next night's tickets merged (a few days changed, the latest of them among those whose text is kept), their day files settled. */
async function nextNight(next: Date): Promise<string[]> {
  const merged = await store.mergeTickets([...generateSampleTickets({ count: 1500, days: 120, seed: 29, now: next })]);
  for (const day of merged.changedDays) await utimes(store.dayFile(day), SETTLED, SETTLED);
  return merged.changedDays;
}

// On a file system whose clock is coarse, facts recording a stat whose ctime is at or past the run's mark record the
// mark '0' (never trusted by their stat: ticket-facts-cache.ts `markFor`), and the next night hashes the day and
// records its stat under its own mark. The thread's link of a day whose kept text already is the day file moved its
// ctime again each night, past each night's mark: on 1cbe81b every kept day the thread had read was read again
// every night after, for good.
it('on a coarse clock, a changed day linked on the thread is hashed once the next night, then trusted', { timeout: 120_000 }, async () => {
  // The mark a probe would take now (the links' ctimes are at or past it), on a clock said to be coarse.
  // (Each run 50 ms after the last: the files it finds were changed before its mark, the thread's links after it.)
  const coarse = { coarseFileTimes: true, fileClock: async () => BigInt(Date.now()) * 1_000_000n, thread: startChangedDaysThread, threadFromBytes: 0 };
  const evaluate = async (now: Date) => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return cachedEvaluation(store, model, now, coarse);
  };
  const next = new Date(NOW.getTime() + 86_400_000);
  await evaluate(NOW);
  const changed = await nextNight(next);
  const night = await evaluate(next);
  expect(night.run.threaded).toBeGreaterThan(0);
  expect(night.run.rebuilt.map((r) => r.day).sort()).toEqual([...changed].sort());
  // Its facts not trusted by their stat: hashed, the same bytes, their header refreshed.
  const again = await evaluate(next);
  expect(again.run.rebuilt).toEqual([]);
  expect(again.run.refreshed).toBeGreaterThan(0);
  const trusted = await evaluate(next);
  expect([trusted.run.rebuilt, trusted.run.refreshed]).toEqual([[], 0]);
  expect(trusted.report).toBe(night.report);
  expect(trusted.report).toBe(await referenceReport(store, model, next));
});
