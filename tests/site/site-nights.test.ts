// The site built two days after its report (as after two failed nights), with a status log that began on
// 18 Nov and missed 19 Nov, and a tie-out in the report. The nights end with the report's day, not the
// build's; the nights before the log come from the daily series; "since" counts calendar nights; and
// "About the data" says why the tie-out's differences differ, ticket ids escaped and linked.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/publish/site-build.ts';
import { SAMPLE_NOW, SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';

let work = '';
let outDir = '';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'site-nights-'));
  const root = path.join(work, 'repo');
  await cp(SAMPLE_ROOT, root, { recursive: true });
  const reportFile = path.join(root, 'report.json');
  const report = JSON.parse(await readFile(reportFile, 'utf8'));
  report.data.tieOut = {
    against: 'zendesk ticket metrics', tickets: 4, toleranceMinutes: 1,
    metrics: [
      { metric: 'first_response_time', agree: 3, disagree: 1, reasons: [{ reason: 'different-times', kind: 'unexplained', count: 1 }] },
      { metric: 'full_resolution_time', agree: 2, disagree: 2, reasons: [{ reason: 'reopened-open-now', kind: 'definition', count: 2 }] },
    ],
    disagreements: [
      { ticket: '<b>101</b>', metric: 'first_response_time', ours: 30, theirs: 45, reason: 'different-times' },
      { ticket: '102', metric: 'full_resolution_time', ours: null, theirs: 2940, reason: 'reopened-open-now' },
    ],
  };
  await writeFile(reportFile, JSON.stringify(report));
  // The status log began on 18 Nov; no run on 19 Nov.
  const logFile = path.join(root, 'status-log.ndjson');
  const lines = (await readFile(logFile, 'utf8')).split('\n').filter((l) => l.includes('"date":"2026-11-18"') || l.includes('"date":"2026-11-20"'));
  await writeFile(logFile, `${lines.join('\n')}\n`);
  const built = await buildSite({ root, reportFile, now: '2026-11-22T06:00:00.000Z', outDir: path.join(work, 'out'), history: false, log: () => {} });
  outDir = built.outDir;
}, 180_000);
afterAll(async () => { if (work) await rm(work, { recursive: true, force: true }); });

describe('nights on a standard\'s page', () => {
  it('end with the report\'s night, count calendar nights, and take the nights before the log from the daily series', async () => {
    expect(SAMPLE_NOW.slice(0, 10)).toBe('2026-11-20');
    const page = text(await readFile(path.join(outDir, 'standards/next-reply-high/index.html'), 'utf8'));
    // next-reply-high, goal 90%, at risk under 25% of the budget left. Window values from the series:
    // 13 Nov 89.94% (breached); 14 Nov 90.08%: 9.92% of the 10% allowed used, 0.8% left (at risk); 15–17 Nov
    // 90.09%, 90.23%, 90.3% (at risk). Logged at risk on 18 and 20 Nov; no run on 19 Nov.
    expect(page).toContain('At risk since 14 Nov 2026 (7 nights, 1 of them without a run; computed from the daily series up to 17 Nov 2026).');
    expect(page).toContain('Status on each of the last 90 nights, 23 Aug 2026 to 20 Nov 2026:');
    expect(page).toContain('; 87 of them computed from the daily series, before the status log began on 18 Nov 2026; 1 without a run.');
    expect(page).toContain('13 Nov 2026: Breached (computed from the daily series) 14 Nov 2026: At risk (computed from the daily series)');
    expect(page).toContain('17 Nov 2026: At risk (computed from the daily series) 18 Nov 2026: At risk 19 Nov 2026: no record (no run that night) 20 Nov 2026: At risk');
    expect(page).not.toContain('21 Nov 2026:');
  });
});

describe('the tie-out under About the data', () => {
  it('gives the counts, each reason in plain words with its kind, and the examples escaped and linked', async () => {
    const html = (await readFile(path.join(outDir, 'index.html'), 'utf8')).replace(/\s+/g, ' ');
    expect(html).toContain('<dt>Tie-out</dt><dd> First reply: 3 of 4 tickets agree; Full resolution: 2 of 4 tickets agree with the zendesk ticket metrics (within 1 min)');
    expect(text(html)).toContain('First reply, 1 ticket: not explained by a definition: a defect until shown otherwise : both have a time and they differ: open the ticket and compare its events.');
    expect(text(html)).toContain('Full resolution, 2 tickets: a difference of definition, not an error : reopened and open now: the helpdesk keeps the time of the last solve, we count the ticket as unsolved until it is solved again.');
    expect(html).toContain('<li><a href="https://northwind.example/helpdesk/tickets/%3Cb%3E101%3C%2Fb%3E">&lt;b&gt;101&lt;/b&gt;</a>: first reply ours 30 min, theirs 45 min (unexplained)</li>');
    expect(html).toContain('>102</a>: full resolution ours none min, theirs 2940 min (definition)</li>');
  });
});
