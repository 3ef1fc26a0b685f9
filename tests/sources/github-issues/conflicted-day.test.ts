// A stored day holding an issue twice (a git conflict kept both sides, the older copy its later line): the GitHub
// source applies the window's comments and events to the stored ticket (stored-tickets.ts `inDay`), so it must be
// given the newer copy, as the fetch's merge keeps it. Given the older one, the ticket came out without what happened
// between the two copies, and the fetch wrote that over the newer copy.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubIssuesSourceSettings, Ticket } from '../../../scripts/model/model.ts';
import { createGitHubIssuesSource } from '../../../scripts/sources/github-issues.ts';
import { collectChanges } from '../../../scripts/sources/source.ts';
import { storedTicketReader } from '../../../scripts/store/stored-tickets.ts';
import { ticketLine } from '../../../scripts/store/ticket-lines.ts';
import { openTicketStore } from '../../../scripts/store/ticket-store.ts';
import { startFakeServer, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, githubExpected } from '../fixture-helpdesk.ts';
import { githubHandler } from './github-fake.ts';

let server: FakeServer;
let root: string;
beforeEach(async () => {
  server = await startFakeServer(() => ({ json: [] }));
  root = await mkdtemp(path.join(os.tmpdir(), 'github-conflicted-'));
});
afterEach(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const settings = (baseUrl: string): GitHubIssuesSourceSettings => ({
  repositories: ['acme/help'], baseUrl, tokenEnv: 'HELPDESK_GITHUB_TOKEN', startDate: '2026-10-01',
  agents: { teamMembers: true, authorAssociations: ['OWNER'] },
  labels: { priority: { p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' }, team: {}, category: { incident: 'incident', question: 'question' }, pending: ['waiting for customer'], onHold: ['blocked'] },
  defaultPriority: 'normal', channel: 'web', concurrency: 2, maxShare: 0.5,
});

/** #102 as the store held it on `at`: what had happened by then. */
function storedAsOf(full: Ticket, at: string, status: Ticket['status']): Ticket {
  return { ...full, status, updated: at, replies: full.replies.filter((r) => r.at <= at), statusChanges: full.statusChanges.filter((c) => c.at <= at) };
}

describe('the GitHub source over a stored day with an issue twice', () => {
  it('applies the window to the newer copy: the issue comes out whole', async () => {
    const full = githubExpected(FIXTURE_TICKETS[1]!);
    const newer = storedAsOf(full, '2026-11-04T10:00:00Z', 'solved');
    const older = storedAsOf(full, '2026-11-03T12:00:00Z', 'pending');
    const store = openTicketStore(path.join(root, 'data'));
    const file = store.dayFile(full.created.slice(0, 10));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${ticketLine(newer)}\n${ticketLine(older)}\n`);
    server.setHandler(githubHandler({ tickets: [FIXTURE_TICKETS[1]!], owner: 'acme', repo: 'help', perPage: 100, origin: () => server.url, withPullRequest: false }));
    const github = createGitHubIssuesSource(settings(server.url), { now: FIXTURE_NOW, env: { HELPDESK_GITHUB_TOKEN: 'ghp_fixtureSecret0123456789' }, teams: [], millisecondsPerSecond: 1, maxRetries: 2, perPage: 2 });
    const result = await collectChanges(github, JSON.stringify({ 'acme/help': '2026-11-04T12:00:00Z' }), { log: () => undefined, since: null, storedTickets: storedTicketReader(store) });
    expect(result.tickets.map((t) => [t.id, t.replies.length, t.statusChanges.length])).toEqual([[full.id, full.replies.length, full.statusChanges.length]]);
  });
});
