// Files kept between runs beside the installed packages (node_modules/.cache/service-standards/: the kept models,
// model-cache.ts, and the code digests' records, code-digest.ts), written whole or not at all: a temporary file
// renamed over the file. A run killed between the two (SIGKILL, a runner that disappears) runs no clean-up and
// leaves its temporary file, and nothing holds a lock on this folder (a validate may run beside a night), so a temp
// file carries its writer (run-owner.ts: `<file>.<pid>_<boot>_<start>.<random>.tmp`) and each write sweeps the
// folder of those whose writer no longer runs. Each write: a leftover means a write did not finish, so its file is
// missing or stale and the next run that needs it writes it again, sweeping. Names of older versions
// (`<file>.<pid>.<random>.tmp`) are judged by the pid alone: kept while some process holds it, never a live writer's.

import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessRunning, isRunOwnerLive, runOwnerOf, runOwnerTag, RUN_OWNER_PATTERN, type RunLiveness } from './run-owner.ts';

const TEMP_FILE = new RegExp(`^.+\\.${RUN_OWNER_PATTERN}\\.[0-9a-z]+\\.tmp$`);

/** A temporary name beside `file`, carrying this process (`<file>.<owner>.<random>.tmp`). */
export function keptTempFileFor(file: string): string {
  return `${file}.${runOwnerTag()}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Writes `text` to `file` whole or not at all, then sweeps what killed writers left beside it. Throws when it cannot write. */
export function writeKeptFile(file: string, text: string): void {
  const dir = path.dirname(file);
  const temporary = keptTempFileFor(file);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  sweepKilledWritersTemps(dir);
}

/** Removes the temp files in `dir` whose writer no longer runs; returns how many. Never throws (a cache's tidying). */
export function sweepKilledWritersTemps(dir: string, liveness: RunLiveness = { isRunning: isProcessRunning }): number {
  let swept = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const match = TEMP_FILE.exec(name);
    if (match === null || isRunOwnerLive(runOwnerOf(match[1]!, match[2]), liveness)) continue;
    try {
      rmSync(path.join(dir, name), { force: true });
      swept++;
    } catch {
      // Gone meanwhile, or not ours to remove: left for another run.
    }
  }
  return swept;
}
