// Builds a document set from the base fixtures plus one scenario's overlay, as validateDocuments takes it.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentFile } from '../../scripts/model/load.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/validate');

function filesUnder(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full).split(path.sep).join('/'), new Uint8Array(readFileSync(full)));
  }
  return out;
}

export function scenarioFiles(scenario: string | null, extra: DocumentFile[] = []): DocumentFile[] {
  const files = filesUnder(path.join(FIXTURES, 'base'));
  if (scenario) for (const [file, bytes] of filesUnder(path.join(FIXTURES, 'invalid', scenario))) files.set(file, bytes);
  for (const { file, bytes } of extra) files.set(file, bytes);
  return [...files].map(([file, bytes]) => ({ file, bytes })).sort((a, b) => a.file.localeCompare(b.file));
}

export function scenarios(): string[] {
  return readdirSync(path.join(FIXTURES, 'invalid')).sort();
}
