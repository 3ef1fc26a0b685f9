import { describe, expect, it } from 'vitest';
import { createEvaluation, evaluateStandards, type StandardReport } from '../../scripts/engine/evaluate.ts';
import { errorBudget } from '../../scripts/engine/standard-report.ts';
import { REJECTION } from '../../scripts/engine/ticket-checks.ts';
import { createReportValidator } from '../../scripts/publish/report-writer.ts';
import type { StandardDefinition, StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { calendar, clocksFor, model, officeClock, pipeline, scorecard, standard, ticket } from './engine-fixtures.ts';

const NOW = new Date('2026-11-20T12:00:00Z'); // a Friday

const frt = standard({ id: 'first-response', metric: 'first_response_time' }); // 1h, 80%, 30d, 24/7

/** First-response tickets whose numbers are worked out in the test names and comments below. */
const frtTickets: Ticket[] = [
  // A: 30 min, met, on Nov 19.
  ticket({ id: 'A', created: '2026-11-19T10:00:00Z', priority: 'urgent', team: 'support-emea', replies: [['2026-11-19T10:30:00Z', 'agent']], changes: [['2026-11-19T10:35:00Z', 'solved']] }),
  // B: 120 min, missed, on Nov 19.
  ticket({ id: 'B', created: '2026-11-19T10:00:00Z', priority: 'high', channel: 'chat', team: 'support-americas', replies: [['2026-11-19T12:00:00Z', 'agent']], changes: [['2026-11-19T12:05:00Z', 'solved']] }),
  // C: open for 30 min: pending.
  ticket({ id: 'C', created: '2026-11-20T11:30:00Z' }),
  // D: open for 150 min: an in-flight miss from 10:30 on Nov 20.
  ticket({ id: 'D', created: '2026-11-20T09:30:00Z', priority: 'urgent' }),
  // E: long before the window and the counters.
  ticket({ id: 'E', created: '2026-10-01T10:00:00Z', replies: [['2026-10-01T10:10:00Z', 'agent']], changes: [['2026-10-01T10:15:00Z', 'solved']] }),
  // F: 20 min, met, Nov 10 (in the window, before the 10-day series).
  ticket({ id: 'F', created: '2026-11-10T09:00:00Z', replies: [['2026-11-10T09:20:00Z', 'agent']], changes: [['2026-11-10T09:25:00Z', 'solved']] }),
  // G: completes at 11:59 on Oct 21, one minute before the rolling window opens (Oct 21 12:00).
  ticket({ id: 'G', created: '2026-10-21T11:00:00Z', replies: [['2026-10-21T11:59:00Z', 'agent']], changes: [['2026-10-21T12:04:00Z', 'solved']] }),
  // H: completes at 12:30 on Oct 21, inside the window.
  ticket({ id: 'H', created: '2026-10-21T12:00:00Z', replies: [['2026-10-21T12:30:00Z', 'agent']], changes: [['2026-10-21T12:35:00Z', 'solved']] }),
];

async function evaluate(m: StandardsModel, tickets: Iterable<unknown> | AsyncIterable<unknown>, now = NOW, clockFor = clocksFor()) {
  return evaluateStandards({ model: m, tickets, now, clockFor });
}

async function only(m: StandardsModel, tickets: Iterable<unknown>, now = NOW, clockFor = clocksFor()): Promise<StandardReport> {
  const report = await evaluate(m, tickets, now, clockFor);
  expect(report.standards).toHaveLength(1);
  return report.standards[0]!;
}

function day(s: StandardReport, date: string) {
  return s.series.find((d) => d.date === date);
}

describe('a duration standard over a rolling window', () => {
  it('counts completed, in-flight and pending tickets by hand', async () => {
    const s = await only(model({ standards: [frt] }), frtTickets);
    // Window (Oct 21 12:00, Nov 20 12:00]: A met, B missed, D in flight, F met, H met. C pending, E and G outside.
    expect(s).toMatchObject({ count: 5, met: 3, inFlight: 1, pending: 1, value: 0.6, status: 'breached' });
    expect(s.window).toEqual({ spec: '30d', from: '2026-10-21T12:00:00.000Z', to: '2026-11-20T12:00:00.000Z', versions: ['2026-01-01'] });
    // Allowed misses 20% of 5 = 1; used 2; remaining 1 − 2/1 = −1.
    expect(s.errorBudget).toEqual({ allowed: 1, used: 2, remaining: -1 });
    expect(s.goal).toEqual({ direction: 'min', value: 0.8, thresholdMinutes: 60, text: '80% within 1h' });
    expect(s.statement).toBe(
      '60% of 5 tickets got a first reply within 1h over the last 30 days; objective 80%; breached; error budget overspent by 100%.',
    );
  });

  it('builds the daily series and each day’s window value from day counters', async () => {
    const s = await only(model({ standards: [frt] }), frtTickets);
    expect(s.series.map((d) => d.date)).toEqual([
      '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15',
      '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20',
    ]);
    // Nov 11's window is Oct 13 – Nov 11: G, H and F, all met.
    expect(day(s, '2026-11-11')).toEqual({ date: '2026-11-11', count: 0, met: 0, value: null, windowValue: 1, version: '2026-01-01' });
    // Nov 19's window is Oct 21 – Nov 19: G, H, F, A met; B missed.
    expect(day(s, '2026-11-19')).toEqual({ date: '2026-11-19', count: 2, met: 1, value: 0.5, windowValue: 0.8, version: '2026-01-01' });
    // Nov 20's window is Oct 22 – Nov 20 (whole local days): F, A met; B, D missed.
    expect(day(s, '2026-11-20')).toEqual({ date: '2026-11-20', count: 1, met: 0, value: 0, windowValue: 0.5, version: '2026-01-01' });
  });

  it('breaks the window down by priority, channel and team', async () => {
    const s = await only(model({ standards: [frt] }), frtTickets);
    expect(s.breakdown).toEqual({
      priority: [
        { key: 'normal', count: 2, met: 2, value: 1 },
        { key: 'high', count: 1, met: 0, value: 0 },
        { key: 'urgent', count: 2, met: 1, value: 0.5 },
      ],
      channel: [
        { key: 'email', count: 4, met: 3, value: 0.75 },
        { key: 'chat', count: 1, met: 0, value: 0 },
      ],
      team: [
        { key: '(none)', count: 3, met: 2, value: 2 / 3 },
        { key: 'support-americas', count: 1, met: 0, value: 0 },
        { key: 'support-emea', count: 1, met: 1, value: 1 },
      ],
    });
  });

  it('lists the worst tickets, in-flight included, longest first, ties by id', async () => {
    const s = await only(model({ standards: [frt] }), frtTickets);
    // D 150 (in flight), B 120, then A and H tie at 30: A first by id; only 3 kept.
    expect(s.worst).toEqual([
      { id: 'D', created: '2026-11-20T09:30:00.000Z', priority: 'urgent', channel: 'email', team: null, minutes: 150, inFlight: true, version: '2026-01-01' },
      { id: 'B', created: '2026-11-19T10:00:00.000Z', priority: 'high', channel: 'chat', team: 'support-americas', minutes: 120, inFlight: false, version: '2026-01-01' },
      { id: 'A', created: '2026-11-19T10:00:00.000Z', priority: 'urgent', channel: 'email', team: 'support-emea', minutes: 30, inFlight: false, version: '2026-01-01' },
    ]);
  });

  it('a ticket exactly on its threshold is pending, not breached', async () => {
    const s = await only(model({ standards: [frt] }), [ticket({ id: 'X', created: '2026-11-20T11:00:00Z' })]);
    expect(s).toMatchObject({ count: 0, pending: 1, inFlight: 0, status: 'no-data', value: null, errorBudget: null });
  });

  it('replays a past now: what happened later does not exist yet', async () => {
    // At Nov 19 11:00, B (created 10:00, answered at 12:00) has been waiting exactly an hour: pending.
    // The window is now (Oct 20 11:00, Nov 19 11:00]: A, F, G and H, all met.
    const s = await only(model({ standards: [frt] }), frtTickets, new Date('2026-11-19T11:00:00Z'));
    expect(s).toMatchObject({ count: 4, met: 4, pending: 1, inFlight: 0 });
    expect(s.series.at(-1)).toMatchObject({ date: '2026-11-19', count: 1 });
  });

  it('measures in the standard’s calendar through the clock it is given, one clock per calendar', async () => {
    const office = officeClock('UTC');
    const clockFor = clocksFor({ office });
    const onOffice = (id: string) => ({ ...frt, id, calendar: 'office' });
    const m = model({ standards: [onOffice('one'), onOffice('two')], calendars: [calendar('office', 'UTC')] });
    // Fri Nov 13 16:30 → Mon Nov 16 09:45: 30 + 45 = 75 business minutes, a miss (wall time: 3 days).
    const report = await evaluate(m, [ticket({ id: 'W', created: '2026-11-13T16:30:00Z', replies: [['2026-11-16T09:45:00Z', 'agent']] })], NOW, clockFor);
    expect(report.standards[0]!.worst[0]).toMatchObject({ id: 'W', minutes: 75, inFlight: false });
    expect(report.standards[0]!.goal.text).toBe('80% within 1h (business hours)');
    expect(clockFor.calls).toEqual(['office']);
  });
});

describe('status and error budget', () => {
  /** n tickets answered on Nov 19, the first `misses` of them after 2 hours, the others after 10 minutes. */
  function answered(n: number, misses: number): Ticket[] {
    return Array.from({ length: n }, (_, i) =>
      ticket({ id: `T${String(i).padStart(2, '0')}`, created: '2026-11-19T08:00:00Z', replies: [[i < misses ? '2026-11-19T10:00:00Z' : '2026-11-19T08:10:00Z', 'agent']] }),
    );
  }
  const ninety = standard({ id: 'ninety', metric: 'first_response_time', objective: 0.9 });
  const hundred = standard({ id: 'hundred', metric: 'first_response_time', objective: 1 });

  it.each([
    // 20 tickets at 90%: 2 misses allowed. 25% at-risk threshold.
    [ninety, 1, 'met', { allowed: 2, used: 1, remaining: 0.5 }],
    [ninety, 2, 'at-risk', { allowed: 2, used: 2, remaining: 0 }],
    [ninety, 3, 'breached', { allowed: 2, used: 3, remaining: -0.5 }],
    // A 100% objective allows nothing: untouched it is whole, one miss spends it (−1 per miss).
    [hundred, 0, 'met', { allowed: 0, used: 0, remaining: 1 }],
    [hundred, 1, 'breached', { allowed: 0, used: 1, remaining: -1 }],
  ] as const)('%# %o with %i misses of 20 is %s', async (std, misses, status, budget) => {
    const s = await only(model({ standards: [std as StandardDefinition] }), answered(20, misses));
    expect(s.status).toBe(status);
    expect(s.errorBudget).toEqual(budget);
  });

  it('an at-risk statement says how little budget is left', async () => {
    const s = await only(model({ standards: [ninety] }), answered(20, 2));
    expect(s.statement).toBe('90% of 20 tickets got a first reply within 1h over the last 30 days; objective 90%; at risk; 0% of the error budget left.');
  });

  it('rates, NPS and scores use the same budget on a 0–1 scale', () => {
    // reopen_rate at most 10%: 2 of 20 reopens allowed, 1 used.
    expect(errorBudget('rate', { direction: 'max', value: 0.1 }, 20, 1)).toEqual({ allowed: 2, used: 1, remaining: 0.5 });
    // csat at least 80%: 2 of 10 bad allowed, 3 used.
    expect(errorBudget('rate', { direction: 'min', value: 0.8 }, 10, 7)).toEqual({ allowed: 2, used: 3, remaining: -0.5 });
    // NPS at least 30 with 5 promoters, 3 passives, 2 detractors (NPS 30): exactly on target.
    // Scores 1, ½, 0: Σx = 6.5; τ = 0.65; allowed 0.35 × 10 = 3.5; used 10 − 6.5 = 3.5.
    expect(errorBudget('nps', { direction: 'min', value: 30 }, 10, 5 - 2)).toEqual({ allowed: 3.5, used: 3.5, remaining: 0 });
    // QA at least 85% over reviews scoring 1, 0.5, 0.9: lost 0.6 of an allowed 0.45 (rounded to 9 decimals).
    expect(errorBudget('qa', { direction: 'min', value: 0.85 }, 3, 2.4)).toEqual({ allowed: 0.45, used: 0.6, remaining: -0.333333333 });
    expect(errorBudget('rate', { direction: 'min', value: 0.8 }, 0, 0)).toBeNull();
  });

  it('fewer measurements than the minimum sample is no-data, whatever the value', async () => {
    const s = await only(model({ standards: [{ ...frt, minimumSample: 6 }] }), frtTickets);
    expect(s).toMatchObject({ status: 'no-data', count: 5, value: 0.6 });
    expect(s.statement).toBe(
      '60% of 5 tickets got a first reply within 1h over the last 30 days; objective 80%; not enough data (fewer than the minimum sample of 6).',
    );
    // The pipeline's default applies when the standard has none.
    const m = model({ standards: [frt], pipeline: pipeline({}, { minimumSample: 5 }) });
    expect((await only(m, frtTickets)).status).toBe('breached');
  });

  it('a scope that matches nothing gives no-data and no budget', async () => {
    const s = await only(model({ standards: [{ ...frt, scope: { team: ['nobody'] } }] }), frtTickets);
    expect(s).toMatchObject({ status: 'no-data', count: 0, met: 0, value: null, errorBudget: null, worst: [] });
    expect(s.series.every((d) => d.count === 0 && d.value === null && d.windowValue === null)).toBe(true);
    expect(s.statement).toBe('No tickets for nobody over the last 30 days; objective 80%; not enough data (fewer than the minimum sample of 1).');
  });

  it('counts the summary', async () => {
    const report = await evaluate(model({ standards: [frt, { ...frt, id: 'none', scope: { tags: ['vip'] } }] }), frtTickets);
    expect(report.summary).toEqual({ met: 0, 'at-risk': 0, breached: 1, 'no-data': 1 });
  });
});

describe('calendar windows', () => {
  const tokyo = calendar('tokyo-hours', 'Asia/Tokyo');
  const rated = (id: string, atIso: string, rating: 'good' | 'bad') =>
    ticket({ id, created: new Date(Date.parse(atIso) - 86_400_000).toISOString().replace('.000', ''), satisfaction: { at: atIso, rating } });
  const ratings = [
    rated('r1', '2026-10-31T16:00:00Z', 'good'), // UTC: Oct 31; Tokyo: Nov 1 01:00
    rated('r2', '2026-11-01T00:00:00Z', 'bad'), // November everywhere
    rated('r3', '2026-09-30T23:00:00Z', 'good'), // UTC: Q3; Tokyo: Oct 1 08:00 (Q4)
    rated('r4', '2026-10-01T00:00:00Z', 'good'), // Q4 everywhere
  ];
  const csatStandard = (id: string, unit: 'month' | 'quarter', cal: string | null): StandardDefinition =>
    standard({ id, metric: 'csat', calendar: cal, window: { kind: 'calendar', unit, text: unit } });
  const m = model({
    standards: [
      csatStandard('month-utc', 'month', null), csatStandard('month-tokyo', 'month', 'tokyo-hours'),
      csatStandard('quarter-utc', 'quarter', null), csatStandard('quarter-tokyo', 'quarter', 'tokyo-hours'),
    ],
    calendars: [tokyo],
    pipeline: pipeline({}, { seriesDays: 25 }),
  });

  it('the current month and quarter start at midnight in the calendar’s zone (UTC without one)', async () => {
    const report = await evaluate(m, ratings);
    const [monthUtc, monthTokyo, quarterUtc, quarterTokyo] = report.standards;
    expect(monthUtc).toMatchObject({ count: 1, met: 0, value: 0, window: { spec: 'month', from: '2026-11-01T00:00:00.000Z' } });
    expect(monthTokyo).toMatchObject({ count: 2, met: 1, value: 0.5, window: { from: '2026-10-31T15:00:00.000Z' } });
    expect(quarterUtc).toMatchObject({ count: 3, met: 2, value: 2 / 3, window: { from: '2026-10-01T00:00:00.000Z' } });
    expect(quarterTokyo).toMatchObject({ count: 4, met: 3, value: 0.75, window: { from: '2026-09-30T15:00:00.000Z' } });
  });

  it('series days are local days and each day’s window restarts on the first of the month', async () => {
    const report = await evaluate(m, ratings);
    const [monthUtc, monthTokyo, , quarterTokyo] = report.standards;
    expect(day(monthUtc!, '2026-10-31')).toEqual({ date: '2026-10-31', count: 1, met: 1, value: 1, windowValue: 1, version: '2026-01-01' }); // r1, r4
    expect(day(monthUtc!, '2026-11-01')).toEqual({ date: '2026-11-01', count: 1, met: 0, value: 0, windowValue: 0, version: '2026-01-01' }); // r2 only
    expect(day(monthTokyo!, '2026-10-31')).toEqual({ date: '2026-10-31', count: 0, met: 0, value: null, windowValue: 1, version: '2026-01-01' }); // r3, r4
    expect(day(monthTokyo!, '2026-11-01')).toEqual({ date: '2026-11-01', count: 2, met: 1, value: 0.5, windowValue: 0.5, version: '2026-01-01' });
    expect(day(quarterTokyo!, '2026-11-20')).toMatchObject({ windowValue: 0.75 });
    expect(monthUtc!.statement).toBe('0% of 1 satisfaction rating on tickets were good this month; target at least 80%; breached; error budget overspent by 400%.');
  });
});

describe('local days across a DST change', () => {
  it('a 25-hour day in Europe/Dublin holds everything from its local midnight to the next', async () => {
    const dublin = calendar('emea-business-hours', 'Europe/Dublin');
    const rated = (id: string, atIso: string) => ticket({ id, created: '2026-10-20T00:00:00Z', satisfaction: { at: atIso, rating: 'good' } });
    const s = await only(
      model({
        standards: [standard({ id: 'csat-emea', metric: 'csat', calendar: dublin.id })],
        calendars: [dublin],
        pipeline: pipeline({}, { seriesDays: 30 }),
      }),
      [
        rated('before', '2026-10-24T22:59:00Z'), // Oct 24 23:59 IST
        rated('first', '2026-10-24T23:30:00Z'), // Oct 25 00:30 IST
        rated('last', '2026-10-25T23:30:00Z'), // Oct 25 23:30 GMT
        rated('after', '2026-10-26T00:00:00Z'), // Oct 26 00:00 GMT
      ],
    );
    expect(['2026-10-24', '2026-10-25', '2026-10-26'].map((date) => day(s, date)?.count)).toEqual([1, 2, 1]);
  });
});

describe('exclusions and the effective date', () => {
  it('leaves out tickets whose life touches an exclusion, and says how many and why', async () => {
    const m = model({
      standards: [frt],
      pipeline: pipeline({
        exclusions: [
          { id: 'outage', from: '2026-11-19T09:00:00Z', to: '2026-11-19T11:00:00Z', reason: 'Helpdesk outage', standards: null },
          { id: 'migration', from: '2026-11-01T00:00:00Z', to: '2026-11-30T00:00:00Z', reason: 'Other team', standards: ['other'] },
          { id: 'last-year', from: '2025-11-01T00:00:00Z', to: '2025-11-02T00:00:00Z', reason: 'Long ago', standards: null },
        ],
      }),
    });
    const s = await only(m, frtTickets);
    // A and B were created during the outage; D, F and H remain.
    expect(s).toMatchObject({ count: 3, met: 2, inFlight: 1 });
    expect(s.excluded).toEqual([{ id: 'outage', reason: 'Helpdesk outage', count: 2 }]);
  });

  it('does not count measurements completed before the standard took effect', async () => {
    const s = await only(model({ standards: [{ ...frt, effective: '2026-11-15' }] }), frtTickets);
    // F (Nov 10) and H (Oct 21) are before Nov 15: A, B and D remain.
    expect(s).toMatchObject({ count: 3, met: 1, inFlight: 1 });
    expect(day(s, '2026-11-11')).toMatchObject({ windowValue: null });
  });
});

describe('requester wait time and agent work time', () => {
  // Both wall time, threshold 1h. On-hold 10:00–10:45 and pending 10:45–12:00, solved 12:15 (from 09:00).
  const held = ticket({
    id: 'held', created: '2026-11-19T09:00:00Z',
    changes: [['2026-11-19T10:00:00Z', 'on-hold'], ['2026-11-19T10:45:00Z', 'pending'], ['2026-11-19T12:00:00Z', 'open'], ['2026-11-19T12:15:00Z', 'solved']],
  });

  it('requester wait time counts on-hold by default (60 + 45 + 15 = 120, missed); agent work time does not (75, missed)', async () => {
    const report = await evaluate(
      model({ standards: [standard({ id: 'wait', metric: 'requester_wait_time' }), standard({ id: 'work', metric: 'agent_work_time', thresholdMinutes: 90 })] }),
      [held],
    );
    expect(report.standards[0]).toMatchObject({ count: 1, met: 0, worst: [{ id: 'held', minutes: 120 }] });
    // Agent work: 60 + 15 = 75 ≤ 90, met.
    expect(report.standards[1]).toMatchObject({ count: 1, met: 1, worst: [{ id: 'held', minutes: 75 }] });
    expect(report.standards[1]!.statement).toBe(
      '100% of 1 ticket were new or open for at most 1h30m over the last 30 days; objective 80%; met; 100% of the error budget left.',
    );
  });

  it('a standard may still pause on pending and on-hold', async () => {
    const s = await only(model({ standards: [standard({ id: 'wait', metric: 'requester_wait_time', pauseStatuses: ['pending', 'on-hold'] })] }), [held]);
    expect(s).toMatchObject({ count: 1, met: 0, worst: [{ minutes: 75 }] });
  });
});

describe('rate, score and backlog standards', () => {
  const solved = (id: string, agentReplies: number, reopened: boolean, extra: Partial<Parameters<typeof ticket>[0]> = {}) =>
    ticket({
      id, created: '2026-11-18T09:00:00Z',
      replies: Array.from({ length: agentReplies }, (_, i) => [`2026-11-18T09:1${i}:00Z`, 'agent'] as [string, 'agent']),
      changes: reopened
        ? [['2026-11-18T10:00:00Z', 'solved'], ['2026-11-19T10:00:00Z', 'open'], ['2026-11-19T11:00:00Z', 'solved']]
        : [['2026-11-18T10:00:00Z', 'solved']],
      ...extra,
    });
  const tickets = [solved('s1', 1, false), solved('s2', 1, true), solved('s3', 2, false), solved('s4', 1, false), ticket({ id: 'open', created: '2026-11-18T09:00:00Z' })];

  it('reopen_rate and first_contact_resolution', async () => {
    const report = await evaluate(
      model({
        standards: [
          standard({ id: 'reopens', metric: 'reopen_rate', target: { direction: 'max', value: 0.3 } }),
          standard({ id: 'fcr', metric: 'first_contact_resolution', target: { direction: 'min', value: 0.5 } }),
        ],
      }),
      tickets,
    );
    const [reopens, fcr] = report.standards;
    // 1 of 4 solved tickets reopened: 25% ≤ 30%; allowed 1.2, used 1.
    expect(reopens).toMatchObject({ count: 4, met: 1, value: 0.25, status: 'at-risk', errorBudget: { allowed: 1.2, used: 1 } });
    expect(reopens!.statement).toBe('25% of 4 solved tickets were reopened over the last 30 days; target at most 30%; at risk; 17% of the error budget left.');
    // s1 and s4 solved with one reply and never reopened: 2 of 4.
    expect(fcr).toMatchObject({ count: 4, met: 2, value: 0.5, status: 'at-risk', errorBudget: { allowed: 2, used: 2, remaining: 0 } });
    // s2 counts at its final solve (Nov 19), the others on Nov 18.
    expect(day(fcr!, '2026-11-19')).toMatchObject({ count: 1, met: 0 });
  });

  it('nps: promoters minus detractors over answers in the window', async () => {
    const scores = [10, 9, 9, 10, 9, 8, 7, 7, 6, 0];
    const answers = scores.map((score, i) => ticket({ id: `n${i}`, created: '2026-11-18T09:00:00Z', nps: { at: '2026-11-19T09:00:00Z', score } }));
    const s = await only(model({ standards: [standard({ id: 'nps', metric: 'nps', target: { direction: 'min', value: 30 } })] }), answers);
    expect(s).toMatchObject({ count: 10, met: 5, value: 30, status: 'at-risk', errorBudget: { allowed: 3.5, used: 3.5, remaining: 0 } });
    expect(s.goal.text).toBe('at least 30');
    expect(s.breakdown.priority).toEqual([{ key: 'normal', count: 10, met: 5, value: 30 }]);
    expect(s.statement).toBe('NPS 30 from 10 NPS answers on tickets over the last 30 days; target at least 30; at risk; 0% of the error budget left.');
  });

  it('qa_score: the mean review score with the standard’s scorecard', async () => {
    const card = scorecard();
    const reviewed = ticket({
      id: 'q', created: '2026-11-18T09:00:00Z',
      qa: [
        { scorecard: card.id, at: '2026-11-19T09:00:00Z', results: { acknowledge: 'pass', accurate: 'fail', ownership: 'pass' } },
        { scorecard: card.id, at: '2026-11-19T10:00:00Z', results: { acknowledge: 'pass', accurate: 'na', ownership: 'pass' } },
        { scorecard: card.id, at: '2026-11-19T11:00:00Z', results: { acknowledge: 'pass', accurate: 'pass', ownership: 'fail' } },
      ],
    });
    const s = await only(
      model({ standards: [standard({ id: 'qa', metric: 'qa_score', scorecard: card.id, target: { direction: 'min', value: 0.5 } })], scorecards: [card] }),
      [reviewed],
    );
    // (0.5 + 1 + 0) / 3 = 0.5; one review at or above the 80% pass mark.
    expect(s).toMatchObject({ count: 3, met: 1, value: 0.5, status: 'at-risk' });
  });

  it('backlog_age: the unsolved tickets at the end of each day and now', async () => {
    const backlog = standard({ id: 'backlog', metric: 'backlog_age', thresholdMinutes: 1440 });
    const s = await only(model({ standards: [backlog] }), [
      ticket({ id: 'K1', created: '2026-11-18T09:00:00Z' }), // 15h old at Nov 18 24:00, 39h at Nov 19 24:00, 51h now
      ticket({ id: 'K2', created: '2026-11-20T08:00:00Z' }), // 4h old now
      ticket({ id: 'K3', created: '2026-11-19T08:00:00Z', changes: [['2026-11-19T20:00:00Z', 'solved']] }), // never at a day's end
      ticket({ id: 'K4', created: '2026-11-19T08:00:00Z', changes: [['2026-11-20T08:00:00Z', 'solved']] }), // 16h at Nov 19 24:00
    ]);
    expect(s).toMatchObject({ count: 2, met: 1, value: 0.5, inFlight: 1, pending: 0 });
    expect(s.worst).toMatchObject([{ id: 'K1', minutes: 51 * 60, inFlight: true }, { id: 'K2', minutes: 240, inFlight: false }]);
    expect(day(s, '2026-11-18')).toEqual({ date: '2026-11-18', count: 1, met: 1, value: 1, windowValue: 1, version: '2026-01-01' });
    expect(day(s, '2026-11-19')).toEqual({ date: '2026-11-19', count: 2, met: 1, value: 0.5, windowValue: 0.5, version: '2026-01-01' });
    expect(day(s, '2026-11-20')).toEqual({ date: '2026-11-20', count: 2, met: 1, value: 0.5, windowValue: 0.5, version: '2026-01-01' });
    expect(s.goal.text).toBe('80% of the backlog at most 1d');
    expect(s.statement).toBe('50% of 2 unsolved tickets were at most 1d old now; objective 80%; breached; error budget overspent by 150%.');
  });
});

describe('input handling', () => {
  it('a stream gives the same report as an array', async () => {
    async function* stream() {
      for (const t of frtTickets) {
        await Promise.resolve();
        yield t;
      }
    }
    const m = model({ standards: [frt, { ...frt, id: 'urgent', scope: { priority: ['urgent'] } }] });
    expect(await evaluate(m, stream())).toEqual(await evaluate(m, frtTickets));
  });

  it('counts bad tickets by reason with a few example ids, and carries on', async () => {
    const noCreated = Array.from({ length: 6 }, (_, i) => ({ ...structuredClone(frtTickets[0]!), id: `bad-${i}`, created: 'soon' }));
    const early = { ...structuredClone(frtTickets[0]!), id: 'early', replies: [{ at: '2026-11-19T09:00:00Z', by: 'agent' }] };
    const report = await evaluate(model({ standards: [frt] }), [...frtTickets, ...noCreated, null, early]);
    expect(report.data.tickets).toBe(frtTickets.length + 8);
    expect(report.data.rejected).toEqual([
      { reason: REJECTION.badCreated, count: 6, examples: ['bad-0', 'bad-1', 'bad-2', 'bad-3', 'bad-4'] },
      { reason: REJECTION.notAnObject, count: 1, examples: ['(no id)'] },
      { reason: REJECTION.replyBeforeCreated, count: 1, examples: ['early'] },
    ]);
    expect(report.standards[0]).toMatchObject({ count: 5, met: 3 });
    expect(report.data).toMatchObject({ from: '2026-10-01T10:00:00.000Z', to: '2026-11-20T11:30:00.000Z' });
  });

  it('produces a report that matches report.schema.json for every metric', async () => {
    const card = scorecard();
    const all: StandardDefinition[] = [
      frt,
      standard({ id: 'next-reply', metric: 'next_reply_time', calendar: 'office' }),
      standard({ id: 'resolution', metric: 'full_resolution_time', window: { kind: 'calendar', unit: 'month', text: 'month' } }),
      standard({ id: 'wait', metric: 'requester_wait_time', window: { kind: 'calendar', unit: 'quarter', text: 'quarter' } }),
      standard({ id: 'work', metric: 'agent_work_time' }),
      standard({ id: 'backlog', metric: 'backlog_age' }),
      standard({ id: 'reopens', metric: 'reopen_rate', target: { direction: 'max', value: 0.1 } }),
      standard({ id: 'fcr', metric: 'first_contact_resolution' }),
      standard({ id: 'csat', metric: 'csat' }),
      standard({ id: 'nps', metric: 'nps', target: { direction: 'min', value: 20 } }),
      standard({ id: 'qa', metric: 'qa_score', scorecard: card.id }),
    ];
    const evaluation = createEvaluation({
      model: model({ standards: all, scorecards: [card], calendars: [calendar('office', 'Europe/Dublin')] }),
      now: NOW,
      clockFor: clocksFor({ office: officeClock('Europe/Dublin') }),
      data: { source: 'sample', fetchedAt: '2026-11-20T11:00:00Z' },
    });
    for (const t of frtTickets) evaluation.add(t);
    const report = evaluation.finish();
    expect(createReportValidator()(report)).toEqual([]);
    expect(report.standards.map((s) => s.id)).toEqual(all.map((s) => s.id));
  });
});

describe('a clock that fails', () => {
  it('reports the ticket instead of ending the run', async () => {
    const broken = { calendarId: 'office', elapsedMinutes: () => { throw new Error('instant outside the compiled range'); }, addMinutes: () => 0, passedAt: () => 0 };
    const m = model({ standards: [{ ...frt, id: 'first-response-office', calendar: 'office' }, frt], calendars: [calendar('office', 'UTC')] });
    const report = await evaluate(m, frtTickets.slice(0, 1), NOW, clocksFor({ office: broken }));
    expect(report.data.rejected).toEqual([
      { reason: 'could not be measured for first-response-office: instant outside the compiled range', count: 1, examples: ['A'] },
    ]);
    expect(report.standards[1]).toMatchObject({ count: 1, met: 1 });
  });
});
