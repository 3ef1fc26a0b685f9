// A fetch killed with SIGKILL just past its commit point leaves a half-installed store: some day files are the new
// ones, the rest and the cursor are not yet. Every command that reads the store must finish that install first (or
// refuse with one line), never read the mix. The fetch is a real `standards fetch` child process; a preload stops
// it after its commit.json and 3 installed files, and the test kills it there.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { sampleRepository, tempDir } from '../process-fixtures.ts';
import type { Report } from '../../scripts/model/model.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { finishCommittedFetches } from '../../scripts/store/committed-fetches.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = '2026-11-20T06:00:00Z';

/** A repository of the sample helpdesk (`review` reads the documents of its base commit). */
const fixtureRepo = () => sampleRepository('standards-killed-');

function copy(root: string): string {
  const to = tempDir('standards-killed-');
  cpSync(root, to, { recursive: true });
  return to;
}

const dayFiles = (root: string) => (readdirSync(path.join(root, 'data/tickets'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ndjson')).sort();
const stagingDirs = (root: string) => readdirSync(path.join(root, 'data')).filter((n) => n.endsWith('.staging'));
const report = (root: string) => JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as Report;

/** Process state from /proc (T: stopped). */
function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

/** Runs `standards fetch` in a child process and SIGKILLs it once it has stopped past the commit point. */
async function killFetchAfterCommit(root: string): Promise<NodeJS.Signals | null> {
  const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), ['--import', path.join(import.meta.dirname, 'stop-at-commit-point.ts'), path.join(REPOSITORY_ROOT, 'scripts/cli.ts'), 'fetch', '--root', root, '--now', NOW], {
    env: { PATH: process.env.PATH ?? '', STOP_AFTER_INSTALLED: '3' },
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let finished = false;
  void exited.then(() => { finished = true; });
  while (!finished && processState(child.pid!) !== 'T') await new Promise((resolve) => setTimeout(resolve, 20));
  child.kill('SIGKILL');
  return exited;
}

let clean: string;
let killed: string;

beforeAll(async () => {
  // The same fetch, not killed, then evaluated: what every reader must see.
  clean = fixtureRepo();
  expect((await runCli(['fetch', '--root', clean], { now: NOW })).code).toBe(0);
  expect((await runCli(['evaluate', '--root', clean], { now: NOW })).code).toBe(0);

  killed = fixtureRepo();
  expect(await killFetchAfterCommit(killed)).toBe('SIGKILL');
}, 120_000);

describe('a fetch killed with SIGKILL just past its commit point', () => {
  it('leaves a committed staging folder, 3 of the new day files installed and no cursor yet', () => {
    const staging = stagingDirs(killed);
    expect(staging).toHaveLength(1);
    expect(existsSync(path.join(killed, 'data', staging[0]!, 'commit.json'))).toBe(true);
    expect(dayFiles(killed)).toHaveLength(3);
    expect(dayFiles(clean).length).toBeGreaterThan(30);
    expect(existsSync(path.join(killed, 'data/cursor.json'))).toBe(false);
  });

  it.each([
    ['evaluate', ['evaluate']],
    ['pipeline', ['pipeline', '--no-site']],
  ])('%s finishes the install first, then reports on the whole store', async (_name, args) => {
    const root = copy(killed);
    const run = await runCli([...args, '--root', root], { now: NOW });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('store: finished installing 1 fetch(es) a killed run had committed');
    expect(stagingDirs(root)).toEqual([]);
    expect(dayFiles(root)).toEqual(dayFiles(clean));
    expect(readFileSync(path.join(root, 'data/cursor.json'), 'utf8')).toBe(readFileSync(path.join(clean, 'data/cursor.json'), 'utf8'));
    expect({ data: report(root).data, summary: report(root).summary }).toEqual({ data: report(clean).data, summary: report(clean).summary });
  });

  it('review finishes the install before it replays the stored tickets', async () => {
    const root = copy(killed);
    const run = await runCli(['review', '--base', 'HEAD', '--format', 'json', '--root', root], { now: NOW });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('store: finished installing 1 fetch(es) a killed run had committed');
    expect(dayFiles(root)).toEqual(dayFiles(clean));
  });

  it('explain finishes the install before it looks the ticket up', async () => {
    const root = copy(killed);
    const run = await runCli(['explain', 'NO-SUCH-TICKET', '--root', root], { now: NOW });
    expect(run.stderr).toContain('store: finished installing 1 fetch(es) a killed run had committed');
    expect(run.stderr.split('\n').at(-1)).toBe('standards: ticket "NO-SUCH-TICKET" is not in the store (data): run standards fetch first, or check the id');
    expect(run.code).toBe(1);
    expect(dayFiles(root)).toEqual(dayFiles(clean));
  });

  it.each([
    ['site', ['site'], 2, 'standards: no report at data/report.json: run `standards evaluate` first, then `standards site`'],
    ['actions', ['actions', '--dry-run'], 2, 'standards: cannot read the report data/report.json (ENOENT): run `standards evaluate` first, or pass --report'],
  ])('%s finishes the install before it reads the store', async (_name, args, code, last) => {
    const root = copy(killed);
    const run = await runCli([...args, '--root', root], { now: NOW });
    expect({ code: run.code, last: run.stderr.split('\n').at(-1) }).toEqual({ code, last });
    expect(run.stderr).toContain('store: finished installing 1 fetch(es) a killed run had committed');
    expect(stagingDirs(root)).toEqual([]);
    expect(dayFiles(root)).toEqual(dayFiles(clean));
  });

  it('validate finishes the install before it asks the store which scope values no ticket carries', async () => {
    const root = copy(killed);
    // One ticket the install has not reached yet is the only one with tag vip-gold; a standard is scoped to it.
    const staging = path.join(root, 'data', stagingDirs(root)[0]!);
    const manifest = JSON.parse(readFileSync(path.join(staging, 'commit.json'), 'utf8')) as { renames: { from: string | null; to: string }[] };
    const pending = manifest.renames.find((r) => r.from !== null && r.to.endsWith('.ndjson') && existsSync(path.join(staging, r.from)))!;
    const file = path.join(staging, pending.from!);
    const [first, ...rest] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [JSON.stringify({ ...JSON.parse(first!), tags: ['vip-gold'] }), ...rest].join('\n'));
    const standard = path.join(root, 'standards/service-levels/first-response-urgent.yaml');
    writeFileSync(standard, readFileSync(standard, 'utf8').replace('scope: { priority: [urgent], channel: [email, web] }', 'scope: { priority: [urgent], channel: [email, web], tags: [vip-gold] }'));
    const run = await runCli(['validate', '--root', root], { now: NOW });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('vip-gold');
    expect(run.stderr).toContain('store: finished installing 1 fetch(es) a killed run had committed');
    expect(stagingDirs(root)).toEqual([]);
    expect(dayFiles(root)).toEqual(dayFiles(clean));
  });

  it('validate skips the scope question with one line when another run holds the half-installed store, and still checks the documents', async () => {
    const root = copy(killed);
    // A lock held by this (running) test process: validate does not wait for it.
    writeFileSync(path.join(root, 'data/.standards.lock'), `${JSON.stringify({ pid: process.pid, host: hostname(), startedAt: NOW, command: 'fetch' })}\n`);
    const run = await runCli(['validate', '--root', root], { now: NOW });
    expect(run.code).toBe(0);
    const skipped = run.stderr.split('\n').filter((line) => line.includes('scope coverage not checked'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatch(/^ {2}scope coverage not checked: .*data is half-installed: a fetch committed .* Nothing was read\./);
    expect(run.stderr).not.toContain('[scope-coverage]');
    expect(dayFiles(root)).toHaveLength(3);
  });

  it('fetch --dry-run, which writes nothing, refuses with one line', async () => {
    const root = copy(killed);
    const run = await runCli(['fetch', '--dry-run', '--root', root], { now: NOW });
    expect({ code: run.code, last: run.stderr.split('\n').at(-1) }).toEqual({
      code: 1, last: 'standards: fetch failed: data/ is half-installed (a killed fetch had committed): a dry run writes nothing, so it cannot finish it; run `standards fetch` first',
    });
    expect(dayFiles(root)).toHaveLength(3);
  });

  it.each([
    ['store check', ['store', 'check']],
    ['store pack', ['store', 'pack', '--out', 'packed']],
  ])('%s finishes the install before it reads the store (committed-fetches.ts, the readers\' own module)', async (_name, args) => {
    const root = copy(killed);
    const run = await runCli([...args, '--root', root], { now: NOW });
    expect(run.stderr).toContain('store: finished installing 1 fetch(es) a killed run had committed');
    expect(run.code).toBe(0);
    expect(stagingDirs(root)).toEqual([]);
    expect(dayFiles(root)).toEqual(dayFiles(clean));
  });

  it('a reader that cannot write the store refuses with one line and reads nothing', async () => {
    const root = copy(killed);
    const readOnly: StoreFileSystem = { ...nodeStoreFileSystem, rename: async () => { throw Object.assign(new Error('EROFS: read-only file system, rename'), { code: 'EROFS' }); } };
    const storeDir = path.join(root, 'data');
    const staging = stagingDirs(root)[0]!;
    const lines: string[] = [];
    const error = await finishCommittedFetches(storeDir, { fs: readOnly, command: 'evaluate', log: (line) => lines.push(line) }).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      `${storeDir} is half-installed: a fetch committed (${path.join(storeDir, staging, 'commit.json')}) but was stopped before it installed every file, and this evaluate could not finish it ` +
        `(cannot write ${path.join(storeDir, 'tickets', dayFiles(clean)[0]!)}: EROFS: read-only file system, rename). ` +
        'Nothing was read. Run `standards fetch` where the store can be written; it finishes the install first.',
    );
    expect(dayFiles(root)).toHaveLength(3);
    expect(readdirSync(storeDir).includes('.standards.lock')).toBe(false);
  });
});
