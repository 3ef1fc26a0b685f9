// Added by review8. The counters update (day-counters-update.ts) merges the kept and the changed tickets' recent
// measurements in one pass, assuming both ascending, and throws ("tickets out of order") if not. Real input that
// could break that: a day file edited with its lines out of id order, a recent ticket moved within it, a status
// log written out of order, several measurements per ticket. Each night must succeed, every path the same bytes.

import { rename, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import type { FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { fixtureNights } from './store-nights.ts';

const H = 3_600_000;
const DAY_MS = 86_400_000;
const NOW = new Date('2026-11-05T06:00:00Z');
const SAMPLE = { count: 2000, days: 60, seed: 23 };
const UPDATED = 'updated: only the changed tickets counted';

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('counters-order-', () => [...generateSampleTickets({ ...SAMPLE, now: NOW })], (made) => ({ model, store } = made));

const lines = async (day: string) => (await store.readDayText(day))!.split('\n').filter((l) => l.length > 0);
const ticketOf = (line: string) => JSON.parse(line) as Ticket;
const settled = (t: Ticket) => t.status === 'solved' || t.status === 'closed';
const isRecent = (now: Date) => (t: Ticket) => settled(t) && Date.parse(t.updated) > now.getTime() - 5 * DAY_MS && Date.parse(t.updated) < now.getTime() - H;
const madeFor = (run: FactsCacheRun, day: string) => run.counters.made.filter((m) => m.day === day).map((m) => m.why);
const iso = (ms: number) => new Date(ms).toISOString();

async function replaceDay(day: string, text: string): Promise<void> {
  const temp = `${store.dayFile(day)}.tmp-test`;
  await writeFile(temp, text);
  await rename(temp, store.dayFile(day));
  await settle([day]);
}

describe('the counters update over lines and logs out of order', () => {
  it('a day edited out of id order with a recent ticket moved, other recent tickets changed, one solved twice, then a status log out of order: every night succeeds, every path the same bytes', { timeout: 300_000 }, async () => {
    let now = NOW;
    await night(now);
    let day: string | undefined;
    for (const d of (await store.listDays()).slice(-8).reverse()) if ((await lines(d)).map(ticketOf).filter(isRecent(now)).length >= 4) day = day ?? d;
    expect(day).toBeDefined();
    const original = await lines(day!);
    const recents = original.map(ticketOf).filter(isRecent(now));
    // Night 2: the lines reversed, and the first recent ticket changed and moved last.
    const [a, b, c, d] = recents as [Ticket, Ticket, Ticket, Ticket];
    const aLog: Ticket = { ...a, tags: [...a.tags, 'moved-last'] };
    const reversed = [...original].reverse().filter((l) => ticketOf(l).id !== a.id);
    await replaceDay(day!, `${[...reversed, JSON.stringify(aLog)].join('\n')}\n`);
    now = new Date(now.getTime() + H);
    const second = await night(now);
    // Night 3: two other recent tickets changed in place (a rating, a tag), one moved to the front.
    const rated: Ticket = { ...b, tags: [...b.tags, 'rated-late'] };
    const tagged: Ticket = { ...c, tags: [...c.tags, 'moved'] };
    const next = (await lines(day!)).filter((l) => ![b.id, c.id].includes(ticketOf(l).id));
    await replaceDay(day!, `${[JSON.stringify(tagged), ...next.slice(0, 3), JSON.stringify(rated), ...next.slice(3)].join('\n')}\n`);
    now = new Date(now.getTime() + H);
    const third = await night(now);
    // Night 4: a recent ticket solved again later (a second solve: more measurements for one ticket), through the store's merge (lines back in id order).
    const at = iso(now.getTime() - 2 * H);
    await store.mergeTickets([{ ...d, status: 'solved', updated: at, replies: [...d.replies, { at: iso(now.getTime() - 3 * H), by: 'customer' }, { at, by: 'agent' }], statusChanges: [...d.statusChanges, { at: iso(now.getTime() - 3 * H), status: 'open' }, { at, status: 'solved' }] }]);
    await settle([day!]);
    now = new Date(now.getTime() + H);
    const fourth = await night(now);
    // Night 5: a recent ticket's status log written out of order: a rejected record (the day made again), the same bytes.
    const log = (await lines(day!)).map(ticketOf).find((t) => t.id === b.id)!;
    await store.mergeTickets([{ ...log, statusChanges: [...log.statusChanges].reverse() }]);
    await settle([day!]);
    now = new Date(now.getTime() + H);
    const fifth = await night(now);
    expect(madeFor(fifth.run, day!)).toEqual(['changed, and a new or changed line is a rejected record']);
    // A recent day's tickets are recent or live, none summed: lines out of order read as removed and added again, so
    // the update merges kept and new measurements far from in step, each night.
    expect([second, third, fourth].map((n) => madeFor(n.run, day!))).toEqual([[UPDATED], [UPDATED], [UPDATED]]);
    expect(second.run.partly.parsed).toBeGreaterThan(second.run.partly.lines / 2 - 2);
  });
});
