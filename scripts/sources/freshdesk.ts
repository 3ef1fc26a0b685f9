// Freshdesk: tickets by `updated_since`, oldest update first, with stats (`/api/v2/tickets?updated_since=...
// &order_by=updated_at&order_type=asc&include=stats&per_page=100&page=N`), each changed ticket's conversations
// for the replies (`incoming` → customer, else agent; `private` notes are not replies), and the satisfaction
// ratings (`/api/v2/surveys/satisfaction_ratings?created_since=...`, read once per fetch into a small map by
// ticket id: Freshdesk has no per-ticket read of them).
//
// Freshdesk stops paginating after a page cap (300 pages), so when the cap is reached the query restarts from the
// last `updated_at` seen, skipping the tickets already yielded with that very `updated_at`.
//
// Freshdesk's API keeps no status history, only the latest instant of each kind in `stats`: the timeline is open
// at creation, a solve and a reopen at `reopened_at` (the solve at `resolved_at` when that came first, else at the
// last agent reply before the reopen), solved at `resolved_at`, closed at `closed_at`, and the current status at
// `status_updated_at`. Pending spells other than the current one are not visible through the API.

import type { FreshdeskSourceSettings, Ticket } from '../model/model.ts';
import { basicAuthorization, createHelpdeskHttp, requiredEnv, UpstreamError, type HelpdeskHttp, type HelpdeskSourceDeps } from './helpdesk-http.ts';
import {
  CHANNELS, PRIORITIES, STATUSES, assembleTicket, batchOf, firstFetchStart, isObject, mapConcurrent, mapValue, outcomeOf, readInstant, ticketId,
  type RecordOutcome, type TimelineParts,
} from './helpdesk-mapping.ts';
import { formatInstant } from './instants.ts';
import type { FetchChangesOptions, TicketBatch, TicketSource } from './source.ts';

export interface FreshdeskSourceDeps extends HelpdeskSourceDeps {
  /** Tickets per page; Freshdesk's maximum and our default is 100. */
  perPage?: number;
}

/** How far before the window satisfaction ratings are read, so a ticket changed tonight keeps an older rating. */
const RATING_LOOKBACK_MS = 90 * 86_400_000;

/** Freshdesk's survey answers (-103 … 103) on our 1–5 scale, where 4 and 5 count as good. */
const RATING_SCALE: Record<string, number> = { '103': 5, '102': 5, '101': 4, '100': 3, '-101': 2, '-102': 1, '-103': 1 };

/** Sources where the customer writes first, and the outbound e-mail an agent starts. */
const OPENED_BY_CUSTOMER = new Set([1, 2, 7, 9]);
const OPENED_BY_AGENT = new Set([10]);

export function createFreshdeskSource(settings: FreshdeskSourceSettings, deps: FreshdeskSourceDeps): TicketSource {
  return {
    type: 'freshdesk',
    upstream: `freshdesk:${settings.domain}`,
    async *fetchChanges(cursor: string | null, options: FetchChangesOptions = {}): AsyncGenerator<TicketBatch, string, void> {
      const log = options.log ?? (() => {});
      const key = requiredEnv(deps.env, settings.tokenEnv, 'freshdesk');
      const http = createHelpdeskHttp({
        upstream: 'Freshdesk', baseUrl: settings.baseUrl, authorization: basicAuthorization(key, 'X'), credentialEnv: settings.tokenEnv, log,
        ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        ...(deps.backoffMs !== undefined ? { backoffMs: deps.backoffMs } : {}), ...(deps.maxRetries !== undefined ? { maxRetries: deps.maxRetries } : {}),
      });
      const nowMs = deps.now.getTime();
      const perPage = deps.perPage ?? 100;
      let since = cursor !== null && !options.since ? readCursor(cursor) : formatInstant(firstFetchStart(settings.startDate, options.since, nowMs));
      const ratings = await readRatings(http, formatInstant(Date.parse(since) - RATING_LOOKBACK_MS));
      log(`freshdesk: ${ratings.size} satisfaction ratings`);

      let total = 0;
      let pages = 0;
      // Tickets yielded with the newest updated_at so far: a restart from that instant serves them again.
      let boundary = since;
      let atBoundary = new Set<number>();
      for (;;) {
        const restartedFrom = since;
        let url: string | null = `/api/v2/tickets?updated_since=${encodeURIComponent(since)}&order_by=updated_at&order_type=asc&include=stats&per_page=${perPage}&page=1`;
        let page = 0;
        let capped = false;
        while (url) {
          page++;
          pages++;
          const { body, next } = await http.getPage(url);
          if (!Array.isArray(body)) throw new UpstreamError(`freshdesk: tickets page ${page} from ${since} is not a list of tickets`);
          const fresh: Record<string, unknown>[] = [];
          for (const raw of body) {
            if (!isObject(raw) || typeof raw.id !== 'number' || typeof raw.updated_at !== 'string') throw new UpstreamError(`freshdesk: tickets page ${page} holds an item without a numeric id and updated_at`);
            if (raw.updated_at === boundary && atBoundary.has(raw.id)) continue;
            if (raw.updated_at > boundary) { boundary = raw.updated_at; atBoundary = new Set(); }
            if (raw.updated_at === boundary) atBoundary.add(raw.id);
            fresh.push(raw);
          }
          const batch = await mapPage(fresh, { http, settings, nowMs, ratings });
          total += batch.tickets.length;
          log(`freshdesk: page ${pages}: ${batch.tickets.length} tickets${batch.deleted?.length ? `, ${batch.deleted.length} deleted` : ''}${batch.rejected.length ? `, ${batch.rejected.length} rejected` : ''} (${total} so far, ${http.requests} requests)`);
          yield batch;
          // At the cap Freshdesk may or may not link a next page it will refuse; a full last page means there is more.
          const more = next !== null || (page >= settings.pageCap && body.length === perPage);
          if (more && page >= settings.pageCap) { capped = true; break; }
          url = next;
        }
        if (!capped) return JSON.stringify({ updatedSince: boundary });
        if (boundary === restartedFrom) {
          throw new UpstreamError(`freshdesk: more than ${settings.pageCap} pages of tickets share updated_at ${boundary}: cannot page past Freshdesk's page cap`);
        }
        log(`freshdesk: reached the page cap (${settings.pageCap} pages); restarting from updated_at ${boundary}`);
        since = boundary;
      }
    },
  };
}

function readCursor(text: string): string {
  try {
    const value = JSON.parse(text) as unknown;
    if (isObject(value) && typeof value.updatedSince === 'string' && !Number.isNaN(Date.parse(value.updatedSince))) return value.updatedSince;
  } catch { /* refused below */ }
  throw new UpstreamError(`freshdesk: the stored cursor is not one this source wrote (${JSON.stringify(text.slice(0, 40))}): fetch with --since to start again`);
}

/** Ticket id → newest rating, packed small: [created ms, 1–5]. */
async function readRatings(http: HelpdeskHttp, createdSince: string): Promise<Map<number, [number, number]>> {
  const ratings = new Map<number, [number, number]>();
  let url: string | null = `/api/v2/surveys/satisfaction_ratings?created_since=${encodeURIComponent(createdSince)}&per_page=100&page=1`;
  for (let page = 1; url; page++) {
    const { body, next } = await http.getPage(url);
    if (!Array.isArray(body)) throw new UpstreamError(`freshdesk: satisfaction ratings page ${page} is not a list`);
    for (const r of body) {
      if (!isObject(r) || typeof r.ticket_id !== 'number' || typeof r.created_at !== 'string' || !isObject(r.ratings)) continue;
      const scale = RATING_SCALE[String(r.ratings.default_question)];
      const at = Date.parse(r.created_at);
      if (scale === undefined || Number.isNaN(at)) continue;
      const known = ratings.get(r.ticket_id);
      if (!known || known[0] < at) ratings.set(r.ticket_id, [at, scale]);
    }
    url = next;
    if (page > 100_000) throw new UpstreamError('freshdesk: the satisfaction ratings did not end after 100,000 pages');
  }
  return ratings;
}

interface PageContext { http: HelpdeskHttp; settings: FreshdeskSourceSettings; nowMs: number; ratings: Map<number, [number, number]> }

async function mapPage(rawTickets: Record<string, unknown>[], ctx: PageContext): Promise<TicketBatch> {
  const outcomes = await mapConcurrent(rawTickets, ctx.settings.concurrency, async (raw): Promise<RecordOutcome> => {
    const id = raw.id as number;
    if (raw.deleted === true || raw.spam === true) return { deleted: String(id) };
    let conversations: unknown[];
    try {
      conversations = await readConversations(ctx.http, id);
    } catch (error) {
      if (error instanceof UpstreamError && error.status === 404) return { deleted: String(id) };
      throw error;
    }
    return outcomeOf(`freshdesk ticket ${id}`, String(id), () => mapTicket(raw, conversations, ctx));
  });
  return batchOf(outcomes);
}

async function readConversations(http: HelpdeskHttp, id: number): Promise<unknown[]> {
  const all: unknown[] = [];
  let url: string | null = `/api/v2/tickets/${id}/conversations?per_page=100&page=1`;
  for (let page = 1; url; page++) {
    const { body, next } = await http.getPage(url);
    if (!Array.isArray(body)) throw new UpstreamError(`freshdesk: the conversations of ticket ${id} are not a list`);
    all.push(...body);
    url = next;
    if (page > 1000) throw new UpstreamError(`freshdesk: the conversations of ticket ${id} did not end after 1,000 pages`);
  }
  return all;
}

function mapTicket(raw: Record<string, unknown>, conversations: unknown[], ctx: PageContext): Ticket {
  const { settings, nowMs } = ctx;
  const values = settings.values;
  const createdMs = readInstant(raw.created_at, 'created_at', nowMs);
  const updatedMs = readInstant(raw.updated_at, 'updated_at', nowMs);
  const status = mapValue(values.status, raw.status, 'status', 'source.freshdesk.values.status', STATUSES);
  const priority = mapValue(values.priority, raw.priority, 'priority', 'source.freshdesk.values.priority', PRIORITIES);
  const channel = mapValue(values.channel, raw.source, 'source', 'source.freshdesk.values.channel', CHANNELS);
  const team = raw.group_id === null || raw.group_id === undefined ? null : values.team[String(raw.group_id)] ?? null;
  const category = typeof raw.type === 'string' && raw.type !== '' ? raw.type : null;
  const tags = Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [];
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

  const rating = ctx.ratings.get(raw.id as number);
  return assembleTicket({
    id: ticketId(String(raw.id)), createdMs, updatedMs, priority, channel, status, team, category, tags, replies, statusChanges: changes,
    openedBy: source !== null && OPENED_BY_AGENT.has(source) ? 'agent' : source !== null && OPENED_BY_CUSTOMER.has(source) ? 'customer' : null,
    satisfaction: rating ? { atMs: rating[0], rating: rating[1] } : null,
  });
}
