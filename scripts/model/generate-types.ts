// Derives the TypeScript types of every document, the ticket and the report from schemas/*.schema.json,
// so shapes have one source of truth. `npm run generate:types` rewrites the file; a test fails when the
// committed file differs from what the schemas generate.

import { readFile, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GENERATED_TYPES_FILE = path.join(root, 'scripts/model/documents.generated.ts');

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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(GENERATED_TYPES_FILE, await generateTypes());
  console.log(`wrote ${path.relative(root, GENERATED_TYPES_FILE)}`);
}
