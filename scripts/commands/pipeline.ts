// `standards fetch | evaluate | site | pipeline`: the nightly job's steps. Each step is a function of the
// loaded model, the repository root and "now"; this file only sequences them, times them and prints.
// A step that fails stops the run before anything later is written: yesterday's store and report stay.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { Settings } from 'luxon';
import type { StandardsModel, Report } from '../model/model.ts';
import { formatFindings, hasErrors, plural } from '../model/findings.ts';
import { ZONED_ISO_INSTANT } from '../model/values.ts';
import type { FetchSummary } from '../sources/fetch.ts';
import { nodeStoreFileSystem } from '../store/atomic-write.ts';
import { readRejections, withFetchRejections } from '../store/fetch-rejections.ts';
import { finishCommittedFetches } from '../store/committed-fetches.ts';
import { acquireStoreLock, type StoreLock } from '../store/store-lock.ts';
import { sweepWritersLeftovers } from '../store/writers-temp-sweep.ts';
import { openTicketStore } from '../store/ticket-store.ts';
import { evaluateEntries } from '../engine/evaluate.ts';
import { OLD_AFTER_MS } from '../engine/day-counters.ts';
import { describeFactsCacheRun, storeEntries } from '../store/ticket-facts-cache.ts';
import { clockFor } from '../engine/business-time.ts';
import { historyDocuments, readDocumentHistoryKept, shallowHistoryStart } from '../model/standard-history.ts';
import { foldersOf, withKeptGitReads } from '../model/git-history.ts';
import { noStandardsFolder } from '../model/document-files.ts';
import { keep, loadModelKept, modelCacheDir, readKept } from '../model/model-cache.ts';
import { preparedSpans, seedZoneOffsets, type PreparedSpan } from '../engine/zone-offsets.ts';
import { withCalendarVersions } from '../model/calendar-versions.ts';
import { versionsOfModel } from '../model/standard-versions.ts';
import { writeReport } from '../publish/report-writer.ts';
import { recordStatusDay } from '../store/status-log.ts';
import { storeScopeGaps, withScopeGaps } from './scope-gaps.ts';
import { loadPeopleInputs, qaAgentSection, withImportRejections } from './people-inputs.ts';
import { atStopPoint, terminationSignal, throwIfStopped, untilStopped } from '../model/run-termination.ts';
import { EXIT, UsageError, appendJobSummary, paint, type CommandIO } from './io.ts';

/** The changed day files' bytes from which a night reads them on a second thread (ticket-facts-cache.ts `threadFromBytes`). */
const THREAD_FROM_BYTES = 160 * 1024 * 1024;

export interface PipelineArgs {
  now: string | null;
  tickets: string | null;
  seed: string | null;
  site: boolean;
  /** fetch/pipeline: backfill from this day or instant (`--since`). */
  since?: string | null;
  /** fetch: fetch and report, write nothing (`--dry-run`). */
  dryRun?: boolean;
  /** fetch/pipeline: let a full re-import shrink stored days (`--allow-shrink`). */
  allowShrink?: boolean;
  /** evaluate/pipeline: read every stored day file again, ignoring the facts cache (`--full`). */
  full?: boolean;
  /** site/pipeline: the site's output folder, absolute (`--out`, given relative to the current folder); default the tool's site/dist. */
  out?: string | null;
}

export const reportFileOf = (function reportFileOf(io: CommandIO, model: StandardsModel): string {
  return path.resolve(io.root, model.pipeline.storeDir, 'report.json');
});

export const parseNow = (function parseNow(io: CommandIO, text: string | null): Date {
  if (text === null) return io.now();
  const ms = Date.parse(text);
  if (!ZONED_ISO_INSTANT.test(text) || Number.isNaN(ms)) {
    throw new UsageError(`--now must be an ISO 8601 instant like 2026-11-23T06:00:00Z, got "${text}"`);
  }
  return new Date(ms);
});

/** --since as an instant; with `now`, one after it is refused (no change was made since then: the line and the sources would disagree on where the backfill reads from). */
function parseSince(text: string | null | undefined, now?: Date): Date | null {
  if (text === null || text === undefined) return null;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : ZONED_ISO_INSTANT.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) throw new UsageError(`--since must be a day like 2026-01-01 (UTC midnight) or an ISO 8601 instant like 2026-01-01T00:00:00Z, got "${text}"`);
  if (now !== undefined && ms > now.getTime()) throw new UsageError(`--since ${text} is after now (${now.toISOString()}): a backfill reads what changed since an earlier instant`);
  return new Date(ms);
}

function positiveInteger(name: string, text: string | null): number | null {
  if (text === null) return null;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}

/** Applies --tickets/--seed to the sample source; refuses them for other sources rather than ignoring them. */
function withOverrides(model: StandardsModel, args: PipelineArgs): StandardsModel {
  const tickets = positiveInteger('tickets', args.tickets);
  const seed = positiveInteger('seed', args.seed);
  if (tickets === null && seed === null) return model;
  const source = model.pipeline.source;
  if (source.type !== 'sample') throw new UsageError(`--tickets and --seed apply to the sample source only; standards/pipeline.yaml uses ${source.type}`);
  return { ...model, pipeline: { ...model.pipeline, source: { ...source, tickets: tickets ?? source.tickets, seed: seed ?? source.seed } } };
}

/** One step of a run; a run stopped by SIGTERM or SIGINT (run-termination.ts) starts no further step. */
const step = (async function step<T>(io: CommandIO, name: string, work: () => Promise<T>): Promise<T> {
  throwIfStopped();
  // process.hrtime, not `performance`: that global loads node:perf_hooks with its histograms and timers (≈ 2 ms a run).
  const started = process.hrtime.bigint();
  io.stderr(paint(io, 'cyan', `▸ ${name}`));
  const result = await work();
  await atStopPoint(`after ${name}`);
  throwIfStopped();
  io.stderr(paint(io, 'dim', `  ${name} done in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`));
  return result;
});

export const loadValidModel = (async function loadValidModel(io: CommandIO): Promise<StandardsModel | null> {
  // Kept between runs (model-cache.ts): the documents rarely change between two commands of the pipeline.
  let loaded;
  try {
    loaded = await loadModelKept({ root: io.root, strict: false, today: io.now().toISOString().slice(0, 10) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(noStandardsFolder(io.root));
    throw error;
  }
  const { model, findings } = loaded;
  if (findings.length) io.stderr(formatFindings(findings, { color: io.color }));
  if (!model || hasErrors(findings)) {
    io.stderr(paint(io, 'red', 'standards: the documents have errors, so nothing else ran'));
    return null;
  }
  return model;
});

/** Holds the store lock for `work`: a second pipeline in the same checkout waits for this one, or refuses. */
const withStoreLock = (async function withStoreLock<T>(io: CommandIO, model: StandardsModel, command: string, work: (lock: StoreLock) => Promise<T>): Promise<T> {
  const lock = await acquireStoreLock(path.resolve(io.root, model.pipeline.storeDir), { fs: nodeStoreFileSystem, command, log: (line) => io.stderr(`  ${line}`) });
  try {
    return await work(lock);
  } finally {
    await lock.release();
  }
});

export async function fetchStep(io: CommandIO, model: StandardsModel, now: Date, args: Partial<PipelineArgs> = {}, lock?: StoreLock): Promise<FetchSummary> {
  // Loaded here, not with this module: the sources bring their HTTP clients, which `evaluate` does not need.
  const { fetchProgressReporter, runFetch } = await import('../sources/fetch.ts');
  const { importBesideTickets, ticketCursorText } = await import('./imports-beside-tickets.ts');
  // A terminal gets one progress line rewritten in place; a CI log one line per group of batches.
  const terminal = io.color && !io.env.CI;
  const ticketCursorBefore = await ticketCursorText(io.root, model);
  const fetched = await runFetch({
    model,
    root: io.root,
    now,
    env: io.env,
    log: (line) => io.stderr(`  ${line}`),
    since: parseSince(args.since),
    dryRun: args.dryRun === true,
    allowShrink: args.allowShrink === true,
    progress: fetchProgressReporter(terminal ? 'terminal' : 'lines', io.stderr),
    ...(lock ? { lock } : {}),
  });
  await importBesideTickets({ root: io.root, model, now, fetched, ticketCursorBefore, dryRun: args.dryRun === true, log: (line) => io.stderr(`  ${line}`) });
  return fetched;
}

/**
 * Each measurement is judged by the version of its standard in force when it completed, in the hours of the
 * version of its calendar that applied to each day: the versions come from git.
 */
export const withHistory = (async function withHistory(io: CommandIO, model: StandardsModel, now: Date): Promise<{ versioned: StandardsModel; versionsOf: ReturnType<typeof versionsOfModel> }> {
  const history = await readDocumentHistoryKept(io.root, historyDocuments(model));
  if (history.unavailable !== null) io.stderr(`  history: not read (${history.unavailable.split('\n')[0]}); each standard and calendar counts as it is now`);
  else {
    const start = await shallowHistoryStart(io.root);
    if (start !== null) io.stderr(`  history: this clone is shallow, its history starts ${start.slice(0, 10)}: versions of standards and calendars from before then are not seen, and earlier days are judged by each one's oldest version in this clone; \`git fetch --unshallow\` reads the whole history (the nightly workflow checks out with fetch-depth: 0)`);
  }
  const versioned = withCalendarVersions(model, history.calendars, now);
  return { versioned, versionsOf: versionsOfModel(versioned, history.standards) };
});

/**
 * Runs `work` with the time-zone offsets earlier runs of this Node prepared (zone-offsets.ts: sampling a zone's
 * offsets over the years a calendar covers costs ≈ 0.02 s a zone, every run), and keeps what it prepared anew.
 * Kept beside the model (model-cache.ts), keyed by Node's versions and time-zone data and by the sampling code.
 */
export const withKeptZoneOffsets = (async function withKeptZoneOffsets<T>(root: string, work: () => Promise<T>): Promise<T> {
  const dir = modelCacheDir(root);
  const key = createHash('sha256')
    .update(JSON.stringify([process.versions.node, process.versions.icu, process.versions.tz, process.versions.unicode]))
    .update(readFileSync(new URL('../engine/zone-offsets.ts', import.meta.url)))
    .digest('hex');
  const spans = await readKept<PreparedSpan[]>(dir, 'zone-offsets', key);
  if (Array.isArray(spans)) seedZoneOffsets(spans);
  const before = JSON.stringify(preparedSpans());
  const result = await work();
  const after = preparedSpans();
  if (JSON.stringify(after) !== before) await keep(dir, 'zone-offsets', key, after);
  return result;
});

/** Finishes a fetch a killed run had committed, or refuses: no command reads a half-installed store. */
export const readyStore = (async function readyStore(io: CommandIO, model: StandardsModel, command: string, lock?: StoreLock): Promise<void> {
  await finishCommittedFetches(path.resolve(io.root, model.pipeline.storeDir), { fs: nodeStoreFileSystem, command, log: (line) => io.stderr(`  ${line}`), ...(lock ? { lock } : {}) });
});

/**
 * Runs `work` with luxon's default locale fixed. Made without one, a DateTime (or the Duration luxon makes for its own
 * arithmetic) asks Intl for the system's locale, and the first time a process does, Intl loads its locale data
 * (≈ 0.03 s of CPU, every run of standards without a business calendar, which otherwise never touch Intl). Nothing an
 * evaluation writes is formatted in a locale (instants, ISO dates, day arithmetic, ISO weeks): the report is the same.
 */
const withFixedDateLocale = (async function withFixedDateLocale<T>(work: () => Promise<T>): Promise<T> {
  const before = Settings.defaultLocale;
  Settings.defaultLocale = before ?? 'en-US';
  try {
    return await work();
  } finally {
    Settings.defaultLocale = before;
  }
});

export const evaluateStep = (async function evaluateStep(io: CommandIO, model: StandardsModel, now: Date, options: { full?: boolean; lock?: StoreLock } = {}): Promise<Report> {
  // The standards' history, the SOPs' publications and the teams' memberships read the same git log: one git process
  // gives them all, and a repository as the last run left it (same commit, configuration, attributes, git) none (git-state.ts).
  const folders = foldersOf([...model.standards, ...model.calendars, ...model.sops, ...model.teams].map((d) => d.origin.file));
  return withFixedDateLocale(() => withKeptGitReads(io.root, modelCacheDir(io.root), folders, () => evaluateStepIn(io, model, now, options)));
});

const evaluateStepIn = (async function evaluateStepIn(io: CommandIO, model: StandardsModel, now: Date, options: { full?: boolean; lock?: StoreLock }): Promise<Report> {
  await readyStore(io, model, 'evaluate', options.lock);
  const store = openTicketStore(path.resolve(io.root, model.pipeline.storeDir));
  // A killed run's temp files where this one writes (writers-temp-sweep.ts); only under the lock, as every writer there holds it.
  if (options.lock) await sweepWritersLeftovers(nodeStoreFileSystem, store.dir, (line) => io.stderr(`  ${line}`));
  // Day files unchanged since the last evaluation are read from the facts cache beside the store; --full reads them all.
  // With a second core, the changed days' files are read and parsed on a second thread while the first counts,
  // when they are many enough to pay for the thread's start: at 100k and 1M tickets a night's changed days (4.5 and
  // 81 MB) were as fast without it and cost 0.1–0.4 s less CPU; at 3M (34 days, 281 MB) it saved ≈ 0.45 s wall.
  const facts = storeEntries(store, { full: options.full === true, changingFromMs: now.getTime() - OLD_AFTER_MS, thread: availableParallelism() > 1, threadFromBytes: THREAD_FROM_BYTES });
  const cursor = await store.readCursor();
  const { versioned, versionsOf } = await withHistory(io, model, now);
  const people = await loadPeopleInputs(io.root, store.dir, model);
  if (people.historyUnavailable !== null && model.standards.some((s) => s.metric === 'sop_acknowledgement')) io.stderr(`  SOP publications: not read (${people.historyUnavailable.split('\n')[0]}); sop_acknowledgement measures no SOP version, as none has a known publication`);
  if (people.membershipUnavailable !== null) io.stderr(`  team membership history: not read (${people.membershipUnavailable.split('\n')[0]}); qa_coverage and sop_acknowledgement count each team's members as listed now for every past week and SOP version`);
  const evaluated = await withKeptZoneOffsets(io.root, () => evaluateEntries({
    people: people.people,
    model: versioned,
    // A stopped run stops between day files.
    days: untilStopped(facts.days),
    worstFacts: facts.worstFacts,
    now,
    clockFor,
    versionsOf,
    data: { source: cursor?.source ?? model.pipeline.source.type, fetchedAt: cursor?.fetchedAt ?? null },
    generatedAt: io.now(),
  }));
  io.stderr(`  ${describeFactsCacheRun(facts.run)}`);
  // Records the fetches could not store are counted on every run, not only the night they arrived.
  // Scopes naming a value no stored ticket carries read nothing: say so, rather than let them show "no data" quietly.
  const gaps = await storeScopeGaps(io.root, model, facts.listedDays() ?? undefined);
  for (const gap of gaps ?? []) io.stderr(`  warning: ${gap.standard}: scope.${gap.field}: ${gap.message}`);
  const report = withScopeGaps(withImportRejections(withFetchRejections(evaluated, await readRejections(nodeStoreFileSystem, store.dir)), people.skipped), gaps);
  const file = reportFileOf(io, model);
  // A stopped run writes no report: the previous one stays.
  await atStopPoint('before report');
  throwIfStopped();
  await writeReport(file, report);
  io.stderr(`  report: ${path.relative(io.root, file)} (${plural(report.standards.length, 'standard')}, ${plural(report.data.tickets, 'ticket')})`);
  await recordStatusDay(io.root, model, report, (line) => io.stderr(`  ${line}`));
  return report;
});

/** Refuses an output folder the site must not replace (`--out`: publish/site-output.ts), before any work. */
const checkSiteOutput = (async function checkSiteOutput(io: CommandIO, model: StandardsModel, out: string | null | undefined): Promise<void> {
  if (out === null || out === undefined) return;
  const [{ siteOutputProblem }, { SITE_DIR }] = await Promise.all([import('../publish/site-output.ts'), import('../publish/site-build.ts')]);
  const problem = await siteOutputProblem(out, {
    root: io.root, standards: path.resolve(io.root, 'standards'), store: path.resolve(io.root, model.pipeline.storeDir), siteProject: SITE_DIR, cwd: process.cwd(),
  });
  if (problem !== null) throw new UsageError(problem);
});

export async function siteStep(io: CommandIO, model: StandardsModel, now: Date, out: string | null = null): Promise<string> {
  await checkSiteOutput(io, model, out);
  await readyStore(io, model, 'site');
  const reportFile = reportFileOf(io, model);
  if (!existsSync(reportFile)) throw new UsageError(`no report at ${path.relative(io.root, reportFile)}: run \`standards evaluate\` first, then \`standards site\``);
  const { buildSite } = await import('../publish/site-build.ts');
  const result = await buildSite({ root: io.root, reportFile: reportFileOf(io, model), ...(out !== null ? { outDir: out } : {}), now: now.toISOString(), signal: terminationSignal, log: (line) => io.stderr(`  ${line}`) });
  io.stderr(`  site: ${plural(result.pages, 'page')} in ${path.relative(io.root, result.outDir)}`);
  return result.outDir;
}

const printOutcome = (function printOutcome(io: CommandIO, report: Report): void {
  const s = report.summary;
  io.stderr('');
  io.stderr(`${plural(report.standards.length, 'standard')}: ${s.met} met, ${s['at-risk']} at risk, ${s.breached} breached, ${s['no-data']} without enough data`);
  for (const status of ['breached', 'at-risk'] as const) {
    const standards = report.standards.filter((r) => r.status === status);
    if (!standards.length) continue;
    io.stderr(paint(io, status === 'breached' ? 'red' : 'yellow', status === 'breached' ? 'Breached:' : 'At risk:'));
    for (const r of standards) io.stderr(`  ${r.id}: ${r.statement}`);
  }
});

/**
 * The job summary, in Actions only. Its module is loaded only there: it reaches the sources' fetch module (and
 * so every source's HTTP client), which a local `evaluate` never needs.
 */
const summarise = (async function summarise(io: CommandIO, text: (summary: typeof import('../publish/job-summary.ts')) => string): Promise<void> {
  if (io.env.GITHUB_STEP_SUMMARY) await appendJobSummary(io, text(await import('../publish/job-summary.ts')));
});

const writeJobSummary = (async function writeJobSummary(io: CommandIO, report: Report, fetched: FetchSummary | null, model: StandardsModel): Promise<void> {
  await summarise(io, ({ formatReportSummary }) => formatReportSummary(report, fetched));
  // Per-agent QA figures go here and nowhere else (never to the report or the site).
  if (io.env.GITHUB_STEP_SUMMARY) await appendJobSummary(io, await qaAgentSection(io.root, model, new Date(report.now)));
});

export async function fetchCommand(io: CommandIO, args: PipelineArgs): Promise<number> {
  const now = parseNow(io, args.now);
  parseSince(args.since, now);
  const model = await loadValidModel(io);
  if (!model) return EXIT.findings;
  const overridden = withOverrides(model, args);
  const fetched = await withStoreLock(io, overridden, 'fetch', (lock) => step(io, 'fetch', () => fetchStep(io, overridden, now, args, lock)));
  await summarise(io, ({ formatFetchSummary }) => formatFetchSummary(fetched));
  return EXIT.ok;
}

export const evaluateCommand = (async function evaluateCommand(io: CommandIO, args: PipelineArgs): Promise<number> {
  const model = await loadValidModel(io);
  if (!model) return EXIT.findings;
  const report = await withStoreLock(io, model, 'evaluate', (lock) => step(io, 'evaluate', () => evaluateStep(io, model, parseNow(io, args.now), { full: args.full === true, lock })));
  printOutcome(io, report);
  await writeJobSummary(io, report, null, model);
  return EXIT.ok;
});

export async function siteCommand(io: CommandIO, args: PipelineArgs): Promise<number> {
  const model = await loadValidModel(io);
  if (!model) return EXIT.findings;
  await step(io, 'site', () => siteStep(io, model, parseNow(io, args.now), args.out ?? null));
  return EXIT.ok;
}

export async function pipelineCommand(io: CommandIO, args: PipelineArgs): Promise<number> {
  const now = parseNow(io, args.now);
  parseSince(args.since, now);
  if (args.dryRun) throw new UsageError('--dry-run applies to fetch only: the pipeline would evaluate a store the dry run did not write');
  if (!args.site && args.out) throw new UsageError('--out names where the site is built, and --no-site builds none: give one of them');
  const loaded = await step(io, 'validate', () => loadValidModel(io));
  if (!loaded) return EXIT.findings;
  const model = withOverrides(loaded, args);
  // Before the night's work, not after it: a refused output folder would otherwise be found only at the last step.
  if (args.site) await checkSiteOutput(io, model, args.out);
  const { fetched, report } = await withStoreLock(io, model, 'pipeline', async (lock) => {
    const fetched = await step(io, 'fetch', () => fetchStep(io, model, now, args, lock));
    const report = await step(io, 'evaluate', () => evaluateStep(io, model, now, { full: args.full === true, lock }));
    return { fetched, report };
  });
  let outDir: string | null = null;
  if (args.site) outDir = await step(io, 'site', () => siteStep(io, model, now, args.out ?? null));
  printOutcome(io, report);
  await writeJobSummary(io, report, fetched, model);
  // `npm run preview` serves the default output folder only (site/astro.config.mjs reads the last default build).
  if (outDir) io.stderr(args.out ? `\nThe site is in ${path.relative(io.root, outDir)}.` : `\nThe site is in ${path.relative(io.root, outDir)}: run \`npm run preview\` to look at it.`);
  return EXIT.ok;
}
