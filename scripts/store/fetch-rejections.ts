// Records a fetch could not store, kept in `<store>/rejected.json` so that every report shows them, not only
// the report of the night they arrived (a CSV export is read once, then skipped while it is unchanged).
//
// What stays in the file: a full import (a changed CSV export, or a first fetch) replaces the list; an
// incremental fetch adds its records and drops those of tickets it has now stored (fixed upstream).

import path from 'node:path';
import type { Report } from '../model/model.ts';
import { shownPath, type StoreFileSystem } from './atomic-write.ts';
import { StoreError } from './ticket-store.ts';

/** The report's reason for each kind of record a fetch rejects (stable texts: the site lists them). */
export const FETCH_REJECTION = {
  skippedBySource: 'skipped by the source as unreadable',
  future: 'dated in the future when fetched',
} as const;

export type FetchRejectionKind = keyof typeof FETCH_REJECTION;

export interface StoredRejection {
  kind: FetchRejectionKind;
  /** Where the record was (`tickets.csv row 14, column "Created at"`, `ticket "123"`). */
  where: string;
  /** What was wrong with it. */
  reason: string;
  /** The ticket's id, when the record had one: a later version of it that is stored clears the record. */
  ticket?: string;
}

export const REJECTIONS_FILE = 'rejected.json';

function compareRejections(a: StoredRejection, b: StoredRejection): number {
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.where < b.where ? -1 : a.where > b.where ? 1 : 0;
}

/** The file's bytes: sorted, one record a line, so a rerun writes the same text and git diffs stay small. */
export function rejectionsText(records: readonly StoredRejection[]): string {
  const sorted = [...records].sort(compareRejections);
  if (sorted.length === 0) return '[]\n';
  return `[\n${sorted.map((r) => `  ${JSON.stringify({ kind: r.kind, where: r.where, reason: r.reason, ...(r.ticket !== undefined ? { ticket: r.ticket } : {}) })}`).join(',\n')}\n]\n`;
}

export const readRejections = (async function readRejections(fs: StoreFileSystem, storeDir: string): Promise<StoredRejection[]> {
  const file = path.join(storeDir, REJECTIONS_FILE);
  const bytes = await fs.readFile(file);
  if (bytes === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new StoreError(`${shownPath(file)}: not valid JSON (${(error as Error).message}); delete it and the next full fetch lists the rejected records again`);
  }
  const valid = Array.isArray(value) && value.every((r) => r && typeof r === 'object' && (r.kind === 'skippedBySource' || r.kind === 'future') && typeof r.where === 'string' && typeof r.reason === 'string' && (r.ticket === undefined || typeof r.ticket === 'string'));
  if (!valid) throw new StoreError(`${shownPath(file)}: expected a list of { kind, where, reason, ticket? }; delete it and the next full fetch lists the rejected records again`);
  return value as StoredRejection[];
});

/**
 * The records to keep after a fetch. `full`: this fetch saw everything, so its records are the whole list;
 * otherwise the stored ones stay, except those of tickets this fetch stored (`storedIds`) or rejected again.
 */
export function nextRejections(stored: readonly StoredRejection[], fetched: readonly StoredRejection[], full: boolean, storedIds: ReadonlySet<string>): StoredRejection[] {
  if (full) return [...fetched];
  const fresh = new Set(fetched.map((r) => `${r.kind}\u0000${r.where}`));
  const kept = stored.filter((r) => !(r.ticket !== undefined && storedIds.has(r.ticket)) && !fresh.has(`${r.kind}\u0000${r.where}`));
  return [...kept, ...fetched];
}

type ReportRejection = Report['data']['rejected'][number];

/**
 * The report with the fetch's rejected records counted in `data.rejected` beside the engine's own, in the
 * engine's order (most frequent first). Examples are ticket ids, or where the record was when it had none.
 */
export const withFetchRejections = (function withFetchRejections(report: Report, records: readonly StoredRejection[]): Report {
  if (records.length === 0) return report;
  const groups = new Map<string, ReportRejection>();
  for (const r of [...records].sort(compareRejections)) {
    const reason = FETCH_REJECTION[r.kind];
    let group = groups.get(reason);
    if (group === undefined) {
      group = { reason, count: 0, examples: [] };
      groups.set(reason, group);
    }
    group.count++;
    if (group.examples.length < 5) (group.examples as string[]).push((r.ticket ?? r.where).slice(0, 64));
  }
  const rejected = [...report.data.rejected, ...groups.values()].sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  return { ...report, data: { ...report.data, rejected } };
});
