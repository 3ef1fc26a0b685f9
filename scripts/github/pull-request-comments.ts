// One sticky comment per pull request: found by a hidden marker among our comments (the bot's, or the token's
// own account's for a personal access token) and edited in place,
// never a new comment per push. Built on the shared client (client.ts): rate limits and 5xx on reads and edits
// are retried there. Creating is the one call that is not idempotent, so it is never retried blindly: after a
// failed create we look again for the marker, and only post when the comment is really not there.

import { describeGitHubError, RetryAfterExhaustedError, type GitHubClient } from './client.ts';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

export interface StickyCommentOptions {
  marker: string;
  log?: (line: string) => void;
  /** Attempts to create the comment when GitHub answers 5xx or drops the connection. Default 3. */
  createAttempts?: number;
  /** Waits between those attempts (injected so tests do not sleep). */
  wait?: (ms: number) => Promise<void>;
}

export class CommentError extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null) {
    super(message);
    this.name = 'CommentError';
    this.status = status;
  }
}

interface IssueComment { id: number; body?: string | null; html_url: string; user: { type?: string; login?: string; id?: number } | null }

/** The account the token acts as: null for a GitHub App's token, which GET /user refuses (403). */
export interface TokenAccount { login: string; id: number | null }

const statusOf = (error: unknown): number | null => (error as { status?: number }).status ?? null;

/**
 * The comments that may be ours, oldest first: those that start with the marker, as every body we post does
 * (`upsertStickyComment` checks it), and were written by a bot or by the account the token acts as (`account`, asked
 * only when a person's comment starts with the marker: a personal access token posts as a `User`). A comment by
 * anyone else is never ours, even one starting with the marker (the pull request's author can write it), nor another
 * bot's quoting the pull request's text that the author made hold it: taken for ours, it would be overwritten (the
 * same bot) or refused (another app's), and the review never posted. Which bot a GitHub App's token posts as cannot
 * be asked: a bot's comment GitHub refuses to let us edit (403) is another app's, and the next one is tried.
 */
export async function findStickyComments(client: GitHubClient, pr: PullRequestRef, marker: string, account: () => Promise<TokenAccount | null> = async () => null): Promise<IssueComment[]> {
  const comments = (await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100,
  })) as IssueComment[];
  const marked = comments.filter((c) => typeof c.body === 'string' && c.body.startsWith(marker));
  const me = marked.some((c) => c.user?.type !== 'Bot') ? await account() : null;
  const byMe = (c: IssueComment) => me !== null && c.user?.type === 'User' && typeof c.user.login === 'string'
    && c.user.login.toLowerCase() === me.login.toLowerCase() && (me.id === null || c.user.id === undefined || c.user.id === me.id);
  return marked.filter((c) => c.user?.type === 'Bot' || byMe(c));
}

/**
 * Who the token acts as (GET /user), asked once per upsert. A GitHub App's installation token (Actions'
 * GITHUB_TOKEN) is refused there with 403, and its comments are a bot's: then no person's comment is ours. A 403
 * or 429 that is a rate limit the client's retries did not outlast says nothing of the token: it fails the upsert,
 * or a personal token's own comment would not be found and a second one posted.
 */
function tokenAccount(client: GitHubClient): () => Promise<TokenAccount | null> {
  let asked: Promise<TokenAccount | null> | null = null;
  return () => asked ??= client.rest.users.getAuthenticated().then(
    ({ data }) => ({ login: data.login, id: typeof data.id === 'number' ? data.id : null }),
    (error: unknown) => {
      if ((statusOf(error) === 403 || statusOf(error) === 404) && !isRateLimit(error)) return null;
      throw error;
    },
  );
}

/** A 403 or 429 for a rate limit: the client's `retry-after` gave up, or GitHub's message or headers say so. */
function isRateLimit(error: unknown): boolean {
  if (error instanceof RetryAfterExhaustedError) return true;
  const { message, response } = error as { message?: string; response?: { headers?: Record<string, string | undefined> } };
  const headers = response?.headers ?? {};
  return statusOf(error) === 429 || headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(message ?? '');
}

function explain(error: unknown, pr: PullRequestRef, what: string): CommentError {
  const status = statusOf(error);
  const where = `${what} on ${pr.owner}/${pr.repo}#${pr.number}`;
  if (status === 404) return new CommentError(`${where}: GitHub answered 404: the pull request does not exist, was closed and locked, or the token cannot see it`, status);
  if (status === 403) return new CommentError(`${describeGitHubError(error, where)} (the job needs \`pull-requests: write\`)`, status);
  if (status === 422) return new CommentError(`${describeGitHubError(error, where)}: the comment body was refused (too long, or the conversation is locked)`, status);
  return new CommentError(describeGitHubError(error, where), status);
}

const retryable = (error: unknown) => {
  const status = statusOf(error);
  return status === null || status >= 500;
};

export async function upsertStickyComment(client: GitHubClient, pr: PullRequestRef, body: string, options: StickyCommentOptions): Promise<StickyCommentResult> {
  const log = options.log ?? (() => {});
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = options.createAttempts ?? 3;
  if (!body.startsWith(options.marker)) throw new CommentError('the comment body does not start with the marker that finds it again: refusing to post a comment that could never be updated', null);

  /** The first of `found` that is ours brought up to date; null when every one is another app's bot's (403). */
  const updateIfNeeded = async (found: readonly IssueComment[]): Promise<StickyCommentResult | null> => {
    for (const existing of found) {
      try {
        if (existing.body === body) {
          log(`comment ${existing.id} is already up to date`);
          return { action: 'unchanged', id: existing.id, url: existing.html_url };
        }
        const { data } = await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
        log(`updated comment ${data.id}`);
        return { action: 'updated', id: data.id, url: data.html_url };
      } catch (error) {
        if (statusOf(error) === 403 && existing.user?.type === 'Bot' && !isRateLimit(error)) {
          log(`comment ${existing.id} by ${existing.user.login ?? 'a bot'} starts with the marker but is not ours (403): leaving it`);
          continue;
        }
        throw explain(error, pr, `updating comment ${existing.id}`);
      }
    }
    return null;
  };

  const account = tokenAccount(client);
  let found: IssueComment[];
  try {
    found = await findStickyComments(client, pr, options.marker, account);
  } catch (error) {
    throw explain(error, pr, 'listing the comments');
  }
  const updated = await updateIfNeeded(found);
  if (updated) return updated;

  for (let attempt = 1; ; attempt++) {
    try {
      // No automatic retry of a create: a 502 may come after GitHub stored the comment.
      const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body, request: { retries: 0 } });
      log(`created comment ${data.id}`);
      return { action: 'created', id: data.id, url: data.html_url };
    } catch (error) {
      if (!retryable(error) || attempt >= attempts) throw explain(error, pr, 'posting the review comment');
      log(`posting the review comment failed (${statusOf(error) ?? 'no answer'}); checking whether it was stored before trying again`);
      await wait(1000 * 2 ** (attempt - 1));
      let stored: IssueComment[];
      try {
        stored = await findStickyComments(client, pr, options.marker, account);
      } catch (listError) {
        throw explain(listError, pr, 'listing the comments after a failed post');
      }
      const again = await updateIfNeeded(stored);
      if (again) return again;
    }
  }
}
