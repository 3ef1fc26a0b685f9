// An organisation runs the tool from its installed package against its own standards repository, which has no
// node_modules: the process's working folder is that repository (`standards site --root DIR`, run in DIR). Astro
// put its prerender bundle in `DIR/.astro/.prerender`, where none of its imports resolve, and the build failed
// ("Cannot find package '@oslojs/encoding'"). Here one real build runs in a child process whose working folder is
// such a repository (a copy of the site fixture in a temp folder), into an output folder in the temp folder, not
// the tool's own site/dist.

import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from '../../scripts/publish/site-build.ts';
import { SAMPLE_NOW, SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';

const SITE_BUILD = pathToFileURL(path.resolve(import.meta.dirname, '../../scripts/publish/site-build.ts')).href;

let work: string;
let root: string;
let outDir: string;
let run: { code: number | null; pid: number; stderr: string };

/** Runs `buildSite` in a new Node process (this one's binary) whose working folder is `cwd`. */
function buildSiteIn(cwd: string, options: Record<string, unknown>): Promise<typeof run> {
  const script = `const { buildSite } = await import(${JSON.stringify(SITE_BUILD)});
await buildSite({ ...${JSON.stringify(options)}, log: () => {} });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, pid: child.pid!, stderr }));
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'site-root-'));
  root = path.join(work, 'northwind');
  outDir = path.join(work, 'out');
  await cp(SAMPLE_ROOT, root, { recursive: true });
  run = await buildSiteIn(root, {
    root, reportFile: 'report.json', outDir, now: SAMPLE_NOW, tempDir: work,
    env: { GITHUB_REPOSITORY: 'northwind/service-standards' },
  });
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a site built from a repository without node_modules, run in that repository', () => {
  it('builds', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('shows the report\'s figures: 1,129 urgent tickets in the window, 1,051 met, so 78 missed (93.1%)', async () => {
    const page = await readFile(path.join(outDir, 'standards/first-response-urgent/index.html'), 'utf8');
    const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('78 tickets of 1,129 missed the 1h goal');
    expect(text).toContain('93.1% now');
  });

  it('writes nothing into the repository', async () => {
    expect((await readdir(root)).sort()).toEqual((await readdir(SAMPLE_ROOT)).sort());
  });

  it('leaves no working folder of the build in the tool', async () => {
    const left = await readdir(path.join(SITE_DIR, '.astro')).catch(() => [] as string[]);
    expect(left.filter((name) => name.startsWith(`build-${run.pid}_`))).toEqual([]);
  });
});
