// What a pull-request review is, as data: every change a reviewer must judge, the what-if replay of the
// standards it touches, and the owners whose approval it needs. `standards review --format json` prints this;
// the pull request's Validate run uploads it as an artifact, and the trusted Review comment job validates it
// against schemas/review.schema.json before rendering the comment (publish/review-markdown.ts). The shapes live
// in that schema; these are the types generated from it, under the names the review code uses.

export type {
  AffectedStandard, ApprovalOwners, CalendarChange, DocumentChange, FieldChange, KeptStep, OtherChange, PolicyChange, ProseHunk, PublishedChange,
  PublishedDayChange, PublishedDayFigures, Replay, ReplayedStandard, ReplaySide, Review, ReviewNote, SopChange, SopStepChange, StandardChange, TeamChange,
  WordDiff,
} from '../model/documents.generated.ts';

import type { DocumentChange } from '../model/documents.generated.ts';

export type DocumentChangeKind = DocumentChange['change'];

/** The review format this code writes and the trusted job accepts (the schema's `schemaVersion` const). */
export const REVIEW_SCHEMA_VERSION = 2;
