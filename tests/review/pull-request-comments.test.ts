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
  const lines: string[] = [];
  const result = upsertStickyComment(client, PR, body, { marker: REVIEW_MARKER, wait: async (ms) => { sleeps.push(ms); }, log: (line) => lines.push(line) });
  return { result, waits, sleeps, lines };
}

const calls = () => fake.server.requests.map((r) => `${r.method} ${r.path}`);
const LIST = 'GET /repos/acme/standards/issues/7/comments';
const CREATE = 'POST /repos/acme/standards/issues/7/comments';
// Who an app's token posts as: GET /user refuses it, GraphQL's viewer names its bot.
const WHO = ['GET /user', 'POST /graphql'];
/** GraphQL's answer when it will not say who the token is (HTTP 200 with errors, as GraphQL answers). */
const VIEWER_REFUSED: FakeAnswer = { json: { data: null, errors: [{ type: 'FORBIDDEN', path: ['viewer'], message: 'Resource not accessible by integration' }] } };

describe('the sticky review comment', () => {
  it('is created once, then edited in place, and left alone when nothing changed', async () => {
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'updated', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'unchanged', id: 100 });
    expect(calls()).toEqual([LIST, CREATE, LIST, ...WHO, 'PATCH /repos/acme/standards/issues/comments/100', LIST, ...WHO]);
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
    fake.comments.push({ id: 5, body: quoted, html_url: 'x', user: { login: 'summariser[bot]', type: 'Bot', id: 9001 } });
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, quoted], [100, BODY]]);
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'updated', id: 100 });
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, quoted], [100, `${BODY} again`]]);
  });

  // Another app's bot posting the pull request's text as it is, which the author made start with the marker. GitHub
  // lets a token that may write to pull requests edit it (this fake, like GitHub, refuses no edit). Before, a bot's
  // marked comment was taken for ours unless GitHub refused the edit with 403: the other app's comment was overwritten.
  it('never edits another app\'s bot comment that starts with the marker, though GitHub would let it', async () => {
    const echoed = `${REVIEW_MARKER}\nthe pull request's description, echoed`;
    fake.comments.push({ id: 5, body: echoed, html_url: 'x', user: { login: 'describer[bot]', type: 'Bot', id: 9002 } });
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'updated', id: 100 });
    expect(calls()).toEqual([LIST, ...WHO, CREATE, LIST, ...WHO, 'PATCH /repos/acme/standards/issues/comments/100']);
    expect(fake.comments.map((c) => [c.id, c.body, c.user.login])).toEqual([[5, echoed, 'describer[bot]'], [100, `${BODY} again`, 'github-actions[bot]']]);
  });

  // Every workflow posting with GITHUB_TOKEN posts as github-actions[bot]: another workflow's comment is by "our"
  // account. One that merely begins with the marker's text (an echo of the pull request running on past it on the
  // same line) is not laid out as ours, whose first line is the marker alone. Before, it was overwritten.
  it('never edits the same bot\'s comment whose first line is not the marker alone', async () => {
    const echoed = `${REVIEW_MARKER} — the pull request's description, echoed by another workflow`;
    fake.comments.push({ id: 5, body: echoed, html_url: 'x', user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 } });
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'updated', id: 100 });
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, echoed], [100, `${BODY} again`]]);
  });

  it('refuses to post a body whose first line is not the marker alone (it could never be found again)', async () => {
    const error = await post(`${REVIEW_MARKER} ## Standards review`).result.catch((e: unknown) => e);
    expect((error as Error).message).toBe('the comment body does not open with the marker, on a line of its own, that finds it again: refusing to post a comment that could never be updated');
    expect(calls()).toEqual([]);
  });

  // An app's token posts as the app's bot (`<slug>[bot]`), which GraphQL's viewer names with its user id: the comment
  // is found again by that id, and a bot of the same login but another id (an app deleted, its name taken again) is not ours.
  it('with an app\'s own token, finds its bot\'s comment by the user id GraphQL\'s viewer gives', async () => {
    fake.bot = { login: 'acme-standards[bot]', id: 31337 };
    const impostor = `${REVIEW_MARKER}\nan older app of the same name`;
    fake.comments.push({ id: 5, body: impostor, html_url: 'x', user: { login: 'acme-standards[bot]', type: 'Bot', id: 4 } });
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(await post(`${BODY} again`).result).toMatchObject({ action: 'updated', id: 100 });
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, impostor], [100, `${BODY} again`]]);
    const viewer = fake.server.requests.filter((r) => r.path === '/graphql').map((r) => (r.body as { query: string }).query);
    expect(viewer).toEqual(['query { viewer { login databaseId } }', 'query { viewer { login databaseId } }']);
  });

  // When neither GET /user nor GraphQL's viewer says who the token is, no comment can be proved ours: none is edited,
  // a new one is posted, and the log says why. Before, any bot's marked comment was edited.
  it('when who the token posts as is unknown, edits no comment, posts a new one and says so', async () => {
    const ours = `${REVIEW_MARKER}\nan earlier review, perhaps ours`;
    fake.comments.push({ id: 5, body: ours, html_url: 'x', user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 } });
    fake.fault = (req) => (req.path === '/graphql' ? VIEWER_REFUSED : null);
    const { result, lines } = post();
    expect(await result).toMatchObject({ action: 'created', id: 100 });
    expect(calls()).toEqual([LIST, ...WHO, CREATE]);
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, ours], [100, BODY]]);
    expect(lines).toEqual([
      'which account this token posts as is unknown (GitHub\'s GET /user and GraphQL viewer did not say): leaving the comment that starts with the review\'s marker, which may not be ours, and posting a new one',
      'created comment 100',
    ]);
  });

  // GraphQL answers the fields it could beside its errors: a login it gave says who the token is.
  it('takes the login GraphQL gave beside an error on another field, and edits its own comment in place', async () => {
    fake.comments.push({ id: 5, body: `${REVIEW_MARKER}\nan earlier review`, html_url: 'x', user: { login: 'github-actions[bot]', type: 'Bot', id: 41898282 } });
    fake.fault = (req) => (req.path === '/graphql'
      ? { json: { data: { viewer: { login: 'github-actions[bot]', databaseId: null } }, errors: [{ type: 'FORBIDDEN', path: ['viewer', 'databaseId'], message: 'Resource not accessible by integration' }] } }
      : null);
    expect(await post().result).toMatchObject({ action: 'updated', id: 5 });
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, BODY]]);
  });

  it('when who the token posts as is unknown, does not post again after a create that answered 502 and was stored', async () => {
    fake.fault = (req, served, store) => {
      if (req.path === '/graphql') return VIEWER_REFUSED;
      if (req.method === 'POST' && served.filter((r) => r.method === 'POST' && r.path !== '/graphql').length === 1) {
        store();
        return { status: 502, text: 'Bad Gateway' };
      }
      return null;
    };
    const error = await post().result.catch((e: unknown) => e);
    expect((error as Error).message).toBe('posting the review comment on acme/standards#7: GitHub answered 502 (Bad Gateway); whether GitHub stored it cannot be told (which account this token posts as is unknown), so it is not posted again');
    expect(calls()).toEqual([LIST, CREATE, LIST, ...WHO]);
    expect(fake.comments).toHaveLength(1);
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

  // An answer that names no account (a proxy's `{}`, a GraphQL viewer with a login but no id of the right kind) says
  // nothing of who the token is. Before, GET /user's `{}` was read as the account `undefined`: comparing a marked
  // comment's login with it threw a TypeError, and the review failed as "listing the comments".
  it('reads a GET /user that names no login as not knowing who the token is', async () => {
    fake.comments.push({ id: 5, body: `${REVIEW_MARKER}\nsomeone's`, html_url: 'x', user: { login: 'mallory', type: 'User' } });
    fake.fault = (req) => (req.path === '/user' ? { json: {} } : req.path === '/graphql' ? VIEWER_REFUSED : null);
    const { result, lines } = post();
    expect(await result).toMatchObject({ action: 'created', id: 100 });
    expect(fake.comments.map((c) => [c.id, c.body])).toEqual([[5, `${REVIEW_MARKER}\nsomeone's`], [100, BODY]]);
    expect(lines[0]).toMatch(/^which account this token posts as is unknown/);
  });

  it('with an app\'s token (GET /user refused), takes no user\'s marked comment for its own', async () => {
    fake.comments.push({ id: 5, body: `${REVIEW_MARKER}\nnot the review`, html_url: 'x', user: { login: 'mallory', type: 'User', id: 7 } });
    expect(await post().result).toMatchObject({ action: 'created', id: 100 });
    expect(calls()).toEqual([LIST, ...WHO, CREATE]);
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
    expect(calls()).toEqual([LIST, CREATE, LIST, ...WHO]);
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
