// The goal a reader sees is the goal of the version in force at "now", and a window that spans versions says
// so in its statement. Every figure is worked out by hand in the comments.

import { describe, expect, it } from 'vitest';
import { evaluateStandards, type StandardReport } from '../../scripts/engine/evaluate.ts';
import type { StandardDefinition, StandardVersion, Ticket } from '../../scripts/model/model.ts';
import { clocksFor, model, standard, ticket } from './engine-fixtures.ts';

// first-response-urgent on main: 95% within 1h. A branch tightens it to 97% within 45m from 3 Dec.
const before = standard({ id: 'first-response-urgent', metric: 'first_response_time', scope: { priority: ['urgent'] }, thresholdMinutes: 60, objective: 0.95, effective: '2026-01-01' });
const tightened: StandardDefinition = { ...before, thresholdMinutes: 45, objective: 0.97, effective: '2026-12-03' };
const versions: StandardVersion[] = [
  { version: '2026-01-01 (1a2b3c4)', from: '2026-01-01', definition: before },
  { version: '2026-12-03 (uncommitted)', from: '2026-12-03', definition: tightened },
];

/** An urgent ticket answered `minutes` after `created`. */
function answered(id: string, created: string, minutes: number): Ticket {
  const reply = new Date(Date.parse(created) + minutes * 60_000).toISOString();
  return ticket({ id, created, priority: 'urgent', replies: [[reply, 'agent']], changes: [[reply, 'solved']] });
}

/** `count` tickets from `firstDay` (YYYY-MM-DD) on, one a day at 10:00 UTC, each answered after `minutes`. */
function daily(prefix: string, firstDay: string, count: number, minutes: number): Ticket[] {
  return Array.from({ length: count }, (_, i) => {
    const created = new Date(Date.parse(`${firstDay}T10:00:00Z`) + i * 86_400_000).toISOString();
    return answered(`${prefix}${i + 1}`, created, minutes);
  });
}

async function evaluateAt(now: string, tickets: Ticket[], standardVersions: readonly StandardVersion[] = versions): Promise<StandardReport> {
  const report = await evaluateStandards({
    model: model({ standards: [tightened] }),
    tickets,
    now: new Date(now),
    clockFor: clocksFor(),
    versionsOf: () => standardVersions,
  });
  return report.standards[0]!;
}

describe('the goal and the statement are those of the version in force now', () => {
  it('before a tightened goal takes effect, the statement names the goal that judged (the issue’s example)', async () => {
    // Now 20 Nov 06:00; the 30-day window (21 Oct 06:00 – 20 Nov 06:00) lies wholly before 3 Dec.
    // 29 tickets, one a day 22 Oct – 19 Nov, answered in 50 min (met under 1h); one more on 19 Nov in 70 min (missed).
    const tickets = [...daily('A', '2026-10-22', 29, 50), answered('B1', '2026-11-19T12:00:00Z', 70)];
    const s = await evaluateAt('2026-11-20T06:00:00Z', tickets);
    // 29 / 30 = 96.7%; the 1h/95% goal allows 5% of 30 = 1.5 misses, 1 used: 1 − 1/1.5 = 33% left.
    expect(s).toMatchObject({ count: 30, met: 29, status: 'met', errorBudget: { allowed: 1.5, used: 1, remaining: 0.333333333 } });
    expect(s.goal).toEqual({ direction: 'min', value: 0.95, thresholdMinutes: 60, text: '95% within 1h' });
    // On main: "… got a first reply within 45m over the last 30 days; objective 97%; met; 33% …" (the newest version's words).
    expect(s.statement).toBe('96.7% of 30 urgent tickets got a first reply within 1h over the last 30 days; objective 95%; met; 33% of the error budget left.');
  });

  it('a window that spans a change of threshold names each goal with the day it took effect', async () => {
    // Now 10 Dec 06:00; window 10 Nov 06:00 – 10 Dec 06:00. From 11 Nov: 20 tickets answered in 50 min (met
    // under 1h, before 3 Dec). From 3 Dec: 7 tickets, 6 answered in 40 min (met under 45m) and one in 50 min
    // (missed under 45m).
    const tickets = [...daily('A', '2026-11-11', 20, 50), ...daily('C', '2026-12-03', 6, 40), answered('D1', '2026-12-09T10:00:00Z', 50)];
    const s = await evaluateAt('2026-12-10T06:00:00Z', tickets);
    // 26 of 27 met: 96.296…% → "96.3%". Budget: 1h/95% allows 5% of 20 = 1, uses 0; 45m/97% allows 3% of 7 =
    // 0.21, uses 1. Allowed 1.21, used 1: 1 − 1/1.21 = 0.173553719 left, under the 25% at-risk line.
    expect(s).toMatchObject({ count: 27, met: 26, status: 'at-risk', errorBudget: { allowed: 1.21, used: 1, remaining: 0.173553719 } });
    expect(s.window.versions).toEqual(['2026-01-01 (1a2b3c4)', '2026-12-03 (uncommitted)']);
    // The goal in force now, and the goals that judged the window (what status.json, the page and the issue show).
    expect(s.goal).toEqual({ direction: 'min', value: 0.97, thresholdMinutes: 45, text: '97% within 45m', judged: '95% within 1h before 3 Dec 2026, 97% within 45m from 3 Dec 2026' });
    expect(s.statement).toBe(
      '96.3% of 27 urgent tickets got a first reply in time over the last 30 days; goal 95% within 1h before 3 Dec 2026, 97% within 45m from 3 Dec 2026; at risk; 17% of the error budget left.',
    );
  });

  it('a change of objective alone keeps the threshold in the sentence', async () => {
    const raised: StandardDefinition = { ...before, objective: 0.97, effective: '2026-12-03' };
    const tickets = [...daily('A', '2026-11-11', 20, 50), ...daily('C', '2026-12-03', 7, 40)];
    const s = await evaluateAt('2026-12-10T06:00:00Z', tickets, [versions[0]!, { version: '2026-12-03', from: '2026-12-03', definition: raised }]);
    // 27 of 27 within 1h: 100%, nothing used.
    expect(s.statement).toBe(
      '100% of 27 urgent tickets got a first reply within 1h over the last 30 days; objective 95% before 3 Dec 2026, 97% from 3 Dec 2026; met; 100% of the error budget left.',
    );
    expect(s.goal).toMatchObject({ text: '97% within 1h', judged: '95% within 1h before 3 Dec 2026, 97% within 1h from 3 Dec 2026' });
  });

  it('once the window lies wholly after the change, only the new goal is named', async () => {
    // Now 3 Jan 2027 12:00: window 4 Dec 12:00 – 3 Jan 12:00, all after 3 Dec. 10 tickets from 5 Dec, 40 min.
    const s = await evaluateAt('2027-01-03T12:00:00Z', daily('C', '2026-12-05', 10, 40));
    expect(s.window.versions).toEqual(['2026-12-03 (uncommitted)']);
    expect(s.statement).toBe('100% of 10 urgent tickets got a first reply within 45m over the last 30 days; objective 97%; met; 100% of the error budget left.');
  });

  it('a target that changed is named per version too', async () => {
    const csat = standard({ id: 'csat', metric: 'csat', target: { direction: 'min', value: 0.8 }, effective: '2026-01-01' });
    const raised: StandardDefinition = { ...csat, target: { direction: 'min', value: 0.9 }, effective: '2026-12-03' };
    const rated = (id: string, at: string, good: boolean) =>
      ticket({ id, created: at, replies: [[at, 'agent']], changes: [[at, 'solved']], satisfaction: { at, rating: good ? 'good' : 'bad' } });
    // Two good ratings before 3 Dec, one good and one bad after: 3 / 4 = 75%.
    const tickets = [rated('a', '2026-11-20T10:00:00Z', true), rated('b', '2026-11-25T10:00:00Z', true), rated('c', '2026-12-04T10:00:00Z', true), rated('d', '2026-12-05T10:00:00Z', false)];
    const report = await evaluateStandards({
      model: model({ standards: [raised] }),
      tickets,
      now: new Date('2026-12-10T06:00:00Z'),
      clockFor: clocksFor(),
      versionsOf: () => [{ version: '2026-01-01', from: '2026-01-01', definition: csat }, { version: '2026-12-03', from: '2026-12-03', definition: raised }],
    });
    // Allowed: 20% of 2 + 10% of 2 = 0.6; used 1: breached.
    expect(report.standards[0]!.statement).toBe(
      '75% of 4 satisfaction ratings on tickets were good over the last 30 days; target at least 80% before 3 Dec 2026, at least 90% from 3 Dec 2026; breached; error budget overspent by 67%.',
    );
  });
});

describe('"7 days ago" is the same window exactly 7 × 24 hours earlier, with the tickets as they stood then', () => {
  const frt = standard({ id: 'first-response', metric: 'first_response_time' }); // 1h, 80%, rolling 30d, 24/7
  const tickets: Ticket[] = [
    // P: created 5 Nov 10:00, first reply 16 Nov 10:00. As of 13 Nov 12:00 it was open and past 1h since 5 Nov
    // 11:00: an in-flight miss then. Today it is a miss completed on 16 Nov.
    ticket({ id: 'P', created: '2026-11-05T10:00:00Z', replies: [['2026-11-16T10:00:00Z', 'agent']] }),
    // Q: 30 min on 10 Nov, met. R: 30 min on 18 Nov, met (after the earlier instant).
    ticket({ id: 'Q', created: '2026-11-10T09:00:00Z', replies: [['2026-11-10T09:30:00Z', 'agent']] }),
    ticket({ id: 'R', created: '2026-11-18T09:00:00Z', replies: [['2026-11-18T09:30:00Z', 'agent']] }),
    // S: created 13 Nov 11:30, answered 12:10: pending at 13 Nov 12:00 (30 min), met today.
    ticket({ id: 'S', created: '2026-11-13T11:30:00Z', replies: [['2026-11-13T12:10:00Z', 'agent']] }),
  ];

  it('a rolling window: P counts as the in-flight miss it was then, S was still pending', async () => {
    const report = await evaluateStandards({ model: model({ standards: [frt] }), tickets, now: new Date('2026-11-20T12:00:00Z'), clockFor: clocksFor() });
    const s = report.standards[0]!;
    // Now (21 Oct 12:00 – 20 Nov 12:00): P missed, Q, R, S met: 3 / 4.
    expect(s).toMatchObject({ count: 4, met: 3, value: 0.75 });
    // Then (14 Oct 12:00 – 13 Nov 12:00, as of 13 Nov 12:00): P in flight (missed), Q met: 1 / 2. With today's
    // facts the same window would hold Q alone (P completed later, S after): 1 / 1.
    expect(s.comparison).toEqual({ days: 7, from: '2026-10-14T12:00:00.000Z', to: '2026-11-13T12:00:00.000Z', count: 2, value: 0.5 });
  });

  it('a calendar month: the month so far as of 7 × 24 hours earlier', async () => {
    const monthly: StandardDefinition = { ...frt, window: { kind: 'calendar', unit: 'month', text: 'month' } };
    // Now 3 Dec 12:00 (December: nothing yet); then 26 Nov 12:00: November so far holds P (missed, answered 16
    // Nov), Q, R and S (met): 3 / 4.
    const report = await evaluateStandards({ model: model({ standards: [monthly] }), tickets, now: new Date('2026-12-03T12:00:00Z'), clockFor: clocksFor() });
    const s = report.standards[0]!;
    expect(s).toMatchObject({ count: 0, value: null });
    expect(s.comparison).toEqual({ days: 7, from: '2026-11-01T00:00:00.000Z', to: '2026-11-26T12:00:00.000Z', count: 4, value: 0.75 });
  });
});
