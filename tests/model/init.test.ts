import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import { FIXTURES } from './corpus.ts';

const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });
function emptyRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'standards-init-'));
  temps.push(dir);
  return dir;
}

async function run(args: string[]) {
  const { code, stdout, stderr } = await runCli(args);
  return { code, output: [stdout, stderr].filter(Boolean).join('\n') };
}

describe('standards init', () => {
  it('writes one team, calendar, standard and SOP that validate without a single finding', async () => {
    const root = emptyRepo();
    const result = await run(['init', '--root', root, '--organisation', 'Acme "Bikes": Ltd', '--timezone', 'Europe/Paris', '--lead', 'ana-lopez']);
    expect(result.code).toBe(0);
    const { model, findings } = await loadStandardsModel({ root, today: '2026-11-23' });
    expect(findings).toEqual([]);
    expect(model!.pipeline.organisation).toBe('Acme "Bikes": Ltd');
    expect(model!.teams.map((t) => [t.id, t.leads])).toEqual([['support', ['ana-lopez']]]);
    expect(model!.calendars.map((c) => c.timezone)).toEqual(['Europe/Paris']);
    expect(model!.standards.map((s) => [s.id, s.metric, s.owner, s.effective])).toEqual([['first-response', 'first_response_time', 'support', '2026-11-23']]);
    expect(model!.sops.map((s) => [s.id, s.version, s.serves])).toEqual([['handle-request', 1, ['first-response']]]);
    expect(model!.pipeline.source.type).toBe('sample');
  });

  it('refuses to write over existing documents and names them', async () => {
    const root = emptyRepo();
    cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
    const result = await run(['init', '--root', root, '--timezone', 'UTC']);
    expect(result.code).toBe(1);
    expect(result.output.split('\n')[0]).toBe('standards: standards/ already holds 8 documents (standards/calendars/emea-business-hours.yaml, standards/pipeline.yaml, standards/policies/customer-service-policy.yaml, …).');
    expect(existsSync(path.join(root, 'standards/teams/support.yaml'))).toBe(false);
  });

  it('--replace removes committed example content and refuses when changes are uncommitted', async () => {
    const root = emptyRepo();
    cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q'); git('add', '-A'); git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'example');
    writeFileSync(path.join(root, 'standards/service-levels/csat.yaml'), readFileSync(path.join(root, 'standards/service-levels/csat.yaml'), 'utf8') + '# edited\n');
    const refused = await run(['init', '--root', root, '--timezone', 'UTC', '--replace']);
    expect(refused.code).toBe(2);
    expect(refused.output).toBe('standards: --replace would lose uncommitted changes in 1 file (standards/service-levels/csat.yaml): commit or stash them first');
    git('checkout', '--', 'standards');
    mkdirSync(path.join(root, '.github'));
    writeFileSync(path.join(root, '.github/CODEOWNERS'), '/standards/ @example-org/example-team\n');
    const replaced = await run(['init', '--root', root, '--timezone', 'UTC', '--replace', '--lead', 'ana-lopez']);
    expect(replaced.code).toBe(0);
    // the first `validate` after init passes: CODEOWNERS follows the new team
    expect(await runCli(['validate', '--root', root])).toEqual({ code: 0, stdout: '', stderr: '✓ 5 documents valid' });
    expect(readFileSync(path.join(root, '.github/CODEOWNERS'), 'utf8')).toContain('@ana-lopez');
    const { model, findings } = await loadStandardsModel({ root, today: '2026-11-23' });
    expect(findings).toEqual([]);
    expect(model!.standards.map((s) => s.id)).toEqual(['first-response']);
  });

  it('--replace names an uncommitted file as it is called, a non-ASCII letter and a space included', async () => {
    const root = emptyRepo();
    cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q'); git('add', '-A'); git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'example');
    writeFileSync(path.join(root, 'standards/service-levels/équipe chat.yaml'), 'kind: Standard\n');
    const refused = await run(['init', '--root', root, '--timezone', 'UTC', '--replace']);
    expect(refused.code).toBe(2);
    // Not "standards/service-levels/\303\251quipe chat.yaml", the way git quotes it without -z.
    expect(refused.output).toBe('standards: --replace would lose uncommitted changes in 1 file (standards/service-levels/équipe chat.yaml): commit or stash them first');
  });

  it('--replace quotes a file name that holds a terminal escape, a line break or a bidi override', async () => {
    const root = emptyRepo();
    cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q'); git('add', '-A'); git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'example');
    writeFileSync(path.join(root, 'standards/evil\u001b[2J\nfake line: all good\u202e.yaml'), 'kind: Standard\n');
    const refused = await run(['init', '--root', root, '--timezone', 'UTC', '--replace']);
    expect(refused.code).toBe(2);
    expect(refused.output).toBe('standards: --replace would lose uncommitted changes in 1 file ("standards/evil\\u001b[2J\\nfake line: all good\\u202e.yaml"): commit or stash them first');
  });

  // model/hidden-characters.ts: a Hangul filler is a letter, and passed as printable; a character past U+FFFF was
  // written as one escape of five digits (`\\ue0041`), which reads as U+E004 and a 1.
  it('--replace quotes a file name that holds a character shown as nothing, past U+FFFF as its surrogates', async () => {
    const root = emptyRepo();
    cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q'); git('add', '-A'); git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'example');
    writeFileSync(path.join(root, 'standards/team\u3164\u{E0041}.yaml'), 'kind: Standard\n');
    const refused = await run(['init', '--root', root, '--timezone', 'UTC', '--replace']);
    expect(refused.output).toBe('standards: --replace would lose uncommitted changes in 1 file ("standards/team\\u3164\\udb40\\udc41.yaml"): commit or stash them first');
  });

  it('rejects a time zone or a handle that would not work', async () => {
    const root = emptyRepo();
    expect(await run(['init', '--root', root, '--timezone', 'Mars/Olympus'])).toEqual({ code: 2, output: 'standards: --timezone must be an IANA time zone like Europe/Paris or America/Chicago, got "Mars/Olympus"' });
    expect(await run(['init', '--root', root, '--timezone', 'UTC', '--lead', '@ana'])).toEqual({ code: 2, output: 'standards: --lead must be a GitHub handle without @ (letters, digits, single hyphens, at most 39), got "@ana"' });
    expect(existsSync(path.join(root, 'standards'))).toBe(false);
  });
});
