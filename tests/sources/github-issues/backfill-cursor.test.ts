// A backfill (--since) between two nights must leave the store as the nights alone leave it: each repository is read
// from the earlier of --since and where the stored cursor stood, with last night's open set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubIssuesSourceSettings, Ticket } from '../../../scripts/model/model.ts';
import { createGitHubIssuesSource } from '../../../scripts/sources/github-issues.ts';
import { collectChanges } from '../../../scripts/sources/source.ts';
import { storedTicketsOf } from '../../../scripts/store/stored-tickets.ts';
import { startFakeServer, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, type FixtureTicket } from '../fixture-helpdesk.ts';
import { githubHandler } from './github-fake.ts';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: [] })); });
afterEach(async () => { await server.close(); });

const settings = (): GitHubIssuesSourceSettings => ({
  repositories: ['acme/help'], baseUrl: server.url, tokenEnv: 'HELPDESK_GITHUB_TOKEN', startDate: '2026-10-01',
  agents: { teamMembers: true, authorAssociations: ['OWNER'] },
  labels: { priority: { p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' }, team: {}, category: { incident: 'incident', question: 'question' }, pending: ['waiting for customer'], onHold: ['blocked'] },
  defaultPriority: 'normal', channel: 'web', concurrency: 1, maxShare: 0.5,
});

function serve(tickets: FixtureTicket[]) {
  server.setHandler(githubHandler({ tickets, owner: 'acme', repo: 'help', perPage: 100, origin: () => server.url }));
}

/** One fetch, and the store after it: the stored tickets with the fetch's tickets put in and its deletions taken out. */
async function fetchInto(store: Ticket[], cursor: string | null, since: Date | null = null, lines: string[] = []) {
  const github = createGitHubIssuesSource(settings(), { now: FIXTURE_NOW, env: { HELPDESK_GITHUB_TOKEN: 'ghp_x' }, teams: [], millisecondsPerSecond: 1, maxRetries: 2, perPage: 2 });
  const result = await collectChanges(github, cursor, { log: (l) => lines.push(l), since, storedTickets: storedTicketsOf(store) });
  const byId = new Map(store.map((t) => [t.id, t]));
  for (const t of result.tickets) byId.set(t.id, t);
  for (const id of result.deleted) byId.delete(id);
  return { store: [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id)), cursor: result.cursor };
}

/** Issues #1–#4, open, last updated 11-02, 11-05, 11-10 and 11-12 (the fixture's four, never closed). */
const OPEN: FixtureTicket[] = FIXTURE_TICKETS.map((f, i) => ({ ...f, n: i + 1, statuses: [], messages: [] }));

describe('a GitHub Issues backfill between two nights', () => {
  it('reads from where the stored cursor stood when --since is later, so an issue closed between is closed in the store', async () => {
    serve(OPEN);
    const first = await fetchInto([], null);
    expect(JSON.parse(first.cursor)).toEqual({ 'acme/help': '2026-11-12T10:00:00Z', open: { 'acme/help': [1, 2, 3, 4] } });
    // #4 is closed on 2026-11-15, after last night.
    serve([...OPEN.slice(0, 3), { ...OPEN[3]!, updated: '2026-11-15T00:00:00Z', statuses: [{ at: '2026-11-15T00:00:00Z', status: 'solved' }] }]);
    const alone = await fetchInto(first.store, first.cursor);
    expect(alone.store.map((t) => [t.id, t.status])).toEqual([['1', 'open'], ['2', 'open'], ['3', 'open'], ['4', 'solved']]);
    // A backfill from 2026-11-17, after the close and after the stored cursor, then a night: the same store.
    const lines: string[] = [];
    const backfill = await fetchInto(first.store, first.cursor, new Date('2026-11-17T00:00:00Z'), lines);
    expect(lines).toContain('github-issues: acme/help: --since is after where the last fetch stopped: reading from 2026-11-12T10:00:00Z, so no change between is skipped');
    const next = await fetchInto(backfill.store, backfill.cursor);
    expect(next.store).toEqual(alone.store);
  });

  it('keeps the position of a repository no longer in the pipeline, as a night does', async () => {
    serve(OPEN);
    const first = await fetchInto([], null);
    const stored = JSON.stringify({ ...JSON.parse(first.cursor), 'acme/old': '2026-11-01T00:00:00Z' });
    const night = await fetchInto(first.store, stored);
    expect(JSON.parse(night.cursor)['acme/old']).toBe('2026-11-01T00:00:00Z');
    // A backfill from after it: acme/old is not read, and its position stays.
    const backfill = await fetchInto(first.store, stored, new Date('2026-10-15T00:00:00Z'));
    expect(JSON.parse(backfill.cursor)).toEqual({ 'acme/help': '2026-11-12T10:00:00Z', 'acme/old': '2026-11-01T00:00:00Z', open: { 'acme/help': [1, 2, 3, 4] } });
  });

  it('refuses a stored position Date.parse reads leniently (a free form, with a comment), never logging or sending the stored text', async () => {
    serve(OPEN);
    const lines: string[] = [];
    // V8 reads text in parentheses as a comment: this is 2026-11-02 to it, with a line of its own in it. Not ISO 8601
    // with its zone, it is no position (instants.ts zonedInstantMs): the backfill starts from --since without it.
    const stored = JSON.stringify({ 'acme/help': 'Nov 2 2026 00:00:00 GMT+0000 (\ngithub-issues: forged line)', open: {} });
    await fetchInto([], stored, new Date('2026-11-17T00:00:00Z'), lines);
    expect(lines).toContain('github-issues: the stored cursor cannot be read: this backfill starts without last night\'s open issues, so an issue that left since is not looked for');
    expect(lines.filter((l) => l.includes('forged'))).toEqual([]);
    expect(server.requests.find((r) => r.path === '/repos/acme/help/issues')!.query.get('since')).toBe('2026-11-17T00:00:00Z');
  });
});
