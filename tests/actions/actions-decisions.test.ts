// The decisions and faults of the corrective actions, each against the local GitHub fake: escaping, an issue
// closed by hand, a deleted standard, a hundred breaches at once, and GitHub answering 403/404/410/422/5xx or
// a secondary rate limit: retried or reported, never a duplicate issue, never a crash.

import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../scripts/actions/apply.ts';
import { planActions } from '../../scripts/actions/plan.ts';
import { inertMarkdown } from '../../scripts/publish/inert-markdown.ts';

const ZW = '\u200B';
import { formatActionsSummary } from '../../scripts/actions/summary.ts';
import { actionsCommand } from '../../scripts/commands/actions.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import { createGitHubClient } from '../../scripts/github/client.ts';
import { githubIssueTracker, type IssueTracker } from '../../scripts/github/issues.ts';
import type { StatusEntry } from '../../scripts/store/status-log.ts';
import { standard } from '../engine/engine-fixtures.ts';
import { actionsModel, csatResult, report, urgentResult, type ReportStandard } from './action-fixtures.ts';
import { startFakeGitHub, type FakeGitHub } from './github-issues-fake.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
let github: FakeGitHub;
beforeEach(async () => { github = await startFakeGitHub(); });
afterEach(async () => { await github.close(); });

const tracker = (): IssueTracker => githubIssueTracker(createGitHubClient({ token: 't', baseUrl: github.url, millisecondsPerSecond: 1, writeSpacingMs: 0, maxRetries: 2 }), { owner: 'acme', repo: 'help' });
const breached = () => urgentResult('breached', { count: 400, met: 355, inFlight: 3, pending: 4 });
const met = () => urgentResult('met', { count: 400, met: 395, inFlight: 0, pending: 0 });
const entry = (date: string, status: StatusEntry['status'], standardId = 'first-response-urgent'): StatusEntry => ({ date, standard: standardId, status, value: null, version: 'v1' });

async function run(now: string, standards: ReportStandard[], log: StatusEntry[], model = actionsModel()) {
  const t = tracker();
  const plan = planActions({ model, report: report(now, standards), statusLog: log, issues: await t.listByLabel('corrective-action') });
  return { plan, result: await applyPlan(plan, t, { label: 'corrective-action', log: () => {} }) };
}

describe('untrusted text in issue bodies', () => {
  it('escapes Markdown, HTML, @mentions and #references from documents and tickets', () => {
    // One rendering for every sink (publish/inert-markdown.ts): a zero-width space after @, # and : keeps GitHub's
    // filters from making a mention, a reference or a link of the text once it is rendered.
    expect(inertMarkdown('Hi @support-leads, see #12 <img src=x onerror=alert(1)> [link](javascript:alert(1)) ![i](http://x/i.png) `code` **bold**\nnext'))
      .toBe(`Hi \\@${ZW}support\\-leads\\, see \\#${ZW}12 \\<img src\\=x onerror\\=alert\\(1\\)\\> \\[link\\]\\(javascript\\:${ZW}alert\\(1\\)\\) \\!\\[i\\]\\(http\\:${ZW}\\/\\/x\\/i\\.png\\) \\\`code\\\` \\*\\*bold\\*\\* next`);
  });

  it('a hostile title and ticket id stay text in the issue, and the title stays one line', async () => {
    const model = actionsModel();
    model.standards[0] = { ...model.standards[0]!, title: 'Urgent @everyone <script>x</script>\n# [pwn](https://evil.example)' };
    const hostile = { ...breached(), worst: [{ id: '@bob`<b>', created: '2026-10-30T09:00:00Z', priority: 'urgent', channel: 'email', team: '<i>x</i>', minutes: 90, inFlight: false }] };
    const plan = planActions({ model, report: report('2026-11-01T06:00:00Z', [hostile]), statusLog: [], issues: [] });
    const op = plan.actions[0]!.operation as { title: string; body: string };
    expect(op.title).toBe('Breached: Urgent @everyone <script>x</script> # [pwn](https://evil.example)');
    expect(op.body).toContain(`- [\\#${ZW}\\@${ZW}bob\\\`\\<b\\>](<https://help.example/tickets/%40bob%60%3Cb%3E>): 1h30m (urgent, email, \\<i\\>x\\<\\/i\\>)`);
    expect(op.body).toContain(`- The standard: [Urgent \\@${ZW}everyone \\<script\\>x\\<\\/script\\> \\# \\[pwn\\]\\(https\\:${ZW}\\/\\/evil\\.example\\)](<https://acme.example/standards/standards/first-response-urgent/>)`);
    // Every < is backslash-escaped: shown as text, never a tag.
    expect(op.body).not.toMatch(/@everyone|(?<!\\)<(script|b|i)\b/);
    expect(op.body).toContain(`@${ZW}everyone`);
  });

  it('the job summary escapes table cells', () => {
    const plan = { actions: [], deferred: [{ operation: {} as never, priority: 4, writes: 1, summary: 'update #1 for a|b <x>' }], notes: [] };
    expect(formatActionsSummary(plan, { outcomes: [], stopped: null })).toBe('## Corrective actions\n\n**1 more over tonight\'s write budget**, done on later nights (most urgent first):\n\n- update \\#\u200B1 for a\\|b \\<x\\>\n\n');
  });
});

describe('decisions', () => {
  it('an issue closed by hand during a breach stays closed; a new breach after recovery opens a new issue', async () => {
    await run('2026-11-01T06:00:00Z', [breached()], [entry('2026-11-01', 'breached')]);
    github.issues[0]!.state = 'closed';
    github.issues[0]!.closed_at = '2026-11-01T15:00:00Z';
    const still = await run('2026-11-02T06:00:00Z', [breached()], [entry('2026-11-01', 'breached'), entry('2026-11-02', 'breached')]);
    expect(still.plan.actions).toEqual([]);
    expect(still.plan.notes).toEqual(['first-response-urgent (breached): issue #1 was closed on 2026-11-01 during this breach (since 2026-11-01); left closed, a new issue opens if it breaches again after recovering']);
    const log = [entry('2026-11-01', 'breached'), entry('2026-11-02', 'breached'), entry('2026-11-03', 'met'), entry('2026-11-04', 'breached')];
    const again = await run('2026-11-04T06:00:00Z', [breached()], log);
    expect(again.plan.actions.map((a) => a.summary)).toEqual(['open an issue for first-response-urgent (breached)']);
    expect(github.issues.map((i) => [i.number, i.state])).toEqual([[1, 'closed'], [2, 'open']]);
  });

  it('comments once when the status changes, and waits for closeAfter nights without a breach before closing', async () => {
    await run('2026-11-01T06:00:00Z', [breached()], [entry('2026-11-01', 'breached')], actionsModel({ closeAfterDays: 3 }));
    const log = [entry('2026-11-01', 'breached'), entry('2026-11-02', 'met')];
    const first = await run('2026-11-02T06:00:00Z', [met()], log, actionsModel({ closeAfterDays: 3 }));
    expect(first.plan.actions.map((a) => a.summary)).toEqual(['update #1 for first-response-urgent: breached → met']);
    // 395 of 400 met: 98.8%; 5 used of the 20 allowed, 75% left.
    expect(github.issues[0]!.comments).toEqual(['Status changed from **Breached** to **Met** on 2 Nov 2026: 98.8% against a goal of 95% within 1h, 75% of the error budget left. 5 tickets of 400 missed the 1h goal; the objective allows 20 in this window: 15 more can miss before the standard is breached. Recovering: no breach for 1 night; this issue closes after 2 more nights without a breach.']);
    expect(github.issues[0]!.body).toContain('\nRecovering: no breach for 1 night; this issue closes after 2 more nights without a breach.\n');
    const second = await run('2026-11-03T06:00:00Z', [met()], [...log, entry('2026-11-03', 'met')], actionsModel({ closeAfterDays: 3 }));
    expect(second.plan.actions.map((a) => a.summary)).toEqual(['update #1 for first-response-urgent']);
    expect(github.issues[0]!.comments).toHaveLength(1);
    const third = await run('2026-11-04T06:00:00Z', [met()], [...log, entry('2026-11-03', 'met'), entry('2026-11-04', 'met')], actionsModel({ closeAfterDays: 3 }));
    expect(third.plan.actions.map((a) => a.summary)).toEqual(['close #1 for first-response-urgent: no breach for 3 nights']);
    expect(github.issues[0]!.state).toBe('closed');
  });

  it('a standard that recovers only to at risk closes its issue all the same, saying "recovered, still at risk"', async () => {
    const atRisk = () => urgentResult('at-risk', { count: 400, met: 382, inFlight: 0, pending: 0 });
    await run('2026-11-01T06:00:00Z', [breached()], [entry('2026-11-01', 'breached')], actionsModel({ closeAfterDays: 2 }));
    const log = [entry('2026-11-01', 'breached'), entry('2026-11-02', 'at-risk')];
    await run('2026-11-02T06:00:00Z', [atRisk()], log, actionsModel({ closeAfterDays: 2 }));
    const { plan } = await run('2026-11-03T06:00:00Z', [atRisk()], [...log, entry('2026-11-03', 'at-risk')], actionsModel({ closeAfterDays: 2 }));
    expect(plan.actions.map((a) => a.summary)).toEqual(['close #1 for first-response-urgent: no breach for 2 nights, still at risk']);
    // 382 of 400: 95.5%; 18 used of 20, 10% left.
    expect(github.issues[0]!.comments.at(-1)).toBe('Recovered, still at risk: no breach for 2 nights, since 2 Nov 2026; closing. 95.5% against a goal of 95% within 1h, 10% of the error budget left. 18 tickets of 400 missed the 1h goal; the objective allows 20 in this window: 2 more can miss before the standard is breached.');
    expect([github.issues[0]!.title, github.issues[0]!.labels, github.issues[0]!.state, github.issues[0]!.state_reason]).toEqual(['At risk: Urgent tickets get a first reply within one hour', ['corrective-action', 'at-risk'], 'closed', 'completed']);
  });

  it('closeAfter counts calendar nights: a night without a run inside the recovery counts, a night without data starts it again', async () => {
    const model = actionsModel({ closeAfterDays: 3 });
    await run('2026-11-01T06:00:00Z', [breached()], [entry('2026-11-01', 'breached')], model);
    // Met on 2 Nov, no run on 3 Nov, met on 4 Nov: three nights without a breach (one without a run).
    const skipped = [entry('2026-11-01', 'breached'), entry('2026-11-02', 'met'), entry('2026-11-04', 'met')];
    const { plan } = await run('2026-11-04T06:00:00Z', [met()], skipped, model);
    expect(plan.actions.map((a) => a.summary)).toEqual(['close #1 for first-response-urgent: no breach for 3 nights']);
    expect(github.issues[0]!.comments.at(-1)).toMatch(/^Recovered: no breach for 3 nights \(1 of them without a run\), since 2 Nov 2026; closing\. /);

    // A night without enough data ends the spell: met 6 Nov, no data 7 Nov, met 8 and 9 Nov → 2 nights, not 4.
    await run('2026-11-05T06:00:00Z', [breached()], [...skipped, entry('2026-11-05', 'breached')], model);
    expect(github.issues.map((i) => i.state)).toEqual(['closed', 'open']);
    const noData = [...skipped, entry('2026-11-05', 'breached'), entry('2026-11-06', 'met'), entry('2026-11-07', 'no-data'), entry('2026-11-08', 'met'), entry('2026-11-09', 'met')];
    const after = await run('2026-11-09T06:00:00Z', [met()], noData, model);
    expect(after.plan.actions.map((a) => a.summary)).toEqual(['update #2 for first-response-urgent: breached → met']);
    expect(github.issues[1]!.body).toContain('\nRecovering: no breach for 2 nights; this issue closes after 1 more night without a breach.\n');
  });

  it('closes the open issue of a standard that is no longer defined, as not planned, with a note', async () => {
    await run('2026-11-01T06:00:00Z', [breached()], [entry('2026-11-01', 'breached')]);
    const renamed = actionsModel();
    renamed.standards = renamed.standards.filter((s) => s.id !== 'first-response-urgent');
    const { plan } = await run('2026-11-02T06:00:00Z', [csatResult()], [], renamed);
    expect(plan.actions.map((a) => a.summary)).toEqual(['close #1: standard first-response-urgent is no longer defined']);
    expect(github.issues[0]!.comments).toEqual(['The standard `first-response-urgent` is no longer defined in the standards (renamed or deleted), so this issue is closed. If it was renamed and is still missed, an issue opens under its new id.']);
    expect([github.issues[0]!.state, github.issues[0]!.state_reason]).toEqual(['closed', 'not_planned']);
    expect(github.issues[0]!.body.split('\n')[0]).toBe('<!-- service-standards:corrective-action subject=standard/first-response-urgent status=deleted -->');
  });

  it('100 breaches at once: at most maxWrites issues a night, the rest deferred and listed, done on later nights', async () => {
    const model = actionsModel({ maxWrites: 20 });
    model.standards = Array.from({ length: 100 }, (_, i) => standard({ id: `s-${String(i).padStart(3, '0')}`, metric: 'first_response_time', title: `Standard ${i}` }));
    const results = model.standards.map((s) => ({ ...breached(), id: s.id, title: s.title }));
    const first = await run('2026-11-01T06:00:00Z', results, [], model);
    expect([first.plan.actions.length, first.plan.deferred.length]).toEqual([20, 80]);
    expect(github.issues).toHaveLength(20);
    expect(first.plan.deferred[0]!.summary).toBe('open an issue for s-020 (breached)');
    // Night 2: new breaches first (20 more), the 20 existing issues wait for a quieter night.
    const second = await run('2026-11-02T06:00:00Z', results, [], model);
    expect(second.plan.actions.every((a) => a.operation.kind === 'open')).toBe(true);
    expect(github.issues).toHaveLength(40);
    expect(new Set(github.issues.map((i) => i.title)).size).toBe(40);
  });
});

describe('a status change on an open issue', () => {
  it('at risk → breached: new title and status label, labels people added kept, one comment', async () => {
    const model = actionsModel({ atRisk: true });
    const atRisk = { ...breached(), status: 'at-risk' as const };
    await run('2026-11-01T06:00:00Z', [atRisk], [entry('2026-11-01', 'at-risk')], model);
    github.issues[0]!.labels.push('team-emea');
    github.issues[0]!.title = 'At risk: urgent replies (edited by a lead)';
    const { plan } = await run('2026-11-02T06:00:00Z', [breached()], [entry('2026-11-01', 'at-risk'), entry('2026-11-02', 'breached')], model);
    expect(plan.actions.map((a) => a.summary)).toEqual(['update #1 for first-response-urgent: at-risk → breached']);
    expect([github.issues[0]!.title, github.issues[0]!.labels]).toEqual(['Breached: Urgent tickets get a first reply within one hour', ['corrective-action', 'team-emea', 'breached']]);
    // 355 of 400: 88.8%; 45 used of the 20 allowed: 1 − 45/20 = −125%.
    expect(github.issues[0]!.comments).toEqual(['Status changed from **At risk** to **Breached** on 2 Nov 2026: 88.8% against a goal of 95% within 1h, error budget overspent by 125%. 45 tickets of 400 missed the 1h goal (3 are still open); the objective allows 20 in this window: 25 more than allowed, so the standard is breached.']);
    github.issues[0]!.title = 'Breached: renamed by a lead';
    await run('2026-11-03T06:00:00Z', [breached()], [entry('2026-11-01', 'at-risk'), entry('2026-11-02', 'breached'), entry('2026-11-03', 'breached')], model);
    expect(github.calls().at(-1)).toMatchObject({ call: 'PATCH /repos/acme/help/issues/1' });
    expect(Object.keys(github.calls().at(-1)!.body as object)).toEqual(['body']);
    expect(github.issues[0]!.title).toBe('Breached: renamed by a lead');
  });
});

describe('overdue SOP reviews (when turned on)', () => {
  it('opens an issue for an overdue review, assigned to the SOP owner\'s leads, and closes it once the review is recorded', async () => {
    const overdue = actionsModel({ overdueReviews: true });
    overdue.sops = [{ ...overdue.sops[0]!, review: { ...overdue.sops[0]!.review, last: '2026-03-01', due: '2026-09-01' } }];
    const first = await run('2026-11-01T06:00:00Z', [met(), csatResult()], [], overdue);
    expect(first.plan.actions.map((a) => a.summary)).toEqual(['open an issue for the overdue review of handle-urgent']);
    expect(github.issues.map((i) => [i.title, i.labels, i.assignees])).toEqual([['SOP review overdue: Handle an urgent ticket', ['corrective-action', 'sop-review'], ['ana-lopez']]]);
    expect(github.issues[0]!.body).toContain('**Review overdue**: the SOP [Handle an urgent ticket](<https://acme.example/standards/sops/handle-urgent/>) was due for review on 1 Sept 2026 (every 6mo, last on 1 Mar 2026); as of 1 Nov 2026 no review is recorded.');
    // Off by default: the same night without the setting opens nothing.
    expect(planActions({ model: { ...overdue, pipeline: { ...overdue.pipeline, actions: { ...overdue.pipeline.actions, overdueReviews: false } } }, report: report('2026-11-01T06:00:00Z', [met()]), statusLog: [], issues: [] }).actions).toEqual([]);
    const reviewed = actionsModel({ overdueReviews: true });
    const second = await run('2026-11-02T06:00:00Z', [met(), csatResult()], [], reviewed);
    expect(second.plan.actions.map((a) => a.summary)).toEqual(['close #1: handle-urgent was reviewed']);
    expect(github.issues[0]!.comments).toEqual(['Review recorded on 1 Sept 2026: closing.']);
    expect(github.issues[0]!.state).toBe('closed');
  });
});

describe('GitHub failing', () => {
  it('a 502 after the issue was made: found again by its marker, not opened twice', async () => {
    github.faults.push({ when: (r) => r.method === 'POST' && r.path === '/repos/acme/help/issues', answer: { status: 502, json: { message: 'Bad Gateway' } }, afterWrite: true });
    const { result } = await run('2026-11-01T06:00:00Z', [breached()], []);
    expect(github.calls().map((c) => c.call)).toEqual(['GET /repos/acme/help/issues', 'POST /repos/acme/help/issues', 'GET /repos/acme/help/issues', 'GET /user', 'POST /graphql']);
    expect(result.outcomes.map((o) => [o.issue, o.error])).toEqual([[1, null]]);
    expect(result.outcomes[0]!.note).toBe('GitHub answered with an error but the issue exists (open: GitHub answered 502 (Bad Gateway))');
    expect(github.issues).toHaveLength(1);
  });

  it('a 503 before anything was made: reported (not retried blindly), and opened once on the next night', async () => {
    github.faults.push({ when: (r) => r.method === 'POST', answer: { status: 503, json: { message: 'Service Unavailable' } } });
    const first = await run('2026-11-01T06:00:00Z', [breached()], []);
    expect(first.result.outcomes.map((o) => o.error)).toEqual(['open an issue for first-response-urgent (breached): GitHub answered 503 (Service Unavailable)']);
    expect(github.issues).toHaveLength(0);
    await run('2026-11-02T06:00:00Z', [breached()], []);
    expect(github.issues).toHaveLength(1);
  });

  it('a 5xx on an edit is retried by the client', async () => {
    await run('2026-11-01T06:00:00Z', [breached()], []);
    github.faults.push({ when: (r) => r.method === 'PATCH', answer: { status: 500, json: { message: 'Server Error' } } });
    const { result } = await run('2026-11-02T06:00:00Z', [breached()], []);
    expect(result.outcomes.map((o) => o.error)).toEqual([null]);
    expect(github.calls().filter((c) => c.call === 'PATCH /repos/acme/help/issues/1')).toHaveLength(2);
  });

  it('a secondary rate limit on create: waited out and retried, one issue', async () => {
    github.faults.push({ when: (r) => r.method === 'POST', answer: { status: 403, headers: { 'retry-after': '5' }, json: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } } });
    const { result } = await run('2026-11-01T06:00:00Z', [breached()], []);
    expect(result.outcomes.map((o) => [o.issue, o.error])).toEqual([[1, null]]);
    expect(github.calls().map((c) => c.call)).toEqual(['GET /repos/acme/help/issues', 'POST /repos/acme/help/issues', 'POST /repos/acme/help/issues']);
  });

  it('422 for a lead who cannot be assigned: opened without assignees, and said so', async () => {
    github.unassignable.add('ana-lopez');
    const { result } = await run('2026-11-01T06:00:00Z', [breached()], []);
    expect(result.outcomes[0]!.note).toBe('opened without assignees (GitHub refused ana-lopez: Validation Failed: {"value":"ana-lopez","resource":"Issue","field":"assignees","code":"invalid"} - https://docs.github.com/rest/issues/issues#create-an-issue)');
    expect(github.issues.map((i) => i.assignees)).toEqual([[]]);
  });

  it.each([
    [403, 'Resource not accessible by integration', 'open an issue for first-response-urgent (breached): GitHub answered 403 (Resource not accessible by integration - https://docs.github.com/rest): the token lacks a permission this call needs, or the rate limit did not clear after the retries'],
    [410, 'Issues are disabled for this repo', 'open an issue for first-response-urgent (breached): GitHub answered 410 Gone: the resource was deleted or the feature is disabled (issues turned off?)'],
  ])('%i stops the night: the rest is not tried', async (status, message, error) => {
    const model = actionsModel({ atRisk: true });
    github.faults.push({ when: (r) => r.method === 'POST', answer: { status, json: { message, documentation_url: 'https://docs.github.com/rest' } } });
    const csatAtRisk = { ...csatResult(), status: 'at-risk' as const };
    const { result } = await run('2026-11-01T06:00:00Z', [breached(), csatAtRisk], [], model);
    expect(result.outcomes.map((o) => o.error)).toEqual([error, 'not tried: an earlier call failed in a way every call would']);
    expect(result.stopped).toBe(error);
    expect(github.calls().filter((c) => c.call.startsWith('POST'))).toHaveLength(1);
  });

  it('a 404 on one issue is reported and the night goes on', async () => {
    await run('2026-11-01T06:00:00Z', [breached(), { ...csatResult(), status: 'breached' }], []);
    github.issues.splice(0, 1); // #1 deleted by an admin between the list and the edit
    const t = tracker();
    const plan = planActions({ model: actionsModel(), report: report('2026-11-02T06:00:00Z', [breached(), { ...csatResult(), status: 'breached' }]), statusLog: [], issues: [
      { number: 1, title: 'x', body: '<!-- service-standards:corrective-action subject=standard/first-response-urgent status=breached -->', state: 'open', labels: [], assignees: [], closedAt: null, url: '', author: null },
      ...(await t.listByLabel('corrective-action')),
    ] });
    const result = await applyPlan(plan, t, { label: 'corrective-action', log: () => {} });
    expect(result.outcomes.map((o) => o.error === null)).toEqual([false, true]);
    expect(result.stopped).toBeNull();
  });
});

describe('standards actions (the command)', () => {
  const fixtureRoot = path.join(HERE, '..', 'fixtures', 'site', 'sample');
  let out: string[];
  let err: string[];
  let summary: string;
  // A copy of the sample: the command writes the issues it keeps into the store (data/action-issues.ndjson).
  let root: string;
  const io = (env: Record<string, string>): CommandIO => ({ root, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, color: false, now: () => new Date('2026-11-20T06:00:00Z') });
  beforeEach(async () => {
    out = []; err = []; summary = await mkdtemp(path.join(os.tmpdir(), 'actions-summary-'));
    root = path.join(summary, 'repo');
    await cp(fixtureRoot, root, { recursive: true });
  });
  afterEach(async () => { await rm(summary, { recursive: true, force: true }); });
  const deps = { tracker: (repository: { owner: string; repo: string }) => githubIssueTracker(createGitHubClient({ token: 't', baseUrl: github.url, millisecondsPerSecond: 1, writeSpacingMs: 0 }), repository) };

  it('--dry-run without a token prints the plan and calls nothing', async () => {
    const code = await actionsCommand(io({}), { dryRun: true, report: 'report.json' }, deps);
    expect(code).toBe(0);
    expect(out).toEqual(['Tonight would:', '  open an issue for first-response-urgent (breached)', '  open an issue for reopen-rate (breached)']);
    expect(github.calls()).toEqual([]);
  });

  it('--dry-run with a token reads the issues but writes none', async () => {
    const code = await actionsCommand(io({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help' }), { dryRun: true, report: 'report.json' }, deps);
    expect(code).toBe(0);
    expect(github.calls().map((c) => c.call)).toEqual(['GET /repos/acme/help/issues']);
  });

  it('opens the issues and writes the job summary', async () => {
    const file = path.join(summary, 'summary.md');
    const code = await actionsCommand(io({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help', GITHUB_STEP_SUMMARY: file }), { dryRun: false, report: 'report.json' }, deps);
    expect(code).toBe(0);
    expect(github.issues.map((i) => [i.title, i.labels, i.assignees])).toEqual([
      ['Breached: Urgent tickets get a first reply within one business hour', ['corrective-action', 'breached'], ['maeve-byrne']],
      ['Breached: Fewer than one in twenty solved tickets is reopened', ['corrective-action', 'breached'], ['maeve-byrne']],
    ]);
    expect(await readFile(file, 'utf8')).toBe('## Corrective actions\n\n| What | Issue | Result |\n| --- | --- | --- |\n| open an issue for first-response-urgent (breached) | #1 | done |\n| open an issue for reopen-rate (breached) | #2 | done |\n\n');
  });

  it('records each standard\'s issue (number, state, assignees) in the store for the next night\'s site; a dry run records nothing', async () => {
    await actionsCommand(io({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help' }), { dryRun: true, report: 'report.json' }, deps);
    await expect(readFile(path.join(root, 'data', 'action-issues.ndjson'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    // A lead reassigned #1 by hand before tonight: the record says who is assigned now, as GitHub lists it.
    github.issues.push({
      number: 1, title: 'Breached: Urgent tickets get a first reply within one business hour', state: 'open', state_reason: null, labels: ['corrective-action', 'breached'],
      body: '<!-- service-standards:corrective-action subject=standard/first-response-urgent status=breached -->\n', assignees: ['carlos-ruiz'], closed_at: null, comments: [],
    });
    const code = await actionsCommand(io({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help' }), { dryRun: false, report: 'report.json' }, deps);
    expect(code).toBe(0);
    const url = (n: number) => `https://github.example/acme/help/issues/${n}`;
    expect(await readFile(path.join(root, 'data', 'action-issues.ndjson'), 'utf8')).toBe(
      `{"subject":"standard/first-response-urgent","issue":1,"url":"${url(1)}","state":"open","assignees":["carlos-ruiz"],"status":"breached","night":"2026-11-20"}\n` +
      `{"subject":"standard/reopen-rate","issue":2,"url":"${url(2)}","state":"open","assignees":["maeve-byrne"],"status":"breached","night":"2026-11-20"}\n`,
    );
    expect(err).toContain('  issues recorded for the site: data/action-issues.ndjson (2)');
  });

  it('removes, under the store lock, the temp files a killed run left where it and evaluate write; a dry run removes none', async () => {
    const left = ['data/.action-issues.ndjson.0123456789ab.tmp', 'data/.acknowledgements.ndjson.abcdef012345.tmp', 'data/.cache/facts/.2026-11-19.facts.00000000000a.tmp'];
    const others = ['data/.action-issues.ndjson.tmp', 'data/.cache/facts/.2026-11-19.facts.0123456789AB.tmp'];
    await mkdir(path.join(root, 'data/.cache/facts'), { recursive: true });
    for (const f of [...left, ...others]) await writeFile(path.join(root, f), 'x');
    const there = async (files: string[]) => Promise.all(files.map((f) => stat(path.join(root, f)).then(() => true, () => false)));
    await actionsCommand(io({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help' }), { dryRun: true, report: 'report.json' }, deps);
    expect(await there(left)).toEqual([true, true, true]);
    expect(await actionsCommand(io({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help' }), { dryRun: false, report: 'report.json' }, deps)).toBe(0);
    expect(await there(left)).toEqual([false, false, false]);
    expect(await there(others)).toEqual([true, true]);
    expect(err).toContain('  store: removed 3 temp file(s) a killed run left');
  });

  it('when the list fails, no issue is touched and the command exits 1 with the reason', async () => {
    github.faults.push({ when: (r) => r.method === 'GET', answer: { status: 404, json: { message: 'Not Found' } } });
    const code = await actionsCommand(io({ GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'acme/help' }), { dryRun: false, report: 'report.json' }, deps);
    expect(code).toBe(1);
    expect(err.at(-1)).toBe('standards: listing the issues labelled "corrective-action" in acme/help: GitHub answered 404: the repository, pull request or issue does not exist, or the token in GITHUB_TOKEN cannot see it; no issue was touched');
    expect(github.calls().map((c) => c.call)).toEqual(['GET /repos/acme/help/issues']);
  });

  it('refuses to run for real without a repository or a token, naming the setting', async () => {
    await expect(actionsCommand(io({ GITHUB_TOKEN: 't' }), { dryRun: false, report: 'report.json' }, deps)).rejects.toThrow('no repository for the issues: set actions.repository in standards/pipeline.yaml or GITHUB_REPOSITORY');
    await expect(actionsCommand(io({ GITHUB_REPOSITORY: 'acme/help' }), { dryRun: false, report: 'report.json' }, deps)).rejects.toThrow('GITHUB_TOKEN is not set: the job that runs `standards actions` needs a token with issues: write');
  });
});
