// The nightly job's summary for $GITHUB_STEP_SUMMARY: what was fetched and how each standard stands.

import type { Report } from '../model/model.ts';
import type { FetchSummary } from '../sources/fetch.ts';
import { markdownCode, markdownTableCell as cell } from './markdown-escape.ts';

const STATUS_LABEL: Record<Report['standards'][number]['status'], string> = {
  breached: '🔴 breached',
  'at-risk': '🟠 at risk',
  met: '🟢 met',
  'no-data': '⚪ not enough data',
};

const ORDER = ['breached', 'at-risk', 'met', 'no-data'] as const;

export function formatReportSummary(report: Report, fetched: FetchSummary | null): string {
  const s = report.summary;
  const lines = [
    `### Service standards: ${s.breached} breached, ${s['at-risk']} at risk, ${s.met} met, ${s['no-data']} without enough data`,
    '',
    fetched
      ? `Fetched ${fetched.fetched} tickets from ${report.data.source}; ${fetched.changedDays.length} store days rewritten. The store holds ${report.data.tickets} tickets.`
      : `The store holds ${report.data.tickets} tickets from ${report.data.source}.`,
    '',
    '| status | standard | result |',
    '| --- | --- | --- |',
  ];
  const sorted = [...report.standards].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || a.id.localeCompare(b.id));
  for (const r of sorted) lines.push(`| ${STATUS_LABEL[r.status]} | ${markdownCode(r.id)} | ${cell(r.statement)} |`);
  const rejected = report.data.rejected.reduce((n, r) => n + r.count, 0);
  if (rejected) lines.push('', `${rejected} tickets were left out because their data was unusable: ${report.data.rejected.map((r) => `${cell(r.reason)} (${r.count})`).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}
