// Reads a normalized ticket into the facts the metrics need (epoch milliseconds, the timeline as of `now`),
// or names why its data is unusable. The engine never throws on a bad ticket: it counts the reason.
// Parsing and checking are one pass because every timestamp has to be read for either.

import type { Ticket, TicketStatus, Priority, Channel } from '../model/model.ts';

const PRIORITIES: ReadonlySet<string> = new Set<Priority>(['low', 'normal', 'high', 'urgent']);
const CHANNELS: ReadonlySet<string> = new Set<Channel>(['email', 'web', 'chat', 'phone', 'social', 'api']);
const STATUSES: ReadonlySet<string> = new Set<TicketStatus>(['new', 'open', 'pending', 'on-hold', 'solved', 'closed']);
const QA_RESULTS: ReadonlySet<string> = new Set(['pass', 'fail', 'na']);

/** Solved and closed both mean "the team considers it done"; moving out of them is a reopen. */
export const isSolvedStatus = (function isSolvedStatus(status: TicketStatus): boolean {
  return status === 'solved' || status === 'closed';
});

export interface TicketReply { atMs: number; agent: boolean }
export interface TicketStatusChange { atMs: number; status: TicketStatus }
export interface TicketQaReview { scorecard: string; atMs: number; results: Record<string, 'pass' | 'fail' | 'na' | number | undefined> }

/** A ticket as the metrics see it: instants in epoch ms, every event after `now` dropped. */
export interface TicketFacts {
  id: string;
  priority: Priority;
  channel: Channel;
  team: string | null;
  category: string | null;
  tags: readonly string[];
  createdMs: number;
  /** Opened by an agent (a logged phone call, an outbound e-mail); absent `openedBy` means the customer. */
  openedByAgent: boolean;
  /**
   * Public replies as of now. On a ticket opened by an agent, the agent's opening comment (an agent reply at
   * the creation instant) is the ticket's opening message, not a reply, and is left out here.
   */
  replies: TicketReply[];
  /** Starts with the status at creation (synthesised as `new` at creation when the first change is later). */
  statusChanges: TicketStatusChange[];
  /** Status at `now`. */
  status: TicketStatus;
  /** Solved or closed at `now`. */
  solved: boolean;
  /** First entry into solved/closed, or null. */
  firstSolveMs: number | null;
  /** When `solved`: the last entry into solved/closed from an unsolved status (the final solve); else null. */
  finalSolveMs: number | null;
  /** Moves from solved/closed back to new, open, pending or on-hold. */
  reopens: number;
  satisfaction: { atMs: number; good: boolean } | null;
  nps: { atMs: number; score: number } | null;
  qa: TicketQaReview[];
}

/** Why a ticket is rejected (the reasons are stable texts: the report counts tickets per reason). */
export const REJECTION = {
  notAnObject: 'not a ticket object',
  missingId: 'missing id',
  badCreated: 'missing or invalid created timestamp',
  badUpdated: 'missing or invalid updated timestamp',
  updatedBeforeCreated: 'updated before created',
  unknownPriority: 'unknown priority',
  unknownChannel: 'unknown channel',
  unknownStatus: 'unknown status',
  unknownOpener: 'openedBy is neither agent nor customer',
  badReplies: 'replies is not a list of { at, by }',
  badReplyTime: 'reply with a missing or invalid timestamp',
  unknownReplyAuthor: 'reply by neither agent nor customer',
  replyBeforeCreated: 'reply before creation',
  repliesOutOfOrder: 'replies out of order',
  badStatusChanges: 'statusChanges is not a list of { at, status }',
  badStatusChangeTime: 'status change with a missing or invalid timestamp',
  unknownStatusChange: 'status change to an unknown status',
  statusChangeBeforeCreated: 'status change before creation',
  statusChangesOutOfOrder: 'status changes out of order',
  statusDisagrees: 'status differs from the last status change',
  solvedWithoutHistory: 'solved ticket without status changes (no solve time)',
  badSatisfaction: 'invalid satisfaction rating',
  satisfactionBeforeCreated: 'satisfaction rating before creation',
  badNps: 'invalid NPS answer',
  npsBeforeCreated: 'NPS answer before creation',
  badQa: 'invalid QA review',
  qaBeforeCreated: 'QA review before creation',
} as const;

/** The reason a ticket's data is unusable, or null when the engine can measure it. */
export function checkTicket(ticket: unknown): string | null {
  const read = readTicketFacts(ticket, Number.POSITIVE_INFINITY);
  return typeof read === 'string' ? read : null;
}

/**
 * Parses `2026-11-02T09:15:00Z` / `2026-11-02T09:15:00.123Z` without Date.parse (the hot path of the engine),
 * and other ISO forms only when they carry a zone: a timestamp without one would be read in the machine's
 * local time, which would make numbers depend on where the job runs. NaN when not a valid instant.
 */
export function parseInstant(text: unknown): number {
  if (typeof text !== 'string') return Number.NaN;
  const n = text.length;
  if ((n === 20 || n === 24) && text.charCodeAt(n - 1) === 90 /* Z */ && text.charCodeAt(10) === 84 /* T */) {
    const y = digits(text, 0, 4);
    const mo = digits(text, 5, 2);
    const d = digits(text, 8, 2);
    const h = digits(text, 11, 2);
    const mi = digits(text, 14, 2);
    const s = digits(text, 17, 2);
    const ms = n === 24 ? digits(text, 20, 3) : 0;
    if (
      y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59 && ms >= 0 &&
      text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58 &&
      (n === 20 || text.charCodeAt(19) === 46)
    ) {
      if (d > daysInMonth(y, mo)) return Number.NaN;
      return Date.UTC(y, mo - 1, d, h, mi, s, ms);
    }
    return Number.NaN;
  }
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(text)) return Number.NaN;
  return Date.parse(text);
}

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a ticket and reads its facts as they stood at `nowMs` (events after it are dropped, so replaying a
 * past `now` over today's store gives the numbers that night would have given). Returns the rejection
 * reason instead when the data is unusable.
 */
export function readTicketFacts(raw: unknown, nowMs: number): TicketFacts | string {
  const record = readTicketRecord(raw);
  return typeof record === 'string' ? record : factsAt(record, nowMs);
}

/**
 * A checked ticket with every event, whatever "now" is: what the facts cache keeps (scripts/store/
 * ticket-facts-cache.ts). `factsAt` gives the facts as of a night from it. Its fields are the facts as of
 * `lastEventMs` or later.
 */
export interface TicketRecord extends TicketFacts {
  /** The latest instant of any event (reply, status change, rating, answer, review): from it on, `now` changes nothing. */
  lastEventMs: number;
  /**
   * The helpdesk's own figures (`helpdeskMetrics`, any non-null object as the source wrote it) for the
   * tie-out (tie-out.ts); undefined when the ticket has none (`ticketRecord` always sets the field).
   */
  helpdeskMetrics?: object;
}

/**
 * Bump when `readTicketRecord` or `TicketRecord` change meaning: caches of records made by another version
 * are rebuilt (scripts/store/ticket-facts-cache.ts keys its files by it).
 */
export const TICKET_RECORD_VERSION = 2;

/** Checks a ticket and reads all its events (no `now`): the rejection reason when its data is unusable. */
export function readTicketRecord(raw: unknown): TicketRecord | string {
  if (!isRecord(raw)) return REJECTION.notAnObject;
  const t = raw as Partial<Ticket> & Record<string, unknown>;
  if (typeof t.id !== 'string' || t.id.length === 0) return REJECTION.missingId;
  const createdMs = parseInstant(t.created);
  if (Number.isNaN(createdMs)) return REJECTION.badCreated;
  const updatedMs = parseInstant(t.updated);
  if (Number.isNaN(updatedMs)) return REJECTION.badUpdated;
  if (updatedMs < createdMs) return REJECTION.updatedBeforeCreated;
  if (typeof t.priority !== 'string' || !PRIORITIES.has(t.priority)) return REJECTION.unknownPriority;
  if (typeof t.channel !== 'string' || !CHANNELS.has(t.channel)) return REJECTION.unknownChannel;
  if (typeof t.status !== 'string' || !STATUSES.has(t.status)) return REJECTION.unknownStatus;
  if (t.openedBy !== undefined && t.openedBy !== 'agent' && t.openedBy !== 'customer') return REJECTION.unknownOpener;
  const openedByAgent = t.openedBy === 'agent';
  let lastEventMs = createdMs;

  const rawReplies: unknown = t.replies ?? [];
  if (!Array.isArray(rawReplies)) return REJECTION.badReplies;
  const replies: TicketReply[] = [];
  let previous = createdMs;
  let openingComment = openedByAgent;
  for (const reply of rawReplies as unknown[]) {
    if (!isRecord(reply)) return REJECTION.badReplies;
    const atMs = parseInstant(reply.at);
    if (Number.isNaN(atMs)) return REJECTION.badReplyTime;
    if (reply.by !== 'agent' && reply.by !== 'customer') return REJECTION.unknownReplyAuthor;
    if (atMs < createdMs) return REJECTION.replyBeforeCreated;
    if (atMs < previous) return REJECTION.repliesOutOfOrder;
    previous = atMs;
    if (openingComment) {
      openingComment = false;
      if (atMs === createdMs && reply.by === 'agent') continue;
    }
    replies.push({ atMs, agent: reply.by === 'agent' });
    lastEventMs = atMs;
  }

  const rawChanges: unknown = t.statusChanges ?? [];
  if (!Array.isArray(rawChanges)) return REJECTION.badStatusChanges;
  const statusChanges: TicketStatusChange[] = [];
  previous = createdMs;
  let lastRawStatus: TicketStatus | null = null;
  for (const change of rawChanges as unknown[]) {
    if (!isRecord(change)) return REJECTION.badStatusChanges;
    const atMs = parseInstant(change.at);
    if (Number.isNaN(atMs)) return REJECTION.badStatusChangeTime;
    if (typeof change.status !== 'string' || !STATUSES.has(change.status)) return REJECTION.unknownStatusChange;
    if (atMs < createdMs) return REJECTION.statusChangeBeforeCreated;
    if (atMs < previous) return REJECTION.statusChangesOutOfOrder;
    previous = atMs;
    lastRawStatus = change.status as TicketStatus;
    statusChanges.push({ atMs, status: lastRawStatus });
  }
  if (statusChanges.length > 0 && previous > lastEventMs) lastEventMs = previous;
  if (lastRawStatus === null) {
    if (isSolvedStatus(t.status)) return REJECTION.solvedWithoutHistory;
    // No history: the ticket has been in its current (unsolved) status since creation.
    statusChanges.push({ atMs: createdMs, status: t.status });
  } else if (lastRawStatus !== t.status) {
    return REJECTION.statusDisagrees;
  }
  // A timeline starting after creation starts with `new` at creation; cutting it at any `now` keeps this entry.
  if (statusChanges[0]!.atMs > createdMs) statusChanges.unshift({ atMs: createdMs, status: 'new' });

  let satisfaction: TicketFacts['satisfaction'] = null;
  if (t.satisfaction !== undefined) {
    const s: unknown = t.satisfaction;
    if (!isRecord(s)) return REJECTION.badSatisfaction;
    const atMs = parseInstant(s.at);
    const rating = s.rating;
    const valid = rating === 'good' || rating === 'bad' || (Number.isInteger(rating) && (rating as number) >= 1 && (rating as number) <= 5);
    if (Number.isNaN(atMs) || !valid) return REJECTION.badSatisfaction;
    if (atMs < createdMs) return REJECTION.satisfactionBeforeCreated;
    satisfaction = { atMs, good: rating === 'good' || (typeof rating === 'number' && rating >= 4) };
    if (atMs > lastEventMs) lastEventMs = atMs;
  }

  let nps: TicketFacts['nps'] = null;
  if (t.nps !== undefined) {
    const n: unknown = t.nps;
    if (!isRecord(n)) return REJECTION.badNps;
    const atMs = parseInstant(n.at);
    const score = n.score;
    if (Number.isNaN(atMs) || !Number.isInteger(score) || (score as number) < 0 || (score as number) > 10) return REJECTION.badNps;
    if (atMs < createdMs) return REJECTION.npsBeforeCreated;
    nps = { atMs, score: score as number };
    if (atMs > lastEventMs) lastEventMs = atMs;
  }

  const qa: TicketQaReview[] = [];
  if (t.qa !== undefined) {
    if (!Array.isArray(t.qa)) return REJECTION.badQa;
    for (const review of t.qa as unknown[]) {
      if (!isRecord(review) || typeof review.scorecard !== 'string' || !isRecord(review.results)) return REJECTION.badQa;
      const atMs = parseInstant(review.at);
      if (Number.isNaN(atMs)) return REJECTION.badQa;
      for (const value of Object.values(review.results)) {
        if (typeof value !== 'string' || !QA_RESULTS.has(value)) return REJECTION.badQa;
      }
      if (atMs < createdMs) return REJECTION.qaBeforeCreated;
      qa.push({ scorecard: review.scorecard, atMs, results: review.results as TicketQaReview['results'] });
      if (atMs > lastEventMs) lastEventMs = atMs;
    }
  }

  const team = typeof t.team === 'string' ? t.team : null;
  const category = typeof t.category === 'string' ? t.category : null;
  const tags = Array.isArray(t.tags) ? (t.tags as unknown[]).filter((tag): tag is string => typeof tag === 'string') : [];
  const helpdeskMetrics = typeof t.helpdeskMetrics === 'object' && t.helpdeskMetrics !== null ? t.helpdeskMetrics : undefined;
  return ticketRecord(t.id, t.priority as Priority, t.channel as Channel, team, category, tags, createdMs, openedByAgent, replies, statusChanges, satisfaction, nps, qa, lastEventMs, helpdeskMetrics);
}

/**
 * A record made the one way every record is made (checked from a ticket here, decoded from the facts cache in
 * scripts/store/facts-entry-codec.ts): every field present, in this order, `helpdeskMetrics` undefined when the
 * ticket has none (JSON.stringify leaves it out, as when it was absent). V8 then gives every record one hidden
 * class from birth, and the nights' hot paths (counters built and updated from records) are not compiled again
 * for a record of another shape (a "wrong map" deoptimisation costs a recompile of the whole function). Lists are
 * expected grown by push from `[]` at every site, for the same reason (an array's elements kind is part of its map).
 */
export const ticketRecord = (function ticketRecord(
  id: string, priority: Priority, channel: Channel, team: string | null, category: string | null, tags: readonly string[], createdMs: number,
  openedByAgent: boolean, replies: TicketReply[], statusChanges: TicketStatusChange[], satisfaction: TicketFacts['satisfaction'], nps: TicketFacts['nps'],
  qa: TicketQaReview[], lastEventMs: number, helpdeskMetrics: object | undefined,
): TicketRecord {
  const solves = timelineSolves(statusChanges);
  return {
    id,
    priority,
    channel,
    team,
    category,
    tags,
    createdMs,
    openedByAgent,
    replies,
    statusChanges,
    status: solves.status,
    solved: solves.solved,
    firstSolveMs: solves.firstSolveMs,
    finalSolveMs: solves.finalSolveMs,
    reopens: solves.reopens,
    satisfaction,
    nps,
    qa,
    lastEventMs,
    helpdeskMetrics,
  };
});

export type TimelineSolves = Pick<TicketFacts, 'status' | 'solved' | 'firstSolveMs' | 'finalSolveMs' | 'reopens'>;

/** Status, solves and reopens, read from a timeline (never empty). */
export const timelineSolves = (function timelineSolves(statusChanges: readonly TicketStatusChange[]): TimelineSolves {
  let firstSolveMs: number | null = null;
  let lastSolveMs: number | null = null;
  let reopens = 0;
  let wasSolved = false;
  for (const change of statusChanges) {
    const solvedHere = isSolvedStatus(change.status);
    if (solvedHere && !wasSolved) {
      if (firstSolveMs === null) firstSolveMs = change.atMs;
      lastSolveMs = change.atMs;
    } else if (!solvedHere && wasSolved) {
      reopens++;
    }
    wasSolved = solvedHere;
  }
  const status = statusChanges[statusChanges.length - 1]!.status;
  const solved = isSolvedStatus(status);
  return { status, solved, firstSolveMs, finalSolveMs: solved ? lastSolveMs : null, reopens };
});

/**
 * The facts as they stood at `nowMs`: events after it dropped, solves and status read again. The record
 * itself when nothing happened after `nowMs` (every night after the ticket's last event).
 */
export const factsAt = (function factsAt(record: TicketRecord, nowMs: number): TicketFacts {
  if (record.lastEventMs <= nowMs) return record;
  const statusChanges = record.statusChanges.filter((c) => c.atMs <= nowMs);
  // Before creation (the evaluation skips such tickets) the timeline is its first entry.
  if (statusChanges.length === 0) statusChanges.push(record.statusChanges[0]!);
  const replies = record.replies.filter((r) => r.atMs <= nowMs);
  const satisfaction = record.satisfaction !== null && record.satisfaction.atMs <= nowMs ? record.satisfaction : null;
  const nps = record.nps !== null && record.nps.atMs <= nowMs ? record.nps : null;
  const qa = record.qa.filter((q) => q.atMs <= nowMs);
  // Made as every record is (`ticketRecord`: the functions that measure tickets see one shape), with the latest
  // event it keeps, and without the helpdesk's figures (the tie-out reads them from the whole record, evaluate.ts).
  let lastEventMs = Math.max(record.createdMs, statusChanges[statusChanges.length - 1]!.atMs);
  if (replies.length > 0) lastEventMs = Math.max(lastEventMs, replies[replies.length - 1]!.atMs);
  if (satisfaction !== null) lastEventMs = Math.max(lastEventMs, satisfaction.atMs);
  if (nps !== null) lastEventMs = Math.max(lastEventMs, nps.atMs);
  for (const review of qa) lastEventMs = Math.max(lastEventMs, review.atMs);
  return ticketRecord(record.id, record.priority, record.channel, record.team, record.category, record.tags, record.createdMs, record.openedByAgent,
    replies, statusChanges, satisfaction, nps, qa, lastEventMs, undefined);
});
