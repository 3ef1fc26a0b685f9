// The built site opened in the system Chromium, as the browser tests read it: every page in a context of its
// own, at a fixed clock (a test never reads the wall clock), and only once it loaded with 200.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { serveBuiltSite, type SiteBuild } from './built-site.ts';
import { launchChromium } from './chromium.ts';
import type { StaticSite } from './static-server.ts';

export interface SiteInChromiumOptions {
  /** Prefix of the scratch folder the organisation is written and built in. */
  scratch: string;
  /** Writes the organisation into `root`; says how to build it. */
  prepare: (root: string) => Promise<SiteBuild>;
  /** The reader's clock (ms since the epoch, or an ISO instant) when a page does not name its own. */
  clock: number | string;
  /** Listens to each page before it loads: where a test notes what the pages logged. */
  watch?: (page: Page, pagePath: string, origin: string) => void;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  clock?: number | string;
  javaScript?: boolean;
}

/** The served site and the browser that reads it; `close` closes the browser, then the site. */
export interface SiteInChromium extends StaticSite {
  browser: Browser;
  open(pagePath: string, options?: PageOptions): Promise<Page>;
}

export async function openSiteInChromium(options: SiteInChromiumOptions): Promise<SiteInChromium> {
  const site = await serveBuiltSite(options.scratch, options.prepare);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await site.close();
    throw error;
  }
  return {
    origin: site.origin,
    url: site.url,
    browser,
    async open(pagePath, page = {}) {
      const context = await browser.newContext({ viewport: page.viewport ?? { width: 1280, height: 900 }, colorScheme: page.colorScheme ?? 'light', javaScriptEnabled: page.javaScript ?? true });
      await context.clock.setFixedTime(new Date(page.clock ?? options.clock));
      const opened = await context.newPage();
      // The context goes with its page; when the browser is already closing after the last test, so has it.
      opened.on('close', () => { context.close().catch(() => {}); });
      options.watch?.(opened, pagePath, site.origin);
      const response = await opened.goto(site.url(pagePath));
      expect(response?.status(), pagePath).toBe(200);
      return opened;
    },
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** Notes each uncaught exception and console error of a page in `problems`, after the page's path. */
export function noteErrors(problems: string[]): NonNullable<SiteInChromiumOptions['watch']> {
  return (page, pagePath) => {
    page.on('pageerror', (e) => problems.push(`${pagePath}: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${pagePath}: ${m.text()}`); });
  };
}
