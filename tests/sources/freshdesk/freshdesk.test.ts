import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FreshdeskSourceSettings, Ticket } from '../../../scripts/model/model.ts';
import { createSchemaValidator } from '../../../scripts/model/schema-validator.ts';
import { createFreshdeskSource, type FreshdeskSourceDeps } from '../../../scripts/sources/freshdesk.ts';
import { collectChanges, type SourceUsage } from '../../../scripts/sources/source.ts';
import { storedTicketsOf } from '../../../scripts/store/stored-tickets.ts';
import { accountRateLimit } from '../../fakes/account-rate-limit.ts';
import { startFakeServer, type FakeHandler, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, freshdeskExpected, failure, inOffset } from '../fixture-helpdesk.ts';
import { freshdeskFixtureSettings, freshdeskHandler, type FreshdeskFakeOptions } from './freshdesk-fake.ts';

const SECRET = 'fd-secret-key-0123456789';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: [] })); });
afterEach(async () => { await server.close(); });


function source(extra: Partial<FreshdeskSourceDeps> = {}, settings: Partial<FreshdeskSourceSettings> = {}) {
  const sleeps: number[] = [];
  const lines: string[] = [];
  let usage: SourceUsage | null = null;
  const freshdesk = createFreshdeskSource(freshdeskFixtureSettings(server.url, settings), {
    now: FIXTURE_NOW, env: { FRESHDESK_API_KEY: SECRET }, sleep: async (ms) => { sleeps.push(ms); }, backoffMs: 1000, maxRetries: 2, ...extra,
  });
  const run = (cursor: string | null = null, since: Date | null = null, stored: Ticket[] = []) =>
    collectChanges(freshdesk, cursor, { log: (l) => lines.push(l), since, storedTickets: storedTicketsOf(stored), usage: (u) => { usage = u; } });
  return { freshdesk, run, sleeps, lines, usage: () => usage };
}

function serve(options: Partial<FreshdeskFakeOptions> = {}, fault?: (inner: FakeHandler) => FakeHandler) {
  const inner = freshdeskHandler({ tickets: FIXTURE_TICKETS, origin: () => server.url, ...options });
  server.setHandler(fault ? fault(inner) : inner);
}

const listRequests = () => server.requests.filter((r) => r.path === '/api/v2/tickets' && r.query.get('filter') === null);
const cursorOf = (text: string) => JSON.parse(text) as { updatedSince: string; deletedSince: string; spamSince: string; ratingsSince: string; pendingRatings: number[][] };

describe('the Freshdesk source against a local Freshdesk', () => {
  it('gives the fixture helpdesk ticket for ticket, with ratings, and a cursor per part', async () => {
    serve();
    const { run, lines } = source();
    const result = await run();
    const byCreation = [...result.tickets].sort((a, b) => a.created.localeCompare(b.created));
    expect(byCreation).toEqual(FIXTURE_TICKETS.map(freshdeskExpected));
    expect(result.rejected).toEqual([]);
    // Tickets from the newest updated_at stored; ratings from the newest rating read; deletions and spam from the start.
    expect(cursorOf(result.cursor)).toEqual({ updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-10-01T00:00:00Z', spamSince: '2026-10-01T00:00:00Z', ratingsSince: '2026-11-05T10:00:00Z', pendingRatings: [] });
    expect(source().freshdesk.upstream).toBe('freshdesk:acme');
    const validate = createSchemaValidator();
    for (const t of result.tickets) expect(validate.validate('ticket.schema.json', t)).toEqual([]);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/v2/surveys/satisfaction_ratings?created_since=2026-07-03T00%3A00%3A00Z&per_page=100&page=1',
      '/api/v2/tickets?updated_since=2026-10-01T00%3A00%3A00Z&order_by=updated_at&order_type=asc&include=stats&per_page=100&page=1',
      '/api/v2/tickets/101/conversations?per_page=100&page=1',
      '/api/v2/tickets/102/conversations?per_page=100&page=1',
      '/api/v2/tickets/103/conversations?per_page=100&page=1',
      '/api/v2/tickets/104/conversations?per_page=100&page=1',
      '/api/v2/tickets?filter=deleted&updated_since=2026-10-01T00%3A00%3A00Z&order_by=updated_at&order_type=asc&per_page=100&page=1',
      '/api/v2/tickets?filter=spam&updated_since=2026-10-01T00%3A00%3A00Z&order_by=updated_at&order_type=asc&per_page=100&page=1',
    ]);
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`${SECRET}:X`).toString('base64')}`);
    expect(lines).toEqual(['freshdesk: 2 satisfaction ratings to apply', 'freshdesk: page 1: 4 tickets (4 so far, 6 requests)']);
    expect(JSON.stringify(result)).not.toContain('Customer');
  });

  it('asks for each next page from the last updated_at, so a ticket touched mid-fetch is read again and none is skipped', async () => {
    // After the first page, ticket 101 is edited: it moves to the end, and every later ticket shifts back one place.
    // Page 2 by number would then start at 103: 102 would never be listed, and the cursor would pass it.
    let pagesServed = 0;
    serve({ perPage: 2, beforeListPage: (_request, helpdesk) => { if (pagesServed++ === 1) helpdesk.touch(101, '2026-11-19T08:00:00Z'); } });
    const result = await source({ perPage: 2 }).run();
    expect(result.tickets.map((t) => [t.id, t.updated])).toEqual([
      ['101', '2026-11-02T12:00:00Z'], ['102', '2026-11-05T10:00:00Z'], ['103', '2026-11-10T16:00:00Z'], ['104', '2026-11-12T10:00:00Z'], ['101', '2026-11-19T08:00:00Z'],
    ]);
    // Each request starts at the last updated_at stored, whose ticket it serves again (skipped) before the new ones.
    expect(listRequests().map((r) => [r.query.get('updated_since'), r.query.get('page')])).toEqual([
      ['2026-10-01T00:00:00Z', '1'], ['2026-11-05T10:00:00Z', '1'], ['2026-11-10T16:00:00Z', '1'], ['2026-11-12T10:00:00Z', '1'], ['2026-11-19T08:00:00Z', '1'],
    ]);
    expect(cursorOf(result.cursor).updatedSince).toBe('2026-11-19T08:00:00Z');
  });

  it('pages within one updated_at by page number, reads that instant once more to be sure, and fails past the page cap', async () => {
    // 102 and 103 share an updated_at: the request from it serves 102 (seen) and 103, a full page of that one
    // instant, so the next request asks for its page 2; then one more reading of the instant finds nothing missed.
    serve({ perPage: 2, pageCap: 3, updatedAt: (f) => f.n === 102 ? '2026-11-10T16:00:00Z' : f.updated });
    const result = await source({ perPage: 2 }, { pageCap: 3 }).run();
    expect(result.tickets.map((t) => t.id)).toEqual(['101', '102', '103', '104']);
    expect(listRequests().map((r) => [r.query.get('updated_since'), r.query.get('page')])).toEqual([
      ['2026-10-01T00:00:00Z', '1'], ['2026-11-10T16:00:00Z', '1'], ['2026-11-10T16:00:00Z', '2'], ['2026-11-10T16:00:00Z', '1'], ['2026-11-10T16:00:00Z', '2'],
    ]);
    serve({ perPage: 1, pageCap: 2, updatedAt: () => '2026-11-05T10:00:00Z' });
    const error = await failure(source({ perPage: 1 }, { pageCap: 2 }).run());
    expect(error.message).toBe('freshdesk: tickets: more than 2 pages share the update time 2026-11-05T10:00:00Z: cannot page past it');
  });

  it('misses no ticket of a crowded updated_at when one of them is edited after the second request', async () => {
    // All four tickets share one second (a bulk edit); two a page. After page 1 of that instant was served, 101 is
    // edited: it moves to the end and 103 shifts back onto page 1, so page 2 serves 104 and 101's new version.
    // On page numbers alone 103 is never listed and the cursor passes it; reading the instant again finds it.
    const T = '2026-11-12T10:00:00Z';
    let listed = 0;
    serve({ perPage: 2, updatedAt: () => T, beforeListPage: (_request, helpdesk) => { if (++listed === 3) helpdesk.touch(101, '2026-11-19T08:00:00Z'); } });
    const result = await source({ perPage: 2 }).run();
    expect(result.tickets.map((t) => [t.id, t.updated])).toEqual([
      ['101', T], ['102', T], ['104', T], ['101', '2026-11-19T08:00:00Z'], ['103', T],
    ]);
    // The walk (from the start, then the instant's pages 1 and 2), a reading that finds 103, a reading that finds
    // nothing missed, then on from the newest updated_at read.
    expect(listRequests().map((r) => [r.query.get('updated_since'), r.query.get('page')])).toEqual([
      ['2026-10-01T00:00:00Z', '1'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], ['2026-11-19T08:00:00Z', '1'],
    ]);
    expect(cursorOf(result.cursor).updatedSince).toBe('2026-11-19T08:00:00Z');
  });

  it('misses no ticket edited into a crowded updated_at before the page read, and the cursor does not pass it', async () => {
    // 102 and 103 share one second, a full page of it. Before its page 2, 101 is edited into that same second: it
    // sorts first in it and shifts 103 onto page 2 again, so the walk lists 103 twice and 101 at that instant never.
    const T = '2026-11-10T16:00:00Z';
    let listed = 0;
    serve({ perPage: 2, updatedAt: (f) => f.n === 102 ? T : f.updated, beforeListPage: (_request, helpdesk) => { if (++listed === 3) helpdesk.touch(101, T); } });
    const result = await source({ perPage: 2 }).run();
    expect(result.tickets.map((t) => [t.id, t.updated])).toEqual([
      ['101', '2026-11-02T12:00:00Z'], ['102', T], ['103', T], ['104', '2026-11-12T10:00:00Z'], ['101', T],
    ]);
    expect(listRequests().map((r) => [r.query.get('updated_since'), r.query.get('page')])).toEqual([
      ['2026-10-01T00:00:00Z', '1'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], ['2026-11-12T10:00:00Z', '1'],
    ]);
    expect(cursorOf(result.cursor).updatedSince).toBe('2026-11-12T10:00:00Z');
  });

  it('continues from the stored cursor (also one written before deletions and ratings had their own), and --since overrides it', async () => {
    serve();
    const stored = cursorOf((await source().run()).cursor);
    server.requests.length = 0;
    expect((await source().run(JSON.stringify({ ...stored, updatedSince: '2026-11-10T16:00:00Z' }))).tickets.map((t) => t.id)).toEqual(['103', '104']);
    expect(server.requests[0]!.query.get('created_since')).toBe('2026-11-05T10:00:00Z');
    // An old cursor reads ratings from 90 days back again: those of stored tickets change nothing.
    const old = await source().run(JSON.stringify({ updatedSince: '2026-11-10T16:00:00Z' }), null, FIXTURE_TICKETS.slice(0, 2).map(freshdeskExpected));
    expect(old.tickets.map((t) => t.id)).toEqual(['103', '104']);
    // Its spam is read from the first fetch's start (below), and the list of it ends at the start: nothing is spam.
    expect(cursorOf(old.cursor)).toEqual({ updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-11-10T16:00:00Z', spamSince: '2026-10-01T00:00:00Z', ratingsSince: '2026-11-05T10:00:00Z', pendingRatings: [] });
    await source().run(JSON.stringify(stored), new Date('2026-11-04T00:00:00Z'));
    expect(listRequests().at(-1)!.query.get('updated_since')).toBe('2026-11-04T00:00:00Z');
    // A --since after the stored cursor (here a mistyped year, after now too) reads each part from where the cursor
    // stood: no cursor may jump ahead past the tickets changed, the ratings given and the tickets deleted between,
    // which no later night would read.
    const ahead = await source().run(JSON.stringify(stored), new Date('2027-11-04T00:00:00Z'));
    expect(listRequests().at(-1)!.query.get('updated_since')).toBe('2026-11-12T10:00:00Z');
    expect(cursorOf(ahead.cursor)).toMatchObject({ updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-10-01T00:00:00Z', spamSince: '2026-10-01T00:00:00Z' });
    // Without a cursor to hold it back, it reads from now.
    const unheld = await source().run('not a cursor', new Date('2027-11-04T00:00:00Z'));
    expect(listRequests().at(-1)!.query.get('updated_since')).toBe('2026-11-20T12:00:00Z');
    expect(cursorOf(unheld.cursor)).toMatchObject({ updatedSince: '2026-11-20T12:00:00Z', deletedSince: '2026-11-20T12:00:00Z', spamSince: '2026-11-20T12:00:00Z' });
  });

  it('yields deleted tickets: listed with filter=deleted, flagged in the list, or gone when their conversations are read', async () => {
    serve({ deleted: [55], deletedTickets: [{ id: 66, updated_at: '2026-11-14T09:00:00Z' }, { id: 77, updated_at: '2026-09-01T00:00:00Z' }] },
      (inner) => (req, served) => req.path === '/api/v2/tickets/103/conversations' ? { status: 404, json: { code: 'not_found' } } : inner(req, served));
    const result = await source().run();
    expect(result.deleted.sort()).toEqual(['103', '55', '66']);
    expect(result.tickets.map((t) => t.id).sort()).toEqual(['101', '102', '104']);
    expect(cursorOf(result.cursor).deletedSince).toBe('2026-11-14T09:00:00Z');
  });

  it('yields a stored ticket marked as spam in `deleted`: the list leaves it out for good, only filter=spam lists it', async () => {
    serve();
    const first = await source().run();
    server.requests.length = 0;
    // 102 is marked as spam after the first night: it drops out of the list, with its updated_at moved.
    serve({ spamTickets: [{ id: 102, updated_at: '2026-11-16T08:00:00Z' }] });
    const night = await source().run(first.cursor, null, first.tickets);
    expect(night.deleted).toEqual(['102']);
    // 104 again only because the cursor's own instant is read again (inclusive); 102 is not in the list.
    expect(night.tickets.map((t) => t.id)).toEqual(['104']);
    expect(server.requests.filter((r) => r.query.get('filter') === 'spam').map((r) => r.query.get('updated_since'))).toEqual(['2026-10-01T00:00:00Z']);
    expect(cursorOf(night.cursor)).toMatchObject({ spamSince: '2026-11-16T08:00:00Z', deletedSince: '2026-10-01T00:00:00Z' });
  });

  // A cursor written before spam had its own read: the tickets marked as spam before then left the list then, and
  // stayed in the store. Reading spam from where the deletions stood (last night) never lists them: they stayed
  // measured for good, which is what the spam read is for. The first such night reads spam from the first fetch's start.
  it('with a cursor written before spam had its own, removes a stored ticket marked as spam before then', async () => {
    serve();
    const first = await source().run();
    const { spamSince: _, ...before } = { ...cursorOf(first.cursor), deletedSince: '2026-11-12T10:00:00Z' };
    server.requests.length = 0;
    serve({ spamTickets: [{ id: 102, updated_at: '2026-11-05T08:00:00Z' }] });
    const night = await source().run(JSON.stringify(before), null, first.tickets);
    expect(night.deleted).toEqual(['102']);
    expect(server.requests.filter((r) => r.query.get('filter') === 'spam').map((r) => r.query.get('updated_since'))).toEqual(['2026-10-01T00:00:00Z']);
    expect(cursorOf(night.cursor)).toMatchObject({ spamSince: '2026-11-05T08:00:00Z', deletedSince: '2026-11-12T10:00:00Z' });
  });

  it('misses no ticket deleted into a crowded second of deleted tickets, and the deletions cursor does not pass it', async () => {
    // 66 and 67 were deleted in one second, a full page of it. Before its page 2, 55 is deleted in that same second:
    // it sorts first in it and shifts 67 onto page 2 again, so the walk lists 67 twice and 55 never.
    const T = '2026-11-14T09:00:00Z';
    let deletedPages = 0;
    serve({
      perPage: 2, deletedTickets: [{ id: 66, updated_at: T }, { id: 67, updated_at: T }, { id: 68, updated_at: '2026-11-15T00:00:00Z' }],
      beforeListPage: (request, helpdesk) => { if (request.query.get('filter') === 'deleted' && ++deletedPages === 3) helpdesk.remove(55, T); },
    });
    const result = await source({ perPage: 2 }).run();
    expect(result.deleted).toEqual(['66', '67', '68', '55']);
    expect(server.requests.filter((r) => r.query.get('filter') === 'deleted').map((r) => [r.query.get('updated_since'), r.query.get('page')])).toEqual([
      ['2026-10-01T00:00:00Z', '1'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], ['2026-11-15T00:00:00Z', '1'],
    ]);
    expect(cursorOf(result.cursor).deletedSince).toBe('2026-11-15T00:00:00Z');
  });

  it('applies a rating given after a ticket last changed to the stored ticket, and keeps one for a ticket not stored yet until it arrives', async () => {
    // Ticket 104 was stored on an earlier night; its customer rates it tonight, which does not change the ticket.
    // Ticket 900 is rated but not in the store yet (created before the store began, say).
    serve({ tickets: [], extraRatings: [{ ticket: 104, at: '2026-11-19T09:00:00Z', rating: 'good' }, { ticket: 900, at: '2026-11-19T10:00:00Z', rating: 'bad' }] });
    const stored104 = freshdeskExpected(FIXTURE_TICKETS[3]!);
    const result = await source().run(JSON.stringify({ updatedSince: '2026-11-18T00:00:00Z', deletedSince: '2026-11-18T00:00:00Z', ratingsSince: '2026-11-18T00:00:00Z', pendingRatings: [] }), null, [stored104]);
    expect(result.tickets).toEqual([{ ...stored104, updated: '2026-11-19T09:00:00Z', satisfaction: { at: '2026-11-19T09:00:00Z', rating: 5 } }]);
    const cursor = cursorOf(result.cursor);
    expect(cursor.pendingRatings).toEqual([[900, Date.parse('2026-11-19T10:00:00Z'), 1]]);
    expect(cursor.ratingsSince).toBe('2026-11-19T10:00:00Z');
    // The next night ticket 900 arrives: it takes the rating that waited for it.
    const f900 = { ...FIXTURE_TICKETS[3]!, n: 900, created: '2026-11-19T11:00:00Z', updated: '2026-11-19T11:00:00Z' };
    serve({ tickets: [f900] });
    const next = await source().run(result.cursor, null, [stored104]);
    expect(next.tickets.map((t) => [t.id, t.satisfaction])).toEqual([['900', undefined]]);
    // A rating before the ticket's creation is not its own; one after it is kept.
    const later = { ...f900, created: '2026-11-19T08:00:00Z' };
    serve({ tickets: [later] });
    const again = await source().run(result.cursor, null, [stored104]);
    expect(again.tickets.map((t) => [t.id, t.satisfaction])).toEqual([['900', { at: '2026-11-19T10:00:00Z', rating: 1 }]]);
    expect(cursorOf(again.cursor).pendingRatings).toEqual([]);
  });

  it('keeps a stored rating when the ticket changes again without a new one', async () => {
    serve({ tickets: [FIXTURE_TICKETS[1]!] });
    const stored = freshdeskExpected(FIXTURE_TICKETS[1]!);
    const result = await source().run(JSON.stringify({ updatedSince: '2026-11-05T00:00:00Z', deletedSince: '2026-11-05T00:00:00Z', ratingsSince: '2026-11-06T00:00:00Z', pendingRatings: [] }), null, [stored]);
    expect(result.tickets).toEqual([stored]);
  });

  it('finds the stored ticket under the UTC day of its created_at when Freshdesk writes it with an offset, so its rating stays', async () => {
    // #102 was created at 2026-11-03T08:00:00Z and is stored under 2026-11-03; at -09:00 the text says 2026-11-02.
    expect(inOffset(FIXTURE_TICKETS[1]!.created, '-09:00')).toBe('2026-11-02T23:00:00-09:00');
    serve({ tickets: [FIXTURE_TICKETS[1]!], createdOffset: '-09:00' });
    const stored = freshdeskExpected(FIXTURE_TICKETS[1]!);
    expect(stored.satisfaction).toEqual({ at: '2026-11-05T10:00:00Z', rating: 1 });
    const result = await source().run(JSON.stringify({ updatedSince: '2026-11-05T00:00:00Z', deletedSince: '2026-11-05T00:00:00Z', ratingsSince: '2026-11-06T00:00:00Z', pendingRatings: [] }), null, [stored]);
    expect(result.tickets).toEqual([stored]);
  });
});

describe('the Freshdesk request budget', () => {
  it('keeps to its share of the account\'s limit, counting the credits each request cost, so the account never answers 429', async () => {
    // 60 tickets; the account allows 200 credits a minute and its agents spend 80 of them at the start of each
    // minute. At 50% the fetch may spend until the account has 100 left: 20 credits a minute.
    const tickets = Array.from({ length: 60 }, (_, i) => ({ ...FIXTURE_TICKETS[3]!, n: 1000 + i, updated: `2026-11-12T10:${String(i).padStart(2, '0')}:00Z` }));
    let clock = FIXTURE_NOW.getTime();
    const rateLimit = accountRateLimit({ limit: 200, others: 80, now: () => clock });
    serve({ tickets, rateLimit });
    const { run, usage } = source({ clock: { now: () => clock, sleep: async (ms) => { clock += ms; } } });
    const result = await run();
    expect(result.tickets).toHaveLength(60);
    expect(rateLimit.refused).toBe(0);
    // 1 ratings + 1 list at 3 credits + 60 conversations + 1 deleted list + 1 spam list = 66 credits, 20 a minute: 4 minutes.
    expect(rateLimit.peakOurs).toBeLessThanOrEqual(20);
    expect(usage()).toMatchObject({ requests: 64, accountLimit: 200, maxShare: 0.5, changedTickets: 60, byKind: { ratings: 1, tickets: 1, conversations: 60, deleted: 1, spam: 1 } });
    expect(Math.floor((clock - FIXTURE_NOW.getTime()) / 60_000)).toBe(3);
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

  it('waits the Retry-After of a 503 when it is longer than the backoff; fails at once when it would pass 15 minutes', async () => {
    let down = false;
    serve({}, (inner) => (req, served) => {
      if (req.path === '/api/v2/tickets' && !down) { down = true; return { status: 503, headers: { 'retry-after': '30' }, text: 'Service Unavailable' }; }
      return inner(req, served);
    });
    const waited = source();
    expect((await waited.run()).tickets).toHaveLength(4);
    expect(waited.sleeps).toEqual([30_000]);
    serve({}, (inner) => (req, served) => req.path === '/api/v2/tickets' ? { status: 429, headers: { 'retry-after': 'Wed, 18 Nov 2026 12:00:00 GMT' }, json: { message: 'You have exceeded the limit of requests per minute' } } : inner(req, served));
    const refused = source({ clock: { now: () => Date.parse('2026-11-17T12:00:00Z'), sleep: async () => {} } });
    expect((await failure(refused.run())).message).toBe('Freshdesk GET /api/v2/tickets: rate limited (429) and asked to wait 86400 s more, past the 900 s one request waits in all (0 s waited): run the fetch again later');
  });

  it('fails on a truncated body after the retries, never reading it as no tickets', async () => {
    serve({}, (inner) => (req, served) => req.path === '/api/v2/tickets' ? { text: '[{"id":101,"status":2,' } : inner(req, served));
    expect((await failure(source().run())).message).toBe('Freshdesk GET /api/v2/tickets: the body is not JSON (22 bytes, starts "[{\\"id\\":101,\\"status\\":"), still after 2 retries');
    serve({}, (inner) => (req, served) => req.path === '/api/v2/tickets' ? { json: { tickets: [] } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('freshdesk: tickets page from 2026-10-01T00:00:00Z is not a list of tickets');
  });

  it('rejects a custom status, an unmapped source and a future timestamp with a reason', async () => {
    const base = FIXTURE_TICKETS[3]!;
    const tickets = [{ ...base, n: 601 }, { ...base, n: 602 }, { ...base, n: 603, created: '2026-12-24T00:00:00Z', updated: '2026-12-24T00:00:00Z' }];
    const inner = freshdeskHandler({ tickets, origin: () => server.url });
    server.setHandler(async (req, served) => {
      const answer = await inner(req, served);
      if (req.path === '/api/v2/tickets' && req.query.get('filter') === null && 'json' in answer) {
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
    const missing = createFreshdeskSource(freshdeskFixtureSettings(server.url), { now: FIXTURE_NOW, env: {} });
    expect((await failure(collectChanges(missing, null))).message).toBe('freshdesk: the environment variable FRESHDESK_API_KEY is not set: add it as a secret and pass it to the fetch step');
    expect(lines.join('\n') + error.message).not.toContain(SECRET);
  });

  describe('satisfaction ratings past Freshdesk\'s page cap (here 2 pages of 2)', () => {
    const SEVEN = [1, 2, 3, 4, 5, 6, 7].map((h) => ({ ticket: 900 + h, at: `2026-11-19T0${h}:00:00Z`, rating: 'good' as const }));
    const ratingUrls = () => server.requests.filter((r) => r.path === '/api/v2/surveys/satisfaction_ratings').map((r) => r.url.replace('/api/v2/surveys/satisfaction_ratings?', ''));

    it('reads on from, logs and keeps the newest rating read in the one form positions have, whatever form Freshdesk writes it in', async () => {
      serve({ tickets: [], perPage: 2, pageCap: 2, extraRatings: SEVEN.map((r) => ({ ...r, at: r.at.replace('Z', '+00:00') })) });
      const { run, lines } = source({ perPage: 2 }, { pageCap: 2 });
      const result = await run();
      expect(cursorOf(result.cursor).ratingsSince).toBe('2026-11-19T07:00:00Z');
      expect(ratingUrls().map((u) => new URLSearchParams(u).get('created_since'))).toEqual(['2026-07-03T00:00:00Z', '2026-07-03T00:00:00Z', '2026-11-19T04:00:00Z', '2026-11-19T04:00:00Z', '2026-11-19T07:00:00Z']);
      expect(lines.slice(0, 2)).toEqual([
        'freshdesk: the satisfaction ratings since 2026-07-03T00:00:00Z fill Freshdesk\'s 2 pages: reading on from 2026-11-19T04:00:00Z',
        'freshdesk: the satisfaction ratings since 2026-11-19T04:00:00Z fill Freshdesk\'s 2 pages: reading on from 2026-11-19T07:00:00Z',
      ]);
    });

    it('reads on from the newest rating read when the pages come oldest first: none of the seven is lost on a first fetch', async () => {
      serve({ tickets: [], perPage: 2, pageCap: 2, extraRatings: SEVEN });
      const { run, lines } = source({ perPage: 2 }, { pageCap: 2 });
      const result = await run();
      expect(cursorOf(result.cursor).pendingRatings).toEqual(SEVEN.map((r) => [r.ticket, Date.parse(r.at), 5]));
      expect(cursorOf(result.cursor).ratingsSince).toBe('2026-11-19T07:00:00Z');
      expect(ratingUrls()).toEqual([
        'created_since=2026-07-03T00%3A00%3A00Z&per_page=2&page=1',
        'created_since=2026-07-03T00%3A00%3A00Z&per_page=2&page=2',
        'created_since=2026-11-19T04%3A00%3A00Z&per_page=2&page=1',
        'created_since=2026-11-19T04%3A00%3A00Z&per_page=2&page=2',
        'created_since=2026-11-19T07%3A00%3A00Z&per_page=2&page=1',
      ]);
      expect(lines.slice(0, 3)).toEqual([
        'freshdesk: the satisfaction ratings since 2026-07-03T00:00:00Z fill Freshdesk\'s 2 pages: reading on from 2026-11-19T04:00:00Z',
        'freshdesk: the satisfaction ratings since 2026-11-19T04:00:00Z fill Freshdesk\'s 2 pages: reading on from 2026-11-19T07:00:00Z',
        'freshdesk: 7 satisfaction ratings to apply',
      ]);
    });

    it('reads every rating sharing the instant at the cap\'s edge once: read on from that instant, they are listed again, none lost', async () => {
      // 04:00 three times across the first cap's last rating: the next query starts at 04:00 and lists all three again.
      const tied = [1, 2, 3, 4, 4, 4, 5].map((h, i) => ({ ticket: 901 + i, at: `2026-11-19T0${h}:00:00Z`, rating: 'good' as const }));
      serve({ tickets: [], perPage: 2, pageCap: 2, extraRatings: tied });
      const { run } = source({ perPage: 2 }, { pageCap: 2 });
      const result = await run();
      expect(cursorOf(result.cursor).pendingRatings).toEqual(tied.map((r) => [r.ticket, Date.parse(r.at), 5]));
      expect(ratingUrls()).toEqual([
        'created_since=2026-07-03T00%3A00%3A00Z&per_page=2&page=1',
        'created_since=2026-07-03T00%3A00%3A00Z&per_page=2&page=2',
        'created_since=2026-11-19T04%3A00%3A00Z&per_page=2&page=1',
        'created_since=2026-11-19T04%3A00%3A00Z&per_page=2&page=2',
        'created_since=2026-11-19T05%3A00%3A00Z&per_page=2&page=1',
      ]);
    });

    it('orders ratings by their instants, not their text: within one second, milliseconds are later, and the list read on in whole seconds', async () => {
      // Oldest first in time. As text "…01:00:00.500Z" sorts before "…01:00:00Z" ('.' < 'Z'): the pages looked out of
      // order and the fetch stopped at the cap.
      const mixed = ['01:00:00Z', '01:00:00.500Z', '02:00:00Z', '02:00:00.250Z', '03:00:00Z'].map((t, i) => ({ ticket: 901 + i, at: `2026-11-19T${t}`, rating: 'good' as const }));
      serve({ tickets: [], perPage: 2, pageCap: 2, extraRatings: mixed });
      const { run, lines } = source({ perPage: 2 }, { pageCap: 2 });
      const result = await run();
      expect(cursorOf(result.cursor).pendingRatings).toEqual(mixed.map((r) => [r.ticket, Date.parse(r.at), 5]));
      expect(cursorOf(result.cursor).ratingsSince).toBe('2026-11-19T03:00:00Z');
      // Read on from 02:00:00.250Z, asked for from its whole second (02:00:00Z, listed again: merged, not lost).
      expect(ratingUrls()).toEqual([
        'created_since=2026-07-03T00%3A00%3A00Z&per_page=2&page=1',
        'created_since=2026-07-03T00%3A00%3A00Z&per_page=2&page=2',
        'created_since=2026-11-19T02%3A00%3A00Z&per_page=2&page=1',
        'created_since=2026-11-19T02%3A00%3A00Z&per_page=2&page=2',
      ]);
      expect(lines[0]).toBe('freshdesk: the satisfaction ratings since 2026-07-03T00:00:00Z fill Freshdesk\'s 2 pages: reading on from 2026-11-19T02:00:00.250Z');
    });

    it('keeps the newest rating as the next position when it is the later one within a second', async () => {
      // As text, "…01:00:00.500Z" > "…01:00:00Z" is false: the position stayed half a second back.
      serve({ tickets: [], extraRatings: [{ ticket: 901, at: '2026-11-19T01:00:00Z', rating: 'good' }, { ticket: 902, at: '2026-11-19T01:00:00.500Z', rating: 'good' }] });
      const result = await source().run();
      expect(cursorOf(result.cursor).ratingsSince).toBe('2026-11-19T01:00:00.500Z');
    });

    it('stops the fetch when the pages do not come oldest first, rather than lose the ratings past the cap', async () => {
      serve({ tickets: [], perPage: 2, pageCap: 2, extraRatings: SEVEN, ratingsNewestFirst: true });
      const error = await failure(source({ perPage: 2 }, { pageCap: 2 }).run());
      expect(error.message).toBe('freshdesk: the satisfaction ratings since 2026-07-03T00:00:00Z fill Freshdesk\'s 2 pages and did not come oldest first, so they cannot be read on from a later created_since without losing some: the fetch stops; fetch again with a later --since');
    });

    it('stops the fetch when the cap\'s worth of ratings share one instant', async () => {
      serve({ tickets: [], perPage: 2, pageCap: 2, extraRatings: SEVEN.map((r) => ({ ...r, at: '2026-11-19T01:00:00Z' })) });
      const error = await failure(source({ perPage: 2 }, { pageCap: 2 }).run());
      expect(error.message).toBe('freshdesk: the satisfaction ratings since 2026-11-19T01:00:00Z fill Freshdesk\'s 2 pages all given at 2026-11-19T01:00:00Z: cannot page past that instant');
    });
  });
});
