// Three nights against the local GitHub fake: a standard breaches (an issue opens, assigned to the owning
// team's lead), stays breached (the body is edited in place, no comment), recovers (a comment, then the issue
// closes, retitled and relabelled "met"). Each night's HTTP calls are asserted exactly, as GitHub would
// receive them.

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

const LIST = 'GET /repos/acme/help/issues';
const versions = new Map([['first-response-urgent', 'v1'], ['csat', 'v1']]);

/** One night as the nightly job runs it: evaluate appends the status log, then `standards actions`. */
async function night(log: StatusEntry[], now: string, standards: ReportStandard[], closeAfterDays = 1) {
  const r = report(now, standards);
  const appended = appendStatusDay(log, statusEntriesOf(r, versions));
  const tracker = githubIssueTracker(createGitHubClient({ token: 't', baseUrl: github.url, millisecondsPerSecond: 1, writeSpacingMs: 0 }), { owner: 'acme', repo: 'help' });
  const before = github.server.requests.length;
  const plan = planActions({ model: actionsModel({ closeAfterDays }), report: r, statusLog: appended.entries, issues: await tracker.listByLabel('corrective-action') });
  const result = await applyPlan(plan, tracker, { label: 'corrective-action', log: () => {} });
  return { log: appended.entries, plan, result, calls: github.calls().slice(before) };
}

const NIGHT_1_BODY = `<!-- service-standards:corrective-action subject=standard/first-response-urgent status=breached -->

**Breached** since at least 1 Nov 2026 (1 night); figures as of 1 Nov 2026.

> 88.8% of 400 urgent tickets got a first reply within 1h over the last 30 days; objective 95%; breached.

| Figure | Value |
| --- | --- |
| Window | 30d: 2 Oct 2026 to 1 Nov 2026 |
| Now | 88.8% |
| Counted | 400 |
| Met the goal | 355 |
| Missed, closed | 42 |
| Missed, still open | 3 |
| Open within the goal (not counted yet) | 4 |
| Goal | 95% within 1h |

45 tickets of 400 missed the 1h goal (3 are still open); the objective allows 20 in this window: 25 more than allowed, so the standard is breached.

### Worst tickets

- [\\#\u200B4711](<https://help.example/tickets/4711>): 12h5m (urgent, email, support-emea)
- [\\#\u200B4802](<https://help.example/tickets/4802>): 3h10m, still open (urgent, chat)

### What to do

- Follow the SOP [Handle an urgent ticket](<https://acme.example/standards/sops/handle-urgent/>) (version 3).
- Owner: Support leads (leads: \`ana-lopez\`).
- The standard: [Urgent tickets get a first reply within one hour](<https://acme.example/standards/standards/first-response-urgent/>), defined in \`standards/service-levels/first-response-urgent.yaml\`.

<sub>Opened and updated each night by \`standards actions\`. It closes itself after 1 night without a breach.</sub>
`;

describe('three nights: breach, still breached, recovered', () => {
  it('opens one issue, edits it in place, then comments and closes it', async () => {
    // Night 1: breached. One list, one create; nothing for csat, which is met.
    const n1 = await night([], '2026-11-01T06:00:00Z', [urgentResult('breached', { count: 400, met: 355, inFlight: 3, pending: 4 }), csatResult()]);
    expect(n1.calls).toEqual([
      { call: LIST },
      { call: 'POST /repos/acme/help/issues', body: { title: 'Breached: Urgent tickets get a first reply within one hour', body: NIGHT_1_BODY, labels: ['corrective-action', 'breached'], assignees: ['ana-lopez'] } },
    ]);
    expect(github.server.requests[0]!.url).toBe('/repos/acme/help/issues?labels=corrective-action&state=all&sort=created&direction=asc&per_page=100');
    expect(n1.result.outcomes.map((o) => [o.action.summary, o.issue, o.error])).toEqual([['open an issue for first-response-urgent (breached)', 1, null]]);

    // Night 2: still breached, better figures. The body is edited in place; no comment (status unchanged).
    const n2 = await night(n1.log, '2026-11-02T06:00:00Z', [urgentResult('breached', { count: 400, met: 372, inFlight: 1, pending: 2 }), csatResult()]);
    expect(n2.calls.map((c) => c.call)).toEqual([LIST, 'PATCH /repos/acme/help/issues/1']);
    // Only the body: the title and labels change only with the status, so edits people made to them stay.
    const edit = n2.calls[1]!.body as { body: string };
    expect(Object.keys(edit)).toEqual(['body']);
    expect(edit.body.split('\n').slice(0, 3)).toEqual([
      '<!-- service-standards:corrective-action subject=standard/first-response-urgent status=breached -->',
      '',
      '**Breached** since at least 1 Nov 2026 (2 nights); figures as of 2 Nov 2026.',
    ]);
    expect(edit.body).toContain('\n| Counted | 400 |\n| Met the goal | 372 |\n| Missed, closed | 27 |\n| Missed, still open | 1 |\n');
    expect(edit.body).toContain('\n28 tickets of 400 missed the 1h goal (1 is still open); the objective allows 20 in this window: 8 more than allowed, so the standard is breached.\n');
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]!.comments).toEqual([]);

    // Night 3: met again; with closeAfter 1 the issue gets a comment and is closed as completed.
    github.now = '2026-11-03T06:10:00Z';
    const n3 = await night(n2.log, '2026-11-03T06:00:00Z', [urgentResult('met', { count: 400, met: 390, inFlight: 0, pending: 1 }), csatResult()]);
    expect(n3.calls.map((c) => c.call)).toEqual([LIST, 'POST /repos/acme/help/issues/1/comments', 'PATCH /repos/acme/help/issues/1']);
    // 390 of 400 met: 97.5%; 10 used of the 20 allowed, 50% left.
    expect(n3.calls[1]!.body).toEqual({ body: 'Recovered: no breach for 1 night, since 3 Nov 2026; closing. 97.5% against a goal of 95% within 1h, 50% of the error budget left. 10 tickets of 400 missed the 1h goal; the objective allows 20 in this window: 10 more can miss before the standard is breached.' });
    const close = n3.calls[2]!.body as { title: string; labels: string[]; body: string; state: string; state_reason: string };
    // The status changed (breached → met) on the night it closes: the title and the status label follow it.
    expect([close.title, close.labels, close.state, close.state_reason]).toEqual(['Met: Urgent tickets get a first reply within one hour', ['corrective-action', 'met'], 'closed', 'completed']);
    expect(close.body.split('\n').slice(0, 5)).toEqual([
      '<!-- service-standards:corrective-action subject=standard/first-response-urgent status=met -->',
      '',
      '**Met** since 3 Nov 2026 (1 night); figures as of 3 Nov 2026.',
      '',
      'Recovered: no breach for 1 night: closed.',
    ]);
    expect(github.issues.map((i) => [i.number, i.state, i.state_reason, i.assignees, i.labels])).toEqual([[1, 'closed', 'completed', ['ana-lopez'], ['corrective-action', 'met']]]);

    // A fourth night, still met: the closed issue is left alone (one list call, no writes).
    const n4 = await night(n3.log, '2026-11-04T06:00:00Z', [urgentResult('met', { count: 400, met: 391, inFlight: 0, pending: 0 }), csatResult()]);
    expect(n4.calls.map((c) => c.call)).toEqual([LIST]);
  });
});
