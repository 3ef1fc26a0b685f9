// A member whose key changes in the Team file (a GitHub handle added to a member known by e-mail, a handle's case
// changed) is the same member: their time goes on, and their QA reviews and acknowledgements under the older key
// still count for them, rather than one person leaving and another joining the same day (who then owes again what
// was already done: an acknowledgement counted twice, once a miss).

import { describe, expect, it } from 'vitest';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { AcknowledgementRecord, QaReviewRecord } from '../../scripts/model/documents.generated.ts';
import type { SopDefinition, TeamDefinition } from '../../scripts/model/model.ts';
import { emailKey } from '../../scripts/model/people.ts';
import { membershipsOf, type TeamMembers } from '../../scripts/model/team-history.ts';
import { clocksFor, model, scorecard, standard } from '../engine/engine-fixtures.ts';

const EMAIL = emailKey('eve@example.com');
const emea = (people: NonNullable<TeamMembers>['people']): TeamMembers => ({ id: 'emea', people });
const eveByEmail = { key: EMAIL, github: null, ids: [EMAIL] };
const eveByHandle = { key: 'eve-h', github: 'eve-h', ids: ['github:eve-h', EMAIL] };
const ana = (spelt: string) => ({ key: spelt, github: spelt, ids: [`github:${spelt.toLowerCase()}`] });
const teamOf = (members: string[]): TeamDefinition => ({ id: 'emea', name: 'EMEA', description: null, calendar: null, githubTeam: null, leads: [], members, origin: { file: 'standards/teams/emea.yaml' } });

describe('a member whose key changed in the Team file', () => {
  it('is one time under the new key, listing the older', () => {
    const times = membershipsOf('emea', [
      { date: '2026-09-01T00:00:00Z', members: emea([eveByEmail, ana('Ana')]) },
      { date: '2026-10-22T00:00:00Z', members: emea([eveByHandle, ana('ana')]) },
    ]);
    expect(times).toEqual([
      { key: 'eve-h', github: 'eve-h', fromMs: Number.NEGATIVE_INFINITY, toMs: Number.POSITIVE_INFINITY, keys: [EMAIL, 'eve-h'] },
      { key: 'ana', github: 'ana', fromMs: Number.NEGATIVE_INFINITY, toMs: Number.POSITIVE_INFINITY, keys: ['Ana', 'ana'] },
    ]);
  });

  it('a new member sharing nothing with one who left is another person', () => {
    const times = membershipsOf('emea', [
      { date: '2026-09-01T00:00:00Z', members: emea([eveByEmail]) },
      { date: '2026-10-22T00:00:00Z', members: emea([ana('ana')]) },
    ]);
    expect(times).toEqual([
      { key: EMAIL, github: null, fromMs: Number.NEGATIVE_INFINITY, toMs: Date.parse('2026-10-22T00:00:00Z') },
      { key: 'ana', github: 'ana', fromMs: Date.parse('2026-10-22T00:00:00Z'), toMs: Number.POSITIVE_INFINITY },
    ]);
  });

  // Version 1 published 5 Oct, version 2 20 Oct; 5 days to acknowledge. Eve acknowledged both by the export (under
  // her e-mail's key), Ana both on GitHub; on 22 Oct Eve's entry got a handle and Ana's its lower case.
  it('sop_acknowledgement: each of them is measured once per version, met', async () => {
    const sop: SopDefinition = {
      id: 'refunds', title: 'Refunds', version: 2, status: 'active', owner: 'emea', summary: null, serves: [], followedBy: ['emea'], steps: [],
      review: { every: { amount: 1, unit: 'y' }, everyText: '1y', last: '2026-10-01', due: '2027-10-01' }, changelog: [{ version: 2, date: '2026-10-20', summary: 'Two.' }, { version: 1, date: '2026-10-05', summary: 'One.' }],
      origin: { file: 'standards/sops/refunds.yaml' },
    };
    const ack = (version: number, person: string, at: string): AcknowledgementRecord => ({ sop: 'refunds', version, person, at, via: 'csv' });
    const memberships = new Map([['emea', membershipsOf('emea', [
      { date: '2026-09-01T00:00:00Z', members: emea([eveByEmail, ana('Ana')]) },
      { date: '2026-10-22T00:00:00Z', members: emea([eveByHandle, ana('ana')]) },
    ])]]);
    const report = await evaluateStandards({
      model: model({ standards: [standard({ id: 'ack', metric: 'sop_acknowledgement', thresholdMinutes: 5 * 1440, objective: 0.9, target: null, effective: '2026-10-01' })], teams: [teamOf(['eve-h', 'ana'])], sops: [sop] }),
      tickets: [], now: new Date('2026-11-01T00:00:00Z'), clockFor: clocksFor(),
      people: {
        reviews: [], memberships,
        acknowledgements: [ack(1, EMAIL, '2026-10-06T00:00:00Z'), ack(2, EMAIL, '2026-10-21T00:00:00Z'), ack(1, 'Ana', '2026-10-06T00:00:00Z'), ack(2, 'Ana', '2026-10-21T00:00:00Z')],
        sopVersions: new Map([['refunds', [{ version: 1, publishedMs: Date.parse('2026-10-05T00:00:00Z') }, { version: 2, publishedMs: Date.parse('2026-10-20T00:00:00Z') }]]]),
      },
    });
    const r = report.standards[0]!;
    expect([r.count, r.met, r.pending, r.inFlight]).toEqual([4, 4, 0, 0]);
  });

  // Weeks from Monday 2 Nov; now Wednesday 18 Nov 06:00, the 14-day window from 4 Nov 06:00; one review a week.
  // Eve's handle was added on Tuesday 10 Nov 12:00; her reviews: 4 Nov (under her e-mail's key), 11 and 16 Nov.
  it('qa_coverage: her weeks go on through the change, with her reviews under either key', async () => {
    const card = scorecard();
    const review = (key: string, at: string, agent: string): QaReviewRecord => ({ key, ticket: key, at, scorecard: card.id, reviewer: 'lead', agent, results: { acknowledge: 'pass' } });
    const memberships = new Map([['emea', membershipsOf('emea', [
      { date: '2026-09-01T00:00:00Z', members: emea([eveByEmail]) },
      { date: '2026-11-10T12:00:00Z', members: emea([eveByHandle]) },
    ])]]);
    const report = await evaluateStandards({
      model: model({ standards: [standard({ id: 'coverage', metric: 'qa_coverage', reviewsPerAgent: 1, scope: { team: ['emea'] }, window: { kind: 'rolling', days: 14, text: '14d' }, target: { direction: 'min', value: 0.5 } })], teams: [teamOf(['eve-h'])], scorecards: [card] }),
      tickets: [], now: new Date('2026-11-18T06:00:00Z'), clockFor: clocksFor(),
      people: { reviews: [review('1', '2026-11-04T10:00:00Z', EMAIL), review('2', '2026-11-11T10:00:00Z', 'eve-h'), review('3', '2026-11-16T10:00:00Z', 'eve-h')], acknowledgements: [], sopVersions: new Map(), memberships },
    });
    const r = report.standards[0]!;
    // Weeks of 2, 9 and 16 Nov, each met (4, 11, 16 Nov).
    expect([r.count, r.met, r.pending]).toEqual([3, 3, 0]);
  });
});
