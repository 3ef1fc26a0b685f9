// The facts cache's hard link of a recent day's text (kept-day-texts.ts `keepText`, `keptWithStat`) moves the day
// file's ctime, which the facts (format 5 on) and the fetch's day-range record both trust a day by. Attacked here with
// what a user or a tool does to a store: a day written in place under its old mtime while its text is kept (the
// kept text is then the day file itself) on the changed days' thread; nights evaluated on that thread and its writes
// behind, then again; a facts cache of format 4; the day-range record not written at the end of the pass (a run
// killed between the links and that write); a hard-link backup (`cp -al`) made and removed; a store put back from
// one. Each warm evaluate gives the NDJSON path's bytes, and costs what the README says: nothing read after an
// ordinary night, once after a one-off. All pass on 4d97bb7; the first fails when the thread's job has no `dayIno`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { startChangedDaysThread } from '../../scripts/store/changed-days-thread.ts';
import { dayRangeRecordFile } from '../../scripts/store/day-range-record.ts';
import { factsCacheDir, type FactsCacheOptions } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { rewritePriorityInPlace } from './in-place-edits.ts';
import { daysReadByAFetch, keptTexts, referenceReport, settle, settledStoreEachTest, SETTLED } from './settled-store.ts';
import { cachedEvaluation } from './store-nights.ts';

const DAY_MS = 86_400_000;
const FIRST = new Date('2026-11-05T06:00:00Z');
const SAMPLE = { count: 1500, days: 120, seed: 17 };

let store: TicketStore;
let model: StandardsModel;
settledStoreEachTest('links-attacked-', { ...SAMPLE, now: FIRST }, (made) => ({ store, model } = made));

/** On the changed days' thread whatever their size (the pipeline's is 160 MiB), its cache files written behind. */
const THREADED: FactsCacheOptions = { thread: true, threadFromBytes: 0 };
const evaluate = (now: Date, options: FactsCacheOptions = {}) => cachedEvaluation(store, model, now, options);
const reference = (now: Date) => referenceReport(store, model, now);

/** A warm run line's days read from the store (0: every day trusted by its stat). */
const readFromStore = (run: Awaited<ReturnType<typeof evaluate>>['run']) => run.rebuilt.length + run.refreshed;

/** One ticket's priority changed in place (same inode, same size), its mtime put back: what `cp -p` of another version leaves. */
const rewriteInPlace = (day: string) => rewritePriorityInPlace(store.dayFile(day), SETTLED);

it('a kept day written in place under its old mtime, read on the changed days\' thread: its kept text (the day file itself) is not taken for the previous version', { timeout: 120_000 }, async () => {
  await evaluate(FIRST);
  const day = (await store.listDays()).at(-2)!;
  // Its kept text is the day file (one inode): written in place, both show the new bytes.
  expect((await keptTexts(store)).includes(`${day}.ndjson`)).toBe(true);
  await rewriteInPlace(day);
  const handed: string[] = [];
  const warm = await evaluate(FIRST, { threadFromBytes: 0, thread: (jobs) => { handed.push(...jobs.map((job) => job.day)); return startChangedDaysThread(jobs); } });
  const expected = await reference(FIRST);
  expect(warm.report).toBe(expected);
  // Handed to the thread, which refuses the kept text: the day is read whole (not line by line).
  expect(handed).toEqual([day]);
  expect([warm.run.threaded, warm.run.partly.days]).toEqual([0, 0]);
  expect(warm.run.rebuilt).toEqual([{ day, reason: 'changed' }]);
  // The change reaches the report (else the comparison proves nothing), and the next run is trusted whole.
  await rm(factsCacheDir(store.dir), { recursive: true });
  const again = await evaluate(FIRST);
  expect(again.report).toBe(expected);
});

it('nights evaluated on the changed days\' thread (writes behind): the next evaluate and the next fetch read no day', { timeout: 300_000 }, async () => {
  await evaluate(FIRST, THREADED);
  expect(await daysReadByAFetch(store)).toBe((await store.listDays()).length);
  for (let night = 1; night <= 3; night++) {
    const now = new Date(FIRST.getTime() + night * DAY_MS);
    const merged = await store.mergeTickets([...generateSampleTickets({ ...SAMPLE, now })]);
    await settle(store, merged.changedDays);
    // The fetch records the days it writes (here: its lookup reads them once, as a fetch's own noteWritten spares).
    expect(await daysReadByAFetch(store)).toBe(merged.changedDays.length);
    const first = await evaluate(now, THREADED);
    expect(first.run.threaded).toBeGreaterThan(0);
    expect(first.report).toBe(await reference(now));
    const second = await evaluate(now, THREADED);
    expect(readFromStore(second.run)).toBe(0);
    expect(second.report).toBe(first.report);
    expect(await daysReadByAFetch(store)).toBe(0);
  }
});

it('a facts cache of format 4 (no ctime in its stat): every day read once, and then trusted; the fetch after reads none', { timeout: 120_000 }, async () => {
  await evaluate(FIRST);
  expect(await daysReadByAFetch(store)).toBe((await store.listDays()).length);
  // What the previous version wrote: format 4, each day file's stat without its ctime.
  for (const name of await readdir(factsCacheDir(store.dir))) {
    const file = path.join(factsCacheDir(store.dir), name);
    const data = await readFile(file);
    const headEnd = data.indexOf(10, 8) + 1;
    const head = data.toString('latin1', 0, headEnd).replace('"format":7', '"format":4').replace(/"ctimeNs":"\d+",/g, '');
    await writeFile(file, Buffer.concat([Buffer.from(head, 'latin1'), data.subarray(headEnd)]));
  }
  const days = await store.listDays();
  const upgraded = await evaluate(FIRST);
  expect(upgraded.run.rebuilt.map((r) => [r.reason, r.detail])).toEqual(days.map(() => ['unreadable', 'format 4, expected 7']));
  expect(upgraded.report).toBe(await reference(FIRST));
  expect(readFromStore((await evaluate(FIRST)).run)).toBe(0);
  expect(await daysReadByAFetch(store)).toBe(0);
});

it('the day-range record not written after the links (a run killed before the pass ended): the next fetch reads the linked days once, the evaluate after them none', { timeout: 120_000 }, async () => {
  expect(await daysReadByAFetch(store)).toBe((await store.listDays()).length);
  // The record's name held by a folder: its write at the end of the pass fails, as if the run died before it.
  const record = dayRangeRecordFile(store.dir);
  const saved = await readFile(record);
  await rm(record);
  await mkdir(record);
  const cold = await evaluate(FIRST);
  await rm(record, { recursive: true });
  await writeFile(record, saved);
  const linked = (await keptTexts(store)).length;
  expect(linked).toBeGreaterThanOrEqual(31);
  expect(await daysReadByAFetch(store)).toBe(linked);
  expect(await daysReadByAFetch(store)).toBe(0);
  const warm = await evaluate(FIRST);
  expect(readFromStore(warm.run)).toBe(0);
  expect(warm.report).toBe(cold.report);
});

it('a hard-link backup of the store (cp -al), and its removal: each costs a hash of every day at the next evaluate and a read at the next fetch, once', { timeout: 120_000 }, async () => {
  const days = await store.listDays();
  expect(await daysReadByAFetch(store)).toBe(days.length);
  const cold = await evaluate(FIRST);
  expect(await daysReadByAFetch(store)).toBe(0);
  const backup = `${store.dir}-backup`;
  for (const step of [() => execFileSync('cp', ['-al', store.dir, backup]), () => rm(backup, { recursive: true })]) {
    await step();
    const hashed = await evaluate(FIRST);
    expect([hashed.run.rebuilt.length, hashed.run.refreshed]).toEqual([0, days.length]);
    expect(hashed.report).toBe(cold.report);
    expect(readFromStore((await evaluate(FIRST)).run)).toBe(0);
    expect(await daysReadByAFetch(store)).toBe(days.length);
    expect(await daysReadByAFetch(store)).toBe(0);
  }
});

it.each([
  ['the day files alone (the kept texts are tonight\'s, the text tonight\'s facts were made from: trusted by their stat)', ['tickets']],
  ['the day files and the kept texts (each kept text is again its day file: refused, the day read whole)', ['tickets', '.cache/texts']],
])('a store put back from last night\'s hard-link backup (cp -al), %s: the warm evaluate gives the NDJSON path\'s bytes', { timeout: 120_000 }, async (_, restored) => {
  await evaluate(FIRST);
  const backup = `${store.dir}-backup`;
  execFileSync('cp', ['-al', store.dir, backup]);
  const now = new Date(FIRST.getTime() + DAY_MS);
  const merged = await store.mergeTickets([...generateSampleTickets({ ...SAMPLE, now })]);
  expect(merged.changedDays.length).toBeGreaterThan(0);
  await settle(store, merged.changedDays);
  const tonight = await evaluate(now);
  expect(tonight.report).toBe(await reference(now));
  for (const folder of restored) {
    await rm(path.join(store.dir, folder), { recursive: true });
    execFileSync('cp', ['-al', path.join(backup, folder), path.join(store.dir, folder)]);
  }
  await rm(backup, { recursive: true });
  const expected = await reference(now);
  // Last night's tickets (the days the merge made are gone with tonight's day files), at tonight's instant.
  expect(expected).not.toBe(tonight.report);
  const warm = await evaluate(now);
  expect(warm.report).toBe(expected);
  const back = merged.changedDays.filter((day) => existsSync(store.dayFile(day)));
  expect(back.length).toBeGreaterThan(0);
  expect(warm.run.rebuilt.map((r) => [r.day, r.reason])).toEqual(back.map((day) => [day, 'changed']));
  // Line by line from tonight's kept text when it is still tonight's; read whole when it is the restored day file.
  expect(warm.run.partly.days).toBe(restored.length === 1 ? back.length : 0);
  expect(readFromStore((await evaluate(now)).run)).toBe(0);
});
