// Pauses that span "7 days ago" (then): requester wait (pending left out), agent work time (pending and on-hold left
// out) and a wait that also leaves out on-hold, and the resolution of urgent tickets, on tickets whose pending or
// on-hold runs across then, starts or ends exactly at it, or ends in a solve before it; with a reopen into pending
// after then. The counters' 7 days ago (counted-day.ts `recentReadThen`: read one by one only when created by then
// and finally solved after it) gives the bytes of the facts alone, `--full` and the NDJSON path, the next night
// too (the tickets changed again: a pending reopened after then, solved again), and a cold run's.

import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries } from '../../scripts/engine/evaluate.ts';
import type { StandardDefinition, StandardsModel, Ticket, TicketStatus } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { storeEntries } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, DATA, fixtureStore, storeNights } from './store-nights.ts';

const MIN = 60_000;
const H = 3_600_000;
const DAY_MS = 86_400_000;
const NIGHT_A = new Date('2026-11-05T06:00:00Z');
const NIGHT_B = new Date(NIGHT_A.getTime() + DAY_MS);
const NIGHT_C = new Date(NIGHT_B.getTime() + DAY_MS);
/** Night B's 7 days ago: a Friday, 06:00 UTC (inside EMEA business hours from 08:00 local, so pauses cross its opening). */
const T = NIGHT_B.getTime() - 7 * DAY_MS;

let root: string;
let store: TicketStore;
let model: StandardsModel;
const { settle, night } = storeNights(() => ({ store, model }));
const iso = (ms: number) => new Date(ms).toISOString();

/** A ticket from its status changes (instants in ms); replies: one agent reply an hour after creation. */
function ticket(id: string, priority: Ticket['priority'], changes: [number, TicketStatus][], extra: Partial<Ticket> = {}): Ticket {
  const created = changes[0]![0];
  const replies = [{ at: iso(created + H), by: 'agent' as const }];
  const last = Math.max(...changes.map((c) => c[0]), created + H);
  return {
    id, created: iso(created), updated: iso(last), priority, channel: 'email', team: 'support-emea', status: changes.at(-1)![1], tags: [],
    replies, statusChanges: changes.map(([at, status]) => ({ at: iso(at), status })), ...extra,
  } as Ticket;
}

/** Normal and urgent tickets whose pauses meet then. */
const PAUSED: Ticket[] = (['normal', 'urgent'] as const).flatMap((p) => [
  // Pending across then, solved after it.
  ticket(`${p}-pending-across`, p, [[T - 2 * DAY_MS, 'open'], [T - DAY_MS, 'pending'], [T + DAY_MS, 'open'], [T + 2 * DAY_MS, 'solved'], [T + 5 * DAY_MS, 'closed']]),
  // On hold across then, solved after it.
  ticket(`${p}-hold-across`, p, [[T - 3 * DAY_MS, 'open'], [T - 5 * H, 'on-hold'], [T + 5 * H, 'open'], [T + 30 * H, 'solved'], [T + 5 * DAY_MS, 'closed']]),
  // Solved out of pending before then (the pause is its last state before the solve).
  ticket(`${p}-pending-solved-before`, p, [[T - 3 * DAY_MS, 'open'], [T - 2 * DAY_MS, 'pending'], [T - H, 'solved'], [T + 3 * DAY_MS, 'closed']]),
  // Pending from exactly then; solved out of it.
  ticket(`${p}-pending-from-then`, p, [[T - DAY_MS, 'open'], [T, 'pending'], [T + DAY_MS, 'solved'], [T + 4 * DAY_MS, 'closed']]),
  // Pending until exactly then, solved at then.
  ticket(`${p}-pending-to-then`, p, [[T - DAY_MS, 'open'], [T - 10 * H, 'pending'], [T, 'solved'], [T + 4 * DAY_MS, 'closed']]),
  // Solved before then, reopened into pending before it, solved again after it.
  ticket(`${p}-reopened-pending`, p, [[T - 5 * DAY_MS, 'open'], [T - 4 * DAY_MS, 'solved'], [T - 2 * DAY_MS, 'pending'], [T - DAY_MS, 'on-hold'], [T + 12 * H, 'solved'], [T + 4 * DAY_MS, 'closed']]),
  // Created in a pause (pending from its first change) a minute before then, solved a minute after it.
  ticket(`${p}-created-pending`, p, [[T - MIN, 'pending'], [T + MIN, 'solved'], [T + 4 * DAY_MS, 'closed']]),
  // Open for days before then (a wait breached in flight then), pending across then, solved after it.
  ticket(`${p}-breached-then-pending`, p, [[T - 8 * DAY_MS, 'open'], [T - 2 * DAY_MS, 'pending'], [T + DAY_MS, 'open'], [T + 2 * DAY_MS, 'solved'], [T + 5 * DAY_MS, 'closed']]),
  // Open a few days, then on hold across then: a wait that counts on-hold time breached then, agent work not.
  ticket(`${p}-breached-then-hold`, p, [[T - 4 * DAY_MS, 'open'], [T - 3 * DAY_MS + 4 * H, 'on-hold'], [T + DAY_MS, 'open'], [T + DAY_MS + H, 'solved'], [T + 5 * DAY_MS, 'closed']]),
  // Solved before then, reopened into pending only after it (no solve since: live).
  ticket(`${p}-pending-after`, p, [[T - 2 * DAY_MS, 'open'], [T - DAY_MS, 'solved'], [T + DAY_MS, 'pending']]),
]);

/** The sample's standards, with agent work time and a wait that also leaves out on-hold, on normal tickets. */
function withPauseStandards(m: StandardsModel): StandardsModel {
  const wait = m.standards.find((s) => s.id === 'requester-wait-normal')!;
  const extra: StandardDefinition[] = [
    { ...wait, id: 'agent-work-normal', metric: 'agent_work_time', pauseStatuses: [] },
    { ...wait, id: 'wait-hold-normal', pauseStatuses: ['pending', 'on-hold'] },
  ];
  return { ...m, standards: [...m.standards, ...extra] };
}

beforeAll(async () => {
  ({ root, model, store } = await fixtureStore('counters-pauses-', [...generateSampleTickets({ count: 800, days: 60, seed: 23, now: NIGHT_A }), ...PAUSED]));
  model = withPauseStandards(model);
  await settle(await store.listDays());
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('pauses around 7 days ago, from the counters', () => {
  // The pause standards alone: no other unit (the backlog, a resolution) reads their tickets as they stood then for them.
  it('each pause standard alone: the same bytes by every path', { timeout: 300_000 }, async () => {
    for (const id of ['requester-wait-normal', 'agent-work-normal', 'wait-hold-normal']) {
      const alone: StandardsModel = { ...model, standards: model.standards.filter((s) => s.id === id) };
      await night(NIGHT_A, alone);
      const { run, report } = await night(NIGHT_B, alone);
      expect({ id, made: run.counters.made }).toEqual({ id, made: [] });
      expect({ id, counted: report.standards[0]!.comparison!.count > 0 }).toEqual({ id, counted: true });
    }
  });

  it('the same bytes by every path, the next night after the paused tickets changed again, and from a cold cache', { timeout: 300_000 }, async () => {
    await night(NIGHT_A);
    const { report } = await night(NIGHT_B);
    // The crafted tickets are in the comparison's window of the pause standards.
    for (const id of ['requester-wait-normal', 'agent-work-normal', 'wait-hold-normal', 'resolution-urgent']) {
      const s = report.standards.find((x) => x.id === id)!;
      expect({ id, counted: s.comparison!.count > 0 }).toEqual({ id, counted: true });
    }
    // Night C: the live one solved out of its pending, one solved after then reopened into pending and solved again.
    const byId = new Map(PAUSED.map((t) => [t.id, t]));
    const changed: Ticket[] = (['normal', 'urgent'] as const).flatMap((p) => {
      const live = byId.get(`${p}-pending-after`)!;
      const across = byId.get(`${p}-pending-across`)!;
      const at = NIGHT_B.getTime() + H;
      return [
        { ...live, status: 'solved', updated: iso(at), statusChanges: [...live.statusChanges, { at: iso(at), status: 'solved' }] },
        { ...across, status: 'solved', updated: iso(at + H), statusChanges: [...across.statusChanges, { at: iso(at), status: 'pending' }, { at: iso(at + H), status: 'solved' }] },
      ] as Ticket[];
    });
    const merged = await store.mergeTickets(changed);
    await settle(merged.changedDays);
    const { run, report: third } = await night(NIGHT_C);
    expect(run.counters.made.map((m) => m.why)).toEqual(merged.changedDays.map(() => 'updated: only the changed tickets counted'));
    // A cold run: no cache at all.
    await rm(path.join(store.dir, '.cache'), { recursive: true, force: true });
    const cold = storeEntries(store);
    expect(bytes(await evaluateEntries({ model, now: NIGHT_C, clockFor, data: DATA, days: cold.days, worstFacts: cold.worstFacts }))).toBe(bytes(third));
  });
});
