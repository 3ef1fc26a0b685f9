// One function per metric of the catalogue (scripts/model/metric-catalogue.ts), implementing its
// `definition` and `countedAt` texts exactly. Each takes a ticket's facts (as of now) and returns what the
// ticket contributes; the evaluation decides windows, scopes and status.

import type { BusinessClock } from './business-clock.ts';
import { isSolvedStatus, type TicketFacts } from './ticket-checks.ts';
import type { ScorecardDefinition, TicketStatus } from '../model/model.ts';

/**
 * A duration metric's result for one ticket (or one exchange, for next_reply_time):
 * - complete: the measurement started at `startMs`, finished at `completedAtMs` and took `minutes`;
 * - open: still running at `now`, started at `startMs`, `minutes` so far; `breachedAtMs` is the instant the
 *   running time passed the threshold (an in-flight breach), or null while it is still inside it (pending).
 */
export type DurationMeasurement =
  | { open: false; startMs: number; completedAtMs: number; minutes: number }
  | { open: true; startMs: number; minutes: number; breachedAtMs: number | null };

/** A rate metric's result for one ticket: one trial, a success or not, counted at `atMs`. */
export interface RateObservation { atMs: number; success: boolean }

export interface NpsAnswer { atMs: number; promoter: boolean; detractor: boolean }

export interface QaReviewScore {
  atMs: number;
  /** Weighted share of applicable behaviours passed, 0 when a critical behaviour failed. */
  score: number;
  /** At or above the scorecard's pass mark. */
  passed: boolean;
}

const openMeasurement = (function openMeasurement(clock: BusinessClock, startMs: number, nowMs: number, thresholdMinutes: number): DurationMeasurement {
  const minutes = clock.elapsedMinutes(startMs, nowMs);
  // Breached only once the running time is strictly past the threshold (exactly on it is still met), and
  // dated at the instant it passed it: reached as the desk closes, it is passed when the desk next opens.
  const breachedAtMs = minutes > thresholdMinutes ? clock.passedAt(startMs, thresholdMinutes) : null;
  return { open: true, startMs, minutes, breachedAtMs };
});

/**
 * first_response_time: creation → first public agent reply; not measured when solved without one. On a ticket
 * opened by an agent the opening comment is not in `replies` (ticket-checks.ts leaves it out), so the first
 * reply here is the first public agent reply after it (Zendesk: the second public agent comment).
 */
export const firstResponseTime = (function firstResponseTime(t: TicketFacts, clock: BusinessClock, nowMs: number, thresholdMinutes: number): DurationMeasurement | null {
  for (const reply of t.replies) {
    if (reply.agent) return { open: false, startMs: t.createdMs, completedAtMs: reply.atMs, minutes: clock.elapsedMinutes(t.createdMs, reply.atMs) };
  }
  if (t.solved) return null;
  return openMeasurement(clock, t.createdMs, nowMs, thresholdMinutes);
});

/**
 * next_reply_time: after the first agent reply, every run of customer replies is one exchange measured from
 * the first reply of the run to the next agent reply. A solve before that agent reply ends the exchange
 * unmeasured; a solve at the same instant as the agent reply ("submit as solved") does not, since the reply
 * answered it. The last exchange of an open ticket is open.
 */
export const nextReplyTimes = (function nextReplyTimes(t: TicketFacts, clock: BusinessClock, nowMs: number, thresholdMinutes: number): DurationMeasurement[] {
  const out: DurationMeasurement[] = [];
  let seenAgent = false;
  let runStart = -1;
  const changes = t.statusChanges;
  let c = 0;
  // Solves are tracked by walking the status timeline alongside the replies.
  let solvedSinceRun = false;
  let solvedAtPointer = false;
  // Status changes strictly before `atMs`: a solve at a reply's own instant comes after that reply.
  const advanceBefore = (atMs: number) => {
    while (c < changes.length && changes[c]!.atMs < atMs) {
      const solvedHere = isSolvedStatus(changes[c]!.status);
      if (solvedHere && !solvedAtPointer && runStart >= 0 && changes[c]!.atMs >= runStart) solvedSinceRun = true;
      solvedAtPointer = solvedHere;
      c++;
    }
  };
  for (const reply of t.replies) {
    advanceBefore(reply.atMs);
    if (reply.agent) {
      if (runStart >= 0 && !solvedSinceRun) {
        out.push({ open: false, startMs: runStart, completedAtMs: reply.atMs, minutes: clock.elapsedMinutes(runStart, reply.atMs) });
      }
      runStart = -1;
      seenAgent = true;
    } else if (seenAgent && (runStart < 0 || solvedSinceRun)) {
      runStart = reply.atMs;
      solvedSinceRun = false;
    }
  }
  if (runStart >= 0) {
    advanceBefore(Number.POSITIVE_INFINITY);
    if (!solvedSinceRun && !t.solved) out.push(openMeasurement(clock, runStart, nowMs, thresholdMinutes));
  }
  return out;
});

/** full_resolution_time: creation → final solve, pending and on-hold included. */
export const fullResolutionTime = (function fullResolutionTime(t: TicketFacts, clock: BusinessClock, nowMs: number, thresholdMinutes: number): DurationMeasurement {
  if (t.solved && t.finalSolveMs !== null) {
    return { open: false, startMs: t.createdMs, completedAtMs: t.finalSolveMs, minutes: clock.elapsedMinutes(t.createdMs, t.finalSolveMs) };
  }
  return openMeasurement(clock, t.createdMs, nowMs, thresholdMinutes);
});

/** requester_wait_time's pause statuses when a standard names none: only pending, as Zendesk counts it. */
export const DEFAULT_REQUESTER_WAIT_PAUSES: readonly TicketStatus[] = ['pending'];

/** agent_work_time counts new and open only. */
export const AGENT_WORK_PAUSES: readonly TicketStatus[] = ['pending', 'on-hold'];

/**
 * requester_wait_time (and agent_work_time, with AGENT_WORK_PAUSES): creation → final solve, leaving out time
 * in `pauseStatuses` and time spent solved or closed before a reopen.
 */
export const requesterWaitTime = (function requesterWaitTime(
  t: TicketFacts,
  clock: BusinessClock,
  nowMs: number,
  thresholdMinutes: number,
  pauseStatuses: readonly TicketStatus[],
): DurationMeasurement {
  const endMs = t.solved && t.finalSolveMs !== null ? t.finalSolveMs : nowMs;
  let minutes = 0;
  let breachedAtMs: number | null = null;
  const changes = t.statusChanges;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (change.atMs >= endMs) break;
    if (isSolvedStatus(change.status) || pauseStatuses.includes(change.status)) continue;
    const next = changes[i + 1];
    const to = next === undefined || next.atMs > endMs ? endMs : next.atMs;
    const part = clock.elapsedMinutes(change.atMs, to);
    if (breachedAtMs === null && minutes + part > thresholdMinutes) {
      breachedAtMs = clock.passedAt(change.atMs, thresholdMinutes - minutes);
    }
    minutes += part;
  }
  if (t.solved && t.finalSolveMs !== null) return { open: false, startMs: t.createdMs, completedAtMs: t.finalSolveMs, minutes };
  return { open: true, startMs: t.createdMs, minutes, breachedAtMs };
});

/** reopen_rate: one trial per ticket with a first solve, counted then; success = reopened at least once. */
export const reopenRate = (function reopenRate(t: TicketFacts): RateObservation | null {
  if (t.firstSolveMs === null) return null;
  return { atMs: t.firstSolveMs, success: t.reopens > 0 };
});

/** first_contact_resolution: solved tickets, at the final solve; success = one agent reply before it and never reopened. */
export const firstContactResolution = (function firstContactResolution(t: TicketFacts): RateObservation | null {
  if (!t.solved || t.finalSolveMs === null) return null;
  let agentReplies = 0;
  for (const reply of t.replies) {
    if (reply.agent && reply.atMs <= t.finalSolveMs) agentReplies++;
  }
  return { atMs: t.finalSolveMs, success: agentReplies === 1 && t.reopens === 0 };
});

/** csat: one trial per rating; success = `good`, 4 or 5. */
export const csat = (function csat(t: TicketFacts): RateObservation | null {
  return t.satisfaction === null ? null : { atMs: t.satisfaction.atMs, success: t.satisfaction.good };
});

/** nps: one answer per ticket; 9–10 promoter, 0–6 detractor, 7–8 passive. */
export const npsAnswer = (function npsAnswer(t: TicketFacts): NpsAnswer | null {
  if (t.nps === null) return null;
  return { atMs: t.nps.atMs, promoter: t.nps.score >= 9, detractor: t.nps.score <= 6 };
});

/** NPS from counts: % promoters − % detractors, −100..100; null without answers. */
export function netPromoterScore(promoters: number, detractors: number, total: number): number | null {
  return total === 0 ? null : (100 * (promoters - detractors)) / total;
}

/** A behaviour's mark in a review: pass, fail, not applicable, or a score from 0 to 1. */
export type QaMark = 'pass' | 'fail' | 'na' | number;

/** How one review scored: the score, and what each applicable behaviour did to it. */
export interface ScoredReview {
  /** Weighted share of applicable behaviours passed (a score counts its share of the weight); 0 when a critical one failed. */
  score: number;
  /** At or above the scorecard's pass mark. */
  passed: boolean;
  /**
   * Per applicable behaviour: whether it passed (pass, or a score at or above the pass mark), and the points of the
   * score lost through it (see the metric's definition); the points add up to 1 − score.
   */
  behaviours: Map<string, { passed: boolean; lost: number }>;
}

/**
 * qa_score of one review (the metric catalogue's definition): null when no behaviour of the scorecard applies.
 * Marks of behaviours the scorecard does not list are ignored.
 */
export const scoreQaReview = (function scoreQaReview(results: Readonly<Record<string, QaMark | undefined>>, scorecard: ScorecardDefinition): ScoredReview | null {
  let applicable = 0;
  let passedWeight = 0;
  const marks: { id: string; weight: number; credit: number; passed: boolean; critical: boolean }[] = [];
  for (const behaviour of scorecard.behaviours) {
    const mark = results[behaviour.id];
    if (mark === undefined || mark === 'na') continue;
    const credit = mark === 'pass' ? 1 : mark === 'fail' ? 0 : mark;
    const passed = mark === 'pass' || (typeof mark === 'number' && mark >= scorecard.passMark);
    applicable += behaviour.weight;
    passedWeight += behaviour.weight * credit;
    marks.push({ id: behaviour.id, weight: behaviour.weight, credit, passed, critical: behaviour.critical });
  }
  if (applicable === 0) return null;
  const raw = passedWeight / applicable;
  const criticalFailed = marks.filter((m) => m.critical && !m.passed);
  const score = criticalFailed.length > 0 ? 0 : raw;
  const behaviours = new Map<string, { passed: boolean; lost: number }>();
  for (const m of marks) {
    // A failed critical behaviour also costs the rest of the review's score, shared by the critical ones that failed.
    const share = m.critical && !m.passed ? raw / criticalFailed.length : 0;
    behaviours.set(m.id, { passed: m.passed, lost: (m.weight * (1 - m.credit)) / applicable + share });
  }
  return { score, passed: score >= scorecard.passMark, behaviours };
});

/**
 * qa_score: every review of this ticket with the standard's scorecard. Behaviours the scorecard does not
 * list are ignored; a behaviour without a result or marked `na` is left out; a review with no applicable
 * behaviour is not scored; a failed critical behaviour scores 0.
 */
export const qaReviewScores = (function qaReviewScores(t: TicketFacts, scorecard: ScorecardDefinition): (QaReviewScore & { scored: ScoredReview })[] {
  const out: (QaReviewScore & { scored: ScoredReview })[] = [];
  for (const review of t.qa) {
    if (review.scorecard !== scorecard.id) continue;
    const scored = scoreQaReview(review.results, scorecard);
    if (scored === null) continue;
    out.push({ atMs: review.atMs, score: scored.score, passed: scored.passed, scored });
  }
  return out;
});

/**
 * The periods during which the ticket was unsolved, as [fromMs, toMs): from creation, and from every reopen,
 * to the next solve; the last one ends at +Infinity when the ticket is open now.
 */
export const unsolvedPeriods = (function unsolvedPeriods(t: TicketFacts): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let openSince: number | null = null;
  for (const change of t.statusChanges) {
    const solvedHere = isSolvedStatus(change.status);
    if (!solvedHere && openSince === null) openSince = change.atMs;
    else if (solvedHere && openSince !== null) {
      if (change.atMs > openSince) out.push([openSince, change.atMs]);
      openSince = null;
    }
  }
  if (openSince !== null) out.push([openSince, Number.POSITIVE_INFINITY]);
  return out;
});

/** backlog_age: the ticket's age at `atMs` if it was unsolved then (in the backlog), else null. */
export function backlogAge(t: TicketFacts, clock: BusinessClock, atMs: number): number | null {
  if (atMs < t.createdMs) return null;
  for (const [from, to] of unsolvedPeriods(t)) {
    if (atMs >= from && atMs < to) return clock.elapsedMinutes(t.createdMs, atMs);
  }
  return null;
}
