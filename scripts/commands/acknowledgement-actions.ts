// The SOP-acknowledgement part of `standards actions` (scripts/actions/acknowledgements.ts says what it does):
// reads the "Please read" issues' reactions and comments, records the acknowledgements in the store under the
// store lock (before any issue write, so a failed write never loses one), then opens, updates and closes the
// issues. `--dry-run` reads, prints the plan and writes nothing, not even the store.

import path from 'node:path';
import type { Report, StandardsModel } from '../model/model.ts';
import { createGitHubClient, describeGitHubError } from '../github/client.ts';
import { githubIssueResponses, type IssueResponseReader } from '../github/issue-acknowledgements.ts';
import type { IssueTracker, RepositoryName } from '../github/issues.ts';
import { readAcknowledgementMarker } from '../actions/acknowledgement-body.ts';
import { listOwnIssues, ownershipLines, type IssueOwnership } from '../actions/issue-ownership.ts';
import { acknowledgementIssues, applyAcknowledgementPlan, describeOperation, planAcknowledgementIssues, readIssueAcknowledgements, type PlanInput } from '../actions/acknowledgements.ts';
import { acknowledgementDueOf } from '../engine/people-measures.ts';
import { clockFor } from '../engine/business-time.ts';
import { loadPeopleHistory } from './people-inputs.ts';
import { withHistory } from './pipeline.ts';
import { formatAcknowledgementSummary } from '../actions/acknowledgement-summary.ts';
import { nodeStoreFileSystem } from '../store/atomic-write.ts';
import { mergeAcknowledgements, readAcknowledgements, writeAcknowledgements } from '../store/acknowledgement-store.ts';
import { acquireStoreLock } from '../store/store-lock.ts';
import { sweepWritersLeftovers } from '../store/writers-temp-sweep.ts';
import { EXIT, appendJobSummary, type CommandIO } from './io.ts';

export interface AcknowledgementActionsInput {
  model: StandardsModel;
  report: Pick<Report, 'acknowledgements'>;
  repository: RepositoryName | null;
  token: string | undefined;
  dryRun: boolean;
  /** The tracker the corrective actions use (same client), or null without a repository or token. */
  tracker: IssueTracker | null;
  /** Reads reactions and comments; default: the GitHub client with GITHUB_TOKEN and GITHUB_API_URL. */
  responses?: IssueResponseReader;
}

export async function acknowledgementActions(io: CommandIO, input: AcknowledgementActionsInput): Promise<number> {
  const { model, tracker } = input;
  if (model.pipeline.actions.sopAcknowledgements === false) return EXIT.ok;
  if (tracker === null || input.repository === null) {
    io.stderr('  SOP acknowledgements: no repository or token, nothing read or planned');
    return EXIT.ok;
  }
  const label = model.pipeline.actions.acknowledgementLabel ?? 'sop-acknowledgement';
  const responses = input.responses ?? githubIssueResponses(createGitHubClient({ token: input.token, baseUrl: io.env.GITHUB_API_URL, log: (line) => io.stderr(`  ${line}`) }), input.repository);
  let issues;
  let ownership: IssueOwnership;
  try {
    // Ours only: a stranger's labelled issue is neither read for acknowledgements nor written to (issue-ownership.ts).
    ownership = await listOwnIssues(tracker, label, (body) => readAcknowledgementMarker(body) !== null);
    issues = acknowledgementIssues(ownership.ours);
    for (const line of ownershipLines(ownership, '"Please read"')) io.stderr(`  ${line}`);
  } catch (error) {
    io.stderr(`standards: ${describeGitHubError(error, `listing the issues labelled "${label}"`, 'GITHUB_TOKEN')}; no acknowledgement was read and no issue was touched`);
    return EXIT.findings;
  }
  const storeDir = path.resolve(io.root, model.pipeline.storeDir);
  const fs = nodeStoreFileSystem;
  const lock = input.dryRun ? null : await acquireStoreLock(storeDir, { fs, command: 'actions', log: (line) => io.stderr(`  ${line}`) });
  try {
    if (lock) await sweepWritersLeftovers(fs, storeDir, (line) => io.stderr(`  ${line}`));
    const stored = await readAcknowledgements(fs, storeDir);
    const read = await readIssueAcknowledgements(model, issues, responses, stored);
    const merged = mergeAcknowledgements(stored, read.incoming);
    if (!input.dryRun) await writeAcknowledgements(fs, storeDir, merged.records);
    const published = (sop: string, version: number) => input.report.acknowledgements?.find((a) => a.sop === sop && a.version === version)?.published ?? null;
    const owing = await owingTonight(io, model);
    const planned = planAcknowledgementIssues({ model, issues, records: merged.records, published, unread: new Set(read.unread.map((u) => u.issue)), owing });
    // A version whose marked issue cannot be told ours (who the token posts as is unknown) is not opened again.
    const withheld = new Set(acknowledgementIssues(ownership.unattributed).map((u) => `${u.sop} v${u.version}`));
    const kept = (op: (typeof planned.operations)[number]) => !(op.kind === 'open' && withheld.has(`${op.sop} v${op.version}`));
    const plan = { ...planned, operations: planned.operations.filter(kept), deferred: planned.deferred.filter(kept) };
    io.stdout(`SOP acknowledgements: ${merged.added.length} new tonight${read.unread.length ? `; ${read.unread.length} issue(s) could not be read` : ''}`);
    for (const u of read.unread) io.stdout(`  not read: #${u.issue}: ${u.reason}`);
    for (const op of plan.operations) io.stdout(`  ${input.dryRun ? 'would' : 'will'} ${describeOperation(op)}`);
    for (const op of plan.deferred) io.stdout(`  over tonight's write budget: ${describeOperation(op)}`);
    if (input.dryRun) return EXIT.ok;
    const applied = await applyAcknowledgementPlan(plan, tracker, (line) => io.stderr(`  ${line}`));
    await appendJobSummary(io, formatAcknowledgementSummary({ model, plan, applied, read, recorded: merged.added.length, renamed: merged.renamed }));
    return applied.some((a) => a.error !== null) || read.unread.length > 0 ? EXIT.findings : EXIT.ok;
  } finally {
    await lock?.release();
  }
}

/**
 * What the report's acknowledgement section counts who owes a version with (engine/people-report.ts), read as
 * `evaluate` reads it: when each SOP version was published and who was a member of each team when (from git), and
 * when a version was due for a leaver (the sop_acknowledgement standards as evaluate makes them, with their versions
 * and calendars from git), as of now. So the "Please read" issue counts who owes it as the SOP page does.
 */
async function owingTonight(io: CommandIO, model: StandardsModel): Promise<NonNullable<PlanInput['owing']>> {
  const now = io.now();
  const [{ versioned, versionsOf }, history] = await Promise.all([withHistory(io, model, now), loadPeopleHistory(io.root, model)]);
  // No QA review counts here, nor the store's acknowledgements as read before tonight's: the plan takes the merged ones.
  const people = { reviews: [], sopVersions: history.sopVersions, memberships: history.memberships };
  return { people, nowMs: now.getTime(), due: acknowledgementDueOf({ model: versioned, now, clockFor, versionsOf }) };
}
