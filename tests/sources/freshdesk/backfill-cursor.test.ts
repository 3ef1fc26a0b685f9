// A backfill (--since) between two nights must leave the store as the nights alone leave it: each part (tickets,
// deletions, spam, ratings) is read from the earlier of --since and where the stored cursor stood, and the ratings
// still waiting for their ticket are kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../scripts/model/model.ts';
import { createFreshdeskSource } from '../../../scripts/sources/freshdesk.ts';
import { collectChanges } from '../../../scripts/sources/source.ts';
import { storedTicketsOf } from '../../../scripts/store/stored-tickets.ts';
import { startFakeServer, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, freshdeskExpected } from '../fixture-helpdesk.ts';
import { freshdeskFixtureSettings, freshdeskHandler, type FreshdeskFakeOptions } from './freshdesk-fake.ts';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: [] })); });
afterEach(async () => { await server.close(); });

const settings = () => freshdeskFixtureSettings(server.url);

function serve(options: Partial<FreshdeskFakeOptions> = {}) {
  server.setHandler(freshdeskHandler({ tickets: FIXTURE_TICKETS, origin: () => server.url, ...options }));
}

/** One fetch, and the store after it: the stored tickets with the fetch's tickets put in and its deletions taken out. */
async function fetchInto(store: Ticket[], cursor: string | null, since: Date | null = null, lines: string[] = []) {
  const freshdesk = createFreshdeskSource(settings(), { now: FIXTURE_NOW, env: { FRESHDESK_API_KEY: 'fd-x' }, sleep: async () => {}, maxRetries: 1 });
  const result = await collectChanges(freshdesk, cursor, { log: (l) => lines.push(l), since, storedTickets: storedTicketsOf(store) });
  const byId = new Map(store.map((t) => [t.id, t]));
  for (const t of result.tickets) byId.set(t.id, t);
  for (const id of result.deleted) byId.delete(id);
  return { store: [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id)), cursor: result.cursor };
}

const [F101, F102, F103, F104] = FIXTURE_TICKETS as [typeof FIXTURE_TICKETS[0], typeof FIXTURE_TICKETS[0], typeof FIXTURE_TICKETS[0], typeof FIXTURE_TICKETS[0]];

describe('a Freshdesk backfill between two nights', () => {
  it('reads each part from where the stored cursor stood when --since is later: no deletion, spam or change between is skipped', async () => {
    serve();
    const first = await fetchInto([], null);
    expect(first.store).toEqual(FIXTURE_TICKETS.map(freshdeskExpected));
    // Since: 102 deleted on 2026-11-14, 103 marked as spam on 2026-11-15, 104 edited on 2026-11-16.
    serve({
      tickets: [F101, F103, F104], deletedTickets: [{ id: 102, updated_at: '2026-11-14T09:00:00Z' }], spamTickets: [{ id: 103, updated_at: '2026-11-15T08:00:00Z' }],
      updatedAt: (f) => f.n === 104 ? '2026-11-16T08:00:00Z' : f.updated,
    });
    const byHand = [freshdeskExpected(F101), { ...freshdeskExpected(F104), updated: '2026-11-16T08:00:00Z' }];
    const alone = await fetchInto(first.store, first.cursor);
    expect(alone.store).toEqual(byHand);
    // A backfill from 2026-11-18, after all three and after the stored cursor, then a night: the same store.
    const lines: string[] = [];
    const backfill = await fetchInto(first.store, first.cursor, new Date('2026-11-18T00:00:00Z'), lines);
    expect(lines).toContain('freshdesk: --since is after where the last fetch stopped: tickets read from 2026-11-12T10:00:00Z, deletions from 2026-10-01T00:00:00Z, spam from 2026-10-01T00:00:00Z, so no change between is skipped');
    const next = await fetchInto(backfill.store, backfill.cursor);
    expect(next.store).toEqual(byHand);
  });

  it('keeps the ratings waiting for their ticket through a backfill, and the store is the nights\' alone', async () => {
    // Ticket 900 is rated before it is listed (created before the store began, say): its rating waits in the cursor.
    const f900 = { ...F104, n: 900, created: '2026-11-19T08:00:00Z', updated: '2026-11-19T11:00:00Z' };
    serve({ tickets: [F101, F102, F103, F104], extraRatings: [{ ticket: 900, at: '2026-11-19T10:00:00Z', rating: 'bad' }] });
    const first = await fetchInto([], null);
    const waiting = (JSON.parse(first.cursor) as { pendingRatings: number[][] }).pendingRatings;
    expect(waiting).toEqual([[900, Date.parse('2026-11-19T10:00:00Z'), 1]]);
    const backfill = await fetchInto(first.store, first.cursor, new Date('2026-11-04T00:00:00Z'));
    expect((JSON.parse(backfill.cursor) as { pendingRatings: number[][] }).pendingRatings).toEqual(waiting);
    // The next night 900 arrives and takes its rating, as after the nights alone.
    serve({ tickets: [F101, F102, F103, F104, f900], extraRatings: [{ ticket: 900, at: '2026-11-19T10:00:00Z', rating: 'bad' }] });
    const byHand = [...[F101, F102, F103, F104].map(freshdeskExpected), { ...freshdeskExpected(f900), satisfaction: { at: '2026-11-19T10:00:00Z', rating: 1 } }];
    expect((await fetchInto(first.store, first.cursor)).store).toEqual(byHand);
    expect((await fetchInto(backfill.store, backfill.cursor)).store).toEqual(byHand);
  });

  it('starts a backfill over an unreadable cursor from --since, and says so', async () => {
    serve();
    const lines: string[] = [];
    const backfill = await fetchInto([], 'not a cursor', new Date('2026-10-01T00:00:00Z'), lines);
    expect(backfill.store).toEqual(FIXTURE_TICKETS.map(freshdeskExpected));
    expect(lines).toContain('freshdesk: the stored cursor cannot be read: this backfill starts without its pending ratings, and every part from --since whatever the store last read');
  });

  it('refuses a stored part Date.parse reads leniently (a free form, with a comment), never logging the stored text', async () => {
    serve();
    const lines: string[] = [];
    // V8 reads text in parentheses as a comment: this is 2026-11-02 to it, with a line of its own in it. Not ISO 8601
    // with its zone, it is no position (instants.ts zonedInstantMs): the backfill starts from --since without it.
    const forged = 'Nov 2 2026 00:00:00 GMT+0000 (\nfreshdesk: forged line)';
    const stored = JSON.stringify({ updatedSince: forged, deletedSince: forged, spamSince: forged, ratingsSince: forged, pendingRatings: [] });
    await fetchInto([], stored, new Date('2026-11-18T00:00:00Z'), lines);
    expect(lines).toContain('freshdesk: the stored cursor cannot be read: this backfill starts without its pending ratings, and every part from --since whatever the store last read');
    expect(lines.filter((l) => l.includes('forged'))).toEqual([]);
  });
});
