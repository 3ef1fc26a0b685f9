// Zendesk as its API reference describes it (developer.zendesk.com: Incremental Exports, Ticket Audits, Users):
// the cursor-based ticket export (`tickets`, `after_url`, `after_cursor`, `before_url`, `before_cursor`,
// `end_of_stream`), audits with Comment / Create / Change / SatisfactionRating events and offset `next_page`
// links, users with cursor pagination (`meta.has_more`, `links.next`). Faults are added by wrapping the handler.

import type { FakeAnswer, FakeHandler, RecordedRequest } from '../../fakes/http-fake.ts';
import type { FixtureTicket } from '../fixture-helpdesk.ts';

export const AGENT_ID = 501;
export const ADMIN_ID = 502;
export const GROUP_EMEA = 360001;
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

export function zendeskTicket(f: FixtureTicket): Record<string, unknown> {
  return {
    url: `https://acme.zendesk.com/api/v2/tickets/${f.n}.json`,
    id: f.n,
    external_id: null,
    via: { channel: CHANNEL[f.channel], source: { from: {}, to: {}, rel: null } },
    created_at: f.created,
    updated_at: f.updated,
    generated_timestamp: Math.floor(Date.parse(f.updated) / 1000),
    type: f.category,
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
    tags: f.tags,
    custom_fields: [{ id: 27642, value: null }],
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

/** The Zendesk API over a fixed set of tickets. */
export function zendeskHandler(options: ZendeskFakeOptions): FakeHandler {
  const perPage = options.perPage ?? 1000;
  const auditsPerPage = options.auditsPerPage ?? 100;
  const exportItems: Record<string, unknown>[] = [
    ...options.tickets.map(zendeskTicket),
    ...(options.deleted ?? []).map((n) => ({ id: n, status: 'deleted', created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-15T00:00:00Z' })),
  ];
  return (request: RecordedRequest): FakeAnswer => {
    const origin = options.origin();
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
}
