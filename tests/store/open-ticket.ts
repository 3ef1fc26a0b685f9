import type { Ticket } from '../../scripts/model/model.ts';

/** An open e-mail ticket of normal priority, opened when created and last changed at `updated`: the store tests' plain ticket. */
export function openTicket(id: string, created: string, updated = created, extra: Partial<Ticket> = {}): Ticket {
  return { id, created, updated, priority: 'normal', channel: 'email', status: 'open', tags: [], replies: [], statusChanges: [{ at: created, status: 'open' }], ...extra };
}
