// How a ticket is written in the store: one JSON line with a fixed key order, so the same ticket is always
// the same bytes whichever source built it (git then stores small deltas, and a rerun changes nothing).

import type { Ticket } from '../model/model.ts';

const TICKET_KEYS = ['id', 'created', 'updated', 'priority', 'channel', 'status', 'team', 'category', 'tags', 'replies', 'statusChanges', 'satisfaction', 'nps', 'qa'];
const KNOWN = new Set(TICKET_KEYS);

/** The ticket as one line of JSON (no newline) in the store's key order; unknown keys follow, sorted. */
export function ticketLine(ticket: Ticket): string {
  const t = ticket as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {
    id: ticket.id,
    created: ticket.created,
    updated: ticket.updated,
    priority: ticket.priority,
    channel: ticket.channel,
    status: ticket.status,
  };
  if (ticket.team !== undefined) out.team = ticket.team;
  if (ticket.category !== undefined) out.category = ticket.category;
  out.tags = ticket.tags;
  out.replies = ticket.replies.map((r) => ({ at: r.at, by: r.by }));
  out.statusChanges = ticket.statusChanges.map((c) => ({ at: c.at, status: c.status }));
  if (ticket.satisfaction !== undefined) out.satisfaction = { at: ticket.satisfaction.at, rating: ticket.satisfaction.rating };
  if (ticket.nps !== undefined) out.nps = { at: ticket.nps.at, score: ticket.nps.score };
  if (ticket.qa !== undefined) {
    out.qa = ticket.qa.map((review) => {
      const results: Record<string, unknown> = {};
      for (const key of Object.keys(review.results).sort()) results[key] = review.results[key];
      return { scorecard: review.scorecard, at: review.at, results };
    });
  }
  for (const key of Object.keys(t).filter((k) => !KNOWN.has(k)).sort()) out[key] = t[key];
  return JSON.stringify(out);
}

/**
 * The order of tickets in a day file: numeric ids by number (Zendesk's 99 before 100), then other ids by
 * code unit (`NW-000123`). A total order, so the file is the same whatever order tickets arrived in.
 */
export function compareTicketIds(a: string, b: string): number {
  const aNumeric = isDigits(a);
  const bNumeric = isDigits(b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  if (aNumeric && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Reads id and updated from a stored line without parsing all of it: the line starts
 * `{"id":"…","created":"…","updated":"…"` when the store wrote it. Null for anything else (then parse it).
 */
export function peekIdAndUpdated(line: string): { id: string; updated: string } | null {
  if (!line.startsWith('{"id":"')) return null;
  const idEnd = line.indexOf('"', 7);
  if (idEnd < 0) return null;
  const id = line.slice(7, idEnd);
  if (id.includes('\\')) return null;
  const marker = ',"updated":"';
  const at = line.indexOf(marker, idEnd);
  if (at < 0 || at > idEnd + 80) return null;
  const start = at + marker.length;
  const end = line.indexOf('"', start);
  if (end < 0) return null;
  return { id, updated: line.slice(start, end) };
}
