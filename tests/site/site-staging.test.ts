// A site build never leaves a half-built site where the last good one was: it builds into a staging folder and
// swaps it in only when complete. A full disk fails the build with a message naming what could not be written,
// and the previous site stays byte for byte. What a killed build left is swept by the next one. The Astro build
// is injected here (the real one is tested in site-build.test.ts): it writes part of a site, then fails the way
// Node's fs does on a full disk.

import { cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSite, type AstroBuildConfig, type AstroBuildPlace } from '../../scripts/publish/site-build.ts';
import { readSiteInput, type SiteInput } from '../../scripts/publish/site-data.ts';
import { buildInOwnProcess } from '../../scripts/publish/astro-build-process.ts';
import { readCredential } from '../../scripts/model/credential-redaction.ts';
import { SAMPLE_NOW, SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';

let work: string;
let outDir: string;
let tempDir: string;
let buildFolders: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'site-staging-'));
  outDir = path.join(work, 'site', 'dist');
  tempDir = path.join(work, 'tmp');
  await mkdir(tempDir);
  buildFolders = path.join(work, 'builds');
  // The previous night's site.
  await mkdir(path.join(outDir, 'standards'), { recursive: true });
  await writeFile(path.join(outDir, 'index.html'), '<h1>last night</h1>\n');
  await writeFile(path.join(outDir, 'standards/index.html'), '<h1>standards, last night</h1>\n');
});
afterEach(async () => { await rm(work, { recursive: true, force: true }); });

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

const enospc = (extra: Record<string, unknown> = {}) => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write', ...extra });

/**
 * An Astro build that writes `files` pages into its output folder, then throws `error` (if any). Each file is
 * dated a second after the one before (fixed times, not the clock's), so the last one is the newest.
 */
function astroBuild(files: Record<string, string>, error?: Error) {
  const seen: AstroBuildConfig[] = [];
  const cwds: string[] = [];
  return {
    seen,
    cwds,
    build: async (config: AstroBuildConfig, place: AstroBuildPlace) => {
      seen.push(config);
      cwds.push(place.cwd);
      let second = 1_700_000_000;
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(config.outDir, file)), { recursive: true });
        await writeFile(path.join(config.outDir, file), text);
        second++;
        await utimes(path.join(config.outDir, file), second, second);
      }
      if (error) throw error;
    },
  };
}

const build = (astro: ReturnType<typeof astroBuild>, extra: Partial<Parameters<typeof buildSite>[0]> = {}) =>
  buildSite({ root: SAMPLE_ROOT, reportFile: 'report.json', outDir, now: SAMPLE_NOW, history: false, search: false, tempDir, buildFolders, astroBuild: astro.build, log: () => {}, ...extra });

/** Runs `work` with `values` set in process.env, then puts every one of them back as it was. */
async function withEnvironment(values: Record<string, string>, work: () => Promise<void>): Promise<void> {
  const saved = Object.keys(values).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, values);
  try {
    await work();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The environment a site build gives the Astro process. */
async function astroEnvironment(extra: Partial<Parameters<typeof buildSite>[0]> = {}): Promise<Record<string, string | undefined>> {
  const envs: Record<string, string | undefined>[] = [];
  const astro = astroBuild({ 'index.html': '<h1>tonight</h1>' });
  await build(astro, { ...extra, astroBuild: async (config, place) => { envs.push(place.env); await astro.build(config, place); } });
  return envs[0]!;
}

describe('a site build on a full disk', () => {
  it('names the file it was writing (Node\'s write error names none), leaves the previous site byte for byte, and no staging or temp folder', async () => {
    const before = await tree(outDir);
    // b/index.html is the file whose write failed: opened last, cut short
    const astro = astroBuild({ 'index.html': '<h1>tonight</h1>', 'b/index.html': '<h1>b</h1>', 'a/index.html': '<h1' }, enospc());
    const error = await build(astro).catch((e: Error) => e);
    const staging = astro.seen[0]!.outDir;
    expect(path.dirname(staging)).toBe(path.dirname(outDir));
    expect(path.basename(staging)).toMatch(new RegExp(`^\\.dist\\.${process.pid}_[0-9a-f]{8}_\\d+-[0-9a-f]{12}\\.staging$`));
    expect((error as Error).message).toBe(`the site build failed: cannot write ${path.join(staging, 'a', 'index.html')}: the disk is full (ENOSPC); free some space and build again. Nothing was replaced: ${outDir} still holds the previous site`);
    expect(await tree(outDir)).toEqual(before);
    expect(await readdir(path.dirname(outDir))).toEqual(['dist']);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('says no site was built before when there was none, and leaves none', async () => {
    await rm(outDir, { recursive: true });
    const astro = astroBuild({ 'index.html': '<h1>tonight</h1>' }, enospc());
    const error = await build(astro).catch((e: Error) => e);
    const staging = astro.seen[0]!.outDir;
    expect((error as Error).message).toBe(`the site build failed: cannot write ${path.join(staging, 'index.html')}: the disk is full (ENOSPC); free some space and build again. Nothing was replaced: no site was built before; nothing was written to ${outDir}`);
    expect(await readdir(path.dirname(outDir))).toEqual([]);
  });

  it('names the staging folder when the disk filled before any file was written', async () => {
    const astro = astroBuild({}, enospc({ syscall: 'mkdir' }));
    const error = await build(astro).catch((e: Error) => e);
    expect((error as Error).message).toBe(`the site build failed: cannot write ${astro.seen[0]!.outDir}: the disk is full (ENOSPC); free some space and build again. Nothing was replaced: ${outDir} still holds the previous site`);
  });

  it('names the file when the error carries one', async () => {
    const file = path.join(work, 'site', '.dist.x.staging', 'standards', 'index.html');
    const error = await build(astroBuild({}, enospc({ syscall: 'open', path: file, message: `ENOSPC: no space left on device, open '${file}'` }))).catch((e: Error) => e);
    expect((error as Error).message).toBe(`the site build failed: cannot write ${file}: the disk is full (ENOSPC); free some space and build again. Nothing was replaced: ${outDir} still holds the previous site`);
  });
});

describe('the Astro build\'s environment', () => {
  it('holds no credential: variables named as one, and any whose value holds one the run has read, whatever its name', async () => {
    const secret = 'zd-4f9KqX2m8vR7tL1pW3nB6yH0';
    const names = ['ZENDESK_API_TOKEN', 'FRESHDESK_API_KEY', 'GITHUB_TOKEN', 'ORG_HELPDESK_AUTH', 'HELPDESK_URL_WITH_IT'];
    await withEnvironment({
      ZENDESK_API_TOKEN: 'a-token-by-its-name-0001', FRESHDESK_API_KEY: 'a-key-by-its-name-0002', GITHUB_TOKEN: 'ghs_by-its-name-0003',
      ORG_HELPDESK_AUTH: secret, HELPDESK_URL_WITH_IT: `https://support.example.com/?auth=${secret}`,
    }, async () => {
      // As a Zendesk source reads its tokenEnv (an organisation may name the variable anything).
      expect(readCredential(process.env, 'ORG_HELPDESK_AUTH')).toBe(secret);
      const env = await astroEnvironment();
      for (const name of names) expect(env[name], name).toBeUndefined();
      expect(Object.values(env).some((value) => value?.includes(secret))).toBe(false);
      expect(env.PATH).toBe(process.env.PATH);
      expect(env.ASTRO_TELEMETRY_DISABLED).toBe('1');
    });
  });
});

describe('the Astro build\'s environment, when no credential has been read (`standards site` alone)', () => {
  it('holds neither the variables the source reads its credentials from, whatever their names, nor ones named with a credential\'s word', async () => {
    // The sample organisation, its source a Zendesk whose variables are named as the organisation chose.
    const root = path.join(work, 'org');
    await cp(SAMPLE_ROOT, root, { recursive: true });
    const pipeline = path.join(root, 'standards', 'pipeline.yaml');
    await writeFile(pipeline, (await readFile(pipeline, 'utf8')).replace(
      '  type: sample\n  sample: { tickets: 20000, days: 180, seed: 42 }\n',
      '  type: zendesk\n  zendesk: { subdomain: northwind, emailEnv: NW_HELPDESK_LOGIN, tokenEnv: NW_HELPDESK_ZD }\n',
    ));
    const values: Record<string, string> = {
      NW_HELPDESK_ZD: 'Zk8fQ2mX7pL4nR9sT1vW3yB6', NW_HELPDESK_LOGIN: 'bot@northwind.example',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY01', SMTP_PASS: 'correct-horse-battery', SSH_AUTH_SOCK: '/tmp/ssh-agent.sock',
    };
    await withEnvironment(values, async () => {
      const env = await astroEnvironment({ root });
      expect(Object.keys(values).filter((name) => env[name] !== undefined)).toEqual([]);
      expect(env.PATH).toBe(process.env.PATH);
      expect(env.HOME).toBe(process.env.HOME);
      expect(env.PWD).toBe(process.env.PWD);
    });
  });
});

describe('a site build into a link', () => {
  it('replaces the folder the link leads to and keeps the link (a web server reads the folder)', async () => {
    const real = path.join(work, 'www');
    await rename(outDir, real);
    await symlink(real, outDir);
    const result = await build(astroBuild({ 'index.html': '<h1>tonight</h1>' }));
    expect(result.outDir).toBe(real);
    expect((await lstat(outDir)).isSymbolicLink()).toBe(true);
    expect(await readlink(outDir)).toBe(real);
    // Tonight's page and the sitemap the build writes; last night's standards/index.html is gone.
    const built = await tree(real);
    expect(Object.keys(built).sort()).toEqual(['index.html', 'robots.txt', 'sitemap.xml']);
    expect(built['index.html']).toBe('<h1>tonight</h1>');
    expect((await readdir(work)).sort()).toEqual(['builds', 'site', 'tmp', 'www']);
    expect(await readdir(path.join(work, 'site'))).toEqual(['dist']);
  });
});

describe('a complete site build', () => {
  it('replaces the previous site as a whole: no page of last night is left, nothing aside', async () => {
    const astro = astroBuild({ 'index.html': '<h1>tonight</h1>', 'sops/index.html': 'sops' });
    const result = await build(astro);
    expect(result.pages).toBe(2);
    const built = await tree(outDir);
    // The sample pipeline has a site.url: the sitemap is written into the staging folder too.
    expect(Object.keys(built).sort()).toEqual(['index.html', 'robots.txt', 'sitemap.xml', 'sops/index.html']);
    expect(built['index.html']).toBe('<h1>tonight</h1>');
    expect(await readdir(path.dirname(outDir))).toEqual(['dist']);
  });

  it('runs Astro in a working folder of its own (where Astro puts its prerender bundle), then removes it; the process keeps its folder', async () => {
    const cwd = process.cwd();
    const astro = astroBuild({ 'index.html': '<h1>tonight</h1>' });
    await build(astro);
    expect(path.dirname(astro.cwds[0]!)).toBe(buildFolders);
    expect(path.basename(astro.cwds[0]!)).toMatch(new RegExp(`^build-${process.pid}_[0-9a-f]{8}_\\d+-[A-Za-z0-9]{6}$`));
    expect(await readdir(buildFolders)).toEqual([]);
    expect(process.cwd()).toBe(cwd);
  });

  it('reads its input and keeps its cache in a temp directory given relative (TMPDIR=tmp), as from the folder it was run in, not from the Astro build\'s', async () => {
    // The content loader reads the input file the environment names (readSiteInput) while the process's folder is
    // the Astro build's: a relative name there was looked for in that folder (ENOENT) and the build failed.
    const inputs: SiteInput[] = [];
    const caches: string[] = [];
    await build({ seen: [], cwds: [], build: async (config, place) => {
      inputs.push(await readSiteInput(place.env));
      caches.push(config.cacheDir);
      await mkdir(config.outDir, { recursive: true });
      await writeFile(path.join(config.outDir, 'index.html'), 'tonight');
    } }, { tempDir: path.relative(process.cwd(), tempDir) });
    expect(inputs.map((i) => i.reportFile)).toEqual([path.join(SAMPLE_ROOT, 'report.json')]);
    expect(path.dirname(path.dirname(caches[0]!))).toBe(tempDir);
    expect(await readdir(tempDir)).toEqual([]);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('tonight');
  });

  it('keeps the process\'s folder when the Astro build fails, and removes the build\'s', async () => {
    const cwd = process.cwd();
    await build(astroBuild({}, enospc())).catch(() => undefined);
    expect(process.cwd()).toBe(cwd);
    expect(await readdir(buildFolders)).toEqual([]);
  });
});

describe('a site build stopped by SIGTERM or SIGINT (issue 15)', () => {
  it('installs nothing when the run is stopped during the Astro build: the previous site stays byte for byte, no staging or temp folder', async () => {
    const before = await tree(outDir);
    const stop = new AbortController();
    const astro = astroBuild({ 'index.html': '<h1>tonight</h1>' });
    // The signal arrives as an injected Astro build (which does not watch it) completes: nothing is swapped in.
    const building = async (config: AstroBuildConfig, place: AstroBuildPlace) => {
      await astro.build(config, place);
      stop.abort(new Error('stopped by SIGTERM'));
    };
    const error = await build(astro, { astroBuild: building, signal: stop.signal }).catch((e: Error) => e);
    expect((error as Error).message).toBe('stopped by SIGTERM');
    expect(await tree(outDir)).toEqual(before);
    expect(await readdir(path.dirname(outDir))).toEqual(['dist']);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('ends the Astro build\'s process when the run is stopped while it builds: the previous site stays, no folder is left', async () => {
    const before = await tree(outDir);
    const stop = new AbortController();
    let ended: Promise<void> | null = null;
    // The real build's process, stopped as soon as it has started.
    const building = (config: AstroBuildConfig, place: AstroBuildPlace, signal?: AbortSignal) => {
      ended = buildInOwnProcess(config, place, signal);
      stop.abort(new Error('stopped by SIGTERM'));
      return ended;
    };
    const error = await build(astroBuild({}), { astroBuild: building, signal: stop.signal }).catch((e: Error) => e);
    expect(ended).not.toBe(null);
    expect((error as Error).message).toBe('stopped by SIGTERM');
    expect(await tree(outDir)).toEqual(before);
    expect(await readdir(path.dirname(outDir))).toEqual(['dist']);
    expect(await readdir(tempDir)).toEqual([]);
    expect(await readdir(buildFolders)).toEqual([]);
  });

  it('does not start the Astro build when the run was stopped before it', async () => {
    const stop = new AbortController();
    stop.abort(new Error('stopped by SIGINT'));
    const astro = astroBuild({ 'index.html': '<h1>tonight</h1>' });
    const error = await build(astro, { signal: stop.signal }).catch((e: Error) => e);
    expect((error as Error).message).toBe('stopped by SIGINT');
    expect(astro.seen).toEqual([]);
    expect(await readdir(tempDir)).toEqual([]);
  });
});

describe('what a killed build left', () => {
  const DEAD = 999_001;
  const ALIVE = 999_002;
  const isRunning = (pid: number) => pid === ALIVE;

  it('is swept: temp and staging folders of builds no longer running go; a running build\'s and foreign folders stay', async () => {
    for (const name of [`standards-site-${DEAD}-AbC123`, `standards-site-${ALIVE}-XyZ789`, 'standards-site-q1w2e3', 'someone-else']) {
      await mkdir(path.join(tempDir, name, 'cache'), { recursive: true });
    }
    await mkdir(path.join(work, 'site', `.dist.${DEAD}-0123456789ab.staging`));
    await mkdir(path.join(work, 'site', `.dist.${ALIVE}-0123456789ab.staging`));
    await mkdir(path.join(buildFolders, `build-${DEAD}-AbC123`, '.astro', '.prerender'), { recursive: true });
    await mkdir(path.join(buildFolders, `build-${ALIVE}-XyZ789`));
    const lines: string[] = [];
    await build(astroBuild({ 'index.html': 'tonight' }), { isRunning, log: (line) => lines.push(line) });
    // `standards-site-q1w2e3` (no pid: made by an older version) is not ours to judge.
    expect((await readdir(tempDir)).sort()).toEqual([`standards-site-${ALIVE}-XyZ789`, 'someone-else', 'standards-site-q1w2e3'].sort());
    expect((await readdir(path.join(work, 'site'))).sort()).toEqual([`.dist.${ALIVE}-0123456789ab.staging`, 'dist']);
    expect(await readdir(buildFolders)).toEqual([`build-${ALIVE}-XyZ789`]);
    expect(lines[0]).toBe('removed 3 folder(s) a killed site build left');
  });

  it('puts back the previous site when a build was killed between the two renames of its swap', async () => {
    const before = await tree(outDir);
    const aside = path.join(work, 'site', `.dist.${DEAD}-0123456789ab.previous`);
    await rm(aside, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.rename(outDir, aside));
    const error = await build(astroBuild({}, enospc()), { isRunning }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/the disk is full/);
    expect(await tree(outDir)).toEqual(before);
    expect(await readdir(path.join(work, 'site'))).toEqual(['dist']);
  });
});
