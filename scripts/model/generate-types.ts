// Derives from schemas/*.schema.json everything that must not drift from them, so shapes have one source of
// truth: the TypeScript types of every document, the ticket and the report, and the ajv validation code
// compiled ahead of time (ajv's standalone code: a process that validates loads the compiled functions instead
// of compiling the schemas on every start). `npm run generate:types` rewrites the files; a test fails when a
// committed file differs from what the schemas generate.

import { readFile, writeFile, readdir } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { compile } from 'json-schema-to-typescript';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import { schemasDigest, VALIDATOR_MODULES } from './schema-validator.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GENERATED_TYPES_FILE = path.join(root, 'scripts/model/documents.generated.ts');

// Both are CommonJS with a default export; under Node's ESM interop they arrive as the module object.
const standaloneCode = ((standaloneCodeModule as unknown as { default?: unknown }).default ?? standaloneCodeModule) as (ajv: Ajv2020, refs: Record<string, string>) => string;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

const SCHEMA_TYPE_NAMES: Record<string, string> = {
  'pipeline.schema.json': 'PipelineDocument',
  'team.schema.json': 'TeamDocument',
  'calendar.schema.json': 'CalendarDocument',
  'standard.schema.json': 'StandardDocument',
  'sop.schema.json': 'SopDocument',
  'policy.schema.json': 'PolicyDocument',
  'scorecard.schema.json': 'ScorecardDocument',
  'ticket.schema.json': 'Ticket',
  'report.schema.json': 'Report',
  'status.schema.json': 'StatusSummary',
  'review.schema.json': 'Review',
  'qa-review.schema.json': 'QaReviewRecord',
  'acknowledgement.schema.json': 'AcknowledgementRecord',
};

export async function generateTypes(schemaDir = path.join(root, 'schemas')): Promise<string> {
  const parts = [
    '// Generated from schemas/*.schema.json by `npm run generate:types`. Do not edit by hand.',
    '/* eslint-disable */',
    '',
  ];
  const files = (await readdir(schemaDir)).filter((f) => f in SCHEMA_TYPE_NAMES).sort();
  for (const file of files) {
    const schema = JSON.parse(await readFile(path.join(schemaDir, file), 'utf8'));
    schema.title = SCHEMA_TYPE_NAMES[file];
    const ts = await compile(schema, SCHEMA_TYPE_NAMES[file]!, {
      cwd: schemaDir,
      bannerComment: '',
      additionalProperties: false,
      declareExternallyReferenced: true,
      strictIndexSignatures: true,
      style: { singleQuote: true },
      format: true,
    });
    parts.push(`// --- ${file} ---`, ts.trim(), '');
  }
  return dedupeDeclarations(parts.join('\n'));
}

/** Shared definitions are emitted once per schema that references them; keep the first declaration. */
function dedupeDeclarations(source: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  const blocks = source.split(/\n(?=(?:\/\*\*[\s\S]*?\*\/\n)?export )/);
  for (const block of blocks) {
    const name = /export (?:type|interface) (\w+)/.exec(block)?.[1];
    if (name && seen.has(name)) continue;
    if (name) seen.add(name);
    out.push(block);
  }
  return out.join('\n');
}

/** The ajv the validators are compiled with: strict, every error, and (verbose) the failing schema in each error. */
function validationAjv(schemaDir: string, verbose: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose, code: { source: true, lines: true } });
  addFormats(ajv);
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')) as Record<string, unknown>);
  }
  return ajv;
}

/**
 * The index just after the `}` that closes the block opening at `code[open]`, in ajv's generated code: braces in
 * string literals, comments and regular expression literals (`key.replace(/\\//g, "~1")` in an error's path) do not
 * count. A `/` starts a regular expression where a value is expected (after an operator or punctuation), as in
 * JavaScript's grammar for the code ajv writes; elsewhere it divides.
 */
function blockEnd(code: string, open: number): number {
  let depth = 0;
  let previous = '';
  for (let i = open; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; code[i] !== c; i++) {
        if (i >= code.length) throw new Error('generated validator code: a string is not closed');
        if (code[i] === '\\') i++;
      }
    } else if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
      continue;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i) + 1;
      continue;
    } else if (c === '/' && (previous === '' || '(,=:[!&|?{};+-*%<>~^'.includes(previous))) {
      for (let inClass = false, j = i + 1; ; j++) {
        if (j >= code.length || code[j] === '\n') throw new Error('generated validator code: a regular expression is not closed');
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        else if (code[j] === '/' && !inClass) { i = j; break; }
      }
    } else if (c === '{') {
      depth++;
    } else if (c === '}' && --depth === 0) {
      return i + 1;
    }
    if (!/\s/.test(c)) previous = c;
  }
  throw new Error('generated validator code: a block is not closed');
}

/**
 * ajv's standalone code with its validate functions compiled when the module is: each top-level
 * `function validateN(…){…}` becomes `var validateN = (function validateN(…){…});` (V8 compiles a function in
 * parentheses at once, not on its first call), all of them moved to the module's start, as a declaration's hoisting
 * would have them: ajv's code may use a function above its text (a schema that refers to itself reaches the function
 * being written through `const wrapper0 = {validate: validateN};`, written before it). The other statements keep
 * their order; the `exports[…] = validateN;` lines move to the end. Node's compile cache keeps what V8 compiled with the module, so a run then finds the functions
 * compiled: V8 compiled them lazily, on the first validation of every run, which cost an evaluate ≈ 12 ms to check
 * its report (the report's validator, 0.28 MB of code), where the whole module now loads in ≈ 2 ms more than before.
 */
export function compiledWhenLoaded(code: string): string {
  const strict = '"use strict";\n';
  if (!code.startsWith(strict)) throw new Error('generated validator code: it does not start with "use strict"');
  let out = '';
  const functions: string[] = [];
  let at = strict.length;
  const declaration = /^function (validate\d+)\(/gm;
  for (let found = declaration.exec(code); found !== null; found = declaration.exec(code)) {
    // The parameters hold destructuring defaults (`{instancePath="", …}={}`): the body opens after their `)`.
    let i = found.index + found[0].length;
    for (let depth = 1; depth > 0; i++) depth += code[i] === '(' ? 1 : code[i] === ')' ? -1 : 0;
    if (code[i] !== '{') throw new Error(`generated validator code: ${found[1]}'s body does not follow its parameters`);
    const end = blockEnd(code, i);
    out += code.slice(at, found.index);
    functions.push(`var ${found[1]} = (function ${found[1]}(${code.slice(found.index + found[0].length, end)});\n`);
    // The declaration's line, left empty, is not kept.
    at = code[end] === '\n' ? end + 1 : end;
    declaration.lastIndex = end;
  }
  out += code.slice(at);
  const exported: string[] = [];
  out = out.replace(/^exports\[[^\n]*\] = validate\d+;\n/gm, (line) => { exported.push(line); return ''; });
  const result = `${strict}${functions.join('')}${out.replace(/\n*$/, '\n')}${exported.join('')}`;
  // Rewritten wrongly, the module would not compile: refuse here rather than commit it.
  new Script(`(function (exports, require, module) {${result}\n})`);
  return result;
}

/** The standalone validation module of one set of schemas, exported by schema file name. */
export function generateValidatorModule(name: keyof typeof VALIDATOR_MODULES, schemaDir = path.join(root, 'schemas')): string {
  const ajv = validationAjv(schemaDir, VALIDATOR_MODULES[name].verbose);
  const code = compiledWhenLoaded(standaloneCode(ajv, Object.fromEntries(VALIDATOR_MODULES[name].schemas.map((file) => [file, file]))));
  const ajvVersion = (createRequire(import.meta.url)('ajv/package.json') as { version: string }).version;
  return [
    `// Generated from schemas/*.schema.json by \`npm run generate:types\` (ajv ${ajvVersion} standalone code). Do not edit by hand.`,
    `// Validators of ${VALIDATOR_MODULES[name].schemas.join(', ')}, by schema file name.`,
    code,
    `exports.schemasDigest = ${JSON.stringify(schemasDigest(schemaDir, VALIDATOR_MODULES[name].schemas))};`,
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(GENERATED_TYPES_FILE, await generateTypes());
  console.log(`wrote ${path.relative(root, GENERATED_TYPES_FILE)}`);
  for (const name of Object.keys(VALIDATOR_MODULES) as (keyof typeof VALIDATOR_MODULES)[]) {
    await writeFile(VALIDATOR_MODULES[name].file, generateValidatorModule(name));
    console.log(`wrote ${path.relative(root, VALIDATOR_MODULES[name].file)}`);
  }
}
