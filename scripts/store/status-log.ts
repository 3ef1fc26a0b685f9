// The status log: one line per standard per day, what the nightly evaluation said (status, value) and which
// version of the standard said it. The site reads it for "breached since", the 90-night status strip and the
// status changes on "What changed"; the corrective actions read it for "no breach for N nights".
//
//   <store>/status-log.ndjson   {"date":"2026-11-23","standard":"csat","status":"met","value":0.91,"version":"…"}
//
// Append-only by day: a night adds the lines of its day. A second run on the same day replaces that day's
// lines (the last evaluation of the day is the day's word); earlier days are never rewritten, and a run dated
// before the last logged day writes nothing (an evaluation with --now in the past must not rewrite history).
// `version` is the label of the standard's version in force that night, as the report names it (its effective
// date and commit, from the document's `versions` or its git history): the newest version whose first day is
// on or before the local day holding the report's `now`, not the newest version (an evaluation with --now in
// the past sees versions committed later). When the report has no versions, the git blob hash of the
// standard's file (what `git hash-object` prints), which changes exactly with the file.
//
// Nights are calendar nights. A night without a line is a night without a run ("no record"): a spell of one
// status runs through such nights (they count, as nights), but never starts on one, and a spell that reaches
// back to a night nobody knows about says "at least".

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report, StandardsModel } from '../model/model.ts';
import { versionInForce } from '../engine/window-status.ts';
import { nodeStoreFileSystem, writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';
import { jsonObjectLines } from './ndjson-lines.ts';
import { StoreError } from './ticket-store.ts';

export type LoggedStatus = Report['standards'][number]['status'];

export interface StatusEntry {
  /** UTC day of the evaluation, YYYY-MM-DD. */
  date: string;
  standard: string;
  status: LoggedStatus;
  value: number | null;
  /** The version in force that night (the report's label), else the git blob hash of the file; null when unknown. */
  version: string | null;
}

export const STATUS_LOG_FILE = 'status-log.ndjson';
const STATUSES: readonly LoggedStatus[] = ['met', 'at-risk', 'breached', 'no-data'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Git's blob hash of some bytes: sha1("blob <length>\0<bytes>"). */
export const gitBlobHash = (function gitBlobHash(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
});

/** The version of each standard: the blob hash of its file, or null when it cannot be read. */
export const standardVersions = (async function standardVersions(root: string, model: Pick<StandardsModel, 'standards'>): Promise<Map<string, string | null>> {
  const versions = new Map<string, string | null>();
  for (const s of model.standards) {
    const bytes = await readFile(path.resolve(root, s.origin.file)).catch(() => null);
    versions.set(s.id, bytes ? gitBlobHash(bytes) : null);
  }
  return versions;
});

/**
 * The lines one evaluation adds: every standard of the report, on the report's UTC day, by id. Ids are kebab-case
 * (a-z, 0-9, single hyphens: common.schema.json), which code-unit order sorts exactly as `localeCompare` does;
 * comparing them so spares every evaluate the first `localeCompare` of its process (ICU's collation data, ≈ 8 ms).
 */
export const statusEntriesOf = (function statusEntriesOf(report: Pick<Report, 'now' | 'standards'>, versions: ReadonlyMap<string, string | null>): StatusEntry[] {
  const date = report.now.slice(0, 10);
  return report.standards
    .map((s) => ({ date, standard: s.id, status: s.status, value: s.value, version: s.versions?.length ? versionInForce(s, report.now)?.version ?? null : versions.get(s.id) ?? null }))
    .sort((a, b) => (a.standard < b.standard ? -1 : a.standard > b.standard ? 1 : 0));
});

const statusLine = (function statusLine(e: StatusEntry): string {
  return JSON.stringify({ date: e.date, standard: e.standard, status: e.status, value: e.value, version: e.version });
});

/** Reads the log's text; a line that is not a status entry is an error naming the file and line. */
export const parseStatusLog = (function parseStatusLog(text: string, file: string): StatusEntry[] {
  const entries: StatusEntry[] = [];
  for (const { where, data } of jsonObjectLines(text, file)) {
    const { date, standard, status, value, version } = data ?? {};
    if (typeof date !== 'string' || !DAY.test(date)) throw new StoreError(`${where}: "date" must be a day like 2026-11-23, got ${JSON.stringify(date)}`);
    if (typeof standard !== 'string' || standard === '') throw new StoreError(`${where}: "standard" must be a standard id, got ${JSON.stringify(standard)}`);
    if (!STATUSES.includes(status as LoggedStatus)) throw new StoreError(`${where}: "status" must be one of ${STATUSES.join(', ')}, got ${JSON.stringify(status)}`);
    if (value !== null && typeof value !== 'number') throw new StoreError(`${where}: "value" must be a number or null, got ${JSON.stringify(value)}`);
    if (version !== null && typeof version !== 'string') throw new StoreError(`${where}: "version" must be a string or null, got ${JSON.stringify(version)}`);
    entries.push({ date, standard, status: status as LoggedStatus, value: value as number | null, version: version as string | null });
  }
  return entries;
});

export type AppendOutcome =
  | { written: true; entries: StatusEntry[]; replacedDay: boolean }
  | { written: false; entries: StatusEntry[]; reason: string };

/** Pure: the log after adding one day's entries (all of the same date). */
export const appendStatusDay = (function appendStatusDay(log: readonly StatusEntry[], day: readonly StatusEntry[]): AppendOutcome {
  if (day.length === 0) return { written: false, entries: [...log], reason: 'the report has no standards' };
  const date = day[0]!.date;
  if (day.some((e) => e.date !== date)) throw new Error('appendStatusDay: entries of one day at a time');
  const last = log.at(-1)?.date ?? null;
  if (last !== null && date < last) {
    return { written: false, entries: [...log], reason: `the log already has ${last}, later than this evaluation's day ${date}; history is not rewritten` };
  }
  const kept = log.filter((e) => e.date !== date);
  return { written: true, entries: [...kept, ...day], replacedDay: kept.length !== log.length };
});

export interface StatusLog {
  readonly file: string;
  read(): Promise<StatusEntry[]>;
  /** Adds one evaluation's day; see appendStatusDay for when it writes nothing. */
  append(day: readonly StatusEntry[]): Promise<AppendOutcome>;
}

export const openStatusLog = (function openStatusLog(storeDir: string, fs: StoreFileSystem = nodeStoreFileSystem): StatusLog {
  const file = path.join(storeDir, STATUS_LOG_FILE);
  const read = async (): Promise<StatusEntry[]> => {
    const bytes = await fs.readFile(file);
    return bytes ? parseStatusLog(new TextDecoder('utf-8', { fatal: true }).decode(bytes), file) : [];
  };
  return {
    file,
    read,
    async append(day) {
      const outcome = appendStatusDay(await read(), day);
      if (outcome.written) {
        await fs.mkdir(storeDir);
        await writeFileAtomic(fs, file, outcome.entries.map((e) => `${statusLine(e)}\n`).join(''));
      }
      return outcome;
    },
  };
});

// --- Reading the log -------------------------------------------------------------------------------------

/** One standard's entries, oldest first. */
export function entriesOf(log: readonly StatusEntry[], standard: string): StatusEntry[] {
  return log.filter((e) => e.standard === standard).sort((a, b) => a.date.localeCompare(b.date));
}

const DAY_MS = 86_400_000;

/** The calendar day after (or, with -1, before) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * One calendar night of a standard:
 * - `log`: the status log's line for it (or, for tonight only, tonight's report when the log has no line);
 * - `history`: before the log began, computed from the report's daily series (window-status.ts);
 * - `no-run`: after the log began, a night without a line: no run that night;
 * - `unknown`: before the log began, and history cannot tell.
 */
export interface Night {
  date: string;
  status: LoggedStatus | null;
  source: 'log' | 'history' | 'no-run' | 'unknown';
}

export interface NightsOptions {
  /** Tonight's status from the report, used when the log has no line for tonight. */
  tonight?: LoggedStatus | null;
  /** The nights before the log began, from `from` on: each night's status computed from history, or null. */
  history?: { from: string; statusOn: (date: string) => LoggedStatus | null } | null;
}

/**
 * Every calendar night of one standard, oldest first, from the first night anything is known (the log's first
 * line, or the first day of history) to `today`, both included. Lines dated after `today` are left out.
 */
export function nightsOf(log: readonly StatusEntry[], standard: string, today: string, options: NightsOptions = {}): Night[] {
  const entries = entriesOf(log, standard).filter((e) => e.date <= today);
  const byDate = new Map(entries.map((e) => [e.date, e.status]));
  const logStart = entries[0]?.date ?? null;
  const history = options.history ?? null;
  const candidates = [logStart, history?.from ?? null, options.tonight ? today : null].filter((d): d is string => d !== null && d <= today);
  if (candidates.length === 0) return [];
  const nights: Night[] = [];
  for (let date = candidates.reduce((a, b) => (a < b ? a : b)); date <= today; date = addDays(date, 1)) {
    const logged = byDate.get(date);
    if (logged) nights.push({ date, status: logged, source: 'log' });
    else if (date === today && options.tonight) nights.push({ date, status: options.tonight, source: 'log' });
    else if (logStart !== null && date > logStart) nights.push({ date, status: null, source: 'no-run' });
    else {
      const computed = history && date >= history.from ? history.statusOn(date) : null;
      nights.push(computed ? { date, status: computed, source: 'history' } : { date, status: null, source: 'unknown' });
    }
  }
  return nights;
}

export interface Spell {
  /** Tonight's status. */
  status: LoggedStatus;
  /** First night of the spell: a night with a status, never a night without a run. */
  since: string;
  /** Calendar nights from `since` to tonight, both counted, nights without a run included. */
  nights: number;
  /** Of which nights without a run. */
  withoutRun: number;
  /** The night before `since` is not known (no run, before the log and history, or before anything): the spell may have begun earlier. */
  atLeast: boolean;
  /** The first night of the status log inside the spell when the spell begins before it (so its start comes from history); else null. */
  historyUntil: string | null;
}

/**
 * The spell that holds tonight (the last of `nights`): the run of nights whose status satisfies `holds`
 * (default: the same status as tonight), running through nights without a run. Null when tonight has no
 * status or does not satisfy `holds`.
 */
export function spellOf(nights: readonly Night[], holds?: (status: LoggedStatus) => boolean): Spell | null {
  const tonight = nights.at(-1);
  if (!tonight?.status) return null;
  const test = holds ?? ((s: LoggedStatus) => s === tonight.status);
  if (!test(tonight.status)) return null;
  let since = nights.length - 1;
  for (let i = nights.length - 2; i >= 0; i -= 1) {
    const night = nights[i]!;
    if (night.source === 'no-run') continue;
    if (night.status === null || !test(night.status)) break;
    since = i;
  }
  const before = nights[since - 1];
  let withoutRun = 0;
  let firstLogged: string | null = null;
  for (let i = since; i < nights.length; i += 1) {
    if (nights[i]!.source === 'no-run') withoutRun += 1;
    if (firstLogged === null && nights[i]!.source === 'log') firstLogged = nights[i]!.date;
  }
  return {
    status: tonight.status,
    since: nights[since]!.date,
    nights: nights.length - since,
    withoutRun,
    atLeast: !before || before.status === null,
    historyUntil: nights[since]!.source === 'history' ? firstLogged : null,
  };
}

/** The spell of tonight's status in the log alone (no history), tonight being the last logged night on or before `today`. */
export function currentSpell(log: readonly StatusEntry[], standard: string, today = '9999-12-31'): Spell | null {
  const entries = entriesOf(log, standard).filter((e) => e.date <= today);
  const last = entries.at(-1);
  return last ? spellOf(nightsOf(entries, standard, last.date)) : null;
}

export interface StatusTransition {
  date: string;
  standard: string;
  from: LoggedStatus;
  to: LoggedStatus;
  /** Whether the standard's document changed between the two days. */
  versionChanged: boolean;
}

/** Every change of status between consecutive logged days of each standard, newest first. */
export function statusTransitions(log: readonly StatusEntry[]): StatusTransition[] {
  const previous = new Map<string, StatusEntry>();
  const out: StatusTransition[] = [];
  for (const e of [...log].sort((a, b) => a.date.localeCompare(b.date) || a.standard.localeCompare(b.standard))) {
    const before = previous.get(e.standard);
    if (before && before.status !== e.status) {
      out.push({ date: e.date, standard: e.standard, from: before.status, to: e.status, versionChanged: before.version !== e.version });
    }
    previous.set(e.standard, e);
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.standard.localeCompare(b.standard));
}

/** The evaluate step's one call: adds the report's day to the store's status log and says what happened. */
export const recordStatusDay = (async function recordStatusDay(root: string, model: StandardsModel, report: Report, log: (line: string) => void): Promise<AppendOutcome> {
  const statusLog = openStatusLog(path.resolve(root, model.pipeline.storeDir));
  const outcome = await statusLog.append(statusEntriesOf(report, await standardVersions(root, model)));
  const where = path.relative(root, statusLog.file);
  log(outcome.written ? `status log: ${where} (${report.now.slice(0, 10)}${outcome.replacedDay ? ', replacing an earlier run of that day' : ''})` : `status log: ${where} not written: ${outcome.reason}`);
  return outcome;
});
