// The store's small NDJSON files (the status log, the action issues, the acknowledgements, the QA reviews) are
// read with one rule: lines are numbered as in the file (the first is 1), blank lines are passed over, and a
// line that is not JSON stops the read with a StoreError that names the file and the line. Each file says in
// its own words what is wrong and how to recover, so the caller writes the message. (The ticket day files are
// read apart, in ticket-store.ts and stored-tickets.ts: they are large and peeked at by id before parsing.)

import { defaultValidator } from '../model/compiled-validators.ts';
import { shownPath, type StoreFileSystem } from './atomic-write.ts';
import { StoreError } from './ticket-store.ts';

export interface NdjsonLine {
  /** As in the file: the first line is 1. */
  line: number;
  value: unknown;
}

export interface NdjsonReading {
  /** The message when a line is not JSON, from its number and the parser's complaint. */
  notJson: (line: number, problem: string) => string;
  /** Whether a line of spaces only is passed over (true) or read as JSON, and so refused (false, the default). */
  spacesAreBlank?: boolean;
}

/**
 * The JSON value of every line of an NDJSON file's text that is not blank, one at a time: a caller that checks
 * each value as it comes reports the first bad line, whether it is not JSON or not a record.
 */
export const ndjsonLines = (function* ndjsonLines(text: string, reading: NdjsonReading): Generator<NdjsonLine> {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '' || (reading.spacesAreBlank && line.trim() === '')) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new StoreError(reading.notJson(index + 1, (error as Error).message));
    }
    yield { line: index + 1, value };
  }
});

/**
 * The lines of a file whose records are checked field by field by their reader (the status log, the action
 * issues): each as the object it should be, with where it stands, `<file>:<line>`. A line of spaces is blank.
 */
export const jsonObjectLines = (function* jsonObjectLines(text: string, file: string): Generator<{ where: string; data: Record<string, unknown> | null }> {
  for (const { line, value } of ndjsonLines(text, { spacesAreBlank: true, notJson: (n, problem) => `${file}:${n}: not a JSON line (${problem})` })) {
    yield { where: `${file}:${line}`, data: value as Record<string, unknown> | null };
  }
});

export interface SchemaLinesReading {
  /** The schema every line must match, e.g. `qa-review.schema.json`. */
  schema: string;
  /** What a line is, for messages: `an acknowledgement`. */
  record: string;
  /** How to recover from a line that is not JSON, and from one that is not a record. */
  whenNotJson: string;
  whenNotRecord: string;
}

/**
 * The records of an NDJSON store file whose every line matches a schema, [] when the file does not exist; a line
 * that is not JSON or does not match is a StoreError: `<file> line 3: not a QA review (/at must match format
 * "date-time"); restore …`. Bytes that are not UTF-8 throw the decoder's TypeError.
 */
export const readSchemaLines = (async function readSchemaLines<T>(fs: Pick<StoreFileSystem, 'readFile'>, file: string, reading: SchemaLinesReading): Promise<T[]> {
  const bytes = await fs.readFile(file);
  if (bytes === null) return [];
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const validator = defaultValidator();
  const shown = shownPath(file);
  const records: T[] = [];
  for (const { line, value } of ndjsonLines(text, { notJson: (n, problem) => `${shown} line ${n}: not valid JSON (${problem}); ${reading.whenNotJson}` })) {
    const errors = validator.validate(reading.schema, value);
    if (errors.length > 0) throw new StoreError(`${shown} line ${line}: not ${reading.record} (${errors[0]!.instancePath || '(line)'} ${errors[0]!.message}); ${reading.whenNotRecord}`);
    records.push(value as T);
  }
  return records;
});
