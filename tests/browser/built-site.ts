// The built site as the browser tests and the Lighthouse run serve it: the test writes an organisation into a
// scratch folder, buildSite builds it, and a static server on 127.0.0.1 serves it under the base path that the
// organisation's Pipeline names. `close` stops the server and removes the scratch folder.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../../scripts/publish/site-build.ts';
import { SAMPLE_NOW, SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';
import { serveStaticSite, type StaticSite } from './static-server.ts';

/** How to build the organisation a test wrote: its report (relative to the root), the build's "now", the issues' repository. */
export interface SiteBuild {
  reportFile: string;
  now: string;
  repository?: string;
}

/** Copies the sample organisation (tests/fixtures/site/sample, with its report) into `root`, built as the sample is. */
export async function copySampleOrganisation(root: string): Promise<SiteBuild> {
  await cp(SAMPLE_ROOT, root, { recursive: true });
  return { reportFile: 'report.json', now: SAMPLE_NOW, repository: 'northwind/service-standards' };
}

/**
 * Makes a scratch folder named `scratchPrefix…`, lets `prepare` write the organisation into its `repo` folder,
 * builds the site into its `out` folder and serves it. When any step fails, what was made is removed.
 */
export async function serveBuiltSite(scratchPrefix: string, prepare: (root: string) => Promise<SiteBuild>): Promise<StaticSite> {
  const work = await mkdtemp(path.join(tmpdir(), scratchPrefix));
  try {
    const root = path.join(work, 'repo');
    const build = await prepare(root);
    const outDir = path.join(work, 'out');
    const { base } = await buildSite({ root, outDir, ...build, log: () => {} });
    const site = await serveStaticSite(outDir, base);
    return {
      origin: site.origin,
      url: site.url,
      close: async () => {
        await site.close();
        await rm(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
