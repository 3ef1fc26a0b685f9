// The Scorecard page with its reviews (behaviours, costliest, per team and channel, calibration) and the SOP
// page with its acknowledgement, in Chromium: axe finds nothing in light or dark, nothing scrolls sideways at
// 320 px, and the figures shown are the report's. Built from the QA fixture organisation after two nights of
// exports and one SOP bump, with two acknowledgements recorded.

import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../scripts/model/documents.generated.ts';
import { runCli } from '../cli-runner.ts';
import type { SiteBuild } from './built-site.ts';
import { openSiteInChromium, type SiteInChromium } from './site-in-chromium.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa');
const NOW = '2026-11-08T06:00:00Z';
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: SiteInChromium;
let report: Report;

beforeAll(async () => {
  site = await openSiteInChromium({ scratch: 'quality-pages-', clock: NOW, prepare: writeQaOrganisation });
});

afterAll(async () => {
  await site?.close();
});

/** The QA fixture organisation after two nights of exports and one SOP bump, with two acknowledgements recorded. */
async function writeQaOrganisation(root: string): Promise<SiteBuild> {
  await cp(path.join(FIXTURE, 'standards'), path.join(root, 'standards'), { recursive: true });
  await mkdir(path.join(root, 'exports'));
  for (const file of ['tickets.csv', 'qa-reviews.csv']) await cp(path.join(FIXTURE, 'night-2', file), path.join(root, 'exports', file));
  await writeFile(path.join(root, 'exports', 'acknowledgements.csv'), 'SOP,Version,Person,Completed\n');
  await writeFile(path.join(root, '.gitignore'), 'data/\nexports/\n');
  const env = { ...process.env, GIT_AUTHOR_NAME: 'F', GIT_AUTHOR_EMAIL: 'f@example.com', GIT_COMMITTER_NAME: 'F', GIT_COMMITTER_EMAIL: 'f@example.com', GIT_AUTHOR_DATE: '2026-11-02T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-02T10:00:00Z' };
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root, env });
  execFileSync('git', ['add', '-A'], { cwd: root, env });
  execFileSync('git', ['commit', '-qm', 'the organisation'], { cwd: root, env });
  await mkdir(path.join(root, 'data'));
  await writeFile(path.join(root, 'data', 'acknowledgements.ndjson'), [
    '{"sop":"handle-refund","version":1,"person":"aoife-byrne","at":"2026-11-03T09:00:00Z","via":"reaction","githubId":101}',
    '{"sop":"handle-refund","version":1,"person":"staff:E2","at":"2026-11-04T09:00:00Z","via":"csv"}',
    '',
  ].join('\n'));
  for (const command of ['fetch', 'evaluate']) {
    const run = await runCli([command, '--root', root, ...(command === 'evaluate' ? ['--now', NOW] : [])], { now: NOW });
    if (run.code !== 0) throw new Error(run.stderr);
  }
  report = JSON.parse(await readFile(path.join(root, 'data', 'report.json'), 'utf8')) as Report;
  return { reportFile: 'data/report.json', now: NOW };
}

const PAGES = ['qa/interaction/', 'sops/handle-refund/', 'standards/qa-coverage/', 'standards/sop-acknowledgement/', 'methodology/'];

describe('the quality pages', () => {
  it.each(PAGES.flatMap((p) => [[p, 'light'], [p, 'dark']] as const))('/%s passes axe (%s)', async (pagePath, scheme) => {
    const page = await site.open(pagePath, { colorScheme: scheme });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run());
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it.each(PAGES)('/%s has no sideways scroll at 320 px', async (pagePath) => {
    const page = await site.open(pagePath, { viewport: { width: 320, height: 640 } });
    const widths = await page.evaluate<{ scroll: number; client: number; widest: string[] }>(`(() => {
      const client = document.documentElement.clientWidth;
      const widest = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > client + 0.5 && !e.closest('.table-scroll') && !e.closest('svg')).slice(0, 3).map((e) => e.tagName + '.' + e.className);
      return { scroll: document.documentElement.scrollWidth, client, widest };
    })()`);
    expect(widths).toEqual({ scroll: 320, client: 320, widest: [] });
    await page.close();
  });

  it('the Scorecard page shows the report\'s behaviours, the costliest, and the calibration', async () => {
    const page = await site.open('qa/interaction/');
    const qa = report.standards.find((s) => s.id === 'qa-score')!.qa!;
    const rows = await page.locator('tr[data-behaviour]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-behaviour'), ...[...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)]));
    expect(rows).toEqual(qa.behaviours.map((b) => [b.id, `${Math.round(b.passRate! * 100)}%`, `${b.passed} of ${b.applicable}`, (b.points! * 100).toFixed(1)]));
    await expect(page.locator('[data-costliest]').getAttribute('data-costliest')).resolves.toBe('accurate');
    await expect(page.locator('tr[data-calibration="ownership"] td').first().textContent()).resolves.toBe('0%');
    await page.close();
  });

  it('the SOP page shows 2 of 3 acknowledged by the following team, and names nobody', async () => {
    const page = await site.open('sops/handle-refund/');
    await expect(page.locator('[data-acknowledgement]').getAttribute('data-acknowledgement')).resolves.toBe('2/3');
    await expect(page.locator('tr[data-team="support-emea"] td').first().textContent()).resolves.toBe('2 of 3');
    const text = await page.locator('main').textContent();
    for (const person of ['aoife', 'E2', 'ciaran']) expect(text).not.toContain(person);
    await page.close();
  });
});
