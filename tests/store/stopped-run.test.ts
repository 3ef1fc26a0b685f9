// A run stopped by SIGTERM or SIGINT publishes nothing new (issue 15): the pipeline starts no further step,
// evaluate writes no report, and the store lock is released, also when the process exits before the run has
// unwound (a second signal, or the grace period). Each run is a real `standards` child process; the test hook
// STANDARDS_TEST_PAUSE holds it at one point (until the file named by STANDARDS_TEST_RESUME exists), the test
// signals it there, waits until it has said it is stopping, then lets it go on.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { sampleRepository, tempDir } from '../process-fixtures.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const YESTERDAY = '2026-11-19T06:00:00Z';
const NOW = '2026-11-20T06:00:00Z';

/** A repository whose store holds yesterday's fetch and report. */
async function repoWithYesterday(): Promise<string> {
  const root = sampleRepository('standards-stopped-', { tickets: 300, days: 30, seed: 7 });
  const run = await runCli(['pipeline', '--no-site', '--root', root, '--now', YESTERDAY], { now: YESTERDAY });
  expect(run.code, run.stderr).toBe(0);
  return root;
}

/** Every file of the store and its bytes, the report among them. */
function storeFiles(root: string): Record<string, string> {
  const dir = path.join(root, 'data');
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name), 'base64');
  }
  return files;
}

/**
 * Starts `standards ARGS` paused at `point`, sends `signals` (one by one, each once the run has said it is
 * stopping), then lets it go on, and returns how it exited.
 */
async function stopAt(root: string, args: string[], point: string, signals: NodeJS.Signals[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  const resume = path.join(tempDir('standards-resume-'), 'resume');
  const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(REPOSITORY_ROOT, 'scripts/cli.ts'), ...args, '--root', root, '--now', NOW], {
    env: { PATH: process.env.PATH ?? '', STANDARDS_TEST_PAUSE: point, STANDARDS_TEST_RESUME: resume },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => child.on('close', (code, signal) => { exited = true; resolve({ code, signal, output }); }));
  const until = async (text: string) => {
    while (!output.includes(text)) {
      if (exited) throw new Error(`the run ended before "${text}":\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await until(`standards: paused at ${point}`);
  for (const [i, signal] of signals.entries()) {
    child.kill(signal);
    if (i === 0) await until(`standards: ${signal}: stopping`);
  }
  writeFileSync(resume, '');
  return done;
}

describe('a run stopped by a signal', () => {
  it('pipeline, SIGTERM during fetch: exits 143, starts no evaluate, yesterday\'s report stays byte for byte, the lock is released', async () => {
    const root = await repoWithYesterday();
    const report = readFileSync(path.join(root, 'data/report.json'));
    const stopped = await stopAt(root, ['pipeline', '--no-site'], 'after fetch', ['SIGTERM']);
    expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code: 143, signal: null });
    expect(stopped.output).toContain('standards: pipeline failed: stopped by SIGTERM');
    expect(stopped.output).not.toContain('▸ evaluate');
    expect(readFileSync(path.join(root, 'data/report.json')).equals(report)).toBe(true);
    expect(existsSync(path.join(root, 'data/.standards.lock'))).toBe(false);
  }, 120_000);

  it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('evaluate, %s before the report is written: exits %i, writes no report, leaves the store byte for byte and unlocked', async (signal, code) => {
    const root = await repoWithYesterday();
    const before = storeFiles(root);
    const stopped = await stopAt(root, ['evaluate'], 'before report', [signal]);
    expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code, signal: null });
    expect(stopped.output).toContain(`standards: evaluate failed: stopped by ${signal}`);
    expect(stopped.output).not.toContain('report: data/report.json');
    // The facts cache may have been refreshed; the report, the tickets and the status log are as they were.
    const after = storeFiles(root);
    const kept = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([name]) => !name.startsWith('.cache')));
    expect(kept(after)).toEqual(kept(before));
  }, 120_000);

  it('evaluate that cannot unwind (a second SIGTERM exits at once): exits 143, the store lock is released, no report is written', async () => {
    const root = await repoWithYesterday();
    const report = readFileSync(path.join(root, 'data/report.json'));
    // The run is held at the pause while both signals arrive: the second exits without the run unwinding.
    const stopped = await stopAt(root, ['evaluate'], 'before report', ['SIGTERM', 'SIGTERM']);
    expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code: 143, signal: null });
    expect(stopped.output).not.toContain('evaluate failed');
    expect(existsSync(path.join(root, 'data/.standards.lock'))).toBe(false);
    expect(readFileSync(path.join(root, 'data/report.json')).equals(report)).toBe(true);
  }, 120_000);
});
