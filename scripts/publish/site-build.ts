// Builds the compliance site: checks the standards, runs the Astro build of site/ with the paths the content
// loader needs, then indexes the output with Pagefind. The CLI (`standards site`) calls `buildSite`.
//
// The build never leaves a half-built site where the last good one was: it builds into a staging folder beside
// the output folder (`site/.dist.<owner>-<random>.staging`, same disk, so the swap is a rename), and only a complete
// build replaces the output, renaming the old one aside first and removing it after. A build that fails (a full
// disk: the message names what could not be written) leaves the previous site as it was. What a killed build left
// (its staging folder, the temp folder `standards-site-<owner>-*` in the system temp directory, the Astro build's
// working folder `site/.astro/build-<owner>-*`, an old site renamed aside) is swept by the next build, once the
// process that made it is no longer running (the owner is the pid and the process's start: store/run-folders.ts).
//
// Astro writes the bundle it prerenders the pages with (which Node then imports) into `<outDir>/.prerender` when the
// output folder is inside the process's working directory, else into `<cwd>/.astro/.prerender` (Astro 7.3:
// core/build/common.js `getOutDirWithinCwd`, prerender/utils.js), and the bundle's package imports
// (`@oslojs/encoding`, ...) resolve from where it lies. Run from an organisation's repository that has no
// node_modules of its own (`standards site --root DIR`, or from DIR), the build failed on the first of them and left
// `.astro/` in that repository. So the Astro build runs with its working directory in a fresh folder of the tool's
// own, `site/.astro/build-<owner>-<random>/`: the bundle lands in it and resolves the tool's packages whatever the
// root and the caller's folder, nothing is written under the root, and builds running side by side (tests) no longer
// share one `.astro/.prerender`. The folder is removed after the build, or swept like the others when killed.
//
// The Astro build runs in a process of its own (astro-build-process.ts), given that folder and the loader's input in
// its environment (this process's folder and environment are left alone): a failed Astro build leaves work running
// (its content data store's save on a timer), and in this process that work crashed Node after our message, writing
// into the cache folder the build had just removed. Its process ends with the build, before anything is removed.
//
// A build stopped by SIGTERM or SIGINT (`signal`) ends the Astro build's process, or stops at its next check (before
// the Astro build, after it, after the search index, before the swap), and installs nothing. Its staging and temp
// folders are removed on the way out, or by the CLI's exit if the build does not reach a check in time.

import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shownPath } from '../store/atomic-write.ts';
import { isProcessRunning } from '../store/store-lock.ts';
import { createRunFolder, isRunOwnerLive, runOwnerOf, runOwnerTag, RUN_OWNER_PATTERN, sweepDeadRunFolders, type RunFolderOwner, type RunLiveness } from '../store/run-folders.ts';
import { atStopPoint, removeOnTermination } from '../model/run-termination.ts';
import { loadStandardsModel, formatFindings } from '../model/load.ts';
import type { StandardsModel } from '../model/model.ts';
import { credentialKind, isCredentialName } from '../model/credentials.ts';
import { redactText } from '../model/credential-redaction.ts';
import { SITE_INPUT_ENV, SiteDataError, type SiteInput } from './site-data.ts';
import { normaliseBase } from './site-links.ts';
import { buildInOwnProcess } from './astro-build-process.ts';
import { resolvedPath } from './site-output.ts';
import { writeSitemap } from './site-sitemap.ts';

export const SITE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'site');

export interface BuildSiteOptions {
  /** Repository root (standards/ and git). */
  root: string;
  /** The compliance report, e.g. data/report.json. */
  reportFile: string;
  /** Default: site/dist. */
  outDir?: string;
  /** Overrides the Pipeline's site.base (e.g. for a preview at /). */
  base?: string;
  /** The build's "now"; default the report's `now`. */
  now?: string;
  /** Folder of the documents relative to root; default `standards`. */
  standardsDir?: string;
  /** Read git history of every document; default true. */
  history?: boolean;
  /** `owner/name` of the corrective-action issues; default the Pipeline's actions.repository, else GITHUB_REPOSITORY. */
  repository?: string | null;
  /** Where GITHUB_REPOSITORY is read from; default process.env (the workflow run's repository). */
  env?: Record<string, string | undefined>;
  /** Run Pagefind after the build; default true. */
  search?: boolean;
  log: (message: string) => void;
  /** The system temp directory (tests give their own). Default: os.tmpdir(). */
  tempDir?: string;
  /**
   * Where the Astro build's working folder is made: a folder whose packages Astro's prerender bundle can import.
   * Default: the tool's site/.astro. Tests with an injected `astroBuild` (and their own `isRunning`) give their own.
   */
  buildFolders?: string;
  /** The Astro build; tests give one that fails as a full disk does. Default: Astro's `build`, in a process of its own. */
  astroBuild?: AstroBuild;
  /** Whether a process runs (sweeping what a killed build left); default: signal 0. */
  isRunning?: (pid: number) => boolean;
  /** Which process holds a pid now (`<boot>_<start>`); default: /proc (store/run-folders.ts). */
  startTagOf?: (pid: number) => string | null;
  /** Aborted when the run is stopped (SIGTERM, SIGINT): the build stops at its next check and installs nothing. */
  signal?: AbortSignal;
}

/** What `buildSite` hands the Astro build. */
export interface AstroBuildConfig {
  root: string;
  outDir: string;
  base: string;
  site: string | undefined;
  cacheDir: string;
  logLevel: 'warn';
  vite: { logLevel: 'warn' };
}

/**
 * Where the Astro build runs: its working folder (the one thing that tells Astro where to put its prerender bundle)
 * and its environment (the content loader's input file, SITE_INPUT_ENV). This process's own are left as they are.
 */
export interface AstroBuildPlace {
  cwd: string;
  env: Record<string, string | undefined>;
}

export type AstroBuild = (config: AstroBuildConfig, place: AstroBuildPlace, signal?: AbortSignal) => Promise<void>;

const TEMP_PREFIX = 'standards-site-';
const LEFTOVER = new RegExp(`^\\..+\\.${RUN_OWNER_PATTERN}-[A-Za-z0-9]+(?:\\.staging|\\.previous)?$`);
/** The parent of the Astro build's working folder (see the opening comment): inside the tool, ignored by git. */
const BUILD_FOLDERS = path.join(SITE_DIR, '.astro');
const BUILD_PREFIX = 'build-';

/** The process that made a folder a build makes beside the output folder, or null when the name is not one of ours. */
function ownerOf(name: string): RunFolderOwner | null {
  const match = LEFTOVER.exec(name);
  return match ? runOwnerOf(match[1]!, match[2]) : null;
}

/**
 * Removes what builds that are no longer running left: temp folders in `tempDir`, staging folders beside
 * `outDir`, and an old site renamed aside (put back when the build was killed between the two renames of the
 * swap, so the output folder is never left missing). Returns how many folders were swept.
 */
export async function sweepSiteLeftovers(outDir: string, tempDir: string, liveness: RunLiveness): Promise<number> {
  let swept = await sweepDeadRunFolders(tempDir, TEMP_PREFIX, liveness);
  const dead = (name: string, prefix: string, suffix: string) => {
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) return false;
    const owner = ownerOf(name);
    return owner !== null && !isRunOwnerLive(owner, liveness);
  };
  const parent = path.dirname(outDir);
  const base = `.${path.basename(outDir)}.`;
  const siblings = await readdir(parent).catch(() => [] as string[]);
  let present = siblings.includes(path.basename(outDir));
  for (const name of siblings) {
    if (dead(name, base, '.previous') && !present) {
      await rename(path.join(parent, name), outDir);
      present = true;
      swept++;
    } else if (dead(name, base, '.staging') || dead(name, base, '.previous')) {
      await rm(path.join(parent, name), { recursive: true, force: true });
      swept++;
    }
  }
  return swept;
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);

/** The first file-system error in an error's cause chain (Astro and Vite wrap them). */
function fileSystemCause(error: unknown): NodeJS.ErrnoException | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    if (typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).syscall) return e as NodeJS.ErrnoException;
  }
  return null;
}

/**
 * The file a build was writing when it failed: the newest in the staging folder. Node's ENOSPC from a write names
 * no file, and the file whose write failed is the last one opened (it exists, cut short). Null when none was.
 */
async function lastWrittenFile(staging: string): Promise<string | null> {
  const entries = await readdir(staging, { recursive: true, withFileTypes: true }).catch(() => []);
  let newest: { file: string; ms: number } | null = null;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const ms = await stat(file).then((s) => s.mtimeMs, () => -1);
    if (newest === null || ms > newest.ms) newest = { file, ms };
  }
  return newest?.file ?? null;
}

/** A failed build's message: a full or read-only disk names what could not be written (Node's own ENOSPC names no file). */
async function buildFailure(error: unknown, staging: string, outDir: string, hadSite: boolean): Promise<string> {
  const cause = fileSystemCause(error);
  const kept = hadSite ? `${shownPath(outDir)} still holds the previous site` : `no site was built before; nothing was written to ${shownPath(outDir)}`;
  if (cause && (DISK_FULL.has(cause.code!) || cause.code === 'EROFS' || cause.code === 'EACCES')) {
    const where = shownPath(cause.path ?? await lastWrittenFile(staging) ?? staging);
    const why = DISK_FULL.has(cause.code!) ? `the disk is full (${cause.code}); free some space and build again` : `${cause.code}: the folder cannot be written`;
    return `the site build failed: cannot write ${where}: ${why}. Nothing was replaced: ${kept}`;
  }
  return `the site build failed: ${error instanceof Error ? error.message : String(error)}`;
}


/**
 * A variable whose name holds a credential's word as one of its parts (`AWS_SECRET_ACCESS_KEY`, `NPM_AUTH`,
 * `SMTP_PASS`, `SSH_AUTH_SOCK`), the parts parted by anything but a letter (an action's input keeps its hyphens,
 * `INPUT_SSH-KEY`; a second token is `GITHUB_TOKEN2`), or ending in one run together (`APP_SECRETKEY`,
 * `GPG_PASSPHRASE`): wider than isCredentialName (which documents' fields are checked with), because what Astro's
 * process loses here is nothing it needs. `PWD` alone is the shell's folder; `MYSQL_PWD` is a password.
 */
const CREDENTIAL_WORD = /(?:^|[^A-Z])(?:TOKENS?|SECRETS?|PASSWORDS?|PASSWD|PASS|PASSPHRASE|KEYS?|APIKEY|CREDENTIALS?|CREDS|PAT|AUTH|SESSION|COOKIES?|PRIVATE|JWT|WEBHOOKS?|DSN)(?:[^A-Z]|$)|[^A-Z]PWD(?:[^A-Z]|$)|(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASSPHRASE)S?\d*$/i;

/** The variables the Pipeline's source reads its credentials from (`tokenEnv`, `emailEnv`), whatever they are named. */
function credentialVariables(source: StandardsModel['pipeline']['source']): string[] {
  switch (source.type) {
    case 'zendesk': return [source.zendesk.tokenEnv, source.zendesk.emailEnv];
    case 'freshdesk': return [source.freshdesk.tokenEnv];
    case 'github-issues': return [source.githubIssues.tokenEnv];
    default: return [];
  }
}

/**
 * The environment without its credentials: the site is built from the report, never from a helpdesk or GitHub, so
 * Astro's process (and the Vite plugins and content loaders it runs) is given no token to leak. A variable goes
 * when its name says it is a credential, when the Pipeline's source reads one from it (`tokenEnv` named anything at
 * all: `standards site` alone reads no credential, so its value is not known to be one), or when its value holds
 * one this run has read or is shaped like one (model/credentials.ts: a GitHub token, a private key, a URL with a
 * password in it) whatever its name.
 */
export function withoutCredentials(env: Record<string, string | undefined>, named: readonly string[] = []): Record<string, string | undefined> {
  const kept: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    if (isCredentialName(name) || CREDENTIAL_WORD.test(name) || named.includes(name)) continue;
    // A value this run has read as a credential, or one shaped like a token, a key or a URL with a password in it.
    if (value !== undefined && (redactText(value) !== value || credentialKind(value) !== null)) continue;
    kept[name] = value;
  }
  return kept;
}

export interface BuildSiteResult {
  outDir: string;
  pages: number;
  ms: number;
  base: string;
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes(`${path.sep}pagefind`)).length;
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  const root = path.resolve(options.root);
  // The folder a link leads to, not the link: the swap renames the output folder, and renaming a link (`--out` a link
  // to where a web server reads) put the new site in the link's place and left the folder it led to with the old one.
  const outDir = await resolvedPath(options.outDir ?? path.join(SITE_DIR, 'dist'));
  const reportFile = path.resolve(root, options.reportFile);
  const standardsDir = options.standardsDir ?? 'standards';

  // Fail before starting Astro: the message is the validator's own, file:line:col. The content loader checks again.
  const { model, findings } = await loadStandardsModel({ root, dir: standardsDir, today: (options.now ?? new Date(0).toISOString()).slice(0, 10) });
  if (!model || findings.some((f) => f.severity === 'error')) {
    throw new SiteDataError(`the standards have errors, so the site was not built:\n${formatFindings(findings.filter((f) => f.severity === 'error'))}`);
  }
  const base = normaliseBase(options.base ?? model.pipeline.site.base);
  const site = model.pipeline.site.url ?? undefined;

  // Absolute before the Astro build moves the process's folder (`inWorkingDirectory`): the input file and the cache
  // are named from the temp directory, and os.tmpdir() returns TMPDIR as it is, relative too (TMPDIR=tmp).
  const tempDir = path.resolve(options.tempDir ?? tmpdir());
  const liveness = { isRunning: options.isRunning ?? isProcessRunning, startTagOf: options.startTagOf };
  const buildFolders = path.resolve(options.buildFolders ?? BUILD_FOLDERS);
  const swept = await sweepSiteLeftovers(outDir, tempDir, liveness) + await sweepDeadRunFolders(buildFolders, BUILD_PREFIX, liveness);
  if (swept) options.log(`removed ${swept} folder(s) a killed site build left`);
  options.signal?.throwIfAborted();
  const work = await createRunFolder(tempDir, TEMP_PREFIX);
  const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.${runOwnerTag()}-${randomBytes(6).toString('hex')}.staging`);
  const forgetWork = removeOnTermination(work);
  const forgetStaging = removeOnTermination(staging);
  const input: SiteInput = { root, standardsDir, reportFile, now: options.now ?? null, history: options.history ?? true, repository: options.repository !== undefined ? options.repository : model.pipeline.actions.repository ?? (options.env ?? process.env).GITHUB_REPOSITORY ?? null };
  const inputFile = path.join(work, 'input.json');
  await writeFile(inputFile, JSON.stringify(input));
  // Vite-based runners (Vitest) export BASE_URL into process.env, and Astro lets it win over `base`.
  const { BASE_URL: _baseUrl, ...inherited } = process.env;
  const env = { ...withoutCredentials(inherited, credentialVariables(model.pipeline.source)), [SITE_INPUT_ENV]: inputFile, ASTRO_TELEMETRY_DISABLED: '1' };
  const hadSite = await stat(outDir).then(() => true, () => false);
  let buildFolder: string | null = null;
  let forgetBuildFolder = () => {};
  try {
    await mkdir(path.dirname(outDir), { recursive: true });
    await mkdir(buildFolders, { recursive: true });
    buildFolder = await createRunFolder(buildFolders, BUILD_PREFIX);
    forgetBuildFolder = removeOnTermination(buildFolder);
    const config: AstroBuildConfig = {
      root: SITE_DIR,
      outDir: staging,
      base,
      site,
      // Separate caches let several builds (tests, bench) run side by side without sharing a data store.
      cacheDir: path.join(work, 'cache'),
      logLevel: 'warn',
      vite: { logLevel: 'warn' },
    };
    await (options.astroBuild ?? buildInOwnProcess)(config, { cwd: buildFolder, env }, options.signal);
    options.signal?.throwIfAborted();
    if (site) options.log(`sitemap: ${await writeSitemap(staging, site, base)} pages in sitemap.xml`);
    if (options.search ?? true) {
      const pagefind = await import('pagefind');
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new SiteDataError(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: staging });
      if (added.errors.length > 0) throw new SiteDataError(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: path.join(staging, 'pagefind') });
      if (written.errors.length > 0) throw new SiteDataError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await pagefind.close();
      options.log(`indexed ${added.page_count} pages for search`);
    }
    // A stopped run installs no new site: the previous one stays.
    await atStopPoint('before site swap');
    options.signal?.throwIfAborted();
    await swapInto(staging, outDir);
  } catch (error) {
    if (options.signal?.aborted && error === options.signal.reason) {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    // A loader error (the validator's file:line:col) is already our message; anything else is named here, before
    // the staging folder (where the file that could not be written is) goes.
    const message = error instanceof SiteDataError && !fileSystemCause(error) ? null : await buildFailure(error, staging, outDir, hadSite);
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (message === null) throw error;
    throw new SiteDataError(message, { cause: error });
  } finally {
    await rm(work, { recursive: true, force: true });
    if (buildFolder !== null) await rm(buildFolder, { recursive: true, force: true });
    forgetWork();
    forgetBuildFolder();
    forgetStaging();
  }
  if (outDir === await resolvedPath(path.join(SITE_DIR, 'dist'))) {
    // `npm run preview` (astro preview) reads this to serve the default build under the same base.
    await mkdir(path.join(SITE_DIR, '.astro'), { recursive: true });
    await writeFile(path.join(SITE_DIR, '.astro', 'last-build.json'), JSON.stringify({ base, site: site ?? null }));
  }
  const pages = await countPages(outDir);
  options.log(`built ${pages} pages into ${path.relative(process.cwd(), outDir) || '.'}`);
  return { outDir, pages, ms: Math.round(performance.now() - started), base };
}

/** Puts a complete build in place of the output folder: the old one is renamed aside first, then removed. */
async function swapInto(staging: string, outDir: string): Promise<void> {
  const aside = staging.replace(/\.staging$/, '.previous');
  let moved = false;
  try {
    await rename(outDir, aside);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (moved) await rename(aside, outDir);
    throw error;
  }
  if (moved) await rm(aside, { recursive: true, force: true });
}
