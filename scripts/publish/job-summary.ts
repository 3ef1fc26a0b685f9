// The nightly job's summary for $GITHUB_STEP_SUMMARY: what was fetched and how each standard stands.

import type { Report } from '../model/model.ts';
import { BACKFILL_ESTIMATE_TICKETS, type FetchSummary } from '../sources/fetch.ts';
import { describeFetchCost } from '../sources/fetch-cost.ts';
import { inertCode, inertMarkdown } from './inert-markdown.ts';

const cell = (text: string) => inertMarkdown(text, 2000);

const STATUS_LABEL: Record<Report['standards'][number]['status'], string> = {
  breached: '🔴 breached',
  'at-risk': '🟠 at risk',
  met: '🟢 met',
  'no-data': '⚪ not enough data',
};

const ORDER = ['breached', 'at-risk', 'met', 'no-data'] as const;

const count = (n: number) => n.toLocaleString('en-US');

/** A cursor as the summary shows it: long ones (GitHub open issues, Freshdesk ratings waiting for their ticket) cut short. */
const shownCursor = (cursor: string) => inertCode(cursor.length > 200 ? `${cursor.slice(0, 200)}…` : cursor);

/**
 * The fetch section: what came in, what the store made of it, the cursor before and after, and what it cost
 * the helpdesk account (with a first backfill estimated for `storeTickets`, the tickets the store holds).
 */
export function formatFetchSummary(fetched: FetchSummary, storeTickets: number | null = null): string {
  const lines = [
    `#### Fetch${fetched.dryRun ? ' (dry run: nothing written)' : ''}`,
    '',
    '| | |',
    '| --- | --- |',
    `| fetched | ${count(fetched.fetched)} tickets in ${count(fetched.batches)} batches |`,
    `| updated | ${count(fetched.added)} new, ${count(fetched.updated)} changed, ${count(fetched.unchanged)} unchanged${fetched.stale ? `, ${count(fetched.stale)} older than stored` : ''}${fetched.removed ? `, ${count(fetched.removed)} removed` : ''}; ${count(fetched.changedDays.length)} store days rewritten |`,
    ...(fetched.skipped ? [`| skipped | ${count(fetched.skipped)} row${fetched.skipped === 1 ? '' : 's'} unreadable (skipBadRows): not stored, their problems are in the log and in the report |`] : []),
    `| rejected | ${count(fetched.rejected.length)} |`,
    `| cursor before | ${fetched.cursorBefore === null ? 'none (first fetch)' : shownCursor(fetched.cursorBefore)} |`,
    `| cursor after | ${shownCursor(fetched.cursor)} |`,
  ];
  if (fetched.usage) {
    const tickets = storeTickets ?? (fetched.cursorBefore === null ? Math.max(1, fetched.fetched) : BACKFILL_ESTIMATE_TICKETS);
    const [requests, limit, backfill] = describeFetchCost(fetched.usage, tickets);
    lines.push(`| cost | ${cell(requests!)} |`, `| | ${cell(limit!)} |`, `| | ${cell(backfill!)} |`);
  }
  if (fetched.shrunkDays.length) {
    lines.push('', `⚠️ The fetch returned far fewer tickets than the store holds for ${fetched.shrunkDays.length} day(s): ${fetched.shrunkDays.slice(0, 5).map((d) => `${d.day} (${d.stored} → ${d.fetched})`).join(', ')}.`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatReportSummary(report: Report, fetched: FetchSummary | null): string {
  const s = report.summary;
  const lines = [
    `### Service standards: ${s.breached} breached, ${s['at-risk']} at risk, ${s.met} met, ${s['no-data']} without enough data`,
    '',
    `The store holds ${report.data.tickets} tickets from ${cell(report.data.source)}.`,
    '',
    ...(fetched ? [formatFetchSummary(fetched, report.data.tickets)] : []),
    '| status | standard | result |',
    '| --- | --- | --- |',
  ];
  const sorted = [...report.standards].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.id.localeCompare(b.id));
  for (const r of sorted) lines.push(`| ${STATUS_LABEL[r.status]} | ${inertCode(r.id)} | ${cell(r.statement)} |`);
  for (const gap of report.data.scopeGaps ?? []) {
    const standard = report.standards.find((r) => r.id === gap.standard);
    // A standard with no data because of a mapping is the warning that matters; one that still reads other values is a note.
    const noData = standard?.status === 'no-data' ? ' has no data' : '';
    lines.push('', `⚠️ ${inertCode(gap.standard)}${noData}: ${cell(gap.message)}`);
  }
  const rejected = report.data.rejected.reduce((n, r) => n + r.count, 0);
  if (rejected) lines.push('', `${rejected} tickets were left out because their data was unusable: ${report.data.rejected.map((r) => `${cell(r.reason)} (${r.count})`).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
