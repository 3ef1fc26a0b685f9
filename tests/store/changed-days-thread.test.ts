// The changed days' thread (changed-days-thread.ts) only ever reads ahead of the evaluation: over nights of changes,
// an evaluation with it and one without, each from the same store and the same cache, give the same report and
// write the same cache files, byte for byte; a day the thread cannot prepare (a line that is not JSON) fails the
// run with the same message as without it; a thread that dies leaves every day to the evaluation, with the same
// results (but for the day it was reading when it died, whose kept text it had linked: read whole); and a thread
// stopped early sends nothing more and keeps nothing waiting.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { startChangedDaysThread } from '../../scripts/store/changed-days-thread.ts';
import { bodyAt } from '../../scripts/store/facts-cache-format.ts';
import { factsCacheDir, keptTextFile, type FactsCacheOptions } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, cacheFileDigests, cachedEvaluation, DATA, firstFromACopy, fixtureStore } from './store-nights.ts';
import { crc32BitByBit } from './crc32-bit-by-bit.ts';

const DAY_MS = 86_400_000;
const FIRST = new Date('2026-10-20T06:00:00Z');
const SAMPLE = { count: 1200, days: 90, seed: 23 };

let root: string;
let model: StandardsModel;
let store: TicketStore;

beforeAll(async () => {
  ({ root, model, store } = await fixtureStore('changed-days-thread-', [...generateSampleTickets({ ...SAMPLE, now: FIRST })]));
}, 120_000);
afterAll(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});

const cacheDir = () => path.join(store.dir, '.cache');

/** One evaluation of the store at `now` from its cache, as the pipeline runs it, with or without the thread. */
const evaluate = (now: Date, thread: FactsCacheOptions['thread'], threadFromBytes?: number) =>
  cachedEvaluation(store, model, now, { thread, ...(threadFromBytes !== undefined ? { threadFromBytes } : {}) });

/**
 * The night evaluated without the thread from a copy of the cache, then with `thread` from the cache itself
 * (store-nights.ts `firstFromACopy`: the store's day files keep the ctime the last run's facts recorded).
 */
async function bothWays(now: Date, thread: FactsCacheOptions['thread'] = true) {
  const { first: without, last: withThread, files } = await firstFromACopy(store, () => evaluate(now, false), () => evaluate(now, thread));
  return { withThread, without, files: { withThread: files.last, without: files.first } };
}

/** The sample source's view of `now`, and a few older tickets changed by hand (a reply, a reopening, a rating). */
async function changeStore(now: Date): Promise<void> {
  await store.mergeTickets([...generateSampleTickets({ ...SAMPLE, now })]);
  const days = (await store.listDays()).slice(-40, -10);
  const changes: Ticket[] = [];
  for (const [k, day] of days.filter((_, i) => i % 7 === 3).entries()) {
    const ticket = (await store.readDay(day))[0];
    if (ticket === undefined) continue;
    const at = new Date(Math.max(Date.parse(ticket.updated) + 60_000, now.getTime() - (k + 2) * 3_600_000)).toISOString();
    if (Date.parse(at) >= now.getTime()) continue;
    if (k % 3 === 0) changes.push({ ...ticket, updated: at, replies: [...ticket.replies, { at, by: 'customer' }] });
    else if (k % 3 === 1) changes.push({ ...ticket, status: 'open', updated: at, statusChanges: [...ticket.statusChanges, { at, status: 'open' }] });
    else changes.push({ ...ticket, updated: at, satisfaction: { at, rating: 'bad' } } as Ticket);
  }
  await store.mergeTickets(changes);
}

describe('the changed days\' thread', () => {
  it('over five nights of changes: the same report and the same cache files, byte for byte, with the thread as without', { timeout: 300_000 }, async () => {
    // The first night makes the cache (no day changed: nothing for the thread).
    const first = await bothWays(FIRST);
    expect(first.withThread.report).toBe(first.without.report);
    expect(first.withThread.run.threaded).toBe(0);
    let threaded = 0;
    for (let night = 1; night <= 5; night++) {
      const now = new Date(FIRST.getTime() + night * DAY_MS);
      await changeStore(now);
      const { withThread, without, files } = await bothWays(now);
      const reference = bytes(await evaluateStandards({ model, now, clockFor, data: DATA, tickets: store.tickets() }));
      expect(without.report).toBe(reference);
      expect(withThread.report).toBe(reference);
      expect(files.withThread).toEqual(files.without);
      // Every day read line by line was the thread's; the run is otherwise the same.
      expect(withThread.run.partly.days).toBeGreaterThan(0);
      expect(withThread.run.threaded).toBe(withThread.run.partly.days);
      expect(without.run.threaded).toBe(0);
      expect({ ...withThread.run, threaded: 0 }).toEqual(without.run);
      threaded += withThread.run.threaded;
    }
    expect(threaded).toBeGreaterThan(5);
  });

  it('a changed line that is not JSON: the run fails naming the file and line, with the thread as without', { timeout: 120_000 }, async () => {
    const now = new Date(FIRST.getTime() + 6 * DAY_MS);
    await changeStore(now);
    const days = await store.listDays();
    const day = days.findLast((d) => existsSync(keptTextFile(store.dir, d)))!;
    const file = store.dayFile(day);
    const good = await readFile(file, 'utf8');
    const lines = good.split('\n');
    lines[1] = '{"id": "broken';
    await writeFile(`${file}.tmp-test`, lines.join('\n'));
    await rename(`${file}.tmp-test`, file);
    const message = new RegExp(`${day}\\.ndjson line 2: not valid JSON`);
    const before = `${cacheDir()}-before`;
    execFileSync('cp', ['-al', cacheDir(), before]);
    await expect(evaluate(now, true)).rejects.toThrow(message);
    await rm(cacheDir(), { recursive: true, force: true });
    await rename(before, cacheDir());
    await expect(evaluate(now, false)).rejects.toThrow(message);
    // Mended: both ways agree again.
    await writeFile(`${file}.tmp-test`, good);
    await rename(`${file}.tmp-test`, file);
    const mended = await bothWays(now);
    expect(mended.withThread.report).toBe(mended.without.report);
    expect(mended.files.withThread).toEqual(mended.files.without);
  });

  it('a thread that dies, at once or after its first day, leaves the other days to the evaluation: the same report, and the same cache files but for the day it was linking and reading', { timeout: 120_000 }, async () => {
    for (const [k, when] of (['at once', 'after its first day'] as const).entries()) {
      const now = new Date(FIRST.getTime() + (7 + k) * DAY_MS);
      await changeStore(now);
      // Ended from outside (as a crash or the system would end it: no word from it), before it sends anything or as it sends its first day.
      const dying: typeof startChangedDaysThread = (jobs) => {
        const thread = startChangedDaysThread(jobs);
        if (when === 'at once') void thread.worker.terminate();
        else thread.worker.once('message', () => void thread.worker.terminate());
        return thread;
      };
      const { withThread, without, files } = await bothWays(now, dying);
      expect(withThread.run.partly.days).toBeGreaterThan(1);
      if (when === 'at once') expect(withThread.run.threaded).toBe(0);
      else expect(withThread.run.threaded).toBeGreaterThan(0);
      expect(withThread.report).toBe(without.report);
      // A day the thread had linked as its kept text when it was ended, before its bytes were read (changed-days-thread.ts
      // `linkedRead`), and never sent: its previous text is gone, and the evaluation reads it whole. At most the one it
      // was reading; every other cache file the same bytes.
      const differing = [...new Set(Object.keys({ ...files.withThread, ...files.without }).filter((k) => files.withThread[k] !== files.without[k]).map((k) => path.basename(k).replace(/\.\w+$/, '')))];
      expect(differing.length).toBeLessThanOrEqual(1);
      const whole = differing.length;
      expect(withThread.run.partly.days).toBe(without.run.partly.days - whole);
      if (whole === 0) expect({ ...withThread.run, threaded: 0 }).toEqual(without.run);
      else {
        // The day read whole has its counters made, not updated: its live and named blocks are encoded, not copied.
        const copied = (run: typeof without.run) => run.counters.blocksCopied ?? 0;
        expect(copied(without.run) - copied(withThread.run)).toBeGreaterThanOrEqual(0);
        expect(copied(without.run) - copied(withThread.run)).toBeLessThanOrEqual(2);
        const counters = { ...withThread.run.counters, made: without.run.counters.made, rowsRead: without.run.counters.rowsRead, ticketsRead: without.run.counters.ticketsRead, blocksCopied: without.run.counters.blocksCopied };
        expect({ ...withThread.run, threaded: 0, partly: without.run.partly, counters }).toEqual(without.run);
      }
      // The next night trusts every day by its stat, both ways; only the day read whole after the thread linked it
      // may be hashed once more (its ctime, moved by that link, is past the run's mark: racy to the first thread).
      const warm = await evaluate(now, false);
      expect([warm.run.rebuilt, warm.report]).toEqual([[], without.report]);
      expect(warm.run.refreshed).toBeLessThanOrEqual(whole);
    }
  });

  it('a changed day whose facts turn out damaged: read from its day file on the first thread, the same bytes as without the thread', { timeout: 120_000 }, async () => {
    const now = new Date(FIRST.getTime() + 10 * DAY_MS);
    await changeStore(now);
    const days = (await store.listDays()).filter((d) => existsSync(keptTextFile(store.dir, d)));
    const day = days.at(-3)!;
    const ticket = (await store.readDay(day))[0]!;
    const at = new Date(Math.max(Date.parse(ticket.updated) + 60_000, now.getTime() - 3_600_000)).toISOString();
    await store.mergeTickets([{ ...ticket, updated: at, replies: [...ticket.replies, { at, by: 'customer' }] }]);
    // A byte of its facts' first segment flipped (the header and the index intact: found as the entries are read).
    const facts = path.join(factsCacheDir(store.dir), `${day}.facts`);
    const damaged = await readFile(facts);
    const flipped = bodyAt(damaged) + 20;
    damaged.writeUInt8(damaged.readUInt8(flipped) ^ 0xff, flipped);
    await writeFile(`${facts}.tmp-test`, damaged);
    await rename(`${facts}.tmp-test`, facts);
    const { withThread, without, files } = await bothWays(now);
    expect(withThread.run.rebuilt.some((r) => r.day === day)).toBe(true);
    expect(withThread.report).toBe(bytes(await evaluateStandards({ model, now, clockFor, data: DATA, tickets: store.tickets() })));
    expect(withThread.report).toBe(without.report);
    expect(files.withThread).toEqual(files.without);
    expect({ ...withThread.run, threaded: 0 }).toEqual({ ...without.run, threaded: 0 });
  });

  it('a cache that cannot be written behind (a file where the counters\' folder should be): the same report, the run says so, and the next night is whole again', { timeout: 120_000 }, async () => {
    const now = new Date(FIRST.getTime() + 12 * DAY_MS);
    await changeStore(now);
    const reference = bytes(await evaluateStandards({ model, now, clockFor, data: DATA, tickets: store.tickets() }));
    const counters = path.join(cacheDir(), 'counters');
    await rename(counters, `${counters}-aside`);
    await writeFile(counters, 'not a folder');
    const blocked = await evaluate(now, true);
    expect(blocked.report).toBe(reference);
    expect(blocked.run.unwritable).toMatch(/counters/);
    await rm(counters);
    await rename(`${counters}-aside`, counters);
    const { withThread, without, files } = await bothWays(now);
    expect(withThread.run.unwritable).toBeNull();
    expect(withThread.report).toBe(reference);
    expect(without.report).toBe(reference);
    expect(files.withThread).toEqual(files.without);
  });

  it('started only when the changed day files it would read hold threadFromBytes or more: below, the night is read on the first thread alone, with the same bytes', { timeout: 120_000 }, async () => {
    const now = new Date(FIRST.getTime() + 20 * DAY_MS);
    await changeStore(now);
    const reference = bytes(await evaluateStandards({ model, now, clockFor, data: DATA, tickets: store.tickets() }));
    const before = `${cacheDir()}-threshold`;
    execFileSync('cp', ['-al', cacheDir(), before]);
    /** The bytes of the day files each start was handed (their size now). */
    const starts: number[] = [];
    const recording: typeof startChangedDaysThread = (jobs) => {
      starts.push(jobs.reduce((sum, job) => sum + statSync(job.dayFile).size, 0));
      return startChangedDaysThread(jobs);
    };
    const night = async (threadFromBytes: number) => {
      await rm(cacheDir(), { recursive: true, force: true });
      execFileSync('cp', ['-al', before, cacheDir()]);
      return evaluate(now, recording, threadFromBytes);
    };
    const always = await night(0);
    expect(starts).toHaveLength(1);
    const changed = starts[0]!;
    expect(always.run.threaded).toBeGreaterThan(0);
    const below = await night(changed + 1);
    expect(starts).toHaveLength(1);
    expect(below.run.threaded).toBe(0);
    expect(below.run.partly.days).toBe(always.run.partly.days);
    const at = await night(changed);
    expect(starts).toEqual([changed, changed]);
    expect(at.run.threaded).toBe(always.run.threaded);
    for (const run of [always, below, at]) expect(run.report).toBe(reference);
    await rm(before, { recursive: true, force: true });
  });

  it('stopped before its days are taken: each is left to the evaluation (null), and nothing keeps the process waiting', async () => {
    const days = (await store.listDays()).slice(-3);
    const jobs = days.map((day) => ({ day, dayFile: store.dayFile(day), dayIno: null, keptFile: keptTextFile(store.dir, day), head: { sha256: 'other', files: [], mark: '0', entries: 0 }, linkAt: null }));
    const thread = startChangedDaysThread(jobs);
    await thread.stop();
    expect(await Promise.all(days.map((day) => thread.take(day)))).toEqual([null, null, null]);
    // A day never handed over is not the thread's either.
    expect(await thread.take('2000-01-01')).toBeNull();
  });

  it('a day whose facts it was handed do not match: the digest of the day file\'s bytes, and no change (read on the first thread)', async () => {
    const day = (await store.listDays()).at(-1)!;
    const thread = startChangedDaysThread([{ day, dayFile: store.dayFile(day), dayIno: null, keptFile: keptTextFile(store.dir, day), head: { sha256: 'other', files: [], mark: '0', entries: -1 }, linkAt: null }]);
    const prepared = await thread.take(day);
    await thread.stop();
    const dayBytes = await readFile(store.dayFile(day));
    expect(prepared).toEqual({ hash: createHash('sha256').update(dayBytes).digest('hex'), crc32: crc32BitByBit(dayBytes), change: null, linked: null });
  });
});

