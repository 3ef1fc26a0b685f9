// Freshdesk as developers.freshdesk.com describes it: `GET /api/v2/tickets` (updated_since, order_by, order_type,
// include=stats, per_page ≤ 100, page; a `link` header with rel="next"; the page beyond the cap refused with 400;
// `filter=deleted` and `filter=spam` for the deleted and spam tickets the list otherwise leaves out), `GET /api/v2/tickets/{id}/conversations`
// (incoming, private), `GET /api/v2/surveys/satisfaction_ratings` (created_since; ratings.default_question from
// -103 to 103), and the account's rate limit in `X-Ratelimit-Total`, `X-Ratelimit-Remaining` and
// `X-Ratelimit-Used-CurrentRequest` (a list with `include=stats` costs 3 credits), 429 with Retry-After past it.
// The helpdesk is mutable (`touch`), so a test can edit a ticket between two page requests.

import type { FreshdeskSourceSettings } from '../../../scripts/model/model.ts';
import type { AccountRateLimit } from '../../fakes/account-rate-limit.ts';
import type { FakeAnswer, FakeHandler, RecordedRequest } from '../../fakes/http-fake.ts';
import { inOffset, type FixtureTicket } from '../fixture-helpdesk.ts';

export const GROUP_EMEA = 7001;

/** The source settings that map this fake's fixture helpdesk (its priorities, channels, statuses and EMEA group). */
export const freshdeskFixtureSettings = (baseUrl: string, extra: Partial<FreshdeskSourceSettings> = {}): FreshdeskSourceSettings => ({
  domain: 'acme', baseUrl, tokenEnv: 'FRESHDESK_API_KEY', startDate: '2026-10-01', pageCap: 300, concurrency: 2,
  values: {
    priority: { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' },
    channel: { 1: 'email', 2: 'web', 3: 'phone', 7: 'chat', 9: 'web', 10: 'email' },
    status: { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' },
    team: { [String(GROUP_EMEA)]: 'support-emea' },
  },
  category: { from: 'type' }, team: { from: 'group' }, maxShare: 0.5,
  ...extra,
});
const STATUS = { new: 2, open: 2, pending: 3, solved: 4 } as const;
const PRIORITY = { low: 1, normal: 2, high: 3, urgent: 4 } as const;
const SOURCE = { email: 1, web: 2, phone: 3 } as const;

export interface FreshdeskFakeOptions {
  tickets: FixtureTicket[];
  origin: () => string;
  perPage?: number;
  /** The last page Freshdesk serves (300 in production). */
  pageCap?: number;
  /** Tickets the list returns with `deleted: true` (as older accounts do). */
  deleted?: number[];
  /** Tickets deleted upstream: listed only with `filter=deleted`, with the time of the deletion. */
  deletedTickets?: { id: number; updated_at: string }[];
  /** Tickets marked as spam at `updated_at`: from then on only `filter=spam` lists them, the list leaves them out. */
  spamTickets?: { id: number; updated_at: string }[];
  /** Override every ticket's updated_at (many tickets updated in the same second). */
  updatedAt?: (f: FixtureTicket) => string;
  /** Where the category is kept: the ticket type (default) or the custom field `cf_category`. */
  categoryIn?: 'type' | 'field';
  /** Ratings listed newest first (Freshdesk documents no order; by default they come oldest first). */
  ratingsNewestFirst?: boolean;
  /** Ratings besides the fixture's (a rating given after the ticket's last update). */
  extraRatings?: { ticket: number; at: string; rating: 'good' | 'bad' }[];
  /** Called before a tickets list page (also one with `filter=deleted`) is served, with the request: a test touches or deletes tickets here. */
  beforeListPage?: (request: RecordedRequest, helpdesk: FreshdeskHelpdesk) => void;
  rateLimit?: AccountRateLimit;
  /** Writes each listed ticket's created_at in local time at this offset (`-09:00`), as an account in a time zone may. */
  createdOffset?: string;
}

/** The fake's state: tickets with their current updated_at. */
export interface FreshdeskHelpdesk {
  /** Marks a ticket updated at `at` (it moves to the end of the list by update time). */
  touch(n: number, at: string): void;
  /** Deletes a ticket at `at`: from then on `filter=deleted` lists it. */
  remove(n: number, at: string): void;
}

export function freshdeskTicket(f: FixtureTicket, updated = f.updated, categoryIn: 'type' | 'field' = 'type'): Record<string, unknown> {
  const last = f.statuses.at(-1)?.status ?? 'new';
  const solves = f.statuses.filter((s) => s.status === 'solved');
  const reopen = f.statuses.filter((s, i) => s.status !== 'solved' && f.statuses[i - 1]?.status === 'solved').at(-1);
  const agentReplies = f.messages.filter((m) => m.by === 'agent' && m.public);
  return {
    id: f.n,
    subject: `Customer subject ${f.n}`,
    description: '<div>Customer text that must never reach the store</div>',
    description_text: 'Customer text that must never reach the store',
    status: STATUS[last],
    priority: PRIORITY[f.priority],
    source: SOURCE[f.channel],
    group_id: f.team ? GROUP_EMEA : null,
    type: categoryIn === 'type' ? f.category : 'Question',
    tags: f.tags,
    requester_id: 80000 + f.n,
    responder_id: 5001,
    company_id: null,
    email_config_id: null,
    product_id: null,
    to_emails: null,
    cc_emails: [],
    fwd_emails: [],
    reply_cc_emails: [],
    fr_escalated: false,
    is_escalated: false,
    spam: false,
    due_by: '2026-11-30T00:00:00Z',
    fr_due_by: '2026-11-30T00:00:00Z',
    created_at: f.created,
    updated_at: updated,
    custom_fields: { cf_region: null, cf_category: categoryIn === 'field' ? f.category : null },
    structured_description: { unexpected: true },
    stats: {
      agent_responded_at: agentReplies.at(-1)?.at ?? null,
      requester_responded_at: null,
      first_responded_at: agentReplies[0]?.at ?? null,
      status_updated_at: f.statuses.at(-1)?.at ?? f.created,
      pending_since: last === 'pending' ? f.statuses.at(-1)!.at : null,
      resolved_at: solves.at(-1)?.at ?? null,
      closed_at: null,
      first_resolved_at: solves[0]?.at ?? null,
      reopened_at: reopen?.at ?? null,
    },
  };
}

export function freshdeskConversations(f: FixtureTicket): Record<string, unknown>[] {
  return f.messages.map((m, i) => ({
    id: f.n * 100 + i,
    body: '<div>Reply text</div>',
    body_text: 'Reply text',
    incoming: m.by === 'customer',
    private: !m.public,
    user_id: m.by === 'agent' ? 5001 : 80000 + f.n,
    support_email: m.by === 'agent' ? 'support@acme.example' : null,
    source: m.public ? 0 : 2,
    category: 2,
    ticket_id: f.n,
    to_emails: ['someone@customer.example'],
    from_email: null,
    cc_emails: [],
    bcc_emails: null,
    attachments: [],
    created_at: m.at,
    updated_at: m.at,
  }));
}

export function freshdeskRatings(tickets: FixtureTicket[]): Record<string, unknown>[] {
  return tickets.filter((f) => f.satisfaction).map((f) => freshdeskRating(f.n, f.satisfaction!.at, f.satisfaction!.rating));
}

function freshdeskRating(ticket: number, at: string, rating: 'good' | 'bad'): Record<string, unknown> {
  return {
    id: 900 + ticket + Date.parse(at) % 997, survey_id: 1, user_id: 80000 + ticket, agent_id: 5001, group_id: null, ticket_id: ticket, feedback: 'Customer words',
    ratings: { default_question: rating === 'good' ? 103 : -103 }, created_at: at, updated_at: at,
  };
}

function paged<T>(items: T[], request: RecordedRequest, origin: string, perPage: number, cap: number): FakeAnswer {
  const page = Number(request.query.get('page') ?? '1');
  if (page > cap) {
    return { status: 400, json: { description: 'Validation failed', errors: [{ field: 'page', message: `You cannot access pages beyond ${cap}`, code: 'invalid_value' }] } };
  }
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (page * perPage < items.length && page < cap) {
    const next = new URLSearchParams(request.query);
    next.set('page', String(page + 1));
    headers.link = `<${origin}${request.path}?${next.toString()}>; rel="next"`;
  }
  return { headers, json: slice };
}

/** Freshdesk compares instants, not text: `2026-11-12T10:00:00.000Z` is at or after `2026-11-12T10:00:00Z`. */
const atOrAfter = (at: unknown, since: string) => since === '' || Date.parse(at as string) >= Date.parse(since);

const byTime = (a: unknown, b: unknown) => Date.parse(a as string) - Date.parse(b as string);
const byUpdate = (a: Record<string, unknown>, b: Record<string, unknown>) => byTime(a.updated_at, b.updated_at) || (a.id as number) - (b.id as number);

export function freshdeskHandler(options: FreshdeskFakeOptions): FakeHandler {
  const perPage = options.perPage ?? 100;
  const cap = options.pageCap ?? 300;
  const touched = new Map<number, string>();
  const deletedTickets = [...options.deletedTickets ?? []];
  const helpdesk: FreshdeskHelpdesk = { touch: (n, at) => { touched.set(n, at); }, remove: (n, at) => { deletedTickets.push({ id: n, updated_at: at }); } };
  const updatedOf = (f: FixtureTicket) => touched.get(f.n) ?? options.updatedAt?.(f) ?? f.updated;
  const answer = (request: RecordedRequest): FakeAnswer => {
    const origin = options.origin();
    if (request.path === '/api/v2/tickets') {
      const since = request.query.get('updated_since') ?? '1970-01-01T00:00:00Z';
      const size = Math.min(perPage, Number(request.query.get('per_page') ?? '30'));
      const spam = options.spamTickets ?? [];
      if (request.query.get('filter') === 'spam') {
        options.beforeListPage?.(request, helpdesk);
        const list = spam.map((d) => {
          const f = options.tickets.find((t) => t.n === d.id);
          return { ...(f ? freshdeskTicket(f, d.updated_at, options.categoryIn) : { id: d.id, status: 2, created_at: '2026-11-01T00:00:00Z' }), spam: true, updated_at: d.updated_at };
        }).filter((t) => atOrAfter(t.updated_at, since)).sort(byUpdate);
        return paged(list, request, origin, size, cap);
      }
      if (request.query.get('filter') === 'deleted') {
        options.beforeListPage?.(request, helpdesk);
        const list = deletedTickets.map((d) => ({ id: d.id, deleted: true, status: 5, created_at: '2026-11-01T00:00:00Z', updated_at: d.updated_at }))
          .filter((t) => atOrAfter(t.updated_at, since)).sort(byUpdate);
        return paged(list, request, origin, size, cap);
      }
      options.beforeListPage?.(request, helpdesk);
      const offset = options.createdOffset;
      const rendered = options.tickets.filter((f) => !spam.some((d) => d.id === f.n)).map((f) => freshdeskTicket(f, updatedOf(f), options.categoryIn))
        .map((t) => offset === undefined ? t : { ...t, created_at: inOffset(t.created_at as string, offset) });
      for (const n of options.deleted ?? []) rendered.push({ id: n, deleted: true, status: 5, created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-15T00:00:00Z' });
      const list = rendered.filter((t) => atOrAfter(t.updated_at, since)).sort(byUpdate);
      return paged(list, request, origin, size, cap);
    }
    if (request.path === '/api/v2/surveys/satisfaction_ratings') {
      const since = request.query.get('created_since') ?? '';
      const all = [...freshdeskRatings(options.tickets), ...(options.extraRatings ?? []).map((r) => freshdeskRating(r.ticket, r.at, r.rating))];
      const listed = all.filter((r) => atOrAfter(r.created_at, since)).sort((a, b) => byTime(a.created_at, b.created_at) || (a.id as number) - (b.id as number));
      if (options.ratingsNewestFirst) listed.reverse();
      return paged(listed, request, origin, Math.min(perPage, Number(request.query.get('per_page') ?? '30')), cap);
    }
    const conversations = /^\/api\/v2\/tickets\/(\d+)\/conversations$/.exec(request.path);
    if (conversations) {
      const ticket = options.tickets.find((t) => t.n === Number(conversations[1]));
      if (!ticket) return { status: 404, json: { code: 'not_found', message: 'Record not found' } };
      return paged(freshdeskConversations(ticket), request, origin, Math.min(perPage, Number(request.query.get('per_page') ?? '30')), cap);
    }
    return { status: 404, json: { code: 'not_found' } };
  };
  return (request) => {
    const limit = options.rateLimit;
    if (!limit) return answer(request);
    const cost = request.path === '/api/v2/tickets' && (request.query.get('include') ?? '').includes('stats') ? 3 : 1;
    const taken = limit.take(cost);
    const headers = { 'x-ratelimit-total': String(limit.limit), 'x-ratelimit-remaining': String(taken.remaining), 'x-ratelimit-used-currentrequest': String(cost) };
    if (!taken.allowed) return { status: 429, headers: { ...headers, 'retry-after': String(taken.resetSeconds) }, json: { message: 'You have exceeded the limit of requests per minute' } };
    const result = answer(request);
    return 'json' in result || 'text' in result ? { ...result, headers: { ...result.headers, ...headers } } : result;
  };
}
