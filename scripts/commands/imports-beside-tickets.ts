// The fetch step's second half: what is imported beside the tickets, under the same store lock, after the
// tickets (so QA reviews find tonight's tickets): QA reviews (`source.qa.csv`) and SOP acknowledgements made
// outside GitHub (`source.acknowledgements.csv`). Each import is all or nothing on its own; one that fails
// fails the fetch step (after the tickets were stored), and the next night tries again.

import path from 'node:path';
import type { StandardsModel } from '../model/model.ts';
import type { FetchSummary } from '../sources/fetch.ts';
import { importQaReviews, type QaImportSummary } from '../sources/qa-import.ts';
import { importAcknowledgements, type AcknowledgementImportSummary } from '../sources/acknowledgement-csv.ts';
import { nodeStoreFileSystem } from '../store/atomic-write.ts';
import { openTicketStore } from '../store/ticket-store.ts';

export interface ImportsBesideTickets { qa: QaImportSummary | null; acknowledgements: AcknowledgementImportSummary | null }

/** The ticket store's cursor file as it is now (before the fetch): the QA import knows from it whether it followed every fetch. */
export async function ticketCursorText(root: string, model: StandardsModel): Promise<string | null> {
  const store = openTicketStore(path.resolve(root, model.pipeline.storeDir));
  return (await nodeStoreFileSystem.readFile(store.cursorFile))?.toString('utf8') ?? null;
}

export async function importBesideTickets(options: {
  root: string; model: StandardsModel; now: Date; fetched: FetchSummary; ticketCursorBefore: string | null; dryRun: boolean; log: (line: string) => void;
}): Promise<ImportsBesideTickets> {
  const storeDir = path.resolve(options.root, options.model.pipeline.storeDir);
  const qa = await importQaReviews({
    model: options.model, root: options.root, storeDir, ticketCursorBefore: options.ticketCursorBefore,
    changedDays: options.fetched.changedDays, dryRun: options.dryRun, log: options.log,
  });
  const acknowledgements = await importAcknowledgements({ model: options.model, root: options.root, storeDir, now: options.now, dryRun: options.dryRun, log: options.log });
  return { qa, acknowledgements };
}
