// Acting from a breach page, in Chromium: the tickets still open and late come first (right under the
// statement, before anything else, on the first screens of a phone), each linked to its page in the helpdesk;
// the SOP step that keeps the standard is a link that lands on that step; the corrective-action issue shows its
// number, state and assignees by name, as the last actions job recorded them; the lead is named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../../scripts/model/documents.generated.ts';
import { copySampleOrganisation } from './built-site.ts';
import { noteErrors, openSiteInChromium, type SiteInChromium } from './site-in-chromium.ts';

const FETCHED_AT = Date.parse('2026-11-20T05:35:00.000Z');
const BREACH = 'standards/first-response-urgent/';

let site: SiteInChromium;
let report: Report;
const problems: string[] = [];

beforeAll(async () => {
  site = await openSiteInChromium({
    scratch: 'site-breach-',
    clock: FETCHED_AT + 3 * 3_600_000,
    watch: noteErrors(problems),
    prepare: async (root) => {
      const build = await copySampleOrganisation(root);
      report = JSON.parse(await readFile(path.join(root, 'report.json'), 'utf8')) as Report;
      // The at-risk next-reply standard's last issue was closed when it recovered: the page says so and links the search.
      await appendFile(path.join(root, 'action-issues.ndjson'), '{"subject":"standard/next-reply-high","issue":7,"url":"https://github.com/northwind/service-standards/issues/7","state":"closed","assignees":[],"status":"met","night":"2026-11-19"}\n');
      return build;
    },
  });
});

afterAll(async () => {
  await site?.close();
});

describe('act from the breach page', () => {
  it('the open-and-late tickets are the first section under the statement, equal to the report\'s, each linked into the helpdesk', async () => {
    const page = await site.open(BREACH);
    const sections = await page.locator('article > section').evaluateAll((ss) => ss.map((s) => s.querySelector('h2')?.id ?? s.getAttribute('aria-label')));
    expect(sections.slice(0, 3)).toEqual(['open-late', 'action', 'burn-rate']);
    const rows = await page.locator('[data-open-late] tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      id: tr.getAttribute('data-open-late-ticket'),
      href: tr.querySelector('th a')!.getAttribute('href'),
      late: tr.querySelector('time')!.getAttribute('datetime'),
    })));
    const expected = report.standards.find((s) => s.id === 'first-response-urgent')!.openLate!;
    expect(expected.length).toBeGreaterThan(0);
    expect(rows).toEqual(expected.map((t) => ({ id: t.id, href: `https://northwind.example/helpdesk/tickets/${t.id}`, late: t.lateSince })));
    await page.close();
  });

  it('on a phone they start on the first screen, under the status line', async () => {
    const page = await site.open(BREACH, { viewport: { width: 390, height: 844 } });
    const heading = (await page.locator('#open-late').boundingBox())!;
    expect(heading.y + heading.height).toBeLessThanOrEqual(844);
    await page.close();
  });

  it('the step that keeps the standard links to that step on its SOP\'s page, which says it keeps it', async () => {
    const page = await site.open(BREACH);
    const step = page.locator('[data-keeping-steps] a[href*="#step-"]');
    await expect(step.textContent()).resolves.toBe('Acknowledge the complaint');
    await step.click();
    await page.waitForURL(/\/sops\/handle-complaint\/#step-acknowledge$/);
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe('step-acknowledge');
    await expect(target.locator('[data-keeps]').getAttribute('data-keeps')).resolves.toBe('first-response-urgent');
    await page.close();
  });

  it('the corrective-action issue by number, with its state and assignees by name; the lead by name', async () => {
    const page = await site.open(BREACH);
    const issue = page.locator('[data-action-issue]');
    await expect(issue.getAttribute('data-action-issue')).resolves.toBe('41');
    await expect(issue.locator('a').getAttribute('href')).resolves.toBe('https://github.com/northwind/service-standards/issues/41');
    await expect(issue.innerText()).resolves.toBe('Issue #41 open, assigned to Maeve Byrne, Aoife Walsh (as of 19 Nov 2026)');
    await expect(page.locator('.action-panel [data-leads]').textContent()).resolves.toBe('Maeve Byrne');
    await page.close();
  });

  it('a breach with no issue recorded yet links the issue search; a rate standard has no open-and-late list', async () => {
    const page = await site.open('standards/reopen-rate/');
    await expect(page.locator('[data-action-issue]').getAttribute('data-action-issue')).resolves.toBe('');
    await expect(page.locator('[data-action-issue] a').getAttribute('href')).resolves.toMatch(/^https:\/\/github\.com\/northwind\/service-standards\/issues\?q=/);
    await expect(page.locator('[data-open-late]').count()).resolves.toBe(0);
    await page.close();
  });

  it('a closed issue says it is closed and points to the search for a newer one', async () => {
    const page = await site.open('standards/next-reply-high/');
    const issue = page.locator('[data-action-issue]');
    await expect(issue.innerText()).resolves.toBe('Issue #7 closed, not assigned (as of 19 Nov 2026). A closed issue is not reopened; search the corrective-action issues for a newer one.');
    await expect(issue.locator('a').nth(1).getAttribute('href')).resolves.toMatch(/^https:\/\/github\.com\/northwind\/service-standards\/issues\?q=/);
    await page.close();
  });

  it('logged no error', () => {
    expect(problems).toEqual([]);
  });
});
