// Loads standards/ into the validated model. `validateDocuments` is the pure core (bytes in, model and
// findings out); `loadStandardsModel` is the thin shell that reads the files and the base ref.

import type { Finding } from './findings.ts';
import { hasErrors, sortFindings } from './findings.ts';
import { readYamlDocument } from './yaml-source.ts';
import { controlCharacterFindings } from './text-characters.ts';
import {
  defaultValidator, explainSchemaErrors, DOCUMENT_KINDS, SCHEMA_FILE_OF_KIND,
  type DocumentKind, type SchemaValidator,
} from './schema-validator.ts';
import {
  DocumentContext, DEFAULT_PIPELINE, normaliseCalendar, normalisePipeline, normalisePolicy, normaliseScorecard,
  normaliseSop, normaliseStandard, normaliseTeam,
} from './normalise.ts';
import { runRules, type LoadedDocument } from './rules.ts';
import { didYouMean } from './suggest.ts';
import { describeValue } from './values.ts';
import type { StandardsModel } from './model.ts';
import type {
  CalendarDocument, PipelineDocument, PolicyDocument, ScorecardDocument, SopDocument, StandardDocument, TeamDocument,
} from './documents.generated.ts';

export type { Finding } from './findings.ts';
import { readStandardsFiles, withFileFindings } from './document-files.ts';
export { discoverStandardsFiles, readDiscoveredFiles, readStandardsFiles, withFileFindings, type DiscoveredFiles } from './document-files.ts';
export { formatFindings } from './findings.ts';

export interface DocumentFile {
  /** Relative to the repository root, forward slashes. */
  file: string;
  bytes: Uint8Array;
}

export interface ValidateOptions {
  /** YYYY-MM-DD against which review dates are judged. */
  today: string;
  strict?: boolean;
  /** Base-ref SOP contents by file (null when the file is new there), for the version-bump rule. */
  base?: { ref: string; sops: Map<string, Uint8Array | null> } | null;
  validator?: SchemaValidator;
}

export interface LoadResult {
  model: StandardsModel | null;
  findings: Finding[];
  documents: LoadedDocument[];
}

export { defaultValidator } from './schema-validator.ts';

export function validateDocuments(files: readonly DocumentFile[], options: ValidateOptions): LoadResult {
  const validator = options.validator ?? defaultValidator();
  const findings: Finding[] = [];
  const documents: LoadedDocument[] = [];
  for (const { file, bytes } of files) {
    const result = validateDocument(file, bytes, validator);
    findings.push(...result.findings);
    if (result.document) documents.push(result.document);
  }
  let baseSops: Map<string, unknown> | null = null;
  if (options.base) {
    baseSops = new Map();
    for (const [file, bytes] of options.base.sops) {
      if (!bytes) continue;
      const read = readYamlDocument(file, bytes);
      // A base version we cannot read is no reason to fail this change: the check just has nothing to compare.
      if (read.document) baseSops.set(file, read.document.data);
    }
  }
  runRules({
    documents, today: options.today, strict: options.strict ?? false, baseSops,
    baseRef: options.base?.ref ?? null, findings,
  });
  const sorted = sortFindings(findings);
  const model = hasErrors(sorted) ? null : assembleModel(documents);
  return { model, findings: sorted, documents };
}

export function validateDocument(file: string, bytes: Uint8Array, validator: SchemaValidator): { document: LoadedDocument | null; findings: Finding[] } {
  const read = readYamlDocument(file, bytes);
  if (!read.document) return { document: null, findings: read.findings };
  const source = read.document;
  const data = source.data;
  const fail = (message: string, rule: string, at: (string | number)[] = []) => ({
    document: null,
    findings: [{ file, ...source.locate(at), severity: 'error' as const, message, rule }],
  });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(`a document must be a mapping with kind and id, got ${describeValue(data)}`, 'shape');
  }
  const record = data as Record<string, unknown>;
  const kind = record.kind;
  if (kind === undefined) {
    return fail(`missing required property "kind": say what this document is, one of ${DOCUMENT_KINDS.join(', ')}`, 'kind');
  }
  if (typeof kind !== 'string' || !(DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    const hint = typeof kind === 'string' ? didYouMean(kind, DOCUMENT_KINDS) : '';
    return fail(`kind must be one of ${DOCUMENT_KINDS.join(', ')}, got ${describeValue(kind)}${hint}`, 'kind', ['kind']);
  }
  const documentKind = kind as DocumentKind;
  const id = typeof record.id === 'string' ? record.id : null;
  const textFindings = controlCharacterFindings(source);
  const errors = validator.validate(SCHEMA_FILE_OF_KIND[documentKind], data);
  if (errors.length > 0) {
    return {
      document: { kind: documentKind, id, source, valid: false, definition: null },
      findings: [...textFindings, ...explainSchemaErrors(errors, source, validator)],
    };
  }
  const ctx = new DocumentContext(source);
  const definition = normaliseByKind(ctx, documentKind, data);
  const findings = [...textFindings, ...ctx.findings];
  const valid = !hasErrors(findings);
  return { document: { kind: documentKind, id, source, valid, definition: valid ? definition : null }, findings };
}

function normaliseByKind(ctx: DocumentContext, kind: DocumentKind, data: object): unknown {
  // The schema has just accepted `data`, so these casts are checked, not assumed.
  switch (kind) {
    case 'Pipeline': return normalisePipeline(ctx, data as PipelineDocument);
    case 'Team': return normaliseTeam(ctx, data as TeamDocument);
    case 'Calendar': return normaliseCalendar(ctx, data as CalendarDocument);
    case 'Standard': return normaliseStandard(ctx, data as StandardDocument);
    case 'SOP': return normaliseSop(ctx, data as SopDocument);
    case 'Policy': return normalisePolicy(ctx, data as PolicyDocument);
    case 'Scorecard': return normaliseScorecard(ctx, data as ScorecardDocument);
  }
}

function assembleModel(documents: readonly LoadedDocument[]): StandardsModel {
  const of = <T>(kind: DocumentKind) =>
    documents.filter((d) => d.kind === kind && d.valid).map((d) => d.definition as T).sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
  const pipeline = of<StandardsModel['pipeline']>('Pipeline')[0] ?? { ...DEFAULT_PIPELINE, origin: null };
  return {
    pipeline,
    teams: of('Team'),
    calendars: of('Calendar'),
    standards: of('Standard'),
    sops: of('SOP'),
    policies: of('Policy'),
    scorecards: of('Scorecard'),
  };
}

export interface LoadOptions {
  root: string;
  /** Defaults to the current UTC date. */
  today?: string;
  strict?: boolean;
  /** Reads a file at the base ref; null when it does not exist there. */
  base?: { ref: string; read: (file: string) => Promise<Uint8Array | null> } | null;
  dir?: string;
}

export async function loadStandardsModel(options: LoadOptions): Promise<LoadResult> {
  const { files, findings: fileFindings } = await readStandardsFiles(options.root, options.dir);
  const names = files.map((f) => f.file);
  let base: ValidateOptions['base'] = null;
  if (options.base) {
    const sops = new Map<string, Uint8Array | null>();
    for (const file of names.filter((f) => f.includes('/sops/'))) sops.set(file, await options.base.read(file));
    base = { ref: options.base.ref, sops };
  }
  const result = validateDocuments(files, {
    today: options.today ?? new Date().toISOString().slice(0, 10),
    strict: options.strict ?? false,
    base,
  });
  return withFileFindings(result, fileFindings);
}
