// Who the token posts as, and whether a comment or an issue was written by that account. The sticky review comment
// (pull-request-comments.ts) and the corrective-action and "Please read" issues (actions/issue-ownership.ts) ask it
// the same way: what carries our marker is ours only when this account wrote it, since anyone can write the marker,
// and anyone who may label an issue can give it our label.

import { RetryAfterExhaustedError, type GitHubClient } from './client.ts';

/** The account the token posts as: a person, or a GitHub App's bot user (`<slug>[bot]`). */
export interface TokenAccount { login: string; id: number | null }

/** An author as GitHub lists it on a comment or an issue (`user`), null for a deleted account ("ghost"). */
export type GitHubUser = { login?: string; id?: number | null; type?: string } | null | undefined;

const statusOf = (error: unknown): number | null => (error as { status?: number }).status ?? null;

/** GraphQL's `viewer`: the account a token acts as, an installation token's bot user included. */
const VIEWER_QUERY = 'query { viewer { login databaseId } }';

/**
 * Who the token posts as, asked once (the returned function remembers the answer). A personal access token: GET
 * /user. A GitHub App's installation token (Actions' GITHUB_TOKEN, or an app's token from
 * actions/create-github-app-token) is refused there with 403, and GET /app wants the app's own JWT; GraphQL's `viewer`
 * answers it with the app's bot user, the account its comments and issues are by (`<slug>[bot]`, with its user id).
 * null when neither says: then nothing is taken for ours. A rate limit the client's retries did not outlast, or a
 * server that did not answer, says nothing of the token: it is thrown, or our own comment or issue would not be
 * found and a second one posted.
 */
export function tokenAccount(client: GitHubClient): () => Promise<TokenAccount | null> {
  let asked: Promise<TokenAccount | null> | null = null;
  const refused = (error: unknown) => {
    const status = statusOf(error);
    return !isRateLimit(error) && (status === 403 || status === 404 || Array.isArray((error as { errors?: unknown }).errors));
  };
  return () => asked ??= (async () => {
    try {
      const { data } = await client.rest.users.getAuthenticated() as { data: { login?: unknown; id?: unknown } };
      // An answer naming no login (a proxy's `{}`) says nothing of the token: GraphQL's viewer is asked instead.
      if (typeof data.login === 'string' && data.login !== '') return { login: data.login, id: Number.isSafeInteger(data.id) ? data.id as number : null };
    } catch (error) {
      if (!refused(error)) throw error;
    }
    type Viewer = { login?: unknown; databaseId?: unknown } | null | undefined;
    const accountOf = (viewer: Viewer): TokenAccount | null => (typeof viewer?.login !== 'string' || viewer.login === ''
      ? null
      : { login: viewer.login, id: Number.isSafeInteger(viewer.databaseId) ? viewer.databaseId as number : null });
    try {
      return accountOf((await client.graphql<{ viewer: Viewer }>(VIEWER_QUERY)).viewer);
    } catch (error) {
      // GraphQL answers what it could beside its errors: a login it gave is GitHub's word on the token, whatever
      // field it refused (then authors are matched by login).
      const partial = accountOf((error as { data?: { viewer?: Viewer } | null }).data?.viewer);
      if (partial !== null && !isRateLimit(error)) return partial;
      if (refused(error)) return null;
      throw error;
    }
  })();
}

/** A 403 or 429 for a rate limit: the client's `retry-after` gave up, or GitHub's message or headers say so. */
function isRateLimit(error: unknown): boolean {
  if (error instanceof RetryAfterExhaustedError) return true;
  const { message, response } = error as { message?: string; response?: { headers?: Record<string, string | undefined> } };
  const headers = response?.headers ?? {};
  return statusOf(error) === 429 || headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(message ?? '');
}

/**
 * Whether `user` (a comment's or an issue's author) is `account`: by user id when both are known (a bot's login is
 * spelt with and without `[bot]` in different places), else by login.
 */
export function isByAccount(user: GitHubUser, account: TokenAccount): boolean {
  if (user === null || user === undefined) return false;
  if (account.id !== null && typeof user.id === 'number') return user.id === account.id;
  return typeof user.login === 'string' && user.login.toLowerCase() === account.login.toLowerCase();
}
