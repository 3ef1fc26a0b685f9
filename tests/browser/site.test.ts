// Drives the built site in a real Chromium: the home page, a breached standard, a filter, search,
// console errors, axe-core on every page type, and screenshots (desktop and phone) under artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { buildSite } from '../../scripts/publish/site-build.ts';
import { SAMPLE_ROOT, SAMPLE_NOW } from '../fixtures/site/write-sample-report.ts';
import { launchChromium } from './chromium.ts';
import { serveStaticSite, type StaticSite } from './static-server.ts';

const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let work: string;
let site: StaticSite;
let browser: Browser;
const consoleProblems: string[] = [];

async function open(path: string, options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(`${path}: ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => consoleProblems.push(`${path}: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(site.origin)) consoleProblems.push(`${path}: request outside the site: ${r.url()}`); });
  const response = await page.goto(site.url(path));
  expect(response?.status(), path).toBe(200);
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    return axe.run();
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'site-browser-'));
  const root = path.join(work, 'repo');
  await cp(SAMPLE_ROOT, root, { recursive: true });
  const outDir = path.join(work, 'out');
  await buildSite({ root, reportFile: 'report.json', outDir, now: SAMPLE_NOW, log: () => {} });
  site = await serveStaticSite(outDir, '/service-standards');
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the site in Chromium', () => {
  it('opens the home page and follows a breached standard', async () => {
    const page = await open('');
    await expect(page.locator('h1').textContent()).resolves.toBe('2 of 12 standards are breached');
    const breached = page.locator('.attention-breached a.attention-title').first();
    const title = await breached.textContent();
    await breached.click();
    await page.waitForURL(/\/service-standards\/standards\/[a-z-]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await expect(page.locator('.doc-head .status').textContent()).resolves.toContain('Breached');
    await expect(page.locator('figure.chart svg title').textContent()).resolves.toMatch(/^Trend of /);
    await page.close();
  });

  it('filters the standards: the script combines filters, and without it the links lead to static pages', async () => {
    const page = await open('standards/');
    const rows = page.locator('[data-standards-table] tbody tr:not([hidden])');
    await expect(rows.count()).resolves.toBe(12);
    await page.locator('[data-filter-group="status"] a[data-filter-value="breached"]').click();
    await expect(rows.count()).resolves.toBe(2);
    await page.locator('[data-filter-group="team"] a[data-filter-value="support-leads"]').click();
    await expect(rows.count()).resolves.toBe(2);
    await page.locator('[data-filter-group="dimension"] a[data-filter-value="reliability"]').click();
    await expect(rows.count()).resolves.toBe(1);
    await expect(page.locator('[data-result-count]').textContent()).resolves.toBe('1 of 12 standards');
    expect(new URL(page.url()).search).toBe('?status=breached&team=support-leads&dimension=reliability');
    await page.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(site.url('standards/'));
    await plain.locator('[data-filter-group="status"] a[data-filter-value="at-risk"]').click();
    await plain.waitForURL(/\/standards\/status\/at-risk\/$/);
    await expect(plain.locator('[data-standards-table] tbody tr').count()).resolves.toBe(2);
    await context.close();
  });

  it('finds an SOP with search (Pagefind)', async () => {
    const page = await open('');
    await page.locator('#site-search').fill('complaint');
    await page.locator('.search-form button').click();
    await page.waitForURL(/\/search\/\?q=complaint$/);
    const first = page.locator('[data-search-results] li a').first();
    await first.waitFor();
    const hrefs = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/service-standards/sops/handle-complaint/');
    await page.locator('[data-search-results] a[href="/service-standards/sops/handle-complaint/"]').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Handling a complaint');
    await page.close();
  });

  it.each([
    ['home', ''],
    ['standards index', 'standards/'],
    ['filter page', 'standards/status/breached/'],
    ['standard', 'standards/first-response-urgent/'],
    ['standard without data', 'standards/nps/'],
    ['SOP library', 'sops/'],
    ['SOP', 'sops/handle-complaint/'],
    ['policies', 'policies/'],
    ['policy', 'policies/complaints/'],
    ['QA scorecards', 'qa/'],
    ['QA scorecard', 'qa/interaction-standards/'],
    ['what changed', 'changes/'],
    ['methodology', 'methodology/'],
    ['search', 'search/?q=refund'],
  ])('%s page has no serious or critical accessibility violation, light and dark', async (_name, pagePath) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(pagePath, { colorScheme });
      expect(await seriousViolations(page), `${pagePath} (${colorScheme})`).toEqual([]);
      await page.close();
    }
  });

  it('saves screenshots of the home page and a standard, desktop and phone', async () => {
    const shots = [
      { name: 'home-desktop', path: '', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
      { name: 'home-phone', path: '', viewport: { width: 390, height: 844 }, colorScheme: 'dark' as const },
      { name: 'standard-desktop', path: 'standards/first-response-urgent/', viewport: { width: 1280, height: 900 }, colorScheme: 'light' as const },
      { name: 'standard-phone', path: 'standards/first-response-urgent/', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
    ];
    for (const shot of shots) {
      const page = await open(shot.path, shot);
      const file = path.join(SCREENSHOTS, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      expect((await readFile(file)).subarray(1, 4).toString()).toBe('PNG');
    }
  });

  it('logged no console error or warning and requested nothing outside the site', () => {
    expect(consoleProblems).toEqual([]);
  });
});
