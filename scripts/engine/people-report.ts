// The report's sections about people, which the site shows without naming anyone: the QA reviews per
// scorecard (how many wait for their ticket, how many cannot count, and how much reviewers agree when several
// score one ticket: calibration), and for every active SOP how many of the people who owe the version in force
// have acknowledged it, per following team, counted as the measurement counts them. Pure: the evaluation calls it
// with the records it was given.

import type { QaMark } from './metrics.ts';
import type { PeopleRecords, ReviewEntry } from './people-records.ts';
import { acknowledgedBy, type AcknowledgementDue } from './people-measures.ts';
import type { Report } from '../model/documents.generated.ts';
import type { ScorecardDefinition, StandardsModel } from '../model/model.ts';
import { followersOf, memberHistories, membershipSpans, teamAt, type MemberHistory } from '../model/people.ts';

const DAY_MS = 86_400_000;
type NotCounted = NonNullable<Report['qa']>['scorecards'][number]['notCounted'];
const round = (x: number) => Math.round(x * 1e9) / 1e9 + 0;

/** A mark as reviewers are compared on it: a score counts as pass at or above the pass mark. */
function markClass(mark: QaMark | undefined, passMark: number): 'pass' | 'fail' | 'na' | null {
  if (mark === undefined) return null;
  if (typeof mark === 'number') return mark >= passMark ? 'pass' : 'fail';
  return mark;
}

/** Agreement per behaviour among reviewers of the same tickets, each reviewer's latest review, reviews made in [fromMs, toMs]. */
export function calibrationOf(scorecard: ScorecardDefinition, reviews: readonly ReviewEntry[], fromMs: number, toMs: number): NonNullable<Report['qa']>['scorecards'][number]['calibration'] {
  const byTicket = new Map<string, Map<string, ReviewEntry>>();
  for (const entry of reviews) {
    const r = entry.review;
    if (r.scorecard !== scorecard.id || entry.atMs < fromMs || entry.atMs > toMs) continue;
    const reviewers = byTicket.get(r.ticket) ?? new Map<string, ReviewEntry>();
    const earlier = reviewers.get(r.reviewer);
    if (earlier === undefined || earlier.atMs < entry.atMs) reviewers.set(r.reviewer, entry);
    byTicket.set(r.ticket, reviewers);
  }
  let tickets = 0;
  const counts = scorecard.behaviours.map((b) => ({ id: b.id, title: b.title, pairs: 0, agreed: 0 }));
  for (const reviewers of byTicket.values()) {
    const list = [...reviewers.values()];
    if (list.length < 2) continue;
    tickets++;
    for (const c of counts) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = markClass(list[i]!.review.results[c.id], scorecard.passMark);
          const b = markClass(list[j]!.review.results[c.id], scorecard.passMark);
          if (a === null || b === null) continue;
          c.pairs++;
          if (a === b) c.agreed++;
        }
      }
    }
  }
  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    tickets,
    behaviours: counts.map((c) => ({ ...c, agreement: c.pairs === 0 ? null : round(c.agreed / c.pairs) })),
  };
}

/** The report's `qa` section, or null when the store holds no review. */
export const qaSection = (function qaSection(model: Pick<StandardsModel, 'scorecards'>, reviews: readonly ReviewEntry[], nowMs: number, seriesDays: number): Report['qa'] | null {
  if (reviews.length === 0) return null;
  const scorecards = model.scorecards.filter((s) => reviews.some((e) => e.review.scorecard === s.id));
  return {
    scorecards: scorecards.map((scorecard) => {
      const own = reviews.filter((e) => e.review.scorecard === scorecard.id && e.atMs <= nowMs);
      const notCounted = own.filter((e) => e.review.problem !== undefined);
      return {
        scorecard: scorecard.id,
        reviews: own.length,
        waiting: own.filter((e) => e.ticket === null).length,
        notCounted: { count: notCounted.length, examples: [...new Set(notCounted.map((e) => e.review.ticket))].slice(0, 5) as NotCounted['examples'] },
        calibration: calibrationOf(scorecard, own, nowMs - seriesDays * DAY_MS, nowMs),
      };
    }),
  };
});

/**
 * Every active SOP's version in force, and who owes it, counted as the sop_acknowledgement measurement counts them
 * (people-measures.ts), so the report's section, the standard's figure and the "Please read" issue
 * (actions/acknowledgements.ts) agree: everyone who was a following member while it was in force (membership history:
 * people-records.ts), from the later of its publication and their joining; one who left before acknowledging it owes
 * it only when it was due before they left (`due`: a standard measuring it saw the threshold
 * of its version then in force pass, as the measurement judges it; none measuring it, never). Acknowledged: while a member. Without history, tonight's members; with a version not published yet, those
 * who are members now.
 */
export const acknowledgementsOwed = (function acknowledgementsOwed(model: Pick<StandardsModel, 'sops' | 'standards' | 'teams'>, people: PeopleRecords, nowMs: number, due: AcknowledgementDue = () => false): OwedVersion[] {
  const records = people.acknowledgements.filter((r) => Date.parse(r.at) <= nowMs);
  return model.sops.filter((s) => s.status === 'active').map((sop) => {
    const published = (people.sopVersions.get(sop.id) ?? []).find((v) => v.version === sop.version) ?? null;
    const following = followersOf(sop, model);
    const teams = model.teams.filter((t) => following.includes(t.id)).map((t) => t.id);
    // Not published yet (an edit not committed): owed by those who are members now.
    const fromMs = published?.publishedMs ?? nowMs;
    const owed = memberHistories(model, teams, people.memberships)
      .map((person) => owedBy(person, sop.id, fromMs, nowMs, acknowledgedBy(records, sop.id, sop.version, person), due))
      .filter((o): o is Owed => o !== null);
    return { sop: sop.id, version: sop.version, publishedMs: published?.publishedMs ?? null, teams, owed };
  });
});

/**
 * The report's `acknowledgements` section: per active SOP, how many owe the version in force and how many of them
 * acknowledged it (acknowledgementsOwed), in all and per following team. A team's row: the people owed who were in
 * that team while they owed it.
 */
export const acknowledgementSection = (function acknowledgementSection(model: Pick<StandardsModel, 'sops' | 'standards' | 'teams'>, people: PeopleRecords, nowMs: number, due: AcknowledgementDue = () => false): NonNullable<Report['acknowledgements']> {
  return acknowledgementsOwed(model, people, nowMs, due).map((version) => ({
    sop: version.sop,
    version: version.version,
    published: version.publishedMs === null ? null : new Date(version.publishedMs).toISOString(),
    followers: version.owed.length,
    acknowledged: version.owed.filter((o) => o.acknowledged).length,
    teams: owedByTeam(version),
  }));
});

/** Per following team, the people owed who were in it while they owed the version, and how many acknowledged it. */
export function owedByTeam(version: OwedVersion): { team: string; members: number; acknowledged: number }[] {
  const inTeam = (o: Owed, team: string) => o.person.stints.some((s) => s.team === team && s.fromMs <= o.endMs && s.toMs > o.startMs);
  return version.teams.map((team) => {
    const members = version.owed.filter((o) => inTeam(o, team));
    return { team, members: members.length, acknowledged: members.filter((o) => o.acknowledged).length };
  });
}

/** An active SOP's version in force and who owes it (acknowledgementsOwed). */
export interface OwedVersion {
  sop: string;
  version: number;
  publishedMs: number | null;
  /** The following teams, in the model's order. */
  teams: string[];
  owed: Owed[];
}

/**
 * One person who owes the version, from `startMs` until `endMs` (now, or when they left: `member` false), and whether
 * they acknowledged it by then.
 */
export interface Owed { person: MemberHistory; startMs: number; endMs: number; acknowledged: boolean; member: boolean }

/**
 * Whether `person` owes the version published at `publishedMs` (still in force at `nowMs`), as measureAcknowledgements
 * measures them: each time they were a member since, until one is measured (acknowledged then, still a member, or
 * left after it was due); null when none is.
 */
function owedBy(person: MemberHistory, sop: string, publishedMs: number, nowMs: number, ackMs: number | null, due: AcknowledgementDue): Owed | null {
  for (const span of membershipSpans(person)) {
    if (!(span.fromMs <= nowMs && span.toMs > publishedMs)) continue;
    const startMs = Math.max(publishedMs, span.fromMs);
    const endMs = Math.min(nowMs, span.toMs);
    const member = span.toMs > nowMs;
    if (ackMs !== null && ackMs <= endMs) return { person, startMs, endMs, acknowledged: true, member };
    if (member || due(sop, teamAt(person, startMs)!, publishedMs, startMs, endMs)) return { person, startMs, endMs, acknowledged: false, member };
  }
  return null;
}
