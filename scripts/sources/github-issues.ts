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
// An issue deleted, transferred to another repository or turned into a discussion leaves those lists, so its ticket
// would stay open in the store for good. Each night the repository's open issues are listed too
// (`GET /repos/{o}/{r}/issues?state=open`, 100 a page) and their numbers kept in the cursor; an issue open last
// night, not open tonight and not changed in tonight's window is read (`GET /repos/{o}/{r}/issues/{n}`): a 404 or
// 410, or an answer from another repository (a transferred issue's 301 is followed), deletes its ticket. Per night
// that costs one request per hundred open issues and one per issue that left the open list unseen.
//
// An issue turned into a discussion is none of those: GitHub still answers it from this repository, closed and
// locked, with nothing naming the discussion (no 301, 404 or 410); only its `converted_to_discussion` event says so.
// That event deletes its ticket wherever it is read: in the window's repository events, in the events of an issue
// read whole, and in those of an issue that left the open list unseen and answers closed (one request more each).
// An issue reopened after its conversion is an issue again: of the two events, the later one decides.
//
// The request budget: Octokit's throttling plugin retries rate-limited requests; on top of it, while GitHub's
// `x-ratelimit-remaining` is at or below the share of the token's hourly limit kept for its other uses
// (1 − maxShare), nothing is sent until `x-ratelimit-reset`. A fatal answer stops every request at once.

import { createGitHubClient, describeGitHubError, type GitHubClient, type RateLimitWait } from '../github/client.ts';
import type { GitHubIssuesSourceSettings, TeamDefinition, Ticket } from '../model/model.ts';
import { terminationSignal } from '../model/run-termination.ts';
import { EMPTY_STORE, type StoredTicketReader } from '../store/stored-tickets.ts';
import { storageDayOf } from '../store/ticket-store.ts';
import { issueTicket, storedBefore, STATUS_EVENTS, type IssueMapping, type RawComment, type RawEvent, type RawIssue } from './github-timeline.ts';
import { foreignCursorError, futurePositionError, requiredEnv, storedPositionError, UpstreamError } from './helpdesk-http.ts';
import { batchOf, firstFetchStart, mapConcurrent, outcomeOf, type RecordOutcome } from './helpdesk-mapping.ts';
import { canonicalPosition, formatInstant, isFuturePosition, laterPosition, sentPosition, zonedInstantMs } from './instants.ts';
import { quotedValue } from './quoted-value.ts';
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

/** The issue event of an issue turned into a discussion: the issue leaves the helpdesk as a deleted one does. */
const CONVERTED = 'converted_to_discussion';
/** An issue reopened after its conversion is an issue again: only the later of the two says what it is. */
const REOPENED = 'reopened';

/** Issues mapped and yielded at a time. */
const BATCH = 100;
const HOUR_MS = 3_600_000;

interface Repository { owner: string; repo: string; name: string }

/**
 * Cursor: the newest `updated_at` stored, per repository, and the numbers of each repository's open issues last
 * night. Written as `{ "owner/repo": "<updated_at>", "open": { "owner/repo": [numbers] } }`: a repository's name
 * always holds a slash, so `open` is no repository, and a cursor written before it (no `open`) still reads, with
 * no open set yet (that night deletes nothing).
 */
interface IssuesCursor { updated: Record<string, string>; open: Record<string, number[]> }

const OPEN_KEY = 'open';

function readCursor(text: string | null, nowMs: number): IssuesCursor {
  if (text === null) return { updated: {}, open: {} };
  let shaped: IssuesCursor | null = null;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const { [OPEN_KEY]: open = {}, ...updated } = value as Record<string, unknown>;
      const openValid = typeof open === 'object' && open !== null && !Array.isArray(open) && Object.keys(open).every(isRepositoryKey) &&
        Object.values(open).every((numbers) => Array.isArray(numbers) && numbers.every((n) => Number.isSafeInteger(n) && n > 0));
      // Every other key names a repository (`owner/repo`): another source's cursor of strings alone (Freshdesk's
      // before its ratings had their own, `{"updatedSince": …}`) would otherwise read as one of a repository
      // named "updatedSince", and the night would start over from startDate with no open set, saying nothing.
      if (openValid && Object.entries(updated).every(([key, v]) => isRepositoryKey(key) && typeof v === 'string')) shaped = { updated: updated as Record<string, string>, open: open as Record<string, number[]> };
    }
  } catch { /* refused below */ }
  if (shaped === null) throw foreignCursorError('github-issues', text);
  // Each position in the one form it is sent in, whatever form an older version stored it in.
  const updated: Record<string, string> = {};
  for (const [name, at] of Object.entries(shaped.updated)) {
    const position = canonicalPosition(at);
    if (position === null) throw storedPositionError('github-issues', `the position of ${name}`, at, nowMs);
    if (isFuturePosition(Date.parse(position), nowMs)) throw futurePositionError('github-issues', `the position of ${name}`, position, nowMs);
    updated[name] = position;
  }
  return { updated, open: shaped.open };
}

/** The stored cursor for a backfill; null, said in the log, when it cannot be read (what --since is for). */
function readableCursor(text: string | null, nowMs: number, log: (line: string) => void): IssuesCursor | null {
  try {
    return readCursor(text, nowMs);
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    log('github-issues: the stored cursor cannot be read: this backfill starts without last night\'s open issues, so an issue that left since is not looked for');
    return null;
  }
}

/**
 * The cursor a backfill starts from: each repository read from `since`, but never from later than the stored cursor
 * stood (a --since past it would skip the issues changed between, which no later night reads), and last night's
 * open set. None of it when there is no cursor or it cannot be read.
 */
function backfillCursor(stored: IssuesCursor | null, since: string, read: ReadonlySet<string>, log: (line: string) => void): IssuesCursor {
  if (stored === null) return { updated: {}, open: {} };
  const updated: Record<string, string> = {};
  for (const [name, at] of Object.entries(stored.updated)) {
    // A repository no longer in the pipeline is not read tonight: its position stays, as a night keeps it, so that
    // put back it reads from there and not from startDate.
    if (!read.has(name)) { updated[name] = at; continue; }
    if (Date.parse(at) < Date.parse(since)) {
      updated[name] = at;
      log(`github-issues: ${name}: --since is after where the last fetch stopped: reading from ${at}, so no change between is skipped`);
    }
  }
  return { updated, open: stored.open };
}

/** The newest `updated_at` read, as the next cursor keeps it; an upstream that gave no instant cannot be read on from. */
function positionRead(boundary: string, name: string): string {
  const position = canonicalPosition(boundary);
  if (position === null) throw new UpstreamError(`github-issues: ${name}: the newest updated_at read is ${quotedValue(boundary, 40)}, which is not an instant: the cursor cannot move on from it`);
  return position;
}

/** A repository's name as the cursor keys it (`owner/repo`, pipeline.schema.json's pattern). */
function isRepositoryKey(key: string): boolean {
  return /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(key);
}

function writeCursor(cursor: IssuesCursor): string {
  return JSON.stringify({ ...cursor.updated, [OPEN_KEY]: cursor.open });
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
    storedPosition(cursorText) {
      try {
        // Only the repositories read tonight: another's position stays as it is.
        const { updated } = readCursor(cursorText, deps.now.getTime());
        const positions = repositories.flatMap((r) => updated[r.name] === undefined ? [] : [Date.parse(updated[r.name]!)]);
        return positions.length > 0 ? Math.min(...positions) : null;
      } catch (error) {
        if (error instanceof UpstreamError) return null;
        throw error;
      }
    },
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
      // A backfill (--since) reads every window from its own start, but last night's open set still says which issues
      // may have left since: dropped, the issues that left between last night and this run would stay open in the
      // store for good (the next night compares with tonight's open list only). A cursor too broken to read is what
      // --since is for: that run starts without an open set, and says so. A --since later than where a repository's
      // cursor stood reads from the cursor (backfillCursor).
      const lastCursor = options.since ? readableCursor(cursorText, nowMs, log) : readCursor(cursorText, nowMs);
      const cursor: IssuesCursor = options.since ? backfillCursor(lastCursor, formatInstant(firstFetchStart(settings.startDate, options.since, nowMs)), new Set(repositories.map((r) => r.name)), log) : lastCursor!;
      const agents = new Set<string>();
      if (settings.agents.teamMembers) for (const team of deps.teams) for (const handle of [...team.leads, ...team.members]) agents.add(handle.toLowerCase());
      const storedTickets = options.storedTickets ?? EMPTY_STORE;
      const next: IssuesCursor = { updated: { ...cursor.updated }, open: { ...cursor.open } };
      let total = 0;
      let comments = 0;
      let events = 0;
      try {
        for (const repository of repositories) {
          const since = cursor.updated[repository.name] ?? formatInstant(firstFetchStart(settings.startDate, options.since, nowMs));
          const ctx: RepositoryContext = {
            octokit, repository, stored: storedTickets, fatal, windowStartMs: Date.parse(since), perPage,
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
            const open = await readOpenIssues(ctx);
            const before = cursor.open[repository.name];
            // Open last night, not open tonight, and not in tonight's window: deleted, transferred or still here.
            const missing = before ? before.filter((n) => !open.numbers.has(n) && !window.issues.has(n)) : [];
            if (missing.length > 0) {
              const home = new Set([...open.repositoryUrls, ...[...window.issues.values()].map((issue) => issue.repository_url?.toLowerCase())]);
              const outcome = await readMissing(missing, home, ctx);
              for (const n of outcome.stillOpen) open.numbers.add(n);
              log(`github-issues: ${repository.name}: ${missing.length} issues left the open list unseen, ${outcome.deleted.length} of them gone (${meter.requests} requests)`);
              if (outcome.deleted.length > 0) yield { tickets: [], rejected: [], deleted: outcome.deleted };
            }
            next.open[repository.name] = [...open.numbers].sort((a, b) => a - b);
            // Never before where the last fetch stopped: a backfill from earlier that found nothing newer (an empty
            // window, or the newest issue since gone) would otherwise have the next night read the same stretch again.
            next.updated[repository.name] = laterPosition(positionRead(window.boundary, repository.name), lastCursor?.updated[repository.name]);
          } catch (error) {
            if (error instanceof UpstreamError) throw error;
            throw new UpstreamError(describeGitHubError(error, `github-issues: ${repository.name}`, settings.tokenEnv));
          }
        }
        return writeCursor(next);
      } finally {
        const usage: SourceUsage = {
          requests: meter.requests, exportRequests: 0, byKind: meter.byKind, changedTickets: total, accountLimit: meter.limit, limitWindow: 'hour',
          peakPerWindow: meter.peak, maxShare: settings.maxShare, exportLimit: null, waitedMs: meter.waitedMs,
          backfill: { fixed: 3 * repositories.length, perTicket: (1 + comments / Math.max(1, total) + events / Math.max(1, total)) / perPage, exportPerTicket: 0 },
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
  /** Issues of the window turned into a discussion within it. */
  converted: Set<number>;
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
    // In the canonical form of the position it is read from (text that is no instant stays: positionRead refuses it).
    key: (item) => ({ id: id(item), updated: canonicalPosition(item.updated_at) ?? String(item.updated_at ?? '') }),
    fetchPage: async (from, page) => {
      const items = await list(route, { ...extra, since: sentPosition(from), sort: 'updated', direction: 'asc', per_page: ctx.perPage, page }, `${what} page from ${from}`) as T[];
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
  // Per issue, the newest of its conversion and its reopening: an issue reopened after it was converted is here again.
  const fate = new Map<number, string>();
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
        if (number !== undefined && issues.has(number) && (event.event === CONVERTED || event.event === REOPENED) && !fate.has(number)) fate.set(number, event.event);
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
  const converted = new Set([...fate].filter(([, event]) => event === CONVERTED).map(([number]) => number));
  return { issues, comments, events, converted, boundary, commentCount, eventCount };
}

/** The numbers of the repository's open issues (pull requests left out), and the `repository_url` they give. */
async function readOpenIssues(ctx: RepositoryContext): Promise<{ numbers: Set<number>; repositoryUrls: Set<string> }> {
  const { octokit, repository } = ctx;
  const issues = await octokit.paginate('GET /repos/{owner}/{repo}/issues', { owner: repository.owner, repo: repository.repo, state: 'open', per_page: ctx.perPage }) as RawIssue[];
  if (!Array.isArray(issues)) throw new UpstreamError(`github-issues: ${repository.name} open issues is not a list`);
  const numbers = new Set<number>();
  const repositoryUrls = new Set<string>();
  for (const issue of issues) {
    if (issue.pull_request || typeof issue.number !== 'number') continue;
    numbers.add(issue.number);
    if (typeof issue.repository_url === 'string') repositoryUrls.add(issue.repository_url.toLowerCase());
  }
  return { numbers, repositoryUrls };
}

/**
 * Reads each issue that left the open list unseen: gone (404, 410) or answered from another repository (transferred:
 * GitHub's 301 is followed) deletes its ticket. This repository is the one its lists' issues name (`home`), or the
 * configured name: a renamed repository answers with its new name, and its issues must not read as transferred.
 * An issue that answers closed from here is gone too when its events say it was turned into a discussion. One still
 * here otherwise (closed in a race with the lists, or a pull request) is left to the nights' lists.
 */
async function readMissing(numbers: number[], home: Set<string | undefined>, ctx: RepositoryContext): Promise<{ deleted: string[]; stillOpen: number[] }> {
  const { octokit, repository, mapping } = ctx;
  const configured = `/repos/${repository.owner}/${repository.repo}`.toLowerCase();
  const answers = await mapConcurrent(numbers, mapping.settings.concurrency, async (n): Promise<'gone' | 'open' | 'here'> => {
    let issue: RawIssue;
    try {
      issue = (await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: repository.owner, repo: repository.repo, issue_number: n })).data as RawIssue;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 404 || status === 410) return 'gone';
      throw error;
    }
    const url = typeof issue?.repository_url === 'string' ? issue.repository_url.toLowerCase() : null;
    if (url !== null && !home.has(url) && !url.endsWith(configured)) return 'gone';
    if (issue.pull_request) return 'here';
    if (issue.state === 'open') return 'open';
    const events = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', { owner: repository.owner, repo: repository.repo, issue_number: n, per_page: ctx.perPage }) as RawEvent[];
    return convertedToDiscussion(events) ? 'gone' : 'here';
  }, ctx.fatal);
  return {
    deleted: numbers.filter((_, i) => answers[i] === 'gone').map((n) => mapping.idOf(n)),
    stillOpen: numbers.filter((_, i) => answers[i] === 'open'),
  };
}

/** Whether an issue's events (oldest first) end converted: converted, and not reopened since. */
function convertedToDiscussion(events: RawEvent[]): boolean {
  return Array.isArray(events) && events.findLast((event) => event?.event === CONVERTED || event?.event === REOPENED)?.event === CONVERTED;
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
    // Filed under the UTC day of its instant, not the day written (an offset near midnight is another day).
    const createdMs = zonedInstantMs(issue.created_at);
    if (createdMs === null) continue;
    const day = storageDayOf({ id: mapping.idOf(issue.number), created: formatInstant(createdMs) });
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
    if (window.converted.has(issue.number)) { outcomes[i] = { deleted: id }; return; }
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
    if (convertedToDiscussion(events)) return { deleted: mapping.idOf(issue.number) };
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
  const kindOf = (url: URL): string => {
    if (/\/issues\/\d+$/.test(url.pathname)) return 'issue';
    if (/\/issues$/.test(url.pathname) && url.searchParams.get('state') === 'open') return 'open issues';
    return kindOfPath(url.pathname);
  };
  const kindOfPath = (url: string): string => {
    if (/\/issues\/\d+\/comments/.test(url)) return 'issue comments';
    if (/\/issues\/\d+\/events/.test(url)) return 'issue events';
    if (/\/issues\/comments/.test(url)) return 'comments';
    if (/\/issues\/events/.test(url)) return 'events';
    return 'issues';
  };
  // The hooks see a request before its route is filled in: expand it for messages and counts.
  const urlOf = (request: Parameters<GitHubClient['request']['endpoint']['parse']>[0]) =>
    new URL(octokit.request.endpoint.parse(request).url, 'http://github.invalid');
  const pathOf = (request: Parameters<GitHubClient['request']['endpoint']['parse']>[0]) => urlOf(request).pathname;
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
    const kind = kindOf(urlOf(request));
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
      // An issue's own reads (`/issues/{n}`, its comments and events) find it deleted or transferred: not fatal.
      if (!(status === 404 || status === 410) || !/\/issues\/\d+(\/|$)/.test(pathOf(request))) fatal.abort(error);
    }
    throw error;
  });
  return meter;
}
