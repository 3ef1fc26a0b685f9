// The facts cache and the day counters beside it (scripts/store/ticket-facts-cache.ts, day-counters-file.ts) and the
// evaluation that reads them: over simulated nights, the report made from the counters (only changed days read
// again, every other day counted from its counters and its live tickets), from the facts cache alone (every
// needed day decoded), with `--full` (every day file read, every cache made again) and by the NDJSON path
// (evaluateStandards over store.tickets(), no cache at all) are the same bytes; each night says exactly which
// days it read again and made counters for. Definitions that change (a new version of a standard, with another
// threshold or another scope; a new version of a calendar, with and without appliesFrom; an exclusion; a
// scorecard; the series or the worst-ticket list) give the same bytes on every path, and make again exactly the
// counters they invalidate. A damaged, foreign or missing cache file is made again from its day, and the run
// says so.

import { createHash } from 'node:crypto';
import { open, readFile, rename, rm, stat, unlink, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries, evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { isRejection, summariseEntries, ticketEntry } from '../../scripts/engine/ticket-entries.ts';
import type { PeopleRecords } from '../../scripts/engine/people-records.ts';
import type { QaReviewRecord } from '../../scripts/model/documents.generated.ts';
import { withCalendarVersions } from '../../scripts/model/calendar-versions.ts';
import type { StandardDefinition, StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { QA_BEHAVIOURS, QA_SCORECARD } from '../../scripts/sources/sample-profile.ts';
import { countersDir, encodeDayCounters, readDayCounters, readRowsOf } from '../../scripts/store/day-counters-file.ts';
import { liveBlockOf, liveEntriesBytes, namedBlockOf, readLiveEntries } from '../../scripts/store/counters-live-entries.ts';
import { describeFactsCacheRun, factsCacheDir, keptTextFile, storeEntries, type FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import { decodeEntries, decodeEntriesAt, encodeEntries, entriesAtLazily, openFacts, readHeader } from '../../scripts/store/facts-cache-format.ts';
import { openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { scopeInventory } from '../../scripts/store/scope-inventory.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { bytes, DATA, storeNights, type VersionsOf, fixtureStore } from './store-nights.ts';


/** A counters file's text (latin1) with its header's digest made again for the header as it now reads. */
function headerSigned(text: string): string {
  const end = text.indexOf('\n', 8);
  const at = text.lastIndexOf(',"head":"', end);
  const digest = createHash('sha256').update(Buffer.from(text.slice(8, at), 'latin1')).digest('hex');
  return `${text.slice(0, at)},"head":"${digest}${text.slice(at + 9 + 64)}`;
}
const DAY_MS = 86_400_000;
const START = new Date('2026-11-02T06:00:00Z');
// 300 days: older than any standard's grid (series + window), so some days cannot change a number.
const SAMPLE = { count: 1500, days: 300, seed: 7 };

let root: string;
let store: TicketStore;
let model: StandardsModel;
const { settle, night } = storeNights(() => ({ store, model }));

/**
 * A day file written as git and the store write one: a new file renamed over it (a write in place would change the
 * kept text too, which is a hard link to the day file).
 */
async function replaceDayFile(day: string, text: string): Promise<void> {
  await writeFile(`${store.dayFile(day)}.new`, text);
  await rename(`${store.dayFile(day)}.new`, store.dayFile(day));
}

beforeAll(async () => {
  ({ root, model, store } = await fixtureStore('facts-cache-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});





/** The sample helpdesk's changes in the night after `fromMs` (new tickets, new events on open ones). */
function changesUntil(fromMs: number, now: Date): Ticket[] {
  return [...generateSampleTickets({ ...SAMPLE, now })].filter((t) => Date.parse(t.updated) > fromMs);
}

const rebuilt = (run: FactsCacheRun) => run.rebuilt.map((r) => `${r.day} ${r.reason}`);
const made = (run: FactsCacheRun) => run.counters.made.map((m) => `${m.day} ${m.why}`);
const LAST_NIGHT = new Date(START.getTime() + 3 * DAY_MS);
const UPDATED = 'updated: only the changed tickets counted';

describe('counters, facts cache and --full over simulated nights', () => {
  it('read again and make counters for exactly the changed days, and write the bytes of the NDJSON path', { timeout: 180_000 }, async () => {
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
    expect(n0.report.data.tieOut?.tickets).toBe(1);
    // ODD-4's full resolution: ours 120 min (10:00 to 12:00), the helpdesk's 100.
    expect(n0.report.data.tieOut?.metrics).toEqual([{ metric: 'first_response_time', agree: 1, disagree: 0, reasons: [] }, { metric: 'full_resolution_time', agree: 0, disagree: 1, reasons: [{ reason: 'different-times', kind: 'unexplained', count: 1 }] }]);
    expect(n0.run.cached).toBe(0);
    expect(rebuilt(n0.run)).toEqual(merged0.changedDays.map((d) => `${d} missing`));
    // Counters are made for the days a night counts: the others cannot change a number (addSettled).
    expect(n0.run.counters.made.length).toBeGreaterThan(50);
    expect(n0.run.counters.made.every((m) => m.why === 'missing')).toBe(true);

    // Nights 1–3: the night's changes are merged, then evaluated at that night's now.
    let fromMs = START.getTime();
    for (let n = 1; n <= 3; n++) {
      const now = new Date(START.getTime() + n * DAY_MS);
      const stored = new Set(await store.listDays());
      const merged = await store.mergeTickets(changesUntil(fromMs, now));
      expect(merged.changedDays.length).toBeGreaterThan(0);
      await settle(merged.changedDays);
      const { run } = await night(now);
      // Exactly the days the merge rewrote are read again, the ones new to the store as missing, the others as changed
      // (line by line: their unchanged lines from the cache), and exactly those days' counters are made again: a
      // changed day's from its previous counters, its new and changed tickets counted in, unless the run says why not.
      expect(rebuilt(run)).toEqual(merged.changedDays.map((d) => `${d} ${stored.has(d) ? 'changed' : 'missing'}`));
      expect(made(run)).toEqual(merged.changedDays.map((d) => (stored.has(d) ? expect.stringMatching(new RegExp(`^${d} (${UPDATED}|changed, and .+)$`)) : `${d} missing`)));
      expect(made(run).filter((m) => m.endsWith(UPDATED)).length).toBeGreaterThan(0);
      const changed = merged.changedDays.filter((d) => stored.has(d));
      expect(run.partly).toEqual({ days: changed.length, parsed: expect.any(Number), lines: (await Promise.all(changed.map(async (d) => (await store.readDay(d)).length))).reduce((a, b) => a + b, 0) });
      expect(run.partly.parsed).toBeLessThan(run.partly.lines);
      // Every other day a night counts is counted from its counters, its tickets not decoded (but live ones).
      expect(run.counters.counted).toBeGreaterThan(50);
      expect(run.decoded).toBe(0);
      expect(run.counters.ticketsRead).toBeGreaterThan(0);
      expect(run.cached + run.rebuilt.length).toBe((await store.listDays()).length);
      fromMs = now.getTime();
    }
    expect(describeFactsCacheRun((await night(LAST_NIGHT)).run)).toMatch(/^facts cache: (\d+) of \1 days from the cache \(\1 not decoded\), 0 read from the store; counters: \d+ days counted from them \(\d+ dates' measurements and \d+ tickets read one by one\)$/);
  });

  it('counters read for counting (each date\'s breakdown and worst tickets decoded on first use) encode to the very bytes they were read from', async () => {
    let dates = 0;
    for (const day of await store.listDays()) {
      const file = path.join(countersDir(store.dir), `${day}.counts`);
      const facts = (readHeader(await readFile(path.join(factsCacheDir(store.dir), `${day}.facts`))) as { sha256: string }).sha256;
      for (const lists of ['lazy', 'eager'] as const) {
        const found = await readDayCounters(nodeStoreFileSystem, file, facts, { lists });
        if (!('kept' in found)) continue;
        const { dc } = found.kept;
        await readRowsOf(nodeStoreFileSystem, file, found.kept, new Map([...dc.units].map(([key, unit]) => [key, new Set(unit.dates.map((d) => d.dn))])), true);
        expect(encodeDayCounters(dc, facts, await liveBlockOf(nodeStoreFileSystem, file, found.kept), await namedBlockOf(nodeStoreFileSystem, file, found.kept)).equals(await readFile(file))).toBe(true);
        for (const unit of dc.units.values()) dates += unit.dates.filter((d) => d.segments.length > 0 && (unit.kind !== 'duration' || d.worst.length > 0)).length;
      }
    }
    expect(dates).toBeGreaterThan(100);
  });

  it('a night lists each folder of the store once, not a month folder once for each of its days', async () => {
    const listed: string[] = [];
    const counting: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async readdir(dir) {
        listed.push(path.relative(store.dir, dir).split(path.sep).join('/'));
        return nodeStoreFileSystem.readdir(dir);
      },
    };
    const days = await store.listDays();
    const warm = storeEntries(openTicketStore(store.dir, { fs: counting }), { fs: counting });
    const input = { model, now: LAST_NIGHT, clockFor, data: DATA };
    expect(bytes(await evaluateEntries({ ...input, days: warm.days, worstFacts: warm.worstFacts }))).toBe(bytes(await evaluateStandards({ ...input, tickets: store.tickets() })));
    expect(warm.run.cached).toBe(days.length);
    const months = [...new Set(days.map((d) => `tickets/${d.slice(0, 4)}/${d.slice(5, 7)}`))];
    const years = [...new Set(days.map((d) => `tickets/${d.slice(0, 4)}`))];
    // The store's folder (is it the store branch's form?), its tickets, years and months once each, then the cache's folders.
    expect(listed.filter((d) => d === 'tickets' || d.startsWith('tickets/'))).toEqual(['tickets', ...years, ...months]);
    expect(listed.length).toBe(new Set(listed).size);
    // What else reads the store this run (the scope values its tickets carry) reads the days listed, not the folders.
    expect(warm.listedDays()).toEqual(days);
    listed.length = 0;
    const wanted = { category: new Set(['no-such-category']), team: new Set<string>(), channel: new Set<string>(), tags: new Set<string>() };
    expect((await scopeInventory(openTicketStore(store.dir, { fs: counting }), wanted, warm.listedDays()!)).empty).toBe(false);
    expect(listed).toEqual([]);
  });
});

/** A new version of the standard `id`, committed on `day` with `change` applied. */
function versionedModel(id: string, day: string, change: (s: StandardDefinition) => StandardDefinition, from: StandardsModel = model): { m: StandardsModel; versionsOf: VersionsOf } {
  const original = from.standards.find((s) => s.id === id)!;
  const m = { ...from, standards: from.standards.map((s) => (s.id === id ? change(s) : s)) };
  const history = new Map([[original.origin.file, [
    { commit: '1'.repeat(40), committedAt: '2026-01-01T00:00:00Z', definition: original },
    { commit: '2'.repeat(40), committedAt: `${day}T12:00:00Z`, definition: change(original) },
  ]]]);
  return { m, versionsOf: versionsOfModel(m, history) };
}

/** The calendar `id` with a holiday added, committed on `day` (applying from then, or from `appliesFrom`). */
function calendarChanged(id: string, holiday: string, day: string, appliesFrom: string | null): StandardsModel {
  const original = model.calendars.find((c) => c.id === id)!;
  const changed = { ...original, holidays: [...original.holidays, { date: holiday, name: 'Closed', open: null }], appliesFrom };
  const current = { ...model, calendars: model.calendars.map((c) => (c.id === id ? changed : c)) };
  const history = new Map([[original.origin.file, [
    { commit: '1'.repeat(40), committedAt: '2026-01-01T00:00:00Z', definition: original },
    { commit: '3'.repeat(40), committedAt: `${day}T12:00:00Z`, definition: changed },
  ]]]);
  return withCalendarVersions(current, history, LAST_NIGHT);
}

describe('a definition that changes', () => {
  const unitsMade = (run: FactsCacheRun) => new Set(run.counters.made.map((m) => m.why));

  it('a new version with another threshold judges its days again from their measurements, making no counters', async () => {
    const { m, versionsOf } = versionedModel('first-response-urgent', '2026-10-20', (s) => ({ ...s, thresholdMinutes: 20 }));
    const { run, report } = await night(LAST_NIGHT, m, versionsOf);
    expect(run.counters.made).toEqual([]);
    expect(run.counters.rowsRead).toBeGreaterThan(10);
    // The change changes the report (else this would prove nothing).
    expect(report.standards.find((s) => s.id === 'first-response-urgent')!.versions!.map((v) => v.goal.thresholdMinutes)).toEqual([60, 20]);
    expect(bytes(report)).not.toBe(bytes((await night(LAST_NIGHT)).report));
  });

  it('a new version with another scope is a new unit: made for every day, the old one kept', async () => {
    const { m, versionsOf } = versionedModel('first-response-normal', '2026-10-25', (s) => ({ ...s, scope: { ...s.scope, priority: ['low', 'normal', 'high'] } }));
    const { run } = await night(LAST_NIGHT, m, versionsOf);
    expect(unitsMade(run)).toEqual(new Set(['1 unit(s) new to them']));
    // Back to the model as it was: its units are still there.
    expect((await night(LAST_NIGHT)).run.counters.made).toEqual([]);
  });

  it('a new version of a calendar makes the counters of the standards that use it again, with appliesFrom or without', async () => {
    const users = model.standards.filter((s) => s.calendar === 'emea-business-hours').length;
    const fromCommit = await night(LAST_NIGHT, calendarChanged('emea-business-hours', '2026-11-04', '2026-10-28', null));
    expect(unitsMade(fromCommit.run)).toEqual(new Set([`${users} unit(s) new to them`]));
    const backdated = await night(LAST_NIGHT, calendarChanged('emea-business-hours', '2026-10-21', '2026-10-28', '2026-10-19'));
    expect(unitsMade(backdated.run)).toEqual(new Set([`${users} unit(s) new to them`]));
    expect(bytes(backdated.report)).not.toBe(bytes(fromCommit.report));
  });

  it('standards whose scopes name segments only, and hold few tickets: the same bytes on every path', async () => {
    // Most recent tickets are out of every scope here: 7 days ago does not read them (their segments say so).
    const narrow: StandardsModel = { ...model, standards: model.standards.filter((s) => s.id === 'first-response-urgent' || s.id === 'first-response-americas') };
    expect(narrow.standards.length).toBe(2);
    const { report } = await night(LAST_NIGHT, narrow);
    expect(report.standards.every((s) => s.count > 0)).toBe(true);
    expect(report.standards.map((s) => s.comparison !== undefined)).toEqual([true, true]);
  });

  it('an exclusion, a scorecard, a longer series and a longer worst list', async () => {
    const excluded: StandardsModel = { ...model, pipeline: { ...model.pipeline, exclusions: [...model.pipeline.exclusions, { id: 'phone-outage', from: '2026-10-27T09:00:00Z', to: '2026-10-27T15:00:00Z', reason: 'Phones down', standards: ['first-response-normal'] }] } };
    const e = await night(LAST_NIGHT, excluded);
    expect(unitsMade(e.run)).toEqual(new Set(['1 unit(s) new to them']));
    expect(e.report.standards.find((s) => s.id === 'first-response-normal')!.excluded.map((x) => x.id)).toEqual(['helpdesk-migration', 'phone-outage']);

    const weights: StandardsModel = { ...model, scorecards: model.scorecards.map((c) => ({ ...c, behaviours: c.behaviours.map((b, i) => (i === 0 ? { ...b, weight: b.weight + 3 } : b)) })) };
    expect(unitsMade((await night(LAST_NIGHT, weights)).run)).toEqual(new Set(['1 unit(s) new to them']));

    const longer: StandardsModel = { ...model, pipeline: { ...model.pipeline, evaluation: { ...model.pipeline.evaluation, seriesDays: 200 } } };
    const l = await night(LAST_NIGHT, longer);
    expect(l.run.rebuilt.length).toBeGreaterThan(20);
    expect(l.run.rebuilt.every((r) => r.reason === 'needed')).toBe(true);

    const worst: StandardsModel = { ...model, pipeline: { ...model.pipeline, evaluation: { ...model.pipeline.evaluation, worstTickets: 40 } } };
    const w = await night(LAST_NIGHT, worst);
    expect(w.run.counters.made).toEqual([]);
    expect(w.report.standards.some((s) => s.worst.length > 10)).toBe(true);
  });
});

describe('QA reviews', () => {
  const WINDOW_DAYS = 166;
  it('a qa_score standard over the sample\'s own reviews and stored reviews with scores: every path, behaviour by behaviour', { timeout: 120_000 }, async () => {
    // The fixture's scorecard is not the one the sample reviews with: this one is (weights 1–3, one critical
    // behaviour), so the tickets' own reviews count, and a stored review's marks include scores from 0 to 1.
    const base = model.scorecards[0]!;
    const scorecard = {
      ...base, id: QA_SCORECARD,
      behaviours: QA_BEHAVIOURS.map((b, i) => ({ ...base.behaviours[0]!, id: b.id, title: b.id, weight: 1 + (i % 3), critical: i === 3 })),
    };
    const qaModel: StandardsModel = {
      ...model,
      scorecards: [...model.scorecards, scorecard],
      // Over 166 days, so the window holds many reviews, and its first date (a rolling window starts inside it, at
      // 06:00 UTC) holds a review before the window and one inside it: counted from that date's measurements.
      standards: model.standards.map((s) => (s.metric === 'qa_score' ? { ...s, scorecard: QA_SCORECARD, window: { kind: 'rolling' as const, days: WINDOW_DAYS, text: `${WINDOW_DAYS}d` } } : s)),
    };
    const reviewed = [...generateSampleTickets({ ...SAMPLE, now: LAST_NIGHT })].flatMap((t) => (t.qa ?? []).map((r) => Date.parse(r.at)));
    const windowFromMs = LAST_NIGHT.getTime() - WINDOW_DAYS * DAY_MS;
    const firstDateMs = windowFromMs - (windowFromMs % DAY_MS);
    expect(reviewed.filter((at) => at >= firstDateMs && at < windowFromMs).length).toBeGreaterThan(0);
    expect(reviewed.filter((at) => at >= windowFromMs && at < firstDateMs + DAY_MS).length).toBeGreaterThan(0);
    // Stored reviews of solved tickets of the store, one in ten days back, with scores among the marks.
    const solved = [...generateSampleTickets({ ...SAMPLE, now: LAST_NIGHT })].filter((t) => t.status === 'solved' || t.status === 'closed').filter((_, i) => i % 97 === 0);
    const reviews: QaReviewRecord[] = solved.map((t, i) => ({
      key: `id:${i}`, ticket: t.id, at: new Date(Date.parse(t.updated) + 3_600_000).toISOString(), scorecard: QA_SCORECARD, reviewer: 'coach', agent: `agent-${i % 4}`,
      results: Object.fromEntries(QA_BEHAVIOURS.map((b, k) => [b.id, (i + k) % 5 === 0 ? 'na' : (i + k) % 5 === 1 ? 'fail' : (i * 7 + k) % 5 === 2 ? 0.35 + 0.1 * (k % 4) : 'pass'])),
      match: { day: t.created.slice(0, 10), created: t.created, ...(t.team ? { team: t.team } : {}), priority: t.priority, channel: t.channel, tags: t.tags },
    }));
    expect(reviews.length).toBeGreaterThan(5);
    const people: PeopleRecords = { reviews, acknowledgements: [], sopVersions: new Map() };
    const { report } = await night(LAST_NIGHT, qaModel, undefined, people);
    const qa = report.standards.find((s) => s.metric === 'qa_score')!;
    // The reviews were counted (the test would prove nothing otherwise): the sample's own (5% of solved tickets) and the stored ones.
    expect(qa.count).toBeGreaterThan(20);
    expect(qa.qa!.reviews).toBe(qa.count);
    expect(qa.qa!.behaviours.reduce((n, b) => n + b.trend.reduce((w, t) => w + t.applicable, 0), 0)).toBeGreaterThan(100);
    // The next night under the same model counts from the counters it left, and still writes the same bytes.
    const again = await night(LAST_NIGHT, qaModel, undefined, people);
    expect(again.run.counters.made).toEqual([]);
    // ... reading one by one only the tickets still open, and those 7 days ago saw open (created by then, finally
    // solved after: read as they stood then): a settled reviewed ticket is counted from the counters, behaviour by
    // behaviour, like any other, and so is one changed since 7 days ago that was solved by then or created since.
    const thenMs = LAST_NIGHT.getTime() - 7 * DAY_MS;
    let unsettled = 0;
    let changedSince = 0;
    let settledReviewed = 0;
    for await (const { tickets } of store.days()) {
      const entries = tickets.flatMap((t) => { const e = ticketEntry(t); return isRejection(e) ? [] : [e]; });
      for (const entry of entries) {
        if (!entry.solved) unsettled++;
        else if (entry.createdMs <= thenMs && entry.finalSolveMs! > thenMs) unsettled++;
        else if (entry.lastEventMs > thenMs) changedSince++;
        else if (entry.qa.length > 0) settledReviewed++;
      }
    }
    expect(settledReviewed).toBeGreaterThan(20);
    expect(changedSince).toBeGreaterThan(20);
    // At least those; and of the tickets changed since 7 days ago, only the few that were still open when their
    // day's counters were made (on an earlier night: they are live to those counters).
    expect(again.run.counters.ticketsRead).toBeGreaterThanOrEqual(unsettled);
    expect(again.run.counters.ticketsRead).toBeLessThan(unsettled + changedSince / 2);

    // A new version that narrows the scope mid-window: two tracks, two units, whose behaviours add up by id.
    const qaId = qaModel.standards.find((s) => s.metric === 'qa_score')!.id;
    const narrowed = versionedModel(qaId, '2026-09-15', (s) => ({ ...s, scope: { ...s.scope, priority: ['normal', 'high', 'urgent'] } }), qaModel);
    const first = await night(LAST_NIGHT, narrowed.m, narrowed.versionsOf, people);
    expect(new Set(first.run.counters.made.map((m) => m.why))).toEqual(new Set(['1 unit(s) new to them']));
    const versions = first.report.standards.find((s) => s.id === qaId)!;
    expect(versions.versions!.length).toBe(2);
    expect(bytes(first.report)).not.toBe(bytes(report));
    expect((await night(LAST_NIGHT, narrowed.m, narrowed.versionsOf, people)).run.counters.made).toEqual([]);
  });
});

describe('a cache that cannot be trusted is made again from the store, and the run says so', () => {
  const now = LAST_NIGHT;
  const cacheFile = (day: string) => path.join(factsCacheDir(store.dir), `${day}.facts`);
  const countersFile = (day: string) => path.join(countersDir(store.dir), `${day}.counts`);

  it('a damaged facts file (one byte changed in its numbers), a cut-off one and one of another format', async () => {
    const before = await night(now);
    const days = await store.listDays();
    const [b, c] = days.slice(-7, -5) as [string, string];
    // The damaged day holds a ticket still open, read one by one every night.
    const open = async (day: string) => (await store.readDay(day)).some((t) => t.status !== 'solved' && t.status !== 'closed');
    let a = days.at(-1)!;
    for (const day of days.slice(-5).reverse()) if (await open(day)) a = day;
    expect(await open(a)).toBe(true);
    const damaged = await readFile(cacheFile(a));
    damaged[damaged.length - 40]! ^= 0x10;
    await writeFile(cacheFile(a), damaged);
    const whole = await readFile(cacheFile(b));
    await writeFile(cacheFile(b), whole.subarray(0, whole.length - 10));
    await writeFile(cacheFile(c), 'SSFACTS\n{"format":0}\n');
    const { run, report } = await night(now);
    // Damage shows when a day's facts are decoded, and a header's when it is read. Counted from its counters, a day's
    // facts file is not read past its header: its live tickets, its worst candidates and those read as they stood 7
    // days ago are kept with its counters (counters-live-entries.ts), so the open day and the cut-off one are not read
    // (the facts-only pass of the same night, night() in store-nights.ts, reads the cut-off one again from its file).
    // The report is the one made without any damage.
    expect(run.rebuilt).toEqual([{ day: c, reason: 'unreadable', detail: 'format 0, expected 7' }]);
    expect(bytes(report)).toBe(bytes(before.report));
    // (The same night's evaluation without counters, night() in store-nights.ts, read them and made them again.) The
    // night its tickets are needed (here, its counters gone: made again from them), the damage shows.
    await writeFile(cacheFile(a), damaged);
    await unlink(countersFile(a));
    const next = await night(now);
    expect(next.run.rebuilt).toEqual([{ day: a, reason: 'unreadable', detail: 'its content does not match its digest (damaged)' }]);
    expect(bytes(next.report)).toBe(bytes(before.report));
    // Made again, they hold: the next night reads every day from the cache.
    expect((await night(now)).run.rebuilt).toEqual([]);
  });

  it('a damaged facts file of a day counted without reading any of its tickets, which holds a worst ticket of the report', async () => {
    const { report } = await night(now);
    const thenMs = now.getTime() - 7 * DAY_MS;
    // A day whose tickets were all settled 7 days ago (none read one by one) and that holds a ticket the report names
    // among the worst: its facts are read after every day's turn, from its counters (their named block), so the damage
    // does not show; without them, from its cache file, where it does.
    const worst = new Set(report.standards.flatMap((s) => s.worst.map((w) => w.id)));
    let day: string | null = null;
    for await (const stored of store.days()) {
      const entries = stored.tickets.flatMap((t) => { const e = ticketEntry(t); return isRejection(e) ? [] : [e]; });
      if (entries.every((e) => e.solved && e.lastEventMs <= thenMs) && entries.some((e) => worst.has(e.id))) day = stored.day;
    }
    expect(day).not.toBeNull();
    const whole = await readFile(cacheFile(day!));
    await writeFile(cacheFile(day!), whole.subarray(0, whole.length - 10));
    const { run, report: again } = await night(now);
    expect(run.rebuilt).toEqual([]);
    expect(run.counters.made).toEqual([]);
    expect(bytes(again)).toBe(bytes(report));
    await writeFile(cacheFile(day!), whole.subarray(0, whole.length - 10));
    await unlink(countersFile(day!));
    const without = await night(now);
    expect(without.run.rebuilt).toEqual([{ day, reason: 'unreadable', detail: 'file cut off' }]);
    expect(bytes(without.report)).toBe(bytes(report));
    expect((await night(now)).run.rebuilt).toEqual([]);
  });

  it('damaged counters, counters of other facts or another engine, and missing ones are made again', async () => {
    await night(now);
    const days = await store.listDays();
    const [a, b, c] = days.slice(-12, -9) as [string, string, string];
    const main = await readFile(countersFile(a));
    const at = (JSON.parse(main.toString('utf8', 8, main.indexOf(10, 8))) as { main: { at: number } }).main.at;
    main[at + 3]! ^= 0x01;
    await writeFile(countersFile(a), main);
    const foreign = (await readFile(countersFile(b), 'latin1')).replace(/"engine":"[0-9a-f]+"/, '"engine":"0123"');
    await writeFile(countersFile(b), foreign, 'latin1');
    await unlink(countersFile(c));
    // Its ticket table damaged (read, like a date's measurements, only when a night needs it: the last day has
    // tickets to count one by one).
    const table = await readFile(countersFile(days.at(-1)!));
    const tableAt = (JSON.parse(table.toString('utf8', 8, table.indexOf(10, 8))) as { tickets: { at: number } }).tickets.at;
    table[tableAt + 1]! ^= 0x40;
    await writeFile(countersFile(days.at(-1)!), table);
    const { run } = await night(now);
    expect(made(run)).toEqual(expect.arrayContaining([
      `${a} its content does not match its digest (damaged)`, `${b} made by another version of the engine`, `${c} missing`,
    ]));
    expect(made(run).find((m) => m.startsWith(days.at(-1)!))).toBe(`${days.at(-1)} damaged`);
    expect((await night(now)).run.counters.made).toEqual([]);
  });

  it('counters whose live tickets are damaged, cut off or made from other facts are made again; ones kept without them read them from the facts', async () => {
    const before = await night(now);
    const headerOf = (file: Buffer) => JSON.parse(file.toString('utf8', 8, file.indexOf(10, 8))) as { liveEntries: { at: number; length: number } | null };
    const withLive: string[] = [];
    for (const day of await store.listDays()) {
      const file = await readFile(countersFile(day)).catch(() => null);
      if (file !== null && headerOf(file).liveEntries !== null) withLive.push(day);
    }
    expect(withLive.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = withLive.slice(-3) as [string, string, string];
    // Counters kept as they were before they kept the live tickets: these come from the facts file, as then.
    const original = await readFile(countersFile(a));
    const old = original.toString('latin1');
    const field = /"liveEntries":\{"at":\d+,"length":\d+\}/.exec(old)![0];
    // (Its header's digest made again, as that code would have written it.)
    await writeFile(countersFile(a), headerSigned(old.replace(field, '"liveEntries":null'.padEnd(field.length, ' '))), 'latin1');
    const without = await night(now);
    expect(without.run.counters.made).toEqual([]);
    expect(without.run.counters.ticketsRead).toBe(before.run.counters.ticketsRead);
    expect(bytes(without.report)).toBe(bytes(before.report));
    expect(headerOf(await readFile(countersFile(a))).liveEntries).toBeNull();
    await writeFile(countersFile(a), original);
    // a: one byte of its live tickets' entries changed; b: cut off; c: the live tickets of other facts (another
    // version of the day), laid out alike.
    const damaged = await readFile(countersFile(a));
    const place = headerOf(damaged).liveEntries!;
    damaged[place.at + place.length - 40]! ^= 0x04;
    await writeFile(countersFile(a), damaged);
    // (Cut within its live block: the named block after it, read only when one of its tickets is, goes too.)
    const cut = await readFile(countersFile(b));
    const cutPlace = headerOf(cut).liveEntries!;
    await writeFile(countersFile(b), cut.subarray(0, cutPlace.at + cutPlace.length - 10));
    const other = await readFile(countersFile(c));
    const otherPlace = headerOf(other).liveEntries!;
    const found = await readDayCounters(nodeStoreFileSystem, countersFile(c), (readHeader(await readFile(cacheFile(c))) as { sha256: string }).sha256);
    if (!('kept' in found)) throw new Error(found.why);
    const entries = [...(await readLiveEntries(nodeStoreFileSystem, countersFile(c), found.kept))!.values()];
    const foreign = liveEntriesBytes(entries, 'f'.repeat(64));
    expect(foreign.length).toBe(otherPlace.length);
    foreign.copy(other, otherPlace.at);
    await writeFile(countersFile(c), other);
    const { run, report } = await night(now);
    expect(made(run).sort()).toEqual([
      `${a} its live block: its content does not match its digest (damaged)`, `${b} its live block is cut off`, `${c} its live block was made from other facts`,
    ].sort());
    expect(bytes(report)).toBe(bytes(before.report));
    const next = await night(now);
    expect(next.run.counters.made).toEqual([]);
    expect(bytes(next.report)).toBe(bytes(before.report));
  });

  it('a missing facts file, and a missing cache folder', async () => {
    const days = await store.listDays();
    await unlink(cacheFile(days[0]!));
    expect(rebuilt((await night(now)).run)).toEqual([`${days[0]} missing`]);
    await rm(factsCacheDir(store.dir), { recursive: true });
    const { run } = await night(now);
    expect(run.cached).toBe(0);
    expect(rebuilt(run)).toEqual(days.map((d) => `${d} missing`));
  });

  it('a day file with the same bytes under a new stat (a git checkout) is checked by its hash and not re-read; a changed one is', async () => {
    const [a, b] = (await store.listDays()).slice(-30, -28) as [string, string];
    const text = (await store.readDayText(b))!;
    await replaceDayFile(a, (await store.readDayText(a))!);
    // Same length, other bytes.
    await replaceDayFile(b, text.replace('"priority":"normal"', '"priority":"urgent"'));
    expect(await store.readDayText(b)).not.toBe(text);
    await settle([a, b]);
    const { run } = await night(now);
    expect(rebuilt(run)).toEqual([`${b} changed`]);
    // The changed ticket had been summed: its day is counted whole again.
    expect(made(run)).toEqual([`${b} changed, and a summed ticket changed`]);
    expect(run.refreshed).toBe(1);
    expect(describeFactsCacheRun(run)).toContain('1 confirmed by hash (same bytes; the day file was touched or written just before its cache)');
    // The confirmed cache now carries the day file's new stat: the next night trusts it without hashing.
    const next = await night(now);
    expect(next.run.rebuilt).toEqual([]);
    expect(next.run.refreshed).toBe(0);
  });

  it('the caches of a day the store no longer has are removed; --full reads every day again', async () => {
    const days = await store.listDays();
    await unlink(store.dayFile(days[0]!));
    const { run } = await night(now);
    expect(run.removed).toBe(1);
    expect((await readdir(factsCacheDir(store.dir))).filter((f) => f.endsWith('.facts')).length).toBe(days.length - 1);
    expect((await readdir(countersDir(store.dir))).some((f) => f.startsWith(days[0]!))).toBe(false);
    const full = storeEntries(store, { full: true });
    for await (const day of full.days) await day.entries();
    expect(full.run.rebuilt.map((r) => r.reason)).toEqual(days.slice(1).map(() => 'full'));
    expect(describeFactsCacheRun(full.run)).toBe(`facts cache: full pass, ${days.length - 1} day files read and their cache rewritten`);
    expect(await readFile(path.join(store.dir, '.cache', '.gitignore'), 'utf8')).toContain('\n*\n');
  });
});

describe('the compact form', () => {
  it('decodes to exactly the entries it was made from, rejections included, all at once or one by one', () => {
    const tickets: unknown[] = [
      ...generateSampleTickets({ count: 300, days: 5, seed: 3, now: START }),
      { id: 'BAD', created: 'yesterday' },
      'not an object',
      { id: 'QA-1', created: '2026-11-01T10:00:00Z', updated: '2026-11-01T12:00:00Z', priority: 'high', channel: 'chat', status: 'open', team: 'support-emea', category: 'billing', tags: ['vip', 'é✓', 'lone \ud800 half'], openedBy: 'agent',
        replies: [{ at: '2026-11-01T10:00:00Z', by: 'agent' }, { at: '2026-11-01T10:05:00.250Z', by: 'customer' }],
        statusChanges: [{ at: '2026-11-01T10:00:00Z', status: 'open' }], satisfaction: { at: '2026-11-01T11:00:00Z', rating: 2 }, nps: { at: '2026-11-01T11:00:00Z', score: 0 },
        qa: [{ scorecard: 'interaction-standards', at: '2026-11-01T12:00:00Z', results: { greet: 'pass', resolve: 'na' } }],
        helpdeskMetrics: { firstReplyMinutes: 5, fullResolutionMinutes: null } },
    ];
    const entries = tickets.map(ticketEntry);
    const encoded = encodeEntries(entries, { sha256: 'x', files: [{ name: 'x.ndjson', size: 1, mtimeNs: '1', ino: '1' }], mark: '1' });
    const head = readHeader(encoded);
    if (typeof head === 'string') throw new Error(head);
    expect(decodeEntries(encoded, head)).toEqual(entries);
    const some = [entries.length - 1, 0, 7, entries.length - 2];
    expect([...decodeEntriesAt(encoded, head, some)]).toEqual(some.map((i) => [i, entries[i]]));
    // Decoded as asked for (a night's live and recent tickets): the same entries, each index checked first.
    const lazily = entriesAtLazily(encoded, head, some);
    expect(lazily.size).toBe(some.length);
    expect(some.map((i) => lazily.get(i))).toEqual(some.map((i) => entries[i]));
    expect(lazily.get(1)).toBeUndefined();
    expect([...lazily]).toEqual(some.map((i) => [i, entries[i]]));
    expect(() => entriesAtLazily(encoded, head, [0, entries.length])).toThrow(`entry ${entries.length} is not in the file`);
    const damaged = Buffer.from(encoded);
    damaged[damaged.length - 3]! ^= 0x01;
    expect(() => entriesAtLazily(damaged, head, [0])).toThrow('its content does not match its digest (damaged)');
    expect(entries.slice(-3, -1)).toEqual([{ reason: 'missing or invalid created timestamp', example: 'BAD' }, { reason: 'not a ticket object', example: '(no id)' }]);
  });

  it('a new version of the day written after the previous entries decodes to exactly its entries, twice over', () => {
    const stat = { sha256: 'x', files: [{ name: 'x.ndjson', size: 1, mtimeNs: '1', ino: '1' }], mark: '1' };
    const before = [...generateSampleTickets({ count: 40, days: 2, seed: 5, now: START })].map(ticketEntry);
    const first = encodeEntries(before, stat);
    const head = readHeader(first);
    if (typeof head === 'string') throw new Error(head);
    // Entry 0 gone, entry 5 changed, one put first and one at the end; the others where they were, one place on.
    const changed = ticketEntry({ ...[...generateSampleTickets({ count: 40, days: 2, seed: 5, now: START })][5]!, tags: ['changed'] });
    const rejected = ticketEntry({ id: 'ODD', created: 'never' });
    const after = [rejected, ...before.slice(1, 5), changed, ...before.slice(6), before[3]!];
    const from = Int32Array.from([-1, 1, 2, 3, 4, -1, ...before.slice(6).map((_, k) => 6 + k), -1]);
    const added = [rejected, changed, before[3]!];
    const summary = summariseEntries(after);
    const patched = openFacts(first, head).patched(from, added, summary, stat);
    const patchedHead = readHeader(patched);
    if (typeof patchedHead === 'string') throw new Error(patchedHead);
    expect(patchedHead.appended).toBe(3);
    expect(patchedHead.summary).toEqual(summary);
    expect(decodeEntries(patched, patchedHead)).toEqual(after);
    expect(openFacts(patched, patchedHead).times()).toEqual({
      createdMs: Float64Array.from(after.map((e) => ('reason' in e ? Number.NaN : e.createdMs))),
      lastEventMs: Float64Array.from(after.map((e) => ('reason' in e ? Number.NaN : e.lastEventMs))),
    });
    // Patched again: the last entry gone, the first kept.
    const again = openFacts(patched, patchedHead).patched(Int32Array.from(after.slice(0, -1).map((_, n) => n)), [], summariseEntries(after.slice(0, -1)), stat);
    const againHead = readHeader(again);
    if (typeof againHead === 'string') throw new Error(againHead);
    expect(againHead.appended).toBe(3);
    expect(decodeEntries(again, againHead)).toEqual(after.slice(0, -1));
    expect([...decodeEntriesAt(again, againHead, [6, 0])]).toEqual([[6, after[6]], [0, after[0]]]);
  });

  it('a patched file damaged in its appended segment, in its first one, or in its index: what is read is checked, and only that', () => {
    const stat = { sha256: 'x', files: [{ name: 'x.ndjson', size: 1, mtimeNs: '1', ino: '1' }], mark: '1' };
    const before = [...generateSampleTickets({ count: 40, days: 2, seed: 5, now: START })].map(ticketEntry);
    const first = encodeEntries(before, stat);
    const head = readHeader(first);
    if (typeof head === 'string') throw new Error(head);
    // Entry 7 changed: the new version's entry 7 is the one appended.
    const changed = ticketEntry({ ...[...generateSampleTickets({ count: 40, days: 2, seed: 5, now: START })][7]!, tags: ['changed'] });
    const after = [...before.slice(0, 7), changed, ...before.slice(8)];
    const from = Int32Array.from(after.map((_, n) => (n === 7 ? -1 : n)));
    const patched = openFacts(first, head).patched(from, [changed], summariseEntries(after), stat);
    const patchedHead = readHeader(patched);
    if (typeof patchedHead === 'string') throw new Error(patchedHead);
    expect(patchedHead.segments.length).toBe(2);
    // The first segment is the first file's body as it was: same bytes, same digests.
    expect(patchedHead.segments[0]).toEqual(head.segments[0]);
    const at = patched.indexOf(10, 8) + 1;
    const body = Math.ceil(at / 8) * 8;
    // A segment: its numbers, its text pages' table (an int32 a page of 256 texts, and one), its texts, to a multiple of 8.
    const s0 = head.segments[0]!;
    const tableAt = body + s0.floats * 8 + s0.ints * 4;
    const firstSize = Math.ceil((s0.floats * 8 + s0.ints * 4 + (Math.ceil(s0.strings / 256) + 1) * 4 + s0.text) / 8) * 8;
    const damagedAt = (position: number) => {
      const bytes = Buffer.from(patched);
      bytes[position]! ^= 0x04;
      return bytes;
    };
    const inAppended = damagedAt(body + firstSize + 1);
    expect(() => decodeEntriesAt(inAppended, patchedHead, [7])).toThrow('its content does not match its digest (damaged)');
    expect(() => entriesAtLazily(inAppended, patchedHead, [0, 7])).toThrow('its content does not match its digest (damaged)');
    expect(() => decodeEntries(inAppended, patchedHead)).toThrow('its content does not match its digest (damaged)');
    const lastOne = after.length - 1;
    expect([...decodeEntriesAt(inAppended, patchedHead, [0, lastOne])]).toEqual([[0, after[0]], [lastOne, after[lastOne]]]);
    const inFirst = damagedAt(body + 1);
    expect(() => decodeEntriesAt(inFirst, patchedHead, [0])).toThrow('its content does not match its digest (damaged)');
    expect(() => decodeEntries(inFirst, patchedHead)).toThrow('its content does not match its digest (damaged)');
    expect([...decodeEntriesAt(inFirst, patchedHead, [7])]).toEqual([[7, changed]]);
    // Patched again, the damaged first segment is copied as it is, and its digests with it: still refused.
    const inFirstHead = readHeader(inFirst);
    if (typeof inFirstHead === 'string') throw new Error(inFirstHead);
    const again = openFacts(inFirst, inFirstHead).patched(Int32Array.from(after.map((_, n) => (n === 3 ? -1 : n))), [after[3]!], summariseEntries(after), stat);
    const againHead = readHeader(again);
    if (typeof againHead === 'string') throw new Error(againHead);
    expect(() => decodeEntriesAt(again, againHead, [0])).toThrow('its content does not match its digest (damaged)');
    expect([...decodeEntriesAt(again, againHead, [3, 7])]).toEqual([[3, after[3]], [7, changed]]);
    // A day of several 64 KiB pieces and text pages: damage near its end stops only the entries that lie there.
    const many = [...generateSampleTickets({ count: 8000, days: 2, seed: 9, now: START })].map(ticketEntry);
    const big = encodeEntries(many, stat);
    const bigHead = readHeader(big);
    if (typeof bigHead === 'string') throw new Error(bigHead);
    expect(bigHead.segments[0]!.digests.length).toBeGreaterThan(4);
    expect(bigHead.segments[0]!.strings).toBeGreaterThan(3 * 256);
    const bigBody = Math.ceil((big.indexOf(10, 8) + 1) / 8) * 8;
    const tail = Buffer.from(big);
    tail[bigBody + Math.ceil((bigHead.segments[0]!.floats * 8 + bigHead.segments[0]!.ints * 4 + (Math.ceil(bigHead.segments[0]!.strings / 256) + 1) * 4 + bigHead.segments[0]!.text) / 8) * 8 - 20]! ^= 0x01;
    expect([...decodeEntriesAt(tail, bigHead, [0, 1, 2])]).toEqual([[0, many[0]], [1, many[1]], [2, many[2]]]);
    expect(() => decodeEntriesAt(tail, bigHead, [many.length - 1])).toThrow('its content does not match its digest (damaged)');
    expect(() => decodeEntries(tail, bigHead)).toThrow('its content does not match its digest (damaged)');
    expect(decodeEntries(big, bigHead)).toEqual(many);
    // The index is checked whenever the file is opened.
    expect(() => openFacts(damagedAt(patched.length - 5), patchedHead)).toThrow('its content does not match its digest (damaged)');
    // A segment's texts, and the table of where their pages lie, too, before any entry of it is decoded.
    expect(() => decodeEntriesAt(damagedAt(tableAt + 8 + 3), patchedHead, [lastOne])).toThrow('its content does not match its digest (damaged)');
    expect(() => decodeEntriesAt(damagedAt(tableAt + 1), patchedHead, [lastOne])).toThrow('its content does not match its digest (damaged)');
  });
});

describe('a changed day is read line by line, and its counters updated with the tickets that changed', () => {
  const now = LAST_NIGHT;
  const lines = async (day: string) => (await store.readDayText(day))!.split('\n').filter((l) => l.length > 0);
  const ticketOf = (line: string) => JSON.parse(line) as Ticket;
  const unsolved = (t: Ticket) => t.status !== 'solved' && t.status !== 'closed';
  const madeFor = (run: FactsCacheRun, day: string) => made(run).filter((m) => m.startsWith(day));

  it('a ticket put before the others, a live one gone and a recent one changed: those lines parsed, the same bytes as every path', async () => {
    await night(now);
    // A day with a live ticket and one settled within the last 8 days (kept one by one in the counters).
    const isRecent = (l: string) => !unsolved(ticketOf(l)) && Date.parse(ticketOf(l).updated) > now.getTime() - 5 * DAY_MS;
    let day = '';
    for (const d of (await store.listDays()).slice(-10)) if ((await lines(d)).some((l) => unsolved(ticketOf(l))) && (await lines(d)).some(isRecent)) day = d;
    expect(day).not.toBe('');
    const before = await lines(day);
    const live = before.find((l) => unsolved(ticketOf(l)))!;
    const recent = before.find(isRecent)!;
    const changedRecent = JSON.stringify({ ...ticketOf(recent), tags: [...ticketOf(recent).tags, 'changed-tonight'] });
    await replaceDayFile(day, `${before.filter((l) => l !== live).map((l) => (l === recent ? changedRecent : l)).join('\n')}\n`);
    // An all-digit id sorts before the sample's: every index after it moves by one.
    const first = { ...ticketOf(recent), id: '7', tags: [] };
    await store.mergeTickets([first]);
    await settle([day]);
    const { run } = await night(now);
    expect(rebuilt(run)).toEqual([`${day} changed`]);
    expect(run.partly).toEqual({ days: 1, parsed: 2, lines: before.length });
    expect(made(run)).toEqual([`${day} ${UPDATED}`]);
    expect(describeFactsCacheRun(run)).toContain(`of the changed days, 1 read line by line (2 of ${before.length} lines new or changed)`);
    // The updated counters hold: the next night counts the day from them.
    expect(madeFor((await night(now)).run, day)).toEqual([]);
  });

  it('the text a day\'s facts were made from is kept as a second name of its file; a day file written over in place is read whole', async () => {
    await night(now);
    const day = (await store.listDays()).at(-5)!;
    // (night() copies the cache folder for its --full pass, which makes the kept texts copies: one evaluation alone here.)
    const [line] = await lines(day);
    await store.mergeTickets([{ ...ticketOf(line!), tags: [...ticketOf(line!).tags, 'relinked'] }]);
    await settle([day]);
    const counted = storeEntries(store);
    await evaluateEntries({ model, now, clockFor, data: DATA, days: counted.days, worstFacts: counted.worstFacts });
    expect(rebuilt(counted.run)).toEqual([`${day} changed`]);
    expect((await stat(keptTextFile(store.dir, day))).ino).toBe((await stat(store.dayFile(day))).ino);
    // Written in place (same inode), the kept name shows the new bytes too: they are not the facts' text, so no
    // line is taken from the cache.
    const text = (await store.readDayText(day))!;
    const handle = await open(store.dayFile(day), 'r+');
    await handle.truncate(0);
    await handle.write(text.replace(/"tags":\[\]/, '"tags":["in-place"]'), 0);
    await handle.close();
    expect(await store.readDayText(day)).not.toBe(text);
    await settle([day]);
    const { run } = await night(now);
    expect(rebuilt(run)).toEqual([`${day} changed`]);
    expect(run.partly.days).toBe(0);
    expect(madeFor(run, day)).toEqual([`${day} made from other facts`]);
  });

  it('a line the engine rejects, new in a changed day: the day is counted whole, and the run says why', async () => {
    const day = (await store.listDays()).at(-2)!;
    const odd = { ...ticketOf((await lines(day))[0]!), id: `${ticketOf((await lines(day))[0]!).id}-odd`, priority: 'bogus' as Ticket['priority'] };
    await store.mergeTickets([odd]);
    await settle([day]);
    const { run } = await night(now);
    expect(made(run)).toEqual([`${day} changed, and a new or changed line is a rejected record`]);
    // The rejected record then stays as it is: a later change elsewhere in the day is counted in again.
    const again = (await lines(day)).find((l) => !unsolved(ticketOf(l)) && Date.parse(ticketOf(l).updated) > now.getTime() - 5 * DAY_MS)!;
    await store.mergeTickets([{ ...ticketOf(again), tags: [...ticketOf(again).tags, 'again'] }]);
    await settle([day]);
    expect(made((await night(now)).run)).toEqual([`${day} ${UPDATED}`]);
  });

  it('the tie-out: a changed ticket out of its counts, and a kept disagreement changed when more were not kept', async () => {
    const day = (await store.listDays()).at(-4)!;
    const base = ticketOf((await lines(day)).find((l) => !unsolved(ticketOf(l)) && Date.parse(ticketOf(l).updated) > now.getTime() - 6 * DAY_MS)!);
    // Twelve settled tickets whose helpdesk figures disagree with ours (11 kept would be one more than the part keeps).
    const disagreeing = Array.from({ length: 12 }, (_, k) => ({ ...base, id: `${base.id}-t${String(k).padStart(2, '0')}`, helpdeskMetrics: { firstReplyMinutes: 99_999, fullResolutionMinutes: null } }) as Ticket);
    await store.mergeTickets(disagreeing);
    await settle([day]);
    const made0 = await night(now);
    expect(madeFor(made0.run, day)).toEqual([`${day} ${UPDATED}`]);
    // The last one is not among the kept first ten: it comes out of the counts, and the day is updated.
    await store.mergeTickets([{ ...disagreeing[11]!, helpdeskMetrics: { firstReplyMinutes: 88_888, fullResolutionMinutes: null } } as Ticket]);
    await settle([day]);
    expect(madeFor((await night(now)).run, day)).toEqual([`${day} ${UPDATED}`]);
    // The first one is kept, and the list is full: which disagreement comes next is not known without the day.
    await store.mergeTickets([{ ...disagreeing[0]!, helpdeskMetrics: { firstReplyMinutes: 88_888, fullResolutionMinutes: null } } as Ticket]);
    await settle([day]);
    expect(madeFor((await night(now)).run, day)).toEqual([`${day} changed, and a changed ticket held one of the tie-out's kept disagreements`]);
  });
});
