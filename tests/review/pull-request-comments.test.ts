import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type RateLimitWait } from '../../scripts/github/client.ts';
import { upsertStickyComment } from '../../scripts/github/pull-request-comments.ts';
import { REVIEW_MARKER } from '../../scripts/publish/review-markdown.ts';
import type { FakeAnswer } from '../fakes/http-fake.ts';
import { startGitHubFake, type GitHubFake } from './github-fake.ts';
import { removeTemps } from './review-fixtures.ts';

let fake: GitHubFake;
beforeEach(async () => { fake = await startGitHubFake(); });
afterEach(async () => { await fake.server.close(); removeTemps(); });

const PR = { owner: 'acme', repo: 'standards', number: 7 };
const BODY = `${REVIEW_MARKER}\n## Standards review\n\nfirst`;

function post(body = BODY) {
  const waits: RateLimitWait[] = [];
  const client = createGitHubClient({ token: 'ghs_test', baseUrl: fake.server.url, millisecondsPerSecond: 1, writeSpacingMs: 0, onWait: (w) => waits.push(w) });
  const sleeps: number[] = [];
  const result = upsertStickyComment(client, PR, body, { marker: REVIEW_MARKER, wait: async (ms) => { sleeps.push(ms); } });
  return { result, waits, sleeps };
}

const calls = () => fake.server.requests.map((r) => `${r.method} ${r.path}`);
const LIST = 'GET /repos/acme/standards/issues/7/comments';
const CREATE = 'POST /repos/acme/standards/issues/7/comments';

describe('the sticky review comment', () => {
  it('is created once, then edited in place, and left alone when nothing changed', async () => {
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'updated', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'unchanged', id: 100 });
    expect(calls()).toEqual([LIST, CREATE, LIST, 'PATCH /repos/acme/standards/issues/comments/100', LIST]);
    expect(fake.comments.map((c) => c.body)).toEqual([`${BODY} again`]);
  });

  it('is not confused by a person quoting the marker', async () => {
    fake.comments.push({ id: 5, body: `look: ${REVIEW_MARKER}`, html_url: 'x', user: { login: 'mallory', type: 'User' } });
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(fake.comments.map((c) => c.id)).toEqual([5, 100]);
  });

  // Another app's bot (a PR summariser, a greeting workflow) quoting the pull request's text, which the author made
  // hold the marker: taken for ours, it would be overwritten (same bot) or refused with 403 (another app), and the
  // review never posted. Our comment starts with the marker; a quote of it does not.
  it('is not confused by another bot quoting the marker from the pull request\'s text', async () => {
    const quoted = `Summary of the pull request:\n> fixes a typo ${REVIEW_MARKER}`;
    fake.comments.push({ id: 5, body: quoted, html_url: 'x', user: { login: 'summariser[bot]', type: 'Bot' } });
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, quoted], [100, BODY]]);
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'updated', id: 100 });
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, quoted], [100, `${BODY} again`]]);
  });

  // Another app's bot posting the pull request's text as it is, which the author made start with the marker: GitHub
  // refuses our edit of it (403). Before, the review failed there, on every push.
  it('leaves another app\'s bot comment that starts with the marker, and posts and then edits its own', async () => {
    const echoed = `${REVIEW_MARKER}\nthe pull request's description, echoed`;
    fake.comments.push({ id: 5, body: echoed, html_url: 'x', user: { login: 'describer[bot]', type: 'Bot' } });
    fake.fault = (req) => (req.method === 'PATCH' && req.path === '/repos/acme/standards/issues/comments/5'
      ? { status: 403, json: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } } : null);
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'updated', id: 100 });
    expect(calls()).toEqual([LIST, 'PATCH /repos/acme/standards/issues/comments/5', CREATE, LIST, 'PATCH /repos/acme/standards/issues/comments/5', 'PATCH /repos/acme/standards/issues/comments/100']);
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, echoed], [100, `${BODY} again`]]);
  });

  // A personal access token posts as a User, not a Bot: its own comment is found again (GET /user, asked once),
  // never another person's that starts with the marker (the pull request's author can write it).
  it('with a personal token, edits its own comment in place, and leaves another user\'s marked comment alone', async () => {
    fake.account = { login: 'Standards-Reviewer', id: 42 };
    const forged = `${REVIEW_MARKER}\nnot the review`;
    fake.comments.push({ id: 5, body: forged, html_url: 'x', user: { login: 'mallory', type: 'User', id: 7 } });
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'updated', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'unchanged', id: 100 });
    expect(calls()).toEqual([LIST, 'GET /user', CREATE, LIST, 'GET /user', 'PATCH /repos/acme/standards/issues/comments/100', LIST, 'GET /user']);
    expect(fake.comments.map((c) => [c.id, c.body, c.user.login])).toEqual([[5, forged, 'mallory'], [100, `${BODY} again`, 'Standards-Reviewer']]);
  });

  it('with an app\'s token (GET /user refused), takes no user\'s marked comment for its own', async () => {
    fake.comments.push({ id: 5, body: `${REVIEW_MARKER}\nnot the review`, html_url: 'x', user: { login: 'mallory', type: 'User', id: 7 } });
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(calls()).toEqual([LIST, 'GET /user', CREATE]);
    expect(fake.comments.map((c) => [c.id, c.user.login])).toEqual([[5, 'mallory'], [100, 'github-actions[bot]']]);
  });

  // A personal token's GET /user refused for a rate limit is not an app's token: taken for one, the own comment was
  // not found again and a second review comment was posted.
  it('with a personal token whose GET /user stays rate limited, fails and posts no second comment', async () => {
    fake.account = { login: 'Standards-Reviewer', id: 42 };
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    const answers: FakeAnswer[] = [
      { status: 403, headers: { 'retry-after': '1' }, json: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } },
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) }, json: { message: 'API rate limit exceeded for user ID 42.' } },
      { status: 429, headers: { 'retry-after': '1' }, json: { message: 'Too Many Requests' } },
    ];
    for (const limited of answers) {
      fake.fault = (req) => (req.method === 'GET' && req.path === '/user' ? limited : null);
      const error = await post(`${BODY} again`).result.catch((e: Error) => e);
      expect((error as Error).message).toMatch(/^listing the comments on acme\/standards#7: /);
      expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[100, BODY]]);
    }
  });

  it('never posts twice when a create answers 502 after GitHub stored it', async () => {
    fake.fault = (req, served, store) => {
      if (req.method === 'POST' && served.filter((r) => r.method === 'POST').length === 1) {
        store();
        return { status: 502, text: '<html>502 Bad Gateway</html>' };
      }
      return null;
    };
    const { result, sleeps } = post();
    expect(await result).toMatchObject({ action: 'unchanged', id: 100 });
    expect(calls()).toEqual([LIST, CREATE, LIST]);
    expect(fake.comments).toHaveLength(1);
    expect(sleeps).toEqual([1000]);
  });

  it('posts again after a 502 that stored nothing, once', async () => {
    fake.fault = (req, served) => (req.method === 'POST' && served.filter((r) => r.method === 'POST').length === 1 ? { status: 502, text: 'Bad Gateway' } : null);
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(calls()).toEqual([LIST, CREATE, LIST, CREATE]);
    expect(fake.comments).toHaveLength(1);
  });

  it('waits out a secondary rate limit (retry-after) and posts once', async () => {
    fake.fault = (req, served) => (req.method === 'POST' && served.filter((r) => r.method === 'POST').length === 1
      ? { status: 403, headers: { 'retry-after': '30' }, json: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } }
      : null);
    const { result, waits } = post();
    expect(await result).toMatchObject({ action: 'created' });
    expect(waits.map((w) => [w.kind, w.seconds, w.method])).toEqual([['secondary-rate-limit', 30, 'POST']]);
    expect(calls()).toEqual([LIST, CREATE, CREATE]);
    expect(fake.comments).toHaveLength(1);
  });

  it.each([
    [403, 'POST', { message: 'Resource not accessible by integration' },
      'posting the review comment on acme/standards#7: GitHub answered 403 (Resource not accessible by integration - https://docs.github.com/rest): the token lacks a permission this call needs, or the rate limit did not clear after the retries (the job needs `pull-requests: write`)'],
    [404, 'GET', { message: 'Not Found' },
      'listing the comments on acme/standards#7: GitHub answered 404: the pull request does not exist, was closed and locked, or the token cannot see it'],
    [422, 'POST', { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] },
      'posting the review comment on acme/standards#7: GitHub rejected the request (422 Validation Failed: {"resource":"IssueComment","code":"custom","field":"body","message":"body is too long (maximum is 65536 characters)"} - https://docs.github.com/rest): the comment body was refused (too long, or the conversation is locked)'],
  ])('fails with a clear message on %i, without retrying or posting', async (status, method, json, message) => {
    fake.fault = (req) => (req.method === method ? { status, json: { ...json, documentation_url: 'https://docs.github.com/rest' } } : null);
    const error = await post().result.catch((e: unknown) => e);
    expect((error as Error).message).toBe(message);
    expect(calls().filter((c) => c === CREATE).length).toBe(method === 'POST' ? 1 : 0);
    expect(fake.comments).toHaveLength(0);
  });

  it('gives up after three 502s on create with the status in the message', async () => {
    fake.fault = (req) => (req.method === 'POST' ? { status: 502, text: 'Bad Gateway' } : null);
    const error = await post().result.catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^posting the review comment on acme\/standards#7: GitHub answered 502/);
    expect(calls()).toEqual([LIST, CREATE, LIST, CREATE, LIST, CREATE]);
  });
});
