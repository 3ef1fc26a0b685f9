// The fetch step of the pipeline: cursor → source → store → cursor. The source is asked for everything
// first and the store is touched only after it answered, so a failed fetch leaves the store as it was.

import path from 'node:path';
import type { StandardsModel } from '../model/model.ts';
import type { StoreFileSystem } from '../store/atomic-write.ts';
import { openTicketStore } from '../store/ticket-store.ts';
import { formatInstant } from './instants.ts';
import { collectChanges, createSource, type RejectedRecord, type TicketSource } from './source.ts';

export interface FetchSummary {
  /** Tickets the source returned. */
  fetched: number;
  /** Store days rewritten, YYYY-MM-DD, sorted. */
  changedDays: string[];
  /** Records the source skipped (CSV with skipBadRows). */
  rejected: RejectedRecord[];
  /** The cursor now stored. */
  cursor: string;
}

export interface FetchOptions {
  model: StandardsModel;
  /** Repository root; the store directory and source paths are relative to it. */
  root: string;
  now: Date;
  log: (line: string) => void;
  /** Instead of the configured source (tests, in-memory sources). */
  source?: TicketSource;
  fs?: StoreFileSystem;
}

export async function runFetch(options: FetchOptions): Promise<FetchSummary> {
  const { model, root, now, log } = options;
  const store = openTicketStore(path.resolve(root, model.pipeline.storeDir), options.fs ? { fs: options.fs } : {});
  const source = options.source ?? createSource(model.pipeline.source, { root, now, teams: model.teams });
  const stored = await store.readCursor();
  const cursor = stored !== null && stored.source === source.type ? stored.cursor : null;
  log(cursor === null ? `fetch: ${source.type} source, everything` : `fetch: ${source.type} source, changes since the last fetch (${stored!.fetchedAt})`);

  const result = await collectChanges(source, cursor, { log });
  log(`fetch: ${result.tickets.length} tickets${result.rejected.length ? `, ${result.rejected.length} problems in skipped records` : ''}`);
  for (const r of result.rejected.slice(0, 10)) log(`  skipped: ${r.where}: ${r.reason}`);
  if (result.rejected.length > 10) log(`  ... and ${result.rejected.length - 10} more`);

  const merged = await store.mergeTickets(result.tickets);
  log(`store: ${merged.added} added, ${merged.replaced} updated, ${merged.unchanged} unchanged${merged.stale ? `, ${merged.stale} older than stored (ignored)` : ''}; ${merged.changedDays.length} day files written`);
  await store.writeCursor({ source: source.type, cursor: result.cursor, fetchedAt: formatInstant(now.getTime()) });
  return { fetched: result.tickets.length, changedDays: merged.changedDays, rejected: result.rejected, cursor: result.cursor };
}
