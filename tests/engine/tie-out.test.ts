// The tie-out classifies each difference with the helpdesk's own figures by its reason. Six tickets, each
// figure worked out by hand (calendar minutes, as of 20 Nov 12:00 UTC):
//   A replied after 30 min, solved after 120: both agree.
//   B replied after 60, solved after 180, reopened and open now: first reply agrees; full resolution is the
//     helpdesk's 180 against our none (unsolved): a difference of definition.
//   C solved after 60, reopened, solved again after 240: the helpdesk keeps the last solve, as we do: agrees.
//   D replied after 20 where the helpdesk says 35: unexplained (different times).
//   E not replied yet where the helpdesk has 15: unexplained (we have none).
//   F solved after 40 where the helpdesk has no resolution: unexplained (the helpdesk has none).

import { describe, expect, it } from 'vitest';
import { createTieOut, TIE_OUT_REASONS, tieOutReason } from '../../scripts/engine/tie-out.ts';
import { readTicketFacts, type TicketFacts } from '../../scripts/engine/ticket-checks.ts';
import { ticket } from './engine-fixtures.ts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const day = '2026-11-18T';
const tickets = [
  { ...ticket({ id: 'A', created: `${day}09:00:00Z`, replies: [[`${day}09:30:00Z`, 'agent']], changes: [[`${day}11:00:00Z`, 'solved']] }), helpdeskMetrics: { firstReplyMinutes: 30, fullResolutionMinutes: 120 } },
  { ...ticket({ id: 'B', created: `${day}09:00:00Z`, replies: [[`${day}10:00:00Z`, 'agent']], changes: [[`${day}12:00:00Z`, 'solved'], ['2026-11-19T08:00:00Z', 'open']] }), helpdeskMetrics: { firstReplyMinutes: 60, fullResolutionMinutes: 180 } },
  { ...ticket({ id: 'C', created: `${day}09:00:00Z`, replies: [[`${day}09:45:00Z`, 'agent']], changes: [[`${day}10:00:00Z`, 'solved'], [`${day}11:00:00Z`, 'open'], [`${day}13:00:00Z`, 'solved']] }), helpdeskMetrics: { firstReplyMinutes: 45, fullResolutionMinutes: 240 } },
  { ...ticket({ id: 'D', created: `${day}09:00:00Z`, replies: [[`${day}09:20:00Z`, 'agent']], changes: [[`${day}10:00:00Z`, 'solved']] }), helpdeskMetrics: { firstReplyMinutes: 35, fullResolutionMinutes: 60 } },
  { ...ticket({ id: 'E', created: `${day}09:00:00Z` }), helpdeskMetrics: { firstReplyMinutes: 15, fullResolutionMinutes: null } },
  { ...ticket({ id: 'F', created: `${day}09:00:00Z`, replies: [[`${day}09:10:00Z`, 'agent']], changes: [[`${day}09:40:00Z`, 'solved']] }), helpdeskMetrics: { firstReplyMinutes: 10, fullResolutionMinutes: null } },
  // Without the helpdesk's figures: not in the tie-out.
  ticket({ id: 'G', created: `${day}09:00:00Z` }),
];

function tieOutOf(list: readonly object[]) {
  const counter = createTieOut('zendesk ticket metrics');
  list.forEach((t, at) => counter.add(t, readTicketFacts(t, NOW) as TicketFacts, NOW, at));
  return counter.finish();
}

describe('the tie-out', () => {
  it('counts agreements and classifies each difference by its reason, unexplained ones listed first', () => {
    expect(tieOutOf(tickets)).toEqual({
      against: 'zendesk ticket metrics', tickets: 6, toleranceMinutes: 1,
      metrics: [
        { metric: 'first_response_time', agree: 4, disagree: 2, reasons: [{ reason: 'different-times', kind: 'unexplained', count: 1 }, { reason: 'we-have-none', kind: 'unexplained', count: 1 }] },
        { metric: 'full_resolution_time', agree: 4, disagree: 2, reasons: [{ reason: 'helpdesk-has-none', kind: 'unexplained', count: 1 }, { reason: 'reopened-open-now', kind: 'definition', count: 1 }] },
      ],
      disagreements: [
        { ticket: 'D', metric: 'first_response_time', ours: 20, theirs: 35, reason: 'different-times' },
        { ticket: 'E', metric: 'first_response_time', ours: null, theirs: 15, reason: 'we-have-none' },
        { ticket: 'F', metric: 'full_resolution_time', ours: 40, theirs: null, reason: 'helpdesk-has-none' },
        { ticket: 'B', metric: 'full_resolution_time', ours: null, theirs: 180, reason: 'reopened-open-now' },
      ],
    });
  });

  it('a reopened ticket open now is a difference of definition for full resolution only', () => {
    const reopenedOpen = { reopens: 1, solved: false };
    expect(tieOutReason('full_resolution_time', reopenedOpen, null, 180)).toBe('reopened-open-now');
    expect(tieOutReason('first_response_time', reopenedOpen, null, 180)).toBe('we-have-none');
    expect(tieOutReason('full_resolution_time', { reopens: 0, solved: false }, null, 180)).toBe('we-have-none');
    expect(Object.entries(TIE_OUT_REASONS).map(([reason, r]) => [reason, r.kind])).toEqual([
      ['reopened-open-now', 'definition'], ['helpdesk-has-none', 'unexplained'], ['we-have-none', 'unexplained'], ['different-times', 'unexplained'],
    ]);
  });

  it('keeps at most 10 examples, the unexplained ones first', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...tickets[1]!, id: `R${i}` }));
    const odd = { ...tickets[3]!, id: 'Z' };
    const result = tieOutOf([...many, odd])!;
    expect(result.disagreements.map((d) => d.ticket)).toEqual(['Z', 'R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']);
    expect(result.metrics[1]!.reasons).toEqual([{ reason: 'reopened-open-now', kind: 'definition', count: 12 }]);
  });
});
