// The measurements that come from people rather than from the ticket stream, counted into the same per-day and
// headline counters as tickets (standard-state.ts), so status, error budget, series and statement are made
// exactly as for any standard (how a number is made: evaluate.ts):
// - qa_score: each stored QA review whose ticket is in the store, in scope and not excluded, at the review;
// - qa_coverage: each agent-week, a success at the review that reaches `reviewsPerAgent`, a miss at the end of a
//   week that did not reach it, pending while the week runs;
// - sop_acknowledgement: each SOP version × following member, a duration from publication to acknowledgement
//   judged like any duration (measure-ticket.ts `judgeDuration`), an in-flight miss once past the threshold.
// Never a person's name: breakdowns are by team only.

import { DateTime } from 'luxon';
import type { StandardsModel } from '../model/model.ts';
import { followersOf, peopleDirectory, type Person } from '../model/people.ts';
import type { DurationMeasurement } from './metrics.ts';
import { scoreQaReview } from './metrics.ts';
import { judgeDuration, type BreachAt } from './measure-ticket.ts';
import { countQaReview } from './qa-behaviours.ts';
import { acknowledgedAt, type PeopleRecords, type ReviewEntry } from './people-records.ts';
import { inScope, record, type StandardState, type Track } from './standard-state.ts';
import { versionAt } from './version-spans.ts';

/** Counts what people did into every people-measured standard of `states`, as of `nowMs`. */
export const measurePeople = (function measurePeople(states: readonly StandardState[], model: StandardsModel, people: PeopleRecords, reviews: readonly ReviewEntry[], nowMs: number): void {
  for (const state of states) {
    switch (state.standard.metric) {
      case 'qa_score':
        measureStoredReviews(state, reviews, nowMs);
        break;
      case 'qa_coverage':
        measureCoverage(state, model, reviews, nowMs);
        break;
      case 'sop_acknowledgement':
        measureAcknowledgements(state, model, people, nowMs);
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

/** The people of `teams` (each once) with the first of those teams that lists them, for the team breakdown. */
function peopleWithTeam(model: StandardsModel, teams: readonly string[]): { person: Person; team: string }[] {
  const wanted = model.teams.filter((t) => teams.includes(t.id));
  return peopleDirectory(wanted).all().map((person) => ({ person, team: wanted.find((t) => person.teams.includes(t.id))!.id }));
}

function measureCoverage(state: StandardState, model: StandardsModel, reviews: readonly ReviewEntry[], nowMs: number): void {
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
    for (const { person, team } of peopleWithTeam(model, teams)) {
      const times = byAgent.get(person.key) ?? [];
      for (let week = firstWeek; week.toMillis() <= nowMs; week = week.plus({ weeks: 1 })) {
        const startMs = week.toMillis();
        const endMs = week.plus({ weeks: 1 }).toMillis();
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
          state.pending++;
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
    const clock = track.clock;
    const threshold = track.thresholdMinutes;
    const sops = model.sops.filter((s) => (definition.sops ? definition.sops.includes(s.id) : s.status === 'active'));
    for (const sop of sops) {
      const teams = followersOf(sop, model).filter((id) => track.scope.team === null || track.scope.team.has(id));
      const members = peopleWithTeam(model, teams);
      const versions = people.sopVersions.get(sop.id) ?? [];
      versions.forEach((published, i) => {
        const startMs = published.publishedMs;
        const supersededMs = versions[i + 1]?.publishedMs ?? Number.POSITIVE_INFINITY;
        // A version published before the standard took effect is not measured (metric catalogue).
        if (startMs < firstStartMs || startMs > nowMs) return;
        const endMs = Math.min(nowMs, supersededMs);
        const superseded = supersededMs <= nowMs;
        for (const { person, team } of members) {
          const ackMs = acknowledgedAt(people.acknowledgements, sop.id, published.version, person.key, person.github);
          let m: DurationMeasurement;
          let breachAt: BreachAt;
          if (ackMs !== null && ackMs <= endMs) {
            const completedAtMs = Math.max(ackMs, startMs);
            m = { open: false, startMs, completedAtMs, minutes: clock.elapsedMinutes(startMs, completedAtMs) };
            breachAt = () => null;
          } else {
            const minutes = clock.elapsedMinutes(startMs, endMs);
            m = { open: true, startMs, minutes, breachedAtMs: minutes > threshold ? clock.passedAt(startMs, threshold) : null };
            breachAt = (other) => (minutes > other ? clock.passedAt(startMs, other) : null);
          }
          const judged = judgeDuration(state, track, m, endMs, breachAt);
          if (judged.kind === 'pending') {
            // A version replaced before the member acknowledged it, inside its time, is not measured for them.
            if (!superseded) state.pending++;
            continue;
          }
          if (judged.kind !== 'counted') continue;
          if (!record(state, { team }, judged.version, judged.atMs, judged.met, judged.met, nowMs)) continue;
          if (judged.inFlight && !superseded) state.inFlight++;
        }
      });
    }
  }
}
