// Which of the values the standards' scopes name the stored tickets carry (model/scope-coverage.ts says what
// it means when one is missing). The day files are scanned line by line without parsing them: the store writes
// every ticket with the same key order (ticket-lines.ts), so `"category":"billing"` is found as text. The scan
// stops as soon as every value has been seen, so a store that carries them all costs a few days' reading.

import type { ScopeField, ValueInventory } from '../model/scope-coverage.ts';
import type { Ticket } from '../model/model.ts';
import type { TicketStore } from './ticket-store.ts';

export interface ScopeInventory {
  inventory: ValueInventory;
  /** The store holds no ticket at all (then every value is missing, and saying so per standard helps nobody). */
  empty: boolean;
}

/** Whether one stored line carries `value` in `field`. */
export const lineCarries = (function lineCarries(line: string, field: ScopeField, value: string): boolean {
  if (!line.startsWith('{"id":"')) {
    // Not written by the store (edited by hand?): read it whole; a line that is not JSON carries nothing.
    try { return ticketCarries(JSON.parse(line) as Ticket, field, value); } catch { return false; }
  }
  if (field !== 'tags') return line.includes(`"${field}":${JSON.stringify(value)}`);
  const start = line.indexOf(',"tags":[');
  if (start < 0) return false;
  const end = line.indexOf('],"replies":', start);
  const tags = JSON.parse(line.slice(start + 8, end < 0 ? undefined : end + 1)) as unknown;
  return Array.isArray(tags) && tags.includes(value);
});

function ticketCarries(ticket: Ticket, field: ScopeField, value: string): boolean {
  if (field === 'tags') return Array.isArray(ticket.tags) && ticket.tags.includes(value);
  return ticket[field] === value;
}

/** `days`: the store's days when the caller has listed them already (under the store lock: an evaluate's one listing). */
export const scopeInventory = (async function scopeInventory(store: TicketStore, wanted: Readonly<Record<ScopeField, ReadonlySet<string>>>, days?: readonly string[]): Promise<ScopeInventory> {
  const found: Record<ScopeField, Set<string>> = { category: new Set(), team: new Set(), channel: new Set(), tags: new Set() };
  const missing = (Object.keys(wanted) as ScopeField[]).flatMap((field) => [...wanted[field]].map((value) => ({ field, value })));
  let empty = true;
  for (const day of days ?? await store.listDays()) {
    if (missing.length === 0 && !empty) break;
    const text = (await store.readDayText(day)) ?? '';
    let start = 0;
    while (start < text.length && (missing.length > 0 || empty)) {
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end < 0 ? text.length : end);
      start = end < 0 ? text.length : end + 1;
      if (line === '') continue;
      empty = false;
      for (let i = missing.length - 1; i >= 0; i--) {
        const { field, value } = missing[i]!;
        if (lineCarries(line, field, value)) {
          found[field].add(value);
          missing.splice(i, 1);
        }
      }
    }
  }
  return { inventory: found, empty };
});
