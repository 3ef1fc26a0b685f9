// Document fields in the words a reviewer reads: `1h`, `95%`, `urgent; email, web`, `24/7`. One function per
// kind lists the fields that matter, so a diff says "threshold 1h → 45m", not a YAML path.

import { formatDuration, formatPercentage } from '../model/values.ts';
import { goalText } from '../engine/report.ts';
import type {
  CalendarDefinition, LocalInterval, PolicyDefinition, ReviewCadence, ScorecardDefinition, SopDefinition,
  StandardDefinition, TeamDefinition, PipelineSettings,
} from '../model/model.ts';
import { proseChange } from './prose-diff.ts';
import type { FieldChange } from './review-data.ts';

export { wordDiff } from './prose-diff.ts';

type FieldReader<T> = { field: string; label: string; read: (d: T) => string | null; prose?: boolean };

function list(items: readonly string[] | undefined | null): string | null {
  return items && items.length ? items.join(', ') : null;
}

function reviewText(r: ReviewCadence): string {
  return `every ${r.everyText}, last ${r.last}`;
}

export function scopeText(s: StandardDefinition): string {
  const parts: string[] = [];
  const scope = s.scope;
  if (scope.priority?.length) parts.push(`priority ${scope.priority.join(', ')}`);
  if (scope.channel?.length) parts.push(`channel ${scope.channel.join(', ')}`);
  if (scope.team?.length) parts.push(`team ${scope.team.join(', ')}`);
  if (scope.category?.length) parts.push(`category ${scope.category.join(', ')}`);
  if (scope.tags?.length) parts.push(`tags ${scope.tags.join(', ')}`);
  return parts.length ? parts.join('; ') : 'every ticket';
}

const STANDARD_FIELDS: FieldReader<StandardDefinition>[] = [
  { field: 'title', label: 'title', read: (s) => s.title, prose: true },
  { field: 'metric', label: 'metric', read: (s) => s.metric },
  { field: 'threshold', label: 'threshold', read: (s) => (s.thresholdMinutes === null ? null : formatDuration(s.thresholdMinutes)) },
  { field: 'objective', label: 'objective', read: (s) => (s.objective === null ? null : formatPercentage(s.objective, 2)) },
  { field: 'target', label: 'target', read: (s) => (s.target === null ? null : goalText(s)) },
  { field: 'scope', label: 'scope', read: scopeText },
  { field: 'calendar', label: 'calendar', read: (s) => s.calendar ?? '24/7 (no calendar)' },
  { field: 'window', label: 'window', read: (s) => s.window.text },
  { field: 'minimumSample', label: 'minimum sample', read: (s) => (s.minimumSample === null ? null : String(s.minimumSample)) },
  { field: 'pauseStatuses', label: 'paused while', read: (s) => (s.metric === 'requester_wait_time' ? list(s.pauseStatuses) : null) },
  { field: 'scorecard', label: 'scorecard', read: (s) => s.scorecard },
  { field: 'owner', label: 'owner', read: (s) => s.owner },
  { field: 'effective', label: 'effective date', read: (s) => s.effective },
  { field: 'dimension', label: 'dimension', read: (s) => s.dimension },
  { field: 'review', label: 'review', read: (s) => reviewText(s.review) },
  { field: 'description', label: 'description', read: (s) => s.description, prose: true },
  { field: 'rationale', label: 'rationale', read: (s) => s.rationale, prose: true },
];

const SOP_FIELDS: FieldReader<SopDefinition>[] = [
  { field: 'title', label: 'title', read: (s) => s.title, prose: true },
  { field: 'status', label: 'status', read: (s) => s.status },
  { field: 'owner', label: 'owner', read: (s) => s.owner },
  { field: 'serves', label: 'serves', read: (s) => list(s.serves) },
  { field: 'summary', label: 'summary', read: (s) => s.summary, prose: true },
  { field: 'review', label: 'review', read: (s) => reviewText(s.review) },
];

const POLICY_FIELDS: FieldReader<PolicyDefinition>[] = [
  { field: 'title', label: 'title', read: (p) => p.title, prose: true },
  { field: 'status', label: 'status', read: (p) => p.status },
  { field: 'owner', label: 'owner', read: (p) => p.owner },
  { field: 'effective', label: 'effective date', read: (p) => p.effective },
  { field: 'review', label: 'review', read: (p) => reviewText(p.review) },
  { field: 'summary', label: 'summary', read: (p) => p.summary, prose: true },
  { field: 'body', label: 'text', read: (p) => p.body, prose: true },
];

const TEAM_FIELDS: FieldReader<TeamDefinition>[] = [
  { field: 'name', label: 'name', read: (t) => t.name },
  { field: 'githubTeam', label: 'GitHub team', read: (t) => t.githubTeam },
  { field: 'calendar', label: 'calendar', read: (t) => t.calendar },
  { field: 'description', label: 'description', read: (t) => t.description, prose: true },
];

const CALENDAR_FIELDS: FieldReader<CalendarDefinition>[] = [
  { field: 'name', label: 'name', read: (c) => c.name },
  { field: 'timezone', label: 'time zone', read: (c) => c.timezone },
];

const SCORECARD_FIELDS: FieldReader<ScorecardDefinition>[] = [
  { field: 'title', label: 'title', read: (s) => s.title, prose: true },
  { field: 'owner', label: 'owner', read: (s) => s.owner },
  { field: 'passMark', label: 'pass mark', read: (s) => formatPercentage(s.passMark, 2) },
  { field: 'behaviours', label: 'behaviours', read: (s) => s.behaviours.map((b) => `${b.id} (weight ${b.weight}${b.critical ? ', critical' : ''})`).join(', ') },
  { field: 'review', label: 'review', read: (s) => reviewText(s.review) },
];

const PIPELINE_FIELDS: FieldReader<PipelineSettings>[] = [
  { field: 'organisation', label: 'organisation', read: (p) => p.organisation },
  { field: 'owner', label: 'platform owner', read: (p) => p.owner ?? null },
  { field: 'source', label: 'source', read: (p) => p.source.type },
  { field: 'evaluation.minimumSample', label: 'minimum sample', read: (p) => String(p.evaluation.minimumSample) },
  { field: 'evaluation.atRiskBudget', label: 'at-risk budget', read: (p) => formatPercentage(p.evaluation.atRiskBudget, 2) },
  { field: 'evaluation.seriesDays', label: 'series days', read: (p) => String(p.evaluation.seriesDays) },
  { field: 'exclusions', label: 'exclusions', read: (p) => list(p.exclusions.map((e) => `${e.id} (${e.from} – ${e.to}${e.standards ? ` for ${e.standards.join(', ')}` : ''})`)) },
];

function diffFields<T>(readers: readonly FieldReader<T>[], before: T | null, after: T | null): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const r of readers) {
    const x = before === null ? null : r.read(before);
    const y = after === null ? null : r.read(after);
    if (x === y) continue;
    const prose = r.prose && x !== null && y !== null ? proseChange(x, y) : { words: null, hunks: null };
    changes.push({ field: r.field, label: r.label, before: x, after: y, ...prose });
  }
  return changes;
}

export const standardFields = (a: StandardDefinition | null, b: StandardDefinition | null) => diffFields(STANDARD_FIELDS, a, b);
export const sopFields = (a: SopDefinition | null, b: SopDefinition | null) => diffFields(SOP_FIELDS, a, b);
export const policyFields = (a: PolicyDefinition | null, b: PolicyDefinition | null) => diffFields(POLICY_FIELDS, a, b);
export const teamFields = (a: TeamDefinition | null, b: TeamDefinition | null) => diffFields(TEAM_FIELDS, a, b);
export const calendarFields = (a: CalendarDefinition | null, b: CalendarDefinition | null) => diffFields(CALENDAR_FIELDS, a, b);
export const scorecardFields = (a: ScorecardDefinition | null, b: ScorecardDefinition | null) => diffFields(SCORECARD_FIELDS, a, b);
export const pipelineFields = (a: PipelineSettings | null, b: PipelineSettings | null) => diffFields(PIPELINE_FIELDS, a, b);

function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const h = minutes >= 1440 && m === 0 ? 24 : Math.floor(m / 60);
  return `${String(h).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function intervalsText(intervals: readonly LocalInterval[] | null): string {
  if (intervals === null) return 'closed';
  return intervals.length ? intervals.map((i) => `${clock(i.start)}-${clock(i.end)}`).join(', ') : 'closed';
}
