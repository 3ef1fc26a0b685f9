// GitHub's REST API for issues as docs.github.com describes it: `GET /repos/{owner}/{repo}/issues` (state, since,
// sort, direction, per_page, page; pull requests included with a `pull_request` key; a `Link` header for the next
// page), the repository's comments `GET .../issues/comments` (since, sort, direction; each with `issue_url`) and
// issue events `GET .../issues/events` (newest first, each with its `issue`), and per issue `GET .../issues/{n}/
// comments` and `.../events` (closed, reopened, labeled with `label`), and the issue itself `GET .../issues/{n}`
// (with `repository_url`; `state=open` lists only open issues and pull requests). An issue that `vanished` answers
// 404, 410 (deleted) or, transferred, 301 to its new place in another repository. An issue `converted` to a
// discussion is not gone from the API (dessant/lock-threads#24, 2021: the issues endpoint "does not currently include
// any clue that an issue has been converted"; slapperwan/gh4a#1280, 2025: the API does not expose it;
// maniac103/GitHubSdk#5, 2021: converted issues "don't get deleted anymore"): it answers 200 from its repository,
// closed and locked, with nothing naming the discussion, and its events end with `converted_to_discussion`
// (github/docs#20908). Whether the conversion moves `updated_at` is not documented: by default it does here. Responses carry `x-ratelimit-limit`,
// `x-ratelimit-remaining` and `x-ratelimit-reset` when a limit is given. The helpdesk is mutable (`touch`), so a
// test can edit an issue between two page requests.

import type { FakeAnswer, FakeHandler, RecordedRequest } from '../../fakes/http-fake.ts';
import { inOffset, type FixtureTicket } from '../fixture-helpdesk.ts';

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
  /** Called before an issues list page is served: a test edits issues here. */
  beforeListPage?: (request: RecordedRequest, helpdesk: GitHubHelpdesk) => void;
  /**
   * The token's hourly limit, of which `spent` is used by its other uses until `resetAt` (epoch ms, then every
   * hour): every answer says what is left; past it, 403 with `x-ratelimit-remaining: 0`.
   */
  rateLimit?: { limit: number; spent: number; resetAt: number; now: () => number };
  /** Issues no longer in this repository: deleted (404, 410), or transferred to `movedTo` (301 there, whose answer names that repository). */
  /** The repository's new name, since a rename: its issues' `repository_url` says it (the old name still answers). */
  renamedTo?: string;
  vanished?: Record<number, { status: 404 | 410 } | { movedTo: { owner: string; repo: string; number: number } }>;
  /** Issues turned into a discussion at `at`; `updatedAtKept`: the conversion leaves `updated_at` as it was. */
  converted?: Record<number, { at: string; updatedAtKept?: boolean; reopenedAt?: string }>;
  /** Writes each issue's created_at in local time at this offset (`+11:00`), as a GitHub Enterprise server may. */
  createdOffset?: string;
}

export interface GitHubHelpdesk {
  /** An edit of the issue at `at` (its updated_at moves; it moves to the end of the list by update time). */
  touch(n: number, at: string): void;
}

/** An open issue, as a transferred one answers at its new place. */
const FIXTURE_OPEN_ISSUE: FixtureTicket = {
  n: 0, created: '2026-11-02T09:00:00Z', updated: '2026-11-02T09:00:00Z', priority: 'normal', channel: 'web', team: null,
  category: null, tags: [], openedBy: 'customer', statuses: [], messages: [], satisfaction: null,
};

const user = (login: string) => ({ login, id: login.length, type: 'User', site_admin: false, html_url: `https://github.com/${login}` });

function labelsOf(f: FixtureTicket): string[] {
  return [PRIORITY_LABEL[f.priority], ...(f.team ? [TEAM_LABEL[f.team]] : []), ...(f.category ? [f.category] : []), ...f.tags];
}

export function githubIssue(f: FixtureTicket, owner: string, repo: string, updated = f.updated): Record<string, unknown> {
  const closed = f.statuses.at(-1)?.status === 'solved';
  const pending = f.statuses.at(-1)?.status === 'pending';
  return {
    url: `https://api.github.com/repos/${owner}/${repo}/issues/${f.n}`,
    repository_url: `https://api.github.com/repos/${owner}/${repo}`,
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
    updated_at: updated,
    closed_at: closed ? f.statuses.at(-1)!.at : null,
    reactions: { total_count: 0 },
    sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
  };
}

export function githubComments(f: FixtureTicket, owner = 'acme', repo = 'help'): Record<string, unknown>[] {
  return f.messages.filter((m) => m.public).map((m, i) => ({
    id: f.n * 100 + i,
    url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${f.n * 100 + i}`,
    issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${f.n}`,
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

/** A converted issue's statuses: closed at the conversion, open again when it was reopened after. */
function convertedTicket(f: FixtureTicket, converted: { at: string; reopenedAt?: string }): FixtureTicket {
  const statuses: FixtureTicket['statuses'] = [...f.statuses, { at: converted.at, status: 'solved' }];
  if (converted.reopenedAt !== undefined) statuses.push({ at: converted.reopenedAt, status: 'open' });
  return { ...f, statuses };
}

function page<T>(items: T[], request: RecordedRequest, origin: string, perPage: number): FakeAnswer {
  const n = Number(request.query.get('page') ?? '1');
  const size = Math.min(perPage, Number(request.query.get('per_page') ?? '30'));
  const slice = items.slice((n - 1) * size, n * size);
  const headers: Record<string, string> = {};
  if (n * size < items.length) {
    const next = new URLSearchParams(request.query);
    next.set('page', String(n + 1));
    headers.link = `<${origin}${request.path}?${next.toString()}>; rel="next"`;
  }
  return { headers, json: slice };
}

export function githubHandler(options: GitHubFakeOptions): FakeHandler {
  const base = `/repos/${options.owner}/${options.repo}/issues`;
  const perPage = options.perPage ?? 100;
  const touched = new Map<number, string>();
  const helpdesk: GitHubHelpdesk = { touch: (n, at) => { touched.set(n, at); } };
  const conversionOf = (f: FixtureTicket) => options.converted?.[f.n];
  const updatedOf = (f: FixtureTicket) => {
    const converted = conversionOf(f);
    return touched.get(f.n) ?? (converted && !converted.updatedAtKept ? converted.reopenedAt ?? converted.at : f.updated);
  };
  // A converted issue reads closed (at the conversion) and locked; its events gain the conversion.
  const issueOf = (f: FixtureTicket, repo: string) => {
    const converted = conversionOf(f);
    const issue = converted
      ? { ...githubIssue(convertedTicket(f, converted), options.owner, repo, updatedOf(f)), locked: converted.reopenedAt === undefined }
      : githubIssue(f, options.owner, repo, updatedOf(f));
    return options.createdOffset === undefined ? issue : { ...issue, created_at: inOffset(issue.created_at as string, options.createdOffset) };
  };
  const eventsOf = (f: FixtureTicket) => {
    const converted = conversionOf(f);
    if (!converted) return githubEvents(f);
    const events = githubEvents(convertedTicket(f, converted)).filter((e) => e.event !== 'closed' || e.created_at !== converted.at);
    const conversion = { id: f.n * 1000 + 999, node_id: 'E_converted', actor: user(AGENT_LOGIN), event: 'converted_to_discussion', created_at: converted.at, commit_id: null };
    // Oldest first, as GitHub lists an issue's events: a reopening after the conversion comes after it.
    const reopening = events.findIndex((e) => e.event === 'reopened' && e.created_at === converted.reopenedAt);
    return reopening < 0 ? [...events, conversion] : [...events.slice(0, reopening), conversion, ...events.slice(reopening)];
  };
  // GitHub compares and sorts instants, not text ("…10:00:00.500Z" is after "…10:00:00Z" though it sorts before it).
  const atOrAfter = (at: string, since: string | null) => since === null || Date.parse(at) >= Date.parse(since);
  const byTime = (a: string, b: string) => Date.parse(a) - Date.parse(b);
  const answer = (request: RecordedRequest): FakeAnswer => {
    const origin = options.origin();
    if (request.path === base) {
      options.beforeListPage?.(request, helpdesk);
      const since = request.query.get('since');
      const onlyOpen = request.query.get('state') === 'open';
      let issues = options.tickets.filter((t) => atOrAfter(updatedOf(t), since) && (!onlyOpen || issueOf(t, options.repo).state === 'open')).sort((a, b) => byTime(updatedOf(a), updatedOf(b)) || a.n - b.n)
        .map((t) => issueOf(t, options.renamedTo ?? options.repo));
      if (options.withPullRequest) issues = [...issues, { number: 900, created_at: '2026-11-02T00:00:00Z', updated_at: '2026-11-19T00:00:00Z', state: 'open', labels: [], user: user('contributor'), pull_request: { url: 'x' } }];
      return page(issues, request, origin, perPage);
    }
    if (request.path === `${base}/comments`) {
      const since = request.query.get('since');
      const all = options.tickets.flatMap((t) => githubComments(t, options.owner, options.repo))
        .filter((c) => atOrAfter(c.updated_at as string, since))
        .sort((a, b) => byTime(a.updated_at as string, b.updated_at as string) || (a.id as number) - (b.id as number));
      return page(all, request, origin, perPage);
    }
    if (request.path === `${base}/events`) {
      const all: Record<string, unknown>[] = options.tickets.flatMap((t) => eventsOf(t).map((e) => ({ ...e, issue: { number: t.n, state: 'open', title: `Customer title ${t.n}` } })));
      all.sort((a, b) => (b.created_at as string).localeCompare(a.created_at as string) || (b.id as number) - (a.id as number));
      return page(all, request, origin, perPage);
    }
    const own = new RegExp(`^${base}/(\\d+)$`).exec(request.path);
    if (own) {
      const n = Number(own[1]);
      const gone = options.vanished?.[n];
      if (gone && 'status' in gone) return { status: gone.status, json: { message: gone.status === 410 ? 'This issue was deleted' : 'Not Found' } };
      if (gone) return { status: 301, headers: { location: `${origin}/repos/${gone.movedTo.owner}/${gone.movedTo.repo}/issues/${gone.movedTo.number}` }, json: { message: 'Moved Permanently' } };
      const ticket = options.tickets.find((t) => t.n === n);
      return ticket ? { json: issueOf(ticket, options.renamedTo ?? options.repo) } : { status: 404, json: { message: 'Not Found' } };
    }
    for (const gone of Object.values(options.vanished ?? {})) {
      if (!('movedTo' in gone) || request.path !== `/repos/${gone.movedTo.owner}/${gone.movedTo.repo}/issues/${gone.movedTo.number}`) continue;
      const ticket = { ...FIXTURE_OPEN_ISSUE, n: gone.movedTo.number };
      return { json: githubIssue(ticket, gone.movedTo.owner, gone.movedTo.repo) };
    }
    const sub = new RegExp(`^${base}/(\\d+)/(comments|events)$`).exec(request.path);
    if (sub) {
      const ticket = options.tickets.find((t) => t.n === Number(sub[1]));
      if (!ticket) return { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      return page(sub[2] === 'comments' ? githubComments(ticket, options.owner, options.repo) : eventsOf(ticket), request, origin, perPage);
    }
    return { status: 404, json: { message: 'Not Found' } };
  };
  let used = options.rateLimit?.spent ?? 0;
  let resetAt = options.rateLimit?.resetAt ?? 0;
  return (request) => {
    const limit = options.rateLimit;
    if (!limit) return answer(request);
    if (limit.now() >= resetAt) { used = 0; resetAt += 3_600_000; }
    used++;
    const remaining = Math.max(0, limit.limit - used);
    const headers = { 'x-ratelimit-limit': String(limit.limit), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(Math.floor(resetAt / 1000)), 'x-ratelimit-resource': 'core' };
    if (used > limit.limit) return { status: 403, headers, json: { message: 'API rate limit exceeded' } };
    const result = answer(request);
    return 'json' in result || 'text' in result ? { ...result, headers: { ...result.headers, ...headers } } : result;
  };
}
