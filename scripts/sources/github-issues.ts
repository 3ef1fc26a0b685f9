// GitHub Issues as a helpdesk: the issues of one or more support repositories, through the one GitHub client
// (Octokit with throttling and retry) and `paginate.iterator`, page by page. Issues come by `since` (state all,
// oldest update first); for each changed issue its comments (the replies) and its events (closed, reopened,
// labeled, unlabeled: the status timeline) are read whole, so each page yields complete tickets and memory
// follows one page. Pull requests, which the issues API also returns, are left out.
//
// Who is staff: the leads and members of the Team documents (GitHub handles), and authors whose
// `author_association` is in the configured set (default OWNER and MEMBER). Bots' comments are not replies.
// Status: closed → solved; open → pending / on-hold while a pending / on-hold label is on, else open.
// Priority, team and category come from labels. The cursor is, per repository, the newest `updated_at` seen.

import { createGitHubClient, describeGitHubError, type GitHubClient, type RateLimitWait } from '../github/client.ts';
import type { GitHubIssuesSourceSettings, Priority, TeamDefinition, Ticket, TicketStatus } from '../model/model.ts';
import { requiredEnv, UpstreamError } from './helpdesk-http.ts';
import { TicketRejection, assembleTicket, batchOf, firstFetchStart, mapConcurrent, outcomeOf, readInstant, ticketId, type RecordOutcome, type TimelineParts } from './helpdesk-mapping.ts';
import { formatInstant } from './instants.ts';
import type { FetchChangesOptions, TicketBatch, TicketSource } from './source.ts';

export interface GitHubIssuesSourceDeps {
  now: Date;
  env: Record<string, string | undefined>;
  teams: readonly TeamDefinition[];
  /** Client time scale and limits, for tests (see createGitHubClient). */
  millisecondsPerSecond?: number;
  requestTimeoutMs?: number;
  maxRetries?: number;
  onWait?: (wait: RateLimitWait) => void;
}

const PRIORITY_RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

interface Repository { owner: string; repo: string; name: string }

/** Cursor: the newest `updated_at` seen, per repository. */
type IssuesCursor = Record<string, string>;

function readCursor(text: string | null): IssuesCursor {
  if (text === null) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as IssuesCursor;
  } catch { /* refused below */ }
  throw new UpstreamError(`github-issues: the stored cursor is not one this source wrote (${JSON.stringify(text.slice(0, 40))}): fetch with --since to start again`);
}

export function createGitHubIssuesSource(settings: GitHubIssuesSourceSettings, deps: GitHubIssuesSourceDeps): TicketSource {
  const repositories: Repository[] = settings.repositories.map((name) => {
    const [owner, repo] = name.split('/') as [string, string];
    return { owner, repo, name };
  });
  const single = repositories.length === 1;
  return {
    type: 'github-issues',
    upstream: `github-issues:${settings.repositories.join('+')}`,
    async *fetchChanges(cursorText: string | null, options: FetchChangesOptions = {}): AsyncGenerator<TicketBatch, string, void> {
      const log = options.log ?? (() => {});
      const token = requiredEnv(deps.env, settings.tokenEnv, 'github-issues');
      const octokit = createGitHubClient({
        token, log, ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
        ...(deps.millisecondsPerSecond !== undefined ? { millisecondsPerSecond: deps.millisecondsPerSecond } : {}),
        ...(deps.requestTimeoutMs !== undefined ? { requestTimeoutMs: deps.requestTimeoutMs } : {}),
        ...(deps.maxRetries !== undefined ? { maxRetries: deps.maxRetries } : {}),
        ...(deps.onWait ? { onWait: deps.onWait } : {}),
      });
      // Octokit hands a 200 whose JSON does not parse over as text; a truncated page must fail, not read as no issues.
      octokit.hook.after('request', (response, request) => {
        const type = String(response.headers['content-type'] ?? '');
        if (typeof response.data === 'string' && type.includes('json')) {
          throw new UpstreamError(`github-issues: GitHub answered ${request.method} ${new URL(String(request.url), 'http://github.invalid').pathname} with a body that is not JSON (${response.data.length} bytes): a truncated page or not the API`);
        }
      });
      const nowMs = deps.now.getTime();
      const cursor = readCursor(options.since ? null : cursorText);
      const agents = new Set<string>();
      if (settings.agents.teamMembers) for (const team of deps.teams) for (const handle of [...team.leads, ...team.members]) agents.add(handle.toLowerCase());
      const next: IssuesCursor = { ...cursor };
      let total = 0;
      for (const repository of repositories) {
        const since = cursor[repository.name] ?? formatInstant(firstFetchStart(settings.startDate, options.since, nowMs));
        const ctx: IssueContext = { octokit, repository, settings, agents, nowMs, idOf: (n) => single ? String(n) : `${repository.owner}:${repository.repo}:${n}` };
        const seenPages = new Set<string>();
        let page = 0;
        try {
          const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
            owner: repository.owner, repo: repository.repo, state: 'all', since, sort: 'updated', direction: 'asc', per_page: 100,
          });
          for await (const response of pages) {
            page++;
            if (!Array.isArray(response.data)) throw new UpstreamError(`github-issues: ${repository.name} issues page ${page} is not a list of issues`);
            // Octokit follows the Link header; a server that links a page to itself would loop forever.
            if (seenPages.has(response.url)) throw new UpstreamError(`github-issues: ${repository.name} issues page ${page} links back to ${response.url}: stopping rather than looping`);
            seenPages.add(response.url);
            const issues = (response.data as unknown as RawIssue[]).filter((issue) => !issue.pull_request);
            const batch = await mapIssues(issues, ctx);
            for (const issue of response.data as unknown as RawIssue[]) {
              if (typeof issue.updated_at === 'string' && (next[repository.name] === undefined || issue.updated_at > next[repository.name]!)) next[repository.name] = issue.updated_at;
            }
            total += batch.tickets.length;
            log(`github-issues: ${repository.name} page ${page}: ${batch.tickets.length} issues${batch.rejected.length ? `, ${batch.rejected.length} rejected` : ''} (${total} so far)`);
            yield batch;
          }
        } catch (error) {
          if (error instanceof UpstreamError) throw error;
          throw new UpstreamError(describeGitHubError(error, `github-issues: ${repository.name}`, settings.tokenEnv));
        }
        next[repository.name] ??= since;
      }
      return JSON.stringify(next);
    },
  };
}

interface RawUser { login?: string; type?: string }
interface RawIssue {
  number: number;
  created_at?: string;
  updated_at?: string;
  state?: string;
  comments?: number;
  user?: RawUser | null;
  author_association?: string;
  labels?: (string | { name?: string })[];
  pull_request?: unknown;
}
interface RawComment { created_at?: string; user?: RawUser | null; author_association?: string }
interface RawEvent { event?: string; created_at?: string; label?: { name?: string } | null }

interface IssueContext {
  octokit: GitHubClient;
  repository: Repository;
  settings: GitHubIssuesSourceSettings;
  agents: Set<string>;
  nowMs: number;
  idOf: (n: number) => string;
}

async function mapIssues(issues: RawIssue[], ctx: IssueContext): Promise<TicketBatch> {
  const { octokit, repository } = ctx;
  const outcomes = await mapConcurrent(issues, ctx.settings.concurrency, async (issue): Promise<RecordOutcome> => {
    let comments: RawComment[] = [];
    let events: RawEvent[] = [];
    try {
      if ((issue.comments ?? 1) > 0) {
        comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: repository.owner, repo: repository.repo, issue_number: issue.number, per_page: 100 }) as RawComment[];
      }
      events = await octokit.paginate(octokit.rest.issues.listEvents, { owner: repository.owner, repo: repository.repo, issue_number: issue.number, per_page: 100 }) as RawEvent[];
    } catch (error) {
      // Deleted or transferred since the list was read.
      const status = (error as { status?: number }).status;
      if (status === 404 || status === 410) return { deleted: ctx.idOf(issue.number) };
      throw error;
    }
    return outcomeOf(`github-issues ${repository.name}#${issue.number}`, ctx.idOf(issue.number), () => mapIssue(issue, comments, events, ctx));
  });
  return batchOf(outcomes);
}

function labelNames(issue: RawIssue): string[] {
  return (issue.labels ?? []).map((l) => typeof l === 'string' ? l : l.name ?? '').filter((l) => l !== '');
}

function mapIssue(issue: RawIssue, comments: RawComment[], events: RawEvent[], ctx: IssueContext): Ticket {
  const { settings, nowMs, agents } = ctx;
  const isAgent = (user: RawUser | null | undefined, association: string | undefined): boolean =>
    (user?.login !== undefined && agents.has(user.login.toLowerCase())) || (association !== undefined && settings.agents.authorAssociations.includes(association));
  const createdMs = readInstant(issue.created_at, 'created_at', nowMs);
  const updatedMs = readInstant(issue.updated_at, 'updated_at', nowMs);
  const labels = labelNames(issue);
  const lower = labels.map((l) => l.toLowerCase());
  let priority: Priority | null = null;
  for (const label of lower) {
    const p = settings.labels.priority[label];
    if (p && (priority === null || PRIORITY_RANK[p] > PRIORITY_RANK[priority])) priority = p;
  }
  const team = lower.map((l) => settings.labels.team[l]).find((t) => t !== undefined) ?? null;
  const category = lower.map((l) => settings.labels.category[l]).find((c) => c !== undefined) ?? null;
  const pending = new Set(settings.labels.pending);
  const onHold = new Set(settings.labels.onHold);
  const statusOf = (closed: boolean, on: Set<string>): TicketStatus => {
    if (closed) return 'solved';
    for (const l of on) if (pending.has(l)) return 'pending';
    for (const l of on) if (onHold.has(l)) return 'on-hold';
    return 'open';
  };

  const timeline = events
    .filter((e) => e.event === 'closed' || e.event === 'reopened' || e.event === 'labeled' || e.event === 'unlabeled')
    .map((e) => ({ e, atMs: readInstant(e.created_at, `${e.event} event created_at`, nowMs) }))
    .sort((a, b) => a.atMs - b.atMs);
  let closed = false;
  const on = new Set<string>();
  const statusChanges: TimelineParts['statusChanges'] = [{ atMs: createdMs, status: 'open' }];
  for (const { e, atMs } of timeline) {
    const label = e.label?.name?.toLowerCase();
    if (e.event === 'closed') closed = true;
    else if (e.event === 'reopened') closed = false;
    else if (e.event === 'labeled' && label) on.add(label);
    else if (e.event === 'unlabeled' && label) on.delete(label);
    statusChanges.push({ atMs, status: statusOf(closed, on) });
  }
  if (issue.state !== 'open' && issue.state !== 'closed') throw new TicketRejection(`state ${JSON.stringify(issue.state ?? null)} is neither open nor closed`);
  const status = statusOf(issue.state === 'closed', new Set(lower));

  const replies: TimelineParts['replies'] = [];
  for (const comment of comments) {
    if (comment.user?.type === 'Bot') continue;
    replies.push({ atMs: readInstant(comment.created_at, 'comment created_at', nowMs), by: isAgent(comment.user, comment.author_association) ? 'agent' : 'customer' });
  }
  return assembleTicket({
    id: ticketId(ctx.idOf(issue.number)),
    createdMs, updatedMs, status, priority: priority ?? settings.defaultPriority, channel: settings.channel,
    openedBy: isAgent(issue.user, issue.author_association) ? 'agent' : 'customer',
    team, category, tags: labels, replies, statusChanges, satisfaction: null,
  });
}
