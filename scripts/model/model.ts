// The internal model: what the engine, the publishers and the site see after validation.
// Durations are minutes, percentages are fractions 0–1, defaults are filled. The raw document shapes
// (documents.generated.ts) come from the schemas; this file maps them to what the domain needs.

import type { MetricId } from './metric-catalogue.ts';
import type { Period } from './values.ts';

import type { Priority, Channel, TicketStatus } from './documents.generated.ts';

export type { Priority, Channel, TicketStatus };
export type { Ticket, Report } from './documents.generated.ts';
export type Dimension = 'reliability' | 'responsiveness' | 'assurance' | 'empathy' | 'tangibles';
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Where a document came from, for messages and for the site's history links. */
export interface DocumentOrigin {
  /** Path relative to the repository root, with forward slashes, e.g. `standards/service-levels/x.yaml`. */
  file: string;
}

export interface ReviewCadence {
  every: Period;
  everyText: string;
  last: string;
  /** `last` + `every`, YYYY-MM-DD. */
  due: string;
}

/** Minutes after local midnight of the day the interval starts on; `end` may exceed 1440 (past midnight). */
export interface LocalInterval { start: number; end: number }

export interface CalendarHoliday { date: string; name: string; open: LocalInterval[] | null }

export interface CalendarDefinition {
  id: string;
  name: string;
  timezone: string;
  hours: Record<Weekday, LocalInterval[]>;
  holidays: CalendarHoliday[];
  /** The document's `effective` date (YYYY-MM-DD), or null/absent: the day the change is committed. */
  effective?: string | null;
  /** The document's `appliesFrom` date: the change reaches back to it (corrects the past). Null/absent: it does not. */
  appliesFrom?: string | null;
  /**
   * The calendar's versions, oldest first, the last being this definition's hours and holidays
   * (scripts/model/calendar-versions.ts builds them from git history). Absent or one version: the calendar has
   * always been as it is now.
   */
  versions?: CalendarVersion[];
  origin: DocumentOrigin;
}

/** One version of a Calendar: its hours and holidays apply from the local midnight of `from` until the next version's. */
export interface CalendarVersion {
  /** How explanations name it: the date it applies from and the commit it came from, e.g. `2026-12-01 (1a2b3c4)`. */
  version: string;
  /** First local date (YYYY-MM-DD, in `timezone`) it applies to; null for the first version, which applies before any other. */
  from: string | null;
  timezone: string;
  hours: Record<Weekday, LocalInterval[]>;
  holidays: CalendarHoliday[];
}

export interface TeamDefinition {
  id: string;
  name: string;
  description: string | null;
  calendar: string | null;
  githubTeam: string | null;
  leads: string[];
  members: string[];
  /** People's names by GitHub handle (the document's `names`); absent or without a handle: show the handle. */
  names?: Record<string, string>;
  /**
   * Every member as other systems know them (people.ts `peopleOfTeam` reads it, or `members` when absent): `members`
   * holds only GitHub handles, and a member without one is here alone.
   */
  people?: TeamPerson[];
  origin: DocumentOrigin;
}

/** One member of a Team and the identifiers records from other systems may name them by (scripts/model/people.ts). */
export interface TeamPerson {
  /** The stable key records store: the GitHub handle, else `staff:<id>`, else `email:<hash>`. */
  key: string;
  github: string | null;
  /** Lower-cased. Compared only; never written to the store or the site. */
  email: string | null;
  staffId: string | null;
}

export interface StandardScope {
  priority?: Priority[];
  channel?: Channel[];
  team?: string[];
  category?: string[];
  tags?: string[];
}

export type WindowSpec =
  | { kind: 'rolling'; days: number; text: string }
  | { kind: 'calendar'; unit: 'month' | 'quarter'; text: string };

export interface StandardDefinition {
  id: string;
  title: string;
  description: string | null;
  dimension: Dimension;
  metric: MetricId;
  scope: StandardScope;
  /** Duration metrics only. */
  thresholdMinutes: number | null;
  /** Duration metrics only: share of tickets that must meet the threshold (0–1). */
  objective: number | null;
  /** Rate and score metrics only: fraction for rates, qa_score and qa_coverage, -100..100 for nps. */
  target: { direction: 'min' | 'max'; value: number } | null;
  calendar: string | null;
  window: WindowSpec;
  minimumSample: number | null;
  pauseStatuses: TicketStatus[];
  scorecard: string | null;
  /** qa_coverage only: reviews each agent must get per week. */
  reviewsPerAgent?: number | null;
  /** sop_acknowledgement only: the SOPs measured; null or absent: every active SOP. */
  sops?: string[] | null;
  owner: string;
  effective: string;
  review: ReviewCadence;
  rationale: string;
  /**
   * The earlier goals the document lists itself (`versions`), oldest first; absent or empty when it lists none (then
   * the versions come from git history, scripts/model/standard-history.ts).
   */
  priorGoals?: PriorGoal[];
  origin: DocumentOrigin;
}

/** One earlier goal of a Standard from its own `versions` list. */
export interface PriorGoal {
  effective: string;
  thresholdMinutes: number | null;
  objective: number | null;
  target: { direction: 'min' | 'max'; value: number } | null;
  note: string | null;
}

/**
 * One version of a Standard as the engine judges with it. A standard's versions, oldest first, each judge the
 * measurements that complete from their `from` date until the next version's; the last is in force now.
 */
export interface StandardVersion {
  /** How the report names it: the date it took effect, and the commit it came from when known (`2026-10-01 (1a2b3c4)`). */
  version: string;
  /** First local date (YYYY-MM-DD, in the standard's calendar time zone; UTC without one) it judges. */
  from: string;
  /** The standard as this version defines it: metric, scope, calendar, pause statuses and goal. */
  definition: StandardDefinition;
}

/** How an SOP step's `within` is counted: every hour, or business hours only. */
export type StepClock = '24/7' | 'business';

export interface SopStep {
  id: string;
  title: string;
  instructions: string;
  withinMinutes: number | null;
  withinText: string | null;
  /** Default `24/7`. */
  clock: StepClock;
  /** The standard whose promise the step keeps (checked by `validate`), or null. */
  keeps: { standard: string } | null;
  role: string | null;
}

export interface SopDefinition {
  id: string;
  title: string;
  version: number;
  status: 'draft' | 'active' | 'retired';
  owner: string;
  summary: string | null;
  serves: string[];
  /** The document's `followedBy` team ids; null or absent: the default (people.ts `followersOf`). */
  followedBy?: string[] | null;
  steps: SopStep[];
  review: ReviewCadence;
  changelog: { version: number; date: string; summary: string }[];
  origin: DocumentOrigin;
}

export interface PolicyDefinition {
  id: string;
  title: string;
  owner: string;
  status: 'draft' | 'active' | 'retired';
  effective: string;
  review: ReviewCadence;
  summary: string | null;
  body: string;
  standards: string[];
  sops: string[];
  origin: DocumentOrigin;
}

export interface ScorecardDefinition {
  id: string;
  title: string;
  description: string | null;
  owner: string;
  passMark: number;
  behaviours: { id: string; title: string; description: string; weight: number; critical: boolean }[];
  review: ReviewCadence;
  origin: DocumentOrigin;
}

export interface ExclusionDefinition {
  id: string;
  from: string;
  to: string;
  reason: string;
  /** null: every standard. */
  standards: string[] | null;
}

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'latin1';

export interface CsvSourceSettings {
  path: string;
  timezone: string;
  delimiter: string;
  /** The file's encoding (absent: UTF-8); a byte-order mark overrides it. */
  encoding?: CsvEncoding;
  skipBadRows: boolean;
  columns: Record<string, string>;
  values: { priority: Record<string, string>; channel: Record<string, string>; status: Record<string, string>; team: Record<string, string> };
}

/** Helpdesk value → ours, per field, defaults of the helpdesk merged with the document's entries. */
export interface HelpdeskValueMaps {
  priority: Record<string, Priority>;
  channel: Record<string, Channel>;
  status: Record<string, TicketStatus>;
  /** Group id → Team id. */
  team: Record<string, string>;
}

/**
 * Where a helpdesk keeps the ticket's category. `field`: a custom field's value (Zendesk by id, Freshdesk by
 * name), mapped with `values` when given. `tags`: the first listed tag the ticket carries, in the order written.
 */
export type CategoryMapping =
  | { from: 'type' }
  | { from: 'field'; field: string; values: Record<string, string> | null }
  | { from: 'tags'; tags: [tag: string, category: string][] };

/** Where a helpdesk keeps the ticket's team: its group, or a custom field; either value is mapped with `values.team`. */
export type TeamMapping = { from: 'group' } | { from: 'field'; field: string };

export interface ZendeskSourceSettings {
  subdomain: string;
  /** Origin of the API, `https://<subdomain>.zendesk.com` unless set. */
  baseUrl: string;
  emailEnv: string;
  tokenEnv: string;
  /** YYYY-MM-DD the first fetch starts at, or null: 365 days before the run. */
  startDate: string | null;
  defaultPriority: Priority;
  concurrency: number;
  /** Keep Zendesk's own first reply and resolution minutes on each ticket for the report's tie-out. */
  tieOut: boolean;
  values: HelpdeskValueMaps;
  category: CategoryMapping;
  team: TeamMapping;
  /** Share (0–1] of the account's rate limit a fetch may use. */
  maxShare: number;
  /** The High Volume API add-on: incremental exports 30 a minute instead of 10. */
  highVolume: boolean;
}

export interface FreshdeskSourceSettings {
  domain: string;
  baseUrl: string;
  tokenEnv: string;
  startDate: string | null;
  pageCap: number;
  concurrency: number;
  values: HelpdeskValueMaps;
  category: CategoryMapping;
  team: TeamMapping;
  /** Share (0–1] of the account's rate limit a fetch may use. */
  maxShare: number;
}

export interface GitHubIssuesSourceSettings {
  /** `owner/name`, as written. */
  repositories: string[];
  baseUrl: string | null;
  tokenEnv: string;
  startDate: string | null;
  agents: { teamMembers: boolean; authorAssociations: string[] };
  /** Label names lower-cased. */
  labels: { priority: Record<string, Priority>; team: Record<string, string>; category: Record<string, string>; pending: string[]; onHold: string[] };
  defaultPriority: Priority;
  channel: Channel;
  concurrency: number;
  /** Share (0–1] of the token's hourly rate limit a fetch may use. */
  maxShare: number;
}

export type SourceSettings =
  | { type: 'sample'; tickets: number; days: number; seed: number }
  | { type: 'csv'; csv: CsvSourceSettings }
  | { type: 'zendesk'; zendesk: ZendeskSourceSettings }
  | { type: 'freshdesk'; freshdesk: FreshdeskSourceSettings }
  | { type: 'github-issues'; githubIssues: GitHubIssuesSourceSettings };

export interface PipelineSettings {
  id: string;
  organisation: string;
  /** Team that owns the platform files (CODEOWNERS); null or absent when none is named. */
  owner?: string | null;
  source: SourceSettings;
  storeDir: string;
  evaluation: { minimumSample: number; atRiskBudget: number; seriesDays: number; worstTickets: number };
  exclusions: ExclusionDefinition[];
  site: { title: string; url: string | null; base: string; ticketUrl: string | null; staleAfterMinutes: number };
  actions: ActionSettings;
  /** `source.qa.csv`: QA reviews imported beside the tickets; null or absent: none. */
  qaSource?: QaCsvSettings | null;
  /** `source.acknowledgements.csv`: SOP acknowledgements made outside GitHub; null or absent: none. */
  acknowledgementSource?: AcknowledgementCsvSettings | null;
  origin: DocumentOrigin | null;
}

/** `source.qa.csv`, defaults filled. */
export interface QaCsvSettings {
  path: string;
  timezone: string;
  delimiter: string;
  skipBadRows: boolean;
  /** The scorecard of every review when the export has no scorecard column. */
  scorecard: string | null;
  /** The top of a numeric behaviour score's scale. */
  maxScore: number;
  columns: { id?: string; ticket: string; reviewedAt: string; reviewer: string; agent: string; scorecard?: string };
  /** Behaviour id → column, as written (others are read from a column named as the behaviour's id or title). */
  behaviours: Record<string, string>;
  /** Columns of marks or scores that belong to no behaviour and are not read, as written. */
  ignoreColumns: string[];
  values: { scorecard: Record<string, string>; result: Record<string, 'pass' | 'fail' | 'na'> };
}

/** `source.acknowledgements.csv`, defaults filled. */
export interface AcknowledgementCsvSettings {
  path: string;
  timezone: string;
  delimiter: string;
  skipBadRows: boolean;
  columns: { sop: string; version: string; person: string; at: string };
  values: { sop: Record<string, string> };
}

/** Corrective-action issues (standards/pipeline.yaml `actions`), defaults filled. */
export interface ActionSettings {
  enabled: boolean;
  /** `owner/name`, or null: the workflow's GITHUB_REPOSITORY. */
  repository: string | null;
  breached: boolean;
  atRisk: boolean;
  overdueReviews: boolean;
  closeAfterDays: number;
  maxWrites: number;
  /** Never empty; the first label finds the issues again. */
  labels: string[];
  assignLeads: boolean;
  /** "Please read" issues for new SOP versions and their acknowledgements; absent means true. */
  sopAcknowledgements?: boolean;
  /** The label of the "Please read" issues; absent means `sop-acknowledgement`. */
  acknowledgementLabel?: string;
}

/** Everything in standards/, validated and cross-checked. */
export interface StandardsModel {
  pipeline: PipelineSettings;
  teams: TeamDefinition[];
  calendars: CalendarDefinition[];
  standards: StandardDefinition[];
  sops: SopDefinition[];
  policies: PolicyDefinition[];
  scorecards: ScorecardDefinition[];
}
