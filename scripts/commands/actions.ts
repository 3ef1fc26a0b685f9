// `standards actions [--dry-run]`: opens, updates and closes the corrective-action issues from the report and
// the status log in the store. Runs in its own nightly job with `issues: write` and nothing else; it reads
// the report and the status log the measure job left (as an artifact or on the store branch) and writes
// to disk only the job summary and, after its writes, each subject's issue (number, state, assignees) into
// <store>/action-issues.ndjson, which the next night's site shows (store/action-issues.ts).
//
// --dry-run prints the plan and makes no write. With a token it still reads the existing issues (so the plan is
// tonight's real one); without one it plans as if no issue existed yet.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatFindings, hasErrors } from '../model/findings.ts';
import { createGitHubClient, describeGitHubError } from '../github/client.ts';
import { githubIssueTracker, parseRepository, type IssueRecord, type IssueTracker } from '../github/issues.ts';
import { applyPlan, type ApplyResult } from '../actions/apply.ts';
import { planActions, type ActionPlan } from '../actions/plan.ts';
import { formatActionsSummary } from '../actions/summary.ts';
import { issueRecordsAfter } from '../actions/issue-records.ts';
import { readMarker, type Subject } from '../actions/issue-body.ts';
import { listOwnIssues, ownershipLines } from '../actions/issue-ownership.ts';
import { openActionIssues, type ActionIssueRecord } from '../store/action-issues.ts';
import { parseReport } from '../publish/site-data.ts';
import { nodeStoreFileSystem } from '../store/atomic-write.ts';
import { finishCommittedFetches } from '../store/committed-fetches.ts';
import { openStatusLog } from '../store/status-log.ts';
import { acquireStoreLock } from '../store/store-lock.ts';
import { sweepWritersLeftovers } from '../store/writers-temp-sweep.ts';
import { loadForCommand } from './validate.ts';
import { acknowledgementActions } from './acknowledgement-actions.ts';
import type { IssueResponseReader } from '../github/issue-acknowledgements.ts';
import { readCredential } from '../model/credential-redaction.ts';
import { EXIT, UsageError, appendJobSummary, paint, type CommandIO } from './io.ts';

export interface ActionsArgs {
  dryRun: boolean;
  /** Report file; default <store>/report.json. */
  report: string | null;
}

export interface ActionsDependencies {
  /** Makes the tracker for a repository; default: the GitHub client with GITHUB_TOKEN and GITHUB_API_URL. */
  tracker?: (repository: { owner: string; repo: string }, token: string | undefined) => IssueTracker;
  /** Reads the "Please read" issues' reactions and comments (acknowledgement-actions.ts); default: the same client. */
  responses?: (repository: { owner: string; repo: string }, token: string | undefined) => IssueResponseReader;
}

function defaultTracker(io: CommandIO) {
  return (repository: { owner: string; repo: string }, token: string | undefined) =>
    githubIssueTracker(createGitHubClient({ token, baseUrl: io.env.GITHUB_API_URL, log: (line) => io.stderr(`  ${line}`) }), repository);
}

function printPlan(io: CommandIO, plan: ActionPlan, dryRun: boolean): void {
  const verb = dryRun ? 'would' : 'will';
  io.stdout(plan.actions.length ? `Tonight ${verb}:` : `Nothing to open, update or close.`);
  for (const a of plan.actions) io.stdout(`  ${a.summary}`);
  if (plan.deferred.length) {
    io.stdout(`Over tonight's write budget (${plan.deferred.length} left for later nights):`);
    for (const a of plan.deferred) io.stdout(`  ${a.summary}`);
  }
  for (const note of plan.notes) io.stdout(`  note: ${note}`);
}

export async function actionsCommand(io: CommandIO, args: ActionsArgs, deps: ActionsDependencies = {}): Promise<number> {
  const { model, findings } = await loadForCommand(io, { strict: false, base: null });
  if (findings.length) io.stderr(formatFindings(findings, { color: io.color }));
  if (!model || hasErrors(findings)) {
    io.stderr(paint(io, 'red', 'standards: the documents have errors, so no issue was touched'));
    return EXIT.findings;
  }
  const settings = model.pipeline.actions;
  if (!settings.enabled) {
    io.stdout('Corrective actions are turned off (actions.enabled: false in standards/pipeline.yaml).');
    return EXIT.ok;
  }
  const storeDir = path.resolve(io.root, model.pipeline.storeDir);
  await finishCommittedFetches(storeDir, { fs: nodeStoreFileSystem, command: 'actions', log: (line) => io.stderr(`  ${line}`) });
  const reportFile = path.resolve(io.root, args.report ?? path.join(storeDir, 'report.json'));
  const reportText = await readFile(reportFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read the report ${path.relative(io.root, reportFile)} (${error.code ?? error.message}): run \`standards evaluate\` first, or pass --report`);
  });
  const report = await parseReport(reportText, path.relative(io.root, reportFile));
  const statusLog = await openStatusLog(storeDir).read();

  const repositoryText = settings.repository ?? io.env.GITHUB_REPOSITORY ?? null;
  const repository = repositoryText ? parseRepository(repositoryText) : null;
  if (repositoryText && !repository) throw new UsageError(`the repository "${repositoryText}" is not owner/name`);
  const token = readCredential(io.env, 'GITHUB_TOKEN');
  if (!repository && !args.dryRun) throw new UsageError('no repository for the issues: set actions.repository in standards/pipeline.yaml or GITHUB_REPOSITORY');
  if (!token && !args.dryRun) throw new UsageError('GITHUB_TOKEN is not set: the job that runs `standards actions` needs a token with issues: write');

  const tracker = repository && (token || !args.dryRun) ? (deps.tracker ?? defaultTracker(io))(repository, token) : null;
  const label = settings.labels[0]!;
  let issues: IssueRecord[] = [];
  const withheld = new Set<Subject>();
  if (tracker) {
    try {
      // Ours only: a labelled issue someone else opened is never written to (issue-ownership.ts).
      const ownership = await listOwnIssues(tracker, label, (body) => readMarker(body) !== null);
      issues = ownership.ours;
      for (const issue of ownership.unattributed) withheld.add(readMarker(issue.body)!.subject);
      for (const line of ownershipLines(ownership, 'corrective-action')) io.stderr(`  ${line}`);
    } catch (error) {
      // Without the list we cannot know which issues exist: writing now could duplicate them.
      io.stderr(`standards: ${describeGitHubError(error, `listing the issues labelled "${label}" in ${repositoryText}`, 'GITHUB_TOKEN')}; no issue was touched`);
      return EXIT.findings;
    }
  } else {
    io.stderr('  dry run without GITHUB_TOKEN or repository: planned as if no issue existed yet');
  }

  const plan = planActions({ model, report, statusLog, issues, withheld });
  printPlan(io, plan, args.dryRun);
  // Then the "Please read" issues of new SOP versions and the acknowledgements on them.
  const acknowledge = () => acknowledgementActions(io, {
    model, report, repository, token, dryRun: args.dryRun, tracker,
    ...(deps.responses && repository ? { responses: deps.responses(repository, token) } : {}),
  });
  if (args.dryRun || !tracker) return acknowledge();

  const result: ApplyResult = await applyPlan(plan, tracker, { label, log: (line) => io.stderr(`  ${line}`) });
  await appendJobSummary(io, formatActionsSummary(plan, result));
  const acknowledged = await acknowledge();
  const recorded = await recordIssues(io, storeDir, issueRecordsAfter(issues, result, report.now.slice(0, 10)), withheld);
  const failed = result.outcomes.filter((o) => o.error);
  if (failed.length) {
    io.stderr(paint(io, 'red', `standards: ${failed.length} of ${result.outcomes.length} issue operations failed; the next night tries again`));
    return EXIT.findings;
  }
  return recorded ? acknowledged : EXIT.findings;
}

/**
 * Keeps each subject's issue (number, state, assignees) in the store for the next night's site; says so, or why not.
 * A subject `withheld` (its marked issue cannot be told ours tonight: who the token is is unknown) keeps the record
 * the store holds: the file is rewritten whole, and a night GitHub did not answer would otherwise take every issue
 * off the site.
 */
async function recordIssues(io: CommandIO, storeDir: string, tonight: ActionIssueRecord[], withheld: ReadonlySet<string>): Promise<boolean> {
  const store = openActionIssues(storeDir);
  const log = (line: string) => io.stderr(`  ${line}`);
  let records = tonight;
  try {
    // Under the store lock, as every store write: a run holding it sweeps temp files (writers-temp-sweep.ts), and this
    // one's would otherwise be one of them.
    const lock = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'actions', log });
    try {
      await sweepWritersLeftovers(nodeStoreFileSystem, storeDir, log);
      const recorded = new Set(tonight.map((r) => r.subject));
      const kept = withheld.size === 0 ? [] : (await store.read()).filter((r) => withheld.has(r.subject) && !recorded.has(r.subject));
      records = [...tonight, ...kept];
      await store.write(records);
    } finally {
      await lock.release();
    }
    io.stderr(`  issues recorded for the site: ${path.relative(io.root, store.file)} (${records.length})`);
    return true;
  } catch (error) {
    io.stderr(paint(io, 'red', `standards: the issues were written, but not recorded for the site: ${(error as Error).message}`));
    return false;
  }
}
