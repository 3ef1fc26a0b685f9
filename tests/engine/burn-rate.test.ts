// Burn rate and the day the error budget runs out (scripts/engine/burn-rate.ts), with every number worked out
// by hand in the comments: first on hand-made series, then through the engine on tickets.
import { describe, expect, it } from 'vitest';
import { burnRates } from '../../scripts/engine/burn-rate.ts';
import { evaluateStandards, type StandardReport } from '../../scripts/engine/evaluate.ts';
import { createReportValidator } from '../../scripts/publish/report-writer.ts';
import type { SeriesDay } from '../../scripts/model/documents.generated.ts';
import type { WindowSpec } from '../../scripts/model/model.ts';
import { clocksFor, model, standard, ticket } from './engine-fixtures.ts';

const NOW = new Date('2026-11-20T12:00:00Z');
const ROLLING: WindowSpec = { kind: 'rolling', days: 30, text: '30d' };

function day(date: string, count: number, met: number, version?: string | null): SeriesDay {
  const d: SeriesDay = { date, count, met, value: count === 0 ? null : met / count, windowValue: null };
  if (version !== undefined) d.version = version;
  return d;
}

/** A report entry with only what the burn reads: metric, goal, budget, series and versions. */
function result(overrides: Partial<StandardReport>): StandardReport {
  return {
    id: 's', title: 'S', metric: 'first_response_time', dimension: 'responsiveness', owner: 'team', status: 'met',
    window: { spec: '30d', from: '2026-10-21T12:00:00.000Z', to: NOW.toISOString() },
    count: 0, met: 0, pending: 0, value: null,
    goal: { direction: 'min', value: 0.8, thresholdMinutes: 60, text: '80% within 1h' },
    errorBudget: { allowed: 20, used: 12, remaining: 0.4 },
    excluded: [], series: [], breakdown: { priority: [], channel: [], team: [] }, worst: [], statement: '',
    ...overrides,
  };
}

// Goal 80%: each ticket allows 0.2 of a miss.
// Nov 19 (yesterday): 10 tickets, 6 met → used 4, allowed 2 → rate 2.
// Nov 13–18: 6 days of 10 tickets, 9 met → each used 1, allowed 2.
// Nov 20 (today, under way): 10 tickets, none met: not in any span.
const week = [
  day('2026-11-12', 10, 0),
  ...['13', '14', '15', '16', '17', '18'].map((d) => day(`2026-11-${d}`, 10, 9)),
  day('2026-11-19', 10, 6),
  day('2026-11-20', 10, 0),
];

describe('burn rate over the last full day and the last 7 full days', () => {
  it('is used / allowed over whole days before today, and the budget runs out at the short rate', () => {
    const burn = burnRates(result({ series: week }), ROLLING, 'UTC', NOW)!;
    // Short: rate 2. Budget left 20 − 12 = 8 misses; each day at rate 2 uses (2 − 1) × 2 = 2 more than it
    // brings: 8 / 2 = 4 days → 24 Nov 12:00 UTC.
    expect(burn.spans[0]).toEqual({ days: 1, from: '2026-11-19', to: '2026-11-19', count: 10, used: 4, allowed: 2, rate: 2, runsOut: '2026-11-24', daysLeft: 4 });
    // Long: Nov 13–19: used 6 × 1 + 4 = 10, allowed 7 × 2 = 14 → 10 / 14 = 0.7143: the budget does not run out.
    expect(burn.spans[1]).toEqual({ days: 7, from: '2026-11-13', to: '2026-11-19', count: 70, used: 10, allowed: 14, rate: 0.7143, runsOut: null, daysLeft: null });
  });

  it('a maximum goal (reopen rate at most 5%) uses what happened: 3 reopened of 20 is rate 3', () => {
    // Allowed 0.05 × 20 = 1, used 3 → rate 3. Left 4 − 1 = 3; per day (3 − 1) × 1 = 2 → 1.5 days → 22 Nov 00:00.
    const burn = burnRates(result({
      metric: 'reopen_rate', goal: { direction: 'max', value: 0.05, text: 'at most 5%' },
      errorBudget: { allowed: 4, used: 1, remaining: 0.75 },
      series: [day('2026-11-19', 20, 3)],
    }), ROLLING, 'UTC', NOW)!;
    expect(burn.spans[0]).toEqual({ days: 1, from: '2026-11-19', to: '2026-11-19', count: 20, used: 3, allowed: 1, rate: 3, runsOut: '2026-11-22', daysLeft: 1.5 });
    // With one day of series, the 7-day span is that day: it says so in `from`.
    expect(burn.spans[1]).toMatchObject({ days: 7, from: '2026-11-19', rate: 3 });
  });

  it('NPS burns on the score scale: 10 answers scoring +10 against a goal of 30', () => {
    // NPS 10 of 10 answers: Σanswer = 1, Σx = (1 + 10) / 2 = 5.5. τ = (30 / 100 + 1) / 2 = 0.65:
    // allowed 0.35 × 10 = 3.5, used 10 − 5.5 = 4.5 → rate 4.5 / 3.5 = 1.2857.
    const burn = burnRates(result({
      metric: 'nps', goal: { direction: 'min', value: 30, text: 'at least 30' },
      errorBudget: { allowed: 35, used: 30, remaining: 1 / 7 },
      series: [{ date: '2026-11-19', count: 10, met: 3, value: 10, windowValue: null }],
    }), ROLLING, 'UTC', NOW)!;
    // Left 5; per day (9/7 − 1) × 3.5 = 1 → 5 days → 25 Nov.
    expect(burn.spans[0]).toMatchObject({ used: 4.5, allowed: 3.5, rate: 1.2857, runsOut: '2026-11-25', daysLeft: 5 });
  });

  it('a day judged by an earlier version brings that version\'s goal', () => {
    // Nov 18 judged by v1 (90%: 10 tickets allow 1), Nov 19 by v2 (80%: 10 tickets allow 2).
    // Used 2 + 4 = 6, allowed 1 + 2 = 3 → rate 2 over the 7 days (only two days in force: see the next test).
    const burn = burnRates(result({
      versions: [
        { version: 'v1', from: '2026-01-01', goal: { direction: 'min', value: 0.9, thresholdMinutes: 60, text: '90% within 1h' } },
        { version: 'v2', from: '2026-11-19', goal: { direction: 'min', value: 0.8, thresholdMinutes: 60, text: '80% within 1h' } },
      ],
      series: [day('2026-11-18', 10, 8, 'v1'), day('2026-11-19', 10, 6, 'v2')],
    }), ROLLING, 'UTC', NOW)!;
    expect(burn.spans[1]).toMatchObject({ from: '2026-11-18', used: 6, allowed: 3, rate: 2 });
  });

  it('days before the standard took effect do not dilute the daily pace', () => {
    // Only Nov 19 is in force: rate 2, allowance 2 a day (not 2 / 7): 8 left / 2 = 4 days, as in the first test.
    const series = [day('2026-11-13', 0, 0, null), day('2026-11-16', 0, 0, null), day('2026-11-19', 10, 6, 'v1')];
    const burn = burnRates(result({ series, versions: [{ version: 'v1', from: '2026-11-19', goal: { direction: 'min', value: 0.8, text: '80%' } }] }), ROLLING, 'UTC', NOW)!;
    expect(burn.spans[1]).toMatchObject({ count: 10, rate: 2, runsOut: '2026-11-24', daysLeft: 4 });
  });

  it('a budget already spent does not "run out" again, however fast it burns', () => {
    const burn = burnRates(result({ errorBudget: { allowed: 20, used: 25, remaining: -0.25 }, series: week }), ROLLING, 'UTC', NOW)!;
    expect(burn.spans[0]).toMatchObject({ rate: 2, runsOut: null, daysLeft: null });
  });

  it('a calendar window starts a new budget before a date after its month ends', () => {
    const month: WindowSpec = { kind: 'calendar', unit: 'month', text: 'month' };
    // Left 8 at 2 a day: 4 days → 24 Nov, inside November.
    expect(burnRates(result({ series: week }), month, 'UTC', NOW)!.spans[0]!.runsOut).toBe('2026-11-24');
    // Left 30 at 2 a day: 15 days → 5 Dec, after November ends: the budget starts again on 1 Dec.
    expect(burnRates(result({ series: week, errorBudget: { allowed: 42, used: 12, remaining: 30 / 42 } }), month, 'UTC', NOW)!.spans[0]).toMatchObject({ rate: 2, runsOut: null, daysLeft: null });
    // The same on a rolling window runs out on 5 Dec.
    expect(burnRates(result({ series: week, errorBudget: { allowed: 42, used: 12, remaining: 30 / 42 } }), ROLLING, 'UTC', NOW)!.spans[0]!.runsOut).toBe('2026-12-05');
  });

  it('spans are local days of the standard\'s zone: at 03:00 UTC it is still the 19th in New York', () => {
    const burn = burnRates(result({ series: week.slice(0, -1) }), ROLLING, 'America/New_York', new Date('2026-11-20T03:00:00Z'))!;
    // Yesterday in New York is the 18th (10 tickets, 9 met: rate 0.5); the 7 days are Nov 12–18.
    expect(burn.spans[0]).toMatchObject({ from: '2026-11-18', to: '2026-11-18', rate: 0.5 });
    expect(burn.spans[1]).toMatchObject({ from: '2026-11-12', to: '2026-11-18', count: 70, used: 16, allowed: 14 });
  });

  it('has no rate without measurements or without any allowance, and no burn without a budget or for the backlog', () => {
    expect(burnRates(result({ series: [day('2026-11-19', 0, 0)] }), ROLLING, 'UTC', NOW)!.spans[0]).toMatchObject({ count: 0, rate: null, runsOut: null });
    const strict = result({ goal: { direction: 'min', value: 1, thresholdMinutes: 60, text: '100% within 1h' }, series: [day('2026-11-19', 10, 9)] });
    expect(burnRates(strict, ROLLING, 'UTC', NOW)!.spans[0]).toMatchObject({ used: 1, allowed: 0, rate: null });
    expect(burnRates(result({ errorBudget: null, series: week }), ROLLING, 'UTC', NOW)).toBeNull();
    expect(burnRates(result({ metric: 'backlog_age', series: week }), ROLLING, 'UTC', NOW)).toBeNull();
    expect(burnRates(result({ series: [day('2026-11-20', 10, 0)] }), ROLLING, 'UTC', NOW)).toEqual({ spans: [] });
  });
});

describe('the engine reports the burn of every standard', () => {
  it('works out the burn from tickets: two of five missed yesterday, 20 tickets in the window', async () => {
    const frt = standard({ id: 'first-response', metric: 'first_response_time' }); // 1h, 80%, 30d, 24/7
    const reply = (id: string, created: string, minutes: number) => ticket({
      id, created, replies: [[new Date(Date.parse(created) + minutes * 60_000).toISOString(), 'agent']],
      changes: [[new Date(Date.parse(created) + (minutes + 5) * 60_000).toISOString(), 'solved']],
    });
    const tickets = [
      // Nov 10: 10 met (in the window, before the 7 days).
      ...Array.from({ length: 10 }, (_, i) => reply(`a${i}`, `2026-11-10T09:${String(i).padStart(2, '0')}:00Z`, 20)),
      // Nov 14: 5 met.
      ...Array.from({ length: 5 }, (_, i) => reply(`b${i}`, `2026-11-14T09:${String(i).padStart(2, '0')}:00Z`, 20)),
      // Nov 19: 3 met, 2 missed (2 hours).
      ...Array.from({ length: 3 }, (_, i) => reply(`c${i}`, `2026-11-19T09:${String(i).padStart(2, '0')}:00Z`, 20)),
      ...Array.from({ length: 2 }, (_, i) => reply(`d${i}`, `2026-11-19T10:${String(i).padStart(2, '0')}:00Z`, 120)),
    ];
    const report = await evaluateStandards({ model: model({ standards: [frt] }), tickets, now: NOW, clockFor: clocksFor() });
    const s = report.standards[0]!;
    // Window: 20 tickets allow 4, 2 missed: left 2.
    expect(s.errorBudget).toEqual({ allowed: 4, used: 2, remaining: 0.5 });
    // Yesterday: 5 tickets allow 1, 2 missed → rate 2; each day uses 1 more than it brings: 2 days → 22 Nov.
    // The 7 days (Nov 13–19; the 10-day series starts Nov 11): 10 tickets allow 2, 2 missed → rate 1: it lasts.
    expect(s.burn).toEqual({
      spans: [
        { days: 1, from: '2026-11-19', to: '2026-11-19', count: 5, used: 2, allowed: 1, rate: 2, runsOut: '2026-11-22', daysLeft: 2 },
        { days: 7, from: '2026-11-13', to: '2026-11-19', count: 10, used: 2, allowed: 2, rate: 1, runsOut: null, daysLeft: null },
      ],
    });
    expect(createReportValidator()(report)).toEqual([]);
  });
});
