// Zendesk as its API reference describes it (developer.zendesk.com: Incremental Exports, Ticket Audits, Users,
// Rate limits): the cursor-based ticket export (`tickets`, `after_url`, `after_cursor`, `before_url`,
// `before_cursor`, `end_of_stream`), the time-based ticket event export (`ticket_events` with `child_events`,
// comments with `include=comment_events`, `next_page`, `end_time`, `count`, `end_of_stream` true on a page of fewer
// than the page size, each page starting at the last one's `end_time`, the last minute left out and a
// `start_time` within it refused), audits with Comment / Create / Change / SatisfactionRating events and offset
// `next_page` links, users with cursor pagination (`meta.has_more`, `links.next`). With a rate limit, every answer
// carries `X-Rate-Limit` / `X-Rate-Limit-Remaining` and `ratelimit-*`, the incremental exports allow 10 requests a
// minute, and a request past either limit gets 429 with Retry-After. Faults are added by wrapping the handler.

import type { ZendeskSourceSettings } from '../../../scripts/model/model.ts';
import type { AccountRateLimit } from '../../fakes/account-rate-limit.ts';
import type { FakeAnswer, FakeHandler, RecordedRequest } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, inOffset, type FixtureTicket } from '../fixture-helpdesk.ts';

export const AGENT_ID = 501;
export const ADMIN_ID = 502;
export const GROUP_EMEA = 360001;
/** The custom field an account keeps its category in (`category: { field: 360000000001 }`). */
export const CATEGORY_FIELD = 360000000001;

/** The source settings that map this fake's fixture helpdesk (its priorities, channels, statuses and EMEA group). */
export function zendeskFixtureSettings(baseUrl: string, extra: Partial<ZendeskSourceSettings> = {}): ZendeskSourceSettings {
  return {
    subdomain: 'acme', baseUrl, emailEnv: 'ZENDESK_EMAIL', tokenEnv: 'ZENDESK_API_TOKEN', startDate: '2026-10-01',
    defaultPriority: 'normal', concurrency: 2, tieOut: false,
    values: {
      priority: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' },
      channel: { email: 'email', web: 'web', voice: 'phone', api: 'api' },
      status: { new: 'new', open: 'open', pending: 'pending', hold: 'on-hold', solved: 'solved', closed: 'closed' },
      team: { [String(GROUP_EMEA)]: 'support-emea' },
    },
    category: { from: 'type' }, team: { from: 'group' }, maxShare: 0.5, highVolume: false,
    ...extra,
  };
}
const requesterOf = (n: number) => 9000 + n;
const CHANNEL = { email: 'email', web: 'web', phone: 'voice' } as const;

export interface ZendeskFakeOptions {
  tickets: FixtureTicket[];
  /** Export page size (Zendesk's is up to 1000). */
  perPage?: number;
  /** Audits per audits page, to exercise `next_page`. */
  auditsPerPage?: number;
  /** Ids the export reports with status "deleted". */
  deleted?: number[];
  /** The URL the fake believes it is served from (for after_url and next_page). */
  origin: () => string;
  /** Changes Zendesk's metric set of a ticket (to make it disagree with ours). */
  adjustMetricSet?: (set: Record<string, unknown>) => void;
  /** Where the account keeps the category: `type` (default), the custom field CATEGORY_FIELD, or a tag named as it. */
  categoryIn?: 'type' | 'field' | 'tags';
  /** Updates per ticket event export page (Zendesk's is 1,000). */
  eventsPerPage?: number;
  /** The fake's "now": the event export leaves out the minute before it. Default FIXTURE_NOW. */
  now?: () => number;
  /** Tickets the ticket export does not list (changed after it was read, say): only their events are served. */
  unlisted?: number[];
  /** Rewrites a page of the event export (repeat or reorder events). */
  eventPage?: (items: Record<string, unknown>[], request: RecordedRequest) => Record<string, unknown>[];
  /** The account's rate limit; the incremental exports also allow `exportLimit` requests a minute (default 10). */
  rateLimit?: AccountRateLimit;
  exportLimit?: number;
  /** Writes each exported ticket's created_at in local time at this offset (`-10:00`), as an API may. */
  createdOffset?: string;
}

const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;

/** Zendesk's ticket metrics (`metric_sets` sideload) for a fixture ticket, as Zendesk computes them. */
export function zendeskMetricSet(f: FixtureTicket): Record<string, unknown> {
  const firstReply = f.messages.find((m) => m.by === 'agent' && m.public);
  const solved = f.statuses.at(-1)?.status === 'solved' ? f.statuses.at(-1)!.at : null;
  const both = (minutes: number | null) => ({ calendar: minutes, business: minutes === null ? null : Math.round(minutes / 2) });
  return {
    id: 70_000 + f.n,
    ticket_id: f.n,
    url: `https://acme.zendesk.com/api/v2/ticket_metrics/${70_000 + f.n}.json`,
    group_stations: 1,
    assignee_stations: 1,
    reopens: f.statuses.filter((s, i) => s.status !== 'solved' && f.statuses[i - 1]?.status === 'solved').length,
    replies: f.messages.filter((m) => m.by === 'agent' && m.public).length,
    reply_time_in_minutes: both(firstReply ? minutesBetween(f.created, firstReply.at) : null),
    first_resolution_time_in_minutes: both(f.statuses.find((s) => s.status === 'solved') ? minutesBetween(f.created, f.statuses.find((s) => s.status === 'solved')!.at) : null),
    full_resolution_time_in_minutes: both(solved ? minutesBetween(f.created, solved) : null),
    agent_wait_time_in_minutes: both(null),
    requester_wait_time_in_minutes: both(null),
    on_hold_time_in_minutes: both(0),
    created_at: f.created,
    updated_at: f.updated,
  };
}

export function zendeskTicket(f: FixtureTicket, categoryIn: 'type' | 'field' | 'tags' = 'type'): Record<string, unknown> {
  return {
    url: `https://acme.zendesk.com/api/v2/tickets/${f.n}.json`,
    id: f.n,
    external_id: null,
    via: { channel: CHANNEL[f.channel], source: { from: {}, to: {}, rel: null } },
    created_at: f.created,
    updated_at: f.updated,
    generated_timestamp: Math.floor(Date.parse(f.updated) / 1000),
    type: categoryIn === 'type' ? f.category : 'task',
    subject: `Customer subject ${f.n}`,
    raw_subject: `Customer subject ${f.n}`,
    description: 'Customer text that must never reach the store',
    priority: f.priority,
    status: f.statuses.at(-1)?.status ?? 'new',
    recipient: 'support@acme.example',
    requester_id: requesterOf(f.n),
    submitter_id: f.openedBy === 'agent' ? AGENT_ID : requesterOf(f.n),
    assignee_id: AGENT_ID,
    organization_id: null,
    group_id: f.team === 'support-emea' ? GROUP_EMEA : null,
    collaborator_ids: [],
    follower_ids: [],
    email_cc_ids: [],
    forum_topic_id: null,
    problem_id: null,
    has_incidents: false,
    is_public: true,
    due_at: null,
    tags: categoryIn === 'tags' && f.category ? [...f.tags, f.category] : f.tags,
    custom_fields: [{ id: 27642, value: null }, { id: CATEGORY_FIELD, value: categoryIn === 'field' ? f.category : null }],
    satisfaction_rating: f.satisfaction ? { score: f.satisfaction.rating, id: 7 } : { score: 'unoffered' },
    sharing_agreement_ids: [],
    custom_status_id: 123,
    from_messaging_channel: false,
    a_field_zendesk_added_next_year: { nested: null },
  };
}

export function zendeskAudits(f: FixtureTicket): Record<string, unknown>[] {
  type Event = Record<string, unknown>;
  const byTime = new Map<string, Event[]>();
  const at = (time: string): Event[] => { let list = byTime.get(time); if (!list) { list = []; byTime.set(time, list); } return list; };
  const opener = f.openedBy === 'agent' ? AGENT_ID : requesterOf(f.n);
  const initial = f.statuses[0]?.at === f.created ? f.statuses[0].status : 'new';
  at(f.created).push(
    { id: 1, type: 'Comment', author_id: opener, body: 'Opening text', html_body: '<p>Opening text</p>', public: true, attachments: [] },
    { id: 2, type: 'Create', field_name: 'status', value: initial },
    { id: 3, type: 'Create', field_name: 'priority', value: f.priority },
  );
  let id = 10;
  for (const m of f.messages) {
    at(m.at).push({ id: id++, type: 'Comment', author_id: m.by === 'agent' ? AGENT_ID : requesterOf(f.n), body: 'Reply text', public: m.public, attachments: [] });
  }
  let previous = initial;
  for (const s of f.statuses) {
    if (s.at === f.created) continue;
    at(s.at).push({ id: id++, type: 'Change', field_name: 'status', value: s.status, previous_value: previous });
    previous = s.status;
  }
  if (f.satisfaction) at(f.satisfaction.at).push({ id: id++, type: 'SatisfactionRating', score: f.satisfaction.rating, assignee_id: AGENT_ID, body: 'Thanks' });
  at(f.created).push({ id: id++, type: 'Notification', subject: 'x', body: 'x', recipients: [AGENT_ID] });
  return [...byTime.entries()].sort(([a], [b]) => Date.parse(a) - Date.parse(b)).map(([time, events], i) => ({
    id: f.n * 1000 + i,
    ticket_id: f.n,
    created_at: time,
    author_id: (events.find((e) => e.type === 'Comment')?.author_id as number | undefined) ?? -1,
    metadata: { system: {}, custom: {} },
    via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
    events,
  }));
}

/** The fixture ticket's updates as the ticket event export gives them (`include=comment_events`). */
export function zendeskTicketEvents(f: FixtureTicket): Record<string, unknown>[] {
  return zendeskAudits(f).map((audit) => {
    const events = audit.events as Record<string, unknown>[];
    const at = audit.created_at as string;
    const child = (e: Record<string, unknown>): Record<string, unknown> => {
      const base = { id: (audit.id as number) * 100 + (e.id as number), via: 'Web form', via_reference_id: null };
      switch (e.type) {
        case 'Comment':
          return { ...base, type: 'Comment', author_id: e.author_id, body: e.body, html_body: `<p>${String(e.body)}</p>`, public: e.public, attachments: [], audit_id: audit.id, created_at: at, event_type: 'Comment' };
        case 'Create':
          return { ...base, [e.field_name as string]: e.value, event_type: 'Create' };
        case 'Change':
          return { ...base, [e.field_name as string]: e.value, event_type: 'Change', previous_value: e.previous_value };
        case 'SatisfactionRating':
          return { ...base, satisfaction_score: e.score, event_type: 'Change', previous_value: 'offered' };
        default:
          return { ...base, event_type: e.type, recipients: e.recipients ?? [] };
      }
    };
    return {
      id: audit.id, ticket_id: f.n, timestamp: Math.floor(Date.parse(at) / 1000), created_at: at, updater_id: audit.author_id, via: 'Web form',
      system: { client: 'Mozilla/5.0', location: 'Dublin, Ireland', latitude: 53.3, longitude: -6.2 }, event_type: 'Audit', child_events: events.map(child), merged_ticket_ids: [],
    };
  });
}

/** The Zendesk API over a fixed set of tickets. */
export function zendeskHandler(options: ZendeskFakeOptions): FakeHandler {
  const perPage = options.perPage ?? 1000;
  const auditsPerPage = options.auditsPerPage ?? 100;
  const unlisted = new Set(options.unlisted ?? []);
  const exportItems: Record<string, unknown>[] = [
    ...options.tickets.filter((t) => !unlisted.has(t.n) && !(options.deleted ?? []).includes(t.n)).map((t) => zendeskTicket(t, options.categoryIn))
      .map((t) => options.createdOffset === undefined ? t : { ...t, created_at: inOffset(t.created_at as string, options.createdOffset) }),
    ...(options.deleted ?? []).map((n) => ({ id: n, status: 'deleted', created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-15T00:00:00Z', generated_timestamp: Date.parse('2026-11-15T00:00:00Z') / 1000 })),
  ];
  const eventsPerPage = options.eventsPerPage ?? 1000;
  const now = options.now ?? (() => FIXTURE_NOW.getTime());
  const allEvents = options.tickets.flatMap(zendeskTicketEvents).sort((a, b) => (a.timestamp as number) - (b.timestamp as number) || (a.id as number) - (b.id as number));
  const answer = (request: RecordedRequest): FakeAnswer => {
    const origin = options.origin();
    if (request.path === '/api/v2/incremental/ticket_events.json') {
      const start = Number(request.query.get('start_time'));
      const latest = Math.floor((now() - 60_000) / 1000);
      if (!Number.isInteger(start) || request.query.get('start_time') === null) return { status: 400, json: { error: 'InvalidValue', description: 'start_time is required' } };
      if (start > latest) return { status: 400, json: { error: 'InvalidValue', description: 'Too recent start_time. Use a start_time older than 1 minute' } };
      let items = allEvents.filter((e) => (e.timestamp as number) >= start && (e.timestamp as number) <= latest).slice(0, eventsPerPage);
      const end = items.length > 0 ? items.at(-1)!.timestamp as number : start;
      const full = items.length >= eventsPerPage;
      if (!(request.query.get('include') ?? '').split(',').includes('comment_events')) {
        items = items.map((e) => ({ ...e, child_events: (e.child_events as Record<string, unknown>[]).map((c) => c.event_type === 'Comment' ? { id: c.id, comment_present: true, comment_public: c.public, event_type: 'Comment' } : c) }));
      }
      if (options.eventPage) items = options.eventPage(items, request);
      return { json: { ticket_events: items, next_page: `${origin}/api/v2/incremental/ticket_events.json?start_time=${end}&include=comment_events`, count: items.length, end_of_stream: !full, end_time: end } };
    }
    if (request.path === '/api/v2/users.json') {
      const after = request.query.get('page[after]');
      if (after === null) {
        return { json: { users: [{ id: AGENT_ID, role: 'agent', name: 'Agent A' }], meta: { has_more: true, after_cursor: 'u1', before_cursor: null }, links: { next: `${origin}/api/v2/users.json?page%5Bafter%5D=u1&page%5Bsize%5D=100&role%5B%5D=agent&role%5B%5D=admin`, prev: null } } };
      }
      return { json: { users: [{ id: ADMIN_ID, role: 'admin', name: 'Admin B' }], meta: { has_more: false, after_cursor: null, before_cursor: 'u1' }, links: { next: null, prev: null } } };
    }
    if (request.path === '/api/v2/incremental/tickets/cursor.json') {
      const cursor = request.query.get('cursor');
      const page = cursor === null ? 0 : Number(cursor.replace(/^c/, ''));
      const items = exportItems.slice(page * perPage, (page + 1) * perPage);
      const last = (page + 1) * perPage >= exportItems.length;
      const next = `c${page + 1}`;
      const metricSets = (request.query.get('include') ?? '').split(',').includes('metric_sets')
        ? { metric_sets: options.tickets.filter((t) => items.some((i) => i.id === t.n && i.status !== 'deleted')).map((t) => { const set = zendeskMetricSet(t); options.adjustMetricSet?.(set); return set; }) }
        : {};
      return {
        json: {
          tickets: items,
          ...metricSets,
          after_url: `${origin}/api/v2/incremental/tickets/cursor.json?cursor=${next}`,
          after_cursor: next,
          before_url: null,
          before_cursor: null,
          end_of_stream: last,
        },
      };
    }
    const audits = /^\/api\/v2\/tickets\/(\d+)\/audits\.json$/.exec(request.path);
    if (audits) {
      const ticket = options.tickets.find((t) => t.n === Number(audits[1]));
      if (!ticket) return { status: 404, json: { error: 'RecordNotFound', description: 'Not found' } };
      const all = zendeskAudits(ticket);
      const page = Number(request.query.get('page') ?? '1');
      const slice = all.slice((page - 1) * auditsPerPage, page * auditsPerPage);
      const more = page * auditsPerPage < all.length;
      return { json: { audits: slice, next_page: more ? `${origin}/api/v2/tickets/${ticket.n}/audits.json?page=${page + 1}` : null, previous_page: null, count: all.length } };
    }
    return { status: 404, json: { error: 'InvalidEndpoint', description: 'Not found' } };
  };
  const exportLimit = options.exportLimit ?? 10;
  const exportsIn = new Map<number, number>();
  return (request) => {
    const limit = options.rateLimit;
    if (!limit) return answer(request);
    const minute = Math.floor(now() / 60_000);
    const resetSeconds = Math.ceil(((minute + 1) * 60_000 - now()) / 1000);
    if (request.path.startsWith('/api/v2/incremental/')) {
      const used = exportsIn.get(minute) ?? 0;
      if (used >= exportLimit) return { status: 429, headers: { 'retry-after': String(resetSeconds) }, json: { error: 'APIRateLimitExceeded', description: 'Number of allowed incremental export API requests per minute exceeded' } };
      exportsIn.set(minute, used + 1);
    }
    const taken = limit.take();
    const headers = {
      'x-rate-limit': String(limit.limit), 'x-rate-limit-remaining': String(taken.remaining),
      'ratelimit-limit': String(limit.limit), 'ratelimit-remaining': String(taken.remaining), 'ratelimit-reset': String(taken.resetSeconds),
    };
    if (!taken.allowed) return { status: 429, headers: { ...headers, 'retry-after': String(taken.resetSeconds) }, json: { error: 'APIRateLimitExceeded' } };
    const result = answer(request);
    return 'json' in result || 'text' in result ? { ...result, headers: { ...result.headers, ...headers } } : result;
  };
}
