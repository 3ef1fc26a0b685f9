// A cache write behind the evaluation that fails in the middle of a night (a folder where one day's facts file
// should be: its rename fails, the days before it were written, some after it may be under way already): the report
// is the clean one, the run says which file, nothing half-written is trusted the next night, and the next night is
// the same with the thread as without it, and as the NDJSON path. Passes on main 887287b (kept as a check).

import { existsSync } from 'node:fs';
import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { factsCacheDir } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, cachedEvaluation, DATA, firstFromACopy, fixtureStore } from './store-nights.ts';

const DAY_MS = 86_400_000;
const FIRST = new Date('2026-10-20T06:00:00Z');
const SAMPLE = { count: 900, days: 60, seed: 41 };

let root: string;
let model: StandardsModel;
let store: TicketStore;

beforeAll(async () => {
  ({ root, model, store } = await fixtureStore('writes-behind-failed-', [...generateSampleTickets({ ...SAMPLE, now: FIRST })]));
  const past = new Date(FIRST.getTime() - 3_600_000);
  for (const day of await store.listDays()) await utimes(store.dayFile(day), past, past);
}, 120_000);
afterAll(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});


const evaluate = (now: Date, thread: boolean) => cachedEvaluation(store, model, now, { thread });

const reference = async (now: Date) => bytes(await evaluateStandards({ model, now, clockFor, data: DATA, tickets: store.tickets() }));

/** Tickets of several days changed (a customer's reply), so the night writes each of those days again. */
async function changeDays(now: Date): Promise<string[]> {
  const days = (await store.listDays()).slice(-40, -5).filter((_, i) => i % 4 === 1);
  const changes: Ticket[] = [];
  for (const [k, day] of days.entries()) {
    const ticket = (await store.readDay(day))[0];
    if (ticket === undefined) continue;
    const at = new Date(Math.max(Date.parse(ticket.updated) + 60_000, now.getTime() - (k + 2) * 3_600_000)).toISOString();
    if (Date.parse(at) >= now.getTime()) continue;
    changes.push({ ...ticket, updated: at, replies: [...ticket.replies, { at, by: 'customer' }] });
  }
  await store.mergeTickets(changes);
  return days;
}

describe('a write behind that fails mid-night', () => {
  it('the report is the clean one, the run names the file, and the next night heals, with the thread as without', { timeout: 200_000 }, async () => {
    await evaluate(FIRST, true);
    const now = new Date(FIRST.getTime() + DAY_MS);
    const changed = await changeDays(now);
    expect(changed.length).toBeGreaterThan(4);
    // The third changed day's facts cannot be renamed into place: a folder holding a file has its name.
    const blocked = path.join(factsCacheDir(store.dir), `${changed[2]}.facts`);
    await rm(blocked);
    await mkdir(blocked);
    await writeFile(path.join(blocked, 'x'), 'x');
    const failed = await evaluate(now, true);
    expect(failed.report).toBe(await reference(now));
    expect(failed.run.unwritable).toContain(`${changed[2]}.facts`);
    expect(failed.run.threaded).toBeGreaterThan(2);
    // Each day counted once on the run line: a day read from its file again after the failed write (its worst
    // tickets' facts) is not a second day read from the store.
    const rebuiltDays = failed.run.rebuilt.map((r) => r.day);
    expect([new Set(rebuiltDays).size, failed.run.cached + rebuiltDays.length]).toEqual([rebuiltDays.length, (await store.listDays()).length]);
    await rm(blocked, { recursive: true });

    // The next night, from what that night left: without the thread (from a copy of the cache) and with it, alike.
    const next = new Date(now.getTime() + DAY_MS);
    await changeDays(next);
    const { first: without, last: withThread, files } = await firstFromACopy(store, () => evaluate(next, false), () => evaluate(next, true));
    const expected = await reference(next);
    expect(withThread.report).toBe(expected);
    expect(without.report).toBe(expected);
    expect(withThread.run.unwritable).toBeNull();
    expect(files.last).toEqual(files.first);
    expect(existsSync(path.join(factsCacheDir(store.dir), `${changed[2]}.facts`))).toBe(true);
  });
});
