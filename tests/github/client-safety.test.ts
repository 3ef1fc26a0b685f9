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

  // fetch follows a redirect wherever it points: to another origin it drops the token, but reads that origin's answer
  // as GitHub's (issues the corrective actions would act on, a pull request's files). A redirect on the API's own
  // origin (a renamed repository: 301, or 307 for a write, which is sent again with its body) is followed.
  it('refuses a redirect to another origin, reading nothing there, and follows one on the API\'s own origin', async () => {
    const elsewhere = await startFakeServer(() => ({ json: { number: 666, title: 'not from GitHub' } }));
    const server = await startFakeServer((request) => {
      if (request.path === '/repos/acme/old/issues/7') return { status: 301, headers: { location: '/repos/acme/help/issues/7' }, text: '' };
      if (request.path === '/repos/acme/old/issues/7/comments') return { status: 307, headers: { location: `${server.url}/repos/acme/help/issues/7/comments` }, text: '' };
      if (request.path === '/repos/acme/help/issues/7/comments') return { status: 201, json: { id: 1, body: (request.body as { body: string }).body } };
      if (request.path === '/repos/acme/away/issues/7') return { status: 302, headers: { location: `${elsewhere.url}/repos/acme/help/issues/7` }, text: '' };
      return { json: { number: 7, title: 'from GitHub' } };
    });
    try {
      const octokit = createGitHubClient({ token: 'ghp_Q8vZr2LmX5tW0kJ9pN3bY7cH4sD6fGa1', baseUrl: server.url, millisecondsPerSecond: 1, writeSpacingMs: 0 });
      expect((await octokit.rest.issues.get({ owner: 'acme', repo: 'old', issue_number: 7 })).data).toEqual({ number: 7, title: 'from GitHub' });
      expect((await octokit.rest.issues.createComment({ owner: 'acme', repo: 'old', issue_number: 7, body: 'hello' })).data).toEqual({ id: 1, body: 'hello' });
      const error = await octokit.rest.issues.get({ owner: 'acme', repo: 'away', issue_number: 7 }).catch((e: unknown) => e);
      expect(elsewhere.requests).toEqual([]);
      expect(describeGitHubError(error, 'reading an issue')).toBe(`reading an issue: refusing to follow a redirect to ${elsewhere.url}: the API is ${server.url}`);
      expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /repos/acme/old/issues/7', 'GET /repos/acme/help/issues/7',
        'POST /repos/acme/old/issues/7/comments', 'POST /repos/acme/help/issues/7/comments',
        'GET /repos/acme/away/issues/7',
      ]);
    } finally {
      await server.close();
      await elsewhere.close();
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
