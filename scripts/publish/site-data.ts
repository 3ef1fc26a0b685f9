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
import { parseStatusLog, statusTransitions, STATUS_LOG_FILE, type StatusEntry } from '../store/status-log.ts';
import { ACTION_ISSUES_FILE, parseActionIssues, type ActionIssueRecord } from '../store/action-issues.ts';
import { gitHistoryReader, noHistory, readDocumentHistories, type HistoryEntry, type HistoryReader } from './site-history.ts';
import { thisWeek, type WeekItem } from './this-week.ts';

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
  /** The status log; default: status-log.ndjson beside the report (both live in the store). */
  statusLogFile?: string | null;
  /** `owner/name` of the corrective-action issues; default: the Pipeline's actions.repository. */
  repository?: string | null;
  /** The corrective-action issues the last actions job recorded; default: action-issues.ndjson beside the report. */
  actionIssuesFile?: string | null;
}

export const SITE_INPUT_ENV = 'SERVICE_STANDARDS_SITE_INPUT';

/** One dated item of "What changed": a document's change, or a standard's change of status. */
export interface ChangeItem {
  date: string;
  kind: 'Standard' | 'SOP' | 'Policy' | 'Scorecard' | 'Status';
  /** Where it came from: a changelog entry, the document's history in plain words, the status log, or only a commit subject. */
  source: 'changelog' | 'history' | 'status' | 'commit';
  /** The documents it concerns (several when one commit changed many documents the same way). */
  documents: { kind: 'Standard' | 'SOP' | 'Policy' | 'Scorecard'; id: string; title: string }[];
  what: string;
  /** SOP version, when the item is an SOP changelog entry. */
  version: number | null;
  commit: string | null;
  /** Status items: the new status. */
  status?: 'met' | 'at-risk' | 'breached' | 'no-data';
}

export interface SiteData {
  model: StandardsModel;
  report: Report;
  now: string;
  stale: { stale: boolean; minutesSinceFetch: number | null; staleAfterMinutes: number };
  histories: Record<string, HistoryEntry[]>;
  changes: ChangeItem[];
  /** The last 7 days' status changes, goal changes and SOP versions, newest first (this-week.ts). */
  thisWeek: WeekItem[];
  /** The store's status log (oldest first); empty when there is none yet. */
  statusLog: StatusEntry[];
  /** `owner/name` of the repository the corrective-action issues live in, or null. */
  repository: string | null;
  /** Each subject's corrective-action issue as the last actions job left it (store/action-issues.ts); empty when none. */
  actionIssues: ActionIssueRecord[];
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

const STATUS_WORDS: Record<string, string> = { met: 'met', 'at-risk': 'at risk', breached: 'breached', 'no-data': 'without enough data' };

function fieldWords(f: { field: string; before: string | null; after: string | null }): string {
  if (f.before === null) return `${f.field} set to ${f.after}`;
  if (f.after === null) return `${f.field} removed (was ${f.before})`;
  return `${f.field} ${f.before} → ${f.after}`;
}

/**
 * "What changed" as one dated feed, newest first: SOP changelog entries (their own dates and versions, the
 * same the SOP page shows), standard changes from git history in plain words (which fields changed), status
 * changes from the status log, and commit subjects only for documents with nothing better. A commit that
 * changed many documents the same way is one item naming them all.
 */
export function recentChanges(model: StandardsModel, histories: Record<string, HistoryEntry[]>, statusLog: readonly StatusEntry[] = []): ChangeItem[] {
  const items: ChangeItem[] = [];
  const doc = <K extends ChangeItem['documents'][number]['kind']>(kind: K, d: { id: string; title: string }) => ({ kind, id: d.id, title: d.title });
  for (const sop of model.sops) {
    for (const c of sop.changelog) items.push({ date: c.date, kind: 'SOP', source: 'changelog', documents: [doc('SOP', sop)], what: `Version ${c.version}: ${c.summary}`, version: c.version, commit: null });
  }
  for (const s of model.standards) {
    for (const h of histories[s.origin.file] ?? []) {
      const what = h.created ? 'Standard added' : h.fields.length > 0 ? `Changed: ${h.fields.map(fieldWords).join('; ')}` : null;
      items.push({ date: h.date.slice(0, 10), kind: 'Standard', source: what ? 'history' : 'commit', documents: [doc('Standard', s)], what: what ?? h.subject, version: null, commit: h.commit });
    }
  }
  for (const [kind, list] of [['Policy', model.policies], ['Scorecard', model.scorecards]] as const) {
    for (const d of list) {
      for (const h of histories[d.origin.file] ?? []) {
        items.push({ date: h.date.slice(0, 10), kind, source: h.created ? 'history' : 'commit', documents: [doc(kind, d)], what: h.created ? `${kind} added` : h.subject, version: null, commit: h.commit });
      }
    }
  }
  const titles = new Map(model.standards.map((s) => [s.id, s.title]));
  for (const t of statusTransitions(statusLog)) {
    const title = titles.get(t.standard);
    if (!title) continue;
    items.push({
      date: t.date, kind: 'Status', source: 'status', documents: [{ kind: 'Standard', id: t.standard, title }],
      what: `Now ${STATUS_WORDS[t.to]} (was ${STATUS_WORDS[t.from]})${t.versionChanged ? ', after a change to the standard' : ''}`,
      version: null, commit: null, status: t.to,
    });
  }
  // One item per (date, kind, source, what) for history and commits: an initial import is one line, not 21.
  const merged = new Map<string, ChangeItem>();
  const out: ChangeItem[] = [];
  for (const item of items) {
    if (item.source !== 'history' && item.source !== 'commit') { out.push(item); continue; }
    const key = `${item.date}\u0000${item.kind}\u0000${item.source}\u0000${item.what}`;
    const existing = merged.get(key);
    if (existing) existing.documents.push(...item.documents);
    else { merged.set(key, item); out.push(item); }
  }
  const rank = { Status: 0, Standard: 1, SOP: 2, Policy: 3, Scorecard: 4 } as const;
  return out.sort((a, b) => b.date.localeCompare(a.date) || rank[a.kind] - rank[b.kind] || a.documents[0]!.title.localeCompare(b.documents[0]!.title));
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
  const histories = Object.fromEntries(await readDocumentHistories(files, reader));
  const statusLogFile = input.statusLogFile === undefined ? path.join(path.dirname(input.reportFile), STATUS_LOG_FILE) : input.statusLogFile;
  const statusLog = statusLogFile ? await readStatusLogFile(statusLogFile) : [];
  const actionIssuesFile = input.actionIssuesFile === undefined ? path.join(path.dirname(input.reportFile), ACTION_ISSUES_FILE) : input.actionIssuesFile;
  const actionIssues = actionIssuesFile ? await readActionIssuesFile(actionIssuesFile, notes) : [];
  return {
    model,
    report,
    now,
    stale: staleness(report, now, model.pipeline.site.staleAfterMinutes),
    histories,
    changes: recentChanges(model, histories, statusLog),
    thisWeek: thisWeek({ model, report, histories, statusLog, today: now.slice(0, 10) }),
    statusLog,
    repository: input.repository ?? model.pipeline.actions.repository,
    actionIssues,
    notes,
  };
}

/**
 * The issues are a convenience on the pages (the issue itself is on GitHub): a damaged file is noted and the
 * site builds without it, and the next actions run writes it again.
 */
async function readActionIssuesFile(file: string, notes: string[]): Promise<ActionIssueRecord[]> {
  try {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    return bytes ? parseActionIssues(new TextDecoder('utf-8', { fatal: true }).decode(bytes), file) : [];
  } catch (error) {
    notes.push(`the corrective-action issues in ${file} could not be read, so the pages link to an issue search instead: ${(error as Error).message}`);
    return [];
  }
}

async function readStatusLogFile(file: string): Promise<StatusEntry[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new SiteDataError(`cannot read the status log ${file} (${error.code ?? error.message})`);
  });
  if (text === null) return [];
  try {
    return parseStatusLog(text, file);
  } catch (error) {
    throw new SiteDataError(`the status log is damaged: ${(error as Error).message}`);
  }
}

export async function readSiteInput(env: NodeJS.ProcessEnv = process.env): Promise<SiteInput> {
  const file = env[SITE_INPUT_ENV];
  if (!file) {
    throw new SiteDataError(`${SITE_INPUT_ENV} is not set: build the site with \`standards site\` (or npm run site:build), which tells the site where the standards and the report are`);
  }
  return JSON.parse(await readFile(file, 'utf8')) as SiteInput;
}
