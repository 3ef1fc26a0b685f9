// SOP acknowledgement on GitHub, each night (README "SOP acknowledgement"):
// 1. Read: every open "Please read" issue's 👍 reactions and comments (`/ack` on a line of its own). A response
//    by a member of any Team document becomes an acknowledgement of that issue's version; a GitHub account
//    seen before under another login (renamed) keeps counting, and the job says to rename it in the Team
//    document; anyone else (a former member too, whose account is on record from before) is reported, never
//    recorded. An issue GitHub would not let us read (403, a 5xx after the client's retries) is reported and
//    left as it was: nothing is recorded from it and it is not closed tonight, and nothing recorded before is
//    removed.
// 2. Plan (pure): for every active SOP, the issue of the version in force: opened when there is none (unless
//    everyone has acknowledged already), its progress table rewritten when it changed, closed once everyone who
//    owes that version and is still a member has acknowledged it. Who owes it is counted as the report's section
//    and the sop_acknowledgement standard count them (engine/people-report.ts acknowledgementsOwed: joiners from
//    joining, a leaver only when it was due before they left), so the issue's table and the SOP page agree. An open issue of an older version is closed
//    as superseded, pointing at the new one; one of a retired or deleted SOP is closed as not planned.
// 3. Apply, in order (opens first, so the superseded issues can name the new one), within `maxWrites`.

import type { AcknowledgementRecord } from '../model/documents.generated.ts';
import type { StandardsModel } from '../model/model.ts';
import { peopleDirectory } from '../model/people.ts';
import type { PeopleRecords } from '../engine/people-records.ts';
import type { AcknowledgementDue } from '../engine/people-measures.ts';
import { acknowledgementsOwed, owedByTeam } from '../engine/people-report.ts';
import { describeGitHubError } from '../github/client.ts';
import type { IssueResponseReader } from '../github/issue-acknowledgements.ts';
import type { IssueRecord, IssueTracker } from '../github/issues.ts';
import { isAcknowledgementComment } from './acknowledgement-comment.ts';
import { acknowledgementBody, acknowledgementTitle, readAcknowledgementMarker, type TeamProgress } from './acknowledgement-body.ts';

export interface OwnAcknowledgementIssue { issue: IssueRecord; sop: string; version: number }

export function acknowledgementIssues(issues: readonly IssueRecord[]): OwnAcknowledgementIssue[] {
  return issues.flatMap((issue) => {
    const marker = readAcknowledgementMarker(issue.body);
    return marker ? [{ issue, ...marker }] : [];
  });
}

export interface ReadOutcome {
  /** Acknowledgements read tonight (members of some team, or accounts known under an older login). */
  incoming: AcknowledgementRecord[];
  /** Issues that could not be read, and why. */
  unread: { issue: number; sop: string; version: number; reason: string }[];
  /** Responses by people no Team document lists: not recorded. */
  outsiders: { issue: number; login: string; via: 'reaction' | 'comment' }[];
}

/** Step 1 (see the header): reads every open issue's responses. */
export async function readIssueAcknowledgements(model: StandardsModel, issues: readonly OwnAcknowledgementIssue[], responses: IssueResponseReader, stored: readonly AcknowledgementRecord[]): Promise<ReadOutcome> {
  const directory = peopleDirectory(model.teams);
  // A GitHub account on record under a login a Team document lists is a member renamed on GitHub since; one whose
  // logins on record no Team document lists any more has left the teams: a former member, counted as nobody.
  const loginsOnRecord = new Map<number, string[]>();
  for (const r of stored) {
    if (r.githubId !== undefined) loginsOnRecord.set(r.githubId, [...(loginsOnRecord.get(r.githubId) ?? []), ...(r.logins ?? [r.person])]);
  }
  const renamedMember = (userId: number) => (loginsOnRecord.get(userId) ?? []).some((login) => directory.find(login) !== null);
  const out: ReadOutcome = { incoming: [], unread: [], outsiders: [] };
  for (const own of issues) {
    if (own.issue.state !== 'open') continue;
    let reactions;
    let comments;
    try {
      reactions = await responses.thumbsUp(own.issue.number);
      comments = (await responses.comments(own.issue.number)).filter((c) => isAcknowledgementComment(c.body ?? ''));
    } catch (error) {
      out.unread.push({ issue: own.issue.number, sop: own.sop, version: own.version, reason: describeGitHubError(error, `reading the acknowledgements of #${own.issue.number}`) });
      continue;
    }
    for (const [via, list] of [['reaction', reactions], ['comment', comments]] as const) {
      for (const r of list) {
        const person = directory.find(r.login);
        if (person === null && !renamedMember(r.userId)) {
          out.outsiders.push({ issue: own.issue.number, login: r.login, via });
          continue;
        }
        out.incoming.push({ sop: own.sop, version: own.version, person: person?.key ?? r.login, at: new Date(r.at).toISOString().replace('.000Z', 'Z'), via, githubId: r.userId });
      }
    }
  }
  return out;
}

export type AcknowledgementOperation =
  | { kind: 'open'; sop: string; version: number; title: string; body: string; labels: string[] }
  | { kind: 'update'; sop: string; version: number; issue: number; body: string }
  | { kind: 'close'; sop: string; version: number; issue: number; body?: string; comment: string; reason: 'completed' | 'not_planned'; supersededBy?: { sop: string; version: number } };

export interface AcknowledgementPlan {
  operations: AcknowledgementOperation[];
  deferred: AcknowledgementOperation[];
  /** Per active SOP, the version in force and how far its following teams have got. */
  progress: { sop: string; version: number; teams: TeamProgress[]; issue: number | null }[];
}

export interface PlanInput {
  model: StandardsModel;
  issues: readonly OwnAcknowledgementIssue[];
  records: readonly AcknowledgementRecord[];
  /** When a version was published (ISO 8601), or null. */
  published: (sop: string, version: number) => string | null;
  /** Issues not read tonight: never closed tonight. */
  unread: ReadonlySet<number>;
  /**
   * What the report's acknowledgement section counts who owes a version with, besides `records` (engine/people-report.ts
   * acknowledgementsOwed): when each version was published and who was a member when (`people`), as of `nowMs`, and
   * when a leaver was due (`due`). Absent: no history, tonight's members and every record.
   */
  owing?: { people: Omit<PeopleRecords, 'acknowledgements'>; nowMs: number; due: AcknowledgementDue };
}

const WRITES = { open: 1, update: 1, close: 2 } as const;

/** Without history every member owes the version in force, and every record counts (no instant is later). */
const NO_HISTORY: NonNullable<PlanInput['owing']> = { people: { reviews: [], sopVersions: new Map() }, nowMs: Number.MAX_SAFE_INTEGER, due: () => false };

/** Step 2 (see the header). */
export function planAcknowledgementIssues(input: PlanInput): AcknowledgementPlan {
  const { model, issues } = input;
  const label = model.pipeline.actions.acknowledgementLabel ?? 'sop-acknowledgement';
  const opens: AcknowledgementOperation[] = [];
  const rest: AcknowledgementOperation[] = [];
  const progress: AcknowledgementPlan['progress'] = [];
  const active = model.sops.filter((s) => s.status === 'active');
  // Who owes each version in force, as the report's section and the standard count them (one rule: people-report.ts).
  const owing = input.owing ?? NO_HISTORY;
  const owed = acknowledgementsOwed(model, { ...owing.people, acknowledgements: input.records }, owing.nowMs, owing.due);
  for (const sop of active) {
    const version = owed.find((o) => o.sop === sop.id)!;
    const teams: TeamProgress[] = owedByTeam(version);
    const following = model.teams.filter((t) => version.teams.includes(t.id));
    const body = acknowledgementBody({ model, sop, version: sop.version, published: input.published(sop.id, sop.version), teams: following, progress: teams });
    const own = issues.filter((i) => i.sop === sop.id).sort((a, b) => b.issue.number - a.issue.number);
    const current = own.find((i) => i.version === sop.version) ?? null;
    progress.push({ sop: sop.id, version: sop.version, teams, issue: current?.issue.number ?? null });
    // Everyone who owes it and can still acknowledge it (a member tonight) has: one who left owing it cannot any more.
    const stillOwing = version.owed.filter((o) => o.member);
    const done = stillOwing.length > 0 && stillOwing.every((o) => o.acknowledged);
    if (current === null) {
      if (!done) opens.push({ kind: 'open', sop: sop.id, version: sop.version, title: acknowledgementTitle(sop, sop.version), body, labels: [label] });
    } else if (current.issue.state === 'open' && !input.unread.has(current.issue.number)) {
      if (done) {
        rest.push({ kind: 'close', sop: sop.id, version: sop.version, issue: current.issue.number, body, comment: `Everyone in the teams that follow this SOP has acknowledged version ${sop.version}: closing.`, reason: 'completed' });
      } else if (current.issue.body !== body) {
        rest.push({ kind: 'update', sop: sop.id, version: sop.version, issue: current.issue.number, body });
      }
    }
    for (const old of own.filter((i) => i.issue.state === 'open' && i.version < sop.version)) {
      rest.push({ kind: 'close', sop: sop.id, version: old.version, issue: old.issue.number, comment: `Version ${sop.version} supersedes version ${old.version}: closing. Please read and acknowledge version ${sop.version} instead.`, reason: 'not_planned', supersededBy: { sop: sop.id, version: sop.version } });
    }
  }
  const activeIds = new Set(active.map((s) => s.id));
  for (const own of issues) {
    if (own.issue.state !== 'open' || activeIds.has(own.sop)) continue;
    const sop = model.sops.find((s) => s.id === own.sop);
    const why = sop ? `The SOP is ${sop.status} now` : 'The SOP is no longer defined';
    rest.push({ kind: 'close', sop: own.sop, version: own.version, issue: own.issue.number, comment: `${why}: nothing to acknowledge; closing.`, reason: 'not_planned' });
  }
  const budget = model.pipeline.actions.maxWrites;
  const operations: AcknowledgementOperation[] = [];
  const deferred: AcknowledgementOperation[] = [];
  let used = 0;
  for (const op of [...opens, ...rest]) {
    if (used + WRITES[op.kind] <= budget) {
      operations.push(op);
      used += WRITES[op.kind];
    } else {
      deferred.push(op);
    }
  }
  return { operations, deferred, progress };
}

export function describeOperation(op: AcknowledgementOperation): string {
  switch (op.kind) {
    case 'open': return `open "Please read" for ${op.sop} v${op.version}`;
    case 'update': return `update the progress of ${op.sop} v${op.version} (#${op.issue})`;
    case 'close': return op.supersededBy ? `close ${op.sop} v${op.version} (#${op.issue}): superseded by v${op.supersededBy.version}` : `close ${op.sop} v${op.version} (#${op.issue}): ${op.reason === 'completed' ? 'everyone acknowledged' : 'nothing to acknowledge'}`;
  }
}

export interface AppliedOperation { operation: AcknowledgementOperation; issue: number | null; error: string | null }

const statusOf = (error: unknown) => (error as { status?: number }).status;

/** Step 3: carries the plan out; a failure is reported, never thrown; 401, 403 and 410 stop the rest. */
export async function applyAcknowledgementPlan(plan: AcknowledgementPlan, tracker: IssueTracker, log: (line: string) => void): Promise<AppliedOperation[]> {
  const opened = new Map<string, number>();
  const out: AppliedOperation[] = [];
  let stopped: string | null = null;
  for (const op of plan.operations) {
    if (stopped !== null) {
      out.push({ operation: op, issue: null, error: `not tried: ${stopped}` });
      continue;
    }
    try {
      let issue: number;
      if (op.kind === 'open') {
        issue = (await tracker.open({ title: op.title, body: op.body, labels: op.labels, assignees: [] })).number;
        opened.set(`${op.sop}\u0000${op.version}`, issue);
      } else if (op.kind === 'update') {
        await tracker.edit(op.issue, { body: op.body });
        issue = op.issue;
      } else {
        const successor = op.supersededBy ? opened.get(`${op.supersededBy.sop}\u0000${op.supersededBy.version}`) ?? plan.progress.find((p) => p.sop === op.supersededBy!.sop)?.issue ?? null : null;
        await tracker.comment(op.issue, successor ? `${op.comment} See #${successor}.` : op.comment);
        await tracker.edit(op.issue, { ...(op.body !== undefined && { body: op.body }), state: 'closed', stateReason: op.reason });
        issue = op.issue;
      }
      out.push({ operation: op, issue, error: null });
      log(`${describeOperation(op)}: done (#${issue})`);
    } catch (error) {
      const message = describeGitHubError(error, describeOperation(op));
      out.push({ operation: op, issue: op.kind === 'open' ? null : op.issue, error: message });
      log(message);
      const status = statusOf(error);
      if (status === 401 || status === 403 || status === 410) stopped = 'an earlier call failed in a way every call would';
    }
  }
  return out;
}
