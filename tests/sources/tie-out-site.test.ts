// The site's "About the data" panel shows the tie-out when the report has one: counts per metric and the first
// disagreements, with ticket ids escaped and linked through the pipeline's ticket URL template.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/publish/site-build.ts';
import { SAMPLE_NOW, SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';

let work = '';
afterAll(async () => { if (work) await rm(work, { recursive: true, force: true }); });

describe('the tie-out on the site', () => {
  it('is listed under About the data', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'site-tie-out-'));
    const root = path.join(work, 'repo');
    await cp(SAMPLE_ROOT, root, { recursive: true });
    const reportFile = path.join(root, 'report.json');
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    report.data.tieOut = {
      against: 'zendesk ticket metrics', tickets: 4, toleranceMinutes: 1,
      metrics: [{ metric: 'first_response_time', agree: 3, disagree: 1 }, { metric: 'full_resolution_time', agree: 4, disagree: 0 }],
      disagreements: [{ ticket: '<b>101</b>', metric: 'first_response_time', ours: 30, theirs: 45 }],
    };
    await writeFile(reportFile, JSON.stringify(report));
    const result = await buildSite({ root, reportFile, now: SAMPLE_NOW, outDir: path.join(work, 'out'), history: false, log: () => {} });
    const html = (await readFile(path.join(result.outDir, 'index.html'), 'utf8')).replace(/\s+/g, ' ');
    expect(html).toContain('<dt>Tie-out</dt><dd> First reply: 3 of 4 tickets agree; Full resolution: 4 of 4 tickets agree with the zendesk ticket metrics (within 1 min)');
    expect(html).toContain('<li><a href="https://northwind.example/helpdesk/tickets/%3Cb%3E101%3C%2Fb%3E">&lt;b&gt;101&lt;/b&gt;</a>: first reply ours 30 min, theirs 45 min</li>');
  }, 120_000);
});
