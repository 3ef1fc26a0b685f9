// GitHub Issues as a helpdesk: the issues of one or more support repositories, through the one GitHub client
// (Octokit with throttling and retry). Per repository and night, three lists, each read from the stored cursor:
// - the issues updated since (`GET /repos/{o}/{r}/issues?state=all&since=&sort=updated&direction=asc`), paged by
//   time (time-paging.ts): each next page is asked for from the last `updated_at` stored, so an issue edited
//   mid-fetch is read again at its new place and none is skipped;
// - the repository's comments updated since (`GET /repos/{o}/{r}/issues/comments?since=`, 100 a page, by time);
// - the repository's issue events (`GET /repos/{o}/{r}/issues/events`, newest first), back to the cursor.
// The comments and events of the window are applied to the stored tickets (the store is the state): about three
// requests per hundred changed issues instead of two per issue. An issue older than the store (created before
// the window, not stored) is read whole, its own comments and events, once. Pull requests are left out.
//
// The request budget: Octokit's throttling plugin retries rate-limited requests; on top of it, while GitHub's
// `x-ratelimit-remaining` is at or below the share of the token's hourly limit kept for its other uses
// (1 − maxShare), nothing is sent until `x-ratelimit-reset`. A fatal answer stops every request at once.

import { createGitHubClient, describeGitHubError, type GitHubClient, type RateLimitWait } from '../github/client.ts';
import type { GitHubIssuesSourceSettings, TeamDefinition, Ticket } from '../model/model.ts';
import { terminationSignal } from '../model/run-termination.ts';
import { EMPTY_STORE, type StoredTicketReader } from '../store/stored-tickets.ts';
import { issueTicket, storedBefore, STATUS_EVENTS, type IssueMapping, type RawComment, type RawEvent, type RawIssue } from './github-timeline.ts';
import { requiredEnv, UpstreamError } from './helpdesk-http.ts';
import { batchOf, firstFetchStart, mapConcurrent, outcomeOf, type RecordOutcome } from './helpdesk-mapping.ts';
import { formatInstant } from './instants.ts';
import { realClock, type BudgetClock } from './request-budget.ts';
import type { FetchChangesOptions, SourceUsage, TicketBatch, TicketSource } from './source.ts';
import { pagesByTime } from './time-paging.ts';

export interface GitHubIssuesSourceDeps {
  now: Date;
  env: Record<string, string | undefined>;
  teams: readonly TeamDefinition[];
  /** Client time scale and limits, for tests (see createGitHubClient). */
  millisecondsPerSecond?: number;
  requestTimeoutMs?: number;
  maxRetries?: number;
  onWait?: (wait: RateLimitWait) => void;
  /** The clock the rate-limit floor waits by. Default the real one. */
  clock?: BudgetClock;
  /** Items a page (GitHub's maximum and our default is 100). */
  perPage?: number;
}

/** Issues mapped and yielded at a time. */
const BATCH = 100;
const HOUR_MS = 3_600_000;

interface Repository { owner: string; repo: string; name: string }

/** Cursor: the newest `updated_at` stored, per repository. */
type IssuesCursor = Record<string, string>;

function readCursor(text: string | null): IssuesCursor {
  if (text === null) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) return value as IssuesCursor;
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
    createdFixed: true,
    async *fetchChanges(cursorText: string | null, options: FetchChangesOptions = {}): AsyncGenerator<TicketBatch, string, void> {
      const log = options.log ?? (() => {});
      const token = requiredEnv(deps.env, settings.tokenEnv, 'github-issues');
      const clock = deps.clock ?? realClock;
      // Aborted by the first fatal answer (meterRequests, mapConcurrent): the client then ends the requests the
      // other workers have in flight and their waits before a retry, instead of letting them run to a timeout.
      const fatal = new AbortController();
      const octokit = createGitHubClient({
        token, log, signal: fatal.signal, ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
        ...(deps.millisecondsPerSecond !== undefined ? { millisecondsPerSecond: deps.millisecondsPerSecond } : {}),
        ...(deps.requestTimeoutMs !== undefined ? { requestTimeoutMs: deps.requestTimeoutMs } : {}),
        ...(deps.maxRetries !== undefined ? { maxRetries: deps.maxRetries } : {}),
        ...(deps.onWait ? { onWait: deps.onWait } : {}),
      });
      const meter = meterRequests(octokit, settings, clock, fatal, log);
      const nowMs = deps.now.getTime();
      const perPage = deps.perPage ?? 100;
      const cursor = readCursor(options.since ? null : cursorText);
      const agents = new Set<string>();
      if (settings.agents.teamMembers) for (const team of deps.teams) for (const handle of [...team.leads, ...team.members]) agents.add(handle.toLowerCase());
      const stored = options.storedTickets ?? EMPTY_STORE;
      const next: IssuesCursor = { ...cursor };
      let total = 0;
      let comments = 0;
      let events = 0;
      try {
        for (const repository of repositories) {
          const since = cursor[repository.name] ?? formatInstant(firstFetchStart(settings.startDate, options.since, nowMs));
          const ctx: RepositoryContext = {
            octokit, repository, stored, fatal, windowStartMs: Date.parse(since), perPage,
            mapping: { settings, agents, nowMs, idOf: (n) => single ? String(n) : `${repository.owner}:${repository.repo}:${n}` },
          };
          try {
            const window = await readWindow(ctx, since, log);
            comments += window.commentCount;
            events += window.eventCount;
            const issues = [...window.issues.values()];
            for (let i = 0; i < issues.length; i += BATCH) {
              const batch = await mapIssues(issues.slice(i, i + BATCH), window, ctx);
              total += batch.tickets.length;
              log(`github-issues: ${repository.name}: ${batch.tickets.length} issues${batch.rejected.length ? `, ${batch.rejected.length} rejected` : ''} (${total} so far, ${meter.requests} requests)`);
              yield batch;
            }
            next[repository.name] = window.boundary;
          } catch (error) {
            if (error instanceof UpstreamError) throw error;
            throw new UpstreamError(describeGitHubError(error, `github-issues: ${repository.name}`, settings.tokenEnv));
          }
        }
        return JSON.stringify(next);
      } finally {
        const usage: SourceUsage = {
          requests: meter.requests, exportRequests: 0, byKind: meter.byKind, changedTickets: total, accountLimit: meter.limit, limitWindow: 'hour',
          peakPerWindow: meter.peak, maxShare: settings.maxShare, exportLimit: null, waitedMs: meter.waitedMs,
          backfill: { fixed: 2 * repositories.length, perTicket: (1 + comments / Math.max(1, total) + events / Math.max(1, total)) / perPage, exportPerTicket: 0 },
        };
        options.usage?.(usage);
      }
    },
  };
}

interface RepositoryContext {
  octokit: GitHubClient;
  repository: Repository;
  stored: StoredTicketReader;
  fatal: AbortController;
  /** Where tonight's window of comments and events begins: the stored timeline holds what came before. */
  windowStartMs: number;
  perPage: number;
  mapping: IssueMapping;
}

/** One night of a repository: the issues changed, and the window's comments and status events by issue. */
interface Window {
  issues: Map<number, RawIssue>;
  comments: Map<number, RawComment[]>;
  events: Map<number, RawEvent[]>;
  /** The newest `updated_at` of the issues read: the next cursor. */
  boundary: string;
  commentCount: number;
  eventCount: number;
}

async function readWindow(ctx: RepositoryContext, since: string, log: (line: string) => void): Promise<Window> {
  const { octokit, repository } = ctx;
  const base = { owner: repository.owner, repo: repository.repo };
  const list = async (route: string, params: Record<string, unknown>, what: string): Promise<unknown[]> => {
    const response = await octokit.request(route, { ...base, ...params });
    if (!Array.isArray(response.data)) throw new UpstreamError(`github-issues: ${repository.name} ${what} is not a list`);
    return response.data;
  };
  const timePaged = <T extends { updated_at?: string }>(route: string, what: string, extra: Record<string, unknown>, id: (item: T) => string) => pagesByTime<T>({
    from: since, what: `github-issues: ${repository.name} ${what}`, maxPagesAtOneInstant: 100, fail: (message) => new UpstreamError(message),
    key: (item) => ({ id: id(item), updated: String(item.updated_at ?? '') }),
    fetchPage: async (from, page) => {
      const items = await list(route, { ...extra, since: from, sort: 'updated', direction: 'asc', per_page: ctx.perPage, page }, `${what} page from ${from}`) as T[];
      return { items, full: items.length >= ctx.perPage };
    },
  });

  const issues = new Map<number, RawIssue>();
  const issueList = timePaged<RawIssue>('GET /repos/{owner}/{repo}/issues', 'issues', { state: 'all' }, (issue) => String(issue.number));
  let boundary = since;
  for (;;) {
    const step = await issueList.next();
    if (step.done) { boundary = step.value; break; }
    for (const issue of step.value) if (!issue.pull_request && typeof issue.number === 'number') issues.set(issue.number, issue);
  }

  const comments = new Map<number, RawComment[]>();
  let commentCount = 0;
  if (issues.size > 0) {
    const seen = new Set<number>();
    for await (const page of timePaged<RawComment>('GET /repos/{owner}/{repo}/issues/comments', 'comments', {}, (c) => String(c.id))) {
      for (const comment of page) {
        const number = Number(/\/issues\/(\d+)$/.exec(comment.issue_url ?? '')?.[1]);
        // An issue updated after the issues were listed is read with its comments on the next night.
        if (!issues.has(number)) continue;
        if (typeof comment.id === 'number') {
          if (seen.has(comment.id)) { replaceComment(comments, number, comment); continue; }
          seen.add(comment.id);
        }
        commentCount++;
        let list = comments.get(number);
        if (!list) { list = []; comments.set(number, list); }
        list.push(comment);
      }
    }
  }

  // Issue events come newest first and have no `since`: read back until one is older than the window.
  const events = new Map<number, RawEvent[]>();
  let eventCount = 0;
  if (issues.size > 0) {
    const seen = new Set<number>();
    for (let page = 1; ; page++) {
      const data = await list('GET /repos/{owner}/{repo}/issues/events', { per_page: ctx.perPage, page }, `issue events page ${page}`) as RawEvent[];
      let older = false;
      for (const event of data) {
        const at = Date.parse(event.created_at ?? '');
        if (at < ctx.windowStartMs) { older = true; continue; }
        // A page shifted by new events repeats some: each counts once.
        if (typeof event.id === 'number') { if (seen.has(event.id)) continue; seen.add(event.id); }
        const number = event.issue?.number;
        if (number === undefined || !issues.has(number) || event.event === undefined || !STATUS_EVENTS.has(event.event)) continue;
        eventCount++;
        let list = events.get(number);
        if (!list) { list = []; events.set(number, list); }
        list.push(event);
      }
      if (older || data.length < ctx.perPage) break;
      if (page > 10_000) throw new UpstreamError(`github-issues: ${repository.name} issue events did not reach ${formatInstant(ctx.windowStartMs)} after 10,000 pages`);
    }
  }
  log(`github-issues: ${repository.name}: ${issues.size} changed issues, ${commentCount} comments and ${eventCount} status events since ${since}`);
  return { issues, comments, events, boundary, commentCount, eventCount };
}

function replaceComment(comments: Map<number, RawComment[]>, number: number, comment: RawComment): void {
  const list = comments.get(number);
  const i = list?.findIndex((c) => c.id === comment.id) ?? -1;
  if (list && i >= 0) list[i] = comment;
}

async function mapIssues(issues: RawIssue[], window: Window, ctx: RepositoryContext): Promise<TicketBatch> {
  const { octokit, repository, mapping } = ctx;
  // The stored tickets of these issues, from the day each was created.
  const byDay = new Map<string, Set<string>>();
  for (const issue of issues) {
    const day = issue.created_at?.slice(0, 10);
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    let ids = byDay.get(day);
    if (!ids) { ids = new Set(); byDay.set(day, ids); }
    ids.add(mapping.idOf(issue.number));
  }
  const stored = new Map<string, Ticket>();
  for (const [day, ids] of byDay) for (const [id, t] of await ctx.stored.inDay(day, ids)) stored.set(id, t);

  const whole: number[] = [];
  const outcomes: RecordOutcome[] = [];
  issues.forEach((issue, i) => {
    const id = mapping.idOf(issue.number);
    const ticket = stored.get(id);
    const created = Date.parse(issue.created_at ?? '');
    // Older than the store: the window holds only the end of its history, so it is read whole.
    if (!ticket && created < ctx.windowStartMs) { whole.push(i); return; }
    outcomes[i] = outcomeOf(`github-issues ${repository.name}#${issue.number}`, id, () =>
      issueTicket(issue, window.comments.get(issue.number) ?? [], window.events.get(issue.number) ?? [], mapping, ticket ? storedBefore(ticket, ctx.windowStartMs) : null, ctx.windowStartMs));
  });
  const base = { owner: repository.owner, repo: repository.repo };
  const read = await mapConcurrent(whole.map((i) => issues[i]!), mapping.settings.concurrency, async (issue): Promise<RecordOutcome> => {
    let comments: RawComment[] = [];
    let events: RawEvent[] = [];
    try {
      if ((issue.comments ?? 1) > 0) comments = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...base, issue_number: issue.number, per_page: ctx.perPage }) as RawComment[];
      events = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { ...base, issue_number: issue.number, per_page: ctx.perPage }) as RawEvent[];
    } catch (error) {
      // Deleted or transferred since the list was read.
      const status = (error as { status?: number }).status;
      if (status === 404 || status === 410) return { deleted: mapping.idOf(issue.number) };
      throw error;
    }
    return outcomeOf(`github-issues ${repository.name}#${issue.number}`, mapping.idOf(issue.number), () => issueTicket(issue, comments, events, mapping, null, ctx.windowStartMs));
  }, ctx.fatal);
  whole.forEach((i, k) => { outcomes[i] = read[k]!; });
  return batchOf(outcomes);
}

/** Counts requests by what they read, keeps to the share of the hourly limit, and stops everything once one fails for good. */
function meterRequests(octokit: GitHubClient, settings: GitHubIssuesSourceSettings, clock: BudgetClock, fatal: AbortController, log: (line: string) => void) {
  const meter = { requests: 0, byKind: {} as Record<string, number>, limit: null as number | null, peak: 0, waitedMs: 0 };
  const sent: number[] = [];
  let holdUntil = 0;
  const kindOf = (url: string): string => {
    if (/\/issues\/\d+\/comments/.test(url)) return 'issue comments';
    if (/\/issues\/\d+\/events/.test(url)) return 'issue events';
    if (/\/issues\/comments/.test(url)) return 'comments';
    if (/\/issues\/events/.test(url)) return 'events';
    return 'issues';
  };
  // The hooks see a request before its route is filled in: expand it for messages and counts.
  const pathOf = (request: Parameters<GitHubClient['request']['endpoint']['parse']>[0]) =>
    new URL(octokit.request.endpoint.parse(request).url, 'http://github.invalid').pathname;
  // A fatal answer to another request (or SIGTERM) ends a hold at once: the fetch fails with that answer, and no
  // timer is left to keep the process up until the reset.
  const stop = AbortSignal.any([fatal.signal, terminationSignal]);
  octokit.hook.before('request', async (request) => {
    stop.throwIfAborted();
    const wait = holdUntil - clock.now();
    if (wait > 0) {
      const from = clock.now();
      await clock.sleep(wait, stop).catch(() => {});
      meter.waitedMs += clock.now() - from;
      stop.throwIfAborted();
    }
    const now = clock.now();
    sent.push(now);
    while (sent.length > 0 && sent[0]! <= now - HOUR_MS) sent.shift();
    meter.peak = Math.max(meter.peak, sent.length);
    meter.requests++;
    const kind = kindOf(pathOf(request));
    meter.byKind[kind] = (meter.byKind[kind] ?? 0) + 1;
  });
  octokit.hook.after('request', (response, request) => {
    // Octokit hands a 200 whose JSON does not parse over as text; a truncated page must fail, not read as no issues.
    const type = String(response.headers['content-type'] ?? '');
    if (typeof response.data === 'string' && type.includes('json')) {
      throw new UpstreamError(`github-issues: GitHub answered ${request.method} ${pathOf(request)} with a body that is not JSON (${response.data.length} bytes): a truncated page or not the API`);
    }
    const limit = Number(response.headers['x-ratelimit-limit']);
    const remaining = Number(response.headers['x-ratelimit-remaining']);
    const reset = Number(response.headers['x-ratelimit-reset']);
    if (Number.isFinite(limit) && limit > 0) meter.limit = limit;
    if (Number.isFinite(limit) && Number.isFinite(remaining) && Number.isFinite(reset) && remaining <= limit * (1 - settings.maxShare)) {
      // GitHub's limit resets every hour: a reset said to be further off (a proxy's header, a clock far behind) is
      // not waited for past an hour, or the fetch would sleep for as long as it says, a day, until the runner kills it.
      const until = Math.min(reset * 1000, clock.now() + HOUR_MS);
      if (until > holdUntil) {
        holdUntil = until;
        log(`github-issues: the token has ${remaining} of its ${limit} requests left this hour, no more than the ${Math.round((1 - settings.maxShare) * 100)}% kept for its other uses; waiting until ${formatInstant(Math.floor(until / 1000) * 1000)}`);
      }
    }
  });
  octokit.hook.error('request', (error, request) => {
    const status = (error as { status?: number }).status;
    // A refused token or a missing repository ends the fetch: nothing else is sent.
    if (status === 401 || status === 403 || status === 404 || status === 410 || error instanceof UpstreamError) {
      if (!(status === 404 || status === 410) || !/\/issues\/\d+\//.test(pathOf(request))) fatal.abort(error);
    }
    throw error;
  });
  return meter;
}
