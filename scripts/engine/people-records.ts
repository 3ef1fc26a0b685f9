// What the evaluation reads besides the tickets: the store's QA reviews, its SOP acknowledgements, when
// each SOP version was published and when each person was a member of each team. The pipeline loads them at the edge (scripts/commands/people-inputs.ts);
// the engine only takes them as data. Pure.

import type { AcknowledgementRecord, QaReviewRecord } from '../model/documents.generated.ts';
import type { SopDefinition, TeamDefinition } from '../model/model.ts';
import type { TeamMembership } from '../model/people.ts';
import { parseInstant } from './ticket-checks.ts';
import type { ReviewedTicket } from './qa-behaviours.ts';

export interface SopPublicationMs { version: number; publishedMs: number }

export interface PeopleRecords {
  reviews: readonly QaReviewRecord[];
  acknowledgements: readonly AcknowledgementRecord[];
  /** Per SOP id, its versions with when each was published, oldest first. */
  sopVersions: ReadonlyMap<string, readonly SopPublicationMs[]>;
  /**
   * Per team id, when each person was a member (model/team-history.ts). A team it does not hold (or all of them, when
   * absent) counts its members tonight for all time: no history was read.
   */
  memberships?: ReadonlyMap<string, readonly TeamMembership[]>;
  /**
   * Per standard id, the teams, SOPs and membership history it is measured with instead of the model's and
   * `memberships`: a review's one model holds both sides of a standard, each counting its own side's teams and
   * followers (review/replay.ts). Absent, or a standard it does not hold: the model's.
   */
  views?: ReadonlyMap<string, PeopleView>;
}

/**
 * What a people-measured standard counts people with: its side's teams and SOPs (`followedBy` resolved), who was a
 * member when, and when each SOP version was published (absent: the records' `sopVersions`).
 */
export interface PeopleView {
  teams: readonly TeamDefinition[];
  sops: readonly SopDefinition[];
  memberships: ReadonlyMap<string, readonly TeamMembership[]>;
  sopVersions?: ReadonlyMap<string, readonly SopPublicationMs[]>;
}

/** No records, and no membership history: tonight's members for all time. */
export const NO_PEOPLE_RECORDS: PeopleRecords = { reviews: [], acknowledgements: [], sopVersions: new Map(), memberships: new Map() };

/** A stored review read for counting: instants as numbers, the ticket's fields as the scope reads them. */
export interface ReviewEntry {
  review: QaReviewRecord;
  atMs: number;
  /** Null while the ticket is not in the store. */
  ticket: (ReviewedTicket & { createdMs: number; endedMs: number | null }) | null;
}

export const reviewEntries = (function reviewEntries(reviews: readonly QaReviewRecord[]): ReviewEntry[] {
  return reviews.map((review) => {
    const m = review.match;
    return {
      review,
      atMs: parseInstant(review.at),
      ticket: m === undefined ? null : {
        priority: m.priority, channel: m.channel, team: m.team ?? null, category: m.category ?? null, tags: m.tags,
        createdMs: parseInstant(m.created), endedMs: m.ended === undefined ? null : parseInstant(m.ended),
      },
    };
  });
});

/** GitHub logins name the same account whatever their case: a change of case is no rename. */
export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Each GitHub account on record (by its numeric id) with its logins, oldest first, each once whatever its case. A
 * record lists the logins seen for its account when it was last read (`logins`, oldest first, then its `person`):
 * a record not read since a rename lists fewer, so the longest lists are read first and the last login of the
 * account is its newest.
 */
export const accountLogins = (function accountLogins(records: readonly AcknowledgementRecord[]): Map<number, string[]> {
  const lists = new Map<number, string[][]>();
  for (const r of records) {
    if (r.githubId === undefined) continue;
    const list = [...(r.logins ?? [])];
    if (!list.some((l) => sameLogin(l, r.person))) list.push(r.person);
    lists.set(r.githubId, [...(lists.get(r.githubId) ?? []), list]);
  }
  const out = new Map<number, string[]>();
  for (const [id, all] of lists) {
    const logins: string[] = [];
    for (const list of [...all].sort((a, b) => b.length - a.length)) for (const l of list) if (!logins.some((k) => sameLogin(k, l))) logins.push(l);
    out.set(id, logins);
  }
  return out;
});

/**
 * Per login (lower case), the GitHub accounts a handle in a Team document names: the account whose newest login it
 * is; when none has it now, every account that had it (a member renamed on GitHub still counts for the handle the
 * Team document lists). A login given up by one account and taken by another names the other only.
 */
const accountsByLogin = new WeakMap<readonly AcknowledgementRecord[], Map<string, number[]>>();
function accountsNamed(records: readonly AcknowledgementRecord[], login: string): number[] {
  let byLogin = accountsByLogin.get(records);
  if (byLogin === undefined) {
    const now = new Map<string, number[]>();
    const had = new Map<string, number[]>();
    for (const [id, logins] of accountLogins(records)) {
      const newest = logins[logins.length - 1]!.toLowerCase();
      now.set(newest, [...(now.get(newest) ?? []), id]);
      for (const l of logins) had.set(l.toLowerCase(), [...(had.get(l.toLowerCase()) ?? []), id]);
    }
    byLogin = new Map([...had].map(([l, ids]) => [l, now.get(l) ?? ids]));
    accountsByLogin.set(records, byLogin);
  }
  return byLogin.get(login) ?? [];
}

/**
 * The earliest acknowledgement of `sop` version `version` by the person with `key` (and GitHub login `github`), or
 * null. A record made on GitHub is the account's (its numeric id), under any login on record for it across every
 * record: one that the account renamed since counts for the login the Team document lists, old or new.
 */
export const acknowledgedAt = (function acknowledgedAt(records: readonly AcknowledgementRecord[], sop: string, version: number, key: string, github: string | null): number | null {
  let earliest: number | null = null;
  const keyLower = key.toLowerCase();
  const login = github?.toLowerCase() ?? null;
  for (const r of records) {
    if (r.sop !== sop || r.version !== version) continue;
    const mine = r.githubId !== undefined
      ? login !== null && accountsNamed(records, login).includes(r.githubId)
      : r.person.toLowerCase() === keyLower || (login !== null && (r.logins ?? [r.person]).some((l) => l.toLowerCase() === login));
    if (!mine) continue;
    const at = parseInstant(r.at);
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
});
