// Freshdesk, read in four parts, each with its own cursor:
// - tickets by `updated_since`, oldest update first, with stats (`/api/v2/tickets?updated_since=...&order_by=
//   updated_at&order_type=asc&include=stats&per_page=100`), paged by time (time-paging.ts): each next page is
//   asked for from the last `updated_at` stored, so a ticket touched mid-fetch is read again, none is skipped,
//   and Freshdesk's 300-page cap matters only for more than 30,000 tickets updated in the same second;
// - each changed ticket's conversations for the replies (`incoming` → customer, else agent; `private` notes
//   are not replies): Freshdesk has no bulk read of them, so this is one request per changed ticket;
// - satisfaction ratings (`/api/v2/surveys/satisfaction_ratings?created_since=...`) by their own cursor (past the
//   300-page cap read on from the newest `created_at` read, when the pages came oldest first; else the fetch stops), applied
//   to the ticket they rate, whether it changed tonight or is only in the store (a rating given after a
//   ticket's last update does not change the ticket); a rating for a ticket the store does not hold yet waits
//   in the cursor until the ticket arrives (for 90 days: a ticket that never does is older than the store);
// - deleted tickets (`filter=deleted`) and tickets marked as spam (`filter=spam`), both of which the list leaves out
//   otherwise, each by its own cursor: removed from the store and counted. A stored ticket marked as spam later
//   leaves the list for good, so without its own read it would stay in the store, measured, forever.
// Every request is paced to `maxShare` of the account's rate limit (request-budget.ts), counting the credits
// Freshdesk says each one cost.
//
// Freshdesk's API keeps no status history, only the latest instant of each kind in `stats`: the timeline is open
// at creation, a solve and a reopen at `reopened_at` (the solve at `resolved_at` when that came first, else at the
// last agent reply before the reopen), solved at `resolved_at`, closed at `closed_at`, and the current status at
// `status_updated_at`. Pending spells other than the current one are not visible through the API.

import type { FreshdeskSourceSettings, Ticket } from '../model/model.ts';
import { EMPTY_STORE } from '../store/stored-tickets.ts';
import { storageDayOf } from '../store/ticket-store.ts';
import { categoryOf, teamOf } from './field-mapping.ts';
import { basicAuthorization, createHelpdeskHttp, foreignCursorError, futurePositionError, requiredEnv, storedPositionError, UpstreamError, type HelpdeskHttp, type HelpdeskSourceDeps } from './helpdesk-http.ts';
import {
  CHANNELS, PRIORITIES, STATUSES, assembleTicket, batchOf, firstFetchStart, isObject, mapConcurrent, mapValue, outcomeOf, readInstant, ticketId,
  type RecordOutcome, type TimelineParts,
} from './helpdesk-mapping.ts';
import { canonicalPosition, formatInstant, isFuturePosition, laterPosition, sentPosition, zonedInstantMs } from './instants.ts';
import { quotedValue } from './quoted-value.ts';
import { createRequestBudget, freshdeskRateLimit, sourceClock } from './request-budget.ts';
import type { FetchChangesOptions, SourceUsage, TicketBatch, TicketSource } from './source.ts';
import { pagesByTime } from './time-paging.ts';

export interface FreshdeskSourceDeps extends HelpdeskSourceDeps {
  /** Tickets per page; Freshdesk's maximum and our default is 100. */
  perPage?: number;
}

/** On a first fetch, ratings are read from this long before the start, so a ticket changed since keeps an older rating. */
const RATING_LOOKBACK_MS = 90 * 86_400_000;

/** Freshdesk's survey answers (-103 … 103) on our 1–5 scale, where 4 and 5 count as good. */
const RATING_SCALE: Record<string, number> = { '103': 5, '102': 5, '101': 4, '100': 3, '-101': 2, '-102': 1, '-103': 1 };

/** Sources where the customer writes first, and the outbound e-mail an agent starts. */
const OPENED_BY_CUSTOMER = new Set([1, 2, 7, 9]);
const OPENED_BY_AGENT = new Set([10]);

/** The smallest plan's limit a minute, assumed until Freshdesk's headers say the account's. */
const ASSUMED_LIMIT = 100;

/** A rating: when it was given and on our 1–5 scale. */
type Rating = [atMs: number, scale: number];

interface FreshdeskCursor {
  updatedSince: string;
  deletedSince: string;
  /** Where the list of tickets marked as spam is read from. */
  spamSince: string;
  ratingsSince: string;
  /** Ratings of tickets the store did not hold yet: [ticket id, at ms, 1–5]. */
  pendingRatings: [number, number, number][];
}

export function createFreshdeskSource(settings: FreshdeskSourceSettings, deps: FreshdeskSourceDeps): TicketSource {
  return {
    type: 'freshdesk',
    upstream: `freshdesk:${settings.domain}`,
    createdFixed: true,
    storedPosition(cursorText) {
      try {
        // The parts --since caps (backfillCursor); ratings read from 90 days before --since whatever the cursor says.
        const stored = readCursor(cursorText, deps.now.getTime());
        return Math.min(...[stored.updatedSince, stored.deletedSince, stored.spamSince].flatMap((at) => at === null ? [] : [Date.parse(at)]));
      } catch (error) {
        if (error instanceof UpstreamError) return null;
        throw error;
      }
    },
    async *fetchChanges(cursorText: string | null, options: FetchChangesOptions = {}): AsyncGenerator<TicketBatch, string, void> {
      const log = options.log ?? (() => {});
      const key = requiredEnv(deps.env, settings.tokenEnv, 'freshdesk');
      const clock = sourceClock(deps);
      const budget = createRequestBudget({ upstream: 'Freshdesk', maxShare: settings.maxShare, assumedLimit: ASSUMED_LIMIT, clock, log });
      const fatal = new AbortController();
      const http = createHelpdeskHttp({
        upstream: 'Freshdesk', baseUrl: settings.baseUrl, authorization: basicAuthorization(key, 'X'), credentialEnv: settings.tokenEnv, log,
        sleep: clock.sleep, now: clock.now, budget, readRateLimit: freshdeskRateLimit, signal: fatal.signal,
        ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        ...(deps.backoffMs !== undefined ? { backoffMs: deps.backoffMs } : {}), ...(deps.maxRetries !== undefined ? { maxRetries: deps.maxRetries } : {}),
      });
      const nowMs = deps.now.getTime();
      const perPage = deps.perPage ?? 100;
      const stored = options.storedTickets ?? EMPTY_STORE;
      const byKind: Record<string, number> = {};
      const count = (kind: string) => { byKind[kind] = (byKind[kind] ?? 0) + 1; };
      // The ticket list walked by update time from `from` (the changed tickets, the deleted ones or the spam), each
      // page counted as a request of its kind; `query` gets `since` encoded for the URL.
      const ticketPages = (from: string, kind: 'tickets' | 'deleted' | 'spam', query: (since: string) => string) => {
        const name = kind === 'tickets' ? 'tickets' : kind === 'deleted' ? 'deleted tickets' : 'tickets marked as spam';
        return pagesByTime<Record<string, unknown>>({
          from,
          what: `freshdesk: ${name}`,
          maxPagesAtOneInstant: settings.pageCap,
          fail: (message) => new UpstreamError(message),
          // Compared with the canonical position it is read from, so in the same form (text that is no instant stays, and
          // stops the fetch when it would become the position: positionRead).
          key: (raw) => ({ id: String(raw.id), updated: canonicalPosition(raw.updated_at) ?? (raw.updated_at as string) }),
          fetchPage: async (since, page) => {
            count(kind);
            const { body } = await http.getPage(`/api/v2/tickets?${query(encodeURIComponent(sentPosition(since)))}&per_page=${perPage}&page=${page}`);
            return { items: ticketList(body, `${name} page from ${since}`), full: (body as unknown[]).length >= perPage };
          },
        });
      };
      let changed = 0;
      try {
        const start = formatInstant(firstFetchStart(settings.startDate, options.since, nowMs));
        const storedCursor = cursorText === null ? null : options.since ? readableCursor(cursorText, nowMs, log) : readCursor(cursorText, nowMs);
        const fresh: FreshdeskCursor = { updatedSince: start, deletedSince: start, spamSince: start, ratingsSince: formatInstant(Date.parse(start) - RATING_LOOKBACK_MS), pendingRatings: [] };
        // A cursor written before spam had its own: the spam is read from the first fetch's start, once (a stored
        // ticket marked as spam before then left the list then, and only this read can take it out of the store).
        const cursor: FreshdeskCursor = storedCursor === null ? fresh
          : options.since ? backfillCursor(fresh, storedCursor, log)
          : { ...storedCursor, spamSince: storedCursor.spamSince ?? start };

        // Ratings first: tonight's changed tickets take theirs as they are mapped.
        const { ratings, newest } = await readRatings(http, cursor.ratingsSince, { perPage, pageCap: settings.pageCap, counted: () => count('ratings'), log });
        for (const [id, at, scale] of cursor.pendingRatings) keepNewest(ratings, id, [at, scale]);
        log(`freshdesk: ${ratings.size} satisfaction ratings to apply`);

        let total = 0;
        let pages = 0;
        const list = ticketPages(cursor.updatedSince, 'tickets', (since) => `updated_since=${since}&order_by=updated_at&order_type=asc&include=stats`);
        let updatedSince = cursor.updatedSince;
        for (;;) {
          const step = await list.next();
          if (step.done) { updatedSince = step.value; break; }
          pages++;
          const batch = await mapPage(step.value, { http, settings, nowMs, ratings, stored, fatal, count });
          changed += batch.tickets.length;
          total += batch.tickets.length;
          log(`freshdesk: page ${pages}: ${batch.tickets.length} tickets${batch.deleted?.length ? `, ${batch.deleted.length} deleted` : ''}${batch.rejected.length ? `, ${batch.rejected.length} rejected` : ''} (${total} so far, ${http.requests} requests)`);
          yield batch;
        }

        // Ratings of tickets that did not change tonight: applied to the stored ticket, or kept until it arrives.
        const pendingRatings: FreshdeskCursor['pendingRatings'] = [];
        if (ratings.size > 0) {
          const found = await stored.anywhere(new Set([...ratings.keys()].map(String)));
          const rated: Ticket[] = [];
          let expired = 0;
          for (const [id, rating] of ratings) {
            const ticket = found.get(String(id));
            if (!ticket) {
              // A ticket rated months ago that never arrived is older than the store: its rating has nothing to rate.
              if (rating[0] < nowMs - RATING_LOOKBACK_MS) expired++;
              else pendingRatings.push([id, rating[0], rating[1]]);
              continue;
            }
            const next = withRating(ticket, rating);
            if (next) rated.push(next);
          }
          if (rated.length > 0) {
            log(`freshdesk: ${rated.length} stored tickets rated since they last changed`);
            changed += rated.length;
            yield { tickets: rated, rejected: [] };
          }
          if (pendingRatings.length > 0) log(`freshdesk: ${pendingRatings.length} ratings of tickets not in the store yet, kept until they arrive`);
          if (expired > 0) log(`freshdesk: ${expired} ratings older than 90 days of tickets the store never held, let go`);
        }

        // Deleted tickets and spam: the list leaves both out unless asked for them by name.
        const removed = { deleted: cursor.deletedSince, spam: cursor.spamSince };
        for (const filter of ['deleted', 'spam'] as const) {
          const removedList = ticketPages(removed[filter], filter, (since) => `filter=${filter}&updated_since=${since}&order_by=updated_at&order_type=asc`);
          let removedCount = 0;
          for (;;) {
            const step = await removedList.next();
            if (step.done) { removed[filter] = step.value; break; }
            removedCount += step.value.length;
            yield { tickets: [], rejected: [], deleted: step.value.map((raw) => String(raw.id)) };
          }
          if (removedCount > 0) log(`freshdesk: ${removedCount} tickets ${filter === 'deleted' ? 'deleted upstream' : 'marked as spam'}`);
        }

        // Each position as it is kept and sent, and never before where the last fetch stopped: a backfill from
        // earlier that found nothing newer would otherwise have the next night read the same stretch again.
        const kept = (read: string, part: string, last: string | null | undefined) => laterPosition(positionRead(read, part), last);
        const next: FreshdeskCursor = {
          updatedSince: kept(updatedSince, 'updated_at of the tickets', storedCursor?.updatedSince),
          deletedSince: kept(removed.deleted, 'updated_at of the deleted tickets', storedCursor?.deletedSince),
          spamSince: kept(removed.spam, 'updated_at of the tickets marked as spam', storedCursor?.spamSince),
          ratingsSince: kept(newest ?? cursor.ratingsSince, 'created_at of the satisfaction ratings', storedCursor?.ratingsSince),
          pendingRatings,
        };
        return JSON.stringify(next);
      } finally {
        const spent = budget.usage();
        const usage: SourceUsage = {
          requests: http.requests, exportRequests: 0, byKind, changedTickets: changed, accountLimit: spent.accountLimit, limitWindow: 'minute',
          peakPerWindow: spent.peakPerWindow, maxShare: settings.maxShare, exportLimit: null, waitedMs: spent.waitedMs + http.rateLimitWaitMs,
          backfill: { fixed: 4, perTicket: 1 + 1 / perPage + (byKind.ratings ?? 0) / Math.max(1, changed), exportPerTicket: 0 },
        };
        options.usage?.(usage);
      }
    },
  };
}

function ticketList(body: unknown, what: string): Record<string, unknown>[] {
  if (!Array.isArray(body)) throw new UpstreamError(`freshdesk: ${what} is not a list of tickets`);
  for (const raw of body) {
    if (!isObject(raw) || typeof raw.id !== 'number' || typeof raw.updated_at !== 'string') throw new UpstreamError(`freshdesk: ${what} holds an item without a numeric id and updated_at`);
  }
  return body as Record<string, unknown>[];
}

function readCursor(text: string, nowMs: number): Omit<FreshdeskCursor, 'spamSince'> & { spamSince: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch { /* refused below */ }
  // Its own shape: a position of its tickets, as text. Each position is then read in the one form it is sent and
  // kept in, whatever form an older version stored it in; one that is no instant is refused, not guessed at.
  if (!isObject(value) || typeof value.updatedSince !== 'string') throw foreignCursorError('freshdesk', text);
  const cursor = value;
  const position = (name: 'updatedSince' | 'deletedSince' | 'spamSince' | 'ratingsSince'): string | null => {
    if (cursor[name] === undefined) return null;
    const canonical = canonicalPosition(cursor[name]);
    if (canonical === null) throw storedPositionError('freshdesk', name, cursor[name], nowMs);
    if (isFuturePosition(Date.parse(canonical), nowMs)) throw futurePositionError('freshdesk', name, canonical, nowMs);
    return canonical;
  };
  const updatedSince = position('updatedSince')!;
  // A cursor written before deletions and ratings had their own: both start again a little back.
  const deletedSince = position('deletedSince') ?? updatedSince;
  // One written before spam had its own: null, read from the first fetch's start (the caller knows it).
  const spamSince = position('spamSince');
  const ratingsSince = position('ratingsSince') ?? formatInstant(Date.parse(updatedSince) - RATING_LOOKBACK_MS);
  const pendingRatings = Array.isArray(cursor.pendingRatings)
    ? cursor.pendingRatings.filter((r): r is [number, number, number] => Array.isArray(r) && r.length === 3 && r.every((n) => typeof n === 'number'))
    : [];
  return { updatedSince, deletedSince, spamSince, ratingsSince, pendingRatings };
}

/** The stored cursor for a backfill; null, said in the log, when it cannot be read (what --since is for). */
function readableCursor(text: string, nowMs: number, log: (line: string) => void): ReturnType<typeof readCursor> | null {
  try {
    return readCursor(text, nowMs);
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    log('freshdesk: the stored cursor cannot be read: this backfill starts without its pending ratings, and every part from --since whatever the store last read');
    return null;
  }
}

/**
 * A backfill (--since) reads each part from `--since`, but never from later than the stored cursor stood: a --since
 * past it would skip the tickets changed, deleted or marked as spam and the ratings given between, which no later
 * night reads. The ratings still waiting for their ticket are kept.
 */
function backfillCursor(fresh: FreshdeskCursor, stored: ReturnType<typeof readCursor>, log: (line: string) => void): FreshdeskCursor {
  // Both canonical (readCursor): the stored text is never sent or logged as it stands.
  const earlier = (since: string, kept: string | null) => kept !== null && Date.parse(kept) < Date.parse(since) ? kept : since;
  const cursor: FreshdeskCursor = {
    updatedSince: earlier(fresh.updatedSince, stored.updatedSince),
    deletedSince: earlier(fresh.deletedSince, stored.deletedSince),
    spamSince: earlier(fresh.spamSince, stored.spamSince),
    ratingsSince: earlier(fresh.ratingsSince, stored.ratingsSince),
    pendingRatings: stored.pendingRatings,
  };
  if (cursor.updatedSince !== fresh.updatedSince || cursor.deletedSince !== fresh.deletedSince || cursor.spamSince !== fresh.spamSince) {
    log(`freshdesk: --since is after where the last fetch stopped: tickets read from ${cursor.updatedSince}, deletions from ${cursor.deletedSince}, spam from ${cursor.spamSince}, so no change between is skipped`);
  }
  return cursor;
}

/** The newest instant a list gave, as the next cursor keeps it; an upstream that gave no instant cannot be read on from. */
function positionRead(text: string, part: string): string {
  const position = canonicalPosition(text);
  if (position === null) throw new UpstreamError(`freshdesk: the newest ${part} read is ${quotedValue(text, 40)}, which is not an instant: the cursor cannot move on from it`);
  return position;
}

function keepNewest(ratings: Map<number, Rating>, id: number, rating: Rating): void {
  const known = ratings.get(id);
  if (!known || known[0] < rating[0]) ratings.set(id, rating);
}

interface RatingsPaging {
  perPage: number;
  /** The last page Freshdesk serves of one query (300). */
  pageCap: number;
  counted: () => void;
  log: (line: string) => void;
}

/**
 * Ticket id → newest rating given since `createdSince`, and the newest `created_at` read (the next cursor). Page
 * numbers are safe here: ratings are only ever added, so a page boundary can repeat one, never skip one.
 *
 * Freshdesk serves no page past the cap (300 pages of 100), and a first fetch asks for the ratings of a year and
 * more: past the cap the list is read on from the newest `created_at` read (that instant's ratings read again,
 * harmlessly). That skips nothing only if the list comes oldest first, which Freshdesk does not document: when the
 * pages read did not, or when the cap's worth of ratings share one instant, the fetch stops rather than lose ratings.
 */
async function readRatings(http: HelpdeskHttp, createdSince: string, paging: RatingsPaging): Promise<{ ratings: Map<number, Rating>; newest: string | null }> {
  const ratings = new Map<number, Rating>();
  const firstPage = (since: string) => `/api/v2/surveys/satisfaction_ratings?created_since=${encodeURIComponent(sentPosition(since))}&per_page=${paging.perPage}&page=1`;
  let since = createdSince;
  let url: string | null = firstPage(since);
  let oldestFirst = true;
  // The last rating listed and the newest read, each as its text (canonical: sent, logged and kept) and its instant
  // (compared: as text "…10:00:00.500Z" sorts before "…10:00:00Z", so a list in time order looked out of order).
  let last: { at: string; ms: number } | null = null;
  let newest: { at: string; ms: number } | null = null;
  for (let page = 1, read = 1; url; page++, read++) {
    paging.counted();
    const { body, next } = await http.getPage(url);
    if (!Array.isArray(body)) throw new UpstreamError(`freshdesk: satisfaction ratings page ${read} is not a list`);
    for (const r of body) {
      const at = canonicalPosition(isObject(r) ? r.created_at : undefined);
      if (!isObject(r) || typeof r.ticket_id !== 'number' || at === null || !isObject(r.ratings)) continue;
      const ms = Date.parse(at);
      if (last !== null && ms < last.ms) oldestFirst = false;
      last = { at, ms };
      const scale = RATING_SCALE[String(r.ratings.default_question)];
      if (scale === undefined) continue;
      keepNewest(ratings, r.ticket_id, [ms, scale]);
      if (newest === null || ms > newest.ms) newest = { at, ms };
    }
    url = next;
    if (page >= paging.pageCap && body.length >= paging.perPage) {
      const where = `freshdesk: the satisfaction ratings since ${since} fill Freshdesk's ${paging.pageCap} pages`;
      if (!oldestFirst) throw new UpstreamError(`${where} and did not come oldest first, so they cannot be read on from a later created_since without losing some: the fetch stops; fetch again with a later --since`);
      // Oldest first: the last rating listed is the newest, and the list goes on from it.
      if (last === null || last.ms <= Date.parse(since)) throw new UpstreamError(`${where} all given at ${since}: cannot page past that instant`);
      paging.log(`${where}: reading on from ${last.at}`);
      since = last.at;
      url = firstPage(since);
      page = 0;
      last = null;
    }
    if (read > 100_000) throw new UpstreamError('freshdesk: the satisfaction ratings did not end after 100,000 pages');
  }
  return { ratings, newest: newest?.at ?? null };
}

/** The stored ticket with a rating given after it was stored; null when it already has that one or a newer one. */
function withRating(ticket: Ticket, [atMs, scale]: Rating): Ticket | null {
  const at = formatInstant(atMs);
  if (ticket.satisfaction && Date.parse(ticket.satisfaction.at) >= atMs) return null;
  if (atMs < Date.parse(ticket.created)) return null;
  return { ...ticket, satisfaction: { at, rating: scale }, updated: Date.parse(ticket.updated) >= atMs ? ticket.updated : at };
}

interface PageContext {
  http: HelpdeskHttp;
  settings: FreshdeskSourceSettings;
  nowMs: number;
  /** Ratings not applied yet: a ticket mapped tonight takes (and removes) its own. */
  ratings: Map<number, Rating>;
  stored: NonNullable<FetchChangesOptions['storedTickets']>;
  fatal: AbortController;
  count: (kind: string) => void;
}

async function mapPage(rawTickets: Record<string, unknown>[], ctx: PageContext): Promise<TicketBatch> {
  // A ticket keeps the rating it was stored with unless tonight brings a newer one.
  const storedRatings = new Map<string, Ticket['satisfaction']>();
  const byDay = new Map<string, Set<string>>();
  for (const raw of rawTickets) {
    // Filed under the UTC day of its instant, not the day written: `2026-11-05T01:00:00+05:30` is stored under 11-04.
    const createdMs = zonedInstantMs(raw.created_at);
    if (createdMs === null) continue;
    const day = storageDayOf({ id: String(raw.id), created: formatInstant(createdMs) });
    let ids = byDay.get(day);
    if (!ids) { ids = new Set(); byDay.set(day, ids); }
    ids.add(String(raw.id));
  }
  for (const [day, ids] of byDay) for (const [id, t] of await ctx.stored.inDay(day, ids)) storedRatings.set(id, t.satisfaction);

  const outcomes = await mapConcurrent(rawTickets, ctx.settings.concurrency, async (raw): Promise<RecordOutcome> => {
    const id = raw.id as number;
    if (raw.deleted === true || raw.spam === true) return { deleted: String(id) };
    let conversations: unknown[];
    try {
      conversations = await readConversations(ctx, id);
    } catch (error) {
      if (error instanceof UpstreamError && error.status === 404) return { deleted: String(id) };
      throw error;
    }
    const rating = ctx.ratings.get(id);
    ctx.ratings.delete(id);
    const kept = storedRatings.get(String(id));
    const satisfaction = rating ? { atMs: rating[0], rating: rating[1] } : kept ? { atMs: Date.parse(kept.at), rating: kept.rating } : null;
    return outcomeOf(`freshdesk ticket ${id}`, String(id), () => mapTicket(raw, conversations, satisfaction, ctx));
  }, ctx.fatal);
  return batchOf(outcomes);
}

async function readConversations(ctx: PageContext, id: number): Promise<unknown[]> {
  const all: unknown[] = [];
  let url: string | null = `/api/v2/tickets/${id}/conversations?per_page=100&page=1`;
  for (let page = 1; url; page++) {
    ctx.count('conversations');
    const { body, next } = await ctx.http.getPage(url);
    if (!Array.isArray(body)) throw new UpstreamError(`freshdesk: the conversations of ticket ${id} are not a list`);
    all.push(...body);
    url = next;
    if (page > 1000) throw new UpstreamError(`freshdesk: the conversations of ticket ${id} did not end after 1,000 pages`);
  }
  return all;
}

function mapTicket(raw: Record<string, unknown>, conversations: unknown[], satisfaction: TimelineParts['satisfaction'], ctx: PageContext): Ticket {
  const { settings, nowMs } = ctx;
  const values = settings.values;
  const createdMs = readInstant(raw.created_at, 'created_at', nowMs);
  const updatedMs = readInstant(raw.updated_at, 'updated_at', nowMs);
  const status = mapValue(values.status, raw.status, 'status', 'source.freshdesk.values.status', STATUSES);
  const priority = mapValue(values.priority, raw.priority, 'priority', 'source.freshdesk.values.priority', PRIORITIES);
  const channel = mapValue(values.channel, raw.source, 'source', 'source.freshdesk.values.channel', CHANNELS);
  const tags = Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [];
  const custom = isObject(raw.custom_fields) ? raw.custom_fields : {};
  const record = { type: raw.type, group: raw.group_id, tags, field: (name: string) => custom[name] };
  const team = teamOf(settings.team, record, values.team);
  const category = categoryOf(settings.category, record, 'source.freshdesk.category');
  const source = typeof raw.source === 'number' ? raw.source : null;

  const replies: TimelineParts['replies'] = [];
  for (const c of conversations) {
    if (!isObject(c) || c.private === true) continue;
    replies.push({ atMs: readInstant(c.created_at, `conversation ${String(c.id)} created_at`, nowMs), by: c.incoming === true ? 'customer' : 'agent' });
  }

  const stats = isObject(raw.stats) ? raw.stats : {};
  const at = (field: string): number | null => stats[field] === null || stats[field] === undefined ? null : readInstant(stats[field], `stats.${field}`, nowMs);
  const resolvedMs = at('resolved_at');
  const closedMs = at('closed_at');
  const reopenedMs = at('reopened_at');
  const statusUpdatedMs = at('status_updated_at');
  const changes: TimelineParts['statusChanges'] = [{ atMs: createdMs, status: 'open' }];
  if (reopenedMs !== null) {
    const lastAgentReply = replies.filter((r) => r.by === 'agent' && r.atMs < reopenedMs).at(-1)?.atMs ?? null;
    const solvedMs = resolvedMs !== null && resolvedMs < reopenedMs ? resolvedMs : lastAgentReply ?? reopenedMs;
    changes.push({ atMs: solvedMs, status: 'solved' }, { atMs: reopenedMs, status: 'open' });
  }
  if (resolvedMs !== null && (reopenedMs === null || resolvedMs >= reopenedMs)) changes.push({ atMs: resolvedMs, status: 'solved' });
  if (closedMs !== null && status === 'closed') changes.push({ atMs: closedMs, status: 'closed' });
  if (statusUpdatedMs !== null && changes.at(-1)!.status !== status && statusUpdatedMs >= changes.at(-1)!.atMs) changes.push({ atMs: statusUpdatedMs, status });

  return assembleTicket({
    id: ticketId(String(raw.id)), createdMs, updatedMs, priority, channel, status, team, category, tags, replies, statusChanges: changes,
    openedBy: source !== null && OPENED_BY_AGENT.has(source) ? 'agent' : source !== null && OPENED_BY_CUSTOMER.has(source) ? 'customer' : null,
    satisfaction,
  });
}
