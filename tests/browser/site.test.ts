// Drives the built site in a real Chromium: the home page, a breached standard, a filter, search,
// console errors, axe-core on every page type, and screenshots (desktop and phone) under artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { copySampleOrganisation } from './built-site.ts';
import { openSiteInChromium, type SiteInChromium } from './site-in-chromium.ts';

const SCREENSHOTS = path.join(import.meta.dirname, '..', '..', 'artifacts', 'screenshots');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: SiteInChromium;
const consoleProblems: string[] = [];

/** The sample's last fetch; pages open three hours after it unless a test moves the clock. */
const FETCHED_AT = Date.parse('2026-11-20T05:35:00.000Z');
const HOUR = 3_600_000;

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    return axe.run();
  });
  return result.violations
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

beforeAll(async () => {
  site = await openSiteInChromium({
    scratch: 'site-browser-',
    clock: FETCHED_AT + 3 * HOUR,
    watch: (page, pagePath, origin) => {
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleProblems.push(`${pagePath}: ${m.type()}: ${m.text()}`); });
      page.on('pageerror', (e) => consoleProblems.push(`${pagePath}: ${e.message}`));
      page.on('request', (r) => { if (!r.url().startsWith(origin)) consoleProblems.push(`${pagePath}: request outside the site: ${r.url()}`); });
    },
    prepare: async (root) => {
      const build = await copySampleOrganisation(root);
      // A 10,000-character word in a policy: it must wrap, not widen the page.
      const refunds = path.join(root, 'standards', 'policies', 'refunds.yaml');
      await writeFile(refunds, (await readFile(refunds, 'utf8')).replace(/^body: \|\n/m, `body: |\n  ${'W'.repeat(10_000)} https://example.com/${'a'.repeat(300)}\n\n`));
      return build;
    },
  });
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

describe('the site in Chromium', () => {
  it('opens the home page and follows a breached standard', async () => {
    const page = await site.open('');
    await expect(page.locator('h1').textContent()).resolves.toBe('2 of 12 standards are breached');
    const breached = page.locator('.attention-breached a.attention-title').first();
    const title = await breached.textContent();
    await breached.click();
    await page.waitForURL(/\/service-standards\/standards\/[a-z-]+\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    await expect(page.locator('.doc-head .status').textContent()).resolves.toContain('Breached');
    await expect(page.locator('figure.chart svg title').first().textContent()).resolves.toMatch(/^Trend of /);
    await page.close();
  });

  it('filters the standards: the script combines filters, and without it the links lead to static pages', async () => {
    const page = await site.open('standards/');
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

    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(site.url('standards/'));
    await plain.locator('[data-filter-group="status"] a[data-filter-value="at-risk"]').click();
    await plain.waitForURL(/\/standards\/status\/at-risk\/$/);
    await expect(plain.locator('[data-standards-table] tbody tr').count()).resolves.toBe(2);
    await context.close();
  });

  it('finds an SOP with search (Pagefind)', async () => {
    const page = await site.open('');
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
    ['teams', 'teams/'],
    ['team', 'teams/support-emea/'],
    ['at-risk standard', 'standards/backlog-age/'],
    ['at-risk standard with a burn rate', 'standards/next-reply-high/'],
    ['not found', '404.html'],
  ])('%s page has no accessibility violation of any impact, light and dark, fresh and stale', async (_name, pagePath) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await site.open(pagePath, { colorScheme, clock: colorScheme === 'dark' ? FETCHED_AT + 7 * 24 * HOUR : undefined });
      expect(await violations(page), `${pagePath} (${colorScheme})`).toEqual([]);
      await page.close();
    }
  });

  it('says how old the data is by the reader\'s clock: fresh after 3 hours, stale a week later, absolute without JavaScript', async () => {
    const fresh = await site.open('');
    await expect(fresh.locator('[data-ago]').first().textContent()).resolves.toBe('3 hours ago');
    await expect(fresh.locator('[data-stale-banner]').isVisible()).resolves.toBe(false);
    await expect(fresh.locator('[data-freshness]').textContent()).resolves.toBe('Fresh: fetched within the expected time.');
    await fresh.close();

    const weekLater = await site.open('standards/first-response-urgent/', { clock: FETCHED_AT + 7 * 24 * HOUR });
    await expect(weekLater.locator('[data-stale-banner]').isVisible()).resolves.toBe(true);
    await expect(weekLater.locator('[data-stale-banner]').innerText()).resolves.toMatch(/The data is out of date\. Tickets were last fetched on 20 Nov 2026, 05:35 UTC \(7 days ago\); the site expects a fetch at least every 2d\./);
    await weekLater.close();

    const noScript = await site.open('', { javaScript: false, clock: FETCHED_AT + 7 * 24 * HOUR });
    await expect(noScript.locator('.panel-freshness dd').first().innerText()).resolves.toBe('20 Nov 2026, 05:35 UTC\n');
    await expect(noScript.locator('[data-freshness]').textContent()).resolves.toBe('A fetch is expected at least every 2d.');
    await noScript.close();
  });

  it.each(['', 'search/?q=complaint', 'standards/first-response-urgent/'])('/%s does not shift its layout when the stale banner shows or search fills in', async (pagePath) => {
    const context = await site.browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.clock.setFixedTime(new Date(FETCHED_AT + 7 * 24 * HOUR));
    await context.addInitScript('globalThis.__shift = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__shift += e.value; }).observe({ type: "layout-shift", buffered: true });');
    const page = await context.newPage();
    await page.goto(site.url(pagePath));
    if (pagePath.startsWith('search')) await page.locator('[data-search-results] li').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-stale-banner]').isVisible()).resolves.toBe(true);
    expect(await page.evaluate<number>('globalThis.__shift')).toBe(0);
    await context.close();
  });

  it('reaches every scrollable table with the keyboard', async () => {
    const page = await site.open('standards/first-response-urgent/', { viewport: { width: 390, height: 844 } });
    const regions = await page.locator('.table-scroll').count();
    const reached = new Set<string>();
    for (let i = 0; i < 300 && reached.size < regions; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate<string | null>(`(() => {
        const el = document.activeElement;
        return el && el.classList.contains('table-scroll') ? el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby') : null;
      })()`);
      if (label) reached.add(label);
    }
    // The daily tables are inside closed <details>: the visible ones must all be reachable.
    const visible = await page.locator('.table-scroll:visible').count();
    expect(reached.size).toBe(visible);
    expect(visible).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it.each(['', 'standards/', 'standards/first-response-urgent/', 'teams/support-emea/', 'policies/refunds/', 'changes/', 'sops/handle-complaint/', 'methodology/'])('phone layout of /%s has no sideways scroll', async (pagePath) => {
    const page = await site.open(pagePath, { viewport: { width: 390, height: 844 } });
    const { scrollWidth, clientWidth } = await page.evaluate<{ scrollWidth: number; clientWidth: number }>('({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })');
    expect(scrollWidth, pagePath).toBe(clientWidth);
    await page.close();
  });

  it('on a phone the standards list comes before the filters', async () => {
    const page = await site.open('standards/', { viewport: { width: 390, height: 844 } });
    const list = await page.locator('[data-standards-table]').boundingBox();
    const filters = await page.locator('.filters').boundingBox();
    expect(list!.y).toBeLessThan(filters!.y);
    const table = await page.locator('[data-standards-table]').evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
    expect(table[0]).toBeLessThanOrEqual(table[1]!);
    await page.close();
  });

  it.each([
    ['methodology', 'in-flight breaches', '/service-standards/methodology/'],
    ['an abbreviation', 'FCR', '/service-standards/standards/first-contact-resolution/'],
    ['a team', 'Support EMEA', '/service-standards/teams/support-emea/'],
    ['a QA scorecard', 'interaction', '/service-standards/qa/interaction-standards/'],
  ])('search finds %s', async (_what, query, expected) => {
    const page = await site.open(`search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] li a').first().waitFor();
    const hrefs = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(expected);
    await page.close();
  });

  it('marks the outage exclusion on the trend chart', async () => {
    const page = await site.open('standards/first-response-urgent/');
    await expect(page.locator('#trend ~ figure .chart-exclusion-label, section:has(#trend) .chart-exclusion-label').first().textContent()).resolves.toBe('excluded: helpdesk-migration');
    await page.close();
  });

  it('saves screenshots of a breach page, a team page, the home page and a standard, desktop and phone', async () => {
    const desktop = { width: 1280, height: 900 };
    const phone = { width: 390, height: 844 };
    const shots = [
      { name: 'breach-desktop', path: 'standards/first-response-urgent/', viewport: desktop, colorScheme: 'light' as const },
      { name: 'breach-phone', path: 'standards/first-response-urgent/', viewport: phone, colorScheme: 'light' as const },
      { name: 'team-desktop', path: 'teams/support-emea/', viewport: desktop, colorScheme: 'light' as const },
      { name: 'team-phone', path: 'teams/support-emea/', viewport: phone, colorScheme: 'dark' as const },
      { name: 'home-desktop', path: '', viewport: desktop, colorScheme: 'light' as const },
      { name: 'home-phone', path: '', viewport: phone, colorScheme: 'dark' as const },
      { name: 'standard-desktop', path: 'standards/first-response-urgent/', viewport: desktop, colorScheme: 'light' as const },
      { name: 'standard-phone', path: 'standards/first-response-urgent/', viewport: phone, colorScheme: 'light' as const },
    ];
    for (const shot of shots) {
      const page = await site.open(shot.path, shot);
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
