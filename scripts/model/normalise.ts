// Step two of validation: maps schema-valid documents to the internal model (minutes, fractions, defaults)
// and reports what a schema cannot say about one document (ranges of written percentages, impossible
// intervals, unknown time zones, metric/threshold compatibility). Cross-file checks live in rules.ts.

import { IANAZone } from 'luxon';
import type { Finding, Severity } from './findings.ts';
import type { PathSegment, SourceDocument } from './yaml-source.ts';
import { labelOf } from './schema-validator.ts';
import { didYouMean } from './suggest.ts';
import { METRICS, type MetricId, type MetricKind } from './metric-catalogue.ts';
import { teamPersonOf } from './people.ts';
import { checkPeopleMetric, normaliseAcknowledgementImport, normaliseQaImport } from './normalise-imports.ts';
import { addPeriod, formatDuration, parseDuration, parsePercentage, parsePeriod, type Period } from './values.ts';
import type {
  CalendarDocument, PipelineDocument, PolicyDocument, ScorecardDocument, SopDocument, StandardDocument, TeamDocument,
} from './documents.generated.ts';
import {
  WEEKDAYS,
  type ActionSettings, type CalendarDefinition, type LocalInterval, type PipelineSettings, type PolicyDefinition, type ReviewCadence,
  type PriorGoal, type ScorecardDefinition, type SopDefinition, type StandardDefinition, type TeamDefinition, type TicketStatus,
  type WindowSpec, type HelpdeskValueMaps, type GitHubIssuesSourceSettings, type CategoryMapping, type TeamMapping,
} from './model.ts';

export class DocumentContext {
  readonly findings: Finding[] = [];
  readonly source: SourceDocument;
  constructor(source: SourceDocument) {
    this.source = source;
  }
  report(severity: Severity, path: readonly PathSegment[], message: string, rule: string): void {
    this.findings.push({ file: this.source.file, ...this.source.locate(path), severity, message, rule });
  }
  error(path: readonly PathSegment[], message: string, rule = 'value'): void {
    this.report('error', path, message, rule);
  }
  warning(path: readonly PathSegment[], message: string, rule = 'value'): void {
    this.report('warning', path, message, rule);
  }
  /** Parses a percentage, reporting range problems and the 0.95-means-0.95% trap. */
  percentage(path: readonly PathSegment[], value: string | number): number {
    const parsed = parsePercentage(value);
    if (!parsed.ok) {
      this.error(path, `${labelOf(path)} ${parsed.message}`);
      return 0;
    }
    if (typeof value === 'number' && value > 0 && value < 1) {
      this.warning(path, `${labelOf(path)} is ${value}, read as ${value}% — write ${value * 100}% if you meant ${value * 100} percent`, 'percentage-scale');
    }
    return parsed.value;
  }
  duration(path: readonly PathSegment[], value: string): number {
    const parsed = parseDuration(value);
    if (!parsed.ok) {
      this.error(path, `${labelOf(path)} ${parsed.message}`);
      return 0;
    }
    return parsed.value;
  }
  review(path: readonly PathSegment[], review: { every: string; last: string }): ReviewCadence {
    const period = reviewPeriodWithinBounds(this, path, review.every);
    return { every: period, everyText: review.every, last: review.last, due: addPeriod(review.last, period) };
  }
}

/**
 * The largest values the engine can evaluate. Past them a window needs more day counters than a night should
 * hold, a threshold is never passed within any window, and a review date overflows the calendar; validate
 * refuses them with a place and a hint instead of letting a later step crash.
 */
export const ENGINE_BOUNDS = {
  /** 2 years: 104w or 731d. */
  windowDays: 731,
  /** A year of the measuring clock: 366d. */
  thresholdMinutes: 366 * 1440,
  /** A review at least every 5 years: 5y, 60mo, 260w or 1826d. */
  reviewDays: 1826,
} as const;

const PERIOD_DAYS: Record<Period['unit'], number> = { d: 1, w: 7, mo: 365.25 / 12, y: 365.25 };

/** The review period, or a 1-year stand-in (after reporting the error) when it is missing or beyond bounds. */
function reviewPeriodWithinBounds(ctx: DocumentContext, path: readonly PathSegment[], text: string): Period {
  const every = parsePeriod(text);
  if (!every.ok) return { amount: 1, unit: 'y' };
  if (every.value.amount * PERIOD_DAYS[every.value.unit] > ENGINE_BOUNDS.reviewDays + 0.5) {
    ctx.error([...path, 'every'], `review.every "${text}" is longer than 5 years: review at least every 5y (60mo, 260w or ${ENGINE_BOUNDS.reviewDays}d)`, 'engine-bounds');
    return { amount: 1, unit: 'y' };
  }
  return every.value;
}

/** A Standard's window and threshold within what the engine evaluates (ENGINE_BOUNDS). */
function checkStandardBounds(ctx: DocumentContext, doc: StandardDocument, window: WindowSpec, thresholdMinutes: number | null): void {
  if (window.kind === 'rolling' && !(window.days <= ENGINE_BOUNDS.windowDays)) {
    ctx.error(['window'], `window "${doc.window}" is longer than 2 years, the longest window the engine evaluates: use at most 104w or ${ENGINE_BOUNDS.windowDays}d, or a calendar month or quarter`, 'engine-bounds');
  }
  if (thresholdMinutes !== null && !(thresholdMinutes <= ENGINE_BOUNDS.thresholdMinutes)) {
    ctx.error(['threshold'], `threshold "${doc.threshold}" is longer than a year, the longest threshold the engine evaluates: use at most 366d (8784h)`, 'engine-bounds');
  }
}

const INTERVAL = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/;

function parseInterval(ctx: DocumentContext, path: readonly PathSegment[], text: string): LocalInterval | null {
  const match = INTERVAL.exec(text);
  if (!match) return null; // the schema already reported it
  const start = Number(match[1]) * 60 + Number(match[2]);
  let end = Number(match[3]) * 60 + Number(match[4]);
  if (end === start) {
    ctx.error(path, `${labelOf(path)} "${text}" is empty: the end equals the start (write 00:00-24:00 for a whole day)`, 'interval');
    return null;
  }
  if (end < start) end += 1440; // runs past midnight into the next day
  return { start, end };
}

function parseIntervals(ctx: DocumentContext, path: readonly PathSegment[], texts: readonly string[]): LocalInterval[] {
  const intervals: LocalInterval[] = [];
  texts.forEach((text, i) => {
    const interval = parseInterval(ctx, [...path, i], text);
    if (interval) intervals.push(interval);
  });
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) {
      ctx.error(path, `${labelOf(path)} has overlapping intervals (${formatClock(sorted[i - 1]!)} and ${formatClock(sorted[i]!)}): merge them into one`, 'interval');
    }
  }
  return sorted;
}

function formatClock(interval: LocalInterval): string {
  const hhmm = (m: number) => `${String(Math.floor((m % 1440) / 60) + (m === 1440 ? 24 : 0)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hhmm(interval.start)}-${hhmm(interval.end)}`;
}

export function normaliseCalendar(ctx: DocumentContext, doc: CalendarDocument): CalendarDefinition {
  if (!IANAZone.isValidZone(doc.timezone)) {
    const hint = /^(UTC|GMT)?[+-]\d/.test(doc.timezone)
      ? ' — fixed offsets ignore daylight saving: name a zone like Europe/Dublin'
      : didYouMean(doc.timezone, Intl.supportedValuesOf('timeZone')) || ' — use an IANA name like Europe/Dublin or America/Chicago';
    ctx.error(['timezone'], `timezone "${doc.timezone}" is not a known IANA time zone${hint}`, 'timezone');
  }
  const hours = {} as CalendarDefinition['hours'];
  let openMinutes = 0;
  for (const day of WEEKDAYS) {
    hours[day] = parseIntervals(ctx, ['hours', day], doc.hours[day] ?? []);
    openMinutes += hours[day].reduce((sum, i) => sum + (i.end - i.start), 0);
  }
  if (openMinutes === 0 && !ctx.findings.some((f) => f.rule === 'interval')) {
    ctx.error(['hours'], 'hours has no open time in the week: a calendar needs at least one interval like monday: [09:00-17:00]', 'calendar-closed');
  }
  const seenDates = new Map<string, number>();
  const holidays = (doc.holidays ?? []).map((holiday, i) => {
    const earlier = seenDates.get(holiday.date);
    if (earlier !== undefined) {
      ctx.error(['holidays', i, 'date'], `holidays[${i}] repeats the date ${holiday.date} of holidays[${earlier}]: keep one entry per date`, 'duplicate-holiday');
    }
    seenDates.set(holiday.date, i);
    return {
      date: holiday.date,
      name: holiday.name,
      open: holiday.open ? parseIntervals(ctx, ['holidays', i, 'open'], holiday.open) : null,
    };
  });
  if (doc.effective !== undefined && doc.appliesFrom !== undefined) {
    ctx.error(['appliesFrom'], `appliesFrom ${doc.appliesFrom} and effective ${doc.effective} are both set: appliesFrom corrects the past from its date, effective starts a change on a later date; keep the one you mean`, 'calendar-applies-from');
  }
  return {
    id: doc.id, name: doc.name, timezone: doc.timezone, hours, holidays,
    effective: doc.effective ?? null, appliesFrom: doc.appliesFrom ?? null,
    origin: { file: ctx.source.file },
  };
}

export function normaliseTeam(ctx: DocumentContext, doc: TeamDocument): TeamDefinition {
  return {
    id: doc.id,
    name: doc.name,
    description: doc.description ?? null,
    calendar: doc.calendar ?? null,
    githubTeam: doc.githubTeam ?? null,
    leads: doc.leads ?? [],
    members: doc.members.flatMap((m) => (typeof m === 'string' ? [m] : m.github !== undefined ? [m.github] : [])),
    people: doc.members.map((m) => teamPersonOf(m)),
    names: Object.fromEntries(Object.entries(doc.names ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string')),
    origin: { file: ctx.source.file },
  };
}

function parseWindow(text: string): WindowSpec {
  if (text === 'month' || text === 'quarter') return { kind: 'calendar', unit: text, text };
  const amount = Number(text.slice(0, -1));
  return { kind: 'rolling', days: text.endsWith('w') ? amount * 7 : amount, text };
}

/** requester_wait_time pauses only on pending unless a standard says otherwise (Zendesk's meaning). */
const DEFAULT_PAUSE_STATUSES: readonly TicketStatus[] = ['pending'];

export function normaliseStandard(ctx: DocumentContext, doc: StandardDocument): StandardDefinition {
  const metric = METRICS[doc.metric as MetricId];
  let thresholdMinutes: number | null = null;
  let objective: number | null = null;
  let target: StandardDefinition['target'] = null;

  if (metric.kind === 'duration') {
    if (doc.threshold === undefined) {
      ctx.error([], `missing required property "threshold": ${doc.metric} is a duration metric and needs a per-ticket threshold like 4h`, 'metric-fit');
    } else {
      thresholdMinutes = ctx.duration(['threshold'], doc.threshold);
      if (doc.calendar && /\d+d/.test(doc.threshold)) {
        ctx.warning(['threshold'], `threshold "${doc.threshold}" uses days with a business calendar: 1d means 24 business hours (about three working days) — write hours, e.g. ${formatDuration(thresholdMinutes).replace(/^(\d+)d/, (_, d) => `${Number(d) * 24}h`)}`, 'business-days');
      }
    }
    if (doc.objective === undefined) {
      ctx.error([], `missing required property "objective": ${doc.metric} needs the share of tickets that must meet the threshold, like 95%`, 'metric-fit');
    } else {
      objective = ctx.percentage(['objective'], doc.objective);
    }
    if (doc.target !== undefined) {
      ctx.error(['target'], `target does not apply to ${doc.metric}, a duration metric: use threshold and objective instead`, 'metric-fit');
    }
  } else {
    if (doc.target === undefined) {
      const example = doc.metric === 'nps' ? '{ min: 30 }' : doc.metric === 'reopen_rate' ? '{ max: 5% }' : '{ min: 90% }';
      ctx.error([], `missing required property "target": ${doc.metric} is a ${metric.kind} metric and needs an aggregate target like ${example}`, 'metric-fit');
    } else {
      const direction = doc.target.min !== undefined ? 'min' : 'max';
      const raw = doc.target[direction]!;
      if (doc.metric === 'nps') {
        if (typeof raw !== 'number') {
          ctx.error(['target', direction], `target.${direction} for nps is a score from -100 to 100, not a percentage: write ${String(raw).replace('%', '')}`, 'metric-fit');
        } else if (raw < -100 || raw > 100) {
          ctx.error(['target', direction], `target.${direction} must be an NPS score between -100 and 100, got ${raw}`, 'metric-fit');
        }
        target = { direction, value: typeof raw === 'number' ? raw : 0 };
      } else {
        target = { direction, value: ctx.percentage(['target', direction], raw) };
      }
    }
    if (doc.threshold !== undefined) {
      ctx.error(['threshold'], `threshold does not apply to ${doc.metric}, a ${metric.kind} metric: use target instead`, 'metric-fit');
    }
    if (doc.objective !== undefined) {
      ctx.error(['objective'], `objective does not apply to ${doc.metric}, a ${metric.kind} metric: the target is the goal`, 'metric-fit');
    }
  }
  if (doc.pauseStatuses !== undefined && doc.metric !== 'requester_wait_time') {
    ctx.error(['pauseStatuses'], `pauseStatuses applies only to requester_wait_time, not ${doc.metric}`, 'metric-fit');
  }
  if (doc.metric === 'qa_score' && doc.scorecard === undefined) {
    ctx.error([], 'missing required property "scorecard": qa_score needs the id of the Scorecard whose reviews it scores', 'metric-fit');
  }
  if (doc.scorecard !== undefined && doc.metric !== 'qa_score' && doc.metric !== 'qa_coverage') {
    ctx.error(['scorecard'], `scorecard applies only to qa_score and qa_coverage, not ${doc.metric}`, 'metric-fit');
  }
  checkPeopleMetric(ctx, doc);
  const window = parseWindow(doc.window);
  checkStandardBounds(ctx, doc, window, thresholdMinutes);
  if (doc.calendar !== undefined && metric.kind !== 'duration') {
    ctx.warning(['calendar'], `calendar has no effect on ${doc.metric}, which measures no durations; windows use its time zone only`, 'metric-fit');
  }
  return {
    id: doc.id,
    title: doc.title,
    description: doc.description ?? null,
    dimension: doc.dimension,
    metric: doc.metric as MetricId,
    scope: { ...doc.scope },
    thresholdMinutes,
    objective,
    target,
    calendar: doc.calendar ?? null,
    window,
    minimumSample: doc.minimumSample ?? null,
    pauseStatuses: doc.pauseStatuses ?? [...DEFAULT_PAUSE_STATUSES],
    scorecard: doc.scorecard ?? null,
    ...(doc.reviewsPerAgent !== undefined ? { reviewsPerAgent: doc.reviewsPerAgent } : {}),
    ...(doc.sops !== undefined ? { sops: [...doc.sops] } : {}),
    owner: doc.owner,
    effective: doc.effective,
    review: ctx.review(['review'], doc.review),
    rationale: doc.rationale,
    priorGoals: normalisePriorGoals(ctx, doc, metric.kind),
    origin: { file: ctx.source.file },
  };
}

/**
 * A Standard's own `versions` list: each entry names the goal fields its metric takes, within the engine's
 * bounds, with dates strictly increasing and before the document's own `effective`.
 */
function normalisePriorGoals(ctx: DocumentContext, doc: StandardDocument, kind: MetricKind): PriorGoal[] {
  const goals: PriorGoal[] = [];
  let previous: string | null = null;
  (doc.versions ?? []).forEach((entry, i) => {
    const at = (...rest: (string | number)[]): PathSegment[] => ['versions', i, ...rest];
    if (previous !== null && entry.effective <= previous) {
      ctx.error(at('effective'), `versions[${i}].effective ${entry.effective} is not after versions[${i - 1}].effective ${previous}: list the versions oldest first, one per date`, 'standard-versions');
    }
    if (entry.effective >= doc.effective) {
      ctx.error(at('effective'), `versions[${i}].effective ${entry.effective} is not before the standard's effective ${doc.effective}: the versions list the goals in force before the current one`, 'standard-versions');
    }
    previous = entry.effective;
    let thresholdMinutes: number | null = null;
    let objective: number | null = null;
    let target: PriorGoal['target'] = null;
    if (kind === 'duration') {
      if (entry.threshold === undefined || entry.objective === undefined) {
        ctx.error(at(), `versions[${i}] needs threshold and objective: ${doc.metric} is a duration metric (for example threshold: 2h, objective: 90%)`, 'standard-versions');
      }
      if (entry.target !== undefined) ctx.error(at('target'), `versions[${i}].target does not apply to ${doc.metric}, a duration metric: use threshold and objective`, 'standard-versions');
      if (entry.threshold !== undefined) {
        thresholdMinutes = ctx.duration(at('threshold'), entry.threshold);
        if (!(thresholdMinutes <= ENGINE_BOUNDS.thresholdMinutes)) {
          ctx.error(at('threshold'), `versions[${i}].threshold "${entry.threshold}" is longer than a year, the longest threshold the engine evaluates: use at most 366d (8784h)`, 'engine-bounds');
        }
      }
      if (entry.objective !== undefined) objective = ctx.percentage(at('objective'), entry.objective);
    } else {
      if (entry.target === undefined) {
        ctx.error(at(), `versions[${i}] needs a target: ${doc.metric} is a ${kind} metric (for example target: { min: 85% })`, 'standard-versions');
      } else {
        const direction = entry.target.min !== undefined ? 'min' : 'max';
        const raw = entry.target[direction]!;
        if (doc.metric === 'nps') {
          if (typeof raw !== 'number' || raw < -100 || raw > 100) {
            ctx.error(at('target', direction), `versions[${i}].target.${direction} for nps is a score from -100 to 100, got ${String(raw)}`, 'standard-versions');
          }
          target = { direction, value: typeof raw === 'number' ? raw : 0 };
        } else {
          target = { direction, value: ctx.percentage(at('target', direction), raw) };
        }
      }
      for (const field of ['threshold', 'objective'] as const) {
        if (entry[field] !== undefined) ctx.error(at(field), `versions[${i}].${field} does not apply to ${doc.metric}, a ${kind} metric: use target`, 'standard-versions');
      }
    }
    goals.push({ effective: entry.effective, thresholdMinutes, objective, target, note: entry.note ?? null });
  });
  return goals;
}

export function normaliseSop(ctx: DocumentContext, doc: SopDocument): SopDefinition {
  const stepIds = new Map<string, number>();
  const steps = doc.steps.map((step, i) => {
    const earlier = stepIds.get(step.id);
    if (earlier !== undefined) {
      ctx.error(['steps', i, 'id'], `steps[${i}].id "${step.id}" repeats steps[${earlier}].id: step ids must be unique within the SOP`, 'duplicate-step');
    }
    stepIds.set(step.id, i);
    return {
      id: step.id,
      title: step.title,
      instructions: step.instructions,
      withinMinutes: step.within !== undefined ? ctx.duration(['steps', i, 'within'], step.within) : null,
      withinText: step.within ?? null,
      clock: step.clock ?? '24/7',
      keeps: step.keeps ? { standard: step.keeps.standard } : null,
      role: step.role ?? null,
    };
  });
  let previous = Infinity;
  doc.changelog.forEach((entry, i) => {
    if (entry.version >= previous) {
      ctx.error(['changelog', i, 'version'], `changelog[${i}].version ${entry.version} is not below the entry above it (${previous}): keep the changelog newest first, one entry per version`, 'changelog');
    }
    previous = entry.version;
  });
  const top = doc.changelog[0];
  if (top && top.version !== doc.version) {
    ctx.error(['changelog', 0, 'version'], `changelog[0].version is ${top.version} but version is ${doc.version}: add a changelog entry for version ${doc.version} at the top`, 'changelog');
  }
  return {
    id: doc.id,
    title: doc.title,
    version: doc.version,
    status: doc.status,
    owner: doc.owner,
    summary: doc.summary ?? null,
    serves: doc.serves,
    ...(doc.followedBy !== undefined ? { followedBy: [...doc.followedBy] } : {}),
    steps,
    review: ctx.review(['review'], doc.review),
    changelog: doc.changelog.map((e) => ({ version: e.version, date: e.date, summary: e.summary })),
    origin: { file: ctx.source.file },
  };
}

export function normalisePolicy(ctx: DocumentContext, doc: PolicyDocument): PolicyDefinition {
  return {
    id: doc.id,
    title: doc.title,
    owner: doc.owner,
    status: doc.status,
    effective: doc.effective,
    review: ctx.review(['review'], doc.review),
    summary: doc.summary ?? null,
    body: doc.body,
    standards: doc.standards ?? [],
    sops: doc.sops ?? [],
    origin: { file: ctx.source.file },
  };
}

export function normaliseScorecard(ctx: DocumentContext, doc: ScorecardDocument): ScorecardDefinition {
  const ids = new Map<string, number>();
  doc.behaviours.forEach((b, i) => {
    const earlier = ids.get(b.id);
    if (earlier !== undefined) {
      ctx.error(['behaviours', i, 'id'], `behaviours[${i}].id "${b.id}" repeats behaviours[${earlier}].id: behaviour ids must be unique`, 'duplicate-behaviour');
    }
    ids.set(b.id, i);
  });
  return {
    id: doc.id,
    title: doc.title,
    description: doc.description ?? null,
    owner: doc.owner,
    passMark: ctx.percentage(['passMark'], doc.passMark),
    behaviours: doc.behaviours.map((b) => ({ id: b.id, title: b.title, description: b.description, weight: b.weight ?? 1, critical: b.critical ?? false })),
    review: ctx.review(['review'], doc.review),
    origin: { file: ctx.source.file },
  };
}

export const DEFAULT_PIPELINE: Omit<PipelineSettings, 'origin'> = {
  id: 'pipeline',
  organisation: 'Our support organisation',
  owner: null,
  source: { type: 'sample', tickets: 20000, days: 180, seed: 42 },
  storeDir: 'data',
  evaluation: { minimumSample: 20, atRiskBudget: 0.25, seriesDays: 90, worstTickets: 10 },
  exclusions: [],
  site: { title: 'Service standards', url: null, base: '/', ticketUrl: null, staleAfterMinutes: 36 * 60 },
  actions: { enabled: true, repository: null, breached: true, atRisk: false, overdueReviews: false, closeAfterDays: 3, maxWrites: 20, labels: ['corrective-action'], assignLeads: true },
};

export function normalisePipeline(ctx: DocumentContext, doc: PipelineDocument): PipelineSettings {
  const d = DEFAULT_PIPELINE;
  let source: PipelineSettings['source'] = d.source;
  if (doc.source?.type === 'csv') {
    if (!doc.source.csv) {
      ctx.error(['source'], 'source: missing required property "csv": the csv source needs path, timezone and columns', 'source');
    } else {
      const csv = doc.source.csv;
      if (!IANAZone.isValidZone(csv.timezone)) {
        const hint = didYouMean(csv.timezone, Intl.supportedValuesOf('timeZone')) || ' — use an IANA name like Europe/Dublin';
        ctx.error(['source', 'csv', 'timezone'], `source.csv.timezone "${csv.timezone}" is not a known IANA time zone${hint}`, 'timezone');
      }
      source = {
        type: 'csv',
        csv: {
          path: csv.path,
          timezone: csv.timezone,
          delimiter: csv.delimiter ?? ',',
          ...(csv.encoding !== undefined && csv.encoding !== 'utf-8' ? { encoding: csv.encoding } : {}),
          skipBadRows: csv.skipBadRows ?? false,
          columns: { ...csv.columns } as Record<string, string>,
          values: {
            priority: definedEntries(csv.values?.priority),
            channel: definedEntries(csv.values?.channel),
            status: definedEntries(csv.values?.status),
            team: definedEntries(csv.values?.team),
          },
        },
      };
    }
  } else if (doc.source && doc.source.type !== 'sample') {
    source = normaliseHelpdeskSource(ctx, doc.source) ?? source;
  } else if (doc.source) {
    if (doc.source.csv) ctx.warning(['source', 'csv'], 'source.csv is ignored because source.type is sample', 'source');
    source = {
      type: 'sample',
      tickets: doc.source.sample?.tickets ?? 20000,
      days: doc.source.sample?.days ?? 180,
      seed: doc.source.sample?.seed ?? 42,
    };
  }
  const exclusions = (doc.exclusions ?? []).map((e, i) => {
    if (Date.parse(e.from) >= Date.parse(e.to)) {
      ctx.error(['exclusions', i, 'to'], `exclusions[${i}].to (${e.to}) must be after from (${e.from})`, 'exclusion');
    }
    return { id: e.id, from: new Date(e.from).toISOString(), to: new Date(e.to).toISOString(), reason: e.reason, standards: e.standards ?? null };
  });
  return {
    id: doc.id,
    organisation: doc.organisation,
    owner: doc.owner ?? null,
    source,
    storeDir: doc.store?.dir ?? d.storeDir,
    evaluation: {
      minimumSample: doc.evaluation?.minimumSample ?? d.evaluation.minimumSample,
      atRiskBudget: doc.evaluation?.atRiskBudget !== undefined ? ctx.percentage(['evaluation', 'atRiskBudget'], doc.evaluation.atRiskBudget) : d.evaluation.atRiskBudget,
      seriesDays: doc.evaluation?.seriesDays ?? d.evaluation.seriesDays,
      worstTickets: doc.evaluation?.worstTickets ?? d.evaluation.worstTickets,
    },
    exclusions,
    site: {
      title: doc.site?.title ?? `${doc.organisation} service standards`,
      url: doc.site?.url ?? null,
      base: doc.site?.base ?? '/',
      ticketUrl: doc.site?.ticketUrl ?? null,
      staleAfterMinutes: doc.site?.staleAfter !== undefined ? ctx.duration(['site', 'staleAfter'], doc.site.staleAfter) : d.site.staleAfterMinutes,
    },
    actions: normaliseActions(doc.actions),
    qaSource: normaliseQaImport(ctx, doc.source?.qa?.csv),
    acknowledgementSource: normaliseAcknowledgementImport(ctx, doc.source?.acknowledgements?.csv),
    origin: { file: ctx.source.file },
  };
}

/** The `actions` section with its defaults; the schema has already checked every value's shape. */
export function normaliseActions(actions: PipelineDocument['actions']): ActionSettings {
  const d = DEFAULT_PIPELINE.actions;
  return {
    enabled: actions?.enabled ?? d.enabled,
    repository: actions?.repository ?? d.repository,
    breached: actions?.breached ?? d.breached,
    atRisk: actions?.atRisk ?? d.atRisk,
    overdueReviews: actions?.overdueReviews ?? d.overdueReviews,
    closeAfterDays: actions?.closeAfter ?? d.closeAfterDays,
    maxWrites: actions?.maxWrites ?? d.maxWrites,
    labels: actions?.labels ? [...actions.labels] : [...d.labels],
    assignLeads: actions?.assignLeads ?? d.assignLeads,
    // Absent means on, with the label `sop-acknowledgement` (acknowledgement-actions.ts).
    ...(actions?.sopAcknowledgements !== undefined ? { sopAcknowledgements: actions.sopAcknowledgements } : {}),
    ...(actions?.acknowledgementLabel !== undefined ? { acknowledgementLabel: actions.acknowledgementLabel } : {}),
  };
}

// Each helpdesk's own values mapped to ours out of the box; the document's entries are added on top.
const ZENDESK_VALUES: HelpdeskValueMaps = {
  priority: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' },
  // The channels Zendesk names for a customer's own contact. Tickets an agent, a trigger or Zendesk made (`mobile`,
  // `rule`, `system`, `closed_ticket` follow-ups, `side_conversation`, `sample_ticket`) are left unmapped on
  // purpose: whether they count is the organisation's choice, and the rejection says how to map them.
  channel: {
    email: 'email', web: 'web', web_form: 'web', web_widget: 'web', helpcenter: 'web', chat: 'chat', native_messaging: 'chat',
    voice: 'phone', sms: 'phone', api: 'api', web_service: 'api', mobile_sdk: 'api', twitter: 'social', facebook: 'social',
    instagram_dm: 'social', whatsapp: 'social', line: 'social', wechat: 'social', telegram: 'social', viber: 'social',
    any_channel: 'social',
  },
  status: { new: 'new', open: 'open', pending: 'pending', hold: 'on-hold', solved: 'solved', closed: 'closed' },
  team: {},
};
const FRESHDESK_VALUES: HelpdeskValueMaps = {
  priority: { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' },
  channel: { 1: 'email', 2: 'web', 3: 'phone', 7: 'chat', 9: 'web', 10: 'email' },
  status: { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' },
  team: {},
};
/** owner/name's room in a 64-character ticket id `owner:name:number`: the id adds ':' and up to ten digits. */
const GITHUB_REPOSITORY_ID_ROOM = 64 - 1 - 10;
const GITHUB_LABELS: GitHubIssuesSourceSettings['labels'] = {
  priority: { 'priority: urgent': 'urgent', 'priority: high': 'high', 'priority: low': 'low', p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' },
  team: {},
  category: { bug: 'bug', question: 'question', 'feature request': 'feature request' },
  pending: ['waiting for customer', 'needs more info'],
  onHold: ['on hold', 'blocked'],
};

function helpdeskValues(defaults: HelpdeskValueMaps, values: { priority?: Record<string, string | undefined>; channel?: Record<string, string | undefined>; status?: Record<string, string | undefined>; team?: Record<string, string | undefined> } | undefined): HelpdeskValueMaps {
  return {
    priority: { ...defaults.priority, ...definedEntries(values?.priority) } as HelpdeskValueMaps['priority'],
    channel: { ...defaults.channel, ...definedEntries(values?.channel) } as HelpdeskValueMaps['channel'],
    status: { ...defaults.status, ...definedEntries(values?.status) } as HelpdeskValueMaps['status'],
    team: { ...defaults.team, ...definedEntries(values?.team) },
  };
}

function lowerKeys<T>(map: Record<string, T | undefined> | undefined, defaults: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = { ...defaults };
  for (const [k, v] of Object.entries(map ?? {})) if (v !== undefined) out[k.toLowerCase()] = v;
  return out;
}

type SourceDocumentPart = NonNullable<PipelineDocument['source']>;

/** zendesk, freshdesk, github-issues: the settings block for the type must be there; defaults filled. */
function normaliseHelpdeskSource(ctx: DocumentContext, doc: SourceDocumentPart): PipelineSettings['source'] | null {
  const key = doc.type === 'github-issues' ? 'githubIssues' : doc.type;
  const others = (['csv', 'sample', 'zendesk', 'freshdesk', 'githubIssues'] as const).filter((k) => k !== key && doc[k] !== undefined);
  for (const other of others) ctx.warning(['source', other], `source.${other} is ignored because source.type is ${doc.type}`, 'source');
  const required = { zendesk: 'subdomain', freshdesk: 'domain', githubIssues: 'repositories' }[key as 'zendesk' | 'freshdesk' | 'githubIssues'];
  if (doc.type === 'zendesk' && doc.zendesk) {
    const z = doc.zendesk;
    return {
      type: 'zendesk',
      zendesk: {
        subdomain: z.subdomain,
        baseUrl: (z.baseUrl ?? `https://${z.subdomain}.zendesk.com`).replace(/\/+$/, ''),
        emailEnv: z.emailEnv ?? 'ZENDESK_EMAIL',
        tokenEnv: z.tokenEnv ?? 'ZENDESK_API_TOKEN',
        startDate: z.startDate ?? null,
        defaultPriority: z.defaultPriority ?? 'normal',
        concurrency: z.concurrency ?? 4,
        tieOut: z.tieOut ?? false,
        values: helpdeskValues(ZENDESK_VALUES, z.values),
        category: categoryMapping(z.category),
        team: teamMapping(z.team),
        maxShare: maxShare(ctx, ['source', 'zendesk', 'maxShare'], z.maxShare),
        highVolume: z.highVolume ?? false,
      },
    };
  }
  if (doc.type === 'freshdesk' && doc.freshdesk) {
    const f = doc.freshdesk;
    return {
      type: 'freshdesk',
      freshdesk: {
        domain: f.domain,
        baseUrl: (f.baseUrl ?? `https://${f.domain}.freshdesk.com`).replace(/\/+$/, ''),
        tokenEnv: f.tokenEnv ?? 'FRESHDESK_API_KEY',
        startDate: f.startDate ?? null,
        pageCap: f.pageCap ?? 300,
        concurrency: f.concurrency ?? 4,
        values: helpdeskValues(FRESHDESK_VALUES, f.values),
        category: categoryMapping(f.category),
        team: teamMapping(f.team),
        maxShare: maxShare(ctx, ['source', 'freshdesk', 'maxShare'], f.maxShare),
      },
    };
  }
  if (doc.type === 'github-issues' && doc.githubIssues) {
    const g = doc.githubIssues;
    const labels = g.labels;
    // With several repositories a ticket's id is `owner:name:number` and must fit the ticket schema's 64 characters;
    // issue numbers are given ten digits' room, so a long name is refused here, not every issue at the fetch.
    if (g.repositories.length > 1) {
      g.repositories.forEach((repository, i) => {
        if (repository.length > GITHUB_REPOSITORY_ID_ROOM) {
          ctx.error(['source', 'githubIssues', 'repositories', i], `source.githubIssues.repositories: "${repository}" is ${repository.length} characters: with several repositories each ticket id is owner:name:number (at most 64 characters), so owner/name may be at most ${GITHUB_REPOSITORY_ID_ROOM} characters; read it from a pipeline of its own`, 'value');
        }
      });
    }
    return {
      type: 'github-issues',
      githubIssues: {
        repositories: [...g.repositories],
        baseUrl: g.baseUrl ?? null,
        tokenEnv: g.tokenEnv ?? 'GITHUB_TOKEN',
        startDate: g.startDate ?? null,
        agents: { teamMembers: g.agents?.teamMembers ?? true, authorAssociations: g.agents?.authorAssociations ? [...g.agents.authorAssociations] : ['OWNER', 'MEMBER'] },
        labels: {
          priority: lowerKeys(labels?.priority, GITHUB_LABELS.priority),
          team: lowerKeys(labels?.team, GITHUB_LABELS.team),
          category: lowerKeys(labels?.category, GITHUB_LABELS.category),
          pending: (labels?.pending ?? GITHUB_LABELS.pending).map((l) => l.toLowerCase()),
          onHold: (labels?.onHold ?? GITHUB_LABELS.onHold).map((l) => l.toLowerCase()),
        },
        defaultPriority: g.defaultPriority ?? 'normal',
        channel: g.channel ?? 'web',
        concurrency: g.concurrency ?? 2,
        maxShare: maxShare(ctx, ['source', 'githubIssues', 'maxShare'], g.maxShare),
      },
    };
  }
  ctx.error(['source'], `source: missing required property "${key}": the ${doc.type} source needs source.${key} with at least ${required}`, 'source');
  return null;
}

type SourceBlock = NonNullable<SourceDocumentPart['zendesk'] | SourceDocumentPart['freshdesk']>;

/** `type`, `{ field }` or `{ tags }` as the model keeps it (field ids as text, tags in the order written). */
function categoryMapping(doc: SourceBlock['category']): CategoryMapping {
  if (doc === undefined || doc === 'type') return { from: 'type' };
  if ('field' in doc) return { from: 'field', field: String(doc.field), values: doc.values ? definedEntries(doc.values) : null };
  return { from: 'tags', tags: Object.entries(definedEntries(doc.tags)) };
}

function teamMapping(doc: SourceBlock['team']): TeamMapping {
  return doc === undefined || doc === 'group' ? { from: 'group' } : { from: 'field', field: String(doc.field) };
}

/** The share of a rate limit a fetch may use: more than 0%, default 50%. */
function maxShare(ctx: DocumentContext, path: readonly PathSegment[], value: string | number | undefined): number {
  if (value === undefined) return 0.5;
  if (!parsePercentage(value).ok) {
    ctx.percentage(path, value);
    return 0.5;
  }
  const share = ctx.percentage(path, value);
  if (share === 0) {
    ctx.error(path, `${path.join('.')} is 0%: the fetch could make no request; write the share of the rate limit it may use, e.g. 50%`);
    return 0.5;
  }
  return share;
}

function definedEntries(map: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
}
