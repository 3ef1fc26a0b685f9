import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_IDS, METRICS } from '../../scripts/model/metric-catalogue.ts';
import { GENERATED_TYPES_FILE, generateTypes } from '../../scripts/model/generate-types.ts';
import { createSchemaValidator, SCHEMA_DIR } from '../../scripts/model/schema-validator.ts';

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
  it('compile together in ajv strict mode', () => {
    const validator = createSchemaValidator();
    // Compilation is lazy: validating once per schema forces every one of them through ajv's strict mode.
    for (const file of schemaFiles) expect(() => validator.validate(file, {})).not.toThrow();
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
});
