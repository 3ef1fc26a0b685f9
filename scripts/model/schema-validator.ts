// Checks a document's shape against its JSON Schema and turns ajv's errors into positioned sentences. The
// validators themselves (compiled ahead of time) are compiled-validators.ts's.

import type { ErrorObject } from 'ajv';
import type { SchemaValidator } from './compiled-validators.ts';
import { credentialInField } from './credentials.ts';
import type { Finding } from './findings.ts';
import type { PathSegment, SourceDocument } from './yaml-source.ts';
import { describeValue, parseDuration, parsePercentage, parsePeriod } from './values.ts';
import { didYouMean } from './suggest.ts';

// The compiled validators live in compiled-validators.ts (the report's writer loads them alone); here as before.
export { createSchemaValidator, defaultValidator, SCHEMA_DIR, schemasDigest, StaleValidatorsError, VALIDATOR_MODULES } from './compiled-validators.ts';
export type { SchemaValidator } from './compiled-validators.ts';

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
