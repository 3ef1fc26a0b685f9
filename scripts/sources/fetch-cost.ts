// What a fetch costs the helpdesk account, in the words an admin needs before turning it on: requests made,
// requests per changed ticket, the share of the account's rate limit used in the busiest minute, and how long a
// first backfill takes at the account's limit. The same arithmetic gives the benchmark's figures per plan.

import type { SourceUsage } from './source.ts';

/** Requests and minutes a first backfill of `tickets` takes by the source's paging (`usage.backfill`). */
export interface BackfillEstimate {
  tickets: number;
  requests: number;
  /** Of those, requests to the export endpoints (Zendesk's incremental exports). */
  exportRequests: number;
  /** At `maxShare` of `limitPerMinute` and the export limit; null when the account's limit is not known. */
  minutes: number | null;
}

/**
 * Minutes `requests` take when at most `share` of `limitPerMinute` may be spent a minute, and `exportRequests`
 * of them are held to `exportLimit` a minute besides.
 */
export function pacedMinutes(requests: number, exportRequests: number, limitPerMinute: number, share: number, exportLimit: number | null): number {
  const byAccount = requests / (limitPerMinute * share);
  const byExports = exportLimit === null ? 0 : exportRequests / exportLimit;
  return Math.max(byAccount, byExports);
}

export function backfillEstimate(usage: SourceUsage, tickets: number, limitPerMinute = perMinute(usage)): BackfillEstimate {
  const requests = Math.ceil(usage.backfill.fixed + usage.backfill.perTicket * tickets);
  const exportRequests = Math.ceil(usage.backfill.exportPerTicket * tickets);
  return {
    tickets, requests, exportRequests,
    minutes: limitPerMinute === null ? null : pacedMinutes(requests, exportRequests, limitPerMinute, usage.maxShare, usage.exportLimit),
  };
}

/** The account's limit a minute (GitHub's is per hour). */
function perMinute(usage: SourceUsage): number | null {
  if (usage.accountLimit === null) return null;
  return usage.limitWindow === 'hour' ? usage.accountLimit / 60 : usage.accountLimit;
}

export function formatDurationMinutes(minutes: number): string {
  if (minutes < 1) return 'under a minute';
  if (minutes < 90) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} days`;
}

const count = (n: number) => n.toLocaleString('en-US');
const percent = (share: number) => `${share < 0.1 ? (share * 100).toFixed(1) : Math.round(share * 100)}%`;

/** The lines a fetch prints and the job summary shows: cost tonight, and a first backfill of `tickets`. */
export function describeFetchCost(usage: SourceUsage, tickets: number): string[] {
  const window = usage.limitWindow === 'hour' ? 'hour' : 'minute';
  const lines = [
    `requests: ${count(usage.requests)} (${usage.changedTickets > 0 ? `${(usage.requests / usage.changedTickets).toFixed(3)} per changed ticket` : 'no changed tickets'})` +
      `${Object.keys(usage.byKind).length ? `: ${Object.entries(usage.byKind).map(([kind, n]) => `${kind} ${count(n)}`).join(', ')}` : ''}`,
    usage.accountLimit === null
      ? `rate limit: the helpdesk did not say its limit; the fetch kept to ${percent(usage.maxShare)} of the smallest plan's`
      : `rate limit: at most ${count(usage.peakPerWindow)} in one ${window}, ${percent(usage.peakPerWindow / usage.accountLimit)} of the account's ${count(usage.accountLimit)} a ${window} (maxShare ${percent(usage.maxShare)})` +
        `${usage.waitedMs > 0 ? `; waited ${formatDurationMinutes(usage.waitedMs / 60_000)} to keep to it` : ''}`,
  ];
  const estimate = backfillEstimate(usage, tickets);
  lines.push(`first backfill of ${count(tickets)} tickets: about ${count(estimate.requests)} requests` +
    (estimate.minutes === null ? '' : `, ${formatDurationMinutes(estimate.minutes)} at ${percent(usage.maxShare)} of this account's limit${usage.exportLimit !== null ? ` and ${usage.exportLimit} export requests a minute` : ''}`));
  return lines;
}
