// `Evaluation.addSettled`: a day of tickets is counted without reading them only when none of them can change
// a number. The default test model: seriesDays 10 + a 30-day window = a 40-day grid in UTC, so with now
// 2026-11-23T06:00Z the earliest instant any standard counts is 2026-10-15T00:00Z.

import { describe, expect, it } from 'vitest';
import { createEvaluation } from '../../scripts/engine/evaluate.ts';
import { summariseEntries, ticketEntry, type TicketEntry } from '../../scripts/engine/ticket-entries.ts';
import { clocksFor, model, standard, ticket } from './engine-fixtures.ts';

const NOW = new Date('2026-11-23T06:00:00Z');
const m = model({ standards: [standard({ id: 'frt', metric: 'first_response_time', thresholdMinutes: 60, objective: 0.9 })] });
const entry = (t: Parameters<typeof ticket>[0]): TicketEntry => ticketEntry(ticket(t));

const before = entry({ id: 'A', created: '2026-10-14T10:00:00Z', replies: [['2026-10-14T10:30:00Z', 'agent']], changes: [['2026-10-14T23:59:59Z', 'solved']] });
const atHorizon = entry({ id: 'B', created: '2026-10-14T20:00:00Z', replies: [['2026-10-15T00:00:00Z', 'agent']], changes: [['2026-10-15T00:00:00Z', 'solved']] });
const stillOpen = entry({ id: 'C', created: '2026-09-01T10:00:00Z' });
const rejected = ticketEntry({ id: 'D', created: 'not a time' });

describe('addSettled', () => {
  it('counts a day solved before the earliest counted instant, exactly as adding its tickets does', () => {
    const settled = createEvaluation({ model: m, now: NOW, clockFor: clocksFor() });
    expect(settled.addSettled(summariseEntries([before]))).toBe(true);
    const added = createEvaluation({ model: m, now: NOW, clockFor: clocksFor() });
    added.addEntry(before);
    expect(JSON.stringify(settled.finish())).toBe(JSON.stringify(added.finish()));
    expect(added.finish().data).toMatchObject({ tickets: 1, from: '2026-10-14T10:00:00.000Z', to: '2026-10-14T10:00:00.000Z' });
  });

  it.each([
    ['an event at the earliest counted instant', [before, atHorizon]],
    ['a ticket still open (in flight, in the backlog)', [before, stillOpen]],
    ['a rejected ticket (its reason and id are reported)', [before, rejected]],
    ['a ticket with the helpdesk\'s own figures (the tie-out reads them all)', [ticketEntry({ ...ticket({ id: 'E', created: '2026-10-14T10:00:00Z', replies: [['2026-10-14T10:30:00Z', 'agent']], changes: [['2026-10-14T11:00:00Z', 'solved']] }), helpdeskMetrics: { firstReplyMinutes: 30 } })]],
  ])('refuses a day with %s, counting nothing', (_, entries) => {
    const evaluation = createEvaluation({ model: m, now: NOW, clockFor: clocksFor() });
    expect(evaluation.addSettled(summariseEntries(entries))).toBe(false);
    expect(evaluation.finish().data.tickets).toBe(0);
  });

  it('an empty day is settled', () => {
    expect(createEvaluation({ model: m, now: NOW, clockFor: clocksFor() }).addSettled(summariseEntries([]))).toBe(true);
  });
});
