// Ticket records are made one way (ticket-checks.ts `ticketRecord`): checked from a ticket, decoded from the facts
// cache, cut to an earlier night (`factsAt`), every record has every field in one order, `helpdeskMetrics` undefined
// when the ticket has none. What that must not change: the JSON of a record (undefined is left out, so a record
// without the helpdesk's figures writes the same text as when the field was absent), and what the facts cache gives
// back. The JSON below is written out by hand from the ticket.

import { describe, expect, it } from 'vitest';
import { factsAt, readTicketRecord, type TicketRecord } from '../../scripts/engine/ticket-checks.ts';
import { decodeEntries, encodeEntries, readHeader } from '../../scripts/store/facts-cache-format.ts';

const STAT = { sha256: 'x', files: [{ name: 'x.ndjson', size: 1, mtimeNs: '1', ino: '1' }], mark: '1' };

const TICKET = {
  id: 'T-1', created: '2026-11-02T09:00:00Z', updated: '2026-11-03T10:00:00Z', priority: 'high', channel: 'email', status: 'solved',
  team: 'support-emea', tags: ['billing'],
  replies: [{ at: '2026-11-02T09:30:00Z', by: 'agent' }, { at: '2026-11-02T11:00:00Z', by: 'customer' }],
  statusChanges: [{ at: '2026-11-02T09:30:00Z', status: 'open' }, { at: '2026-11-03T10:00:00Z', status: 'solved' }],
  satisfaction: { at: '2026-11-03T12:00:00Z', rating: 'good' },
};
const CREATED = Date.parse('2026-11-02T09:00:00Z');
const REPLY1 = Date.parse('2026-11-02T09:30:00Z');
const REPLY2 = Date.parse('2026-11-02T11:00:00Z');
const SOLVED = Date.parse('2026-11-03T10:00:00Z');
const RATED = Date.parse('2026-11-03T12:00:00Z');

const KEYS = ['id', 'priority', 'channel', 'team', 'category', 'tags', 'createdMs', 'openedByAgent', 'replies', 'statusChanges', 'status', 'solved',
  'firstSolveMs', 'finalSolveMs', 'reopens', 'satisfaction', 'nps', 'qa', 'lastEventMs', 'helpdeskMetrics'];

const JSON_WITHOUT = `{"id":"T-1","priority":"high","channel":"email","team":"support-emea","category":null,"tags":["billing"],"createdMs":${CREATED},`
  + `"openedByAgent":false,"replies":[{"atMs":${REPLY1},"agent":true},{"atMs":${REPLY2},"agent":false}],`
  + `"statusChanges":[{"atMs":${CREATED},"status":"new"},{"atMs":${REPLY1},"status":"open"},{"atMs":${SOLVED},"status":"solved"}],`
  + `"status":"solved","solved":true,"firstSolveMs":${SOLVED},"finalSolveMs":${SOLVED},"reopens":0,"satisfaction":{"atMs":${RATED},"good":true},`
  + `"nps":null,"qa":[],"lastEventMs":${RATED}}`;
const JSON_WITH = `${JSON_WITHOUT.slice(0, -1)},"helpdeskMetrics":{"firstReplyMinutes":30,"fullResolutionMinutes":1500}}`;

const record = (ticket: object): TicketRecord => {
  const r = readTicketRecord(ticket);
  if (typeof r === 'string') throw new Error(r);
  return r;
};
const throughCache = (r: TicketRecord): TicketRecord => {
  const bytes = encodeEntries([r], STAT);
  const head = readHeader(bytes);
  if (typeof head === 'string') throw new Error(head);
  return decodeEntries(bytes, head)[0] as TicketRecord;
};

describe('a ticket record has one shape, and its JSON is the same', () => {
  it('without the helpdesk\'s figures: every field present, helpdeskMetrics undefined and left out of the JSON', () => {
    const r = record(TICKET);
    expect(Object.keys(r)).toEqual(KEYS);
    expect(r.helpdeskMetrics).toBeUndefined();
    expect(JSON.stringify(r)).toBe(JSON_WITHOUT);
    const decoded = throughCache(r);
    expect(Object.keys(decoded)).toEqual(KEYS);
    expect(JSON.stringify(decoded)).toBe(JSON_WITHOUT);
  });

  it('with them: the same fields in the same order, the figures last in the JSON, through the facts cache too', () => {
    const r = record({ ...TICKET, helpdeskMetrics: { firstReplyMinutes: 30, fullResolutionMinutes: 1500 } });
    expect(Object.keys(r)).toEqual(KEYS);
    expect(JSON.stringify(r)).toBe(JSON_WITH);
    expect(JSON.stringify(throughCache(r))).toBe(JSON_WITH);
  });

  it('cut to an instant before its last events: the same fields, the latest event it keeps, no helpdesk figures', () => {
    const r = record({ ...TICKET, helpdeskMetrics: { firstReplyMinutes: 30, fullResolutionMinutes: 1500 } });
    // After the second reply, before the solve: open, one agent reply and one customer reply, no rating.
    const cut = factsAt(r, REPLY2 + 60_000) as TicketRecord;
    expect(Object.keys(cut)).toEqual(KEYS);
    expect(JSON.stringify(cut)).toBe(`{"id":"T-1","priority":"high","channel":"email","team":"support-emea","category":null,"tags":["billing"],"createdMs":${CREATED},`
      + `"openedByAgent":false,"replies":[{"atMs":${REPLY1},"agent":true},{"atMs":${REPLY2},"agent":false}],`
      + `"statusChanges":[{"atMs":${CREATED},"status":"new"},{"atMs":${REPLY1},"status":"open"}],`
      + `"status":"open","solved":false,"firstSolveMs":null,"finalSolveMs":null,"reopens":0,"satisfaction":null,"nps":null,"qa":[],"lastEventMs":${REPLY2}}`);
    // At or after its last event a night gets the record itself.
    expect(factsAt(r, RATED)).toBe(r);
  });
});
