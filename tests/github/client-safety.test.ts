// The one GitHub client against a local server that misbehaves: Octokit's error text (the response body) is shown
// redacted, cut and printable; the token never goes to another origin; a body that broke off is an error, not an
// empty answer.

import { describe, expect, it } from 'vitest';
import { createGitHubClient, describeGitHubError } from '../../scripts/github/client.ts';
import { startFakeServer } from '../fakes/http-fake.ts';

describe('the GitHub client, when the server misbehaves', () => {
  it('shows Octokit\'s error text (the response body) redacted, cut and printable', async () => {
    const token = 'ghp_clientTest0123456789abcdefABCDEF';
    const server = await startFakeServer((request) => ({ status: 422, json: { message: `echo ${String(request.headers.authorization)}\n\u001b[2J${'x'.repeat(500)}` } }));
    try {
      const octokit = createGitHubClient({ token, baseUrl: server.url, millisecondsPerSecond: 1 });
      const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'help', issue_number: 1 }).catch((e: unknown) => e);
      const line = describeGitHubError(error, 'reading issue 1');
      expect(line).toBe(`reading issue 1: GitHub rejected the request (422 echo token [redacted] ?[2J${'x'.repeat(174)})`);
    } finally {
      await server.close();
    }
  });

  it('never sends the token to another origin that a next-page link points to', async () => {
    const elsewhere = await startFakeServer(() => ({ json: [] }));
    const server = await startFakeServer(() => ({ headers: { link: `<${elsewhere.url.replace('127.0.0.1', 'localhost')}/steal?page=2>; rel="next"` }, json: [] }));
    try {
      const octokit = createGitHubClient({ token: 'ghp_Q8vZr2LmX5tW0kJ9pN3bY7cH4sD6fGa1', baseUrl: server.url, millisecondsPerSecond: 1 });
      const error = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: 'acme', repo: 'help' }).catch((e: unknown) => e);
      expect(elsewhere.requests).toEqual([]);
      expect(describeGitHubError(error, 'listing issues')).toBe(`listing issues: refusing to send the token to ${elsewhere.url.replace('127.0.0.1', 'localhost')}: the API is ${server.url}, and a next-page link pointed elsewhere`);
    } finally {
      await server.close();
      await elsewhere.close();
    }
  });

  // The API's own origin with a user and password before the host: URL.origin is the same, but fetch refuses such a
  // URL with a TypeError, which Octokit reads as a 500: retried (1, 4, 9 s) and then shown with the URL, password and all.
  it('refuses a next-page link with a user and password before the API\'s host, sending nothing more', async () => {
    const server = await startFakeServer((request) => request.query.get('page') === '2'
      ? { json: [] }
      : { headers: { link: `<${server.url.replace('//', '//someone:pa55word@')}/repos/acme/help/issues?page=2>; rel="next"` }, json: [] });
    try {
      const octokit = createGitHubClient({ token: 'ghp_Q8vZr2LmX5tW0kJ9pN3bY7cH4sD6fGa1', baseUrl: server.url, millisecondsPerSecond: 1 });
      const error = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: 'acme', repo: 'help' }).catch((e: unknown) => e);
      expect(server.requests.map((r) => r.url)).toEqual(['/repos/acme/help/issues']);
      expect(describeGitHubError(error, 'listing issues')).toBe('listing issues: refusing to send the token to a URL with a user name or password before its host: a next-page link pointed there');
    } finally {
      await server.close();
    }
  });

  it('refuses a body that broke off instead of reading it as an empty answer', async () => {
    const server = await startFakeServer(() => ({ headers: { 'content-type': 'application/json' }, text: '[{"number":1,"title":"one"},{"number":2', truncateAt: 20 }));
    try {
      const octokit = createGitHubClient({ token: undefined, baseUrl: server.url, millisecondsPerSecond: 1 });
      const error = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: 'acme', repo: 'help' }).catch((e: unknown) => e);
      expect(describeGitHubError(error, 'listing issues')).toBe('listing issues: GitHub answered GET /repos/acme/help/issues with 200 but the body broke off or was empty: a truncated answer, or not the API');
      expect((error as { status: number }).status).toBe(502);
    } finally {
      await server.close();
    }
  });
});
