// Which labelled issues the nightly job may treat as its own. A label proves nothing: anyone with triage access can
// put it on any issue, and an issue template can put it on a stranger's new issue. Nor does our hidden marker alone:
// anyone can write it. An issue is ours when it starts with our marker (issue-body.ts, acknowledgement-body.ts:
// every body we write does) AND was opened by the account the token posts as (github/token-account.ts, the same
// question the sticky review comment asks). Anything else is left alone: never edited, commented on or closed, and
// never read for acknowledgements. One carrying our marker is said in the log (by number and author only: its
// text is not ours to print).
//
// When GitHub does not say who the token is (token-account.ts answers null), no issue can be proved ours. Then none
// is written to, and a subject whose marked issue exists is not opened again either: it may be the one this job
// opened on an earlier night, and opening would add a duplicate every night the question stays unanswered. Only a
// subject that no labelled issue names gets an issue. The cost: a stranger's marked issue holds back that subject's
// issue until GitHub answers the question again, which the log says each night.

import type { IssueRecord, IssueTracker, TokenAccount } from '../github/issues.ts';
import { isByAccount } from '../github/token-account.ts';
import { printableExcerpt } from '../model/credential-redaction.ts';

export interface IssueOwnership {
  /** Ours: our marker at their start, opened by the token's account. Oldest first, as listed. */
  ours: IssueRecord[];
  /** Our marker at their start, opened by another account: left alone. */
  strangers: IssueRecord[];
  /** Our marker at their start, while who the token posts as is unknown: left alone, and their subjects not opened again. */
  unattributed: IssueRecord[];
  /** The token's account, when it was asked (only when some issue carries the marker) and GitHub said. */
  account: TokenAccount | null;
}

/** Sorts the labelled issues by author (pure). `account` null: GitHub did not say who the token is. */
export function sortIssuesByAuthor(issues: readonly IssueRecord[], account: TokenAccount | null, isMarked: (body: string) => boolean): IssueOwnership {
  const marked = issues.filter((issue) => isMarked(issue.body));
  if (account === null) return { ours: [], strangers: [], unattributed: marked, account };
  const ours = marked.filter((issue) => issue.author !== null && isByAccount(issue.author, account));
  return { ours, strangers: marked.filter((issue) => !ours.includes(issue)), unattributed: [], account };
}

/** The issues carrying `label`, sorted by author; the token's account is asked only when one carries the marker. */
export async function listOwnIssues(tracker: IssueTracker, label: string, isMarked: (body: string) => boolean): Promise<IssueOwnership> {
  const issues = await tracker.listByLabel(label);
  if (!issues.some((issue) => isMarked(issue.body))) return { ours: [], strangers: [], unattributed: [], account: null };
  return sortIssuesByAuthor(issues, await tracker.account(), isMarked);
}

const quoted = (text: string) => JSON.stringify(printableExcerpt(text, 60));

/** What the log says of the issues left alone, one line each (`what`: "corrective-action", "\"Please read\""). */
export function ownershipLines(ownership: IssueOwnership, what: string): string[] {
  const lines: string[] = [];
  const me = ownership.account ? quoted(ownership.account.login) : null;
  for (const issue of ownership.strangers) {
    lines.push(`#${issue.number} carries the ${what} label and marker but was opened by ${issue.author ? quoted(issue.author.login) : 'a deleted account'}, not by this token's account ${me}: left alone (not edited, commented on or closed)`);
  }
  if (ownership.unattributed.length > 0) {
    const numbers = ownership.unattributed.map((issue) => `#${issue.number}`).join(', ');
    lines.push(`which account this token posts as is unknown (GitHub's GET /user and GraphQL viewer did not say): ${numbers} ${ownership.unattributed.length === 1 ? 'carries' : 'carry'} the ${what} marker and may not be ours, so no issue is edited or closed tonight, and none is opened for ${ownership.unattributed.length === 1 ? 'its subject' : 'their subjects'}`);
  }
  return lines;
}
