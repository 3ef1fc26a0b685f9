// An urgent email ticket of team support-emea made from its status changes (instants in ms), with one agent reply
// an hour after creation: the tickets the counters' night tests place on purpose (named blocks, moved tickets).

import type { Ticket, TicketStatus } from '../../scripts/model/model.ts';

const H = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Updated at its last status change unless `updatedMs` says otherwise. */
export function ticketFromChanges(id: string, changes: [number, TicketStatus][], updatedMs = Math.max(...changes.map((c) => c[0]))): Ticket {
  const created = changes[0]![0];
  return {
    id, created: iso(created), updated: iso(updatedMs), priority: 'urgent', channel: 'email', team: 'support-emea',
    status: changes.at(-1)![1], tags: [], replies: [{ at: iso(created + H), by: 'agent' }], statusChanges: changes.map(([at, status]) => ({ at: iso(at), status })),
  } as Ticket;
}
