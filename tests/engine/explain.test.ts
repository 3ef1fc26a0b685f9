// `standards explain`: how one ticket was measured, against timelines worked out by hand across a DST night, a
// holiday (of the calendar version that applied that day) and a pending spell. Business time is compiled from
// real Calendar definitions (business-time.ts); every figure is in the comments.

import { describe, expect, it } from 'vitest';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { explainTicket } from '../../scripts/engine/explain.ts';
import { explanationText } from '../../scripts/engine/explain-words.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import type { CalendarDefinition, StandardDefinition } from '../../scripts/model/model.ts';
import { calendar, model, pipeline, standard, ticket } from './engine-fixtures.ts';

const explainOne = (m: ReturnType<typeof model>, now: string, t: unknown, standardId?: string) =>
  explainTicket({ model: m, now: new Date(now), ticket: t, ...(standardId ? { standard: standardId } : {}) });

describe('across a DST night: an overnight shift that loses an hour', () => {
  // night-desk (Europe/Dublin): Saturday 22:00–06:00 and weekdays 09:00–17:00. On the night of 28–29 March
  // 2026 clocks go from 01:00 GMT to 02:00 IST, so Saturday's shift, 22:00 GMT – 06:00 IST, lasts 7 hours.
  const night: CalendarDefinition = { ...calendar('night-desk', 'Europe/Dublin'), hours: { ...calendar('x', 'UTC').hours, saturday: [{ start: 22 * 60, end: 30 * 60 }] } };
  const frt = standard({ id: 'first-reply-nights', metric: 'first_response_time', thresholdMinutes: 360, calendar: 'night-desk' });
  const m = model({ standards: [frt], calendars: [night] });
  // D1: created Sat 21:00 GMT, answered Sun 06:30 IST (05:30 UTC): 8h30m of wall time.
  const d1 = ticket({ id: 'D1', created: '2026-03-28T21:00:00Z', replies: [['2026-03-29T05:30:00Z', 'agent']], changes: [['2026-03-29T05:30:00Z', 'solved']] });

  it('counts the 7 real hours of the shift, leaves out the hour before and the half hour after, and dates the pass in IST', () => {
    const [e] = explainOne(m, '2026-04-10T12:00:00Z', d1);
    // Counted 22:00Z–05:00Z = 420; left out 21:00–22:00 (60) and 05:00–05:30Z (30): 420 + 90 = 510 = 8h30m.
    // 6h are passed at 22:00Z + 6h = 04:00Z = 05:00 IST (not 04:00 local).
    expect(explanationText(e!)).toBe([
      'Ticket D1 for first-reply-nights, as of Fri 10 Apr 2026 13:00 +01:00.',
      'In scope: the standard covers every ticket.',
      'Business time in calendar night-desk (Europe/Dublin).',
      'First reply: from ticket created at Sat 28 Mar 2026 21:00 +00:00 to first public agent reply at Sun 29 Mar 2026 06:30 +01:00.',
      '  Business time counted: 7h.',
      '    Sat 28 Mar 2026 22:00 +00:00 – Sun 29 Mar 2026 06:00 +01:00: 7h',
      '  Left out:',
      '    Sat 28 Mar 2026 21:00 +00:00 – Sat 28 Mar 2026 22:00 +00:00: closed (outside business hours), 1h',
      '    Sun 29 Mar 2026 06:00 +01:00 – Sun 29 Mar 2026 06:30 +01:00: closed (outside business hours), 30m',
      '  Judged by version 2026-01-01: 80% within 6h (business hours).',
      '  Missed: 7h, past the threshold of 6h at Sun 29 Mar 2026 05:00 +01:00; counted on 2026-03-29, in the current window.',
    ].join('\n'));
  });

  it('agrees with the engine: the same minutes and the same miss', async () => {
    const report = await evaluateStandards({ model: m, tickets: [d1], now: new Date('2026-04-10T12:00:00Z'), clockFor });
    const s = report.standards[0]!;
    expect(s).toMatchObject({ count: 1, met: 0 });
    expect(s.worst[0]).toMatchObject({ id: 'D1', minutes: 420, inFlight: false });
    expect(s.worst[0]!.explanation).toEqual(explainOne(m, '2026-04-10T12:00:00Z', d1)[0]);
  });
});

describe('across a holiday added by a calendar version: a breach in flight', () => {
  // office (Europe/Dublin, GMT in December): weekdays 09:00–17:00. Its version from 1 Dec 2026 adds Christmas
  // Day, Fri 25 Dec. First reply within 3 business hours.
  const plain = calendar('office', 'Europe/Dublin');
  const christmas = [{ date: '2026-12-25', name: 'Christmas Day', open: null }];
  const office: CalendarDefinition = {
    ...plain,
    holidays: christmas,
    versions: [
      { version: 'first (aaaaaaa)', from: null, timezone: 'Europe/Dublin', hours: plain.hours, holidays: [] },
      { version: '2026-12-01 (bbbbbbb)', from: '2026-12-01', timezone: 'Europe/Dublin', hours: plain.hours, holidays: christmas },
    ],
  };
  const frt = standard({ id: 'first-reply', metric: 'first_response_time', thresholdMinutes: 180, calendar: 'office', scope: { priority: ['urgent', 'high'] } });
  const m = model({ standards: [frt], calendars: [office] });
  // H1: created Thu 24 Dec 15:00, unanswered at Mon 28 Dec 11:30.
  const h1 = ticket({ id: 'H1', created: '2026-12-24T15:00:00Z', priority: 'urgent' });

  it('leaves Christmas Day out by name, counts Thursday and Monday, and says when the threshold passed', () => {
    const [e] = explainOne(m, '2026-12-28T11:30:00Z', h1);
    // Counted: Thu 15:00–17:00 (120) + Mon 09:00–11:30 (150) = 270 = 4h30m. Left out: Thu 17:00–Fri 00:00 (420),
    // Christmas Day (1440), Sat 00:00 – Mon 09:00 (3420). 270 + 420 + 1440 + 3420 = 5550 = Thu 15:00 → Mon 11:30.
    // 3h passed after Thursday's 2h and Monday's first hour: Mon 10:00.
    expect(explanationText(e!)).toBe([
      'Ticket H1 for first-reply, as of Mon 28 Dec 2026 11:30 +00:00.',
      'In scope: priority urgent.',
      'Business time in calendar office (Europe/Dublin), versions first (aaaaaaa), 2026-12-01 (bbbbbbb).',
      'First reply: from ticket created at Thu 24 Dec 2026 15:00 +00:00 to still open now.',
      '  Business time counted: 4h30m.',
      '    Thu 24 Dec 2026 15:00 +00:00 – Thu 24 Dec 2026 17:00 +00:00: 2h',
      '    Mon 28 Dec 2026 09:00 +00:00 – Mon 28 Dec 2026 11:30 +00:00: 2h30m',
      '  Left out:',
      '    Thu 24 Dec 2026 17:00 +00:00 – Fri 25 Dec 2026 00:00 +00:00: closed (outside business hours), 7h',
      '    Fri 25 Dec 2026 00:00 +00:00 – Sat 26 Dec 2026 00:00 +00:00: holiday (Christmas Day), 1d',
      '    Sat 26 Dec 2026 00:00 +00:00 – Mon 28 Dec 2026 09:00 +00:00: closed (outside business hours), 2d9h',
      '  Judged by version 2026-01-01: 80% within 3h (business hours).',
      '  Breached in flight: still open after 4h30m, past the threshold of 3h at Mon 28 Dec 2026 10:00 +00:00; counted as a miss on 2026-12-28, in the current window.',
    ].join('\n'));
  });

  it('a year earlier, before the version that added it, Christmas Day was a working day', () => {
    // Created Thu 24 Dec 2025 15:00: Thu 15–17 (120) + Fri 25 Dec 09:00–10:00 (60): passed at Fri 10:00. The standard
    // in force from 2025 (from 2026 it would measure nothing yet on 25 Dec 2025: standard-not-in-force.test.ts).
    const since2025 = model({ standards: [{ ...frt, effective: '2025-01-01' }], calendars: [office] });
    const [e] = explainOne(since2025, '2025-12-25T12:00:00Z', ticket({ id: 'H0', created: '2025-12-24T15:00:00Z', priority: 'high' }));
    expect(e!.measurements[0]).toMatchObject({ minutes: 300, result: 'breached', passedAt: '2025-12-25T10:00:00.000Z' });
    expect(e!.measurements[0]!.leftOut).toEqual([{ from: '2025-12-24T17:00:00.000Z', to: '2025-12-25T09:00:00.000Z', minutes: 960, reason: 'closed', detail: 'outside business hours' }]);
  });

  it('says why a ticket is out of scope, excluded, unusable or not created yet', () => {
    expect(explainOne(m, '2026-12-28T11:30:00Z', ticket({ id: 'N1', created: '2026-12-24T15:00:00Z', priority: 'normal' }))[0]).toMatchObject({
      verdict: 'out-of-scope', reason: 'out of scope: priority is normal; the standard covers urgent or high',
    });
    const outage = { id: 'outage', from: '2026-12-24T00:00:00Z', to: '2026-12-24T23:59:59Z', reason: 'Mail connector down', standards: null };
    const excluded = explainOne({ ...m, pipeline: pipeline({ exclusions: [outage] }) }, '2026-12-28T11:30:00Z', h1)[0]!;
    expect(excluded.verdict).toBe('excluded');
    expect(explanationText(excluded).split('\n')[1]).toBe(
      "Excluded by outage (2026-12-24T00:00:00.000Z to 2026-12-24T23:59:59.000Z), which the ticket's life (2026-12-24T15:00:00.000Z to now, unsolved) touches: Mail connector down.",
    );
    expect(explainOne(m, '2026-12-28T11:30:00Z', { id: 'bad', created: 'yesterday' })[0]).toMatchObject({ verdict: 'unusable', reason: 'the ticket cannot be measured: missing or invalid created timestamp' });
    expect(explainOne(m, '2026-12-20T00:00:00Z', h1)[0]).toMatchObject({ verdict: 'not-yet-created' });
    expect(() => explainOne(m, '2026-12-28T11:30:00Z', h1, 'nope')).toThrow('no standard "nope": the standards are first-reply');
  });
});

describe('across a pending spell: requester wait time stops while the customer owes an answer', () => {
  // office (Europe/Dublin, GMT): weekdays 09:00–17:00. Requester wait within 8 business hours, pausing on pending.
  const office = calendar('office', 'Europe/Dublin');
  const wait: StandardDefinition = standard({ id: 'requester-wait', metric: 'requester_wait_time', thresholdMinutes: 480, calendar: 'office' });
  const m = model({ standards: [wait], calendars: [office] });

  it('open, pending, open again: counts the open hours only and says when the 8 hours run out', () => {
    // P1: created Mon 7 Dec 09:00, pending 10:00 – Tue 14:00, open since. Now Wed 9 Dec 10:00.
    // Counted: Mon 09–10 (60) + Tue 14–17 (180) + Wed 09–10 (60) = 300 = 5h. Left out: pending 28h, closed
    // Tue 17:00 – Wed 09:00 (16h): 300 + 1680 + 960 = 2940 = Mon 09:00 → Wed 10:00. 3h left: due Wed 13:00.
    const p1 = ticket({ id: 'P1', created: '2026-12-07T09:00:00Z', changes: [['2026-12-07T10:00:00Z', 'pending'], ['2026-12-08T14:00:00Z', 'open']] });
    expect(explanationText(explainOne(m, '2026-12-09T10:00:00Z', p1)[0]!)).toBe([
      'Ticket P1 for requester-wait, as of Wed 9 Dec 2026 10:00 +00:00.',
      'In scope: the standard covers every ticket.',
      'Business time in calendar office (Europe/Dublin).',
      'Requester wait: from ticket created at Mon 7 Dec 2026 09:00 +00:00 to still open now.',
      '  Business time counted: 5h.',
      '    Mon 7 Dec 2026 09:00 +00:00 – Mon 7 Dec 2026 10:00 +00:00: 1h',
      '    Tue 8 Dec 2026 14:00 +00:00 – Tue 8 Dec 2026 17:00 +00:00: 3h',
      '    Wed 9 Dec 2026 09:00 +00:00 – Wed 9 Dec 2026 10:00 +00:00: 1h',
      '  Left out:',
      '    Mon 7 Dec 2026 10:00 +00:00 – Tue 8 Dec 2026 14:00 +00:00: paused (pending), 1d4h',
      '    Tue 8 Dec 2026 17:00 +00:00 – Wed 9 Dec 2026 09:00 +00:00: closed (outside business hours), 16h',
      '  Judged by version 2026-01-01: 80% within 8h (business hours).',
      '  Pending: 5h so far, inside the threshold of 8h; it passes it at Wed 9 Dec 2026 13:00 +00:00 if nothing happens. Not counted yet.',
    ].join('\n'));
  });

  it('pending now: the clock is stopped, so there is no due time', () => {
    // P2: created Mon 7 Dec 09:00, pending since 12:00: 3h counted, pending until now.
    const p2 = ticket({ id: 'P2', created: '2026-12-07T09:00:00Z', changes: [['2026-12-07T12:00:00Z', 'pending']] });
    const [e] = explainOne(m, '2026-12-09T10:00:00Z', p2);
    expect(e!.measurements[0]).toMatchObject({ minutes: 180, result: 'pending', note: 'the clock is stopped now (pending): it runs again when the ticket leaves pending' });
    expect(e!.measurements[0]!.dueAt).toBeUndefined();
    expect(e!.measurements[0]!.leftOut).toEqual([{ from: '2026-12-07T12:00:00.000Z', to: '2026-12-09T10:00:00.000Z', minutes: 2760, reason: 'paused', detail: 'pending' }]);
  });

  it('solved after a reopen: the time solved before the reopen is left out as solved', () => {
    // P3: Mon 09:00 open, solved 11:00, reopened Tue 09:00, solved Tue 12:00: 120 + 180 = 300, met (≤ 480).
    const p3 = ticket({ id: 'P3', created: '2026-12-07T09:00:00Z', changes: [['2026-12-07T11:00:00Z', 'solved'], ['2026-12-08T09:00:00Z', 'open'], ['2026-12-08T12:00:00Z', 'solved']] });
    const [e] = explainOne(m, '2026-12-09T10:00:00Z', p3);
    expect(e!.measurements[0]).toMatchObject({ minutes: 300, result: 'met', end: { at: '2026-12-08T12:00:00.000Z', event: 'final solve' }, countedOn: '2026-12-08' });
    expect(e!.measurements[0]!.leftOut).toEqual([{ from: '2026-12-07T11:00:00.000Z', to: '2026-12-08T09:00:00.000Z', minutes: 1320, reason: 'solved', detail: 'solved until reopened' }]);
  });
});

describe('a report lists the first few stretches of a long measurement', () => {
  it('sums the rest, so nothing is silently dropped', async () => {
    const office = calendar('office', 'UTC');
    const frt = standard({ id: 'frt', metric: 'first_response_time', thresholdMinutes: 60, calendar: 'office' });
    // Created Mon 2 Nov 09:00, unanswered on Fri 20 Nov 12:00: 14 whole working days + 3h; 15 counted
    // stretches (6 listed, 9 more: 8 days × 8h + 3h = 67h) and 14 closed ones (6 listed, 8 more).
    const report = await evaluateStandards({ model: model({ standards: [frt], calendars: [office] }), tickets: [ticket({ id: 'L', created: '2026-11-02T09:00:00Z' })], now: new Date('2026-11-20T12:00:00Z'), clockFor });
    const m = report.standards[0]!.worst[0]!.explanation!.measurements[0]!;
    expect(m.minutes).toBe(14 * 480 + 180);
    expect(m.counted).toHaveLength(6);
    expect(m.more).toMatchObject({ counted: 9, countedMinutes: 67 * 60, leftOut: 8 });
  });
});
