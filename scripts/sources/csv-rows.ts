// Reads the rows of a CSV export, for the ticket CSV (csv.ts) and the imports that sit beside the tickets (QA
// reviews, SOP acknowledgements), with one set of rules: the header names the columns, every mapped column
// must be in it (with a "did you mean"), a row with too many or too few fields is a problem of that row, and
// rows are numbered as in the file (the header is row 1), quoted newlines included. The caller turns each row
// into a record or into problems; `settleProblems` then applies the all-or-nothing rule.

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { closestMatch } from '../model/suggest.ts';
import type { RejectedRecord } from './source.ts';
import type { CsvEncoding } from '../model/model.ts';
import { decodedCsv, Utf8NotWindows1252Error } from './csv-encoding.ts';
import { quotedValue } from './quoted-value.ts';
import { NotUtf8Error, Utf16BigEndianError } from './utf8-check.ts';

/** The import failed: every problem found (up to a cap) and how many there were in all. */
export class CsvImportError extends Error {
  readonly problems: RejectedRecord[];
  readonly total: number;
  constructor(summary: string, problems: RejectedRecord[], total: number) {
    const lines = problems.map((p) => `  ${p.where}: ${p.reason}`);
    if (total > problems.length) lines.push(`  ... and ${total - problems.length} more`);
    super(lines.length ? `${summary}\n${lines.join('\n')}` : summary);
    this.name = 'CsvImportError';
    this.problems = problems;
    this.total = total;
  }
}

export interface CsvRowsOptions {
  /** How the file is named in messages, e.g. `exports/qa-reviews.csv`. */
  fileName: string;
  delimiter: string;
  /** The settings block, for messages: `source.qa.csv`. */
  setting: string;
  /** Setting (relative to `setting`, e.g. `columns.ticket`) → header name; each must be in the header. */
  columns: Record<string, string>;
  /** The file's encoding (csv-encoding.ts); default UTF-8. */
  encoding?: CsvEncoding;
}

export interface CsvRow {
  /** Row number as in the file (the header is 1). */
  line: number;
  /** Value of each header column, by header name (trimmed). */
  values: Map<string, string>;
}

const DEFAULT_MAX_PROBLEMS = 50;

function countNewlines(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
  return n;
}

/** Names from the export's header, quoted as a rejection quotes a value (quoted-value.ts): a cell may hold anything. */
const quoteList = (names: readonly string[]) => names.map((n) => quotedValue(n)).join(', ');

type CsvInput = Readable | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Streams the records of a CSV file: `onHeader` sees the header (after the mapped columns were found in it) and
 * may throw a CsvImportError; `onRecord` each data row's fields as parsed (not trimmed), with its row number;
 * `onBadRow` each row whose field count is wrong.
 */
export async function readCsvRecords(
  input: CsvInput,
  options: CsvRowsOptions,
  handlers: { onHeader?: (header: string[]) => void; onRecord: (line: number, record: string[]) => void; onBadRow: (problem: RejectedRecord) => void },
): Promise<{ header: string[]; rows: number }> {
  const { fileName } = options;
  const parser = parse({ bom: true, delimiter: options.delimiter, info: true, relax_column_count: true, skip_empty_lines: true });
  let header: string[] | null = null;
  let rows = 0;
  let nextLine = 1;
  let emptyLinesSeen = 0;
  // A read error of the input reaches the loop below through the parser; stopping early (a bad header)
  // destroys the parser, which ends the pipeline with a premature-close error nobody needs to see.
  const { bytes, decode } = await decodedCsv(input, options.encoding ?? 'utf-8');
  const piping = pipeline(bytes, decode, parser).catch(() => undefined);

  // Records are handled synchronously as they are parsed: an async iterator would cost a promise per row.
  const onRecord = (record: string[], info: { empty_lines: number }): void => {
    // csv-parse's own line count is off for quoted CRLF newlines, so rows are counted here.
    const line = nextLine + (info.empty_lines - emptyLinesSeen);
    emptyLinesSeen = info.empty_lines;
    nextLine = line + 1 + countNewlines(record);
    if (header === null) {
      header = record.map((name) => name.trim());
      const missing = Object.entries(options.columns).filter(([, column]) => !header!.includes(column.trim()));
      if (missing.length > 0) {
        const semicolons = header.length === 1 && options.delimiter !== ';' && header[0]!.includes(';') ? ` (the header has ";" in it: set ${options.setting}.delimiter: ";")` : '';
        const problems = missing.map(([field, column]) => {
          const hint = closestMatch(column, header!);
          return { where: `${fileName} row 1`, reason: `column "${column}" (${options.setting}.${field}) is not in the header${hint ? ` — did you mean ${quotedValue(hint)}?` : ''}` };
        });
        throw new CsvImportError(`${fileName}: ${missing.length === 1 ? 'a mapped column is' : `${missing.length} mapped columns are`} missing; the file has the columns ${quoteList(header)}${semicolons}`, problems, problems.length);
      }
      // Two columns of one name (a custom field named as a built-in one): which holds the mapped value cannot be told,
      // and reading either without a word would measure the other column's values.
      const ambiguous = Object.entries(options.columns).flatMap(([field, column]) => {
        const at = header!.flatMap((name, i) => (name === column.trim() ? [i + 1] : []));
        return at.length > 1 ? [{ where: `${fileName} row 1`, reason: `column "${column}" (${options.setting}.${field}) is in the header ${at.length} times (columns ${at.join(', ')}): rename all but one in the export, or map another column` }] : [];
      });
      if (ambiguous.length > 0) {
        throw new CsvImportError(`${fileName}: ${ambiguous.length === 1 ? 'a mapped column is' : `${ambiguous.length} mapped columns are`} in the header more than once, so which one to read cannot be told`, ambiguous, ambiguous.length);
      }
      handlers.onHeader?.(header);
      return;
    }
    rows++;
    if (record.length !== header.length) {
      const reason = record.length > header.length
        ? `${record.length} fields where the header has ${header.length} — is a value with a "${options.delimiter}" in it not quoted?`
        : `${record.length} fields where the header has ${header.length} — the row is cut short`;
      handlers.onBadRow({ where: `${fileName} row ${line}`, reason });
      return;
    }
    handlers.onRecord(line, record);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('data', ({ record, info }: { record: string[]; info: { empty_lines: number } }) => {
        try {
          onRecord(record, info);
        } catch (error) {
          parser.destroy();
          reject(error);
        }
      });
      parser.once('end', resolve);
      parser.once('error', reject);
    });
  } catch (error) {
    if (error instanceof NotUtf8Error) throw notUtf8(error, options);
    if (error instanceof Utf16BigEndianError) {
      throw new CsvImportError(
        `${fileName}: the file is UTF-16 big-endian (it starts with the byte-order mark FE FF), which the import cannot read, so nothing was imported — ` +
          'save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 (or UTF-16 little-endian, Excel\'s "Unicode text") in another editor, and import it again',
        [], 0,
      );
    }
    if (error instanceof Utf8NotWindows1252Error) throw utf8NotWindows1252(error, options);
    if (error instanceof CsvError) throw new CsvImportError(`${fileName}: not readable as CSV near line ${error.lines}: ${error.message}`, [], 0);
    throw error;
  } finally {
    parser.destroy();
    await piping;
  }
  if (header === null) {
    throw new CsvImportError(`${fileName} is empty: expected a header row with the columns ${quoteList(Object.values(options.columns))}`, [], 0);
  }
  return { header, rows };
}

function utf8NotWindows1252(error: Utf8NotWindows1252Error, options: CsvRowsOptions): CsvImportError {
  const shown = error.character === '' ? '' : ` (its first is ${JSON.stringify(error.character)}, which Windows-1252 reads as ${JSON.stringify(new TextDecoder('windows-1252').decode(Buffer.from(error.character, 'utf8')))})`;
  return new CsvImportError(
    `${options.fileName} line ${error.line}: the file is UTF-8, not Windows-1252 as ${options.setting}.encoding says: its bytes above ASCII form UTF-8 characters${shown}, ` +
      `so read as Windows-1252 each accented letter would be stored as two or three others. Nothing was imported — remove ${options.setting}.encoding (UTF-8 is the default) and import it again`,
    [], 0,
  );
}

function notUtf8(error: NotUtf8Error, options: CsvRowsOptions): CsvImportError {
  const byte = `0x${error.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return new CsvImportError(
    `${options.fileName} line ${error.line} column ${error.column}: byte ${byte} is not UTF-8, so nothing was imported — ` +
      'the file is in another encoding (Excel\'s "CSV (Comma delimited)" writes Windows-1252): ' +
      `save it as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8 in another editor, and import it again${options.setting === 'source.csv' ? ', or say it is Windows-1252 (source.csv.encoding: windows-1252)' : ''}`,
    [], 0,
  );
}

/** `readCsvRecords` with each row's values by header name, trimmed (of two unmapped columns with one name, the last: a mapped one twice is refused). */
export async function readCsvRows(
  input: CsvInput,
  options: CsvRowsOptions,
  handlers: { onHeader?: (header: string[]) => void; onRow: (row: CsvRow) => void; onBadRow: (problem: RejectedRecord) => void },
): Promise<{ header: string[]; rows: number }> {
  let header: string[] = [];
  return readCsvRecords(input, options, {
    onHeader(names) {
      header = names;
      handlers.onHeader?.(names);
    },
    onRecord(line, record) {
      const values = new Map<string, string>();
      header.forEach((name, i) => values.set(name, record[i]!.trim()));
      handlers.onRow({ line, values });
    },
    onBadRow: handlers.onBadRow,
  });
}

/** Rows read, and what became of them: every problem of the bad rows, and how many rows they were. */
export class RowProblems {
  readonly problems: RejectedRecord[] = [];
  badRows = 0;
  /** Adds one bad row's problems. */
  add(problems: readonly RejectedRecord[]): void {
    if (problems.length === 0) return;
    this.badRows++;
    this.problems.push(...problems);
  }
}

/**
 * The all-or-nothing rule of the CSV imports: with problems and without `skipBadRows`, nothing is imported and
 * the error lists them (at most `maxProblems`, the rest counted); with `skipBadRows` they are returned to be
 * reported.
 */
export function settleProblems(fileName: string, setting: string, rows: number, found: RowProblems, skipBadRows: boolean, maxProblems = DEFAULT_MAX_PROBLEMS): RejectedRecord[] {
  if (found.problems.length === 0) return [];
  if (skipBadRows) return [...found.problems];
  const n = found.problems.length;
  throw new CsvImportError(
    `${fileName} was not imported: ${n} ${n === 1 ? 'problem' : 'problems'} in ${found.badRows} of ${rows} rows ` +
      `(fix them, or set ${setting}.skipBadRows: true to import the other rows and report these)`,
    found.problems.slice(0, maxProblems),
    n,
  );
}
