// Reads how people acknowledged an issue: its 👍 reactions and its comments, through the one GitHub client
// (client.ts: throttling, retries). Every page is read or the call fails: a list cut short by an error is never
// returned, so the caller cannot take half the acknowledgements for all of them. Shapes follow
// docs.github.com "REST API endpoints for reactions" (`GET /repos/{owner}/{repo}/issues/{issue_number}/reactions`
// with `content=+1`) and "... for issue comments" (`GET /repos/{owner}/{repo}/issues/{issue_number}/comments`).

import type { GitHubClient } from './client.ts';
import type { RepositoryName } from './issues.ts';

/** Someone's reaction or comment: their numeric account id (stable across renames), login now, and when. */
export interface IssueResponse { userId: number; login: string; at: string; body?: string }

export interface IssueResponseReader {
  /** Every 👍 reaction on the issue, oldest first. */
  thumbsUp(issue: number): Promise<IssueResponse[]>;
  /** Every comment on the issue, with its body, oldest first. */
  comments(issue: number): Promise<IssueResponse[]>;
}

interface RawUser { login?: string; id?: number; type?: string }

function response(user: RawUser | null | undefined, at: string | undefined, body?: string | null): IssueResponse | null {
  // A deleted account ("ghost") or a bot cannot acknowledge anything.
  if (!user || typeof user.login !== 'string' || typeof user.id !== 'number' || user.type === 'Bot' || typeof at !== 'string') return null;
  return { userId: user.id, login: user.login, at, ...(body !== undefined ? { body: body ?? '' } : {}) };
}

export function githubIssueResponses(client: GitHubClient, repository: RepositoryName): IssueResponseReader {
  const { owner, repo } = repository;
  return {
    async thumbsUp(issue) {
      const raw = await client.paginate(client.rest.reactions.listForIssue, { owner, repo, issue_number: issue, content: '+1', per_page: 100 });
      return (raw as { user?: RawUser | null; created_at?: string; content?: string }[])
        .filter((r) => r.content === undefined || r.content === '+1')
        .map((r) => response(r.user, r.created_at))
        .filter((r): r is IssueResponse => r !== null)
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    },
    async comments(issue) {
      const raw = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 });
      return (raw as { user?: RawUser | null; created_at?: string; body?: string | null }[])
        .map((c) => response(c.user, c.created_at, c.body))
        .filter((r): r is IssueResponse => r !== null)
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    },
  };
}
