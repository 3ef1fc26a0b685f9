// A corrective-action issue says what to act on, as the breach page does: how fast the budget burns and the
// day it runs out, the tickets still open and late (linked into the helpdesk, waiting longest first), and the
// step of the SOP that keeps the standard. Every figure below is the fixture's, written out by hand.
import { describe, expect, it } from 'vitest';
import { standardIssueBody } from '../../scripts/actions/issue-body.ts';
import type { SopDefinition } from '../../scripts/model/model.ts';
import { actionsModel, urgentResult, urgentSop, type ReportStandard } from './action-fixtures.ts';

// At risk: 400 counted, 18 missed of 20 allowed (10% of the budget left), 2 still open and late.
function atRisk(extra: Partial<ReportStandard> = {}): ReportStandard {
  return {
    ...urgentResult('at-risk', { count: 400, met: 382, inFlight: 2, pending: 1 }),
    // The last day used 2 of the 0.7 it allowed (2.86×): the 2 misses left go in 2 / (2 − 0.7) = 1.54 days.
    // The last 7 days used 6 of 4.9 (1.22×): 2 / ((6 − 4.9) / 7) = 12.73 days.
    burn: { spans: [
      { days: 1, from: '2026-10-31', to: '2026-10-31', count: 14, used: 2, allowed: 0.7, rate: 2.857, runsOut: '2026-11-02', daysLeft: 1.54 },
      { days: 7, from: '2026-10-25', to: '2026-10-31', count: 98, used: 6, allowed: 4.9, rate: 1.224, runsOut: '2026-11-13', daysLeft: 12.73 },
    ] },
    openLate: [
      { id: '4802', created: '2026-10-31T10:00:00Z', priority: 'urgent', channel: 'chat', team: 'support-leads', minutes: 190, lateSince: '2026-10-31T11:00:00Z' },
      { id: '4950', created: '2026-11-01T04:00:00Z', priority: 'urgent', channel: 'web', team: null, minutes: 75, lateSince: '2026-11-01T05:00:00Z' },
    ],
    ...extra,
  };
}

const keepingSop: SopDefinition = {
  ...urgentSop,
  steps: [
    { id: 'triage', title: 'Triage', instructions: 'Check the priority.', withinMinutes: null, withinText: null, clock: '24/7', keeps: null, role: null },
    { id: 'first-reply', title: 'Reply *personally*', instructions: 'Write to the customer.', withinMinutes: 45, withinText: '45m', clock: '24/7', keeps: { standard: 'first-response-urgent' }, role: 'agent' },
  ],
};

function body(result: ReportStandard, sops: SopDefinition[] = [keepingSop]): string {
  const model = actionsModel({ atRisk: true }, { sops });
  return standardIssueBody({ model, standard: model.standards[0]!, result, status: 'at-risk', spell: null, today: '2026-11-01' });
}

/** The lines of the body from the heading `from` up to the next heading. */
function section(text: string, from: string): string {
  const start = text.indexOf(from);
  expect(start, from).toBeGreaterThanOrEqual(0);
  const next = text.indexOf('\n### ', start + from.length);
  return text.slice(start, next < 0 ? undefined : next).trimEnd();
}

describe('what the issue says to act on', () => {
  it('the burn rate over the last day and the last 7 days, and the day the budget runs out', () => {
    expect(section(body(atRisk()), '### How fast the budget burns')).toBe([
      '### How fast the budget burns',
      '',
      '**At the pace of the last day, the budget runs out on 2 Nov 2026.**',
      '',
      '| Span | Burn rate | Runs out |',
      '| --- | --- | --- |',
      '| Last full day (31 Oct 2026), 14 counted | 2.9× | 2 Nov 2026 (in 1.5 days) |',
      '| Last 7 full days (25 Oct 2026 – 31 Oct 2026), 98 counted | 1.2× | 13 Nov 2026 (in 12.7 days) |',
      '',
      'A burn rate of 1 spends the budget exactly as fast as the goal allows; 2 twice as fast.',
    ].join('\n'));
  });

  it('a spent budget that still burns says so, and names no day', () => {
    const spent = atRisk({ errorBudget: { allowed: 20, used: 25, remaining: -0.25 }, burn: { spans: [{ days: 1, from: '2026-10-31', to: '2026-10-31', count: 14, used: 2, allowed: 0.7, rate: 2.857, runsOut: null, daysLeft: null }] } });
    expect(section(body(spent), '### How fast the budget burns').split('\n').filter((l) => l.startsWith('**') || l.startsWith('| Last'))).toEqual([
      '**The budget is already spent, and it is still burning faster than the goal allows.**',
      '| Last full day (31 Oct 2026), 14 counted | 2.9× | Already spent |',
    ]);
  });

  it('the open-and-late tickets first, before the worst, each linked into the helpdesk, with the team\'s name', () => {
    const text = body(atRisk());
    expect(text.indexOf('### Open and late')).toBeLessThan(text.indexOf('### Worst tickets'));
    expect(section(text, '### Open and late')).toBe([
      '### Open and late: act on these first',
      '',
      '- [\\#\u200B4802](<https://help.example/tickets/4802>): 3h10m so far, late since 31 Oct 2026 11:00 UTC (urgent, chat, Support leads)',
      '- [\\#\u200B4950](<https://help.example/tickets/4950>): 1h15m so far, late since 1 Nov 2026 05:00 UTC (urgent, web)',
    ].join('\n'));
  });

  it('says how many more are open and late than it lists', () => {
    expect(section(body(atRisk({ inFlight: 12 })), '### Open and late').split('\n')[2]).toBe('The 2 waiting longest of 12 open and late:');
  });

  it('the SOP step that keeps the standard, linked to the step on the SOP\'s page, with its timeline and role', () => {
    expect(section(body(atRisk()), '### What to do').split('\n')[2]).toBe(
      '- Follow step 2 of 2, [Reply \\*personally\\*](<https://acme.example/standards/sops/handle-urgent/#step-first-reply>) (agent), of the SOP [Handle an urgent ticket](<https://acme.example/standards/sops/handle-urgent/>) (version 3): within 45m; it keeps this standard.',
    );
  });

  it('an SOP with no step that keeps the standard is followed as a whole; a report without burn or open-and-late lists adds neither section', () => {
    const text = body(urgentResult('at-risk', { count: 400, met: 382, inFlight: 2, pending: 1 }), [urgentSop]);
    expect(section(text, '### What to do').split('\n')[2]).toBe('- Follow the SOP [Handle an urgent ticket](<https://acme.example/standards/sops/handle-urgent/>) (version 3).');
    expect(text).not.toContain('### How fast');
    expect(text).not.toContain('### Open and late');
  });
});
