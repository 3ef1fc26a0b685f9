// The validators' module as generate-types.ts rewrites it (each validate function compiled with the module,
// `compiledWhenLoaded`), for a schema that refers to itself: a tree of nodes, each node's children nodes. ajv's
// standalone code then reaches the function it is writing through a wrapper made before the function's text
// (`const wrapper0 = {validate: validate21};` above `function validate21`), which a function declaration's hoisting
// makes work. The rewritten module must validate exactly as ajv's own validator does.

import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import { compiledWhenLoaded } from '../../scripts/model/generate-types.ts';

const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ?? standaloneCodeModule) as (ajv: Ajv2020, refs: Record<string, string>) => string;

const node = { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } } };
const TREE = { $id: 'tree.schema.json', type: 'object', required: ['root'], properties: { root: { $ref: '#/$defs/node' } }, $defs: { node } };
// Two schemas that refer to each other (a rule holds conditions, a condition may hold a rule).
const RULE = { $id: 'rule.schema.json', type: 'object', required: ['all'], properties: { all: { type: 'array', items: { $ref: 'condition.schema.json' } } } };
const CONDITION = { $id: 'condition.schema.json', type: 'object', properties: { field: { type: 'string' }, rule: { $ref: 'rule.schema.json' } }, additionalProperties: false };

/** ajv as generate-types.ts sets it up (strict, every error, code kept with its lines). */
function ajvWith(...schemas: object[]): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, lines: true } });
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
function rewrittenModule(ajv: Ajv2020, files: string[]): Record<string, Validate> {
  const exports: Record<string, Validate> = {};
  new Function('exports', compiledWhenLoaded(standaloneCode(ajv, Object.fromEntries(files.map((f) => [f, f])))))(exports);
  return exports;
}

describe('validators rewritten to be compiled with their module, for schemas that refer to themselves', () => {
  it('a tree of nodes: valid and invalid trees, every depth, the same answers and errors as ajv’s own validator', () => {
    const validate = rewrittenModule(ajvWith(TREE), ['tree.schema.json'])['tree.schema.json']!;
    const reference = ajvWith(TREE).getSchema('tree.schema.json')!;
    const trees = [
      { root: { name: 'a' } },
      { root: { name: 'a', children: [{ name: 'b', children: [{ name: 'c' }] }, { name: 'd' }] } },
      { root: { name: 'a', children: [{ name: 'b', children: [{ nom: 'c' }] }] } },
      { root: { name: 'a', children: [{ name: 2 }, { name: 'e', children: 'x' }] } },
    ];
    expect(trees.map((t) => validate(t))).toEqual([true, true, false, false]);
    for (const tree of trees) {
      reference(tree);
      validate(tree);
      expect(validate.errors).toEqual(reference.errors);
    }
  });

  it('two schemas that refer to each other', () => {
    const validate = rewrittenModule(ajvWith(RULE, CONDITION), ['rule.schema.json'])['rule.schema.json']!;
    expect(validate({ all: [{ field: 'x' }, { rule: { all: [{ field: 'y', rule: { all: [] } }] } }] })).toBe(true);
    expect(validate({ all: [{ rule: { all: [{ rule: { any: [] } }] } }] })).toBe(false);
    expect(validate.errors).toEqual([expect.objectContaining({ instancePath: '/all/0/rule/all/0/rule', keyword: 'required', params: { missingProperty: 'all' } })]);
  });
});
