import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONCURRENT_REQUESTS, createGitHubClient, describeGitHubError, type RateLimitWait } from '../../scripts/github/client.ts';
import { startFakeServer, type FakeServer } from '../fakes/http-fake.ts';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: {} })); });
afterEach(async () => { await server.close(); });

function client(extra: { maxRetries?: number; requestTimeoutMs?: number; maxRetryAfterSeconds?: number; now?: () => number } = {}) {
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

  it('waits a minute, not no time, when a spent limit names no reset (a proxy dropped x-ratelimit-reset)', async () => {
    server.setHandler((_req, served) => served.length === 1
      ? { status: 403, headers: { 'x-ratelimit-remaining': '0' }, json: { message: 'API rate limit exceeded' } }
      : { json: issue });
    const { octokit, waits } = client();
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 });
    expect(data).toEqual(issue);
    expect(server.requests).toHaveLength(2);
    expect(waits).toEqual([{ kind: 'rate-limit', seconds: 60, method: 'GET', url: '/repos/{owner}/{repo}/issues/{issue_number}', attempt: 1 }]);
  });

  it('waits a minute after the older "abuse detection" 403 that says no retry-after, then retries', async () => {
    server.setHandler((_req, served) => served.length === 1
      ? { status: 403, json: { message: 'You have triggered an abuse detection mechanism. Please wait a few minutes before you try again.' } }
      : { json: issue });
    const { octokit, waits } = client();
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 });
    expect(data).toEqual(issue);
    expect(server.requests).toHaveLength(2);
    expect(waits.map((w) => [w.kind, w.seconds])).toEqual([['retry-after', 60]]);
  });

  it('does not retry a plain 403 (no limit, no retry-after)', async () => {
    server.setHandler(() => ({ status: 403, json: { message: 'Resource not accessible by integration' } }));
    const { octokit, waits } = client();
    const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 }).then(() => null, (e: unknown) => e);
    expect((error as { status?: number }).status).toBe(403);
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('gives up at once, with the 403, when the primary limit says it resets past the limit on waiting', async () => {
    const reset = Math.floor(Date.now() / 1000) + 86_400;
    server.setHandler(() => ({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, json: { message: 'API rate limit exceeded' } }));
    const { octokit, waits, lines } = client();
    const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 }).then(() => null, (e: unknown) => e);
    expect((error as { status?: number }).status).toBe(403);
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(lines.some((l) => /^github: rate-limit on GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}; giving up: waiting 8640[01] s more would pass the 900 s limit on waiting \(0 s waited\)$/.test(l))).toBe(true);
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

// GitHub asks for `retry-after` to be honoured on any 403 or 429; the throttling plugin only honours it when the
// message says "secondary rate" (or x-ratelimit-remaining is 0), so a plain "Too Many Requests" is the client's.
describe('a 403 or 429 with retry-after that is not a "secondary rate" message', () => {
  const get = (octokit: ReturnType<typeof client>['octokit']) => octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 });
  const route = '/repos/{owner}/{repo}/issues/{issue_number}';

  it('waits the seconds it asks for and retries', async () => {
    server.setHandler((_req, served) => served.length === 1 ? { status: 429, headers: { 'retry-after': '7' }, json: { message: 'Too Many Requests' } } : { json: issue });
    const { octokit, waits, lines } = client();
    expect((await get(octokit)).data).toEqual(issue);
    expect(server.requests).toHaveLength(2);
    expect(waits).toEqual([{ kind: 'retry-after', seconds: 7, method: 'GET', url: route, attempt: 1 }]);
    expect(lines).toContain(`github: 429 with retry-after on GET ${route} for acme/help; waiting 7 s (retry 1 of 3)`);
  });

  it('reads an HTTP date against the injected clock (a 403 from a proxy)', async () => {
    server.setHandler((_req, served) => served.length < 3 ? { status: 403, headers: { 'retry-after': 'Sun, 06 Dec 2026 01:00:05 GMT' }, json: { message: 'Forbidden' } } : { json: issue });
    const { octokit, waits } = client({ now: () => Date.parse('2026-12-06T01:00:00.500Z') });
    expect((await get(octokit)).data).toEqual(issue);
    expect(server.requests).toHaveLength(3);
    // 4.5 s to the date, rounded up to whole seconds
    expect(waits.map((w) => [w.kind, w.seconds, w.attempt])).toEqual([['retry-after', 5, 1], ['retry-after', 5, 2]]);
  });

  it('gives up after maxRetries, naming the repository', async () => {
    server.setHandler(() => ({ status: 429, headers: { 'retry-after': '3' }, json: { message: 'Too Many Requests' } }));
    const { octokit, waits } = client({ maxRetries: 2 });
    const error = await get(octokit).catch((e: unknown) => e);
    expect(server.requests).toHaveLength(3);
    expect(waits.map((w) => w.seconds)).toEqual([3, 3]);
    expect((error as { status: number }).status).toBe(429);
    expect(describeGitHubError(error, 'github-issues: acme/help', 'GITHUB_TOKEN')).toBe(
      `github-issues: acme/help: GitHub answered 429 to GET ${route} for acme/help and asked to retry after 3 s; gave up after 2 retries (6 s waited) — the limit did not clear: run again later`,
    );
  });

  it('gives up before the total wait would pass maxRetryAfterSeconds', async () => {
    server.setHandler(() => ({ status: 429, headers: { 'retry-after': '400' }, json: { message: 'Too Many Requests' } }));
    const { octokit, waits } = client({ maxRetryAfterSeconds: 900 });
    const error = await get(octokit).catch((e: unknown) => e);
    // 400 + 400 = 800 waited; a third 400 would make 1200 > 900
    expect(server.requests).toHaveLength(3);
    expect(waits.map((w) => w.seconds)).toEqual([400, 400]);
    expect((error as Error).message).toBe(
      `GitHub answered 429 to GET ${route} for acme/help and asked to retry after 400 s; gave up: 400 s more would pass the 900 s limit on waiting (800 s waited, 2 retries) — the limit did not clear: run again later`,
    );
  });

  it('a secondary rate limit is waited for once per attempt, by the throttling plugin only', async () => {
    server.setHandler((_req, served) => served.length === 1
      ? { status: 429, headers: { 'retry-after': '4' }, json: { message: 'You have exceeded a secondary rate limit.' } }
      : { json: issue });
    const { octokit, waits } = client();
    await get(octokit);
    expect(server.requests).toHaveLength(2);
    expect(waits.map((w) => [w.kind, w.seconds])).toEqual([['secondary-rate-limit', 4]]);
  });

  it('a 403 without retry-after is not retried', async () => {
    server.setHandler(() => ({ status: 403, json: { message: 'Resource not accessible by integration' } }));
    const { octokit, waits } = client();
    const error = await get(octokit).catch((e: unknown) => e);
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
    expect((error as { status: number }).status).toBe(403);
  });
});

// The caller's signal (Octokit's `request: { signal }`), the client's `signal` and the run's stop (SIGTERM) end a
// request in flight: the timeout must not replace them, and an aborted request is not retried as a 500.
describe('a request stopped while GitHub has not answered', () => {
  it('ends at once when the caller aborts it, with a clear error and no retry', { timeout: 10_000 }, async () => {
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => { arrived = resolve; });
    server.setHandler(() => { arrived(); return { hang: true }; });
    const { octokit, waits } = client({ requestTimeoutMs: 60_000 });
    const controller = new AbortController();
    const pending = octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7, request: { signal: controller.signal } }).catch((e: unknown) => e);
    await arrival;
    controller.abort(new Error('stopped by SIGTERM'));
    const error = await pending;
    expect(server.requests).toHaveLength(1);
    expect(waits).toEqual([]);
    const line = describeGitHubError(error, 'github-issues: acme/help', 'GITHUB_TOKEN');
    expect(line).toBe('github-issues: acme/help: GET /repos/{owner}/{repo}/issues/{issue_number} for acme/help was stopped before GitHub answered (stopped by SIGTERM)');
    expect(line).not.toContain('ghp_secret123');
  });

  it('ends at once when the client\'s signal aborts, even while waiting to retry a 503', { timeout: 10_000 }, async () => {
    server.setHandler(() => ({ status: 503, headers: { 'retry-after': '600' }, json: { message: 'Service Unavailable' } }));
    const controller = new AbortController();
    const waits: RateLimitWait[] = [];
    // 600 s at 1,000 ms a second: only the abort can end the wait within the test.
    const octokit = createGitHubClient({ token: 'ghp_secret123', baseUrl: server.url, writeSpacingMs: 0, signal: controller.signal, onWait: (w) => { waits.push(w); controller.abort(); } });
    const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 }).catch((e: unknown) => e);
    expect(server.requests).toHaveLength(1);
    expect(waits.map((w) => [w.kind, w.seconds])).toEqual([['server-error', 600]]);
    expect((error as Error).message).toBe('GET /repos/{owner}/{repo}/issues/{issue_number} for acme/help was stopped before GitHub answered (This operation was aborted)');
  });
});

// Octokit's retry plugin waited 1, 4 and 9 s after a 5xx whatever its retry-after said (a maintenance window).
describe('a 5xx with retry-after', () => {
  const get = (octokit: ReturnType<typeof client>['octokit']) => octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 });

  it('waits at least the seconds it asks for, and the backoff when that is longer', async () => {
    server.setHandler((_req, served) => served.length === 1 ? { status: 503, headers: { 'retry-after': '45' }, text: 'down for maintenance' }
      : served.length === 2 ? { status: 502, headers: { 'retry-after': '1' }, text: 'Bad gateway' }
        : served.length === 3 ? { status: 500, headers: { 'retry-after': 'Sun, 06 Dec 2026 01:00:30 GMT' }, json: { message: 'x' } } : { json: issue });
    const { octokit, waits, lines } = client({ now: () => Date.parse('2026-12-06T01:00:00Z') });
    expect((await get(octokit)).data).toEqual(issue);
    expect(server.requests).toHaveLength(4);
    // 45 asked > 1 backoff; 1 asked < 4 backoff; 30 (the date) > 9 backoff
    expect(waits.map((w) => [w.kind, w.seconds, w.attempt])).toEqual([['server-error', 45, 1], ['server-error', 4, 2], ['server-error', 30, 3]]);
    expect(lines).toContain('github: 503 on GET /repos/{owner}/{repo}/issues/{issue_number} for acme/help; waiting 45 s (retry 1 of 3)');
  });

  it('without retry-after, is retried by Octokit\'s retry plugin after 1, 4 and 9 s, then fails with its status', async () => {
    server.setHandler(() => ({ status: 502, text: 'Bad gateway' }));
    const { octokit, waits } = client();
    // The one client carries both plugins (the project's rule): the retry plugin's planning is what we extend.
    expect(typeof octokit.retry.retryRequest).toBe('function');
    const error = await get(octokit).catch((e: unknown) => e);
    expect((error as { status: number }).status).toBe(502);
    expect(server.requests).toHaveLength(4);
    expect(waits.map((w) => [w.kind, w.seconds, w.attempt])).toEqual([['server-error', 1, 1], ['server-error', 4, 2], ['server-error', 9, 3]]);
  });

  it('fails at once with the reason when it would keep the request waiting past 900 s in all', async () => {
    server.setHandler(() => ({ status: 503, headers: { 'retry-after': '500' }, text: 'down for maintenance' }));
    const { octokit, waits } = client();
    const error = await get(octokit).catch((e: unknown) => e);
    expect(server.requests).toHaveLength(2);
    expect(waits.map((w) => w.seconds)).toEqual([500]);
    expect(describeGitHubError(error, 'github-issues: acme/help')).toBe(
      'github-issues: acme/help: GitHub answered 503 to GET /repos/{owner}/{repo}/issues/{issue_number} for acme/help and asked to retry after 500 s, past the 900 s one request waits in all (500 s waited): run again later',
    );
  });
});

// review27: the retries of one request after a 5xx, the plugin's and the wrap's, count against one limit; each
// request keeps its own plan (Octokit shares the client's default `request` options between requests); the throttling
// plugin's wait ends when the request is stopped.
describe('one request\'s retries after a 5xx', () => {
  const route = '/repos/{owner}/{repo}/issues/{issue_number}';

  it('are maxRetries in all when 5xx without retry-after and with a long one alternate', async () => {
    // Every 4th answer asks for 100 s (past the 9 s backoff, so the wrap waits it), the others are plain 502s.
    server.setHandler((_req, served) => served.length % 4 === 0 ? { status: 503, headers: { 'retry-after': '100' }, text: 'down' } : { status: 502, text: 'Bad gateway' });
    const { octokit, waits } = client();
    const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 }).catch((e: unknown) => e);
    // 1 + 3 retries after 1, 4 and 9 s; the 503 is the 4th answer, with no retry left. Before: 16 requests, 15 waits.
    expect(server.requests).toHaveLength(4);
    expect(waits.map((w) => [w.kind, w.seconds, w.attempt])).toEqual([['server-error', 1, 1], ['server-error', 4, 2], ['server-error', 9, 3]]);
    expect((error as { status: number }).status).toBe(503);
  });

  it('count the long wait first: 100 s asked, then backoffs of 4 and 9 s, then the 502', async () => {
    server.setHandler((_req, served) => served.length === 1 ? { status: 503, headers: { 'retry-after': '100' }, text: 'down' } : { status: 502, text: 'Bad gateway' });
    const { octokit, waits, lines } = client();
    const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 }).catch((e: unknown) => e);
    expect(server.requests).toHaveLength(4);
    expect(waits.map((w) => [w.kind, w.seconds, w.attempt])).toEqual([['server-error', 100, 1], ['server-error', 4, 2], ['server-error', 9, 3]]);
    expect((error as { status: number }).status).toBe(502);
    expect(lines.filter((l) => / waiting \d+ s \(retry /.test(l)).map((l) => / waiting (\d+ s \(retry \d of 3\))/.exec(l)![1])).toEqual(['100 s (retry 1 of 3)', '4 s (retry 2 of 3)', '9 s (retry 3 of 3)']);
  });

  it('a 503\'s retry-after is waited by the request it answered while another is in flight', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    server.setHandler(async (req, served) => {
      if (req.path.endsWith('/issues/1')) return served.filter((r) => r.path === req.path).length === 1 ? { status: 503, headers: { 'retry-after': '30' }, text: 'down for maintenance' } : { json: { number: 1 } };
      await released;
      return { json: { number: 2 } };
    });
    const { octokit, waits } = client();
    // The first request is sent, then the second starts before the first has its answer.
    const first = octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 1 }).then((r) => r.data, (e: { status?: number }) => `failed with ${e.status}`);
    const second = octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 2 });
    // Before: the 503's mark went to the second request's plan, and the first failed at once with its 503.
    expect(await first).toEqual({ number: 1 });
    release();
    expect((await second).data).toEqual({ number: 2 });
    expect(waits).toEqual([{ kind: 'server-error', seconds: 30, method: 'GET', url: route, attempt: 1 }]);
  });

  it('a 503\'s retry-after is waited by a request with options of its own (a caller\'s signal)', async () => {
    server.setHandler((_req, served) => served.length === 1 ? { status: 503, headers: { 'retry-after': '30' }, text: 'down for maintenance' } : { json: issue });
    const { octokit, waits } = client();
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7, request: { signal: new AbortController().signal } });
    expect(data).toEqual(issue);
    expect(server.requests).toHaveLength(2);
    // Before: no wait reported; the plugin retried after its 1 s backoff.
    expect(waits).toEqual([{ kind: 'server-error', seconds: 30, method: 'GET', url: route, attempt: 1 }]);
  });
});

describe('requests asleep before a retry', () => {
  // The waits are held by the test (the client's `sleep`) and ended only once the other request has its answer: no
  // clock is read. Before, the retry plugin's backoff was waited in `fetch`, inside the throttling plugin's queue, so
  // each request asleep held one of its CONCURRENT_REQUESTS slots: the request below queued behind them, never sent,
  // and the test ran into its timeout.
  it('hold none of the client\'s slots: another request is sent and answered while every slot\'s request sleeps', { timeout: 10_000 }, async () => {
    server.setHandler((req, served) => req.path.endsWith('/issues/99') || served.filter((r) => r.path === req.path).length > 1
      ? { json: { number: Number(req.path.split('/').pop()) } }
      : { status: 502, text: 'Bad gateway' });
    const sleeping: Array<{ ms: number; wake: () => void }> = [];
    let allAsleep!: () => void;
    const asleep = new Promise<void>((resolve) => { allAsleep = resolve; });
    const octokit = createGitHubClient({
      token: 'ghp_secret123', baseUrl: server.url, writeSpacingMs: 0,
      sleep: (ms) => new Promise<void>((wake) => {
        sleeping.push({ ms, wake });
        if (sleeping.length === CONCURRENT_REQUESTS) allAsleep();
      }),
    });
    const answered: number[] = [];
    const get = (n: number) => octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: n }).then(({ data }) => { answered.push(data.number); });
    const retried = Array.from({ length: CONCURRENT_REQUESTS }, (_, i) => get(i + 1));
    await asleep;
    // Every one answered 502 once and sleeps its first backoff (1 s).
    expect([server.requests.length, sleeping.map((s) => s.ms)]).toEqual([CONCURRENT_REQUESTS, Array(CONCURRENT_REQUESTS).fill(1000)]);
    await get(99);
    expect(answered).toEqual([99]);
    for (const s of sleeping) s.wake();
    await Promise.all(retried);
    expect(answered.slice(1).sort((a, b) => a - b)).toEqual(Array.from({ length: CONCURRENT_REQUESTS }, (_, i) => i + 1));
    expect(server.requests.length).toBe(2 * CONCURRENT_REQUESTS + 1);
  });
});

describe('a wait before a retry, when the request is stopped', () => {
  const stoppedBy = async (answer: () => { status: number; headers: Record<string, string>; json: unknown }, kind: RateLimitWait['kind']) => {
    server.setHandler(answer);
    const controller = new AbortController();
    const waits: RateLimitWait[] = [];
    // 600 s at 1,000 ms a second: only the abort can end the wait within the test.
    const octokit = createGitHubClient({ token: 'ghp_secret123', baseUrl: server.url, writeSpacingMs: 0, signal: controller.signal, onWait: (w) => { waits.push(w); controller.abort(new Error('another request was refused')); } });
    const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 }).catch((e: unknown) => e);
    expect(server.requests).toHaveLength(1);
    expect(waits.map((w) => w.kind)).toEqual([kind]);
    expect(describeGitHubError(error, 'github-issues: acme/help', 'GITHUB_TOKEN')).toBe('github-issues: acme/help: GET /repos/{owner}/{repo}/issues/{issue_number} for acme/help was stopped before GitHub answered (another request was refused)');
  };

  it('ends at once for a secondary rate limit (the throttling plugin\'s wait)', { timeout: 10_000 }, async () => {
    await stoppedBy(() => ({ status: 403, headers: { 'retry-after': '600' }, json: { message: 'You have exceeded a secondary rate limit.' } }), 'secondary-rate-limit');
  });

  it('ends at once during the retry plugin\'s backoff after a 502', { timeout: 10_000 }, async () => {
    server.setHandler(() => ({ status: 502, text: 'Bad gateway' }));
    const controller = new AbortController();
    const waits: RateLimitWait[] = [];
    // A minute a second: the 1 s backoff is a minute, which only the abort can end within the test (before: the plugin's timer).
    const octokit = createGitHubClient({ token: 'ghp_secret123', baseUrl: server.url, writeSpacingMs: 0, millisecondsPerSecond: 60_000, signal: controller.signal, onWait: (w) => { waits.push(w); controller.abort(new Error('another request was refused')); } });
    const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 7 }).catch((e: unknown) => e);
    expect(server.requests).toHaveLength(1);
    expect(waits.map((w) => [w.kind, w.seconds])).toEqual([['server-error', 1]]);
    expect((error as Error).message).toBe('GET /repos/{owner}/{repo}/issues/{issue_number} for acme/help was stopped before GitHub answered (another request was refused)');
  });

  it('ends at once for the primary limit spent until x-ratelimit-reset', { timeout: 10_000 }, async () => {
    const reset = Math.floor(Date.now() / 1000) + 600;
    await stoppedBy(() => ({ status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, json: { message: 'API rate limit exceeded' } }), 'rate-limit');
  });
});
