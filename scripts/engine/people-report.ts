// The report's sections about people, which the site shows without naming anyone: the QA reviews per
// scorecard (how many wait for their ticket, how many cannot count, and how much reviewers agree when several
// score one ticket: calibration), and for every active SOP how many members of each following team have
// acknowledged the version in force. Pure: the evaluation calls it with the records it was given.

import type { QaMark } from './metrics.ts';
import { acknowledgedAt, type PeopleRecords, type ReviewEntry } from './people-records.ts';
import type { Report } from '../model/documents.generated.ts';
import type { ScorecardDefinition, StandardsModel } from '../model/model.ts';
import { followersOf, peopleDirectory } from '../model/people.ts';

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

/** The report's `acknowledgements` section: every active SOP's version in force, per following team. */
export const acknowledgementSection = (function acknowledgementSection(model: Pick<StandardsModel, 'sops' | 'standards' | 'teams'>, people: PeopleRecords, nowMs: number): NonNullable<Report['acknowledgements']> {
  const records = people.acknowledgements.filter((r) => Date.parse(r.at) <= nowMs);
  return model.sops.filter((s) => s.status === 'active').map((sop) => {
    const published = (people.sopVersions.get(sop.id) ?? []).find((v) => v.version === sop.version) ?? null;
    const following = followersOf(sop, model);
    const teams = model.teams.filter((t) => following.includes(t.id));
    const acked = (p: { key: string; github: string | null }) => acknowledgedAt(records, sop.id, sop.version, p.key, p.github) !== null;
    const everyone = peopleDirectory(teams).all();
    return {
      sop: sop.id,
      version: sop.version,
      published: published === null ? null : new Date(published.publishedMs).toISOString(),
      followers: everyone.length,
      acknowledged: everyone.filter(acked).length,
      teams: teams.map((team) => {
        const members = peopleDirectory([team]).all();
        return { team: team.id, members: members.length, acknowledged: members.filter(acked).length };
      }),
    };
  });
});
