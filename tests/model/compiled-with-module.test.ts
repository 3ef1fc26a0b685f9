// Our functions that a warm evaluate runs are compiled with their module, so that Node's compile cache holds them.
// Node writes a module's cache entry as soon as V8 has compiled the module, before it runs: a function V8 compiles
// lazily, on its first call (a function declaration), is never in it, and is compiled again on every run. A function
// written as a parenthesised expression (`export const f = (function f(…) {…});`) is compiled with its module, so it
// is cached. Measured at issue 21 (whole warm one-standard processes, alternated, paired medians of four series): the
// 341 top-level functions of a warm evaluate so written took 5–14 ms off ≈ 200 ms (100k tickets) and 7–9 ms off
// ≈ 280 ms (1M). Not every function: one compiled with its module that does not run costs its compilation (a night's,
// a fetch's, another command's stay as declarations). Such a const is not hoisted: TypeScript refuses a use above it
// in the module's own top-level code. Since then `evaluate` compiles every function with its module (scripts/
// standards.js sets V8's --no-lazy for it): inner functions, methods and the packages' functions too, which the form
// could not reach (≈ 500 compiled again on every warm run before, luxon's 108 among them). This test lists the
// functions of scripts/ that a warm evaluate of a sample store compiles lazily (V8's own log of its compilations):
// there should be none.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { sampleRepository, tempDir } from '../process-fixtures.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const NOW = '2026-11-19T06:00:00Z';

/** `standards evaluate` as users run it (scripts/standards.js), as a process with its own temporary folder (its compile cache). */
function evaluate(root: string, tmp: string, v8Flags: string[] = []): void {
  execFileSync(path.join(REPO, 'node_modules/.bin/node'), [...v8Flags, path.join(REPO, 'scripts/standards.js'), 'evaluate', '--root', root, '--now', NOW], {
    env: { PATH: process.env.PATH ?? '', TMPDIR: tmp, NO_COLOR: '1' }, stdio: 'ignore',
  });
}

/**
 * The scripts a run compiled or read from the cache, and the functions V8 compiled lazily in it, from its log
 * (`--log-function-events`): `function,parse-function,<script>,<start>,<end>,…` where a script's file is named by
 * `script-details,<script>,<url>,…`. Positions are the source's: Node strips TypeScript's types by blanking them.
 */
function compilations(log: string): { scripts: string[]; lazy: Array<{ file: string; start: number }> } {
  const urls = new Map<string, string>();
  const lazy: Array<{ file: string; start: number }> = [];
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const fields = line.split(',');
    if (fields[0] === 'script-details') urls.set(fields[1]!, fields[2]!);
    if (fields[0] === 'function' && fields[1] === 'parse-function') {
      const url = urls.get(fields[2]!);
      if (url?.startsWith('file:')) lazy.push({ file: fileURLToPath(url), start: Number(fields[3]) });
    }
  }
  return { scripts: [...urls.values()].filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url)), lazy };
}

describe('a warm evaluate', () => {
  it('compiles none of our functions lazily: every one it runs comes with its module from the compile cache', { timeout: 120_000 }, async () => {
    const root = sampleRepository('standards-compiled-');
    // A node_modules folder, as every checkout has: the model is kept there between runs (model-cache.ts).
    mkdirSync(path.join(root, 'node_modules'));
    expect((await runCli(['fetch', '--root', root], { now: NOW })).code).toBe(0);
    // The days written an hour before the evaluations (a day as new as the caches' records is read again each run).
    const past = new Date(Date.now() - 3_600_000);
    for (const f of readdirSync(path.join(root, 'data/tickets'), { recursive: true }) as string[]) if (f.endsWith('.ndjson')) utimesSync(path.join(root, 'data/tickets', f), past, past);
    const tmp = tempDir('standards-compiled-tmp-');
    // The first run makes every cache, the second finds them: the third is a warm one, logged.
    evaluate(root, tmp);
    evaluate(root, tmp);
    // A log per isolate (a thread's scripts are numbered apart from the main one's).
    const logs = tempDir('standards-compiled-log-');
    evaluate(root, tmp, ['--log-function-events', `--logfile=${path.join(logs, 'v8.log')}`]);

    const scripts = path.join(REPO, 'scripts') + path.sep;
    const runs = readdirSync(logs).map((log) => compilations(path.join(logs, log)));
    // The log is V8's and readable here: it names our modules (the engine's among them).
    expect(runs.flatMap((r) => r.scripts)).toContain(path.join(REPO, 'scripts/engine/evaluate.ts'));
    const sources = new Map<string, string>();
    // (The entry itself is compiled before it sets the flags and turns the cache on: its three small functions are lazy.)
    const entry = path.join(REPO, 'scripts/standards.js');
    const lazy = runs.flatMap((r) => r.lazy).filter((f) => f.file.startsWith(scripts) && f.file !== entry).map(({ file, start }) => {
      if (!sources.has(file)) sources.set(file, readFileSync(file, 'utf8'));
      const text = sources.get(file)!;
      // A function's start is its parameters' `(`: the line up to it names the function.
      return `${path.relative(REPO, file)}: ${text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim()}`;
    });
    expect(lazy, 'scripts/standards.js sets --no-lazy for evaluate before the compile cache: is it still there?').toEqual([]);
  });
});
