// Screenshots of the pages staff open every morning (home, a team page, a breached standard), on a desktop
// and a phone, for people to look at: builds the sample site, serves it on 127.0.0.1 and saves full-page
// PNGs in artifacts/screenshots/. The clock is the sample's (three hours after its fetch), so "ago" lines and
// the stale banner read as they would that morning.
//
//   node tests/browser/screenshots.ts      (npm run screenshots)
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../../scripts/publish/site-build.ts';
import { SAMPLE_NOW, SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';
import { launchChromium } from './chromium.ts';
import { serveStaticSite } from './static-server.ts';

const PAGES = [
  ['home', ''],
  ['team', 'teams/support-emea/'],
  ['breach', 'standards/first-response-urgent/'],
] as const;
const VIEWPORTS = [
  ['desktop', { width: 1280, height: 900 }, 1],
  ['phone', { width: 390, height: 844 }, 2],
] as const;
const OUT = path.join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
const FETCHED_AT = Date.parse('2026-11-20T05:35:00.000Z');

const work = await mkdtemp(path.join(tmpdir(), 'screenshots-'));
const root = path.join(work, 'repo');
await cp(SAMPLE_ROOT, root, { recursive: true });
const outDir = path.join(work, 'out');
await buildSite({ root, reportFile: 'report.json', outDir, now: SAMPLE_NOW, env: { GITHUB_REPOSITORY: 'northwind/service-standards' }, log: () => {} });
const site = await serveStaticSite(outDir, '/service-standards');
const browser = await launchChromium();
await mkdir(OUT, { recursive: true });
try {
  for (const [name, page] of PAGES) {
    for (const [device, viewport, scale] of VIEWPORTS) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, deviceScaleFactor: scale, colorScheme: scheme, isMobile: device === 'phone', hasTouch: device === 'phone' });
        await context.clock.setFixedTime(new Date(FETCHED_AT + 3 * 3_600_000));
        const tab = await context.newPage();
        await tab.goto(site.url(page), { waitUntil: 'networkidle' });
        const file = path.join(OUT, `${name}-${device}${scheme === 'dark' ? '-dark' : ''}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        console.log(path.relative(process.cwd(), file));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
  await rm(work, { recursive: true, force: true });
}
