import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, describeGitHubError, type RateLimitWait } from '../../scripts/github/client.ts';
import { startFakeServer, type FakeServer } from '../fakes/http-fake.ts';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: {} })); });
afterEach(async () => { await server.close(); });

function client(extra: { maxRetries?: number; requestTimeoutMs?: number } = {}) {
  const waits: RateLimitWait[] = [];
  const lines: string[] = [];
  const octokit = createGitHubClient({
    token: 'ghp_secret123', baseUrl: server.url, millisecondsPerSecond: 1, writeSpacingMs: 0,
    log: (line) => lines.push(line), onWait: (w) => waits.push(w), ...extra,
  });
  return { octokit, waits, lines };
}

const issue = { number: 7, title: 'x' };

describe('the GitHub client against a local server', () => {
  it('sends the token and the API version, and returns the data', async () => {
    server.setHandler(() => ({ json: issue }));
    const { octokit } = client();
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 });
    expect(data).toEqual(issue);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.path).toBe('/repos/acme/help/issues/7');
    expect(server.requests[0]!.headers.authorization).toBe('token ghp_secret123');
  });

  it('waits the retry-after of a secondary rate limit (403) and retries', async () => {
    server.setHandler((_req, served) => served.length === 1
      ? { status: 403, headers: { 'retry-after': '42' }, json: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } }
      : { json: issue });
    const { octokit, waits, lines } = client();
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 });
    expect(data).toEqual(issue);
    expect(server.requests).toHaveLength(2);
    expect(waits).toEqual([{ kind: 'secondary-rate-limit', seconds: 42, method: 'GET', url: '/repos/{owner}/{repo}/issues/{issue_number}', attempt: 1 }]);
    expect(lines.join('\n')).not.toContain('ghp_secret123');
  });

  it('waits for x-ratelimit-reset when the primary limit is spent (x-ratelimit-remaining: 0)', async () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    server.setHandler((_req, served) => served.length === 1
      ? { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, json: { message: 'API rate limit exceeded' } }
      : { json: issue });
    const { octokit, waits } = client();
    await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 });
    expect(waits).toHaveLength(1);
    expect(waits[0]!.kind).toBe('rate-limit');
    // one second past the reset, as GitHub documents; allow the test's own second to tick
    expect(waits[0]!.seconds).toBeGreaterThanOrEqual(30);
    expect(waits[0]!.seconds).toBeLessThanOrEqual(31);
  });

  it('gives up on a rate limit after maxRetries and reports the 403', async () => {
    server.setHandler(() => ({ status: 429, headers: { 'retry-after': '1' }, json: { message: 'You have exceeded a secondary rate limit.' } }));
    const { octokit } = client({ maxRetries: 2 });
    const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 }).catch((e: unknown) => e);
    expect((error as { status: number }).status).toBe(429);
    expect(server.requests).toHaveLength(3);
  });

  it('retries 502 and a connection reset, then succeeds', async () => {
    server.setHandler((_req, served) => served.length === 1 ? { status: 502, text: '<html>Bad gateway</html>' } : served.length === 2 ? { reset: true } : { json: issue });
    const { octokit } = client();
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 });
    expect(data).toEqual(issue);
    expect(server.requests).toHaveLength(3);
  });

  it('aborts a request that hangs and retries it', async () => {
    server.setHandler((_req, served) => served.length === 1 ? { hang: true } : { json: issue });
    const { octokit } = client({ requestTimeoutMs: 200 });
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 });
    expect(data).toEqual(issue);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry 401, 404 or 422 and says what to fix without the token', async () => {
    for (const [status, expected] of [
      [401, 'fetch issues: GitHub refused the token in GITHUB_TOKEN (401 Bad credentials): create a new token and update the secret'],
      [404, 'fetch issues: GitHub answered 404: the repository, pull request or issue does not exist, or the token in GITHUB_TOKEN cannot see it'],
      [422, 'fetch issues: GitHub rejected the request (422 Validation Failed'],
    ] as const) {
      server.requests.length = 0;
      server.setHandler(() => ({ status, json: { message: status === 401 ? 'Bad credentials' : status === 404 ? 'Not Found' : 'Validation Failed' } }));
      const { octokit } = client();
      const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 }).catch((e: unknown) => e);
      expect(server.requests).toHaveLength(1);
      const line = describeGitHubError(error, 'fetch issues', 'GITHUB_TOKEN');
      expect(line.startsWith(expected)).toBe(true);
      expect(line).not.toContain('ghp_secret123');
    }
  });
});
