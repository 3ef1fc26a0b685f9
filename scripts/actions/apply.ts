// Carries out an action plan through the issue tracker, one operation at a time, and reports what happened.
// A failed call is reported, never thrown past here: the night's store and site were written by earlier jobs
// and stay as they are. Rate limits and 5xx were already retried by the client (client.ts).
//
// Never a duplicate: opening an issue is not retried by the client. When it fails without a clear "no"
// (a 5xx, a timeout, a dropped connection), the issue may exist all the same, so we list the issues again
// and look for its marker before saying it failed; the next night's plan finds it either way.

import { describeGitHubError } from '../github/client.ts';
import { printableExcerpt } from '../model/credential-redaction.ts';
import type { IssueRecord, IssueTracker } from '../github/issues.ts';
import { readMarker } from './issue-body.ts';
import { listOwnIssues } from './issue-ownership.ts';
import type { ActionPlan, PlannedAction } from './plan.ts';

export interface ActionOutcome {
  action: PlannedAction;
  /** The issue written, when known. */
  issue: number | null;
  url: string | null;
  /** Set when the operation failed (or was skipped after a failure that stops the night). */
  error: string | null;
  /** A note on how it went (assignees dropped, found after an error). */
  note: string | null;
  /** The issue as GitHub answered when this operation opened it (or found it after an error): its assignees. */
  opened?: IssueRecord;
}

export interface ApplyResult {
  outcomes: ActionOutcome[];
  /** Why the remaining operations were not tried, when a failure means every call would fail. */
  stopped: string | null;
}

const statusOf = (error: unknown) => (error as { status?: number }).status;

/** 401 (token), 403 (permission, or a rate limit that did not clear), 410 (issues disabled): every call would fail. */
function stopsTheNight(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || status === 403 || status === 410;
}

/** Whether the server may have done the write although we got no success answer. */
function mayHaveHappened(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

async function openIssue(tracker: IssueTracker, action: PlannedAction & { operation: { kind: 'open' } }, label: string): Promise<Omit<ActionOutcome, 'action'>> {
  const op = action.operation;
  try {
    const issue = await tracker.open({ title: op.title, body: op.body, labels: op.labels, assignees: op.assignees });
    return { issue: issue.number, url: issue.url, error: null, note: null, opened: issue };
  } catch (error) {
    // 422 with assignees: a lead who cannot be assigned in this repository. The issue was not made; open it
    // unassigned rather than not at all.
    if (statusOf(error) === 422 && op.assignees.length > 0) {
      const issue = await tracker.open({ title: op.title, body: op.body, labels: op.labels, assignees: [] });
      return { issue: issue.number, url: issue.url, error: null, note: `opened without assignees (GitHub refused ${op.assignees.join(', ')}: ${printableExcerpt((error as Error).message, 200)})`, opened: issue };
    }
    if (mayHaveHappened(error)) {
      const found = await findOpen(tracker, label, op.subject).catch(() => null);
      if (found) return { issue: found.number, url: found.url, error: null, note: `GitHub answered with an error but the issue exists (${describeGitHubError(error, 'open')})`, opened: found };
    }
    throw error;
  }
}

async function findOpen(tracker: IssueTracker, label: string, subject: string): Promise<IssueRecord | null> {
  const { ours: issues } = await listOwnIssues(tracker, label, (body) => readMarker(body) !== null);
  return issues.filter((i) => i.state === 'open' && readMarker(i.body)?.subject === subject).at(-1) ?? null;
}

async function carryOut(tracker: IssueTracker, action: PlannedAction, label: string): Promise<Omit<ActionOutcome, 'action'>> {
  const op = action.operation;
  switch (op.kind) {
    case 'open':
      return openIssue(tracker, action as PlannedAction & { operation: { kind: 'open' } }, label);
    case 'update':
      await tracker.edit(op.issue, { ...(op.title !== undefined && { title: op.title }), ...(op.labels !== undefined && { labels: op.labels }), body: op.body });
      if (op.comment) await tracker.comment(op.issue, op.comment);
      return { issue: op.issue, url: null, error: null, note: null };
    case 'close':
      // The comment first: if the close then fails, tomorrow's plan closes it again and comments again, which
      // is better than a silently closed issue.
      await tracker.comment(op.issue, op.comment);
      await tracker.edit(op.issue, { ...(op.title !== undefined && { title: op.title }), ...(op.labels !== undefined && { labels: op.labels }), body: op.body, state: 'closed', stateReason: op.reason });
      return { issue: op.issue, url: null, error: null, note: null };
  }
}

export async function applyPlan(plan: ActionPlan, tracker: IssueTracker, options: { label: string; log: (line: string) => void }): Promise<ApplyResult> {
  const outcomes: ActionOutcome[] = [];
  let stopped: string | null = null;
  for (const action of plan.actions) {
    if (stopped) {
      outcomes.push({ action, issue: null, url: null, error: 'not tried: an earlier call failed in a way every call would', note: null });
      continue;
    }
    try {
      const result = await carryOut(tracker, action, options.label);
      outcomes.push({ action, ...result });
      options.log(`${action.summary}: done${result.issue ? ` (#${result.issue})` : ''}${result.note ? `; ${result.note}` : ''}`);
    } catch (error) {
      const message = describeGitHubError(error, action.summary);
      outcomes.push({ action, issue: 'issue' in action.operation ? action.operation.issue : null, url: null, error: message, note: null });
      options.log(message);
      if (stopsTheNight(error)) stopped = message;
    }
  }
  return { outcomes, stopped };
}
