// A member's time with an SOP version ends at an instant (they leave, or the version is replaced) that is not theirs:
// membership runs [from, to) and a version is current until the next is published. A version of the
// sop_acknowledgement standard that takes effect at that very instant was never in force while they owed it, so it
// does not judge them, as a threshold passing at that instant does not (people-measures.ts measureOneAcknowledgement,
// acknowledgementDue). A pull request that raises an SOP's version and tightens the standard merges both in one commit:
// the old version's readers were inside their time under the threshold they had. Each figure worked out by hand.

import { describe, expect, it } from 'vitest';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { PeopleRecords } from '../../scripts/engine/people-records.ts';
import type { StandardVersion, TeamDefinition } from '../../scripts/model/model.ts';
import type { TeamMembership } from '../../scripts/model/people.ts';
import { clocksFor, model, standard } from '../engine/engine-fixtures.ts';
import { REFUNDS_SOP, refundsAck } from './refunds-sop.ts';

const teamOf = (id: string, members: string[]): TeamDefinition => ({ id, name: id.toUpperCase(), description: null, calendar: null, githubTeam: null, leads: [], members, origin: { file: `standards/teams/${id}.yaml` } });
const member = (key: string, to: string | null = null): TeamMembership => ({ key, github: key, fromMs: Number.NEGATIVE_INFINITY, toMs: to === null ? Number.POSITIVE_INFINITY : Date.parse(to) });
const acknowledged = standard({ id: 'ack', metric: 'sop_acknowledgement', thresholdMinutes: 10 * 1440, objective: 0.9, target: null, effective: '2026-10-01' });
const now = new Date('2026-10-27T00:00:00Z');

describe('a version of the standard taking effect the instant a member\'s time ends does not judge them', () => {
  it('three versions (10 days, 1 day from 22 Oct, 10 days from 25 Oct): a leaver on 22 Oct 00:00 is neither measured nor owed', async () => {
    // refunds version 1 published 20 Oct 00:00; now 27 Oct 00:00; wall clock, UTC. a acknowledged on 21 Oct (1 day,
    // under the 10 days then: met); b never, still a member: 10 days not passed under version 1, 1 day passed on
    // 21 Oct, so a miss from 22 Oct under version 2 (ends 25 Oct), in flight; c left at 22 Oct 00:00, the instant
    // version 2 took effect: a member only under the 10 days, 2 days in: not due, not measured; e left on 24 Oct
    // 00:00, 4 days in, under version 2 from 22 Oct: a miss (ended, not in flight), owed.
    // 3 measured (a, b, e), 1 met, 1 in flight; owed to a, b and e, 1 acknowledged. Before: c was a miss at 22 Oct
    // 00:00 under version 2, and owed (4 and 4).
    const sop = { ...REFUNDS_SOP, version: 1, changelog: [{ version: 1, date: '2026-10-20', summary: 'One.' }] };
    const versions: StandardVersion[] = [
      { version: '2026-10-01', from: '2026-10-01', definition: acknowledged },
      { version: '2026-10-22', from: '2026-10-22', definition: { ...acknowledged, thresholdMinutes: 1440 } },
      { version: '2026-10-25', from: '2026-10-25', definition: acknowledged },
    ];
    const people: PeopleRecords = {
      reviews: [], acknowledgements: [refundsAck(1, 'a', '2026-10-21T00:00:00Z')],
      sopVersions: new Map([['refunds', [{ version: 1, publishedMs: Date.parse('2026-10-20T00:00:00Z') }]]]),
      memberships: new Map([['emea', [member('a'), member('b'), member('c', '2026-10-22T00:00:00Z'), member('e', '2026-10-24T00:00:00Z')]]]),
    };
    const m = model({ standards: [acknowledged], teams: [teamOf('emea', ['a', 'b'])], sops: [sop] });
    const report = await evaluateStandards({ model: m, tickets: [], now, clockFor: clocksFor(), versionsOf: () => versions, people });
    const measured = report.standards[0]!;
    expect([measured.count, measured.met, measured.pending, measured.inFlight]).toEqual([3, 1, 0, 1]);
    expect(report.acknowledgements).toEqual([{ sop: 'refunds', version: 1, published: '2026-10-20T00:00:00.000Z', followers: 3, acknowledged: 1, teams: [{ team: 'emea', members: 3, acknowledged: 1 }] }]);
  });

  it('an SOP version replaced by the commit that tightens the standard is not a miss under the tighter threshold', async () => {
    // refunds version 1 published 20 Oct 00:00, version 2 on 25 Oct 00:00 by the commit whose standard version (1 day)
    // takes effect then; 10 days before. b, the only member, never read version 1 (5 days, inside the 10 days: not
    // measured) and read version 2 at 25 Oct 12:00 (half a day: met). 1 measured, 1 met. Before: version 1 was a
    // miss at 25 Oct 00:00 under the 1 day, a version b could no longer read (2 measured, 1 met).
    const versions: StandardVersion[] = [
      { version: '2026-10-01', from: '2026-10-01', definition: acknowledged },
      { version: '2026-10-25', from: '2026-10-25', definition: { ...acknowledged, thresholdMinutes: 1440 } },
    ];
    const people: PeopleRecords = {
      reviews: [], acknowledgements: [refundsAck(2, 'b', '2026-10-25T12:00:00Z')],
      sopVersions: new Map([['refunds', [{ version: 1, publishedMs: Date.parse('2026-10-20T00:00:00Z') }, { version: 2, publishedMs: Date.parse('2026-10-25T00:00:00Z') }]]]),
      memberships: new Map([['emea', [member('b')]]]),
    };
    const m = model({ standards: [acknowledged], teams: [teamOf('emea', ['b'])], sops: [REFUNDS_SOP] });
    const report = await evaluateStandards({ model: m, tickets: [], now, clockFor: clocksFor(), versionsOf: () => versions, people });
    const measured = report.standards[0]!;
    expect([measured.count, measured.met, measured.pending, measured.inFlight]).toEqual([1, 1, 0, 0]);
  });
});
