// The one small interface between a helpdesk and the store: "what changed since this cursor?".
// Sources normalize to tickets (ticket.schema.json) and never hand over names, e-mails or message text.

import type { SourceSettings, TeamDefinition, Ticket } from '../model/model.ts';
import type { StoredTicketReader } from '../store/stored-tickets.ts';
import { createCsvSource } from './csv.ts';
import { createSampleSource } from './sample.ts';
import { createZendeskSource } from './zendesk.ts';
import { createFreshdeskSource } from './freshdesk.ts';
import { createGitHubIssuesSource } from './github-issues.ts';

/** A record the source could not turn into a ticket, and why (e.g. `tickets.csv row 14, column "Created at": ...`). */
export interface RejectedRecord {
  where: string;
  reason: string;
  /** The ticket's id when the record had one (a later good version of it clears the rejection). */
  ticket?: string;
}

/** One page (or day, or file chunk) of what a source fetched. */
export interface TicketBatch {
  /** Tickets created or changed since the cursor (all of them on the first fetch). */
  tickets: Ticket[];
  /** Records skipped on purpose (e.g. CSV rows with `skipBadRows`); a source that cannot skip throws instead. */
  rejected: RejectedRecord[];
  /** Ids of tickets the helpdesk reports deleted since the cursor. */
  deleted?: string[];
  /** Records skipped as unreadable (CSV rows with `skipBadRows`); each has one or more problems in `rejected`. */
  skipped?: number;
}

export interface FetchChangesOptions {
  /** Backfill: fetch what changed since this instant, or since where the cursor stood when that is earlier (nothing skipped). */
  since?: Date | null;
  /** Progress lines (pages, tickets, rate-limit waits); never a credential. */
  log?: (line: string) => void;
  /**
   * The tickets the store holds (as committed before this fetch), for sources that apply what changed to what
   * is stored rather than read each ticket's whole history again. Absent: the store is empty.
   */
  storedTickets?: StoredTicketReader;
  /** Told once, when the fetch ends or fails, what it cost the helpdesk account. */
  usage?: (usage: SourceUsage) => void;
}

/** What a fetch cost the helpdesk account: requests, the share of its rate limit, and a first backfill's cost. */
export interface SourceUsage {
  requests: number;
  /** Of those, requests to endpoints with their own limit (Zendesk's incremental exports). */
  exportRequests: number;
  /** Requests by what they read, e.g. `{ 'ticket events': 31, audits: 2 }`. */
  byKind: Record<string, number>;
  /** Tickets the fetch yielded changed (created, updated or re-rated). */
  changedTickets: number;
  /** The account's limit per window as the helpdesk's headers said; null when none said it. */
  accountLimit: number | null;
  limitWindow: 'minute' | 'hour';
  /** The most requests (credits) the fetch spent within one window. */
  peakPerWindow: number;
  /** The share of the account's limit the fetch was allowed (`maxShare`). */
  maxShare: number;
  /** Requests a minute the export endpoints allow (Zendesk: 10, or 30 with High Volume); null: none. */
  exportLimit: number | null;
  /** Milliseconds spent waiting for the budget and on 429s. */
  waitedMs: number;
  /**
   * What a first backfill costs, by this source's paging: `fixed` requests, plus `perTicket` requests for each
   * ticket, of which `exportPerTicket` go to the export endpoints (measured tonight: events, comments per ticket).
   */
  backfill: { fixed: number; perTicket: number; exportPerTicket: number };
}

/**
 * A helpdesk, read page by page so memory follows one page, not the whole history. The generator yields
 * batches and *returns* the cursor to hand to the next fetch (opaque text, meaningful only to this source).
 * It throws when the fetch fails; the caller then writes nothing, so the store and the cursor stay as they were.
 */
export interface TicketSource {
  readonly type: string;
  /**
   * Which upstream this is (`sample:seed=42`, `csv`, `zendesk:acme`, `github-issues:acme/help`): a store holds
   * the tickets of one upstream, and a store written by another is refused rather than mixed.
   */
  readonly upstream: string;
  /**
   * True when every fetch that yields returns the whole upstream (a CSV export): the fetched tickets are then
   * the truth for the days they cover, and a stored day they would shrink stops the fetch (`--allow-shrink`).
   */
  readonly complete?: boolean;
  /**
   * True when the upstream never changes a ticket's creation instant (Zendesk's, Freshdesk's and GitHub's
   * `created_at` are read-only): a fetched ticket is then filed where it always was, and the fetch does not look
   * for a copy of it in other days. A CSV export, edited by hand, gives no such promise.
   */
  readonly createdFixed?: boolean;
  /**
   * The earliest position (ms) of `cursor` that caps a backfill: a --since later than it reads from it instead
   * (FetchChangesOptions.since), and the fetch says so before it starts. Null when the cursor holds none or cannot be
   * read (a backfill then reads from --since); absent for sources whose backfill --since never caps (CSV: whole files).
   */
  storedPosition?(cursor: string): number | null;
  /** `cursor` null: everything. */
  fetchChanges(cursor: string | null, options?: FetchChangesOptions): AsyncGenerator<TicketBatch, string, void>;
}

/** Everything a fetch yields, in memory: for tests and small sources. */
export interface FetchResult { tickets: Ticket[]; rejected: RejectedRecord[]; deleted: string[]; cursor: string }

export async function collectChanges(source: TicketSource, cursor: string | null, options?: FetchChangesOptions): Promise<FetchResult> {
  const out: FetchResult = { tickets: [], rejected: [], deleted: [], cursor: '' };
  const run = source.fetchChanges(cursor, options);
  for (;;) {
    const step = await run.next();
    if (step.done) { out.cursor = step.value; return out; }
    out.tickets.push(...step.value.tickets);
    out.rejected.push(...step.value.rejected);
    if (step.value.deleted) out.deleted.push(...step.value.deleted);
  }
}

export interface SourceDeps {
  /** Repository root: relative paths in the settings (the CSV file) are resolved from it. */
  root: string;
  now: Date;
  /** Where API sources read their credentials (by the names in the settings). Default: process.env, read when fetching. */
  env?: Record<string, string | undefined>;
  /** The Team documents: the GitHub Issues source counts their leads and members as agents. */
  teams?: readonly TeamDefinition[];
}

export function createSource(settings: SourceSettings, deps: SourceDeps): TicketSource {
  switch (settings.type) {
    case 'sample':
      return createSampleSource(settings, deps);
    case 'csv':
      return createCsvSource(settings.csv, deps);
    case 'zendesk':
      return createZendeskSource(settings.zendesk, { now: deps.now, env: deps.env ?? process.env });
    case 'freshdesk':
      return createFreshdeskSource(settings.freshdesk, { now: deps.now, env: deps.env ?? process.env });
    case 'github-issues':
      return createGitHubIssuesSource(settings.githubIssues, { now: deps.now, env: deps.env ?? process.env, teams: deps.teams ?? [] });
    default: {
      const unknown: never = settings;
      throw new Error(`unknown source type ${JSON.stringify((unknown as { type: unknown }).type)}: expected sample, csv, zendesk, freshdesk or github-issues`);
    }
  }
}
