// A local GitHub that speaks the issues API the corrective actions use (list by label with Link pagination,
// create, update, comment), built on the shared HTTP fake. Shapes follow docs.github.com "REST API endpoints
// for issues": labels as objects with `name`, assignees as objects with `login`, `closed_at`, `state_reason`,
// 422 with `errors` for invalid fields. Faults are queued per request to test retries and failures.

import { startFakeServer, type FakeAnswer, type FakeServer, type RecordedRequest } from '../fakes/http-fake.ts';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  closed_at: string | null;
  comments: string[];
  pull_request?: { url: string };
  /** Who opened it; default the token's account (`viewer`), as for an issue this job opened. */
  user?: { login: string; id: number; type?: string };
  /** Reactions people added (GET …/issues/N/reactions), as GitHub lists them. */
  reactions?: FakeResponse[];
  /** Comments people wrote (GET …/issues/N/comments lists them before the ones this fake received). */
  userComments?: FakeResponse[];
}

/** A reaction or comment by someone: `content` for reactions (`+1`, `heart`, …), `body` for comments. */
export interface FakeResponse { user: { login: string; id: number; type?: string }; created_at: string; content?: string; body?: string }

export interface Fault {
  /** Which request it hits. */
  when: (request: RecordedRequest) => boolean;
  answer: FakeAnswer;
  /** Carry out the request anyway before answering with the fault (a 502 after the write happened). */
  afterWrite?: boolean;
  /** How many matching requests it hits; default 1. */
  times?: number;
}

export interface FakeGitHub {
  server: FakeServer;
  url: string;
  issues: FakeIssue[];
  /** The clock `closed_at` is stamped with. */
  now: string;
  /**
   * The account the token posts as, which GraphQL's `viewer` names (GET /user refuses an app's token with 403, as
   * GitHub does for GITHUB_TOKEN); null: GraphQL refuses to say too. Default Actions' bot.
   */
  viewer: { login: string; id: number } | null;
  /** Logins that cannot be assigned (GitHub answers 422). */
  unassignable: Set<string>;
  faults: Fault[];
  /** `METHOD /path` of every request, with the JSON body when there is one. */
  calls(): { call: string; body?: unknown }[];
  close(): Promise<void>;
}

/** Who Actions' GITHUB_TOKEN posts as. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 };

const REPO = /^\/repos\/([^/]+)\/([^/]+)\/issues(?:\/(\d+)(\/comments|\/reactions)?)?$/;

export async function startFakeGitHub(options: { perPage?: number } = {}): Promise<FakeGitHub> {
  const fake: FakeGitHub = {
    server: null as unknown as FakeServer,
    url: '',
    issues: [],
    now: '2026-11-01T06:00:00Z',
    viewer: ACTIONS_BOT,
    unassignable: new Set(),
    faults: [],
    calls: () => fake.server.requests.map((r) => ({ call: `${r.method} ${r.path}`, ...(r.body !== null && { body: r.body }) })),
    close: () => fake.server.close(),
  };
  const json = (issue: FakeIssue) => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: issue.labels.map((name) => ({ name })),
    assignees: issue.assignees.map((login) => ({ login })),
    closed_at: issue.closed_at,
    html_url: `https://github.example/acme/help/issues/${issue.number}`,
    user: { type: 'Bot', ...(issue.user ?? fake.viewer ?? ACTIONS_BOT) },
    ...(issue.pull_request && { pull_request: issue.pull_request }),
  });

  const serve = (request: RecordedRequest): FakeAnswer => {
    if (request.method === 'GET' && request.path === '/user') return { status: 403, json: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
    if (request.method === 'POST' && request.path === '/graphql') {
      return fake.viewer
        ? { json: { data: { viewer: { login: fake.viewer.login, databaseId: fake.viewer.id } } } }
        : { json: { data: null, errors: [{ type: 'FORBIDDEN', path: ['viewer'], message: 'Resource not accessible by integration' }] } };
    }
    const match = REPO.exec(request.path);
    if (!match) return { status: 404, json: { message: 'Not Found' } };
    const [, owner, repo, numberText, comments] = match;
    const base = `${fake.url}/repos/${owner}/${repo}/issues`;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!numberText && request.method === 'GET') {
      const label = request.query.get('labels');
      const state = request.query.get('state') ?? 'open';
      const perPage = Math.min(Number(request.query.get('per_page') ?? 30), options.perPage ?? 100);
      const page = Number(request.query.get('page') ?? 1);
      const all = fake.issues.filter((i) => (!label || i.labels.includes(label)) && (state === 'all' || i.state === state));
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(`${base}?${request.query.toString()}`);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      return { headers, json: slice.map(json) };
    }
    if (!numberText && request.method === 'POST') {
      const assignees = (body.assignees as string[] | undefined) ?? [];
      const bad = assignees.filter((a) => fake.unassignable.has(a));
      if (bad.length) return { status: 422, json: { message: 'Validation Failed', errors: [{ value: bad[0], resource: 'Issue', field: 'assignees', code: 'invalid' }], documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue' } };
      const issue: FakeIssue = { number: fake.issues.length + 1, title: String(body.title), body: String(body.body ?? ''), state: 'open', state_reason: null, labels: (body.labels as string[] | undefined) ?? [], assignees, closed_at: null, comments: [], user: fake.viewer ?? ACTIONS_BOT };
      fake.issues.push(issue);
      return { status: 201, json: json(issue) };
    }
    const issue = fake.issues.find((i) => i.number === Number(numberText));
    if (!issue) return { status: 404, json: { message: 'Not Found' } };
    if (comments && request.method === 'GET') {
      // Both lists page like every GitHub list: `per_page`, `page` and a Link header to the next page.
      const all: Record<string, unknown>[] = comments === '/reactions'
        ? (issue.reactions ?? []).filter((r) => !request.query.get('content') || r.content === request.query.get('content')).map((r, i) => ({ id: i + 1, node_id: `R_${i + 1}`, ...r }))
        : [...(issue.userComments ?? []), ...issue.comments.map((body) => ({ user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }, body, created_at: fake.now }))].map((c, i) => ({ id: i + 1, ...c }));
      const perPage = Math.min(Number(request.query.get('per_page') ?? 30), options.perPage ?? 100);
      const page = Number(request.query.get('page') ?? 1);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(`${fake.url}${request.path}?${request.query.toString()}`);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      return { headers, json: all.slice((page - 1) * perPage, page * perPage) };
    }
    if (comments === '/comments' && request.method === 'POST') {
      issue.comments.push(String(body.body));
      return { status: 201, json: { id: issue.comments.length, body: body.body } };
    }
    if (!comments && request.method === 'PATCH') {
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (Array.isArray(body.labels)) issue.labels = body.labels as string[];
      if (body.state === 'closed' && issue.state === 'open') { issue.state = 'closed'; issue.closed_at = fake.now; issue.state_reason = (body.state_reason as string | undefined) ?? 'completed'; }
      if (body.state === 'open') { issue.state = 'open'; issue.closed_at = null; issue.state_reason = 'reopened'; }
      return { json: json(issue) };
    }
    return { status: 404, json: { message: 'Not Found' } };
  };

  fake.server = await startFakeServer((request) => {
    const fault = fake.faults.find((f) => f.when(request) && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.afterWrite) serve(request);
      return fault.answer;
    }
    return serve(request);
  });
  fake.url = fake.server.url;
  return fake;
}
