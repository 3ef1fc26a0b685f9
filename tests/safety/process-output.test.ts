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
    // NEL escaped as any hidden character in an uncaught error's stack is (the next test), so no line starts there.
    expect(text).toContain('standards: unexpected error: Error: uncaught\n\\u0085::stop-commands::abc');
  });

  // As the CLI's `failed:` line: the stack's message may quote a value or a library's words, and this is the last
  // writer before the terminal and the log. Line feeds stay (one frame a line); a joining character where it joins too.
  it('escapes the hidden characters of an uncaught error\'s stack but its line feeds', () => {
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(import.meta.dirname, 'print-hidden-uncaught-through-process.ts')], {
      env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'standards: unexpected error: Error: bad \\u001b[2Jvalue \\u202eopen\\u000dMet',
      'می\u200cخواهم open\\u200d',
    ]);
    expect(lines[2]).toMatch(/^ {4}at /);
    expect(lines.at(-1)).toBe('');
  });

  // `::stop-commands::TOKEN` and `::TOKEN::` are commands only at a line's start: written after a line a library left
  // open, the stop was part of that line (no stop: stdout's lines are not neutralised, the stop is their guard), and
  // the resume too (the annotations written after it ignored, and commands left stopped after the step).
  it.each(['passed through', 'guarded'])('in GitHub Actions, starts the stop and resume commands on a line of their own after a line left open (%s)', (how) => {
    const run = spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(import.meta.dirname, 'print-partial-lines-around-commands.ts'), how], {
      env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', PRINTED_TOKEN: TOKEN }, encoding: 'utf8', timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const tokens = [...new Set(run.stdout.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g))];
    expect(tokens.length).toBe(2);
    expect(run.stdout.split('\n')).toEqual([
      'a library starts a line: ', `::stop-commands::${tokens[0]}`, 'a progress line, not ended: 50%', `::${tokens[0]}::`,
      '::warning::an annotation', `::stop-commands::${tokens[1]}`, 'a last line, not ended', `::${tokens[1]}::`, '',
    ]);
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

// The guard read each write on its own, and the runner reads lines: a command or a credential written in pieces
// (our own writes, a library's) passed it. It now reads whole lines, and writes what it holds as the process ends.
describe('the CLI process\'s output guard, reading lines written in pieces', () => {
  // As the runner reads a line on a Linux runner: `::` after white space or `##[` anywhere, with what ICU ignores left out.
  const commandsIn = (text: string) => text.split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{M}]/gu, ''))
    .filter((line) => line.replace(/^[\s\u0085]+/, '').startsWith('::') || line.includes('##['));
  const printInPieces = (ending: 'exit' | 'crash') => spawnSync(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(import.meta.dirname, 'print-in-pieces-through-process.ts'), ending], {
    env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', PRINTED_TOKEN: TOKEN }, encoding: 'buffer', timeout: 60_000,
  });
  const stderrLines = [
    '::error::cut between its colons', ':\u200B:warning::a zero-width space between the colons',
    '  ##[error]the old form cut after its first #', 'a line with ##[group]cut before its [', 'token [redacted]',
  ].join('\n');

  it('keeps a command or a credential cut across writes from passing, a byte that is not UTF-8 kept, the last line written at exit', () => {
    const run = printInPieces('exit');
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe('stdout [redacted] end\n');
    const stderr = run.stderr.toString('utf8');
    expect(commandsIn(stderr)).toEqual([]);
    expect(stderr).not.toContain(TOKEN.slice(0, 7));
    // The guard added U+2800 and changed nothing else: the byte that is not UTF-8 is still there.
    const withoutBreaks = Buffer.from(run.stderr.toString('latin1').replace(/\xE2\xA0\x80/g, ''), 'latin1');
    expect(withoutBreaks.toString('hex')).toBe(Buffer.concat([
      Buffer.from(`${stderrLines}\n`, 'utf8'), Buffer.from([0xff, 0x0a]),
      Buffer.from('::add-mask::after a byte that is not UTF-8\n::error::a last line with no line break', 'utf8'),
    ]).toString('hex'));
  });

  it('writes the held part of a line before the crash\'s message, neutralised', () => {
    const run = printInPieces('crash');
    expect(run.status).toBe(1);
    const stderr = run.stderr.toString('utf8');
    expect(commandsIn(stderr)).toEqual([]);
    expect(stderr.replace(/\u2800/g, '')).toMatch(/\n::error::a last line with no line breakstandards: unexpected error: Error: crashed\n/);
  });
});
