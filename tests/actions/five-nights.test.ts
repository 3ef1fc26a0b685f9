// Five nights against the local GitHub fake: breached → at risk → met → met → met, with closeAfter 4. The
// issue is about the breach: the title and the status label follow every change of status, each change is
// one comment carrying the night's figures (value, goal, error budget), the at-risk night counts as a night
// without a breach (at-risk standards open no issue here), and the fourth night without a breach closes the
// issue as completed. Every HTTP call of every night is asserted as GitHub receives it.
//
// The figures, by hand (urgentResult: 400 counted, a 95% objective allows 20 misses):
//   night 2: 382 met → 95.5%, 18 used, 1 − 18/20 = 10% of the budget left, 2 more can miss;
//   nights 3–5: 395, 396, 398 met → 98.8% (98.75 to one decimal), 99%, 99.5%; 5, 4, 2 used → 75%, 80%, 90% left.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPlan } from '../../scripts/actions/apply.ts';
import { planActions } from '../../scripts/actions/plan.ts';
import { createGitHubClient } from '../../scripts/github/client.ts';
import { githubIssueTracker } from '../../scripts/github/issues.ts';
import { appendStatusDay, statusEntriesOf, type StatusEntry } from '../../scripts/store/status-log.ts';
import { actionsModel, csatResult, report, urgentResult, type ReportStandard } from './action-fixtures.ts';
import { startFakeGitHub, type FakeGitHub } from './github-issues-fake.ts';

let github: FakeGitHub;
beforeEach(async () => { github = await startFakeGitHub(); });
afterEach(async () => { await github.close(); });

const LIST = { call: 'GET /repos/acme/help/issues' };
const ISSUE = '/repos/acme/help/issues/1';
const TITLE = 'Urgent tickets get a first reply within one hour';
const versions = new Map([['first-response-urgent', 'v1'], ['csat', 'v1']]);

/** One night as the nightly job runs it: evaluate appends the status log, then `standards actions`. */
async function night(log: StatusEntry[], now: string, urgent: ReportStandard) {
  const r = report(now, [urgent, csatResult()]);
  const appended = appendStatusDay(log, statusEntriesOf(r, versions));
  const tracker = githubIssueTracker(createGitHubClient({ token: 't', baseUrl: github.url, millisecondsPerSecond: 1, writeSpacingMs: 0 }), { owner: 'acme', repo: 'help' });
  const before = github.server.requests.length;
  const plan = planActions({ model: actionsModel({ closeAfterDays: 4 }), report: r, statusLog: appended.entries, issues: await tracker.listByLabel('corrective-action') });
  const result = await applyPlan(plan, tracker, { label: 'corrective-action', log: () => {} });
  expect(result.outcomes.map((o) => o.error)).toEqual(plan.actions.map(() => null));
  return { log: appended.entries, calls: github.calls().slice(before) };
}

/** The first lines of an issue body: the marker, the spell, and the note when there is one. */
const head = (body: unknown, lines: number) => String(body).split('\n').slice(0, lines);

describe('five nights: breached, at risk, met, met, met', () => {
  it('retitles and relabels on every change of status, comments the figures, and closes after four nights without a breach', async () => {
    // Night 1, breached: the issue opens.
    const n1 = await night([], '2026-11-01T06:00:00Z', urgentResult('breached', { count: 400, met: 355, inFlight: 3, pending: 4 }));
    expect(n1.calls.map((c) => c.call)).toEqual([LIST.call, 'POST /repos/acme/help/issues']);
    const opened = n1.calls[1]!.body as { title: string; labels: string[]; assignees: string[]; body: string };
    expect([opened.title, opened.labels, opened.assignees]).toEqual([`Breached: ${TITLE}`, ['corrective-action', 'breached'], ['ana-lopez']]);
    expect(opened.body).toContain('\n<sub>Opened and updated each night by `standards actions`. It closes itself after 4 nights without a breach.</sub>\n');

    // Night 2, at risk: no longer breached. New title and status label, one comment with the figures.
    const n2 = await night(n1.log, '2026-11-02T06:00:00Z', urgentResult('at-risk', { count: 400, met: 382, inFlight: 0, pending: 0 }));
    expect(n2.calls.map((c) => c.call)).toEqual([LIST.call, `PATCH ${ISSUE}`, `POST ${ISSUE}/comments`]);
    const edit2 = n2.calls[1]!.body as { title: string; labels: string[]; body: string };
    expect([edit2.title, edit2.labels]).toEqual([`At risk: ${TITLE}`, ['corrective-action', 'at-risk']]);
    expect(head(edit2.body, 5)).toEqual([
      '<!-- service-standards:corrective-action subject=standard/first-response-urgent status=at-risk -->',
      '',
      '**At risk** since 2 Nov 2026 (1 night); figures as of 2 Nov 2026.',
      '',
      'Recovering, still at risk: no breach for 1 night; this issue closes after 3 more nights without a breach.',
    ]);
    expect(n2.calls[2]!.body).toEqual({
      body: 'Status changed from **Breached** to **At risk** on 2 Nov 2026: 95.5% against a goal of 95% within 1h, 10% of the error budget left. '
        + '18 tickets of 400 missed the 1h goal; the objective allows 20 in this window: 2 more can miss before the standard is breached. '
        + 'Recovering, still at risk: no breach for 1 night; this issue closes after 3 more nights without a breach.',
    });

    // Night 3, met: the status changed again, so the title, label and a comment change again.
    const n3 = await night(n2.log, '2026-11-03T06:00:00Z', urgentResult('met', { count: 400, met: 395, inFlight: 0, pending: 0 }));
    expect(n3.calls.map((c) => c.call)).toEqual([LIST.call, `PATCH ${ISSUE}`, `POST ${ISSUE}/comments`]);
    const edit3 = n3.calls[1]!.body as { title: string; labels: string[]; body: string };
    expect([edit3.title, edit3.labels]).toEqual([`Met: ${TITLE}`, ['corrective-action', 'met']]);
    expect(n3.calls[2]!.body).toEqual({
      body: 'Status changed from **At risk** to **Met** on 3 Nov 2026: 98.8% against a goal of 95% within 1h, 75% of the error budget left. '
        + '5 tickets of 400 missed the 1h goal; the objective allows 20 in this window: 15 more can miss before the standard is breached. '
        + 'Recovering: no breach for 2 nights; this issue closes after 2 more nights without a breach.',
    });

    // Night 4, met again: the body only (no comment, the title and labels stay as they are).
    const n4 = await night(n3.log, '2026-11-04T06:00:00Z', urgentResult('met', { count: 400, met: 396, inFlight: 0, pending: 0 }));
    expect(n4.calls.map((c) => c.call)).toEqual([LIST.call, `PATCH ${ISSUE}`]);
    const edit4 = n4.calls[1]!.body as { body: string };
    expect(Object.keys(edit4)).toEqual(['body']);
    expect(head(edit4.body, 5).slice(2)).toEqual([
      '**Met** since 3 Nov 2026 (2 nights); figures as of 4 Nov 2026.',
      '',
      'Recovering: no breach for 3 nights; this issue closes after 1 more night without a breach.',
    ]);

    // Night 5, met: the fourth night without a breach. A comment, then closed as completed.
    github.now = '2026-11-05T06:10:00Z';
    const n5 = await night(n4.log, '2026-11-05T06:00:00Z', urgentResult('met', { count: 400, met: 398, inFlight: 0, pending: 0 }));
    expect(n5.calls.map((c) => c.call)).toEqual([LIST.call, `POST ${ISSUE}/comments`, `PATCH ${ISSUE}`]);
    expect(n5.calls[1]!.body).toEqual({
      body: 'Recovered: no breach for 4 nights, since 2 Nov 2026; closing. 99.5% against a goal of 95% within 1h, 90% of the error budget left. '
        + '2 tickets of 400 missed the 1h goal; the objective allows 20 in this window: 18 more can miss before the standard is breached.',
    });
    const close = n5.calls[2]!.body as { body: string; state: string; state_reason: string };
    expect(Object.keys(close).sort()).toEqual(['body', 'state', 'state_reason']);
    expect([close.state, close.state_reason]).toEqual(['closed', 'completed']);
    expect(head(close.body, 5).slice(2)).toEqual(['**Met** since 3 Nov 2026 (3 nights); figures as of 5 Nov 2026.', '', 'Recovered: no breach for 4 nights: closed.']);

    expect(github.issues.map((i) => [i.number, i.title, i.labels, i.state, i.state_reason, i.comments.length])).toEqual([
      [1, `Met: ${TITLE}`, ['corrective-action', 'met'], 'closed', 'completed', 3],
    ]);
  });
});
