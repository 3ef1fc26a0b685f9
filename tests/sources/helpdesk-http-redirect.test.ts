// Every URL a Zendesk or Freshdesk request goes to must be on the helpdesk's origin (helpdesk-http.ts): a next page
// elsewhere is refused, and so is a redirect elsewhere. Node's fetch drops the Authorization header on a redirect
// to another origin, but then reads that origin's answer as the helpdesk's: a page of tickets from a host the
// settings never named. A redirect on the helpdesk's own origin (a moved path) is followed.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHelpdeskHttp, UpstreamError } from '../../scripts/sources/helpdesk-http.ts';
import { startFakeServer, type FakeAnswer, type FakeServer } from '../fakes/http-fake.ts';

let helpdesk: FakeServer;
let elsewhere: FakeServer;
beforeEach(async () => {
  helpdesk = await startFakeServer(() => ({ json: {} }));
  elsewhere = await startFakeServer(() => ({ json: [{ id: 1, updated_at: '2026-11-01T00:00:00Z' }] }));
});
afterEach(async () => { await helpdesk.close(); await elsewhere.close(); });

const client = () => createHelpdeskHttp({ upstream: 'Freshdesk', baseUrl: helpdesk.url, authorization: 'Basic ZmQta2V5Olg=', credentialEnv: 'FRESHDESK_API_KEY', sleep: async () => {} });

describe('a helpdesk request answered with a redirect', () => {
  it.each([301, 302, 303, 307, 308])('%i to another origin fails the request, naming both origins, and nothing is read there', async (status) => {
    helpdesk.setHandler(() => ({ status, headers: { location: `${elsewhere.url}/api/v2/tickets?page=1` }, text: '' }));
    const error = await client().getJson('/api/v2/tickets?page=1').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as Error).message).toBe(`Freshdesk redirected GET /api/v2/tickets to ${elsewhere.url}, not ${helpdesk.url}: refusing to send the credentials elsewhere`);
    expect(elsewhere.requests).toEqual([]);
  });

  it('on the helpdesk\'s own origin is followed, with the credentials', async () => {
    helpdesk.setHandler((request) => request.path === '/old' ? { status: 301, headers: { location: '/api/v2/tickets?page=2' }, text: '' } : { json: [{ id: 7 }] });
    expect(await client().getJson('/old')).toEqual([{ id: 7 }]);
    expect(helpdesk.requests.map((r) => [r.url, r.headers.authorization])).toEqual([['/old', 'Basic ZmQta2V5Olg='], ['/api/v2/tickets?page=2', 'Basic ZmQta2V5Olg=']]);
  });

  it('is not where a retry goes: a retry asks the URL requested again (a 302 is temporary)', async () => {
    helpdesk.setHandler((request) => request.path === '/api/v2/tickets'
      ? (helpdesk.requests.length === 1 ? { status: 302, headers: { location: '/maintenance' }, text: '' } : { json: [{ id: 8 }] })
      : { text: '<html>down for maintenance</html>' });
    expect(await client().getJson('/api/v2/tickets')).toEqual([{ id: 8 }]);
    expect(helpdesk.requests.map((r) => r.url)).toEqual(['/api/v2/tickets', '/maintenance', '/api/v2/tickets']);
  });

  it('that never ends fails after 5 redirects', async () => {
    helpdesk.setHandler((request) => ({ status: 302, headers: { location: `/loop/${helpdesk.requests.length}` }, text: '' }));
    const error = await client().getJson('/loop/0').then(() => null, (e: unknown) => e);
    expect((error as Error).message).toBe('Freshdesk GET /loop/5: redirected more than 5 times');
    expect(helpdesk.requests).toHaveLength(6);
  });
});

// A Location or a next page on the helpdesk's origin with a user and password before the host (`u:p@host`): the same
// origin as far as URL.origin says, but fetch refuses such a URL outright (a TypeError, not an answer), which was
// read as a dropped connection, retried 5 times, and reported with the URL (its password included) in the message.
describe('a helpdesk URL with a user and password before the host', () => {
  it('in a redirect fails the request at once, without retrying and without the password in the message', async () => {
    const host = new URL(helpdesk.url).host;
    helpdesk.setHandler(() => ({ status: 302, headers: { location: `http://someone:s3cret-in-location@${host}/api/v2/tickets?page=2` }, text: '' }));
    const error = await client().getJson('/api/v2/tickets?page=1').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as Error).message).toBe('Freshdesk redirected GET /api/v2/tickets to a URL with a user name or password before its host: refusing to send the credentials there');
    expect(helpdesk.requests.map((r) => r.url)).toEqual(['/api/v2/tickets?page=1']);
  });

  it('as the next page is refused before anything is sent', async () => {
    const host = new URL(helpdesk.url).host;
    const error = await client().getPage(`http://someone:s3cret@${host}/api/v2/tickets?page=2`).then(() => null, (e: unknown) => e);
    expect((error as Error).message).toBe('Freshdesk pointed the next page at a URL with a user name or password before its host: refusing to send the credentials there');
    expect(helpdesk.requests).toEqual([]);
  });
});

// RFC 8288 §3.2: a Link target is a URI reference resolved against the URL of the answer that carried it (after any
// redirect), not against the helpdesk's root: `<?page=2>` on /api/v2/tickets is /api/v2/tickets?page=2.
describe('a relative next link', () => {
  it('is resolved against the page that carried it', async () => {
    helpdesk.setHandler((request): FakeAnswer => request.path === '/old'
      ? { status: 301, headers: { location: '/api/v2/tickets?page=1' }, text: '' }
      : { headers: { link: '<?page=2>; rel="next"' }, json: [] });
    const { next } = await client().getPage('/old');
    expect(next).toBe(`${helpdesk.url}/api/v2/tickets?page=2`);
  });
});

// A Location or a next link that is no URL at all failed with URL's own TypeError ("Invalid URL"), not an
// UpstreamError: read by the fetch as a bug in the tool rather than as the helpdesk's answer.
describe('a redirect or a next page that is not a URL', () => {
  it('fails the request as the helpdesk\'s answer', async () => {
    helpdesk.setHandler(() => ({ status: 302, headers: { location: 'http://[::1' }, text: '' }));
    const error = await client().getJson('/api/v2/tickets').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as Error).message).toBe('Freshdesk redirected GET /api/v2/tickets to "http://[::1", which is not a URL');
  });

  it('as the next page', async () => {
    helpdesk.setHandler(() => ({ headers: { link: '<http://[::1>; rel="next"' }, json: [] }));
    const error = await client().getPage('/api/v2/tickets').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as Error).message).toBe('Freshdesk pointed the next page at "http://[::1", which is not a URL');
  });
});
