// The QA reviews the store keeps beside the tickets:
//
//   <store>/qa-reviews.ndjson   one review a line (schemas/qa-review.schema.json), oldest first, then by key
//   <store>/qa-import.json      what the last import saw: the export's fingerprint, the ticket store's cursor
//                               when reviews were last matched to tickets, and the rows it skipped
//
// Both are written whole and atomically (atomic-write.ts), reviews first: a run killed between the two leaves
// the new reviews with the old state, and the next run reads the export again, which changes nothing twice.
// Lines are sorted and written in one key order, so a night that adds a few reviews is a small git delta.

import path from 'node:path';
import type { QaReviewRecord } from '../model/documents.generated.ts';
import { shownPath, writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';
import { readSchemaLines } from './ndjson-lines.ts';
import { StoreError } from './ticket-store.ts';

export const QA_REVIEWS_FILE = 'qa-reviews.ndjson';
export const QA_IMPORT_FILE = 'qa-import.json';

export interface QaImportState {
  /** SHA-256 of the export and its settings when last imported; null before the first import. */
  fingerprint: string | null;
  /** The ticket store's cursor file as it was when reviews were last matched to tickets; null: never. */
  ticketCursor: string | null;
  /** Rows the last import skipped (`skipBadRows`), reported on every run until the export is fixed. */
  rejected: { where: string; reason: string }[];
}

export const EMPTY_QA_STATE: QaImportState = { fingerprint: null, ticketCursor: null, rejected: [] };

function compareReviews(a: QaReviewRecord, b: QaReviewRecord): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** One review as its stored line: a fixed key order, behaviours sorted. */
export function qaReviewLine(r: QaReviewRecord): string {
  const results: Record<string, unknown> = {};
  for (const key of Object.keys(r.results).sort()) results[key] = r.results[key];
  const out: Record<string, unknown> = { key: r.key, ticket: r.ticket, at: r.at, scorecard: r.scorecard, reviewer: r.reviewer, agent: r.agent, results };
  if (r.match !== undefined) {
    const m = r.match;
    out.match = {
      day: m.day, created: m.created, ...(m.ended !== undefined ? { ended: m.ended } : {}), priority: m.priority, channel: m.channel,
      ...(m.team !== undefined ? { team: m.team } : {}), ...(m.category !== undefined ? { category: m.category } : {}), tags: m.tags,
    };
  }
  if (r.problem !== undefined) out.problem = r.problem;
  return JSON.stringify(out);
}

export function qaReviewsText(records: readonly QaReviewRecord[]): string {
  return [...records].sort(compareReviews).map((r) => `${qaReviewLine(r)}\n`).join('');
}

export const readQaReviews = (async function readQaReviews(fs: StoreFileSystem, storeDir: string): Promise<QaReviewRecord[]> {
  const recover = 'restore the file from git, or delete it and import the QA export again';
  return readSchemaLines<QaReviewRecord>(fs, path.join(storeDir, QA_REVIEWS_FILE), {
    schema: 'qa-review.schema.json',
    record: 'a QA review',
    whenNotJson: recover,
    whenNotRecord: recover,
  });
});

export const readQaImportState = (async function readQaImportState(fs: StoreFileSystem, storeDir: string): Promise<QaImportState> {
  const file = path.join(storeDir, QA_IMPORT_FILE);
  const bytes = await fs.readFile(file);
  if (bytes === null) return { ...EMPTY_QA_STATE };
  let value: Partial<QaImportState>;
  try {
    value = JSON.parse(bytes.toString('utf8')) as Partial<QaImportState>;
  } catch (error) {
    throw new StoreError(`${shownPath(file)}: not valid JSON (${(error as Error).message}); delete it and the next run imports the QA export again`);
  }
  const ok = (value.fingerprint === null || typeof value.fingerprint === 'string') && (value.ticketCursor === null || typeof value.ticketCursor === 'string') && Array.isArray(value.rejected);
  if (!ok) throw new StoreError(`${shownPath(file)}: expected { fingerprint, ticketCursor, rejected }; delete it and the next run imports the QA export again`);
  return value as QaImportState;
});

export function qaImportStateText(state: QaImportState): string {
  return `${JSON.stringify({ fingerprint: state.fingerprint, ticketCursor: state.ticketCursor, rejected: state.rejected }, null, 2)}\n`;
}

/** Writes the reviews, then the state, each atomically; a file whose bytes would not change is not touched. */
export async function writeQaStore(fs: StoreFileSystem, storeDir: string, records: readonly QaReviewRecord[], state: QaImportState): Promise<{ reviewsWritten: boolean; stateWritten: boolean }> {
  await fs.mkdir(storeDir);
  const write = async (name: string, text: string): Promise<boolean> => {
    const file = path.join(storeDir, name);
    const before = await fs.readFile(file);
    if (before !== null && before.toString('utf8') === text) return false;
    await writeFileAtomic(fs, file, text);
    return true;
  };
  const reviewsWritten = await write(QA_REVIEWS_FILE, qaReviewsText(records));
  const stateWritten = await write(QA_IMPORT_FILE, qaImportStateText(state));
  return { reviewsWritten, stateWritten };
}
