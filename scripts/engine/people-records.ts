// What the evaluation reads besides the tickets: the store's QA reviews, its SOP acknowledgements, when
// each SOP version was published and when each person was a member of each team. The pipeline loads them at the edge (scripts/commands/people-inputs.ts);
// the engine only takes them as data. Pure.

import type { AcknowledgementRecord, QaReviewRecord } from '../model/documents.generated.ts';
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

/** The earliest acknowledgement of `sop` version `version` by the person with `key` (and GitHub login `github`), or null. */
export const acknowledgedAt = (function acknowledgedAt(records: readonly AcknowledgementRecord[], sop: string, version: number, key: string, github: string | null): number | null {
  let earliest: number | null = null;
  const keyLower = key.toLowerCase();
  const login = github?.toLowerCase() ?? null;
  for (const r of records) {
    if (r.sop !== sop || r.version !== version) continue;
    const mine = r.person.toLowerCase() === keyLower || (login !== null && (r.logins ?? [r.person]).some((l) => l.toLowerCase() === login));
    if (!mine) continue;
    const at = parseInstant(r.at);
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
});
