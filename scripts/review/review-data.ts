// What a pull-request review is, as data: every change a reviewer must judge, the what-if replay of the
// standards it touches, and the owners whose approval it needs. `standards review --format json` prints this;
// the comment and job summary (publish/review-markdown.ts) and the text output render it. No I/O here.

import type { StandardStatus } from '../engine/report.ts';

export type DocumentChangeKind = 'added' | 'removed' | 'changed' | 'renamed';

/** One field of a document, before → after, both in the words a reviewer reads (`1h`, `95%`, `urgent; email, web`). */
export interface FieldChange {
  field: string;
  /** Plain-words label, e.g. `threshold`, `objective`, `scope`. */
  label: string;
  before: string | null;
  after: string | null;
  /** Word-level diff for prose fields (title, rationale, body, instructions). */
  words?: WordDiff | null;
}

/** A word-level diff: unchanged, added and removed runs in order. */
export type WordDiff = { text: string; change: 'same' | 'added' | 'removed' }[];

interface DocumentChangeBase {
  id: string;
  change: DocumentChangeKind;
  /** File on the proposed side (the base side's file when removed). */
  file: string;
  /** The base side's file when renamed (moved or given a new id). */
  previousFile: string | null;
  /** The base side's id when the rename changed it. */
  previousId: string | null;
  title: string;
  fields: FieldChange[];
}

export interface StandardChange extends DocumentChangeBase {
  kind: 'Standard';
  /** Why the standard is replayed without changing itself: `calendar emea-business-hours changed`. */
  affectedBy: string[];
}

export type SopStepChange =
  | { kind: 'step-added'; step: string; title: string; position: number; within: string | null; role: string | null }
  | { kind: 'step-removed'; step: string; title: string; position: number }
  | { kind: 'step-moved'; step: string; title: string; from: number; to: number }
  | { kind: 'step-changed'; step: string; title: string; field: 'title' | 'instructions' | 'within' | 'role'; before: string | null; after: string | null; words: WordDiff | null };

export interface SopChange extends DocumentChangeBase {
  kind: 'SOP';
  version: { before: number | null; after: number | null };
  /** The changelog entries the proposed version adds on top of the base's. */
  changelog: { version: number; date: string; summary: string }[];
  steps: SopStepChange[];
}

export interface PolicyChange extends DocumentChangeBase {
  kind: 'Policy';
  links: { added: string[]; removed: string[] };
}

export interface TeamChange extends DocumentChangeBase {
  kind: 'Team';
  members: { added: string[]; removed: string[] };
  leads: { added: string[]; removed: string[] };
  /** Documents whose owner moved to or from this team. */
  ownership: { gained: string[]; lost: string[] };
}

export interface CalendarChange extends DocumentChangeBase {
  kind: 'Calendar';
  /** `monday: 08:00-18:00 → 09:00-17:00` */
  hours: string[];
  holidays: { added: string[]; removed: string[]; changed: string[] };
  /** Standards measured on this calendar (proposed side, then base side), replayed when the calendar changed. */
  standards: string[];
}

export interface OtherChange extends DocumentChangeBase {
  kind: 'Scorecard' | 'Pipeline';
}

export type DocumentChange = StandardChange | SopChange | PolicyChange | TeamChange | CalendarChange | OtherChange;

/** Something the reviewer should look at twice, attached to a document. */
export interface ReviewNote {
  severity: 'warning' | 'error';
  file: string;
  /** The document's kind and id, e.g. `Standard first-response-urgent`. */
  subject: string;
  message: string;
  rule: 'prose-numbers' | 'sop-within' | 'sop-version' | 'dangling-reference' | 'invalid-document';
}

export interface ReplaySide {
  status: StandardStatus;
  /** Attainment or metric value (fraction for rates and attainment, score for NPS); null without data. */
  value: number | null;
  valueText: string;
  goalText: string;
  /** Measurements in the headline window (tickets, replies or ratings, by metric). */
  count: number;
  inFlight: number;
  /** Share of the error budget left (negative: overspent); null without data. */
  budgetRemaining: number | null;
  /** Days of the series whose window value misses the goal. */
  daysOutOfGoal: number;
  statement: string;
}

export interface ReplayedStandard {
  id: string;
  change: 'added' | 'changed' | 'affected';
  /** Null when the standard is new. */
  base: ReplaySide | null;
  proposed: ReplaySide;
  /** One row per day of the series: the window value as of that day, both sides (null: no data). */
  series: { date: string; base: number | null; proposed: number | null }[];
}

export type Replay =
  | {
      state: 'replayed';
      now: string;
      /** Where the tickets came from, e.g. `the standards-data branch` or a directory. */
      store: string;
      tickets: number;
      standards: ReplayedStandard[];
      /** Notes on how the replay was made (settings that differ between the sides). */
      notes: string[];
    }
  | { state: 'skipped'; reason: string };

export interface ApprovalOwners {
  /** CODEOWNERS owners (`@org/team`, `@handle`) whose approval GitHub will require. */
  owner: string;
  files: string[];
}

export interface Review {
  schemaVersion: 1;
  baseRef: string;
  /** Files under standards/ that differ, sorted. */
  files: string[];
  changes: DocumentChange[];
  notes: ReviewNote[];
  replay: Replay;
  approvals: ApprovalOwners[];
}
