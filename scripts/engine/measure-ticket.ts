// Measures one ticket for one track of a standard and counts what it finds (how a number is made: see the
// header of evaluate.ts). A complete measurement counts where it completed; an open one past its threshold
// counts as an in-flight breach at the instant it passed; an open one inside it is pending.

import type { TicketFacts } from './ticket-checks.ts';
import type { WorstEntry } from './worst-tickets.ts';
import {
  firstResponseTime, nextReplyTimes, fullResolutionTime, requesterWaitTime, reopenRate, firstContactResolution,
  csat, npsAnswer, qaReviewScores, unsolvedPeriods, AGENT_WORK_PAUSES, type DurationMeasurement,
} from './metrics.ts';
import { firstAtOrAfter } from './evaluation-days.ts';
import { versionAt } from './version-spans.ts';
import { countInDay, countInWindow, EPSILON, record, type StandardState, type Track } from './standard-state.ts';
import { countQaReview } from './qa-behaviours.ts';
import type { TicketStatus } from '../model/model.ts';

/** `ref` present and undefined: entries from the counters carry one (evaluate.ts), and the heap sees one shape of entry. */
const entryOf = (function entryOf(t: TicketFacts, c: WorstCandidate): WorstEntry {
  return {
    id: t.id, createdMs: t.createdMs, priority: t.priority, channel: t.channel, team: t.team,
    minutes: c.minutes, inFlight: c.inFlight, version: c.version, lateSinceMs: c.lateSinceMs, facts: t, ref: undefined,
  };
});

/** Offers a ticket's longest measurement to the worst list and, when it is open and late, to the open-and-late list. */
const offerWorst = (function offerWorst(state: StandardState, t: TicketFacts, worst: WorstCandidate): void {
  if (state.worst.wouldKeep(worst.minutes, t.id)) state.worst.offer(entryOf(t, worst));
  if (worst.lateSinceMs !== null) offerOpenLate(state, t, worst);
});

const offerOpenLate = (function offerOpenLate(state: StandardState, t: TicketFacts, late: WorstCandidate): void {
  if (state.openLate.wouldKeep(late.minutes, t.id)) state.openLate.offer(entryOf(t, late));
});

/** `lateSinceMs`: an in-flight breach's instant (when it passed the threshold), else null. */
interface WorstCandidate { minutes: number; inFlight: boolean; version: number; lateSinceMs: number | null }

/** When an open measurement passed a given threshold (null: not by now), for versions other than the track's latest. */
export type BreachAt = (thresholdMinutes: number) => number | null;

/** How the engine judged one duration measurement (`judgeDuration`). */
export type DurationJudgement =
  /** Counted at `atMs` by `version`: met or missed when complete, a miss when open and past the threshold (in flight). */
  | { kind: 'counted'; version: number; atMs: number; met: 0 | 1; inFlight: boolean }
  /** Open and inside the threshold of every version in force since it started: not counted yet. */
  | { kind: 'pending' }
  /** Completed while a version measured by another track was in force: that track counts it. */
  | { kind: 'other-track'; version: number }
  /** Completed before the standard's first version took effect, or open while none is in force yet: not counted. */
  | { kind: 'before-standard' };

/**
 * Judges one duration measurement made by `track`. A complete measurement is judged by the version in force
 * when it completed (if that version belongs to this track: otherwise another track measures it). An open one
 * is an in-flight breach at the first instant it passed the threshold of the version then in force, pending
 * when it passed none. `ended`: the open time stopped at `nowMs` (a member who left, an SOP version replaced: a
 * membership runs until, not at, its end), so a version taking effect at that instant was never in force while it
 * ran and does not judge it, as a threshold passing at that instant does not.
 */
export const judgeDuration = (function judgeDuration(state: StandardState, track: Track, m: DurationMeasurement, nowMs: number, breachAt: BreachAt, ended = false): DurationJudgement {
  if (!m.open) {
    const version = versionAt(state.versions, m.completedAtMs);
    if (version < 0) return { kind: 'before-standard' };
    if (state.versions[version]!.track !== track.index) return { kind: 'other-track', version };
    const met = m.minutes <= state.versions[version]!.thresholdMinutes + EPSILON ? 1 : 0;
    return { kind: 'counted', version, atMs: m.completedAtMs, met, inFlight: false };
  }
  // No version in force yet: the standard measures nothing before its first version takes effect, neither pending nor
  // in flight (as a measurement completed then is not counted), on any track. A time that ended is its caller's to
  // judge (`ended`: a member's next membership may fall after the standard took effect).
  if (!ended && versionAt(state.versions, nowMs) < 0) return { kind: 'before-standard' };
  if (state.single) {
    if (m.breachedAtMs === null) return { kind: 'pending' };
    // Past the threshold before the standard took effect: breached the moment it did.
    const atMs = m.breachedAtMs >= state.versions[0]!.startMs ? m.breachedAtMs : state.versions[0]!.startMs;
    return { kind: 'counted', version: 0, atMs, met: 0, inFlight: true };
  }
  for (const index of track.versions) {
    const v = state.versions[index]!;
    if (v.endMs <= m.startMs || v.startMs > nowMs || (ended && v.startMs === nowMs)) continue;
    const passed = v.thresholdMinutes === track.thresholdMinutes ? m.breachedAtMs : breachAt(v.thresholdMinutes);
    if (passed === null) continue;
    const at = passed > v.startMs ? passed : v.startMs;
    if (at < v.endMs && at <= nowMs) return { kind: 'counted', version: index, atMs: at, met: 0, inFlight: true };
  }
  // Still inside every threshold of this track: pending only on the track of the version in force now, which judges
  // it from here on (a scope changed puts the versions on two tracks; the old one would count it pending while the
  // new one counts it too). A time that ended (`ended`) is judged by its caller as before.
  const current = ended ? -1 : versionAt(state.versions, nowMs);
  if (current >= 0 && state.versions[current]!.track !== track.index) return { kind: 'other-track', version: current };
  return { kind: 'pending' };
});

/** Counts one duration measurement made by `track` (see `judgeDuration`); returns what it adds to the worst list, or null. */
const recordDuration = (function recordDuration(state: StandardState, track: Track, t: TicketFacts, m: DurationMeasurement, nowMs: number, breachAt: BreachAt): WorstCandidate | null {
  const judged = judgeDuration(state, track, m, nowMs, breachAt);
  if (judged.kind === 'pending') {
    state.pending++;
    return null;
  }
  if (judged.kind !== 'counted') return null;
  if (!record(state, t, judged.version, judged.atMs, judged.met, judged.met, nowMs)) return null;
  if (judged.inFlight) state.inFlight++;
  return { minutes: m.minutes, inFlight: judged.inFlight, version: judged.version, lateSinceMs: judged.inFlight ? judged.atMs : null };
});

/** The open measurement among `ms` (the last one, for next reply time), or null. */
function openBreach(ms: readonly DurationMeasurement[] | DurationMeasurement | null): number | null {
  const m = Array.isArray(ms) ? ms[ms.length - 1] : ms;
  return m !== undefined && m !== null && m.open ? m.breachedAtMs : null;
}

/** Counts a rate or score observation at `atMs` judged by the version then in force, if this track measures it. */
const recordObservation = (function recordObservation(state: StandardState, track: Track, t: TicketFacts, atMs: number, met: number, sum: number, nowMs: number): void {
  const version = versionAt(state.versions, atMs);
  if (version < 0 || state.versions[version]!.track !== track.index) return;
  record(state, t, version, atMs, met, sum, nowMs);
});

/** The single-version path never asks for another threshold. */
export const noOtherVersion: BreachAt = () => null;

/** Whether `track` measures durations (one per ticket, or one per exchange for next reply time). */
export const isDurationTrack = (function isDurationTrack(track: Track): boolean {
  return track.metric === 'first_response_time' || track.metric === 'full_resolution_time' || track.metric === 'requester_wait_time'
    || track.metric === 'agent_work_time' || track.metric === 'next_reply_time';
});

/** The duration measurements `track` makes of `t` as of `nowMs`, with the track's threshold (next reply: one per exchange). */
export const durationsOf = (function durationsOf(track: Track, t: TicketFacts, nowMs: number, threshold = track.thresholdMinutes): DurationMeasurement[] {
  const clock = track.clock;
  switch (track.metric) {
    case 'first_response_time': {
      const m = firstResponseTime(t, clock, nowMs, threshold);
      return m === null ? [] : [m];
    }
    case 'full_resolution_time':
      return [fullResolutionTime(t, clock, nowMs, threshold)];
    case 'requester_wait_time':
    case 'agent_work_time':
      return [requesterWaitTime(t, clock, nowMs, threshold, pauseStatusesOf(track))];
    case 'next_reply_time':
      return nextReplyTimes(t, clock, nowMs, threshold);
    default:
      return [];
  }
});

/** The statuses that stop the clock of a wait-time track. */
export const pauseStatusesOf = (function pauseStatusesOf(track: Track): readonly TicketStatus[] {
  return track.metric === 'agent_work_time' ? AGENT_WORK_PAUSES : track.pauseStatuses;
});

/** For a standard with several versions: when the open measurement of `t` passed another version's threshold. */
export const breachAtFor = (function breachAtFor(state: StandardState, track: Track, t: TicketFacts, nowMs: number): BreachAt {
  if (state.single) return noOtherVersion;
  return (other) => openBreach(durationsOf(track, t, nowMs, other));
});

export const measureTicket = (function measureTicket(state: StandardState, track: Track, t: TicketFacts, nowMs: number): void {
  switch (track.metric) {
    case 'first_response_time':
    case 'full_resolution_time':
    case 'requester_wait_time':
    case 'agent_work_time':
    case 'next_reply_time': {
      const breachAt = breachAtFor(state, track, t, nowMs);
      // A ticket appears once in the worst list, with its longest measurement in the window (next reply:
      // exchange), and once in the open-and-late list, with its open measurement (only the last can be open).
      let longest: WorstCandidate | null = null;
      let late: WorstCandidate | null = null;
      for (const m of durationsOf(track, t, nowMs)) {
        const worst = recordDuration(state, track, t, m, nowMs, breachAt);
        if (worst !== null && (longest === null || worst.minutes > longest.minutes)) longest = worst;
        if (worst?.lateSinceMs != null) late = worst;
      }
      if (longest !== null) offerWorst(state, t, longest);
      if (late !== null && late !== longest) offerOpenLate(state, t, late);
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
      for (const review of qaReviewScores(t, track.scorecard)) countQaReview(state, track, t, review.atMs, review.scored, nowMs);
      return;
    }
    case 'backlog_age':
      measureBacklog(state, track, t);
      return;
  }
});

/**
 * backlog_age: the ticket is photographed at the end of every day it was unsolved, and at now, and judged by
 * the version in force at the photograph.
 */
const measureBacklog = (function measureBacklog(state: StandardState, track: Track, t: TicketFacts): void {
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
        // Late since the age passed the threshold of the version judging the backlog now.
        const lateSinceMs = met ? null : track.clock.passedAt(t.createdMs, state.versions[version]!.thresholdMinutes);
        offerWorst(state, t, { minutes: age, inFlight: !met, version, lateSinceMs });
      }
    }
  }
});
