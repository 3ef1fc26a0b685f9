import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_IDS, METRICS } from '../../scripts/model/metric-catalogue.ts';
import { GENERATED_TYPES_FILE, compiledWhenLoaded, generateTypes, generateValidatorModule } from '../../scripts/model/generate-types.ts';
import { createSchemaValidator, SCHEMA_DIR, StaleValidatorsError, VALIDATOR_MODULES } from '../../scripts/model/schema-validator.ts';

const schemaFiles = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort();
const load = (file: string) => JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;

/** Every object schema reachable in `node`, with its JSON pointer. */
function objectSchemas(node: unknown, pointer = '#'): [string, Record<string, unknown>][] {
  if (!node || typeof node !== 'object') return [];
  const out: [string, Record<string, unknown>][] = [];
  const record = node as Record<string, unknown>;
  if (record.properties && typeof record.properties === 'object') out.push([pointer, record]);
  for (const [key, value] of Object.entries(record)) {
    if (key === 'examples' || key === 'enum' || key === 'const') continue;
    out.push(...objectSchemas(value, `${pointer}/${key}`));
  }
  return out;
}

describe('the schemas', () => {
  it('each have a compiled validator, in exactly one of the generated modules', () => {
    const validator = createSchemaValidator();
    // An empty object is no document: every validator runs and names what is missing.
    for (const file of schemaFiles.filter((f) => f !== 'common.schema.json')) {
      expect(validator.validate(file, {}).map((e) => e.keyword), file).toContain('required');
    }
    expect(validator.validate('common.schema.json', {})).toEqual([]);
    expect(Object.values(VALIDATOR_MODULES).flatMap((m) => m.schemas).sort()).toEqual(schemaFiles);
    expect(schemaFiles).toEqual([
      'acknowledgement.schema.json', 'calendar.schema.json', 'common.schema.json', 'pipeline.schema.json', 'policy.schema.json', 'qa-review.schema.json', 'report.schema.json', 'review.schema.json',
      'scorecard.schema.json', 'sop.schema.json', 'standard.schema.json', 'status.schema.json', 'team.schema.json', 'ticket.schema.json',
    ]);
  });

  it.each(schemaFiles.filter((f) => f !== 'report.schema.json' && f !== 'ticket.schema.json'))(
    '%s describes every property and allows no others',
    (file) => {
      const schema = load(file);
      expect(schema.$id).toBe(file);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const undocumented: string[] = [];
      const open: string[] = [];
      for (const [pointer, object] of objectSchemas(schema)) {
        if (object.additionalProperties !== false) open.push(pointer);
        for (const [name, prop] of Object.entries(object.properties as Record<string, Record<string, unknown>>)) {
          if (typeof prop.description !== 'string' && typeof prop.$ref !== 'string') undocumented.push(`${pointer}/properties/${name}`);
        }
      }
      expect(undocumented).toEqual([]);
      expect(open).toEqual([]);
    },
  );

  it('list exactly the metrics of the catalogue', () => {
    const standard = load('standard.schema.json') as { properties: { metric: { enum: string[] } } };
    expect(standard.properties.metric.enum).toEqual([...METRIC_IDS]);
    expect(Object.keys(METRICS)).toEqual([...METRIC_IDS]);
  });

  it('generate the committed TypeScript types (run npm run generate:types after changing a schema)', async () => {
    expect(await generateTypes()).toBe(readFileSync(GENERATED_TYPES_FILE, 'utf8'));
  });

  // Compiling them is also the strict-mode check: ajv refuses unknown keywords and formats while generating.
  it.each(Object.keys(VALIDATOR_MODULES) as (keyof typeof VALIDATOR_MODULES)[])(
    'generate the committed compiled validators, module %s (run npm run generate:types after changing a schema)',
    (name) => {
      expect(generateValidatorModule(name)).toBe(readFileSync(VALIDATOR_MODULES[name].file, 'utf8'));
    },
  );

  it('are written to be compiled with their module (parenthesised), their exports after them, whatever braces and slashes their strings, comments and patterns hold', () => {
    const ajvCode = [
      '"use strict";',
      'exports["a.schema.json"] = validate1;',
      'const schema1 = {"a":"}"};',
      'function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){',
      '/*# sourceURL="a.schema.json" } */;',
      'const err = {path: instancePath+"/" + String(data).replace(/~/g, "~0").replace(/\\//g, "~1"), kind: "{"}; const path = err.path; // a } here',
      'if (path.length / 2 > 100) { return "}"; }',
      'return validate2(path);',
      '}',
      'validate1.evaluated = {"props":true};',
      "function validate2(data){ return data === '/{' ? 'brace' : data; }",
      '',
    ].join('\n');
    const rewritten = compiledWhenLoaded(ajvCode);
    // The functions first, as a declaration's hoisting has them (tests/model/validators-recursive-schema.test.ts).
    expect(rewritten).toBe([
      '"use strict";',
      'var validate1 = (function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){',
      '/*# sourceURL="a.schema.json" } */;',
      'const err = {path: instancePath+"/" + String(data).replace(/~/g, "~0").replace(/\\//g, "~1"), kind: "{"}; const path = err.path; // a } here',
      'if (path.length / 2 > 100) { return "}"; }',
      'return validate2(path);',
      '});',
      "var validate2 = (function validate2(data){ return data === '/{' ? 'brace' : data; });",
      'const schema1 = {"a":"}"};',
      'validate1.evaluated = {"props":true};',
      'exports["a.schema.json"] = validate1;',
      '',
    ].join('\n'));
    const exports: Record<string, (data: unknown) => unknown> = {};
    new Function('exports', rewritten)(exports);
    expect(exports['a.schema.json']!('a/~b')).toBe('/a~1~0b');
    expect((exports['a.schema.json'] as unknown as { evaluated: unknown }).evaluated).toEqual({ props: true });
    for (const name of Object.keys(VALIDATOR_MODULES) as (keyof typeof VALIDATOR_MODULES)[]) {
      const code = readFileSync(VALIDATOR_MODULES[name].file, 'utf8');
      expect(code, name).not.toMatch(/^function /m);
      expect(code, name).toMatch(/^var validate\d+ = \(function validate\d+\(/m);
    }
  });

  it('refuse to validate with code compiled from other schemas, and say how to regenerate it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schemas-'));
    try {
      cpSync(SCHEMA_DIR, dir, { recursive: true });
      const team = JSON.parse(readFileSync(path.join(dir, 'team.schema.json'), 'utf8')) as { required: string[] };
      team.required = [...team.required, 'description'];
      writeFileSync(path.join(dir, 'team.schema.json'), JSON.stringify(team));
      const validator = createSchemaValidator(dir);
      expect(() => validator.validate('team.schema.json', {})).toThrow(StaleValidatorsError);
      expect(() => validator.validate('team.schema.json', {})).toThrow(
        'scripts/model/document-validators.generated.cjs was generated from other schemas than those in schemas/: run npm run generate:types',
      );
      // Reformatting a schema (indentation, line endings) is no change to it.
      writeFileSync(path.join(dir, 'team.schema.json'), readFileSync(path.join(SCHEMA_DIR, 'team.schema.json'), 'utf8').replaceAll('\n', '\r\n  '));
      expect(createSchemaValidator(dir).validate('team.schema.json', { kind: 'Team' }).map((e) => e.keyword)).toContain('required');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check each module against its own schemas and those they reference: a changed report schema stales only the report\'s', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schemas-'));
    const stale = (module: string) => `scripts/model/${module}-validators.generated.cjs was generated from other schemas than those in schemas/: run npm run generate:types`;
    try {
      cpSync(SCHEMA_DIR, dir, { recursive: true });
      const report = JSON.parse(readFileSync(path.join(dir, 'report.schema.json'), 'utf8')) as { title: string };
      report.title = 'Another report';
      writeFileSync(path.join(dir, 'report.schema.json'), JSON.stringify(report));
      expect(() => createSchemaValidator(dir).validate('report.schema.json', {})).toThrow(stale('report'));
      expect(createSchemaValidator(dir).validate('team.schema.json', { kind: 'Team' }).map((e) => e.keyword)).toContain('required');
      expect(createSchemaValidator(dir).validate('ticket.schema.json', {}).map((e) => e.keyword)).toContain('required');
      // The shared definitions are referenced by the documents' and the records' schemas, not by the report's.
      cpSync(SCHEMA_DIR, dir, { recursive: true });
      const common = JSON.parse(readFileSync(path.join(dir, 'common.schema.json'), 'utf8')) as { title: string };
      common.title = 'Other shared definitions';
      writeFileSync(path.join(dir, 'common.schema.json'), JSON.stringify(common));
      expect(() => createSchemaValidator(dir).validate('team.schema.json', {})).toThrow(stale('document'));
      expect(() => createSchemaValidator(dir).validate('ticket.schema.json', {})).toThrow(stale('record'));
      expect(createSchemaValidator(dir).validate('report.schema.json', {}).map((e) => e.keyword)).toContain('required');
      // A referenced schema that is gone stales the modules that reference it.
      cpSync(SCHEMA_DIR, dir, { recursive: true });
      rmSync(path.join(dir, 'common.schema.json'));
      expect(() => createSchemaValidator(dir).validate('team.schema.json', {})).toThrow(stale('document'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
