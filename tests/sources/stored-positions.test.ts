// Where Freshdesk and GitHub Issues read on from (their stored positions) is kept and sent in one form, UTC ISO 8601
// with `Z`, as both APIs document `updated_since`, `created_since` and `since`. A cursor an older version wrote in
// another form Date.parse reads still works, sent canonically; a position that is no instant is refused, saying
// where, what and what a position looks like. And a position never moves back: a backfill from before it that finds
// nothing newer leaves it where it stood, so the next night does not read the same stretch again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFreshdeskSource } from '../../scripts/sources/freshdesk.ts';
import { createGitHubIssuesSource } from '../../scripts/sources/github-issues.ts';
import { collectChanges } from '../../scripts/sources/source.ts';
import { startFakeServer, type FakeServer } from '../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, failure, type FixtureTicket } from './fixture-helpdesk.ts';
import { freshdeskFixtureSettings, freshdeskHandler } from './freshdesk/freshdesk-fake.ts';
import { githubHandler } from './github-issues/github-fake.ts';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: [] })); });
afterEach(async () => { await server.close(); });

/** Issues #1–#4, open, last updated 11-02 12:00, 11-05 10:00, 11-10 16:00 and 11-12 10:00. */
const OPEN: FixtureTicket[] = FIXTURE_TICKETS.map((f, i) => ({ ...f, n: i + 1, statuses: [], messages: [] }));

function github() {
  return createGitHubIssuesSource({
    repositories: ['acme/help'], baseUrl: server.url, tokenEnv: 'HELPDESK_GITHUB_TOKEN', startDate: '2026-10-01',
    agents: { teamMembers: true, authorAssociations: ['OWNER'] }, labels: { priority: {}, team: {}, category: {}, pending: [], onHold: [] },
    defaultPriority: 'normal', channel: 'web', concurrency: 1, maxShare: 0.5,
  }, { now: FIXTURE_NOW, env: { HELPDESK_GITHUB_TOKEN: 'ghp_x' }, teams: [], millisecondsPerSecond: 1, maxRetries: 0 });
}
const serveGitHub = (tickets: FixtureTicket[]) => server.setHandler(githubHandler({ tickets, owner: 'acme', repo: 'help', perPage: 100, origin: () => server.url }));

const freshdesk = () => createFreshdeskSource(freshdeskFixtureSettings(server.url), { now: FIXTURE_NOW, env: { FRESHDESK_API_KEY: 'fd-x' }, sleep: async () => {}, maxRetries: 0 });
const serveFreshdesk = (tickets: FixtureTicket[] = FIXTURE_TICKETS) => server.setHandler(freshdeskHandler({ tickets, origin: () => server.url }));

/** Each request that carried a position: its path and the position as the server received it. */
const positionsSent = () => server.requests.flatMap((r) => {
  const at = r.query.get('since') ?? r.query.get('updated_since') ?? r.query.get('created_since');
  return at === null ? [] : [`${r.path}${r.query.get('filter') ? ` ${r.query.get('filter')}` : ''} ${at}`];
});

describe('stored positions', () => {
  it('github-issues: a night sends a position stored in another form canonically, and stores its own so', async () => {
    serveGitHub(OPEN);
    const stored = JSON.stringify({ 'acme/help': '2026-11-05T11:00:00.000+01:00', open: { 'acme/help': [1, 2, 3, 4] } });
    const result = await collectChanges(github(), stored, { log: () => {} });
    expect(positionsSent()).toEqual(['/repos/acme/help/issues 2026-11-05T10:00:00Z', '/repos/acme/help/issues/comments 2026-11-05T10:00:00Z']);
    // #2 (its own instant, inclusive), #3 and #4.
    expect(result.tickets.map((t) => t.id)).toEqual(['2', '3', '4']);
    expect(JSON.parse(result.cursor)).toEqual({ 'acme/help': '2026-11-12T10:00:00Z', open: { 'acme/help': [1, 2, 3, 4] } });
  });

  it('freshdesk: a night sends each part stored in another form canonically', async () => {
    serveFreshdesk();
    const stored = JSON.stringify({
      updatedSince: '2026-11-05T11:00:00.000+01:00', deletedSince: 'Sun, 01 Nov 2026 00:00:00 GMT', spamSince: '2026-11-01T00:00:00.000Z',
      ratingsSince: '2026-11-01T00:00:00.500Z', pendingRatings: [],
    });
    const result = await collectChanges(freshdesk(), stored, { log: () => {} });
    expect(positionsSent()).toEqual([
      // 00:00:00.500Z, sent in whole seconds (instants.ts sentPosition).
      '/api/v2/surveys/satisfaction_ratings 2026-11-01T00:00:00Z',
      '/api/v2/tickets 2026-11-05T10:00:00Z',
      '/api/v2/tickets deleted 2026-11-01T00:00:00Z',
      '/api/v2/tickets spam 2026-11-01T00:00:00Z',
    ]);
    // Deletions and spam found nothing: each stays where it stood, now written canonically. 101, not changed since
    // and not in the (empty) store, keeps its rating waiting.
    expect(JSON.parse(result.cursor)).toEqual({
      updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-11-01T00:00:00Z', spamSince: '2026-11-01T00:00:00Z', ratingsSince: '2026-11-05T10:00:00Z',
      pendingRatings: [[101, Date.parse('2026-11-02T12:00:00Z'), 5]],
    });
  });

  it('freshdesk: a ticket at the stored position is read again when Freshdesk writes that instant in another form', async () => {
    // Freshdesk writes 104's updated_at with its milliseconds: the same instant as the stored position 2026-11-12T10:00:00Z,
    // which the list serves again (inclusive). Compared as text, .000Z sorts before Z and 104 was dropped as read before.
    server.setHandler(freshdeskHandler({ tickets: FIXTURE_TICKETS, origin: () => server.url, updatedAt: (f) => f.updated.replace('Z', '.000Z') }));
    const stored = JSON.stringify({ updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-11-12T10:00:00Z', spamSince: '2026-11-12T10:00:00Z', ratingsSince: '2026-11-12T10:00:00Z', pendingRatings: [] });
    const result = await collectChanges(freshdesk(), stored, { log: () => {} });
    expect(result.tickets.map((t) => t.id)).toEqual(['104']);
    expect(JSON.parse(result.cursor)).toMatchObject({ updatedSince: '2026-11-12T10:00:00Z' });
  });

  it('freshdesk: a ticket updated within the second of the stored position, after it, is read (milliseconds sort as time, not as text)', async () => {
    // 104 updated half a second after the stored position. As text, "…10:00:00.500Z" sorts before "…10:00:00Z" ('.' < 'Z'):
    // it was dropped as read before, and the cursor stayed where it stood, so no later night read it either.
    server.setHandler(freshdeskHandler({ tickets: FIXTURE_TICKETS, origin: () => server.url, updatedAt: (f) => f.n === 104 ? '2026-11-12T10:00:00.500Z' : f.updated }));
    const stored = JSON.stringify({ updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-11-12T10:00:00Z', spamSince: '2026-11-12T10:00:00Z', ratingsSince: '2026-11-12T10:00:00Z', pendingRatings: [] });
    const result = await collectChanges(freshdesk(), stored, { log: () => {} });
    expect(result.tickets.map((t) => t.id)).toEqual(['104']);
    expect(JSON.parse(result.cursor)).toMatchObject({ updatedSince: '2026-11-12T10:00:00.500Z' });
  });

  it('freshdesk: a position with milliseconds is sent in whole seconds, as Freshdesk documents it, and kept as it was read', async () => {
    serveFreshdesk();
    const stored = JSON.stringify({
      updatedSince: '2026-11-12T10:00:00.500Z', deletedSince: '2026-11-01T00:00:00.250Z', spamSince: '2026-11-01T00:00:00.999Z',
      ratingsSince: '2026-11-01T00:00:00.750Z', pendingRatings: [],
    });
    const result = await collectChanges(freshdesk(), stored, { log: () => {} });
    expect(positionsSent()).toEqual([
      '/api/v2/surveys/satisfaction_ratings 2026-11-01T00:00:00Z',
      '/api/v2/tickets 2026-11-12T10:00:00Z',
      '/api/v2/tickets deleted 2026-11-01T00:00:00Z',
      '/api/v2/tickets spam 2026-11-01T00:00:00Z',
    ]);
    // 104 (updated 10:00:00Z) is listed again from the floored second, half a second before the position: read before, not
    // mapped again. Nothing newer: the positions stay the instants read, milliseconds and all. The ratings of 101 and 102
    // (poor) wait for their tickets, neither changed tonight nor in the (empty) store.
    expect(result.tickets).toEqual([]);
    expect(JSON.parse(result.cursor)).toEqual({
      updatedSince: '2026-11-12T10:00:00.500Z', deletedSince: '2026-11-01T00:00:00.250Z', spamSince: '2026-11-01T00:00:00.999Z', ratingsSince: '2026-11-05T10:00:00Z',
      pendingRatings: [[101, Date.parse('2026-11-02T12:00:00Z'), 5], [102, Date.parse('2026-11-05T10:00:00Z'), 1]],
    });
  });

  it('github-issues: a position with milliseconds is sent in whole seconds, as GitHub documents it, and kept as it was read', async () => {
    serveGitHub(OPEN);
    const stored = JSON.stringify({ 'acme/help': '2026-11-12T10:00:00.500Z', open: { 'acme/help': [1, 2, 3, 4] } });
    const result = await collectChanges(github(), stored, { log: () => {} });
    expect(positionsSent()).toEqual(['/repos/acme/help/issues 2026-11-12T10:00:00Z']);
    // #4 (updated 10:00:00Z) is listed again from the floored second: read before, not mapped again.
    expect(result.tickets).toEqual([]);
    expect(JSON.parse(result.cursor)).toEqual({ 'acme/help': '2026-11-12T10:00:00.500Z', open: { 'acme/help': [1, 2, 3, 4] } });
  });

  const refused: [string, () => ReturnType<typeof github>, string, string][] = [
    ['github-issues', github, JSON.stringify({ 'acme/help': 'last Tuesday', open: {} }),
      'github-issues: the stored cursor (the store\'s cursor.json) gives the position of acme/help as "last Tuesday", which is not an instant: a position is UTC ISO 8601 such as 2026-11-12T10:00:00Z, no later than the fetch (2026-11-20T12:00:00Z); fetch with --since to start again'],
    ['freshdesk', freshdesk, JSON.stringify({ updatedSince: 'soon', deletedSince: '2026-11-01T00:00:00Z', ratingsSince: '2026-11-01T00:00:00Z', pendingRatings: [] }),
      'freshdesk: the stored cursor (the store\'s cursor.json) gives updatedSince as "soon", which is not an instant: a position is UTC ISO 8601 such as 2026-11-12T10:00:00Z, no later than the fetch (2026-11-20T12:00:00Z); fetch with --since to start again'],
    // Before, a part that was no instant was silently replaced by another (deletions read from the tickets' position).
    ['freshdesk', freshdesk, JSON.stringify({ updatedSince: '2026-11-12T10:00:00Z', deletedSince: '\u202e2026-11-01', ratingsSince: '2026-11-01T00:00:00Z', pendingRatings: [] }),
      'freshdesk: the stored cursor (the store\'s cursor.json) gives deletedSince as "\\u202e2026-11-01", which is not an instant: a position is UTC ISO 8601 such as 2026-11-12T10:00:00Z, no later than the fetch (2026-11-20T12:00:00Z); fetch with --since to start again'],
    ['freshdesk', freshdesk, JSON.stringify({ updatedSince: '2026-11-12T10:00:00Z', spamSince: 20261101, pendingRatings: [] }),
      'freshdesk: the stored cursor (the store\'s cursor.json) gives spamSince as 20261101, which is not an instant: a position is UTC ISO 8601 such as 2026-11-12T10:00:00Z, no later than the fetch (2026-11-20T12:00:00Z); fetch with --since to start again'],
    // Text Date.parse reads in the machine's local time: a date-time without a zone (here 2026-11-05T11:00 UTC, but
    // 02:00 in Los Angeles), and a bare number (2001-01-01 local: a night would read 25 years again).
    ['github-issues', github, JSON.stringify({ 'acme/help': '2026-11-05 11:00', open: {} }),
      'github-issues: the stored cursor (the store\'s cursor.json) gives the position of acme/help as "2026-11-05 11:00", which is not an instant: a position is UTC ISO 8601 such as 2026-11-12T10:00:00Z, no later than the fetch (2026-11-20T12:00:00Z); fetch with --since to start again'],
    ['freshdesk', freshdesk, JSON.stringify({ updatedSince: '1', pendingRatings: [] }),
      'freshdesk: the stored cursor (the store\'s cursor.json) gives updatedSince as "1", which is not an instant: a position is UTC ISO 8601 such as 2026-11-12T10:00:00Z, no later than the fetch (2026-11-20T12:00:00Z); fetch with --since to start again'],
    ['freshdesk', freshdesk, JSON.stringify({ updatedSince: '2026-11-12T10:00:00Z', ratingsSince: '2026-11-01T00:00:00', pendingRatings: [] }),
      'freshdesk: the stored cursor (the store\'s cursor.json) gives ratingsSince as "2026-11-01T00:00:00", which is not an instant: a position is UTC ISO 8601 such as 2026-11-12T10:00:00Z, no later than the fetch (2026-11-20T12:00:00Z); fetch with --since to start again'],
    // A year before 0 has no form of formatInstant's (it was sent as "-000001-01-00:00:00Z").
    ['github-issues', github, JSON.stringify({ 'acme/help': '-000001-01-01T00:00:00Z', open: {} }),
      'github-issues: the stored cursor (the store\'s cursor.json) gives the position of acme/help as "-000001-01-01T00:00:00Z", which is not an instant: a position is UTC ISO 8601 such as 2026-11-12T10:00:00Z, no later than the fetch (2026-11-20T12:00:00Z); fetch with --since to start again'],
  ];
  it.each(refused)('%s: a night refuses a position that is no instant, sending nothing', async (_, source, stored, message) => {
    serveGitHub(OPEN);
    const error = await failure(collectChanges(source(), stored, { log: () => {} }));
    expect(error.message).toBe(message);
    expect(server.requests).toEqual([]);
  });

  it('refuses a position after the fetch on a night, and a backfill starts from --since without it and writes a position no later than what it read', async () => {
    // A mistyped year: read on from, a night reads nothing; kept as a position that never moves back, not even a
    // backfill would bring it back.
    serveGitHub(OPEN);
    const github2099 = JSON.stringify({ 'acme/help': '2099-11-12T10:00:00Z', open: { 'acme/help': [1, 2, 3, 4] } });
    expect((await failure(collectChanges(github(), github2099, { log: () => {} }))).message).toBe(
      'github-issues: the stored cursor (the store\'s cursor.json) gives the position of acme/help as 2099-11-12T10:00:00Z, after the fetch (2026-11-20T12:00:00Z): no fetch stopped there, and a night would read nothing from it; fetch with --since to start again');
    expect(server.requests).toEqual([]);
    const lines: string[] = [];
    const backfill = await collectChanges(github(), github2099, { log: (l) => lines.push(l), since: new Date('2026-11-01T00:00:00Z') });
    expect(lines).toContain('github-issues: the stored cursor cannot be read: this backfill starts without last night\'s open issues, so an issue that left since is not looked for');
    expect(JSON.parse(backfill.cursor)).toEqual({ 'acme/help': '2026-11-12T10:00:00Z', open: { 'acme/help': [1, 2, 3, 4] } });

    serveFreshdesk();
    const freshdesk2099 = JSON.stringify({ updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-11-01T00:00:00Z', spamSince: '2099-11-01T00:00:00Z', ratingsSince: '2026-11-01T00:00:00Z', pendingRatings: [] });
    expect((await failure(collectChanges(freshdesk(), freshdesk2099, { log: () => {} }))).message).toBe(
      'freshdesk: the stored cursor (the store\'s cursor.json) gives spamSince as 2099-11-01T00:00:00Z, after the fetch (2026-11-20T12:00:00Z): no fetch stopped there, and a night would read nothing from it; fetch with --since to start again');
    const freshBackfill = await collectChanges(freshdesk(), freshdesk2099, { log: () => {}, since: new Date('2026-11-01T00:00:00Z') });
    expect(JSON.parse(freshBackfill.cursor)).toMatchObject({ updatedSince: '2026-11-12T10:00:00Z', spamSince: '2026-11-01T00:00:00Z' });
  });

  it('github-issues: a backfill from before the position that finds nothing newer leaves it where it stood', async () => {
    // #3 and #4 (updated 11-10 and 11-12) were deleted since last night; #1 and #2 are older than --since.
    serveGitHub(OPEN.slice(0, 2));
    const stored = JSON.stringify({ 'acme/help': '2026-11-12T10:00:00Z', open: { 'acme/help': [1, 2] } });
    const backfill = await collectChanges(github(), stored, { log: () => {}, since: new Date('2026-11-06T00:00:00Z') });
    expect(backfill.tickets).toEqual([]);
    expect(JSON.parse(backfill.cursor)).toEqual({ 'acme/help': '2026-11-12T10:00:00Z', open: { 'acme/help': [1, 2] } });
    server.requests.length = 0;
    await collectChanges(github(), backfill.cursor, { log: () => {} });
    expect(positionsSent()).toEqual(['/repos/acme/help/issues 2026-11-12T10:00:00Z']);
  });

  it('github-issues: a backfill whose newest issue read is older than the position (the newer one gone) leaves it where it stood', async () => {
    serveGitHub(OPEN.slice(0, 3));
    const stored = JSON.stringify({ 'acme/help': '2026-11-12T10:00:00Z', open: { 'acme/help': [1, 2, 3] } });
    const backfill = await collectChanges(github(), stored, { log: () => {}, since: new Date('2026-11-06T00:00:00Z') });
    expect(backfill.tickets.map((t) => t.id)).toEqual(['3']);
    expect(JSON.parse(backfill.cursor)).toEqual({ 'acme/help': '2026-11-12T10:00:00Z', open: { 'acme/help': [1, 2, 3] } });
  });

  it('freshdesk: a backfill from before the positions that finds nothing newer leaves each where it stood', async () => {
    // 104 (updated 11-12) is gone; 101–103 are older than --since. Deletions and spam stood at 11-12 too.
    serveFreshdesk(FIXTURE_TICKETS.slice(0, 3));
    const stored = JSON.stringify({ updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-11-12T10:00:00Z', spamSince: '2026-11-12T10:00:00Z', ratingsSince: '2026-11-12T10:00:00Z', pendingRatings: [] });
    const backfill = await collectChanges(freshdesk(), stored, { log: () => {}, since: new Date('2026-11-11T00:00:00Z') });
    expect(positionsSent()).toEqual([
      // Ratings from 90 days before --since, as a backfill reads them.
      '/api/v2/surveys/satisfaction_ratings 2026-08-13T00:00:00Z',
      '/api/v2/tickets 2026-11-11T00:00:00Z',
      '/api/v2/tickets deleted 2026-11-11T00:00:00Z',
      '/api/v2/tickets spam 2026-11-11T00:00:00Z',
    ]);
    expect(backfill.tickets).toEqual([]);
    // The ratings read (of tickets the empty store does not hold) wait in pendingRatings, as on any night.
    expect(JSON.parse(backfill.cursor)).toMatchObject({
      updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-11-12T10:00:00Z', spamSince: '2026-11-12T10:00:00Z', ratingsSince: '2026-11-12T10:00:00Z',
    });
  });
});
