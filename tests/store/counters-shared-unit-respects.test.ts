// Two standards that measure alike share one counter unit (counter-units.ts: metric, scope, calendar content, pause
// statuses, scorecard, zone, exclusion periods), and the counters are built once, for one of them
// (day-counters.ts `reachingFurthest`). Everything else may differ between the two, and each respect is tried here:
// the window (the dates each reaches back to), the threshold, the effective date, earlier versions, which exclusion
// documents (of the same periods) apply, the order of a scope's list, a calendar copied under another id. Each
// model is evaluated on every path against the NDJSON path (store-nights.ts `night`: counted, facts alone, --full),
// warm again, and as a review replays it (no "7 days ago", counters read only, none kept).
//
// The tickets hold, besides sample ones, two urgent tickets solved 3 days before the night (recent: the counters keep
// their measurements one by one) that were opened 150 and 140 days before it: a first reply then, inside a quarter's
// dates (90 series days and 92 before them) but before a 30-day window's (90 and 30), and a backlog photographed every
// day since. The pipeline's exclusion applies to csat only here: the two tickets' lives reach into it.

import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { StandardDefinition, StandardsModel, StandardVersion } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { countersDir } from '../../scripts/store/day-counters-file.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { counterUnits } from '../../scripts/engine/counter-units.ts';
import { createState } from '../../scripts/engine/standard-state.ts';
import { documentVersions } from '../../scripts/model/standard-versions.ts';
import { evaluateEntries, evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { storeEntries } from '../../scripts/store/ticket-facts-cache.ts';
import { bytes, countedReads, DATA, fixtureNights } from './store-nights.ts';
import { ticketFromChanges as ticket } from './status-change-tickets.ts';

const DAY_MS = 86_400_000;
const NIGHT = new Date('2026-11-05T06:00:00Z');
const N = NIGHT.getTime();
const LONG = [
  ticket('long-open-1', [[N - 150 * DAY_MS, 'open'], [N - 3 * DAY_MS, 'solved']]),
  ticket('long-open-2', [[N - 140 * DAY_MS, 'open'], [N - 120 * DAY_MS, 'pending'], [N - 3 * DAY_MS + 3_600_000, 'solved']]),
];

let store: TicketStore;
let model: StandardsModel;
let root: string;
const { night, settle } = fixtureNights('counters-shared-respects-', () => [...generateSampleTickets({ count: 1500, days: 130, seed: 31, now: NIGHT }), ...LONG], (made) => ({ model, store, root } = made));

type Edit = [string, (text: string) => string];
const EMEA = 'calendars/emea-business-hours.yaml';
const PIPELINE = 'pipeline.yaml';
const line = (key: string, value: string) => (text: string) => text.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${value}`);
const both = (...edits: ((text: string) => string)[]) => (text: string) => edits.reduce((t, e) => e(t), text);

/**
 * The fixture's model with `standard` copied as `copy` (listed after it), each file edited: `original` and `copied`
 * edit the two standards, `others` any other file of standards/ (a new one from '').
 */
async function sharedModel(standard: string, original: (text: string) => string, copied: (text: string) => string, others: Edit[] = []): Promise<StandardsModel> {
  const dir = path.join(root, 'standards');
  const file = path.join(dir, `service-levels/${standard}.yaml`);
  const copy = path.join(dir, `service-levels/${standard}-copy.yaml`);
  const saved = new Map<string, string | null>();
  const text = await readFile(file, 'utf8');
  saved.set(file, text);
  saved.set(copy, null);
  const pipeline = path.join(dir, PIPELINE);
  for (const name of [pipeline, ...others.map(([name]) => path.join(dir, name))]) saved.set(name, await readFile(name, 'utf8').catch(() => null));
  await writeFile(pipeline, saved.get(pipeline)!.replace('    reason: Helpdesk migration;', '    standards: [csat]\n    reason: Helpdesk migration;'));
  await writeFile(file, original(text));
  await writeFile(copy, copied(text.replace(/^id: .*$/m, `id: ${standard}-copy`)));
  for (const [name, edit] of others) await writeFile(path.join(dir, name), edit(await readFile(path.join(dir, name), 'utf8').catch(() => '')));
  try {
    const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
    if (!loaded.model) throw new Error(`model does not load: ${loaded.findings.map((f) => f.message).join('; ')}`);
    return loaded.model;
  } finally {
    for (const [name, was] of saved) await (was === null ? rm(name) : writeFile(name, was));
  }
}

/** Whether the two standards share a counter unit (their first tracks' keys are equal). */
function shareAUnit(m: StandardsModel, a: string, b: string): boolean {
  const states = m.standards.map((s) => createState(s, documentVersions(s), { model: m, now: NIGHT, clockFor }, new Map()));
  const units = counterUnits(states, m);
  const keyOf = (id: string) => units.find((u) => states[u.standard]!.standard.id === id)!.key;
  return keyOf(a) === keyOf(b);
}

/** As a review replays (review/replay.ts): no "7 days ago", counters read only, none kept: the bytes of the tickets alone. */
async function replayedAsAReview(m: StandardsModel): Promise<void> {
  await rm(countersDir(store.dir), { recursive: true, force: true });
  const input = { model: m, now: NIGHT, clockFor, data: DATA, comparison: false };
  const reference = bytes(await evaluateStandards({ ...input, tickets: store.tickets() }));
  const replayed = storeEntries(store, { counters: 'read' });
  expect(bytes(await evaluateEntries({ ...input, days: replayed.days, worstFacts: replayed.worstFacts }))).toBe(reference);
}


/** Each case: what differs, the standard copied, the edits, and whether the two share a unit. */
const CASES: { name: string; standard: string; original: (t: string) => string; copied: (t: string) => string; others?: Edit[]; shared: boolean }[] = [
  { name: 'the window: 30 days and a quarter (first response)', standard: 'first-response-urgent', original: line('window', '30d'), copied: line('window', 'quarter'), shared: true },
  { name: 'the window: a quarter and 7 days, the quarter listed first (first response)', standard: 'first-response-urgent', original: line('window', 'quarter'), copied: line('window', '7d'), shared: true },
  { name: 'the window: 7 days and a quarter (the backlog)', standard: 'backlog-age', original: line('window', '7d'), copied: line('window', 'quarter'), shared: true },
  { name: 'the window: a calendar month and rolling 7 days (resolution)', standard: 'resolution-urgent', original: line('window', 'month'), copied: line('window', '7d'), shared: true },
  { name: 'the threshold: 1h and 4h', standard: 'first-response-urgent', original: line('threshold', '1h'), copied: line('threshold', '4h'), shared: true },
  { name: 'the effective date: the year\'s start and 20 October (within the window and the series)', standard: 'first-response-urgent', original: (t) => t, copied: line('effective', '2026-10-20'), shared: true },
  {
    name: 'earlier versions: the copy judged 30 minutes until 25 October, over a quarter',
    standard: 'first-response-urgent',
    original: (t) => t,
    copied: both(line('window', 'quarter'), (t) => `${t.trimEnd()}\nversions:\n  - { effective: 2026-01-01, threshold: 30m, objective: 80% }\n`, line('effective', '2026-10-25')),
    shared: true,
  },
  {
    name: 'the exclusions: one of the same period each, under different ids (and the pipeline\'s own for both)',
    standard: 'resolution-urgent',
    original: line('window', 'quarter'),
    copied: (t) => t,
    others: [[PIPELINE, (t) => t.replace('exclusions:\n', [
      'exclusions:',
      '  - { id: outage-a, from: 2026-09-02T00:00:00Z, to: 2026-09-03T00:00:00Z, reason: Outage seen by the first., standards: [resolution-urgent] }',
      '  - { id: outage-b, from: 2026-09-02T00:00:00Z, to: 2026-09-03T00:00:00Z, reason: Outage seen by the copy., standards: [resolution-urgent-copy] }',
      '',
    ].join('\n'))]],
    shared: true,
  },
  { name: 'a scope\'s list in another order', standard: 'next-reply-high', original: line('window', 'quarter'), copied: line('scope', '{ priority: [urgent, high] }'), shared: true },
  {
    name: 'the calendar copied under another id, over another window',
    standard: 'first-response-urgent',
    original: (t) => t,
    copied: both(line('calendar', 'emea-copy'), line('window', 'quarter')),
    others: [['calendars/emea-copy.yaml', () => '']],
    shared: true,
  },
  { name: 'the window: a calendar month and a quarter (QA reviews)', standard: 'qa-score', original: (t) => t, copied: line('window', 'quarter'), shared: true },
  { name: 'the window: a quarter and 7 days (NPS)', standard: 'nps', original: (t) => t, copied: line('window', '7d'), shared: true },
  {
    name: 'pause statuses in another order, over a month and a quarter (requester wait)',
    standard: 'requester-wait-normal',
    original: (t) => t.replace('window: month', 'window: month\npauseStatuses: [pending, on-hold]'),
    copied: (t) => t.replace('window: month', 'window: quarter\npauseStatuses: [on-hold, pending]'),
    shared: true,
  },
  { name: 'the calendar\'s zone (not shared)', standard: 'first-response-urgent', original: (t) => t, copied: both(line('calendar', 'emea-elsewhere'), line('window', 'quarter')), others: [['calendars/emea-elsewhere.yaml', () => '']], shared: false },
];

describe('two standards sharing a counter unit, differing in one respect', () => {
  it.each(CASES)('$name: every path, warm, and as a review replays it', { timeout: 300_000 }, async (c) => {
    const emea = await readFile(path.join(root, 'standards', EMEA), 'utf8');
    const copies: Record<string, string> = {
      'calendars/emea-copy.yaml': emea.replace(/^id: .*$/m, 'id: emea-copy'),
      'calendars/emea-elsewhere.yaml': emea.replace(/^id: .*$/m, 'id: emea-elsewhere').replace(/^timezone: .*$/m, 'timezone: Asia/Kolkata'),
    };
    const others = (c.others ?? []).map(([name, edit]): Edit => [name, copies[name] !== undefined ? () => copies[name]! : edit]);
    const m = await sharedModel(c.standard, c.original, c.copied, others);
    expect(shareAUnit(m, c.standard, `${c.standard}-copy`)).toBe(c.shared);
    // No counters kept: the night makes every unit at once, whatever ran before.
    await rm(countersDir(store.dir), { recursive: true, force: true });
    const first = await night(NIGHT, m);
    const warm = await countedReads(store, m, NIGHT);
    expect(warm.report).toBe(bytes(first.report));
    expect(warm.run.counters.made).toEqual([]);
    await replayedAsAReview(m);
  });

  it('the window, over nights whose counters are updated (a recent ticket changed, one added on its day): the same bytes on every path', { timeout: 300_000 }, async () => {
    const m = await sharedModel('first-response-urgent', line('window', '30d'), line('window', 'quarter'));
    await rm(countersDir(store.dir), { recursive: true, force: true });
    await night(NIGHT, m);
    const day = new Date(N - 150 * DAY_MS).toISOString().slice(0, 10);
    const changed = { ...LONG[0]!, tags: ['changed-tonight'] };
    const added = ticket('long-open-3', [[N - 150 * DAY_MS + 3_600_000, 'open'], [N - DAY_MS, 'solved']]);
    await store.mergeTickets([changed, added]);
    await settle([day]);
    const updated = await night(NIGHT, m);
    expect(updated.run.counters.made.filter((made) => made.day === day).map((made) => made.why)).toEqual(['updated: only the changed tickets counted']);
    // A night later, and as a review replays it.
    await night(new Date(N + DAY_MS), m);
    await replayedAsAReview(m);
  });

  it('the longer window gone from the model the night after: the counters it left, reaching further back, count for the shorter', { timeout: 300_000 }, async () => {
    const m = await sharedModel('first-response-urgent', line('window', '30d'), line('window', 'quarter'));
    await rm(countersDir(store.dir), { recursive: true, force: true });
    await night(NIGHT, m);
    const shorter = { ...m, standards: m.standards.filter((s) => s.id !== 'first-response-urgent-copy') };
    const next = await night(new Date(N + DAY_MS), shorter);
    // Days counted from the counters the night before made for both standards.
    expect(next.run.counters.counted).toBeGreaterThan(100);
    const warm = await countedReads(store, shorter, new Date(N + DAY_MS));
    expect(warm.report).toBe(bytes(next.report));
  });

  it('one track of a standard with two (its scope widened on 20 October) shares the unit of another over a shorter window', { timeout: 300_000 }, async () => {
    const m = await sharedModel('first-response-urgent', line('window', '30d'), both(line('window', 'quarter'), line('scope', '{ priority: [urgent, high], channel: [email, web] }')));
    const narrow = m.standards.find((s) => s.id === 'first-response-urgent')!;
    const versionsOf = (standard: StandardDefinition): StandardVersion[] => (standard.id !== 'first-response-urgent-copy'
      ? documentVersions(standard)
      : [
        { version: '2026-01-01', from: '2026-01-01', definition: { ...standard, scope: narrow.scope, thresholdMinutes: 30 } },
        { version: '2026-10-20', from: '2026-10-20', definition: standard },
      ]);
    const states = m.standards.map((s) => createState(s, versionsOf(s), { model: m, now: NIGHT, clockFor }, new Map()));
    const units = counterUnits(states, m);
    const keysOf = (id: string) => units.filter((u) => states[u.standard]!.standard.id === id).map((u) => u.key);
    expect(keysOf('first-response-urgent-copy')).toHaveLength(2);
    expect(keysOf('first-response-urgent-copy')[0]).toBe(keysOf('first-response-urgent')[0]);
    await rm(countersDir(store.dir), { recursive: true, force: true });
    await night(NIGHT, m, versionsOf);
    // As a review replays it.
    await rm(countersDir(store.dir), { recursive: true, force: true });
    const input = { model: m, now: NIGHT, clockFor, data: DATA, comparison: false, versionsOf };
    const reference = bytes(await evaluateStandards({ ...input, tickets: store.tickets() }));
    const replayed = storeEntries(store, { counters: 'read' });
    expect(bytes(await evaluateEntries({ ...input, days: replayed.days, worstFacts: replayed.worstFacts }))).toBe(reference);
  });
});
