// The Zendesk and Freshdesk requests wait before a retry (a 429's Retry-After, up to 900 s; a 5xx's backoff). A
// fatal answer to another request of the fetch (or SIGTERM) aborts its signal: the wait ends at once and nothing
// more is sent, instead of the request (and the process) sleeping the wait out.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHelpdeskHttp } from '../../scripts/sources/helpdesk-http.ts';
import { startFakeServer, type FakeServer } from '../fakes/http-fake.ts';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: {} })); });
afterEach(async () => { await server.close(); });

describe('a helpdesk request waiting to retry', () => {
  it.each([
    ['a 429\'s Retry-After', { status: 429, headers: { 'retry-after': '600' }, json: { error: 'TooManyRequests' } }],
    ['a 503\'s backoff', { status: 503, json: { error: 'Unavailable' } }],
  ] as const)('ends at once during %s when the fetch\'s signal aborts (the real sleep: only the abort can end it)', { timeout: 10_000 }, async (_what, answer) => {
    const fatal = new AbortController();
    server.setHandler(() => answer);
    const http = createHelpdeskHttp({
      upstream: 'Zendesk', baseUrl: server.url, authorization: 'Bearer zd-test', credentialEnv: 'ZENDESK_API_TOKEN',
      backoffMs: 600_000, signal: fatal.signal,
      // Said just before the wait begins: another request is refused then.
      log: () => fatal.abort(new Error('Zendesk answered 401 to another request')),
    });
    // Before: the wait ran its 600 s and the test timed out at 10 s.
    expect(await http.getJson('/api/v2/tickets.json').then(() => 'answered', (error: Error) => error.message)).toBe('Zendesk answered 401 to another request');
    expect(server.requests).toHaveLength(1);
  });
});
