// Who was a member when: qa_coverage and sop_acknowledgement measure each week and each SOP version for the people
// who were in the team then (PeopleRecords.memberships, read from each Team file's history), so someone joining or
// leaving tonight does not change past figures. Each figure worked out by hand below; without memberships (no
// history) the same fixtures count tonight's members for all time (tests/quality/people-measures.test.ts).

import { describe, expect, it } from 'vitest';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { PeopleRecords } from '../../scripts/engine/people-records.ts';
import type { QaReviewRecord } from '../../scripts/model/documents.generated.ts';
import type { TeamDefinition } from '../../scripts/model/model.ts';
import type { TeamMembership } from '../../scripts/model/people.ts';
import { clocksFor, model, scorecard, standard } from '../engine/engine-fixtures.ts';
import { REFUNDS_ACKNOWLEDGEMENTS, REFUNDS_SOP, refundsAck, refundsVersions } from './refunds-sop.ts';
import { planAcknowledgementIssues } from '../../scripts/actions/acknowledgements.ts';
import { acknowledgementMarker } from '../../scripts/actions/acknowledgement-body.ts';
import { acknowledgementDueOf } from '../../scripts/engine/people-measures.ts';
import type { AcknowledgementRecord } from '../../scripts/model/documents.generated.ts';
import { emailKey } from '../../scripts/model/people.ts';

const card = scorecard();
const teamOf = (id: string, members: string[]): TeamDefinition => ({ id, name: id.toUpperCase(), description: null, calendar: null, githubTeam: null, leads: [], members, origin: { file: `standards/teams/${id}.yaml` } });
const review = (key: string, at: string, agent: string): QaReviewRecord => ({ key, ticket: key, at, scorecard: card.id, reviewer: 'lead', agent, results: { acknowledge: 'pass' } });
const ALWAYS = Number.NEGATIVE_INFINITY;
const STILL = Number.POSITIVE_INFINITY;
const member = (key: string, from: string | null, to: string | null = null): TeamMembership => ({ key, github: key, fromMs: from === null ? ALWAYS : Date.parse(from), toMs: to === null ? STILL : Date.parse(to) });
const records = (memberships: Record<string, TeamMembership[]>, more: Partial<PeopleRecords> = {}): PeopleRecords => ({ reviews: [], acknowledgements: [], sopVersions: new Map(), memberships: new Map(Object.entries(memberships)), ...more });

describe('qa_coverage counts an agent-week only for a member of a counted team throughout it', () => {
  // As in people-measures.test.ts: weeks start on Mondays (UTC): 26 Oct, 2 Nov, 9 Nov, 16 Nov; now Wednesday 18 Nov
  // 06:00, the 14-day window from 4 Nov 06:00. Two reviews a week wanted.
  const coverage = (teams: string[]) => standard({ id: 'coverage', metric: 'qa_coverage', reviewsPerAgent: 2, scope: { team: teams }, window: { kind: 'rolling', days: 14, text: '14d' }, target: { direction: 'min', value: 0.5 } });
  const reviews = [
    review('1', '2026-11-02T10:00:00Z', 'a'), review('2', '2026-11-04T10:00:00Z', 'a'), // week 2 Nov: met on 4 Nov
    review('3', '2026-11-10T10:00:00Z', 'a'), // week 9 Nov: missed on Sunday 15 Nov
    review('4', '2026-11-16T10:00:00Z', 'a'), review('5', '2026-11-17T10:00:00Z', 'a'), // week 16 Nov: met on 17 Nov
  ];
  const run = (teams: TeamDefinition[], people: PeopleRecords) => evaluateStandards({
    model: model({ standards: [coverage(teams.map((t) => t.id))], teams, scorecards: [card] }),
    tickets: [], now: new Date('2026-11-18T06:00:00Z'), clockFor: clocksFor(), people: { ...people, reviews },
  });

  it('a joiner: b joined on Tuesday 10 Nov, so the weeks of 2 and 9 Nov are not theirs; the week of 16 Nov is', async () => {
    const emea = teamOf('emea', ['a', 'b']);
    // Tonight's members for all time: a met, b missed (8 Nov), a and b missed (15 Nov), a met (17 Nov); b's week runs on.
    const tonight = (await run([emea], records({}))).standards[0]!;
    expect([tonight.count, tonight.met, tonight.pending, tonight.value]).toEqual([5, 2, 1, 0.4]);
    // With history: b's misses of 8 and 15 Nov go; b's week of 16 Nov (started after they joined) is still pending.
    const r = (await run([emea], records({ emea: [member('a', null), member('b', '2026-11-10T12:00:00Z')] }))).standards[0]!;
    expect([r.count, r.met, r.pending, r.value]).toEqual([3, 2, 1, 2 / 3]);
    expect(r.breakdown.team).toEqual([{ key: 'emea', count: 3, met: 2, value: 2 / 3 }]);
  });

  it('a leaver: a left on Monday 16 Nov 09:00, so their week of 9 Nov (ended before) counts and that of 16 Nov does not', async () => {
    // Tonight the team lists b alone: without history a's weeks would not count at all.
    const emea = teamOf('emea', ['b']);
    const tonight = (await run([emea], records({}))).standards[0]!;
    // b: missed 8 Nov and 15 Nov, week of 16 Nov pending.
    expect([tonight.count, tonight.met, tonight.pending, tonight.value]).toEqual([2, 0, 1, 0]);
    // With history: a met (4 Nov) and missed (15 Nov) too; a's reviews of 16 and 17 Nov came after they left.
    const r = (await run([emea], records({ emea: [member('a', null, '2026-11-16T09:00:00Z'), member('b', null)] }))).standards[0]!;
    expect([r.count, r.met, r.pending, r.value]).toEqual([4, 1, 1, 0.25]);
  });

  it('a person moving between two counted teams counts every week, in the team they were in when it started', async () => {
    // a moved from emea to apac on Wednesday 11 Nov; tonight apac lists a and emea lists b.
    const emea = teamOf('emea', ['b']);
    const apac = teamOf('apac', ['a']);
    const tonight = (await run([emea, apac], records({}))).standards[0]!;
    // All of a's weeks in apac: met 4 Nov, missed 15 Nov, met 17 Nov; b's two misses in emea.
    expect(tonight.breakdown.team).toEqual([{ key: 'apac', count: 3, met: 2, value: 2 / 3 }, { key: 'emea', count: 2, met: 0, value: 0 }]);
    const r = (await run([emea, apac], records({
      emea: [member('a', null, '2026-11-11T00:00:00Z'), member('b', null)],
      apac: [member('a', '2026-11-11T00:00:00Z')],
    }))).standards[0]!;
    // a's weeks of 2 and 9 Nov (begun in emea) count for emea, that of 16 Nov for apac; the week of the move still
    // counts (a member of a counted team throughout). b: two misses in emea.
    expect([r.count, r.met, r.pending]).toEqual([5, 2, 1]);
    expect(r.breakdown.team).toEqual([{ key: 'apac', count: 1, met: 1, value: 1 }, { key: 'emea', count: 4, met: 1, value: 0.25 }]);
  });
});

describe('sop_acknowledgement measures the members of each version\'s time', () => {
  // As in people-measures.test.ts: version 1 published 5 Oct, version 2 on 20 Oct 00:00; 5 days (wall clock) to acknowledge.
  const sop = REFUNDS_SOP;
  const ack = refundsAck;
  const acknowledgements = REFUNDS_ACKNOWLEDGEMENTS; // a 1 day (met), b 7 days (late), a 1 day (met)
  const sopVersions = refundsVersions();
  const acknowledged = standard({ id: 'ack', metric: 'sop_acknowledgement', thresholdMinutes: 5 * 1440, objective: 0.9, target: null, effective: '2026-10-01' });
  const run = (members: string[], people: PeopleRecords, now: string) => evaluateStandards({
    model: model({ standards: [acknowledged], teams: [teamOf('emea', members)], sops: [sop] }), tickets: [], now: new Date(now), clockFor: clocksFor(),
    people: { ...people, sopVersions, acknowledgements: [...acknowledgements, ...people.acknowledgements] },
  });

  it('d joined on 22 Oct, after version 2 was published: due 5 days from joining, not from publication; never measured for version 1', async () => {
    const history = { emea: [member('a', null), member('b', null), member('c', null), member('d', '2026-10-22T00:00:00Z')] };
    // Tonight's members for all time (26 Oct): d also missed version 1 (10 Oct) and version 2 (25 Oct, in flight).
    const tonight = (await run(['a', 'b', 'c', 'd'], records({}), '2026-10-26T00:00:00Z')).standards[0]!;
    expect([tonight.count, tonight.met, tonight.pending, tonight.inFlight]).toEqual([8, 2, 0, 3]);
    // With history, on 26 Oct: version 1 a met, b late, c missed; version 2 a met, b and c missed in flight; d due on
    // 27 Oct, pending.
    const r = (await run(['a', 'b', 'c', 'd'], records(history), '2026-10-26T00:00:00Z')).standards[0]!;
    expect([r.count, r.met, r.pending, r.inFlight]).toEqual([6, 2, 1, 2]);
    // d acknowledges version 2 on 26 Oct 12:00: 4.5 days after joining, met (6.5 days after publication).
    const later = (await run(['a', 'b', 'c', 'd'], records(history, { acknowledgements: [ack(2, 'd', '2026-10-26T12:00:00Z')] }), '2026-10-28T00:00:00Z')).standards[0]!;
    expect([later.count, later.met, later.pending, later.inFlight]).toEqual([7, 3, 0, 2]);
  });

  it('c left on 22 Oct, before version 2 was due and unacknowledged: not measured for it; their miss of version 1 stays', async () => {
    const history = { emea: [member('a', null), member('b', null), member('c', null, '2026-10-22T00:00:00Z')] };
    // Tonight the team lists a and b: without history c is measured for neither version.
    const tonight = (await run(['a', 'b'], records({}), '2026-10-26T00:00:00Z')).standards[0]!;
    expect([tonight.count, tonight.met, tonight.pending, tonight.inFlight]).toEqual([4, 2, 0, 1]);
    // With history: version 1 a met, b late, c missed (10 Oct, before they left); version 2 a met, b missed in flight.
    const r = (await run(['a', 'b'], records(history), '2026-10-26T00:00:00Z')).standards[0]!;
    expect([r.count, r.met, r.pending, r.inFlight]).toEqual([5, 2, 0, 1]);
    expect(r.breakdown.team).toEqual([{ key: 'emea', count: 5, met: 2, value: 0.4 }]);
  });

  it('a member who left and came back while a version was current is measured from their return', async () => {
    // c left on 21 Oct and came back on 23 Oct: version 2's time for c runs from 23 Oct, due 28 Oct.
    const history = { emea: [member('a', null), member('b', null), member('c', null, '2026-10-21T00:00:00Z'), member('c', '2026-10-23T00:00:00Z')] };
    const r = (await run(['a', 'b', 'c'], records(history), '2026-10-26T00:00:00Z')).standards[0]!;
    // Version 1: a met, b late, c missed; version 2: a met, b missed in flight, c pending.
    expect([r.count, r.met, r.pending, r.inFlight]).toEqual([5, 2, 1, 1]);
  });

  it('a member who left after the threshold passed stays a miss, no longer in flight', async () => {
    // c left on 26 Oct, a day after version 2 was due (25 Oct).
    const history = { emea: [member('a', null), member('b', null), member('c', null, '2026-10-26T00:00:00Z')] };
    const r = (await run(['a', 'b'], records(history), '2026-10-27T00:00:00Z')).standards[0]!;
    // Version 1: a met, b late, c missed; version 2: a met, b missed in flight, c missed (25 Oct) but gone.
    expect([r.count, r.met, r.pending, r.inFlight]).toEqual([6, 2, 0, 1]);
  });
});

describe('the report\'s acknowledgement section counts who owes the version in force as the standard measures them', () => {
  // One version of refunds, published 20 Oct 00:00, due in 5 days (wall clock); now 27 Oct 00:00. Tonight emea lists
  // a, b and d. By the history: a acknowledged on 21 Oct (met); b never (a miss in flight since 25 Oct); c left on
  // 22 Oct, before it was due, unacknowledged (not measured); d joined on 23 Oct, due 28 Oct (pending); e left on
  // 26 Oct, after it was due, unacknowledged (a miss, gone); f acknowledged on 22 Oct and left on 24 Oct (met).
  const sop = { ...REFUNDS_SOP, version: 1, changelog: [{ version: 1, date: '2026-10-20', summary: 'One.' }] };
  const sopVersions = new Map([['refunds', [{ version: 1, publishedMs: Date.parse('2026-10-20T00:00:00Z') }]]]);
  const acknowledgements = [refundsAck(1, 'a', '2026-10-21T00:00:00Z'), refundsAck(1, 'f', '2026-10-22T00:00:00Z')];
  const history = {
    emea: [
      member('a', null), member('b', null), member('c', null, '2026-10-22T00:00:00Z'), member('d', '2026-10-23T00:00:00Z'),
      member('e', null, '2026-10-26T00:00:00Z'), member('f', null, '2026-10-24T00:00:00Z'),
    ],
  };
  const acknowledged = standard({ id: 'ack', metric: 'sop_acknowledgement', thresholdMinutes: 5 * 1440, objective: 0.9, target: null, effective: '2026-10-01' });
  const run = (standards: ReturnType<typeof standard>[]) => evaluateStandards({
    model: model({ standards, teams: [teamOf('emea', ['a', 'b', 'd'])], sops: [sop] }), tickets: [], now: new Date('2026-10-27T00:00:00Z'), clockFor: clocksFor(),
    people: records(history, { sopVersions, acknowledgements }),
  });

  it('a joiner owes it from joining, a leaver only when it was due before they left: the section\'s figures are the standard\'s', async () => {
    const report = await run([acknowledged]);
    const measured = report.standards[0]!;
    // a and f met, b and e missed, d pending: 4 measured, 2 met, 1 pending, b's miss in flight.
    expect([measured.count, measured.met, measured.pending, measured.inFlight]).toEqual([4, 2, 1, 1]);
    // Owed: the 4 measured and d, pending; acknowledged: a and f. Before, tonight's members: a, b and d, 1 of 3.
    expect(report.acknowledgements).toEqual([{ sop: 'refunds', version: 1, published: '2026-10-20T00:00:00.000Z', followers: 5, acknowledged: 2, teams: [{ team: 'emea', members: 5, acknowledged: 2 }] }]);
    expect(report.acknowledgements![0]!.followers).toBe(measured.count + measured.pending);
    expect(report.acknowledgements![0]!.acknowledged).toBe(measured.met);
  });

  it('a standard that took effect after the version was published does not measure it, so it is never due by it', async () => {
    // Effective 22 Oct: version 1 (20 Oct) is not measured (metric catalogue), so e owes it no more than with no
    // standard: a, b, d and f. Before, e counted as owing it (5), by a standard that measured nobody for it.
    const report = await run([{ ...acknowledged, effective: '2026-10-22' }]);
    expect(report.standards[0]!.count).toBe(0);
    expect(report.acknowledgements![0]).toMatchObject({ followers: 4, acknowledged: 2, teams: [{ team: 'emea', members: 4, acknowledged: 2 }] });
  });

  it('with no standard measuring it, it is never due: a leaver who did not acknowledge it does not owe it', async () => {
    const report = await run([standard({ id: 'first-response', metric: 'first_response_time' })]);
    // a, b, d and f; e left unacknowledged.
    expect(report.acknowledgements![0]).toMatchObject({ followers: 4, acknowledged: 2, teams: [{ team: 'emea', members: 4, acknowledged: 2 }] });
  });
});

describe('the "Please read" issue counts who owes the version as the report\'s section does', () => {
  // The section's scenario above: refunds version 1 published 20 Oct, due in 5 days, now 27 Oct; tonight emea lists
  // a, b and d; c left before it was due, e after (unacknowledged), f acknowledged and left.
  const sop = { ...REFUNDS_SOP, version: 1, changelog: [{ version: 1, date: '2026-10-20', summary: 'One.' }] };
  const sopVersions = new Map([['refunds', [{ version: 1, publishedMs: Date.parse('2026-10-20T00:00:00Z') }]]]);
  const history = {
    emea: [
      member('a', null), member('b', null), member('c', null, '2026-10-22T00:00:00Z'), member('d', '2026-10-23T00:00:00Z'),
      member('e', null, '2026-10-26T00:00:00Z'), member('f', null, '2026-10-24T00:00:00Z'),
    ],
  };
  const acknowledged = standard({ id: 'ack', metric: 'sop_acknowledgement', thresholdMinutes: 5 * 1440, objective: 0.9, target: null, effective: '2026-10-01' });
  const now = new Date('2026-10-27T00:00:00Z');
  const m = model({ standards: [acknowledged], teams: [teamOf('emea', ['a', 'b', 'd'])], sops: [sop] });
  const people = records(history, { sopVersions });
  const issue = { issue: { number: 7, title: 'Please read', body: `${acknowledgementMarker('refunds', 1)}\n`, state: 'open' as const, labels: ['sop-acknowledgement'], assignees: [], closedAt: null, url: 'https://github.example/7', author: null }, sop: 'refunds', version: 1 };
  const plan = (acknowledgements: AcknowledgementRecord[], model = m, owed = people) => planAcknowledgementIssues({
    model, issues: [issue], records: acknowledgements, published: () => '2026-10-20T00:00:00Z', unread: new Set(),
    owing: { people: owed, nowMs: now.getTime(), due: acknowledgementDueOf({ model, now, clockFor: clocksFor() }) },
  });

  it('its progress table is the section\'s: 2 of 5 (a and f acknowledged; b, d and e not), not tonight\'s 1 of 3', async () => {
    const acknowledgements = [refundsAck(1, 'a', '2026-10-21T00:00:00Z'), refundsAck(1, 'f', '2026-10-22T00:00:00Z')];
    const section = (await evaluateStandards({ model: m, tickets: [], now, clockFor: clocksFor(), people: { ...people, acknowledgements } })).acknowledgements![0]!;
    expect(section.teams).toEqual([{ team: 'emea', members: 5, acknowledged: 2 }]);
    const planned = plan(acknowledgements);
    // Before, tonight's a, b and d: 1 of 3.
    expect(planned.progress).toEqual([{ sop: 'refunds', version: 1, teams: section.teams, issue: 7 }]);
    expect(planned.operations.map((o) => o.kind)).toEqual(['update']);
  });

  it('closes once everyone still a member has acknowledged: e left owing it and can no longer, so 4 of 5 closes', () => {
    const acknowledgements = [...['a', 'b', 'd'].map((p) => refundsAck(1, p, '2026-10-26T12:00:00Z')), refundsAck(1, 'f', '2026-10-22T00:00:00Z')];
    const planned = plan(acknowledgements);
    expect(planned.progress[0]!.teams).toEqual([{ team: 'emea', members: 5, acknowledged: 4 }]);
    expect(planned.operations.map((o) => [o.kind, o.kind === 'close' ? o.reason : null])).toEqual([['close', 'completed']]);
  });

  it('counts an acknowledgement made under a key the member had before (an e-mail, then a handle added): it closes', () => {
    // g was known by e-mail when they acknowledged through the export; the Team document has given them a handle
    // since. The section counts it (their keys in the history); before, the issue looked only under the handle: 0
    // of 1, never closed.
    const byEmail = emailKey('g@example.com');
    const g = { ...member('g', null), keys: [byEmail, 'g'] };
    const team = { ...teamOf('emea', []), members: [], people: [{ key: 'g', github: 'g', email: 'g@example.com', staffId: null }] };
    const withG = model({ standards: [acknowledged], teams: [team], sops: [sop] });
    const planned = plan([{ sop: 'refunds', version: 1, person: byEmail, at: '2026-10-21T00:00:00Z', via: 'csv' }], withG, records({ emea: [g] }, { sopVersions }));
    expect(planned.progress[0]!.teams).toEqual([{ team: 'emea', members: 1, acknowledged: 1 }]);
    expect(planned.operations.map((o) => o.kind)).toEqual(['close']);
  });
});
