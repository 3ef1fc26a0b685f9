// What the night's corrective-action job leaves in the store for the site (store/action-issues.ts): for each
// subject, the issue it keeps after tonight's writes, with its number, state and assignees. Pure: the issues
// listed before the writes (GitHub's own answer: state and assignees as people left them) and what each write
// did. A failed write changes nothing; an opened issue brings GitHub's answer (its assignees); a close makes it
// closed; an update or a close carries the status its body now says.
//
// Which issue a subject keeps is the plan's rule (plan.ts): the open one (the newest, if people made two),
// else the newest closed one.

import type { IssueRecord } from '../github/issues.ts';
import type { ActionIssueRecord } from '../store/action-issues.ts';
import type { ApplyResult } from './apply.ts';
import { readMarker } from './issue-body.ts';

function recordOf(issue: IssueRecord, status: string, night: string): ActionIssueRecord {
  return { subject: readMarker(issue.body)!.subject, issue: issue.number, url: issue.url, state: issue.state, assignees: [...issue.assignees], status, night };
}

/** Each subject's issue after tonight's writes, as of `night` (the report's day). */
export function issueRecordsAfter(listed: readonly IssueRecord[], result: ApplyResult, night: string): ActionIssueRecord[] {
  const kept = new Map<string, ActionIssueRecord>();
  const byNumber = [...listed].sort((a, b) => b.number - a.number);
  for (const issue of byNumber) {
    const marker = readMarker(issue.body);
    if (!marker) continue;
    const current = kept.get(marker.subject);
    if (!current || (current.state === 'closed' && issue.state === 'open')) kept.set(marker.subject, recordOf(issue, marker.status, night));
  }
  for (const outcome of result.outcomes) {
    if (outcome.error) continue;
    const op = outcome.action.operation;
    if (op.kind === 'open') {
      if (outcome.issue === null || outcome.url === null) continue;
      kept.set(op.subject, {
        subject: op.subject, issue: outcome.issue, url: outcome.url, state: 'open',
        assignees: outcome.opened ? [...outcome.opened.assignees] : [], status: op.status, night,
      });
      continue;
    }
    const before = kept.get(op.subject);
    if (!before || before.issue !== op.issue) continue;
    kept.set(op.subject, { ...before, state: op.kind === 'close' ? 'closed' : before.state, status: op.status });
  }
  return [...kept.values()];
}
