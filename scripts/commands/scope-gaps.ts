// Never silent, at the command level: evaluate and validate ask the store which of the values the standards'
// scopes name it carries (store/scope-inventory.ts) and say which none of its tickets do (model/scope-coverage.ts):
// evaluate in its output, the report and so the site and the job summary; validate as warnings at the scope's line.

import path from 'node:path';
import type { Finding } from '../model/findings.ts';
import type { Report, StandardsModel } from '../model/model.ts';
import type { LoadedDocument } from '../model/rules.ts';
import { SCOPE_FIELDS, scopeGaps, scopeValues, type ScopeGap } from '../model/scope-coverage.ts';
import { nodeStoreFileSystem } from '../store/atomic-write.ts';
import { scopeInventory } from '../store/scope-inventory.ts';
import { finishCommittedFetches } from '../store/committed-fetches.ts';
import { StoreError, openTicketStore } from '../store/ticket-store.ts';

/**
 * The scope values no stored ticket carries; null when the store holds no ticket (nothing to say per standard), none
 * without reading the store when the scopes name no value.
 * `days`: the store's days as this run listed them already (evaluate's facts cache pass, under the store lock).
 */
export const storeScopeGaps = (async function storeScopeGaps(root: string, model: StandardsModel, days?: readonly string[]): Promise<ScopeGap[] | null> {
  const wanted = scopeValues(model.standards);
  // Scopes that name no value have no gap, whatever the store holds: nothing is read (the scan would read a whole
  // day file only to tell whether the store holds any ticket, 3 MB at 1M tickets, every evaluate).
  if (SCOPE_FIELDS.every((field) => wanted[field].size === 0)) return [];
  const store = openTicketStore(path.resolve(root, model.pipeline.storeDir));
  const { inventory, empty } = await scopeInventory(store, wanted, days);
  return empty ? null : scopeGaps(model.standards, inventory, model.pipeline.source);
});

/**
 * validate's store question. Like every reader, it first finishes a fetch a killed run committed (never reading
 * half an install); unlike the others, a store it cannot make whole (another run holds the lock, the store cannot
 * be written) does not fail the check of the documents, which is validate's job: the question is skipped with
 * one line, and the documents are still checked. It does not wait for the lock: a run holding it is the fetch
 * that finishes the install, and a pull request's check should not stall behind a nightly run.
 */
export async function validateScopeGaps(root: string, model: StandardsModel, note: (line: string) => void): Promise<ScopeGap[] | null> {
  try {
    await finishCommittedFetches(path.resolve(root, model.pipeline.storeDir), { fs: nodeStoreFileSystem, command: 'validate', log: (line) => note(`  ${line}`), lockOptions: { waitMs: 0 } });
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    note(`  scope coverage not checked: ${error.message}`);
    return null;
  }
  return storeScopeGaps(root, model);
}

export const withScopeGaps = (function withScopeGaps(report: Report, gaps: readonly ScopeGap[] | null): Report {
  if (!gaps || gaps.length === 0) return report;
  return { ...report, data: { ...report.data, scopeGaps: gaps.map(({ standard, field, value, message }) => ({ standard, field, value, message })) } };
});

/** The gaps as validate's warnings, each at the scope value it is about. */
export function scopeGapFindings(gaps: readonly ScopeGap[], documents: readonly LoadedDocument[]): Finding[] {
  return gaps.map((gap) => {
    const document = documents.find((d) => d.kind === 'Standard' && d.id === gap.standard);
    const position = document ? document.source.locate(['scope', gap.field, gap.index]) : { line: 0, col: 0 };
    return {
      file: document?.source.file ?? `standard ${gap.standard}`, ...position, severity: 'warning' as const,
      message: `scope.${gap.field}: ${gap.message}`, rule: 'scope-coverage',
    };
  });
}
