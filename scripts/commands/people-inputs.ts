// The evaluate step's edge for people: reads the store's QA reviews and SOP acknowledgements, and from git when
// each SOP version was published and when each person was a member of each team, for the engine
// (engine/people-records.ts); and counts the rows the imports
// skipped (`skipBadRows`) in the report beside the fetch's own, on every run until the exports are fixed.

import type { Report, StandardsModel } from '../model/model.ts';
import { readSopPublications, type SopVersion } from '../model/sop-publications.ts';
import { readTeamMemberships, type TeamMembers } from '../model/team-history.ts';
import { keepBlobs, modelCacheDir, readKeptBlobs } from '../model/model-cache.ts';
import type { PeopleRecords } from '../engine/people-records.ts';
import { isPeopleMetric } from '../engine/people-measures.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../store/atomic-write.ts';
import { readAcknowledgementImportState, readAcknowledgements } from '../store/acknowledgement-store.ts';
import { readQaImportState, readQaReviews } from '../store/qa-review-store.ts';
import path from 'node:path';

export interface PeopleInputs {
  people: PeopleRecords;
  /** Rows the QA and acknowledgement imports skipped, as stored. */
  skipped: { qa: { where: string; reason: string }[]; acknowledgements: { where: string; reason: string }[] };
  /** Why SOP publications could not be read from git, or null. */
  historyUnavailable: string | null;
  /** Why team membership history could not be read from git (every team then counts its members tonight), or null. */
  membershipUnavailable: string | null;
}

export const loadPeopleInputs = (async function loadPeopleInputs(root: string, storeDir: string, model: StandardsModel, fs: StoreFileSystem = nodeStoreFileSystem): Promise<PeopleInputs> {
  const [reviews, acknowledgements, qaState, ackState, history] = await Promise.all([
    readQaReviews(fs, storeDir),
    readAcknowledgements(fs, storeDir),
    readQaImportState(fs, storeDir),
    readAcknowledgementImportState(fs, storeDir),
    loadPeopleHistory(root, model),
  ]);
  return {
    people: { reviews, acknowledgements, sopVersions: history.sopVersions, memberships: history.memberships },
    skipped: { qa: qaState.rejected, acknowledgements: ackState.rejected },
    historyUnavailable: history.historyUnavailable,
    membershipUnavailable: history.membershipUnavailable,
  };
});

/**
 * What git says of people: when each SOP version was published and who was a member of each team when. Read alone by
 * the corrective actions, which count who owes a version as `evaluate` does but take the acknowledgements they merged.
 */
export const loadPeopleHistory = (async function loadPeopleHistory(root: string, model: StandardsModel): Promise<Pick<PeopleRecords, 'sopVersions' | 'memberships'> & Pick<PeopleInputs, 'historyUnavailable' | 'membershipUnavailable'>> {
  // What each committed SOP and Team blob held is kept between runs (model-cache.ts), by blob id: git is asked only for new ones.
  const cacheDir = modelCacheDir(root);
  const [heldSops, heldTeams] = await Promise.all([readKeptBlobs<SopVersion>(cacheDir, 'sop-versions'), readKeptBlobs<TeamMembers>(cacheDir, 'team-members')]);
  const before = { sops: heldSops.size, teams: heldTeams.size };
  const [history, teams] = await Promise.all([
    readSopPublications(root, model.sops, undefined, heldSops),
    // Only the people-measured standards read who was a member when.
    model.standards.some((s) => isPeopleMetric(s.metric)) ? readTeamMemberships(root, model.teams, undefined, heldTeams) : { memberships: new Map(), unavailable: null },
  ]);
  if (heldSops.size > before.sops) await keepBlobs(cacheDir, 'sop-versions', heldSops);
  if (heldTeams.size > before.teams) await keepBlobs(cacheDir, 'team-members', heldTeams);
  return {
    // A publication carries its commit beside what the engine reads (version, publishedMs).
    sopVersions: history.publications, memberships: teams.memberships,
    historyUnavailable: history.unavailable, membershipUnavailable: teams.unavailable,
  };
});

const SKIPPED = { qa: 'QA export row skipped as unreadable', acknowledgements: 'acknowledgements export row skipped as unreadable' } as const;

/** The report with the imports' skipped rows counted in `data.rejected`, most frequent first like the rest. */
export const withImportRejections = (function withImportRejections(report: Report, skipped: PeopleInputs['skipped']): Report {
  const groups = (['qa', 'acknowledgements'] as const)
    .filter((kind) => skipped[kind].length > 0)
    .map((kind) => ({ reason: SKIPPED[kind], count: skipped[kind].length, examples: skipped[kind].slice(0, 5).map((r) => r.where.slice(0, 64)) as Report['data']['rejected'][number]['examples'] }));
  if (groups.length === 0) return report;
  const rejected = [...report.data.rejected, ...groups].sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  return { ...report, data: { ...report.data, rejected } };
});

/** The job summary's per-agent QA section (publish/qa-agent-summary.ts) from the store's reviews; '' without any. */
export async function qaAgentSection(root: string, model: StandardsModel, now: Date, fs: StoreFileSystem = nodeStoreFileSystem): Promise<string> {
  // Loaded here: only a job summary (in Actions) prints it, and `evaluate` loads this module every run.
  const { formatQaAgentSummary } = await import('../publish/qa-agent-summary.ts');
  return formatQaAgentSummary(model, await readQaReviews(fs, path.resolve(root, model.pipeline.storeDir)), now.getTime());
}
