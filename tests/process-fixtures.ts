// Fixtures of the tests that run real `standards` processes (runs killed or stopped mid-write, V8's log of a warm
// run): temporary folders removed after the test file's tests, and a repository as users make one: the base
// fixture's documents with the sample helpdesk as their source (by default 400 tickets over 40 days, seed 5),
// committed in a fresh git repository (`review` and the documents' history read commits).

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/validate/base');

const temps: string[] = [];
afterAll(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** A new folder in the temp directory, removed after this test file's tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** The base fixture in a new temporary git repository, its source the sample helpdesk (400 tickets by default), committed. */
export function sampleRepository(prefix: string, sample = { tickets: 400, days: 40, seed: 5 }): string {
  const root = tempDir(prefix);
  cpSync(FIXTURE, root, { recursive: true });
  const file = path.join(root, 'standards/pipeline.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/source:[\s\S]*$/, `source:\n  type: sample\n  sample: { tickets: ${sample.tickets}, days: ${sample.days}, seed: ${sample.seed} }\n`));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'standards');
  return root;
}

export interface StandardsRun { code: number | null; pid: number; stdout: string; stderr: string }

/** `standards ARGS` as users run it (scripts/standards.js on the project's Node), as a process of its own in `cwd`. */
export function runStandards(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<StandardsRun> {
  const repository = path.resolve(import.meta.dirname, '..');
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repository, 'node_modules/.bin/node'), [path.join(repository, 'scripts/standards.js'), ...args], {
      cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, pid: child.pid!, stdout, stderr }));
  });
}
