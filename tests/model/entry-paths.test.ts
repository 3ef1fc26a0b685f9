// The entry's own resolve hook (scripts/standards.js) against Node's resolution when the repository is reached by
// an odd path: a symlink (npm link, node_modules/.bin/standards) whose path holds a space, '%', '#' and non-ASCII
// characters, with and without --preserve-symlinks. The modules loaded (so every import.meta.url: the code digests,
// the root search) and the report must be what a run of scripts/cli.ts without the hook gives, and nothing is
// written to stderr about experimental features.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from './corpus.ts';

const exec = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');
const HOOK = `data:text/javascript,${encodeURIComponent(
  "import { registerHooks } from 'node:module';"
  + "registerHooks({ load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); } });",
)}`;
const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

describe('the entry reached by an odd path', () => {
  it.each([
    ['no flags', []],
    ['--preserve-symlinks and --preserve-symlinks-main', ['--preserve-symlinks', '--preserve-symlinks-main']],
  ])('through a symlink under "a b %25 #ü" (%s): the modules and the report of scripts/cli.ts run without the hook', async (_name, flags) => {
    const { entry, plain } = await runsThroughOddLink(flags);
    expect(entry.modules.some((u) => u.endsWith('/scripts/engine/evaluate.ts'))).toBe(true);
    expect(entry.modules).toEqual(plain.modules);
    expect(entry.warnings).toEqual([]);
    expect(entry.report).toBe(plain.report);
  }, 120_000);

  // Found by review8: with --preserve-symlinks-main alone, Node gives the main module its link path but every
  // module it imports its real path; the hook resolves our imports relative to the importer, so our modules load by
  // the link path (Node's: the real path). Harmless as checked here: the report is the same, and no module of ours
  // loads twice (the generated validators, required by createRequire, load by their real path in both runs).
  it('through a symlink, --preserve-symlinks-main alone: our modules load by the link path, once each, and the report is the same', async () => {
    const { entry, plain } = await runsThroughOddLink(['--preserve-symlinks-main']);
    const own = (u: string) => /\/scripts\/.*\.ts$/.test(u);
    expect(plain.modules.filter(own).every((u) => u.startsWith('file:///') && !u.includes('/repo/scripts/'))).toBe(true);
    expect(entry.modules.filter(own).every((u) => u.includes('/repo/scripts/'))).toBe(true);
    const files = (modules: string[]) => modules.filter((u) => u.startsWith('file:'));
    const relative = files(entry.modules).map((u) => u.replace(/^.*?\/(scripts|node_modules)\//, '$1/'));
    expect(relative.filter((r, i) => relative.indexOf(r) !== i)).toEqual([]);
    expect(relative.sort()).toEqual(files(plain.modules).map((u) => u.replace(/^.*?\/(scripts|node_modules)\//, '$1/')).sort());
    expect(entry.warnings).toEqual([]);
    expect(entry.report).toBe(plain.report);
  }, 120_000);
});

/** scripts/standards.js and scripts/cli.ts each run as an evaluate, through a symlink under an odd path. */
async function runsThroughOddLink(flags: readonly string[]) {
  {
    const odd = path.join(temp('standards-entry-'), 'a b %25 #ü');
    mkdirSync(odd);
    const link = path.join(odd, 'repo');
    symlinkSync(REPO, link);
    const root = temp('standards-entry-root-');
    cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
    mkdirSync(path.join(root, 'data'));
    const run = async (entry: string) => {
      const out = await exec(process.execPath, [...flags, '--import', HOOK, path.join(link, entry), 'evaluate', '--root', root, '--now', '2026-11-23T06:00:00Z'], {
        cwd: root, env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', NODE_DISABLE_COMPILE_CACHE: '1', NO_COLOR: '1' },
      });
      const lines = out.stderr.split('\n');
      const report = JSON.parse(readFileSync(path.join(root, 'data', 'report.json'), 'utf8')) as Record<string, unknown>;
      delete report.generatedAt;
      return {
        modules: lines.filter((l) => l.startsWith('LOADED ')).map((l) => l.slice('LOADED '.length)).filter((u) => !/\/scripts\/(standards\.js|cli\.ts)$/.test(u)).sort(),
        warnings: lines.filter((l) => /Warning|experimental/i.test(l) && !l.startsWith('LOADED ')),
        report: JSON.stringify(report),
      };
    };
    return { entry: await run('scripts/standards.js'), plain: await run('scripts/cli.ts') };
  }
}
