// Matches QA reviews to the stored tickets they review, so a review counts in the scope and breakdowns of its
// ticket (priority, channel, team, category, tags) without the evaluation reading the ticket again. What a
// review keeps of its ticket (`match`) is refreshed whenever the ticket's day file changes.
//
// Cost follows what changed, never the history:
// - a review imported tonight is looked for in the store's day files, newest first, until found (reviews are
//   of recent tickets; one whose ticket is not stored costs one pass over the ids, the night it arrives);
// - a review waiting for its ticket, or matched to a ticket whose day changed, is looked for only in the days
//   tonight's fetch changed: a ticket can only arrive, change or leave through a fetch;
// - when the ticket store changed since the last match by a run that did not match (its cursor differs from
//   the one recorded), every day is read once to catch up.
// Lines are scanned by id without parsing (ticket-lines.ts); only the reviewed tickets are parsed.

import type { QaReviewRecord, Ticket } from '../model/documents.generated.ts';
import { readTicketRecord } from '../engine/ticket-checks.ts';
import { formatInstant } from '../sources/instants.ts';
import { ticketsAmong } from './stored-tickets.ts';
import type { TicketStore } from './ticket-store.ts';

export type TicketMatch = NonNullable<QaReviewRecord['match']>;

/** What a review keeps of its ticket: where it is filed and what scopes and breakdowns read. Null when the engine cannot read it. */
export function ticketMatchOf(day: string, ticket: Ticket): TicketMatch | null {
  const record = readTicketRecord(ticket);
  if (typeof record === 'string') return null;
  return {
    day,
    created: formatInstant(record.createdMs),
    ...(record.solved && record.finalSolveMs !== null ? { ended: formatInstant(record.finalSolveMs) } : {}),
    priority: record.priority,
    channel: record.channel,
    ...(record.team !== null ? { team: record.team } : {}),
    ...(record.category !== null ? { category: record.category } : {}),
    tags: [...record.tags],
  };
}

/** Why a review cannot count against its ticket, or null. */
export function reviewProblem(review: Pick<QaReviewRecord, 'at' | 'ticket'>, match: TicketMatch): string | null {
  if (review.at < match.created) return `reviewed at ${review.at}, before ticket ${review.ticket} was created (${match.created})`;
  return null;
}

export interface MatchOptions {
  /** Reviews imported tonight (by key): looked for anywhere in the store. */
  fresh: ReadonlySet<string>;
  /** Days tonight's fetch changed, or 'all' to read every day (catching up). */
  changedDays: readonly string[] | 'all';
}

export interface MatchOutcome {
  records: QaReviewRecord[];
  /** Reviews matched to a ticket tonight (newly, not refreshed). */
  matched: number;
  /** Reviews still waiting for their ticket. */
  waiting: number;
  /** Day files read. */
  daysRead: number;
}

/** Reads the store's day files as needed (see the header) and returns every review with its `match` and `problem` as of now. */
export async function matchReviews(store: TicketStore, records: readonly QaReviewRecord[], options: MatchOptions): Promise<MatchOutcome> {
  const out = records.map((r) => ({ ...r }));
  const allDays = await store.listDays();
  const changed = new Set(options.changedDays === 'all' ? allDays : options.changedDays);
  // Tickets to look for in the changed days: reviews without a ticket, and tickets filed in a changed day.
  const lookInChanged = new Set<string>();
  // Tickets to look for anywhere: reviews imported tonight that have no ticket yet.
  const lookEverywhere = new Set<string>();
  for (const r of out) {
    if (r.match === undefined || changed.has(r.match.day)) lookInChanged.add(r.ticket);
    if (r.match === undefined && options.fresh.has(r.key)) lookEverywhere.add(r.ticket);
  }
  const found = new Map<string, TicketMatch | null>();
  let daysRead = 0;
  const scan = async (day: string, wanted: ReadonlySet<string>): Promise<void> => {
    const text = await store.readDayText(day);
    daysRead++;
    if (text === null) return;
    for (const ticket of ticketsAmong(store, day, text, wanted)) found.set(ticket.id, ticketMatchOf(day, ticket));
  };
  for (const day of allDays) if (changed.has(day) && lookInChanged.size > 0) await scan(day, lookInChanged);
  const missing = new Set([...lookEverywhere].filter((id) => !found.has(id)));
  for (const day of [...allDays].reverse()) {
    if (missing.size === 0) break;
    if (changed.has(day)) continue;
    await scan(day, missing);
    for (const id of found.keys()) missing.delete(id);
  }

  let matched = 0;
  let waiting = 0;
  for (const r of out) {
    const looked = lookInChanged.has(r.ticket) || lookEverywhere.has(r.ticket);
    if (looked) {
      const match = found.get(r.ticket);
      const was = r.match;
      if (match === undefined || match === null) {
        // Not in the days read: a matched ticket not in its (changed) day has left the store.
        if (was === undefined || changed.has(was.day)) delete r.match;
      } else {
        r.match = match;
        if (was === undefined) matched++;
      }
    }
    if (r.match === undefined) {
      delete r.problem;
      waiting++;
    } else {
      const problem = reviewProblem(r, r.match);
      if (problem === null) delete r.problem;
      else r.problem = problem;
    }
  }
  return { records: out, matched, waiting, daysRead };
}
