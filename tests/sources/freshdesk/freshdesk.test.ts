import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FreshdeskSourceSettings } from '../../../scripts/model/model.ts';
import { createSchemaValidator } from '../../../scripts/model/schema-validator.ts';
import { createFreshdeskSource, type FreshdeskSourceDeps } from '../../../scripts/sources/freshdesk.ts';
import { collectChanges } from '../../../scripts/sources/source.ts';
import { startFakeServer, type FakeHandler, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, freshdeskExpected, failure } from '../fixture-helpdesk.ts';
import { GROUP_EMEA, freshdeskHandler, type FreshdeskFakeOptions } from './freshdesk-fake.ts';

const SECRET = 'fd-secret-key-0123456789';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: [] })); });
afterEach(async () => { await server.close(); });

export const FRESHDESK_SETTINGS = (baseUrl: string, extra: Partial<FreshdeskSourceSettings> = {}): FreshdeskSourceSettings => ({
  domain: 'acme', baseUrl, tokenEnv: 'FRESHDESK_API_KEY', startDate: '2026-10-01', pageCap: 300, concurrency: 2,
  values: {
    priority: { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' },
    channel: { 1: 'email', 2: 'web', 3: 'phone', 7: 'chat', 9: 'web', 10: 'email' },
    status: { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' },
    team: { [String(GROUP_EMEA)]: 'support-emea' },
  },
  ...extra,
});

function source(extra: Partial<FreshdeskSourceDeps> = {}, settings: Partial<FreshdeskSourceSettings> = {}) {
  const sleeps: number[] = [];
  const lines: string[] = [];
  const freshdesk = createFreshdeskSource(FRESHDESK_SETTINGS(server.url, settings), {
    now: FIXTURE_NOW, env: { FRESHDESK_API_KEY: SECRET }, sleep: async (ms) => { sleeps.push(ms); }, backoffMs: 1000, maxRetries: 2, ...extra,
  });
  const run = (cursor: string | null = null, since: Date | null = null) => collectChanges(freshdesk, cursor, { log: (l) => lines.push(l), since });
  return { freshdesk, run, sleeps, lines };
}

function serve(options: Partial<FreshdeskFakeOptions> = {}, fault?: (inner: FakeHandler) => FakeHandler) {
  const inner = freshdeskHandler({ tickets: FIXTURE_TICKETS, origin: () => server.url, ...options });
  server.setHandler(fault ? fault(inner) : inner);
}

const listRequests = () => server.requests.filter((r) => r.path === '/api/v2/tickets');

describe('the Freshdesk source against a local Freshdesk', () => {
  it('gives the fixture helpdesk ticket for ticket, with ratings and the newest updated_at as the cursor', async () => {
    serve();
    const { run, lines } = source();
    const result = await run();
    const byCreation = [...result.tickets].sort((a, b) => a.created.localeCompare(b.created));
    expect(byCreation).toEqual(FIXTURE_TICKETS.map(freshdeskExpected));
    expect(result.rejected).toEqual([]);
    expect(JSON.parse(result.cursor)).toEqual({ updatedSince: '2026-11-12T10:00:00Z' });
    expect(source().freshdesk.upstream).toBe('freshdesk:acme');
    const validate = createSchemaValidator();
    for (const t of result.tickets) expect(validate.validate('ticket.schema.json', t)).toEqual([]);
    expect(listRequests().map((r) => r.url)).toEqual(['/api/v2/tickets?updated_since=2026-10-01T00%3A00%3A00Z&order_by=updated_at&order_type=asc&include=stats&per_page=100&page=1']);
    expect(server.requests[0]!.url).toBe('/api/v2/surveys/satisfaction_ratings?created_since=2026-07-03T00%3A00%3A00Z&per_page=100&page=1');
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`${SECRET}:X`).toString('base64')}`);
    expect(lines).toEqual(['freshdesk: 2 satisfaction ratings', 'freshdesk: page 1: 4 tickets (4 so far, 6 requests)']);
    expect(JSON.stringify(result)).not.toContain('Customer');
  });

  it('restarts from the last updated_at at the page cap and yields each ticket once', async () => {
    // 102 and 103 share an updated_at, so the restart from it serves both again.
    serve({ perPage: 1, pageCap: 3, updatedAt: (f) => f.n === 102 ? '2026-11-10T16:00:00Z' : f.updated });
    const { run, lines } = source({ perPage: 1 }, { pageCap: 3 });
    const result = await run();
    expect(result.tickets.map((t) => t.id)).toEqual(['101', '102', '103', '104']);
    expect(listRequests().map((r) => [r.query.get('updated_since'), r.query.get('page')])).toEqual([
      ['2026-10-01T00:00:00Z', '1'], ['2026-10-01T00:00:00Z', '2'], ['2026-10-01T00:00:00Z', '3'],
      ['2026-11-10T16:00:00Z', '1'], ['2026-11-10T16:00:00Z', '2'], ['2026-11-10T16:00:00Z', '3'],
      ['2026-11-12T10:00:00Z', '1'],
    ]);
    expect(lines).toContain('freshdesk: reached the page cap (3 pages); restarting from updated_at 2026-11-10T16:00:00Z');
    expect(JSON.parse(result.cursor)).toEqual({ updatedSince: '2026-11-12T10:00:00Z' });
  });

  it('fails when more tickets than the page cap holds share one updated_at', async () => {
    serve({ perPage: 1, pageCap: 2, updatedAt: () => '2026-11-05T10:00:00Z' });
    const error = await failure(source({ perPage: 1 }, { pageCap: 2 }).run());
    expect(error.message).toBe('freshdesk: more than 2 pages of tickets share updated_at 2026-11-05T10:00:00Z: cannot page past Freshdesk\'s page cap');
  });

  it('continues from the stored cursor, and --since overrides it', async () => {
    serve();
    expect((await source().run(JSON.stringify({ updatedSince: '2026-11-10T16:00:00Z' }))).tickets.map((t) => t.id)).toEqual(['103', '104']);
    await source().run(JSON.stringify({ updatedSince: '2026-11-10T16:00:00Z' }), new Date('2026-11-04T00:00:00Z'));
    expect(listRequests().at(-1)!.query.get('updated_since')).toBe('2026-11-04T00:00:00Z');
  });

  it('yields tickets deleted upstream in `deleted`: flagged in the list, or gone when their conversations are read', async () => {
    serve({ deleted: [55] }, (inner) => (req, served) => req.path === '/api/v2/tickets/103/conversations' ? { status: 404, json: { code: 'not_found' } } : inner(req, served));
    const result = await source().run();
    expect(result.deleted.sort()).toEqual(['103', '55']);
    expect(result.tickets.map((t) => t.id).sort()).toEqual(['101', '102', '104']);
  });
});

describe('Freshdesk faults', () => {
  it('waits at least the Retry-After of a 429', async () => {
    let limited = false;
    serve({}, (inner) => (req, served) => {
      if (req.path === '/api/v2/tickets' && !limited) { limited = true; return { status: 429, headers: { 'retry-after': '17' }, json: { message: 'You have exceeded the limit of requests per minute' } }; }
      return inner(req, served);
    });
    const { run, sleeps } = source();
    expect((await run()).tickets).toHaveLength(4);
    expect(sleeps).toEqual([17_000]);
  });

  it('fails on a truncated body after the retries, never reading it as no tickets', async () => {
    serve({}, (inner) => (req, served) => req.path === '/api/v2/tickets' ? { text: '[{"id":101,"status":2,' } : inner(req, served));
    expect((await failure(source().run())).message).toBe('Freshdesk GET /api/v2/tickets: the body is not JSON (22 bytes, starts "[{\\"id\\":101,\\"status\\":"), still after 2 retries');
    serve({}, (inner) => (req, served) => req.path === '/api/v2/tickets' ? { json: { tickets: [] } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('freshdesk: tickets page 1 from 2026-10-01T00:00:00Z is not a list of tickets');
  });

  it('rejects a custom status, an unmapped source and a future timestamp with a reason', async () => {
    const base = FIXTURE_TICKETS[3]!;
    const tickets = [{ ...base, n: 601 }, { ...base, n: 602 }, { ...base, n: 603, created: '2026-12-24T00:00:00Z', updated: '2026-12-24T00:00:00Z' }];
    const inner = freshdeskHandler({ tickets, origin: () => server.url });
    server.setHandler(async (req, served) => {
      const answer = await inner(req, served);
      if (req.path === '/api/v2/tickets' && 'json' in answer) {
        const list = answer.json as Record<string, unknown>[];
        list.find((t) => t.id === 601)!.status = 6;
        list.find((t) => t.id === 602)!.source = 14;
      }
      return answer;
    });
    const result = await source().run();
    expect(result.rejected).toEqual([
      { where: 'freshdesk ticket 601', ticket: '601', reason: 'status "6" is not mapped: add it to source.freshdesk.values.status as one of new, open, pending, on-hold, solved, closed' },
      { where: 'freshdesk ticket 602', ticket: '602', reason: 'source "14" is not mapped: add it to source.freshdesk.values.channel as one of email, web, chat, phone, social, api' },
      { where: 'freshdesk ticket 603', ticket: '603', reason: 'created_at 2026-12-24T00:00:00Z is in the future (now is 2026-11-20T12:00:00Z): check the helpdesk\'s clock or time zone' },
    ]);
  });

  it('names the API key variable on a 401, and on a missing variable; never the key', async () => {
    server.setHandler(() => ({ status: 401, json: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } }));
    const { run, lines } = source();
    const error = await failure(run());
    expect(error.message).toBe('Freshdesk GET /api/v2/surveys/satisfaction_ratings: Freshdesk answered 401 Unauthorized: the credentials in FRESHDESK_API_KEY were refused or lack read access; create a new API token and update the secret');
    const missing = createFreshdeskSource(FRESHDESK_SETTINGS(server.url), { now: FIXTURE_NOW, env: {} });
    expect((await failure(collectChanges(missing, null))).message).toBe('freshdesk: the environment variable FRESHDESK_API_KEY is not set: add it as a secret and pass it to the fetch step');
    expect(lines.join('\n') + error.message).not.toContain(SECRET);
  });
});
