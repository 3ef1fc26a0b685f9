import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../cli-runner.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatAnnotations } from '../../scripts/publish/annotations.ts';
import type { Finding } from '../../scripts/model/findings.ts';
import { FIXTURES } from './corpus.ts';

const git = promisify(execFile);
const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function repoWith(scenario: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'standards-cli-'));
  temps.push(dir);
  cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  if (scenario) cpSync(path.join(FIXTURES, 'invalid', scenario), dir, { recursive: true });
  return dir;
}

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { env });

describe('standards validate', () => {
  it('exits 0 and says so on valid documents', async () => {
    const result = await run(['validate', '--root', repoWith(null)]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '✓ 8 documents valid' });
  });

  it('exits 1 with positioned findings on stderr', async () => {
    const result = await run(['validate', '--root', repoWith('unknown-property-typo')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'standards/service-levels/typo.yaml:6:1 error: unknown property "treshold" — did you mean "threshold"? [schema]\n\n1 error and 0 warnings in 1 file',
    );
  });

  it('prints JSON on stdout with --json', async () => {
    const result = await run(['validate', '--json', '--root', repoWith('percentage-out-of-range')]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false, errors: 1, warnings: 0, documents: 9,
      findings: [{
        file: 'standards/service-levels/pct.yaml', line: 7, col: 12, severity: 'error',
        message: 'objective must be between 0% and 100%, got 150%', rule: 'value',
      }],
    });
  });

  // JSON.stringify leaves a bidi override, a C1 control and U+2028 as they are: a file name holding one reordered
  // the terminal's line when --json was read there. Escaped in the string, it is the same JSON to a program.
  it('prints JSON with the hidden characters of its strings escaped, the same value to a program', async () => {
    const root = repoWith(null);
    const name = 'standards/teams/x\u202e\u009b2J\u2028y.yaml';
    writeFileSync(path.join(root, name), 'kind: Team\n');
    const result = await run(['validate', '--json', '--root', root]);
    expect(result.stdout).not.toMatch(/[\u202e\u009b\u2028]/);
    expect(result.stdout).toContain('"file": "standards/teams/x\\u202e\\u009b2J\\u2028y.yaml"');
    expect(JSON.parse(result.stdout).findings.some((f: Finding) => f.file === name)).toBe(true);
  });

  it('emits escaped annotations and writes the step summary with --format github', async () => {
    const root = repoWith('unknown-reference');
    const summary = path.join(root, 'summary.md');
    const result = await run(['validate', '--format', 'github', '--root', root], { GITHUB_STEP_SUMMARY: summary });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      '::error file=standards/service-levels/refs.yaml,line=7,col=11,title=standards reference::calendar refers to Calendar "emea-hours", which does not exist — known Calendar ids: emea-business-hours',
      '::error file=standards/service-levels/refs.yaml,line=10,col=8,title=standards reference::owner refers to Team "support-lead", which does not exist — did you mean "support-leads"?',
    ]);
    expect(readFileSync(summary, 'utf8')).toContain('| error | `standards/service-levels/refs.yaml:10:8` | owner refers to Team \\"support\\-lead\\"');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['validate', '--format', 'xml', '--root', repoWith(null)])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const missing = await run(['validate', '--root', path.join(tmpdir(), 'no-such-repo-here')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^standards: no standards\/ directory in /);
  });

  // What an error's message quotes (here the command line; elsewhere a library's words or an export's value that no
  // quoting reached) was printed as it is: an ESC sequence cleared the screen, a bidi override reordered the line.
  it('prints an error\'s message with its hidden characters escaped, its line breaks kept', async () => {
    const hostile = await run(['va\u202elidate\u001b[2J\rok']);
    expect(hostile.code).toBe(2);
    expect(hostile.stderr).toBe('standards: unknown command "va\\u202elidate\\u001b[2J\\u000dok": run standards --help');
  });

  it('checks SOP version bumps against a base ref', async () => {
    const root = repoWith(null);
    const sh = (...args: string[]) => git('git', args, { cwd: root });
    await sh('init', '-q', '-b', 'main');
    await sh('-c', 'user.email=ci@example.com', '-c', 'user.name=CI', 'add', '.');
    await sh('-c', 'user.email=ci@example.com', '-c', 'user.name=CI', 'commit', '-qm', 'base');
    const file = path.join(root, 'standards/sops/handle-inquiry.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('within: 8h', 'within: 4h'));
    const unbumped = await run(['validate', '--base', 'main', '--root', root]);
    expect(unbumped.code).toBe(1);
    expect(unbumped.stderr.split('\n')[0]).toBe(
      'standards/sops/handle-inquiry.yaml:5:10 error: content changed since main but version is still 2: bump the version and add a changelog entry (version: 3, with a changelog entry for 3 at the top) [sop-version]',
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 2\n', 'version: 3\n').replace(
      'changelog:\n', 'changelog:\n  - { version: 3, date: 2026-11-20, summary: Answer within four hours. }\n'));
    expect(await run(['validate', '--base', 'main', '--root', root])).toMatchObject({ code: 0 });
    const badRef = await run(['validate', '--base', 'origin/nope', '--root', root]);
    expect(badRef).toMatchObject({ code: 2 });
    expect(badRef.stderr).toContain('base ref "origin/nope" was not found');
  });
});

describe('a failing step', () => {
  it('prints the reason, exits 1 and leaves no store behind', async () => {
    const root = repoWith(null);
    const pipeline = path.join(root, 'standards/pipeline.yaml');
    writeFileSync(pipeline, readFileSync(pipeline, 'utf8').replace(/source:[\s\S]*$/, 'source:\n  type: csv\n  csv:\n    path: exports/tickets.csv\n    timezone: Europe/Dublin\n    columns: { id: Id, created: Created, priority: Priority, status: Status }\n'));
    const result = await run(['pipeline', '--no-site', '--root', root]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').at(-1)).toBe(
      'standards: pipeline failed: source.csv.path: cannot read "exports/tickets.csv" (ENOENT) — the path is relative to the repository root',
    );
    expect(existsSync(path.join(root, 'data'))).toBe(false);
  });
});

describe('annotations', () => {
  const finding = (i: number, severity: Finding['severity']): Finding => ({
    file: `standards/a,b:${i}.yaml`, line: i, col: 1, severity, message: `line one\n::error::injected 100%`, rule: 'schema',
  });

  it('escape data and properties so document text cannot become a workflow command', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('a,b:c')).toBe('a%2Cb%3Ac');
    expect(formatAnnotations([finding(1, 'error')])).toEqual([
      '::error file=standards/a%2Cb%3A1.yaml,line=1,col=1,title=standards schema::line one%0A::error::injected 100%25',
    ]);
  });

  it('show at most 10 per severity and count the rest', () => {
    const many = [...Array.from({ length: 12 }, (_, i) => finding(i + 1, 'error')), ...Array.from({ length: 3 }, (_, i) => finding(i + 1, 'warning'))];
    const lines = formatAnnotations(many);
    expect(lines.filter((l) => l.startsWith('::error file='))).toHaveLength(10);
    expect(lines).toContain('::error::2 more errors not shown as annotations: see the job summary');
    expect(lines.filter((l) => l.startsWith('::warning file='))).toHaveLength(3);
    expect(lines).toHaveLength(14);
  });
});
