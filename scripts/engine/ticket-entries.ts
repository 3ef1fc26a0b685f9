// What one stored ticket is to the engine, whatever "now" is: a checked record (ticket-checks.ts), or why it
// is unusable. The facts cache keeps these per day with a summary, so a night can tell whether a day of
// tickets can change any number without reading it (`Evaluation.addSettled` in evaluate.ts).

import { readTicketRecord, type TicketRecord } from './ticket-checks.ts';
import type { DayCounters } from './day-counters.ts';
import type { DayChange } from './day-counters-update.ts';

/** A ticket the engine cannot measure: why, and the id it shows as an example (`ticketEntry`). */
export interface TicketRejection { reason: string; example: string }

/** What one stored line is to the engine, whatever "now" is: a checked record, or why it is unusable. */
export type TicketEntry = TicketRecord | TicketRejection;

/** Reads one stored ticket (any JSON value) into what the engine keeps of it: `Evaluation.add` is `addEntry` of this. */
export function ticketEntry(ticket: unknown): TicketEntry {
  const record = readTicketRecord(ticket);
  if (typeof record !== 'string') return record;
  const id = typeof ticket === 'object' && ticket !== null ? (ticket as { id?: unknown }).id : undefined;
  return { reason: record, example: typeof id === 'string' && id.length > 0 ? id.slice(0, 64) : '(no id)' };
}

export const isRejection = (function isRejection(entry: TicketEntry): entry is TicketRejection {
  return (entry as TicketRejection).reason !== undefined;
});

/** What a day of entries holds: enough to tell whether the evaluation needs its tickets at all (`addSettled`). */
export interface EntriesSummary {
  count: number;
  rejected: number;
  /** Records unsolved after their last event. */
  unsolved: number;
  minCreatedMs: number | null;
  maxCreatedMs: number | null;
  maxLastEventMs: number | null;
  /** Records carrying the helpdesk's own figures: the tie-out reads every one of them. */
  tieOut: number;
}

export function summariseEntries(entries: readonly TicketEntry[]): EntriesSummary {
  const summary: EntriesSummary = { count: entries.length, rejected: 0, unsolved: 0, minCreatedMs: null, maxCreatedMs: null, maxLastEventMs: null, tieOut: 0 };
  for (const entry of entries) {
    if (isRejection(entry)) {
      summary.rejected++;
      continue;
    }
    if (!entry.solved) summary.unsolved++;
    if (entry.helpdeskMetrics !== undefined) summary.tieOut++;
    if (summary.minCreatedMs === null || entry.createdMs < summary.minCreatedMs) summary.minCreatedMs = entry.createdMs;
    if (summary.maxCreatedMs === null || entry.createdMs > summary.maxCreatedMs) summary.maxCreatedMs = entry.createdMs;
    if (summary.maxLastEventMs === null || entry.lastEventMs > summary.maxLastEventMs) summary.maxLastEventMs = entry.lastEventMs;
  }
  return summary;
}

/** A day of entries as the facts cache gives it: its summary, and its entries read only when needed. */
export interface DayOfEntries {
  summary: EntriesSummary;
  entries(): Promise<readonly TicketEntry[]>;
  /** The stored day (YYYY-MM-DD), when the store has one. */
  day?: string;
  /** The day's counters kept beside the store (day-counters.ts), when the store keeps them. */
  counters?: DayCountersAccess;
}

/** How the evaluation reads and keeps a day's counters (scripts/store/day-counters-file.ts gives one per day). */
export interface DayCountersAccess {
  /** The counters kept for the day's current facts, or null when there are none (missing, damaged, of older facts). */
  read(): Promise<DayCounters | null>;
  /**
   * Reads the rows `wanted` (unit key → day numbers) into `dc`'s dates that do not hold them yet, and its ticket
   * table; false when they cannot be read as kept (damaged: the counters are made again from the day's tickets).
   */
  readRows(dc: DayCounters, wanted: ReadonlyMap<string, ReadonlySet<number>>): Promise<boolean>;
  /**
   * For a changed day read line by line (ticket-facts-cache.ts): the counters of its previous version, whole (ticket
   * table and every date's rows read), and what changed since; null when there are none to build on.
   */
  previous?(): Promise<{ dc: DayCounters; change: DayChange } | null>;
  /** Some of the day's entries, by index, read one by one. */
  entriesAt(indices: readonly number[]): Promise<ReadonlyMap<number, TicketEntry>>;
  /**
   * Keeps counters made or completed tonight: the units `keep` (tonight's), and others the counters held up to as
   * many again; `why` says what was missing; `worstReach`: from which date each unit's worst candidates are kept with
   * them (named-tickets.ts `worstReach`).
   */
  write(dc: DayCounters, keep: ReadonlySet<string>, why: string, worstReach: ReadonlyMap<string, number>): Promise<void>;
}
