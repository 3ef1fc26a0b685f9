// The CLI's process redacts what anyone writes to its stdout and stderr, and an uncaught error, once a credential
// has been read: a library's console output and Node's own warnings included.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const TOKEN = 'ghp_Wm4Tq8Zr1Xv6Ls3Kp9Bn2Dc7Hf5Jg0Ay';

describe('the CLI process', () => {
  it('redacts console output, Node warnings, Buffer writes and an uncaught error', () => {
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(import.meta.dirname, 'print-through-process.ts')], {
      env: { PATH: process.env.PATH ?? '', PRINTED_TOKEN: TOKEN }, encoding: 'utf8', timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('console.log [redacted]\nbuffer [redacted]\n');
    const stderr = run.stderr.split('\n');
    expect(stderr[0]).toBe('console.error token [redacted]');
    expect(stderr.some((line) => /^\(node:\d+\) Warning: a library warns about \[redacted\]$/.test(line))).toBe(true);
    expect(stderr.some((line) => line === 'standards: unexpected error: Error: uncaught with [redacted]')).toBe(true);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN.slice(4, 12));
  });
});
