// One GitHub issue as a ticket: who is staff, what labels mean, and its status timeline from its events.
//
// Staff are the leads and members of the Team documents (GitHub handles) and authors whose `author_association`
// is in the configured set (default OWNER and MEMBER). Bots' comments are not replies. Status: closed → solved;
// open → pending / on-hold while a pending / on-hold label is on, else open. Priority, team and category come
// from labels.
//
// A ticket is built either from an issue's whole history (its own comments and events, read per issue) or from
// the stored ticket and what changed since the window began (the repository's comments and events since then):
// the timeline before the window is the stored one, and the issue's state at the window's start is its current
// state with the window's events undone, newest first.

import type { GitHubIssuesSourceSettings, Priority, Ticket, TicketStatus } from '../model/model.ts';
import { TicketRejection, assembleTicket, readInstant, ticketId, type TimelineParts } from './helpdesk-mapping.ts';
import { quotedJson } from './quoted-value.ts';

const PRIORITY_RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

export interface RawUser { login?: string; type?: string }
export interface RawIssue {
  number: number;
  created_at?: string;
  updated_at?: string;
  state?: string;
  comments?: number;
  user?: RawUser | null;
  author_association?: string;
  labels?: (string | { name?: string })[];
  pull_request?: unknown;
  /** The API address of the issue's repository: another repository's for an issue transferred away. */
  repository_url?: string;
}
export interface RawComment { id?: number; created_at?: string; updated_at?: string; user?: RawUser | null; author_association?: string; issue_url?: string }
export interface RawEvent { id?: number; event?: string; created_at?: string; label?: { name?: string } | null; issue?: { number?: number } | null }

/** The events that move an issue's status. */
export const STATUS_EVENTS = new Set(['closed', 'reopened', 'labeled', 'unlabeled']);

export interface IssueMapping {
  settings: GitHubIssuesSourceSettings;
  /** Team members' handles, lower-cased. */
  agents: ReadonlySet<string>;
  nowMs: number;
  idOf: (n: number) => string;
}

export function labelNames(issue: RawIssue): string[] {
  return (issue.labels ?? []).map((l) => typeof l === 'string' ? l : l.name ?? '').filter((l) => l !== '');
}

function isAgent(ctx: IssueMapping, user: RawUser | null | undefined, association: string | undefined): boolean {
  return (user?.login !== undefined && ctx.agents.has(user.login.toLowerCase())) || (association !== undefined && ctx.settings.agents.authorAssociations.includes(association));
}

function statusOf(ctx: IssueMapping, closed: boolean, on: ReadonlySet<string>): TicketStatus {
  if (closed) return 'solved';
  for (const l of on) if (ctx.settings.labels.pending.includes(l)) return 'pending';
  for (const l of on) if (ctx.settings.labels.onHold.includes(l)) return 'on-hold';
  return 'open';
}

/** What a stored timeline keeps from before the window; null when the ticket is new to the store. */
export interface StoredPart { replies: TimelineParts['replies']; statusChanges: TimelineParts['statusChanges'] }

/** The stored ticket's replies and status changes before `windowStartMs`: the window brings the rest. */
export function storedBefore(ticket: Ticket, windowStartMs: number): StoredPart {
  return {
    replies: ticket.replies.map((r) => ({ atMs: Date.parse(r.at), by: r.by })).filter((r) => r.atMs < windowStartMs),
    statusChanges: ticket.statusChanges.map((c) => ({ atMs: Date.parse(c.at), status: c.status })).filter((c) => c.atMs < windowStartMs),
  };
}

/**
 * The ticket of `issue` from its comments and status events. With `stored` (the timeline before `windowStartMs`),
 * the comments and events are those of the window; without it, the issue's whole history.
 */
export function issueTicket(issue: RawIssue, comments: readonly RawComment[], events: readonly RawEvent[], ctx: IssueMapping, stored: StoredPart | null, windowStartMs: number): Ticket {
  const { settings, nowMs } = ctx;
  const createdMs = readInstant(issue.created_at, 'created_at', nowMs);
  const updatedMs = readInstant(issue.updated_at, 'updated_at', nowMs);
  if (issue.state !== 'open' && issue.state !== 'closed') throw new TicketRejection(`state ${quotedJson(issue.state ?? null)} is neither open nor closed`);
  const labels = labelNames(issue);
  const lower = labels.map((l) => l.toLowerCase());
  let priority: Priority | null = null;
  for (const label of lower) {
    const p = settings.labels.priority[label];
    if (p && (priority === null || PRIORITY_RANK[p] > PRIORITY_RANK[priority])) priority = p;
  }
  const team = lower.map((l) => settings.labels.team[l]).find((t) => t !== undefined) ?? null;
  const category = lower.map((l) => settings.labels.category[l]).find((c) => c !== undefined) ?? null;

  const timeline = events
    .filter((e) => e.event !== undefined && STATUS_EVENTS.has(e.event))
    .map((e) => ({ e, atMs: readInstant(e.created_at, `${e.event} event created_at`, nowMs) }))
    .sort((a, b) => a.atMs - b.atMs);
  // The state before the first of these events: the current one with each undone, newest first.
  let closed = issue.state === 'closed';
  const on = new Set(lower);
  for (const { e } of [...timeline].reverse()) {
    const label = e.label?.name?.toLowerCase();
    if (e.event === 'closed') closed = false;
    else if (e.event === 'reopened') closed = true;
    else if (e.event === 'labeled' && label) on.delete(label);
    else if (e.event === 'unlabeled' && label) on.add(label);
  }
  const statusChanges: TimelineParts['statusChanges'] = stored ? [...stored.statusChanges] : [];
  if (statusChanges.length === 0) statusChanges.push({ atMs: createdMs, status: statusOf(ctx, closed, on) });
  for (const { e, atMs } of timeline) {
    const label = e.label?.name?.toLowerCase();
    if (e.event === 'closed') closed = true;
    else if (e.event === 'reopened') closed = false;
    else if (e.event === 'labeled' && label) on.add(label);
    else if (e.event === 'unlabeled' && label) on.delete(label);
    statusChanges.push({ atMs, status: statusOf(ctx, closed, on) });
  }

  const replies: TimelineParts['replies'] = stored ? [...stored.replies] : [];
  for (const comment of comments) {
    if (comment.user?.type === 'Bot') continue;
    const atMs = readInstant(comment.created_at, 'comment created_at', nowMs);
    // An older comment edited in the window is already in the stored timeline.
    if (stored && atMs < windowStartMs) continue;
    replies.push({ atMs, by: isAgent(ctx, comment.user, comment.author_association) ? 'agent' : 'customer' });
  }
  return assembleTicket({
    id: ticketId(ctx.idOf(issue.number)),
    createdMs, updatedMs, status: statusOf(ctx, issue.state === 'closed', new Set(lower)), priority: priority ?? settings.defaultPriority, channel: settings.channel,
    openedBy: isAgent(ctx, issue.user, issue.author_association) ? 'agent' : 'customer',
    team, category, tags: labels, replies, statusChanges, satisfaction: null,
  });
}
