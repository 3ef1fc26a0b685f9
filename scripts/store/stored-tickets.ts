// Stored tickets by id, for sources that apply what changed to what the store holds (the Zendesk event stream,
// Freshdesk's satisfaction ratings, GitHub's repository-wide comments and events): the store is the state, so a
// night reads the few stored tickets it changes instead of keeping a whole history in memory.
//
// A ticket is filed under its creation day. When the source knows that day (from the ticket's own record) one
// day file is read; otherwise only the days whose id range takes in one of the ids (ticket-locations.ts: the first
// and last line of each day file) are scanned by id without parsing the other lines, and only the matching lines
// are parsed.

import path from 'node:path';
import type { Ticket } from '../model/model.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from './atomic-write.ts';
import type { DayRangeRecord } from './day-range-record.ts';
import { peekIdAndUpdated } from './ticket-lines.ts';
import { storedDayRanges } from './ticket-locations.ts';
import { refuseDayFileUnlessOwn, StoreError, type TicketStore } from './ticket-store.ts';

export interface StoredTicketReader {
  /** The stored tickets among `ids` that are filed under `day` (YYYY-MM-DD, their creation day). */
  inDay(day: string, ids: ReadonlySet<string>): Promise<Map<string, Ticket>>;
  /** The stored tickets among `ids`, wherever they are filed (reads the days whose id range takes in one). */
  anywhere(ids: ReadonlySet<string>): Promise<Map<string, Ticket>>;
}

/** A reader over nothing: a source run outside a fetch (tests, benchmarks) sees an empty store. */
export const EMPTY_STORE: StoredTicketReader = {
  inDay: async () => new Map(),
  anywhere: async () => new Map(),
};

/** A reader over tickets in memory (tests). */
export function storedTicketsOf(tickets: Iterable<Ticket>): StoredTicketReader {
  const byId = new Map<string, Ticket>();
  for (const t of tickets) byId.set(t.id, t);
  const pick = (ids: ReadonlySet<string>, day: string | null) => {
    const out = new Map<string, Ticket>();
    for (const id of ids) {
      const t = byId.get(id);
      if (t && (day === null || t.created.slice(0, 10) === day)) out.set(id, structuredClone(t));
    }
    return out;
  };
  return { inDay: async (day, ids) => pick(ids, day), anywhere: async (ids) => pick(ids, null) };
}

/**
 * The tickets among `ids` in the text of one day file, in file order. Lines are scanned by id without parsing
 * (ticket-lines.ts); only a line whose id is among `ids`, or cannot be peeked, is parsed.
 */
export function* ticketsAmong(store: TicketStore, day: string, text: string, ids: ReadonlySet<string>): Generator<Ticket> {
  let start = 0;
  let lineNumber = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
    lineNumber++;
    if (line === '') continue;
    const peeked = peekIdAndUpdated(line);
    if (peeked !== null && !ids.has(peeked.id)) continue;
    let ticket: Ticket;
    try {
      ticket = JSON.parse(line) as Ticket;
    } catch (error) {
      throw new StoreError(`${store.dayFile(day)} line ${lineNumber}: not valid JSON (${(error as Error).message}); restore the file from git or delete it and fetch again`);
    }
    if (ids.has(ticket.id)) yield ticket;
  }
}

/** `record`: the fetch's record of day files (day-range-record.ts), so a day checked once is not read again to check it. */
export function storedTicketReader(store: TicketStore, fs: StoreFileSystem = nodeStoreFileSystem, record?: DayRangeRecord): StoredTicketReader {
  function matches(day: string, text: string | null, ids: ReadonlySet<string>, out: Map<string, Ticket>): void {
    if (text === null || ids.size === 0) return;
    // A ticket twice (a day file out of order: a git conflict kept both sides) gives its newer copy, the later on a
    // tie, as the fetch's merge keeps it (ticket-store.ts `mergeDayText`): a source applies tonight's changes to it.
    for (const ticket of ticketsAmong(store, day, text, ids)) {
      const other = out.get(ticket.id);
      if (other === undefined || !(Date.parse(ticket.updated) < Date.parse(other.updated))) out.set(ticket.id, ticket);
    }
  }
  return {
    async inDay(day, ids) {
      const out = new Map<string, Ticket>();
      if (ids.size === 0) return out;
      // Not listed first: a link in its place (or in place of its folders) is refused before a byte is read.
      await refuseDayFileUnlessOwn(fs, path.join(store.dir, 'tickets'), day);
      matches(day, await store.readDayText(day), ids, out);
      return out;
    },
    async anywhere(ids) {
      const out = new Map<string, Ticket>();
      if (ids.size === 0) return out;
      const { ranges } = await storedDayRanges(store, fs, undefined, record);
      const days = new Set<string>();
      for (const id of ids) for (const day of ranges.covering(id, '')) days.add(day);
      for (const day of [...days].sort()) {
        matches(day, await store.readDayText(day), ids, out);
        if (out.size === ids.size) break;
      }
      return out;
    },
  };
}
