// Writes the compliance report: checked against schemas/report.schema.json first (an invalid report is
// refused with every error listed), then written atomically (temp file in the same directory, fsync,
// rename) so the site and the nightly job never see half a report.

import { readFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Report } from '../model/model.ts';

// ajv-formats is CommonJS with a default export; under Node's ESM interop it arrives as the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

export const REPORT_SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas/report.schema.json');

export type ReportValidator = (report: unknown) => string[];

/** Compiles the report schema once; the returned function lists every problem as `path: message`. */
export function createReportValidator(schemaFile = REPORT_SCHEMA_FILE): ReportValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate: ValidateFunction = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
  return (report) => (validate(report) ? [] : (validate.errors ?? []).map(describeError));
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(report)' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `${where}: unknown property "${String(params.additionalProperty)}"`;
  if (error.keyword === 'required') return `${where}: missing property "${String(params.missingProperty)}"`;
  if (error.keyword === 'enum') return `${where}: ${error.message} (${(params.allowedValues as unknown[]).map(String).join(', ')})`;
  return `${where}: ${error.message ?? error.keyword}`;
}

let defaultValidator: ReportValidator | null = null;

/** The report as written: 2-space JSON in the order the engine builds it, with a final newline. */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export class InvalidReportError extends Error {
  readonly errors: string[];
  constructor(file: string, errors: string[]) {
    super(
      `refusing to write ${file}: the report does not match schemas/report.schema.json ` +
        `(${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map((e) => `  - ${e}`).join('\n')}`,
    );
    this.name = 'InvalidReportError';
    this.errors = errors;
  }
}

/** Validates and atomically writes `report` to `file`; the old file stays whole if anything fails. */
export async function writeReport(file: string, report: Report, options: { validate?: ReportValidator } = {}): Promise<void> {
  const validate = options.validate ?? (defaultValidator ??= createReportValidator());
  const errors = validate(report);
  if (errors.length > 0) throw new InvalidReportError(file, errors);
  await writeFileAtomically(file, serializeReport(report));
}

/** Temp file next to the target (same file system, so rename is atomic), flushed to disk, then renamed over it. */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // Make the rename itself durable; not every platform lets a directory be opened, so this is best effort.
  try {
    const dirHandle = await open(dir, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  } catch {
    // The data is already in place; only the directory entry's durability is left to the OS.
  }
}
