// A past day's status from its window value, against the goal of the version then in force: the values
// below are worked out by hand with the error-budget rule (evaluate.ts's header), per measurement.

import { describe, expect, it } from 'vitest';
import { statusFromSeries, statusOfValue, versionOn } from '../../scripts/engine/window-status.ts';

const minGoal = (value: number) => ({ direction: 'min' as const, value });
const maxGoal = (value: number) => ({ direction: 'max' as const, value });

describe('the status a window value gives', () => {
  it.each([
    // 95% within the threshold: 5% of the measurements may miss.
    ['first_response_time', 0.94, minGoal(0.95), 'breached'], // uses 6% > 5%
    ['first_response_time', 0.96, minGoal(0.95), 'at-risk'], // uses 4% of 5%: 20% left, under 25%
    ['first_response_time', 0.99, minGoal(0.95), 'met'], // uses 1% of 5%: 80% left
    // At most 5% reopened.
    ['reopen_rate', 0.06, maxGoal(0.05), 'breached'],
    ['reopen_rate', 0.04, maxGoal(0.05), 'at-risk'], // 1 − 4/5 = 20% left
    ['reopen_rate', 0.02, maxGoal(0.05), 'met'], // 60% left
    // NPS at least 30: scores (NPS/100 + 1)/2, so the goal is 0.65 and 35% may fall short.
    ['nps', 40, minGoal(30), 'at-risk'], // score 0.7 uses 0.3 of 0.35: 1 − 6/7 = 14% left
    ['nps', 60, minGoal(30), 'met'], // score 0.8 uses 0.2: 43% left
    ['nps', 20, minGoal(30), 'breached'], // score 0.6 uses 0.4 > 0.35
    // A 100% objective allows nothing: every miss breaches it.
    ['first_response_time', 1, minGoal(1), 'met'],
    ['first_response_time', 0.99, minGoal(1), 'breached'],
  ] as const)('%s %s against %o: %s', (metric, value, goal, status) => {
    expect(statusOfValue(metric, value, goal, 0.25)).toBe(status);
  });
});

describe('a day of the series', () => {
  const versionA = { version: '2026-11-01 (aaaaaaa)', from: '2026-11-01', goal: { direction: 'min' as const, value: 0.9, text: '90% within 1h' } };
  const versionB = { version: '2026-11-05 (bbbbbbb)', from: '2026-11-05', goal: { direction: 'min' as const, value: 0.95, text: '95% within 1h' } };
  const day = (date: string, count: number, windowValue: number | null) => ({ date, count, met: 0, value: null, windowValue });
  const result = {
    metric: 'first_response_time',
    goal: versionB.goal,
    versions: [versionA, versionB],
    series: [
      day('2026-10-31', 5, 0.9), day('2026-11-01', 4, 0.95), day('2026-11-02', 3, 0.8), day('2026-11-03', 0, 0.92),
      day('2026-11-04', 10, 0.93), day('2026-11-05', 10, 0.93), day('2026-11-06', 10, 0.96), day('2026-11-07', 10, null),
    ],
  };
  const settings = { window: { kind: 'rolling' as const, days: 3, text: '3d' }, minimumSample: 10, atRiskBudget: 0.25 };

  it('judges each day by the version then in force, with the minimum sample over the window', () => {
    expect(result.series.map((_, i) => statusFromSeries(result, i, settings))).toEqual([
      null, // 31 Oct: before the first version took effect
      null, // 1 Nov: the window reaches 30 Oct, before the series: 9 tickets known, maybe more
      'breached', // 2 Nov: 5 + 4 + 3 = 12 tickets; 80% against version A's 90%
      'no-data', // 3 Nov: 4 + 3 + 0 = 7 tickets, under the minimum sample of 10
      'met', // 4 Nov: 13 tickets; 93% against 90%: 3% of 10% used, 70% left
      'breached', // 5 Nov: version B's 95%; 93% misses it
      'at-risk', // 6 Nov: 96% against 95%: 4% of 5% used, 20% left
      'no-data', // 7 Nov: no window value
    ]);
  });

  it('counts a calendar window from the first of its month or quarter', () => {
    const monthly = { ...result, series: [day('2026-11-29', 30, 0.97), day('2026-11-30', 30, 0.97), day('2026-12-01', 30, 0.97), day('2026-12-02', 5, 0.97)] };
    const month = { window: { kind: 'calendar' as const, unit: 'month' as const, text: 'month' }, minimumSample: 40, atRiskBudget: 0.25 };
    // 29–30 Nov: the month began before the series (60 known, enough); 1 Dec: 30 of 40; 2 Dec: 35 of 40, the month complete.
    expect(monthly.series.map((_, i) => statusFromSeries(monthly, i, month))).toEqual([null, 'met', 'no-data', 'no-data']);
    const quarter = { ...month, window: { kind: 'calendar' as const, unit: 'quarter' as const, text: 'quarter' }, minimumSample: 10 };
    // The quarter began on 1 Oct, before the series: 30 known on 29 Nov is enough; on 2 Dec, 95 known.
    expect(monthly.series.map((_, i) => statusFromSeries(monthly, i, quarter))).toEqual(['met', 'met', 'met', 'met']);
  });

  it('takes the backlog\'s own snapshot as its window, and the current goal for a report without versions', () => {
    const backlog = { metric: 'backlog_age', goal: { ...minGoal(0.9), text: '90% of the backlog at most 3d' }, series: [day('2026-11-01', 9, 0.8), day('2026-11-02', 12, 0.8)] };
    expect(backlog.series.map((_, i) => statusFromSeries(backlog, i, settings))).toEqual(['no-data', 'breached']);
  });

  it('judges a window that spans versions as the evaluation does: each day by its own version\'s goal, allowances summed', () => {
    // 95% within 1h until 22 Nov; 97% within 45m from 23 Nov (the tightening of first-response-urgent).
    const loose = { version: '2026-01-01 (aaaaaaa)', from: '2026-01-01', goal: { direction: 'min' as const, value: 0.95, thresholdMinutes: 60, text: '95% within 1h' } };
    const tight = { version: '2026-11-23 (bbbbbbb)', from: '2026-11-23', goal: { direction: 'min' as const, value: 0.97, thresholdMinutes: 45, text: '97% within 45m' } };
    const both = [loose.version, tight.version];
    const spanning = {
      metric: 'first_response_time',
      goal: tight.goal,
      versions: [loose, tight],
      series: [
        { date: '2026-11-21', count: 20, met: 19, value: 0.95, windowValue: 0.95, version: loose.version },
        { date: '2026-11-22', count: 20, met: 20, value: 1, windowValue: 0.975, version: loose.version },
        { date: '2026-11-23', count: 0, met: 0, value: null, windowValue: 0.975, version: tight.version, windowVersions: both },
        { date: '2026-11-24', count: 10, met: 9, value: 0.9, windowValue: 29 / 30, version: tight.version, windowVersions: both },
      ],
    };
    expect(spanning.series.map((_, i) => statusFromSeries(spanning, i, settings))).toEqual([
      'at-risk', // 21 Nov (window from 19 Nov, before the series; 20 known): 95% against 95%: 5% of 5% used, nothing left
      'met', // 22 Nov: 39 of 40, 97.5% against 95%: 2.5% of 5% used, 50% left
      // 23 Nov: 21–23 Nov; every ticket was judged at 95%: allowed 5% of 40 = 2, used 1, 50% left. On main: 97.5%
      // against the 97% of 23 Nov's version, 2.5% of 3% used, 17% left: at risk.
      'met',
      // 24 Nov: 22–24 Nov; allowed 5% of 20 (22 Nov) + 3% of 10 (24 Nov) = 1.3, used 0 + 1: 1 − 1/1.3 = 23% left,
      // under 25%: at risk. On main: 96.7% against 97%: breached.
      'at-risk',
    ]);
    // A window that spans goals but begins before the series cannot be split by version: nothing known.
    const late = { ...spanning, series: spanning.series.slice(2).map((d) => ({ ...d, count: 20, met: 20, value: 1, windowValue: 1 })) };
    expect(statusFromSeries(late, 0, settings)).toBeNull();
  });

  it('finds the version in force on a day', () => {
    expect([versionOn(result, '2026-10-31'), versionOn(result, '2026-11-04')?.version, versionOn(result, '2026-11-05')?.version]).toEqual([null, '2026-11-01 (aaaaaaa)', '2026-11-05 (bbbbbbb)']);
  });
});
