// The CSV source: any helpdesk's ticket export, read with the column mapping of standards/pipeline.yaml
// (`source.csv`). Streams the file (csv-parse handles the BOM, CRLF and quoted newlines), so a million rows
// cost memory only for the tickets they become.
//
// What an export can say, and how the ticket's timeline is rebuilt from it (an approximation: exports hold
// totals, not events):
// - replies: the first agent reply at `firstReplyAt`. `agentReplies` N > 1 adds N − 1 agent replies at the
//   same instant (their real times are unknown; they only make first-contact resolution count right). No
//   customer replies are known, so next reply times cannot be measured from a CSV.
// - statusChanges: `new` at creation; `open` at the first reply; for a solved/closed ticket `solved` at
//   `solvedAt` (or `updated` when there is none), and `closed` at `updated` for closed ones. Each of the
//   `reopens` becomes a synthetic solved→open pair at the solve instant: the export does not say when the
//   earlier solves were, so durations run to the last solve and the reopen rate counts right. A ticket that
//   is unsolved now but has `solvedAt` was reopened after it (at least once); its current status starts at
//   `updated`.
// - satisfaction and NPS answers are dated at the solve (or `updated`).
// - `updated` is the column when mapped, never earlier than any other timestamp of the row.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { IANAZone } from 'luxon';
import type { Channel, CsvSourceSettings, Priority, Ticket, TicketStatus } from '../model/model.ts';
import { CsvImportError, readCsvRecords } from './csv-rows.ts';
import { formatInstant, instantOfLocalTime, steadyOffsetOfLocalHour } from './instants.ts';
import { quotedValue } from './quoted-value.ts';
import type { RejectedRecord, SourceDeps, TicketSource } from './source.ts';

/** The mapping keys of `source.csv.columns`, in the order problems are reported. */
export const CSV_FIELDS = [
  'id', 'created', 'updated', 'priority', 'channel', 'status', 'team', 'category', 'tags',
  'firstReplyAt', 'solvedAt', 'reopens', 'agentReplies', 'satisfaction', 'nps',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const CHANNELS: readonly Channel[] = ['email', 'web', 'chat', 'phone', 'social', 'api'];
const STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'on-hold', 'solved', 'closed'];
/** Used when the export has no channel column: the schema needs one, and e-mail is what most helpdesks start from. */
export const DEFAULT_CHANNEL: Channel = 'email';
const DEFAULT_MAX_PROBLEMS = 50;

export { CsvImportError };

export interface CsvImportOptions {
  /** How the file is named in messages, e.g. `tickets.csv`. */
  fileName: string;
  /** How many problems an error carries (the rest are counted). Default 50. */
  maxProblems?: number;
}

export interface CsvImportResult {
  tickets: Ticket[];
  /** With `skipBadRows`: every problem of every skipped row. */
  rejected: RejectedRecord[];
  /** Data rows read (the header not counted). */
  rows: number;
  skippedRows: number;
}

// --- timestamps ---------------------------------------------------------------------------------------

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const HOUR_MS = 3_600_000;
export const TIMESTAMP_EXPECTED = 'expected ISO 8601 like 2026-02-03T09:15:00';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Reads timestamps: with `Z` or an offset they mean what they say; naive ones are wall time in `timezone`,
 * made instants by `instantOfLocalTime` (a repeated local time is its earlier occurrence, a skipped one moves
 * forward by the gap, as RFC 5545 and Temporal read them). The zone offset is looked up once per local hour,
 * except within a day of a zone transition, where each value goes through the rule.
 */
export class TimestampReader {
  readonly timezone: string;
  readonly zone: IANAZone;
  readonly hourOffsets = new Map<number, number | null>();
  constructor(timezone: string) {
    this.timezone = timezone;
    this.zone = IANAZone.create(timezone);
    if (!this.zone.isValid) throw new RangeError(`"${timezone}" is not a known IANA time zone`);
  }

  /** Epoch ms, or null when `text` is not a timestamp. */
  read(text: string): number | null {
    const m = TIMESTAMP.exec(text);
    if (!m) return null;
    const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
    const hour = Number(m[4]), minute = Number(m[5]), second = m[6] ? Number(m[6]) : 0;
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
    const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    const zone = m[8];
    if (zone !== undefined) {
      if (zone === 'Z' || zone === 'z') return asUtc;
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2)), om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
      if (oh > 23 || om > 59) return null;
      return asUtc - sign * (oh * 60 + om) * 60_000;
    }
    const hourKey = Math.floor(asUtc / HOUR_MS);
    let offset = this.hourOffsets.get(hourKey);
    if (offset === undefined) {
      offset = steadyOffsetOfLocalHour(this.zone, hourKey * HOUR_MS);
      this.hourOffsets.set(hourKey, offset);
    }
    if (offset !== null) return asUtc - offset;
    return instantOfLocalTime(this.zone, asUtc);
  }
}

// --- rows -> tickets ----------------------------------------------------------------------------------

interface RowContext {
  settings: CsvSourceSettings;
  fileName: string;
  timestamps: TimestampReader;
  /** Header name of each mapped field. */
  columnOf: Partial<Record<CsvField, string>>;
}

type RowValues = Partial<Record<CsvField, string>>;

function lookupValue(map: Record<string, string>, raw: string): string {
  if (Object.hasOwn(map, raw)) return map[raw]!;
  const lower = raw.toLowerCase();
  for (const key of Object.keys(map)) if (key.toLowerCase() === lower) return map[key]!;
  return raw;
}

function normaliseWord(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * One CSV row → a ticket, or the problems of the row (every bad column, not just the first).
 * `line` is the row number as in the file, the header being row 1.
 */
export function csvRowToTicket(values: RowValues, line: number, ctx: RowContext): { ticket: Ticket } | { problems: RejectedRecord[] } {
  const problems: RejectedRecord[] = [];
  const problem = (field: CsvField, reason: string) => {
    problems.push({ where: `${ctx.fileName} row ${line}, column "${ctx.columnOf[field]}"`, reason });
  };
  const text = (field: CsvField): string | null => {
    const v = values[field]?.trim();
    return v === undefined || v === '' ? null : v;
  };
  const required = (field: CsvField, what: string): string | null => {
    const v = text(field);
    if (v === null) problem(field, `empty — every ticket needs ${what}`);
    return v;
  };
  const instant = (field: CsvField, v: string | null): number | null => {
    if (v === null) return null;
    const ms = ctx.timestamps.read(v);
    if (ms === null) problem(field, `${quotedValue(v)} is not a date — ${TIMESTAMP_EXPECTED}`);
    return ms;
  };
  const count = (field: CsvField): number => {
    const v = text(field);
    if (v === null) return 0;
    if (!/^\d+$/.test(v)) { problem(field, `${quotedValue(v)} is not a whole number — expected a count like 0, 1 or 2`); return 0; }
    return Number(v);
  };
  const oneOf = <T extends string>(field: CsvField, raw: string, map: Record<string, string>, allowed: readonly T[], what: string): T | null => {
    const mapped = normaliseWord(lookupValue(map, raw));
    if ((allowed as readonly string[]).includes(mapped)) return mapped as T;
    problem(field, `${quotedValue(raw)} is not a ${what} — expected ${allowed.join(', ')}, or map it in source.csv.values.${field}`);
    return null;
  };

  const id = required('id', 'an id');
  if (id !== null && !ID_PATTERN.test(id)) problem('id', `${quotedValue(id)} is not a usable ticket id — expected up to 64 letters, digits, ".", "_", ":" or "-"`);
  const createdText = required('created', 'a creation time');
  const created = instant('created', createdText);
  const updatedGiven = instant('updated', text('updated'));
  const firstReply = instant('firstReplyAt', text('firstReplyAt'));
  const solvedAt = instant('solvedAt', text('solvedAt'));

  const priorityText = required('priority', 'a priority');
  const priority = priorityText === null ? null : oneOf<Priority>('priority', priorityText, ctx.settings.values.priority, PRIORITIES, 'priority');
  const channelText = text('channel');
  const channel = channelText === null ? DEFAULT_CHANNEL : oneOf<Channel>('channel', channelText, ctx.settings.values.channel, CHANNELS, 'channel');
  const statusText = required('status', 'a status');
  const status = statusText === null ? null : oneOf<TicketStatus>('status', statusText, ctx.settings.values.status, STATUSES, 'status');
  const teamText = text('team');
  const team = teamText === null ? null : lookupValue(ctx.settings.values.team, teamText);
  const category = text('category');
  if (category !== null && category.length > 120) problem('category', `is ${category.length} characters long — at most 120`);
  const tags = [...new Set((text('tags') ?? '').split(/[\s,]+/).filter((tag) => tag !== ''))];
  for (const tag of tags) if (tag.length > 120) problem('tags', `tag ${quotedValue(`${[...tag].slice(0, 20).join('')}…`)} is ${tag.length} characters long — at most 120`);
  const reopens = count('reopens');
  const agentReplies = count('agentReplies');

  let satisfaction: 'good' | 'bad' | number | null = null;
  const satisfactionText = text('satisfaction');
  if (satisfactionText !== null) {
    const word = satisfactionText.toLowerCase();
    if (word === 'good' || word === 'bad') satisfaction = word;
    else if (/^[1-5]$/.test(word)) satisfaction = Number(word);
    else if (!['offered', 'unoffered', 'not offered', 'none'].includes(word)) {
      problem('satisfaction', `${quotedValue(satisfactionText)} is not a satisfaction rating — expected good, bad or a whole number from 1 to 5`);
    }
  }
  let npsScore: number | null = null;
  const npsText = text('nps');
  if (npsText !== null) {
    if (/^\d{1,2}$/.test(npsText) && Number(npsText) <= 10) npsScore = Number(npsText);
    else problem('nps', `${quotedValue(npsText)} is not an NPS answer — expected a whole number from 0 to 10`);
  }

  if (created !== null) {
    const notBefore = (field: CsvField, ms: number | null) => {
      if (ms !== null && ms < created) problem(field, `${quotedValue(text(field)!)} is before column "${ctx.columnOf.created}" (${quotedValue(createdText!)})`);
    };
    notBefore('updated', updatedGiven);
    notBefore('firstReplyAt', firstReply);
    notBefore('solvedAt', solvedAt);
  }
  if (problems.length > 0 || id === null || created === null || priority === null || channel === null || status === null) {
    return { problems };
  }

  const updated = Math.max(created, updatedGiven ?? created, firstReply ?? created, solvedAt ?? created);
  const solvedNow = status === 'solved' || status === 'closed';
  const replies: Ticket['replies'] = [];
  if (firstReply !== null) {
    const at = formatInstant(firstReply);
    for (let i = 0; i < Math.max(1, agentReplies); i++) replies.push({ at, by: 'agent' });
  }
  const changes: Ticket['statusChanges'] = [{ at: formatInstant(created), status: 'new' }];
  const push = (ms: number, to: TicketStatus) => {
    if (changes[changes.length - 1]!.status !== to) changes.push({ at: formatInstant(ms), status: to });
  };
  if (firstReply !== null && status !== 'new' && (solvedAt === null || firstReply <= solvedAt)) push(firstReply, 'open');
  const solveMs = solvedAt ?? (solvedNow ? updated : null);
  if (solveMs !== null) {
    const pairs = solvedNow ? reopens : Math.max(reopens, 1) - 1;
    for (let i = 0; i < pairs; i++) {
      changes.push({ at: formatInstant(solveMs), status: 'solved' });
      changes.push({ at: formatInstant(solveMs), status: 'open' });
    }
    push(solveMs, 'solved');
    if (status === 'closed' || !solvedNow) push(updated, status);
  } else if (status !== 'new') {
    push(status === 'open' && firstReply !== null ? firstReply : updated, status);
  }

  const ratedAt = formatInstant(solveMs ?? updated);
  const ticket: Ticket = {
    id,
    created: formatInstant(created),
    updated: formatInstant(updated),
    priority,
    channel,
    status,
    ...(team !== null ? { team } : {}),
    ...(category !== null ? { category } : {}),
    tags,
    replies,
    statusChanges: changes,
    ...(satisfaction !== null ? { satisfaction: { at: ratedAt, rating: satisfaction } } : {}),
    ...(npsScore !== null ? { nps: { at: ratedAt, score: npsScore } } : {}),
  };
  return { ticket };
}

// --- the file -----------------------------------------------------------------------------------------

/**
 * Imports a CSV export. Throws CsvImportError on a bad header, a CSV syntax error, or — unless
 * `settings.skipBadRows` — any bad row (after reading the whole file, so every problem is reported at once).
 */
export async function importCsvTickets(
  input: Readable | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
  settings: CsvSourceSettings,
  options: CsvImportOptions,
): Promise<CsvImportResult> {
  const { fileName } = options;
  const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  const timestamps = new TimestampReader(settings.timezone);
  const mappedFields = CSV_FIELDS.filter((f) => typeof settings.columns[f] === 'string');
  const columnOf: RowContext['columnOf'] = {};
  for (const f of mappedFields) columnOf[f] = settings.columns[f];
  const ctx: RowContext = { settings, fileName, timestamps, columnOf };
  const columns: Record<string, string> = {};
  for (const f of mappedFields) columns[`columns.${f}`] = settings.columns[f]!;

  const tickets: Ticket[] = [];
  const rejected: RejectedRecord[] = [];
  const problems: RejectedRecord[] = [];
  let problemCount = 0;
  let badRows = 0;
  const firstRowOfId = new Map<string, number>();
  let indexOf: [CsvField, number][] = [];

  const badRow = (rowProblems: RejectedRecord[]): void => {
    badRows++;
    problemCount += rowProblems.length;
    if (settings.skipBadRows) rejected.push(...rowProblems);
    else for (const p of rowProblems) if (problems.length < maxProblems) problems.push(p);
  };

  const { rows } = await readCsvRecords(input, { fileName, delimiter: settings.delimiter, setting: 'source.csv', columns, ...(settings.encoding ? { encoding: settings.encoding } : {}) }, {
    onHeader(header) {
      indexOf = mappedFields.map((f) => [f, header.indexOf(settings.columns[f]!.trim())]);
    },
    onRecord(line, record) {
      const values: RowValues = {};
      for (const [field, index] of indexOf) values[field] = record[index];
      const result = csvRowToTicket(values, line, ctx);
      if (!('ticket' in result)) {
        badRow(result.problems);
        return;
      }
      const firstRow = firstRowOfId.get(result.ticket.id);
      if (firstRow !== undefined) {
        badRow([{ where: `${fileName} row ${line}, column "${columnOf.id}"`, reason: `"${result.ticket.id}" is already on row ${firstRow} — each ticket must be one row` }]);
        return;
      }
      firstRowOfId.set(result.ticket.id, line);
      tickets.push(result.ticket);
    },
    onBadRow: (problem) => badRow([problem]),
  });
  if (!settings.skipBadRows && problemCount > 0) {
    throw new CsvImportError(
      `${fileName} was not imported: ${problemCount} ${problemCount === 1 ? 'problem' : 'problems'} in ${badRows} of ${rows} rows ` +
        '(fix them, or set source.csv.skipBadRows: true to import the other rows and report these)',
      problems,
      problemCount,
    );
  }
  return { tickets, rejected, rows, skippedRows: settings.skipBadRows ? badRows : 0 };
}

async function fingerprint(file: string, settings: CsvSourceSettings): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(settings));
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The CSV source. An export is a snapshot, so every fetch imports the whole file; the cursor is a fingerprint
 * of the file and the settings, and an unchanged one returns no tickets — except for a backfill (`--since`),
 * which asks for everything again whatever the cursor says: that is how a day file deleted by hand, or a ticket
 * stored under two days, is mended (`standards store check` says to run it).
 */
export function createCsvSource(settings: CsvSourceSettings, deps: SourceDeps): TicketSource {
  return {
    type: 'csv',
    upstream: 'csv',
    complete: true,
    async *fetchChanges(cursor, options = {}) {
      const file = path.resolve(deps.root, settings.path);
      let digest: string;
      try {
        digest = await fingerprint(file, settings);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CsvImportError(`source.csv.path: cannot read "${settings.path}" (${code ?? (error as Error).message}) — the path is relative to the repository root`, [], 0);
      }
      const next = `csv:sha256=${digest}`;
      if (cursor === next && !options.since) return next;
      const result = await importCsvTickets(createReadStream(file), settings, { fileName: settings.path });
      yield { tickets: result.tickets, rejected: result.rejected, skipped: result.skippedRows };
      return next;
    },
  };
}
