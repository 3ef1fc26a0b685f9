// The one install script, run for real with a stand-in `npm` first on PATH that records its calls and answers
// like npm ci does when the lock is complete or not. A job with a write permission runs it without options: npm
// ci or fail, never npm install.

import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

// npm ci's own words for an incomplete lock (npm 11).
const OUT_OF_SYNC = '`npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.';

function install(args: string[], ci: 'complete' | 'incomplete'): { code: number | null; stdout: string; stderr: string; npm: string[] } {
  const root = mkdtempSync(path.join(tmpdir(), 'install-script-'));
  temps.push(root);
  mkdirSync(path.join(root, 'scripts/install'), { recursive: true });
  for (const file of ['install-dependencies.sh', 'compare-locks.mjs']) cpSync(path.join(REPOSITORY_ROOT, 'scripts/install', file), path.join(root, 'scripts/install', file));
  cpSync(path.join(REPOSITORY_ROOT, 'package-lock.json'), path.join(root, 'package-lock.json'));
  const bin = path.join(root, 'bin');
  mkdirSync(bin);
  const log = path.join(root, 'npm.log');
  // npm's message goes through a file: its backticks would be command substitutions in a shell string.
  writeFileSync(path.join(root, 'ci.err'), `npm error ${OUT_OF_SYNC}\n`);
  writeFileSync(path.join(bin, 'npm'), [
    '#!/usr/bin/env bash',
    `echo "$*" >> '${log}'`,
    `if [ "$1" = ci ] && [ '${ci}' = incomplete ]; then cat '${path.join(root, 'ci.err')}' >&2; exit 1; fi`,
    'exit 0',
    '',
  ].join('\n'));
  chmodSync(path.join(bin, 'npm'), 0o755);
  const run = spawnSync('bash', [path.join(root, 'scripts/install/install-dependencies.sh'), ...args], { env: { PATH: `${bin}:${process.env.PATH ?? ''}` }, encoding: 'utf8', timeout: 60_000 });
  const npm = (() => { try { return readFileSync(log, 'utf8').trim().split('\n'); } catch { return []; } })();
  return { code: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim(), npm };
}

describe('scripts/install/install-dependencies.sh', () => {
  it('installs from a complete lock with npm ci', () => {
    expect(install([], 'complete')).toEqual({ code: 0, stdout: 'install: npm ci from the lock', stderr: '', npm: ['ci --no-audit --no-fund --loglevel=error'] });
  });

  it('without options, fails on an incomplete lock and never runs npm install', () => {
    expect(install([], 'incomplete')).toEqual({
      code: 1, stdout: '', npm: ['ci --no-audit --no-fund --loglevel=error'],
      stderr: 'install: npm ci refused the lock (it lacks packages the registry resolves); this install takes the locked packages only and never runs npm install. Commit a complete lock (README, "Installing on GitHub"), or pass --complete-lock in a job without write permissions',
    });
  });

  it('with --complete-lock, completes the lock with npm install and checks what it added', () => {
    const run = install(['--complete-lock'], 'incomplete');
    expect({ code: run.code, npm: run.npm }).toEqual({ code: 0, npm: ['ci --no-audit --no-fund --loglevel=error', 'install --no-audit --no-fund --loglevel=error'] });
    expect(run.stdout.split('\n')[0]).toBe('install: npm ci refused the lock (it lacks optional packages for other platforms); installing from it with npm install');
  });

  it('with --ignore-scripts, runs no install script', () => {
    expect(install(['--ignore-scripts'], 'complete')).toEqual({ code: 0, stdout: 'install: npm ci from the lock (install scripts not run)', stderr: '', npm: ['ci --no-audit --no-fund --loglevel=error --ignore-scripts'] });
  });

  it('refuses an option it does not know', () => {
    expect(install(['--yolo'], 'complete')).toEqual({ code: 2, stdout: '', stderr: 'install: unknown option --yolo (expected --complete-lock or --ignore-scripts)', npm: [] });
  });
});
