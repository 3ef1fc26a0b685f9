// What the three API sources share when they turn a helpdesk record into a ticket: value mapping with a reason
// when a value is not mapped, instants read strictly (and refused when they lie in the future), a timeline
// assembled in order and consistent with the current status, and a bounded-concurrency map for per-ticket calls.

import type { Channel, Priority, Ticket, TicketStatus } from '../model/model.ts';
import { formatInstant } from './instants.ts';
import { quotedJson, quotedValue } from './quoted-value.ts';
import type { RejectedRecord, TicketBatch } from './source.ts';

/** Why one record could not become a ticket; the source reports it as rejected and carries on. */
export class TicketRejection extends Error {
  override name = 'TicketRejection';
}

/** A clock skew we tolerate between the helpdesk and the runner before calling an instant "in the future". */
const FUTURE_SKEW_MS = 5 * 60_000;

export function readInstant(value: unknown, field: string, nowMs: number): number {
  if (typeof value !== 'string' || value === '') throw new TicketRejection(`${field} is ${value === undefined ? 'missing' : quotedJson(value)}: expected an ISO 8601 timestamp`);
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) throw new TicketRejection(`${field} ${quotedValue(value)} is not an ISO 8601 timestamp`);
  // Shown as it is only when it reads as a timestamp: V8's Date.parse stops at a NUL, so `2099-01-01T00:00\0` and
  // anything after it (an ESC, a bidi override, a line starting `::`) is a date in the future.
  if (ms > nowMs + FUTURE_SKEW_MS) throw new TicketRejection(`${field} ${/^[0-9A-Za-z:.+-]{1,40}$/.test(value) ? value : quotedValue(value)} is in the future (now is ${formatInstant(nowMs)}): check the helpdesk's clock or time zone`);
  return ms;
}

/** `map[raw]`, or a rejection naming the setting to add the value to. */
export function mapValue<T extends string>(map: Record<string, T>, raw: unknown, field: string, setting: string, allowed: readonly string[]): T {
  const key = raw === null || raw === undefined ? '' : String(raw);
  const value = Object.hasOwn(map, key) ? map[key] : undefined;
  if (value === undefined) {
    throw new TicketRejection(`${field} ${raw === null || raw === undefined ? 'is empty' : quotedValue(key)} is not mapped: add it to ${setting} as one of ${allowed.join(', ')}`);
  }
  return value;
}

export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
export const CHANNELS: readonly Channel[] = ['email', 'web', 'chat', 'phone', 'social', 'api'];
export const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'];

/** A ticket's own fields as mapped from a helpdesk's record: all of it but its timeline. */
export interface TicketOwnFields {
  id: string;
  createdMs: number;
  updatedMs: number;
  priority: Priority;
  channel: Channel;
  status: TicketStatus;
  openedBy: 'customer' | 'agent' | null;
  team: string | null;
  category: string | null;
  tags: readonly string[];
}

export interface TimelineParts extends TicketOwnFields {
  replies: { atMs: number; by: 'agent' | 'customer' }[];
  statusChanges: { atMs: number; status: TicketStatus }[];
  satisfaction: { atMs: number; rating: 'good' | 'bad' | number } | null;
}

/**
 * A ticket from its parts: the timeline sorted (stable), nothing before creation, the first status change at
 * creation, and the current status as the last change (a helpdesk whose history misses the last move still
 * gives a ticket the engine accepts: the move is put at `updated`).
 */
export function assembleTicket(parts: TimelineParts): Ticket {
  const replies = parts.replies.filter((r) => r.atMs >= parts.createdMs).sort((a, b) => a.atMs - b.atMs);
  const changes = parts.statusChanges.filter((c) => c.atMs >= parts.createdMs).sort((a, b) => a.atMs - b.atMs);
  const deduped: { atMs: number; status: TicketStatus }[] = [];
  for (const change of changes) if (deduped.at(-1)?.status !== change.status) deduped.push(change);
  if (deduped.length === 0 || deduped[0]!.atMs > parts.createdMs) deduped.unshift({ atMs: parts.createdMs, status: deduped.length ? 'new' : parts.status });
  if (deduped.at(-1)!.status !== parts.status) deduped.push({ atMs: Math.max(parts.updatedMs, deduped.at(-1)!.atMs), status: parts.status });
  const lastEvent = Math.max(parts.createdMs, deduped.at(-1)!.atMs, replies.at(-1)?.atMs ?? 0, parts.satisfaction?.atMs ?? 0);
  const ticket: Ticket = {
    id: parts.id,
    created: formatInstant(parts.createdMs),
    updated: formatInstant(Math.max(parts.updatedMs, lastEvent)),
    priority: parts.priority,
    channel: parts.channel,
    status: parts.status,
    ...(parts.openedBy ? { openedBy: parts.openedBy } : {}),
    ...(parts.team ? { team: parts.team } : {}),
    ...(parts.category ? { category: parts.category.slice(0, 120) } : {}),
    tags: [...new Set(parts.tags.map((t) => t.slice(0, 120)))],
    replies: replies.map((r) => ({ at: formatInstant(r.atMs), by: r.by })),
    statusChanges: deduped.map((c) => ({ at: formatInstant(c.atMs), status: c.status })),
  };
  if (parts.satisfaction && parts.satisfaction.atMs >= parts.createdMs) ticket.satisfaction = { at: formatInstant(parts.satisfaction.atMs), rating: parts.satisfaction.rating };
  return ticket;
}

/** Ticket ids must fit ticket.schema.json: letters, digits, `._:-`, at most 64 characters. */
export function ticketId(raw: string): string {
  if (!/^[A-Za-z0-9._:-]{1,64}$/.test(raw)) throw new TicketRejection(`id ${quotedValue(raw)} cannot be a ticket id (letters, digits, . _ : - and at most 64 characters)`);
  return raw;
}

/**
 * Runs `work` over `items` with at most `limit` at once; results in the order of `items`. The first failure
 * ends it: no worker starts another item, and `fatal` (when given) is aborted with the error, so the requests
 * the other workers have waiting or in flight stop at once instead of running on.
 */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>, fatal?: AbortController): Promise<R[]> {
  if (fatal?.signal.aborted) throw fatal.signal.reason;
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  let fail!: (error: unknown) => void;
  const failure = new Promise<never>((_, reject) => { fail = reject; });
  const worker = async (): Promise<void> => {
    while (next < items.length && !failed && !fatal?.signal.aborted) {
      const i = next++;
      try {
        results[i] = await work(items[i]!, i);
      } catch (error) {
        if (!failed) {
          failed = true;
          fatal?.abort(error);
          fail(fatal ? fatal.signal.reason : error);
        }
        return;
      }
    }
  };
  // The first failure settles the map at once; work still in flight ends on its own (aborted by `fatal`).
  const done = Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  await Promise.race([done, failure]);
  if (failed) await failure;
  if (fatal?.signal.aborted) throw fatal.signal.reason;
  return results;
}

/** What became of one helpdesk record. */
export type RecordOutcome = { ticket: Ticket } | { rejected: RejectedRecord } | { deleted: string };

/**
 * Runs `map`, turning a TicketRejection into a rejected record (with the ticket's id, so a later good version of it
 * clears the rejection) and letting every other error fail the fetch.
 */
export function outcomeOf(where: string, id: string, map: () => Ticket): RecordOutcome {
  try {
    return { ticket: map() };
  } catch (error) {
    if (error instanceof TicketRejection) return { rejected: { where, reason: error.message, ...(/^[A-Za-z0-9._:-]{1,64}$/.test(id) ? { ticket: id } : {}) } };
    throw error;
  }
}

/** One batch from the outcomes of a page, in the page's order (whatever order the concurrent calls ended in). */
export function batchOf(outcomes: readonly RecordOutcome[]): TicketBatch {
  const batch: TicketBatch = { tickets: [], rejected: [] };
  const deleted: string[] = [];
  for (const outcome of outcomes) {
    if ('ticket' in outcome) batch.tickets.push(outcome.ticket);
    else if ('rejected' in outcome) batch.rejected.push(outcome.rejected);
    else deleted.push(outcome.deleted);
  }
  if (deleted.length) batch.deleted = deleted;
  return batch;
}

/**
 * The first fetch's start: the configured date, or 365 days before now. `--since` wins over both, but never starts
 * after now: the cursor a fetch returns is where it read up to, and one moved ahead to a mistyped year would pass
 * over every change made until then, which no later night reads.
 */
export function firstFetchStart(startDate: string | null, since: Date | null | undefined, nowMs: number): number {
  if (since) return Math.min(since.getTime(), nowMs);
  if (startDate) return Date.parse(`${startDate}T00:00:00Z`);
  return nowMs - 365 * 86_400_000;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
