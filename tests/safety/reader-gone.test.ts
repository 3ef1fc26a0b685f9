// A reader that goes away (`standards … | head -1`) is no failure of the run: stdout's EPIPE ended every command
// with "standards: unexpected error: Error: write EPIPE" and exit 1, a fetch or an evaluate at its next line of
// output as if killed. Now the run goes on, drops what it prints after, and exits as it would have.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');

/** `standards args…` with stdout's reading end closed before the process can write to it. */
function withStdoutClosed(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(REPOSITORY_ROOT, 'scripts/standards.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => { stderr += text; });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a standards process whose stdout reader went away', () => {
  it.each([
    ['outside Actions', {}],
    ['in GitHub Actions (the stop and its release written to the closed pipe)', { GITHUB_ACTIONS: 'true' }],
  ])('exits as it would have, with nothing on stderr (%s)', async (_, env) => {
    expect(await withStdoutClosed(['--help'], env)).toEqual({ code: 0, stderr: '' });
  });
});
