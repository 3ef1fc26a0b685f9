// A small helpdesk written once, neutrally; each API fake (Zendesk, Freshdesk, GitHub) renders it in its own
// shapes, so every source must give the same tickets and the same report figures. The expected tickets and
// figures below are written by hand from this description, not computed by the code under test.

import type { Ticket } from '../../scripts/model/model.ts';

export const FIXTURE_NOW = new Date('2026-11-20T12:00:00Z');

export interface FixtureMessage { at: string; by: 'agent' | 'customer'; public: boolean }
export interface FixtureTicket {
  n: number;
  created: string;
  updated: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  channel: 'email' | 'web' | 'phone';
  /** Team id (the fakes render it as a group id / label). */
  team: 'support-emea' | null;
  category: 'question' | 'incident' | null;
  tags: string[];
  openedBy: 'customer' | 'agent';
  /** Statuses entered after creation (creation is `new`, except on GitHub where it is `open`). */
  statuses: { at: string; status: 'open' | 'pending' | 'solved' }[];
  messages: FixtureMessage[];
  satisfaction: { at: string; rating: 'good' | 'bad' } | null;
}

export const FIXTURE_TICKETS: FixtureTicket[] = [
  {
    n: 101, created: '2026-11-02T09:00:00Z', updated: '2026-11-02T12:00:00Z', priority: 'urgent', channel: 'email', team: 'support-emea',
    category: 'incident', tags: ['outage'], openedBy: 'customer',
    statuses: [{ at: '2026-11-02T09:30:00Z', status: 'open' }, { at: '2026-11-02T11:00:00Z', status: 'solved' }],
    messages: [
      { at: '2026-11-02T09:10:00Z', by: 'agent', public: false },
      { at: '2026-11-02T09:30:00Z', by: 'agent', public: true },
      { at: '2026-11-02T10:00:00Z', by: 'customer', public: true },
      { at: '2026-11-02T10:20:00Z', by: 'agent', public: true },
    ],
    satisfaction: { at: '2026-11-02T12:00:00Z', rating: 'good' },
  },
  {
    n: 102, created: '2026-11-03T08:00:00Z', updated: '2026-11-05T10:00:00Z', priority: 'high', channel: 'web', team: null,
    category: 'question', tags: [], openedBy: 'customer',
    statuses: [
      { at: '2026-11-03T12:00:00Z', status: 'pending' },
      { at: '2026-11-04T09:00:00Z', status: 'open' },
      { at: '2026-11-04T10:00:00Z', status: 'solved' },
      { at: '2026-11-05T08:00:00Z', status: 'open' },
      { at: '2026-11-05T09:00:00Z', status: 'solved' },
    ],
    messages: [
      { at: '2026-11-03T12:00:00Z', by: 'agent', public: true },
      { at: '2026-11-04T09:00:00Z', by: 'customer', public: true },
      { at: '2026-11-04T10:00:00Z', by: 'agent', public: true },
      { at: '2026-11-05T08:00:00Z', by: 'customer', public: true },
      { at: '2026-11-05T09:00:00Z', by: 'agent', public: true },
    ],
    satisfaction: { at: '2026-11-05T10:00:00Z', rating: 'bad' },
  },
  {
    n: 103, created: '2026-11-10T14:00:00Z', updated: '2026-11-10T16:00:00Z', priority: 'normal', channel: 'phone', team: 'support-emea',
    category: null, tags: [], openedBy: 'agent',
    statuses: [{ at: '2026-11-10T14:00:00Z', status: 'open' }],
    messages: [
      { at: '2026-11-10T15:00:00Z', by: 'customer', public: true },
      { at: '2026-11-10T16:00:00Z', by: 'agent', public: true },
    ],
    satisfaction: null,
  },
  {
    n: 104, created: '2026-11-12T10:00:00Z', updated: '2026-11-12T10:00:00Z', priority: 'low', channel: 'email', team: null,
    category: null, tags: ['billing', 'vip'], openedBy: 'customer', statuses: [], messages: [], satisfaction: null,
  },
];

/** What every source must give for the fixture (GitHub differs only where it cannot say: see githubExpected). */
export function expectedTicket(f: FixtureTicket, id: string): Ticket {
  const ticket: Ticket = {
    id,
    created: f.created,
    updated: f.updated,
    priority: f.priority,
    channel: f.channel,
    status: f.statuses.at(-1)?.status ?? 'new',
    openedBy: f.openedBy,
    ...(f.team ? { team: f.team } : {}),
    ...(f.category ? { category: f.category } : {}),
    tags: f.tags,
    replies: f.messages.filter((m) => m.public).map((m) => ({ at: m.at, by: m.by })),
    statusChanges: [{ at: f.created, status: 'new' as const }, ...f.statuses].filter((c, i, all) => i === 0 || c.at !== all[i - 1]!.at || c.status !== all[i - 1]!.status)
      // a status entered at the creation instant replaces `new`
      .filter((c, i, all) => !(c.status === 'new' && all[i + 1]?.at === c.at)),
  };
  if (f.satisfaction) ticket.satisfaction = f.satisfaction;
  return ticket;
}

/** What GitHub can say about the fixture: always open at creation, one channel, labels as tags, no private notes or ratings. */
export function githubExpected(f: FixtureTicket): Ticket {
  const t = expectedTicket(f, String(f.n));
  const changes = t.statusChanges.map((c) => ({ at: c.at, status: c.status === 'new' ? 'open' as const : c.status }));
  const { satisfaction: _ignored, ...rest } = t;
  return {
    ...rest,
    status: t.status === 'new' ? 'open' : t.status,
    channel: 'web',
    tags: [{ urgent: 'P1', high: 'P2', normal: 'P3', low: 'P4' }[f.priority], ...(f.team ? ['team: emea'] : []), ...(f.category ? [f.category] : []), ...f.tags],
    statusChanges: changes.filter((c, i) => i === 0 || c.status !== changes[i - 1]!.status),
  };
}

/** What Freshdesk can say about the fixture: no `new`, no past pending spells, ratings on 1–5, who opened only by source. */
export function freshdeskExpected(f: FixtureTicket): Ticket {
  const t = expectedTicket(f, String(f.n));
  const changes = t.statusChanges.map((c) => ({ at: c.at, status: c.status === 'new' ? 'open' as const : c.status })).filter((c) => c.status !== 'pending');
  const { openedBy: _openedBy, satisfaction: _satisfaction, ...rest } = t;
  return {
    ...rest,
    status: t.status === 'new' ? 'open' : t.status,
    ...(f.channel === 'phone' ? {} : { openedBy: 'customer' as const }),
    statusChanges: changes.filter((c, i) => i === 0 || c.status !== changes[i - 1]!.status),
    ...(f.satisfaction ? { satisfaction: { at: f.satisfaction.at, rating: f.satisfaction.rating === 'good' ? 5 : 1 } } : {}),
  };
}


/** The error a fetch fails with; fails the test when the fetch succeeds. */
export async function failure(promise: Promise<unknown>): Promise<Error> {
  try { await promise; } catch (error) { return error as Error; }
  throw new Error('expected the fetch to fail');
}

/**
 * `at` (UTC, `Z`) as a helpdesk may write it, in local time at `offset` (`+05:30`, `-09:00`): the same instant, whose
 * written date may be another day than its UTC day (`2026-11-03T08:00:00Z` at `-09:00` is `2026-11-02T23:00:00-09:00`).
 */
export function inOffset(at: string, offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!m) throw new Error(`not an offset: ${offset}`);
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return new Date(Date.parse(at) + minutes * 60_000).toISOString().replace(/(?:\.000)?Z$/, '') + offset;
}
