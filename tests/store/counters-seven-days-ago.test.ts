// "7 days ago" from the counters (counted-day.ts `recentReadThen`): a recent ticket is read one by one as it stood
// then only when then lies between its creation and its final solve; one solved by then is counted from its kept
// measurements whatever came after (a close, a rating, an answer, a review, a reply without a reopen), one created
// after then counts nothing. Hostile tickets around then (solved just before, at, just after it; a reply, a reopen,
// ratings and a QA review after it; exclusion hits; business hours; a ticket whose priority, channel and team change
// after it; a standard's new version between then and now) give the same bytes by the counters, the facts alone,
// `--full` and the NDJSON path, and the night reads exactly the tickets the rule names, fewer than "its last event
// is after then" would.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTicketRecord } from '../../scripts/engine/ticket-checks.ts';
import type { StandardDefinition, StandardsModel, Ticket, TicketStatus } from '../../scripts/model/model.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { bytes, fixtureNights } from './store-nights.ts';

const MIN = 60_000;
const H = 3_600_000;
const DAY_MS = 86_400_000;
/** The night the counters are made at, the next night (its "7 days ago" is THEN), and the one after. */
const NIGHT_A = new Date('2026-11-05T06:00:00Z');
const NIGHT_B = new Date(NIGHT_A.getTime() + DAY_MS);
const NIGHT_C = new Date(NIGHT_B.getTime() + DAY_MS);
const THEN = NIGHT_B.getTime() - 7 * DAY_MS;
const SAMPLE = { count: 2000, days: 120, seed: 11 };

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('counters-then-', () => [...generateSampleTickets({ ...SAMPLE, now: NIGHT_A }), ...HOSTILE], (made) => ({ model, store } = made));

const iso = (ms: number) => new Date(ms).toISOString();

interface Crafted {
  priority: Ticket['priority'];
  channel: Ticket['channel'];
  team?: string;
  created: number;
  replies?: [number, 'agent' | 'customer'][];
  changes: [number, TicketStatus][];
  satisfaction?: [number, 'good' | 'bad'];
  nps?: [number, number];
  qa?: number;
}

/** A ticket from its events (instants in ms); `updated` is its latest event. */
function ticket(id: string, c: Crafted): Ticket {
  const events = [c.created, ...(c.replies ?? []).map((r) => r[0]), ...c.changes.map((s) => s[0]), c.satisfaction?.[0] ?? 0, c.nps?.[0] ?? 0, c.qa ?? 0];
  return {
    id, created: iso(c.created), updated: iso(Math.max(...events)), priority: c.priority, channel: c.channel, status: c.changes.at(-1)![1],
    ...(c.team !== undefined ? { team: c.team } : {}),
    tags: [],
    replies: (c.replies ?? []).map(([at, by]) => ({ at: iso(at), by })),
    statusChanges: c.changes.map(([at, status]) => ({ at: iso(at), status })),
    ...(c.satisfaction ? { satisfaction: { at: iso(c.satisfaction[0]), rating: c.satisfaction[1] } } : {}),
    ...(c.nps ? { nps: { at: iso(c.nps[0]), score: c.nps[1] } } : {}),
    ...(c.qa !== undefined ? { qa: [{ scorecard: 'interaction-standards', at: iso(c.qa), results: { greet: 'pass', acknowledge: 'fail', accurate: 'pass', ownership: 'pass' } }] } : {}),
  } as Ticket;
}

const T = THEN;
/** Tickets settled when the counters are made (NIGHT_A), recent then, with events on both sides of THEN. */
const HOSTILE: Ticket[] = [
  // Solved an hour before then, answered again and closed after it.
  ticket('h-solved-before', { priority: 'urgent', channel: 'email', team: 'support-emea', created: T - 30 * H, replies: [[T - 29 * H, 'agent'], [T - 20 * H, 'customer'], [T - 19 * H, 'agent']], changes: [[T - 30 * H, 'open'], [T - 29 * H, 'pending'], [T - 20 * H, 'open'], [T - H, 'solved'], [T + 71 * H, 'closed']] }),
  // Solved exactly at then.
  ticket('h-solved-at-then', { priority: 'high', channel: 'web', team: 'support-americas', created: T - 10 * H, replies: [[T - 9 * H, 'agent']], changes: [[T - 10 * H, 'open'], [T - 9 * H, 'pending'], [T, 'solved'], [T + 4 * DAY_MS, 'closed']] }),
  // Solved a minute after then: open then (its resolution in flight), read one by one.
  ticket('h-solved-after', { priority: 'urgent', channel: 'web', team: 'support-emea', created: T - 30 * H, replies: [[T - 29 * H, 'agent']], changes: [[T - 30 * H, 'open'], [T - 29 * H, 'pending'], [T + MIN, 'solved'], [T + 4 * DAY_MS, 'closed']] }),
  // Not answered by then (an urgent first response in flight then), answered and solved after it.
  ticket('h-answered-after', { priority: 'urgent', channel: 'email', team: 'support-emea', created: T - 30 * H, replies: [[T + H, 'agent']], changes: [[T - 30 * H, 'new'], [T + H, 'open'], [T + 2 * H, 'solved'], [T + 4 * DAY_MS, 'closed']] }),
  // A customer's reply and an agent's answer after then, on a ticket solved before it (no reopen): a next reply
  // measured after then.
  ticket('h-reply-after', { priority: 'high', channel: 'chat', team: 'support-emea', created: T - DAY_MS, replies: [[T - 23 * H, 'agent'], [T + DAY_MS, 'customer'], [T + DAY_MS + 2 * H, 'agent']], changes: [[T - DAY_MS, 'open'], [T - 12 * H, 'solved'], [T + 3 * DAY_MS, 'closed']] }),
  // Solved without a reply before then, the first agent reply after it: no first response then, one now.
  ticket('h-first-reply-after', { priority: 'normal', channel: 'email', created: T - 6 * H, replies: [[T + 2 * H, 'agent']], changes: [[T - 6 * H, 'new'], [T - 3 * H, 'solved'], [T + 3 * DAY_MS, 'closed']] }),
  // Solved before then, reopened and solved again after it: read (not reopened as it stood then).
  ticket('h-reopened-after', { priority: 'urgent', channel: 'email', team: 'support-emea', created: T - 2 * DAY_MS, replies: [[T - 2 * DAY_MS + H, 'agent'], [T + DAY_MS, 'customer'], [T + DAY_MS + H, 'agent']], changes: [[T - 2 * DAY_MS, 'open'], [T - DAY_MS, 'solved'], [T + DAY_MS, 'open'], [T + 2 * DAY_MS, 'solved'], [T + 5 * DAY_MS, 'closed']] }),
  // A rating, an NPS answer and a QA review after then.
  ticket('h-ratings-after', { priority: 'normal', channel: 'web', team: 'support-americas', created: T - 3 * DAY_MS, replies: [[T - 3 * DAY_MS + H, 'agent']], changes: [[T - 3 * DAY_MS, 'open'], [T - 2 * DAY_MS, 'solved'], [T + 2 * DAY_MS, 'closed']], satisfaction: [T + DAY_MS, 'bad'], nps: [T + 2 * DAY_MS, 3], qa: T + 3 * DAY_MS }),
  // A QA review before then, closed after it.
  ticket('h-qa-before', { priority: 'low', channel: 'email', team: 'support-emea', created: T - 2 * DAY_MS, replies: [[T - 2 * DAY_MS + H, 'agent']], changes: [[T - 2 * DAY_MS, 'open'], [T - DAY_MS, 'solved'], [T + 3 * DAY_MS, 'closed']], qa: T - 2 * H, satisfaction: [T - H, 'good'] }),
  // The exclusion below ([T − 3d, T − 2d]): a life that ends in it, one that reaches it only as it stood then, one after it.
  ticket('h-excluded-solved', { priority: 'urgent', channel: 'email', team: 'support-emea', created: T - 4 * DAY_MS, replies: [[T - 4 * DAY_MS + H, 'agent']], changes: [[T - 4 * DAY_MS, 'open'], [T - 60 * H, 'solved'], [T + 36 * H, 'closed']] }),
  ticket('h-excluded-open-then', { priority: 'urgent', channel: 'email', team: 'support-emea', created: T - 60 * H, replies: [[T - 48 * H, 'agent']], changes: [[T - 60 * H, 'open'], [T + H, 'solved'], [T + 4 * DAY_MS, 'closed']] }),
  ticket('h-after-exclusion', { priority: 'urgent', channel: 'email', team: 'support-emea', created: T - DAY_MS, replies: [[T - 22 * H, 'agent']], changes: [[T - DAY_MS, 'open'], [T - 12 * H, 'solved'], [T + 3 * DAY_MS, 'closed']] }),
  // Rated before then, its life reaching an exclusion only after then (AFTER_THEN): counted then, left out now.
  ticket('h-excluded-after-then', { priority: 'normal', channel: 'web', team: 'support-emea', created: T - 2 * DAY_MS, replies: [[T - 2 * DAY_MS + H, 'agent']], changes: [[T - 2 * DAY_MS, 'open'], [T - 2 * DAY_MS + H, 'pending'], [T + 36 * H, 'solved'], [T + 5 * DAY_MS, 'closed']], satisfaction: [T - DAY_MS, 'good'] }),
  // Created after then, in the day that holds it: counts nothing then, not read.
  ticket('h-created-after', { priority: 'urgent', channel: 'web', created: T + 2 * H, replies: [[T + 3 * H, 'agent']], changes: [[T + 2 * H, 'open'], [T + 5 * H, 'solved'], [T + 4 * DAY_MS + 5 * H, 'closed']] }),
  // In the backlog over several business days, solved before then.
  ticket('h-backlog', { priority: 'normal', channel: 'phone', team: 'support-emea', created: T - 4 * DAY_MS, replies: [[T - 3 * DAY_MS, 'agent']], changes: [[T - 4 * DAY_MS, 'open'], [T - 3 * DAY_MS, 'on-hold'], [T - 2 * H, 'solved'], [T + 4 * DAY_MS - 2 * H, 'closed']] }),
];

const AFTER_THEN = { id: 'power-cut', from: iso(T + DAY_MS), to: iso(T + 2 * DAY_MS), reason: 'Power cut', standards: ['reopen-rate', 'csat'] };
const EXCLUSION = { id: 'carrier-outage', from: iso(T - 3 * DAY_MS), to: iso(T - 2 * DAY_MS), reason: 'Carrier down', standards: ['first-response-urgent', 'resolution-urgent', 'reopen-rate'] };

/**
 * What a night at `now` over counters made at `madeAt` reads one by one, worked out from the stored tickets: every
 * live ticket (unsolved, or with an event after madeAt), and each recent one (settled, its last event within 8 days
 * of madeAt) by the rule given.
 */
async function readOneByOne(madeAt: Date, now: Date, rule: 'solve' | 'last event'): Promise<{ live: number; then: number; ids: string[] }> {
  const then = now.getTime() - 7 * DAY_MS;
  const out = { live: 0, then: 0, ids: [] as string[] };
  for (const day of await store.listDays()) {
    const records = (await store.readDay(day)).map((t) => readTicketRecord(t)).flatMap((r) => (typeof r === 'string' ? [] : [r]));
    const live = (r: (typeof records)[number]) => r.createdMs > madeAt.getTime() || !r.solved || r.lastEventMs > madeAt.getTime();
    const recent = records.filter((r) => !live(r) && r.lastEventMs > madeAt.getTime() - 8 * DAY_MS);
    out.live += records.filter(live).length;
    // main's rule: read while its last event is after then, unless every settled ticket of the day came after then.
    const settledFrom = Math.min(...records.filter((r) => !live(r)).map((r) => r.createdMs));
    const read = rule === 'solve'
      ? recent.filter((r) => r.createdMs <= then && r.finalSolveMs! > then)
      : settledFrom > then ? [] : recent.filter((r) => r.lastEventMs > then);
    out.then += read.length;
    out.ids.push(...read.map((r) => r.id));
  }
  return out;
}

describe('7 days ago from the counters', () => {
  it('hostile tickets around then: the same bytes by every path, and only tickets unsolved then are read', { timeout: 300_000 }, async () => {
    await night(NIGHT_A);
    const { run, report } = await night(NIGHT_B);
    // Exactly the live tickets and those then lies between the creation and the final solve of: fewer than main read.
    const expected = await readOneByOne(NIGHT_A, NIGHT_B, 'solve');
    const lastEvent = await readOneByOne(NIGHT_A, NIGHT_B, 'last event');
    expect(run.counters.ticketsRead).toBe(expected.live + expected.then);
    expect(expected.ids.filter((id) => id.startsWith('h-')).sort()).toEqual(['h-answered-after', 'h-excluded-after-then', 'h-excluded-open-then', 'h-reopened-after', 'h-solved-after']);
    expect(lastEvent.ids.filter((id) => id.startsWith('h-')).sort()).toEqual(HOSTILE.map((t) => t.id).sort());
    expect(expected.then).toBeLessThan(lastEvent.then / 2);
    // The hostile tickets are in the comparison's window (else they would prove nothing).
    const urgent = report.standards.find((s) => s.id === 'first-response-urgent')!;
    expect(urgent.comparison!.count).toBeGreaterThan(0);
    expect(new Date(urgent.comparison!.from).getTime()).toBeLessThan(T - 4 * DAY_MS);
  });

  it('an exclusion window around then, on a business-hours standard', { timeout: 300_000 }, async () => {
    const excluded: StandardsModel = { ...model, pipeline: { ...model.pipeline, exclusions: [...model.pipeline.exclusions, EXCLUSION, AFTER_THEN] } };
    await night(NIGHT_A, excluded);
    const { report } = await night(NIGHT_B, excluded);
    expect(report.standards.find((s) => s.id === 'resolution-urgent')!.excluded.find((x) => x.id === EXCLUSION.id)!.count).toBeGreaterThan(0);
  });

  it('a standard whose new version starts between then and now', { timeout: 300_000 }, async () => {
    const id = 'first-response-urgent';
    const original = model.standards.find((s) => s.id === id)!;
    const change = (s: StandardDefinition): StandardDefinition => ({ ...s, thresholdMinutes: 20 });
    const m = { ...model, standards: model.standards.map((s) => (s.id === id ? change(s) : s)) };
    const history = new Map([[original.origin.file, [
      { commit: '1'.repeat(40), committedAt: '2026-01-01T00:00:00Z', definition: original },
      { commit: '2'.repeat(40), committedAt: `${iso(T + 2 * DAY_MS).slice(0, 10)}T12:00:00Z`, definition: change(original) },
    ]]]);
    const versionsOf = versionsOfModel(m, history);
    const { report } = await night(NIGHT_B, m, versionsOf);
    expect(report.standards.find((s) => s.id === id)!.versions!.map((v) => v.goal.thresholdMinutes)).toEqual([60, 20]);
  });

  it('one first-response standard: a ticket answered by then is not read, whatever came after', { timeout: 300_000 }, async () => {
    const id = 'first-response-urgent';
    const one: StandardsModel = { ...model, standards: model.standards.filter((s) => s.id === id) };
    const scope = one.standards[0]!.scope;
    await night(NIGHT_A);
    const { run, report } = await night(NIGHT_B, one);
    expect(report.standards[0]!.comparison!.count).toBeGreaterThan(0);
    // Read: the live tickets, and the candidates (created by then, solved after) unless in scope, not left out by an
    // exclusion, and answered by then.
    const all = await readOneByOne(NIGHT_A, NIGHT_B, 'solve');
    const exclusions = one.pipeline.exclusions.map((e) => [Date.parse(e.from), Date.parse(e.to)] as const);
    const answeredThen = new Set<string>();
    for (const day of await store.listDays()) {
      for (const t of await store.readDay(day)) {
        const r = readTicketRecord(t);
        if (typeof r === 'string' || !all.ids.includes(r.id)) continue;
        const inScope = scope.priority!.includes(r.priority) && scope.channel!.includes(r.channel);
        const excluded = exclusions.some(([from, to]) => r.createdMs < to && r.finalSolveMs! >= from);
        const reply = r.replies.find((x) => x.agent);
        if (inScope && !excluded && reply !== undefined && reply.atMs <= THEN) answeredThen.add(r.id);
      }
    }
    expect([...answeredThen].filter((x) => x.startsWith('h-')).sort()).toEqual(['h-excluded-open-then', 'h-reopened-after', 'h-solved-after']);
    expect(run.counters.ticketsRead).toBe(all.live + all.then - answeredThen.size);
  });

  it('each metric alone, and with an exclusion: what decides which tickets are read is its own', { timeout: 300_000 }, async () => {
    const excluded: StandardsModel = { ...model, pipeline: { ...model.pipeline, exclusions: [...model.pipeline.exclusions, { ...EXCLUSION, standards: ['reopen-rate', 'csat'] }, AFTER_THEN] } };
    const alone = (m: StandardsModel, id: string): StandardsModel => ({ ...m, standards: m.standards.filter((s) => s.id === id) });
    const reads: Record<string, number> = {};
    const ids = ['reopen-rate', 'first-contact-resolution', 'csat', 'nps', 'qa-score', 'next-reply-high', 'resolution-urgent'];
    for (const [label, m] of [...ids.map((id) => [id, alone(model, id)] as const), ['reopen-rate excluded', alone(excluded, 'reopen-rate')], ['csat excluded', alone(excluded, 'csat')]] as const) {
      // Counters with this standard's unit made at the first night (a night of one standard keeps few others).
      await night(NIGHT_A, m);
      const { run, report } = await night(NIGHT_B, m);
      expect(run.counters.made, label).toEqual([]);
      expect(report.standards[0]!.comparison!.count, label).toBeGreaterThan(0);
      reads[label] = run.counters.ticketsRead;
    }
    // Ratings, answers and reviews read no ticket for 7 days ago (the live ones only), but one an exclusion left out.
    const { live } = await readOneByOne(NIGHT_A, NIGHT_B, 'solve');
    expect([reads['csat'], reads['nps'], reads['qa-score']]).toEqual([live, live, live]);
    expect(reads['csat excluded']).toBeGreaterThan(live);
    expect(reads['reopen-rate excluded']).toBeGreaterThan(reads['reopen-rate']!);
    expect(reads['resolution-urgent']).toBeGreaterThan(live);
  });

  it('the next night: priority, channel and team changed after then, a reply after it and a reopen after it, on changed days', { timeout: 300_000 }, async () => {
    await night(NIGHT_A);
    const byId = new Map(HOSTILE.map((t) => [t.id, t]));
    const at = (ms: number) => iso(ms);
    const moved = { ...byId.get('h-solved-before')!, priority: 'high', channel: 'chat', team: 'support-americas', updated: at(NIGHT_B.getTime() + H) } as Ticket;
    const answered = byId.get('h-solved-at-then')!;
    const replied: Ticket = { ...answered, updated: at(NIGHT_B.getTime() + 2 * H), replies: [...answered.replies, { at: at(NIGHT_B.getTime() + 2 * H), by: 'customer' }] };
    const reviewed = byId.get('h-qa-before')!;
    const reopened: Ticket = {
      ...reviewed, updated: at(NIGHT_B.getTime() + 3 * H),
      statusChanges: [...reviewed.statusChanges.slice(0, -1), { at: at(NIGHT_B.getTime() + H), status: 'open' }, { at: at(NIGHT_B.getTime() + 3 * H), status: 'solved' }],
      status: 'solved',
    };
    const merged = await store.mergeTickets([moved, replied, reopened]);
    await settle(merged.changedDays);
    const { run } = await night(NIGHT_C);
    expect(run.counters.made.length).toBeGreaterThan(0);
    expect(run.counters.made.every((m) => m.why === 'updated: only the changed tickets counted')).toBe(true);
  });

  it('a standard whose new version starts exactly at then, tickets answered and solved exactly at then', { timeout: 300_000 }, async () => {
    const id = 'first-response-urgent';
    const original = model.standards.find((s) => s.id === id)!;
    const change = (s: StandardDefinition): StandardDefinition => ({ ...s, thresholdMinutes: 20 });
    const m = { ...model, standards: model.standards.map((s) => (s.id === id ? change(s) : s)) };
    const history = new Map([[original.origin.file, [
      { commit: '1'.repeat(40), committedAt: '2026-01-01T00:00:00Z', definition: original },
      { commit: '2'.repeat(40), committedAt: iso(T), definition: change(original) },
    ]]]);
    const versionsOf = versionsOfModel(m, history);
    const extra = [
      ticket('r6-answered-at-then', { priority: 'urgent', channel: 'email', team: 'support-emea', created: T - 30 * MIN, replies: [[T, 'agent']], changes: [[T - 30 * MIN, 'new'], [T, 'open'], [T + H, 'solved'], [T + 4 * DAY_MS, 'closed']] }),
      ticket('r6-answered-before-then', { priority: 'urgent', channel: 'email', team: 'support-emea', created: T - 30 * MIN, replies: [[T - MIN, 'agent']], changes: [[T - 30 * MIN, 'new'], [T - MIN, 'open'], [T + H, 'solved'], [T + 4 * DAY_MS, 'closed']] }),
      ticket('r6-created-at-then', { priority: 'urgent', channel: 'email', team: 'support-emea', created: T, replies: [[T + 25 * MIN, 'agent']], changes: [[T, 'new'], [T + 25 * MIN, 'solved'], [T + 4 * DAY_MS, 'closed']] }),
    ];
    const merged = await store.mergeTickets(extra);
    await settle(merged.changedDays);
    await night(NIGHT_A, m, versionsOf);
    await night(NIGHT_B, m, versionsOf);
  });
});
