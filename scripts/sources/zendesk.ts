// Zendesk, through its two incremental exports, at about 0.01 requests per changed ticket instead of one or two:
// - the cursor-based ticket export (`/api/v2/incremental/tickets/cursor.json`, `after_cursor`, `end_of_stream`,
//   1,000 tickets a page) says which tickets changed and gives their fields, with Zendesk's own metrics as a
//   sideload (`include=metric_sets`) for the tie-out;
// - the time-based ticket event export (`/api/v2/incremental/ticket_events.json?start_time=&include=
//   comment_events`, `next_page`, `end_time`, `end_of_stream`, 1,000 updates a page) gives every ticket's replies,
//   status changes and satisfaction ratings since the last night.
// A night runs in three steps: both exports are read to their end into a scratch folder, by ticket id
// (window-spill.ts), then joined one bucket of ids at a time: each changed ticket is its record's fields with the
// stored timeline before the window and the window's events after (zendesk-timeline.ts). The store is the state,
// so the window never has to fit in memory. Events whose ticket the ticket export did not list are applied to
// the stored ticket. A ticket older than the store (created before the window, not stored) is read whole from its
// audits once; so is one whose events came before it (it changed after the ticket export was read): the next night
// lists it, created before that night's window, so its events tonight are not kept for it (see applyToStored).
//
// Both exports exclude the last minute and allow 10 requests a minute (30 with High Volume); every request is
// paced to `maxShare` of the account's rate limit (request-budget.ts). Who is staff comes from the users with
// role agent or admin, read once per fetch. The cursor: the ticket export's `after_cursor` and the event export's
// next `start_time`.

import type { Ticket, ZendeskSourceSettings } from '../model/model.ts';
import { EMPTY_STORE, type StoredTicketReader } from '../store/stored-tickets.ts';
import { storageDayOf } from '../store/ticket-store.ts';
import { basicAuthorization, createHelpdeskHttp, foreignCursorError, futurePositionError, requiredEnv, UpstreamError, type HelpdeskHttp, type HelpdeskSourceDeps } from './helpdesk-http.ts';
import { batchOf, firstFetchStart, isObject, mapConcurrent, outcomeOf, type RecordOutcome } from './helpdesk-mapping.ts';
import { formatInstant, isFuturePosition, zonedInstantMs } from './instants.ts';
import { createRequestBudget, sourceClock, zendeskRateLimit } from './request-budget.ts';
import type { FetchChangesOptions, SourceUsage, TicketBatch, TicketSource } from './source.ts';
import { createWindowSpill, type WindowSpill } from './window-spill.ts';
import { auditsTicket, readAudits } from './zendesk-audits.ts';
import {
  mappedFieldIds, recordFields, storedFields, ticketRecord, timelineEvents, timelineTicket, type MappingContext, type TicketRecord, type TimelineEvent,
} from './zendesk-timeline.ts';

export interface ZendeskSourceDeps extends HelpdeskSourceDeps {
  /** Loop guard: the most pages one export may read. Default 200,000 (200 million tickets or updates). */
  maxPages?: number;
  /** Where the night's scratch folder is made. Default: the system's temporary folder. */
  scratchDir?: string;
}

const EMPTY_PAGES_BEFORE_FAILING = 5;
/** Team's limit a minute, assumed until Zendesk's headers say the account's. */
const ASSUMED_LIMIT = 200;
/** Both exports leave out what changed in the last minute, and refuse a start time within it. */
const EXCLUDED_MS = 60_000;

interface ZendeskCursor {
  /** The ticket export's `after_cursor`; null: start from the start time. */
  tickets: string | null;
  /** The event export's next `start_time` (epoch seconds); null: a store from before the event stream. */
  events: number | null;
}

function readCursor(text: string, nowMs: number): ZendeskCursor {
  if (text.startsWith('{')) {
    let cursor: ZendeskCursor | null = null;
    try {
      const value = JSON.parse(text) as unknown;
      // `pending`, the events of tickets the store did not hold yet, was written until they were found never to be
      // read (applyToStored): a cursor that has them still reads, without them.
      if (isObject(value) && (value.tickets === null || typeof value.tickets === 'string') && (value.events === null || isEpochSeconds(value.events)) && (value.pending === undefined || Array.isArray(value.pending))) {
        cursor = { tickets: value.tickets, events: value.events };
      }
    } catch { /* refused below */ }
    if (cursor === null) throw foreignCursorError('zendesk', text);
    if (cursor.events !== null && isFuturePosition(cursor.events * 1000, nowMs)) throw futurePositionError('zendesk', 'the event position', `${cursor.events} (epoch seconds)`, nowMs);
    return cursor;
  }
  // An `after_cursor` stored before the event stream: tonight's changed tickets are read from their audits.
  return { tickets: text === '' ? null : text, events: null };
}

/**
 * The cursor a backfill (--since) starts from: both exports from `sinceSeconds`, but never later than where the
 * stored cursor's event stream stood (a --since past it would skip the replies and changes between, which no later
 * night reads).
 * A cursor too broken to read is what --since is for: the backfill starts without it, and says so.
 */
function backfillCursor(cursorText: string | null, sinceSeconds: number, nowMs: number, log: (line: string) => void): { cursor: ZendeskCursor; stood: number | null } {
  let stored: ZendeskCursor | null = null;
  if (cursorText) {
    try {
      stored = readCursor(cursorText, nowMs);
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      log('zendesk: the stored cursor cannot be read: this backfill starts from --since whatever the store last read');
    }
  }
  if (stored === null) return { cursor: { tickets: null, events: sinceSeconds }, stood: null };
  const events = stored.events !== null && stored.events < sinceSeconds ? stored.events : sinceSeconds;
  if (events < sinceSeconds) log(`zendesk: --since is after the last fetch's end: reading from ${formatInstant(events * 1000)}, where it ended, so no change between is skipped`);
  return { cursor: { tickets: null, events }, stood: stored.events };
}

/**
 * An event position: whole seconds since the epoch, as Zendesk's `end_time` gives it. Any other number is no position
 * (a negative or huge one made formatInstant throw a RangeError, which no --since could get past; a fraction went to
 * Zendesk as start_time): the cursor is refused, and a backfill starts from --since.
 */
function isEpochSeconds(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

export function createZendeskSource(settings: ZendeskSourceSettings, deps: ZendeskSourceDeps): TicketSource {
  const upstream = `zendesk:${settings.subdomain}`;
  return {
    type: 'zendesk',
    upstream,
    createdFixed: true,
    storedPosition(cursorText) {
      try {
        const events = readCursor(cursorText, deps.now.getTime()).events;
        return events === null ? null : events * 1000;
      } catch (error) {
        if (error instanceof UpstreamError) return null;
        throw error;
      }
    },
    async *fetchChanges(cursorText: string | null, options: FetchChangesOptions = {}): AsyncGenerator<TicketBatch, string, void> {
      const log = options.log ?? (() => {});
      const credentialEnv = `${settings.emailEnv} and ${settings.tokenEnv}`;
      const email = requiredEnv(deps.env, settings.emailEnv, 'zendesk');
      const token = requiredEnv(deps.env, settings.tokenEnv, 'zendesk');
      const clock = sourceClock(deps);
      const exportLimit = settings.highVolume ? 30 : 10;
      const budget = createRequestBudget({ upstream: 'Zendesk', maxShare: settings.maxShare, assumedLimit: ASSUMED_LIMIT, exportLimit, clock, log });
      const fatal = new AbortController();
      const http = createHelpdeskHttp({
        upstream: 'Zendesk', baseUrl: settings.baseUrl, authorization: basicAuthorization(`${email}/token`, token), credentialEnv, log,
        sleep: clock.sleep, now: clock.now, budget, readRateLimit: zendeskRateLimit, signal: fatal.signal,
        ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        ...(deps.backoffMs !== undefined ? { backoffMs: deps.backoffMs } : {}), ...(deps.maxRetries !== undefined ? { maxRetries: deps.maxRetries } : {}),
      });
      const byKind: Record<string, number> = {};
      const count = (kind: string) => { byKind[kind] = (byKind[kind] ?? 0) + 1; };
      const nowMs = deps.now.getTime();
      const maxPages = deps.maxPages ?? 200_000;
      let spill: WindowSpill | null = null;
      const night = { changed: 0, updates: 0 };
      try {
        const sinceMs = Math.max(0, Math.min(firstFetchStart(settings.startDate, options.since, nowMs), nowMs - EXCLUDED_MS));
        const backfill = options.since ? backfillCursor(cursorText, Math.floor(sinceMs / 1000), nowMs, log) : null;
        const cursor: ZendeskCursor = backfill
          ? backfill.cursor
          : cursorText ? readCursor(cursorText, nowMs) : { tickets: null, events: Math.floor(sinceMs / 1000) };
        const startMs = options.since && cursor.events !== null ? cursor.events * 1000 : sinceMs;
        const agents = await readAgentIds(http, () => count('users'));
        log(`zendesk: ${agents.size} agents and admins`);
        spill = await createWindowSpill({ ...(deps.scratchDir ? { parent: deps.scratchDir } : {}), log });
        const ctx: NightContext = {
          http, settings, spill, count, maxPages, log, fatal,
          mapping: { settings, agents, nowMs },
          stored: options.storedTickets ?? EMPTY_STORE,
          // Where the event window begins; a store from before the event stream reads tonight's tickets whole.
          windowStartMs: cursor.events === null ? Number.POSITIVE_INFINITY : cursor.events * 1000,
        };

        const afterCursor = await spillTicketExport(ctx, cursor.tickets, Math.floor(startMs / 1000));
        let eventsEnd: number;
        if (cursor.events === null) {
          log('zendesk: the stored cursor is from before the event stream: tonight\'s changed tickets are read from their audits, and the event stream starts now');
          eventsEnd = Math.floor((nowMs - EXCLUDED_MS) / 1000);
        } else {
          const read = await spillEventExport(ctx, cursor.events);
          // Never before where the last fetch ended: a backfill from earlier with no update since (the export then ends
          // where it began) would otherwise have the next night read the same stretch again.
          eventsEnd = Math.max(read.end, backfill?.stood ?? 0);
          night.updates = read.updates;
        }

        // Join, one bucket of ticket ids at a time; events without a changed ticket wait for the end.
        const leftovers = new Map<number, TimelineEvent[]>();
        let total = 0;
        for (const bucket of spill.buckets()) {
          const batch = await joinBucket(ctx, bucket, leftovers);
          if (batch.tickets.length === 0 && batch.rejected.length === 0 && !batch.deleted) continue;
          total += batch.tickets.length;
          log(`zendesk: ${batch.tickets.length} tickets${batch.deleted?.length ? `, ${batch.deleted.length} deleted` : ''}${batch.rejected.length ? `, ${batch.rejected.length} rejected` : ''} (${total} so far, ${http.requests} requests)`);
          yield batch;
        }
        const { batch, unstored } = await applyToStored(ctx, leftovers);
        if (batch.tickets.length > 0 || batch.rejected.length > 0) {
          total += batch.tickets.length;
          log(`zendesk: ${batch.tickets.length} stored tickets with new events only${batch.rejected.length ? `, ${batch.rejected.length} rejected` : ''}`);
          yield batch;
        }
        if (unstored > 0) log(`zendesk: ${unstored} ticket(s) not in the store yet changed after the ticket export was read: the next fetch reads them whole`);
        night.changed = total;
        const next: ZendeskCursor = { tickets: afterCursor, events: eventsEnd };
        return JSON.stringify(next);
      } finally {
        await spill?.close();
        const spent = budget.usage();
        const perTicket = night.updates / Math.max(1, night.changed);
        const usage: SourceUsage = {
          requests: http.requests, exportRequests: spent.exportRequests, byKind, changedTickets: night.changed, accountLimit: spent.accountLimit,
          limitWindow: 'minute', peakPerWindow: spent.peakPerWindow, maxShare: settings.maxShare, exportLimit, waitedMs: spent.waitedMs + http.rateLimitWaitMs,
          // A first backfill reads every ticket once from each export, 1,000 a page; updates a ticket as tonight's did (10 when tonight had none).
          backfill: { fixed: 1, perTicket: (1 + (night.updates > 0 ? perTicket : 10)) / 1000, exportPerTicket: (1 + (night.updates > 0 ? perTicket : 10)) / 1000 },
        };
        options.usage?.(usage);
      }
    },
  };
}

interface NightContext {
  http: HelpdeskHttp;
  settings: ZendeskSourceSettings;
  spill: WindowSpill;
  count: (kind: string) => void;
  maxPages: number;
  log: (line: string) => void;
  fatal: AbortController;
  mapping: MappingContext;
  stored: StoredTicketReader;
  windowStartMs: number;
}

/** Ids of users with role agent or admin (cursor pagination, 100 a page). */
async function readAgentIds(http: HelpdeskHttp, counted: () => void): Promise<Set<number>> {
  const ids = new Set<number>();
  let url: string | null = '/api/v2/users.json?role%5B%5D=agent&role%5B%5D=admin&page%5Bsize%5D=100';
  for (let page = 1; url; page++) {
    counted();
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

/** Reads the ticket export to its end into the spill; returns the last `after_cursor`. */
async function spillTicketExport(ctx: NightContext, cursor: string | null, startSeconds: number): Promise<string | null> {
  const { http, settings, spill } = ctx;
  const include = settings.tieOut ? '&include=metric_sets' : '';
  const fieldIds = mappedFieldIds(settings);
  let url = cursor !== null
    ? `/api/v2/incremental/tickets/cursor.json?cursor=${encodeURIComponent(cursor)}${include}`
    : `/api/v2/incremental/tickets/cursor.json?start_time=${startSeconds}${include}`;
  const seen = new Set<string>(cursor !== null ? [cursor] : []);
  let last = cursor;
  let emptyPages = 0;
  let tickets = 0;
  for (let page = 1; ; page++) {
    if (page > ctx.maxPages) throw new UpstreamError(`zendesk: the ticket export did not end after ${ctx.maxPages} pages (end_of_stream stayed false): stopping rather than looping`);
    ctx.count('ticket export');
    const body = await http.getJson(url, 'export');
    if (!isObject(body) || !Array.isArray(body.tickets) || typeof body.end_of_stream !== 'boolean') {
      throw new UpstreamError(`zendesk: ticket export page ${page} is not an incremental export page (expected tickets, after_cursor and end_of_stream)`);
    }
    const after = body.after_cursor;
    if (after !== null && after !== undefined && typeof after !== 'string') throw new UpstreamError(`zendesk: ticket export page ${page} has an after_cursor that is not text`);
    const metricSets = new Map<string, Record<string, unknown>>();
    if (Array.isArray(body.metric_sets)) for (const m of body.metric_sets) if (isObject(m) && m.ticket_id !== undefined) metricSets.set(String(m.ticket_id), m);
    for (const raw of body.tickets) {
      // A record without a numeric id cannot be joined to its events; the join reports it.
      const id = isObject(raw) && (typeof raw.id === 'number' || (typeof raw.id === 'string' && /^\d+$/.test(raw.id))) ? Number(raw.id) : -1;
      if (id < 0) {
        await spill.add(0, 'records', JSON.stringify({ invalid: page }));
        continue;
      }
      tickets++;
      await spill.add(id, 'records', JSON.stringify(ticketRecord(raw as Record<string, unknown>, fieldIds, metricSets.get(String(id)))));
    }
    ctx.log(`zendesk: ticket export page ${page}: ${body.tickets.length} tickets (${tickets} so far)`);
    const afterCursor = typeof after === 'string' && after !== '' ? after : null;
    if (afterCursor) last = afterCursor;
    if (body.end_of_stream) return last;
    if (!afterCursor) throw new UpstreamError(`zendesk: ticket export page ${page} has end_of_stream false but no after_cursor: cannot continue`);
    if (seen.has(afterCursor)) throw new UpstreamError(`zendesk: the ticket export returned cursor ${JSON.stringify(afterCursor.slice(0, 40))} twice (page ${page}): stopping rather than looping`);
    seen.add(afterCursor);
    emptyPages = body.tickets.length === 0 ? emptyPages + 1 : 0;
    if (emptyPages >= EMPTY_PAGES_BEFORE_FAILING) throw new UpstreamError(`zendesk: ${emptyPages} empty export pages in a row with end_of_stream false: stopping rather than looping`);
    url = `/api/v2/incremental/tickets/cursor.json?cursor=${encodeURIComponent(afterCursor)}${include}`;
  }
}

/** Reads the ticket event export from `startSeconds` to its end into the spill; returns its `end_time`. */
async function spillEventExport(ctx: NightContext, startSeconds: number): Promise<{ end: number; updates: number }> {
  const { http, spill } = ctx;
  let url = `/api/v2/incremental/ticket_events.json?start_time=${startSeconds}&include=comment_events`;
  let start = startSeconds;
  let updates = 0;
  for (let page = 1; ; page++) {
    if (page > ctx.maxPages) throw new UpstreamError(`zendesk: the ticket event export did not end after ${ctx.maxPages} pages (end_of_stream stayed false): stopping rather than looping`);
    ctx.count('ticket events');
    const body = await http.getJson(url, 'export');
    // The reference marks end_time optional: a last page with no update since `start` may carry none (or null),
    // and is the end of the stream at `start`, not a page we cannot read.
    const quietEnd = isObject(body) && body.end_of_stream === true && Array.isArray(body.ticket_events) && body.ticket_events.length === 0 && (body.end_time === null || body.end_time === undefined);
    if (!isObject(body) || !Array.isArray(body.ticket_events) || typeof body.end_of_stream !== 'boolean' || (typeof body.end_time !== 'number' && !quietEnd)) {
      throw new UpstreamError(`zendesk: ticket event export page ${page} is not an incremental export page (expected ticket_events, end_time and end_of_stream)`);
    }
    if (quietEnd) {
      ctx.log(`zendesk: ticket event export page ${page}: no updates since ${formatInstant(start * 1000)}`);
      return { end: start, updates };
    }
    const endTime = body.end_time as number;
    for (const item of body.ticket_events) {
      if (isObject(item) && item.event_type !== undefined && item.event_type !== 'Audit') continue;
      updates++;
      for (const event of timelineEvents(item, ctx.mapping.agents)) await spill.add(event[0], 'events', JSON.stringify(event));
    }
    ctx.log(`zendesk: ticket event export page ${page}: ${body.ticket_events.length} updates to ${formatInstant(endTime * 1000)}`);
    if (body.end_of_stream) return { end: Math.max(start, endTime), updates };
    if (typeof body.next_page !== 'string' || body.next_page === '') throw new UpstreamError(`zendesk: ticket event export page ${page} has end_of_stream false but no next_page: cannot continue`);
    // Each page starts at the last one's end_time, repeating the events of that second: it must move on.
    if (endTime <= start) {
      throw new UpstreamError(`zendesk: the ticket event export did not move past ${formatInstant(start * 1000)} (page ${page} was full of that one second): stopping rather than looping`);
    }
    start = endTime;
    url = body.next_page;
  }
}

/** Joins one bucket: each changed ticket with its events; events without a changed ticket go to `leftovers`. */
async function joinBucket(ctx: NightContext, bucket: number, leftovers: Map<number, TimelineEvent[]>): Promise<TicketBatch> {
  const { spill, mapping } = ctx;
  const records = new Map<number, TicketRecord>();
  const rejected: RecordOutcome[] = [];
  for (const line of await spill.read(bucket, 'records')) {
    const record = JSON.parse(line) as TicketRecord | { invalid: number };
    if ('invalid' in record) { rejected.push({ rejected: { where: `zendesk ticket export page ${record.invalid}`, reason: 'an item that is not a ticket object with an id' } }); continue; }
    const known = records.get(record.id);
    if (!known || record.generated >= known.generated) records.set(record.id, record);
  }
  const events = new Map<number, TimelineEvent[]>();
  for (const line of await spill.read(bucket, 'events')) {
    const event = JSON.parse(line) as TimelineEvent;
    let list = events.get(event[0]);
    if (!list) { list = []; events.set(event[0], list); }
    list.push(event);
  }
  for (const [id, list] of events) {
    if (records.has(id)) continue;
    leftovers.set(id, list);
  }

  // The stored versions of the changed tickets, read from the day each was created.
  const byDay = new Map<string, Set<string>>();
  for (const record of records.values()) {
    if (record.deleted) continue;
    // Filed under the UTC day of its instant, not the day written (an offset near midnight is another day).
    const createdMs = zonedInstantMs(record.created);
    if (createdMs === null) continue;
    const day = storageDayOf({ id: String(record.id), created: formatInstant(createdMs) });
    let ids = byDay.get(day);
    if (!ids) { ids = new Set(); byDay.set(day, ids); }
    ids.add(String(record.id));
  }
  const stored = new Map<string, Ticket>();
  for (const [day, ids] of byDay) for (const [id, t] of await ctx.stored.inDay(day, ids)) stored.set(id, t);

  const ordered = [...records.values()].sort((a, b) => a.id - b.id);
  const outcomes: RecordOutcome[] = [];
  const repairs: number[] = [];
  ordered.forEach((record, i) => {
    const id = String(record.id);
    if (record.deleted) { outcomes[i] = { deleted: id }; return; }
    // Deleted after the ticket export read it: the record still holds the ticket as it was, the events say it went.
    if (deletedByEvents(events.get(record.id) ?? [])) { outcomes[i] = { deleted: id }; return; }
    const known = stored.get(id) ?? null;
    const createdMs = typeof record.created === 'string' ? Date.parse(record.created) : Number.NaN;
    // Older than the store: the window holds only the end of its history, so it is read whole.
    if (known === null && !(createdMs >= ctx.windowStartMs)) { repairs.push(i); return; }
    outcomes[i] = outcomeOf(`zendesk ticket ${id}`, id, () =>
      timelineTicket(recordFields(record, mapping), known, events.get(record.id) ?? [], known ? ctx.windowStartMs : Number.NEGATIVE_INFINITY, mapping));
  });
  const read = await mapConcurrent(repairs.map((i) => ordered[i]!), ctx.settings.concurrency, async (record): Promise<RecordOutcome> => {
    const id = String(record.id);
    let audits: unknown[];
    try {
      audits = await readAudits(ctx.http, id, () => ctx.count('audits'));
    } catch (error) {
      // Deleted between the export and the audits call.
      if (error instanceof UpstreamError && error.status === 404) return { deleted: id };
      throw error;
    }
    return outcomeOf(`zendesk ticket ${id}`, id, () => auditsTicket(recordFields(record, mapping), audits, mapping));
  }, ctx.fatal);
  repairs.forEach((i, k) => { outcomes[i] = read[k]!; });
  return batchOf([...rejected, ...outcomes]);
}

/**
 * Whether the last status change among `events` (by time, then id) is to Zendesk's `deleted`: the event stream
 * records a deletion as a status change, and a restore as another change after it. A non-deleted record with such
 * a last change was read before the deletion.
 */
function deletedByEvents(events: readonly TimelineEvent[]): boolean {
  let last: TimelineEvent | null = null;
  for (const e of events) if (e[3] === 's' && (last === null || e[2] > last[2] || (e[2] === last[2] && e[1] > last[1]))) last = e;
  return last !== null && last[4] === 'deleted';
}

/**
 * Events of tickets the ticket export did not list (they changed after it was read, or only by events): applied
 * to the stored ticket. Those of a ticket the store does not hold are let go: it changed after the ticket export was
 * read, so the next night's export lists it, created before that night's window (its events tonight are in this
 * one), and it is read whole from its audits (joinBucket), which never needed them. Kept in the cursor, as they
 * were until now, they were only carried (for good, for a ticket the export never listed).
 */
async function applyToStored(ctx: NightContext, leftovers: Map<number, TimelineEvent[]>): Promise<{ batch: TicketBatch; unstored: number }> {
  if (leftovers.size === 0) return { batch: { tickets: [], rejected: [] }, unstored: 0 };
  const found = await ctx.stored.anywhere(new Set([...leftovers.keys()].map(String)));
  const outcomes: RecordOutcome[] = [];
  let unstored = 0;
  for (const [id, events] of [...leftovers].sort((a, b) => a[0] - b[0])) {
    // Deleted since the ticket export was read: gone from the store (if it was there), its events with it.
    if (deletedByEvents(events)) { outcomes.push({ deleted: String(id) }); continue; }
    const ticket = found.get(String(id));
    if (!ticket) { unstored++; continue; }
    outcomes.push(outcomeOf(`zendesk ticket ${id}`, String(id), () => timelineTicket(storedFields(ticket), ticket, events, ctx.windowStartMs, ctx.mapping)));
  }
  return { batch: batchOf(outcomes), unstored };
}
