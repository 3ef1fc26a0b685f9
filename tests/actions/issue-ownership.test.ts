// Which labelled issues `standards actions` treats as its own, against the local GitHub fake. Before, any issue
// carrying the label and our marker anywhere in its body was ours: a stranger's (anyone who can label an issue, or
// a template that labels new issues) was edited, commented on and closed as the nightly job's own, and another
// workflow's issue quoting one of ours too. Now an issue is ours when its first line is our marker and the token's
// own account (GET /user, else GraphQL's viewer: the sticky review comment's question) opened it.

import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sortIssuesByAuthor } from '../../scripts/actions/issue-ownership.ts';
import { readMarker } from '../../scripts/actions/issue-body.ts';
import { actionsCommand } from '../../scripts/commands/actions.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import { createGitHubClient } from '../../scripts/github/client.ts';
import { githubIssueTracker, type IssueRecord } from '../../scripts/github/issues.ts';
import { ACTIONS_BOT, startFakeGitHub, type FakeGitHub, type FakeIssue } from './github-issues-fake.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MARK = (subject: string, status: string) => `<!-- service-standards:corrective-action subject=${subject} status=${status} -->`;

let github: FakeGitHub;
let root: string;
let temp: string;
let err: string[];
let out: string[];
beforeEach(async () => {
  github = await startFakeGitHub();
  out = []; err = [];
  temp = await mkdtemp(path.join(os.tmpdir(), 'issue-ownership-'));
  root = path.join(temp, 'repo');
  await cp(path.join(HERE, '..', 'fixtures', 'site', 'sample'), root, { recursive: true });
});
afterEach(async () => { await github.close(); await rm(temp, { recursive: true, force: true }); });

const io = (): CommandIO => ({ root, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help' }, color: false, now: () => new Date('2026-11-20T06:00:00Z') });
const deps = { tracker: (repository: { owner: string; repo: string }) => githubIssueTracker(createGitHubClient({ token: 't', baseUrl: github.url, millisecondsPerSecond: 1, writeSpacingMs: 0 }), repository) };
const night = () => actionsCommand(io(), { dryRun: false, report: 'report.json' }, deps);

function seed(issue: Partial<FakeIssue> & Pick<FakeIssue, 'number' | 'body'>): FakeIssue {
  const full: FakeIssue = { title: 'x', state: 'open', state_reason: null, labels: ['corrective-action'], assignees: [], closed_at: null, comments: [], ...issue };
  github.issues.push(full);
  return full;
}
const snapshot = (issue: FakeIssue) => ({ title: issue.title, body: issue.body, state: issue.state, labels: issue.labels, comments: issue.comments });
const writesTo = (n: number) => github.calls().filter((c) => c.call.endsWith(`/issues/${n}`) && c.call.startsWith('PATCH') || c.call.endsWith(`/issues/${n}/comments`) && c.call.startsWith('POST'));

describe('corrective-action issues opened by someone else', () => {
  // The sample's report breaches first-response-urgent and reopen-rate. A stranger labelled two issues of theirs and
  // gave them our marker: one names first-response-urgent (as met), one a standard that does not exist. Before, the
  // first was taken for ours (relabelled, retitled, commented on, no issue of ours opened) and the second was closed
  // as "no longer defined".
  it('leaves a stranger\'s labelled, marked issue alone, opens its own, and says so in the log, escaped', async () => {
    const mallory = { login: 'mallory\n::add-mask::x', id: 666, type: 'User' };
    const first = seed({ number: 1, body: `${MARK('standard/first-response-urgent', 'met')}\nnot yours`, user: mallory });
    const second = seed({ number: 2, body: `${MARK('standard/no-such-standard', 'breached')}\nnot yours either`, user: { login: 'mallory', id: 666 } });
    const before = [snapshot(first), snapshot(second)].map((s) => structuredClone(s));

    expect(await night()).toBe(0);
    expect([snapshot(first), snapshot(second)]).toEqual(before);
    expect([writesTo(1), writesTo(2)]).toEqual([[], []]);
    expect(github.issues.slice(2).map((i) => [i.number, i.title, readMarker(i.body)?.subject, i.user?.login])).toEqual([
      [3, 'Breached: Urgent tickets get a first reply within one business hour', 'standard/first-response-urgent', 'github-actions[bot]'],
      [4, 'Breached: Fewer than one in twenty solved tickets is reopened', 'standard/reopen-rate', 'github-actions[bot]'],
    ]);
    expect(err.filter((line) => line.includes('carries the'))).toEqual([
      '  #1 carries the corrective-action label and marker but was opened by "mallory ::add-mask::x", not by this token\'s account "github-actions[bot]": left alone (not edited, commented on or closed)',
      '  #2 carries the corrective-action label and marker but was opened by "mallory", not by this token\'s account "github-actions[bot]": left alone (not edited, commented on or closed)',
    ]);

    // The next night finds its own issues again (by author and marker) and still leaves the stranger's alone.
    expect(await night()).toBe(0);
    expect(github.issues).toHaveLength(4);
    expect([snapshot(first), snapshot(second)]).toEqual(before);
  });

  // Every workflow posting with GITHUB_TOKEN posts as github-actions[bot]: an issue another workflow opened with the
  // label (a weekly digest quoting one of ours, say) is by "our" account. Only one whose first line is our marker is
  // ours; before, the marker anywhere in the body was enough, and the digest was rewritten and closed.
  it('leaves another workflow\'s issue by the same bot alone unless its first line is our marker', async () => {
    const digest = seed({ number: 1, body: `Weekly digest\n\n> ${MARK('standard/first-response-urgent', 'met')}\n> quoted from #7`, user: ACTIONS_BOT });
    const unmarked = seed({ number: 2, body: 'Triage rota for November', user: ACTIONS_BOT });
    const before = [snapshot(digest), snapshot(unmarked)].map((s) => structuredClone(s));
    expect(await night()).toBe(0);
    expect([snapshot(digest), snapshot(unmarked)]).toEqual(before);
    expect(github.issues.slice(2).map((i) => readMarker(i.body)?.subject)).toEqual(['standard/first-response-urgent', 'standard/reopen-rate']);
  });

  // GitHub will not say who the token is: no marked issue can be proved ours. None is written to; a subject whose
  // marked issue exists is not opened again (it may be ours from an earlier night: a duplicate every night
  // otherwise); a subject no labelled issue names is opened, and on the next night (still unknown) not again.
  it('when who the token posts as is unknown, edits and closes nothing, and opens no duplicate night after night', async () => {
    github.viewer = null;
    const earlier = seed({ number: 1, body: `${MARK('standard/first-response-urgent', 'met')}\nperhaps ours`, user: ACTIONS_BOT });
    const before = structuredClone(snapshot(earlier));
    expect(await night()).toBe(0);
    expect(snapshot(earlier)).toEqual(before);
    expect(github.issues.map((i) => [i.number, readMarker(i.body)?.subject])).toEqual([[1, 'standard/first-response-urgent'], [2, 'standard/reopen-rate']]);
    expect(out).toContain('  note: standard/first-response-urgent: not opened tonight: a labelled issue carries its marker, and whether it is ours cannot be told (which account this token posts as is unknown)');
    expect(err).toContain('  which account this token posts as is unknown (GitHub\'s GET /user and GraphQL viewer did not say): #1 carries the corrective-action marker and may not be ours, so no issue is edited or closed tonight, and none is opened for its subject');

    expect(await night()).toBe(0);
    expect(github.issues).toHaveLength(2);
    expect(github.calls().filter((c) => c.call.startsWith('PATCH') || c.call.startsWith('POST /repos/acme/help/issues/'))).toEqual([]);
  });
});

describe('the issues recorded for the site on a night the token\'s account is unknown', () => {
  // The store's action-issues.ndjson is rewritten whole each night from the issues found ours. On a night GitHub does
  // not say who the token is, none is: before, every subject's record was dropped, and the site lost every issue
  // link until a night GitHub answered again. A subject held back (its marked issue may be ours) keeps last night's.
  it('keeps the stored record of each subject held back, as it was', async () => {
    expect(await night()).toBe(0);
    const file = path.join(root, 'data', 'action-issues.ndjson');
    const recorded = await readFile(file, 'utf8');
    expect(recorded.split('\n').filter(Boolean).map((line) => { const r = JSON.parse(line) as { subject: string; issue: number }; return [r.subject, r.issue]; }))
      .toEqual([['standard/first-response-urgent', 1], ['standard/reopen-rate', 2]]);

    github.viewer = null;
    err = [];
    expect(await night()).toBe(0);
    expect(github.issues).toHaveLength(2);
    expect(await readFile(file, 'utf8')).toBe(recorded);
    expect(err).toContain('  issues recorded for the site: data/action-issues.ndjson (2)');
  });
});

describe('sortIssuesByAuthor', () => {
  const issue = (number: number, body: string, author: IssueRecord['author']): IssueRecord => ({ number, title: 't', body, state: 'open', labels: [], assignees: [], closedAt: null, url: '', author });
  const marked = (body: string) => readMarker(body) !== null;
  const ours = issue(1, MARK('standard/a', 'met'), { login: 'github-actions[bot]', id: 41898282 });
  const renamed = issue(2, MARK('standard/b', 'met'), { login: 'Acme-Standards[bot]', id: null });
  const stranger = issue(3, MARK('standard/c', 'met'), { login: 'github-actions[bot]', id: 1 });
  const ghost = issue(4, MARK('standard/d', 'met'), null);
  const plain = issue(5, 'no marker', { login: 'github-actions[bot]', id: 41898282 });

  it('matches the author by user id when both are known, else by login; a deleted author is never ours', () => {
    const sorted = sortIssuesByAuthor([ours, renamed, stranger, ghost, plain], { login: 'acme-standards[bot]', id: 41898282 }, marked);
    expect([sorted.ours, sorted.strangers, sorted.unattributed].map((list) => list.map((i) => i.number))).toEqual([[1, 2], [3, 4], []]);
  });

  it('takes none for ours when the account is unknown: every marked one is unattributed', () => {
    const sorted = sortIssuesByAuthor([ours, stranger, plain], null, marked);
    expect([sorted.ours, sorted.strangers, sorted.unattributed].map((list) => list.map((i) => i.number))).toEqual([[], [], [1, 3]]);
  });
});
