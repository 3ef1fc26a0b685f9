import { describe, expect, it } from 'vitest';
import { budgetInWords, countsOf, statementWithoutBudget } from '../../scripts/publish/site-explain.ts';
import { burnDown, directionOverWeek, measuredTeams, spellWords, standardNights, statusSince, statusStrip, stripSummary } from '../../scripts/publish/site-status.ts';
import { dayText } from '../../scripts/actions/issue-body.ts';
import { standard } from '../engine/engine-fixtures.ts';
import type { ReportStandard } from '../../scripts/publish/site-data.ts';
import { urgentResult } from '../actions/action-fixtures.ts';

const day = (date: string, count: number, met: number, windowValue: number | null) => ({ date, count, met, value: count ? met / count : null, windowValue });

describe('plain words for a result', () => {
  it('counts add up: met + missed + open and late = counted; open within the goal apart', () => {
    expect(countsOf(urgentResult('breached', { count: 400, met: 355, inFlight: 3, pending: 4 }))).toEqual({ counted: 400, met: 355, missedClosed: 42, openAndLate: 3, openWithinGoal: 4 });
  });

  it.each([
    [{ count: 400, met: 355, inFlight: 3, pending: 0 }, '45 tickets of 400 missed the 1h goal (3 are still open); the objective allows 20 in this window: 25 more than allowed, so the standard is breached.'],
    [{ count: 400, met: 380, inFlight: 0, pending: 0 }, '20 tickets of 400 missed the 1h goal; the objective allows 20 in this window: one more and the standard is breached.'],
    [{ count: 400, met: 390, inFlight: 1, pending: 0 }, '10 tickets of 400 missed the 1h goal (1 is still open); the objective allows 20 in this window: 10 more can miss before the standard is breached.'],
  ])('duration standard %o', (counts, words) => {
    expect(budgetInWords('first_response_time', urgentResult('met', counts))).toBe(words);
  });

  it('rate standards name what missed; scores and no data have no count to give', () => {
    const reopen = { ...urgentResult('breached', { count: 2186, met: 168, inFlight: 0, pending: 0 }), errorBudget: { allowed: 109.3, used: 168, remaining: -0.537 } };
    expect(budgetInWords('reopen_rate', reopen)).toBe('168 of 2,186 tickets were reopened; the target allows 109 in this window: 59 more than allowed, so the standard is breached.');
    expect(budgetInWords('nps', reopen)).toBeNull();
    expect(budgetInWords('first_response_time', { ...reopen, errorBudget: null })).toBeNull();
  });

  it('drops the budget clause from the statement', () => {
    expect(statementWithoutBudget('65.9% of 220 chat tickets got a first reply within 2m; objective 85%; breached; error budget overspent by 127%.')).toBe('65.9% of 220 chat tickets got a first reply within 2m; objective 85%; breached.');
    expect(statementWithoutBudget('95.8% of 412 urgent tickets got a first reply within 1h; objective 95%; met; 16% of the error budget left.')).toBe('95.8% of 412 urgent tickets got a first reply within 1h; objective 95%; met.');
  });
});

describe('status over time', () => {
  const result = (windowValues: [string, number | null][], direction: 'min' | 'max' = 'min'): ReportStandard => ({
    ...urgentResult('met', { count: 10, met: 9, inFlight: 0, pending: 0 }),
    goal: { direction, value: 0.9, text: '' },
    series: windowValues.map(([date, v]) => day(date, 10, 9, v)),
  });

  it('judges the direction against 7 days ago by the goal direction, ignoring noise under half a point', () => {
    const values: [string, number | null][] = [['2026-11-01', 0.9], ['2026-11-05', 0.91], ['2026-11-08', 0.93]];
    expect(directionOverWeek(result(values))).toEqual({ direction: 'better', now: 0.93, before: 0.9, beforeDate: '2026-11-01' });
    expect(directionOverWeek(result(values, 'max'))?.direction).toBe('worse');
    expect(directionOverWeek(result([['2026-11-01', 0.9], ['2026-11-08', 0.904]]))?.direction).toBe('unchanged');
    expect(directionOverWeek(result([['2026-11-02', 0.9], ['2026-11-08', 0.95]]))).toBeNull();
  });

  it('burns the budget down day by day over the window and names the day it ran out (below zero, not at zero)', () => {
    const r: ReportStandard = {
      ...urgentResult('breached', { count: 40, met: 30, inFlight: 0, pending: 0 }),
      window: { spec: '3d', from: '2026-11-04T06:00:00Z', to: '2026-11-06T06:00:00Z' },
      errorBudget: { allowed: 5, used: 10, remaining: -1 },
      series: [day('2026-11-03', 10, 0, null), day('2026-11-04', 10, 8, null), day('2026-11-05', 10, 7, null), day('2026-11-06', 10, 5, null)],
    };
    expect(burnDown('first_response_time', r)).toEqual({ allowed: 5, ranOut: '2026-11-06', days: [
      { date: '2026-11-04', used: 2, left: 3 }, { date: '2026-11-05', used: 5, left: 0 }, { date: '2026-11-06', used: 10, left: -5 },
    ] });
    expect(burnDown('qa_score', r)).toBeNull();
    // The first day starts before the window opens: its surplus over the report's misses is taken off it.
    expect(burnDown('first_response_time', { ...r, errorBudget: { allowed: 5, used: 9, remaining: -0.8 } })?.days.map((d) => d.used)).toEqual([1, 4, 9]);
  });

  it('makes a strip of nights ending on the report\'s day: the log, nights without a run, and history before the log', () => {
    // Version A (goal 90%) in force; a 2-day window; each series day counted 10 tickets.
    const r: ReportStandard = {
      ...urgentResult('breached', { count: 40, met: 34, inFlight: 0, pending: 0 }),
      goal: { direction: 'min', value: 0.9, thresholdMinutes: 60, text: '90% within 1h' },
      versions: [{ version: '2026-10-01 (aaaaaaa)', from: '2026-10-01', goal: { direction: 'min', value: 0.9, thresholdMinutes: 60, text: '90% within 1h' } }],
      series: [['2026-11-01', 0.95], ['2026-11-02', 0.85], ['2026-11-03', 0.8], ['2026-11-04', 0.88], ['2026-11-05', 0.86], ['2026-11-06', 0.87], ['2026-11-07', 0.85], ['2026-11-08', 0.85]]
        .map(([date, v]) => day(date as string, 10, 8, v as number)),
    };
    const definition = standard({ id: 'first-response-urgent', metric: 'first_response_time', window: { kind: 'rolling', days: 2, text: '2d' } });
    // The log began on 5 Nov; no run on 6 Nov; tonight (8 Nov) has no line yet (the report says breached); a line
    // dated after the report's day (a later run whose report is not this one) is left out.
    const log = [
      { date: '2026-11-05', standard: 'first-response-urgent', status: 'breached' as const, value: 0.86, version: null },
      { date: '2026-11-07', standard: 'first-response-urgent', status: 'breached' as const, value: 0.85, version: null },
      { date: '2026-11-09', standard: 'first-response-urgent', status: 'met' as const, value: 0.95, version: null },
    ];
    const nights = standardNights(log, definition, r, { minimumSample: 1, atRiskBudget: 0.25 }, '2026-11-08');
    const strip = statusStrip(nights, '2026-11-08', 10);
    expect(strip.map((d) => [d.date.slice(5), d.status, d.source])).toEqual([
      ['10-30', null, 'unknown'], ['10-31', null, 'unknown'],
      // 95% against 90%: 5% of 10% used, met; 85%, 80%, 88%: breached.
      ['11-01', 'met', 'history'], ['11-02', 'breached', 'history'], ['11-03', 'breached', 'history'], ['11-04', 'breached', 'history'],
      ['11-05', 'breached', 'log'], ['11-06', null, 'no-run'], ['11-07', 'breached', 'log'], ['11-08', 'breached', 'log'],
    ]);
    expect(stripSummary(strip, dayText)).toBe('Status on each of the last 10 nights, 30 Oct 2026 to 8 Nov 2026: 6 breached, 1 met; 4 of them computed from the daily series, before the status log began on 5 Nov 2026; 1 without a run; 2 without a record.');
    const spell = statusSince(nights)!;
    expect(spell).toEqual({ status: 'breached', since: '2026-11-02', nights: 7, withoutRun: 1, atLeast: false, historyUntil: '2026-11-05' });
    expect(spellWords(spell, dayText)).toBe('Breached since 2 Nov 2026 (7 nights, 1 of them without a run; computed from the daily series up to 4 Nov 2026)');
    // Without a status log at all: tonight from the report, every night before it from history.
    const fromHistory = statusSince(standardNights([], definition, r, { minimumSample: 1, atRiskBudget: 0.25 }, '2026-11-08'))!;
    expect(spellWords(fromHistory, dayText)).toBe('Breached since 2 Nov 2026 (7 nights; computed from the daily series up to 7 Nov 2026)');
  });

  it('measured teams come from the scope, else from the teams counted in the report', () => {
    const r = { ...urgentResult('met', { count: 10, met: 9, inFlight: 0, pending: 0 }), breakdown: { priority: [], channel: [], team: [{ key: 'support-emea', count: 5, met: 5, value: 1 }, { key: 'escalations', count: 0, met: 0, value: null }] } };
    expect(measuredTeams({ scope: { team: ['support-americas'] } }, r)).toEqual(['support-americas']);
    expect(measuredTeams({ scope: {} }, r)).toEqual(['support-emea']);
  });
});
