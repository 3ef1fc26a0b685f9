// A standard none of whose versions is in force yet at "now" (its first version takes effect on a later date)
// measures nothing: no measurement is counted, pending or in flight, whatever the metric, however many versions and
// tracks it has; the report says no data and lists its versions to come (the site shows them "From <date>").
// Before, an open ticket inside its threshold was pending (on every track, with several versions) while one past it
// was not counted, and qa_coverage's running week was pending once per track. Each figure worked out by hand below.

import { describe, expect, it } from 'vitest';
import { evaluateStandards, type StandardReport } from '../../scripts/engine/evaluate.ts';
import { explainTicket } from '../../scripts/engine/explain.ts';
import type { PeopleRecords } from '../../scripts/engine/people-records.ts';
import type { StandardDefinition, StandardsModel, StandardVersion, TeamDefinition, Ticket } from '../../scripts/model/model.ts';
import { clocksFor, model, scorecard, standard, ticket } from '../engine/engine-fixtures.ts';
import { REFUNDS_SOP } from './refunds-sop.ts';

const card = scorecard();
const teamOf = (id: string, members: string[]): TeamDefinition => ({ id, name: id.toUpperCase(), description: null, calendar: null, githubTeam: null, leads: [], members, origin: { file: `standards/teams/${id}.yaml` } });

// Now Wednesday 9 Dec 2026 12:00 (UTC). Every standard below takes effect on Monday 14 Dec at the earliest.
const now = new Date('2026-12-09T12:00:00Z');

async function evaluated(m: StandardsModel, tickets: Ticket[], versions?: readonly StandardVersion[], people?: PeopleRecords): Promise<StandardReport> {
  const report = await evaluateStandards({ model: m, tickets, now, clockFor: clocksFor(), ...(versions ? { versionsOf: () => versions } : {}), ...(people ? { people } : {}) });
  return report.standards[0]!;
}

const figures = (s: StandardReport) => [s.count, s.met, s.pending, s.inFlight, s.status];

// first_response_time, 1 hour, wall clock. i: open 30 min (inside the hour); p: open 3 hours (past it since 10:00);
// d: answered on 8 Dec in 10 min. None is measured: the standard is not in force yet.
const tickets = [
  ticket({ id: 'i', created: '2026-12-09T11:30:00Z', team: 'emea' }),
  ticket({ id: 'p', created: '2026-12-09T09:00:00Z', team: 'emea' }),
  ticket({ id: 'd', created: '2026-12-08T10:00:00Z', team: 'emea', replies: [['2026-12-08T10:10:00Z', 'agent']] }),
];

describe('a duration standard not in force yet counts nothing, pending nothing', () => {
  const frt = standard({ id: 'frt', metric: 'first_response_time', effective: '2026-12-14' });

  it('one version from 14 Dec: i is not pending (was 1), p not counted, d before the standard', async () => {
    const s = await evaluated(model({ standards: [frt] }), tickets);
    expect(figures(s)).toEqual([0, 0, 0, 0, 'no-data']);
    expect(s.window.versions).toEqual([]);
    expect(s.versions?.map((v) => v.from)).toEqual(['2026-12-14']);
  });

  it('its statement says when it takes effect (was: "not enough data (fewer than the minimum sample of 1)")', async () => {
    const s = await evaluated(model({ standards: [frt] }), tickets);
    expect(s.statement).toBe('No tickets over the last 30 days; objective 80%; not in force until 14 Dec 2026.');
  });

  it('two versions on two tracks (emea and apac from 14 Dec, emea from 21 Dec): pending on neither (was 2 on each: 4)', async () => {
    // Before, with several versions, every open ticket still inside some threshold passed by no version in force
    // was pending on every track whose scope holds it: i and p on both tracks.
    const latest: StandardDefinition = { ...frt, effective: '2026-12-21', scope: { team: ['emea'] } };
    const versions: StandardVersion[] = [
      { version: '2026-12-14', from: '2026-12-14', definition: { ...latest, scope: { team: ['emea', 'apac'] } } },
      { version: '2026-12-21', from: '2026-12-21', definition: latest },
    ];
    const s = await evaluated(model({ standards: [latest] }), tickets, versions);
    expect(figures(s)).toEqual([0, 0, 0, 0, 'no-data']);
  });

  it('explain says an open ticket is not counted until the standard takes effect (was: pending, due at 12:30)', () => {
    const [explained] = explainTicket({ model: model({ standards: [frt] }), now, ticket: tickets[0]!, clockFor: clocksFor() });
    expect(explained!.measurements.map((x) => [x.result, x.note])).toEqual([
      ['not-counted', 'open before the standard takes effect (2026-12-14): not counted'],
    ]);
  });
});

describe('qa_coverage not in force yet: the running week is pending nowhere', () => {
  // Weeks start on Mondays: the week of 7 Dec runs on at now. One review a week for emea (a) and apac (c) from
  // 14 Dec (track 0), for emea alone from 21 Dec (track 1); no reviews. Before: a's week pending on both tracks,
  // c's on track 0: 3 pending. Now: nothing, and no ended week is a miss (no version was in force in it).
  const latest = standard({ id: 'coverage', metric: 'qa_coverage', reviewsPerAgent: 1, effective: '2026-12-21', scope: { team: ['emea'] }, window: { kind: 'rolling', days: 14, text: '14d' }, target: { direction: 'min', value: 0.5 } });
  const versions: StandardVersion[] = [
    { version: '2026-12-14', from: '2026-12-14', definition: { ...latest, scope: { team: ['emea', 'apac'] } } },
    { version: '2026-12-21', from: '2026-12-21', definition: latest },
  ];
  const people: PeopleRecords = { reviews: [], acknowledgements: [], sopVersions: new Map() };
  const m = model({ standards: [latest], teams: [teamOf('emea', ['a']), teamOf('apac', ['c'])], scorecards: [card] });

  it('two tracks: 0 pending (was 3)', async () => {
    expect(figures(await evaluated(m, [], versions, people))).toEqual([0, 0, 0, 0, 'no-data']);
  });

  it('one version from 14 Dec: 0 pending (was 1, a\'s week)', async () => {
    const single = { ...latest, effective: '2026-12-14' };
    expect(figures(await evaluated({ ...m, standards: [single] }, [], undefined, people))).toEqual([0, 0, 0, 0, 'no-data']);
  });
});

describe('qa_score and sop_acknowledgement not in force yet count nothing', () => {
  it('qa_score: a review on 8 Dec, before the standard, is not counted', async () => {
    const reviewed = ticket({ id: 'q', created: '2026-12-08T09:00:00Z', qa: [{ scorecard: card.id, at: '2026-12-08T10:00:00Z', results: { acknowledge: 'pass', accurate: 'pass', ownership: 'pass' } }] });
    const qa = standard({ id: 'qa', metric: 'qa_score', scorecard: card.id, effective: '2026-12-14' });
    expect(figures(await evaluated(model({ standards: [qa], scorecards: [card] }), [reviewed]))).toEqual([0, 0, 0, 0, 'no-data']);
  });

  it('sop_acknowledgement: a version published 1 Dec, unacknowledged by a, is neither pending nor missed', async () => {
    // Published before the standard takes effect: never measured (metric catalogue), now or after 14 Dec.
    const sop = { ...REFUNDS_SOP, followedBy: ['emea'], version: 1, changelog: [{ version: 1, date: '2026-12-01', summary: 'One.' }] };
    const ack = standard({ id: 'ack', metric: 'sop_acknowledgement', thresholdMinutes: 1440, objective: 0.9, target: null, effective: '2026-12-14' });
    const people: PeopleRecords = { reviews: [], acknowledgements: [], sopVersions: new Map([['refunds', [{ version: 1, publishedMs: Date.parse('2026-12-01T00:00:00Z') }]]]) };
    expect(figures(await evaluated(model({ standards: [ack], teams: [teamOf('emea', ['a'])], sops: [sop] }), [], undefined, people))).toEqual([0, 0, 0, 0, 'no-data']);
  });
});
