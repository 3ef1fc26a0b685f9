import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket, ZendeskSourceSettings } from '../../../scripts/model/model.ts';
import { createSchemaValidator } from '../../../scripts/model/schema-validator.ts';
import { UpstreamError } from '../../../scripts/sources/helpdesk-http.ts';
import { collectChanges, type SourceUsage } from '../../../scripts/sources/source.ts';
import { createZendeskSource, type ZendeskSourceDeps } from '../../../scripts/sources/zendesk.ts';
import { storedTicketsOf } from '../../../scripts/store/stored-tickets.ts';
import { accountRateLimit } from '../../fakes/account-rate-limit.ts';
import { startFakeServer, type FakeHandler, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, expectedTicket, inOffset, type FixtureTicket, failure } from '../fixture-helpdesk.ts';
import { CATEGORY_FIELD, zendeskFixtureSettings, zendeskHandler, zendeskTicketEvents, type ZendeskFakeOptions } from './zendesk-fake.ts';

const SECRET = 'zd-secret-token-0123456789';
const ENV = { ZENDESK_EMAIL: 'api@acme.example', ZENDESK_API_TOKEN: SECRET };
const START = Date.parse('2026-10-01T00:00:00Z') / 1000;
/** The last update of the fixture helpdesk: where the event export ends. */
const LAST_UPDATE = Date.parse('2026-11-12T10:00:00Z') / 1000;

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: {} })); });
afterEach(async () => { await server.close(); });

const settings = (extra: Partial<ZendeskSourceSettings> = {}) => zendeskFixtureSettings(server.url, extra);

function source(extra: Partial<ZendeskSourceDeps> = {}, settingsExtra: Partial<ZendeskSourceSettings> = {}) {
  const sleeps: number[] = [];
  const lines: string[] = [];
  let usage: SourceUsage | null = null;
  const zendesk = createZendeskSource(settings(settingsExtra), {
    now: FIXTURE_NOW, env: ENV, sleep: async (ms) => { sleeps.push(ms); }, backoffMs: 1000, maxRetries: 3, ...extra,
  });
  const run = (cursor: string | null = null, since: Date | null = null, stored: Ticket[] = []) =>
    collectChanges(zendesk, cursor, { log: (l) => lines.push(l), since, storedTickets: storedTicketsOf(stored), usage: (u) => { usage = u; } });
  return { zendesk, run, sleeps, lines, usage: () => usage };
}

function serve(options: Partial<ZendeskFakeOptions> = {}, fault?: (inner: FakeHandler) => FakeHandler) {
  const inner = zendeskHandler({ tickets: FIXTURE_TICKETS, perPage: 2, auditsPerPage: 2, origin: () => server.url, ...options });
  server.setHandler(fault ? fault(inner) : inner);
}

const exportRequests = () => server.requests.filter((r) => r.path === '/api/v2/incremental/tickets/cursor.json');
const eventRequests = () => server.requests.filter((r) => r.path === '/api/v2/incremental/ticket_events.json');
const auditRequests = () => server.requests.filter((r) => r.path.endsWith('/audits.json')).map((r) => r.path);
const cursorOf = (text: string) => JSON.parse(text) as { tickets: string | null; events: number | null };
const expected = (f: FixtureTicket) => expectedTicket(f, String(f.n));

/** A fixture ticket with every instant moved by `ms`. */
function shifted(f: FixtureTicket, ms: number): FixtureTicket {
  const move = (at: string) => new Date(Date.parse(at) + ms).toISOString().replace('.000', '');
  return {
    ...f, created: move(f.created), updated: move(f.updated), messages: f.messages.map((m) => ({ ...m, at: move(m.at) })),
    statuses: f.statuses.map((st) => ({ ...st, at: move(st.at) })), satisfaction: f.satisfaction ? { ...f.satisfaction, at: move(f.satisfaction.at) } : null,
  };
}

/** A fixture ticket as it was stored on a night that ended at `untilMs`: only what had happened by then. */
function storedAsOf(f: FixtureTicket, untilMs: number): Ticket {
  const cut = (at: string) => Date.parse(at) < untilMs;
  return expected({ ...f, messages: f.messages.filter((m) => cut(m.at)), statuses: f.statuses.filter((s) => cut(s.at)), satisfaction: f.satisfaction && cut(f.satisfaction.at) ? f.satisfaction : null,
    updated: new Date(Math.max(Date.parse(f.created), ...[...f.messages.map((m) => m.at), ...f.statuses.map((s) => s.at)].filter(cut).map(Date.parse))).toISOString().replace('.000', '') });
}

describe('the Zendesk source against a local Zendesk', () => {
  it('gives the fixture helpdesk ticket for ticket from the two exports, without a request per ticket', async () => {
    serve();
    const { run, lines, usage } = source();
    const result = await run();
    expect(result.tickets).toEqual(FIXTURE_TICKETS.map(expected));
    expect(result.rejected).toEqual([]);
    expect(cursorOf(result.cursor)).toEqual({ tickets: 'c2', events: LAST_UPDATE });
    expect(source().zendesk.upstream).toBe('zendesk:acme');
    const validate = createSchemaValidator();
    for (const t of result.tickets) expect(validate.validate('ticket.schema.json', t)).toEqual([]);
    // start_time from startDate, then the cursors; the events from the same start with the comments; agents through links.next.
    expect(exportRequests().map((r) => r.url)).toEqual([`/api/v2/incremental/tickets/cursor.json?start_time=${START}`, '/api/v2/incremental/tickets/cursor.json?cursor=c1']);
    expect(eventRequests().map((r) => r.url)).toEqual([`/api/v2/incremental/ticket_events.json?start_time=${START}&include=comment_events`]);
    expect(auditRequests()).toEqual([]);
    expect(server.requests.filter((r) => r.path === '/api/v2/users.json')).toHaveLength(2);
    expect(server.requests).toHaveLength(5);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`api@acme.example/token:${SECRET}`).toString('base64')}`);
    const updates = FIXTURE_TICKETS.flatMap(zendeskTicketEvents).length;
    expect(lines).toEqual([
      'zendesk: 2 agents and admins', 'zendesk: ticket export page 1: 2 tickets (2 so far)', 'zendesk: ticket export page 2: 2 tickets (4 so far)',
      `zendesk: ticket event export page 1: ${updates} updates to 2026-11-12T10:00:00Z`, 'zendesk: 4 tickets (4 so far, 5 requests)',
    ]);
    expect(usage()).toMatchObject({ requests: 5, exportRequests: 3, changedTickets: 4, byKind: { users: 2, 'ticket export': 2, 'ticket events': 1 }, exportLimit: 10 });
    expect(JSON.stringify(result)).not.toContain('Customer');
  });

  it('applies a night\'s events to the stored tickets, and the same window twice gives the same tickets', async () => {
    // The store as the night of 2026-11-04T12:00 left it; tonight's window starts there.
    const night = Date.parse('2026-11-04T12:00:00Z');
    const stored = FIXTURE_TICKETS.filter((f) => Date.parse(f.created) < night).map((f) => storedAsOf(f, night));
    serve();
    const cursor = JSON.stringify({ tickets: 'c0', events: night / 1000, pending: [] });
    const result = await source().run(cursor, null, stored);
    expect(result.tickets).toEqual(FIXTURE_TICKETS.map(expected));
    expect(auditRequests()).toEqual([]);
    const again = await source().run(cursor, null, result.tickets);
    expect(again.tickets).toEqual(result.tickets);
  });

  it('finds the stored tickets under the UTC day of their created_at when Zendesk writes it with an offset, so none is read whole', async () => {
    // 101 and 102 are stored under 2026-11-02 and 2026-11-03; at -10:00 their created_at says the day before each.
    expect([inOffset(FIXTURE_TICKETS[0]!.created, '-10:00'), inOffset(FIXTURE_TICKETS[1]!.created, '-10:00')]).toEqual(['2026-11-01T23:00:00-10:00', '2026-11-02T22:00:00-10:00']);
    const night = Date.parse('2026-11-04T12:00:00Z');
    const stored = FIXTURE_TICKETS.filter((f) => Date.parse(f.created) < night).map((f) => storedAsOf(f, night));
    expect(stored.map((t) => t.id)).toEqual(['101', '102']);
    serve({ createdOffset: '-10:00' });
    const result = await source().run(JSON.stringify({ tickets: 'c0', events: night / 1000, pending: [] }), null, stored);
    expect(result.tickets).toEqual(FIXTURE_TICKETS.map(expected));
    expect(auditRequests()).toEqual([]);
  });

  it('gives the same tickets when the event stream repeats events and serves them out of order', async () => {
    serve({ eventPage: (items) => [...items].reverse().flatMap((item, i) => i % 3 === 0 ? [item, item] : [item]) });
    expect((await source().run()).tickets).toEqual(FIXTURE_TICKETS.map(expected));
  });

  it('lets go the events of a ticket not in the store (the next night reads it whole from its audits), and applies those of a stored ticket the ticket export did not list', async () => {
    // Ticket 102 changed after the ticket export was read: only its events are served tonight.
    serve({ unlisted: [102] });
    const { run, lines } = source();
    const first = await run();
    expect(first.tickets.map((t) => t.id)).toEqual(['101', '103', '104']);
    // Its 12 events (5 replies, its status at creation and 5 changes, its rating) are not kept: the cursor once
    // carried them as `pending`, and nothing ever read them.
    expect(cursorOf(first.cursor)).toEqual({ tickets: 'c2', events: LAST_UPDATE });
    expect(lines).toContain('zendesk: 1 ticket(s) not in the store yet changed after the ticket export was read: the next fetch reads them whole');
    // The next night it is listed, created before that night's window: read whole from its audits.
    serve();
    const next = await source().run(JSON.stringify({ ...cursorOf(first.cursor), tickets: 'c0' }), null, first.tickets);
    expect(next.tickets.find((t) => t.id === '102')).toEqual(expected(FIXTURE_TICKETS[1]!));
    expect([...new Set(auditRequests())]).toEqual(['/api/v2/tickets/102/audits.json']);
    // A cursor that still carries them (written before they were let go) reads, and the night is the same.
    server.requests.length = 0;
    const carried = JSON.stringify({ ...cursorOf(first.cursor), tickets: 'c0', pending: [[102, 1, Date.parse('2026-11-03T12:00:00Z'), 'r', 'agent']] });
    const same = await source().run(carried, null, first.tickets);
    expect(same.tickets).toEqual(next.tickets);
    expect(cursorOf(same.cursor)).toEqual(cursorOf(next.cursor));
    expect([...new Set(auditRequests())]).toEqual(['/api/v2/tickets/102/audits.json']);
    // A stored ticket the ticket export does not list tonight takes its new events all the same.
    const night = Date.parse('2026-11-04T12:00:00Z');
    serve({ unlisted: [102] });
    const stored = storedAsOf(FIXTURE_TICKETS[1]!, night);
    const applied = await source().run(JSON.stringify({ tickets: 'c0', events: night / 1000 }), null, [stored]);
    expect(applied.tickets.find((t) => t.id === '102')).toEqual(expected(FIXTURE_TICKETS[1]!));
  });

  it('reads whole, from its audits, only a ticket older than the store; and every ticket on the night a store moves to the event stream', async () => {
    // A window from 2026-11-03: 101 was created before it and the store does not hold it.
    serve();
    const result = await source().run(JSON.stringify({ tickets: 'c0', events: Date.parse('2026-11-03T00:00:00Z') / 1000, pending: [] }));
    expect(result.tickets).toEqual(FIXTURE_TICKETS.map(expected));
    expect([...new Set(auditRequests())]).toEqual(['/api/v2/tickets/101/audits.json']);
    // A cursor written before the event stream: tonight reads audits, and the event stream starts a minute before now.
    server.requests.length = 0;
    const upgraded = await source().run('c1');
    expect(exportRequests().map((r) => r.url)).toEqual(['/api/v2/incremental/tickets/cursor.json?cursor=c1']);
    expect(eventRequests()).toEqual([]);
    expect(upgraded.tickets).toEqual(FIXTURE_TICKETS.slice(2).map(expected));
    expect(cursorOf(upgraded.cursor)).toEqual({ tickets: 'c2', events: (FIXTURE_NOW.getTime() - 60_000) / 1000 });
    expect(server.requests.filter((r) => r.path === '/api/v2/tickets/102/audits.json').map((r) => r.query.get('page'))).toEqual([]);
    expect([...new Set(auditRequests())]).toEqual(['/api/v2/tickets/103/audits.json', '/api/v2/tickets/104/audits.json']);
  });

  it('continues from a stored cursor, and --since overrides it with a start_time for both exports', async () => {
    serve();
    const first = await source().run();
    server.requests.length = 0;
    await source().run(first.cursor, null, first.tickets);
    expect(exportRequests().map((r) => r.url)).toEqual(['/api/v2/incremental/tickets/cursor.json?cursor=c2']);
    expect(eventRequests().map((r) => r.query.get('start_time'))).toEqual([String(LAST_UPDATE)]);
    server.requests.length = 0;
    await source().run(first.cursor, new Date('2026-11-01T00:00:00Z'));
    const since = String(Date.parse('2026-11-01T00:00:00Z') / 1000);
    expect(exportRequests()[0]!.url).toBe(`/api/v2/incremental/tickets/cursor.json?start_time=${since}`);
    expect(eventRequests()[0]!.query.get('start_time')).toBe(since);
  });

  it('ends a quiet night whose last event page has no end_time (the reference marks it optional) where the stream stood', async () => {
    serve();
    const first = await source().run();
    // No update since the cursor: an empty last page, its end_time null, as the reference allows.
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/ticket_events.json'
      ? { json: { ticket_events: [], next_page: null, count: 0, end_of_stream: true, end_time: null } } : inner(req, served));
    const quiet = source();
    const night = await quiet.run(first.cursor, null, first.tickets);
    expect(night.tickets).toEqual([]);
    expect(night.rejected).toEqual([]);
    expect(cursorOf(night.cursor)).toEqual({ tickets: 'c3', events: LAST_UPDATE });
    expect(quiet.lines).toContain('zendesk: ticket event export page 1: no updates since 2026-11-12T10:00:00Z');
    // Without end_of_stream, or with updates, a page without end_time is still not one the source can page on.
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/ticket_events.json'
      ? { json: { ticket_events: [], next_page: null, count: 0, end_of_stream: false, end_time: null } } : inner(req, served));
    expect((await failure(source().run(first.cursor, null, first.tickets))).message).toBe('zendesk: ticket event export page 1 is not an incremental export page (expected ticket_events, end_time and end_of_stream)');
  });

  it('yields tickets deleted upstream in `deleted` and drops their events: from the export, and from a 404 on the audits', async () => {
    const gone = { ...FIXTURE_TICKETS[0]!, n: 999, created: '2026-09-20T00:00:00Z' };
    const handler = zendeskHandler({ tickets: [...FIXTURE_TICKETS, gone], perPage: 10, origin: () => server.url, deleted: [77, 102] });
    server.setHandler((req, served) => req.path === '/api/v2/tickets/999/audits.json' ? { status: 404, json: { error: 'RecordNotFound' } } : handler(req, served));
    const result = await source().run();
    expect(result.deleted.sort()).toEqual(['102', '77', '999']);
    expect(result.tickets.map((t) => t.id)).toEqual(['101', '103', '104']);
  });

  it('yields a ticket deleted after the ticket export read it in `deleted`, from its status event, instead of rejecting "deleted" as an unmapped status', async () => {
    // Zendesk records a deletion in the event stream as a status change to "deleted".
    const deletion = (ticket: number, at: string) => ({
      id: 990_000 + ticket, ticket_id: ticket, timestamp: Date.parse(at) / 1000, created_at: at, updater_id: 501, via: 'Web form', event_type: 'Audit', merged_ticket_ids: [],
      child_events: [{ id: 99_000_000 + ticket, via: 'Web form', via_reference_id: null, status: 'deleted', event_type: 'Change', previous_value: 'solved' }],
    });
    const restore = (ticket: number, at: string, status: string) => ({
      ...deletion(ticket, at), id: 991_000 + ticket, child_events: [{ id: 99_100_000 + ticket, via: 'Web form', via_reference_id: null, status, event_type: 'Change', previous_value: 'deleted' }],
    });
    const withDeletion = (ticket: number, at: string) => ({ eventPage: (items: Record<string, unknown>[]) => [...items, deletion(ticket, at)] });
    // The night 101 is deleted between the two exports: the ticket export still lists it as it was. 104 is deleted
    // and restored within the window: it stays, its deleted spell no status of ours.
    const last104 = FIXTURE_TICKETS[3]!.statuses.at(-1)?.status ?? 'new';
    serve({ eventPage: (items) => [...items, deletion(101, '2026-11-15T08:00:00Z'), deletion(104, '2026-11-15T09:00:00Z'), restore(104, '2026-11-15T09:05:00Z', last104)] });
    const night = await source().run();
    expect(night.deleted).toEqual(['101']);
    expect(night.rejected).toEqual([]);
    expect(night.tickets.map((t) => t.id)).toEqual(['102', '103', '104']);
    expect(night.tickets[2]!.statusChanges).toEqual(expected(FIXTURE_TICKETS[3]!).statusChanges);
    // A stored ticket deleted after the ticket export was read, with only its events in the window.
    serve();
    const first = await source().run();
    serve({ unlisted: [102], ...withDeletion(102, '2026-11-16T08:00:00Z') });
    const later = await source().run(first.cursor, null, first.tickets);
    expect(later.deleted).toEqual(['102']);
    expect(later.rejected).toEqual([]);
  });

  it('reads from its audits a ticket deleted and restored (a deleted spell is no status of ours) and yields it, not a rejection', async () => {
    // 101, older than the window, is read whole; its audits hold a deletion and the restore that ended it.
    const spell = (id: number, at: string, value: string, previous: string) => ({
      id, ticket_id: 101, created_at: at, author_id: 501, metadata: { system: {}, custom: {} }, via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      events: [{ id: id * 10, type: 'Change', field_name: 'status', value, previous_value: previous }],
    });
    serve({}, (inner) => async (req, served) => {
      const answer = await inner(req, served);
      if (req.path === '/api/v2/tickets/101/audits.json' && req.query.get('page') === null && 'json' in answer) {
        const body = answer.json as { audits: unknown[] };
        body.audits.push(spell(880_001, '2026-11-02T11:30:00Z', 'deleted', 'solved'), spell(880_002, '2026-11-02T11:40:00Z', 'solved', 'deleted'));
      }
      return answer;
    });
    const result = await source().run(JSON.stringify({ tickets: 'c0', events: Date.parse('2026-11-03T00:00:00Z') / 1000, pending: [] }));
    expect(result.rejected).toEqual([]);
    expect(result.tickets).toEqual(FIXTURE_TICKETS.map(expected));
  });

  it('maps the category from a custom field or from tags, and rejects a field value that a values map does not list', async () => {
    serve({ categoryIn: 'field' });
    const byField = await source({}, { category: { from: 'field', field: String(CATEGORY_FIELD), values: null } }).run();
    expect(byField.tickets.map((t) => [t.id, t.category])).toEqual([['101', 'incident'], ['102', 'question'], ['103', undefined], ['104', undefined]]);
    serve({ categoryIn: 'tags' });
    const byTags = await source({}, { category: { from: 'tags', tags: [['billing', 'billing'], ['incident', 'incident'], ['question', 'question']] } }).run();
    // 104 carries the tag billing: the first listed tag it carries gives its category.
    expect(byTags.tickets.map((t) => [t.id, t.category])).toEqual([['101', 'incident'], ['102', 'question'], ['103', undefined], ['104', 'billing']]);
    serve({ categoryIn: 'field' });
    const mapped = await source({}, { category: { from: 'field', field: String(CATEGORY_FIELD), values: { incident: 'outage' } } }).run();
    expect(mapped.tickets.map((t) => [t.id, t.category])).toEqual([['101', 'outage'], ['103', undefined], ['104', undefined]]);
    expect(mapped.rejected).toEqual([{ where: 'zendesk ticket 102', ticket: '102', reason: `custom field ${CATEGORY_FIELD} value "question" is not mapped: add it to source.zendesk.category.values` }]);
  });
});

describe('the Zendesk request budget', () => {
  it('keeps to 10 export requests a minute and to its share of the account, so the account never answers 429', async () => {
    // 40 updates a page: the fixture's events take several pages; agents spend 60 of the 200 a minute.
    let clock = FIXTURE_NOW.getTime();
    const rateLimit = accountRateLimit({ limit: 200, others: 60, now: () => clock });
    const tickets = Array.from({ length: 30 }, (_, i) => shifted({ ...FIXTURE_TICKETS[i % 4]!, n: 200 + i }, i * 60_000));
    serve({ tickets, perPage: 2, eventsPerPage: 8, rateLimit, now: () => clock });
    const { run, usage } = source({ clock: { now: () => clock, sleep: async (ms) => { clock += ms; } } });
    const result = await run();
    expect(result.tickets).toHaveLength(30);
    expect(rateLimit.refused).toBe(0);
    const u = usage()!;
    // 15 ticket export pages and the event pages: 10 a minute, so the fetch takes a minute per 10.
    expect(u.exportRequests).toBe(15 + eventRequests().length);
    expect(Math.floor((clock - FIXTURE_NOW.getTime()) / 60_000)).toBe(Math.floor((u.exportRequests - 1) / 10));
    expect(u.peakPerWindow).toBeLessThanOrEqual(12);
    expect(server.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  // The account's limit is per minute: a reset said to be further off (a proxy's header, a misread one) is not
  // waited for; the next answer says again whether the account is still past its share.
  it('waits no more than the minute window for an account past its share, whatever ratelimit-reset says', async () => {
    let once = false;
    serve({}, (inner) => async (req, served) => {
      const answer = await inner(req, served);
      if (once) return answer;
      once = true;
      return { ...answer, headers: { ...('headers' in answer ? answer.headers : {}), 'ratelimit-limit': '200', 'ratelimit-remaining': '3', 'ratelimit-reset': '86400' } };
    });
    let clock = FIXTURE_NOW.getTime();
    const sleeps: number[] = [];
    const { run } = source({ clock: { now: () => clock, sleep: async (ms) => { sleeps.push(ms); clock += ms; } } });
    expect((await run()).tickets).toHaveLength(4);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(60_000);
  });

  it('waits while the account has no more than the rest kept for agents, whoever used it', async () => {
    let clock = FIXTURE_NOW.getTime();
    // Agents spend 110 of 200 at the start of each minute: the account is past its half before the fetch begins.
    const rateLimit = accountRateLimit({ limit: 200, others: 110, now: () => clock });
    serve({ rateLimit, now: () => clock });
    const { run, lines } = source({ clock: { now: () => clock, sleep: async (ms) => { clock += ms; } } });
    expect((await run()).tickets).toHaveLength(4);
    expect(rateLimit.refused).toBe(0);
    // One request a minute: each response says the account is below the reserve, and the fetch waits for the reset.
    expect(lines).toContain('zendesk: the account has 89 of its 200 requests left this minute, no more than the 50% kept for agents and other integrations; waiting 60 s');
    expect(Math.round((clock - FIXTURE_NOW.getTime()) / 60_000)).toBe(4);
  });
});

describe('Zendesk faults', () => {
  it('waits at least the Retry-After of a 429, then carries on', async () => {
    let limited = false;
    serve({}, (inner) => (req, served) => {
      if (req.path === '/api/v2/incremental/tickets/cursor.json' && !limited) { limited = true; return { status: 429, headers: { 'retry-after': '42' }, json: { error: 'APIRateLimitExceeded' } }; }
      return inner(req, served);
    });
    const { run, sleeps, lines } = source();
    const result = await run();
    expect(result.tickets).toHaveLength(4);
    expect(sleeps).toEqual([42_000]);
    expect(lines).toContain('zendesk: rate limited (429) on GET /api/v2/incremental/tickets/cursor.json; waiting 42 s (retry 1 of 3)');
  });

  it('waits the Retry-After of a 503 (a maintenance window) when it is longer than the backoff', async () => {
    let down = false;
    serve({}, (inner) => (req, served) => {
      if (req.path === '/api/v2/incremental/ticket_events.json' && !down) { down = true; return { status: 503, headers: { 'retry-after': '45' }, text: 'Maintenance' }; }
      return inner(req, served);
    });
    const { run, sleeps, lines } = source();
    expect((await run()).tickets).toHaveLength(4);
    expect(sleeps).toEqual([45_000]);
    expect(lines).toContain('zendesk: server error 503 on GET /api/v2/incremental/ticket_events.json; waiting 45 s (retry 1 of 3)');
  });

  it('fails the fetch with the reason when Retry-After would keep one request waiting past 15 minutes in all, instead of sleeping for hours', async () => {
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { status: 429, headers: { 'retry-after': '86400' }, json: { error: 'APIRateLimitExceeded' } } : inner(req, served));
    const tomorrow = source();
    expect((await failure(tomorrow.run())).message).toBe('Zendesk GET /api/v2/incremental/tickets/cursor.json: rate limited (429) and asked to wait 86400 s more, past the 900 s one request waits in all (0 s waited): run the fetch again later');
    expect(tomorrow.sleeps).toEqual([]);
    // Ten minutes is waited once; ten more would pass the limit.
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { status: 503, headers: { 'retry-after': '600' }, text: 'Maintenance' } : inner(req, served));
    const longer = source();
    expect((await failure(longer.run())).message).toBe('Zendesk GET /api/v2/incremental/tickets/cursor.json: server error 503 and asked to wait 600 s more, past the 900 s one request waits in all (600 s waited): run the fetch again later');
    expect(longer.sleeps).toEqual([600_000]);
  });

  it('rides out a 429 storm: while the account answers 429, every request waits its Retry-After and none is sent in between', async () => {
    // Another integration exhausts the account for the first two minutes.
    let clock = FIXTURE_NOW.getTime();
    const stormEnds = clock + 2 * 60_000;
    const sentDuringStorm: number[] = [];
    serve({}, (inner) => (req, served) => {
      if (clock < stormEnds) {
        sentDuringStorm.push(clock);
        return { status: 429, headers: { 'retry-after': '30' }, json: { error: 'APIRateLimitExceeded' } };
      }
      return inner(req, served);
    });
    const sleeps: number[] = [];
    const { run } = source({ maxRetries: 5, clock: { now: () => clock, sleep: async (ms) => { sleeps.push(ms); clock += ms; } } });
    expect((await run()).tickets).toEqual(FIXTURE_TICKETS.map(expected));
    // One request every 30 s until the storm ends at 2 minutes; then the fetch carries on.
    expect(sleeps).toEqual([30_000, 30_000, 30_000, 30_000]);
    expect(sentDuringStorm).toEqual([0, 30_000, 60_000, 90_000].map((ms) => FIXTURE_NOW.getTime() + ms));
  });

  it('retries 500, 502, 503 and a connection reset with doubling backoff', async () => {
    const faults = [{ status: 500, text: 'oops' }, { status: 502, text: '<html>Bad gateway</html>' }, { status: 503, text: 'Maintenance' }];
    let n = 0;
    serve({}, (inner) => (req, served) => {
      if (req.path === '/api/v2/incremental/ticket_events.json' && n < 4) { n++; return n === 4 ? { reset: true } : faults[n - 1]!; }
      return inner(req, served);
    });
    const { run, sleeps } = source({ maxRetries: 4 });
    const result = await run();
    expect(result.tickets).toHaveLength(4);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
  });

  it('gives up after the bounded retries with one line', async () => {
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/ticket_events.json' ? { status: 503, text: 'down' } : inner(req, served));
    const error = await failure(source().run());
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toBe('Zendesk GET /api/v2/incremental/ticket_events.json: server error 503, still after 3 retries');
  });

  it('aborts a request that hangs and retries it', async () => {
    let hung = false;
    serve({}, (inner) => (req, served) => {
      if (req.path === '/api/v2/users.json' && !hung) { hung = true; return { hang: true }; }
      return inner(req, served);
    });
    const { run, lines } = source({ timeoutMs: 150 });
    expect((await run()).tickets).toHaveLength(4);
    expect(lines[0]).toBe('zendesk: no answer within 0 s on GET /api/v2/users.json; waiting 1 s (retry 1 of 3)');
  });

  it('fails on a truncated or non-JSON page instead of reading it as no tickets or no events', async () => {
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { text: '{"tickets":[{"id":101,"status":"op' } : inner(req, served));
    const error = await failure(source().run());
    expect(error.message).toBe('Zendesk GET /api/v2/incremental/tickets/cursor.json: the body is not JSON (34 bytes, starts "{\\"tickets\\":[{\\"id\\":10"), still after 3 retries');
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { json: { results: [] } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('zendesk: ticket export page 1 is not an incremental export page (expected tickets, after_cursor and end_of_stream)');
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/ticket_events.json' ? { json: { ticket_events: [], next_page: null } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('zendesk: ticket event export page 1 is not an incremental export page (expected ticket_events, end_time and end_of_stream)');
  });

  it('stops when a cursor repeats, when end_of_stream stays false on empty pages, and when the event export does not move past a second', async () => {
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { json: { tickets: [], after_cursor: 'same', after_url: null, end_of_stream: false } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('zendesk: the ticket export returned cursor "same" twice (page 2): stopping rather than looping');
    let k = 0;
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { json: { tickets: [], after_cursor: `n${k++}`, after_url: null, end_of_stream: false } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('zendesk: 5 empty export pages in a row with end_of_stream false: stopping rather than looping');
    let m = 0;
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json'
      ? { json: { tickets: [{ id: 5000 + m, status: 'deleted' }], after_cursor: `m${m++}`, after_url: null, end_of_stream: false } } : inner(req, served));
    expect((await failure(source({ maxPages: 3 }).run())).message).toBe('zendesk: the ticket export did not end after 3 pages (end_of_stream stayed false): stopping rather than looping');
    // A page full of updates of one second: the next page would start at the same second again.
    serve({ eventsPerPage: 2, tickets: [FIXTURE_TICKETS[0]!] }, (inner) => async (req, served) => {
      const answer = await inner(req, served);
      if (req.path === '/api/v2/incremental/ticket_events.json' && 'json' in answer) {
        const body = answer.json as { ticket_events: { timestamp: number }[]; end_time: number };
        for (const e of body.ticket_events) e.timestamp = START + 3600;
        body.end_time = START;
      }
      return answer;
    });
    expect((await failure(source().run())).message).toBe('zendesk: the ticket event export did not move past 2026-10-01T00:00:00Z (page 1 was full of that one second): stopping rather than looping');
  });

  it('rejects a ticket with a new status or a future timestamp with a reason, and maps a null priority to the default', async () => {
    const custom = { ...FIXTURE_TICKETS[3]!, n: 201 };
    const future = { ...FIXTURE_TICKETS[3]!, n: 202, created: '2027-01-01T00:00:00Z', updated: '2027-01-01T00:00:00Z' };
    const nullPriority = { ...FIXTURE_TICKETS[3]!, n: 203 };
    const nullCreated = { ...FIXTURE_TICKETS[3]!, n: 204 };
    const huge = { ...FIXTURE_TICKETS[3]!, n: 205 };
    const handler = zendeskHandler({ tickets: [custom, future, nullPriority, nullCreated, huge], origin: () => server.url });
    server.setHandler(async (req, served) => {
      const answer = await handler(req, served);
      if (req.path !== '/api/v2/incremental/tickets/cursor.json' || !('json' in answer)) return answer;
      const body = answer.json as { tickets: Record<string, unknown>[] };
      body.tickets[0]!.status = 'escalated';
      body.tickets[2]!.priority = null;
      body.tickets[3]!.created_at = null;
      body.tickets[4]!.status = `escalated${'!'.repeat(1_000_000)}`;
      return answer;
    });
    const result = await source().run();
    expect(result.rejected).toEqual([
      { where: 'zendesk ticket 201', ticket: '201', reason: 'status "escalated" is not mapped: add it to source.zendesk.values.status as one of new, open, pending, on-hold, solved, closed' },
      { where: 'zendesk ticket 202', ticket: '202', reason: 'created_at 2027-01-01T00:00:00Z is in the future (now is 2026-11-20T12:00:00Z): check the helpdesk\'s clock or time zone' },
      { where: 'zendesk ticket 204', ticket: '204', reason: 'created_at is null: expected an ISO 8601 timestamp' },
      // A megabyte of status is quoted as its first 80 characters and its length, not copied into the store and the log.
      { where: 'zendesk ticket 205', ticket: '205', reason: `status "escalated${'!'.repeat(71)}"… (1000009 characters) is not mapped: add it to source.zendesk.values.status as one of new, open, pending, on-hold, solved, closed` },
    ]);
    expect(result.tickets.map((t) => [t.id, t.priority])).toEqual([['203', 'normal']]);
  });

  it('says which environment variables to fix on a 401 or 403, and on a missing variable; never the token', async () => {
    server.setHandler(() => ({ status: 401, json: { error: "Couldn't authenticate you" } }));
    const { run, lines } = source();
    const error = await failure(run());
    expect(error.message).toBe('Zendesk GET /api/v2/users.json: Zendesk answered 401 Unauthorized: the credentials in ZENDESK_EMAIL and ZENDESK_API_TOKEN were refused or lack read access; create a new API token and update the secret');
    server.setHandler(() => ({ status: 403, json: { error: 'Forbidden' } }));
    expect((await failure(run())).message).toContain('answered 403 Forbidden: the credentials in ZENDESK_EMAIL and ZENDESK_API_TOKEN');
    const missing = createZendeskSource(settings(), { now: FIXTURE_NOW, env: { ZENDESK_EMAIL: 'api@acme.example' } });
    expect((await failure(collectChanges(missing, null))).message).toBe('zendesk: the environment variable ZENDESK_API_TOKEN is not set: add it as a secret and pass it to the fetch step');
    expect(lines.join('\n') + error.message).not.toContain(SECRET);
  });

  it('stops every concurrent audits request at once after a fatal answer', async () => {
    // 40 tickets older than the store are read from their audits, two at a time; the token is revoked after the first.
    const old = Array.from({ length: 40 }, (_, i) => ({ ...FIXTURE_TICKETS[3]!, n: 300 + i, created: '2026-09-01T00:00:00Z' }));
    let revokedAt = -1;
    serve({ tickets: old, perPage: 100 }, (inner) => (req, served) => {
      if (req.path.endsWith('/audits.json') && revokedAt < 0) revokedAt = served.length;
      return revokedAt >= 0 && served.length >= revokedAt ? { status: 401, json: { error: "Couldn't authenticate you" } } : inner(req, served);
    });
    const error = await failure(source().run());
    expect(error.message).toMatch(/^Zendesk GET \/api\/v2\/tickets\/3\d\d\/audits.json: Zendesk answered 401 Unauthorized/);
    expect(server.requests.length - revokedAt).toBeLessThanOrEqual(2);
  });

  it('refuses to follow a next page to another host with the credentials', async () => {
    serve({}, (inner) => async (req, served) => {
      const answer = await inner(req, served);
      if (req.path === '/api/v2/incremental/ticket_events.json' && 'json' in answer) Object.assign(answer.json as Record<string, unknown>, { next_page: 'https://evil.example/steal', end_of_stream: false, end_time: LAST_UPDATE });
      return answer;
    });
    expect((await failure(source().run())).message).toBe(`Zendesk pointed the next page at https://evil.example, not ${server.url}: refusing to send the credentials elsewhere`);
  });
});
