// The schemas' compiled validators, and nothing else, so a command that validates what the engine made (the
// report) loads no more than it needs: the sentences made of a person's file's errors are schema-validator.ts's.
// The schemas are compiled ahead of time (ajv standalone code, strict mode, all errors, regenerated with the
// types by `npm run generate:types`): a process loads the compiled functions of the schemas it uses, which
// costs a few milliseconds where compiling them cost a quarter of a second on every start.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';

const MODEL_DIR = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_DIR = path.resolve(MODEL_DIR, '../../schemas');

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
 * What a module's compiled code was generated from: a digest of its schemas and of every schema they reference
 * (`$ref` to another file, followed from file to file), each as parsed (line endings and indentation do not count).
 * The validator compares it with the schemas on disk before it uses the code. Only those: checking the report's
 * validator reads report.schema.json, not the fourteen schemas (≈ 3 ms of every evaluate).
 */
export const schemasDigest = (function schemasDigest(schemaDir: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  const texts = new Map<string, string | null>();
  const pending = [...files];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (texts.has(file)) continue;
    let text: string | null;
    try {
      text = readFileSync(path.join(schemaDir, file), 'utf8');
    } catch {
      text = null;
    }
    texts.set(file, text);
    for (const ref of text?.matchAll(/"\$ref"\s*:\s*"([^"#]+)/g) ?? []) pending.push(ref[1]!);
  }
  for (const file of [...texts.keys()].sort()) {
    const text = texts.get(file)!;
    hash.update(`${file}\n${text === null ? '(missing)' : JSON.stringify(JSON.parse(text))}\n`);
  }
  return hash.digest('hex');
});

export class StaleValidatorsError extends Error {}

export interface SchemaValidator {
  /** Validate `data` against a schema by file name (`standard.schema.json`); returns raw ajv errors. */
  validate(schemaFile: string, data: unknown): ErrorObject[];
  /** The raw schema, for descriptions and property lists. */
  schema(schemaFile: string): Record<string, unknown>;
}

type ValidatorModule = Record<string, ValidateFunction> & { schemasDigest: string };

/** The validator of the schemas in `schemaDir` (the project's schemas/), with the code compiled from them. */
export const createSchemaValidator = (function createSchemaValidator(schemaDir = SCHEMA_DIR): SchemaValidator {
  const require = createRequire(import.meta.url);
  const modules = new Map<string, ValidatorModule>();
  // A module is loaded on first use, once: `validate` never loads the report's or the ticket's validators.
  const compiled = (file: string): ValidateFunction => {
    const name = (Object.keys(VALIDATOR_MODULES) as (keyof typeof VALIDATOR_MODULES)[])
      .find((n) => (VALIDATOR_MODULES[n].schemas as readonly string[]).includes(file));
    if (!name) throw new Error(`unknown schema ${file}`);
    let module = modules.get(name);
    if (!module) {
      module = require(VALIDATOR_MODULES[name].file) as ValidatorModule;
      if (module.schemasDigest !== schemasDigest(schemaDir, VALIDATOR_MODULES[name].schemas)) {
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
});

let sharedValidator: SchemaValidator | null = null;
/** Compiling the schemas costs more than validating hundreds of documents: do it once per process. */
export const defaultValidator = (function defaultValidator(): SchemaValidator {
  sharedValidator ??= createSchemaValidator();
  return sharedValidator;
});
