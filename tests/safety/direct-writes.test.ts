// A library that writes to fd 1 or 2 itself (fs.writeSync(2, …), a write stream on fd 2, /dev/stderr, Node's
// process._rawDebug) bypassed the output guard, which wraps process.stdout.write and process.stderr.write: in GitHub
// Actions such a line on stderr was read as a workflow command (`::add-mask::`, `::set-output`). The guard now routes
// those writes through the streams (commands/direct-writes.ts routeDirectWrites). What it cannot route is a native
// module's own write: the CLI's process loads none, which this test also checks for the command it runs. The
// changed days' thread routes its own (direct-writes-thread.test.ts).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const TEMP = mkdtempSync(path.join(os.tmpdir(), 'direct-writes-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));
const UUID = /^::stop-commands::([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

describe('writes to fd 1 and 2 past the streams, from within a command', () => {
  it('in GitHub Actions, reach stderr neutralised and stdout after the stop, never as a command; no native module is loaded', () => {
    const addons = path.join(TEMP, 'addons.json');
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [
      '--import', path.join(import.meta.dirname, 'direct-writes-in-command.mjs'), path.join(REPOSITORY_ROOT, 'scripts/standards.js'),
      'validate', '--root', REPOSITORY_ROOT, 'standards/service-levels/backlog-age.yaml',
    ], { env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', NODE_DISABLE_COMPILE_CACHE: '1', DIRECT_WRITES_ADDONS: addons }, encoding: 'utf8', timeout: 60_000 });
    const direct = run.stderr.split('\n').filter((line) => line.includes('::') && !line.includes('standards/'));
    expect(direct).toEqual([
      '\u2800::add-mask::x',
      '\u2800::error::sliced',
      '\u2800::warning::with a callback',
      '\u2800::set-output name=verdict::by file name',
      '\u2800::notice::from a write stream',
      '\u2800::debug::raw',
    ]);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    const stdout = run.stdout.split('\n');
    const token = UUID.exec(stdout[0]!)?.[1];
    expect(token).toBeDefined();
    expect(stdout[1]).toBe('::add-mask::on stdout, after the stop');
    expect(stdout.slice(-2)).toEqual([`::${token}::`, '']);
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(addons, 'utf8'))).toEqual([]);
  });
});
