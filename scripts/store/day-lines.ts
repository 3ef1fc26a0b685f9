// A stored day's text as lines and entries, and what changed between two versions of it: the facts cache reads a
// changed day through these (ticket-facts-cache.ts `changedDay`), parsing only its new and changed lines.

import { shownPath } from './atomic-write.ts';
import { compareTicketIds, peekIdAndUpdated } from './ticket-lines.ts';
import { StoreError, type TicketStore } from './ticket-store.ts';
import { summariseEntries, ticketEntry, type EntriesSummary, type TicketEntry } from '../engine/ticket-entries.ts';

/** Reads a day's stored text into entries, exactly as `store.readDay` + `ticketEntry` would. */
export function entriesOfText(store: TicketStore, day: string, text: string): TicketEntry[] {
  return linesOf(text).map((line, i) => entryOfLine(store, day, line, i + 1));
}

/**
 * Which line of `before` is which line of `after` (its index there, or -1): equal lines, walked in step, as the
 * store keeps a day's lines sorted by id (ticket-lines.ts `compareTicketIds`). Where they differ, the ids say
 * whether a line was added, removed or changed. A line is only ever matched to an equal one, so a file out of
 * order costs lines parsed again, never a wrong entry.
 */
export function sameLines(before: readonly string[], after: readonly string[]): Int32Array {
  const oldToNew = new Int32Array(before.length).fill(-1);
  let i = 0;
  let n = 0;
  while (i < before.length && n < after.length) {
    if (before[i] === after[n]) {
      oldToNew[i++] = n++;
      continue;
    }
    const was = peekIdAndUpdated(before[i]!)?.id;
    const is = peekIdAndUpdated(after[n]!)?.id;
    const order = was === undefined || is === undefined ? 0 : compareTicketIds(was, is);
    if (order <= 0) i++;
    if (order >= 0) n++;
  }
  return oldToNew;
}

/**
 * The summary of a changed day from its previous one: counts less the entries gone plus those come; the earliest and
 * latest instants from every entry's, the unchanged ones' read without decoding them (`times`, by previous index).
 */
export function changedSummary(was: EntriesSummary, gone: readonly TicketEntry[], came: readonly TicketEntry[], from: Int32Array, times: { createdMs: Float64Array; lastEventMs: Float64Array }): EntriesSummary {
  const minus = summariseEntries(gone);
  const plus = summariseEntries(came);
  const out: EntriesSummary = {
    count: from.length, rejected: was.rejected - minus.rejected + plus.rejected, unsolved: was.unsolved - minus.unsolved + plus.unsolved, tieOut: was.tieOut - minus.tieOut + plus.tieOut,
    minCreatedMs: plus.minCreatedMs, maxCreatedMs: plus.maxCreatedMs, maxLastEventMs: plus.maxLastEventMs,
  };
  for (const i of from) {
    if (i < 0 || Number.isNaN(times.createdMs[i]!)) continue;
    const created = times.createdMs[i]!;
    const last = times.lastEventMs[i]!;
    if (out.minCreatedMs === null || created < out.minCreatedMs) out.minCreatedMs = created;
    if (out.maxCreatedMs === null || created > out.maxCreatedMs) out.maxCreatedMs = created;
    if (out.maxLastEventMs === null || last > out.maxLastEventMs) out.maxLastEventMs = last;
  }
  return out;
}

/** A day's stored text as its lines. */
export function linesOf(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  while (from < text.length) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    lines.push(text.slice(from, nl));
    from = nl + 1;
  }
  return lines;
}

/** One stored line (number `lineNumber` of its day) as the engine's entry. */
export function entryOfLine(store: TicketStore, day: string, line: string, lineNumber: number): TicketEntry {
  let ticket: unknown;
  try {
    ticket = JSON.parse(line);
  } catch (error) {
    throw new StoreError(`${shownPath(store.dayFile(day))} line ${lineNumber}: not valid JSON (${(error as Error).message}); restore the file from git or delete it and fetch again`);
  }
  return ticketEntry(ticket);
}
