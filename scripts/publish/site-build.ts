// Builds the compliance site: checks the standards, runs the Astro build of site/ with the paths the content
// loader needs, then indexes the output with Pagefind. The CLI (`standards site`) calls `buildSite`.

import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStandardsModel, formatFindings } from '../model/load.ts';
import { SITE_INPUT_ENV, SiteDataError, type SiteInput } from './site-data.ts';
import { normaliseBase } from './site-links.ts';
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
  const outDir = path.resolve(options.outDir ?? path.join(SITE_DIR, 'dist'));
  const reportFile = path.resolve(root, options.reportFile);
  const standardsDir = options.standardsDir ?? 'standards';

  // Fail before starting Astro: the message is the validator's own, file:line:col. The content loader checks again.
  const { model, findings } = await loadStandardsModel({ root, dir: standardsDir, today: (options.now ?? new Date(0).toISOString()).slice(0, 10) });
  if (!model || findings.some((f) => f.severity === 'error')) {
    throw new SiteDataError(`the standards have errors, so the site was not built:\n${formatFindings(findings.filter((f) => f.severity === 'error'))}`);
  }
  const base = normaliseBase(options.base ?? model.pipeline.site.base);
  const site = model.pipeline.site.url ?? undefined;

  const work = await mkdtemp(path.join(tmpdir(), 'standards-site-'));
  const input: SiteInput = { root, standardsDir, reportFile, now: options.now ?? null, history: options.history ?? true, repository: options.repository !== undefined ? options.repository : model.pipeline.actions.repository ?? (options.env ?? process.env).GITHUB_REPOSITORY ?? null };
  const inputFile = path.join(work, 'input.json');
  await writeFile(inputFile, JSON.stringify(input));
  const previous = process.env[SITE_INPUT_ENV];
  process.env[SITE_INPUT_ENV] = inputFile;
  // Vite-based runners (Vitest) export BASE_URL into process.env, and Astro lets it win over `base`.
  const previousBaseUrl = process.env.BASE_URL;
  delete process.env.BASE_URL;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  try {
    const { build } = await import('astro');
    await build({
      root: SITE_DIR,
      outDir,
      base,
      site,
      // Separate caches let several builds (tests, bench) run side by side without sharing a data store.
      cacheDir: path.join(work, 'cache'),
      logLevel: 'warn',
      vite: { logLevel: 'warn' },
    });
  } catch (error) {
    // Astro wraps loader errors; keep our message (it carries file:line:col) in front.
    const message = error instanceof Error ? error.message : String(error);
    throw new SiteDataError(`the site build failed: ${message}`, { cause: error });
  } finally {
    if (previous === undefined) delete process.env[SITE_INPUT_ENV];
    else process.env[SITE_INPUT_ENV] = previous;
    if (previousBaseUrl !== undefined) process.env.BASE_URL = previousBaseUrl;
    await rm(work, { recursive: true, force: true });
  }
  if (outDir === path.resolve(SITE_DIR, 'dist')) {
    // `npm run preview` (astro preview) reads this to serve the default build under the same base.
    await mkdir(path.join(SITE_DIR, '.astro'), { recursive: true });
    await writeFile(path.join(SITE_DIR, '.astro', 'last-build.json'), JSON.stringify({ base, site: site ?? null }));
  }
  const pages = await countPages(outDir);
  options.log(`built ${pages} pages into ${path.relative(process.cwd(), outDir) || '.'}`);
  if (site) options.log(`sitemap: ${await writeSitemap(outDir, site, base)} pages in sitemap.xml`);

  if (options.search ?? true) {
    const pagefind = await import('pagefind');
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new SiteDataError(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new SiteDataError(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new SiteDataError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await pagefind.close();
    options.log(`indexed ${added.page_count} pages for search`);
  }
  return { outDir, pages, ms: Math.round(performance.now() - started), base };
}
