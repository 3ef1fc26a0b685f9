// The tie-out: our first reply and full resolution times next to the helpdesk's own, ticket by ticket, for the
// tickets whose source carried the helpdesk's figures (`helpdeskMetrics`, Zendesk's ticket metrics). Both are
// calendar minutes, measured by the same metric functions the standards use, on the 24/7 clock. It is what makes a
// number trusted: where we differ, the report lists the first tickets so anyone can open them and see why.

import type { Report } from '../model/model.ts';
import { wallClock } from './business-clock.ts';
import { firstResponseTime, fullResolutionTime, type DurationMeasurement } from './metrics.ts';
import type { TicketFacts } from './ticket-checks.ts';

export type TieOut = NonNullable<Report['data']['tieOut']>;
type TieOutMetric = TieOut['metrics'][number]['metric'];

/** Zendesk reports whole minutes. */
const TOLERANCE_MINUTES = 1;
const DISAGREEMENTS_KEPT = 10;

export interface TieOutCounter {
  add(ticket: unknown, facts: TicketFacts, nowMs: number): void;
  /** null when no ticket carried the helpdesk's figures. */
  finish(): TieOut | null;
}

const completed = (m: DurationMeasurement | null): number | null => (m === null || m.open ? null : Math.round(m.minutes * 100) / 100);

export function createTieOut(against: string): TieOutCounter {
  let tickets = 0;
  const counts: Record<TieOutMetric, { agree: number; disagree: number }> = {
    first_response_time: { agree: 0, disagree: 0 },
    full_resolution_time: { agree: 0, disagree: 0 },
  };
  const disagreements: TieOut['disagreements'] = [];
  const compare = (id: string, metric: TieOutMetric, ours: number | null, theirs: number | null | undefined): void => {
    if (theirs === undefined) return;
    const agree = ours === null || theirs === null ? ours === theirs : Math.abs(ours - theirs) <= TOLERANCE_MINUTES;
    if (agree) { counts[metric].agree++; return; }
    counts[metric].disagree++;
    if (disagreements.length < DISAGREEMENTS_KEPT) disagreements.push({ ticket: id, metric, ours, theirs });
  };
  return {
    add(ticket, facts, nowMs) {
      const theirs = (ticket as { helpdeskMetrics?: { firstReplyMinutes?: number | null; fullResolutionMinutes?: number | null } }).helpdeskMetrics;
      if (theirs === undefined || theirs === null || typeof theirs !== 'object') return;
      tickets++;
      compare(facts.id, 'first_response_time', completed(firstResponseTime(facts, wallClock, nowMs, Number.POSITIVE_INFINITY)), theirs.firstReplyMinutes);
      compare(facts.id, 'full_resolution_time', completed(fullResolutionTime(facts, wallClock, nowMs, Number.POSITIVE_INFINITY)), theirs.fullResolutionMinutes);
    },
    finish() {
      if (tickets === 0) return null;
      return {
        against, tickets, toleranceMinutes: TOLERANCE_MINUTES,
        metrics: (Object.keys(counts) as TieOutMetric[]).map((metric) => ({ metric, ...counts[metric] })),
        disagreements,
      };
    },
  };
}
