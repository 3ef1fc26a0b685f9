// What GitHub's runner would obey in our output: it reads a line as a workflow command when the line, trimmed
// (.NET's TrimStart: U+0085 is white space to it), starts with `::`, or when it holds the older `##[command]`
// anywhere (actions/runner ActionCommand.cs TryParseV2, TryParse), on stdout and on stderr, unless commands are
// stopped with `::stop-commands::TOKEN` until `::TOKEN::`.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from './corpus.ts';

const exec = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, '../../scripts/cli.ts');
const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** The commands the runner would execute, in order, for one stream. */
function obeyedCommands(output: string): string[] {
  const obeyed: string[] = [];
  let stoppedUntil: string | null = null;
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '');
    if (!line.startsWith('::') && !line.includes('##[')) continue;
    if (stoppedUntil !== null) {
      if (line === `::${stoppedUntil}::`) stoppedUntil = null;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) { stoppedUntil = stop[1]!; continue; }
    obeyed.push(line);
  }
  return obeyed;
}

describe('validate in GitHub Actions with hostile file names and values', () => {
  it('emits only its own escaped annotations as commands, on stdout and on stderr', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'standards-actions-'));
    temps.push(root);
    cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
    const hostile = 'x\n::error::pwned\n::add-mask::abc\n::stop-commands::zzz\n.yaml';
    writeFileSync(path.join(root, 'standards/service-levels', hostile), 'kind: Standard\nid: "\\n::error::also-pwned"\n');
    // The older syntax in the middle of a line, and a line starting with U+0085 (white space to the runner's trim).
    writeFileSync(path.join(root, 'standards/service-levels', 'y ##[error]old.yaml'), 'kind: Standard\nid: "z ##[add-mask]id"\n');
    writeFileSync(path.join(root, 'standards/service-levels', 'w\n\u0085::error::next-line.yaml'), 'kind: Standard\nid: w\n');
    const result = await exec(process.execPath, [CLI, 'validate', '--format', 'github', '--root', root], {
      env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: '' },
    }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    expect((result as { code?: number }).code).toBe(1);
    expect(obeyedCommands(result.stderr)).toEqual([]);
    const commands = obeyedCommands(result.stdout);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toMatch(/^::error file=standards\/service-levels\/(x%0A%3A%3Aerror%3A%3Apwned%0A%3A%3Aadd-mask%3A%3Aabc%0A%3A%3Astop-commands%3A%3Azzz%0A\.yaml|y ##\[error\]old\.yaml|w%0A\u0085%3A%3Aerror%3A%3Anext-line\.yaml),|^::error::\d+ more errors not shown as annotations: see the job summary$/);
    // the text is all still there for people to read, only inert
    expect(result.stderr).toContain('::error::pwned');
    expect(result.stderr.replace(/\u2800/g, '')).toContain('y ##[error]old.yaml:2:5 error: id "z ##[add-mask]id"');
    // A finding writes a file name's line breaks and controls as escapes (findings.ts shownText): one line each.
    expect(result.stderr).toContain('standards/service-levels/w\\u000a\\u0085::error::next-line.yaml:2:5 error: id "w" does not match');
  });
});
