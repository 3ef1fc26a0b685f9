// Which corrective-action issues to open, update and close tonight: a pure function of the model, the report,
// the status log and the issues already on GitHub. `apply.ts` carries the plan out; `--dry-run` prints it.
//
// Decisions (README "Corrective actions"):
// - One issue per standard, found again by the hidden marker in its body (issue-body.ts), among the issues
//   carrying the first configured label. Never a second open issue for the same standard.
// - Opened when the standard is breached (and, if configured, at risk); assigned to the owning team's leads.
// - Updated each night: the body is rewritten in place. When the status changed since the issue last said
//   (the marker in its body), and only then, the title and the status label change with it (breached,
//   at-risk, met, no-data: whichever the night says) and a comment gives the figures (value, goal, budget).
// - The issue is about the breach: it closes (comment + close as completed) once the status log shows
//   `closeAfter` calendar nights without a breach: a spell of nights met, or at risk when at-risk standards
//   open no issue, up to tonight. A night without a run inside the spell counts (the nights on both sides
//   were without a breach, and tonight's window covers its tickets); a spell never starts on one. A night
//   with no data, or that needs an issue, ends the spell. Closing at risk says "recovered, still at risk".
//   While it recovers, the issue stays open and says how many nights are left.
// - Closed by hand while still breached: left closed for that breach. People close issues on purpose
//   ("handled elsewhere", "accepted"); reopening would fight them every night. A new issue opens only when a
//   new breach starts after the issue was closed (the standard recovered in between).
// - A standard that is no longer defined (renamed or deleted): its open issue gets a note and is closed as
//   not planned. A renamed standard gets a new issue under its new id if it is still breached.
// - Bounded writes: at most `maxWrites` issue writes a night, most urgent first (new breaches, status
//   changes, closes, new at-risk and review issues, then plain refreshes); the rest is listed as deferred.

import type { SopDefinition, StandardDefinition, StandardsModel } from '../model/model.ts';
import type { Report } from '../model/documents.generated.ts';
import type { IssueRecord } from '../github/issues.ts';
import { formatValue } from '../engine/report.ts';
import { formatPercentage } from '../model/values.ts';
import { budgetInWords } from '../publish/site-explain.ts';
import { standardNights, statusSince } from '../publish/site-status.ts';
import { nightsOf, spellOf, type LoggedStatus, type Spell, type StatusEntry } from '../store/status-log.ts';
import { dayText, issueTitle, markerOf, readMarker, reviewIssueBody, standardIssueBody, statusWords, type IssueStatus, type Subject } from './issue-body.ts';
import { inertCode, inertMarkdown } from '../publish/inert-markdown.ts';

type ReportStandard = Report['standards'][number];

export type ActionOperation =
  | { kind: 'open'; subject: Subject; status: IssueStatus; title: string; body: string; labels: string[]; assignees: string[] }
  | { kind: 'update'; subject: Subject; status: IssueStatus; issue: number; title?: string; labels?: string[]; body: string; comment: string | null }
  | { kind: 'close'; subject: Subject; status: IssueStatus; issue: number; title?: string; labels?: string[]; body: string; comment: string; reason: 'completed' | 'not_planned' };

export interface PlannedAction {
  operation: ActionOperation;
  /** 0 most urgent. */
  priority: number;
  /** Issue writes this operation makes. */
  writes: number;
  /** One line for logs and the job summary. */
  summary: string;
}

export interface ActionPlan {
  /** Carried out tonight, in order. */
  actions: PlannedAction[];
  /** Over tonight's write budget: done on a later night. */
  deferred: PlannedAction[];
  /** Decisions that make no write (an issue closed by hand, nothing changed). */
  notes: string[];
}

export interface PlanInput {
  model: StandardsModel;
  report: Pick<Report, 'now' | 'standards'>;
  statusLog: readonly StatusEntry[];
  /** Our issues carrying the first configured label (issue-ownership.ts: our marker, opened by the token's account). */
  issues: readonly IssueRecord[];
  /**
   * Subjects named by a labelled issue that cannot be told ours or not (who the token posts as is unknown): no issue
   * is opened for them tonight, as it may exist already (issue-ownership.ts).
   */
  withheld?: ReadonlySet<Subject>;
}

/** The label that says the issue's status; replaced by tonight's when the status changes. */
const STATUS_LABELS = ['breached', 'at-risk', 'met', 'no-data'];

const nights = (n: number) => `${n} ${n === 1 ? 'night' : 'nights'}`;
const moreNights = (n: number) => `${n} more ${n === 1 ? 'night' : 'nights'}`;

const PRIORITY = { openBreach: 0, statusChange: 1, close: 2, openOther: 3, refresh: 4 } as const;

interface OwnIssue { issue: IssueRecord; status: string }

function issuesBySubject(issues: readonly IssueRecord[]): Map<Subject, OwnIssue[]> {
  const map = new Map<Subject, OwnIssue[]>();
  for (const issue of issues) {
    const marker = readMarker(issue.body);
    if (!marker) continue;
    const list = map.get(marker.subject) ?? [];
    list.push({ issue, status: marker.status });
    map.set(marker.subject, list);
  }
  // Newest first; if two open issues ever exist (made by hand), the newest is the one we keep updating.
  for (const list of map.values()) list.sort((a, b) => b.issue.number - a.issue.number);
  return map;
}

function needsIssue(model: StandardsModel, status: string): boolean {
  const s = model.pipeline.actions;
  return (status === 'breached' && s.breached) || (status === 'at-risk' && s.atRisk);
}

/** A night without a breach, for closing: met, or at risk when at-risk standards open no issue. */
function withoutBreach(model: StandardsModel, status: LoggedStatus): boolean {
  return status === 'met' || (status === 'at-risk' && !needsIssue(model, status));
}

function assigneesOf(model: StandardsModel, owner: string): string[] {
  if (!model.pipeline.actions.assignLeads) return [];
  return [...(model.teams.find((t) => t.id === owner)?.leads ?? [])];
}

/** Tonight's figures in one sentence or two: value, goal, error budget, and the budget in tickets where it is a count. */
function figures(standard: StandardDefinition, result: ReportStandard | null): string {
  if (!result) return 'The standard is not in tonight\'s report.';
  const value = result.value === null ? 'No value (no tickets counted)' : formatValue(standard.metric, result.value);
  const budget = result.errorBudget === null
    ? 'no error budget (no data)'
    : result.errorBudget.remaining >= 0
      ? `${formatPercentage(result.errorBudget.remaining, 0)} of the error budget left`
      : `error budget overspent by ${formatPercentage(-result.errorBudget.remaining, 0)}`;
  const words = budgetInWords(standard.metric, result);
  return `${value} against a goal of ${inertMarkdown(result.goal.judged ?? result.goal.text)}, ${budget}.${words ? ` ${inertMarkdown(words)}` : ''}`;
}

function statusComment(from: string, to: string, today: string, standard: StandardDefinition, result: ReportStandard | null, note: string | undefined): string {
  return `Status changed from **${statusWords(from)}** to **${statusWords(to)}** on ${dayText(today)}: ${figures(standard, result)}${note ? ` ${note}` : ''}`;
}

const nightsAndRun = (spell: Spell) => `${nights(spell.nights)}${spell.withoutRun ? ` (${spell.withoutRun} of them without a run)` : ''}`;

function planStandard(input: PlanInput, standard: StandardDefinition, result: ReportStandard | null, existing: OwnIssue[], today: string, out: PlannedAction[], notes: string[]): void {
  const { model, statusLog } = input;
  const settings = model.pipeline.actions;
  const status = (result?.status ?? 'no-data') as IssueStatus;
  const subject: Subject = `standard/${standard.id}`;
  const open = existing.find((e) => e.issue.state === 'open');
  // What the issue body says of since when: every night known, as on the standard's page.
  const spell = statusSince(standardNights(statusLog, standard, result, model.pipeline.evaluation, today));
  // What decides: the log alone (and tonight's report).
  const logged = nightsOf(statusLog, standard.id, today, { tonight: result?.status ?? null });
  const ref = (n: number) => `#${n}`;
  const name = `${standard.id} (${status})`;
  const title = issueTitle(status, standard.title);
  const changed = open !== undefined && open.status !== status;
  // Title and status label change with the status, and only then: a title or labels people edited stay theirs.
  const relabel = (issue: IssueRecord) => (changed ? { title, labels: [...issue.labels.filter((l) => !STATUS_LABELS.includes(l)), status] } : {});

  if (needsIssue(model, status)) {
    const body = standardIssueBody({ model, standard, result, status, spell, today });
    if (open) {
      if (!changed && open.issue.body === body) { notes.push(`${name}: issue ${ref(open.issue.number)} already up to date`); return; }
      out.push({
        operation: { kind: 'update', subject, status, issue: open.issue.number, ...relabel(open.issue), body, comment: changed ? statusComment(open.status, status, today, standard, result, undefined) : null },
        priority: changed ? PRIORITY.statusChange : PRIORITY.refresh,
        writes: changed ? 2 : 1,
        summary: `update ${ref(open.issue.number)} for ${standard.id}${changed ? `: ${open.status} → ${status}` : ''}`,
      });
      return;
    }
    const latest = existing[0];
    const spellStart = spellOf(logged, (s) => needsIssue(model, s))?.since ?? today;
    if (latest?.issue.closedAt && latest.issue.closedAt.slice(0, 10) >= spellStart) {
      notes.push(`${name}: issue ${ref(latest.issue.number)} was closed on ${latest.issue.closedAt.slice(0, 10)} during this breach (since ${spellStart}); left closed, a new issue opens if it breaches again after recovering`);
      return;
    }
    out.push({
      operation: { kind: 'open', subject, status, title, body, labels: [...settings.labels, status], assignees: assigneesOf(model, standard.owner) },
      priority: status === 'breached' ? PRIORITY.openBreach : PRIORITY.openOther,
      writes: 1,
      summary: `open an issue for ${standard.id} (${status})`,
    });
    return;
  }

  if (!open) return;
  const recovery = spellOf(logged, (s) => withoutBreach(model, s));
  const stillAtRisk = status === 'at-risk';
  if (recovery && recovery.nights >= settings.closeAfterDays) {
    const recovered = stillAtRisk ? 'Recovered, still at risk' : 'Recovered';
    const body = standardIssueBody({ model, standard, result, status, spell, today, note: `${recovered}: no breach for ${nightsAndRun(recovery)}: closed.` });
    out.push({
      operation: {
        kind: 'close', subject, status, issue: open.issue.number, ...relabel(open.issue), body, reason: 'completed',
        comment: `${recovered}: no breach for ${nightsAndRun(recovery)}, since ${dayText(recovery.since)}; closing. ${figures(standard, result)}`,
      },
      priority: PRIORITY.close,
      writes: 2,
      summary: `close ${ref(open.issue.number)} for ${standard.id}: no breach for ${nights(recovery.nights)}${stillAtRisk ? ', still at risk' : ''}`,
    });
    return;
  }
  const note = recovery
    ? `Recovering${stillAtRisk ? ', still at risk' : ''}: no breach for ${nightsAndRun(recovery)}; this issue closes after ${moreNights(settings.closeAfterDays - recovery.nights)} without a breach.`
    : status === 'no-data' ? 'Not enough data tonight to judge the standard: the count of nights without a breach starts again once there is.' : undefined;
  const body = standardIssueBody({ model, standard, result, status, spell, today, note });
  if (!changed && open.issue.body === body) { notes.push(`${name}: issue ${ref(open.issue.number)} already up to date`); return; }
  out.push({
    operation: { kind: 'update', subject, status, issue: open.issue.number, ...relabel(open.issue), body, comment: changed ? statusComment(open.status, status, today, standard, result, note) : null },
    priority: changed ? PRIORITY.statusChange : PRIORITY.refresh,
    writes: changed ? 2 : 1,
    summary: `update ${ref(open.issue.number)} for ${standard.id}${changed ? `: ${open.status} → ${status}` : ''}`,
  });
}

function planReview(input: PlanInput, sop: SopDefinition, existing: OwnIssue[], today: string, out: PlannedAction[], notes: string[]): void {
  const { model } = input;
  const subject: Subject = `review/${sop.id}`;
  const open = existing.find((e) => e.issue.state === 'open');
  const overdue = sop.status === 'active' && sop.review.due < today;
  if (overdue && model.pipeline.actions.overdueReviews) {
    const body = reviewIssueBody(model, sop, 'overdue', today);
    if (open) {
      if (open.issue.body !== body) out.push({ operation: { kind: 'update', subject, status: 'overdue', issue: open.issue.number, body, comment: null }, priority: PRIORITY.refresh, writes: 1, summary: `update #${open.issue.number} for the review of ${sop.id}` });
      return;
    }
    const latest = existing[0];
    if (latest?.issue.closedAt && latest.issue.closedAt.slice(0, 10) >= sop.review.due) {
      notes.push(`review of ${sop.id}: issue #${latest.issue.number} was closed by hand while the review is overdue; left closed`);
      return;
    }
    out.push({
      operation: { kind: 'open', subject, status: 'overdue', title: issueTitle('overdue', sop.title), body, labels: [...model.pipeline.actions.labels, 'sop-review'], assignees: assigneesOf(model, sop.owner) },
      priority: PRIORITY.openOther, writes: 1, summary: `open an issue for the overdue review of ${sop.id}`,
    });
    return;
  }
  if (open && !overdue) {
    out.push({
      operation: { kind: 'close', subject, status: 'reviewed', issue: open.issue.number, body: reviewIssueBody(model, sop, 'reviewed', today), reason: 'completed', comment: `Review recorded on ${dayText(sop.review.last)}: closing.` },
      priority: PRIORITY.close, writes: 2, summary: `close #${open.issue.number}: ${sop.id} was reviewed`,
    });
  }
}

export function planActions(input: PlanInput): ActionPlan {
  const { model, report, issues } = input;
  const today = report.now.slice(0, 10);
  const bySubject = issuesBySubject(issues);
  const results = new Map(report.standards.map((r) => [r.id, r]));
  const planned: PlannedAction[] = [];
  const notes: string[] = [];

  for (const standard of model.standards) {
    planStandard(input, standard, results.get(standard.id) ?? null, bySubject.get(`standard/${standard.id}`) ?? [], today, planned, notes);
  }
  for (const sop of model.sops) planReview(input, sop, bySubject.get(`review/${sop.id}`) ?? [], today, planned, notes);

  // Subjects whose document is gone: close their open issues with a note.
  const standards = new Set(model.standards.map((s) => `standard/${s.id}`));
  const sops = new Set(model.sops.map((s) => `review/${s.id}`));
  for (const [subject, list] of bySubject) {
    if (standards.has(subject) || sops.has(subject)) continue;
    const open = list.find((e) => e.issue.state === 'open');
    if (!open) continue;
    const [kind, id] = subject.split('/') as [string, string];
    const what = kind === 'standard' ? 'standard' : 'SOP';
    const comment = `The ${what} ${inertCode(id)} is no longer defined in the standards (renamed or deleted), so this issue is closed. If it was renamed and is still missed, an issue opens under its new id.`;
    const body = `${markerOf(subject, 'deleted')}\n\n**No longer defined** as of ${dayText(today)}.\n\n${open.issue.body.replace(/<!-- service-standards:corrective-action [^>]*-->\n*/, '')}`;
    planned.push({ operation: { kind: 'close', subject, status: 'deleted', issue: open.issue.number, body, comment, reason: 'not_planned' }, priority: PRIORITY.close, writes: 2, summary: `close #${open.issue.number}: ${what} ${id} is no longer defined` });
  }

  const withheld = input.withheld ?? new Set<Subject>();
  const opening = planned.filter((p) => !(p.operation.kind === 'open' && withheld.has(p.operation.subject)));
  for (const p of planned) {
    if (!opening.includes(p)) notes.push(`${p.operation.subject}: not opened tonight: a labelled issue carries its marker, and whether it is ours cannot be told (which account this token posts as is unknown)`);
  }
  const ordered = opening.map((p, index) => ({ p, index })).sort((a, b) => a.p.priority - b.p.priority || a.index - b.index).map((x) => x.p);
  const actions: PlannedAction[] = [];
  const deferred: PlannedAction[] = [];
  let writes = 0;
  for (const action of ordered) {
    if (writes + action.writes <= model.pipeline.actions.maxWrites) {
      actions.push(action);
      writes += action.writes;
    } else {
      deferred.push(action);
    }
  }
  return { actions, deferred, notes };
}
