// A leaver owes an SOP version only when it was due before they left, and "due" is judged as the measurement judges
// an open duration (measure-ticket.ts judgeDuration): by the threshold of the version of the standard in force when
// the threshold passed, not by the standard's latest threshold. The report's acknowledgement section (the site's
// SOP page), the "Please read" issue and the sop_acknowledgement figure then agree when the standard changed its
// threshold. Each figure worked out by hand below.

import { describe, expect, it } from 'vitest';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { PeopleRecords } from '../../scripts/engine/people-records.ts';
import type { StandardVersion, TeamDefinition } from '../../scripts/model/model.ts';
import type { TeamMembership } from '../../scripts/model/people.ts';
import { clocksFor, model, standard } from '../engine/engine-fixtures.ts';
import { REFUNDS_SOP, refundsAck } from './refunds-sop.ts';
import { planAcknowledgementIssues } from '../../scripts/actions/acknowledgements.ts';
import { acknowledgementMarker } from '../../scripts/actions/acknowledgement-body.ts';
import { acknowledgementDueOf } from '../../scripts/engine/people-measures.ts';

const teamOf = (id: string, members: string[]): TeamDefinition => ({ id, name: id.toUpperCase(), description: null, calendar: null, githubTeam: null, leads: [], members, origin: { file: `standards/teams/${id}.yaml` } });
const member = (key: string, from: string | null, to: string | null = null): TeamMembership => ({ key, github: key, fromMs: from === null ? Number.NEGATIVE_INFINITY : Date.parse(from), toMs: to === null ? Number.POSITIVE_INFINITY : Date.parse(to) });

describe('a leaver is due by the threshold in force when it passed, as the measurement judges them', () => {
  // refunds version 1 published 20 Oct 00:00 (UTC); now 27 Oct 00:00; wall clock. The standard had 1 day to
  // acknowledge from 1 Oct, and 10 days from 25 Oct (its latest version). By the history: a acknowledged on 21 Oct
  // (1 day: met); b never (still a member); c left on 22 Oct, e on 26 Oct, both unacknowledged; d joined on 23 Oct;
  // f acknowledged on 22 Oct (2 days: late) and stays. Tonight emea lists a, b, d and f.
  // The measurement (judgeDuration): b's and c's and e's 1 day passed on 21 Oct, under the 1-day version: misses
  // (c's and e's gone, b's in flight); d's passed on 24 Oct, still the 1-day version: a miss in flight; a met; f late.
  // 6 measured, 1 met, 0 pending, 2 in flight. So 6 owe it, 2 of them acknowledged (a, f).
  // By the latest threshold (10 days), c (2 days a member) and e (6 days) were never due: 4 owed, not the 6 measured.
  const sop = { ...REFUNDS_SOP, version: 1, changelog: [{ version: 1, date: '2026-10-20', summary: 'One.' }] };
  const sopVersions = new Map([['refunds', [{ version: 1, publishedMs: Date.parse('2026-10-20T00:00:00Z') }]]]);
  const acknowledgements = [refundsAck(1, 'a', '2026-10-21T00:00:00Z'), refundsAck(1, 'f', '2026-10-22T00:00:00Z')];
  const history = {
    emea: [member('a', null), member('b', null), member('c', null, '2026-10-22T00:00:00Z'), member('d', '2026-10-23T00:00:00Z'), member('e', null, '2026-10-26T00:00:00Z'), member('f', null)],
  };
  const acknowledged = standard({ id: 'ack', metric: 'sop_acknowledgement', thresholdMinutes: 10 * 1440, objective: 0.9, target: null, effective: '2026-10-01' });
  const versions: StandardVersion[] = [
    { version: '2026-10-01', from: '2026-10-01', definition: { ...acknowledged, thresholdMinutes: 1440 } },
    { version: '2026-10-25', from: '2026-10-25', definition: acknowledged },
  ];
  const versionsOf = () => versions;
  const now = new Date('2026-10-27T00:00:00Z');
  const m = model({ standards: [acknowledged], teams: [teamOf('emea', ['a', 'b', 'd', 'f'])], sops: [sop] });
  const people: PeopleRecords = { reviews: [], acknowledgements, sopVersions, memberships: new Map(Object.entries(history)) };

  it('the section owes it to the 6 the standard measured (c and e left after their day passed), 2 acknowledged', async () => {
    const report = await evaluateStandards({ model: m, tickets: [], now, clockFor: clocksFor(), versionsOf, people });
    const measured = report.standards[0]!;
    expect([measured.count, measured.met, measured.pending, measured.inFlight]).toEqual([6, 1, 0, 2]);
    expect(report.acknowledgements).toEqual([{ sop: 'refunds', version: 1, published: '2026-10-20T00:00:00.000Z', followers: 6, acknowledged: 2, teams: [{ team: 'emea', members: 6, acknowledged: 2 }] }]);
  });

  it('the "Please read" issue counts the same 6, with the versions the evaluation reads', () => {
    const issue = { issue: { number: 7, title: 'Please read', body: `${acknowledgementMarker('refunds', 1)}\n`, state: 'open' as const, labels: ['sop-acknowledgement'], assignees: [], closedAt: null, url: 'https://github.example/7', author: null }, sop: 'refunds', version: 1 };
    const planned = planAcknowledgementIssues({
      model: m, issues: [issue], records: acknowledgements, published: () => '2026-10-20T00:00:00Z', unread: new Set(),
      owing: { people, nowMs: now.getTime(), due: acknowledgementDueOf({ model: m, now, clockFor: clocksFor(), versionsOf }) },
    });
    expect(planned.progress).toEqual([{ sop: 'refunds', version: 1, teams: [{ team: 'emea', members: 6, acknowledged: 2 }], issue: 7 }]);
  });

  it('a shorter latest threshold does not make a leaver due who was not due under the one in force', async () => {
    // The other way round: 10 days from 1 Oct, 1 day from 25 Oct. c left on 22 Oct, 2 days in, under the 10 days: not
    // measured, not owed (by the latest 1 day they were). e left on 26 Oct: the 1-day version took effect on 25 Oct,
    // by then past its day, so a miss from 25 Oct: owed. b, d: misses in flight from 25 Oct; a met (1 day), f met
    // (2 days, under the 10 days in force on 22 Oct). 5 measured, 2 met, 2 in flight; 5 owed, 2 acknowledged.
    const reversed: StandardVersion[] = [
      { version: '2026-10-01', from: '2026-10-01', definition: acknowledged },
      { version: '2026-10-25', from: '2026-10-25', definition: { ...acknowledged, thresholdMinutes: 1440 } },
    ];
    const report = await evaluateStandards({ model: m, tickets: [], now, clockFor: clocksFor(), versionsOf: () => reversed, people });
    const measured = report.standards[0]!;
    expect([measured.count, measured.met, measured.pending, measured.inFlight]).toEqual([5, 2, 0, 2]);
    expect(report.acknowledgements![0]).toMatchObject({ followers: 5, acknowledged: 2, teams: [{ team: 'emea', members: 5, acknowledged: 2 }] });
  });
});
