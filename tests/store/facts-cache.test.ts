// The facts cache (scripts/store/ticket-facts-cache.ts) and the evaluation that reads it: over a sequence of
// simulated nights, the report of `evaluate` (cache, only changed days re-read), of `evaluate --full` and of
// the NDJSON path (evaluateStandards over store.tickets(), what evaluate did before the cache) are the same
// bytes; each night says exactly which days it re-read, and a changed standard, calendar or exclusion
// re-reads none (the facts do not depend on the model). A damaged, foreign or missing cache file is rebuilt
// from its day file, and the run says so.

import { cp, mkdtemp, readFile, rm, unlink, utimes, writeFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateStep } from '../../scripts/commands/pipeline.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries, evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { ticketEntry } from '../../scripts/engine/ticket-entries.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { Report, StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { decodeEntries, describeFactsCacheRun, encodeEntries, factsCacheDir, readHeader, storeEntries, type FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import { openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.resolve(HERE, '../fixtures/site/sample/standards');
const DAY_MS = 86_400_000;
const START = new Date('2026-11-02T06:00:00Z');
// 300 days: older than any standard's grid (series + window), so some days cannot change a number.
const SAMPLE = { count: 2400, days: 300, seed: 7 };

let root: string;
let store: TicketStore;
let model: StandardsModel;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'facts-cache-'));
  await cp(FIXTURE, path.join(root, 'standards'), { recursive: true });
  const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
  if (!loaded.model) throw new Error('fixture model does not load');
  model = loaded.model;
  store = openTicketStore(path.join(root, model.pipeline.storeDir));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A store file's mtime moved well into the past, as a day file the cache was made from long after looks. */
async function settle(days: readonly string[]): Promise<void> {
  const past = new Date(Date.now() - 3_600_000);
  for (const day of days) await utimes(store.dayFile(day), past, past);
}

/** The bytes every path must agree on (the report minus the instant it was written). */
const bytes = (report: Report) => JSON.stringify({ ...report, generatedAt: null });

function io(now: Date, log: string[] = []): CommandIO {
  return { root, stdout: () => undefined, stderr: (line) => log.push(line), env: {}, color: false, now: () => now };
}

/** The night's three evaluations; returns what the cached one re-read. */
async function night(now: Date, m: StandardsModel = model): Promise<{ run: FactsCacheRun; log: string }> {
  const reference = await evaluateStandards({ model: m, tickets: store.tickets(), now, clockFor, data: { source: 'sample', fetchedAt: null } });
  // The cache as the night finds it, so the CLI's step below finds it the same.
  const cacheDir = path.join(store.dir, '.cache');
  const saved = `${cacheDir}-as-found`;
  await rm(saved, { recursive: true, force: true });
  await cp(cacheDir, saved, { recursive: true }).catch(() => undefined);
  const facts = storeEntries(store);
  const cached = await evaluateEntries({ model: m, days: facts.days, now, clockFor, data: { source: 'sample', fetchedAt: null } });
  expect(bytes(cached)).toBe(bytes(reference));
  await rm(cacheDir, { recursive: true, force: true });
  await cp(saved, cacheDir, { recursive: true }).catch(() => undefined);
  // The CLI's evaluate step, incremental and --full, writes the same report.
  const log: string[] = [];
  const step = await evaluateStep(io(now, log), m, now);
  const full = await evaluateStep(io(now), m, now, { full: true });
  expect(bytes(step)).toBe(bytes(reference));
  expect(bytes(full)).toBe(bytes(reference));
  expect(reference.data.tickets).toBeGreaterThan(0);
  return { run: facts.run, log: log.find((line) => line.includes('facts cache'))?.trim() ?? '' };
}

/** The sample helpdesk's changes in the night after `fromMs` (new tickets, new events on open ones). */
function changesUntil(fromMs: number, now: Date): Ticket[] {
  return [...generateSampleTickets({ ...SAMPLE, now })].filter((t) => Date.parse(t.updated) > fromMs);
}

const rebuilt = (run: FactsCacheRun) => run.rebuilt.map((r) => `${r.day} ${r.reason}`);

describe('incremental evaluation over simulated nights', () => {
  it('re-reads exactly the changed days each night and writes the bytes of a full pass', async () => {
    // Night 0: the first fetch, plus tickets the engine rejects and one changed after the night's now.
    const first = [...generateSampleTickets({ ...SAMPLE, now: START })];
    const odd: Ticket[] = [
      { id: 'ODD-1', created: '2026-10-30T10:00:00Z', updated: '2026-10-30T10:00:00Z', priority: 'bogus' as Ticket['priority'], channel: 'email', status: 'open', tags: [], replies: [], statusChanges: [] },
      { id: 'ODD-2', created: '2026-10-30T11:00:00Z', updated: '2026-10-30T12:00:00Z', priority: 'urgent', channel: 'email', status: 'solved', tags: [], replies: [{ at: '2026-10-30T11:30:00Z', by: 'agent' }], statusChanges: [] },
      // The helpdesk's own figures: the tie-out compares them whatever the day.
      { id: 'ODD-4', created: '2026-03-03T10:00:00Z', updated: '2026-03-03T12:00:00Z', priority: 'low', channel: 'email', status: 'solved', tags: [], replies: [{ at: '2026-03-03T10:20:00Z', by: 'agent' }], statusChanges: [{ at: '2026-03-03T12:00:00Z', status: 'solved' }], helpdeskMetrics: { firstReplyMinutes: 20, fullResolutionMinutes: 100 } } as Ticket,
      // Replied and solved after night 0's now: counted as open on night 0, solved on night 1.
      { id: 'ODD-3', created: '2026-11-01T22:00:00Z', updated: '2026-11-02T09:00:00Z', priority: 'urgent', channel: 'web', status: 'solved', tags: [], replies: [{ at: '2026-11-02T08:00:00Z', by: 'agent' }], statusChanges: [{ at: '2026-11-01T22:00:00Z', status: 'new' }, { at: '2026-11-02T09:00:00Z', status: 'solved' }] },
    ];
    const merged0 = await store.mergeTickets([...first, ...odd]);
    await settle(merged0.changedDays);
    const n0 = await night(START);
    const tieOut = (await evaluateStandards({ model, tickets: store.tickets(), now: START, clockFor })).data.tieOut;
    expect(tieOut?.tickets).toBe(1);
    // ODD-4's full resolution: ours 120 min (10:00 to 12:00), the helpdesk's 100.
    expect(tieOut?.metrics).toEqual([{ metric: 'first_response_time', agree: 1, disagree: 0, reasons: [] }, { metric: 'full_resolution_time', agree: 0, disagree: 1, reasons: [{ reason: 'different-times', kind: 'unexplained', count: 1 }] }]);
    expect(n0.run.cached).toBe(0);
    expect(rebuilt(n0.run)).toEqual(merged0.changedDays.map((d) => `${d} missing`));
    expect(n0.log).toBe(`facts cache: 0 of ${merged0.changedDays.length} days from the cache, ${merged0.changedDays.length} read from the store [${merged0.changedDays.length} missing (${merged0.changedDays.slice(0, 3).join(', ')}, …)]`);

    // Nights 1–3: the night's changes are merged, then evaluated at that night's now.
    let fromMs = START.getTime();
    for (let n = 1; n <= 3; n++) {
      const now = new Date(START.getTime() + n * DAY_MS);
      const stored = new Set(await store.listDays());
      const merged = await store.mergeTickets(changesUntil(fromMs, now));
      expect(merged.changedDays.length).toBeGreaterThan(0);
      await settle(merged.changedDays);
      const { run } = await night(now);
      // Exactly the days the merge rewrote are re-read: the ones new to the store as missing, the others as changed.
      expect(rebuilt(run)).toEqual(merged.changedDays.map((d) => `${d} ${stored.has(d) ? 'changed' : 'missing'}`));
      expect(run.rebuilt.filter((r) => r.reason === 'changed').length).toBeGreaterThan(0);
      expect(run.cached + run.rebuilt.length).toBe((await store.listDays()).length);
      // Days whose tickets were all solved before the earliest instant any standard counts are not decoded,
      // and the report is still the NDJSON path's (night() compared the bytes).
      expect(run.cached - run.decoded).toBeGreaterThan(100);
      expect(run.decoded).toBeGreaterThan(50);
      fromMs = now.getTime();
    }
  });

  it('a changed standard, a changed calendar and an exclusion added in the past re-read no day: the facts do not depend on the model', async () => {
    const now = new Date(START.getTime() + 3 * DAY_MS);
    const first = await night(now);
    expect(first.run.rebuilt).toEqual([]);
    const tighter: StandardsModel = { ...model, standards: model.standards.map((s) => (s.id === 'first-response-urgent' ? { ...s, thresholdMinutes: 30 } : s)) };
    const holiday: StandardsModel = {
      ...model,
      calendars: model.calendars.map((c) => (c.id === 'emea-business-hours' ? { ...c, holidays: [...c.holidays, { date: '2026-10-28', name: 'Closed', open: null }] } : c)),
    };
    const excluded: StandardsModel = {
      ...model,
      pipeline: { ...model.pipeline, exclusions: [...model.pipeline.exclusions, { id: 'phone-outage', from: '2026-10-27T09:00:00Z', to: '2026-10-27T15:00:00Z', reason: 'Phones down', standards: ['first-response-normal'] }] },
    };
    for (const changed of [tighter, holiday, excluded]) {
      const r = await night(now, changed);
      expect(r.run.rebuilt).toEqual([]);
      expect(r.log).toBe(`facts cache: ${r.run.cached} of ${r.run.cached} days from the cache (${r.run.cached - r.run.decoded} not even decoded: nothing in them can change a number), 0 read from the store`);
    }
    // The changes do change the report (the test would prove nothing otherwise).
    const report = (m: StandardsModel) => evaluateStandards({ model: m, tickets: store.tickets(), now, clockFor });
    const base = await report(model);
    expect(bytes(await report(tighter))).not.toBe(bytes(base));
    expect(bytes(await report(holiday))).not.toBe(bytes(base));
    expect((await report(excluded)).standards.find((s) => s.id === 'first-response-normal')!.excluded.map((e) => e.id)).toEqual(['helpdesk-migration', 'phone-outage']);
  });
});

describe('a day that could not change a number is cached without its tickets', () => {
  it('keeps only its summary, and is read from its day file again when a model reaches back to it', async () => {
    const now = new Date(START.getTime() + 3 * DAY_MS);
    await night(now);
    const kept = async () => {
      const out = new Map<string, boolean>();
      for (const day of await store.listDays()) {
        const head = readHeader(await readFile(path.join(factsCacheDir(store.dir), `${day}.facts`)));
        if (typeof head === 'string') throw new Error(head);
        out.set(day, head.kept);
      }
      return out;
    };
    const before = await kept();
    const summaryOnly = [...before].filter(([, k]) => !k).map(([d]) => d);
    // The oldest days (solved long before the 90-day series and its 30-day window) keep their summary only.
    expect(summaryOnly.length).toBeGreaterThan(100);
    expect(summaryOnly[0]).toBe((await store.listDays())[0]);
    // A longer series reaches further back: exactly some of those days are read again, and the report is still the NDJSON path's.
    const longer: StandardsModel = { ...model, pipeline: { ...model.pipeline, evaluation: { ...model.pipeline.evaluation, seriesDays: 200 } } };
    const { run, log } = await night(now, longer);
    expect(run.rebuilt.length).toBeGreaterThan(20);
    expect(run.rebuilt.every((r) => r.reason === 'needed' && summaryOnly.includes(r.day))).toBe(true);
    expect(log).toContain(` needed (${run.rebuilt[0]!.day}`);
    // Read again, they keep their tickets: the next night under that model reads none from the store.
    expect((await night(now, longer)).run.rebuilt).toEqual([]);
    const after = await kept();
    for (const r of run.rebuilt) expect(after.get(r.day)).toBe(true);
  });
});

describe('a cache that cannot be trusted is rebuilt from the store, and the run says so', () => {
  const now = new Date(START.getTime() + 3 * DAY_MS);
  const cacheFile = (day: string) => path.join(factsCacheDir(store.dir), `${day}.facts`);

  it('a damaged file (one byte changed in its numbers), a cut-off file and a file of another format', async () => {
    await night(now);
    // Recent days: their tickets are decoded (a damaged old day that nothing reads is found when something does).
    const [a, b, c] = (await store.listDays()).slice(-8, -5) as [string, string, string];
    const damaged = await readFile(cacheFile(a));
    damaged[damaged.length - 40]! ^= 0x10;
    await writeFile(cacheFile(a), damaged);
    const whole = await readFile(cacheFile(b));
    await writeFile(cacheFile(b), whole.subarray(0, whole.length - 10));
    await writeFile(cacheFile(c), 'SSFACTS\n{"format":0}\n');
    const { run, log } = await night(now);
    expect(run.rebuilt).toEqual([
      { day: a, reason: 'unreadable', detail: 'its content does not match its digest (damaged)' },
      { day: b, reason: 'unreadable', detail: 'file cut off' },
      { day: c, reason: 'unreadable', detail: 'format 0, expected 1' },
    ]);
    expect(log).toContain('3 read from the store [1 unreadable: its content does not match its digest (damaged) (');
    // Rebuilt files hold: the next night reads every day from the cache.
    expect((await night(now)).run.rebuilt).toEqual([]);
  });

  it('a missing file, and a missing cache folder', async () => {
    const days = await store.listDays();
    await unlink(cacheFile(days[0]!));
    expect(rebuilt((await night(now)).run)).toEqual([`${days[0]} missing`]);
    await rm(factsCacheDir(store.dir), { recursive: true });
    const { run } = await night(now);
    expect(run.cached).toBe(0);
    expect(rebuilt(run)).toEqual(days.map((d) => `${d} missing`));
  });

  it('a day file with the same bytes under a new stat (a git checkout) is checked by its hash and not re-read; a changed one is', async () => {
    const [a, b] = (await store.listDays()).slice(2, 4) as [string, string];
    const text = (await store.readDayText(b))!;
    await writeFile(store.dayFile(a), (await store.readDayText(a))!);
    // Same length, other bytes.
    await writeFile(store.dayFile(b), text.replace('"priority":"normal"', '"priority":"urgent"'));
    expect(await store.readDayText(b)).not.toBe(text);
    await settle([a, b]);
    const { run } = await night(now);
    expect(rebuilt(run)).toEqual([`${b} changed`]);
    expect(run.refreshed).toBe(1);
    expect(describeFactsCacheRun(run)).toContain('1 confirmed by hash (same bytes; the day file was touched or written just before its cache)');
    // The confirmed cache now carries the day file's new stat: the next night trusts it without hashing.
    const next = await night(now);
    expect(next.run.rebuilt).toEqual([]);
    expect(next.run.refreshed).toBe(0);
  });

  it('the cache of a day the store no longer has is removed; --full re-reads every day', async () => {
    const days = await store.listDays();
    await unlink(store.dayFile(days[0]!));
    const { run } = await night(now);
    expect(run.removed).toBe(1);
    expect((await readdir(factsCacheDir(store.dir))).filter((f) => f.endsWith('.facts')).length).toBe(days.length - 1);
    const full = storeEntries(store, { full: true });
    for await (const day of full.days) await day.entries();
    expect(full.run.rebuilt.map((r) => r.reason)).toEqual(days.slice(1).map(() => 'full'));
    expect(describeFactsCacheRun(full.run)).toBe(`facts cache: full pass, ${days.length - 1} day files read and their cache rewritten`);
    expect(await readFile(path.join(store.dir, '.cache', '.gitignore'), 'utf8')).toContain('\n*\n');
  });
});

describe('the compact form', () => {
  it('decodes to exactly the entries it was made from, rejections included', () => {
    const tickets: unknown[] = [
      ...generateSampleTickets({ count: 300, days: 5, seed: 3, now: START }),
      { id: 'BAD', created: 'yesterday' },
      'not an object',
      { id: 'QA-1', created: '2026-11-01T10:00:00Z', updated: '2026-11-01T12:00:00Z', priority: 'high', channel: 'chat', status: 'open', team: 'support-emea', category: 'billing', tags: ['vip', 'é✓'], openedBy: 'agent',
        replies: [{ at: '2026-11-01T10:00:00Z', by: 'agent' }, { at: '2026-11-01T10:05:00.250Z', by: 'customer' }],
        statusChanges: [{ at: '2026-11-01T10:00:00Z', status: 'open' }], satisfaction: { at: '2026-11-01T11:00:00Z', rating: 2 }, nps: { at: '2026-11-01T11:00:00Z', score: 0 },
        qa: [{ scorecard: 'interaction-standards', at: '2026-11-01T12:00:00Z', results: { greet: 'pass', resolve: 'na' } }],
        helpdeskMetrics: { firstReplyMinutes: 5, fullResolutionMinutes: null } },
    ];
    const entries = tickets.map(ticketEntry);
    const encoded = encodeEntries(entries, { sha256: 'x', files: [{ name: 'x.ndjson', size: 1, mtimeNs: '1', ino: '1' }], madeMs: 1 });
    const head = readHeader(encoded);
    if (typeof head === 'string') throw new Error(head);
    expect(decodeEntries(encoded, head)).toEqual(entries);
    expect(entries.slice(-3, -1)).toEqual([{ reason: 'missing or invalid created timestamp', example: 'BAD' }, { reason: 'not a ticket object', example: '(no id)' }]);
  });
});
