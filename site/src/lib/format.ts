// How numbers, statuses and dates read on the site. One place, so every page says it the same way.
import { METRICS, type MetricId } from '../../../scripts/model/metric-catalogue.ts';
import { formatDuration } from '../../../scripts/model/values.ts';
import { formatValue } from '../../../scripts/engine/report.ts';
import type { ReportStandard } from '../../../scripts/publish/site-data.ts';

export type Status = 'met' | 'at-risk' | 'breached' | 'no-data';
export const STATUS_ORDER: Status[] = ['breached', 'at-risk', 'met', 'no-data'];
export const STATUS_LABEL: Record<Status, string> = { met: 'Met', 'at-risk': 'At risk', breached: 'Breached', 'no-data': 'No data' };
export const STATUS_HINT: Record<Status, string> = {
  met: 'The objective is met with error budget to spare.',
  'at-risk': 'The objective is met, but little error budget is left.',
  breached: 'The objective is not met over the window.',
  'no-data': 'Too few tickets in the window to judge.',
};
export const DIMENSIONS = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'] as const;
export const DIMENSION_HINT: Record<string, string> = {
  reliability: 'Doing what was promised',
  responsiveness: 'Speed of response',
  assurance: 'Competence and trust',
  empathy: 'Care for the customer',
  tangibles: 'Channels, tools and written material',
};

const ACRONYMS: Record<string, string> = { api: 'API', nps: 'NPS', csat: 'CSAT', qa: 'QA' };

export function capitalise(text: string): string {
  return ACRONYMS[text] ?? text.charAt(0).toUpperCase() + text.slice(1);
}

export function percent(fraction: number | null | undefined, digits = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  const value = fraction * 100;
  return `${value.toFixed(Math.abs(value) >= 99.95 || Number.isInteger(value) ? 0 : digits)}%`;
}

/**
 * The headline value of a standard: attainment or rate as a percentage, NPS as a score (signed). Rounded as the
 * report's statement rounds it (engine/report.ts `formatValue`), so "now" reads the same in every sentence and card.
 */
export function metricValue(metric: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = formatValue(metric as MetricId, value);
  return metric === 'nps' && value > 0 ? `+${text}` : text;
}

/** The abbreviations support teams search for ("FCR"), shown beside the metric's name. */
export const METRIC_ABBREVIATION: Record<string, string> = {
  first_response_time: 'FRT',
  full_resolution_time: 'TTR',
  first_contact_resolution: 'FCR',
  csat: 'CSAT',
  nps: 'NPS',
  qa_score: 'QA',
};

/** What a standard's measurements are, as pages count them: tickets, or reviews, agent-weeks, acknowledgements. */
export function measuredUnit(metric: string): { one: string; many: string } {
  switch (metric) {
    case 'qa_score': return { one: 'review', many: 'reviews' };
    case 'qa_coverage': return { one: 'agent-week', many: 'agent-weeks' };
    case 'sop_acknowledgement': return { one: 'acknowledgement', many: 'acknowledgements' };
    default: return { one: 'ticket', many: 'tickets' };
  }
}

export function metricName(metric: string): string {
  return METRICS[metric as MetricId]?.name ?? metric;
}

export function duration(minutes: number): string {
  return formatDuration(minutes);
}

export function sortByStatus<T extends { status: string; title: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => STATUS_ORDER.indexOf(a.status as Status) - STATUS_ORDER.indexOf(b.status as Status) || a.title.localeCompare(b.title));
}

const DATE = new Intl.DateTimeFormat('en-IE', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-IE', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

export function date(iso: string): string {
  return DATE.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}

export function dateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

const SHORT_DATE_TIME = new Intl.DateTimeFormat('en-IE', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** `19 Nov, 11:48 UTC` in the year of `today` (YYYY-MM-DD), else with the year: short enough for a phone's table. */
export function shortDateTime(iso: string, today: string): string {
  return iso.slice(0, 4) === today.slice(0, 4) ? SHORT_DATE_TIME.format(new Date(iso)) : dateTime(iso);
}

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

export function ago(minutes: number | null): string {
  if (minutes === null) return 'never';
  if (minutes < 60) return count(minutes, 'minute');
  if (minutes < 48 * 60) return count(Math.round(minutes / 60), 'hour');
  return count(Math.round(minutes / 1440), 'day');
}

/** "12 of 40 misses used (30%)". */
export function budgetText(result: ReportStandard): string {
  const b = result.errorBudget;
  if (!b) return 'No error budget for this standard (no data or a score target).';
  const used = Math.round(b.used * 10) / 10;
  const allowed = Math.round(b.allowed * 10) / 10;
  if (b.remaining < 0) return `Overspent: ${used} misses against ${allowed} allowed.`;
  return `${percent(b.remaining, 0)} left: ${used} of ${allowed} allowed misses used.`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
