// GitHub's REST API for issues as docs.github.com describes it: `GET /repos/{owner}/{repo}/issues` (state, since,
// sort, direction, per_page, page; pull requests included with a `pull_request` key; a `Link` header for the next
// page), `GET .../issues/{n}/comments` and `GET .../issues/{n}/events` (closed, reopened, labeled with `label`).

import type { FakeAnswer, FakeHandler, RecordedRequest } from '../../fakes/http-fake.ts';
import type { FixtureTicket } from '../fixture-helpdesk.ts';

export const AGENT_LOGIN = 'ana-lopez';
const customerOf = (n: number) => `customer-${n}`;
const PRIORITY_LABEL = { urgent: 'P1', high: 'P2', normal: 'P3', low: 'P4' } as const;
const TEAM_LABEL = { 'support-emea': 'team: emea' } as const;

export interface GitHubFakeOptions {
  tickets: FixtureTicket[];
  owner: string;
  repo: string;
  perPage?: number;
  origin: () => string;
  /** Add a pull request to the issues list (the source must drop it). */
  withPullRequest?: boolean;
}

const user = (login: string) => ({ login, id: login.length, type: 'User', site_admin: false, html_url: `https://github.com/${login}` });

function labelsOf(f: FixtureTicket): string[] {
  return [PRIORITY_LABEL[f.priority], ...(f.team ? [TEAM_LABEL[f.team]] : []), ...(f.category ? [f.category] : []), ...f.tags];
}

export function githubIssue(f: FixtureTicket, owner: string, repo: string): Record<string, unknown> {
  const closed = f.statuses.at(-1)?.status === 'solved';
  const pending = f.statuses.at(-1)?.status === 'pending';
  return {
    url: `https://api.github.com/repos/${owner}/${repo}/issues/${f.n}`,
    id: 1_000_000 + f.n,
    node_id: `I_${f.n}`,
    number: f.n,
    title: `Customer title ${f.n}`,
    body: 'Customer text that must never reach the store',
    user: user(f.openedBy === 'agent' ? AGENT_LOGIN : customerOf(f.n)),
    author_association: f.openedBy === 'agent' ? 'MEMBER' : 'NONE',
    labels: [...labelsOf(f), ...(pending ? ['waiting for customer'] : [])].map((name, i) => ({ id: i, name, color: 'ededed', default: false })),
    state: closed ? 'closed' : 'open',
    state_reason: closed ? 'completed' : null,
    locked: false,
    assignee: null,
    comments: f.messages.filter((m) => m.public).length,
    created_at: f.created,
    updated_at: f.updated,
    closed_at: closed ? f.statuses.at(-1)!.at : null,
    reactions: { total_count: 0 },
    sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
  };
}

export function githubComments(f: FixtureTicket): Record<string, unknown>[] {
  return f.messages.filter((m) => m.public).map((m, i) => ({
    id: f.n * 100 + i,
    user: user(m.by === 'agent' ? AGENT_LOGIN : customerOf(f.n)),
    created_at: m.at,
    updated_at: m.at,
    author_association: m.by === 'agent' ? 'MEMBER' : 'NONE',
    body: 'Reply text',
  }));
}

export function githubEvents(f: FixtureTicket): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = labelsOf(f).map((name) => ({ event: 'labeled', created_at: f.created, label: { name, color: 'ededed' }, actor: user(AGENT_LOGIN) }));
  let previous: string = f.statuses[0]?.at === f.created ? f.statuses[0].status : 'new';
  for (const s of f.statuses) {
    if (s.at === f.created) continue;
    if (previous === 'pending') events.push({ event: 'unlabeled', created_at: s.at, label: { name: 'Waiting for customer', color: 'ededed' } });
    if (previous === 'solved' && s.status !== 'solved') events.push({ event: 'reopened', created_at: s.at });
    if (s.status === 'pending') events.push({ event: 'labeled', created_at: s.at, label: { name: 'Waiting for customer', color: 'ededed' } });
    if (s.status === 'solved') events.push({ event: 'closed', created_at: s.at, state_reason: 'completed', commit_id: null });
    previous = s.status;
  }
  events.push({ event: 'mentioned', created_at: f.created });
  return events.map((e, i) => ({ id: f.n * 1000 + i, node_id: `E_${i}`, actor: user(AGENT_LOGIN), ...e }));
}

function page<T>(items: T[], request: RecordedRequest, origin: string, perPage: number): FakeAnswer {
  const n = Number(request.query.get('page') ?? '1');
  const slice = items.slice((n - 1) * perPage, n * perPage);
  const headers: Record<string, string> = {};
  if (n * perPage < items.length) {
    const next = new URLSearchParams(request.query);
    next.set('page', String(n + 1));
    headers.link = `<${origin}${request.path}?${next.toString()}>; rel="next"`;
  }
  return { headers, json: slice };
}

export function githubHandler(options: GitHubFakeOptions): FakeHandler {
  const base = `/repos/${options.owner}/${options.repo}/issues`;
  const perPage = options.perPage ?? 100;
  return (request) => {
    const origin = options.origin();
    if (request.path === base) {
      const since = request.query.get('since');
      let issues = options.tickets.filter((t) => since === null || t.updated >= since).sort((a, b) => a.updated.localeCompare(b.updated)).map((t) => githubIssue(t, options.owner, options.repo));
      if (options.withPullRequest) issues = [...issues, { number: 900, created_at: '2026-11-02T00:00:00Z', updated_at: '2026-11-19T00:00:00Z', state: 'open', labels: [], user: user('contributor'), pull_request: { url: 'x' } }];
      return page(issues, request, origin, perPage);
    }
    const sub = new RegExp(`^${base}/(\\d+)/(comments|events)$`).exec(request.path);
    if (sub) {
      const ticket = options.tickets.find((t) => t.n === Number(sub[1]));
      if (!ticket) return { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      return page(sub[2] === 'comments' ? githubComments(ticket) : githubEvents(ticket), request, origin, perPage);
    }
    return { status: 404, json: { message: 'Not Found' } };
  };
}
