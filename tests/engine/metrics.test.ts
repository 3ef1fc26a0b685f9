import { describe, expect, it } from 'vitest';
import { wallClock } from '../../scripts/engine/business-clock.ts';
import {
  backlogAge, csat, firstContactResolution, firstResponseTime, fullResolutionTime, netPromoterScore, nextReplyTimes,
  npsAnswer, qaReviewScores, reopenRate, requesterWaitTime, unsolvedPeriods, AGENT_WORK_PAUSES, DEFAULT_REQUESTER_WAIT_PAUSES,
} from '../../scripts/engine/metrics.ts';
import { readTicketFacts, type TicketFacts } from '../../scripts/engine/ticket-checks.ts';
import { compileCalendar } from '../../scripts/engine/business-time.ts';
import { at, calendar, officeClock, scorecard, ticket, type TicketSketch } from './engine-fixtures.ts';

const FAR_FUTURE = at('2030-01-01T00:00:00Z');
// Office hours 09:00–17:00 UTC, Monday–Friday. 2026-11-02 is a Monday.
const office = officeClock('UTC');

function facts(sketch: TicketSketch, nowMs = FAR_FUTURE): TicketFacts {
  const read = readTicketFacts(ticket(sketch), nowMs);
  if (typeof read === 'string') throw new Error(`fixture rejected: ${read}`);
  return read;
}

describe('first_response_time', () => {
  it('measures creation to the first agent reply in business and in wall time', () => {
    const t = facts({
      id: 'a', created: '2026-11-02T16:30:00Z',
      replies: [['2026-11-02T16:40:00Z', 'customer'], ['2026-11-03T09:45:00Z', 'agent'], ['2026-11-03T10:00:00Z', 'agent']],
    });
    // Business: Mon 16:30–17:00 (30) + Tue 09:00–09:45 (45). Wall: 17h15m.
    expect(firstResponseTime(t, office, FAR_FUTURE, 60)).toEqual({ open: false, startMs: at('2026-11-02T16:30:00Z'), completedAtMs: at('2026-11-03T09:45:00Z'), minutes: 75 });
    expect(firstResponseTime(t, wallClock, FAR_FUTURE, 60)).toEqual({ open: false, startMs: at('2026-11-02T16:30:00Z'), completedAtMs: at('2026-11-03T09:45:00Z'), minutes: 1035 });
  });

  it('is not measured for a ticket solved without an agent reply', () => {
    const t = facts({ id: 'a', created: '2026-11-02T09:00:00Z', changes: [['2026-11-02T10:00:00Z', 'solved']] });
    expect(firstResponseTime(t, office, FAR_FUTURE, 60)).toBeNull();
  });

  it('an open ticket past the threshold is breached at the instant it passed it; inside it, it is pending', () => {
    const t = facts({ id: 'a', created: '2026-11-02T16:30:00Z' });
    // At Tue 10:00: 30 + 60 = 90 business minutes; 60 were reached at Tue 09:30.
    expect(firstResponseTime(t, office, at('2026-11-03T10:00:00Z'), 60)).toEqual({
      open: true, startMs: at('2026-11-02T16:30:00Z'), minutes: 90, breachedAtMs: at('2026-11-03T09:30:00Z'),
    });
    // Overnight the business clock stands still: 30 minutes, still pending.
    expect(firstResponseTime(t, office, at('2026-11-03T08:00:00Z'), 60)).toEqual({
      open: true, startMs: at('2026-11-02T16:30:00Z'), minutes: 30, breachedAtMs: null,
    });
    // Exactly on the threshold is not a breach.
    expect(firstResponseTime(t, office, at('2026-11-03T09:30:00Z'), 60)).toMatchObject({ minutes: 60, breachedAtMs: null });
  });

  it('on a ticket opened by an agent, runs from creation to the first agent reply after the opening comment', () => {
    // A logged phone call: the agent's opening comment at creation 09:00, the customer answers 09:40, the agent
    // replies 10:15 → 75 minutes (Zendesk: creation to the second public agent comment), not 0.
    const sketch: TicketSketch = {
      id: 'a', created: '2026-11-02T09:00:00Z', channel: 'phone',
      replies: [['2026-11-02T09:00:00Z', 'agent'], ['2026-11-02T09:40:00Z', 'customer'], ['2026-11-02T10:15:00Z', 'agent']],
    };
    const agentOpened = facts({ ...sketch, openedBy: 'agent' });
    expect(agentOpened.openedByAgent).toBe(true);
    expect(firstResponseTime(agentOpened, wallClock, FAR_FUTURE, 60)).toEqual({ open: false, startMs: at('2026-11-02T09:00:00Z'), completedAtMs: at('2026-11-02T10:15:00Z'), minutes: 75 });
    // The customer's 09:40 reply is first response time's business, not an exchange of next reply time.
    expect(nextReplyTimes(agentOpened, wallClock, FAR_FUTURE, 60)).toEqual([]);
    // The same timeline opened by the customer: the agent reply at creation is the first response.
    expect(firstResponseTime(facts(sketch), wallClock, FAR_FUTURE, 60)).toEqual({ open: false, startMs: at('2026-11-02T09:00:00Z'), completedAtMs: at('2026-11-02T09:00:00Z'), minutes: 0 });
    expect(firstResponseTime(facts({ ...sketch, openedBy: 'customer' }), wallClock, FAR_FUTURE, 60)).toMatchObject({ minutes: 0 });
    // A source that leaves the opening comment out (ticket.schema.json: replies after the opening message) gives 75 too.
    const withoutOpening = facts({ ...sketch, openedBy: 'agent', replies: sketch.replies!.slice(1) });
    expect(firstResponseTime(withoutOpening, wallClock, FAR_FUTURE, 60)).toMatchObject({ minutes: 75 });
    // Never answered after the opening comment: open, breached once an hour passed (10:00).
    const unanswered = facts({ ...sketch, openedBy: 'agent', replies: [['2026-11-02T09:00:00Z', 'agent']] });
    expect(firstResponseTime(unanswered, wallClock, at('2026-11-02T11:00:00Z'), 60)).toEqual({
      open: true, startMs: at('2026-11-02T09:00:00Z'), minutes: 120, breachedAtMs: at('2026-11-02T10:00:00Z'),
    });
  });

  it('sees the ticket as it was at now: a reply after now does not exist yet', () => {
    const sketch: TicketSketch = { id: 'a', created: '2026-11-02T09:00:00Z', replies: [['2026-11-02T12:00:00Z', 'agent']] };
    const now = at('2026-11-02T11:00:00Z');
    expect(firstResponseTime(facts(sketch, now), wallClock, now, 60)).toEqual({
      open: true, startMs: at('2026-11-02T09:00:00Z'), minutes: 120, breachedAtMs: at('2026-11-02T10:00:00Z'),
    });
  });

  it('counts business time across a DST change and skips a holiday (Europe/Dublin)', () => {
    // Irish time leaves summer time on Sun 2026-10-25; Mon 2026-10-26 is the October bank holiday.
    const dublin = officeClock('Europe/Dublin', ['2026-10-26']);
    // Fri 16:00 IST (15:00Z) → Tue 10:00 GMT (10:00Z): Fri 16:00–17:00 (60) + Tue 09:00–10:00 (60).
    const t = facts({ id: 'a', created: '2026-10-23T15:00:00Z', replies: [['2026-10-27T10:00:00Z', 'agent']] });
    expect(firstResponseTime(t, dublin, FAR_FUTURE, 60)).toMatchObject({ minutes: 120 });
    // The same instants without the holiday: Monday's 8 hours count too.
    expect(firstResponseTime(t, officeClock('Europe/Dublin'), FAR_FUTURE, 60)).toMatchObject({ minutes: 600 });
    // Wall time over the fall-back weekend: 91 hours (one of them repeated locally, counted once).
    expect(firstResponseTime(t, wallClock, FAR_FUTURE, 60)).toMatchObject({ minutes: 91 * 60 });
  });

  it('gives the same numbers with a compiled Calendar (business-time.ts)', () => {
    const dublin = { ...calendar('emea-office', 'Europe/Dublin'), holidays: [{ date: '2026-10-26', name: 'October Bank Holiday', open: null }] };
    const clock = compileCalendar(dublin, { fromMs: at('2026-10-01T00:00:00Z'), toMs: at('2026-11-30T00:00:00Z') });
    const t = facts({ id: 'a', created: '2026-10-23T15:00:00Z', replies: [['2026-10-27T10:00:00Z', 'agent']] });
    expect(firstResponseTime(t, clock, FAR_FUTURE, 60)).toMatchObject({ minutes: 120 });
    // Open since Fri 16:00 IST: 60 minutes reached at the Friday close, 17:00 IST (16:00Z), but passed only when
    // the desk next opens: Monday is the bank holiday, so Tue 09:00 GMT.
    const open = facts({ id: 'b', created: '2026-10-23T15:00:00Z' });
    expect(firstResponseTime(open, clock, at('2026-10-27T10:00:00Z'), 60)).toEqual({
      open: true, startMs: at('2026-10-23T15:00:00Z'), minutes: 120, breachedAtMs: at('2026-10-27T09:00:00Z'),
    });
  });
});

describe('in-flight breaches are dated when the threshold is passed, not reached (09:00–13:00 and 14:00–18:00)', () => {
  const split = {
    ...calendar('split-shift', 'UTC'),
    hours: {
      monday: [{ start: 540, end: 780 }, { start: 840, end: 1080 }], tuesday: [{ start: 540, end: 780 }, { start: 840, end: 1080 }],
      wednesday: [{ start: 540, end: 780 }, { start: 840, end: 1080 }], thursday: [{ start: 540, end: 780 }, { start: 840, end: 1080 }],
      friday: [{ start: 540, end: 780 }, { start: 840, end: 1080 }], saturday: [], sunday: [],
    },
  };
  const clock = compileCalendar(split, { fromMs: at('2026-11-01T00:00:00Z'), toMs: at('2026-12-01T00:00:00Z') });
  // Created Saturday 2026-11-07, never answered; threshold 8h. Monday gives 4h + 4h = 8h at 18:00 (reached);
  // more than 8h only from Tuesday 09:00 (passed).
  const t = facts({ id: 'a', created: '2026-11-07T10:00:00Z' });

  it('evaluated a week later, the miss is dated Tuesday 09:00', () => {
    expect(firstResponseTime(t, clock, at('2026-11-14T12:00:00Z'), 480)).toEqual({
      open: true, startMs: at('2026-11-07T10:00:00Z'), minutes: 8 * 60 * 5, breachedAtMs: at('2026-11-10T09:00:00Z'),
    });
  });

  it('evaluated Monday 20:00 and Tuesday 09:00 it is pending; a minute later it is breached as of 09:00', () => {
    expect(firstResponseTime(t, clock, at('2026-11-09T20:00:00Z'), 480)).toMatchObject({ minutes: 480, breachedAtMs: null });
    expect(firstResponseTime(t, clock, at('2026-11-10T09:00:00Z'), 480)).toMatchObject({ minutes: 480, breachedAtMs: null });
    expect(firstResponseTime(t, clock, at('2026-11-10T09:01:00Z'), 480)).toMatchObject({ minutes: 481, breachedAtMs: at('2026-11-10T09:00:00Z') });
  });

  it('the lunch break counts the same way: 4h reached at 13:00 are passed at 14:00', () => {
    expect(fullResolutionTime(t, clock, at('2026-11-09T15:00:00Z'), 240)).toMatchObject({ minutes: 300, breachedAtMs: at('2026-11-09T14:00:00Z') });
  });

  it('requester wait time too, across a pause', () => {
    // Open from Sat; pending Mon 12:00–16:00; open again. Monday: 09–12 (3h) + 16–18 (2h) = 5h, threshold 5h:
    // reached Mon 18:00, passed Tue 09:00.
    const waiting = facts({ id: 'w', created: '2026-11-07T10:00:00Z', changes: [['2026-11-09T12:00:00Z', 'pending'], ['2026-11-09T16:00:00Z', 'open']] });
    expect(requesterWaitTime(waiting, clock, at('2026-11-10T10:00:00Z'), 300, ['pending'])).toEqual({
      open: true, startMs: at('2026-11-07T10:00:00Z'), minutes: 360, breachedAtMs: at('2026-11-10T09:00:00Z'),
    });
    // Threshold 3h: reached at Mon 12:00 as the ticket goes pending, passed when it waits again, Mon 16:00.
    expect(requesterWaitTime(waiting, clock, at('2026-11-10T10:00:00Z'), 180, ['pending'])).toMatchObject({ breachedAtMs: at('2026-11-09T16:00:00Z') });
  });
});

describe('next_reply_time', () => {
  it('measures each customer run from its first reply to the next agent reply; a solve in between drops it', () => {
    const t = facts({
      id: 'a', created: '2026-11-02T09:00:00Z',
      replies: [
        ['2026-11-02T09:05:00Z', 'customer'], // before the first agent reply: first response time's business
        ['2026-11-02T10:00:00Z', 'agent'],
        ['2026-11-02T11:00:00Z', 'customer'],
        ['2026-11-02T11:30:00Z', 'customer'],
        ['2026-11-02T12:00:00Z', 'agent'], // 11:00 → 12:00: 60
        ['2026-11-02T13:00:00Z', 'customer'], // solved at 13:30 without an answer: not measured
        ['2026-11-02T14:00:00Z', 'customer'], // reopens; a new exchange
        ['2026-11-02T15:30:00Z', 'agent'], // 14:00 → 15:30: 90
      ],
      changes: [['2026-11-02T13:30:00Z', 'solved'], ['2026-11-02T14:00:00Z', 'open'], ['2026-11-02T16:00:00Z', 'solved']],
    });
    expect(nextReplyTimes(t, office, FAR_FUTURE, 60)).toEqual([
      { open: false, startMs: at('2026-11-02T11:00:00Z'), completedAtMs: at('2026-11-02T12:00:00Z'), minutes: 60 },
      { open: false, startMs: at('2026-11-02T14:00:00Z'), completedAtMs: at('2026-11-02T15:30:00Z'), minutes: 90 },
    ]);
  });

  it('leaves the last unanswered exchange of an open ticket open', () => {
    const t = facts({
      id: 'a', created: '2026-11-02T09:00:00Z',
      replies: [['2026-11-02T10:00:00Z', 'agent'], ['2026-11-02T16:00:00Z', 'customer']],
    });
    // Mon 16:00–17:00 (60) + Tue 09:00–09:30 (30) at Tue 09:30; the hour was reached at the Mon 17:00 close
    // and passed when the desk opened, Tue 09:00.
    expect(nextReplyTimes(t, office, at('2026-11-03T09:30:00Z'), 60)).toEqual([
      { open: true, startMs: at('2026-11-02T16:00:00Z'), minutes: 90, breachedAtMs: at('2026-11-03T09:00:00Z') },
    ]);
  });

  it('measures the exchange an agent answers and solves in one action (submit as solved)', () => {
    // Defect 1: agent 09:10, customer 10:00, agent 11:00 with the solve at 11:00:00 → one exchange of 60 minutes.
    const t = facts({
      id: 'a', created: '2026-11-02T09:00:00Z',
      replies: [['2026-11-02T09:10:00Z', 'agent'], ['2026-11-02T10:00:00Z', 'customer'], ['2026-11-02T11:00:00Z', 'agent']],
      changes: [['2026-11-02T11:00:00Z', 'solved']],
    });
    expect(nextReplyTimes(t, wallClock, FAR_FUTURE, 60)).toEqual([
      { open: false, startMs: at('2026-11-02T10:00:00Z'), completedAtMs: at('2026-11-02T11:00:00Z'), minutes: 60 },
    ]);
    // A solve one second before that agent reply still ends the exchange unmeasured.
    const solvedFirst = facts({
      id: 'b', created: '2026-11-02T09:00:00Z',
      replies: [['2026-11-02T09:10:00Z', 'agent'], ['2026-11-02T10:00:00Z', 'customer'], ['2026-11-02T11:00:00Z', 'agent']],
      changes: [['2026-11-02T10:59:59Z', 'solved']],
    });
    expect(nextReplyTimes(solvedFirst, wallClock, FAR_FUTURE, 60)).toEqual([]);
  });

  it('does not measure an unanswered reply on a solved ticket', () => {
    const t = facts({
      id: 'a', created: '2026-11-02T09:00:00Z',
      replies: [['2026-11-02T10:00:00Z', 'agent'], ['2026-11-02T11:00:00Z', 'customer']],
      changes: [['2026-11-02T10:30:00Z', 'solved']],
    });
    expect(nextReplyTimes(t, office, FAR_FUTURE, 60)).toEqual([]);
  });
});

describe('full_resolution_time', () => {
  it('runs to the final solve of a reopened ticket, pending time included', () => {
    const t = facts({
      id: 'a', created: '2026-11-02T09:00:00Z',
      changes: [
        ['2026-11-02T10:00:00Z', 'pending'], ['2026-11-02T11:00:00Z', 'solved'], ['2026-11-02T12:00:00Z', 'open'],
        ['2026-11-03T10:00:00Z', 'solved'], ['2026-11-04T10:00:00Z', 'closed'],
      ],
    });
    // Business: Mon 09:00–17:00 (480) + Tue 09:00–10:00 (60). Wall: 25 hours. Closing is not a new solve.
    expect(fullResolutionTime(t, office, FAR_FUTURE, 600)).toEqual({ open: false, startMs: at('2026-11-02T09:00:00Z'), completedAtMs: at('2026-11-03T10:00:00Z'), minutes: 540 });
    expect(fullResolutionTime(t, wallClock, FAR_FUTURE, 600)).toEqual({ open: false, startMs: at('2026-11-02T09:00:00Z'), completedAtMs: at('2026-11-03T10:00:00Z'), minutes: 1500 });
  });

  it('a reopened ticket that is open now is unsolved', () => {
    const t = facts({ id: 'a', created: '2026-11-02T09:00:00Z', changes: [['2026-11-02T10:00:00Z', 'solved'], ['2026-11-02T11:00:00Z', 'open']] });
    expect(fullResolutionTime(t, wallClock, at('2026-11-02T12:00:00Z'), 120)).toEqual({
      open: true, startMs: at('2026-11-02T09:00:00Z'), minutes: 180, breachedAtMs: at('2026-11-02T11:00:00Z'),
    });
  });
});

describe('requester_wait_time', () => {
  const sketch: TicketSketch = {
    id: 'a', created: '2026-11-02T09:00:00Z',
    changes: [
      ['2026-11-02T10:00:00Z', 'pending'], ['2026-11-02T12:00:00Z', 'open'], ['2026-11-02T13:00:00Z', 'solved'],
      ['2026-11-02T14:00:00Z', 'open'], ['2026-11-02T14:30:00Z', 'solved'],
    ],
  };

  it('leaves out pause statuses and time spent solved before a reopen', () => {
    // open 09–10 (60) + open 12–13 (60) + open 14:00–14:30 (30).
    expect(requesterWaitTime(facts(sketch), office, FAR_FUTURE, 60, ['pending', 'on-hold'])).toEqual({
      open: false, startMs: at('2026-11-02T09:00:00Z'), completedAtMs: at('2026-11-02T14:30:00Z'), minutes: 150,
    });
    // With no pause statuses the pending 2 hours count; the solved hour still does not.
    expect(requesterWaitTime(facts(sketch), office, FAR_FUTURE, 60, [])).toMatchObject({ minutes: 270 });
  });

  it('by default (Zendesk) counts new, open and on-hold and pauses only on pending; agent work time counts new and open', () => {
    // Created 09:00 (new), open 09:30, on-hold 10:00–11:00, pending 11:00–12:30, open, solved 13:00. Wall time.
    const t = facts({
      id: 'a', created: '2026-11-02T09:00:00Z',
      changes: [
        ['2026-11-02T09:00:00Z', 'new'], ['2026-11-02T09:30:00Z', 'open'], ['2026-11-02T10:00:00Z', 'on-hold'],
        ['2026-11-02T11:00:00Z', 'pending'], ['2026-11-02T12:30:00Z', 'open'], ['2026-11-02T13:00:00Z', 'solved'],
      ],
    });
    // new 30 + open 30 + on-hold 60 + open 30 = 150; pending's 90 left out.
    expect(requesterWaitTime(t, wallClock, FAR_FUTURE, 60, DEFAULT_REQUESTER_WAIT_PAUSES)).toEqual({
      open: false, startMs: at('2026-11-02T09:00:00Z'), completedAtMs: at('2026-11-02T13:00:00Z'), minutes: 150,
    });
    // Agent work time: new 30 + open 30 + open 30 = 90.
    expect(requesterWaitTime(t, wallClock, FAR_FUTURE, 60, AGENT_WORK_PAUSES)).toMatchObject({ minutes: 90 });
    expect(DEFAULT_REQUESTER_WAIT_PAUSES).toEqual(['pending']);
    expect(AGENT_WORK_PAUSES).toEqual(['pending', 'on-hold']);
  });

  it('an open ticket breaches at the instant its wait passed the threshold', () => {
    const t = facts({
      id: 'a', created: '2026-11-02T09:00:00Z',
      changes: [['2026-11-02T09:30:00Z', 'pending'], ['2026-11-02T11:00:00Z', 'open']],
    });
    // 30 minutes before the pause, then 30 more from 11:00: the hour is reached at 11:30; 90 by noon.
    expect(requesterWaitTime(t, office, at('2026-11-02T12:00:00Z'), 60, ['pending', 'on-hold'])).toEqual({
      open: true, startMs: at('2026-11-02T09:00:00Z'), minutes: 90, breachedAtMs: at('2026-11-02T11:30:00Z'),
    });
  });
});

describe('rate and score metrics', () => {
  const solvedOnce: TicketSketch = {
    id: 'a', created: '2026-11-02T09:00:00Z', replies: [['2026-11-02T09:30:00Z', 'agent']],
    changes: [['2026-11-02T10:00:00Z', 'solved']],
  };
  const reopened: TicketSketch = {
    id: 'b', created: '2026-11-02T09:00:00Z', replies: [['2026-11-02T09:30:00Z', 'agent']],
    changes: [['2026-11-02T10:00:00Z', 'solved'], ['2026-11-03T10:00:00Z', 'open'], ['2026-11-03T11:00:00Z', 'solved']],
  };
  const twoReplies: TicketSketch = {
    id: 'c', created: '2026-11-02T09:00:00Z', replies: [['2026-11-02T09:30:00Z', 'agent'], ['2026-11-02T09:40:00Z', 'agent']],
    changes: [['2026-11-02T10:00:00Z', 'solved']],
  };

  it('reopen_rate: counted at the first solve, a success when ever reopened', () => {
    expect(reopenRate(facts(solvedOnce))).toEqual({ atMs: at('2026-11-02T10:00:00Z'), success: false });
    expect(reopenRate(facts(reopened))).toEqual({ atMs: at('2026-11-02T10:00:00Z'), success: true });
    expect(reopenRate(facts({ id: 'd', created: '2026-11-02T09:00:00Z' }))).toBeNull();
  });

  it('first_contact_resolution: counted at the final solve; one agent reply and never reopened', () => {
    expect(firstContactResolution(facts(solvedOnce))).toEqual({ atMs: at('2026-11-02T10:00:00Z'), success: true });
    expect(firstContactResolution(facts(reopened))).toEqual({ atMs: at('2026-11-03T11:00:00Z'), success: false });
    expect(firstContactResolution(facts(twoReplies))).toEqual({ atMs: at('2026-11-02T10:00:00Z'), success: false });
    expect(firstContactResolution(facts({ id: 'd', created: '2026-11-02T09:00:00Z' }))).toBeNull();
  });

  it('csat: good, 4 and 5 are good; bad and 1–3 are not', () => {
    const rated = (rating: 'good' | 'bad' | number) =>
      csat(facts({ id: 'a', created: '2026-11-02T09:00:00Z', satisfaction: { at: '2026-11-03T09:00:00Z', rating } }));
    expect([rated('good'), rated('bad'), rated(5), rated(4), rated(3), rated(1)].map((o) => o?.success)).toEqual([
      true, false, true, true, false, false,
    ]);
    expect(rated('good')?.atMs).toBe(at('2026-11-03T09:00:00Z'));
    expect(csat(facts({ id: 'a', created: '2026-11-02T09:00:00Z' }))).toBeNull();
  });

  it('nps: 9–10 promoters, 0–6 detractors; the score is % promoters − % detractors', () => {
    const answer = (score: number) => npsAnswer(facts({ id: 'a', created: '2026-11-02T09:00:00Z', nps: { at: '2026-11-03T09:00:00Z', score } }));
    expect(answer(10)).toEqual({ atMs: at('2026-11-03T09:00:00Z'), promoter: true, detractor: false });
    expect(answer(9)).toMatchObject({ promoter: true, detractor: false });
    expect(answer(8)).toMatchObject({ promoter: false, detractor: false });
    expect(answer(7)).toMatchObject({ promoter: false, detractor: false });
    expect(answer(6)).toMatchObject({ promoter: false, detractor: true });
    expect(answer(0)).toMatchObject({ promoter: false, detractor: true });
    // 5 promoters, 3 passives, 2 detractors: 50% − 20% = 30.
    expect(netPromoterScore(5, 2, 10)).toBe(30);
    expect(netPromoterScore(0, 0, 0)).toBeNull();
  });

  it('qa_score: weighted share of applicable behaviours; a failed critical behaviour scores 0', () => {
    const card = scorecard(); // acknowledge ×1, accurate ×2, ownership ×1 (critical); pass mark 80%
    const t = facts({
      id: 'a', created: '2026-11-02T09:00:00Z',
      qa: [
        { scorecard: card.id, at: '2026-11-03T09:00:00Z', results: { acknowledge: 'pass', accurate: 'fail', ownership: 'pass' } },
        { scorecard: card.id, at: '2026-11-03T10:00:00Z', results: { acknowledge: 'pass', accurate: 'na', ownership: 'pass', unknown: 'fail' } },
        { scorecard: card.id, at: '2026-11-03T11:00:00Z', results: { acknowledge: 'pass', accurate: 'pass', ownership: 'fail' } },
        { scorecard: card.id, at: '2026-11-03T12:00:00Z', results: { acknowledge: 'na' } },
        { scorecard: 'other-card', at: '2026-11-03T13:00:00Z', results: { acknowledge: 'pass' } },
      ],
    });
    expect(qaReviewScores(t, card).map(({ atMs, score, passed }) => ({ atMs, score, passed }))).toEqual([
      { atMs: at('2026-11-03T09:00:00Z'), score: 0.5, passed: false }, // (1 + 1) / 4
      { atMs: at('2026-11-03T10:00:00Z'), score: 1, passed: true }, // (1 + 1) / 2, accurate n/a
      { atMs: at('2026-11-03T11:00:00Z'), score: 0, passed: false }, // critical failed
    ]);
  });
});

describe('backlog_age', () => {
  const t = facts({
    id: 'a', created: '2026-11-02T09:00:00Z',
    changes: [['2026-11-02T12:00:00Z', 'pending'], ['2026-11-03T12:00:00Z', 'solved'], ['2026-11-04T09:00:00Z', 'open']],
  });

  it('the ticket is in the backlog while unsolved (pending included), again after a reopen', () => {
    expect(unsolvedPeriods(t)).toEqual([
      [at('2026-11-02T09:00:00Z'), at('2026-11-03T12:00:00Z')],
      [at('2026-11-04T09:00:00Z'), Number.POSITIVE_INFINITY],
    ]);
  });

  it('its age at an instant is measured from creation in the clock', () => {
    expect(backlogAge(t, office, at('2026-11-02T17:00:00Z'))).toBe(480);
    expect(backlogAge(t, office, at('2026-11-03T12:00:00Z'))).toBeNull(); // solved at that instant
    expect(backlogAge(t, office, at('2026-11-04T10:00:00Z'))).toBe(480 + 480 + 60);
    expect(backlogAge(t, wallClock, at('2026-11-04T10:00:00Z'))).toBe(49 * 60);
    expect(backlogAge(t, office, at('2026-11-01T10:00:00Z'))).toBeNull(); // before creation
  });
});
