// Checks a document's shape against its JSON Schema and turns ajv's errors into positioned sentences.
// The schemas are compiled ahead of time (ajv standalone code, strict mode, all errors, regenerated with the
// types by `npm run generate:types`): a process loads the compiled functions of the schemas it uses, which
// costs a few milliseconds where compiling them cost a quarter of a second on every start.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { credentialInField } from './credentials.ts';
import type { Finding } from './findings.ts';
import type { PathSegment, SourceDocument } from './yaml-source.ts';
import { describeValue, parseDuration, parsePercentage, parsePeriod } from './values.ts';
import { didYouMean } from './suggest.ts';

const MODEL_DIR = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_DIR = path.resolve(MODEL_DIR, '../../schemas');

export const DOCUMENT_KINDS = ['Pipeline', 'Team', 'Calendar', 'Standard', 'SOP', 'Policy', 'Scorecard'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const SCHEMA_FILE_OF_KIND: Record<DocumentKind, string> = {
  Pipeline: 'pipeline.schema.json',
  Team: 'team.schema.json',
  Calendar: 'calendar.schema.json',
  Standard: 'standard.schema.json',
  SOP: 'sop.schema.json',
  Policy: 'policy.schema.json',
  Scorecard: 'scorecard.schema.json',
};

/**
 * The compiled validators, in four modules so a command loads only what it validates: `validate` needs the
 * documents' (with the shared definitions'), `evaluate` the report's alone, the site and the stores the records'
 * (status summary, ticket, QA review, acknowledgement), the trusted post-review job only the review artifact's.
 * CommonJS, because ajv's standalone code reaches its runtime helpers and ajv-formats' formats with require().
 *
 * `verbose` (ajv's option: each error carries its schema, the schema around it and the value) serves the
 * sentences `explainSchemaErrors` makes of a person's file: where a property is described, what is allowed
 * there. The report is never written by a person: the engine makes it from TypeScript types generated from the
 * same schema, and a report that fails is refused with `path: message` lines (report-writer.ts), which need none
 * of that. Its validator is compiled without it: about a third less code for a process to compile every night
 * (0.28 MB where it was 0.36 MB, with every other schema's in the same module 0.49 MB), the same checks.
 */
export const VALIDATOR_MODULES = {
  documents: {
    file: path.join(MODEL_DIR, 'document-validators.generated.cjs'),
    schemas: ['calendar.schema.json', 'common.schema.json', 'pipeline.schema.json', 'policy.schema.json', 'scorecard.schema.json', 'sop.schema.json', 'standard.schema.json', 'team.schema.json'],
    verbose: true,
  },
  reports: {
    file: path.join(MODEL_DIR, 'report-validators.generated.cjs'),
    schemas: ['report.schema.json'],
    verbose: false,
  },
  records: {
    file: path.join(MODEL_DIR, 'record-validators.generated.cjs'),
    schemas: ['acknowledgement.schema.json', 'qa-review.schema.json', 'status.schema.json', 'ticket.schema.json'],
    verbose: true,
  },
  review: {
    file: path.join(MODEL_DIR, 'review-validators.generated.cjs'),
    schemas: ['review.schema.json'],
    verbose: true,
  },
} as const;

/**
 * What the compiled code was generated from: a digest of every schema as parsed (line endings and indentation
 * do not count). The validator compares it with the schemas on disk before it uses the code.
 */
export function schemasDigest(schemaDir = SCHEMA_DIR): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    hash.update(`${file}\n${JSON.stringify(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')))}\n`);
  }
  return hash.digest('hex');
}

export class StaleValidatorsError extends Error {}

export interface SchemaValidator {
  /** Validate `data` against a schema by file name (`standard.schema.json`); returns raw ajv errors. */
  validate(schemaFile: string, data: unknown): ErrorObject[];
  /** The raw schema, for descriptions and property lists. */
  schema(schemaFile: string): Record<string, unknown>;
}

type ValidatorModule = Record<string, ValidateFunction> & { schemasDigest: string };

/** The validator of the schemas in `schemaDir` (the project's schemas/), with the code compiled from them. */
export function createSchemaValidator(schemaDir = SCHEMA_DIR): SchemaValidator {
  const require = createRequire(import.meta.url);
  let digest: string | null = null;
  const modules = new Map<string, ValidatorModule>();
  // A module is loaded on first use, once: `validate` never loads the report's or the ticket's validators.
  const compiled = (file: string): ValidateFunction => {
    const name = (Object.keys(VALIDATOR_MODULES) as (keyof typeof VALIDATOR_MODULES)[])
      .find((n) => (VALIDATOR_MODULES[n].schemas as readonly string[]).includes(file));
    if (!name) throw new Error(`unknown schema ${file}`);
    let module = modules.get(name);
    if (!module) {
      module = require(VALIDATOR_MODULES[name].file) as ValidatorModule;
      digest ??= schemasDigest(schemaDir);
      if (module.schemasDigest !== digest) {
        const generated = path.relative(path.resolve(MODEL_DIR, '../..'), VALIDATOR_MODULES[name].file);
        throw new StaleValidatorsError(`${generated} was generated from other schemas than those in schemas/: run npm run generate:types`);
      }
      modules.set(name, module);
    }
    return module[file]!;
  };
  const schemas = new Map<string, Record<string, unknown>>();
  return {
    validate(schemaFile, data) {
      const fn = compiled(schemaFile);
      return fn(data) ? [] : [...(fn.errors ?? [])];
    },
    schema(schemaFile) {
      let s = schemas.get(schemaFile);
      if (!s) {
        if (!readdirSync(schemaDir).includes(schemaFile)) throw new Error(`unknown schema ${schemaFile}`);
        s = JSON.parse(readFileSync(path.join(schemaDir, schemaFile), 'utf8')) as Record<string, unknown>;
        schemas.set(schemaFile, s);
      }
      return s;
    },
  };
}

/** `/steps/2/within` → ['steps', 2, 'within']. */
export function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** ['steps', 2, 'within'] → `steps[2].within`. */
export function labelOf(p: readonly PathSegment[]): string {
  let out = '';
  for (const seg of p) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || 'the document';
}

function valueAt(data: unknown, p: readonly PathSegment[]): unknown {
  let current = data;
  for (const seg of p) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, seg) ? (current as Record<string | number, unknown>)[seg] : undefined;
  }
  return current;
}

/** The name of the innermost shared definition an error came from: `common.schema.json#/$defs/duration/pattern` → `duration`. */
function definitionOf(schemaPath: string): string | null {
  const matches = [...schemaPath.matchAll(/\$defs\/([A-Za-z]+)/g)];
  return matches.length > 0 ? matches[matches.length - 1]![1]! : null;
}

/** How a scalar was written, when YAML read it as something else: `1.10` → number 1.1, `010` → 10. */
function writtenAs(source: SourceDocument, p: readonly PathSegment[], value: unknown): string {
  // A credential written where it does not belong is never echoed back (the credential rule reports it).
  if (typeof value === 'string' && credentialInField(p.at(-1) ?? null, value) !== null) return 'a value that looks like a credential (not shown)';
  const text = source.sourceText(p);
  if (text !== undefined && typeof value !== 'string' && text !== String(value)) {
    return `${text} (YAML reads it as ${typeof value === 'number' ? 'the number ' : ''}${String(value)})`;
  }
  return describeValue(value);
}

function explainDefinition(definition: string, value: unknown, written: string): string | null {
  switch (definition) {
    case 'percentage': {
      const parsed = parsePercentage(value);
      return parsed.ok ? null : parsed.message;
    }
    case 'duration': {
      const parsed = parseDuration(value);
      return parsed.ok ? null : parsed.message;
    }
    case 'period': {
      const parsed = parsePeriod(value);
      return parsed.ok ? null : parsed.message;
    }
    case 'id':
      return typeof value === 'string' && value.length > 64
        ? `must be an id of at most 64 characters, got ${value.length}`
        : `must be a kebab-case id like "first-response-urgent" (lower-case letters, digits, single hyphens), got ${written}`;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `must be a real calendar date, got "${value}" (no such day)`
        : `must be a date written YYYY-MM-DD, e.g. 2026-01-31, got ${written}`;
    case 'interval':
      return `must be an open interval HH:MM-HH:MM in 24-hour time, e.g. 09:00-17:30 or 22:00-06:00, got ${written}`;
    case 'githubHandle':
      return `must be a GitHub user name without @ (letters, digits, single hyphens), got ${written}`;
    case 'instant':
      return `must be an ISO 8601 timestamp in UTC like 2026-11-02T09:15:00Z, got ${written}`;
    case 'categoryMapping':
      return `must be type, a custom field ({ field: 360000000001 }, optionally with values) or tags ({ tags: { billing: billing } }, at least one), got ${written}`;
    case 'teamMapping':
      return `must be group or a custom field ({ field: 360000000002 }), got ${written}`;
    default:
      return null;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list',
  null: 'empty',
};

function typeHint(expected: string, value: unknown): string {
  if (expected === 'boolean' && typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value)) {
    return ' — YAML 1.2 reads yes/no/on/off as text: write true or false';
  }
  if (expected === 'string' && typeof value === 'number') return ' — quote it if you mean text';
  if (expected === 'array' && (typeof value === 'string' || typeof value === 'number')) return ` — write a list: [${String(value)}]`;
  return '';
}

/** Turns ajv errors into findings: one sentence per problem, at the right place, noise collapsed. */
export function explainSchemaErrors(
  errors: readonly ErrorObject[],
  source: SourceDocument,
  validator: SchemaValidator,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // Errors inside a oneOf's branches restate the oneOf failure: keep only the oneOf, explained by its definition.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.schemaPath.includes('/oneOf/') && oneOfPaths.has(error.instancePath)) continue;
    if (error.keyword === 'if') continue;
    // A key that breaks `propertyNames` gets two errors, the key's own (with `propertyName`) and this one.
    if ((error as { propertyName?: string }).propertyName !== undefined) continue;
    const p = pathOf(error.instancePath);
    const value = valueAt(source.data, p);
    const written = writtenAs(source, p, value);
    const label = labelOf(p);
    const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
    let message: string;
    let position = source.locate(p);
    switch (error.keyword) {
      case 'required': {
        const missing = (error.params as { missingProperty: string }).missingProperty;
        const description = propertyDescription(parent, missing, validator);
        message = `${p.length ? `${label}: ` : ''}missing required property "${missing}"${description ? ` — ${description}` : ''}`;
        break;
      }
      case 'additionalProperties': {
        const extra = (error.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys((parent.properties as Record<string, unknown>) ?? {});
        const hint = didYouMean(extra, allowed) || (allowed.length ? ` — allowed here: ${allowed.join(', ')}` : '');
        message = `${p.length ? `${label}: ` : ''}unknown property "${extra}"${hint}`;
        position = source.locateKey(p, extra);
        break;
      }
      case 'type': {
        const expected = String((error.params as { type: string | string[] }).type).split(',');
        message = `${label} must be ${expected.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}, got ${written}${typeHint(expected[0]!, value)}`;
        break;
      }
      case 'enum': {
        const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        message = `${label} must be one of ${allowed.join(', ')}, got ${written}${typeof value === 'string' ? didYouMean(value, allowed) : ''}`;
        break;
      }
      case 'const':
        message = `${label} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, got ${written}`;
        break;
      case 'propertyNames': {
        const key = (error.params as { propertyName: string }).propertyName;
        const inner = errors.find((e) => (e as { propertyName?: string }).propertyName === key && e.instancePath === error.instancePath);
        const definition = inner ? definitionOf(inner.schemaPath) : null;
        const explained = definition ? explainDefinition(definition, key, JSON.stringify(key)) : null;
        message = `${label}: key ${explained ?? `${JSON.stringify(key)} is not allowed here`}`;
        position = source.locateKey(p, key);
        break;
      }
      default: {
        const definition = definitionOf(error.schemaPath);
        const explained = definition ? explainDefinition(definition, value, written) : null;
        if (explained) {
          message = `${label} ${explained}`;
        } else if (error.schemaPath.endsWith('/window/pattern')) {
          message = `${label} must be a rolling window like 30d or 4w, or month or quarter, got ${written}`;
        } else if (error.schemaPath.endsWith('/delimiter/pattern')) {
          message = `${label} must be one character that is not a line break or a double quote (those end a record or quote a field), got ${written}: use the export's own delimiter, such as , ; | a tab or "\\x1f"`;
        } else if (error.schemaPath.endsWith('/site/properties/base/pattern')) {
          message = `${label} must be the path the site is served under, like / or /service-standards (starting with /, no trailing /, no spaces; letters, digits, . _ ~ - between slashes), got ${written}`;
        } else {
          message = `${label} ${genericMessage(error, written)}`;
        }
      }
    }
    const key = `${position.line}:${position.col}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ file: source.file, ...position, severity: 'error', message, rule: 'schema' });
  }
  return findings;
}

function propertyDescription(parent: Record<string, unknown>, property: string, validator: SchemaValidator): string | null {
  const properties = (parent.properties ?? {}) as Record<string, Record<string, unknown>>;
  const prop = properties[property];
  if (!prop) return null;
  if (typeof prop.description === 'string') return firstSentence(prop.description);
  if (typeof prop.$ref === 'string') {
    const [file, pointer] = prop.$ref.split('#');
    try {
      let target: unknown = validator.schema(file || 'common.schema.json');
      for (const seg of (pointer ?? '').split('/').filter(Boolean)) target = (target as Record<string, unknown>)[seg];
      const description = (target as Record<string, unknown>)?.description;
      return typeof description === 'string' ? firstSentence(description) : null;
    } catch {
      return null;
    }
  }
  return null;
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return (end > 0 ? text.slice(0, end + 1) : text).replace(/`/g, '');
}

function genericMessage(error: ErrorObject, written: string): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'minimum': return `must be at least ${params.limit}, got ${written}`;
    case 'maximum': return `must be at most ${params.limit}, got ${written}`;
    case 'exclusiveMinimum': return `must be more than ${params.limit}, got ${written}`;
    case 'exclusiveMaximum': return `must be less than ${params.limit}, got ${written}`;
    case 'minLength': return Number(params.limit) === 1 ? 'must not be empty' : `must be at least ${params.limit} characters long`;
    case 'maxLength': return `must be at most ${params.limit} characters long`;
    case 'minItems': return Number(params.limit) === 1 ? 'must list at least one item' : `must list at least ${params.limit} items`;
    case 'maxItems': return `must list at most ${params.limit} items`;
    case 'uniqueItems': return `must not repeat an item (items ${params.j} and ${params.i} are the same)`;
    case 'minProperties': return `must have at least ${params.limit} ${Number(params.limit) === 1 ? 'entry' : 'entries'}`;
    case 'maxProperties': return `must have at most ${params.limit} ${Number(params.limit) === 1 ? 'entry' : 'entries'}`;
    case 'pattern': return `has the wrong form, got ${written}`;
    case 'format': return `must be a valid ${params.format}, got ${written}`;
    case 'oneOf': return `does not match any allowed form, got ${written}`;
    default: return `${error.message ?? 'is not valid'}, got ${written}`;
  }
}

let sharedValidator: SchemaValidator | null = null;
/** Compiling the schemas costs more than validating hundreds of documents: do it once per process. */
export function defaultValidator(): SchemaValidator {
  sharedValidator ??= createSchemaValidator();
  return sharedValidator;
}
