// The instant between the stat a night takes of a rebuilt day's file and the link (or removal) of its kept text
// (kept-day-texts.ts `keptWithStat`): the link moves the day file's ctime, so the facts record the stat after
// it. A day rewritten in place under its old size and mtime (`cp -p`, `rsync -t --inplace`, `touch -d` after a
// same-size write) in that instant leaves a stat that differs from the one before only in its ctime, as the link
// alone does, while the facts were made from the bytes before. Injected here through the cache's file system (its
// `link`, its `rm` of a kept text), exactly in that instant: the next warm evaluate must give the bytes of `--full`
// and of the NDJSON path (a day read whole, one whose kept text is removed), and the next fetch must read the day
// whole (day-range-record.ts `noteLinked`). Those fail on 77662d2, which records the stat after the link whatever
// the day then holds. On the changed days' thread the link is made there, once the day is read, and the day read
// again to compare (changed-days-thread.ts `readThenLink`): attacked through the thread's own links, in the same
// instant; and no day the thread read is read again on the first thread (that test fails on 9d33ba3, which read
// each linked day again there). Also attacked there: a write in place right after the link, a rename over the day before it, a link refused.
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { copyFile, link, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { prepareChangedDay, startChangedDaysThread, type KeptTextLinks } from '../../scripts/store/changed-days-thread.ts';
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

/**
 * The changed days' thread run here (each job prepared as `startChangedDaysThread`'s thread prepares it, in order, when
 * the pass starts it), `inTheWindow` called in the instant before it links `day`'s text as its kept text: after its
 * first read of the day and the stat it takes after it (changed-days-thread.ts `readThenLink`).
 */
function threadLinking(day: string, inTheWindow: () => void): typeof startChangedDaysThread {
  return (jobs) => {
    const links: KeptTextLinks = {
      rm: (file) => rmSync(file, { force: true }),
      link: (from, to) => {
        if (to === keptTextFile(store.dir, day)) inTheWindow();
        linkSync(from, to);
      },
    };
    const prepared = new Map(jobs.map((job) => [job.day, prepareChangedDay(job, links)]));
    return { worker: null as never, take: async (d) => prepared.get(d) ?? null, stop: async () => undefined };
  };
}

/** One ticket's priority changed from normal to urgent in place (same inode, same size), its mtime put back: what `cp -p` leaves (in-place-edits.ts, at once). */
function rewriteInPlace(day: string): void {
  const file = store.dayFile(day);
  const at = readFileSync(file, 'latin1').indexOf('"priority":"normal"');
  expect(at).toBeGreaterThanOrEqual(0);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.from('"priority":"urgent"', 'latin1'), 0, 19, at);
  } finally {
    closeSync(fd);
  }
  utimesSync(file, SETTLED, SETTLED);
}

/** The next night's tickets merged, their days settled; a changed day whose text is kept, the latest. */
async function nextNight(next: Date): Promise<{ day: string; changedDays: string[] }> {
  await evaluate();
  // The fetch's record made (every day read whole once), as a store's first fetch leaves it.
  await daysReadByAFetch(store);
  const merged = await store.mergeTickets([...generateSampleTickets({ count: 1500, days: 120, seed: 23, now: next })]);
  await settle(store, merged.changedDays);
  const kept = new Set(await keptTexts(store));
  return { day: merged.changedDays.findLast((d) => kept.has(`${d}.ndjson`))!, changedDays: merged.changedDays };
}

// On the changed days' thread the day's text is linked once its bytes are read, and read again (changed-days-thread.ts
// `readThenLink`): a day rewritten in place in the instant before that link is found changed by the second read.
it('a changed day rewritten in place in the instant before the thread links its kept text: the next warm evaluate reads it again and gives the bytes of --full', { timeout: 120_000 }, async () => {
  const next = new Date(NOW.getTime() + 86_400_000);
  const { day } = await nextNight(next);
  let done = false;
  const night = await cachedEvaluation(store, model, next, { threadFromBytes: 0, thread: threadLinking(day, () => { done = true; rewriteInPlace(day); }) });
  expect(done).toBe(true);
  expect(night.run.threaded).toBeGreaterThan(0);
  const warm = await cachedEvaluation(store, model, next, {});
  expect(warm.report).toBe((await cachedEvaluation(store, model, next, { full: true })).report);
  expect(warm.report).toBe(await referenceReport(store, model, next));
  // The rewrite reaches the report (else the comparisons prove nothing).
  expect(warm.report).not.toBe(night.report);
  expect(warm.run.rebuilt).toEqual([{ day, reason: 'changed' }]);
});

it('a changed day rewritten in place in the instant before the thread links its kept text: the day-range record\'s entry stays at the stat before, and the next fetch reads that day whole', { timeout: 120_000 }, async () => {
  const next = new Date(NOW.getTime() + 86_400_000);
  const { day, changedDays } = await nextNight(next);
  expect(await daysReadByAFetch(store)).toBe(changedDays.length);
  let done = false;
  const night = await cachedEvaluation(store, model, next, { threadFromBytes: 0, thread: threadLinking(day, () => { done = true; rewriteInPlace(day); }) });
  expect(done).toBe(true);
  expect(night.run.threaded).toBeGreaterThan(0);
  // The other days the thread linked were found the same after their link: their entries moved, none read.
  expect(await daysReadByAFetch(store)).toBe(1);
  expect(await daysReadByAFetch(store)).toBe(0);
});

it('a night on the changed days\' thread reads none of its days again on the first thread, and the next evaluate and fetch read no day', { timeout: 120_000 }, async () => {
  const next = new Date(NOW.getTime() + 86_400_000);
  const { changedDays } = await nextNight(next);
  expect(await daysReadByAFetch(store)).toBe(changedDays.length);
  const handed = new Set<string>();
  const reads: string[] = [];
  const counting: StoreFileSystem = {
    ...fs,
    async readParts(file, parts, into) {
      if (file.endsWith('.ndjson')) reads.push(path.basename(file, '.ndjson'));
      return fs.readParts!(file, parts, into);
    },
    async readFile(file) {
      if (file.endsWith('.ndjson')) reads.push(path.basename(file, '.ndjson'));
      return fs.readFile(file);
    },
  };
  const night = await cachedEvaluation(store, model, next, {
    fs: counting, threadFromBytes: 0,
    thread: (jobs) => {
      for (const job of jobs) handed.add(job.day);
      return startChangedDaysThread(jobs);
    },
  });
  expect(night.run.threaded).toBeGreaterThan(1);
  expect(night.report).toBe(await referenceReport(store, model, next));
  expect(reads.filter((d) => handed.has(d))).toEqual([]);
  const warm = await cachedEvaluation(store, model, next, {});
  expect([warm.run.rebuilt, warm.run.refreshed]).toEqual([[], 0]);
  expect(warm.report).toBe(night.report);
  expect(await daysReadByAFetch(store)).toBe(0);
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

/** As `threadLinking`, `inTheWindow` called right after the thread's link of `day`'s text, before it opens the day again to read it a second time. */
function threadLinkedThen(day: string, inTheWindow: () => void): typeof startChangedDaysThread {
  return (jobs) => {
    const links: KeptTextLinks = {
      rm: (file) => rmSync(file, { force: true }),
      link: (from, to) => {
        linkSync(from, to);
        if (to === keptTextFile(store.dir, day)) inTheWindow();
      },
    };
    const prepared = new Map(jobs.map((job) => [job.day, prepareChangedDay(job, links)]));
    return { worker: null as never, take: async (d) => prepared.get(d) ?? null, stop: async () => undefined };
  };
}

/** `day`'s file replaced by a copy with one ticket's priority changed (a new inode, its mtime SETTLED), as a rename over it leaves it. */
function replaceByRename(day: string): void {
  const file = store.dayFile(day);
  const text = readFileSync(file, 'latin1');
  const at = text.indexOf('"priority":"normal"');
  expect(at).toBeGreaterThanOrEqual(0);
  const next = `${file}.next`;
  writeFileSync(next, Buffer.from(`${text.slice(0, at)}"priority":"urgent"${text.slice(at + 19)}`, 'latin1'));
  utimesSync(next, SETTLED, SETTLED);
  renameSync(next, file);
}

/** The next warm evaluate after a night whose `day` changed unseen: it reads that day whole and gives the bytes of --full and of the NDJSON path. */
async function readAgainWhole(next: Date, night: { report: string }, day: string): Promise<void> {
  const warm = await cachedEvaluation(store, model, next, {});
  expect(warm.report).toBe((await cachedEvaluation(store, model, next, { full: true })).report);
  expect(warm.report).toBe(await referenceReport(store, model, next));
  expect(warm.report).not.toBe(night.report);
  expect(warm.run.rebuilt).toEqual([{ day, reason: 'changed' }]);
  expect(warm.run.partly.days).toBe(0);
}

// The windows of `readThenLink` after the link: its second read finds the change (another inode, other bytes).
it('a changed day rewritten in place right after the thread links its kept text, before its second read: the next warm evaluate reads it again, and the next fetch reads it whole', { timeout: 120_000 }, async () => {
  const next = new Date(NOW.getTime() + 86_400_000);
  const { day, changedDays } = await nextNight(next);
  expect(await daysReadByAFetch(store)).toBe(changedDays.length);
  let done = false;
  const night = await cachedEvaluation(store, model, next, { threadFromBytes: 0, thread: threadLinkedThen(day, () => { done = true; rewriteInPlace(day); }) });
  expect(done).toBe(true);
  expect(night.run.threaded).toBeGreaterThan(0);
  expect(await daysReadByAFetch(store)).toBe(1);
  await readAgainWhole(next, night, day);
});

it('a changed day replaced by a rename over it in the instant before the thread links its kept text: the text linked is the new file\'s, and the next warm evaluate reads the day whole', { timeout: 120_000 }, async () => {
  const next = new Date(NOW.getTime() + 86_400_000);
  const { day } = await nextNight(next);
  let done = false;
  const night = await cachedEvaluation(store, model, next, { threadFromBytes: 0, thread: threadLinking(day, () => { done = true; replaceByRename(day); }) });
  expect(done).toBe(true);
  await readAgainWhole(next, night, day);
});

it('a file system that refuses the thread\'s link: the day read on the thread all the same, its text linked by the first thread (proved by its CRC-32), and the next night reads nothing', { timeout: 120_000 }, async () => {
  const next = new Date(NOW.getTime() + 86_400_000);
  const { day } = await nextNight(next);
  const refusing: typeof startChangedDaysThread = (jobs) => {
    const links: KeptTextLinks = {
      rm: (file) => rmSync(file, { force: true }),
      link: () => { throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }); },
    };
    const prepared = new Map(jobs.map((job) => [job.day, prepareChangedDay(job, links)]));
    return { worker: null as never, take: async (d) => prepared.get(d) ?? null, stop: async () => undefined };
  };
  const night = await cachedEvaluation(store, model, next, { threadFromBytes: 0, thread: refusing });
  expect(night.run.threaded).toBeGreaterThan(0);
  expect(night.report).toBe(await referenceReport(store, model, next));
  // The first thread links it as before (its own link allowed here), and proves it by the CRC-32.
  expect((await stat(keptTextFile(store.dir, day))).ino).toBe((await stat(store.dayFile(day))).ino);
  const warm = await cachedEvaluation(store, model, next, {});
  expect([warm.run.rebuilt, warm.run.refreshed]).toEqual([[], 0]);
  expect(warm.report).toBe(night.report);
});
