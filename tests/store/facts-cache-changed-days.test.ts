// Hostile and unusual changes to a stored day, read line by line and its counters updated from the previous
// version's (day-counters-update.ts, ticket-facts-cache.ts `changedDay`): every night, the report from the counters,
// from the facts alone, with --full and by the NDJSON path are the same bytes, and the run says what it did.

import { readFile, rename, rm, stat, symlink, unlink, utimes, writeFile, readdir, lstat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries, evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { StandardDefinition, StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { countersDir } from '../../scripts/store/day-counters-file.ts';
import { factsCacheDir, keptTextFile, storeEntries, type FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import { decodeEntries, readHeader } from '../../scripts/store/facts-cache-format.ts';
import { summariseEntries, ticketEntry } from '../../scripts/engine/ticket-entries.ts';
import { OLD_AFTER_MS } from '../../scripts/engine/day-counters.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, DATA, fixtureNights } from './store-nights.ts';

const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-05T06:00:00Z');
const SAMPLE = { count: 1500, days: 300, seed: 7 };
const UPDATED = 'updated: only the changed tickets counted';

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('facts-changed-', () => [...generateSampleTickets({ ...SAMPLE, now: NOW })], (made) => ({ model, store } = made));




/** The counters path alone against the NDJSON path (no --full copy: the kept texts stay hard links). */
async function countedNight(now: Date, m: StandardsModel = model, counters: 'write' | 'read' = 'write', changingFromMs?: number): Promise<FactsCacheRun> {
  const input = { model: m, now, clockFor, data: DATA };
  const reference = await evaluateStandards({ ...input, tickets: store.tickets() });
  const counted = storeEntries(store, { counters, ...(changingFromMs !== undefined ? { changingFromMs } : {}) });
  expect(bytes(await evaluateEntries({ ...input, days: counted.days, worstFacts: counted.worstFacts }))).toBe(bytes(reference));
  return counted.run;
}

const lines = async (day: string) => (await store.readDayText(day))!.split('\n').filter((l) => l.length > 0);
const ticketOf = (line: string) => JSON.parse(line) as Ticket;
const unsolved = (t: Ticket) => t.status !== 'solved' && t.status !== 'closed';
const isRecent = (now: Date) => (l: string) => !unsolved(ticketOf(l)) && Date.parse(ticketOf(l).updated) > now.getTime() - 5 * DAY_MS && Date.parse(ticketOf(l).updated) < now.getTime() - 3_600_000;
const made = (run: FactsCacheRun) => run.counters.made.map((m) => `${m.day} ${m.why}`);
const madeFor = (run: FactsCacheRun, day: string) => made(run).filter((m) => m.startsWith(`${day} `));
const iso = (ms: number) => new Date(ms).toISOString();

/** Replaces a day file as the store does (a new file renamed over it: the kept text keeps the old one). */
async function replaceDay(day: string, text: string): Promise<void> {
  const temp = `${store.dayFile(day)}.tmp-test`;
  await writeFile(temp, text);
  await rename(temp, store.dayFile(day));
  await settle([day]);
}

/** A recent day with a live and a recent ticket. */
async function dayWithLiveAndRecent(now: Date, skip = 0): Promise<string> {
  const found: string[] = [];
  for (const d of (await store.listDays()).slice(-8)) {
    const ls = await lines(d);
    if (ls.some((l) => unsolved(ticketOf(l))) && ls.filter(isRecent(now)).length >= 2) found.push(d);
  }
  expect(found.length).toBeGreaterThan(skip);
  return found.at(-1 - skip)!;
}

describe('hostile changes to a day read line by line', () => {
  const now = NOW;

  it('a recent ticket reopened and a live one solved, in the same day', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const ls = await lines(day);
    const live = ticketOf(ls.find((l) => unsolved(ticketOf(l)))!);
    const recent = ticketOf(ls.find(isRecent(now))!);
    const at = iso(now.getTime() - 2 * 3_600_000);
    const reopened: Ticket = { ...recent, status: 'open', updated: at, statusChanges: [...recent.statusChanges, { at, status: 'open' }] };
    const solved: Ticket = { ...live, status: 'solved', updated: at, replies: [...live.replies, { at: iso(now.getTime() - 3 * 3_600_000), by: 'agent' }], statusChanges: [...live.statusChanges, { at, status: 'solved' }] };
    await store.mergeTickets([reopened, solved]);
    await settle([day]);
    const { run } = await night(now);
    expect(madeFor(run, day)).toEqual([`${day} ${UPDATED}`]);
    // And back: the reopened one solved again.
    const again: Ticket = { ...reopened, status: 'solved', updated: iso(now.getTime() - 3_600_000), statusChanges: [...reopened.statusChanges, { at: iso(now.getTime() - 3_600_000), status: 'solved' }] };
    await store.mergeTickets([again]);
    await settle([day]);
    expect(madeFor((await night(now)).run, day)).toEqual([`${day} ${UPDATED}`]);
  });

  it('an old day without open tickets whose recently solved ticket is closed: read line by line, its counters updated', { timeout: 300_000 }, async () => {
    await night(now);
    // The evaluation's recent span (pipeline.ts): a day holding a ticket changed within it keeps its text.
    const changingFromMs = now.getTime() - OLD_AFTER_MS;
    const days = await store.listDays();
    let day: string | undefined;
    for (const d of days.slice(0, -40).reverse()) {
      const ls = await lines(d);
      if (ls.length >= 2 && !ls.some((l) => unsolved(ticketOf(l)))) {
        day = d;
        break;
      }
    }
    expect(day).toBeDefined();
    const old = ticketOf((await lines(day!))[0]!);
    // Reopened 3 days ago, solved 2 days ago: the day changes (no text kept: read whole), and now holds a recent ticket.
    const reopenedAt = iso(now.getTime() - 3 * DAY_MS);
    const solvedAt = iso(now.getTime() - 2 * DAY_MS);
    const solved: Ticket = { ...old, status: 'solved', updated: solvedAt, replies: [...old.replies, { at: reopenedAt, by: 'customer' }, { at: solvedAt, by: 'agent' }], statusChanges: [...old.statusChanges, { at: reopenedAt, status: 'open' }, { at: solvedAt, status: 'solved' }] };
    await store.mergeTickets([solved]);
    await settle([day!]);
    expect(madeFor(await countedNight(now, model, 'write', changingFromMs), day!)).toEqual([`${day} made from other facts`]);
    // Closed an hour ago: only that line changed, and the day's text was kept, so it is read line by line.
    const closedAt = iso(now.getTime() - 3_600_000);
    await store.mergeTickets([{ ...solved, status: 'closed', updated: closedAt, statusChanges: [...solved.statusChanges, { at: closedAt, status: 'closed' }] }]);
    await settle([day!]);
    const run = await countedNight(now, model, 'write', changingFromMs);
    expect(madeFor(run, day!)).toEqual([`${day} ${UPDATED}`]);
    expect(run.partly).toEqual({ days: 1, parsed: 1, lines: (await lines(day!)).length });
    await night(now);
  });

  it('a recent day whose every ticket changed: updated, every line parsed', { timeout: 300_000 }, async () => {
    await night(now);
    const day = (await store.listDays()).at(-2)!;
    const all = (await lines(day)).map(ticketOf);
    expect(all.length).toBeGreaterThan(1);
    await store.mergeTickets(all.map((t) => ({ ...t, tags: [...t.tags, 'all-changed'] })));
    await settle([day]);
    const { run } = await night(now);
    expect(madeFor(run, day)).toEqual([`${day} ${UPDATED}`]);
    expect(run.partly).toEqual({ days: 1, parsed: all.length, lines: all.length });
  });

  it('a new team, a QA review and exclusion hits, all only on changed tickets', { timeout: 300_000 }, async () => {
    const from = iso(now.getTime() - 6 * DAY_MS);
    const excluded: StandardsModel = { ...model, pipeline: { ...model.pipeline, exclusions: [...model.pipeline.exclusions, { id: 'outage', from, to: iso(now.getTime() - 2 * DAY_MS), reason: 'Down', standards: model.standards.map((s) => s.id) }] } };
    await night(now, excluded);
    const day = await dayWithLiveAndRecent(now, 1);
    const recents = (await lines(day)).filter(isRecent(now)).map(ticketOf);
    const [a, b] = recents as [Ticket, Ticket];
    const reviewed: Ticket = { ...a, team: 'brand-new-team', qa: [{ scorecard: model.scorecards[0]!.id, at: a.updated, results: Object.fromEntries(model.scorecards[0]!.behaviours.map((x, k) => [x.id, k % 2 === 0 ? 'pass' : 'fail'])) }] } as Ticket;
    const tagged: Ticket = { ...b, team: 'brand-new-team', tags: [...b.tags, 'vip'] };
    await store.mergeTickets([reviewed, tagged]);
    await settle([day]);
    const { run, report } = await night(now, excluded);
    expect(madeFor(run, day)).toEqual([`${day} ${UPDATED}`]);
    expect(JSON.stringify(report)).toContain('brand-new-team');
  });

  it('a duplicated line and a duplicated id in a day', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now, 1);
    const ls = await lines(day);
    const recent = ls.find(isRecent(now))!;
    const other = JSON.stringify({ ...ticketOf(recent), tags: [...ticketOf(recent).tags, 'twin'] });
    const at = ls.indexOf(recent);
    await replaceDay(day, `${[...ls.slice(0, at + 1), recent, other, ...ls.slice(at + 1)].join('\n')}\n`);
    const { run } = await night(now);
    expect(madeFor(run, day)).toEqual([`${day} ${UPDATED}`]);
    expect(madeFor(run, day).length).toBe(1);
    // Then the duplicate goes again.
    await replaceDay(day, `${ls.join('\n')}\n`);
    expect(madeFor((await night(now)).run, day).length).toBe(1);
  });

  it('a day\'s lines reversed (no ticket changed)', { timeout: 300_000 }, async () => {
    await night(now);
    const day = (await store.listDays()).at(-3)!;
    const ls = await lines(day);
    await replaceDay(day, `${[...ls].reverse().join('\n')}\n`);
    const { run } = await night(now);
    expect(madeFor(run, day)).toEqual([`${day} ${UPDATED}`]);
    // No ticket changed: the run should not say one did.
    expect(madeFor(run, day)).not.toEqual([`${day} changed, and a summed ticket changed`]);
  });

  it('a day file emptied', { timeout: 300_000 }, async () => {
    await night(now);
    const day = (await store.listDays()).at(-1)!;
    await replaceDay(day, '');
    const { run } = await night(now);
    expect(run.partly).toEqual({ days: 1, parsed: 0, lines: 0 });
    expect(madeFor(run, day).length).toBeLessThanOrEqual(1);
    await replaceDay(day, '');
    await night(now);
  });

  it('a review replay: a changed day evaluated at an earlier now than its counters were made at, then the next night', { timeout: 300_000 }, async () => {
    await night(now);
    const earlier = new Date(now.getTime() - 6 * 3_600_000);
    const days = (await store.listDays()).slice(-7, -1);
    const changes: Ticket[] = [];
    for (const d of days) {
      const r = (await lines(d)).find((l) => !unsolved(ticketOf(l)) && Date.parse(ticketOf(l).updated) < earlier.getTime() - DAY_MS && Date.parse(ticketOf(l).updated) > now.getTime() - 6 * DAY_MS);
      if (r !== undefined) changes.push({ ...ticketOf(r), tags: [...ticketOf(r).tags, 'replayed'] });
    }
    expect(changes.length).toBeGreaterThan(2);
    await store.mergeTickets(changes);
    await settle(days);
    const replay = await countedNight(earlier, model, 'write');
    expect(made(replay).some((m) => m.endsWith(UPDATED))).toBe(true);
    // The next real night, then another change, then the night after.
    await night(now);
    await store.mergeTickets(changes.map((t) => ({ ...t, tags: [...t.tags, 'twice'] })));
    await settle(days);
    await night(new Date(now.getTime() + 3_600_000));
  });

  it('counters made in read mode (a review), then a changed day the next night', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'read-mode'] }]);
    await settle([day]);
    const review = await countedNight(now, model, 'read');
    expect(madeFor(review, day)).toEqual([`${day} ${UPDATED}`]);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'read-mode', 'next'] }]);
    await settle([day]);
    const { run } = await night(now);
    expect(madeFor(run, day).length).toBe(1);
  });

  it('a day patched thirty nights in a row, then made whole', { timeout: 600_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const recents = (await lines(day)).filter(isRecent(now)).map(ticketOf);
    const total = (await lines(day)).length;
    const facts = path.join(factsCacheDir(store.dir), `${day}.facts`);
    const appended: number[] = [];
    for (let n = 0; n < 30; n++) {
      const t = recents[n % recents.length]!;
      await store.mergeTickets([{ ...t, tags: [...t.tags, `night-${n}`] }]);
      await settle([day]);
      const run = await countedNight(now);
      expect(madeFor(run, day)).toEqual([`${day} ${UPDATED}`]);
      const head = readHeader(await readFile(facts));
      if (typeof head === 'string') throw new Error(head);
      appended.push(head.appended);
      // The patched facts hold the day's entries, and the summary of those entries.
      const entries = decodeEntries(await readFile(facts), head);
      expect(entries).toEqual((await lines(day)).map((l) => ticketEntry(JSON.parse(l))));
      expect(head.summary).toEqual(summariseEntries(entries));
    }
    expect(Math.max(...appended)).toBeLessThanOrEqual(total / 2 + 1);
    expect(appended.some((a, k) => k > 0 && a < appended[k - 1]!)).toBe(true);
    await night(now);
  });

  it('a standard\'s new version the same night a day changes', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'versioned'] }]);
    await settle([day]);
    const original = model.standards.find((s) => s.id === 'first-response-normal')!;
    const changed = { ...original, scope: { ...original.scope, priority: ['low', 'normal', 'high'] } } as StandardDefinition;
    const m = { ...model, standards: model.standards.map((s) => (s.id === original.id ? changed : s)) };
    const history = new Map([[original.origin.file, [
      { commit: '1'.repeat(40), committedAt: '2026-01-01T00:00:00Z', definition: original },
      { commit: '2'.repeat(40), committedAt: '2026-10-25T12:00:00Z', definition: changed },
    ]]]);
    const { run } = await night(now, m, versionsOfModel(m, history));
    expect(madeFor(run, day).length).toBe(1);
    // The run should say the day changed, not that its counters were of other facts only.
    expect(madeFor(run, day)[0]).toMatch(/changed|updated/);
  });

  it('the tie-out at the kept list\'s boundary, two metrics a ticket', { timeout: 300_000 }, async () => {
    const day = (await store.listDays()).at(-4)!;
    const base = ticketOf((await lines(day)).find(isRecent(now))!);
    // Six tickets disagreeing on both metrics, ids sorted: the first five fill the ten kept, the sixth's are not kept.
    const both = Array.from({ length: 6 }, (_, k) => ({ ...base, id: `${base.id}-b${k}`, helpdeskMetrics: { firstReplyMinutes: 99_999, fullResolutionMinutes: 99_999 } }) as Ticket);
    await store.mergeTickets(both);
    await settle([day]);
    await night(now);
    // One put before them all (an all-digit id), disagreeing: the sixth ticket's two fall further out; then the fifth changed.
    await store.mergeTickets([{ ...base, id: '1', helpdeskMetrics: { firstReplyMinutes: 99_999, fullResolutionMinutes: null } } as Ticket, { ...both[5]!, helpdeskMetrics: { firstReplyMinutes: 1, fullResolutionMinutes: 99_999 } } as Ticket]);
    await settle([day]);
    expect(madeFor((await night(now)).run, day)).toEqual([`${day} ${UPDATED}`]);
    await store.mergeTickets([{ ...both[4]!, helpdeskMetrics: { firstReplyMinutes: 99_999, fullResolutionMinutes: 5 } } as Ticket]);
    await settle([day]);
    expect(madeFor((await night(now)).run, day)).toEqual([`${day} ${UPDATED}`]);
  });

  it('a kill after the counters were written, before the facts and the kept text: the next nights', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const facts = path.join(factsCacheDir(store.dir), `${day}.facts`);
    const kept = keptTextFile(store.dir, day);
    const savedFacts = await readFile(facts);
    const savedText = await readFile(kept);
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'killed'] }]);
    await settle([day]);
    await countedNight(now);
    // As if the process died after the counters: the facts and the kept text are the previous night's.
    await writeFile(facts, savedFacts);
    await unlink(kept);
    await writeFile(kept, savedText);
    // The counters are of tonight's text: they are read, nothing is made.
    expect(madeFor((await night(now)).run, day)).toEqual([]);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'killed', 'again'] }]);
    await settle([day]);
    expect(madeFor((await night(now)).run, day)).toEqual([`${day} ${UPDATED}`]);
  });

  it('a kill after the facts were written, before the text was linked', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const kept = keptTextFile(store.dir, day);
    const savedText = await readFile(kept);
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'unlinked'] }]);
    await settle([day]);
    await countedNight(now);
    await unlink(kept);
    await writeFile(kept, savedText);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'unlinked', 'again'] }]);
    await settle([day]);
    const { run } = await night(now);
    expect(run.partly.days).toBe(0);
  });

  it('a kept text replaced by a symlink to the day file', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const kept = keptTextFile(store.dir, day);
    await unlink(kept);
    await symlink(store.dayFile(day), kept);
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'symlinked'] }]);
    await settle([day]);
    expect((await night(now)).run.partly.days).toBe(0);
    expect((await lstat(store.dayFile(day))).isFile()).toBe(true);
  });

});

describe('more', () => {
  const now = NOW;
  it('ten days later: the previous counters\' recent tickets old by now, one of them changed', { timeout: 300_000 }, async () => {
    await night(now);
    const later = new Date(now.getTime() + 10 * DAY_MS);
    await night(later);
    const day = await dayWithLiveAndRecent(now);
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    const at = iso(later.getTime() - 5 * 3_600_000);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'later'], updated: at, replies: [...r.replies, { at, by: 'customer' }] }]);
    await settle([day]);
    const { run } = await night(later);
    expect(madeFor(run, day)).toEqual([`${day} ${UPDATED}`]);
  });

  it('a recent ticket moved to the day before (its creation changed, its old line taken out)', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    const moved: Ticket = { ...r, created: iso(Date.parse(r.created) - DAY_MS) };
    const before = await store.listDays();
    const merged = await store.mergeTickets([moved]);
    // The store adds it to the day of its new creation; its line in the old day is taken out by hand (a move).
    expect(merged.changedDays.length).toBe(1);
    expect(merged.changedDays[0]).not.toBe(day);
    await replaceDay(day, `${(await lines(day)).filter((l) => ticketOf(l).id !== r.id).join('\n')}\n`);
    await settle(merged.changedDays);
    const { run } = await night(now);
    expect(made(run)).toEqual([`${merged.changedDays[0]} ${UPDATED}`, `${day} ${UPDATED}`].sort());
    expect(await store.listDays()).toEqual(before);
  });

  it('a replay at an earlier now, a new ticket whose events fall between it and the counters\' making', { timeout: 300_000 }, async () => {
    await night(now);
    const earlier = new Date(now.getTime() - 10 * 3_600_000);
    let day = '';
    let line: string | undefined;
    for (const d of (await store.listDays()).slice(-8, -1)) {
      const found = (await lines(d)).find((l) => !unsolved(ticketOf(l)) && Date.parse(ticketOf(l).updated) < earlier.getTime() - DAY_MS && Date.parse(ticketOf(l).updated) > now.getTime() - 6 * DAY_MS);
      if (found !== undefined) [day, line] = [d, found];
    }
    expect(line).toBeDefined();
    const r = ticketOf(line!);
    const at = iso(now.getTime() - 4 * 3_600_000);
    const late: Ticket = { ...r, id: `${r.id}-late`, status: 'solved', updated: at, statusChanges: [...r.statusChanges, { at, status: 'solved' }] };
    const r2 = { ...r, tags: [...r.tags, 'replay2'] };
    await store.mergeTickets([late, r2]);
    await settle([day]);
    await countedNight(earlier);
    await night(now);
  });
});

describe('teams', () => {
  const now = NOW;
  it('a team that only a changed ticket had, then no ticket has', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    await store.mergeTickets([{ ...r, team: 'solo-team', tags: [...r.tags, 'solo'] }]);
    await settle([day]);
    expect(madeFor((await night(now)).run, day)).toEqual([`${day} ${UPDATED}`]);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'solo', 'back'] }]);
    await settle([day]);
    const { run, report } = await night(now);
    expect(madeFor(run, day)).toEqual([`${day} ${UPDATED}`]);
    expect(JSON.stringify(report)).not.toContain('solo-team');
  });
});

describe('older days', () => {
  const now = NOW;
  it('a new recent ticket put before every summed one in older days: their rows and worst tickets renumbered', { timeout: 300_000 }, async () => {
    const worst: StandardsModel = { ...model, pipeline: { ...model.pipeline, evaluation: { ...model.pipeline.evaluation, worstTickets: 40 } } };
    const days = (await store.listDays()).slice(-16, -10);
    // Their counters made under this model (counters made under another worst-list length are not updated: below).
    for (const d of days) await rm(path.join(countersDir(store.dir), `${d}.counts`), { force: true });
    await night(now, worst);
    const added: Ticket[] = [];
    for (const [k, d] of days.entries()) {
      const base = ticketOf((await lines(d))[0]!);
      const created = Date.parse(base.created);
      const solvedAt = iso(now.getTime() - DAY_MS - k * 3_600_000);
      // Slow: the worst tickets of their standards, and settled a day ago (recent).
      added.push({ ...base, id: `0${k}`, status: 'solved', updated: solvedAt, replies: [{ at: iso(created + 20 * DAY_MS / 24), by: 'agent' }], statusChanges: [{ at: base.created, status: 'new' }, { at: solvedAt, status: 'solved' }], helpdeskMetrics: { firstReplyMinutes: 7, fullResolutionMinutes: 9 } } as Ticket);
    }
    const merged = await store.mergeTickets(added);
    expect(merged.changedDays).toEqual(days);
    await settle(days);
    const { run, report } = await night(now, worst);
    expect(made(run)).toEqual(days.map((d) => `${d} ${UPDATED}`));
    // Some worst tickets are summed tickets of those days, renumbered (else the renumbering would prove nothing).
    const ids = new Set((await Promise.all(days.map(lines))).flat().map((l) => ticketOf(l).id));
    expect(report.standards.flatMap((s) => s.worst).filter((w) => ids.has(w.id) && !/^0\d$/.test(w.id)).length).toBeGreaterThan(0);
    // And one of them changed again, the others kept: the next night.
    await store.mergeTickets([{ ...added[2]!, tags: ['again'] }]);
    await settle([days[2]!]);
    expect(made((await night(now, worst)).run)).toEqual([`${days[2]} ${UPDATED}`]);
    expect(made((await night(now)).run)).toEqual([]);
  });
});

describe('a longer worst list than the counters keep', () => {
  const now = NOW;
  it('a changed day whose counters keep fewer worst tickets than tonight lists is updated, or the run says why truly', { timeout: 300_000 }, async () => {
    const worst: StandardsModel = { ...model, pipeline: { ...model.pipeline, evaluation: { ...model.pipeline.evaluation, worstTickets: 40 } } };
    await night(now);
    // The counters hold every unit tonight measures: nothing is made for them under the longer list.
    expect((await night(now, worst)).run.counters.made).toEqual([]);
    const day = await dayWithLiveAndRecent(now);
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'worst-40'] }]);
    await settle([day]);
    const { run } = await night(now, worst);
    // Today: "changed, and the previous counters lack a unit of tonight's" (they lack none: only `worstKept` differs,
    // which the counted plan accepts; the update keeps `was.worstKept` and `was.dates` anyway).
    expect(madeFor(run, day)).toEqual([`${day} ${UPDATED}`]);
  });
});

describe('the kept text, trusted by its stat', () => {
  const now = NOW;

  /** The counters path alone, its cache's mark at `markMs` (what the racy rule compares a file's mtime to). */
  async function nightMadeAt(markMs?: number): Promise<FactsCacheRun> {
    const input = { model, now, clockFor, data: DATA };
    const reference = await evaluateStandards({ ...input, tickets: store.tickets() });
    const counted = storeEntries(store, markMs === undefined ? {} : { fileClock: async () => BigInt(markMs) * 1_000_000n });
    expect(bytes(await evaluateEntries({ ...input, days: counted.days, worstFacts: counted.worstFacts }))).toBe(bytes(reference));
    return counted.run;
  }

  /** The day's facts, decoded, are the entries of its lines (not those of an earlier version). */
  async function expectFactsOfText(day: string): Promise<void> {
    const facts = await readFile(path.join(factsCacheDir(store.dir), `${day}.facts`));
    const head = readHeader(facts);
    if (typeof head === 'string') throw new Error(head);
    expect(decodeEntries(facts, head)).toEqual((await lines(day)).map((l) => ticketEntry(JSON.parse(l))));
  }

  /** A recent ticket of `day` given a new tag (`tag`), then one of the same length in its place (`same`). */
  async function tagged(day: string, tag: string): Promise<{ ticket: Ticket; same: (other: string) => Ticket }> {
    const r = ticketOf((await lines(day)).find(isRecent(now))!);
    const ticket = { ...r, tags: [...r.tags, tag] };
    return { ticket, same: (other) => ({ ...r, tags: [...r.tags, other] }) };
  }

  it('a day written over in place (same inode, size and mtime) just after its facts were made: the kept text is hashed, not trusted', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const { ticket, same } = await tagged(day, 'racy-aaaa');
    await store.mergeTickets([ticket]);
    // Written at a whole second (so its mtime can be set back exactly), its facts' mark in that tick (racy).
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    await utimes(store.dayFile(day), at, at);
    expect((await nightMadeAt(at.getTime())).partly.days).toBe(1);
    expect((await stat(keptTextFile(store.dir, day))).ino).toBe((await stat(store.dayFile(day))).ino);
    // Written over in place within the racy window: the kept text (the same file) holds the new bytes too, under
    // the stat the facts name. Trusted, its lines would all match the new ones, and the facts keep the old tag.
    const text = await readFile(store.dayFile(day), 'utf8');
    const changed = text.replace(JSON.stringify(ticket).slice(0, -1), JSON.stringify(same('racy-bbbb')).slice(0, -1));
    expect(changed).not.toBe(text);
    expect(changed.length).toBe(text.length);
    await writeFile(store.dayFile(day), changed);
    await utimes(store.dayFile(day), at, at);
    const run = await nightMadeAt();
    expect(run.rebuilt).toEqual([{ day, reason: 'changed' }]);
    expect(run.partly.days).toBe(0);
    await expectFactsOfText(day);
  });

  it('a kept text replaced by another file of the same size and mtime (the day\'s new text): hashed, not trusted', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const { ticket, same } = await tagged(day, 'swap-aaaa');
    await store.mergeTickets([ticket]);
    await settle([day]);
    expect((await nightMadeAt()).partly.days).toBe(1);
    const kept = keptTextFile(store.dir, day);
    const was = await stat(kept);
    // The day changes (same size), and its new text is copied over the kept one with the old mtime: only the
    // inode tells it from the text the facts were made from.
    await store.mergeTickets([same('swap-bbbb')]);
    await settle([day]);
    const text = await readFile(store.dayFile(day));
    expect(text.length).toBe(was.size);
    // Written beside it and renamed over it, so the old file still exists when the new one is made: an unlink
    // first would let the file system give the new file the freed inode number, and then nothing in its stat
    // would tell them apart (what trusting a stat accepts, as git does).
    await writeFile(`${kept}.swap`, text);
    await rename(`${kept}.swap`, kept);
    await utimes(kept, was.atime, was.mtime);
    expect((await stat(kept)).ino).not.toBe(was.ino);
    expect((await stat(kept)).mtimeMs).toBe(was.mtimeMs);
    const run = await nightMadeAt();
    expect(run.rebuilt).toEqual([{ day, reason: 'changed' }]);
    expect(run.partly.days).toBe(0);
    await expectFactsOfText(day);
  });
});

describe('a patched facts file, damaged', () => {
  const now = NOW;

  /** The day's facts file, its header and where its first segment ends. */
  async function factsOf(day: string): Promise<{ file: string; bytes: Buffer; firstEnd: number; segments: number }> {
    const file = path.join(factsCacheDir(store.dir), `${day}.facts`);
    const bytes = await readFile(file);
    const head = readHeader(bytes);
    if (typeof head === 'string') throw new Error(head);
    const body = Math.ceil((bytes.indexOf(10, 8) + 1) / 8) * 8;
    const s = head.segments[0]!;
    // A segment: its numbers, its text pages' table (an int32 a page of 256 texts, and one), its texts, to a multiple of 8.
    return { file, bytes, firstEnd: body + Math.ceil((s.floats * 8 + s.ints * 4 + (Math.ceil(s.strings / 256) + 1) * 4 + s.text) / 8) * 8, segments: head.segments.length };
  }

  for (const where of ['appended', 'first'] as const) {
    it(`in its ${where} segment, the night the day changes again (another ticket) and the night after`, { timeout: 300_000 }, async () => {
      await night(now);
      const day = await dayWithLiveAndRecent(now);
      const [a, b] = (await lines(day)).filter(isRecent(now)).map(ticketOf) as [Ticket, Ticket];
      await store.mergeTickets([{ ...a, tags: [...a.tags, `damaged-${where}`] }]);
      await settle([day]);
      await countedNight(now);
      const facts = await factsOf(day);
      expect(facts.segments).toBe(2);
      // One byte of the segment's numbers (the first segment: its start; the appended one: its first entry's).
      facts.bytes[where === 'first' ? facts.firstEnd - 4096 : facts.firstEnd + 4]! ^= 0x20;
      await writeFile(facts.file, facts.bytes);
      await store.mergeTickets([{ ...b, tags: [...b.tags, `then-${where}`] }]);
      await settle([day]);
      await night(now);
      const again = await factsOf(day);
      const head = readHeader(again.bytes);
      if (typeof head === 'string') throw new Error(head);
      expect(decodeEntries(again.bytes, head)).toEqual((await lines(day)).map((l) => ticketEntry(JSON.parse(l))));
      expect((await night(now)).run.rebuilt).toEqual([]);
    });
  }
});

// Last: it loses a day file on today's code, which would break the tests after it.
describe('the kept texts\' folder', () => {
  const now = NOW;

  it('the texts folder replaced by a symlink to the store\'s own month folder: no day file is lost', { timeout: 300_000 }, async () => {
    await night(now);
    const day = await dayWithLiveAndRecent(now);
    const month = path.dirname(store.dayFile(day));
    const before = (await readdir(month)).sort();
    const texts = path.dirname(keptTextFile(store.dir, day));
    await rm(texts, { recursive: true, force: true });
    await symlink(month, texts);
    const r = ticketOf((await lines(day))[0]!);
    await store.mergeTickets([{ ...r, tags: [...r.tags, 'folder'] }]);
    await settle([day]);
    const text = await store.readDayText(day);
    await countedNight(now);
    // keepText removes `<texts>/DAY.ndjson` before linking it: through the symlink, that is the day file itself.
    expect(await store.readDayText(day)).toBe(text);
    expect((await readdir(month)).sort()).toEqual(before);
  });
});
