import { describe, expect, it } from 'vitest';
import { checkTicket, parseInstant, readTicketFacts, REJECTION } from '../../scripts/engine/ticket-checks.ts';
import { at, ticket } from './engine-fixtures.ts';

const good = ticket({
  id: 'T-1', created: '2026-11-02T09:00:00Z',
  replies: [['2026-11-02T09:30:00Z', 'agent']],
  changes: [['2026-11-02T10:00:00Z', 'solved']],
});

function withChanges(patch: Record<string, unknown>): unknown {
  return { ...structuredClone(good), ...patch };
}

describe('checkTicket', () => {
  it('accepts a well-formed ticket', () => {
    expect(checkTicket(good)).toBeNull();
  });

  it.each([
    ['not an object', null, REJECTION.notAnObject],
    ['a number', 42, REJECTION.notAnObject],
    ['a list', [good], REJECTION.notAnObject],
    ['no id', withChanges({ id: '' }), REJECTION.missingId],
    ['no created', withChanges({ created: undefined }), REJECTION.badCreated],
    ['a created without zone', withChanges({ created: '2026-11-02T09:00:00' }), REJECTION.badCreated],
    ['an impossible date', withChanges({ created: '2026-02-30T09:00:00Z' }), REJECTION.badCreated],
    ['updated before created', withChanges({ updated: '2026-11-01T09:00:00Z' }), REJECTION.updatedBeforeCreated],
    ['an unknown priority', withChanges({ priority: 'P1' }), REJECTION.unknownPriority],
    ['an unknown channel', withChanges({ channel: 'fax' }), REJECTION.unknownChannel],
    ['an unknown status', withChanges({ status: 'done' }), REJECTION.unknownStatus],
    ['an unknown opener', withChanges({ openedBy: 'bot' }), REJECTION.unknownOpener],
    ['a reply before creation', withChanges({ replies: [{ at: '2026-11-02T08:00:00Z', by: 'agent' }] }), REJECTION.replyBeforeCreated],
    [
      'replies out of order',
      withChanges({ replies: [{ at: '2026-11-02T09:30:00Z', by: 'agent' }, { at: '2026-11-02T09:20:00Z', by: 'customer' }] }),
      REJECTION.repliesOutOfOrder,
    ],
    ['a reply by a bot', withChanges({ replies: [{ at: '2026-11-02T09:30:00Z', by: 'bot' }] }), REJECTION.unknownReplyAuthor],
    [
      'a status change before creation',
      withChanges({ statusChanges: [{ at: '2026-11-01T09:00:00Z', status: 'open' }, { at: '2026-11-02T10:00:00Z', status: 'solved' }] }),
      REJECTION.statusChangeBeforeCreated,
    ],
    [
      'status changes out of order',
      withChanges({ statusChanges: [{ at: '2026-11-02T11:00:00Z', status: 'open' }, { at: '2026-11-02T10:00:00Z', status: 'solved' }] }),
      REJECTION.statusChangesOutOfOrder,
    ],
    [
      'a status change to an unknown status',
      withChanges({ statusChanges: [{ at: '2026-11-02T09:00:00Z', status: 'waiting' }] }),
      REJECTION.unknownStatusChange,
    ],
    ['a status that is not the last change', withChanges({ status: 'open' }), REJECTION.statusDisagrees],
    ['a solved ticket without history', withChanges({ statusChanges: [] }), REJECTION.solvedWithoutHistory],
    ['a rating of 7', withChanges({ satisfaction: { at: '2026-11-03T09:00:00Z', rating: 7 } }), REJECTION.badSatisfaction],
    ['a rating before creation', withChanges({ satisfaction: { at: '2026-11-01T09:00:00Z', rating: 'good' } }), REJECTION.satisfactionBeforeCreated],
    ['an NPS of 11', withChanges({ nps: { at: '2026-11-03T09:00:00Z', score: 11 } }), REJECTION.badNps],
    ['a QA result of "maybe"', withChanges({ qa: [{ scorecard: 'x', at: '2026-11-03T09:00:00Z', results: { a: 'maybe' } }] }), REJECTION.badQa],
  ])('rejects %s', (_name, input, reason) => {
    expect(checkTicket(input)).toBe(reason);
  });
});

describe('readTicketFacts', () => {
  it('reads solves and reopens from the timeline', () => {
    const facts = readTicketFacts(
      ticket({
        id: 'T-2', created: '2026-11-02T09:00:00Z',
        changes: [['2026-11-02T10:00:00Z', 'solved'], ['2026-11-02T11:00:00Z', 'closed'], ['2026-11-03T09:00:00Z', 'open'], ['2026-11-03T10:00:00Z', 'solved']],
      }),
      at('2030-01-01T00:00:00Z'),
    );
    expect(facts).toMatchObject({ solved: true, firstSolveMs: at('2026-11-02T10:00:00Z'), finalSolveMs: at('2026-11-03T10:00:00Z'), reopens: 1 });
  });

  it('drops what happened after now', () => {
    const facts = readTicketFacts(good, at('2026-11-02T09:45:00Z'));
    expect(facts).toMatchObject({ solved: false, status: 'open', finalSolveMs: null, replies: [{ atMs: at('2026-11-02T09:30:00Z'), agent: true }] });
  });

  it('synthesises the status at creation when the history starts later', () => {
    const raw = { ...structuredClone(good), statusChanges: [{ at: '2026-11-02T10:00:00Z', status: 'solved' }] };
    const facts = readTicketFacts(raw, at('2030-01-01T00:00:00Z'));
    expect(typeof facts !== 'string' && facts.statusChanges).toEqual([
      { atMs: at('2026-11-02T09:00:00Z'), status: 'new' },
      { atMs: at('2026-11-02T10:00:00Z'), status: 'solved' },
    ]);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-11-02T09:15:00Z', Date.UTC(2026, 10, 2, 9, 15)],
    ['2026-11-02T09:15:00.250Z', Date.UTC(2026, 10, 2, 9, 15, 0, 250)],
    ['2026-11-02T10:15:00+01:00', Date.UTC(2026, 10, 2, 9, 15)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('reads %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it.each(['2026-11-02T09:15:00', '2026-13-02T09:15:00Z', '2025-02-29T00:00:00Z', '2026-11-02 09:15:00Z', 'yesterday', ''])(
    'refuses %s',
    (text) => {
      expect(parseInstant(text)).toBeNaN();
    },
  );
});
