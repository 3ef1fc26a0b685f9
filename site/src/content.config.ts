// Our own content loaders: every collection comes from `loadSiteData`, which validates the standards with
// our validator and the report with its JSON Schema, and THROWS on any problem, so one bad document fails
// the build with its file:line:col message. (Astro's file() loader would log the error and build anyway.)
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { loadSiteData, readSiteInput, type SiteData, type ReportStandard, type ChangeItem } from '../../scripts/publish/site-data.ts';
import type { HistoryEntry } from '../../scripts/publish/site-history.ts';
import type { WeekItem } from '../../scripts/publish/this-week.ts';
import type { StatusEntry } from '../../scripts/store/status-log.ts';
import type { ActionIssueRecord } from '../../scripts/store/action-issues.ts';
import type {
  PolicyDefinition, ScorecardDefinition, SopDefinition, StandardDefinition, TeamDefinition, PipelineSettings,
  CalendarDefinition,
} from '../../scripts/model/model.ts';
import type { Report } from '../../scripts/model/documents.generated.ts';
import { METRIC_IDS } from '../../scripts/model/metric-catalogue.ts';

let pending: { key: string; data: Promise<SiteData> } | null = null;

/** All collections read the same load; the input file names one build. */
async function siteData(): Promise<SiteData> {
  const input = await readSiteInput();
  const key = JSON.stringify(input);
  if (pending?.key !== key) pending = { key, data: loadSiteData(input) };
  return pending.data;
}

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const dimension = z.enum(['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles']);
const status = z.enum(['met', 'at-risk', 'breached', 'no-data']);
const history = z.array(z.custom<HistoryEntry>((v) => typeof v === 'object' && v !== null && 'commit' in v));

const standards = defineCollection({
  loader: async () => {
    const data = await siteData();
    const results = new Map(data.report.standards.map((r) => [r.id, r]));
    return data.model.standards.map((definition) => ({
      id: definition.id,
      title: definition.title,
      dimension: definition.dimension,
      metric: definition.metric,
      owner: definition.owner,
      status: results.get(definition.id)?.status ?? 'no-data',
      definition,
      result: results.get(definition.id) ?? null,
      history: data.histories[definition.origin.file] ?? [],
      statusLog: data.statusLog.filter((e) => e.standard === definition.id),
      actionIssue: data.actionIssues.find((r) => r.subject === `standard/${definition.id}`) ?? null,
    }));
  },
  schema: z.object({
    id,
    title: z.string().min(1),
    dimension,
    metric: z.enum(METRIC_IDS),
    owner: id,
    status,
    definition: z.custom<StandardDefinition>((v) => typeof v === 'object' && v !== null),
    result: z.custom<ReportStandard | null>((v) => v === null || (typeof v === 'object' && 'series' in v)),
    history,
    statusLog: z.array(z.custom<StatusEntry>((v) => typeof v === 'object' && v !== null && 'status' in v)),
    actionIssue: z.custom<ActionIssueRecord | null>((v) => v === null || (typeof v === 'object' && 'issue' in v)),
  }),
});

const sops = defineCollection({
  loader: async () => {
    const data = await siteData();
    return data.model.sops.map((definition) => ({ id: definition.id, title: definition.title, definition, history: data.histories[definition.origin.file] ?? [] }));
  },
  schema: z.object({ id, title: z.string().min(1), definition: z.custom<SopDefinition>((v) => typeof v === 'object' && v !== null), history }),
});

const policies = defineCollection({
  loader: async () => {
    const data = await siteData();
    return data.model.policies.map((definition) => ({ id: definition.id, title: definition.title, definition, history: data.histories[definition.origin.file] ?? [] }));
  },
  schema: z.object({ id, title: z.string().min(1), definition: z.custom<PolicyDefinition>((v) => typeof v === 'object' && v !== null), history }),
});

const scorecards = defineCollection({
  loader: async () => {
    const data = await siteData();
    return data.model.scorecards.map((definition) => ({ id: definition.id, title: definition.title, definition, history: data.histories[definition.origin.file] ?? [] }));
  },
  schema: z.object({ id, title: z.string().min(1), definition: z.custom<ScorecardDefinition>((v) => typeof v === 'object' && v !== null), history }),
});

const teams = defineCollection({
  loader: async () => (await siteData()).model.teams.map((definition) => ({ id: definition.id, name: definition.name, definition })),
  schema: z.object({ id, name: z.string().min(1), definition: z.custom<TeamDefinition>((v) => typeof v === 'object' && v !== null) }),
});

const calendars = defineCollection({
  loader: async () => (await siteData()).model.calendars.map((definition) => ({ id: definition.id, name: definition.name, definition })),
  schema: z.object({ id, name: z.string().min(1), definition: z.custom<CalendarDefinition>((v) => typeof v === 'object' && v !== null) }),
});

/** One entry, `site`: settings, the report's header, freshness and recent changes. */
const site = defineCollection({
  loader: async () => {
    const data = await siteData();
    // Things worth knowing that do not stop the build (a standard not in the report yet, a damaged record of
    // the corrective-action issues): said in the build's log, once.
    for (const note of data.notes) console.warn(`standards site: ${note}`);
    const { standards: _results, ...header } = data.report;
    return [{ id: 'site', pipeline: data.model.pipeline, report: header, now: data.now, stale: data.stale, changes: data.changes, thisWeek: data.thisWeek, notes: data.notes, repository: data.repository }];
  },
  schema: z.object({
    id: z.literal('site'),
    pipeline: z.custom<PipelineSettings>((v) => typeof v === 'object' && v !== null),
    report: z.custom<Omit<Report, 'standards'>>((v) => typeof v === 'object' && v !== null && 'data' in v),
    now: z.string(),
    stale: z.object({ stale: z.boolean(), minutesSinceFetch: z.number().nullable(), staleAfterMinutes: z.number() }),
    changes: z.array(z.custom<ChangeItem>((v) => typeof v === 'object' && v !== null)),
    thisWeek: z.array(z.custom<WeekItem>((v) => typeof v === 'object' && v !== null && 'kind' in v)),
    notes: z.array(z.string()),
    repository: z.string().nullable(),
  }),
});

export const collections = { standards, sops, policies, scorecards, teams, calendars, site };
