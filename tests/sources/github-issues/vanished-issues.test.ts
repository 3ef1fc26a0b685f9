// An issue deleted, transferred to another repository or turned into a discussion leaves the list of issues updated
// since the cursor: its ticket stayed open in the store for good. The source keeps last night's open issues in the
// cursor, and reads each one that left the open list without showing in tonight's window.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubIssuesSourceSettings, Ticket } from '../../../scripts/model/model.ts';
import { createGitHubIssuesSource } from '../../../scripts/sources/github-issues.ts';
import { collectChanges, type SourceUsage } from '../../../scripts/sources/source.ts';
import { storedTicketsOf } from '../../../scripts/store/stored-tickets.ts';
import { startFakeServer, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS, type FixtureTicket } from '../fixture-helpdesk.ts';
import { githubHandler, type GitHubFakeOptions } from './github-fake.ts';

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: [] })); });
afterEach(async () => { await server.close(); });

const settings = (baseUrl: string): GitHubIssuesSourceSettings => ({
  repositories: ['acme/help'], baseUrl, tokenEnv: 'HELPDESK_GITHUB_TOKEN', startDate: '2026-10-01',
  agents: { teamMembers: true, authorAssociations: ['OWNER'] },
  labels: { priority: { p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' }, team: {}, category: { incident: 'incident', question: 'question' }, pending: ['waiting for customer'], onHold: ['blocked'] },
  // One at a time: the request list is in the order of the issues.
  defaultPriority: 'normal', channel: 'web', concurrency: 1, maxShare: 0.5,
});

/** Issues #1–#4, open, last updated 11-02, 11-05, 11-10 and 11-12 (the fixture's four, never closed). */
const OPEN: FixtureTicket[] = FIXTURE_TICKETS.map((f, i) => ({ ...f, n: i + 1, statuses: [], messages: [] }));
// The open pull request #900 (left out) was updated last, on 11-19.
const NIGHT_1_BOUNDARY = '2026-11-19T00:00:00Z';

function serve(tickets: FixtureTicket[], extra: Partial<GitHubFakeOptions> = {}) {
  server.requests.length = 0;
  server.setHandler(githubHandler({ tickets, owner: 'acme', repo: 'help', perPage: 100, origin: () => server.url, withPullRequest: true, ...extra }));
}

async function night(cursor: string | null, stored: Ticket[] = [], since: Date | null = null, log: (line: string) => void = () => {}) {
  let usage: SourceUsage | null = null;
  const github = createGitHubIssuesSource(settings(server.url), { now: FIXTURE_NOW, env: { HELPDESK_GITHUB_TOKEN: 'ghp_x' }, teams: [], millisecondsPerSecond: 1, maxRetries: 2, perPage: 2 });
  const result = await collectChanges(github, cursor, { log, since, storedTickets: storedTicketsOf(stored), usage: (u) => { usage = u; } });
  return { ...result, usage: usage! as SourceUsage };
}

const issueReads = () => server.requests.map((r) => r.path).filter((p) => /\/issues\/\d+$/.test(p));

describe('issues that leave a repository', () => {
  it('deletes the tickets of an issue transferred (301 elsewhere), deleted (410) or gone (404), and keeps the one still open', async () => {
    serve(OPEN);
    const first = await night(null);
    expect(first.tickets.map((t) => [t.id, t.status])).toEqual([['1', 'open'], ['2', 'open'], ['3', 'open'], ['4', 'open']]);
    expect(first.deleted).toEqual([]);
    // The open pull request #900 is left out.
    expect(JSON.parse(first.cursor)).toEqual({ 'acme/help': NIGHT_1_BOUNDARY, open: { 'acme/help': [1, 2, 3, 4] } });

    serve([OPEN[0]!], { vanished: { 2: { movedTo: { owner: 'acme', repo: 'elsewhere', number: 7 } }, 3: { status: 410 }, 4: { status: 404 } } });
    const second = await night(first.cursor, first.tickets);
    expect(second.deleted).toEqual(['2', '3', '4']);
    expect(second.tickets).toEqual([]);
    expect(JSON.parse(second.cursor)).toEqual({ 'acme/help': NIGHT_1_BOUNDARY, open: { 'acme/help': [1] } });
    expect(server.requests.map((r) => r.url)).toEqual([
      '/repos/acme/help/issues?state=all&since=2026-11-19T00%3A00%3A00Z&sort=updated&direction=asc&per_page=2&page=1',
      '/repos/acme/help/issues?state=open&per_page=2',
      '/repos/acme/help/issues/2',
      '/repos/acme/elsewhere/issues/7',
      '/repos/acme/help/issues/3',
      '/repos/acme/help/issues/4',
    ]);
    // The redirect is followed inside one request: three issue reads for four answers.
    expect(second.usage.requests).toBe(5);
    expect(second.usage.byKind).toEqual({ issues: 1, 'open issues': 1, issue: 3 });
  });

  it('leaves alone an issue that left the open list unseen but still answers from this repository', async () => {
    // #2 closed in a race with the lists (its updated_at not past the cursor): read, found here, kept, not open.
    serve(OPEN);
    const first = await night(null);
    serve(OPEN.map((f) => f.n === 2 ? { ...f, statuses: [{ at: '2026-11-04T09:00:00Z', status: 'solved' as const }] } : f));
    const second = await night(first.cursor, first.tickets);
    expect(issueReads()).toEqual(['/repos/acme/help/issues/2']);
    expect(second.deleted).toEqual([]);
    expect(JSON.parse(second.cursor)).toEqual({ 'acme/help': NIGHT_1_BOUNDARY, open: { 'acme/help': [1, 3, 4] } });
  });

  it('does not take a renamed repository for a transfer: an issue answering under the name its lists give is kept', async () => {
    // acme/help became acme/support; #2 fell off the open list (a page shifted) and answers 301 to its new address.
    serve(OPEN);
    const first = await night(null);
    serve(OPEN.filter((f) => f.n !== 2), { renamedTo: 'support', vanished: { 2: { movedTo: { owner: 'acme', repo: 'support', number: 2 } } } });
    const second = await night(first.cursor, first.tickets);
    expect(issueReads()).toEqual(['/repos/acme/help/issues/2', '/repos/acme/support/issues/2']);
    expect(second.deleted).toEqual([]);
    // Still open there: it stays in the open set.
    expect(JSON.parse(second.cursor)).toEqual({ 'acme/help': NIGHT_1_BOUNDARY, open: { 'acme/help': [1, 2, 3, 4] } });
  });

  it('reads an old cursor (no open set): that night deletes nothing and writes the open set', async () => {
    serve([OPEN[0]!], { vanished: { 2: { status: 410 }, 3: { status: 410 }, 4: { status: 404 } } });
    const result = await night(JSON.stringify({ 'acme/help': NIGHT_1_BOUNDARY }));
    expect(result.deleted).toEqual([]);
    expect(issueReads()).toEqual([]);
    expect(JSON.parse(result.cursor)).toEqual({ 'acme/help': NIGHT_1_BOUNDARY, open: { 'acme/help': [1] } });
  });

  it('reads no issue when the open list did not change, nor one that left it in tonight\'s window (closed)', async () => {
    serve(OPEN);
    const first = await night(null);
    serve(OPEN);
    const same = await night(first.cursor, first.tickets);
    expect(issueReads()).toEqual([]);
    expect(same.deleted).toEqual([]);
    expect(JSON.parse(same.cursor)).toEqual({ 'acme/help': NIGHT_1_BOUNDARY, open: { 'acme/help': [1, 2, 3, 4] } });
    // #3 closed on 11-19: the window reads it, so it is not read again, and it leaves the open set.
    const closed = OPEN.map((f) => f.n === 3 ? { ...f, updated: '2026-11-19T09:00:00Z', statuses: [{ at: '2026-11-19T09:00:00Z', status: 'solved' as const }] } : f);
    serve(closed);
    const third = await night(same.cursor, same.tickets);
    expect(issueReads()).toEqual([]);
    expect(third.deleted).toEqual([]);
    expect(third.tickets.find((t) => t.id === '3')!.status).toBe('solved');
    expect(JSON.parse(third.cursor)).toEqual({ 'acme/help': '2026-11-19T09:00:00Z', open: { 'acme/help': [1, 2, 4] } });
  });

  it('keeps last night\'s open set through a backfill (--since): the issues that left since are still read, and deleted', async () => {
    serve(OPEN);
    const first = await night(null);
    serve([OPEN[0]!], { vanished: { 2: { movedTo: { owner: 'acme', repo: 'elsewhere', number: 7 } }, 3: { status: 410 }, 4: { status: 404 } } });
    const backfill = await night(first.cursor, first.tickets, new Date('2026-11-18T00:00:00Z'));
    expect(issueReads()).toEqual(['/repos/acme/help/issues/2', '/repos/acme/elsewhere/issues/7', '/repos/acme/help/issues/3', '/repos/acme/help/issues/4']);
    expect(backfill.deleted).toEqual(['2', '3', '4']);
    expect(JSON.parse(backfill.cursor)).toEqual({ 'acme/help': NIGHT_1_BOUNDARY, open: { 'acme/help': [1] } });
  });

  it('starts a backfill over an unreadable cursor without an open set, and says so', async () => {
    serve([OPEN[0]!], { vanished: { 2: { status: 410 } } });
    const lines: string[] = [];
    const backfill = await night('not a cursor', [], new Date('2026-11-18T00:00:00Z'), (line) => lines.push(line));
    expect(backfill.deleted).toEqual([]);
    expect(issueReads()).toEqual([]);
    expect(lines).toContain('github-issues: the stored cursor cannot be read: this backfill starts without last night\'s open issues, so an issue that left since is not looked for');
    expect(JSON.parse(backfill.cursor)).toEqual({ 'acme/help': NIGHT_1_BOUNDARY, open: { 'acme/help': [1] } });
  });

  describe('an issue turned into a discussion (GitHub answers 200 from this repository, closed and locked, naming no discussion)', () => {
    it('deletes its ticket when the conversion puts it in tonight\'s window: its converted_to_discussion event, no read of its own', async () => {
      serve(OPEN);
      const first = await night(null);
      serve(OPEN, { converted: { 2: { at: '2026-11-20T10:00:00Z' } } });
      const second = await night(first.cursor, first.tickets);
      expect(second.deleted).toEqual(['2']);
      expect(second.tickets).toEqual([]);
      expect(issueReads()).toEqual([]);
      expect(JSON.parse(second.cursor)).toEqual({ 'acme/help': '2026-11-20T10:00:00Z', open: { 'acme/help': [1, 3, 4] } });
    });

    it('deletes its ticket when it left the open list unseen (updated_at kept): the issue answers closed here, its events say converted', async () => {
      serve(OPEN);
      const first = await night(null);
      serve(OPEN, { converted: { 2: { at: '2026-11-20T10:00:00Z', updatedAtKept: true } } });
      const second = await night(first.cursor, first.tickets);
      // Its events, two a page here (labeled P2, labeled question, mentioned, converted_to_discussion).
      expect(server.requests.map((r) => r.url).filter((u) => /\/issues\/\d+/.test(u))).toEqual([
        '/repos/acme/help/issues/2', '/repos/acme/help/issues/2/events?per_page=2', '/repos/acme/help/issues/2/events?per_page=2&page=2',
      ]);
      expect(second.deleted).toEqual(['2']);
      expect(JSON.parse(second.cursor)).toEqual({ 'acme/help': NIGHT_1_BOUNDARY, open: { 'acme/help': [1, 3, 4] } });
    });

    // GitHub closes and locks the issue it converts; one reopened after (unlocked and reopened by a maintainer) is an
    // issue again: only the later of its converted_to_discussion and reopened events says what it is.
    it('keeps an issue reopened after its conversion, read in the window or read whole', async () => {
      serve(OPEN);
      const first = await night(null);
      serve(OPEN, { converted: { 2: { at: '2026-11-20T10:00:00Z', reopenedAt: '2026-11-20T12:00:00Z' } } });
      const second = await night(first.cursor, first.tickets);
      expect(second.deleted).toEqual([]);
      expect(second.tickets.map((t) => [t.id, t.status])).toEqual([['2', 'open']]);
      expect(JSON.parse(second.cursor)).toEqual({ 'acme/help': '2026-11-20T12:00:00Z', open: { 'acme/help': [1, 2, 3, 4] } });
      // Not in the store (deleted by an earlier night that saw only the conversion): read whole, its events end reopened.
      const whole = await night(first.cursor, first.tickets.filter((t) => t.id !== '2'));
      expect(whole.deleted).toEqual([]);
      expect(whole.tickets.map((t) => [t.id, t.status])).toEqual([['2', 'open']]);
    });

    it('stores no ticket for a converted issue older than the store (read whole)', async () => {
      serve(OPEN);
      const first = await night(null);
      serve(OPEN, { converted: { 2: { at: '2026-11-20T10:00:00Z' } } });
      const second = await night(first.cursor, first.tickets.filter((t) => t.id !== '2'));
      expect(second.tickets).toEqual([]);
      expect(second.deleted).toEqual(['2']);
    });
  });
});
