// The nightly import of QA reviews (`source.qa.csv`), run by the fetch step right after the tickets, under the
// same store lock. All or nothing, like the ticket CSV: the export is read whole, every problem of every row
// is listed, and with any problem (and no `skipBadRows`) nothing is written. A review dated before the ticket
// it reviews is such a problem when the ticket is already stored; when the ticket arrives later the review is
// kept, flagged and reported, never counted.
//
// Incremental: an unchanged export (same bytes, settings, scorecards and teams) is not read again. A review is
// known by its key (the QA tool's id, or ticket + reviewer + scorecard + time): one already stored is replaced
// when the export changed it, and reviews no longer in the export stay (an export may cover recent weeks).
// Reviews of tickets not stored yet are kept and matched when the ticket arrives (qa-review-matching.ts).

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { QaReviewRecord } from '../model/documents.generated.ts';
import type { StandardsModel } from '../model/model.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../store/atomic-write.ts';
import { matchReviews } from '../store/qa-review-matching.ts';
import { readQaImportState, readQaReviews, writeQaStore } from '../store/qa-review-store.ts';
import { openTicketStore } from '../store/ticket-store.ts';
import { CsvImportError } from './csv.ts';
import { readQaCsv, QA_SETTING } from './qa-csv.ts';
import type { RejectedRecord } from './source.ts';

export interface QaImportSummary {
  /** The export was read tonight (it changed, or was never imported). */
  read: boolean;
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows skipped (`skipBadRows`) by the last import that read the export. */
  rejected: RejectedRecord[];
  /** Reviews matched to their ticket tonight, and reviews still waiting for it. */
  matched: number;
  waiting: number;
  /** Stored reviews that cannot count (dated before their ticket). */
  problems: number;
  /** Rows whose agent is in no Team document (kept under a pseudonym). */
  unknownAgentRows: number[];
  daysRead: number;
  written: boolean;
}

export interface QaImportOptions {
  model: StandardsModel;
  root: string;
  storeDir: string;
  fs?: StoreFileSystem;
  /** The ticket store's cursor file before tonight's fetch (null: none), and the days the fetch changed. */
  ticketCursorBefore: string | null;
  changedDays: readonly string[];
  dryRun?: boolean;
  log: (line: string) => void;
}

/** What the review's content is, without what the store adds (the match and its problem). */
const content = (r: QaReviewRecord) => ({ ...r, match: undefined, problem: undefined });

async function fingerprintOf(file: string, model: StandardsModel): Promise<string> {
  const hash = createHash('sha256');
  // The settings, the scorecards (behaviour columns) and the people (who a name is) all decide what a row becomes.
  hash.update(JSON.stringify([model.pipeline.qaSource, model.scorecards.map((s) => [s.id, s.behaviours]), model.teams.map((t) => [t.id, t.people ?? t.members])]));
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function importQaReviews(options: QaImportOptions): Promise<QaImportSummary | null> {
  const { model, log } = options;
  const fs = options.fs ?? nodeStoreFileSystem;
  const settings = model.pipeline.qaSource ?? null;
  const stored = await readQaReviews(fs, options.storeDir);
  if (settings === null && stored.length === 0) return null;
  const state = await readQaImportState(fs, options.storeDir);
  const summary: QaImportSummary = { read: false, rows: 0, added: 0, updated: 0, unchanged: 0, rejected: state.rejected, matched: 0, waiting: 0, problems: 0, unknownAgentRows: [], daysRead: 0, written: false };

  let fingerprint = state.fingerprint;
  const byKey = new Map(stored.map((r) => [r.key, r]));
  const fresh = new Set<string>();
  let rowOf = new Map<string, number>();
  if (settings !== null) {
    const file = path.resolve(options.root, settings.path);
    try {
      fingerprint = await fingerprintOf(file, model);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CsvImportError(`${QA_SETTING}.path: cannot read "${settings.path}" (${code ?? (error as Error).message}) — the path is relative to the repository root`, [], 0);
    }
    if (fingerprint !== state.fingerprint) {
      const result = await readQaCsv(createReadStream(file), settings, model, { fileName: settings.path });
      Object.assign(summary, { read: true, rows: result.rows, rejected: result.rejected, unknownAgentRows: result.unknownAgentRows });
      rowOf = result.rowOf;
      for (const review of result.reviews) {
        const before = byKey.get(review.key);
        if (before === undefined) {
          summary.added++;
        } else if (isDeepStrictEqual(content(before), content(review))) {
          summary.unchanged++;
          continue;
        } else {
          summary.updated++;
        }
        // The ticket may be another one now: look for it again.
        byKey.set(review.key, review);
        fresh.add(review.key);
      }
    }
  }

  const store = openTicketStore(options.storeDir, { fs });
  const cursorAfter = (await fs.readFile(store.cursorFile))?.toString('utf8') ?? null;
  // A fetch this import did not follow (an older version, a run killed before it): read every day once.
  const caughtUp = state.ticketCursor === options.ticketCursorBefore;
  const outcome = await matchReviews(store, [...byKey.values()], { fresh, changedDays: caughtUp ? options.changedDays : 'all' });
  Object.assign(summary, { matched: outcome.matched, waiting: outcome.waiting, daysRead: outcome.daysRead });

  // A review of tonight's export dated before its (stored) ticket is a bad row, as the ticket CSV's would be.
  const rowProblems: RejectedRecord[] = [];
  const reviewedAtColumn = settings?.columns.reviewedAt ?? 'reviewed at';
  let records = outcome.records.filter((r) => {
    if (!fresh.has(r.key) || r.problem === undefined) return true;
    rowProblems.push({ where: `${settings!.path} row ${rowOf.get(r.key) ?? '?'}, column "${reviewedAtColumn}"`, reason: `${r.problem} — fix the time or the ticket id` });
    return false;
  });
  if (rowProblems.length > 0) {
    rowProblems.sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }));
    if (!settings!.skipBadRows) {
      const n = rowProblems.length;
      throw new CsvImportError(
        `${settings!.path} was not imported: ${n} ${n === 1 ? 'review is' : 'reviews are'} dated before the ticket ${n === 1 ? 'it reviews' : 'they review'} ` +
          `(fix them, or set ${QA_SETTING}.skipBadRows: true to import the other rows and report these)`,
        rowProblems.slice(0, 50),
        n,
      );
    }
    summary.rejected = [...summary.rejected, ...rowProblems];
    // A review skipped tonight that would have replaced a stored one leaves the stored one as it was.
    const kept = new Set(records.map((r) => r.key));
    records = records.concat(stored.filter((r) => fresh.has(r.key) && !kept.has(r.key)));
  }
  summary.problems = records.filter((r) => r.problem !== undefined).length;

  const counts = summary.read ? `${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged from ${summary.rows} rows` : 'the export is unchanged';
  log(`qa: ${counts}; ${summary.matched} matched to their ticket tonight, ${summary.waiting} waiting for it${summary.problems ? `, ${summary.problems} dated before their ticket (not counted)` : ''}`);
  if (summary.read && summary.rejected.length) log(`qa: ${summary.rejected.length} row problem(s) skipped (skipBadRows): ${summary.rejected.slice(0, 3).map((r) => `${r.where}: ${r.reason}`).join('; ')}${summary.rejected.length > 3 ? '; …' : ''}`);
  if (summary.unknownAgentRows.length) log(`qa: ${summary.unknownAgentRows.length} review(s) name an agent no Team document lists (rows ${summary.unknownAgentRows.slice(0, 10).join(', ')}${summary.unknownAgentRows.length > 10 ? ', …' : ''}): kept under a pseudonym, not counted in qa_coverage; add them to a team's members (GitHub handle, email or staffId)`);
  if (options.dryRun) {
    log('qa (dry run): nothing written');
    return summary;
  }
  const written = await writeQaStore(fs, options.storeDir, records, { fingerprint, ticketCursor: cursorAfter, rejected: summary.rejected });
  summary.written = written.reviewsWritten || written.stateWritten;
  return summary;
}
