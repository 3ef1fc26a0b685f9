// Done-when, SOP acknowledgement, against the local GitHub fake: an SOP version bump (a commit on the branch the
// job runs on) makes the actions job open "Please read: <title> v2"; three 👍 reactions, one by someone no Team
// document lists, give 2 of 3 acknowledged in the report and on the SOP page. Then the member without GitHub
// acknowledges through the export (3 of 3, the issue closes itself), and a version 3 opens a new issue.
//
// The organisation (tests/fixtures/qa): handle-refund is followed by support-emea, whose three members are
// aoife-byrne, ciaran-walsh (GitHub handles) and E2 (a staff id and an e-mail, no GitHub account).

import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsCommand } from '../../scripts/commands/actions.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import { createGitHubClient } from '../../scripts/github/client.ts';
import { githubIssueResponses } from '../../scripts/github/issue-acknowledgements.ts';
import { githubIssueTracker } from '../../scripts/github/issues.ts';
import { buildSite } from '../../scripts/publish/site-build.ts';
import type { Report } from '../../scripts/model/documents.generated.ts';
import { runCli } from '../cli-runner.ts';
import { METRICS } from '../../scripts/model/metric-catalogue.ts';
import { startFakeGitHub, type FakeGitHub } from '../actions/github-issues-fake.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa');
let root: string;
let github: FakeGitHub;

function git(args: string[], date?: string): void {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@example.com', GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@example.com', ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  execFileSync('git', args, { cwd: root, env, stdio: 'pipe' });
}

/** Raises handle-refund to `version` with a changelog entry, committed at `date`. */
async function bump(version: number, date: string, summary: string): Promise<void> {
  const file = path.join(root, 'standards', 'sops', 'handle-refund.yaml');
  const text = (await readFile(file, 'utf8'))
    .replace(/^version: \d+$/m, `version: ${version}`)
    .replace('changelog:\n', `changelog:\n  - { version: ${version}, date: ${date.slice(0, 10)}, summary: "${summary}" }\n`);
  await writeFile(file, text);
  git(['commit', '-qam', `handle-refund v${version}`], date);
}

async function evaluate(now: string): Promise<Report> {
  for (const command of ['fetch', 'evaluate']) {
    const run = await runCli([command, '--root', root, ...(command === 'evaluate' ? ['--now', now] : [])], { now });
    expect(run.code, run.stderr).toBe(0);
  }
  return JSON.parse(await readFile(path.join(root, 'data', 'report.json'), 'utf8')) as Report;
}

async function actions(now: string): Promise<{ code: number; out: string[]; err: string[]; summary: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const summaryFile = path.join(root, `summary-${now.slice(0, 10)}.md`);
  const io: CommandIO = { root, env: { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help', GITHUB_STEP_SUMMARY: summaryFile }, color: false, now: () => new Date(now), stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  const client = () => createGitHubClient({ token: 't', baseUrl: github.url, millisecondsPerSecond: 1, writeSpacingMs: 0, maxRetries: 1 });
  const code = await actionsCommand(io, { dryRun: false, report: null }, {
    tracker: (repository) => githubIssueTracker(client(), repository),
    responses: (repository) => githubIssueResponses(client(), repository),
  });
  return { code, out, err, summary: await readFile(summaryFile, 'utf8').catch(() => '') };
}

const pleaseRead = () => github.issues.filter((i) => i.labels.includes('sop-acknowledgement'));
const ackOf = (report: Report) => report.acknowledgements!.find((a) => a.sop === 'handle-refund')!;

beforeAll(async () => {
  github = await startFakeGitHub();
  root = await mkdtemp(path.join(os.tmpdir(), 'sop-ack-nights-'));
  await cp(path.join(FIXTURE, 'standards'), path.join(root, 'standards'), { recursive: true });
  // Corrective actions are not under test here: only the "Please read" issues.
  await writeFile(path.join(root, 'standards', 'pipeline.yaml'), `${await readFile(path.join(root, 'standards', 'pipeline.yaml'), 'utf8')}actions:\n  breached: false\n`);
  await mkdir(path.join(root, 'exports'));
  await cp(path.join(FIXTURE, 'night-2', 'tickets.csv'), path.join(root, 'exports', 'tickets.csv'));
  await cp(path.join(FIXTURE, 'night-2', 'qa-reviews.csv'), path.join(root, 'exports', 'qa-reviews.csv'));
  await writeFile(path.join(root, 'exports', 'acknowledgements.csv'), 'SOP,Version,Person,Completed\n');
  await writeFile(path.join(root, '.gitignore'), 'data/\nexports/\n');
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['commit', '-qm', 'the organisation'], '2026-10-01T09:00:00Z');
  await bump(2, '2026-11-02T10:00:00Z', 'Refunds above 50 euro need a lead.');
});
afterAll(async () => {
  await github.close();
  await rm(root, { recursive: true, force: true });
});

describe('SOP acknowledgement over four nights', () => {
  it('night 1: the bump is in the report (0 of 3) and the actions job opens one "Please read" issue, assigned to nobody', async () => {
    const report = await evaluate('2026-11-03T06:00:00Z');
    expect(ackOf(report)).toEqual({ sop: 'handle-refund', version: 2, published: '2026-11-02T10:00:00.000Z', followers: 3, acknowledged: 0, teams: [{ team: 'support-emea', members: 3, acknowledged: 0 }] });
    github.now = '2026-11-03T06:30:00Z';
    const run = await actions('2026-11-03T06:30:00Z');
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(pleaseRead().map((i) => [i.number, i.title, i.state, i.assignees])).toEqual([[1, 'Please read: Handling a refund request v2', 'open', []]]);
    const body = pleaseRead()[0]!.body;
    expect(body.split('\n').slice(0, 5)).toEqual([
      '<!-- service-standards:sop-acknowledgement sop=handle-refund version=2 -->',
      '',
      '**Version 2** of the SOP [Handling a refund request](<https://fixture.example/standards/sops/handle-refund/>) is in force since 2 Nov 2026. Please read it.',
      '',
      '> **What changed** (2 Nov 2026): Refunds above 50 euro need a lead.',
    ]);
    expect(body).toContain('\nAsked to read it: Support EMEA (@aoife-byrne @ciaran-walsh).\n');
    expect(body).toContain('\n| Support EMEA | 0 of 3 |\n');
  });

  it('night 2: three reactions, one by a non-member, record two acknowledgements: 2 of 3 in the report and on the page', async () => {
    pleaseRead()[0]!.reactions = [
      { user: { login: 'aoife-byrne', id: 101 }, content: '+1', created_at: '2026-11-03T09:00:00Z' },
      { user: { login: 'random-dev', id: 999 }, content: '+1', created_at: '2026-11-03T09:30:00Z' },
      { user: { login: 'ciaran-walsh', id: 102 }, content: '+1', created_at: '2026-11-03T12:00:00Z' },
      { user: { login: 'ciaran-walsh', id: 102 }, content: 'heart', created_at: '2026-11-03T12:01:00Z' },
    ];
    github.now = '2026-11-04T06:30:00Z';
    const run = await actions('2026-11-04T06:30:00Z');
    expect(run.code, run.err.join('\n')).toBe(0);
    const stored = (await readFile(path.join(root, 'data', 'acknowledgements.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(stored).toEqual([
      { sop: 'handle-refund', version: 2, person: 'aoife-byrne', at: '2026-11-03T09:00:00Z', via: 'reaction', githubId: 101 },
      { sop: 'handle-refund', version: 2, person: 'ciaran-walsh', at: '2026-11-03T12:00:00Z', via: 'reaction', githubId: 102 },
    ]);
    expect(run.summary).toContain('**Not counted**: 1 response by someone no Team document lists (`random-dev`).');
    expect(pleaseRead()[0]!.body).toContain('\n| Support EMEA | 2 of 3 |\n');

    const report = await evaluate('2026-11-04T07:00:00Z');
    expect(ackOf(report)).toMatchObject({ followers: 3, acknowledged: 2, teams: [{ team: 'support-emea', members: 3, acknowledged: 2 }] });
    // sop_acknowledgement: two on time (23 h and 26 h after), E2 still inside the 5 days: pending. Version 1 was
    // published before the standard took effect (1 Nov) and is not measured.
    const standard = report.standards.find((s) => s.id === 'sop-acknowledgement')!;
    expect([standard.count, standard.met, standard.pending, standard.inFlight, standard.value]).toEqual([2, 2, 1, 0, 1]);
    expect(standard.breakdown.team).toEqual([{ key: 'support-emea', count: 2, met: 2, value: 1 }]);

    const outDir = path.join(root, 'site-out');
    await buildSite({ root, reportFile: 'data/report.json', outDir, now: '2026-11-04T07:00:00Z', log: () => {} });
    const page = await readFile(path.join(outDir, 'sops', 'handle-refund', 'index.html'), 'utf8');
    expect(page).toContain('data-acknowledgement="2/3"');
    expect(page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain('Version 2 is in force since 2 Nov 2026: 2 of 3 people who owe it have acknowledged it: everyone in the teams that follow it while it has been in force, from the later of its publication and their joining, and someone who has left since only if it was due before they left.');
    expect(page).toMatch(/<tr data-team="support-emea">.*?<td class="num">2 of 3<\/td><td class="num">67%<\/td><\/tr>/s);
    for (const person of ['aoife', 'ciaran', 'random-dev']) expect(page).not.toContain(person);
    // The methodology page defines both new metrics from the catalogue, word for word.
    const methodology = (await readFile(path.join(outDir, 'methodology', 'index.html'), 'utf8')).replace(/<[^>]+>/g, '').replace(/&#39;|&#x27;/g, "'").replace(/&quot;|&#34;/g, '"').replace(/&amp;/g, '&');
    for (const id of ['qa_coverage', 'sop_acknowledgement'] as const) {
      expect(methodology).toContain(METRICS[id].name);
      expect(methodology).toContain(METRICS[id].definition.slice(0, 120));
    }
  }, 120_000);

  it('night 3: the member without GitHub acknowledges through the export by e-mail: 3 of 3, and the issue closes itself', async () => {
    await writeFile(path.join(root, 'exports', 'acknowledgements.csv'), 'SOP,Version,Person,Completed\nRefund requests,2,Niamh@Example.com,2026-11-04T15:00:00Z\n');
    const report = await evaluate('2026-11-05T06:00:00Z');
    expect(ackOf(report)).toMatchObject({ followers: 3, acknowledged: 3 });
    github.now = '2026-11-05T06:30:00Z';
    const run = await actions('2026-11-05T06:30:00Z');
    expect(run.code, run.err.join('\n')).toBe(0);
    const issue = pleaseRead()[0]!;
    expect([issue.state, issue.state_reason, issue.comments]).toEqual(['closed', 'completed', ['Everyone in the teams that follow this SOP has acknowledged version 2: closing.']]);
    const stored = await readFile(path.join(root, 'data', 'acknowledgements.ndjson'), 'utf8');
    expect(stored).toContain('{"sop":"handle-refund","version":2,"person":"staff:E2","at":"2026-11-04T15:00:00Z","via":"csv"}');
    expect(stored).not.toMatch(/example\.com/i);
  });

  it('night 4: version 3 opens a new issue; the acknowledgements of version 2 do not count for it', async () => {
    await bump(3, '2026-11-05T12:00:00Z', 'Refunds are logged in the ledger.');
    const report = await evaluate('2026-11-06T06:00:00Z');
    expect(ackOf(report)).toMatchObject({ version: 3, published: '2026-11-05T12:00:00.000Z', acknowledged: 0 });
    github.now = '2026-11-06T06:30:00Z';
    const run = await actions('2026-11-06T06:30:00Z');
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(pleaseRead().map((i) => [i.number, i.title, i.state])).toEqual([
      [1, 'Please read: Handling a refund request v2', 'closed'],
      [2, 'Please read: Handling a refund request v3', 'open'],
    ]);
  });
});
