// A qa_coverage standard whose scope changed measures its versions on two tracks (standard-state.ts), as a duration
// standard does. The week still running is pending only on the track of the version in force now, as an open
// duration is (measure-ticket.ts judgeDuration): never also on the old track, and not at all for a member the version
// in force leaves out. Each figure worked out by hand below.

import { describe, expect, it } from 'vitest';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import type { PeopleRecords } from '../../scripts/engine/people-records.ts';
import type { StandardVersion, TeamDefinition } from '../../scripts/model/model.ts';
import { clocksFor, model, scorecard, standard } from '../engine/engine-fixtures.ts';

const card = scorecard();
const teamOf = (id: string, members: string[]): TeamDefinition => ({ id, name: id.toUpperCase(), description: null, calendar: null, githubTeam: null, leads: [], members, origin: { file: `standards/teams/${id}.yaml` } });

describe('the running week of a qa_coverage standard whose scope changed is pending once, on the track in force', () => {
  // Weeks start on Mondays (UTC): 2 Nov, 9 Nov, 16 Nov. One review a week each, for emea (a) and apac (c) from 1 Oct
  // (track 0), for emea alone from 16 Nov (track 1). No reviews at all. Now Wednesday 18 Nov 06:00; the 14-day
  // window from 4 Nov 06:00.
  // Ended weeks, each a miss on its last instant, judged by the version then in force (track 0, both teams): the weeks
  // of 2 Nov (8 Nov 23:59:59.999) and 9 Nov (15 Nov 23:59:59.999), for a and c: 4 measured, 0 met. (The week of 26 Oct
  // ended on 1 Nov, before the window.)
  // The week of 16 Nov runs on: a's is pending on track 1, the version in force; on track 0 it is not pending too.
  // c's: the version in force leaves apac out, so it is pending nowhere. 1 pending (was 3: a on both tracks, c on 0).
  const latest = standard({ id: 'coverage', metric: 'qa_coverage', reviewsPerAgent: 1, effective: '2026-10-01', scope: { team: ['emea'] }, window: { kind: 'rolling', days: 14, text: '14d' }, target: { direction: 'min', value: 0.5 } });
  const versions: StandardVersion[] = [
    { version: '2026-10-01', from: '2026-10-01', definition: { ...latest, scope: { team: ['emea', 'apac'] } } },
    { version: '2026-11-16', from: '2026-11-16', definition: latest },
  ];
  const people: PeopleRecords = { reviews: [], acknowledgements: [], sopVersions: new Map() };

  it('counts the ended weeks of both teams and a\'s running week once as pending', async () => {
    const report = await evaluateStandards({
      model: model({ standards: [latest], teams: [teamOf('emea', ['a']), teamOf('apac', ['c'])], scorecards: [card] }),
      tickets: [], now: new Date('2026-11-18T06:00:00Z'), clockFor: clocksFor(), versionsOf: () => versions, people,
    });
    const measured = report.standards[0]!;
    expect([measured.count, measured.met, measured.pending]).toEqual([4, 0, 1]);
  });
});
