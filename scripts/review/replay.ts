// What-if replay: every standard a pull request adds or changes (itself, or through its calendar, scorecard,
// exclusions or the evaluation settings) is evaluated as the base defines it and as the pull request defines
// it, over the same tickets at the same "now", side by side. Both versions go into ONE model with distinct ids
// (`base:x`, `proposed:x`; calendars and scorecards split only where they differ), so the engine reads the
// store once for all of them. Pure apart from the tickets it is given.

import { isDeepStrictEqual } from 'node:util';
import { evaluateStandards, type ClockFor } from '../engine/evaluate.ts';
import { formatValue } from '../engine/report.ts';
import type {
  CalendarDefinition, ExclusionDefinition, Report, ScorecardDefinition, StandardDefinition, StandardsModel,
} from '../model/model.ts';
import type { ReplaySide, ReplayedStandard } from './review-data.ts';

type Side = 'base' | 'proposed';
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
  pairs: ReplayPair[];
  notes: string[];
}

const prefixed = (side: Side, id: string) => `${side}:${id}`;

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
    if (reasons.length) pairs.push({ id: s.id, change: 'affected', baseId, reasons });
  }
  return pairs;
}

/** One model holding both versions of every replayed standard, with what they need under distinct ids. */
export function planReplay(base: StandardsModel, head: StandardsModel, pairs: readonly ReplayPair[]): ReplayPlan {
  const notes: string[] = [];
  const calendars = new Map<string, CalendarDefinition>();
  const scorecards = new Map<string, ScorecardDefinition>();
  const standards: StandardDefinition[] = [];
  const exclusions: ExclusionDefinition[] = [];

  // A calendar or scorecard that is the same on both sides is compiled once, under its own id.
  const calendarId = (side: Side, id: string | null): string | null => {
    if (id === null) return null;
    const x = base.calendars.find((c) => c.id === id);
    const y = head.calendars.find((c) => c.id === id);
    const same = x && y && isDeepStrictEqual({ ...withoutOrigin(x), name: '' }, { ...withoutOrigin(y), name: '' });
    const own = side === 'base' ? x : y;
    if (!own) return id;
    const key = same ? id : prefixed(side, id);
    calendars.set(key, { ...own, id: key });
    return key;
  };
  const scorecardId = (side: Side, id: string | null): string | null => {
    if (id === null) return null;
    const x = base.scorecards.find((c) => c.id === id);
    const y = head.scorecards.find((c) => c.id === id);
    const same = x && y && isDeepStrictEqual(withoutOrigin(x), withoutOrigin(y));
    const own = side === 'base' ? x : y;
    if (!own) return id;
    const key = same ? id : prefixed(side, id);
    scorecards.set(key, { ...own, id: key });
    return key;
  };
  const add = (side: Side, model: StandardsModel, s: StandardDefinition) => {
    standards.push({
      ...s,
      id: prefixed(side, s.id),
      calendar: calendarId(side, s.calendar),
      scorecard: scorecardId(side, s.scorecard),
      // The two sides may have different pipeline defaults; the merged model has one, so each standard carries its own.
      minimumSample: s.minimumSample ?? model.pipeline.evaluation.minimumSample,
    });
  };
  const included: Record<Side, string[]> = { base: [], proposed: [] };
  for (const pair of pairs) {
    const proposed = head.standards.find((s) => s.id === pair.id)!;
    add('proposed', head, proposed);
    included.proposed.push(pair.id);
    if (pair.baseId !== null) {
      add('base', base, base.standards.find((s) => s.id === pair.baseId)!);
      included.base.push(pair.baseId);
    }
  }
  for (const [side, model] of [['base', base], ['proposed', head]] as const) {
    for (const e of model.pipeline.exclusions) {
      const ids = (e.standards ?? included[side]).filter((id) => included[side].includes(id));
      if (ids.length) exclusions.push({ ...e, id: prefixed(side, e.id), standards: ids.map((id) => prefixed(side, id)) });
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
      calendars: [...calendars.values()],
      scorecards: [...scorecards.values()],
      standards,
      sops: [],
      policies: [],
    },
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
    goalText: report.goal.text,
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

export interface ReplayInput {
  base: StandardsModel;
  head: StandardsModel;
  tickets: Iterable<unknown> | AsyncIterable<unknown>;
  now: Date;
  clockFor: ClockFor;
  renamedFrom?: ReadonlyMap<string, string>;
}

export interface ReplayOutcome {
  standards: ReplayedStandard[];
  tickets: number;
  notes: string[];
  pairs: ReplayPair[];
}

/** Evaluates base and proposed versions of every replayed standard in one pass over `tickets`. */
export async function replayStandards(input: ReplayInput): Promise<ReplayOutcome> {
  const pairs = replayPairs(input.base, input.head, input.renamedFrom);
  if (pairs.length === 0) return { standards: [], tickets: 0, notes: [], pairs };
  const plan = planReplay(input.base, input.head, pairs);
  const report = await evaluateStandards({ model: plan.model, tickets: input.tickets, now: input.now, clockFor: input.clockFor });
  return { standards: replayResults(plan, report, input.base, input.head), tickets: report.data.tickets, notes: plan.notes, pairs };
}
