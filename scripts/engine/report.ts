// The words of the report: a standard's goal and its result in one sentence, so the site, the job summary
// and the PR comment all say the same thing. Pure text from numbers; no I/O.

import { formatDuration, formatPercentage } from '../model/values.ts';
import type { StandardDefinition, StandardScope } from '../model/model.ts';
import type { MetricId } from '../model/metric-catalogue.ts';

export type StandardStatus = 'met' | 'at-risk' | 'breached' | 'no-data';

const STATUS_WORDS: Record<StandardStatus, string> = {
  met: 'met',
  'at-risk': 'at risk',
  breached: 'breached',
  'no-data': 'not enough data',
};

const DURATION_METRICS: ReadonlySet<MetricId> = new Set([
  'first_response_time', 'next_reply_time', 'full_resolution_time', 'requester_wait_time', 'agent_work_time', 'backlog_age', 'sop_acknowledgement',
]);

export const isDurationMetric = (function isDurationMetric(metric: MetricId): boolean {
  return DURATION_METRICS.has(metric);
});

/** `95%`, `95.8%`: one decimal at most, none when whole. */
const percent = (function percent(fraction: number): string {
  return formatPercentage(fraction, 1);
});

const listWords = (function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
});

const thresholdText = (function thresholdText(standard: StandardDefinition): string {
  const minutes = standard.thresholdMinutes ?? 0;
  return `${formatDuration(minutes)}${standard.calendar ? ' (business hours)' : ''}`;
});

/** The goal in words, e.g. `95% within 1h (business hours)`, `at least 85%`, `at least 30`. */
export const goalText = (function goalText(standard: StandardDefinition): string {
  if (isDurationMetric(standard.metric)) {
    const qualifier = standard.metric === 'backlog_age' ? 'of the backlog at most' : 'within';
    return `${percent(standard.objective ?? 1)} ${qualifier} ${thresholdText(standard)}`;
  }
  const target = standard.target ?? { direction: 'min', value: 0 };
  const word = target.direction === 'min' ? 'at least' : 'at most';
  return `${word} ${formatValue(standard.metric, target.value)}`;
});

/** A metric value as people read it: percentages for rates, shares and QA scores, a signed number for NPS. */
export const formatValue = (function formatValue(metric: MetricId, value: number): string {
  if (metric === 'nps') return String(Math.round(value * 10) / 10);
  return percent(value);
});

/** `over the last 30 days`, `over the last 4 weeks`, `this month`, `this quarter`. */
export const windowText = (function windowText(standard: StandardDefinition): string {
  // The backlog is a snapshot at the end of the window: its phrase already says "now".
  if (standard.metric === 'backlog_age') return '';
  const window = standard.window;
  if (window.kind === 'calendar') return `this ${window.unit}`;
  if (window.text.endsWith('w') && window.days % 7 === 0) {
    const weeks = window.days / 7;
    return weeks === 1 ? 'over the last week' : `over the last ${weeks} weeks`;
  }
  return window.days === 1 ? 'over the last day' : `over the last ${window.days} days`;
});

/** A team as people read it: its Team document's name (`Support EMEA`), else its id. */
export type TeamName = (id: string) => string;

/** Scope words placed around "tickets": `urgent email and web tickets for Support EMEA`. */
const scopeWords = (function scopeWords(scope: StandardScope, teamName: TeamName): { before: string; after: string } {
  const before: string[] = [];
  if (scope.priority?.length) before.push(listWords(scope.priority));
  if (scope.channel?.length) before.push(listWords(scope.channel));
  const after: string[] = [];
  if (scope.category?.length) after.push(`in ${listWords(scope.category)}`);
  if (scope.tags?.length) after.push(`tagged ${scope.tags.join(' or ')}`);
  if (scope.team?.length) after.push(`for ${listWords(scope.team.map(teamName))}`);
  return { before: before.length ? `${before.join(' ')} ` : '', after: after.length ? ` ${after.join(' ')}` : '' };
});

/** 1234567 → `1,234,567`, the same on every machine. */
const formatCount = (function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
});

const plural = (function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
});

/** What was counted, and what happened to it: `412 urgent tickets got a first reply within 1h (business hours)`. */
const measuredPhrase = (function measuredPhrase(standard: StandardDefinition, count: number, teamName: TeamName): { subject: string; predicate: string } {
  const { before, after } = scopeWords(standard.scope, teamName);
  const tickets = (n: number, adjective = '') => `${plural(n, `${adjective}${before}ticket`, `${adjective}${before}tickets`)}${after}`;
  switch (standard.metric) {
    case 'first_response_time':
      return { subject: tickets(count), predicate: `got a first reply within ${thresholdText(standard)}` };
    case 'next_reply_time':
      return {
        subject: `${plural(count, 'customer reply', 'customer replies')} on ${before}tickets${after}`,
        predicate: `got the next agent reply within ${thresholdText(standard)}`,
      };
    case 'full_resolution_time':
      return { subject: tickets(count), predicate: `were solved within ${thresholdText(standard)}` };
    case 'requester_wait_time':
      return { subject: tickets(count), predicate: `waited on the team for at most ${thresholdText(standard)}` };
    case 'agent_work_time':
      return { subject: tickets(count), predicate: `were new or open for at most ${thresholdText(standard)}` };
    case 'backlog_age':
      return { subject: tickets(count, 'unsolved '), predicate: `were at most ${thresholdText(standard)} old now` };
    case 'reopen_rate':
      return { subject: tickets(count, 'solved '), predicate: 'were reopened' };
    case 'first_contact_resolution':
      return { subject: tickets(count, 'solved '), predicate: 'were solved with one agent reply and never reopened' };
    case 'csat':
      return { subject: `${plural(count, 'satisfaction rating', 'satisfaction ratings')} on ${before}tickets${after}`, predicate: 'were good' };
    case 'nps':
      return { subject: `${plural(count, 'NPS answer', 'NPS answers')} on ${before}tickets${after}`, predicate: '' };
    case 'qa_score':
      return { subject: `${plural(count, 'QA review', 'QA reviews')} of ${before}tickets${after}`, predicate: '' };
    case 'qa_coverage': {
      const n = standard.reviewsPerAgent ?? 1;
      return { subject: `${plural(count, 'agent-week', 'agent-weeks')}${after}`, predicate: `had at least ${plural(n, 'QA review', 'QA reviews')}` };
    }
    case 'sop_acknowledgement':
      return { subject: `${plural(count, 'acknowledgement', 'acknowledgements')} of new SOP versions due${after}`, predicate: `came within ${thresholdText(standard)}` };
  }
});

/**
 * `got a first reply within 1h (business hours)` → `got a first reply in time`: with thresholds that changed in
 * the window each measurement met its own, which the goal part names. (A backlog is a snapshot: never two.)
 */
function inTime(metric: MetricId, predicate: string): string {
  if (metric === 'requester_wait_time' || metric === 'agent_work_time') return predicate.replace(/for at most .*$/, 'no longer than the goal allowed');
  return predicate.replace(/within .*$/, 'in time');
}

export interface StatementInput {
  /** The standard as the version in force at `now` defines it. */
  standard: StandardDefinition;
  status: StandardStatus;
  count: number;
  value: number | null;
  minimumSample: number;
  /** Share of the error budget left; null without data. */
  budgetRemaining: number | null;
  /**
   * The versions in force at some instant of the window, oldest first, the last being `standard`'s. With goals
   * that differ, the statement names each with the date it took effect.
   */
  windowVersions?: readonly { from: string; definition: StandardDefinition }[];
  /** The day the standard's first version takes effect, when none is in force at `now`: it measures nothing yet. */
  inForceFrom?: string;
  /** Names the teams of a scope (`for Support EMEA`); default: their ids. */
  teamName?: TeamName;
}

/**
 * Made on first use: the first Intl object of a process loads the ICU locale data (≈ 0.02–0.03 s). Only a date that
 * is not a real day of years 1 to 9999 comes to it (`dayText`).
 */
let dayFormat: Intl.DateTimeFormat | null = null;

/** en-GB's abbreviated months as Node's ICU (CLDR) writes them: September is `Sept`. */
const MONTHS_EN_GB = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * `2026-12-03` → `3 Dec 2026`: en-GB's day, abbreviated month and year, written by hand for a real day of years 1 to
 * 9999 (the bytes Intl.DateTimeFormat gives: tests/engine/day-text.test.ts compares every day of several years), so
 * a run that names a day does not load ICU's locale data for it; anything else is Intl's, as before.
 */
export function dayText(date: string): string {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (!Number.isNaN(ms) && date >= '0001' && new Date(ms).toISOString().slice(0, 10) === date) {
    return `${Number(date.slice(8, 10))} ${MONTHS_EN_GB[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(0, 4))}`;
  }
  dayFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** The goal clause alone: `95% within 1h` → `objective 95%` for durations, `target at least 70%` else. */
function goalClause(standard: StandardDefinition, threshold: boolean): string {
  if (!isDurationMetric(standard.metric)) return goalText(standard);
  return threshold ? goalText(standard) : percent(standard.objective ?? 1);
}

/**
 * The goal part of the statement: `objective 95%`, `target at least 70%`, or, over a window that spans
 * versions with different goals, each goal with the day it took effect: `goal 95% within 1h before 3 Dec 2026,
 * 97% within 45m from 3 Dec 2026` (`objective 95% before …, 97% from …` when only the objective changed).
 */
const goalPart = (function goalPart(standard: StandardDefinition, versions: readonly { from: string; definition: StandardDefinition }[]): string {
  const duration = isDurationMetric(standard.metric);
  const texts = versions.map((v) => goalText(v.definition));
  if (versions.length < 2 || texts.every((t) => t === texts[0])) {
    return duration ? `objective ${percent(standard.objective ?? 1)}` : `target ${goalText(standard)}`;
  }
  const sameThreshold = sameThresholds(versions);
  const word = !duration ? 'target' : sameThreshold ? 'objective' : 'goal';
  const parts = versions.map((v, i) => {
    const words = goalClause(v.definition, !sameThreshold);
    if (i === 0) return `${words} before ${dayText(versions[1]!.from)}`;
    return `${words} from ${dayText(v.from)}`;
  });
  return `${word} ${parts.join(', ')}`;
});

/**
 * The goals that judged a window spanning versions with different goals, each with the day it took effect
 * (`95% within 1h before 23 Nov 2026, 97% within 45m from 23 Nov 2026`); null when one goal judged it all.
 */
export const judgedGoalText = (function judgedGoalText(versions: readonly { from: string; definition: StandardDefinition }[]): string | null {
  const texts = versions.map((v) => goalText(v.definition));
  if (versions.length < 2 || texts.every((t) => t === texts[0])) return null;
  return texts.map((text, i) => (i === 0 ? `${text} before ${dayText(versions[1]!.from)}` : `${text} from ${dayText(versions[i]!.from)}`)).join(', ');
});

function sameThresholds(versions: readonly { definition: StandardDefinition }[]): boolean {
  const first = versions[0]!.definition;
  return versions.every((v) => v.definition.thresholdMinutes === first.thresholdMinutes && v.definition.calendar === first.calendar);
}

/**
 * The result in one sentence, e.g. `95.8% of 412 urgent tickets got a first reply within 1h (business hours)
 * over the last 30 days; objective 95%; met; 16% of the error budget left.`
 */
export const statement = (function statement(input: StatementInput): string {
  const { standard, status, count, value, minimumSample, budgetRemaining } = input;
  const versions = input.windowVersions ?? [];
  const { subject, predicate: ownPredicate } = measuredPhrase(standard, count, input.teamName ?? ((id) => id));
  // Thresholds that changed within the window: each measurement met its own, so none is named here.
  const predicate = versions.length > 1 && !sameThresholds(versions) ? inTime(standard.metric, ownPredicate) : ownPredicate;
  const window = windowText(standard);
  const goal = goalPart(standard, versions);
  const words = (...items: string[]) => items.filter((item) => item !== '').join(' ');
  let result: string;
  if (value === null) {
    result = words('No', subject.replace(/^0 /, ''), window);
  } else if (standard.metric === 'nps') {
    result = words('NPS', formatValue('nps', value), 'from', subject, window);
  } else if (standard.metric === 'qa_score') {
    result = words('Average QA score', formatValue('qa_score', value), 'over', subject, window);
  } else {
    result = words(`${percent(value)} of`, subject, predicate, window);
  }
  const parts = [result, goal];
  if (input.inForceFrom !== undefined) {
    parts.push(`not in force until ${dayText(input.inForceFrom)}`);
  } else if (status === 'no-data') {
    parts.push(`not enough data (fewer than the minimum sample of ${minimumSample})`);
  } else {
    parts.push(STATUS_WORDS[status]);
    if (budgetRemaining !== null) {
      parts.push(
        budgetRemaining >= 0
          ? `${formatPercentage(budgetRemaining, 0)} of the error budget left`
          : `error budget overspent by ${formatPercentage(-budgetRemaining, 0)}`,
      );
    }
  }
  return `${parts.join('; ')}.`;
});
