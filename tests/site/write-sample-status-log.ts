// Regenerates tests/fixtures/site/sample/status-log.ndjson from the sample report: a plausible 90 nights per
// standard (met or breached by each day's window value against the goal, the report's status on the last
// night, at risk on the five nights before it for the at-risk standards), so the site shows "breached since",
// the status strip and status changes. Run: `node tests/site/write-sample-status-log.ts`.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../scripts/model/documents.generated.ts';
import type { StatusEntry } from '../../scripts/store/status-log.ts';

const SAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'site', 'sample');

export function sampleStatusLog(report: Report): StatusEntry[] {
  const entries: StatusEntry[] = [];
  for (const s of report.standards) {
    s.series.forEach((d, i) => {
      const last = i === s.series.length - 1;
      let status: StatusEntry['status'];
      if (last) status = s.status;
      else if (s.status === 'at-risk' && i >= s.series.length - 6) status = 'at-risk';
      else if (d.windowValue === null) status = 'no-data';
      else status = (s.goal.direction === 'min' ? d.windowValue >= s.goal.value : d.windowValue <= s.goal.value) ? 'met' : 'breached';
      // The urgent first-response standard was tightened 20 nights ago: a new version of its document.
      const version = s.id === 'first-response-urgent' && i >= s.series.length - 20 ? 'fixture-v2' : 'fixture-v1';
      entries.push({ date: d.date, standard: s.id, status, value: last ? s.value : d.windowValue, version });
    });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.standard.localeCompare(b.standard));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = JSON.parse(await readFile(path.join(SAMPLE, 'report.json'), 'utf8')) as Report;
  const lines = sampleStatusLog(report).map((e) => JSON.stringify(e)).join('\n');
  await writeFile(path.join(SAMPLE, 'status-log.ndjson'), `${lines}\n`);
  console.log(`wrote ${lines.split('\n').length} status lines`);
}
