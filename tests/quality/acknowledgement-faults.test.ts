// Bad input and faults of SOP acknowledgement on GitHub, against the local fake: reactions by people outside
// the teams, a `/ack` comment (and a bot's, and a member's chat), a member renamed on GitHub, and GitHub
// answering 403 or 5xx on the reactions list (retried by the client, then reported: no acknowledgement lost
// or invented, the issue left as it was, the job says what it could not read).

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cp } from 'node:fs/promises';
import { actionsCommand } from '../../scripts/commands/actions.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import { createGitHubClient } from '../../scripts/github/client.ts';
import { githubIssueResponses } from '../../scripts/github/issue-acknowledgements.ts';
import { githubIssueTracker } from '../../scripts/github/issues.ts';
import { acknowledgementIssues, planAcknowledgementIssues, readIssueAcknowledgements } from '../../scripts/actions/acknowledgements.ts';
import { acknowledgementMarker } from '../../scripts/actions/acknowledgement-body.ts';
import { mergeAcknowledgements } from '../../scripts/store/acknowledgement-store.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';
import type { AcknowledgementRecord } from '../../scripts/model/documents.generated.ts';
import { runCli } from '../cli-runner.ts';
import { inertMarkdown } from '../../scripts/publish/inert-markdown.ts';
import { startFakeGitHub, type FakeGitHub, type FakeIssue } from '../actions/github-issues-fake.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa');
let github: FakeGitHub;
let model: StandardsModel;

const client = () => createGitHubClient({ token: 't', baseUrl: github.url, millisecondsPerSecond: 1, writeSpacingMs: 0, maxRetries: 1 });
const REPO = { owner: 'acme', repo: 'help' };

function issue(number: number, extra: Partial<FakeIssue> = {}): FakeIssue {
  return {
    number, title: 'Please read: Handling a refund request v1', body: `${acknowledgementMarker('handle-refund', 1)}\n\nPlease read.`, state: 'open', state_reason: null,
    labels: ['sop-acknowledgement'], assignees: [], closed_at: null, comments: [], ...extra,
  };
}

async function readAll(stored: AcknowledgementRecord[] = []) {
  const issues = acknowledgementIssues(await githubIssueTracker(client(), REPO).listByLabel('sop-acknowledgement'));
  const read = await readIssueAcknowledgements(model, issues, githubIssueResponses(client(), REPO), stored);
  return { issues, read, merged: mergeAcknowledgements(stored, read.incoming) };
}

beforeAll(async () => {
  model = (await loadStandardsModel({ root: FIXTURE, today: '2026-11-08' })).model!;
});
beforeEach(async () => { github = await startFakeGitHub({ perPage: 2 }); });
afterEach(async () => { await github.close(); });

describe('who counts', () => {
  it('members by 👍 or a `/ack` comment; not outsiders, bots, other reactions or comments without /ack', async () => {
    github.issues.push(issue(1, {
      reactions: [
        { user: { login: 'outsider', id: 900 }, content: '+1', created_at: '2026-11-03T08:00:00Z' },
        { user: { login: 'Aoife-Byrne', id: 101 }, content: '+1', created_at: '2026-11-03T09:00:00Z' },
        { user: { login: 'deirdre-lynch', id: 103 }, content: 'heart', created_at: '2026-11-03T09:10:00Z' },
      ],
      userComments: [
        { user: { login: 'ciaran-walsh', id: 102 }, body: 'Thanks, read it.', created_at: '2026-11-03T10:00:00Z' },
        { user: { login: 'ciaran-walsh', id: 102 }, body: 'Read it.\n/ACK', created_at: '2026-11-03T11:00:00Z' },
        { user: { login: 'ack-bot', id: 555, type: 'Bot' }, body: '/ack', created_at: '2026-11-03T11:30:00Z' },
        { user: { login: 'someone', id: 901 }, body: '/ack', created_at: '2026-11-03T12:00:00Z' },
      ],
    }));
    const { read } = await readAll();
    expect(read.incoming).toEqual([
      { sop: 'handle-refund', version: 1, person: 'aoife-byrne', at: '2026-11-03T09:00:00Z', via: 'reaction', githubId: 101 },
      { sop: 'handle-refund', version: 1, person: 'ciaran-walsh', at: '2026-11-03T11:00:00Z', via: 'comment', githubId: 102 },
    ]);
    expect(read.outsiders).toEqual([{ issue: 1, login: 'outsider', via: 'reaction' }, { issue: 1, login: 'someone', via: 'comment' }]);
    // Every page was read (two per page here: the 2 👍 in one, the 4 comments in two).
    expect(github.calls().filter((c) => c.call.endsWith('/reactions')).length).toBe(1);
    expect(github.calls().filter((c) => c.call.endsWith('/comments')).length).toBe(2);
  });

  it('a `/ack` counts only as a line of its own words: not `/ack-later`, code, a quote, a list item or a code span', async () => {
    const by = (body: string, minute: number) => ({ user: { login: 'deirdre-lynch', id: 103 }, body, created_at: `2026-11-03T10:${String(minute).padStart(2, '0')}:00Z` });
    github.issues.push(issue(1, {
      userComments: [
        by('/ack-later, on leave this week', 1),
        by('To acknowledge, comment:\n```\n/ack\n```', 2),
        by('~~~md\n/ack\n~~~', 3),
        by('> /ack\n\nSaw Ciarán wrote this; I have not read it yet.', 4),
        by('> Ciarán said\n/ack', 5),
        by('Example:\n\n    /ack', 6),
        by('- /ack', 7),
        by('Type `/ack` when you have read it', 8),
        by('/acknowledged?', 9),
        by('Read the new escalation step, thanks.\n   /ack  ', 10),
      ],
    }));
    const { read } = await readAll();
    expect(read.incoming).toEqual([{ sop: 'handle-refund', version: 1, person: 'deirdre-lynch', at: '2026-11-03T10:10:00Z', via: 'comment', githubId: 103 }]);
  });

  it('a member renamed on GitHub keeps their acknowledgement, which still counts for the handle the Team document has', async () => {
    const stored: AcknowledgementRecord[] = [{ sop: 'handle-refund', version: 1, person: 'ciaran-walsh', at: '2026-11-03T09:00:00Z', via: 'reaction', githubId: 102, logins: ['ciaran-walsh'] }];
    github.issues.push(issue(1, { reactions: [{ user: { login: 'ciaran-w', id: 102 }, content: '+1', created_at: '2026-11-03T09:00:00Z' }] }));
    const { issues, read, merged } = await readAll(stored);
    expect(read.outsiders).toEqual([]);
    expect(merged.renamed).toEqual([['ciaran-walsh', 'ciaran-w']]);
    expect(merged.records).toEqual([{ sop: 'handle-refund', version: 1, person: 'ciaran-w', at: '2026-11-03T09:00:00Z', via: 'reaction', githubId: 102, logins: ['ciaran-walsh', 'ciaran-w'] }]);
    const plan = planAcknowledgementIssues({ model, issues, records: merged.records, published: () => null, unread: new Set() });
    expect(plan.progress).toEqual([{ sop: 'handle-refund', version: 1, teams: [{ team: 'support-emea', members: 3, acknowledged: 1 }], issue: 1 }]);
  });

  // Renamed, then a new version: its record is new (another version), and must carry the login on record for the
  // GitHub id, or it no longer counts for the handle the Team document has (progress showed 0).
  it('a member renamed on GitHub who acknowledges a new version counts for the Team document\'s handle', async () => {
    const stored: AcknowledgementRecord[] = [{ sop: 'escalate-outage', version: 2, person: 'ciaran-walsh', at: '2026-09-01T10:00:00Z', via: 'reaction', githubId: 102 }];
    github.issues.push(issue(1, { reactions: [{ user: { login: 'ciaran-w', id: 102 }, content: '+1', created_at: '2026-11-03T09:00:00Z' }] }));
    const { issues, merged } = await readAll(stored);
    expect(merged.added).toEqual([{ sop: 'handle-refund', version: 1, person: 'ciaran-w', at: '2026-11-03T09:00:00Z', via: 'reaction', githubId: 102, logins: ['ciaran-walsh', 'ciaran-w'] }]);
    expect(merged.renamed).toEqual([['ciaran-walsh', 'ciaran-w']]);
    const plan = planAcknowledgementIssues({ model, issues, records: merged.records, published: () => null, unread: new Set() });
    expect(plan.progress).toEqual([{ sop: 'handle-refund', version: 1, teams: [{ team: 'support-emea', members: 3, acknowledged: 1 }], issue: 1 }]);
  });

  // The GitHub id on record is what lets a renamed member keep counting; someone who has left every team (their id
  // is on record from when they were a member) is not renamed, and their 👍 is not an acknowledgement of anyone's.
  it('a former member whose GitHub id is on record is reported as not counted, not recorded, and owes nothing', async () => {
    const stored: AcknowledgementRecord[] = [
      { sop: 'escalate-outage', version: 2, person: 'eamon-left', at: '2026-09-01T09:00:00Z', via: 'reaction', githubId: 104 },
      { sop: 'escalate-outage', version: 2, person: 'ciaran-walsh', at: '2026-09-01T10:00:00Z', via: 'reaction', githubId: 102 },
    ];
    github.issues.push(issue(1, {
      reactions: [
        { user: { login: 'eamon-left', id: 104 }, content: '+1', created_at: '2026-11-03T08:00:00Z' },
        { user: { login: 'ciaran-walsh', id: 102 }, content: '+1', created_at: '2026-11-03T09:00:00Z' },
      ],
      userComments: [{ user: { login: 'eamon-renamed', id: 104 }, body: '/ack', created_at: '2026-11-03T10:00:00Z' }],
    }));
    const { issues, read, merged } = await readAll(stored);
    // eamon-left, under either login, is in no Team document now
    expect(read.incoming).toEqual([{ sop: 'handle-refund', version: 1, person: 'ciaran-walsh', at: '2026-11-03T09:00:00Z', via: 'reaction', githubId: 102 }]);
    expect(read.outsiders).toEqual([{ issue: 1, login: 'eamon-left', via: 'reaction' }, { issue: 1, login: 'eamon-renamed', via: 'comment' }]);
    expect(merged.added.map((r) => r.person)).toEqual(['ciaran-walsh']);
    const plan = planAcknowledgementIssues({ model, issues, records: merged.records, published: () => null, unread: new Set() });
    expect(plan.progress).toEqual([{ sop: 'handle-refund', version: 1, teams: [{ team: 'support-emea', members: 3, acknowledged: 1 }], issue: 1 }]);
  });

  it('a member renamed on GitHub still counts from a login on record for another SOP', async () => {
    const stored: AcknowledgementRecord[] = [{ sop: 'escalate-outage', version: 2, person: 'ciaran-walsh', at: '2026-09-01T10:00:00Z', via: 'reaction', githubId: 102 }];
    github.issues.push(issue(1, { reactions: [{ user: { login: 'ciaran-w', id: 102 }, content: '+1', created_at: '2026-11-03T09:00:00Z' }] }));
    const { read } = await readAll(stored);
    expect(read.incoming).toEqual([{ sop: 'handle-refund', version: 1, person: 'ciaran-w', at: '2026-11-03T09:00:00Z', via: 'reaction', githubId: 102 }]);
    expect(read.outsiders).toEqual([]);
  });
});

describe('GitHub refusing or failing the reactions list', () => {
  let root: string;
  const summaryFile = () => path.join(root, 'summary.md');
  const stored = '{"sop":"handle-refund","version":1,"person":"aoife-byrne","at":"2026-11-02T09:00:00Z","via":"reaction","githubId":101}\n';

  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ack-faults-'));
    await cp(path.join(FIXTURE, 'standards'), path.join(root, 'standards'), { recursive: true });
    await writeFile(path.join(root, 'standards', 'pipeline.yaml'), `${await readFile(path.join(root, 'standards', 'pipeline.yaml'), 'utf8')}actions:\n  breached: false\n`);
    const evaluated = await runCli(['evaluate', '--root', root, '--now', '2026-11-04T06:00:00Z']);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    await mkdir(path.join(root, 'data'), { recursive: true });
    await writeFile(path.join(root, 'data', 'acknowledgements.ndjson'), stored);
  });
  afterEach(async () => { await rm(root, { recursive: true, force: true }); });

  async function actions(): Promise<{ code: number; summary: string; out: string[] }> {
    const out: string[] = [];
    const io: CommandIO = { root, env: { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help', GITHUB_STEP_SUMMARY: summaryFile() }, color: false, now: () => new Date('2026-11-04T06:30:00Z'), stdout: (t) => out.push(t), stderr: () => {} };
    const code = await actionsCommand(io, { dryRun: false, report: null }, { tracker: (r) => githubIssueTracker(client(), r), responses: (r) => githubIssueResponses(client(), r) });
    return { code, summary: await readFile(summaryFile(), 'utf8').catch(() => ''), out };
  }

  const everyone = [
    { user: { login: 'aoife-byrne', id: 101 }, content: '+1', created_at: '2026-11-03T09:00:00Z' },
    { user: { login: 'ciaran-walsh', id: 102 }, content: '+1', created_at: '2026-11-03T10:00:00Z' },
    { user: { login: 'outsider', id: 900 }, content: '+1', created_at: '2026-11-03T11:00:00Z' },
  ];

  it.each([
    ['403', { status: 403, json: { message: 'Resource not accessible by integration' } }, 1, 'reading the acknowledgements of #1: GitHub answered 403 (Resource not accessible by integration): the token lacks a permission this call needs, or the rate limit did not clear after the retries'],
    ['502 after the retry', { status: 502, json: { message: 'Bad Gateway' } }, 5, 'reading the acknowledgements of #1: GitHub answered 502'],
  ] as const)('%s: nothing lost or invented, the issue left as it was, the job says what it could not read', async (_name, answer, times, reason) => {
    github.issues.push(issue(1, { reactions: everyone }));
    github.faults.push({ when: (r) => r.method === 'GET' && r.path.endsWith('/reactions'), answer, times });
    const run = await actions();
    expect(run.code).toBe(1);
    expect(await readFile(path.join(root, 'data', 'acknowledgements.ndjson'), 'utf8')).toBe(stored);
    expect(run.summary).toContain('**Not read tonight** (nothing recorded from these issues tonight; every acknowledgement recorded before is kept, and they are not closed):');
    // GitHub's words are untrusted: the summary shows them inert.
    expect(run.summary).toContain(`- #1 (\`handle-refund\` v1): ${inertMarkdown(reason)}`);
    expect(github.calls().filter((c) => c.call.startsWith('PATCH') || c.call.startsWith('POST /repos'))).toEqual([]);
    expect(run.out).toContain('SOP acknowledgements: 0 new tonight; 1 issue(s) could not be read');
  });

  // A stranger's issue with the label and marker (anyone who can label an issue, or an issue template): before, its
  // 👍 were recorded as acknowledgements (a member's reaction on anyone's issue counted) and it was written to as
  // ours. Now only an issue the token's account opened is read (actions/issue-ownership.ts); the stranger's is left
  // alone, said in the log, and the job opens its own.
  it('a stranger\'s labelled issue with the marker: nothing read from it, nothing written to it', async () => {
    github.issues.push(issue(1, { reactions: everyone, user: { login: 'mallory', id: 666 } }));
    const before = structuredClone(github.issues[0]!);
    const run = await actions();
    expect(await readFile(path.join(root, 'data', 'acknowledgements.ndjson'), 'utf8')).toBe(stored);
    expect(github.issues[0]).toEqual(before);
    expect(github.calls().filter((c) => c.call.includes('/issues/1'))).toEqual([]);
    expect(github.issues.slice(1).map((i) => [i.number, i.title, i.user?.login])).toEqual([[2, 'Please read: Handling a refund request v1', 'github-actions[bot]']]);
    expect(run.out).toContain('SOP acknowledgements: 0 new tonight');
  });

  // GitHub does not say who the token is: the marked issue may be ours or not. Nothing is read from it or written to
  // it, and its version gets no second issue (one every night otherwise).
  it('when who the token posts as is unknown: nothing read from the marked issue, nothing written, no second issue', async () => {
    github.viewer = null;
    github.issues.push(issue(1, { reactions: everyone }));
    const before = structuredClone(github.issues[0]!);
    const run = await actions();
    expect(await readFile(path.join(root, 'data', 'acknowledgements.ndjson'), 'utf8')).toBe(stored);
    expect(github.issues).toEqual([before]);
    expect(github.calls().filter((c) => c.call.includes('/issues/1'))).toEqual([]);
    expect(run.out.filter((line) => line.includes('"Please read"'))).toEqual([]);
  });

  it('a 502 the client retries past is no fault: the acknowledgements are recorded', async () => {
    github.issues.push(issue(1, { reactions: everyone }));
    github.faults.push({ when: (r) => r.method === 'GET' && r.path.endsWith('/reactions'), answer: { status: 502, json: { message: 'Bad Gateway' } }, times: 1 });
    const run = await actions();
    expect(run.code).toBe(0);
    expect((await readFile(path.join(root, 'data', 'acknowledgements.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l).person)).toEqual(['aoife-byrne', 'ciaran-walsh']);
  });

  it('a second page that fails: the first page is not taken for the whole list', async () => {
    github.issues.push(issue(1, { reactions: everyone }));
    github.faults.push({ when: (r) => r.method === 'GET' && r.path.endsWith('/reactions') && r.query.get('page') === '2', answer: { status: 500, json: { message: 'Server Error' } }, times: 5 });
    const run = await actions();
    expect(run.code).toBe(1);
    expect(await readFile(path.join(root, 'data', 'acknowledgements.ndjson'), 'utf8')).toBe(stored);
  });
});
