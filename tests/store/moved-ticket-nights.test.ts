// A fetch moves tickets whose `created` changed (staged-fetch.ts): the day they leave and the day they join both
// change in one commit. The next night's evaluation by every path (the counters, the facts alone, --full, the
// NDJSON) gives the same bytes, and counts each moved ticket once: before moves were followed, every path counted
// it twice, alike, so only the ticket count shows it.

import { describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import type { TicketSource } from '../../scripts/sources/source.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { fixtureNights } from './store-nights.ts';
import { ticketFromChanges as ticket } from './status-change-tickets.ts';

const H = 3_600_000;
const DAY_MS = 86_400_000;
const NIGHT_A = new Date('2026-11-05T06:00:00Z');
const NIGHT_B = new Date(NIGHT_A.getTime() + DAY_MS);
const A = NIGHT_A.getTime();
const SAMPLE = { count: 500, days: 60, seed: 17, now: NIGHT_A };
const iso = (ms: number) => new Date(ms).toISOString();


// Settled a month ago (its day summed by the counters), and open two days ago (its day kept ticket by ticket).
const SUMMED = ticket('moved-summed', [[A - 35 * DAY_MS, 'open'], [A - 34 * DAY_MS, 'solved'], [A - 30 * DAY_MS, 'closed']]);
const LIVE = ticket('moved-live', [[A - 2 * DAY_MS, 'open']]);

let store: TicketStore;
let model: StandardsModel;
let root: string;
const { settle, night } = fixtureNights('moved-nights-', () => [...generateSampleTickets(SAMPLE), SUMMED, LIVE], (made) => ({ model, store, root } = made));

function source(tickets: Ticket[]): TicketSource {
  return { type: 'sample', upstream: 'sample:test', async *fetchChanges() { yield { tickets, rejected: [] }; return 'c2'; } };
}

describe('tickets whose creation day changed, moved by the fetch', () => {
  it('a summed one moved a day earlier (across a month), a live one a day later: every path the same bytes, each counted once', { timeout: 300_000 }, async () => {
    const first = await night(NIGHT_A);
    const tickets = first.report.data.tickets;
    expect(tickets).toBe([...generateSampleTickets(SAMPLE)].length + 2);
    const summedBefore = SUMMED.created.slice(0, 10);
    const liveBefore = LIVE.created.slice(0, 10);

    const summed = { ...SUMMED, created: iso(Date.parse(SUMMED.created) - DAY_MS), updated: iso(A + H) };
    const live = { ...LIVE, created: iso(Date.parse(LIVE.created) + DAY_MS), updated: iso(A + H), statusChanges: [{ at: iso(Date.parse(LIVE.created) + DAY_MS), status: 'open' as const }] };
    const fetched = await runFetch({ model, root, now: NIGHT_B, log: () => undefined, source: source([summed, live]) });
    const newDays = [summed.created.slice(0, 10), live.created.slice(0, 10)];
    expect(fetched).toMatchObject({ moved: 2, added: 0, changedDays: [...new Set([summedBefore, liveBefore, ...newDays])].sort() });
    expect(summedBefore.slice(0, 7)).not.toBe(newDays[0]!.slice(0, 7));
    await settle((await store.listDays()).filter((day) => fetched.changedDays.includes(day)));

    const second = await night(NIGHT_B);
    expect(second.report.data.tickets).toBe(tickets);
    const rebuilt = second.run.rebuilt.map((r) => r.day);
    for (const day of fetched.changedDays) expect(rebuilt).toContain(day);
    const holding = new Map<string, string[]>();
    for (const day of await store.listDays()) {
      for (const t of await store.readDay(day)) if (t.id.startsWith('moved-')) holding.set(t.id, [...(holding.get(t.id) ?? []), day]);
    }
    expect(Object.fromEntries(holding)).toEqual({ 'moved-summed': [summed.created.slice(0, 10)], 'moved-live': [live.created.slice(0, 10)] });
  });
});
