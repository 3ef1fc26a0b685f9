// The fetch links a day's kept text to its staged file before it installs it (kept-text-names.ts `linkStagedTexts`),
// so the evaluate that follows finds the new version's text kept, links nothing, and reads each changed day once:
// before, the evaluate linked it after reading it, which moved the day file's ctime, and read the day again to prove
// the link alone had (kept-day-texts.ts `keptWithStat`; on the changed days' thread, changed-days-thread.ts
// `readThenLink`). The store starts with texts an evaluate kept (`DAY.ndjson`, as stores of before have them): the
// night compares against those, then removes them. Same report as `--full` and the NDJSON path, the same days keep
// a text as the policy keeps (a `--full` evaluate of a copy), and the next evaluate and fetch read no day.
import { cpSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { startChangedDaysThread, type ChangedDayJob } from '../../scripts/store/changed-days-thread.ts';
import { DayRangeRecord } from '../../scripts/store/day-range-record.ts';
import { fetchedTextName } from '../../scripts/store/kept-text-names.ts';
import { startStagedFetch } from '../../scripts/store/staged-fetch.ts';
import { keptTextFile } from '../../scripts/store/ticket-facts-cache.ts';
import { incomingTicket, openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { PAST_EVERY_WRITE, rewritePriorityInPlace } from './in-place-edits.ts';
import { daysReadByAFetch, keptTexts, referenceReport, settledStoreEachTest } from './settled-store.ts';
import { cachedEvaluation } from './store-nights.ts';

const NOW = new Date('2026-11-05T06:00:00Z');
const NEXT = new Date(NOW.getTime() + 86_400_000);
const SAMPLE = { count: 1500, days: 120, seed: 31 };

let store: TicketStore;
let model: StandardsModel;
settledStoreEachTest('fetch-kept-texts-', { ...SAMPLE, now: NOW }, (made) => ({ store, model } = made));

/** The next night's tickets through the staged fetch (stage, prepare, commit, its record saved): the days it changed. */
async function fetchedNight(): Promise<string[]> {
  const record = await DayRangeRecord.open(nodeStoreFileSystem, store.dir, PAST_EVERY_WRITE);
  const staging = await startStagedFetch(store, nodeStoreFileSystem, { record });
  for (const ticket of generateSampleTickets({ ...SAMPLE, now: NEXT })) {
    const { day, incoming } = incomingTicket(ticket);
    await staging.add(day, incoming);
  }
  const prepared = await staging.prepare('merge');
  await staging.commit([]);
  await record.save(await store.listDays());
  return prepared.result.changedDays;
}

/** The days whose text is kept, each once (throws on a day kept twice or a text that is not its day file). */
function keptDaysAreDayFiles(names: readonly string[]): string[] {
  const days = names.map((n) => n.slice(0, 10));
  expect(new Set(days).size).toBe(days.length);
  for (const name of names) {
    const file = path.join(path.dirname(keptTextFile(store.dir, '2000-01-01')), name);
    const day = name.slice(0, 10);
    expect([name, lstatSync(file).ino]).toEqual([name, statSync(store.dayFile(day)).ino]);
    const fetched = fetchedTextName(name);
    if (fetched !== null) expect(fetched.ino).toBe(String(lstatSync(file).ino));
  }
  return days.sort();
}

/** The days a `--full` evaluate keeps a text of (every day's facts made again), on a copy of the store. */
async function keptByThePolicy(): Promise<string[]> {
  const copyRoot = mkdtempSync(path.join(os.tmpdir(), 'fetch-kept-texts-copy-'));
  try {
    cpSync(store.dir, path.join(copyRoot, 'data'), { recursive: true });
    const copy = openTicketStore(path.join(copyRoot, 'data'));
    await cachedEvaluation(copy, model, NEXT, { full: true });
    return (await keptTexts(copy)).map((n) => n.slice(0, 10)).sort();
  } finally {
    rmSync(copyRoot, { recursive: true, force: true });
  }
}

for (const threaded of [false, true]) {
  it(`a night the fetch wrote, ${threaded ? 'on the changed days\' thread' : 'on one thread'}: each changed day read once and nothing linked by the evaluate; the same bytes as --full and the NDJSON path, the policy's kept texts, and the next evaluate and fetch read no day`, { timeout: 120_000 }, async () => {
    await cachedEvaluation(store, model, NOW, {});
    const before = await keptTexts(store);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((n) => fetchedTextName(n) === null)).toBe(true);
    const changed = await fetchedNight();
    expect(changed.length).toBeGreaterThan(1);
    // The fetch linked the new versions of the kept days (their old versions' texts still there).
    const linkedByTheFetch = (await keptTexts(store)).filter((n) => fetchedTextName(n) !== null);
    expect(linkedByTheFetch.length).toBeGreaterThan(0);

    const reads: string[] = [];
    const links: string[] = [];
    const counting: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async readParts(file, parts, into) {
        if (file.startsWith(path.join(store.dir, 'tickets'))) reads.push(path.basename(file, '.ndjson'));
        return nodeStoreFileSystem.readParts!(file, parts, into);
      },
      async readFile(file) {
        if (file.startsWith(path.join(store.dir, 'tickets'))) reads.push(path.basename(file, '.ndjson'));
        return nodeStoreFileSystem.readFile(file);
      },
      async link(from, to) {
        links.push(path.basename(to));
        return nodeStoreFileSystem.link(from, to);
      },
    };
    const jobs: ChangedDayJob[] = [];
    const night = await cachedEvaluation(openTicketStore(store.dir, { fs: counting }), model, NEXT, {
      fs: counting,
      ...(threaded ? { threadFromBytes: 0, thread: (handed: readonly ChangedDayJob[]) => { jobs.push(...handed); return startChangedDaysThread(handed); } } : {}),
    });
    expect(night.report).toBe(await referenceReport(store, model, NEXT));
    expect(night.report).toBe((await cachedEvaluation(store, model, NEXT, { full: true, counters: 'read' })).report);
    // Read line by line against the texts an evaluate kept the night before.
    expect(night.run.partly.days).toBeGreaterThan(0);
    expect(links).toEqual([]);
    if (threaded) {
      expect(night.run.threaded).toBeGreaterThan(0);
      // The thread links no day (the fetch linked every one kept), and the first thread reads none of them.
      expect(jobs.length).toBeGreaterThan(0);
      expect(jobs.filter((j) => j.linkAt !== null).map((j) => j.day)).toEqual([]);
      expect(reads.filter((d) => jobs.some((j) => j.day === d))).toEqual([]);
    } else {
      // Each changed day read once, none twice.
      expect(reads.sort()).toEqual([...changed].sort());
    }
    // One text a day, each its day file: the old versions' gone, and the same days as the policy keeps.
    const kept = keptDaysAreDayFiles(await keptTexts(store));
    expect(kept).toEqual(await keptByThePolicy());

    const warm = await cachedEvaluation(store, model, NEXT, {});
    expect([warm.run.rebuilt, warm.run.refreshed, warm.report]).toEqual([[], 0, night.report]);
    expect(await daysReadByAFetch(store)).toBe(0);
  });
}

// A day whose text the fetch kept is its day file: written in place under its old size and mtime (`cp -p`), the text
// is written with it, so the next night must not take it for the version its facts were made from
// (day-lines.ts `readKeptText`: a kept text that is still the day file is checked by its digest, and refused).
it('a day the fetch kept the text of, rewritten in place under its old mtime: the next evaluate reads it again and gives the bytes of --full', { timeout: 120_000 }, async () => {
  await cachedEvaluation(store, model, NOW, {});
  await fetchedNight();
  const night = await cachedEvaluation(store, model, NEXT, {});
  const texts = path.dirname(keptTextFile(store.dir, '2000-01-01'));
  const day = (await keptTexts(store)).filter((n) => fetchedTextName(n) !== null).map((n) => n.slice(0, 10))
    .findLast((d) => readFileSync(store.dayFile(d), 'latin1').includes('"priority":"normal"'))!;
  expect(day).toBeDefined();
  const mtime = statSync(store.dayFile(day)).mtime;
  await rewritePriorityInPlace(store.dayFile(day), mtime);
  expect(lstatSync(path.join(texts, (await keptTexts(store)).find((n) => n.startsWith(day))!)).ino).toBe(statSync(store.dayFile(day)).ino);
  const warm = await cachedEvaluation(store, model, NEXT, {});
  expect(warm.run.rebuilt).toEqual([{ day, reason: 'changed' }]);
  expect(warm.run.partly.days).toBe(0);
  expect(warm.report).toBe(await referenceReport(store, model, NEXT));
  expect(warm.report).toBe((await cachedEvaluation(store, model, NEXT, { full: true, counters: 'read' })).report);
  // The change reaches the report (else the comparisons above prove nothing).
  expect(warm.report).not.toBe(night.report);
});
