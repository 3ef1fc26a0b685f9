// What-if replay: every standard a pull request adds or changes (itself, or through its calendar, scorecard,
// exclusions or the evaluation settings) is evaluated as the base defines it and as the pull request defines
// it, over the same tickets at the same "now", side by side. Each side judges every measurement by the version
// in force when it completed, as `evaluate` does (review-history.ts says which versions each side has), so the
// base side's figures are the published ones. Both versions go into ONE model with distinct ids (`base:x`,
// `proposed:x`; calendars and scorecards split only where they differ), so the engine reads the store once for
// all of them. The published days a change alters come from the same pass (`merged:x` where needed).
// The tickets come raw, or through the facts cache and counters beside the store as `evaluate` reads them
// (`StoredDays`): the two sides of a standard that measure alike share the night's counters, so a replay costs
// about a warm `evaluate` (bench/review.bench.ts). A review shows no "7 days ago", so none is measured.
// It is given the people inputs `evaluate` reads (commands/people-inputs.ts): the QA reviews and SOP acknowledgements
// imported into the store and when each SOP version was published (as of the base commit), so qa_score, qa_coverage
// and sop_acknowledgement standards replay as they are published. The one model holds the proposed teams and SOPs,
// but each side of a standard counted from them measures with its own (`peopleViews`): the base side as published,
// the proposed side as the nightly evaluate will once the pull request merges at "now" (a member it adds counts from
// then, a follower team it adds is owed each version since joining). Pure apart from its input.

import { isDeepStrictEqual } from 'node:util';
import { evaluateEntries, evaluateStandards, type ClockFor } from '../engine/evaluate.ts';
import { NO_PEOPLE_RECORDS, type PeopleRecords, type PeopleView, type SopPublicationMs } from '../engine/people-records.ts';
import { isPeopleMetric } from '../engine/people-measures.ts';
import { followersOf, peopleOfTeam, type TeamMembership } from '../model/people.ts';
import { membershipsMerged } from '../model/team-history.ts';
import type { TicketFacts } from '../engine/ticket-checks.ts';
import type { DayOfEntries } from '../engine/ticket-entries.ts';
import { changedPublishedDays } from '../engine/history-impact.ts';
import { formatValue } from '../engine/report.ts';
import type {
  CalendarDefinition, ExclusionDefinition, Report, ScorecardDefinition, SopDefinition, StandardDefinition, StandardVersion, StandardsModel, TeamDefinition,
} from '../model/model.ts';
import type { PublishedChange, ReplaySide, ReplayedStandard } from './review-data.ts';
import { judgesAlike, type PastChange, type ReviewVersions, type ReviewView } from './review-history.ts';

type StandardReport = Report['standards'][number];

export interface ReplayPair {
  id: string;
  change: ReplayedStandard['change'];
  baseId: string | null;
  /** Why an unchanged definition is replayed. */
  reasons: string[];
}

export interface ReplayPlan {
  model: StandardsModel;
  /** The versions each standard of `model` judges by (its view's, under its merged id). */
  versionsOf: (standard: StandardDefinition) => readonly StandardVersion[];
  pairs: ReplayPair[];
  notes: string[];
}

type ReplayView = ReviewView;

const prefixed = (view: ReplayView, id: string) => `${view}:${id}`;

function withoutOrigin<T extends { origin?: unknown }>(d: T | undefined): Omit<T, 'origin'> | undefined {
  if (!d) return undefined;
  const { origin: _origin, ...rest } = d;
  return rest;
}

/** The parts of a standard that change its numbers (not its title, rationale, owner or review dates). */
function measuredPart(s: StandardDefinition): unknown {
  const { id: _i, title: _t, description: _d, rationale: _r, review: _v, owner: _o, dimension: _m, origin: _g, ...rest } = s;
  return rest;
}

function exclusionsOf(model: StandardsModel, id: string): { from: string; to: string }[] {
  return model.pipeline.exclusions
    .filter((e) => e.standards === null || e.standards.includes(id))
    .map((e) => ({ from: e.from, to: e.to }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * Which standards to replay and why. `renamedFrom` maps a standard's new id to its base id when the pull request
 * renamed it.
 */
export function replayPairs(base: StandardsModel, head: StandardsModel, renamedFrom: ReadonlyMap<string, string> = new Map()): ReplayPair[] {
  const pairs: ReplayPair[] = [];
  for (const s of head.standards) {
    const baseId = renamedFrom.get(s.id) ?? s.id;
    const b = base.standards.find((x) => x.id === baseId);
    if (!b) {
      pairs.push({ id: s.id, change: 'added', baseId: null, reasons: [] });
      continue;
    }
    if (!isDeepStrictEqual(measuredPart(s), measuredPart(b))) {
      pairs.push({ id: s.id, change: 'changed', baseId, reasons: [] });
      continue;
    }
    const reasons: string[] = [];
    if (s.calendar !== null && s.calendar === b.calendar) {
      const x = base.calendars.find((c) => c.id === b.calendar);
      const y = head.calendars.find((c) => c.id === s.calendar);
      if (!isDeepStrictEqual({ ...withoutOrigin(x), name: '' }, { ...withoutOrigin(y), name: '' })) reasons.push(`calendar ${s.calendar} changed`);
    }
    if (s.scorecard !== null && s.scorecard === b.scorecard
      && !isDeepStrictEqual(withoutOrigin(base.scorecards.find((c) => c.id === b.scorecard)), withoutOrigin(head.scorecards.find((c) => c.id === s.scorecard)))) {
      reasons.push(`scorecard ${s.scorecard} changed`);
    }
    if (!isDeepStrictEqual(exclusionsOf(base, baseId), exclusionsOf(head, s.id))) reasons.push('its exclusions changed');
    const be = base.pipeline.evaluation;
    const he = head.pipeline.evaluation;
    if ((s.minimumSample === null && be.minimumSample !== he.minimumSample) || be.atRiskBudget !== he.atRiskBudget) {
      reasons.push('the evaluation settings changed');
    }
    reasons.push(...peopleChanges(base, head, b, s));
    if (reasons.length) pairs.push({ id: s.id, change: 'affected', baseId, reasons });
  }
  return pairs;
}

/**
 * Why a standard counted from people (`base` and `head` its two sides) measures differently when only its teams or
 * SOPs change: a team it counts gains or loses members (its scope.team, every team without one; for
 * sop_acknowledgement the teams that follow the SOPs it measures, on either side), or an SOP it measures (its `sops`,
 * every active one without) changes its followers, whether it is active, its version (published by the merge), or is
 * deleted.
 */
function peopleChanges(baseModel: StandardsModel, headModel: StandardsModel, base: StandardDefinition, head: StandardDefinition): string[] {
  if (!isPeopleMetric(head.metric)) return [];
  const measured = (m: StandardsModel, s: StandardDefinition) => m.sops.filter((sop) => (s.sops ? s.sops.includes(sop.id) : sop.status === 'active'));
  const sops = head.metric === 'sop_acknowledgement' ? [...new Set([...measured(baseModel, base), ...measured(headModel, head)].map((sop) => sop.id))].sort() : [];
  const following = new Set([baseModel, headModel].flatMap((m) => m.sops.filter((sop) => sops.includes(sop.id)).flatMap((sop) => followersOf(sop, m))));
  const reasons: string[] = [];
  for (const id of changedTeams(baseModel.teams, headModel.teams)) {
    if ((!head.scope.team || head.scope.team.includes(id)) && (head.metric !== 'sop_acknowledgement' || following.has(id))) reasons.push(`team ${id}'s members changed`);
  }
  for (const id of sops) {
    const before = baseModel.sops.find((sop) => sop.id === id);
    const after = headModel.sops.find((sop) => sop.id === id);
    // One the base measured and the pull request deletes is measured no more (as if retired); a new one is owed from
    // the merge, pending: no figure changes.
    if (before !== undefined && after === undefined) reasons.push(`SOP ${id} was removed`);
    if (before === undefined || after === undefined) continue;
    // A standard naming its SOPs measures them whatever their status.
    if (before.status !== after.status && (!base.sops || !head.sops)) reasons.push(`SOP ${id} went from ${before.status} to ${after.status}`);
    // A version raised is published by the merge (sopVersionsMerged) and ends the one before there.
    if (after.version > before.version) reasons.push(`SOP ${id} went from version ${before.version} to ${after.version}`);
    if (!isDeepStrictEqual(followersOf(before, baseModel), followersOf(after, headModel))) reasons.push(`SOP ${id}'s followers changed`);
  }
  return reasons;
}

/** The ids of teams whose members differ between the two sides, or that only one side has. */
function changedTeams(base: readonly TeamDefinition[], head: readonly TeamDefinition[]): string[] {
  const people = (t: TeamDefinition | undefined) => (t === undefined ? null : peopleOfTeam(t));
  const ids = [...new Set([...base, ...head].map((t) => t.id))].sort();
  return ids.filter((id) => !isDeepStrictEqual(people(base.find((t) => t.id === id)), people(head.find((t) => t.id === id))));
}

/** A calendar or scorecard as it counts, whatever its name, file and version labels. */
function content<T extends { origin?: unknown; name?: unknown; id: string }>(d: T): unknown {
  const { origin: _origin, name: _name, id: _id, ...rest } = d as T & { versions?: CalendarDefinition['versions'] };
  if (!('versions' in rest) || rest.versions === undefined) return rest;
  return { ...rest, versions: rest.versions.map(({ version: _label, ...v }) => v) };
}

/**
 * Documents of several views in one model: one that counts alike in every view is compiled once under its own
 * id, a differing one again under `view:id`.
 */
function registry<T extends { id: string; origin?: unknown; name?: unknown }>() {
  const byId = new Map<string, Array<{ key: string; document: T }>>();
  return {
    key(view: ReplayView, document: T | undefined, id: string): string {
      if (!document) return id;
      const known = byId.get(id) ?? [];
      const same = known.find((k) => isDeepStrictEqual(content(k.document), content(document)));
      if (same) return same.key;
      const key = known.length === 0 ? id : prefixed(view, id);
      known.push({ key, document: { ...document, id: key } });
      byId.set(id, known);
      return key;
    },
    documents(): T[] {
      return [...byId.values()].flat().map((k) => k.document);
    },
  };
}

/**
 * One model holding every view of every replayed standard (`base:x`, `proposed:x`, and `merged:x` for the
 * standards in `merged`), with what they need under distinct ids, and the versions each one judges by.
 */
export function planReplay(versions: ReviewVersions, pairs: readonly ReplayPair[], merged: readonly string[] = []): ReplayPlan {
  const { base, proposed: head } = versions.models;
  const notes: string[] = [];
  const calendars = registry<CalendarDefinition>();
  const scorecards = registry<ScorecardDefinition>();
  const standards: StandardDefinition[] = [];
  const versionsById = new Map<string, StandardVersion[]>();
  const exclusions: ExclusionDefinition[] = [];
  const included: Record<ReplayView, Map<string, string>> = { base: new Map(), proposed: new Map(), merged: new Map() };

  const add = (view: ReplayView, s: StandardDefinition) => {
    const model = versions.models[view];
    const id = prefixed(view, s.id);
    // The two sides may have different pipeline defaults; the merged model has one, so each standard carries its own.
    const minimumSample = s.minimumSample ?? model.pipeline.evaluation.minimumSample;
    const placed = (d: StandardDefinition): StandardDefinition => ({
      ...d,
      id,
      calendar: d.calendar === null ? null : calendars.key(view, model.calendars.find((c) => c.id === d.calendar), d.calendar),
      scorecard: d.scorecard === null ? null : scorecards.key(view, model.scorecards.find((c) => c.id === d.scorecard), d.scorecard),
      minimumSample: d.minimumSample ?? minimumSample,
    });
    standards.push(placed(s));
    versionsById.set(id, versions.versionsOf(view, s).map((v) => ({ ...v, definition: placed(v.definition) })));
    included[view].set(s.id, id);
  };
  for (const pair of pairs) {
    const proposed = head.standards.find((s) => s.id === pair.id)!;
    add('proposed', proposed);
    if (pair.baseId !== null) add('base', base.standards.find((s) => s.id === pair.baseId)!);
    if (merged.includes(pair.id)) add('merged', versions.models.merged.standards.find((s) => s.id === pair.id)!);
  }
  for (const view of ['base', 'proposed', 'merged'] as const) {
    for (const e of versions.models[view].pipeline.exclusions) {
      const ids = [...included[view]].filter(([id]) => e.standards === null || e.standards.includes(id)).map(([, placed]) => placed);
      if (ids.length) exclusions.push({ ...e, id: prefixed(view, e.id), standards: ids });
    }
  }
  if (base.pipeline.evaluation.seriesDays !== head.pipeline.evaluation.seriesDays) {
    notes.push(`The series uses the proposed ${head.pipeline.evaluation.seriesDays} days for both sides (the base had ${base.pipeline.evaluation.seriesDays}).`);
  }
  return {
    model: {
      pipeline: {
        ...head.pipeline,
        // Worst-ticket lists are not shown in a review: keep none and save the work.
        evaluation: { ...head.pipeline.evaluation, worstTickets: 0 },
        exclusions,
      },
      teams: head.teams,
      calendars: calendars.documents(),
      scorecards: scorecards.documents(),
      standards,
      // Followers resolved in the proposed model: a default follower list reads the standards an SOP serves by their
      // own ids, which the plan prefixes.
      sops: head.sops.map((sop) => ({ ...sop, followedBy: followersOf(sop, head) })),
      policies: [],
    },
    versionsOf: (standard) => versionsById.get(standard.id)!,
    pairs: [...pairs],
    notes,
  };
}

function missesGoal(report: StandardReport, value: number): boolean {
  const epsilon = 1e-9;
  return report.goal.direction === 'min' ? value < report.goal.value - epsilon : value > report.goal.value + epsilon;
}

function sideOf(report: StandardReport, atRiskBudget: number): ReplaySide {
  let status = report.status;
  const remaining = report.errorBudget?.remaining ?? null;
  // The merged model has one at-risk threshold; a side with its own is judged by it.
  if ((status === 'met' || status === 'at-risk') && remaining !== null) status = remaining < atRiskBudget ? 'at-risk' : 'met';
  return {
    status,
    value: report.value,
    valueText: report.value === null ? '–' : formatValue(report.metric as StandardDefinition['metric'], report.value),
    goalText: report.goal.judged ?? report.goal.text,
    count: report.count,
    inFlight: report.inFlight ?? 0,
    budgetRemaining: remaining,
    daysOutOfGoal: report.series.filter((d) => d.windowValue !== null && missesGoal(report, d.windowValue)).length,
    statement: report.statement,
  };
}

/** Pairs the merged report's results back into base and proposed per standard. */
export function replayResults(plan: ReplayPlan, report: Report, base: StandardsModel, head: StandardsModel): ReplayedStandard[] {
  const byId = new Map(report.standards.map((s) => [s.id, s]));
  return plan.pairs.map((pair) => {
    const proposed = byId.get(prefixed('proposed', pair.id))!;
    const before = pair.baseId === null ? null : byId.get(prefixed('base', pair.baseId)) ?? null;
    const baseByDate = new Map((before?.series ?? []).map((d) => [d.date, d.windowValue]));
    return {
      id: pair.id,
      change: pair.change,
      base: before ? sideOf(before, base.pipeline.evaluation.atRiskBudget) : null,
      proposed: sideOf(proposed, head.pipeline.evaluation.atRiskBudget),
      series: proposed.series.map((d) => ({ date: d.date, base: before ? baseByDate.get(d.date) ?? null : null, proposed: d.windowValue })),
    };
  });
}

/**
 * The stored tickets as `evaluate` reads them: day by day through the facts cache and the counters beside the store
 * (ticket-facts-cache.ts `storeEntries`), so a day no replayed standard needs is not decoded, and one whose counters
 * hold the replayed units is counted from them (base and proposed sides share a unit when they measure alike).
 */
export interface StoredDays {
  days: AsyncIterable<DayOfEntries>;
  worstFacts?: (refs: readonly { day: string; index: number }[]) => Promise<Map<string, TicketFacts>>;
}

/** The tickets to replay: raw (`store.tickets()`, any JSON values), or read through the facts cache. */
export type ReplayTickets = Iterable<unknown> | AsyncIterable<unknown> | StoredDays;

const isStoredDays = (tickets: ReplayTickets): tickets is StoredDays => 'days' in tickets;

export interface ReplayInput {
  /** The three views and their versions (review-history.ts `reviewVersions`). */
  versions: ReviewVersions;
  tickets: ReplayTickets;
  now: Date;
  clockFor: ClockFor;
  renamedFrom?: ReadonlyMap<string, string>;
  /** Standards whose published days the merged proposal changes (review-history.ts `pastChanges`). */
  pastChanges?: readonly PastChange[];
  /**
   * What `evaluate` reads besides the tickets (commands/people-inputs.ts): the store's QA reviews (qa_score counts
   * them beside the tickets' own, qa_coverage nothing else), its SOP acknowledgements, when each SOP version was
   * published and when each person was a member of each team on the base branch, as of the base commit. Absent: no
   * reviews, no membership history (tonight's members), and sop_acknowledgement standards are left out with a note.
   */
  people?: ReplayPeople;
}

export interface ReplayPeople extends PeopleRecords {
  /** Why the SOP publications could not be read from git (sop_acknowledgement standards are then left out), or null. */
  publicationsUnavailable: string | null;
  /**
   * Why the teams' membership history could not be read from git (qa_coverage and sop_acknowledgement standards are
   * then left out: the nightly evaluate counts who was a member when), or null / absent.
   */
  membershipsUnavailable?: string | null;
}

export interface ReplayOutcome {
  standards: ReplayedStandard[];
  /** For each standard of `pastChanges`: the published days whose figures change, base → merged. */
  published: PublishedChange[];
  tickets: number;
  notes: string[];
  pairs: ReplayPair[];
}

/**
 * Evaluates base and proposed versions of every replayed standard in one pass over `tickets`; a standard whose
 * published days change and that judges differently once merged than in the what-if (its own definition
 * changed too) gets a third, merged, evaluation in the same pass.
 */
export async function replayStandards(input: ReplayInput): Promise<ReplayOutcome> {
  const { base, proposed: head } = input.versions.models;
  const measurable = leavingOutPeopleStandards(replayPairs(base, head, input.renamedFrom), base, head, input.people);
  const mergedOf = (pairs: readonly ReplayPair[]) => (input.pastChanges ?? [])
    .filter((c) => pairs.some((p) => p.id === c.id && p.baseId === c.id) && !judgesAlike(input.versions, head.standards.find((s) => s.id === c.id)!))
    .map((c) => c.id);
  const scored = leavingOutRenamedScorecards(planReplay(input.versions, measurable.pairs, mergedOf(measurable.pairs)));
  const pairs = scored.pairs;
  const notes = [...measurable.notes, ...scored.notes];
  if (pairs.length === 0) return { standards: [], published: [], tickets: 0, notes, pairs };
  const past = (input.pastChanges ?? []).filter((c) => pairs.some((p) => p.id === c.id && p.baseId === c.id));
  const merged = mergedOf(pairs);
  const plan = planReplay(input.versions, pairs, merged);
  // A review shows no "7 days ago": the engine need not measure tickets as they stood then.
  // The people records go in whatever the standards, as in `evaluate`, which always reads the store's.
  const records: PeopleRecords = input.people ?? NO_PEOPLE_RECORDS;
  const people: PeopleRecords = { ...records, views: peopleViews(plan.model.standards, base, head, records, input.now.getTime()) };
  const evaluation = { model: plan.model, now: input.now, clockFor: input.clockFor, versionsOf: plan.versionsOf, comparison: false, people };
  const report = isStoredDays(input.tickets)
    ? await evaluateEntries({ ...evaluation, days: input.tickets.days, ...(input.tickets.worstFacts ? { worstFacts: input.tickets.worstFacts } : {}) })
    : await evaluateStandards({ ...evaluation, tickets: input.tickets });
  const byId = new Map(report.standards.map((s) => [s.id, s]));
  const published = past.map((c) => ({
    id: c.id,
    reasons: c.reasons,
    days: changedPublishedDays(byId.get(prefixed('base', c.id))!, byId.get(prefixed(merged.includes(c.id) ? 'merged' : 'proposed', c.id))!),
  }));
  return { standards: replayResults(plan, report, base, head), published, tickets: report.data.tickets, notes: [...notes, ...plan.notes], pairs };
}

/**
 * The pairs the replay can measure as `evaluate` does. Each side of a standard counted from who is in a team
 * (qa_coverage, sop_acknowledgement) or who follows an SOP counts its own side's (`peopleViews`), so a pull request
 * that changes them is replayed. A sop_acknowledgement standard is left out without the SOP acknowledgements and
 * publication dates (`people`), and both when git could not say who was a member of each team when. A note says which
 * and why.
 */
function leavingOutPeopleStandards(all: readonly ReplayPair[], base: StandardsModel, head: StandardsModel, people: ReplayPeople | undefined): { pairs: ReplayPair[]; notes: string[] } {
  // Git's own words, first line only: a note stays short (review.schema.json).
  const gitSaid = (message: string) => message.split('\n')[0]!.slice(0, 200);
  const membershipsWhy = people?.membershipsUnavailable ? `who was a member of each team when could not be read from git (${gitSaid(people.membershipsUnavailable)})` : null;
  const why = (s: StandardDefinition): string | null => {
    if (s.metric === 'qa_coverage') return membershipsWhy;
    if (s.metric !== 'sop_acknowledgement') return null;
    if (people === undefined) return 'the replay was given no SOP acknowledgements or SOP publication dates';
    if (people.publicationsUnavailable !== null) return `when each SOP version was published could not be read from git (${gitSaid(people.publicationsUnavailable)})`;
    return membershipsWhy;
  };
  // Base → proposed, as the review shows every change.
  const sidesOf = (pair: ReplayPair) => [
    ...(pair.baseId === null ? [] : [base.standards.find((s) => s.id === pair.baseId)!]),
    head.standards.find((s) => s.id === pair.id)!,
  ];
  const metricsOf = (pair: ReplayPair) => sidesOf(pair).map((s) => s.metric);
  const reasons = new Map<string, ReplayPair[]>();
  for (const pair of all) {
    const reason = sidesOf(pair).map(why).find((r) => r !== null);
    if (reason) reasons.set(reason, [...(reasons.get(reason) ?? []), pair]);
  }
  if (reasons.size === 0) return { pairs: [...all], notes: [] };
  const left = new Set([...reasons.values()].flat());
  const notes = [...reasons].map(([reason, pairs]) => {
    // At most five by name: the note must stay a short text (review.schema.json).
    const names = pairs.slice(0, 5).map((pair) => `${pair.id} (${[...new Set(metricsOf(pair))].join(' → ')})`);
    const named = pairs.length > 5 ? `${names.join(', ')} and ${pairs.length - 5} more` : names.join(', ');
    return `Not replayed: ${named}: ${reason}, so its figures for them would not be the published ones (standards evaluate measures them with these).`;
  });
  return { pairs: all.filter((pair) => !left.has(pair)), notes };
}

/**
 * Each people-measured standard of the plan (`base:x`, `proposed:x`, `merged:x`) with its side's teams, SOPs and
 * membership history (engine/people-records.ts `views`). The base side: the base's teams and SOPs with the history
 * as of the base commit, so its figures are the published ones. The proposed and merged sides: what the nightly
 * evaluate will count once the pull request merges at `nowMs` (the replay's now): the proposed teams with the base's
 * history and the proposal's members from the merge (team-history.ts `membershipsMerged`: one it adds counts from
 * then, one it removes until then), the proposed SOPs (their followers, whether active) over the whole history,
 * as evaluate reads followers tonight: a team that now follows an SOP is owed each version from the later of its
 * publication and the member's joining; an SOP no longer active is not measured; a version the pull request raises
 * (or a new SOP's) is published by the merge (sopVersionsMerged).
 */
function peopleViews(standards: readonly StandardDefinition[], base: StandardsModel, head: StandardsModel, records: PeopleRecords, nowMs: number): Map<string, PeopleView> {
  const resolved = (model: StandardsModel) => model.sops.map((sop) => ({ ...sop, followedBy: followersOf(sop, model) }));
  const baseHistory = records.memberships ?? new Map<string, readonly TeamMembership[]>();
  const mergedHistory = new Map<string, readonly TeamMembership[]>();
  for (const team of head.teams) {
    const before = base.teams.find((t) => t.id === team.id);
    const own = baseHistory.get(team.id);
    const samePeople = before !== undefined && isDeepStrictEqual(peopleOfTeam(before), peopleOfTeam(team));
    // The merge comes after the base's last change to the team, which can be later than the replay's now (the store's
    // last fetch): dated at now, a member it removes would leave before a change made after them.
    const lastChangeMs = (own ?? []).reduce((latest, t) => Math.max(latest, ...[t.fromMs, t.toMs].filter(Number.isFinite)), nowMs);
    const times = samePeople ? own : membershipsMerged(own, before, team, lastChangeMs) ?? undefined;
    if (times !== undefined) mergedHistory.set(team.id, times);
  }
  const baseView: PeopleView = { teams: base.teams, sops: resolved(base), memberships: baseHistory };
  const proposedView: PeopleView = { teams: head.teams, sops: resolved(head), memberships: mergedHistory, sopVersions: sopVersionsMerged(records.sopVersions, head.sops, nowMs) };
  const views = new Map<string, PeopleView>();
  for (const s of standards) {
    if (!isPeopleMetric(s.metric)) continue;
    views.set(s.id, s.id.startsWith('base:') ? baseView : proposedView);
  }
  return views;
}

/**
 * When each SOP version is published once the pull request merges at `nowMs`: the base's publications (as of the
 * base commit), and each of `sops` (the proposed) whose version is higher than every one published, or that has none
 * (a new SOP, or one given a new id), published by the merge (sop-publications.ts: the commit that first raises the
 * version). `published` is not changed.
 */
export function sopVersionsMerged(published: ReadonlyMap<string, readonly SopPublicationMs[]>, sops: readonly Pick<SopDefinition, 'id' | 'version'>[], nowMs: number): Map<string, readonly SopPublicationMs[]> {
  const merged = new Map(published);
  for (const sop of sops) {
    const list = published.get(sop.id) ?? [];
    // Never before the base's last publication (one after the replay's now, the store's last fetch): the merge comes later.
    const lastMs = list.length > 0 ? list[list.length - 1]!.publishedMs : Number.NEGATIVE_INFINITY;
    if (list.every((v) => v.version < sop.version)) merged.set(sop.id, [...list, { version: sop.version, publishedMs: Math.max(nowMs, lastMs) }]);
  }
  return merged;
}

/**
 * The pairs whose standards kept their scorecard's own id in the plan. A scorecard that differs between the views
 * is compiled again under `view:id` (`registry`), but every QA review names the scorecard by its own id, so the
 * engine would match no review to that side (engine/metrics.ts `qaReviewScores`) and show it with no data: such
 * a standard is left out, and a note says so. Leaving standards out never moves the others' scorecards.
 */
function leavingOutRenamedScorecards(plan: ReplayPlan): { pairs: ReplayPair[]; notes: string[] } {
  const renamed = new Map<string, string>();
  for (const s of plan.model.standards) if (s.scorecard !== null && s.scorecard.includes(':')) renamed.set(s.id, s.scorecard.slice(s.scorecard.indexOf(':') + 1));
  if (renamed.size === 0) return { pairs: plan.pairs, notes: [] };
  const scorecardOf = (pair: ReplayPair) => ['base', 'proposed', 'merged']
    .map((view) => renamed.get(prefixed(view as ReplayView, view === 'base' ? pair.baseId ?? '' : pair.id)))
    .find((id) => id !== undefined);
  const left = plan.pairs.filter((pair) => scorecardOf(pair) !== undefined);
  const names = left.slice(0, 5).map((pair) => `${pair.id} (scorecard ${scorecardOf(pair)!} changed)`);
  const named = left.length > 5 ? `${names.join(', ')} and ${left.length - 5} more` : names.join(', ');
  return {
    pairs: plan.pairs.filter((pair) => !left.includes(pair)),
    notes: [`Not replayed: ${named}: the replay cannot yet judge the same QA reviews by two versions of one scorecard, so its base figures would not be the published ones.`],
  };
}
