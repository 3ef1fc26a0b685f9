// A real `standards fetch` child process killed where kill-at-rename.ts is told (KILL_AFTER_RENAMES,
// KILL_BEFORE_RENAME, KILL_AFTER_LINKS), and what the killed-fetch tests compare afterwards.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../process-fixtures.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');

/** `standards fetch` as a child process, killed as `kill` says (none: never); the targets of its renames. */
export function fetchChild(root: string, now: string, kill: Record<string, string> = {}): Promise<{ signal: NodeJS.Signals | null; code: number | null; renames: string[] }> {
  const seen = path.join(tempDir('standards-renames-'), 'renames');
  writeFileSync(seen, '');
  return new Promise((resolve) => {
    const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), ['--import', path.join(import.meta.dirname, 'kill-at-rename.ts'), path.join(REPOSITORY_ROOT, 'scripts/cli.ts'), 'fetch', '--root', root, '--now', now], {
      env: { PATH: process.env.PATH ?? '', ...kill, RENAMES_SEEN: seen, RENAMES_UNDER: path.join(root, path.sep) },
      stdio: 'ignore',
    });
    child.on('exit', (code, signal) => resolve({ code, signal, renames: readFileSync(seen, 'utf8').split('\n').filter((l) => l !== '') }));
  });
}

/** Every day file of the store, by path, its bytes as text. */
export function dayFiles(root: string): Map<string, string> {
  const dir = path.join(root, 'data/tickets');
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ndjson')).sort();
  return new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** The day files dated an hour back: last night's, not within the racy window of tonight's record. */
export function ageDays(root: string): void {
  const past = new Date(Date.now() - 3_600_000);
  const dir = path.join(root, 'data/tickets');
  for (const f of readdirSync(dir, { recursive: true }) as string[]) if (f.endsWith('.ndjson')) utimesSync(path.join(dir, f), past, past);
}
