// The few issue operations the corrective actions need, over the one GitHub client (client.ts). The actions
// code sees this interface only, so its own tests can use an in-memory tracker and these calls are tested
// against a local HTTP server.

import type { GitHubClient } from './client.ts';
import { tokenAccount, type TokenAccount } from './token-account.ts';

export type { TokenAccount } from './token-account.ts';

export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  /** ISO 8601, or null while open. */
  closedAt: string | null;
  url: string;
  /** Who opened it (login and user id as GitHub lists the issue's `user`); null for a deleted account or none given. */
  author: TokenAccount | null;
}

export interface NewIssue {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

export interface IssueEdit {
  title?: string;
  body?: string;
  labels?: string[];
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned';
}

export interface IssueTracker {
  /** Every issue (open and closed, pull requests left out) carrying the label, oldest first. */
  listByLabel(label: string): Promise<IssueRecord[]>;
  /**
   * Opens an issue. Not retried on a 5xx or a dropped connection: the issue may exist all the same, and a
   * retry would duplicate it; the caller looks again before trying another night.
   */
  open(issue: NewIssue): Promise<IssueRecord>;
  edit(issue: number, edit: IssueEdit): Promise<void>;
  comment(issue: number, body: string): Promise<void>;
  /**
   * The account the token posts as (token-account.ts: GET /user, else GraphQL's viewer), asked once; null when
   * GitHub does not say. What carries our marker is ours only when this account opened it (actions/issue-ownership.ts).
   */
  account(): Promise<TokenAccount | null>;
}

export interface RepositoryName { owner: string; repo: string }

export function parseRepository(text: string): RepositoryName | null {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  return match ? { owner: match[1]!, repo: match[2]! } : null;
}

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels?: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  closed_at?: string | null;
  html_url: string;
  pull_request?: unknown;
  user?: { login?: string; id?: number } | null;
}

function toRecord(raw: RawIssue): IssueRecord {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? '',
    state: raw.state === 'closed' ? 'closed' : 'open',
    labels: (raw.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name ?? '')).filter(Boolean),
    assignees: (raw.assignees ?? []).map((a) => a.login),
    closedAt: raw.closed_at ?? null,
    url: raw.html_url,
    author: typeof raw.user?.login === 'string' && raw.user.login !== ''
      ? { login: raw.user.login, id: Number.isSafeInteger(raw.user.id) ? raw.user.id as number : null }
      : null,
  };
}

export function githubIssueTracker(client: GitHubClient, repository: RepositoryName): IssueTracker {
  const { owner, repo } = repository;
  const account = tokenAccount(client);
  return {
    account,
    async listByLabel(label) {
      const raw = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: label, state: 'all', sort: 'created', direction: 'asc', per_page: 100 });
      // The issues API lists pull requests too.
      return (raw as RawIssue[]).filter((i) => !i.pull_request).map(toRecord);
    },
    async open(issue) {
      const { data } = await client.rest.issues.create({ owner, repo, title: issue.title, body: issue.body, labels: issue.labels, assignees: issue.assignees, request: { retries: 0 } });
      return toRecord(data as RawIssue);
    },
    async edit(number, edit) {
      await client.rest.issues.update({
        owner, repo, issue_number: number,
        ...(edit.title !== undefined && { title: edit.title }),
        ...(edit.body !== undefined && { body: edit.body }),
        ...(edit.labels !== undefined && { labels: edit.labels }),
        ...(edit.state !== undefined && { state: edit.state }),
        ...(edit.stateReason !== undefined && { state_reason: edit.stateReason }),
      });
    },
    async comment(number, body) {
      await client.rest.issues.createComment({ owner, repo, issue_number: number, body });
    },
  };
}
