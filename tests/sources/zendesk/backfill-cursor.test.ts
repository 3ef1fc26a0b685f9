// A backfill (--since) between two nights must leave the store as the nights alone leave it: it reads from the
// earlier of --since and where the stored cursor stood.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../scripts/model/model.ts';
import { collectChanges } from '../../../scripts/sources/source.ts';
import { createZendeskSource } from '../../../scripts/sources/zendesk.ts';
import { storedTicketsOf } from '../../../scripts/store/stored-tickets.ts';
import { startFakeServer, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, expectedTicket, type FixtureTicket } from '../fixture-helpdesk.ts';
import { zendeskFixtureSettings, zendeskHandler, type ZendeskFakeOptions } from './zendesk-fake.ts';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: {} })); });
afterEach(async () => { await server.close(); });

const settings = () => zendeskFixtureSettings(server.url);

function serve(options: Partial<ZendeskFakeOptions> = {}) {
  server.setHandler(zendeskHandler({ tickets: FIXTURE_TICKETS, perPage: 2, auditsPerPage: 2, origin: () => server.url, ...options }));
}

/** One fetch, and the store after it: the stored tickets with the fetch's tickets put in and its deletions taken out. */
async function fetchInto(store: Ticket[], cursor: string | null, since: Date | null = null, lines: string[] = []) {
  const zendesk = createZendeskSource(settings(), { now: FIXTURE_NOW, env: { ZENDESK_EMAIL: 'api@acme.example', ZENDESK_API_TOKEN: 'zd-x' }, sleep: async () => {}, maxRetries: 1 });
  const result = await collectChanges(zendesk, cursor, { log: (l) => lines.push(l), since, storedTickets: storedTicketsOf(store) });
  const byId = new Map(store.map((t) => [t.id, t]));
  for (const t of result.tickets) byId.set(t.id, t);
  for (const id of result.deleted) byId.delete(id);
  return { store: [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id)), cursor: result.cursor };
}

const expected = (f: FixtureTicket) => expectedTicket(f, String(f.n));

/** A fixture ticket as a night that ended at `untilMs` stored it: only what had happened by then. */
function storedAsOf(f: FixtureTicket, untilMs: number): Ticket {
  const cut = (at: string) => Date.parse(at) < untilMs;
  return expected({ ...f, messages: f.messages.filter((m) => cut(m.at)), statuses: f.statuses.filter((s) => cut(s.at)), satisfaction: f.satisfaction && cut(f.satisfaction.at) ? f.satisfaction : null,
    updated: new Date(Math.max(Date.parse(f.created), ...[...f.messages.map((m) => m.at), ...f.statuses.map((s) => s.at)].filter(cut).map(Date.parse))).toISOString().replace('.000', '') });
}

const auditPaths = () => [...new Set(server.requests.filter((r) => r.path.endsWith('/audits.json')).map((r) => r.path))];

describe('a Zendesk backfill between two nights', () => {
  it('reads from where the stored cursor stood when --since is later, so the replies and changes between reach their tickets', async () => {
    // Last night ended at 2026-11-04T12:00 and stored what had happened by then.
    const lastNight = Date.parse('2026-11-04T12:00:00Z');
    const stored = FIXTURE_TICKETS.filter((f) => Date.parse(f.created) < lastNight).map((f) => storedAsOf(f, lastNight));
    const cursor = JSON.stringify({ tickets: 'c0', events: lastNight / 1000, pending: [] });
    serve();
    // Nights alone: tonight reads every update since last night, and the store is the fixture helpdesk's tickets.
    const alone = await fetchInto(stored, cursor);
    expect(alone.store).toEqual(FIXTURE_TICKETS.map(expected));
    // A backfill from 2026-11-11 (after last night), then a night: the same store.
    const lines: string[] = [];
    const backfill = await fetchInto(stored, cursor, new Date('2026-11-11T00:00:00Z'), lines);
    expect(server.requests.filter((r) => r.path === '/api/v2/incremental/ticket_events.json').at(-1)!.query.get('start_time')).toBe(String(lastNight / 1000));
    expect(lines).toContain('zendesk: --since is after the last fetch\'s end: reading from 2026-11-04T12:00:00Z, where it ended, so no change between is skipped');
    const next = await fetchInto(backfill.store, backfill.cursor);
    expect(next.store).toEqual(alone.store);
  });

  it('reads a cursor that carries waiting events (written before they were let go), and the store is the nights\' alone', async () => {
    // 102 changed after last night's ticket export was read; a cursor of then kept its events as `pending`.
    serve({ unlisted: [102] });
    const first = await fetchInto([], null);
    const carried = JSON.stringify({ ...JSON.parse(first.cursor), pending: [[102, 1, Date.parse('2026-11-03T12:00:00Z'), 'r', 'agent']] });
    const backfill = await fetchInto(first.store, carried, new Date('2026-11-11T00:00:00Z'));
    expect(Object.keys(JSON.parse(backfill.cursor))).toEqual(['tickets', 'events']);
    // The next night 102 is listed (the fake's ticket export from its start): created before that night's window, it
    // is read whole from its audits, and the store is the fixture helpdesk's.
    serve();
    const next = await fetchInto(backfill.store, JSON.stringify({ ...JSON.parse(backfill.cursor), tickets: 'c0' }));
    expect(next.store).toEqual(FIXTURE_TICKETS.map(expected));
    expect(auditPaths()).toEqual(['/api/v2/tickets/102/audits.json']);
  });

  it('leaves the event position where it stood when a backfill from before it finds no update since', async () => {
    // Last night ended at 2026-11-15 (the fixture's last update is 104's, 2026-11-12T10:00); a backfill from 11-13.
    serve();
    const stood = Date.parse('2026-11-15T00:00:00Z') / 1000;
    const backfill = await fetchInto([], JSON.stringify({ tickets: 'c0', events: stood, pending: [] }), new Date('2026-11-13T00:00:00Z'));
    const eventStarts = () => server.requests.filter((r) => r.path === '/api/v2/incremental/ticket_events.json').map((r) => r.query.get('start_time'));
    expect(eventStarts()).toEqual([String(Date.parse('2026-11-13T00:00:00Z') / 1000)]);
    expect(JSON.parse(backfill.cursor).events).toBe(stood);
    server.requests.length = 0;
    await fetchInto([], backfill.cursor);
    expect(eventStarts()).toEqual([String(stood)]);
  });

  it('refuses an event position after the fetch on a night; a backfill starts from --since without it, and does not keep it', async () => {
    serve();
    const stood = Date.parse('2099-11-15T00:00:00Z') / 1000;
    const cursor = JSON.stringify({ tickets: 'c0', events: stood });
    const zendesk = createZendeskSource(settings(), { now: FIXTURE_NOW, env: { ZENDESK_EMAIL: 'api@acme.example', ZENDESK_API_TOKEN: 'zd-x' }, sleep: async () => {}, maxRetries: 1 });
    const error = await collectChanges(zendesk, cursor, { log: () => {} }).then(() => null, (e: Error) => e);
    expect(error?.message).toBe(`zendesk: the stored cursor (the store's cursor.json) gives the event position as ${stood} (epoch seconds), after the fetch (2026-11-20T12:00:00Z): no fetch stopped there, and a night would read nothing from it; fetch with --since to start again`);
    expect(server.requests).toEqual([]);
    const lines: string[] = [];
    const backfill = await fetchInto([], cursor, new Date('2026-10-01T00:00:00Z'), lines);
    expect(lines).toContain('zendesk: the stored cursor cannot be read: this backfill starts from --since whatever the store last read');
    // The fixture's last update, 104's.
    expect(JSON.parse(backfill.cursor).events).toBe(Date.parse('2026-11-12T10:00:00Z') / 1000);
  });

  it('starts a backfill over an unreadable cursor from --since, and says so', async () => {
    serve();
    const lines: string[] = [];
    const backfill = await fetchInto([], '{"tickets":', new Date('2026-10-01T00:00:00Z'), lines);
    expect(backfill.store).toEqual(FIXTURE_TICKETS.map(expected));
    expect(lines).toContain('zendesk: the stored cursor cannot be read: this backfill starts from --since whatever the store last read');
  });
});

describe('a Zendesk cursor whose event position is no instant', () => {
  it('is unreadable: a backfill starts from --since and says so, instead of from the stored number', async () => {
    for (const events of [-1e20, 1.5, -1]) {
      serve();
      const lines: string[] = [];
      const backfill = await fetchInto([], JSON.stringify({ tickets: 'c0', events, pending: [] }), new Date('2026-10-01T00:00:00Z'), lines);
      expect(backfill.store).toEqual(FIXTURE_TICKETS.map(expected));
      expect(lines).toContain('zendesk: the stored cursor cannot be read: this backfill starts from --since whatever the store last read');
      expect(server.requests.filter((r) => r.path === '/api/v2/incremental/ticket_events.json')[0]!.query.get('start_time')).toBe(String(Date.parse('2026-10-01T00:00:00Z') / 1000));
      server.requests.length = 0;
    }
  });
});
