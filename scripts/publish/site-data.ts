// Everything the site shows, loaded in one place and checked: the validated model (a document with errors
// fails the build with the validator's file:line:col messages), the report (checked against its schema), and
// each document's git history. The Astro content loader (site/src/content.config.ts) calls `loadSiteData`.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStandardsModel, formatFindings } from '../model/load.ts';
import type { StandardsModel } from '../model/model.ts';
import type { Report } from '../model/documents.generated.ts';
import { createReportValidator, type ReportValidator } from './report-writer.ts';
import { gitHistoryReader, noHistory, readDocumentHistories, type HistoryEntry, type HistoryReader } from './site-history.ts';

export type ReportStandard = Report['standards'][number];

/** What `buildSite` hands to the content loader (as JSON in the file named by SITE_INPUT_ENV). */
export interface SiteInput {
  /** Repository root: standards/ and git live here. */
  root: string;
  /** Folder of the documents, relative to root. Default `standards`. */
  standardsDir?: string;
  reportFile: string;
  /** The build's "now" (ISO 8601); default: the report's `now`. Never the wall clock. */
  now?: string | null;
  /** Read git history for each document. Default true. */
  history?: boolean;
}

export const SITE_INPUT_ENV = 'SERVICE_STANDARDS_SITE_INPUT';

export interface ChangeItem {
  date: string;
  kind: 'Standard' | 'SOP' | 'Policy' | 'Scorecard';
  id: string;
  title: string;
  what: string;
  commit: string | null;
}

export interface SiteData {
  model: StandardsModel;
  report: Report;
  now: string;
  stale: { stale: boolean; minutesSinceFetch: number | null; staleAfterMinutes: number };
  histories: Record<string, HistoryEntry[]>;
  changes: ChangeItem[];
  /** Things worth knowing that do not stop the build (a standard missing from the report, ...). */
  notes: string[];
}

export class SiteDataError extends Error {
  override name = 'SiteDataError';
}

let reportValidator: ReportValidator | null = null;

/** Parses and schema-checks a report; throws a SiteDataError naming the file and each problem. */
export async function parseReport(text: string, file: string): Promise<Report> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SiteDataError(`${file}: the report is not valid JSON (${(error as Error).message}); run \`standards evaluate\` to write it again`);
  }
  const problems = (reportValidator ??= createReportValidator())(data);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((p) => `  ${file}: ${p}`).join('\n');
    throw new SiteDataError(`the report does not match schemas/report.schema.json:\n${shown}${problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ''}`);
  }
  return data as Report;
}

export function staleness(report: Report, now: string, staleAfterMinutes: number): SiteData['stale'] {
  const fetched = report.data.fetchedAt;
  if (fetched === null) return { stale: true, minutesSinceFetch: null, staleAfterMinutes };
  const minutes = Math.round((Date.parse(now) - Date.parse(fetched)) / 60_000);
  return { stale: minutes > staleAfterMinutes, minutesSinceFetch: minutes, staleAfterMinutes };
}

/** Newest first: git commits to any document, or SOP changelog entries when a document has no git history. */
export function recentChanges(model: StandardsModel, histories: Record<string, HistoryEntry[]>): ChangeItem[] {
  const items: ChangeItem[] = [];
  const documents = [
    ...model.standards.map((d) => ({ kind: 'Standard' as const, d })),
    ...model.sops.map((d) => ({ kind: 'SOP' as const, d })),
    ...model.policies.map((d) => ({ kind: 'Policy' as const, d })),
    ...model.scorecards.map((d) => ({ kind: 'Scorecard' as const, d })),
  ];
  for (const { kind, d } of documents) {
    const history = histories[d.origin.file] ?? [];
    if (history.length > 0) {
      for (const h of history) {
        items.push({ date: h.date.slice(0, 10), kind, id: d.id, title: d.title, what: h.subject, commit: h.commit });
      }
    } else if (kind === 'SOP' && 'changelog' in d) {
      for (const c of d.changelog) items.push({ date: c.date, kind, id: d.id, title: d.title, what: `Version ${c.version}: ${c.summary}`, commit: null });
    }
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

export interface LoadSiteDataOptions {
  historyReader?: HistoryReader;
}

export async function loadSiteData(input: SiteInput, options: LoadSiteDataOptions = {}): Promise<SiteData> {
  const reportText = await readFile(input.reportFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new SiteDataError(`cannot read the report ${input.reportFile} (${error.code ?? error.message}): run \`standards evaluate\` first`);
  });
  const report = await parseReport(reportText, input.reportFile);
  const now = input.now ?? report.now;
  const { model, findings } = await loadStandardsModel({ root: input.root, dir: input.standardsDir ?? 'standards', today: now.slice(0, 10) });
  if (!model || findings.some((f) => f.severity === 'error')) {
    throw new SiteDataError(`the standards have errors, so the site was not built:\n${formatFindings(findings)}`);
  }
  const notes: string[] = [];
  const reported = new Set(report.standards.map((s) => s.id));
  for (const s of model.standards) {
    if (!reported.has(s.id)) notes.push(`standard ${s.id} is not in the report yet: it is shown as not evaluated`);
  }
  const defined = new Set(model.standards.map((s) => s.id));
  for (const s of report.standards) {
    if (!defined.has(s.id)) notes.push(`the report has standard ${s.id}, which is no longer defined: it is left out`);
  }
  const reader = input.history === false ? noHistory : options.historyReader ?? gitHistoryReader(input.root);
  const files = [...model.standards, ...model.sops, ...model.policies, ...model.scorecards].map((d) => d.origin.file);
  let histories;
  try {
    histories = Object.fromEntries(await readDocumentHistories(files, reader));
  } finally {
    reader.close?.();
  }
  return {
    model,
    report,
    now,
    stale: staleness(report, now, model.pipeline.site.staleAfterMinutes),
    histories,
    changes: recentChanges(model, histories),
    notes,
  };
}

export async function readSiteInput(env: NodeJS.ProcessEnv = process.env): Promise<SiteInput> {
  const file = env[SITE_INPUT_ENV];
  if (!file) {
    throw new SiteDataError(`${SITE_INPUT_ENV} is not set: build the site with \`standards site\` (or npm run site:build), which tells the site where the standards and the report are`);
  }
  return JSON.parse(await readFile(file, 'utf8')) as SiteInput;
}
