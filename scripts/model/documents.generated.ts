// Generated from schemas/*.schema.json by `npm run generate:types`. Do not edit by hand.
/* eslint-disable */

// --- acknowledgement.schema.json ---
/**
 * The SOP's id.
 */
export type Id = string;

/**
 * One person's acknowledgement of one SOP version (a line of `acknowledgements.ndjson` in the store): a 👍 reaction or `/ack` comment on the version's "Please read" issue, or a row of an acknowledgements export.
 */
export interface AcknowledgementRecord {
  sop: Id;
  /**
   * The version acknowledged; it counts for that version only.
   */
  version: number;
  /**
   * The GitHub handle, or for someone without one `staff:<id>` or `email:<first 16 hex of the e-mail's SHA-256>`.
   */
  person: string;
  /**
   * When they acknowledged (the reaction's or comment's time, or the export's), UTC.
   */
  at: string;
  /**
   * How: a 👍 reaction, a `/ack` comment, or an imported export.
   */
  via: 'reaction' | 'comment' | 'csv';
  /**
   * The GitHub user's numeric id (reactions and comments): it survives a renamed account.
   */
  githubId?: number;
  /**
   * Every GitHub login seen for `githubId`, oldest first, when the account was renamed: the acknowledgement still counts for a Team document that lists an older one.
   */
  logins?: string[];
}

// --- calendar.schema.json ---
/**
 * Kebab-case id, equal to the file name, e.g. `emea-business-hours`.
 */
/**
 * Open interval `HH:MM-HH:MM` in local time, e.g. `09:00-17:30`. An end before the start runs past midnight (`22:00-06:00`); `00:00-24:00` is the whole day.
 */
export type Interval = string;
/**
 * Open intervals starting on Monday.
 */
export type Day = Interval[];
/**
 * Open intervals starting on Tuesday.
 */
export type Day1 = Interval[];
/**
 * Open intervals starting on Wednesday.
 */
export type Day2 = Interval[];
/**
 * Open intervals starting on Thursday.
 */
export type Day3 = Interval[];
/**
 * Open intervals starting on Friday.
 */
export type Day4 = Interval[];
/**
 * Open intervals starting on Saturday.
 */
export type Day5 = Interval[];
/**
 * Open intervals starting on Sunday.
 */
export type Day6 = Interval[];
/**
 * The holiday's date, YYYY-MM-DD, in the calendar's time zone.
 */
export type Date = string;
/**
 * The first day (in the calendar's time zone) this version of the calendar applies, for a change that starts later, e.g. new opening hours from 2027-01-04. A calendar has versions like a Standard: each committed change applies from this date, and never before the day it is committed, so it never changes figures already published. Default: the day the change is committed.
 */
export type Date1 = string;
/**
 * Corrects the past: the change made with this value applies from this date, before the day it is committed, e.g. a holiday that was forgotten. Figures already published for the days from this date change (the pull-request review lists them). Only the commit that sets or changes `appliesFrom` reaches back; later changes apply from their own commit day. Do not combine with `effective`.
 */
export type Date2 = string;

/**
 * Business hours in one IANA time zone: weekly open intervals and holidays. Standards that name a calendar measure durations in its open time only. A change applies from the day it is committed (or its `effective` date), so it never repaints published figures unless it says `appliesFrom`.
 */
export interface CalendarDocument {
  /**
   * Always `Calendar`.
   */
  kind: 'Calendar';
  id: Id;
  /**
   * Display name.
   */
  name: string;
  /**
   * IANA time zone, e.g. `Europe/Dublin` or `America/Chicago`. Daylight-saving changes are applied.
   */
  timezone: string;
  /**
   * Weekly business hours: for each weekday, the list of open intervals that start on it.
   */
  hours: {
    monday?: Day;
    tuesday?: Day1;
    wednesday?: Day2;
    thursday?: Day3;
    friday?: Day4;
    saturday?: Day5;
    sunday?: Day6;
  };
  /**
   * Days closed (or on reduced hours) in the calendar's time zone. Default: none.
   */
  holidays?: Holiday[];
  effective?: Date1;
  appliesFrom?: Date2;
}
export interface Holiday {
  date: Date;
  /**
   * Name shown on the site, e.g. `Christmas Day`.
   */
  name: string;
  /**
   * Partial-day holiday: the reduced open hours for that day, e.g. `[09:00-13:00]`. Omitted: closed all day.
   */
  open?: Interval[];
}

// --- pipeline.schema.json ---
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
export type Id1 = string;
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
export type Id2 = string;
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
export type Id3 = string;
/**
 * The first fetch (no cursor yet) reads tickets updated since this date. Default: 365 days before the first run. `standards fetch --since` overrides it for a backfill.
 */
/**
 * Ticket priority: low, normal, high or urgent.
 */
export type Priority = 'low' | 'normal' | 'high' | 'urgent';
/**
 * The share of the account's API rate limit (read from Zendesk's `X-Rate-Limit` and `ratelimit-*` headers; Team 200, Growth and Professional 400, Enterprise 700 a minute) the fetch may use, so agents and other integrations never get a 429 because of it: the fetch spends at most this share a minute and waits while the account has less than the rest left. Default: 50%.
 */
export type Percentage = string | number;
/**
 * Ticket priority: low, normal, high or urgent.
 */
export type Priority1 = 'low' | 'normal' | 'high' | 'urgent';
/**
 * Where the ticket came in: email, web (form), chat, phone, social or api.
 */
export type Channel = 'email' | 'web' | 'chat' | 'phone' | 'social' | 'api';
/**
 * Normalized ticket status: new, open, pending (waiting on the requester), on-hold (waiting on a third party), solved or closed.
 */
export type TicketStatus = 'new' | 'open' | 'pending' | 'on-hold' | 'solved' | 'closed';
/**
 * The first fetch (no cursor yet) reads tickets updated since this date. Default: 365 days before the first run. `standards fetch --since` overrides it for a backfill.
 */
/**
 * The share of the account's API rate limit (read from Freshdesk's `X-Ratelimit-Total` and `X-Ratelimit-Remaining` headers, counting the credits `X-Ratelimit-Used-CurrentRequest` says each request used) the fetch may use, so agents and other integrations never get a 429 because of it. Default: 50%.
 */
export type Percentage1 = string | number;
/**
 * The first fetch (no cursor yet) reads tickets updated since this date. Default: 365 days before the first run. `standards fetch --since` overrides it for a backfill.
 */
/**
 * Ticket priority: low, normal, high or urgent.
 */
export type Priority2 = 'low' | 'normal' | 'high' | 'urgent';
/**
 * Where the ticket came in: email, web (form), chat, phone, social or api.
 */
export type Channel1 = 'email' | 'web' | 'chat' | 'phone' | 'social' | 'api';
/**
 * The share of the token's hourly rate limit the fetch may use: it pauses until the limit resets while `x-ratelimit-remaining` is at or below the rest, which stays for the token's other uses. Default: 50%.
 */
export type Percentage2 = string | number;
/**
 * A met standard with less error budget left than this is `at risk`. Default: 25%.
 */
export type Percentage3 = string | number;
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
export type Id4 = string;
/**
 * Show a stale-data banner when the last fetch is older than this (checked by the reader's browser clock). Default: `36h`.
 */
export type Duration = string;

/**
 * How the nightly pipeline runs: the helpdesk source, the store, evaluation defaults, exclusion periods and site settings. Lives in standards/pipeline.yaml.
 */
export interface PipelineDocument {
  /**
   * Always `Pipeline`.
   */
  kind: 'Pipeline';
  id: Id;
  /**
   * Organisation name shown on the site.
   */
  organisation: string;
  owner?: Id1;
  /**
   * Where tickets come from: the bundled sample helpdesk (default), a CSV export, Zendesk, Freshdesk or GitHub Issues. Credentials are never written here: each source names the environment variables that hold them.
   */
  source?: {
    /**
     * sample (generated, deterministic), csv (a helpdesk export), zendesk, freshdesk or github-issues (read through their APIs, incrementally).
     */
    type: 'sample' | 'csv' | 'zendesk' | 'freshdesk' | 'github-issues';
    /**
     * Settings of the sample helpdesk.
     */
    sample?: {
      /**
       * How many tickets to generate. Default: 20000.
       */
      tickets?: number;
      /**
       * How many days of history, ending now. Default: 180.
       */
      days?: number;
      /**
       * Random seed; the same seed and now give the same tickets. Default: 42.
       */
      seed?: number;
    };
    /**
     * Settings of the CSV import.
     */
    csv?: {
      /**
       * Path of the CSV file, relative to the repository root.
       */
      path: string;
      /**
       * IANA time zone of timestamps that carry no offset, e.g. `Europe/Dublin`.
       */
      timezone: string;
      /**
       * Field delimiter: one character that is not a line break or a double quote (those end a record or quote a field); a control character such as `\u001f` is fine. Default: `,`.
       */
      delimiter?: string;
      /**
       * The file's character encoding. `utf-8` (the default; a byte-order mark is fine, and so is UTF-16 with one); `windows-1252`, what Excel's plain "CSV (Comma delimited)" writes on Windows (é, €, curly quotes); `latin1` reads as `windows-1252`, as browsers read it. A file that starts with a UTF-8 or UTF-16 byte-order mark is read as that, whatever this says. Default: `utf-8`.
       */
      encoding?: 'utf-8' | 'windows-1252' | 'latin1';
      /**
       * Skip (and report) rows that cannot be read instead of failing the import. Default: false.
       */
      skipBadRows?: boolean;
      columns: CsvColumns;
      /**
       * Value mappings per field.
       */
      values?: {
        priority?: ValueMap;
        channel?: ValueMap;
        status?: ValueMap;
        team?: ValueMap;
      };
    };
    /**
     * QA reviews, imported beside the tickets whatever the ticket source (README "Quality reviews").
     */
    qa?: {
      csv: QaCsv;
    };
    /**
     * SOP acknowledgements made outside GitHub, imported beside the 👍 reactions the nightly job reads (README "SOP acknowledgement").
     */
    acknowledgements?: {
      csv: AcknowledgementsCsv;
    };
    /**
     * Settings of the Zendesk source: the incremental ticket export (cursor-based) for each changed ticket's fields, the incremental ticket event export for its replies, status changes and satisfaction (applied to the stored tickets), and the agents list for who is staff. A ticket's audits are read only to repair a ticket older than the store.
     */
    zendesk?: {
      /**
       * Your Zendesk subdomain: `acme` for acme.zendesk.com.
       */
      subdomain: string;
      /**
       * API origin, for a proxy or a local fake. Default: `https://<subdomain>.zendesk.com`.
       */
      baseUrl?: string;
      /**
       * Name of the environment variable holding the e-mail address of the Zendesk user the API token belongs to (never the value itself). Default: `ZENDESK_EMAIL`.
       */
      emailEnv?: string;
      /**
       * Name of the environment variable holding the Zendesk API token (never the value itself). Default: `ZENDESK_API_TOKEN`.
       */
      tokenEnv?: string;
      startDate?: Date;
      defaultPriority?: Priority;
      /**
       * How many ticket audits (the repair path for tickets older than the store) are read at once. Default: 4.
       */
      concurrency?: number;
      maxShare?: Percentage;
      /**
       * The account has the High Volume API add-on: the incremental exports allow 30 requests a minute instead of 10. Default: false.
       */
      highVolume?: boolean;
      /**
       * Where the account keeps the ticket's category: `type` (question, incident, problem, task; the default), a custom field (`{ field: 360000000001 }`, its value as the category, or mapped with `values`), or tags (`{ tags: { billing: billing, returns: returns } }`: the first listed tag on the ticket gives its category).
       */
      category?:
        | 'type'
        | {
            /**
             * The custom field: its id (Zendesk, e.g. `360000000001`) or its name in `custom_fields` (Freshdesk, e.g. `cf_category`).
             */
            field: number | string;
            /**
             * Field value → category. Without it the value is the category; with it, a value not listed leaves the ticket out with the setting to add it to.
             */
            values?: {
              [k: string]: string | undefined;
            };
          }
        | {
            /**
             * Tag → category, in order: the first listed tag the ticket carries gives its category; a ticket with none has no category.
             */
            tags: {
              [k: string]: string | undefined;
            };
          };
      /**
       * Where the account keeps the ticket's team: `group` (the ticket's group id, mapped with `values.team`; the default) or a custom field (`{ field: 360000000002 }`, its value mapped with `values.team`).
       */
      team?:
        | 'group'
        | {
            /**
             * The custom field: its id (Zendesk) or its name in `custom_fields` (Freshdesk).
             */
            field: number | string;
          };
      /**
       * Also read Zendesk's own ticket metrics (the `metric_sets` sideload of the ticket export, no extra requests) and compare our first reply and full resolution times with them, ticket by ticket, in the report and on the site. Default: false.
       */
      tieOut?: boolean;
      values?: HelpdeskValues;
    };
    /**
     * Settings of the Freshdesk source: tickets by `updated_since` in ascending order with stats, paged by time; each changed ticket's conversations; deleted and spam tickets (`filter=deleted`, `filter=spam`) removed from the store; satisfaction ratings by their own cursor, applied to the stored tickets.
     */
    freshdesk?: {
      /**
       * Your Freshdesk domain: `acme` for acme.freshdesk.com.
       */
      domain: string;
      /**
       * API origin, for a proxy or a local fake. Default: `https://<domain>.freshdesk.com`.
       */
      baseUrl?: string;
      /**
       * Name of the environment variable holding the Freshdesk API key (never the value itself). Default: `FRESHDESK_API_KEY`.
       */
      tokenEnv?: string;
      startDate?: Date1;
      /**
       * The last page Freshdesk serves for one query. The source asks for each next page from the last `updated_at` it stored, so it needs more than one page of a query only when more than 100 tickets share one `updated_at`, and stops past this many. Satisfaction ratings past this many pages are read on from the newest `created_at` read when Freshdesk listed them oldest first; otherwise the fetch stops. Default: 300.
       */
      pageCap?: number;
      /**
       * How many tickets' conversations are read at once. Default: 4.
       */
      concurrency?: number;
      maxShare?: Percentage1;
      /**
       * Where the account keeps the ticket's category: `type` (the ticket type; the default), a custom field (`{ field: cf_category }`, by its name in `custom_fields`, its value as the category or mapped with `values`), or tags (`{ tags: { billing: billing } }`).
       */
      category?:
        | 'type'
        | {
            /**
             * The custom field: its id (Zendesk, e.g. `360000000001`) or its name in `custom_fields` (Freshdesk, e.g. `cf_category`).
             */
            field: number | string;
            /**
             * Field value → category. Without it the value is the category; with it, a value not listed leaves the ticket out with the setting to add it to.
             */
            values?: {
              [k: string]: string | undefined;
            };
          }
        | {
            /**
             * Tag → category, in order: the first listed tag the ticket carries gives its category; a ticket with none has no category.
             */
            tags: {
              [k: string]: string | undefined;
            };
          };
      /**
       * Where the account keeps the ticket's team: `group` (the group id, mapped with `values.team`; the default) or a custom field (`{ field: cf_team }`, its value mapped with `values.team`).
       */
      team?:
        | 'group'
        | {
            /**
             * The custom field: its id (Zendesk) or its name in `custom_fields` (Freshdesk).
             */
            field: number | string;
          };
      values?: HelpdeskValues1;
    };
    /**
     * Settings of the GitHub Issues source: issues of support repositories by `since`, paged by time, with the repository's comments (by `since`) and issue events (close, reopen, label) read repository-wide and applied to the stored tickets. Pull requests are left out.
     */
    githubIssues?: {
      /**
       * Repositories as `owner/name`, e.g. `acme/help`.
       *
       * @minItems 1
       */
      repositories: [string, ...string[]];
      /**
       * REST endpoint. Default: `https://api.github.com` (GitHub Enterprise Server: `https://HOST/api/v3`).
       */
      baseUrl?: string;
      /**
       * Name of the environment variable holding a token that can read the repositories' issues (never the value itself). Default: `GITHUB_TOKEN`.
       */
      tokenEnv?: string;
      startDate?: Date2;
      /**
       * Who counts as staff (their comments are agent replies; an issue they open is opened by an agent).
       */
      agents?: {
        /**
         * Leads and members of the Team documents are agents. Default: true.
         */
        teamMembers?: boolean;
        /**
         * Authors with one of these `author_association` values are agents too. Default: `[OWNER, MEMBER]`.
         */
        authorAssociations?: (
          | 'OWNER'
          | 'MEMBER'
          | 'COLLABORATOR'
          | 'CONTRIBUTOR'
          | 'FIRST_TIME_CONTRIBUTOR'
          | 'FIRST_TIMER'
          | 'MANNEQUIN'
          | 'NONE'
        )[];
      };
      /**
       * What labels mean. Label names are compared case-insensitively.
       */
      labels?: {
        /**
         * Label → priority. Default: `priority: urgent`, `priority: high`, `priority: low`, `P1` urgent, `P2` high, `P3` normal, `P4` low.
         */
        priority?: {
          [k: string]: Priority1 | undefined;
        };
        /**
         * Label → Team id, e.g. `area: billing`: billing. Default: none.
         */
        team?: {
          [k: string]: Id3 | undefined;
        };
        /**
         * Label → category, e.g. `bug`: bug. Default: `bug`, `question`, `feature request` as themselves.
         */
        category?: {
          [k: string]: string | undefined;
        };
        /**
         * Labels that mean "waiting on the requester": the issue is pending while one is on. Default: `waiting for customer`, `needs more info`.
         */
        pending?: string[];
        /**
         * Labels that mean "waiting on a third party": the issue is on-hold while one is on. Default: `on hold`, `blocked`.
         */
        onHold?: string[];
      };
      defaultPriority?: Priority2;
      channel?: Channel1;
      /**
       * How many issues' comments and events are read at once when an issue older than the store is read whole. Default: 2.
       */
      concurrency?: number;
      maxShare?: Percentage2;
    };
  };
  /**
   * Where normalized tickets, the cursor and the report are kept.
   */
  store?: {
    /**
     * Directory relative to the repository root. Default: `data`.
     */
    dir?: string;
  };
  /**
   * Defaults for evaluating standards.
   */
  evaluation?: {
    /**
     * Fewest in-window tickets before a standard gets a status. Default: 20.
     */
    minimumSample?: number;
    atRiskBudget?: Percentage3;
    /**
     * How many days of daily series the report keeps. Default: 90.
     */
    seriesDays?: number;
    /**
     * How many worst tickets per standard the report lists. Default: 10.
     */
    worstTickets?: number;
  };
  /**
   * Periods whose tickets are left out of evaluation (an outage, a migration), with a reason the site shows.
   */
  exclusions?: {
    id: Id4;
    /**
     * Start, an ISO 8601 timestamp with offset, e.g. `2026-10-14T08:00:00Z`.
     */
    from: string;
    /**
     * End (exclusive), an ISO 8601 timestamp with offset.
     */
    to: string;
    /**
     * Why, shown on the site.
     */
    reason: string;
    /**
     * Only these standards. Default: all.
     */
    standards?: Id3[];
  }[];
  /**
   * Corrective-action issues: what the nightly `standards actions` job opens, updates and closes on GitHub. Default: an issue for each breached standard.
   */
  actions?: {
    /**
     * Whether `standards actions` opens, updates and closes issues at all. Default: true.
     */
    enabled?: boolean;
    /**
     * Repository the issues live in, `owner/name`. Default: GITHUB_REPOSITORY of the workflow run.
     */
    repository?: string;
    /**
     * Open an issue when a standard is breached. Default: true.
     */
    breached?: boolean;
    /**
     * Open an issue when a standard is at risk (error budget nearly spent), before it is breached. Default: false.
     */
    atRisk?: boolean;
    /**
     * Open an issue when an SOP's review date has passed; it closes when the review is recorded. Default: false.
     */
    overdueReviews?: boolean;
    /**
     * Close a standard's issue after this many calendar nights without a breach (met, or at risk when `atRisk` is off), up to tonight. A night without a run inside them counts; a night without enough data starts the count again. Default: 3.
     */
    closeAfter?: number;
    /**
     * Most issue writes (open, edit, comment, close) in one night; the rest are listed in the job summary and done on later nights. Default: 20.
     */
    maxWrites?: number;
    /**
     * Labels of every corrective-action issue. The first is how the nightly job finds its issues again: keep it on them. Default: `[corrective-action]`.
     *
     * @minItems 1
     */
    labels?: [string, ...string[]];
    /**
     * Assign each issue to the leads of the team that owns the standard or SOP. Default: true.
     */
    assignLeads?: boolean;
    /**
     * When an SOP's version goes up, open a "Please read: <SOP title> v<N>" issue mentioning the teams that follow it, record each night who acknowledged it (a 👍 reaction or a comment `/ack`) in the store, and close it when everyone has, or when a newer version supersedes it. Default: true.
     */
    sopAcknowledgements?: boolean;
    /**
     * The label of the "Please read" issues; the nightly job finds them again by it. Default: `sop-acknowledgement`.
     */
    acknowledgementLabel?: string;
  };
  /**
   * Settings of the published site.
   */
  site?: {
    /**
     * Site title. Default: `<organisation> service standards`.
     */
    title?: string;
    /**
     * Origin the site is served from, e.g. `https://acme.github.io`.
     */
    url?: string;
    /**
     * Base path, e.g. `/service-standards` for GitHub Pages project sites. Default: `/`.
     */
    base?: string;
    /**
     * Link template for a ticket, with `{id}`, e.g. `https://desk.acme.example/tickets/{id}`: where the site and the corrective-action issues link each ticket they list. Default: the source's own agent page (Zendesk `https://<subdomain>.zendesk.com/agent/tickets/{id}`, Freshdesk `https://<domain>.freshdesk.com/a/tickets/{id}`, GitHub Issues the issue); none for CSV and the sample.
     */
    ticketUrl?: string;
    staleAfter?: Duration;
  };
}
/**
 * Which CSV column (by header name) holds each ticket field. Required: id, created, priority, status.
 */
export interface CsvColumns {
  /**
   * Ticket id column.
   */
  id: string;
  /**
   * Creation timestamp column.
   */
  created: string;
  /**
   * Last-update timestamp column. Default: the latest timestamp in the row.
   */
  updated?: string;
  /**
   * Priority column (values mapped with `values.priority`).
   */
  priority: string;
  /**
   * Channel column (values mapped with `values.channel`).
   */
  channel?: string;
  /**
   * Status column (values mapped with `values.status`).
   */
  status: string;
  /**
   * Assigned team/group column (values mapped with `values.team`).
   */
  team?: string;
  /**
   * Category/type column.
   */
  category?: string;
  /**
   * Tags column; tags separated by spaces or commas.
   */
  tags?: string;
  /**
   * Timestamp of the first public agent reply.
   */
  firstReplyAt?: string;
  /**
   * Timestamp the ticket was (last) solved.
   */
  solvedAt?: string;
  /**
   * Number of times the ticket was reopened.
   */
  reopens?: string;
  /**
   * Number of public agent replies.
   */
  agentReplies?: string;
  /**
   * Satisfaction rating: good/bad or 1–5.
   */
  satisfaction?: string;
  /**
   * NPS answer 0–10.
   */
  nps?: string;
}
/**
 * Maps the helpdesk's values to ours, e.g. `{ P1: urgent, P2: high }`. Values not listed are used as they are.
 */
export interface ValueMap {
  [k: string]: string | undefined;
}
/**
 * A CSV export of QA reviews (a QA tool or a spreadsheet): one row per review, one column per behaviour. Every night the file is read again when it changed; its reviews are added to the store or replace the stored review with the same key, and reviews no longer in the file stay (an export may cover only recent weeks).
 */
export interface QaCsv {
  /**
   * Path of the CSV file, relative to the repository root, e.g. `exports/qa-reviews.csv`.
   */
  path: string;
  /**
   * IANA time zone of timestamps that carry no offset, e.g. `Europe/Dublin`.
   */
  timezone: string;
  /**
   * Field delimiter: one character that is not a line break or a double quote (those end a record or quote a field); a control character such as `\u001f` is fine. Default: `,`.
   */
  delimiter?: string;
  /**
   * Skip (and report) rows that cannot be read instead of failing the import. Default: false: one bad row and nothing of the file is imported.
   */
  skipBadRows?: boolean;
  scorecard?: Id2;
  /**
   * The top of the scale when a behaviour is scored with a number rather than pass, fail or na: a score s counts as s / maxScore of the behaviour's weight, and passes at the scorecard's pass mark. `80%` is always read as a percentage. Default: 100.
   */
  maxScore?: number;
  /**
   * Which CSV column (by header name) holds each field of a review. Other columns are behaviours' marks (see `behaviours`), free text such as a comment (ignored), or listed in `ignoreColumns`.
   */
  columns: {
    /**
     * The review's own id in the QA tool. Without it a review is known by its ticket, reviewer, scorecard and time.
     */
    id?: string;
    /**
     * Id of the reviewed ticket, as the helpdesk gives it.
     */
    ticket: string;
    /**
     * When the review was made.
     */
    reviewedAt: string;
    /**
     * Who reviewed: a GitHub handle, e-mail or staff id of a Team document's member (others are kept under a pseudonym, never as written).
     */
    reviewer: string;
    /**
     * Whose work was reviewed: a GitHub handle, e-mail or staff id of a Team document's member.
     */
    agent: string;
    /**
     * The Scorecard id (or a name mapped with `values.scorecard`). Default: the `scorecard` setting.
     */
    scorecard?: string;
  };
  /**
   * Behaviour id → the column that holds its mark, e.g. `{ listen-actively: Listening }`. A behaviour not listed is read from the column named as its id or its title.
   */
  behaviours?: {
    [k: string]: string | undefined;
  };
  /**
   * Columns (by header name) that hold marks or scores of no behaviour and are not read, e.g. `[Total score, CSAT]`. A column whose values all read as marks (pass, fail, na, a score) and that is neither a field, a behaviour's column nor listed here stops the import, so that no behaviour's marks are dropped unseen; a column of free text (a comment) needs no listing.
   */
  ignoreColumns?: string[];
  /**
   * Value mappings.
   */
  values?: {
    /**
     * Scorecard name in the export → Scorecard id.
     */
    scorecard?: {
      [k: string]: Id3 | undefined;
    };
    /**
     * A behaviour's mark in the export → pass, fail or na, e.g. `{ Met: pass, "Not met": fail }`. Always understood: pass, fail, na, n/a, yes, no (any case).
     */
    result?: {
      [k: string]: 'pass' | 'fail' | 'na' | undefined;
    };
  };
}
/**
 * A CSV export of SOP acknowledgements made outside GitHub (a learning platform, a form): one row per person and SOP version.
 */
export interface AcknowledgementsCsv {
  /**
   * Path of the CSV file, relative to the repository root, e.g. `exports/sop-acknowledgements.csv`.
   */
  path: string;
  /**
   * IANA time zone of timestamps that carry no offset.
   */
  timezone: string;
  /**
   * Field delimiter: one character that is not a line break or a double quote (those end a record or quote a field); a control character such as `\u001f` is fine. Default: `,`.
   */
  delimiter?: string;
  /**
   * Skip (and report) rows that cannot be read instead of failing the import. Default: false.
   */
  skipBadRows?: boolean;
  /**
   * Which CSV column holds each field.
   */
  columns: {
    /**
     * The SOP id (or a name mapped with `values.sop`).
     */
    sop: string;
    /**
     * The SOP version acknowledged, a whole number.
     */
    version: string;
    /**
     * Who acknowledged: a GitHub handle, e-mail or staff id of a Team document's member.
     */
    person: string;
    /**
     * When they acknowledged.
     */
    at: string;
  };
  /**
   * Value mappings.
   */
  values?: {
    /**
     * SOP name in the export → SOP id.
     */
    sop?: {
      [k: string]: Id3 | undefined;
    };
  };
}
/**
 * Maps Zendesk values to ours. Defaults: statuses new, open, pending, hold → on-hold, solved, closed; priorities as they are; channels (`via.channel`) email, web, web_form, web_widget, helpcenter → web, chat, native_messaging → chat, voice, sms → phone, api, web_service, mobile_sdk → api, twitter, facebook, instagram_dm, whatsapp, line, wechat, telegram, viber, any_channel (integrations) → social (tickets made by agents, triggers or Zendesk: mobile, rule, system, closed_ticket, side_conversation, sample_ticket are rejected until mapped); teams by group id (`"360001234": support-emea`).
 */
export interface HelpdeskValues {
  priority?: PriorityMap;
  channel?: ChannelMap;
  status?: StatusMap;
  team?: TeamMap;
}
/**
 * Helpdesk priority value → our priority (low, normal, high, urgent). Listed values replace the defaults of the same key; values not listed and not already ours reject the ticket with a reason.
 */
export interface PriorityMap {
  [k: string]: Priority1 | undefined;
}
/**
 * Helpdesk channel value → our channel (email, web, chat, phone, social, api). Listed values replace the defaults of the same key; an unmapped channel rejects the ticket with a reason.
 */
export interface ChannelMap {
  [k: string]: Channel | undefined;
}
/**
 * Helpdesk status value → our status (new, open, pending, on-hold, solved, closed). Map custom statuses here, pending-like ones to `pending` or `on-hold` so requester wait time pauses; an unmapped status rejects the ticket with a reason.
 */
export interface StatusMap {
  [k: string]: TicketStatus | undefined;
}
/**
 * Helpdesk group → Team id. Groups not listed leave the ticket without a team.
 */
export interface TeamMap {
  [k: string]: Id3 | undefined;
}
/**
 * Maps Freshdesk values (as text) to ours. Defaults: statuses 2 open, 3 pending, 4 resolved → solved, 5 closed → closed; priorities 1 low, 2 medium → normal, 3 high, 4 urgent; sources 1 email, 2 portal → web, 3 phone, 7 chat, 9 feedback widget → web, 10 outbound email → email; teams by group id.
 */
export interface HelpdeskValues1 {
  priority?: PriorityMap;
  channel?: ChannelMap;
  status?: StatusMap;
  team?: TeamMap;
}

// --- policy.schema.json ---
/**
 * Kebab-case id, equal to the file name.
 */
/**
 * Id of the Team that owns the policy.
 */
/**
 * Date the policy takes effect, YYYY-MM-DD.
 */
/**
 * Review cadence, e.g. `6mo`.
 */
export type Period = string;
/**
 * Date of the last review, YYYY-MM-DD.
 */
/**
 * The policy text in Markdown.
 */
export type Markdown = string;
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
/**
 * A customer-service policy: prose in Markdown, linked to the standards and SOPs that put it into practice.
 */
export interface PolicyDocument {
  /**
   * Always `Policy`.
   */
  kind: 'Policy';
  id: Id;
  /**
   * Display title.
   */
  title: string;
  owner: Id1;
  /**
   * draft, active or retired.
   */
  status: 'draft' | 'active' | 'retired';
  effective: Date;
  review: ReviewCadence;
  /**
   * The policy in a sentence or two.
   */
  summary?: string;
  body: Markdown;
  /**
   * Ids of the Standards that measure this policy.
   */
  standards?: Id2[];
  /**
   * Ids of the SOPs that carry it out.
   */
  sops?: Id2[];
}
/**
 * Review cadence.
 */
export interface ReviewCadence {
  every: Period;
  last: Date1;
}

// --- qa-review.schema.json ---
/**
 * A GitHub handle, `staff:<id>`, `email:<first 16 hex of the e-mail's SHA-256>` or `anon:<first 16 hex of the SHA-256 of the text>` for someone no Team document lists.
 */
export type Person = string;
/**
 * ISO 8601 timestamp in UTC.
 */
export type Instant = string;
/**
 * Ticket priority: low, normal, high or urgent.
 */
/**
 * Where the ticket came in: email, web (form), chat, phone, social or api.
 */
/**
 * One stored QA review (a line of `qa-reviews.ndjson` in the store), imported from a QA export. People are kept as the Team documents know them (a GitHub handle, `staff:<id>`, `email:<hash>`) or under a pseudonym (`anon:<hash>`); never a name or an e-mail as written.
 */
export interface QaReviewRecord {
  /**
   * What identifies the review across imports: `id:<the QA tool's id>`, or the ticket, reviewer, scorecard and time.
   */
  key: string;
  /**
   * The reviewed ticket's id.
   */
  ticket: string;
  /**
   * When the review was made.
   */
  at: string;
  /**
   * Id of the Scorecard used.
   */
  scorecard: string;
  reviewer: Person;
  agent: Person;
  /**
   * Per behaviour id: pass, fail, na (not applicable) or a score from 0 to 1.
   */
  results: {
    [k: string]: 'pass' | 'fail' | 'na' | number | undefined;
  };
  /**
   * The reviewed ticket as the store held it when the review was last matched to it (refreshed whenever its day file changes); absent while the ticket is not in the store.
   */
  match?: {
    /**
     * The store day the ticket is filed under.
     */
    day: string;
    created: Instant;
    /**
     * ISO 8601 timestamp in UTC.
     */
    ended?: string;
    priority: Priority;
    channel: Channel;
    /**
     * The ticket's team, when it has one.
     */
    team?: string;
    /**
     * The ticket's category, when it has one.
     */
    category?: string;
    /**
     * The ticket's tags.
     */
    tags: string[];
  };
  /**
   * Why the review cannot be counted (it is dated before its ticket was created); kept, reported, not counted.
   */
  problem?: string;
}

// --- report.schema.json ---
/**
 * Why our figure and the helpdesk's differ: `reopened-open-now` (full resolution of a ticket reopened and unsolved now: the helpdesk keeps the time of its last solve, we count it as unsolved), `helpdesk-has-none` (we have a figure, the helpdesk none), `we-have-none` (the helpdesk has a figure, we none), `different-times` (both have one and they differ).
 */
export type TieOutReason = 'reopened-open-now' | 'helpdesk-has-none' | 'we-have-none' | 'different-times';
/**
 * met, at-risk (met but little error budget left), breached, or no-data (fewer tickets than the minimum sample).
 */
export type Status = 'met' | 'at-risk' | 'breached' | 'no-data';

/**
 * What one evaluation produced: everything the site shows, and nothing it must recompute. Fractions are 0–1; durations are minutes.
 */
export interface Report {
  /**
   * Report format version.
   */
  schemaVersion: 1;
  /**
   * When the report was written.
   */
  generatedAt: string;
  /**
   * The evaluation instant: windows end here.
   */
  now: string;
  organisation: string;
  /**
   * What data the evaluation saw.
   */
  data: {
    /**
     * Source type, e.g. `sample`.
     */
    source: string;
    /**
     * End of the last successful fetch.
     */
    fetchedAt: Instant | null;
    /**
     * Tickets in the store.
     */
    tickets: number;
    /**
     * Creation time of the oldest ticket.
     */
    from: Instant | null;
    /**
     * Creation time of the newest ticket.
     */
    to: Instant | null;
    /**
     * Tickets left out because their data was unusable, by reason: the engine's own reasons, and the records the fetches could not store (skipped by the source as unreadable, dated in the future when fetched), counted on every run until they are fixed upstream.
     */
    rejected: {
      reason: string;
      count: number;
      /**
       * A few ticket ids; for a record a source skipped without an id, where it was (e.g. `tickets.csv row 14, column "Created at"`).
       *
       * @maxItems 5
       */
      examples:
        | []
        | [string]
        | [string, string]
        | [string, string, string]
        | [string, string, string, string]
        | [string, string, string, string, string];
    }[];
    /**
     * Values a standard's scope names (category, team, channel, tag) that no stored ticket carries, with the setting that would map them: such a standard reads nothing for that value. Absent when there are none.
     */
    scopeGaps?: {
      /**
       * Id of the standard.
       */
      standard: string;
      field: 'category' | 'team' | 'channel' | 'tags';
      /**
       * The value as the scope names it.
       */
      value: string;
      /**
       * What is missing and where to map it, e.g. `no stored ticket has category billing: map your category field in source.zendesk.category (type, a custom field or tags)`.
       */
      message: string;
    }[];
    /**
     * Present when the source carries the helpdesk's own figures (Zendesk with `tieOut: true`): our first reply and full resolution times, in calendar minutes, compared ticket by ticket with the helpdesk's.
     */
    tieOut?: {
      /**
       * Whose figures, e.g. `Zendesk ticket metrics`.
       */
      against: string;
      /**
       * Tickets that carried the helpdesk's figures.
       */
      tickets: number;
      /**
       * Two figures this close agree (the helpdesk rounds to whole minutes).
       */
      toleranceMinutes: number;
      /**
       * Per metric: how many tickets agree and disagree. Both without a figure (not replied yet, not solved) counts as agreeing.
       */
      metrics: {
        /**
         * Metric id from the catalogue.
         */
        metric: 'first_response_time' | 'full_resolution_time';
        /**
         * Tickets whose two figures agree.
         */
        agree: number;
        /**
         * Tickets whose two figures differ by more than the tolerance.
         */
        disagree: number;
        /**
         * The disagreements by reason, each reason once, most tickets first: `definition` where the two sides define the figure differently (expected), `unexplained` where no known difference of definition explains it (a defect in the source, the mapping or our metric until shown otherwise). Absent in reports written before the tie-out classified its differences.
         */
        reasons?: {
          reason: TieOutReason;
          /**
           * A difference of definition, or one no definition explains.
           */
          kind: 'definition' | 'unexplained';
          /**
           * Tickets that differ for this reason.
           */
          count: number;
        }[];
      }[];
      /**
       * At most 10 disagreements, the unexplained ones first, each group in store order: ticket, metric, our minutes and the helpdesk's (null: no figure), and why they differ.
       */
      disagreements: {
        /**
         * Ticket id.
         */
        ticket: string;
        reason?: TieOutReason;
        /**
         * Metric id from the catalogue.
         */
        metric: 'first_response_time' | 'full_resolution_time';
        /**
         * Our figure in calendar minutes.
         */
        ours: number | null;
        /**
         * The helpdesk's figure in calendar minutes.
         */
        theirs: number | null;
      }[];
    };
  };
  /**
   * The QA reviews in the store, per scorecard: how many, how many wait for their ticket or cannot count, and how much reviewers agree when several score the same ticket. Absent when the store holds no QA review. Never names a person.
   */
  qa?: {
    scorecards: {
      scorecard: string;
      /**
       * Reviews stored with this scorecard, made up to now.
       */
      reviews: number;
      /**
       * Of which the ticket is not in the store yet: kept, and counted once it arrives.
       */
      waiting: number;
      /**
       * Reviews that cannot count: dated before their ticket was created.
       */
      notCounted: {
        count: number;
        /**
         * Ticket ids.
         *
         * @maxItems 5
         */
        examples:
          | []
          | [string]
          | [string, string]
          | [string, string, string]
          | [string, string, string, string]
          | [string, string, string, string, string];
      };
      /**
       * Agreement between reviewers over the series days: for every ticket that two or more reviewers scored (each reviewer's latest review), every pair of reviewers compared behaviour by behaviour.
       */
      calibration: {
        from: string;
        to: string;
        /**
         * Tickets scored by two or more reviewers.
         */
        tickets: number;
        behaviours: {
          id: string;
          title: string;
          /**
           * Pairs of reviewers who both marked the behaviour on the same ticket.
           */
          pairs: number;
          /**
           * Of which gave the same mark (pass, fail or not applicable; a score counts as pass at or above the pass mark).
           */
          agreed: number;
          /**
           * agreed / pairs; null without pairs.
           */
          agreement: number | null;
        }[];
      };
    }[];
  };
  /**
   * For every active SOP, the version in force and how many members of each team that follows it have acknowledged that version (README "SOP acknowledgement"). Absent in reports written before it. Never names a person.
   */
  acknowledgements?: {
    sop: string;
    /**
     * The version in force.
     */
    version: number;
    /**
     * When that version was published (the commit that raised the version on the default branch); null when the history is not available.
     */
    published: string | null;
    /**
     * The people who owe the version in force, each once, counted as a sop_acknowledgement standard measures them: members of the following teams at any time since it was published (from the later of its publication and their joining), without those who left unacknowledged before it was due; without team history, the members tonight.
     */
    followers: number;
    /**
     * Of which acknowledged this version while members.
     */
    acknowledged: number;
    teams: {
      /**
       * A following Team's id.
       */
      team: string;
      members: number;
      acknowledged: number;
    }[];
  }[];
  summary: {
    met: number;
    'at-risk': number;
    breached: number;
    'no-data': number;
  };
  standards: {
    id: string;
    title: string;
    metric: string;
    dimension: string;
    owner: string;
    /**
     * The calendar of the version in force now; null: around the clock.
     */
    calendar?: string | null;
    status: Status;
    window: {
      /**
       * As written, e.g. `30d` or `month`.
       */
      spec: string;
      from: Instant;
      to: Instant;
      /**
       * Labels of the versions of the standard in force during the window, oldest first: each judged the measurements that completed while it was in force (see `versions`).
       */
      versions?: string[];
    };
    /**
     * Measurements counted in the window (including in-flight breaches).
     */
    count: number;
    /**
     * Of which met the threshold / were successes.
     */
    met: number;
    /**
     * Open tickets already past the threshold, counted as misses.
     */
    inFlight?: number;
    /**
     * Open tickets still inside their threshold, not counted yet.
     */
    pending: number;
    /**
     * Attainment (share of tickets within threshold, duration metrics) or metric value (rate: 0–1; nps: -100–100; qa_score: 0–1); null without data.
     */
    value: number | null;
    /**
     * What `value` is compared with: the goal of the version in force now (see `versions`; over a window that spans versions, each measurement was judged by its own and the statement names each goal).
     */
    goal: {
      direction: 'min' | 'max';
      /**
       * Objective (duration metrics) or target.
       */
      value: number;
      /**
       * Per-ticket threshold, duration metrics only.
       */
      thresholdMinutes?: number;
      /**
       * The goal in words, e.g. `95% within 1h (business hours)`.
       */
      text: string;
      /**
       * Only when the window spans versions with different goals: the goals that judged it, each with the day it took effect, e.g. `95% within 1h before 23 Nov 2026, 97% within 45m from 23 Nov 2026`. The status and the error budget are those goals' (each version's allowance for its own measurements); wherever the goal of "now" is shown, this is it.
       */
      judged?: string;
    };
    /**
     * How many misses the objective allows in the window, how many were used, and the share left (negative when overspent). Null without data.
     */
    errorBudget: {
      allowed: number;
      used: number;
      remaining: number;
    } | null;
    /**
     * The same evaluation exactly `days` × 24 hours earlier: the headline window of that instant (the same definition shifted), with the tickets as they stood then. What "better or worse than 7 days ago" compares `value` with.
     */
    comparison?: {
      /**
       * How far back, in days of 24 hours.
       */
      days: number;
      from: Instant;
      /**
       * The earlier instant: `now` minus `days` × 24 hours.
       */
      to: string;
      /**
       * Measurements counted in that window.
       */
      count: number;
      /**
       * The value then, on the scale of `value`; null without data.
       */
      value: number | null;
    };
    /**
     * Tickets left out by declared exclusion periods.
     */
    excluded: {
      id: string;
      reason: string;
      count: number;
    }[];
    /**
     * Daily series, oldest first.
     */
    series: SeriesDay[];
    breakdown: {
      priority: Segment[];
      channel: Segment[];
      team: Segment[];
    };
    /**
     * Tickets furthest from the goal, worst first.
     */
    worst: {
      id: string;
      created: Instant;
      priority: string;
      channel: string;
      team?: string | null;
      /**
       * The measured duration (business minutes when a calendar applies).
       */
      minutes: number;
      /**
       * Still open and already past the threshold.
       */
      inFlight: boolean;
      /**
       * The version of the standard that judged this measurement (see `versions`).
       */
      version?: string;
      explanation?: TicketExplanation;
    }[];
    /**
     * Tickets still open and already past the threshold (the misses someone can still act on), waiting longest first; as many as `worstTickets` (the pipeline's evaluation setting), of the `inFlight` there are. Duration metrics only. Absent in reports written before it.
     */
    openLate?: {
      id: string;
      created: Instant;
      priority: string;
      channel: string;
      team: string | null;
      /**
       * Time so far (business minutes when a calendar applies).
       */
      minutes: number;
      /**
       * When it passed the threshold of the version then in force (the instant it counts as a miss).
       */
      lateSince: string;
    }[];
    /**
     * The versions of the standard, oldest first: each judges the measurements that complete from its `from` date until the next version's (the last may take effect after now, when its effective date is still to come). From the document's own `versions` list, else from the git history of its file.
     */
    versions?: {
      /**
       * Label: the date it took effect, and the commit it came from when known, e.g. `2026-10-01 (1a2b3c4)`.
       */
      version: string;
      /**
       * First local day (in the standard's time zone) it judges.
       */
      from: string;
      /**
       * This version's goal.
       */
      goal: {
        /**
         * Whether the value must be at least (`min`) or at most (`max`) the goal.
         */
        direction: 'min' | 'max';
        /**
         * Objective (duration metrics) or target.
         */
        value: number;
        /**
         * Per-ticket threshold, duration metrics only.
         */
        thresholdMinutes?: number;
        /**
         * The goal in words.
         */
        text: string;
      };
    }[];
    /**
     * How fast the error budget burns and when it runs out at that pace (scripts/engine/burn-rate.ts), over a short and a long span as multi-window burn-rate alerting does. Null without an error budget, and for the backlog (a snapshot, not a flow). Absent in reports written before burn rates.
     */
    burn?: {
      /**
       * The short span (the last full day), then the long one (the last 7 full days).
       */
      spans: BurnSpan[];
    } | null;
    /**
     * qa_score only: the window's reviews behaviour by behaviour (metric catalogue, qa_score). Absent for other metrics and in reports written before it.
     */
    qa?: {
      /**
       * The Scorecard of the version in force now.
       */
      scorecard: string;
      /**
       * Reviews scored in the window.
       */
      reviews: number;
      /**
       * In the scorecard's order.
       */
      behaviours: {
        id: string;
        title: string;
        critical: boolean;
        /**
         * Reviews in the window where the behaviour applied (pass, fail or a score).
         */
        applicable: number;
        /**
         * Of which passed it.
         */
        passed: number;
        /**
         * passed / applicable; null when it never applied.
         */
        passRate: number | null;
        /**
         * Points of the average score (0–1) lost through this behaviour; the behaviours' points add up to 1 − value. Null without reviews.
         */
        points: number | null;
        /**
         * Week by week (Monday to Sunday in the standard's time zone) over the series days, oldest first.
         */
        trend: {
          /**
           * The week's Monday.
           */
          week: string;
          applicable: number;
          passed: number;
          passRate: number | null;
        }[];
      }[];
      /**
       * Id of the behaviour that cost the most points; null when none cost any.
       */
      costliest: string | null;
    };
    /**
     * The result in one sentence, e.g. `95.8% of 412 urgent tickets got a first reply within 1h (business hours) over the last 30 days; objective 95%; met; 16% of the error budget left.`
     */
    statement: string;
  }[];
}
export interface SeriesDay {
  /**
   * Day (in the evaluation's time zone).
   */
  date: string;
  /**
   * Measurements completed that day.
   */
  count: number;
  /**
   * Of which met / successes.
   */
  met: number;
  /**
   * That day's attainment or value; null without data.
   */
  value: number | null;
  /**
   * Attainment or value over the standard's window ending with that local day (N local days for a rolling window, the month or quarter so far for a calendar one); for today, the last day, the headline window ending now, so it equals the standard's `value`. Null without data.
   */
  windowValue: number | null;
  /**
   * The version of the standard that judged this day's measurements (a day lies within one version; see `versions`); null before the standard took effect. Absent in reports written before history-aware evaluation.
   */
  version?: string | null;
  /**
   * When the window ending that day spans more than one version: their labels, oldest first (each measurement in `windowValue` was judged by its own). Absent otherwise.
   */
  windowVersions?: string[];
}
export interface Segment {
  /**
   * Segment value, e.g. `urgent`; `(none)` when the ticket has none.
   */
  key: string;
  /**
   * Tickets (or responses) counted.
   */
  count: number;
  /**
   * Of which met the threshold (duration metrics) or counted as a success (rate metrics).
   */
  met: number;
  /**
   * Attainment (duration metrics) or metric value (rate and score metrics) in this segment; null without data.
   */
  value: number | null;
}
/**
 * How the ticket was measured (`standards explain`), listing the first few stretches of each measurement.
 */
export interface TicketExplanation {
  ticket: string;
  standard: string;
  now: Instant;
  /**
   * measured (see `measurements`), not-measured (in scope, nothing to count, e.g. solved without a reply), out-of-scope, excluded (an exclusion period), not-yet-created (after now) or unusable (the ticket is rejected).
   */
  verdict: 'measured' | 'not-measured' | 'out-of-scope' | 'excluded' | 'not-yet-created' | 'unusable';
  /**
   * Why it is in or out of scope, excluded, not measured or unusable, in words.
   */
  reason?: string;
  /**
   * The business calendar of the version in force now; null: around the clock.
   */
  calendar?: {
    id: string;
    timezone: string;
    /**
     * When the calendar has changed: its versions, oldest first.
     */
    versions?: string[];
  } | null;
  measurements: ExplainedMeasurement[];
}
/**
 * One measurement of the ticket for the standard and how it was judged.
 */
export interface ExplainedMeasurement {
  /**
   * What was measured, e.g. `first reply`, `next reply`, `satisfaction rating`.
   */
  what: string;
  start: {
    at: Instant;
    /**
     * e.g. `ticket created`, `customer reply`.
     */
    event: string;
  };
  /**
   * How the measurement ended; null while it is still running at now.
   */
  end: {
    at: Instant;
    /**
     * e.g. `first public agent reply`, `final solve`.
     */
    event: string;
  } | null;
  /**
   * Business minutes counted (so far, when still running); null for a rate or score.
   */
  minutes: number | null;
  /**
   * The stretches of business time counted, oldest first.
   */
  counted?: ExplanationSpan[];
  /**
   * The stretches left out between start and end, with their reasons, oldest first.
   */
  leftOut?: ExplanationSpan[];
  /**
   * Stretches not listed (a report lists the first few only): how many and how long.
   */
  more?: {
    counted: number;
    countedMinutes: number;
    leftOut: number;
    leftOutMinutes: number;
  };
  /**
   * The version of the standard that judged it; null when none did.
   */
  version: string | null;
  /**
   * That version's goal in words.
   */
  goal?: string;
  /**
   * That version's per-ticket threshold (duration metrics).
   */
  thresholdMinutes?: number;
  /**
   * met or missed (complete), breached (still open, already past the threshold: a miss), pending (open, inside it: not counted yet), success or failure (a rate trial), not-counted (see `note`).
   */
  result: 'met' | 'missed' | 'breached' | 'pending' | 'success' | 'failure' | 'not-counted';
  /**
   * A score's value: the review score (0–1) or the NPS answer (0–10).
   */
  score?: number;
  /**
   * When the running time passed the threshold.
   */
  passedAt?: string;
  /**
   * Pending: when it passes the threshold if nothing happens (null while paused).
   */
  dueAt?: string;
  /**
   * The instant it counts at: completion, or the instant an open measurement passed its threshold.
   */
  countedAt?: string;
  /**
   * The local day (in the standard's time zone) it counts on.
   */
  countedOn?: string;
  /**
   * It counts in the headline window.
   */
  inWindow: boolean;
  /**
   * Why it is not counted, or anything else a reader needs.
   */
  note?: string;
}
/**
 * A stretch of a measurement: business time counted, or time left out and why.
 */
export interface ExplanationSpan {
  from: Instant;
  to: Instant;
  /**
   * Minutes of the stretch: business minutes counted, or wall-clock minutes left out.
   */
  minutes: number;
  /**
   * Left out only: outside business hours, a holiday of the calendar (by the calendar version that applied that day), a pause status, or solved before a reopen.
   */
  reason?: 'closed' | 'holiday' | 'paused' | 'solved';
  /**
   * Left out only: the holiday's name, the pause status, …
   */
  detail?: string;
}
/**
 * The error budget's burn over whole local days ending the day before the evaluation's: the measurements that completed on those days, what they used and what the goal allowed them.
 */
export interface BurnSpan {
  /**
   * Days in the span as asked (1 or 7); fewer days of series may be behind it, see `from`.
   */
  days: number;
  /**
   * First local day of the span.
   */
  from: string;
  /**
   * Last local day of the span: the day before the evaluation's.
   */
  to: string;
  /**
   * Measurements completed in the span.
   */
  count: number;
  /**
   * Error budget they used, in misses (score units for NPS and QA scores).
   */
  used: number;
  /**
   * Error budget the goal allowed them, in the same units.
   */
  allowed: number;
  /**
   * Burn rate: used / allowed. 1 spends the budget exactly as fast as the goal allows; 2 twice as fast. Null when nothing was counted or nothing is allowed (a 100% objective).
   */
  rate: number | null;
  /**
   * The local day the window's error budget runs out if the burn goes on at this rate; null when it does not (rate at most 1, budget already spent, or, for a calendar window, not before the period ends).
   */
  runsOut: string | null;
  /**
   * Days from the evaluation until then (two decimals); null with `runsOut`.
   */
  daysLeft: number | null;
}

// --- review.schema.json ---
/**
 * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
 */
export type File = string;
/**
 * Files under standards/ that differ, sorted.
 *
 * @maxItems 5000
 */
export type FileList = File[];
/**
 * One document that differs between the base and the proposed side.
 */
export type DocumentChange = StandardChange | SopChange | PolicyChange | TeamChange | CalendarChange | OtherChange;
/**
 * A short text: an id, a label, a file name, a value in words.
 */
export type Text = string;
/**
 * A word-level diff: unchanged, added and removed runs in order.
 *
 * @maxItems 20000
 */
export type WordDiff = WordDiffPart[];
/**
 * A word-level diff: unchanged, added and removed runs in order.
 *
 * @maxItems 20000
 */
export type WordDiff1 = WordDiffPart[];
/**
 * The changed paragraphs of a text, in hunks like a diff's.
 *
 * @maxItems 1000
 */
export type Hunks = ProseHunk[];
/**
 * The fields that differ.
 *
 * @maxItems 500
 */
export type Fields = FieldChange[];
/**
 * The SOP steps that keep this standard on the proposed side, and whether they still fit it.
 *
 * @maxItems 5000
 */
export type KeptSteps = KeptStep[];
/**
 * The fields that differ (steps apart).
 *
 * @maxItems 500
 */
export type Fields1 = FieldChange[];
/**
 * One step added, removed, moved or changed.
 */
export type SopStepChange = SopStepAdded | SopStepRemoved | SopStepMoved | SopStepFieldChanged;
/**
 * The SOP's steps that keep a standard (proposed side), and whether each fits it.
 *
 * @maxItems 5000
 */
export type KeptSteps1 = KeptStep[];
/**
 * The fields that differ.
 *
 * @maxItems 500
 */
export type Fields2 = FieldChange[];
/**
 * Items only the proposed side has.
 *
 * @maxItems 5000
 */
export type TextList = Text[];
/**
 * Items only the base side has.
 *
 * @maxItems 5000
 */
export type TextList1 = Text[];
/**
 * The fields that differ.
 *
 * @maxItems 500
 */
export type Fields3 = FieldChange[];
/**
 * Documents the team now owns (`Standard csat`).
 *
 * @maxItems 5000
 */
export type TextList2 = Text[];
/**
 * Documents the team no longer owns.
 *
 * @maxItems 5000
 */
export type TextList3 = Text[];
/**
 * The fields that differ.
 *
 * @maxItems 500
 */
export type Fields4 = FieldChange[];
/**
 * Weekly hours that changed, e.g. `monday: 08:00-18:00 → 09:00-17:00`.
 *
 * @maxItems 5000
 */
export type TextList4 = Text[];
/**
 * Holidays only the proposed side has.
 *
 * @maxItems 5000
 */
export type TextList5 = Text[];
/**
 * Holidays only the base side has.
 *
 * @maxItems 5000
 */
export type TextList6 = Text[];
/**
 * Holidays on the same date, changed (`before → after`).
 *
 * @maxItems 5000
 */
export type TextList7 = Text[];
/**
 * Ids of the standards measured on this calendar, on either side.
 *
 * @maxItems 5000
 */
export type TextList8 = Text[];
/**
 * The fields that differ.
 *
 * @maxItems 500
 */
export type Fields5 = FieldChange[];
/**
 * The what-if replay.
 */
export type Replay = ReplayDone | ReplaySkipped;
/**
 * The changed files they own.
 *
 * @maxItems 5000
 */
export type FileList1 = File[];

/**
 * What a pull request changes, as data: the semantic diff, the notes a reviewer must judge, the what-if replay and the owners whose approval it needs. `standards review --format json` prints it; the pull request's Validate run uploads it as the `standards-review` artifact, and the trusted Review comment job validates it against this schema before rendering the comment itself. A pull request controls every value here, so every string and list has a size bound, and the renderer treats every string as text.
 */
export interface Review {
  /**
   * Review format version: 2 since the comment is rendered from this data by the trusted job.
   */
  schemaVersion: 2;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  baseRef: string;
  files: FileList;
  /**
   * Every document whose file changed in meaning.
   *
   * @maxItems 5000
   */
  changes: DocumentChange[];
  /**
   * Standards whose files did not change, measured differently because of this pull request (a calendar, a scorecard, exclusions, evaluation settings).
   *
   * @maxItems 5000
   */
  affected: AffectedStandard[];
  /**
   * What the reviewer should check.
   *
   * @maxItems 10000
   */
  notes: ReviewNote[];
  replay: Replay;
  /**
   * Whose approval GitHub will require, from CODEOWNERS: for each group of files, one of its owners.
   *
   * @maxItems 5000
   */
  approvals: ApprovalOwners[];
}
/**
 * A Standard added, removed or changed.
 */
export interface StandardChange {
  /**
   * Always `Standard`.
   */
  kind: 'Standard';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  id: string;
  /**
   * What happened to the document.
   */
  change: 'added' | 'removed' | 'changed' | 'renamed';
  /**
   * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
   */
  file: string;
  /**
   * The base side's file when renamed; null otherwise.
   */
  previousFile: File | null;
  /**
   * The base side's id when the rename changed it; null otherwise.
   */
  previousId: Text | null;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  fields: Fields;
  /**
   * What else this pull request changes that the standard depends on, e.g. `calendar emea-business-hours changed`.
   *
   * @maxItems 50
   */
  affectedBy: Text[];
  keptBy: KeptSteps;
}
/**
 * One field of a document, before → after, both in the words a reviewer reads (`1h`, `95%`, `urgent; email, web`).
 */
export interface FieldChange {
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  field: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  label: string;
  /**
   * The base side's value; null when it has none.
   */
  before: string | null;
  /**
   * The proposed side's value; null when it has none.
   */
  after: string | null;
  /**
   * Word-level diff for a one-paragraph prose field (a title, a rationale); null for other fields.
   */
  words: WordDiff | null;
  /**
   * For prose of several paragraphs (a policy's text): the changed paragraphs with one paragraph of context each; null otherwise.
   */
  hunks: Hunks | null;
}
export interface WordDiffPart {
  /**
   * The run's text.
   */
  text: string;
  /**
   * Whether the run is in both sides, only the proposed side or only the base side.
   */
  change: 'same' | 'added' | 'removed';
}
export interface ProseHunk {
  /**
   * Number of the hunk's first paragraph on the proposed side, from 1.
   */
  start: number;
  /**
   * Context, changed, added and removed paragraphs in order.
   *
   * @maxItems 1000
   */
  paragraphs: HunkParagraph[];
}
export interface HunkParagraph {
  /**
   * same (context), changed (reworded: see words), added or removed.
   */
  change: 'same' | 'changed' | 'added' | 'removed';
  words: WordDiff1;
}
/**
 * An SOP step that keeps a standard (`keeps: { standard }`), and whether it fits it.
 */
export interface KeptStep {
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  sop: string;
  /**
   * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
   */
  file: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  step: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  /**
   * The step's position, from 1.
   */
  position: number;
  /**
   * The step's timeline as written; null without one.
   */
  within: Text | null;
  /**
   * The step's clock.
   */
  clock: '24/7' | 'business';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  standard: string;
  /**
   * The standard's threshold, e.g. `1h`; null when it has none or does not exist.
   */
  threshold: Text | null;
  /**
   * The standard's clock: business hours when it has a calendar.
   */
  standardClock: '24/7' | 'business';
  /**
   * The standard's calendar; null when 24/7.
   */
  calendar: Text | null;
  /**
   * Whether the step keeps the standard (what `validate` checks).
   */
  fits: boolean;
  /**
   * Why not, in a few words; null when it fits.
   */
  problem: Text | null;
}
/**
 * An SOP added, removed or changed.
 */
export interface SopChange {
  /**
   * Always `SOP`.
   */
  kind: 'SOP';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  id: string;
  /**
   * What happened to the document.
   */
  change: 'added' | 'removed' | 'changed' | 'renamed';
  /**
   * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
   */
  file: string;
  /**
   * The base side's file when renamed; null otherwise.
   */
  previousFile: File | null;
  /**
   * The base side's id when the rename changed it; null otherwise.
   */
  previousId: Text | null;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  fields: Fields1;
  /**
   * The SOP's version on each side.
   */
  version: {
    /**
     * Base side's version; null when the SOP is new or invalid there.
     */
    before: number | null;
    /**
     * Proposed side's version; null when removed or invalid.
     */
    after: number | null;
  };
  /**
   * The changelog entries the proposed side adds on top of the base's.
   *
   * @maxItems 1000
   */
  changelog: SopChangelogEntry[];
  /**
   * Steps added, removed, moved or changed (empty for an added SOP).
   *
   * @maxItems 5000
   */
  steps: SopStepChange[];
  keeps: KeptSteps1;
}
export interface SopChangelogEntry {
  /**
   * The version the entry describes.
   */
  version: number;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  date: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  summary: string;
}
export interface SopStepAdded {
  /**
   * A step only the proposed side has.
   */
  kind: 'step-added';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  step: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  /**
   * Its position, from 1.
   */
  position: number;
  /**
   * Its timeline as written, e.g. `4h`; null without one.
   */
  within: Text | null;
  /**
   * Who carries it out; null when not said.
   */
  role: Text | null;
  /**
   * The standard it keeps; null when none.
   */
  keeps: Text | null;
}
export interface SopStepRemoved {
  /**
   * A step only the base side has.
   */
  kind: 'step-removed';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  step: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  /**
   * Its position on the base side, from 1.
   */
  position: number;
}
export interface SopStepMoved {
  /**
   * A step both sides have, in another place among the steps they share.
   */
  kind: 'step-moved';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  step: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  /**
   * Position on the base side.
   */
  from: number;
  /**
   * Position on the proposed side.
   */
  to: number;
}
export interface SopStepFieldChanged {
  /**
   * One field of a step both sides have.
   */
  kind: 'step-changed';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  step: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  /**
   * Which field changed (`keeps`: the standard it keeps).
   */
  field: 'title' | 'instructions' | 'within' | 'clock' | 'keeps' | 'role';
  /**
   * The base side's value; null when it had none.
   */
  before: string | null;
  /**
   * The proposed side's value; null when it has none.
   */
  after: string | null;
  /**
   * Word-level diff of a reworded title or one-paragraph instructions; null otherwise.
   */
  words: WordDiff | null;
  /**
   * Changed paragraphs of instructions of several paragraphs; null otherwise.
   */
  hunks: Hunks | null;
}
/**
 * A Policy added, removed or changed.
 */
export interface PolicyChange {
  /**
   * Always `Policy`.
   */
  kind: 'Policy';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  id: string;
  /**
   * What happened to the document.
   */
  change: 'added' | 'removed' | 'changed' | 'renamed';
  /**
   * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
   */
  file: string;
  /**
   * The base side's file when renamed; null otherwise.
   */
  previousFile: File | null;
  /**
   * The base side's id when the rename changed it; null otherwise.
   */
  previousId: Text | null;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  fields: Fields2;
  links: ReviewSetDiff;
}
/**
 * Standards and SOPs the policy links to, added and removed (`Standard csat`).
 */
export interface ReviewSetDiff {
  added: TextList;
  removed: TextList1;
}
/**
 * A Team added, removed or changed.
 */
export interface TeamChange {
  /**
   * Always `Team`.
   */
  kind: 'Team';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  id: string;
  /**
   * What happened to the document.
   */
  change: 'added' | 'removed' | 'changed' | 'renamed';
  /**
   * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
   */
  file: string;
  /**
   * The base side's file when renamed; null otherwise.
   */
  previousFile: File | null;
  /**
   * The base side's id when the rename changed it; null otherwise.
   */
  previousId: Text | null;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  fields: Fields3;
  members: ReviewSetDiff1;
  leads: ReviewSetDiff2;
  /**
   * Documents whose owner moved to or from this team.
   */
  ownership: {
    gained: TextList2;
    lost: TextList3;
  };
}
/**
 * GitHub handles of members added and removed.
 */
export interface ReviewSetDiff1 {
  added: TextList;
  removed: TextList1;
}
/**
 * GitHub handles of leads added and removed.
 */
export interface ReviewSetDiff2 {
  added: TextList;
  removed: TextList1;
}
/**
 * A Calendar added, removed or changed.
 */
export interface CalendarChange {
  /**
   * Always `Calendar`.
   */
  kind: 'Calendar';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  id: string;
  /**
   * What happened to the document.
   */
  change: 'added' | 'removed' | 'changed' | 'renamed';
  /**
   * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
   */
  file: string;
  /**
   * The base side's file when renamed; null otherwise.
   */
  previousFile: File | null;
  /**
   * The base side's id when the rename changed it; null otherwise.
   */
  previousId: Text | null;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  fields: Fields4;
  hours: TextList4;
  /**
   * Holidays added, removed and changed, e.g. `2026-12-26 St Stephen's Day`.
   */
  holidays: {
    added: TextList5;
    removed: TextList6;
    changed: TextList7;
  };
  standards: TextList8;
}
/**
 * A Scorecard or the Pipeline added, removed or changed.
 */
export interface OtherChange {
  /**
   * `Scorecard` or `Pipeline`.
   */
  kind: 'Scorecard' | 'Pipeline';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  id: string;
  /**
   * What happened to the document.
   */
  change: 'added' | 'removed' | 'changed' | 'renamed';
  /**
   * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
   */
  file: string;
  /**
   * The base side's file when renamed; null otherwise.
   */
  previousFile: File | null;
  /**
   * The base side's id when the rename changed it; null otherwise.
   */
  previousId: Text | null;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  fields: Fields5;
}
/**
 * A standard whose file did not change but that is measured differently, because something it depends on did.
 */
export interface AffectedStandard {
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  id: string;
  /**
   * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
   */
  file: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  title: string;
  /**
   * What changed, e.g. `calendar dublin-office changed`.
   *
   * @maxItems 50
   */
  reasons: Text[];
}
/**
 * Something the reviewer should look at twice, attached to a document.
 */
export interface ReviewNote {
  /**
   * error: the pull request cannot merge as it is; warning: a person should judge it.
   */
  severity: 'warning' | 'error';
  /**
   * A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`.
   */
  file: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  subject: string;
  /**
   * What is wrong and what would be right.
   */
  message: string;
  /**
   * The check that made the note (`published-history`: the change alters figures already published).
   */
  rule:
    | 'prose-numbers'
    | 'step-promise'
    | 'sop-version'
    | 'changelog'
    | 'dangling-reference'
    | 'invalid-document'
    | 'published-history';
}
export interface ReplayDone {
  /**
   * The standards were replayed.
   */
  state: 'replayed';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  now: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  store: string;
  /**
   * Tickets read.
   */
  tickets: number;
  /**
   * The replayed standards.
   *
   * @maxItems 5000
   */
  standards: ReplayedStandard[];
  /**
   * How the replay was made (settings that differ between the sides).
   *
   * @maxItems 100
   */
  notes: Text[];
  /**
   * Standards whose published figures the pull request changes, with the days and figures. Absent in reviews written before it existed.
   *
   * @maxItems 5000
   */
  published?: PublishedChange[];
}
/**
 * A standard evaluated as the base defines it and as the pull request defines it.
 */
export interface ReplayedStandard {
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  id: string;
  /**
   * added, changed (its own numbers or scope), or affected (something it depends on changed).
   */
  change: 'added' | 'changed' | 'affected';
  /**
   * The base side; null when the standard is new.
   */
  base: ReplaySide | null;
  proposed: ReplaySide1;
  /**
   * One row per day of the series: the window value as of that day, both sides (null: no data).
   *
   * @maxItems 3700
   */
  series: ReplaySeriesDay[];
}
/**
 * One side of a replayed standard: how the standard as that side defines it fares on the stored tickets.
 */
export interface ReplaySide {
  /**
   * The standard's status.
   */
  status: 'met' | 'at-risk' | 'breached' | 'no-data';
  /**
   * Attainment or metric value (fraction for rates and attainment, score for NPS); null without data.
   */
  value: number | null;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  valueText: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  goalText: string;
  /**
   * Measurements in the headline window (tickets, replies or ratings, by metric).
   */
  count: number;
  /**
   * Measurements still pending.
   */
  inFlight: number;
  /**
   * Share of the error budget left (negative: overspent); null without data.
   */
  budgetRemaining: number | null;
  /**
   * Days of the series whose window value misses the goal.
   */
  daysOutOfGoal: number;
  /**
   * The status in one sentence.
   */
  statement: string;
}
/**
 * One side of a replayed standard: how the standard as that side defines it fares on the stored tickets.
 */
export interface ReplaySide1 {
  /**
   * The standard's status.
   */
  status: 'met' | 'at-risk' | 'breached' | 'no-data';
  /**
   * Attainment or metric value (fraction for rates and attainment, score for NPS); null without data.
   */
  value: number | null;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  valueText: string;
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  goalText: string;
  /**
   * Measurements in the headline window (tickets, replies or ratings, by metric).
   */
  count: number;
  /**
   * Measurements still pending.
   */
  inFlight: number;
  /**
   * Share of the error budget left (negative: overspent); null without data.
   */
  budgetRemaining: number | null;
  /**
   * Days of the series whose window value misses the goal.
   */
  daysOutOfGoal: number;
  /**
   * The status in one sentence.
   */
  statement: string;
}
export interface ReplaySeriesDay {
  /**
   * The day the window ends, YYYY-MM-DD.
   */
  date: string;
  /**
   * The base side's window value; null without data.
   */
  base: number | null;
  /**
   * The proposed side's window value; null without data.
   */
  proposed: number | null;
}
/**
 * A standard whose figures already published change once the pull request is merged: its calendar changes from a past date (`appliesFrom`) or an exclusion period before now is added, removed or changed.
 */
export interface PublishedChange {
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  id: string;
  /**
   * What reaches back, e.g. `calendar dublin-office changes from 2026-11-16 (appliesFrom)`, `exclusion outage added`.
   *
   * @maxItems 50
   */
  reasons: Text[];
  /**
   * The published days (before today) whose figures change, oldest first; empty when no stored ticket is affected.
   *
   * @maxItems 3700
   */
  days: PublishedDayChange[];
}
/**
 * A published day: `base` as published, `proposed` as the nightly job will compute it once the pull request is merged.
 */
export interface PublishedDayChange {
  /**
   * The day, YYYY-MM-DD, in the standard's time zone.
   */
  date: string;
  base: PublishedDayFigures;
  proposed: PublishedDayFigures;
}
/**
 * One day's figures as the report publishes them.
 */
export interface PublishedDayFigures {
  /**
   * Measurements that completed that day.
   */
  count: number;
  /**
   * Of which met the goal.
   */
  met: number;
  /**
   * The day's own value; null without data.
   */
  value: number | null;
  /**
   * The value of the window ending that day (the trend's point); null without data.
   */
  windowValue: number | null;
}
export interface ReplaySkipped {
  /**
   * Nothing was replayed.
   */
  state: 'skipped';
  /**
   * A short text: an id, a label, a file name, a value in words.
   */
  reason: string;
}
/**
 * Changed files that one CODEOWNERS rule owns: an approval from any one of its owners is enough for them.
 */
export interface ApprovalOwners {
  /**
   * The rule's owners (`@org/team`, `@handle`), sorted.
   *
   * @maxItems 50
   */
  owners: Text[];
  files: FileList1;
}

// --- scorecard.schema.json ---
/**
 * Kebab-case id, equal to the file name.
 */
/**
 * How reviewers use the scorecard, in Markdown.
 */
/**
 * Id of the Team that owns the rubric.
 */
/**
 * Score at or above which a reviewed interaction passes, e.g. `80%`.
 */
/**
 * Kebab-case id, unique within the scorecard.
 */
/**
 * What a reviewer looks for, in Markdown.
 */
export type Markdown1 = string;
/**
 * Review cadence, e.g. `6mo`.
 */
/**
 * Date of the last review, YYYY-MM-DD.
 */
/**
 * A behavioural QA rubric used to review interactions. A review scores each behaviour pass or fail; the qa_score is the weighted share passed.
 */
export interface ScorecardDocument {
  /**
   * Always `Scorecard`.
   */
  kind: 'Scorecard';
  id: Id;
  /**
   * Display title.
   */
  title: string;
  description?: Markdown;
  owner: Id1;
  passMark: Percentage;
  /**
   * The behaviours scored in every review, in the order reviewers see them.
   *
   * @minItems 1
   */
  behaviours: [
    {
      id: Id2;
      /**
       * Short name, e.g. `Acknowledge the customer`.
       */
      title: string;
      description: Markdown1;
      /**
       * Relative weight in the score. Default: 1.
       */
      weight?: number;
      /**
       * A failed critical behaviour fails the whole review whatever the score. Default: false.
       */
      critical?: boolean;
    },
    ...{
      id: Id2;
      /**
       * Short name, e.g. `Acknowledge the customer`.
       */
      title: string;
      description: Markdown1;
      /**
       * Relative weight in the score. Default: 1.
       */
      weight?: number;
      /**
       * A failed critical behaviour fails the whole review whatever the score. Default: false.
       */
      critical?: boolean;
    }[]
  ];
  review: ReviewCadence;
}
/**
 * Review cadence of the rubric itself.
 */
/**
 * Kebab-case id, equal to the file name, e.g. `handle-complaint`.
 */
/**
 * Id of the Team that owns the procedure.
 */
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
/**
 * How to carry out the step, in Markdown.
 */
/**
 * Timeline: the step is done within this time of the ticket's creation (of the customer's message, for a step that keeps a next-reply standard), counted on the step's `clock`, e.g. `4h`.
 */
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
/**
 * Review cadence, e.g. `6mo`.
 */
/**
 * Date of the last review, YYYY-MM-DD.
 */
/**
 * Date of the change, YYYY-MM-DD.
 */
/**
 * A standard operating procedure: ordered steps with timelines and roles, the standards it serves, an owner, a version bumped on every content change, and a changelog whose top entry matches the version.
 */
export interface SopDocument {
  /**
   * Always `SOP`.
   */
  kind: 'SOP';
  id: Id;
  /**
   * Display title, e.g. `Handling a complaint`.
   */
  title: string;
  /**
   * Whole number, bumped by one on every content change (checked in CI against the base branch), e.g. `3`.
   */
  version: number;
  /**
   * draft (not yet in force), active (in force) or retired (kept for history).
   */
  status: 'draft' | 'active' | 'retired';
  owner: Id1;
  /**
   * When to use this procedure, in a sentence or two.
   */
  summary?: string;
  /**
   * Ids of the Teams whose members follow this procedure: they are asked to acknowledge each new version (README "SOP acknowledgement"). Default: the teams the standards it serves measure (their `scope.team`).
   */
  followedBy?: Id2[];
  /**
   * Ids of the Standards this procedure helps meet.
   */
  serves: Id2[];
  /**
   * The steps in the order they are carried out.
   *
   * @minItems 1
   */
  steps: [
    {
      id: Id3;
      /**
       * What the step achieves, e.g. `Acknowledge the complaint`.
       */
      title: string;
      instructions: Markdown;
      within?: Duration;
      /**
       * How `within` is counted: `24/7` (the default: every hour, nights and weekends included) or `business` (business hours only: those of the calendar of the standard the step keeps, or of the team that handles the ticket). A step on the business clock cannot keep a 24/7 standard: a business hour can take a night or a weekend.
       */
      clock?: '24/7' | 'business';
      /**
       * The promise this step keeps, e.g. `{ standard: first-response-urgent }`: `validate` fails when the step's `within` is longer than that standard's threshold on the same clock, and the site shows the standard's status beside the step. The standard's metric says what the step is compared with: the first reply (first_response_time), the next reply (next_reply_time) or the solve (full_resolution_time).
       */
      keeps?: {
        standard: Id4;
      };
      /**
       * Who carries it out, e.g. `agent`, `team lead`.
       */
      role?: string;
    },
    ...{
      id: Id3;
      /**
       * What the step achieves, e.g. `Acknowledge the complaint`.
       */
      title: string;
      instructions: Markdown;
      within?: Duration;
      /**
       * How `within` is counted: `24/7` (the default: every hour, nights and weekends included) or `business` (business hours only: those of the calendar of the standard the step keeps, or of the team that handles the ticket). A step on the business clock cannot keep a 24/7 standard: a business hour can take a night or a weekend.
       */
      clock?: '24/7' | 'business';
      /**
       * The promise this step keeps, e.g. `{ standard: first-response-urgent }`: `validate` fails when the step's `within` is longer than that standard's threshold on the same clock, and the site shows the standard's status beside the step. The standard's metric says what the step is compared with: the first reply (first_response_time), the next reply (next_reply_time) or the solve (full_resolution_time).
       */
      keeps?: {
        standard: Id4;
      };
      /**
       * Who carries it out, e.g. `agent`, `team lead`.
       */
      role?: string;
    }[]
  ];
  review: ReviewCadence;
  /**
   * Newest first. The top entry's version equals `version`.
   *
   * @minItems 1
   */
  changelog: [
    {
      /**
       * The version this entry describes.
       */
      version: number;
      date: Date1;
      /**
       * What changed and why.
       */
      summary: string;
    },
    ...{
      /**
       * The version this entry describes.
       */
      version: number;
      date: Date1;
      /**
       * What changed and why.
       */
      summary: string;
    }[]
  ];
}
/**
 * Review cadence, e.g. `{ every: 6mo, last: 2026-09-01 }`.
 */
/**
 * Kebab-case id, equal to the file name, e.g. `first-response-urgent`.
 */
/**
 * Optional longer explanation in Markdown.
 */
/**
 * Ticket priority: low, normal, high or urgent.
 */
/**
 * Where the ticket came in: email, web (form), chat, phone, social or api.
 */
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
/**
 * Per-ticket goal for duration metrics, e.g. `1h`. Business time when `calendar` is set.
 */
/**
 * The value must be at least this: a percentage, or for nps a score from -100 to 100.
 */
/**
 * The value must be at most this: a percentage, or for nps a score from -100 to 100.
 */
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
/**
 * Duration metrics only: the share of in-scope tickets that must meet the threshold, e.g. `95%` (sop_acknowledgement: the share of following team members who acknowledge in time). Rate and score metrics are judged against `target` instead.
 */
/**
 * Normalized ticket status: new, open, pending (waiting on the requester), on-hold (waiting on a third party), solved or closed.
 */
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
/**
 * Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.
 */
/**
 * Date from which the standard applies, YYYY-MM-DD.
 */
/**
 * Review cadence, e.g. `6mo`.
 */
/**
 * Date of the last review, YYYY-MM-DD.
 */
/**
 * Date from which this version judged measurements, YYYY-MM-DD; before the next version's date.
 */
/**
 * Duration metrics: the per-ticket threshold of this version, e.g. `2h`.
 */
export type Duration1 = string;
/**
 * Duration metrics: the share of tickets that had to meet the threshold in this version, e.g. `90%`.
 */
/**
 * The value had to be at least this.
 */
export type Percentage4 = string | number;
/**
 * The value had to be at most this.
 */
export type Percentage5 = string | number;

/**
 * One measurable service standard: one metric over a scope of tickets, a per-ticket threshold or an aggregate target, an objective, a window, an owner, an effective date and a review cadence.
 */
export interface StandardDocument {
  /**
   * Always `Standard`.
   */
  kind: 'Standard';
  id: Id;
  /**
   * The promise in one plain sentence, e.g. `Urgent tickets get a first reply within one business hour`.
   */
  title: string;
  description?: Markdown;
  /**
   * Service-quality dimension (SERVQUAL): reliability (doing what was promised), responsiveness (speed), assurance (competence and trust), empathy (care), tangibles (channels, tools, written material).
   */
  dimension: 'reliability' | 'responsiveness' | 'assurance' | 'empathy' | 'tangibles';
  /**
   * The metric from the built-in catalogue (see the site's methodology page). Duration metrics (first_response_time, next_reply_time, full_resolution_time, requester_wait_time, agent_work_time, backlog_age) take `threshold`; rate and score metrics (reopen_rate, first_contact_resolution, csat, nps, qa_score, qa_coverage) take `target`; sop_acknowledgement takes `threshold` (the time to acknowledge a new SOP version) and `objective`.
   */
  metric:
    | 'first_response_time'
    | 'next_reply_time'
    | 'full_resolution_time'
    | 'requester_wait_time'
    | 'agent_work_time'
    | 'reopen_rate'
    | 'first_contact_resolution'
    | 'csat'
    | 'nps'
    | 'backlog_age'
    | 'qa_score'
    | 'qa_coverage'
    | 'sop_acknowledgement';
  /**
   * Which tickets the standard covers. Every listed field narrows the scope; an omitted field matches everything. Default: all tickets.
   */
  scope?: {
    /**
     * Ticket priorities in scope.
     *
     * @minItems 1
     */
    priority?: [Priority, ...Priority[]];
    /**
     * Channels in scope.
     *
     * @minItems 1
     */
    channel?: [Channel, ...Channel[]];
    /**
     * Team ids in scope (the team the ticket is assigned to). For qa_coverage: the teams whose members must be reviewed (default: every team); for sop_acknowledgement: the following teams measured (default: every team that follows the SOP).
     *
     * @minItems 1
     */
    team?: [Id1, ...Id1[]];
    /**
     * Ticket categories in scope, as the helpdesk names them.
     *
     * @minItems 1
     */
    category?: [string, ...string[]];
    /**
     * Tickets carrying at least one of these tags.
     *
     * @minItems 1
     */
    tags?: [string, ...string[]];
  };
  threshold?: Duration;
  /**
   * Aggregate target for rate and score metrics: `{ min: 90% }` or `{ max: 5% }`. For nps the value is a score from -100 to 100, e.g. `{ min: 30 }`.
   */
  target?: {
    min?: Percentage;
    max?: Percentage1;
  };
  calendar?: Id2;
  objective?: Percentage2;
  /**
   * The period the objective is judged over: rolling days or weeks (`30d`, `4w`) ending now, or the current calendar `month` or `quarter` (in the calendar's time zone, UTC without one).
   */
  window: string;
  /**
   * Fewest tickets in the window before a status is given; fewer is `not enough data`. Default: the Pipeline's `evaluation.minimumSample`.
   */
  minimumSample?: number;
  /**
   * requester_wait_time only: statuses during which the clock stops (solved and closed always stop it). Default: pending only, as Zendesk counts requester wait time; for new and open only use the agent_work_time metric.
   */
  pauseStatuses?: TicketStatus[];
  scorecard?: Id3;
  /**
   * qa_coverage only: how many QA reviews each agent must get per week (Monday to Sunday in the standard's time zone), e.g. `5`.
   */
  reviewsPerAgent?: number;
  /**
   * sop_acknowledgement only: ids of the SOPs whose new versions must be acknowledged. Default: every active SOP.
   *
   * @minItems 1
   */
  sops?: [Id1, ...Id1[]];
  owner: Id4;
  effective: Date;
  review: ReviewCadence;
  /**
   * Why this number, in a sentence or two.
   */
  rationale: string;
  /**
   * Optional: the earlier goals of this standard, oldest first, each with the date it took effect. Every measurement is judged by the version in force when it completed: an entry here until the next entry's (or this document's) `effective`, this document's own goal from its `effective`. With the list, the file's git history is not read; without it, the versions come from the git history of the file (a committed change never takes effect before the day it was committed).
   *
   * @minItems 1
   *
   * Items: One earlier version of the goal. Give the fields the metric takes: `threshold` and `objective` for duration metrics, `target` for rate and score metrics.
   */
  versions?: [
    {
      effective: Date2;
      threshold?: Duration1;
      objective?: Percentage3;
      /**
       * Rate and score metrics: the aggregate target of this version, `{ min: 85% }` or `{ max: 5% }` (nps: a score).
       */
      target?: {
        min?: Percentage4;
        max?: Percentage5;
      };
      /**
       * Optional: why the goal changed, for people.
       */
      note?: string;
    },
    ...{
      effective: Date2;
      threshold?: Duration1;
      objective?: Percentage3;
      /**
       * Rate and score metrics: the aggregate target of this version, `{ min: 85% }` or `{ max: 5% }` (nps: a score).
       */
      target?: {
        min?: Percentage4;
        max?: Percentage5;
      };
      /**
       * Optional: why the goal changed, for people.
       */
      note?: string;
    }[]
  ];
}
/**
 * Review cadence, e.g. `{ every: 6mo, last: 2026-09-01 }`.
 */
/**
 * met, at-risk (met but little error budget left), breached, or no-data (fewer measurements than the minimum sample).
 */
/**
 * status.json on the published site: each standard's status, value, goal, error budget and since when it has held its status, and each team's worst status, for scripts, dashboards and intranets. Fractions are 0–1 (NPS values and goals are scores).
 */
export interface StatusSummary {
  /**
   * Format version of this file.
   */
  schemaVersion: 1;
  /**
   * The organisation's name, from the Pipeline.
   */
  organisation: string;
  /**
   * The evaluation instant the figures describe.
   */
  now: string;
  /**
   * When the report behind this file was written.
   */
  generatedAt: string;
  /**
   * How many standards have each status.
   */
  summary: {
    /**
     * Standards met.
     */
    met: number;
    /**
     * Standards met with little error budget left.
     */
    'at-risk': number;
    /**
     * Standards breached.
     */
    breached: number;
    /**
     * Standards without enough data.
     */
    'no-data': number;
  };
  /**
   * Every standard, worst status first.
   */
  standards: {
    /**
     * The standard's id.
     */
    id: string;
    /**
     * The standard's title.
     */
    title: string;
    /**
     * Id of the owning Team.
     */
    owner: string;
    status: Status;
    /**
     * Attainment (duration metrics) or value (rates 0–1, NPS −100–100, QA 0–1) over the window; null without data.
     */
    value: number | null;
    /**
     * What `value` is compared with; null when the standard is not in the report yet.
     */
    goal: {
      /**
       * `min`: the value must be at least the goal; `max`: at most.
       */
      direction: 'min' | 'max';
      /**
       * The objective (duration metrics) or the target.
       */
      value: number;
      /**
       * The goal in words, e.g. `95% within 1h (business hours)`: the goal in force now.
       */
      text: string;
      /**
       * Only when the window spans versions with different goals: the goals that judged `value`, `status` and `budget`, each with the day it took effect, e.g. `95% within 1h before 23 Nov 2026, 97% within 45m from 23 Nov 2026`.
       */
      judged?: string;
    } | null;
    /**
     * The error budget over the window; null without data or for a score without a budget.
     */
    budget: {
      /**
       * Misses the goal allows in the window.
       */
      allowed: number;
      /**
       * Misses so far.
       */
      used: number;
      /**
       * Share left, negative when overspent.
       */
      remaining: number;
    } | null;
    /**
     * First night of the current run of this status in the status log; null without a log.
     */
    since: string | null;
    /**
     * The standard's page, as a path on the site (with the base).
     */
    page: string;
  }[];
  /**
   * Every team that owns a standard or whose tickets one measures.
   */
  teams: {
    /**
     * The team's id.
     */
    id: string;
    /**
     * The team's name.
     */
    name: string;
    /**
     * The worst status of the team's own slice of the standards that measure its tickets, else of the standards it owns; null when neither.
     */
    status: Status | null;
    /**
     * The team's page, as a path on the site (with the base).
     */
    page: string;
  }[];
}

// --- team.schema.json ---
/**
 * Kebab-case id, equal to the file name, e.g. `support-leads`.
 */
/**
 * Id of the Calendar the team works to (optional).
 */
/**
 * A GitHub user name without the @, e.g. `ana-lopez`.
 */
export type GitHubHandle = string;
/**
 * A GitHub user name without the @, e.g. `ana-lopez`.
 */
export type GitHubHandle1 = string;

/**
 * A team that owns standards and SOPs. Its GitHub handles feed CODEOWNERS and tell agents from customers in GitHub Issues.
 */
export interface TeamDocument {
  /**
   * Always `Team`.
   */
  kind: 'Team';
  id: Id;
  /**
   * Display name, e.g. `Support leads`.
   */
  name: string;
  /**
   * What the team does, in a sentence.
   */
  description?: string;
  calendar?: Id1;
  /**
   * GitHub team slug `org/team` used in CODEOWNERS instead of listing members (optional).
   */
  githubTeam?: string;
  /**
   * GitHub handles of the team's leads; they review changes to what the team owns. Default: none.
   */
  leads?: GitHubHandle[];
  /**
   * People's names by GitHub handle, e.g. `{ ana-lopez: Ana López }`: the site shows a lead's name instead of the handle. Optional; a handle without a name is shown as the handle.
   */
  names?: {
    [k: string]: string | undefined;
  };
  /**
   * All members (agents): a GitHub handle without @, or a person with a handle, an e-mail or a staff id, so records from other systems (QA reviews, SOP acknowledgements made on a learning platform) find them. An e-mail or staff id is only compared, never published or stored.
   *
   * @minItems 1
   */
  members: [
    (
      | GitHubHandle
      | {
          github?: GitHubHandle1;
          /**
           * E-mail address other systems know the person by (compared case-insensitively).
           */
          email?: string;
          /**
           * Staff or employee id other systems know the person by.
           */
          staffId?: string;
        }
    ),
    ...(
      | GitHubHandle
      | {
          github?: GitHubHandle1;
          /**
           * E-mail address other systems know the person by (compared case-insensitively).
           */
          email?: string;
          /**
           * Staff or employee id other systems know the person by.
           */
          staffId?: string;
        }
    )[]
  ];
}

// --- ticket.schema.json ---
/**
 * Ticket priority: low, normal, high or urgent.
 */
/**
 * Where the ticket came in: email, web (form), chat, phone, social or api.
 */
/**
 * Current status.
 */
/**
 * ISO 8601 timestamp in UTC, e.g. `2026-11-02T09:15:00Z`.
 */
/**
 * Normalized ticket status: new, open, pending (waiting on the requester), on-hold (waiting on a third party), solved or closed.
 */
export type TicketStatus1 = 'new' | 'open' | 'pending' | 'on-hold' | 'solved' | 'closed';

/**
 * A normalized ticket: the only thing a source hands to the engine. Timestamps are ISO 8601 in UTC (`Z`). No names, e-mail addresses or message text, ever.
 */
export interface Ticket {
  /**
   * The helpdesk's ticket id, as text.
   */
  id: string;
  /**
   * When the requester opened the ticket.
   */
  created: string;
  /**
   * Last change of the ticket; the store keeps the version with the newest `updated`.
   */
  updated: string;
  priority: Priority;
  channel: Channel;
  status: TicketStatus;
  /**
   * Who opened the ticket: `customer` (the default when absent) or `agent` (a phone call logged by an agent, an outbound e-mail).
   */
  openedBy?: 'customer' | 'agent';
  /**
   * Id of the assigned Team, when known.
   */
  team?: string;
  /**
   * Helpdesk category or type, when known.
   */
  category?: string;
  /**
   * Helpdesk tags.
   */
  tags: string[];
  /**
   * Public replies after the opening message, oldest first: who (agent or customer) and when.
   */
  replies: {
    at: Instant;
    /**
     * agent (public reply by staff) or customer (the requester).
     */
    by: 'agent' | 'customer';
  }[];
  /**
   * Every status the ticket entered, oldest first, starting with its status at creation.
   */
  statusChanges: {
    at: Instant;
    status: TicketStatus1;
  }[];
  /**
   * The requester's satisfaction rating, when given.
   */
  satisfaction?: {
    at: Instant;
    /**
     * good/bad, or 1–5 where 4 and 5 count as good.
     */
    rating: ('good' | 'bad') | number;
  };
  /**
   * The requester's answer to the NPS question, when given.
   */
  nps?: {
    at: Instant;
    /**
     * 0–10: 9–10 promoter, 7–8 passive, 0–6 detractor.
     */
    score: number;
  };
  /**
   * The helpdesk's own figures for this ticket in calendar minutes (Zendesk's ticket metrics), kept only to tie our numbers out with theirs; no metric reads them.
   */
  helpdeskMetrics?: {
    /**
     * Zendesk `reply_time_in_minutes.calendar`; null: no reply yet.
     */
    firstReplyMinutes?: number | null;
    /**
     * Zendesk `full_resolution_time_in_minutes.calendar`; null: not solved.
     */
    fullResolutionMinutes?: number | null;
  };
  /**
   * QA reviews of this ticket's interactions.
   */
  qa?: {
    /**
     * Id of the Scorecard used.
     */
    scorecard: string;
    at: Instant;
    /**
     * Per behaviour id: pass, fail or na (not applicable).
     */
    results: {
      [k: string]: 'pass' | 'fail' | 'na' | undefined;
    };
  }[];
}
