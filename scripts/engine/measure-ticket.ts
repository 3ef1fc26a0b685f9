// Measures one ticket for one track of a standard and counts what it finds (how a number is made: see the
// header of evaluate.ts). A complete measurement counts where it completed; an open one past its threshold
// counts as an in-flight breach at the instant it passed; an open one inside it is pending.

import type { TicketFacts } from './ticket-checks.ts';
import {
  firstResponseTime, nextReplyTimes, fullResolutionTime, requesterWaitTime, reopenRate, firstContactResolution,
  csat, npsAnswer, qaReviewScores, unsolvedPeriods, AGENT_WORK_PAUSES, type DurationMeasurement,
} from './metrics.ts';
import { firstAtOrAfter } from './evaluation-days.ts';
import { versionAt } from './version-spans.ts';
import { countInDay, countInWindow, EPSILON, record, type StandardState, type Track } from './standard-state.ts';

function offerWorst(state: StandardState, t: TicketFacts, worst: WorstCandidate): void {
  if (!state.worst.wouldKeep(worst.minutes, t.id)) return;
  state.worst.offer({
    id: t.id, createdMs: t.createdMs, priority: t.priority, channel: t.channel, team: t.team,
    minutes: worst.minutes, inFlight: worst.inFlight, version: worst.version,
  });
}

interface WorstCandidate { minutes: number; inFlight: boolean; version: number }

/** When an open measurement passed a given threshold (null: not by now), for versions other than the track's latest. */
type BreachAt = (thresholdMinutes: number) => number | null;

/**
 * Counts one duration measurement made by `track`; returns what it adds to the worst list, or null.
 * A complete measurement is judged by the version in force when it completed (if that version belongs to this
 * track: otherwise another track measures it). An open one is an in-flight breach at the first instant it
 * passed the threshold of the version then in force, pending when it passed none.
 */
function recordDuration(state: StandardState, track: Track, t: TicketFacts, m: DurationMeasurement, nowMs: number, breachAt: BreachAt): WorstCandidate | null {
  if (!m.open) {
    const version = versionAt(state.versions, m.completedAtMs);
    if (version < 0 || state.versions[version]!.track !== track.index) return null;
    const met = m.minutes <= state.versions[version]!.thresholdMinutes + EPSILON ? 1 : 0;
    return record(state, t, version, m.completedAtMs, met, met, nowMs) ? { minutes: m.minutes, inFlight: false, version } : null;
  }
  let version = -1;
  let breachedAtMs: number | null = null;
  if (state.single) {
    if (m.breachedAtMs !== null && m.breachedAtMs >= state.versions[0]!.startMs) {
      version = 0;
      breachedAtMs = m.breachedAtMs;
    } else if (m.breachedAtMs !== null) {
      // Past the threshold before the standard took effect: breached the moment it did.
      version = 0;
      breachedAtMs = state.versions[0]!.startMs;
    }
  } else {
    for (const index of track.versions) {
      const v = state.versions[index]!;
      if (v.endMs <= m.startMs || v.startMs > nowMs) continue;
      const passed = v.thresholdMinutes === track.thresholdMinutes ? m.breachedAtMs : breachAt(v.thresholdMinutes);
      if (passed === null) continue;
      const at = passed > v.startMs ? passed : v.startMs;
      if (at < v.endMs && at <= nowMs) {
        version = index;
        breachedAtMs = at;
        break;
      }
    }
  }
  if (breachedAtMs === null) {
    state.pending++;
    return null;
  }
  if (!record(state, t, version, breachedAtMs, 0, 0, nowMs)) return null;
  state.inFlight++;
  return { minutes: m.minutes, inFlight: true, version };
}

/** The open measurement among `ms` (the last one, for next reply time), or null. */
function openBreach(ms: readonly DurationMeasurement[] | DurationMeasurement | null): number | null {
  const m = Array.isArray(ms) ? ms[ms.length - 1] : ms;
  return m !== undefined && m !== null && m.open ? m.breachedAtMs : null;
}

/** Counts a rate or score observation at `atMs` judged by the version then in force, if this track measures it. */
function recordObservation(state: StandardState, track: Track, t: TicketFacts, atMs: number, met: number, sum: number, nowMs: number): void {
  const version = versionAt(state.versions, atMs);
  if (version < 0 || state.versions[version]!.track !== track.index) return;
  record(state, t, version, atMs, met, sum, nowMs);
}

/** The single-version path never asks for another threshold. */
const noOtherVersion: BreachAt = () => null;

export function measureTicket(state: StandardState, track: Track, t: TicketFacts, nowMs: number): void {
  const clock = track.clock;
  const threshold = track.thresholdMinutes;
  // Only a standard with several versions may need an open measurement's breach under another threshold.
  const multi = !state.single;
  switch (track.metric) {
    case 'first_response_time': {
      const m = firstResponseTime(t, clock, nowMs, threshold);
      const worst = m === null ? null : recordDuration(state, track, t, m, nowMs, multi ? (other) => openBreach(firstResponseTime(t, clock, nowMs, other)) : noOtherVersion);
      if (worst !== null) offerWorst(state, t, worst);
      return;
    }
    case 'full_resolution_time': {
      const m = fullResolutionTime(t, clock, nowMs, threshold);
      const worst = recordDuration(state, track, t, m, nowMs, multi ? (other) => openBreach(fullResolutionTime(t, clock, nowMs, other)) : noOtherVersion);
      if (worst !== null) offerWorst(state, t, worst);
      return;
    }
    case 'requester_wait_time':
    case 'agent_work_time': {
      const pauses = track.metric === 'agent_work_time' ? AGENT_WORK_PAUSES : track.pauseStatuses;
      const m = requesterWaitTime(t, clock, nowMs, threshold, pauses);
      const worst = recordDuration(state, track, t, m, nowMs, multi ? (other) => openBreach(requesterWaitTime(t, clock, nowMs, other, pauses)) : noOtherVersion);
      if (worst !== null) offerWorst(state, t, worst);
      return;
    }
    case 'next_reply_time': {
      // A ticket appears once in the worst list, with its longest exchange in the window.
      let longest: WorstCandidate | null = null;
      for (const m of nextReplyTimes(t, clock, nowMs, threshold)) {
        const worst = recordDuration(state, track, t, m, nowMs, multi ? (other) => openBreach(nextReplyTimes(t, clock, nowMs, other)) : noOtherVersion);
        if (worst !== null && (longest === null || worst.minutes > longest.minutes)) longest = worst;
      }
      if (longest !== null) offerWorst(state, t, longest);
      return;
    }
    case 'reopen_rate':
    case 'first_contact_resolution':
    case 'csat': {
      const o = track.metric === 'reopen_rate' ? reopenRate(t) : track.metric === 'csat' ? csat(t) : firstContactResolution(t);
      if (o !== null) recordObservation(state, track, t, o.atMs, o.success ? 1 : 0, o.success ? 1 : 0, nowMs);
      return;
    }
    case 'nps': {
      const a = npsAnswer(t);
      if (a !== null) recordObservation(state, track, t, a.atMs, a.promoter ? 1 : 0, a.promoter ? 1 : a.detractor ? -1 : 0, nowMs);
      return;
    }
    case 'qa_score': {
      if (track.scorecard === null) return;
      for (const review of qaReviewScores(t, track.scorecard)) recordObservation(state, track, t, review.atMs, review.passed ? 1 : 0, review.score, nowMs);
      return;
    }
    case 'backlog_age':
      measureBacklog(state, track, t);
      return;
  }
}

/**
 * backlog_age: the ticket is photographed at the end of every day it was unsolved, and at now, and judged by
 * the version in force at the photograph.
 */
function measureBacklog(state: StandardState, track: Track, t: TicketFacts): void {
  const snapshots = state.snapshots!;
  const last = snapshots.length - 1;
  for (const [from, to] of unsolvedPeriods(t)) {
    for (let i = firstAtOrAfter(snapshots, from); i <= last && snapshots[i]! < to; i++) {
      const at = snapshots[i]!;
      const version = versionAt(state.versions, at);
      if (version < 0 || state.versions[version]!.track !== track.index) continue;
      const age = track.clock.elapsedMinutes(t.createdMs, at);
      const met = age <= state.versions[version]!.thresholdMinutes + EPSILON ? 1 : 0;
      countInDay(state, i, met, met);
      if (i === last) {
        // The last snapshot is now: the headline backlog.
        countInWindow(state, t, version, met, met);
        if (!met) state.inFlight++;
        offerWorst(state, t, { minutes: age, inFlight: !met, version });
      }
    }
  }
}
