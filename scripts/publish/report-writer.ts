// Writes the compliance report: checked against schemas/report.schema.json first (an invalid report is
// refused with every error listed), then written atomically (temp file in the same directory, fsync,
// rename) so the site and the nightly job never see half a report.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { defaultValidator } from '../model/compiled-validators.ts';
import type { SchemaValidator } from '../model/compiled-validators.ts';
import { nodeStoreFileSystem, writeFileAtomic } from '../store/atomic-write.ts';
import type { Report } from '../model/model.ts';


export type ReportValidator = (report: unknown) => string[];

/** Checks against report.schema.json with the project's one schema validator; lists every problem as `path: message`. */
export const createReportValidator = (function createReportValidator(validator: SchemaValidator = defaultValidator()): ReportValidator {
  return (report) => validator.validate('report.schema.json', report).map(describeError);
});

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(report)' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `${where}: unknown property "${String(params.additionalProperty)}"`;
  if (error.keyword === 'required') return `${where}: missing property "${String(params.missingProperty)}"`;
  if (error.keyword === 'enum') return `${where}: ${error.message} (${(params.allowedValues as unknown[]).map(String).join(', ')})`;
  return `${where}: ${error.message ?? error.keyword}`;
}

let sharedReportValidator: ReportValidator | null = null;

/** The report as written: 2-space JSON in the order the engine builds it, with a final newline. */
export const serializeReport = (function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
});

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
export const writeReport = (async function writeReport(file: string, report: Report, options: { validate?: ReportValidator } = {}): Promise<void> {
  const validate = options.validate ?? (sharedReportValidator ??= createReportValidator());
  const errors = validate(report);
  if (errors.length > 0) throw new InvalidReportError(file, errors);
  await writeFileAtomically(file, serializeReport(report));
});

/** The report lives beside the store's files and is written the same way: temp file, fsync, rename. */
const writeFileAtomically = (async function writeFileAtomically(file: string, content: string): Promise<void> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(nodeStoreFileSystem, target, content);
});
