// The one small interface between a helpdesk and the store: "what changed since this cursor?".
// Sources normalize to tickets (ticket.schema.json) and never hand over names, e-mails or message text.

import type { SourceSettings, Ticket } from '../model/model.ts';
import { createCsvSource } from './csv.ts';
import { createSampleSource } from './sample.ts';

/** A record the source could not turn into a ticket, and why (e.g. `tickets.csv row 14, column "Created at": ...`). */
export interface RejectedRecord { where: string; reason: string }

export interface FetchResult {
  /** Tickets created or changed since the cursor (all of them on the first fetch). */
  tickets: Ticket[];
  /** Hand this to the next fetch. Opaque text, meaningful only to the source that made it. */
  cursor: string;
  /** Records skipped on purpose (e.g. CSV rows with `skipBadRows`); a source that cannot skip throws instead. */
  rejected: RejectedRecord[];
}

export interface TicketSource {
  readonly type: string;
  /** `cursor` null: everything. Throws when the fetch fails; nothing is half-fetched. */
  fetchChanges(cursor: string | null): Promise<FetchResult>;
}

export interface SourceDeps {
  /** Repository root: relative paths in the settings (the CSV file) are resolved from it. */
  root: string;
  now: Date;
}

export function createSource(settings: SourceSettings, deps: SourceDeps): TicketSource {
  switch (settings.type) {
    case 'sample':
      return createSampleSource(settings, deps);
    case 'csv':
      return createCsvSource(settings.csv, deps);
    default: {
      const unknown: never = settings;
      throw new Error(`unknown source type ${JSON.stringify((unknown as { type: unknown }).type)}: expected sample or csv`);
    }
  }
}
