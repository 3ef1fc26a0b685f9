// A sop_acknowledgement standard whose scope changed measures its versions on two tracks (standard-state.ts): each
// track measures the followers its scope names. An acknowledgement still open tonight is judged by the version of the
// standard in force tonight: pending only on that version's track, never also on the old one while the new one
// counts it (measure-ticket.ts judgeDuration). Each figure worked out by hand below.

import { describe, expect, it } from 'vitest';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { PeopleRecords } from '../../scripts/engine/people-records.ts';
import type { StandardVersion, TeamDefinition } from '../../scripts/model/model.ts';
import type { TeamMembership } from '../../scripts/model/people.ts';
import { clocksFor, model, standard, ticket } from '../engine/engine-fixtures.ts';
import { REFUNDS_SOP, refundsAck } from './refunds-sop.ts';

const teamOf = (id: string, members: string[]): TeamDefinition => ({ id, name: id.toUpperCase(), description: null, calendar: null, githubTeam: null, leads: [], members, origin: { file: `standards/teams/${id}.yaml` } });
const member = (key: string): TeamMembership => ({ key, github: key, fromMs: Number.NEGATIVE_INFINITY, toMs: Number.POSITIVE_INFINITY });

describe('an open acknowledgement on a standard whose scope changed is pending once, on the track in force', () => {
  // refunds (followed by emea and apac) version 1 published 20 Oct 00:00 (UTC); now 27 Oct 00:00; wall clock. The standard measured emea and
  // apac with 10 days from 1 Oct (track 0), and emea alone with 1 day from 25 Oct (track 1). emea: a acknowledged on
  // 21 Oct (1 day), b never; apac: c never.
  // a: completed 21 Oct, under the 10-day version (track 0): met. b: open 7 days; the 1-day version in force tonight
  // (track 1) counts it a miss in flight from 25 Oct (its day passed on 21 Oct, before that version took effect);
  // under the 10 days of track 0 it is inside its time, but that version is not in force tonight: not pending too.
  // c: open 7 days, inside track 0's 10 days, and the version in force tonight does not measure apac: not counted.
  // 2 measured (a met, b missed in flight), 0 pending.
  const sop = { ...REFUNDS_SOP, followedBy: ['emea', 'apac'], version: 1, changelog: [{ version: 1, date: '2026-10-20', summary: 'One.' }] };
  const sopVersions = new Map([['refunds', [{ version: 1, publishedMs: Date.parse('2026-10-20T00:00:00Z') }]]]);
  const acknowledgements = [refundsAck(1, 'a', '2026-10-21T00:00:00Z')];
  const latest = standard({ id: 'ack', metric: 'sop_acknowledgement', thresholdMinutes: 1440, objective: 0.9, target: null, effective: '2026-10-01', scope: { team: ['emea'] } });
  const versions: StandardVersion[] = [
    { version: '2026-10-01', from: '2026-10-01', definition: { ...latest, thresholdMinutes: 10 * 1440, scope: { team: ['emea', 'apac'] } } },
    { version: '2026-10-25', from: '2026-10-25', definition: latest },
  ];
  const now = new Date('2026-10-27T00:00:00Z');
  const m = model({ standards: [latest], teams: [teamOf('emea', ['a', 'b']), teamOf('apac', ['c'])], sops: [sop] });
  const people: PeopleRecords = { reviews: [], acknowledgements, sopVersions, memberships: new Map([['emea', [member('a'), member('b')]], ['apac', [member('c')]]]) };

  it('counts b once, a miss in flight on the new track, and pending on neither', async () => {
    const report = await evaluateStandards({ model: m, tickets: [], now, clockFor: clocksFor(), versionsOf: () => versions, people });
    const measured = report.standards[0]!;
    expect([measured.count, measured.met, measured.pending, measured.inFlight]).toEqual([2, 1, 0, 1]);
  });
});

describe('an open ticket on a standard whose scope changed is pending once, on the track in force', () => {
  // first_response_time, wall clock: 10 hours for emea and apac from 1 Oct (track 0), 1 hour for emea alone from
  // 25 Oct (track 1). Now 25 Oct 05:00 (UTC). e (emea) and p (apac) created 24 Oct 20:00, unanswered: 9 hours open.
  // e: the 1-hour version in force now counts it a miss in flight from 25 Oct 00:00 (its hour passed at 21:00, before
  // that version took effect); inside track 0's 10 hours, but that version is not in force now: not pending too.
  // p: inside the 10 hours, and the version in force now leaves apac out: not counted. 1 measured, missed; 0 pending.
  const latest = standard({ id: 'frt', metric: 'first_response_time', thresholdMinutes: 60, effective: '2026-10-01', scope: { team: ['emea'] } });
  const versions: StandardVersion[] = [
    { version: '2026-10-01', from: '2026-10-01', definition: { ...latest, thresholdMinutes: 600, scope: { team: ['emea', 'apac'] } } },
    { version: '2026-10-25', from: '2026-10-25', definition: latest },
  ];
  it('counts e once, a miss in flight on the new track, and pending on neither', async () => {
    const tickets = [ticket({ id: 'e', created: '2026-10-24T20:00:00Z', team: 'emea' }), ticket({ id: 'p', created: '2026-10-24T20:00:00Z', team: 'apac' })];
    const report = await evaluateStandards({ model: model({ standards: [latest] }), tickets, now: new Date('2026-10-25T05:00:00Z'), clockFor: clocksFor(), versionsOf: () => versions });
    const measured = report.standards[0]!;
    expect([measured.count, measured.met, measured.pending, measured.inFlight]).toEqual([1, 0, 0, 1]);
  });
});
