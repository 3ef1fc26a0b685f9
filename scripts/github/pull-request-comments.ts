// One sticky comment per pull request: found by a hidden marker among the comments of the account the token posts
// as (a GitHub App's bot, or a person for a personal access token) and edited in place, never a new comment per push.
// A comment whose author we cannot prove is that account is never edited, whatever it holds. Built on the shared client (client.ts): rate limits and 5xx on reads and edits
// are retried there. Creating is the one call that is not idempotent, so it is never retried blindly: after a
// failed create we look again for the marker, and only post when the comment is really not there.

import { describeGitHubError, type GitHubClient } from './client.ts';
import { isByAccount, tokenAccount, type TokenAccount } from './token-account.ts';

export type { TokenAccount } from './token-account.ts';

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

/** The comments that start with the marker: those by the token's account, and whether that account is known. */
export interface StickyComments {
  ours: IssueComment[];
  /** Comments that start with the marker, none of them taken for ours because who the token posts as is unknown. */
  unattributed: number;
}

const statusOf = (error: unknown): number | null => (error as { status?: number }).status ?? null;

/**
 * Whether `body` is laid out as ours: the marker is its whole first line, as in every body we post. Every workflow
 * that posts with GITHUB_TOKEN posts as the same github-actions[bot], so the author alone cannot tell our comment
 * from another workflow's (README "A token of your own" shows how to give the review its own account); this keeps a
 * bot comment that merely begins with the marker's text (an echo running on past it) from being overwritten.
 */
export function opensWithMarker(body: string, marker: string): boolean {
  return body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`);
}

/**
 * The comments that are ours, oldest first: those that start with the marker, as every body we post does
 * (`upsertStickyComment` checks it), and were written by the account the token posts as (`account`, asked only when
 * a comment starts with the marker). Anyone else's is never ours, even one starting with the marker: the pull
 * request's author can write it, and another app's bot can echo the pull request's text that the author made start
 * with it. GitHub lets a token that may write to pull requests edit other accounts' comments, so a 403 does not tell
 * another app's comment from ours: only its author does. When who the token posts as is unknown, none is ours.
 */
export async function findStickyComments(client: GitHubClient, pr: PullRequestRef, marker: string, account: () => Promise<TokenAccount | null> = tokenAccount(client)): Promise<StickyComments> {
  const comments = (await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100,
  })) as IssueComment[];
  const marked = comments.filter((c) => typeof c.body === 'string' && opensWithMarker(c.body, marker));
  if (marked.length === 0) return { ours: [], unattributed: 0 };
  const me = await account();
  if (me === null) return { ours: [], unattributed: marked.length };
  return { ours: marked.filter((c) => isByAccount(c.user, me)), unattributed: 0 };
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
  if (!opensWithMarker(body, options.marker)) throw new CommentError('the comment body does not open with the marker, on a line of its own, that finds it again: refusing to post a comment that could never be updated', null);

  /** Our first comment brought up to date; null when there is none. */
  const updateIfNeeded = async ({ ours }: StickyComments): Promise<StickyCommentResult | null> => {
    const existing = ours[0];
    if (existing === undefined) return null;
    try {
      if (existing.body === body) {
        log(`comment ${existing.id} is already up to date`);
        return { action: 'unchanged', id: existing.id, url: existing.html_url };
      }
      const { data } = await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
      log(`updated comment ${data.id}`);
      return { action: 'updated', id: data.id, url: data.html_url };
    } catch (error) {
      throw explain(error, pr, `updating comment ${existing.id}`);
    }
  };

  const account = tokenAccount(client);
  let found: StickyComments;
  try {
    found = await findStickyComments(client, pr, options.marker, account);
  } catch (error) {
    throw explain(error, pr, 'listing the comments');
  }
  if (found.unattributed > 0) {
    log(`which account this token posts as is unknown (GitHub's GET /user and GraphQL viewer did not say): leaving the ${found.unattributed === 1 ? 'comment that starts' : `${found.unattributed} comments that start`} with the review's marker, which may not be ours, and posting a new one`);
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
      let stored: StickyComments;
      try {
        stored = await findStickyComments(client, pr, options.marker, account);
      } catch (listError) {
        throw explain(listError, pr, 'listing the comments after a failed post');
      }
      // Whether the failed post was stored cannot be told without knowing our own comments: posting again could
      // make a second one.
      if (stored.unattributed > found.unattributed) {
        throw new CommentError(`${describeGitHubError(error, `posting the review comment on ${pr.owner}/${pr.repo}#${pr.number}`)}; whether GitHub stored it cannot be told (which account this token posts as is unknown), so it is not posted again`, statusOf(error));
      }
      const again = await updateIfNeeded(stored);
      if (again) return again;
    }
  }
}
