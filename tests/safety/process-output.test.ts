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

  // Its stop-commands guard is on stdout; the runner handles stderr's lines on their own reader, so a line there
  // can be handled while commands are obeyed (before the stop, or after the last `::TOKEN::`).
  it('in GitHub Actions, keeps what others write to stderr from being read as a workflow command', () => {
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(import.meta.dirname, 'print-commands-through-process.ts')], {
      env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(run.status).toBe(1);
    // As the runner reads a line (actions/runner ActionCommand.cs): `::` after .NET's TrimStart, or `##[` anywhere.
    const commands = run.stderr.split(/\r\n|\r|\n/).filter((line) => line.replace(/^[\s\u0085]+/, '').startsWith('::') || line.includes('##['));
    expect(commands).toEqual([]);
    const text = run.stderr.replace(/\u2800/g, '');
    expect(text).toContain('a library says\n::error::from a library\n');
    expect(text).toContain('a buffer ##[warning]mid-line\n');
    expect(text).toMatch(/\(node:\d+\) Warning: \n::add-mask::from a warning/);
    expect(text).toContain('standards: unexpected error: Error: uncaught\n\u0085::stop-commands::abc');
  });

  // Decoding each Buffer on its own turned a character split across two writes (a child's output piped through,
  // 64 KiB at a time) into two U+FFFD, and bytes that are not UTF-8 into U+FFFD: the guard must change nothing
  // but the commands.
  it('in GitHub Actions, keeps a character split across writes and bytes that are not UTF-8 as they were', () => {
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(import.meta.dirname, 'print-bytes-through-process.ts')], {
      env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true' }, encoding: 'buffer', timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe('callback called\n');
    expect(run.stderr.toString('hex')).toBe(Buffer.concat([
      Buffer.from('café ::error::split\n', 'utf8'), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from('\u2800::error::after binary\n', 'utf8'),
    ]).toString('hex'));
  });

  // A pipe hands the build's output over in chunks cut anywhere; the guard reads each write on its own.
  it('in GitHub Actions, relays the Astro build\'s output in whole lines: no workflow command, character or token cut in two gets through', () => {
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(import.meta.dirname, 'print-astro-build-through-process.ts')], {
      env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', PRINTED_TOKEN: TOKEN }, encoding: 'utf8', timeout: 60_000,
    });
    expect(run.stdout).toBe('the Astro build\'s process ended with exit code 3 before it finished\n');
    const commands = run.stderr.split(/\r\n|\r|\n/).filter((line) => line.replace(/^[\s\u0085]+/, '').startsWith('::') || line.includes('##['));
    expect(commands).toEqual([]);
    expect(run.stderr.replace(/\u2800/g, '')).toBe([
      'warning from Astro', '::error::a command cut after its first colon', '  ##[warning]the old form cut in two',
      'caf\u00e9 whole', 'token [redacted]', 'last line, no newline',
    ].join('\n'));
  });
});
