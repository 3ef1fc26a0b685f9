import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZendeskSourceSettings } from '../../../scripts/model/model.ts';
import { createSchemaValidator } from '../../../scripts/model/schema-validator.ts';
import { UpstreamError } from '../../../scripts/sources/helpdesk-http.ts';
import { collectChanges } from '../../../scripts/sources/source.ts';
import { createZendeskSource, type ZendeskSourceDeps } from '../../../scripts/sources/zendesk.ts';
import { startFakeServer, type FakeHandler, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, expectedTicket, type FixtureTicket, failure } from '../fixture-helpdesk.ts';
import { GROUP_EMEA, zendeskHandler } from './zendesk-fake.ts';

const SECRET = 'zd-secret-token-0123456789';
const ENV = { ZENDESK_EMAIL: 'api@acme.example', ZENDESK_API_TOKEN: SECRET };

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: {} })); });
afterEach(async () => { await server.close(); });

function settings(extra: Partial<ZendeskSourceSettings> = {}): ZendeskSourceSettings {
  return {
    subdomain: 'acme', baseUrl: server.url, emailEnv: 'ZENDESK_EMAIL', tokenEnv: 'ZENDESK_API_TOKEN', startDate: '2026-10-01',
    defaultPriority: 'normal', concurrency: 2, tieOut: false,
    values: {
      priority: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' },
      channel: { email: 'email', web: 'web', voice: 'phone', api: 'api' },
      status: { new: 'new', open: 'open', pending: 'pending', hold: 'on-hold', solved: 'solved', closed: 'closed' },
      team: { [String(GROUP_EMEA)]: 'support-emea' },
    },
    ...extra,
  };
}

function source(extra: Partial<ZendeskSourceDeps> = {}, settingsExtra: Partial<ZendeskSourceSettings> = {}) {
  const sleeps: number[] = [];
  const lines: string[] = [];
  const zendesk = createZendeskSource(settings(settingsExtra), {
    now: FIXTURE_NOW, env: ENV, sleep: async (ms) => { sleeps.push(ms); }, backoffMs: 1000, maxRetries: 3, ...extra,
  });
  const run = (cursor: string | null = null, since: Date | null = null) => collectChanges(zendesk, cursor, { log: (l) => lines.push(l), since });
  return { zendesk, run, sleeps, lines };
}

function serve(options: { tickets?: FixtureTicket[]; perPage?: number; auditsPerPage?: number; deleted?: number[] } = {}, fault?: (inner: FakeHandler) => FakeHandler) {
  const inner = zendeskHandler({ tickets: options.tickets ?? FIXTURE_TICKETS, perPage: options.perPage ?? 2, auditsPerPage: options.auditsPerPage ?? 2, origin: () => server.url, ...(options.deleted ? { deleted: options.deleted } : {}) });
  server.setHandler(fault ? fault(inner) : inner);
}

const exportRequests = () => server.requests.filter((r) => r.path === '/api/v2/incremental/tickets/cursor.json');

describe('the Zendesk source against a local Zendesk', () => {
  it('gives the fixture helpdesk ticket for ticket, and returns the last after_cursor', async () => {
    serve();
    const { run, lines } = source();
    const result = await run();
    expect(result.tickets).toEqual(FIXTURE_TICKETS.map((f) => expectedTicket(f, String(f.n))));
    expect(result.rejected).toEqual([]);
    expect(result.cursor).toBe('c2');
    expect(source().zendesk.upstream).toBe('zendesk:acme');
    const validate = createSchemaValidator();
    for (const t of result.tickets) expect(validate.validate('ticket.schema.json', t)).toEqual([]);
    // start_time from startDate, then the cursors; audits followed through next_page; agents through links.next
    expect(exportRequests().map((r) => r.url)).toEqual([
      `/api/v2/incremental/tickets/cursor.json?start_time=${Date.parse('2026-10-01T00:00:00Z') / 1000}`,
      '/api/v2/incremental/tickets/cursor.json?cursor=c1',
    ]);
    expect(server.requests.filter((r) => r.path === '/api/v2/tickets/102/audits.json').map((r) => r.query.get('page'))).toEqual([null, '2', '3', '4']);
    expect(server.requests.filter((r) => r.path === '/api/v2/users.json')).toHaveLength(2);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`api@acme.example/token:${SECRET}`).toString('base64')}`);
    expect(lines).toEqual(['zendesk: 2 agents and admins', 'zendesk: page 1: 2 tickets (2 so far, 11 requests)', 'zendesk: page 2: 2 tickets (4 so far, 15 requests)']);
    expect(JSON.stringify(result)).not.toContain('Customer');
  });

  it('continues from a stored cursor, and --since overrides the cursor with a start_time', async () => {
    serve();
    await source().run('c1');
    expect(exportRequests().map((r) => r.url)).toEqual(['/api/v2/incremental/tickets/cursor.json?cursor=c1']);
    server.requests.length = 0;
    await source().run('c1', new Date('2026-11-01T00:00:00Z'));
    expect(exportRequests()[0]!.url).toBe(`/api/v2/incremental/tickets/cursor.json?start_time=${Date.parse('2026-11-01T00:00:00Z') / 1000}`);
  });

  it('yields tickets deleted upstream in `deleted`, from the export and from a 404 on the audits', async () => {
    const gone = { ...FIXTURE_TICKETS[0]!, n: 999 };
    const handler = zendeskHandler({ tickets: [...FIXTURE_TICKETS, gone], perPage: 10, origin: () => server.url, deleted: [77] });
    server.setHandler((req, served) => req.path === '/api/v2/tickets/999/audits.json' ? { status: 404, json: { error: 'RecordNotFound' } } : handler(req, served));
    const result = await source().run();
    expect(result.deleted.sort()).toEqual(['77', '999']);
    expect(result.tickets.map((t) => t.id)).toEqual(['101', '102', '103', '104']);
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

  it('retries 500, 502, 503 and a connection reset with doubling backoff', async () => {
    const faults = [{ status: 500, text: 'oops' }, { status: 502, text: '<html>Bad gateway</html>' }, { status: 503, text: 'Maintenance' }];
    let n = 0;
    serve({}, (inner) => (req, served) => {
      if (req.path === '/api/v2/tickets/101/audits.json' && n < 4) { n++; return n === 4 ? { reset: true } : faults[n - 1]!; }
      return inner(req, served);
    });
    const { run, sleeps } = source({ maxRetries: 4 });
    const result = await run();
    expect(result.tickets).toHaveLength(4);
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
  });

  it('gives up after the bounded retries with one line', async () => {
    serve({}, (inner) => (req, served) => req.path === '/api/v2/tickets/101/audits.json' ? { status: 503, text: 'down' } : inner(req, served));
    const error = await failure(source().run());
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toBe('Zendesk GET /api/v2/tickets/101/audits.json: server error 503, still after 3 retries');
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

  it('fails on a truncated or non-JSON page instead of reading it as no tickets', async () => {
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { text: '{"tickets":[{"id":101,"status":"op' } : inner(req, served));
    const error = await failure(source().run());
    expect(error.message).toBe('Zendesk GET /api/v2/incremental/tickets/cursor.json: the body is not JSON (34 bytes, starts "{\\"tickets\\":[{\\"id\\":10"), still after 3 retries');
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { json: { results: [] } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('zendesk: ticket export page 1 is not an incremental export page (expected tickets, after_cursor and end_of_stream)');
  });

  it('stops when the cursor repeats, and when end_of_stream stays false on empty pages', async () => {
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { json: { tickets: [], after_cursor: 'same', after_url: null, end_of_stream: false } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('zendesk: the ticket export returned cursor "same" twice (page 2): stopping rather than looping');
    let k = 0;
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { json: { tickets: [], after_cursor: `n${k++}`, after_url: null, end_of_stream: false } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('zendesk: 5 empty export pages in a row with end_of_stream false: stopping rather than looping');
    let m = 0;
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json' ? { json: { tickets: [], after_cursor: `m${m++}`, after_url: null, end_of_stream: false } } : inner(req, served));
    const pages = exportRequests().length;
    serve({}, (inner) => (req, served) => req.path === '/api/v2/incremental/tickets/cursor.json'
      ? { json: { tickets: [{ id: 5000 + m, status: 'deleted' }], after_cursor: `m${m++}`, after_url: null, end_of_stream: false } } : inner(req, served));
    expect((await failure(source({ maxPages: 3 }).run())).message).toBe('zendesk: the ticket export did not end after 3 pages (end_of_stream stayed false): stopping rather than looping');
    expect(exportRequests().length - pages).toBe(3);
  });

  it('rejects a ticket with a new status or a future timestamp with a reason, and maps a null priority to the default', async () => {
    const custom = { ...FIXTURE_TICKETS[3]!, n: 201 };
    const future = { ...FIXTURE_TICKETS[3]!, n: 202, created: '2027-01-01T00:00:00Z', updated: '2027-01-01T00:00:00Z' };
    const nullPriority = { ...FIXTURE_TICKETS[3]!, n: 203 };
    const nullCreated = { ...FIXTURE_TICKETS[3]!, n: 204 };
    const handler = zendeskHandler({ tickets: [custom, future, nullPriority, nullCreated], origin: () => server.url });
    server.setHandler(async (req, served) => {
      const answer = await handler(req, served);
      if (req.path !== '/api/v2/incremental/tickets/cursor.json' || !('json' in answer)) return answer;
      const body = answer.json as { tickets: Record<string, unknown>[] };
      body.tickets[0]!.status = 'escalated';
      body.tickets[2]!.priority = null;
      body.tickets[3]!.created_at = null;
      return answer;
    });
    const result = await source().run();
    expect(result.rejected).toEqual([
      { where: 'zendesk ticket 201', ticket: '201', reason: 'status "escalated" is not mapped: add it to source.zendesk.values.status as one of new, open, pending, on-hold, solved, closed' },
      { where: 'zendesk ticket 202', ticket: '202', reason: 'created_at 2027-01-01T00:00:00Z is in the future (now is 2026-11-20T12:00:00Z): check the helpdesk\'s clock or time zone' },
      { where: 'zendesk ticket 204', ticket: '204', reason: 'created_at is null: expected an ISO 8601 timestamp' },
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

  it('refuses to follow a next page to another host with the credentials', async () => {
    serve({}, (inner) => async (req, served) => {
      const answer = await inner(req, served);
      if (req.path === '/api/v2/tickets/101/audits.json' && 'json' in answer) (answer.json as Record<string, unknown>).next_page = 'https://evil.example/steal';
      return answer;
    });
    expect((await failure(source().run())).message).toBe(`Zendesk pointed the next page at https://evil.example, not ${server.url}: refusing to send the credentials elsewhere`);
  });
});
