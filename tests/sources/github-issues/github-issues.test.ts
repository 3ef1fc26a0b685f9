import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RateLimitWait } from '../../../scripts/github/client.ts';
import type { GitHubIssuesSourceSettings, TeamDefinition } from '../../../scripts/model/model.ts';
import { createSchemaValidator } from '../../../scripts/model/schema-validator.ts';
import { createGitHubIssuesSource, type GitHubIssuesSourceDeps } from '../../../scripts/sources/github-issues.ts';
import { collectChanges } from '../../../scripts/sources/source.ts';
import { startFakeServer, type FakeHandler, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, githubExpected, type FixtureTicket, failure } from '../fixture-helpdesk.ts';
import { AGENT_LOGIN, githubHandler } from './github-fake.ts';

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
  defaultPriority: 'normal', channel: 'web', concurrency: 2,
});

export const TEAMS: TeamDefinition[] = [{ id: 'support-emea', name: 'Support EMEA', description: null, calendar: null, githubTeam: null, leads: [], members: ['Ana-Lopez'], origin: { file: 'standards/teams/support-emea.yaml' } }];

function source(extra: Partial<GitHubIssuesSourceDeps> = {}, settings = GITHUB_SETTINGS(server.url)) {
  const waits: RateLimitWait[] = [];
  const lines: string[] = [];
  const github = createGitHubIssuesSource(settings, {
    now: FIXTURE_NOW, env: { HELPDESK_GITHUB_TOKEN: SECRET }, teams: TEAMS, millisecondsPerSecond: 1, maxRetries: 2, onWait: (w) => waits.push(w), ...extra,
  });
  const run = (cursor: string | null = null, since: Date | null = null) => collectChanges(github, cursor, { log: (l) => lines.push(l), since });
  return { github, run, waits, lines };
}

function serve(tickets: FixtureTicket[] = FIXTURE_TICKETS, fault?: (inner: FakeHandler) => FakeHandler, withPullRequest = true) {
  const inner = githubHandler({ tickets, owner: 'acme', repo: 'help', perPage: 2, origin: () => server.url, withPullRequest });
  server.setHandler(fault ? fault(inner) : inner);
}

const listRequests = () => server.requests.filter((r) => r.path === '/repos/acme/help/issues');

describe('the GitHub Issues source against a local GitHub', () => {
  it('gives the fixture helpdesk issue for issue, drops the pull request, and returns the newest updated_at', async () => {
    serve();
    const { run, lines } = source();
    const result = await run();
    const byCreation = [...result.tickets].sort((a, b) => a.created.localeCompare(b.created));
    expect(byCreation).toEqual(FIXTURE_TICKETS.map(githubExpected));
    expect(result.rejected).toEqual([]);
    expect(JSON.parse(result.cursor)).toEqual({ 'acme/help': '2026-11-19T00:00:00Z' });
    expect(source().github.upstream).toBe('github-issues:acme/help');
    expect(source({}, { ...GITHUB_SETTINGS(server.url), repositories: ['acme/help', 'acme/other'] }).github.upstream).toBe('github-issues:acme/help+acme/other');
    const validate = createSchemaValidator();
    for (const t of result.tickets) expect(validate.validate('ticket.schema.json', t)).toEqual([]);
    expect(listRequests()[0]!.url).toBe('/repos/acme/help/issues?state=all&since=2026-10-01T00%3A00%3A00Z&sort=updated&direction=asc&per_page=100');
    expect(listRequests().map((r) => r.query.get('page'))).toEqual([null, '2', '3']);
    expect(server.requests.some((r) => r.path.startsWith('/repos/acme/help/issues/900'))).toBe(false);
    expect(server.requests[0]!.headers.authorization).toBe(`token ${SECRET}`);
    expect(lines[0]).toBe('github-issues: acme/help page 1: 2 issues (2 so far)');
    expect(JSON.stringify(result)).not.toContain('Customer');
  });

  it('continues from the stored updated_at, and --since overrides it', async () => {
    serve();
    const result = await source().run(JSON.stringify({ 'acme/help': '2026-11-10T16:00:00Z' }));
    expect(result.tickets.map((t) => t.id)).toEqual(['103', '104']);
    expect(listRequests()[0]!.query.get('since')).toBe('2026-11-10T16:00:00Z');
    await source().run(JSON.stringify({ 'acme/help': '2026-11-10T16:00:00Z' }), new Date('2026-11-05T00:00:00Z'));
    expect(listRequests().at(-1)!.query.get('since')).toBe('2026-11-05T00:00:00Z');
  });

  it('yields an issue deleted or transferred since the list was read in `deleted`', async () => {
    serve(FIXTURE_TICKETS, (inner) => (req, served) => req.path === '/repos/acme/help/issues/102/comments' ? { status: 410, json: { message: 'This issue was deleted' } } : inner(req, served));
    const result = await source().run();
    expect(result.deleted).toEqual(['102']);
    expect(result.tickets.map((t) => t.id).sort()).toEqual(['101', '103', '104']);
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
      if (req.path === '/repos/acme/help/issues/101/events' && !limited) {
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

  it('retries 500, 502, 503, a reset and a hang, then fails after the bounded retries with one line', async () => {
    const faults: ReturnType<FakeHandler>[] = [{ status: 500, json: { message: 'x' } }, { status: 502, text: 'Bad gateway' }, { reset: true }, { hang: true }, { status: 503, text: 'Unavailable' }];
    let n = 0;
    serve(FIXTURE_TICKETS, (inner) => (req, served) => req.path === '/repos/acme/help/issues/103/comments' && n < faults.length ? faults[n++]! : inner(req, served));
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
    expect((await failure(source().run())).message).toBe('github-issues: acme/help issues page 1 is not a list of issues');
  });

  it('stops when a page links back to itself', async () => {
    serve(FIXTURE_TICKETS, (inner) => (req, served) => req.path === '/repos/acme/help/issues'
      ? { headers: { link: `<${server.url}/repos/acme/help/issues?page=1>; rel="next"` }, json: [] } : inner(req, served));
    expect((await failure(source().run())).message).toBe(`github-issues: acme/help issues page 3 links back to ${server.url}/repos/acme/help/issues?page=1: stopping rather than looping`);
  });

  it('rejects an issue with an unknown state or a future timestamp with a reason, and keeps unknown fields out', async () => {
    const odd = { ...FIXTURE_TICKETS[3]!, n: 301 };
    const future = { ...FIXTURE_TICKETS[3]!, n: 302, created: '2027-02-01T00:00:00Z', updated: '2027-02-01T00:00:00Z' };
    const inner = githubHandler({ tickets: [odd, future], owner: 'acme', repo: 'help', origin: () => server.url });
    server.setHandler(async (req, served) => {
      const answer = await inner(req, served);
      if (req.path === '/repos/acme/help/issues' && 'json' in answer) (answer.json as Record<string, unknown>[])[0]!.state = 'archived';
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

  it('counts author_association agents and Team members; bots are not replies', async () => {
    const f: FixtureTicket = { ...FIXTURE_TICKETS[3]!, n: 401, messages: [] };
    const inner = githubHandler({ tickets: [f], owner: 'acme', repo: 'help', origin: () => server.url });
    server.setHandler(async (req, served) => {
      if (req.path === '/repos/acme/help/issues/401/comments') {
        return { json: [
          { created_at: '2026-11-12T10:05:00Z', user: { login: 'stale[bot]', type: 'Bot' }, author_association: 'NONE' },
          { created_at: '2026-11-12T10:10:00Z', user: { login: 'the-owner', type: 'User' }, author_association: 'OWNER' },
          { created_at: '2026-11-12T10:20:00Z', user: { login: AGENT_LOGIN.toUpperCase(), type: 'User' }, author_association: 'CONTRIBUTOR' },
          { created_at: '2026-11-12T10:30:00Z', user: { login: 'someone', type: 'User' }, author_association: 'MEMBER' },
        ] };
      }
      const answer = await inner(req, served);
      if (req.path === '/repos/acme/help/issues' && 'json' in answer) (answer.json as Record<string, unknown>[])[0]!.comments = 4;
      return answer;
    });
    const result = await source().run();
    expect(result.tickets[0]!.replies).toEqual([
      { at: '2026-11-12T10:10:00Z', by: 'agent' }, { at: '2026-11-12T10:20:00Z', by: 'agent' }, { at: '2026-11-12T10:30:00Z', by: 'customer' },
    ]);
  });
});
