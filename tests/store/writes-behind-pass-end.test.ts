// The changed days' thread writes a night's cache files behind the evaluation (cache-writes-behind.ts), and the pass
// says they are all awaited before it ends. Two writes come after its last day, though: the cache files of days the
// store no longer has, removed once every day is read, and a day's facts made again when a worst ticket the counters
// name is read after the days (`worstFacts`) from a cache file that turns out damaged. Each is checked here the
// moment the evaluation returns, as the pipeline prints the run's line then: with the thread as without it, the
// removed days' files are gone and counted, and the damaged facts are whole again on disk. On main 887287b the last
// fails with the thread (the facts made again in `worstFacts` were still being written behind, the file on disk still
// the damaged one); the removals pass there, their steps being synchronous (kept as a check).

import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { OLD_AFTER_MS } from '../../scripts/engine/day-counters.ts';
import { evaluateEntries, evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { countersDir } from '../../scripts/store/day-counters-file.ts';
import { bodyAt, decodeEntries, readHeader } from '../../scripts/store/facts-cache-format.ts';
import { factsCacheDir, storeEntries, type FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, DATA, fixtureStore } from './store-nights.ts';

const NOW = new Date('2026-10-20T06:00:00Z');
const SAMPLE = { count: 900, days: 90, seed: 31 };

let root: string;
let model: StandardsModel;
let store: TicketStore;

beforeAll(async () => {
  ({ root, model, store } = await fixtureStore('writes-behind-pass-end-', [...generateSampleTickets({ ...SAMPLE, now: NOW })]));
  // Day files settled well before their caches are made (none "racy").
  const past = new Date(NOW.getTime() - 3_600_000);
  for (const day of await store.listDays()) await utimes(store.dayFile(day), past, past);
}, 120_000);
afterAll(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});

/** Whether a facts file decodes whole (every digest matches). */
function whole(file: string): boolean {
  const data = readFileSync(file);
  const head = readHeader(data);
  if (typeof head === 'string') return false;
  try {
    decodeEntries(data, head);
    return true;
  } catch {
    return false;
  }
}

/**
 * One evaluation as the pipeline runs it; the run, and the facts files (by day: whole or not), as they stand the
 * moment the evaluation returns (read synchronously: nothing else runs meanwhile).
 */
async function evaluate(thread: boolean): Promise<{ report: string; run: FactsCacheRun; facts: Map<string, boolean> }> {
  const pass = storeEntries(store, { thread, changingFromMs: NOW.getTime() - OLD_AFTER_MS });
  const report = bytes(await evaluateEntries({ model, now: NOW, clockFor, data: DATA, days: pass.days, worstFacts: pass.worstFacts }));
  const dir = factsCacheDir(store.dir);
  const facts = new Map(readdirSync(dir).filter((name) => name.endsWith('.facts')).map((name) => [name.slice(0, 10), whole(path.join(dir, name))]));
  return { report, run: structuredClone(pass.run), facts };
}

describe('writes behind the evaluation after its last day', () => {
  for (const thread of [false, true]) {
    it(`${thread ? 'with' : 'without'} the thread: the cache files of days the store no longer has are removed and counted when the evaluation returns`, { timeout: 120_000 }, async () => {
      await evaluate(thread);
      const days = await store.listDays();
      const gone = days.slice(0, 30);
      for (const day of gone) await rm(store.dayFile(day));
      const { report, run, facts } = await evaluate(thread);
      expect(run.removed).toBe(gone.length);
      expect(gone.filter((day) => facts.has(day))).toEqual([]);
      expect(report).toBe(bytes(await evaluateStandards({ model, now: NOW, clockFor, data: DATA, tickets: store.tickets() })));
    });
  }

  for (const thread of [false, true]) {
    it(`${thread ? 'with' : 'without'} the thread: a worst ticket's damaged facts, read after the days, are whole again on disk when the evaluation returns`, { timeout: 120_000 }, async () => {
      await evaluate(thread);
      // Every facts file's first segment damaged (its header and index intact): a day counted from its counters
      // alone finds out only when a worst ticket is read from it, after the days. The counters keep the worst tickets'
      // entries (their named block, day-counters-file.ts): damaged too, so the facts files are read for them.
      for (const name of (await readdir(countersDir(store.dir))).filter((n) => n.endsWith('.counts'))) {
        const file = path.join(countersDir(store.dir), name);
        const data = await readFile(file);
        const place = (JSON.parse(data.toString('utf8', 8, data.indexOf(10, 8))) as { namedEntries: { at: number; length: number } | null }).namedEntries;
        if (place === null) continue;
        data[place.at + place.length - 20]! ^= 0x08;
        await writeFile(file, data);
      }
      const dir = factsCacheDir(store.dir);
      const names = (await readdir(dir)).filter((name) => name.endsWith('.facts'));
      for (const name of names) {
        const file = path.join(dir, name);
        const data = await readFile(file);
        const head = readHeader(data);
        if (typeof head === 'string' || !head.kept || head.segments.length === 0) continue;
        const at = bodyAt(data) + 4;
        data.writeUInt8(data.readUInt8(at) ^ 0xff, at);
        await writeFile(file, data);
      }
      const { report, run, facts } = await evaluate(thread);
      const rebuilt = run.rebuilt.filter((r) => r.reason === 'unreadable').map((r) => r.day);
      expect(rebuilt.length).toBeGreaterThan(4);
      expect(rebuilt.filter((day) => facts.get(day) !== true)).toEqual([]);
      expect(report).toBe(bytes(await evaluateStandards({ model, now: NOW, clockFor, data: DATA, tickets: store.tickets() })));
    });
  }
});
