// The entry run by a Node too old for it (a machine's own `node`, as on these machines' Node 20) stops at once with
// what to do, instead of Node's "does not provide an export named …" or "unknown file extension .ts".

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const PRELOAD = path.resolve(import.meta.dirname, '../fixtures/entry/old-node.mjs');

function entryAs(version: string) {
  return spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), ['--import', PRELOAD, path.join(REPOSITORY_ROOT, 'scripts/standards.js'), '--help'], {
    cwd: REPOSITORY_ROOT, env: { PATH: process.env.PATH ?? '', OLD_NODE_VERSION: version }, encoding: 'utf8',
  });
}

describe('the entry on an older Node', () => {
  it.each(['20.20.2', '22.12.0', '22.17.1', '18.19.0'])('refuses Node %s, naming it and the way to run the project\'s own', (version) => {
    const run = entryAs(version);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `standards needs Node.js 22.18 or later, and this is Node.js ${version}. Run it with the project's own Node ` +
        '(npm run <script>, npx standards <command>, or node_modules/.bin/node scripts/standards.js), which `npm ci` installs ' +
        'from the `node` dev dependency.\n',
    );
  });

  it.each(['22.18.0', '23.0.0', '24.21.0'])('runs on Node %s', (version) => {
    const run = entryAs(version);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^standards — service standards as code\n/);
  });
});
