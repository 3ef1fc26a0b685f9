// The fetch's names of kept texts (kept-text-names.ts: `DAY.<inode>.ndjson`, the inode of the day file it linked)
// against what happens to stores outside a night: a workflow's cache restored (every file a copy, no links, other
// inodes) night after night, and a checkout of the data branch followed by a fetch that writes the same bytes again.
// A day whose facts hold under a new stat (same bytes) must not lose its kept text, nor keep one per version. And
// names in the texts' folder that are no day's text (`DAY.ndjson`, `DAY.<inode>.ndjson`) are nobody's.
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { DayRangeRecord } from '../../scripts/store/day-range-record.ts';
import { fetchedTextName, keptTextsDir, linkStagedTexts } from '../../scripts/store/kept-text-names.ts';
import { startStagedFetch } from '../../scripts/store/staged-fetch.ts';
import { incomingTicket, openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { PAST_EVERY_WRITE } from './in-place-edits.ts';
import { referenceReport, settledStoreEachTest } from './settled-store.ts';
import { cachedEvaluation } from './store-nights.ts';

const NOW = new Date('2026-11-05T06:00:00Z');
const night = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const SAMPLE = { count: 1500, days: 120, seed: 31 };

let store: TicketStore;
let model: StandardsModel;
settledStoreEachTest('fetch-kept-texts-hostile-', { ...SAMPLE, now: NOW }, (made) => ({ store, model } = made));
const copies: string[] = [];
afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Night `n`'s tickets through the staged fetch (its record saved after, as the fetch does): the days it changed. */
async function fetchedNight(s: TicketStore, n: number): Promise<string[]> {
  const record = await DayRangeRecord.open(nodeStoreFileSystem, s.dir, PAST_EVERY_WRITE);
  const staging = await startStagedFetch(s, nodeStoreFileSystem, { record });
  for (const ticket of generateSampleTickets({ ...SAMPLE, now: night(n) })) {
    const { day, incoming } = incomingTicket(ticket);
    await staging.add(day, incoming);
  }
  const prepared = await staging.prepare('merge');
  await staging.commit([]);
  await record.save(await s.listDays());
  return prepared.result.changedDays;
}

/** A copy of the store as a workflow's restored cache and checkout leave it: every file its own (no links), its times kept. */
function restored(s: TicketStore): TicketStore {
  const root = mkdtempSync(path.join(os.tmpdir(), 'fetch-kept-texts-hostile-copy-'));
  copies.push(root);
  cpSync(s.dir, path.join(root, 'data'), { recursive: true, preserveTimestamps: true });
  return openTicketStore(path.join(root, 'data'));
}

const textNames = (s: TicketStore) => readdirSync(keptTextsDir(s.dir)).sort();

/** The days whose text is kept: each once, each holding its day file's bytes (a copy's are files of their own). */
function keptOnceEach(s: TicketStore): string[] {
  const names = textNames(s);
  const days = names.map((n) => n.slice(0, 10));
  expect(days.filter((d, i) => days.indexOf(d) !== i)).toEqual([]);
  for (const name of names) expect([name, readFileSync(path.join(keptTextsDir(s.dir), name), 'latin1') === readFileSync(s.dayFile(name.slice(0, 10)), 'latin1')]).toEqual([name, true]);
  return days;
}

it('a workflow\'s nights (its cache restored as copies, no links, each night): each changed day read line by line as on the store that keeps its links, one text a day', { timeout: 300_000 }, async () => {
  await cachedEvaluation(store, model, NOW, {});
  let copy = restored(store);
  const partly: { linked: number[]; copied: number[] } = { linked: [], copied: [] };
  for (let n = 1; n <= 6; n++) {
    // The same night on the store itself (its texts links) and on last night's copy made again.
    expect(await fetchedNight(store, n)).toEqual(await fetchedNight(copy, n));
    const linked = await cachedEvaluation(store, model, night(n), {});
    const copied = await cachedEvaluation(copy, model, night(n), {});
    expect(copied.report).toBe(linked.report);
    expect(copied.report).toBe(await referenceReport(copy, model, night(n)));
    expect(copied.run.rebuilt).toEqual(linked.run.rebuilt);
    partly.linked.push(linked.run.partly.days);
    partly.copied.push(copied.run.partly.days);
    expect(keptOnceEach(copy)).toEqual(keptOnceEach(store));
    copy = restored(copy);
  }
  // A night's changed days whose previous version's text the copy lost were read whole instead (on 1820363:
  // [6, 9, 6, 3, 4, 7] against [6, 9, 6, 5, 7, 8]).
  expect(partly.copied).toEqual(partly.linked);
  expect(partly.linked.every((d) => d > 0)).toBe(true);
});

it('the data branch checked out at last night\'s commit, then tonight fetched again (the same bytes, new files): one text a day, the day file, and the next night reads its changed days line by line', { timeout: 300_000 }, async () => {
  await cachedEvaluation(store, model, NOW, {});
  const before = new Map((await store.listDays()).map((d) => [d, readFileSync(store.dayFile(d))]));
  const changed = await fetchedNight(store, 1);
  await cachedEvaluation(store, model, night(1), {});
  expect(textNames(store).filter((n) => fetchedTextName(n) !== null).length).toBeGreaterThan(0);
  const keptTonight = keptOnceEach(store);
  // `git checkout`: each changed day's file written anew (a new file renamed over it) with last night's bytes.
  for (const day of changed) {
    writeFileSync(`${store.dayFile(day)}.tmp`, before.get(day)!);
    renameSync(`${store.dayFile(day)}.tmp`, store.dayFile(day));
  }
  expect(await fetchedNight(store, 1)).toEqual(changed);
  const again = await cachedEvaluation(store, model, night(1), {});
  // Each changed day holds the bytes its facts were made from: their stat refreshed, nothing rebuilt.
  expect(again.run.rebuilt).toEqual([]);
  expect(again.report).toBe(await referenceReport(store, model, night(1)));
  // The days the night not checked out keeps, each its day file.
  expect(keptOnceEach(store)).toEqual(keptTonight);
  for (const name of textNames(store)) expect([name, lstatSync(path.join(keptTextsDir(store.dir), name)).ino]).toEqual([name, statSync(store.dayFile(name.slice(0, 10))).ino]);
  const next = await fetchedNight(store, 2);
  const nextNight = await cachedEvaluation(store, model, night(2), {});
  expect(nextNight.run.rebuilt.map((r) => r.day).sort()).toEqual([...next].sort());
  expect(nextNight.report).toBe(await referenceReport(store, model, night(2)));
  // As the night not checked out (the first test's second night): 9 of its 11 changed days had a kept text.
  expect([next.length, nextNight.run.partly.days]).toEqual([11, 9]);
  expect(keptOnceEach(store).length).toBeGreaterThan(0);
});

it('names in the texts\' folder that are no text of a day, though they begin with a stored day\'s date, are removed by the evaluate', { timeout: 120_000 }, async () => {
  await cachedEvaluation(store, model, NOW, {});
  const texts = textNames(store);
  const day = texts[0]!.slice(0, 10);
  const junk = [`${day}.junk.ndjson`, `${day}.ndjson.ndjson`, `${day}.12x.ndjson`, `${day}-.ndjson`];
  for (const name of junk) writeFileSync(path.join(keptTextsDir(store.dir), name), 'not a text\n');
  await fetchedNight(store, 1);
  const evaluated = await cachedEvaluation(store, model, night(1), {});
  expect(evaluated.report).toBe(await referenceReport(store, model, night(1)));
  expect(evaluated.run.unwritable).toBeNull();
  // On 1820363 all four stayed (a name was its day's by its first ten characters), night after night.
  expect(textNames(store).filter((name) => junk.includes(name))).toEqual([]);
  keptOnceEach(store);
});

it('a folder named like a day\'s text or facts, of a day not stored, is left alone and the cache still written', { timeout: 120_000 }, async () => {
  await cachedEvaluation(store, model, NOW, {});
  const folders = [path.join(keptTextsDir(store.dir), '1999-01-01.ndjson'), path.join(store.dir, '.cache/facts/1999-01-01.facts')];
  for (const folder of folders) mkdirSync(folder);
  await fetchedNight(store, 1);
  const evaluated = await cachedEvaluation(store, model, night(1), {});
  // On 9667341 the sweep's rm refused the folder: the cache reported unwritable (ERR_FS_EISDIR) every night.
  expect(evaluated.run.unwritable).toBeNull();
  expect(evaluated.report).toBe(await referenceReport(store, model, night(1)));
  expect(folders.map((f) => statSync(f).isDirectory())).toEqual([true, true]);
});

it('the fetch links a day that keeps no text for a name that is no day\'s text beginning with its date: not at all', { timeout: 120_000 }, async () => {
  await cachedEvaluation(store, model, NOW, {});
  const days = await store.listDays();
  const kept = new Set(textNames(store).map((n) => n.slice(0, 10)));
  // An old day (not among the latest 31) whose text is not kept.
  const day = days.slice(0, -31).find((d) => !kept.has(d))!;
  expect(day).toBeDefined();
  const stagedDir = path.join(store.dir, '.fetch-test.staging');
  mkdirSync(stagedDir);
  const staged = path.join(stagedDir, `${day}.ndjson`);
  writeFileSync(staged, readFileSync(store.dayFile(day)));
  writeFileSync(path.join(keptTextsDir(store.dir), `${day}.junk.ndjson`), 'not a text\n');
  expect(await linkStagedTexts(store.dir, nodeStoreFileSystem, [{ day, staged }], days)).toEqual([]);
  // The day's own kept text (the evaluate's name) is what makes the fetch link it.
  writeFileSync(path.join(keptTextsDir(store.dir), `${day}.ndjson`), 'an old version\n');
  expect(await linkStagedTexts(store.dir, nodeStoreFileSystem, [{ day, staged }], days)).toEqual([path.join(keptTextsDir(store.dir), `${day}.${statSync(staged).ino}.ndjson`)]);
});

it('forty nights fetched and evaluated: one text a day each night (no version\'s text left behind), the same report as --full, every day a --full evaluate keeps among them', { timeout: 300_000 }, async () => {
  await cachedEvaluation(store, model, NOW, {});
  const counts: number[][] = [];
  for (let n = 1; n <= 40; n++) {
    await fetchedNight(store, n);
    const evaluated = await cachedEvaluation(store, model, night(n), {});
    const days = keptOnceEach(store);
    if (n % 10 !== 0) continue;
    expect(evaluated.report).toBe(await referenceReport(store, model, night(n)));
    const copy = restored(store);
    const full = await cachedEvaluation(copy, model, night(n), { full: true });
    expect(full.report).toBe(evaluated.report);
    const policy = textNames(copy).map((name) => name.slice(0, 10));
    expect(policy.filter((d) => !days.includes(d))).toEqual([]);
    counts.push([days.length, textNames(store).filter((name) => fetchedTextName(name) !== null).length, policy.length]);
  }
  // [texts, the fetch's names among them, the days a --full evaluate keeps]. The texts of the days that left the
  // latest 31 without changing stay until they change (their removal moves the day's ctime): one more a night, as
  // on e9a6f23 before the fetch named any (41, 51, 61, 71 there too), each its day's only one.
  expect(counts).toEqual([[41, 21, 31], [51, 31, 31], [61, 41, 31], [71, 51, 31]]);
});
