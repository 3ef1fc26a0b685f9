// The site as staff read it, in Chromium: every page type reflows at 320 px, the phone header is small and
// shows every section, a team page shows the team's own numbers equal to the report's breakdown, This week
// lists a status change made in the fixture, the Atom feed parses with a feed library and links to real
// pages, the badges are well-formed SVG, the search lands on standards, the 404 declares no canonical URL,
// a standard under its minimum sample shows no value as if judged, and an at-risk page says when its budget
// runs out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import type { Report } from '../../scripts/model/documents.generated.ts';
import { copySampleOrganisation } from './built-site.ts';
import { noteErrors, openSiteInChromium, type SiteInChromium } from './site-in-chromium.ts';

const LONG_TEAM = 'Escalations, complaints and technical faults for enterprise customers worldwide';
const FETCHED_AT = Date.parse('2026-11-20T05:35:00.000Z');

let site: SiteInChromium;
let report: Report;
const problems: string[] = [];

beforeAll(async () => {
  site = await openSiteInChromium({
    scratch: 'site-team-first-',
    clock: FETCHED_AT + 3 * 3_600_000,
    watch: noteErrors(problems),
    prepare: async (root) => {
      const build = await copySampleOrganisation(root);
      // A long team name must not widen any page.
      const escalations = path.join(root, 'standards', 'teams', 'escalations.yaml');
      await writeFile(escalations, (await readFile(escalations, 'utf8')).replace('name: Escalations', `name: ${LONG_TEAM}`));
      // A status change made in the fixture: CSAT breached on the 19th, met again on the 20th.
      const logFile = path.join(root, 'status-log.ndjson');
      const log = (await readFile(logFile, 'utf8')).split('\n').map((line) => line.includes('"2026-11-19","standard":"csat"') ? line.replace('"status":"met"', '"status":"breached"') : line);
      await writeFile(logFile, log.join('\n'));
      // The QA score under its minimum sample of 20: no status, and no value shown as if it were judged.
      report = JSON.parse(await readFile(path.join(root, 'report.json'), 'utf8')) as Report;
      const qa = report.standards.find((s) => s.id === 'qa-score')!;
      Object.assign(qa, { status: 'no-data', count: 12, value: 0.953 });
      report.summary = { met: 6, 'at-risk': 2, breached: 2, 'no-data': 2 };
      await writeFile(path.join(root, 'report.json'), JSON.stringify(report));
      return build;
    },
  });
});

afterAll(async () => {
  await site?.close();
});

const PAGE_TYPES = [
  '', 'standards/', 'standards/status/breached/', 'standards/team/escalations/', 'standards/first-response-urgent/', 'standards/next-reply-high/',
  'standards/nps/', 'standards/backlog-age/', 'sops/', 'sops/handle-complaint/', 'policies/', 'policies/refunds/', 'policies/complaints/', 'qa/',
  'qa/interaction-standards/', 'teams/', 'teams/escalations/', 'teams/support-emea/', 'changes/', 'methodology/', 'search/?q=refund', '404.html',
];

describe('staff read the site on a phone', () => {
  it.each(PAGE_TYPES)('/%s has no sideways scroll at 320 px (WCAG 1.4.10 reflow)', async (pagePath) => {
    const page = await site.open(pagePath, { viewport: { width: 320, height: 640 } });
    if (pagePath.startsWith('search')) await page.locator('[data-search-results] li').first().waitFor();
    const widths = await page.evaluate<{ scroll: number; client: number; widest: string[] }>(`(() => {
      const client = document.documentElement.clientWidth;
      const widest = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > client + 0.5 && !e.closest('.table-scroll') && !e.closest('svg')).slice(0, 3).map((e) => e.tagName + '.' + e.className);
      return { scroll: document.documentElement.scrollWidth, client, widest };
    })()`);
    expect(widths, pagePath).toEqual({ scroll: 320, client: 320, widest: [] });
    await page.close();
  });

  it.each([[390, 844, 0.2], [320, 640, 0.25]])('at %i×%i the header takes at most %d of the screen and every section of the navigation is on it', async (width, height, share) => {
    const page = await site.open('', { viewport: { width, height } });
    const header = (await page.locator('header.masthead').boundingBox())!;
    expect(header.height / height).toBeLessThanOrEqual(share);
    const links = page.locator('.mainnav a');
    await expect(links.allTextContents()).resolves.toEqual(['Overview', 'Standards', 'SOPs', 'Policies', 'QA', 'Teams', 'What changed', 'Methodology']);
    for (const box of await links.evaluateAll((as) => as.map((a) => { const r = a.getBoundingClientRect(); return { left: r.left, right: r.right, bottom: r.bottom }; }))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.bottom).toBeLessThanOrEqual(header.y + header.height);
    }
    // Search is one tap away: the search link opens the search page.
    await page.locator('.search-link').click();
    await page.waitForURL(/\/search\/$/);
    await page.close();
  });
});

describe('team first', () => {
  it('a team page shows the team\'s own value and count per standard, equal to the report\'s breakdown, beside the organisation\'s', async () => {
    const page = await site.open('teams/support-emea/');
    const rows = await page.locator('tr[data-slice-standard]').evaluateAll((trs) => trs.map((tr) => ({
      id: tr.getAttribute('data-slice-standard')!,
      shown: tr.querySelector('[data-slice-shown]')!.textContent!,
      count: tr.querySelector('td .row-meta')!.textContent!.trim(),
    })));
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      const result = report.standards.find((s) => s.id === row.id)!;
      const slice = result.breakdown.team.find((t) => t.key === 'support-emea')!;
      const expected = slice.value === null ? '—' : result.metric === 'nps' ? `${slice.value > 0 ? '+' : ''}${Math.round(slice.value)}` : `${(slice.value * 100).toFixed(Number.isInteger(slice.value * 100) ? 0 : 1)}%`;
      expect([row.id, row.shown, row.count]).toEqual([row.id, expected, `${slice.count.toLocaleString('en-IE')} tickets`]);
    }
    await expect(page.locator('.facts dd a[href="https://github.com/aoife-walsh"]').textContent()).resolves.toBe('Aoife Walsh');
    await page.close();
  });

  it('home lists every team that owns or is measured by a standard, by name, with the worst status of its own tickets', async () => {
    const page = await site.open('');
    const rows = await page.locator('.team-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('[data-worst-slice]')!.getAttribute('data-worst-slice')]));
    expect(rows.map(([name]) => name).sort()).toEqual([LONG_TEAM, 'Support Americas', 'Support EMEA', 'Support leads'].sort());
    expect(rows.find(([name]) => name === 'Support leads')![1]).toBe('');
    expect(rows.filter(([, worst]) => worst !== '').every(([, worst]) => ['breached', 'at-risk', 'met', 'no-data'].includes(worst!))).toBe(true);
    await page.close();
  });

  it('This week lists the status change made in the fixture, on home and at the top of What changed', async () => {
    for (const pagePath of ['', 'changes/']) {
      const page = await site.open(pagePath);
      const item = page.locator('[data-this-week] li[data-week-kind="status"][data-week-document="csat"]').first();
      await expect(item.locator('time').getAttribute('datetime')).resolves.toBe('2026-11-20');
      await expect(item.locator('.timeline-what').textContent()).resolves.toBe('Now met (was breached)');
      if (pagePath === 'changes/') {
        // What changed opens with it: before the month-by-month list.
        const [week, all] = await Promise.all([page.locator('[data-this-week]').boundingBox(), page.locator('h2.all-changes').boundingBox()]);
        expect(week!.y).toBeLessThan(all!.y);
      }
      await page.close();
    }
  });

  it('an at-risk page says how fast the budget burns and when it runs out; a breached one that it is spent', async () => {
    const page = await site.open('standards/next-reply-high/');
    await expect(page.locator('[data-burn-summary]').textContent()).resolves.toBe('At the pace of the last day, the budget runs out on 21 Nov 2026.');
    await expect(page.locator('tr[data-burn-days="1"] [data-burn-rate]').textContent()).resolves.toBe('2.5×');
    await expect(page.locator('tr[data-burn-days="1"] [data-burn-runs-out]').getAttribute('data-burn-runs-out')).resolves.toBe('2026-11-21');
    await page.close();
    const breached = await site.open('standards/reopen-rate/');
    await expect(breached.locator('[data-burn-summary]').textContent()).resolves.toBe('The budget is already spent, and it is still burning faster than the goal allows.');
    await breached.close();
  });

  it('a standard under its minimum sample shows no value in the Now column, and says how many it has', async () => {
    const page = await site.open('standards/');
    const cell = page.locator('tr:has(a[href$="/standards/qa-score/"]) td.num');
    await expect(cell.innerText()).resolves.toBe('—\n12 of 20 needed');
    await page.close();
  });
});

describe('feeds, badges, search and the 404 page', () => {
  it('the Atom feed parses with a feed library, one entry per change with a unique id, each linking to a page that exists', async () => {
    const page = await site.open('');
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.length).toBeGreaterThan(3);
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
    const csat = feed.items.find((i) => i.url?.endsWith('/standards/csat/') && i.updated?.toISOString().startsWith('2026-11-20'));
    expect(csat?.title).toBe(`${report.standards.find((s) => s.id === 'csat')!.title}: met`);
    for (const item of feed.items.slice(0, 5)) {
      const local = new URL(item.url!).pathname;
      expect((await page.request.get(`${site.origin}${local}`)).status(), local).toBe(200);
    }
    await page.close();
  });

  it.each(['badges/standards/first-response-urgent.svg', 'badges/teams/escalations.svg'])('%s is well-formed SVG that Chromium draws', async (badge) => {
    const page = await site.open('');
    const response = await page.request.get(site.url(badge));
    expect(response.headers()['content-type']).toBe('image/svg+xml');
    expect(XMLValidator.validate(await response.text())).toBe(true);
    const width = await page.evaluate<number>(`(async () => {
      const img = new Image();
      img.src = ${JSON.stringify(site.url(badge))};
      await img.decode();
      return img.naturalWidth;
    })()`);
    expect(width).toBeGreaterThan(60);
    await page.close();
  });

  it.each([['CSAT', '/service-standards/standards/csat/'], ['first response', '/service-standards/standards/']])('a search for "%s" lands on a standard first, not on a list or a filter page', async (query, prefix) => {
    const page = await site.open(`search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] li a').first().waitFor();
    const hrefs = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs[0]).toMatch(new RegExp(`^${prefix}`));
    expect(hrefs[0]).toMatch(/^\/service-standards\/standards\/[a-z-]+\/$/);
    expect(hrefs.filter((h) => /\/standards\/(status|dimension|team|metric)\/|\/standards\/$|\/service-standards\/$/.test(h))).toEqual([]);
    await page.close();
  });

  it('the 404 page declares no canonical URL', async () => {
    const page = await site.open('404.html');
    await expect(page.locator('link[rel="canonical"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('logged no error', () => {
    expect(problems).toEqual([]);
  });
});
