// With `skipBadRows`, a CSV import stores the good rows and skips the bad ones; how many rows were skipped is said
// in the fetch line and in the job summary (the log lists only the first problems, and a row can have several).

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/validate/base');
const temps: string[] = [];
afterAll(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

// Rows 3 and 5 have one problem each, row 4 two (created and status); row 6 is dated in the future.
const EXPORT = [
  'Id,Created,Priority,Status',
  '1,2026-11-01T09:00:00Z,low,open',
  '2,never,low,open',
  '3,sometime,low,unheard-of',
  '4,2026-11-02T09:00:00Z,whenever,open',
  '5,2031-01-01T00:00:00Z,low,open',
  '6,2026-11-03T09:00:00Z,high,open',
  '',
].join('\n');

describe('a CSV import with skipBadRows', () => {
  it('says how many rows it skipped, in the fetch line and in the job summary', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'standards-skipped-'));
    temps.push(root);
    cpSync(FIXTURE, root, { recursive: true });
    const pipeline = path.join(root, 'standards/pipeline.yaml');
    writeFileSync(pipeline, readFileSync(pipeline, 'utf8').replace(/source:[\s\S]*$/,
      'source:\n  type: csv\n  csv:\n    path: exports/tickets.csv\n    timezone: Europe/Dublin\n    skipBadRows: true\n    columns: { id: Id, created: Created, priority: Priority, status: Status }\n'));
    mkdirSync(path.join(root, 'exports'));
    writeFileSync(path.join(root, 'exports/tickets.csv'), EXPORT);
    const summary = path.join(root, 'summary.md');
    const run = await runCli(['fetch', '--root', root], { env: { GITHUB_STEP_SUMMARY: summary }, now: '2026-11-23T06:00:00Z' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('  fetch: 3 tickets in 1 batch(es), 3 row(s) skipped as unreadable (skipBadRows), 5 rejected\n');
    expect(readFileSync(summary, 'utf8')).toContain([
      '| fetched | 3 tickets in 1 batches |',
      '| updated | 2 new, 0 changed, 0 unchanged; 2 store days rewritten |',
      '| skipped | 3 rows unreadable (skipBadRows): not stored, their problems are in the log and in the report |',
      '| rejected | 5 |',
    ].join('\n'));
  });
});
