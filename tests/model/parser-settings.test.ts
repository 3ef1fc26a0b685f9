// Validate refuses control characters in every text a document holds, as every text is published (issue 19),
// except the CSV imports' parser settings, which are never published and which a data warehouse's export sets to
// a control character ("\x1f", "\x01"). Named in one list (PARSER_SETTINGS, text-characters.ts), checked here
// against the schema so that a new single-character setting cannot be forgotten.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { PARSER_SETTINGS } from '../../scripts/model/text-characters.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/validate/base');
const SCHEMAS = path.resolve(import.meta.dirname, '../../schemas');
const NOW = '2026-11-20T06:00:00Z';
const temps: string[] = [];
afterAll(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** The fixture repository with a CSV source delimited by `delimiter`, exporting one ticket. */
function csvRepo(delimiter: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'standards-parser-settings-'));
  temps.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const file = path.join(root, 'standards/pipeline.yaml');
  const escaped = `\\x${delimiter.charCodeAt(0).toString(16).padStart(2, '0')}`;
  writeFileSync(file, readFileSync(file, 'utf8').replace(/source:[\s\S]*$/, [
    'source:',
    '  type: csv',
    `  csv: { path: exports/t.csv, timezone: Europe/Dublin, delimiter: "${escaped}", columns: { id: Id, created: Created, priority: Priority, status: Status } }`,
    '',
  ].join('\n')));
  mkdirSync(path.join(root, 'exports'));
  writeFileSync(path.join(root, 'exports/t.csv'), ['Id', 'Created', 'Priority', 'Status'].join(delimiter) + '\n' + ['T-7001', '2026-11-18 09:15:00', 'high', 'open'].join(delimiter) + '\n');
  return root;
}

/** The stored tickets' ids. */
function storedIds(root: string): string[] {
  const dir = path.join(root, 'data/tickets');
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ndjson'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((line) => String((JSON.parse(line) as { id: unknown }).id)));
}

/** Every property of `schema` (following local $refs) that is a string of at most one character, by path. */
function singleCharacterSettings(schema: Record<string, unknown>): string[] {
  const defs = (schema.$defs ?? {}) as Record<string, Record<string, unknown>>;
  const out: string[] = [];
  const walk = (node: Record<string, unknown>, at: string[]) => {
    const ref = node.$ref as string | undefined;
    if (ref?.startsWith('#/$defs/')) return walk(defs[ref.slice('#/$defs/'.length)]!, at);
    if (node.type === 'string' && node.maxLength === 1) out.push(at.join('.'));
    for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(child, [...at, key]);
    for (const branch of [...(node.anyOf as [] ?? []), ...(node.oneOf as [] ?? []), ...(node.allOf as [] ?? [])]) walk(branch, at);
  };
  walk(schema, []);
  return [...new Set(out)].sort();
}

describe('parser settings may be control characters', () => {
  it.each([['\x1f'], ['\x01']])('a CSV export delimited by %j validates, and the fetch imports its ticket', async (delimiter) => {
    const root = csvRepo(delimiter);
    const validated = await runCli(['validate', '--root', root], { now: NOW });
    expect(validated.stdout + validated.stderr).not.toContain('control character');
    expect(validated.code).toBe(0);
    const fetched = await runCli(['fetch', '--root', root], { now: NOW });
    expect(fetched.code, fetched.stderr).toBe(0);
    expect(storedIds(root)).toEqual(['T-7001']);
  });

  it('every single-character setting of pipeline.schema.json is named, and nothing else is', () => {
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS, 'pipeline.schema.json'), 'utf8')) as Record<string, unknown>;
    expect([...PARSER_SETTINGS.Pipeline!].sort()).toEqual(singleCharacterSettings(schema));
    expect(Object.keys(PARSER_SETTINGS)).toEqual(['Pipeline']);
  });

  it('a control character in a published text is still refused: a title, and the organisation beside the delimiter', async () => {
    const root = csvRepo('\x1f');
    const pipeline = path.join(root, 'standards/pipeline.yaml');
    writeFileSync(pipeline, readFileSync(pipeline, 'utf8').replace('organisation: Fixture Support', 'organisation: "Fixture\\x1fSupport"'));
    const sop = path.join(root, 'standards/sops/handle-inquiry.yaml');
    writeFileSync(sop, readFileSync(sop, 'utf8').replace('title: Handling an inquiry', 'title: "Handling an\\x01inquiry"'));
    const validated = await runCli(['validate', '--root', root], { now: NOW });
    const output = validated.stdout + validated.stderr;
    expect(validated.code).toBe(1);
    expect(output).toContain('standards/pipeline.yaml:4:15 error: organisation holds the invisible control character U+001F ("Fixture\\u001fSupport"): delete it');
    expect(output).toContain('standards/sops/handle-inquiry.yaml:4:8 error: title holds the invisible control character U+0001 ("Handling an\\u0001inquiry"): delete it');
    expect(output.match(/invisible control character/g)).toHaveLength(2);
  });

  it.each([['\r'], ['\n'], ['"']])('a delimiter of %j, which ends a record or quotes a field, is refused at its line and column', async (delimiter) => {
    const root = csvRepo(delimiter);
    const validated = await runCli(['validate', '--root', root], { now: NOW });
    expect(validated.code).toBe(1);
    const line = (validated.stdout + validated.stderr).split('\n').find((l) => l.includes('delimiter'));
    expect(line).toBe(`standards/pipeline.yaml:7:67 error: source.csv.delimiter must be one character that is not a line break or a double quote (those end a record or quote a field), got ${JSON.stringify(delimiter)}: use the export's own delimiter, such as , ; | a tab or "\\x1f" [schema]`);
  });
});
