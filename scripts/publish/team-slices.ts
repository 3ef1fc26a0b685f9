// A team's own numbers: for every standard that measures its tickets, the team's slice of the window (the
// report's breakdown by team) judged against the same goal as the whole standard, with the same rules: fewer
// measurements than the minimum sample is no data, more misses than the goal allows is breached, a met slice
// with less than the at-risk share of its budget left is at risk. Pure: pages and tests call it with data.

import { budgetOfCounts } from '../engine/burn-rate.ts';
import type { StandardDefinition, StandardsModel } from '../model/model.ts';
import type { ReportStandard } from './site-data.ts';
import { measuredTeams } from './site-status.ts';

export type SliceStatus = ReportStandard['status'];

/** Worst first: the order every list of statuses on the site uses. */
export const STATUS_SEVERITY: readonly SliceStatus[] = ['breached', 'at-risk', 'met', 'no-data'];

export interface TeamSlice {
  standard: string;
  team: string;
  /** Measurements of the team's tickets in the window; 0 when the breakdown has no row for the team. */
  count: number;
  value: number | null;
  status: SliceStatus;
  /** Share of the slice's error budget left (negative when overspent); null without measurements. */
  budgetRemaining: number | null;
}

const EPSILON = 1e-9;

/** The team's row of the standard's breakdown, judged like the whole standard (see the header). */
export function teamSlice(
  result: ReportStandard, team: string, settings: { minimumSample: number; atRiskBudget: number },
): TeamSlice {
  const row = result.breakdown.team.find((r) => r.key === team) ?? { key: team, count: 0, met: 0, value: null };
  const base = { standard: result.id, team, count: row.count, value: row.value };
  if (row.count === 0 || row.value === null) return { ...base, status: 'no-data', budgetRemaining: null };
  const { allowed, used } = budgetOfCounts(result.metric, row, result.goal);
  const remaining = allowed > EPSILON ? 1 - used / allowed : used > EPSILON ? -used : 1;
  let status: SliceStatus;
  if (row.count < settings.minimumSample) status = 'no-data';
  else if (used > allowed + EPSILON * Math.max(1, row.count)) status = 'breached';
  else if (remaining < settings.atRiskBudget) status = 'at-risk';
  else status = 'met';
  return { ...base, status, budgetRemaining: Math.round(remaining * 1000) / 1000 + 0 };
}

/** The worst of some statuses, or null for none. */
export function worstStatus(statuses: Iterable<SliceStatus>): SliceStatus | null {
  let worst: SliceStatus | null = null;
  for (const s of statuses) if (worst === null || STATUS_SEVERITY.indexOf(s) < STATUS_SEVERITY.indexOf(worst)) worst = s;
  return worst;
}

export interface StandardWithResult { definition: StandardDefinition; result: ReportStandard | null; status: SliceStatus }

export interface TeamStanding {
  team: string;
  /** Standards the team owns (their organisation-wide status). */
  owned: { standard: string; status: SliceStatus }[];
  /** The team's slice of every standard that measures its tickets. */
  slices: TeamSlice[];
  /** Worst status of the team's own slices; null when no standard measures its tickets. */
  worstSlice: SliceStatus | null;
  /** Worst status of the standards it owns; null when it owns none. */
  worstOwned: SliceStatus | null;
}

function minimumSampleOf(definition: StandardDefinition, model: Pick<StandardsModel, 'pipeline'>): number {
  return definition.minimumSample ?? model.pipeline.evaluation.minimumSample;
}

/** One team's standing: its own slices and the standards it owns. */
export function teamStanding(team: string, standards: readonly StandardWithResult[], model: Pick<StandardsModel, 'pipeline'>): TeamStanding {
  const owned = standards.filter((s) => s.definition.owner === team).map((s) => ({ standard: s.definition.id, status: s.status }));
  const slices = standards
    .filter((s) => s.result !== null && measuredTeams(s.definition, s.result).includes(team))
    .map((s) => teamSlice(s.result!, team, { minimumSample: minimumSampleOf(s.definition, model), atRiskBudget: model.pipeline.evaluation.atRiskBudget }));
  return { team, owned, slices, worstSlice: worstStatus(slices.map((s) => s.status)), worstOwned: worstStatus(owned.map((s) => s.status)) };
}

/**
 * Every team that owns a standard or is measured by one, with its standing: teams measured by a standard first,
 * worst slice first, then teams that only own standards, worst first; then by name.
 * Teams named by a standard (in its scope, or in the report's breakdown) but without a Team document are
 * included under their id: they are somebody's tickets all the same.
 */
export function teamStandings(
  standards: readonly StandardWithResult[], model: Pick<StandardsModel, 'pipeline' | 'teams'>,
): TeamStanding[] {
  const ids = new Set<string>();
  for (const s of standards) {
    ids.add(s.definition.owner);
    for (const t of measuredTeams(s.definition, s.result)) ids.add(t);
  }
  const name = new Map(model.teams.map((t) => [t.id, t.name]));
  // Teams with tickets of their own first, by their worst slice; then teams that only own standards.
  const rank = (t: TeamStanding) => (t.worstSlice !== null ? STATUS_SEVERITY.indexOf(t.worstSlice) : STATUS_SEVERITY.length + (t.worstOwned === null ? STATUS_SEVERITY.length : STATUS_SEVERITY.indexOf(t.worstOwned)));
  return [...ids]
    .map((id) => teamStanding(id, standards, model))
    .sort((a, b) => rank(a) - rank(b) || (name.get(a.team) ?? a.team).localeCompare(name.get(b.team) ?? b.team));
}

/** A team's name for people: the Team document's name, else its id. */
export function teamName(model: Pick<StandardsModel, 'teams'>, id: string): string {
  return model.teams.find((t) => t.id === id)?.name ?? id;
}
