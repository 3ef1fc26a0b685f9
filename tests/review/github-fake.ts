// A fake of the slice of GitHub's REST API the review comment uses, on the shared local HTTP fake: issue comments
// (list, create, update), one pull request, its files, and the files of its base branch (for CODEOWNERS), in the
// shapes of GitHub's REST reference. `fault` answers first, so a test can inject 403, 404, 422, 502 or a
// secondary rate limit on any call and decide whether the failed create was stored anyway.

import { startFakeServer, type FakeAnswer, type FakeServer, type RecordedRequest } from '../fakes/http-fake.ts';

export interface FakeComment { id: number; body: string; html_url: string; user: { login: string; type: 'Bot' | 'User'; id?: number } }

export interface GitHubFake {
  server: FakeServer;
  comments: FakeComment[];
  pull: { number: number; state: 'open' | 'closed'; head: { sha: string }; base: { ref: string; sha: string } };
  /** The pull request's files (GET /pulls/7/files). */
  files: Array<{ filename: string; status: string; previous_filename?: string }>;
  /** Text of files on the base branch, by path (GraphQL `object(expression: "<base ref>:<path>")`). */
  baseFiles: Record<string, string>;
  /** The account GET /user answers (a personal access token's), or null: 403, as for a GitHub App's token. Posts are by it. */
  account: { login: string; id: number } | null;
  /** The bot user a GitHub App's installation token posts as (when `account` is null), which GraphQL's `viewer` names. */
  bot: { login: string; id: number };
  /** Return an answer to fail a call; `store` creates the comment before a failing create answers. */
  fault: ((request: RecordedRequest, served: readonly RecordedRequest[], store: () => void) => FakeAnswer | null) | null;
}

const OWNER_REPO = '/repos/acme/standards';

export async function startGitHubFake(): Promise<GitHubFake> {
  const fake = {
    comments: [] as FakeComment[],
    pull: { number: 7, state: 'open' as const, head: { sha: 'a'.repeat(40) }, base: { ref: 'main', sha: 'c'.repeat(40) } },
    files: [],
    baseFiles: {},
    fault: null,
    account: null,
    bot: { login: 'github-actions[bot]', id: 41898282 },
  } as unknown as GitHubFake;
  let nextId = 100;
  const create = (body: string) => {
    const id = nextId++;
    const user = fake.account ? { login: fake.account.login, type: 'User' as const, id: fake.account.id } : { login: fake.bot.login, type: 'Bot' as const, id: fake.bot.id };
    fake.comments.push({ id, body, html_url: `https://github.com/acme/standards/pull/7#issuecomment-${id}`, user });
    return fake.comments[fake.comments.length - 1]!;
  };
  fake.server = await startFakeServer((request, served) => {
    const body = (request.body ?? {}) as { body?: string };
    let stored = false;
    const answer = fake.fault?.(request, served, () => { create(body.body ?? ''); stored = true; }) ?? null;
    if (answer) return answer;
    void stored;
    const notFound = { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    if (request.method === 'GET' && request.path === '/user') {
      return fake.account ? { json: { ...fake.account, type: 'User' } } : { status: 403, json: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
    }
    if (request.method === 'GET' && request.path === `${OWNER_REPO}/pulls/7`) return { json: fake.pull };
    if (request.method === 'GET' && request.path === `${OWNER_REPO}/pulls/7/files`) return { json: fake.files };
    // GraphQL: `object(expression: "<ref>:<path>")` per alias, null where the branch has no such file.
    if (request.method === 'POST' && request.path === '/graphql') {
      // `viewer`: the token's account, or for an installation token its app's bot user (GraphQL names it as REST does).
      if (/\bviewer\b/.test(String((request.body as { query?: unknown } | null)?.query))) {
        const viewer = fake.account ?? fake.bot;
        return { json: { data: { viewer: { login: viewer.login, databaseId: viewer.id } } } };
      }
      const variables = ((request.body ?? {}) as { variables?: Record<string, string> }).variables ?? {};
      const blob = (expression: string | undefined) => {
        const [ref, ...path] = (expression ?? '').split(':');
        const text = ref === fake.pull.base.ref ? fake.baseFiles[path.join(':')] : undefined;
        return text === undefined ? null : { text };
      };
      return { json: { data: { repository: { a: blob(variables.a), b: blob(variables.b), c: blob(variables.c) } } } };
    }
    if (request.path === `${OWNER_REPO}/issues/7/comments`) {
      if (request.method === 'GET') return { json: fake.comments };
      if (request.method === 'POST') return { status: 201, json: create(body.body ?? '') };
    }
    const edit = new RegExp(`^${OWNER_REPO}/issues/comments/(\\d+)$`).exec(request.path);
    if (edit && request.method === 'PATCH') {
      const comment = fake.comments.find((c) => c.id === Number(edit[1]));
      if (!comment) return notFound;
      comment.body = body.body ?? '';
      return { json: comment };
    }
    return notFound;
  });
  return fake;
}
