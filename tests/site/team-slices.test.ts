// A team's slice of a standard, judged against the standard's goal with the standard's rules; every number
// worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { teamSlice, teamStandings, worstStatus } from '../../scripts/publish/team-slices.ts';
import type { ReportStandard } from '../../scripts/publish/site-data.ts';
import { model, pipeline, standard } from '../engine/engine-fixtures.ts';

const SETTINGS = { minimumSample: 20, atRiskBudget: 0.25 };

function result(id: string, goal: ReportStandard['goal'], team: ReportStandard['breakdown']['team'], overrides: Partial<ReportStandard> = {}): ReportStandard {
  return {
    id, title: id, metric: 'first_response_time', dimension: 'responsiveness', owner: 'support-leads', status: 'met',
    window: { spec: '30d', from: '2026-10-21T12:00:00.000Z', to: '2026-11-20T12:00:00.000Z' },
    count: 100, met: 90, pending: 0, value: 0.9, goal, errorBudget: { allowed: 10, used: 10, remaining: 0 },
    excluded: [], series: [], breakdown: { priority: [], channel: [], team }, worst: [], statement: '',
    ...overrides,
  };
}

const NINETY = { direction: 'min' as const, value: 0.9, thresholdMinutes: 60, text: '90% within 1h' };
const frt = result('frt', NINETY, [
  // 40 tickets allow 4 misses: 2 missed leaves half the budget: met.
  { key: 'support-emea', count: 40, met: 38, value: 0.95 },
  // 5 missed of 4 allowed: breached.
  { key: 'support-americas', count: 40, met: 35, value: 0.875 },
  // 10 tickets allow 1 miss, 1 missed: nothing left (0 < 25%) but not over: at risk.
  { key: 'escalations', count: 10, met: 9, value: 0.9 },
  // 5 tickets, under the minimum sample of 20: no data, whatever the value.
  { key: 'tiny', count: 5, met: 5, value: 1 },
]);

describe('a team\'s slice of a standard', () => {
  it.each([
    ['support-emea', { count: 40, value: 0.95, status: 'met', budgetRemaining: 0.5 }],
    ['support-americas', { count: 40, value: 0.875, status: 'breached', budgetRemaining: -0.25 }],
    ['escalations', { count: 10, value: 0.9, status: 'at-risk', budgetRemaining: 0 }],
    ['tiny', { count: 5, value: 1, status: 'no-data', budgetRemaining: 1 }],
    ['nobody', { count: 0, value: null, status: 'no-data', budgetRemaining: null }],
  ])('%s is judged by the standard\'s goal and rules', (team, expected) => {
    expect(teamSlice(frt, team, { ...SETTINGS, minimumSample: 10 })).toEqual({ standard: 'frt', team, ...expected });
  });

  it('the minimum sample applies to the slice: 10 tickets are too few for a minimum of 20', () => {
    expect(teamSlice(frt, 'escalations', SETTINGS).status).toBe('no-data');
  });

  it('a maximum goal: 4 reopened of 100 against at most 5% leaves 1 of 5 allowed: at risk', () => {
    const reopen = result('reopen', { direction: 'max', value: 0.05, text: 'at most 5%' }, [{ key: 'support-emea', count: 100, met: 4, value: 0.04 }], { metric: 'reopen_rate' });
    expect(teamSlice(reopen, 'support-emea', SETTINGS)).toMatchObject({ status: 'at-risk', budgetRemaining: 0.2 });
  });

  it('NPS on the score scale: +40 from 20 answers against a goal of 30', () => {
    // Σanswer = 8, Σx = (8 + 20) / 2 = 14, used 6; τ = 0.65, allowed 7: remaining 1 − 6/7 = 0.143 → at risk.
    const nps = result('nps', { direction: 'min', value: 30, text: 'at least 30' }, [{ key: 'support-emea', count: 20, met: 10, value: 40 }], { metric: 'nps' });
    expect(teamSlice(nps, 'support-emea', SETTINGS)).toMatchObject({ status: 'at-risk', budgetRemaining: 0.143 });
  });

  it('the worst of some statuses', () => {
    expect(worstStatus(['met', 'no-data', 'at-risk'])).toBe('at-risk');
    expect(worstStatus(['met', 'breached'])).toBe('breached');
    expect(worstStatus([])).toBeNull();
  });
});

describe('every team that owns a standard or is measured by one', () => {
  it('lists owners and measured teams, worst own slice first, then owners without tickets of their own', () => {
    const m = model({
      standards: [],
      pipeline: pipeline({}, { minimumSample: 10 }),
      teams: [
        { id: 'support-emea', name: 'Support EMEA', description: null, calendar: null, githubTeam: null, leads: [], members: ['a'], origin: { file: 'x' } },
        { id: 'support-americas', name: 'Support Americas', description: null, calendar: null, githubTeam: null, leads: [], members: ['b'], origin: { file: 'y' } },
      ],
    });
    const frtDefinition = standard({ id: 'frt', metric: 'first_response_time', owner: 'support-leads' });
    // A standard scoped to support-emea measures it even without a row in its breakdown.
    const scoped = standard({ id: 'scoped', metric: 'first_response_time', owner: 'support-emea', scope: { team: ['support-emea'] } });
    const standings = teamStandings([
      { definition: frtDefinition, result: frt, status: 'met' },
      { definition: scoped, result: result('scoped', NINETY, []), status: 'no-data' },
    ], m);
    expect(standings.map((s) => [s.team, s.worstSlice, s.worstOwned, s.slices.map((x) => `${x.standard}:${x.status}`)])).toEqual([
      ['support-americas', 'breached', null, ['frt:breached']],
      // 10 tickets meet the pipeline's minimum sample of 10 here.
      ['escalations', 'at-risk', null, ['frt:at-risk']],
      ['support-emea', 'met', 'no-data', ['frt:met', 'scoped:no-data']],
      ['tiny', 'no-data', null, ['frt:no-data']],
      ['support-leads', null, 'met', []],
    ]);
  });

  it('names no team whose breakdown key cannot be a Team id (a ticket\'s raw team value): its pages\' paths would break the build', () => {
    const m = model({ standards: [], pipeline: pipeline({}, { minimumSample: 10 }), teams: [] });
    const definition = standard({ id: 'frt', metric: 'first_response_time', owner: 'support-leads' });
    const raw = result('frt', NINETY, [
      { key: 'support-emea', count: 40, met: 38, value: 0.95 },
      { key: 'EMEA/Billing', count: 10, met: 9, value: 0.9 },
      { key: '..', count: 10, met: 9, value: 0.9 },
      { key: 'Tier 1', count: 10, met: 9, value: 0.9 },
      { key: '(none)', count: 10, met: 9, value: 0.9 },
    ]);
    expect(teamStandings([{ definition, result: raw, status: 'met' }], m).map((s) => s.team)).toEqual(['support-emea', 'support-leads']);
  });
});
