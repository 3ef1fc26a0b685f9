// Zendesk: the cursor-based incremental ticket export (`/api/v2/incremental/tickets/cursor.json`, `after_cursor`,
// `end_of_stream`) says which tickets changed, page by page; each changed ticket's audits
// (`/api/v2/tickets/{id}/audits.json`) give its timeline: Comment events (public flag, author), status Create and
// Change events, SatisfactionRating events. Who is staff comes from the users with role agent or admin
// (`/api/v2/users.json?role[]=agent&role[]=admin`), read once per fetch: a comment is an agent reply when its
// author is one of them, a customer reply otherwise (requesters, CCs and end-users alike).
//
// Why audits per ticket and not the incremental ticket-event export: that export is ordered by time across all
// tickets, so joining it to tickets means holding the whole window in memory (a first backfill is the whole
// history), and a ticket changed tonight would lose the replies it got before the window. The audits of one ticket
// are its whole history in one or two requests, so each page is complete and memory follows one page.
// The cursor is Zendesk's `after_cursor`: a missed night simply continues from it.

import type { Ticket, ZendeskSourceSettings } from '../model/model.ts';
import { basicAuthorization, createHelpdeskHttp, requiredEnv, UpstreamError, type HelpdeskHttp, type HelpdeskSourceDeps } from './helpdesk-http.ts';
import {
  CHANNELS, PRIORITIES, STATUSES, TicketRejection, assembleTicket, batchOf, firstFetchStart, isObject, mapConcurrent, mapValue, outcomeOf,
  readInstant, ticketId, type RecordOutcome, type TimelineParts,
} from './helpdesk-mapping.ts';
import type { FetchChangesOptions, TicketBatch, TicketSource } from './source.ts';

export interface ZendeskSourceDeps extends HelpdeskSourceDeps {
  /** Loop guard: the most export pages one fetch may read. Default 20,000 (20 million tickets). */
  maxPages?: number;
}

/** Raw Zendesk objects: only the fields we read, each checked before use. */
interface ExportPage { tickets: unknown[]; afterCursor: string | null; endOfStream: boolean; metricSets: Map<string, Record<string, unknown>> }

const EMPTY_PAGES_BEFORE_FAILING = 5;

export function createZendeskSource(settings: ZendeskSourceSettings, deps: ZendeskSourceDeps): TicketSource {
  const upstream = `zendesk:${settings.subdomain}`;
  return {
    type: 'zendesk',
    upstream,
    async *fetchChanges(cursor: string | null, options: FetchChangesOptions = {}): AsyncGenerator<TicketBatch, string, void> {
      const log = options.log ?? (() => {});
      const credentialEnv = `${settings.emailEnv} and ${settings.tokenEnv}`;
      const email = requiredEnv(deps.env, settings.emailEnv, 'zendesk');
      const token = requiredEnv(deps.env, settings.tokenEnv, 'zendesk');
      const http = createHelpdeskHttp({
        upstream: 'Zendesk', baseUrl: settings.baseUrl, authorization: basicAuthorization(`${email}/token`, token), credentialEnv,
        log, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        ...(deps.backoffMs !== undefined ? { backoffMs: deps.backoffMs } : {}), ...(deps.maxRetries !== undefined ? { maxRetries: deps.maxRetries } : {}),
      });
      const nowMs = deps.now.getTime();
      const agents = await readAgentIds(http);
      log(`zendesk: ${agents.size} agents and admins`);

      // Zendesk's own ticket metrics come as a sideload of the same page: the tie-out costs no request.
      const include = settings.tieOut ? '&include=metric_sets' : '';
      let url: string;
      // An empty cursor is a first fetch that found nothing: start from the start time again.
      if (cursor && !options.since) {
        url = `/api/v2/incremental/tickets/cursor.json?cursor=${encodeURIComponent(cursor)}${include}`;
      } else {
        // Zendesk refuses a start_time within the last minute.
        const start = Math.min(firstFetchStart(settings.startDate, options.since, nowMs), nowMs - 60_000);
        url = `/api/v2/incremental/tickets/cursor.json?start_time=${Math.max(0, Math.floor(start / 1000))}${include}`;
      }
      const seen = new Set<string>(cursor && !options.since ? [cursor] : []);
      let last = cursor ?? '';
      let total = 0;
      let emptyPages = 0;
      const maxPages = deps.maxPages ?? 20_000;
      for (let page = 1; ; page++) {
        if (page > maxPages) throw new UpstreamError(`zendesk: the ticket export did not end after ${maxPages} pages (end_of_stream stayed false): stopping rather than looping`);
        const body = readExportPage(await http.getJson(url), page);
        const batch = await mapPage(body.tickets, { http, agents, settings, nowMs, concurrency: settings.concurrency, metrics: body.metricSets });
        total += batch.tickets.length;
        log(`zendesk: page ${page}: ${batch.tickets.length} tickets${batch.deleted?.length ? `, ${batch.deleted.length} deleted` : ''}${batch.rejected.length ? `, ${batch.rejected.length} rejected` : ''} (${total} so far, ${http.requests} requests)`);
        yield batch;
        if (body.afterCursor) last = body.afterCursor;
        if (body.endOfStream) return last;
        if (!body.afterCursor) throw new UpstreamError(`zendesk: ticket export page ${page} has end_of_stream false but no after_cursor: cannot continue`);
        if (seen.has(body.afterCursor)) throw new UpstreamError(`zendesk: the ticket export returned cursor ${JSON.stringify(body.afterCursor.slice(0, 40))} twice (page ${page}): stopping rather than looping`);
        seen.add(body.afterCursor);
        emptyPages = body.tickets.length === 0 ? emptyPages + 1 : 0;
        if (emptyPages >= EMPTY_PAGES_BEFORE_FAILING) throw new UpstreamError(`zendesk: ${emptyPages} empty export pages in a row with end_of_stream false: stopping rather than looping`);
        url = `/api/v2/incremental/tickets/cursor.json?cursor=${encodeURIComponent(body.afterCursor)}${include}`;
      }
    },
  };
}

function readExportPage(body: unknown, page: number): ExportPage {
  if (!isObject(body) || !Array.isArray(body.tickets) || typeof body.end_of_stream !== 'boolean') {
    throw new UpstreamError(`zendesk: ticket export page ${page} is not an incremental export page (expected tickets, after_cursor and end_of_stream)`);
  }
  const after = body.after_cursor;
  if (after !== null && after !== undefined && typeof after !== 'string') throw new UpstreamError(`zendesk: ticket export page ${page} has an after_cursor that is not text`);
  const metricSets = new Map<string, Record<string, unknown>>();
  if (Array.isArray(body.metric_sets)) for (const m of body.metric_sets) if (isObject(m) && m.ticket_id !== undefined) metricSets.set(String(m.ticket_id), m);
  return { tickets: body.tickets, afterCursor: typeof after === 'string' && after !== '' ? after : null, endOfStream: body.end_of_stream, metricSets };
}

/** Ids of users with role agent or admin (cursor pagination, 100 a page). */
async function readAgentIds(http: HelpdeskHttp): Promise<Set<number>> {
  const ids = new Set<number>();
  let url: string | null = '/api/v2/users.json?role%5B%5D=agent&role%5B%5D=admin&page%5Bsize%5D=100';
  for (let page = 1; url; page++) {
    const body = await http.getJson(url);
    if (!isObject(body) || !Array.isArray(body.users)) throw new UpstreamError('zendesk: the users list has no users array');
    for (const user of body.users) if (isObject(user) && typeof user.id === 'number') ids.add(user.id);
    const meta = isObject(body.meta) ? body.meta : {};
    const links = isObject(body.links) ? body.links : {};
    url = meta.has_more === true && typeof links.next === 'string' ? links.next : null;
    if (page > 10_000) throw new UpstreamError('zendesk: the users list did not end after 10,000 pages');
  }
  return ids;
}

interface PageContext { http: HelpdeskHttp; agents: Set<number>; settings: ZendeskSourceSettings; nowMs: number; concurrency: number; metrics: Map<string, Record<string, unknown>> }

async function mapPage(rawTickets: unknown[], ctx: PageContext): Promise<TicketBatch> {
  const outcomes = await mapConcurrent(rawTickets, ctx.concurrency, async (raw, i): Promise<RecordOutcome> => {
    if (!isObject(raw) || (typeof raw.id !== 'number' && typeof raw.id !== 'string')) {
      return { rejected: { where: `zendesk ticket export item ${i + 1}`, reason: 'not a ticket object with an id' } };
    }
    if (raw.status === 'deleted') return { deleted: String(raw.id) };
    let audits: unknown[];
    try {
      audits = await readAudits(ctx.http, String(raw.id));
    } catch (error) {
      // Deleted between the export and the audits call.
      if (error instanceof UpstreamError && error.status === 404) return { deleted: String(raw.id) };
      throw error;
    }
    return outcomeOf(`zendesk ticket ${String(raw.id)}`, String(raw.id), () => mapTicket(raw, audits, ctx));
  });
  return batchOf(outcomes);
}

async function readAudits(http: HelpdeskHttp, id: string): Promise<unknown[]> {
  const audits: unknown[] = [];
  let url: string | null = `/api/v2/tickets/${encodeURIComponent(id)}/audits.json`;
  for (let page = 1; url; page++) {
    const body = await http.getJson(url);
    if (!isObject(body) || !Array.isArray(body.audits)) throw new UpstreamError(`zendesk: the audits of ticket ${id} are not an audits list`);
    audits.push(...body.audits);
    url = typeof body.next_page === 'string' && body.next_page !== '' ? body.next_page : null;
    if (page > 1000) throw new UpstreamError(`zendesk: the audits of ticket ${id} did not end after 1,000 pages`);
  }
  return audits;
}

function mapTicket(raw: Record<string, unknown>, audits: unknown[], ctx: PageContext): Ticket {
  const { settings, nowMs, agents } = ctx;
  const values = settings.values;
  const createdMs = readInstant(raw.created_at, 'created_at', nowMs);
  const updatedMs = readInstant(raw.updated_at, 'updated_at', nowMs);
  const status = mapValue(values.status, raw.status, 'status', 'source.zendesk.values.status', STATUSES);
  const priority = raw.priority === null || raw.priority === undefined ? settings.defaultPriority : mapValue(values.priority, raw.priority, 'priority', 'source.zendesk.values.priority', PRIORITIES);
  const via = isObject(raw.via) ? raw.via : {};
  const channel = mapValue(values.channel, via.channel, 'via.channel', 'source.zendesk.values.channel', CHANNELS);
  const team = raw.group_id === null || raw.group_id === undefined ? null : values.team[String(raw.group_id)] ?? null;
  const category = typeof raw.type === 'string' && raw.type !== '' ? raw.type : null;
  const tags = Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [];
  const submitter = typeof raw.submitter_id === 'number' ? raw.submitter_id : null;

  const parts: TimelineParts = {
    id: ticketId(String(raw.id)), createdMs, updatedMs, priority, channel, status, team, category, tags,
    openedBy: submitter === null ? null : agents.has(submitter) ? 'agent' : 'customer',
    replies: [], statusChanges: [], satisfaction: null,
  };
  let openingSeen = false;
  const ordered = audits.filter(isObject).map((audit) => ({ audit, atMs: readInstant(audit.created_at, `audit ${String(audit.id)} created_at`, nowMs) }))
    .sort((a, b) => a.atMs - b.atMs);
  for (const { audit, atMs } of ordered) {
    const events = Array.isArray(audit.events) ? audit.events.filter(isObject) : [];
    for (const event of events) {
      switch (event.type) {
        case 'Comment':
        case 'VoiceComment': {
          // The first comment is the opening message, not a reply.
          if (!openingSeen) { openingSeen = true; break; }
          if (event.public !== true) break;
          const author = typeof event.author_id === 'number' ? event.author_id : typeof audit.author_id === 'number' ? audit.author_id : null;
          parts.replies.push({ atMs, by: author !== null && agents.has(author) ? 'agent' : 'customer' });
          break;
        }
        case 'Create':
        case 'Change':
          if (event.field_name === 'status') {
            parts.statusChanges.push({ atMs, status: mapValue(values.status, event.value, `status in audit ${String(audit.id)}`, 'source.zendesk.values.status', STATUSES) });
          }
          break;
        case 'SatisfactionRating':
          if (event.score === 'good' || event.score === 'bad') parts.satisfaction = { atMs, rating: event.score };
          break;
        default:
          // Zendesk adds event types at any time and asks integrations to ignore the ones they do not know.
          break;
      }
    }
  }
  if (parts.statusChanges.length === 0 && audits.length > 0) throw new TicketRejection('its audits have no status event: cannot tell when it changed status');
  const ticket = assembleTicket(parts);
  const metricSet = ctx.settings.tieOut ? ctx.metrics.get(String(raw.id)) : undefined;
  if (metricSet) ticket.helpdeskMetrics = { firstReplyMinutes: calendarMinutes(metricSet.reply_time_in_minutes), fullResolutionMinutes: calendarMinutes(metricSet.full_resolution_time_in_minutes) };
  return ticket;
}

/** `{ calendar, business }` minutes of a Zendesk metric set; null when Zendesk has no figure yet. */
function calendarMinutes(value: unknown): number | null {
  const calendar = isObject(value) ? value.calendar : null;
  return typeof calendar === 'number' && Number.isFinite(calendar) && calendar >= 0 ? calendar : null;
}
