// The instant between the stat a night takes of a rebuilt day's file and the link (or removal) of its kept text
// (kept-day-texts.ts `keptWithStat`): the link moves the day file's ctime, so the facts record the stat after
// it. A day rewritten in place under its old size and mtime (`cp -p`, `rsync -t --inplace`, `touch -d` after a
// same-size write) in that instant leaves a stat that differs from the one before only in its ctime, as the link
// alone does, while the facts were made from the bytes before. Injected here through the cache's file system (its
// `link`, its `rm` of a kept text), exactly in that instant: the next warm evaluate must give the bytes of `--full`
// and of the NDJSON path (a day read whole, one read line by line on the changed days' thread, one whose kept text
// is removed), and the next fetch must read the day whole (day-range-record.ts `noteLinked`). All four fail on
// 77662d2, which records the stat after the link whatever the day then holds.

import { copyFile, link, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { factsCacheDir, keptTextFile, type FactsCacheOptions } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { rewritePriorityInPlace } from './in-place-edits.ts';
import { daysReadByAFetch, keptTexts, referenceReport, settle, settledStoreEachTest, SETTLED } from './settled-store.ts';
import { cachedEvaluation } from './store-nights.ts';

const fs = nodeStoreFileSystem;
const NOW = new Date('2026-11-05T06:00:00Z');

let store: TicketStore;
let model: StandardsModel;
settledStoreEachTest('link-window-', { count: 1500, days: 120, seed: 23, now: NOW }, (made) => ({ store, model } = made));

const evaluate = (options: FactsCacheOptions = {}) => cachedEvaluation(store, model, NOW, options);
const reference = () => referenceReport(store, model, NOW);

/**
 * The cache's file system, but `day` is rewritten in place under its old mtime (one ticket's priority) once, right
 * after `step` (the link of its kept text, or the removal of it) touched its kept text: after the stat the pass took
 * to check the day was still as read, before the one it takes after. `done` says it happened.
 */
function rewrittenInTheWindow(day: string, step: 'link' | 'rm'): { fs: StoreFileSystem; done: () => boolean } {
  let done = false;
  const inTheWindow = async (file: string) => {
    if (done || file !== keptTextFile(store.dir, day)) return;
    done = true;
    await rewritePriorityInPlace(store.dayFile(day), SETTLED);
  };
  return {
    fs: {
      ...fs,
      async link(from, to) {
        await fs.link(from, to);
        if (step === 'link') await inTheWindow(to);
      },
      async rm(file) {
        await fs.rm(file);
        if (step === 'rm') await inTheWindow(file);
      },
    },
    done: () => done,
  };
}

it('a kept day rewritten in place between the stat before its link and the link: the next warm evaluate reads it again and gives the bytes of --full', { timeout: 120_000 }, async () => {
  const day = (await store.listDays()).at(-2)!;
  const window = rewrittenInTheWindow(day, 'link');
  const cold = await evaluate({ fs: window.fs });
  expect(window.done()).toBe(true);
  const warm = await evaluate();
  const full = await evaluate({ full: true });
  expect(warm.report).toBe(full.report);
  expect(warm.report).toBe(await reference());
  // The change reaches the report (else the comparisons above prove nothing).
  expect(warm.report).not.toBe(cold.report);
  // Read whole (its kept text, the day file itself since the rewrite, was not left as the previous version).
  expect(warm.run.rebuilt).toEqual([{ day, reason: 'changed' }]);
  expect(warm.run.partly.days).toBe(0);
});

it('a changed day read line by line on the changed days\' thread, rewritten in place in its link\'s window: the next warm evaluate reads it again', { timeout: 120_000 }, async () => {
  await evaluate();
  const next = new Date(NOW.getTime() + 86_400_000);
  const merged = await store.mergeTickets([...generateSampleTickets({ count: 1500, days: 120, seed: 23, now: next })]);
  await settle(store, merged.changedDays);
  const kept = new Set(await keptTexts(store));
  const day = merged.changedDays.findLast((d) => kept.has(`${d}.ndjson`))!;
  const window = rewrittenInTheWindow(day, 'link');
  const night = await cachedEvaluation(store, model, next, { fs: window.fs, thread: true, threadFromBytes: 0 });
  expect(window.done()).toBe(true);
  // Its facts made from its previous ones and the lines the thread parsed (changed-day.ts), as the pipeline's nights.
  expect(night.run.threaded).toBeGreaterThan(0);
  const warm = await cachedEvaluation(store, model, next, {});
  expect(warm.report).toBe((await cachedEvaluation(store, model, next, { full: true })).report);
  expect(warm.report).toBe(await referenceReport(store, model, next));
  expect(warm.report).not.toBe(night.report);
  expect(warm.run.rebuilt).toEqual([{ day, reason: 'changed' }]);
});

it('a day whose kept text is removed, rewritten in place between the stat before the removal and the removal: the next warm evaluate reads it again', { timeout: 120_000 }, async () => {
  await evaluate();
  // An old day with no text kept (not among the latest, no ticket that may change), given one as a night kept it...
  const kept = new Set(await keptTexts(store));
  const day = (await store.listDays()).findLast((d) => !kept.has(`${d}.ndjson`))!;
  await link(store.dayFile(day), keptTextFile(store.dir, day));
  // ...and its facts gone: read from its file, its facts written without a kept text, which is removed.
  await rm(path.join(factsCacheDir(store.dir), `${day}.facts`));
  const window = rewrittenInTheWindow(day, 'rm');
  const before = await evaluate({ fs: window.fs });
  expect(window.done()).toBe(true);
  expect(before.run.rebuilt).toEqual([{ day, reason: 'missing' }]);
  const warm = await evaluate();
  expect(warm.report).toBe((await evaluate({ full: true })).report);
  expect(warm.report).toBe(await reference());
  expect(warm.report).not.toBe(before.report);
  expect(warm.run.rebuilt).toEqual([{ day, reason: 'changed' }]);
});

it('a kept day rewritten in place in its link\'s window: the day-range record\'s entry stays at the stat before, and the next fetch reads the day whole', { timeout: 120_000 }, async () => {
  const days = await store.listDays();
  expect(await daysReadByAFetch(store)).toBe(days.length);
  const window = rewrittenInTheWindow(days.at(-2)!, 'link');
  await evaluate({ fs: window.fs });
  expect(window.done()).toBe(true);
  // The other linked days' entries were moved to their stat after the link: none of them is read.
  expect(await daysReadByAFetch(store)).toBe(1);
  expect(await daysReadByAFetch(store)).toBe(0);
});

it('a kept day replaced by a new file (a rename over it, as git checkout or the store writes) before its link: the text linked is that file\'s, and the next warm evaluate reads the day whole', { timeout: 120_000 }, async () => {
  const day = (await store.listDays()).at(-2)!;
  const kept = keptTextFile(store.dir, day);
  let done = false;
  // keepText removes the text kept before linking the day file's second name: the day is replaced right then.
  const replacing: StoreFileSystem = {
    ...fs,
    async rm(file) {
      await fs.rm(file);
      if (done || file !== kept) return;
      done = true;
      const next = `${store.dayFile(day)}.next`;
      await copyFile(store.dayFile(day), next);
      await rewritePriorityInPlace(next, SETTLED);
      await rename(next, store.dayFile(day));
    },
  };
  const cold = await evaluate({ fs: replacing });
  expect(done).toBe(true);
  // The kept text is the new file (the day's second name): beside facts of the bytes before, it is refused by its digest.
  expect((await stat(kept)).ino).toBe((await stat(store.dayFile(day))).ino);
  const warm = await evaluate();
  expect(warm.report).toBe((await evaluate({ full: true })).report);
  expect(warm.report).toBe(await reference());
  expect(warm.report).not.toBe(cold.report);
  expect(warm.run.rebuilt).toEqual([{ day, reason: 'changed' }]);
  expect(warm.run.partly.days).toBe(0);
});
