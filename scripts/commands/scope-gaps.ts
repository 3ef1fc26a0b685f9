// Never silent, at the command level: evaluate and validate ask the store which of the values the standards'
// scopes name it carries (store/scope-inventory.ts) and say which none of its tickets do (model/scope-coverage.ts):
// evaluate in its output, the report and so the site and the job summary; validate as warnings at the scope's line.

import path from 'node:path';
import type { Finding } from '../model/findings.ts';
import type { Report, StandardsModel } from '../model/model.ts';
import type { LoadedDocument } from '../model/rules.ts';
import { scopeGaps, scopeValues, type ScopeGap } from '../model/scope-coverage.ts';
import { scopeInventory } from '../store/scope-inventory.ts';
import { openTicketStore } from '../store/ticket-store.ts';

/** The scope values no stored ticket carries; null when the store holds no ticket (nothing to say per standard). */
export async function storeScopeGaps(root: string, model: StandardsModel): Promise<ScopeGap[] | null> {
  const store = openTicketStore(path.resolve(root, model.pipeline.storeDir));
  const { inventory, empty } = await scopeInventory(store, scopeValues(model.standards));
  return empty ? null : scopeGaps(model.standards, inventory, model.pipeline.source);
}

export function withScopeGaps(report: Report, gaps: readonly ScopeGap[] | null): Report {
  if (!gaps || gaps.length === 0) return report;
  return { ...report, data: { ...report.data, scopeGaps: gaps.map(({ standard, field, value, message }) => ({ standard, field, value, message })) } };
}

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
