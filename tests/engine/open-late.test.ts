// The report's open-and-late tickets: the misses an agent can still act on, listed apart from the worst tickets
// (which long closed tickets can fill), waiting longest first, each with the instant it passed the threshold.
// And the statement names a scoped team by its name. Every figure is worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { evaluateStandards, type StandardReport } from '../../scripts/engine/evaluate.ts';
import { createReportValidator } from '../../scripts/publish/report-writer.ts';
import type { StandardsModel, TeamDefinition, Ticket } from '../../scripts/model/model.ts';
import { clocksFor, model, pipeline, standard, ticket } from './engine-fixtures.ts';

const NOW = new Date('2026-11-20T12:00:00Z');

async function evaluate(m: StandardsModel, tickets: Ticket[]): Promise<StandardReport[]> {
  const report = await evaluateStandards({ model: m, tickets, now: NOW, clockFor: clocksFor() });
  expect(createReportValidator()(report)).toEqual([]);
  return report.standards;
}

// First reply within 1h, 24/7, 80%, 30 days; two worst tickets and two open-and-late tickets kept.
const frt = standard({ id: 'first-response', metric: 'first_response_time' });
const twoOfEach = pipeline({}, { worstTickets: 2 });

const firstResponseTickets: Ticket[] = [
  // P: replied after 1440 min; Q: after 1200 min. Closed misses, the two worst.
  ticket({ id: 'P', created: '2026-11-18T10:00:00Z', replies: [['2026-11-19T10:00:00Z', 'agent']] }),
  ticket({ id: 'Q', created: '2026-11-18T12:00:00Z', replies: [['2026-11-19T08:00:00Z', 'agent']] }),
  // L1: open 180 min, late since 10:00. L2: open 90 min, late since 11:30. L4: open 75 min, late since 11:45.
  ticket({ id: 'L1', created: '2026-11-20T09:00:00Z', priority: 'urgent', channel: 'chat', team: 'support-emea' }),
  ticket({ id: 'L2', created: '2026-11-20T10:30:00Z' }),
  ticket({ id: 'L4', created: '2026-11-20T10:45:00Z' }),
  // L3: open 30 min: pending, not late.
  ticket({ id: 'L3', created: '2026-11-20T11:30:00Z' }),
  // OLD: open since 1 Oct, late since 1 Oct 11:00, before the window (21 Oct 12:00): not counted, so not listed.
  ticket({ id: 'OLD', created: '2026-10-01T10:00:00Z' }),
];

describe('open and late tickets', () => {
  it('lists the open tickets past the threshold apart from the worst, longest first, as many as worstTickets, with when each became late', async () => {
    const [s] = await evaluate(model({ standards: [frt], pipeline: twoOfEach }), firstResponseTickets);
    // Counted: P, Q missed; L1, L2, L4 in flight. L3 pending; OLD outside the window.
    expect(s).toMatchObject({ count: 5, met: 0, inFlight: 3, pending: 1 });
    expect(s!.worst.map((w) => [w.id, w.minutes, w.inFlight])).toEqual([['P', 1440, false], ['Q', 1200, false]]);
    expect(s!.openLate).toEqual([
      { id: 'L1', created: '2026-11-20T09:00:00.000Z', priority: 'urgent', channel: 'chat', team: 'support-emea', minutes: 180, lateSince: '2026-11-20T10:00:00.000Z' },
      { id: 'L2', created: '2026-11-20T10:30:00.000Z', priority: 'normal', channel: 'email', team: null, minutes: 90, lateSince: '2026-11-20T11:30:00.000Z' },
    ]);
  });

  it('next reply: a ticket is listed with its open exchange, though its worst exchange was a closed one', async () => {
    const nrt = standard({ id: 'next-reply', metric: 'next_reply_time' });
    const [s] = await evaluate(model({ standards: [nrt] }), [
      // First reply 09:10; customer 09:20, agent 14:20 (300 min, missed); customer 20 Nov 10:00, no answer at
      // 12:00: open 120 min, late since 11:00.
      ticket({
        id: 'N', created: '2026-11-19T09:00:00Z',
        replies: [['2026-11-19T09:10:00Z', 'agent'], ['2026-11-19T09:20:00Z', 'customer'], ['2026-11-19T14:20:00Z', 'agent'], ['2026-11-20T10:00:00Z', 'customer']],
      }),
    ]);
    expect(s).toMatchObject({ count: 2, met: 0, inFlight: 1 });
    expect(s!.worst.map((w) => [w.id, w.minutes, w.inFlight])).toEqual([['N', 300, false]]);
    expect(s!.openLate!.map((w) => [w.id, w.minutes, w.lateSince])).toEqual([['N', 120, '2026-11-20T11:00:00.000Z']]);
  });

  it('backlog: an unsolved ticket older than the threshold, late since its age passed it', async () => {
    const backlog = standard({ id: 'backlog', metric: 'backlog_age', thresholdMinutes: 1440 });
    const [s] = await evaluate(model({ standards: [backlog] }), [
      // Age 2880 min now; passed 1440 min on 19 Nov 12:00.
      ticket({ id: 'OLD', created: '2026-11-18T12:00:00Z' }),
      // Age 720 min: within.
      ticket({ id: 'NEW', created: '2026-11-20T00:00:00Z' }),
    ]);
    expect(s!.openLate).toEqual([
      { id: 'OLD', created: '2026-11-18T12:00:00.000Z', priority: 'normal', channel: 'email', team: null, minutes: 2880, lateSince: '2026-11-19T12:00:00.000Z' },
    ]);
  });

  it('a rate standard has no open-and-late list', async () => {
    const csat = standard({ id: 'csat', metric: 'csat' });
    const [s] = await evaluate(model({ standards: [csat] }), [ticket({ id: 'A', created: '2026-11-19T09:00:00Z' })]);
    expect(s!.openLate).toBeUndefined();
  });
});

describe('the statement names a scoped team by its name', () => {
  const emea: TeamDefinition = { id: 'support-emea', name: 'Support EMEA', description: null, calendar: null, githubTeam: null, leads: [], members: [], origin: { file: 'standards/teams/support-emea.yaml' } };

  it('"for Support EMEA", not the id', async () => {
    const scoped = standard({ id: 'first-response', metric: 'first_response_time', scope: { team: ['support-emea', 'support-nowhere'] } });
    const [s] = await evaluate(model({ standards: [scoped], teams: [emea] }), [
      ticket({ id: 'A', created: '2026-11-19T10:00:00Z', team: 'support-emea', replies: [['2026-11-19T10:30:00Z', 'agent']] }),
    ]);
    // A team with no document keeps its id.
    expect(s!.statement).toBe('100% of 1 ticket for Support EMEA and support-nowhere got a first reply within 1h over the last 30 days; objective 80%; met; 100% of the error budget left.');
  });
});
