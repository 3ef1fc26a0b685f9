// The measurements that come from people rather than from the ticket stream, counted into the same per-day and
// headline counters as tickets (standard-state.ts), so status, error budget, series and statement are made
// exactly as for any standard (how a number is made: evaluate.ts):
// - qa_score: each stored QA review whose ticket is in the store, in scope and not excluded, at the review;
// - qa_coverage: each agent-week, a success at the review that reaches `reviewsPerAgent`, a miss at the end of a
//   week that did not reach it, pending while the week runs (on the track of the version in force now only; nowhere
//   before the first version takes effect);
// - sop_acknowledgement: each SOP version × following member, a duration from publication to acknowledgement
//   judged like any duration (measure-ticket.ts `judgeDuration`), an in-flight miss once past the threshold.
// Never a person's name: breakdowns are by team only.
//
// Who was a member when (`PeopleRecords.memberships`, read from each Team file's history: model/team-history.ts), so
// a week or a version is measured for the people who were in the team then, and a past figure does not change when
// someone joins or leaves tonight:
// - qa_coverage: an agent-week counts only when the person was a member of a counted team (one, or several in turn)
//   for the whole week up to the earlier of its end and now: a joiner's first week is the first that starts after
//   they joined, a leaver's last the last that ended before they left. Its team in the breakdown: the one they were
//   in when the week started (the first the model lists, when several).
// - sop_acknowledgement: a person is measured for a version when they were a following member at any time while it
//   was current; its time runs from the later of its publication and their joining. One who left before
//   acknowledging and before the threshold passed is not measured for it (as for a version replaced in that time);
//   a threshold passed before they left stays a miss. One who left and came back while the version was current is
//   measured from their return. Its team: the one they were in when its time started.
// A team without history (outside git, a file not committed yet) counts its members tonight for all time.

import { DateTime } from 'luxon';
import type { StandardDefinition, StandardsModel } from '../model/model.ts';
import { documentVersions } from '../model/standard-versions.ts';
import type { BusinessClock } from './business-clock.ts';
import type { EvaluationInput } from './evaluate.ts';
import { followersOf, memberHistories, membershipSpans, teamAt, type MemberHistory } from '../model/people.ts';
import type { DurationMeasurement } from './metrics.ts';
import { scoreQaReview } from './metrics.ts';
import { judgeDuration, type BreachAt } from './measure-ticket.ts';
import { countQaReview } from './qa-behaviours.ts';
import { acknowledgedAt, type PeopleRecords, type ReviewEntry } from './people-records.ts';
import { createState, inScope, record, type StandardState, type Track } from './standard-state.ts';
import { versionAt } from './version-spans.ts';

/** Counts what people did into every people-measured standard of `states`, as of `nowMs`. */
export const measurePeople = (function measurePeople(states: readonly StandardState[], model: StandardsModel, people: PeopleRecords, reviews: readonly ReviewEntry[], nowMs: number): void {
  for (const state of states) {
    // A review's side of a standard counts its own side's teams and followers (people-records.ts `views`).
    const view = people.views?.get(state.standard.id);
    const own = view === undefined ? model : { ...model, teams: [...view.teams], sops: [...view.sops] };
    const records = view === undefined ? people : { ...people, memberships: view.memberships, sopVersions: view.sopVersions ?? people.sopVersions };
    switch (state.standard.metric) {
      case 'qa_score':
        measureStoredReviews(state, reviews, nowMs);
        break;
      case 'qa_coverage':
        measureCoverage(state, own, records, reviews, nowMs);
        break;
      case 'sop_acknowledgement':
        measureAcknowledgements(state, own, records, nowMs);
        break;
      default:
        break;
    }
  }
});

/** Whether a metric is measured from people's records only (never from the ticket stream). */
export const isPeopleMetric = (function isPeopleMetric(metric: string): boolean {
  return metric === 'qa_coverage' || metric === 'sop_acknowledgement';
});

const measureStoredReviews = (function measureStoredReviews(state: StandardState, reviews: readonly ReviewEntry[], nowMs: number): void {
  for (const { review, atMs, ticket } of reviews) {
    if (ticket === null || review.problem !== undefined || !(atMs <= nowMs)) continue;
    const lifeEndMs = ticket.endedMs !== null && ticket.endedMs <= nowMs ? ticket.endedMs : nowMs;
    // The ticket pass already counted an excluded ticket in the exclusion's figure: its reviews are only left out.
    if (state.exclusions.some((e) => ticket.createdMs < e.toMs && lifeEndMs >= e.fromMs)) continue;
    for (const track of state.tracks) {
      if (track.scorecard === null || track.scorecard.id !== review.scorecard || !inScope(track.scope, ticket)) continue;
      const scored = scoreQaReview(review.results, track.scorecard);
      if (scored !== null) countQaReview(state, track, ticket, atMs, scored, nowMs);
    }
  }
});

/** The definition a track measures with (its latest version's). */
function trackDefinition(state: StandardState, track: Track) {
  return state.versions[track.versions[track.versions.length - 1]!]!.definition;
}

/** Whether `person` was a member of one of their teams (or several in turn) throughout [fromMs, toMs]. */
function memberThroughout(person: MemberHistory, fromMs: number, toMs: number): boolean {
  return membershipSpans(person).some((span) => span.fromMs <= fromMs && toMs <= span.toMs && fromMs < span.toMs);
}

function measureCoverage(state: StandardState, model: StandardsModel, people: PeopleRecords, reviews: readonly ReviewEntry[], nowMs: number): void {
  for (const track of state.tracks) {
    const definition = trackDefinition(state, track);
    const needed = definition.reviewsPerAgent ?? 1;
    const teams = model.teams.map((t) => t.id).filter((id) => track.scope.team === null || track.scope.team.has(id));
    const byAgent = new Map<string, number[]>();
    for (const { review, atMs } of reviews) {
      if (!(atMs <= nowMs) || (definition.scorecard !== null && review.scorecard !== definition.scorecard)) continue;
      const list = byAgent.get(review.agent) ?? [];
      list.push(atMs);
      byAgent.set(review.agent, list);
    }
    for (const list of byAgent.values()) list.sort((a, b) => a - b);
    const firstWeek = DateTime.fromMillis(state.grid.starts[0]!, { zone: state.zone }).startOf('week');
    const inForce = versionAt(state.versions, nowMs);
    for (const person of memberHistories(model, teams, people.memberships)) {
      // Their reviews under every key they had (a handle added to a member known by e-mail: the older under that).
      const times = person.keys.length === 1 ? byAgent.get(person.key) ?? [] : person.keys.flatMap((k) => byAgent.get(k) ?? []).sort((a, b) => a - b);
      for (let week = firstWeek; week.toMillis() <= nowMs; week = week.plus({ weeks: 1 })) {
        const startMs = week.toMillis();
        const endMs = week.plus({ weeks: 1 }).toMillis();
        if (!memberThroughout(person, startMs, Math.min(endMs, nowMs))) continue;
        const team = teamAt(person, startMs)!;
        const inWeek = times.filter((t) => t >= startMs && t < endMs);
        let atMs: number;
        let met: 0 | 1;
        if (inWeek.length >= needed) {
          atMs = inWeek[needed - 1]!;
          met = 1;
        } else if (endMs <= nowMs) {
          // A miss belongs to the week's last day, not to the Monday after it.
          atMs = endMs - 1;
          met = 0;
        } else {
          // The running week is pending only on the track of the version in force now, as an open duration is
          // (judgeDuration): not on an old track too, nor at all for a member that version leaves out, nor before the
          // standard's first version takes effect.
          if (inForce >= 0 && state.versions[inForce]!.track === track.index) state.pending++;
          continue;
        }
        const version = versionAt(state.versions, atMs);
        if (version < 0 || state.versions[version]!.track !== track.index) continue;
        record(state, { team }, version, atMs, met, met, nowMs);
      }
    }
  }
}

function measureAcknowledgements(state: StandardState, model: StandardsModel, people: PeopleRecords, nowMs: number): void {
  const firstStartMs = state.versions[0]?.startMs ?? Number.POSITIVE_INFINITY;
  for (const track of state.tracks) {
    const definition = trackDefinition(state, track);
    const sops = model.sops.filter((s) => (definition.sops ? definition.sops.includes(s.id) : s.status === 'active'));
    for (const sop of sops) {
      const teams = followersOf(sop, model).filter((id) => track.scope.team === null || track.scope.team.has(id));
      const members = memberHistories(model, teams, people.memberships);
      const versions = people.sopVersions.get(sop.id) ?? [];
      versions.forEach((published, i) => {
        const publishedMs = published.publishedMs;
        const supersededMs = versions[i + 1]?.publishedMs ?? Number.POSITIVE_INFINITY;
        // A version published before the standard took effect is not measured (metric catalogue).
        if (publishedMs < firstStartMs || publishedMs > nowMs) return;
        for (const person of members) {
          const ackMs = acknowledgedBy(people.acknowledgements, sop.id, published.version, person);
          // Each time they were a member while the version was current, until one is measured.
          for (const span of membershipSpans(person)) {
            if (!(span.fromMs < supersededMs && span.fromMs <= nowMs && span.toMs > publishedMs)) continue;
            const startMs = Math.max(publishedMs, span.fromMs);
            const endMs = Math.min(nowMs, supersededMs, span.toMs);
            // Replaced, or left, before now: a measurement still open at `endMs` stays open no longer.
            const ended = supersededMs <= nowMs || span.toMs <= nowMs;
            const outcome = measureOneAcknowledgement(state, track, startMs, endMs, ended, ackMs, teamAt(person, startMs)!, nowMs);
            if (outcome === 'measured') break;
          }
        }
      });
    }
  }
}

/**
 * Whether a follower of `sop` in `team`, owed the version published at `publishedMs` from `startMs`, was due to
 * acknowledge it by `endMs`: some sop_acknowledgement standard measuring that SOP for that team and that version
 * (published once it took effect: measureAcknowledgements) would count it as a miss, unacknowledged at `endMs`. Judged
 * by measureOneAcknowledgement's own rule (judgeDuration: the threshold of the version of the standard in force when it
 * passed, on that version's track), not by the standard's latest threshold: a leaver the measurement counts as a miss
 * is owed, one it does not count is not. The report's acknowledgement section counts a leaver as the measurement does
 * with it (people-report.ts), and the "Please read" issue as the section does.
 */
export type AcknowledgementDue = (sop: string, team: string, publishedMs: number, startMs: number, endMs: number) => boolean;

export const acknowledgementDue = (function acknowledgementDue(states: readonly StandardState[]): AcknowledgementDue {
  const measuring = states.filter((state) => state.standard.metric === 'sop_acknowledgement' && state.versions.length > 0).flatMap((state) => state.tracks
    // A track measures the SOPs its latest definition names, every active one without `sops` (measureAcknowledgements).
    .map((track) => ({ state, track, sops: trackDefinition(state, track).sops ?? null, firstStartMs: state.versions[0]!.startMs })));
  return (sop, team, publishedMs, startMs, endMs) => measuring.some(({ state, track, sops, firstStartMs }) => (sops === null || sops.includes(sop))
    && publishedMs >= firstStartMs && (track.scope.team === null || track.scope.team.has(team))
    && dueBy(state, track, startMs, endMs));
});

/** Whether an acknowledgement open from `startMs` to `endMs` is a miss by `track` (judgeDuration), not pending. */
function dueBy(state: StandardState, track: Track, startMs: number, endMs: number): boolean {
  const { m, breachAt } = openAcknowledgement(track, startMs, endMs);
  // A leaver's time ends when they leave: a version taking effect then does not judge it (judgeDuration `ended`).
  return judgeDuration(state, track, m, endMs, breachAt, true).kind === 'counted';
}

/** An acknowledgement still open at `endMs`, its time from `startMs`, as `track` measures it. */
function openAcknowledgement(track: Track, startMs: number, endMs: number): { m: DurationMeasurement; breachAt: BreachAt } {
  const clock = track.clock;
  const minutes = clock.elapsedMinutes(startMs, endMs);
  return {
    m: { open: true, startMs, minutes, breachedAtMs: minutes > track.thresholdMinutes ? clock.passedAt(startMs, track.thresholdMinutes) : null },
    breachAt: (other) => (minutes > other ? clock.passedAt(startMs, other) : null),
  };
}

/**
 * acknowledgementDue outside an evaluation (the actions job's "Please read" issues): the sop_acknowledgement
 * standards of `input.model` made ready as evaluate makes them (their versions, clocks and scopes), nothing counted.
 */
export const acknowledgementDueOf = (function acknowledgementDueOf(input: Pick<EvaluationInput, 'model' | 'now' | 'clockFor' | 'versionsOf'>): AcknowledgementDue {
  const clocks = new Map<string, BusinessClock>();
  const versionsOf = (standard: StandardDefinition) => input.versionsOf?.(standard) ?? documentVersions(standard);
  return acknowledgementDue(input.model.standards.filter((s) => s.metric === 'sop_acknowledgement').map((standard) => createState(standard, versionsOf(standard), input, clocks)));
});

/** The earliest acknowledgement by `person` under any key they had (a key without `:` is a GitHub handle). */
export function acknowledgedBy(records: PeopleRecords['acknowledgements'], sop: string, version: number, person: MemberHistory): number | null {
  if (person.keys.length === 1) return acknowledgedAt(records, sop, version, person.key, person.github);
  let earliest: number | null = null;
  for (const key of person.keys) {
    const at = acknowledgedAt(records, sop, version, key, key === person.key ? person.github : key.includes(':') ? null : key);
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  }
  return earliest;
}

/**
 * One version × member, its time from `startMs` (the later of publication and joining) to the acknowledgement, or open
 * until `endMs`: counted, pending, or left to another track ('measured'); or 'not measured', its time having ended
 * (`ended`: replaced, or the member left) before the threshold passed, unacknowledged.
 */
function measureOneAcknowledgement(state: StandardState, track: Track, startMs: number, endMs: number, ended: boolean, ackMs: number | null, team: string, nowMs: number): 'measured' | 'not measured' {
  const clock = track.clock;
  let m: DurationMeasurement;
  let breachAt: BreachAt;
  if (ackMs !== null && ackMs <= endMs) {
    const completedAtMs = Math.max(ackMs, startMs);
    m = { open: false, startMs, completedAtMs, minutes: clock.elapsedMinutes(startMs, completedAtMs) };
    breachAt = () => null;
  } else {
    ({ m, breachAt } = openAcknowledgement(track, startMs, endMs));
  }
  const judged = judgeDuration(state, track, m, endMs, breachAt, ended);
  if (judged.kind === 'pending') {
    // A version replaced (or a member gone) before they acknowledged it, inside its time, is not measured for them.
    if (ended) return 'not measured';
    state.pending++;
    return 'measured';
  }
  if (judged.kind !== 'counted') return 'measured';
  if (record(state, { team }, judged.version, judged.atMs, judged.met, judged.met, nowMs) && judged.inFlight && !ended) state.inFlight++;
  return 'measured';
}
