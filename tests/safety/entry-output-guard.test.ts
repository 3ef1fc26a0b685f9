// The entry installs the output guard before it imports anything that could print: what a library prints as its
// module loads is redacted and, in GitHub Actions, never read as a workflow command (on stdout it comes after the
// run's `::stop-commands::`, on stderr it is neutralised). Before, the guard came with cli.ts's run(), after every
// module cli.ts imports had loaded: a library among them printed to a step whose commands were obeyed.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const UUID = /^::stop-commands::([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

describe('the standards entry', () => {
  it('in GitHub Actions, stops commands before a module it imports prints, and neutralises what that module prints to stderr', () => {
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [
      '--import', path.join(import.meta.dirname, 'add-library-printing-at-load.mjs'), path.join(REPOSITORY_ROOT, 'scripts/standards.js'), '--help',
    ], { env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', NODE_DISABLE_COMPILE_CACHE: '1' }, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const stdout = run.stdout.split('\n');
    const token = UUID.exec(stdout[0]!)?.[1];
    expect(token).toBeDefined();
    expect(stdout.slice(1, 5)).toEqual([
      '::add-mask::from-a-library', '::set-output name=verdict::from a library', '::stop-commands::from-a-library', 'standards — service standards as code',
    ]);
    // Commands are obeyed again only at the end (the stop's own token), after everything printed.
    expect(stdout.slice(-2)).toEqual([`::${token}::`, '']);
    expect(stdout.filter((line) => line.includes(token!))).toEqual([`::stop-commands::${token}`, `::${token}::`]);
    expect(run.stderr).toBe('\u2800::add-mask::on-stderr\n\u2800::set-output name=verdict::on stderr\n\u2800::stop-commands::on-stderr\n');
  });

  // Commands are obeyed again on every way out, also while cli.ts is still loading (before its run() handles
  // SIGTERM and SIGINT): a signal there killed the process with Node's default action, no 'exit' event, so stdout's
  // `::TOKEN::` was never written and the rest of the step's output (a script's own `::error::` after the command)
  // was never read as commands.
  it.each([['SIGTERM', 143], ['SIGINT', 130], ['throw', 1], ['exit', 3]] as const)('resumes commands on the way out when the CLI, still loading, meets %s', (what, status) => {
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [
      '--import', path.join(import.meta.dirname, 'stop-as-cli-loads.mjs'), path.join(REPOSITORY_ROOT, 'scripts/standards.js'), '--help',
    ], { env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', NODE_DISABLE_COMPILE_CACHE: '1', STOP_AS_CLI_LOADS: what }, encoding: 'utf8', timeout: 60_000 });
    expect([run.status, run.signal]).toEqual([status, null]);
    const token = UUID.exec(run.stdout.split('\n')[0]!)?.[1];
    expect(token).toBeDefined();
    expect(run.stdout).toBe(`::stop-commands::${token}\n::${token}::\n`);
  });

  // Nothing can print before the guard: the entry imports the guard's module first, and that module's imports are
  // node: built-ins and our own modules, transitively (a library among them would print before the guard is on).
  it('imports the guard first, and the guard\'s module graph holds no package', () => {
    const entry = readFileSync(path.join(REPOSITORY_ROOT, 'scripts/standards.js'), 'utf8');
    const imports = [...entry.matchAll(/\bimport\s*(?:[^'"]*from\s*)?\(?\s*'([^']+)'/g)].map((m) => m[1]!).filter((s) => !s.startsWith('node:'));
    expect(imports).toEqual(['./commands/io.ts', './cli.ts']);
    expect(entry.indexOf('guardProcessOutput();')).toBeLessThan(entry.indexOf("import('./cli.ts')"));
    const seen = new Set<string>();
    const packages: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)) {
        if (specifier!.startsWith('node:')) continue;
        if (specifier!.startsWith('.')) visit(path.resolve(path.dirname(file), specifier!));
        else packages.push(`${path.relative(REPOSITORY_ROOT, file)}: ${specifier}`);
      }
    };
    visit(path.join(REPOSITORY_ROOT, 'scripts/commands/io.ts'));
    expect(packages).toEqual([]);
    expect([...seen].map((file) => path.relative(REPOSITORY_ROOT, file)).sort()).toEqual([
      'scripts/commands/direct-writes.ts', 'scripts/commands/io.ts', 'scripts/model/credential-redaction.ts', 'scripts/model/hidden-characters.ts',
      'scripts/publish/workflow-commands.ts',
    ]);
  });
});
