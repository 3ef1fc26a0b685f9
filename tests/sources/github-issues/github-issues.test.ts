import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RateLimitWait } from '../../../scripts/github/client.ts';
import type { GitHubIssuesSourceSettings, TeamDefinition, Ticket } from '../../../scripts/model/model.ts';
import { createSchemaValidator } from '../../../scripts/model/schema-validator.ts';
import { createGitHubIssuesSource, type GitHubIssuesSourceDeps } from '../../../scripts/sources/github-issues.ts';
import { collectChanges, type SourceUsage } from '../../../scripts/sources/source.ts';
import { storedTicketsOf } from '../../../scripts/store/stored-tickets.ts';
import { startFakeServer, type FakeHandler, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, githubExpected, inOffset, type FixtureTicket, failure } from '../fixture-helpdesk.ts';
import { AGENT_LOGIN, githubHandler, type GitHubFakeOptions } from './github-fake.ts';

const SECRET = 'ghp_fixtureSecret0123456789';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: [] })); });
afterEach(async () => { await server.close(); });

export const GITHUB_SETTINGS = (baseUrl: string): GitHubIssuesSourceSettings => ({
  repositories: ['acme/help'], baseUrl, tokenEnv: 'HELPDESK_GITHUB_TOKEN', startDate: '2026-10-01',
  agents: { teamMembers: true, authorAssociations: ['OWNER'] },
  labels: {
    priority: { p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' },
    team: { 'team: emea': 'support-emea' },
    category: { incident: 'incident', question: 'question' },
    pending: ['waiting for customer'],
    onHold: ['blocked'],
  },
  defaultPriority: 'normal', channel: 'web', concurrency: 2, maxShare: 0.5,
});

export const TEAMS: TeamDefinition[] = [{ id: 'support-emea', name: 'Support EMEA', description: null, calendar: null, githubTeam: null, leads: [], members: ['Ana-Lopez'], origin: { file: 'standards/teams/support-emea.yaml' } }];

function source(extra: Partial<GitHubIssuesSourceDeps> = {}, settings = GITHUB_SETTINGS(server.url)) {
  const waits: RateLimitWait[] = [];
  const lines: string[] = [];
  let usage: SourceUsage | null = null;
  const github = createGitHubIssuesSource(settings, {
    now: FIXTURE_NOW, env: { HELPDESK_GITHUB_TOKEN: SECRET }, teams: TEAMS, millisecondsPerSecond: 1, maxRetries: 2, onWait: (w) => waits.push(w), perPage: 2, ...extra,
  });
  const run = (cursor: string | null = null, since: Date | null = null, stored: Ticket[] = []) =>
    collectChanges(github, cursor, { log: (l) => lines.push(l), since, storedTickets: storedTicketsOf(stored), usage: (u) => { usage = u; } });
  return { github, run, waits, lines, usage: () => usage };
}

function serve(tickets: FixtureTicket[] = FIXTURE_TICKETS, fault?: (inner: FakeHandler) => FakeHandler, withPullRequest = true, extra: Partial<GitHubFakeOptions> = {}) {
  const inner = githubHandler({ tickets, owner: 'acme', repo: 'help', perPage: 100, origin: () => server.url, withPullRequest, ...extra });
  server.setHandler(fault ? fault(inner) : inner);
}

// The lists of issues changed (`state=all`), not of the open ones.
const listRequests = () => server.requests.filter((r) => r.path === '/repos/acme/help/issues' && r.query.get('state') === 'all');
/** The open issues of the fixture (#103, #104; the open pull request #900 left out), as the cursor keeps them. */
const OPEN_FIXTURE = { 'acme/help': [103, 104] };
const perIssue = () => server.requests.filter((r) => /\/issues\/\d+\/(comments|events)$/.test(r.path)).map((r) => r.path);

describe('the GitHub Issues source against a local GitHub', () => {
  it('gives the fixture helpdesk issue for issue, drops the pull request, and returns the newest updated_at', async () => {
    serve();
    const { run, lines, usage } = source();
    const result = await run();
    const byCreation = [...result.tickets].sort((a, b) => a.created.localeCompare(b.created));
    expect(byCreation).toEqual(FIXTURE_TICKETS.map(githubExpected));
    expect(result.rejected).toEqual([]);
    expect(JSON.parse(result.cursor)).toEqual({ 'acme/help': '2026-11-19T00:00:00Z', open: OPEN_FIXTURE });
    expect(source().github.upstream).toBe('github-issues:acme/help');
    expect(source({}, { ...GITHUB_SETTINGS(server.url), repositories: ['acme/help', 'acme/other'] }).github.upstream).toBe('github-issues:acme/help+acme/other');
    const validate = createSchemaValidator();
    for (const t of result.tickets) expect(validate.validate('ticket.schema.json', t)).toEqual([]);
    // Each next page from the last updated_at read, whose issue it serves again (skipped) first.
    expect(listRequests().map((r) => r.url)).toEqual([
      '/repos/acme/help/issues?state=all&since=2026-10-01T00%3A00%3A00Z&sort=updated&direction=asc&per_page=2&page=1',
      '/repos/acme/help/issues?state=all&since=2026-11-05T10%3A00%3A00Z&sort=updated&direction=asc&per_page=2&page=1',
      '/repos/acme/help/issues?state=all&since=2026-11-10T16%3A00%3A00Z&sort=updated&direction=asc&per_page=2&page=1',
      '/repos/acme/help/issues?state=all&since=2026-11-12T10%3A00%3A00Z&sort=updated&direction=asc&per_page=2&page=1',
      '/repos/acme/help/issues?state=all&since=2026-11-19T00%3A00%3A00Z&sort=updated&direction=asc&per_page=2&page=1',
    ]);
    // Comments and events repository-wide, none per issue.
    expect(server.requests.find((r) => r.path === '/repos/acme/help/issues/comments')!.url).toBe('/repos/acme/help/issues/comments?since=2026-10-01T00%3A00%3A00Z&sort=updated&direction=asc&per_page=2&page=1');
    expect(server.requests.find((r) => r.path === '/repos/acme/help/issues/events')!.url).toBe('/repos/acme/help/issues/events?per_page=2&page=1');
    expect(perIssue()).toEqual([]);
    expect(server.requests[0]!.headers.authorization).toBe(`token ${SECRET}`);
    expect(lines).toEqual([
      'github-issues: acme/help: 4 changed issues, 10 comments and 17 status events since 2026-10-01T00:00:00Z',
      // Then the open issues are listed: two pages more (#103, #104 and the pull request #900, two a page).
      `github-issues: acme/help: 4 issues (4 so far, ${server.requests.length - 2} requests)`,
    ]);
    expect(usage()).toMatchObject({ requests: server.requests.length, changedTickets: 4, limitWindow: 'hour', byKind: { issues: 5 } });
    expect(JSON.stringify(result)).not.toContain('Customer');
  });

  it('asks for each next page from the last updated_at, so an issue edited mid-fetch is read again and none is skipped', async () => {
    // After the first page, #101 is edited: it moves to the end and every later issue shifts back one place.
    // Page 2 by number would then start at #104: #103 would never be listed, and the cursor would pass it.
    let pagesServed = 0;
    serve(FIXTURE_TICKETS, undefined, false, { perPage: 2, beforeListPage: (_request, helpdesk) => { if (pagesServed++ === 1) helpdesk.touch(101, '2026-11-19T08:00:00Z'); } });
    const result = await source().run();
    expect(result.tickets.map((t) => t.id).sort()).toEqual(['101', '102', '103', '104']);
    expect(result.tickets.find((t) => t.id === '101')!.updated).toBe('2026-11-19T08:00:00Z');
    expect(JSON.parse(result.cursor)).toEqual({ 'acme/help': '2026-11-19T08:00:00Z', open: OPEN_FIXTURE });
  });

  it('misses no issue of a crowded updated_at when one of them is edited after the second request', async () => {
    // All four issues share one second (a bulk edit); two a page. After page 1 of that instant was served, #101 is
    // edited: it moves to the end and #103 shifts back onto page 1, so page 2 serves #104 and #101's new version.
    // On page numbers alone #103 is never listed and the cursor passes it; reading the instant again finds it.
    const T = '2026-11-12T10:00:00Z';
    let listed = 0;
    serve(FIXTURE_TICKETS.map((f) => ({ ...f, updated: T })), undefined, false, { perPage: 2, beforeListPage: (_request, helpdesk) => { if (++listed === 3) helpdesk.touch(101, '2026-11-19T08:00:00Z'); } });
    const result = await source().run();
    expect(result.tickets.map((t) => [t.id, t.updated]).sort()).toEqual([['101', '2026-11-19T08:00:00Z'], ['102', T], ['103', T], ['104', T]]);
    // The walk (from the start, then the instant's pages 1 and 2), a reading that finds #103, a reading that finds
    // nothing missed, then on from the newest updated_at read.
    expect(listRequests().map((r) => [r.query.get('since'), r.query.get('page')])).toEqual([
      ['2026-10-01T00:00:00Z', '1'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], ['2026-11-19T08:00:00Z', '1'],
    ]);
    expect(JSON.parse(result.cursor)).toEqual({ 'acme/help': '2026-11-19T08:00:00Z', open: OPEN_FIXTURE });
  });

  it('misses no issue edited into a crowded updated_at before the page read, and the cursor does not pass it', async () => {
    // #102 and #103 share one second, a full page of it. Before its page 2, #101 is edited into that same second:
    // it sorts first in it and shifts #103 onto page 2 again, so the walk lists #103 twice and #101 at that instant never.
    const T = '2026-11-10T16:00:00Z';
    let listed = 0;
    serve(FIXTURE_TICKETS.map((f) => f.n === 102 ? { ...f, updated: T } : f), undefined, false, { perPage: 2, beforeListPage: (_request, helpdesk) => { if (++listed === 3) helpdesk.touch(101, T); } });
    const result = await source().run();
    expect(result.tickets.map((t) => [t.id, t.updated]).sort()).toEqual([['101', T], ['102', T], ['103', T], ['104', '2026-11-12T10:00:00Z']]);
    expect(listRequests().map((r) => [r.query.get('since'), r.query.get('page')])).toEqual([
      ['2026-10-01T00:00:00Z', '1'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], [T, '1'], [T, '2'], ['2026-11-12T10:00:00Z', '1'],
    ]);
    expect(JSON.parse(result.cursor)).toEqual({ 'acme/help': '2026-11-12T10:00:00Z', open: OPEN_FIXTURE });
  });

  it('applies the window\'s comments and events to the stored ticket', async () => {
    // #102 as it was stored on the night of 2026-11-04 (solved once); since then it was reopened and solved again.
    const full = githubExpected(FIXTURE_TICKETS[1]!);
    const asStored: Ticket = {
      ...full, status: 'solved', updated: '2026-11-04T10:00:00Z',
      replies: full.replies.filter((r) => r.at < '2026-11-04T12:00:00Z'), statusChanges: full.statusChanges.filter((c) => c.at < '2026-11-04T12:00:00Z'),
    };
    serve([FIXTURE_TICKETS[1]!], undefined, false);
    const result = await source().run(JSON.stringify({ 'acme/help': '2026-11-04T12:00:00Z' }), null, [asStored]);
    expect(result.tickets).toEqual([full]);
    expect(perIssue()).toEqual([]);
  });

  it('continues from the stored updated_at, reads whole only an issue older than the store, and --since overrides the cursor', async () => {
    serve();
    const stored = FIXTURE_TICKETS.map(githubExpected);
    const result = await source().run(JSON.stringify({ 'acme/help': '2026-11-10T16:00:00Z' }), null, stored);
    expect(result.tickets.map((t) => t.id)).toEqual(['103', '104']);
    expect(result.tickets).toEqual([stored[2], stored[3]]);
    expect(listRequests()[0]!.query.get('since')).toBe('2026-11-10T16:00:00Z');
    expect(perIssue()).toEqual([]);
    // #103 was created before the window and the store does not hold it: its comments and events are read whole.
    server.requests.length = 0;
    const fresh = await source().run(JSON.stringify({ 'acme/help': '2026-11-10T16:00:00Z' }));
    expect(fresh.tickets).toEqual([stored[2], stored[3]]);
    expect([...new Set(perIssue())]).toEqual(['/repos/acme/help/issues/103/comments', '/repos/acme/help/issues/103/events']);
    server.requests.length = 0;
    await source().run(JSON.stringify({ 'acme/help': '2026-11-10T16:00:00Z' }), new Date('2026-11-05T00:00:00Z'));
    expect(listRequests()[0]!.query.get('since')).toBe('2026-11-05T00:00:00Z');
    // A --since after the stored cursor (here a mistyped year, after now too) reads from where the cursor stood: the
    // cursor must not jump ahead past the issues changed between, which no later night would read.
    server.requests.length = 0;
    const ahead = await source().run(JSON.stringify({ 'acme/help': '2026-11-10T16:00:00Z' }), new Date('2027-11-05T00:00:00Z'));
    expect(listRequests()[0]!.query.get('since')).toBe('2026-11-10T16:00:00Z');
    expect(ahead.tickets.map((t) => t.id)).toEqual(['103', '104']);
    // Without a cursor to hold it back, it reads from now.
    server.requests.length = 0;
    const unheld = await source().run('not a cursor', new Date('2027-11-05T00:00:00Z'));
    expect(listRequests()[0]!.query.get('since')).toBe('2026-11-20T12:00:00Z');
    expect(JSON.parse(unheld.cursor)).toEqual({ 'acme/help': '2026-11-20T12:00:00Z', open: OPEN_FIXTURE });
  });

  it('finds a stored issue under the UTC day of its created_at when GitHub writes it with an offset, so it is not read whole', async () => {
    // #103 was created at 2026-11-10T14:00:00Z, before the window, and is stored under 2026-11-10; at +11:00 the text says 2026-11-11.
    expect(inOffset(FIXTURE_TICKETS[2]!.created, '+11:00')).toBe('2026-11-11T01:00:00+11:00');
    serve(FIXTURE_TICKETS, undefined, true, { createdOffset: '+11:00' });
    const stored = FIXTURE_TICKETS.map(githubExpected);
    const result = await source().run(JSON.stringify({ 'acme/help': '2026-11-10T16:00:00Z' }), null, stored);
    expect(result.tickets).toEqual([stored[2], stored[3]]);
    expect(perIssue()).toEqual([]);
  });

  it('yields an issue deleted or transferred since the list was read in `deleted`', async () => {
    // #101 was created before the window and is not stored: reading it whole finds it gone.
    serve(FIXTURE_TICKETS, (inner) => (req, served) => req.path === '/repos/acme/help/issues/101/comments' ? { status: 410, json: { message: 'This issue was deleted' } } : inner(req, served));
    const result = await source().run(JSON.stringify({ 'acme/help': '2026-11-02T10:00:00Z' }));
    expect(result.deleted).toEqual(['101']);
    expect(result.tickets.map((t) => t.id).sort()).toEqual(['102', '103', '104']);
  });
});

describe('GitHub Issues faults', () => {
  it('waits the retry-after of a secondary rate limit (403) and of a 429', async () => {
    let n = 0;
    serve(FIXTURE_TICKETS, (inner) => (req, served) => {
      if (req.path === '/repos/acme/help/issues' && n++ < 2) {
        return n === 1
          ? { status: 403, headers: { 'retry-after': '30' }, json: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } }
          : { status: 429, headers: { 'retry-after': '7' }, json: { message: 'You have exceeded a secondary rate limit.' } };
      }
      return inner(req, served);
    });
    const { run, waits } = source({ maxRetries: 3 });
    expect((await run()).tickets).toHaveLength(4);
    expect(waits.map((w) => [w.kind, w.seconds])).toEqual([['secondary-rate-limit', 30], ['secondary-rate-limit', 7]]);
  });

  it('waits for the reset when x-ratelimit-remaining is 0', async () => {
    let limited = false;
    serve(FIXTURE_TICKETS, (inner) => (req, served) => {
      if (req.path === '/repos/acme/help/issues/events' && !limited) {
        limited = true;
        return { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 20) }, json: { message: 'API rate limit exceeded' } };
      }
      return inner(req, served);
    });
    const { run, waits } = source();
    expect((await run()).tickets).toHaveLength(4);
    expect(waits).toHaveLength(1);
    expect(waits[0]!.kind).toBe('rate-limit');
    expect(waits[0]!.seconds).toBeGreaterThanOrEqual(19);
  });

  it('keeps to its share of the token\'s hourly limit: at the floor it waits for the reset before the next request', async () => {
    // The token allows 100 requests an hour and its other uses have spent 44; at 50% the fetch stops when 50 are left.
    let clock = FIXTURE_NOW.getTime();
    const sleeps: number[] = [];
    serve(FIXTURE_TICKETS, undefined, true, { rateLimit: { limit: 100, spent: 44, resetAt: FIXTURE_NOW.getTime() + 40 * 60_000, now: () => clock } });
    const { run, lines, usage } = source({ clock: { now: () => clock, sleep: async (ms) => { sleeps.push(ms); clock += ms; } } });
    const result = await run();
    expect(result.tickets).toHaveLength(4);
    // The 6th request leaves 50: the 7th waits the 40 minutes to the reset.
    expect(sleeps).toEqual([40 * 60_000]);
    expect(lines).toContain('github-issues: the token has 50 of its 100 requests left this hour, no more than the 50% kept for its other uses; waiting until 2026-11-20T12:40:00Z');
    expect(usage()).toMatchObject({ accountLimit: 100, waitedMs: 40 * 60_000 });
  });

  it('retries 500, 502, 503, a reset and a hang, then fails after the bounded retries with one line', async () => {
    const faults: ReturnType<FakeHandler>[] = [{ status: 500, json: { message: 'x' } }, { status: 502, text: 'Bad gateway' }, { reset: true }, { hang: true }, { status: 503, text: 'Unavailable' }];
    let n = 0;
    serve(FIXTURE_TICKETS, (inner) => (req, served) => req.path === '/repos/acme/help/issues/comments' && n < faults.length ? faults[n++]! : inner(req, served));
    const { run } = source({ maxRetries: 5, requestTimeoutMs: 150 });
    expect((await run()).tickets).toHaveLength(4);
    expect(n).toBe(5);
    serve(FIXTURE_TICKETS, (inner) => (req, served) => req.path === '/repos/acme/help/issues' ? { status: 502, text: 'Bad gateway' } : inner(req, served));
    const error = await failure(source({ maxRetries: 1 }).run());
    expect(error.message).toBe('github-issues: acme/help: GitHub answered 502 (Bad gateway)');
  });

  it('fails on a truncated or non-JSON page instead of reading it as no issues', async () => {
    serve(FIXTURE_TICKETS, (inner) => (req, served) => req.path === '/repos/acme/help/issues' ? { headers: { 'content-type': 'application/json; charset=utf-8' }, text: '[{"number":101,"crea' } : inner(req, served));
    const error = await failure(source({ maxRetries: 0 }).run());
    expect(error.message).toBe('github-issues: GitHub answered GET /repos/acme/help/issues with a body that is not JSON (20 bytes): a truncated page or not the API');
    serve(FIXTURE_TICKETS, (inner) => (req, served) => req.path === '/repos/acme/help/issues' ? { json: { message: 'not a list' } } : inner(req, served));
    expect((await failure(source().run())).message).toBe('github-issues: acme/help issues page from 2026-10-01T00:00:00Z is not a list');
  });

  it('stops when the list does not move past one instant', async () => {
    // A server that ignores since and page serves the same full page again and again.
    serve(FIXTURE_TICKETS, (inner) => (req, served) => req.path === '/repos/acme/help/issues'
      ? { json: FIXTURE_TICKETS.slice(0, 2).map((f) => ({ number: f.n, created_at: f.created, updated_at: f.updated, state: 'open', labels: [] })) } : inner(req, served));
    expect((await failure(source().run())).message).toBe('github-issues: acme/help issues: more than 100 pages share the update time 2026-11-05T10:00:00Z: cannot page past it');
  });

  it('rejects an issue with an unknown state or a future timestamp with a reason, and keeps unknown fields out', async () => {
    const odd = { ...FIXTURE_TICKETS[3]!, n: 301 };
    const future = { ...FIXTURE_TICKETS[3]!, n: 302, created: '2027-02-01T00:00:00Z', updated: '2027-02-01T00:00:00Z' };
    const inner = githubHandler({ tickets: [odd, future], owner: 'acme', repo: 'help', origin: () => server.url });
    server.setHandler(async (req, served) => {
      const answer = await inner(req, served);
      if (req.path === '/repos/acme/help/issues' && 'json' in answer) for (const issue of answer.json as Record<string, unknown>[]) if (issue.number === 301) issue.state = 'archived';
      return answer;
    });
    const result = await source().run();
    expect(result.rejected).toEqual([
      { where: 'github-issues acme/help#301', ticket: '301', reason: 'state "archived" is neither open nor closed' },
      { where: 'github-issues acme/help#302', ticket: '302', reason: 'created_at 2027-02-01T00:00:00Z is in the future (now is 2026-11-20T12:00:00Z): check the helpdesk\'s clock or time zone' },
    ]);
  });

  it('names the token variable on a 401, and on a missing variable; never the token', async () => {
    server.setHandler(() => ({ status: 401, json: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } }));
    const { run, lines } = source();
    const error = await failure(run());
    expect(error.message).toBe('github-issues: acme/help: GitHub refused the token in HELPDESK_GITHUB_TOKEN (401 Bad credentials): create a new token and update the secret');
    const missing = createGitHubIssuesSource(GITHUB_SETTINGS(server.url), { now: FIXTURE_NOW, env: {}, teams: [] });
    expect((await failure(collectChanges(missing, null))).message).toBe('github-issues: the environment variable HELPDESK_GITHUB_TOKEN is not set: add it as a secret and pass it to the fetch step');
    expect(lines.join('\n') + error.message).not.toContain(SECRET);
  });

  it('stops every concurrent request at once after a fatal answer', async () => {
    // 40 issues older than the store are read whole, two at a time; the token is revoked after the first of them.
    const old = Array.from({ length: 40 }, (_, i) => ({ ...FIXTURE_TICKETS[3]!, n: 500 + i, created: '2026-09-01T00:00:00Z', updated: `2026-11-12T10:${String(i).padStart(2, '0')}:00Z` }));
    let revokedAt = -1;
    serve(old, (inner) => (req, served) => {
      if (/\/issues\/\d+\/(comments|events)$/.test(req.path) && revokedAt < 0) revokedAt = served.length;
      return revokedAt >= 0 && served.length >= revokedAt ? { status: 401, json: { message: 'Bad credentials' } } : inner(req, served);
    }, false);
    const error = await failure(source({}, { ...GITHUB_SETTINGS(server.url), startDate: '2026-11-01' }).run());
    expect(error.message).toBe('github-issues: acme/help: GitHub refused the token in HELPDESK_GITHUB_TOKEN (401 Bad credentials): create a new token and update the secret');
    // The refused request and the one the other worker had in flight; nothing after.
    expect(server.requests.length - revokedAt).toBeLessThanOrEqual(2);
  });

  it('ends a request in flight at once when another is refused: the hanging one is not left to its timeout', async () => {
    // Issues older than the store are read whole, two requests at a time: the first per-issue request hangs,
    // the next is refused. The request timeout is far beyond the test's, so only the fatal signal can end it.
    const old = Array.from({ length: 4 }, (_, i) => ({ ...FIXTURE_TICKETS[3]!, n: 600 + i, created: '2026-09-01T00:00:00Z', updated: `2026-11-12T10:0${i}:00Z` }));
    let perIssue = 0;
    serve(old, (inner) => (req, served) => {
      if (!/\/issues\/\d+\/(comments|events)$/.test(req.path)) return inner(req, served);
      return perIssue++ === 0 ? { hang: true } : { status: 401, json: { message: 'Bad credentials' } };
    }, false);
    const { run, lines } = source({ requestTimeoutMs: 3_600_000 }, { ...GITHUB_SETTINGS(server.url), startDate: '2026-11-01' });
    const error = await failure(run());
    expect(error.message).toBe('github-issues: acme/help: GitHub refused the token in HELPDESK_GITHUB_TOKEN (401 Bad credentials): create a new token and update the secret');
    expect(lines.join('\n') + error.message).not.toContain(SECRET);
    // Before the client had the fatal signal, this connection stayed open until the hour's timeout.
    await server.hangEnded;
    expect(perIssue).toBe(2);
  });

  it('counts author_association agents and Team members; bots are not replies', async () => {
    const f: FixtureTicket = { ...FIXTURE_TICKETS[3]!, n: 401, messages: [] };
    const inner = githubHandler({ tickets: [f], owner: 'acme', repo: 'help', origin: () => server.url });
    const comment = (id: number, at: string, login: string, type: string, association: string) =>
      ({ id, issue_url: 'https://api.github.com/repos/acme/help/issues/401', created_at: at, updated_at: at, user: { login, type }, author_association: association });
    server.setHandler(async (req, served) => {
      if (req.path === '/repos/acme/help/issues/comments') {
        return { json: [
          comment(1, '2026-11-12T10:05:00Z', 'stale[bot]', 'Bot', 'NONE'),
          comment(2, '2026-11-12T10:10:00Z', 'the-owner', 'User', 'OWNER'),
          comment(3, '2026-11-12T10:20:00Z', AGENT_LOGIN.toUpperCase(), 'User', 'CONTRIBUTOR'),
          comment(4, '2026-11-12T10:30:00Z', 'someone', 'User', 'MEMBER'),
        ] };
      }
      return inner(req, served);
    });
    const result = await source({ perPage: 100 }).run();
    expect(result.tickets[0]!.replies).toEqual([
      { at: '2026-11-12T10:10:00Z', by: 'agent' }, { at: '2026-11-12T10:20:00Z', by: 'agent' }, { at: '2026-11-12T10:30:00Z', by: 'customer' },
    ]);
  });
});
