// The tie-out: our first reply and full resolution times next to the helpdesk's own, ticket by ticket, for the
// tickets whose source carried the helpdesk's figures (`helpdeskMetrics`, Zendesk's ticket metrics). Both are
// calendar minutes, measured by the same metric functions the standards use, on the 24/7 clock. It is what makes a
// number trusted: where we differ, the report says why, so an ops lead can tell a difference of definition
// (expected, and explained on the site) from one nothing explains (a defect until shown otherwise: open the
// ticket and compare its events).
//
// Reasons, decided from our facts as of now and the two figures:
// - reopened-open-now (definition): full resolution of a ticket that was solved, reopened, and is unsolved now.
//   The helpdesk keeps the time of its last solve; our full resolution runs to the final solve, so the ticket
//   is unsolved until it is solved again.
// - helpdesk-has-none, we-have-none, different-times (unexplained): one side has a figure and the other none,
//   or both have one and they differ by more than the tolerance.

import type { Report } from '../model/model.ts';
import { wallClock } from './business-clock.ts';
import { firstResponseTime, fullResolutionTime, type DurationMeasurement } from './metrics.ts';
import type { TicketFacts } from './ticket-checks.ts';

export type TieOut = NonNullable<Report['data']['tieOut']>;
type TieOutMetric = TieOut['metrics'][number]['metric'];
export type TieOutReason = NonNullable<TieOut['disagreements'][number]['reason']>;
export type TieOutKind = 'definition' | 'unexplained';

/** Each reason, whether it is a difference of definition, and what it means in plain words (the site says these). */
export const TIE_OUT_REASONS: Record<TieOutReason, { kind: TieOutKind; words: string }> = {
  'reopened-open-now': {
    kind: 'definition',
    words: 'reopened and open now: the helpdesk keeps the time of the last solve, we count the ticket as unsolved until it is solved again',
  },
  'helpdesk-has-none': {
    kind: 'unexplained',
    words: 'we have a time and the helpdesk has none: its figures can lag the ticket by a few minutes; if it stays, open the ticket',
  },
  'we-have-none': {
    kind: 'unexplained',
    words: 'the helpdesk has a time and we have none: open the ticket and look for a reply or a solve we did not see, or a status or author mapped differently',
  },
  'different-times': {
    kind: 'unexplained',
    words: 'both have a time and they differ: open the ticket and compare its events',
  },
};

/** Zendesk reports whole minutes. */
const TOLERANCE_MINUTES = 1;
export const DISAGREEMENTS_KEPT = 10;

/** One ticket's tie-out, metric by metric: agreed, or the disagreement and its reason. */
export interface TieOutComparison { metric: TieOutMetric; agree: boolean; ours: number | null; theirs: number | null; reason: TieOutReason | null }

/**
 * The tie-out of some tickets (a day of settled tickets, kept with the store's counters): counts per metric and
 * reason, and the first disagreements of each kind in store order, each with its position (`at`) so parts of
 * one day merge with the tickets of that day counted one by one.
 */
export interface TieOutPart {
  tickets: number;
  counts: Record<TieOutMetric, { agree: number; disagree: number; reasons: [TieOutReason, number][] }>;
  kept: { at: number; disagreement: TieOut['disagreements'][number] }[];
}

export interface TieOutCounter {
  /** Counts one ticket at position `at` (store order: the first disagreements are kept). */
  add(ticket: unknown, facts: TicketFacts, nowMs: number, at: number): void;
  /** Counts a part computed ahead (`tieOutPart`); its `at` are store positions like `add`'s. */
  addPart(part: TieOutPart): void;
  /** null when no ticket carried the helpdesk's figures. */
  finish(): TieOut | null;
}

const completed = (m: DurationMeasurement | null): number | null => (m === null || m.open ? null : Math.round(m.minutes * 100) / 100);

/** Why two figures that do not agree differ. */
export function tieOutReason(metric: TieOutMetric, facts: Pick<TicketFacts, 'reopens' | 'solved'>, ours: number | null, theirs: number | null): TieOutReason {
  if (ours === null && theirs !== null) {
    return metric === 'full_resolution_time' && facts.reopens > 0 && !facts.solved ? 'reopened-open-now' : 'we-have-none';
  }
  if (ours !== null && theirs === null) return 'helpdesk-has-none';
  return 'different-times';
}

/** The comparisons of one ticket, or null when it carries no helpdesk figures. */
export const tieOutOf = (function tieOutOf(ticket: unknown, facts: TicketFacts, nowMs: number): TieOutComparison[] | null {
  const theirs = (ticket as { helpdeskMetrics?: { firstReplyMinutes?: number | null; fullResolutionMinutes?: number | null } }).helpdeskMetrics;
  if (theirs === undefined || theirs === null || typeof theirs !== 'object') return null;
  const out: TieOutComparison[] = [];
  const compare = (metric: TieOutMetric, ours: number | null, helpdesk: number | null | undefined): void => {
    if (helpdesk === undefined) return;
    const agree = ours === null || helpdesk === null ? ours === helpdesk : Math.abs(ours - helpdesk) <= TOLERANCE_MINUTES;
    out.push({ metric, agree, ours, theirs: helpdesk, reason: agree ? null : tieOutReason(metric, facts, ours, helpdesk) });
  };
  compare('first_response_time', completed(firstResponseTime(facts, wallClock, nowMs, Number.POSITIVE_INFINITY)), theirs.firstReplyMinutes);
  compare('full_resolution_time', completed(fullResolutionTime(facts, wallClock, nowMs, Number.POSITIVE_INFINITY)), theirs.fullResolutionMinutes);
  return out;
});

function emptyCounts(): TieOutPart['counts'] {
  return { first_response_time: { agree: 0, disagree: 0, reasons: [] }, full_resolution_time: { agree: 0, disagree: 0, reasons: [] } };
}

/** Accumulates tickets' comparisons into a part, keeping the first `DISAGREEMENTS_KEPT` of each kind by position. */
export function createTieOutPart(): { add(id: string, comparisons: readonly TieOutComparison[], at: number): void; part(): TieOutPart } {
  let tickets = 0;
  const counts = emptyCounts();
  const reasons: Record<TieOutMetric, Map<TieOutReason, number>> = { first_response_time: new Map(), full_resolution_time: new Map() };
  const kept: Record<TieOutKind, TieOutPart['kept']> = { unexplained: [], definition: [] };
  return {
    add(id, comparisons, at) {
      tickets++;
      for (const c of comparisons) {
        const count = counts[c.metric];
        if (c.agree) { count.agree++; continue; }
        count.disagree++;
        const reason = c.reason!;
        reasons[c.metric].set(reason, (reasons[c.metric].get(reason) ?? 0) + 1);
        const list = kept[TIE_OUT_REASONS[reason].kind];
        if (list.length < DISAGREEMENTS_KEPT) list.push({ at, disagreement: { ticket: id, metric: c.metric, ours: c.ours, theirs: c.theirs, reason } });
      }
    },
    part() {
      for (const metric of Object.keys(counts) as TieOutMetric[]) counts[metric].reasons = [...reasons[metric]];
      return { tickets, counts, kept: [...kept.unexplained, ...kept.definition] };
    },
  };
}

export const createTieOut = (function createTieOut(against: string): TieOutCounter {
  let tickets = 0;
  const counts: Record<TieOutMetric, { agree: number; disagree: number; reasons: Map<TieOutReason, number> }> = {
    first_response_time: { agree: 0, disagree: 0, reasons: new Map() },
    full_resolution_time: { agree: 0, disagree: 0, reasons: new Map() },
  };
  // The first few of each kind in store order: the unexplained ones are the ones worth opening. Candidates carry
  // their store position, so parts computed ahead and tickets counted one by one keep that order.
  const kept: Record<TieOutKind, TieOutPart['kept']> = { unexplained: [], definition: [] };
  const keep = (candidate: TieOutPart['kept'][number]): void => {
    const list = kept[TIE_OUT_REASONS[candidate.disagreement.reason!].kind];
    list.push(candidate);
    if (list.length > 4 * DISAGREEMENTS_KEPT) {
      list.sort((a, b) => a.at - b.at);
      list.length = DISAGREEMENTS_KEPT;
    }
  };
  return {
    add(ticket, facts, nowMs, at) {
      const comparisons = tieOutOf(ticket, facts, nowMs);
      if (comparisons === null) return;
      tickets++;
      for (const c of comparisons) {
        const count = counts[c.metric];
        if (c.agree) { count.agree++; continue; }
        count.disagree++;
        count.reasons.set(c.reason!, (count.reasons.get(c.reason!) ?? 0) + 1);
        keep({ at, disagreement: { ticket: facts.id, metric: c.metric, ours: c.ours, theirs: c.theirs, reason: c.reason! } });
      }
    },
    addPart(part) {
      tickets += part.tickets;
      for (const metric of Object.keys(counts) as TieOutMetric[]) {
        const from = part.counts[metric];
        const count = counts[metric];
        count.agree += from.agree;
        count.disagree += from.disagree;
        for (const [reason, n] of from.reasons) count.reasons.set(reason, (count.reasons.get(reason) ?? 0) + n);
      }
      for (const candidate of part.kept) keep(candidate);
    },
    finish() {
      if (tickets === 0) return null;
      const first = (list: TieOutPart['kept']) => [...list].sort((a, b) => a.at - b.at).slice(0, DISAGREEMENTS_KEPT).map((c) => c.disagreement);
      return {
        against, tickets, toleranceMinutes: TOLERANCE_MINUTES,
        metrics: (Object.keys(counts) as TieOutMetric[]).map((metric) => {
          const { agree, disagree, reasons } = counts[metric];
          // Ties by reason in code-unit order: the four reasons (TIE_OUT_REASONS) are lowercase words and hyphens that
          // differ in their first letter (d, h, r, w), which every locale's `localeCompare` orders the same way, and a
          // process's first `localeCompare` loads ICU's collation data (≈ 9 ms).
          const byReason = [...reasons].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([reason, count]) => ({ reason, kind: TIE_OUT_REASONS[reason].kind, count }));
          return { metric, agree, disagree, reasons: byReason };
        }),
        disagreements: [...first(kept.unexplained), ...first(kept.definition)].slice(0, DISAGREEMENTS_KEPT),
      };
    },
  };
});
