// The changed days' thread (store/changed-days-thread.ts) is a worker thread of the evaluation, with a `node:fs` of its
// own: the first thread's guard of direct writes (commands/direct-writes.ts, installed by the CLI's output guard)
// does not reach it. A write to fd 1 or 2 made there by a library (fs.writeSync(2, …), /dev/stderr, process._rawDebug)
// went to the runner as written: a credential shown, `::add-mask::` obeyed. The thread now routes such writes
// through its own process.stdout and process.stderr, which Node forwards to the first thread's guarded streams.

import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const TEMP = mkdtempSync(path.join(os.tmpdir(), 'direct-writes-thread-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));
const TOKEN = 'zd_Qm7Wr2Lx9Tb4Kc8Vn3Hp6Js1';

describe('writes to fd 1 and 2 past the streams, from the changed days\' thread', () => {
  it('in GitHub Actions, reach stderr redacted and neutralised, and stdout redacted', () => {
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [
      '--require', path.join(import.meta.dirname, 'direct-writes-in-thread.cjs'), path.join(import.meta.dirname, 'print-from-changed-days-thread.ts'), TEMP,
    ], { env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', THREAD_TOKEN: TOKEN, NODE_DISABLE_COMPILE_CACHE: '1' }, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr.split('\n').filter((line) => line !== '')).toEqual([
      '\u2800::add-mask::x [redacted]',
      '\u2800::error::by file name',
      '\u2800::debug::raw',
      '\u2800::warning::from the console',
    ]);
    const stdout = run.stdout.split('\n');
    expect(stdout.filter((line) => !line.startsWith('::'))).toEqual(['on stdout [redacted]', 'prepared: true', '']);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN.slice(3, 11));
    expect(run.status).toBe(0);
  });

  // The guard knew stdout and stderr by six names written one way: the same files by another name (a file: URL, a
  // Buffer, /dev/./stderr, /proc/<pid>/fd/2) and a descriptor opened on /dev/stderr went to the runner as written.
  // The two are files here: a socket (spawnSync's pipes) cannot be opened by name, a pipe (the runner's) or a file can.
  it('by another name of stderr or stdout, or on a descriptor opened on one, reach them redacted and neutralised', () => {
    const [out, err] = [path.join(TEMP, 'stdout'), path.join(TEMP, 'stderr')];
    const stdio = [openSync(out, 'w'), openSync(err, 'w')];
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [
      '--require', path.join(import.meta.dirname, 'direct-writes-by-other-names-in-thread.cjs'), path.join(import.meta.dirname, 'print-from-changed-days-thread.ts'), TEMP,
    ], { env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', THREAD_TOKEN: TOKEN, NODE_DISABLE_COMPILE_CACHE: '1', THREAD_DATA_FILE: path.join(TEMP, 'data.txt') }, stdio: ['ignore', ...stdio], timeout: 60_000 });
    stdio.forEach((fd) => closeSync(fd));
    const [stdout, stderr] = [readFileSync(out, 'utf8'), readFileSync(err, 'utf8')];
    expect(stderr.split('\n').filter((line) => line !== '')).toEqual([
      '\u2800::error::by URL [redacted]',
      '\u2800::error::by Buffer',
      '\u2800::error::by another path',
      '\u2800::error::by pid',
      '\u2800::error::by thread-self',
      '\u2800::add-mask::opened [redacted]',
    ]);
    const lines = stdout.split('\n');
    expect(lines.slice(1, -2)).toEqual(['::error::on stdout [redacted]', 'prepared: true']);
    expect(lines[0]).toMatch(/^::stop-commands::/);
    expect(`${stdout}${stderr}`).not.toContain(TOKEN.slice(3, 11));
    expect(run.status).toBe(0);
    // A descriptor closed past fs.close and reused by a data file: the write is the file's.
    expect(readFileSync(path.join(TEMP, 'data.txt'), 'utf8')).toBe('data on descriptor reused\n');
  });
});
