// What each command loads before it works: start-up is paid on every run (`validate` on every pull request,
// `evaluate` every night), so a command imports only its own modules, and no schema is compiled at run time
// (the validators are compiled ahead, by `npm run generate:types`). Each case runs the real command as a
// process with a module hook that lists every module Node loads.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from './corpus.ts';
import { runCli } from '../cli-runner.ts';
import { sampleRepository } from '../process-fixtures.ts';

const exec = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(REPO, 'scripts/cli.ts');
const HOOK = `data:text/javascript,${encodeURIComponent(
  "import { registerHooks } from 'node:module';"
  + "registerHooks({ load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); } });",
)}`;
const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

/** The modules a command loads, as paths relative to the repository (node_modules/... for packages), and the built-ins it imports (node:fs). */
async function modulesLoadedBy(args: string[]): Promise<string[]> {
  const run = await exec(process.execPath, ['--import', HOOK, CLI, ...args], {
    // Outside Actions (as on a laptop): in Actions, the job summary's module is loaded too.
    cwd: REPO, env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', NODE_DISABLE_COMPILE_CACHE: '1', NO_COLOR: '1' },
  }).catch((error: { stdout: string; stderr: string; code: number }) => error);
  const lines = run.stderr.split('\n');
  return [
    ...lines.filter((l) => l.startsWith('LOADED file://')).map((l) => path.relative(REPO, decodeURIComponent(new URL(l.slice('LOADED '.length)).pathname))),
    // Node's built-ins imported as ES modules (`node:util`): each has its module face made, which reads every export.
    ...lines.filter((l) => l.startsWith('LOADED node:')).map((l) => l.slice('LOADED '.length)),
  ];
}

function fixtureRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'standards-imports-'));
  temps.push(root);
  cpSync(path.join(FIXTURES, 'base'), root, { recursive: true });
  return root;
}

const under = (modules: string[], prefix: string) => modules.filter((m) => m.startsWith(prefix));
/** ajv's compiler (not its small runtime helpers): present only when a schema is compiled in the process. */
const AJV_COMPILER = ['node_modules/ajv/dist/core.js', 'node_modules/ajv/dist/compile/index.js'];

describe('the modules a command loads', () => {
  it('--help loads nothing but the command line (and the redaction every output goes through, and what a SIGTERM removes)', async () => {
    const modules = await modulesLoadedBy(['--help']);
    expect(under(modules, 'scripts/').sort()).toEqual(['scripts/cli.ts', 'scripts/commands/direct-writes.ts', 'scripts/commands/io.ts', 'scripts/model/credential-redaction.ts', 'scripts/model/hidden-characters.ts', 'scripts/model/run-termination.ts', 'scripts/publish/workflow-commands.ts']);
    expect(under(modules, 'node_modules/')).toEqual([]);
  });

  it('validate loads the model and the documents\' compiled validators, no engine, source or GitHub client, and compiles no schema', async () => {
    const modules = await modulesLoadedBy(['validate', '--root', fixtureRoot()]);
    expect(modules).toContain('scripts/model/document-validators.generated.cjs');
    // (The store's modules load: validate asks a store, when there is one, which scope values no ticket carries.)
    for (const folder of ['scripts/engine/', 'scripts/sources/', 'scripts/github/', 'scripts/review/', 'node_modules/@octokit/', 'node_modules/diff/']) {
      expect(under(modules, folder), folder).toEqual([]);
    }
    expect(modules).not.toContain('scripts/model/report-validators.generated.cjs');
    for (const compiler of AJV_COMPILER) expect(modules).not.toContain(compiler);
  });

  it('evaluate loads the engine and the store but no source, HTTP client or schema compiler', async () => {
    const root = fixtureRoot();
    mkdirSync(path.join(root, 'data'));
    const modules = await modulesLoadedBy(['evaluate', '--root', root, '--now', '2026-11-23T06:00:00Z']);
    expect(modules).toContain('scripts/engine/evaluate.ts');
    expect(modules).toContain('scripts/model/report-validators.generated.cjs');
    // The report's validator alone: the records' (ticket, status, QA review, acknowledgement) are another module.
    expect(modules).not.toContain('scripts/model/record-validators.generated.cjs');
    // Nor the line diff that packs the store's branch (store-file-hunks.ts): reading the journal needs none.
    for (const folder of ['scripts/sources/', 'scripts/github/', 'node_modules/@octokit/', 'node_modules/bottleneck/', 'node_modules/csv-parse/', 'node_modules/diff/']) {
      expect(under(modules, folder), folder).toEqual([]);
    }
    for (const compiler of AJV_COMPILER) expect(modules).not.toContain(compiler);
    // Nor the fetch's staging and what it brings (the store's journal, day ranges and ticket locations): a reader
    // only finishes a fetch a stopped run committed, which committed-fetches.ts does alone.
    expect(modules).toContain('scripts/store/committed-fetches.ts');
    // The facts cache's kept texts (kept-day-texts.ts, split from ticket-facts-cache.ts): every pass asks whether their
    // folder is its own and tells the day-range record of its links, whose module it imports only when it has one to tell.
    expect(modules).toContain('scripts/store/kept-day-texts.ts');
    for (const module of ['scripts/store/staged-fetch.ts', 'scripts/store/store-journal.ts', 'scripts/store/store-file-patches.ts', 'scripts/store/ticket-locations.ts', 'scripts/store/day-range-record.ts']) {
      expect(modules).not.toContain(module);
    }
  });

  it('evaluate with the model kept by an earlier run (model-cache.ts) loads neither the YAML parser nor the documents\' validators', async () => {
    const root = fixtureRoot();
    mkdirSync(path.join(root, 'data'));
    mkdirSync(path.join(root, 'node_modules'));
    const args = ['evaluate', '--root', root, '--now', '2026-11-23T06:00:00Z'];
    const first = await modulesLoadedBy(args);
    for (const module of ['scripts/model/load.ts', 'node_modules/yaml/dist/index.js']) expect(first).toContain(module);
    const second = await modulesLoadedBy(args);
    expect(second).toContain('scripts/engine/evaluate.ts');
    for (const module of ['scripts/model/load.ts', 'scripts/model/yaml-source.ts', 'scripts/model/document-validators.generated.cjs', 'node_modules/yaml/dist/index.js']) expect(second).not.toContain(module);
    // Nor what explains a person's file's errors (the report is checked by its compiled validator alone).
    for (const module of ['scripts/model/schema-validator.ts', 'scripts/model/suggest.ts', 'scripts/model/credentials.ts', 'node_modules/fastest-levenshtein/mod.js']) expect(second).not.toContain(module);
    expect(second).toContain('scripts/model/compiled-validators.ts');
    // Nor node:util as a module (its face loads node:util's text diff: ≈ 4 ms; cli.ts takes what it needs through
    // process.getBuiltinModule), nor node:worker_threads, which only a night with changed days to read on a second
    // thread needs (≈ 3 ms).
    expect(second).toContain('node:fs');
    for (const builtin of ['node:util', 'node:worker_threads']) expect(second).not.toContain(builtin);
  });

  it('codeowners loads neither the review nor the engine', async () => {
    const modules = await modulesLoadedBy(['codeowners', '--root', fixtureRoot()]);
    expect(modules).toContain('scripts/publish/codeowners.ts');
    for (const folder of ['scripts/engine/', 'scripts/review/', 'scripts/sources/', 'node_modules/@octokit/']) expect(under(modules, folder), folder).toEqual([]);
  });
});

describe('the entry users run (scripts/standards.js, package.json\'s bin and scripts)', () => {
  it('resolves our modules\' imports of one another itself, to the very modules Node\'s own resolution loads', async () => {
    // A hook registered before the entry's sees only what the entry's own resolve passes on to Node.
    const hook = `data:text/javascript,${encodeURIComponent(
      "import { registerHooks } from 'node:module';"
      + "registerHooks({ resolve(specifier, context, next) { process.stderr.write('RESOLVING ' + specifier + ' FROM ' + context.parentURL + '\\n'); return next(specifier, context); },"
      + " load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); } });",
    )}`;
    const root = fixtureRoot();
    mkdirSync(path.join(root, 'data'));
    const loaded = async (entry: string) => {
      const run = await exec(process.execPath, ['--import', hook, path.join(REPO, entry), 'evaluate', '--root', root, '--now', '2026-11-23T06:00:00Z'], {
        cwd: REPO, env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', NODE_DISABLE_COMPILE_CACHE: '1', NO_COLOR: '1' },
      });
      const lines = run.stderr.split('\n');
      return {
        modules: lines.filter((l) => l.startsWith('LOADED ')).map((l) => l.slice('LOADED '.length)).filter((u) => u !== pathToFileURL(path.join(REPO, entry)).href).sort(),
        passedOn: lines.filter((l) => /^RESOLVING \.\.?\/\S+\.ts FROM file:/.test(l) && l.includes(pathToFileURL(path.join(REPO, 'scripts')).href)),
      };
    };
    const entry = await loaded('scripts/standards.js');
    const plain = await loaded('scripts/cli.ts');
    expect(entry.modules).toContain(pathToFileURL(path.join(REPO, 'scripts/engine/evaluate.ts')).href);
    expect(entry.modules.filter((u) => !u.endsWith('/scripts/cli.ts'))).toEqual(plain.modules.filter((u) => !u.endsWith('/scripts/cli.ts')));
    expect(plain.passedOn.length).toBeGreaterThan(50);
    expect(entry.passedOn).toEqual([]);
  });

  it('loads every built-in a warm evaluate needs before it raises V8\'s tiering thresholds (Node\'s compiled code for a built-in loaded after them is refused)', { timeout: 60_000 }, async () => {
    // The flags are the entry's first call of v8.setFlagsFromString: the hook notes how many modules Node had loaded by
    // then, and at the end lists the built-ins loaded since.
    const hook = `data:text/javascript,${encodeURIComponent(
      "const v8 = process.getBuiltinModule('node:v8'); const set = v8.setFlagsFromString; let loaded = null;"
      + "v8.setFlagsFromString = (flags) => { loaded ??= process.moduleLoadList.length; return set.call(v8, flags); };"
      + "process.on('exit', () => process.stderr.write('AFTER FLAGS ' + (loaded === null ? 'no flags' : JSON.stringify(process.moduleLoadList.slice(loaded).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)))) + '\\n'));",
    )}`;
    const root = sampleRepository('standards-builtins-');
    // A node_modules folder, as every checkout has: the model and the git reads are kept there between runs (model-cache.ts).
    mkdirSync(path.join(root, 'node_modules'));
    expect((await runCli(['fetch', '--root', root], { now: '2026-11-19T06:00:00Z' })).code).toBe(0);
    const tmp = mkdtempSync(path.join(tmpdir(), 'standards-cache-'));
    temps.push(tmp);
    const evaluate = async () => {
      const { stderr } = await exec(process.execPath, ['--import', hook, path.join(REPO, 'scripts/standards.js'), 'evaluate', '--root', root, '--now', '2026-11-19T06:00:00Z'], {
        cwd: REPO, env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' },
      });
      return /^AFTER FLAGS (.*)$/m.exec(stderr)?.[1];
    };
    await evaluate(); // the facts cache filled: the next one is warm
    // A run that finds a facts cache sets flags of its own (scripts/standards.js `hasFactsCache`), so its compiled code
    // is cached apart from a cold run's: the first such run on a machine fills that cache (its TypeScript stripped anew).
    await evaluate();
    expect(JSON.parse((await evaluate())!)).toEqual([]);
  });

  it('keeps Maglev\'s inlining and loop peeling for a cold evaluate and `--full`, and turns them off for one that finds a facts cache', { timeout: 60_000 }, async () => {
    const hook = `data:text/javascript,${encodeURIComponent(
      "const v8 = process.getBuiltinModule('node:v8'); const set = v8.setFlagsFromString; const flags = [];"
      + "v8.setFlagsFromString = (f) => { flags.push(f); return set.call(v8, f); };"
      + "process.on('exit', () => process.stderr.write('FLAGS ' + flags.join(' ') + '\\n'));",
    )}`;
    const root = sampleRepository('standards-maglev-');
    expect((await runCli(['fetch', '--root', root], { now: '2026-11-19T06:00:00Z' })).code).toBe(0);
    const tmp = mkdtempSync(path.join(tmpdir(), 'standards-cache-'));
    temps.push(tmp);
    const flags = async (args: string[], cwd = REPO) => {
      const { stderr } = await exec(process.execPath, ['--import', hook, path.join(REPO, 'scripts/standards.js'), 'evaluate', ...args, '--now', '2026-11-19T06:00:00Z'], {
        cwd, env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' },
      });
      return /^FLAGS (.*)$/m.exec(stderr)?.[1]?.split(' ');
    };
    const common = ['--invocation-count-for-maglev=3200', '--invocation-count-for-turbofan=24000'];
    expect(await flags(['--root', root])).toEqual([...common, '--no-turbofan', '--no-lazy']);
    expect(await flags([`--root=${root}`])).toEqual([...common, '--no-turbofan', '--no-maglev-inlining', '--no-maglev-loop-peeling', '--no-lazy']);
    expect(await flags([], root)).toEqual([...common, '--no-turbofan', '--no-maglev-inlining', '--no-maglev-loop-peeling', '--no-lazy']);
    expect(await flags(['--root', root, '--full'])).toEqual([...common, '--no-lazy']);
  });

  it('is what package.json runs, and on its second run on a machine reads every TypeScript module type-stripped from the compile cache', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin.standards).toBe('scripts/standards.js');
    for (const name of ['start', 'validate', 'fetch', 'evaluate', 'pipeline', 'site']) expect(pkg.scripts[name], name).toMatch(/^node scripts\/standards\.js /);
    // Its own temporary folder: the compile cache is kept in the system's one.
    const tmp = mkdtempSync(path.join(tmpdir(), 'standards-cache-'));
    temps.push(tmp);
    const run = () => exec(process.execPath, [path.join(REPO, 'scripts/standards.js'), 'validate', '--root', fixtureRoot()], {
      cwd: REPO, env: { ...process.env, TMPDIR: tmp, NODE_DEBUG_NATIVE: 'COMPILE_CACHE', NO_COLOR: '1', GITHUB_ACTIONS: '' },
    });
    await run();
    const { stderr } = await run();
    // Node logs, per module, "retrieving transpile cache for StrippedTypeScript <url>...success" when it takes the
    // stripped code from the cache, and "no transpile cache for StrippedTypeScript <url>" when it strips it anew.
    const fromCache = new Set([...stderr.matchAll(/retrieving transpile cache for StrippedTypeScript (file:\S+?)\.\.\.success/g)].map((m) => path.relative(REPO, new URL(m[1]!).pathname)));
    expect(fromCache).toContain('scripts/cli.ts');
    expect(fromCache).toContain('scripts/commands/io.ts');
    expect(fromCache).toContain('scripts/commands/validate.ts');
    expect(stderr).not.toContain('no transpile cache for StrippedTypeScript');
  });
});
