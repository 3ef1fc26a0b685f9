import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../cli-runner.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../scripts/model/model.ts';
import { formatFetchSummary } from '../../scripts/publish/job-summary.ts';
import type { FetchSummary } from '../../scripts/sources/fetch.ts';
import type { SourceUsage } from '../../scripts/sources/source.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/validate');
const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'standards-fetch-'));
  temps.push(dir);
  cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  return dir;
}

/** Exit code and stderr: what these commands say goes to stderr. */
async function run(args: string[], env: Record<string, string> = {}) {
  const { code, stderr } = await runCli(args, { env });
  return { code, stderr };
}

/** Points the fixture repository at a CSV export with one unreadable row and one ticket dated in the future. */
function withCsvExport(root: string): void {
  const pipeline = path.join(root, 'standards/pipeline.yaml');
  writeFileSync(pipeline, readFileSync(pipeline, 'utf8').replace(/source:[\s\S]*$/,
    'source:\n  type: csv\n  csv:\n    path: exports/tickets.csv\n    timezone: Europe/Dublin\n    skipBadRows: true\n    columns: { id: Id, created: Created, priority: Priority, status: Status }\n'));
  mkdirSync(path.join(root, 'exports'));
  writeFileSync(path.join(root, 'exports/tickets.csv'), 'Id,Created,Priority,Status\n1,2026-11-01T09:00:00Z,low,open\n2,never,low,open\n3,2031-01-01T00:00:00Z,low,open\n');
}

describe('standards fetch options', () => {
  it('refuses a --since that is not a day or an instant, and --dry-run for the whole pipeline', async () => {
    expect(await run(['fetch', '--since', 'last week', '--root', repo()])).toEqual({
      code: 2,
      stderr: 'standards: --since must be a day like 2026-01-01 (UTC midnight) or an ISO 8601 instant like 2026-01-01T00:00:00Z, got "last week"',
    });
    // A date-time without its zone is local time to Date.parse: another --since on every machine.
    expect(await run(['fetch', '--since', '2026-01-01T12:00', '--root', repo()])).toEqual({
      code: 2,
      stderr: 'standards: --since must be a day like 2026-01-01 (UTC midnight) or an ISO 8601 instant like 2026-01-01T00:00:00Z, got "2026-01-01T12:00"',
    });
    // One after now: no change was made since then (the sources would start from now, the first line from --since).
    expect(await run(['fetch', '--since', '2099-01-01', '--now', '2026-11-23T06:00:00Z', '--root', repo()])).toEqual({
      code: 2,
      stderr: 'standards: --since 2099-01-01 is after now (2026-11-23T06:00:00.000Z): a backfill reads what changed since an earlier instant',
    });
    expect(await run(['pipeline', '--since', '2026-11-23T06:00:01Z', '--now', '2026-11-23T06:00:00Z', '--root', repo()])).toEqual({
      code: 2,
      stderr: 'standards: --since 2026-11-23T06:00:01Z is after now (2026-11-23T06:00:00.000Z): a backfill reads what changed since an earlier instant',
    });
    // --now without its zone is local time too.
    expect(await run(['fetch', '--now', '2026-11-23T06:00', '--root', repo()])).toEqual({
      code: 2,
      stderr: 'standards: --now must be an ISO 8601 instant like 2026-11-23T06:00:00Z, got "2026-11-23T06:00"',
    });
    expect(await run(['pipeline', '--dry-run', '--root', repo()])).toEqual({
      code: 2,
      stderr: 'standards: --dry-run applies to fetch only: the pipeline would evaluate a store the dry run did not write',
    });
  });

  it('--dry-run writes no store, and puts the fetch section in the job summary', async () => {
    const root = repo();
    const summary = path.join(root, 'summary.md');
    const result = await run(['fetch', '--dry-run', '--root', root], { GITHUB_STEP_SUMMARY: summary });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('  store (dry run, nothing written): would be ');
    expect(existsSync(path.join(root, 'data'))).toBe(false);
    expect(readFileSync(summary, 'utf8').split('\n').slice(0, 2)).toEqual(['#### Fetch (dry run: nothing written)', '']);
  });
});

describe('rejected records in the report', () => {
  it('are counted on every run, not only the one that read them', async () => {
    const root = repo();
    withCsvExport(root);
    const first = await run(['pipeline', '--no-site', '--root', root]);
    expect(first.code).toBe(0);
    const expected = [
      { reason: 'dated in the future when fetched', count: 1, examples: ['3'] },
      { reason: 'skipped by the source as unreadable', count: 1, examples: ['exports/tickets.csv row 3, column "Created"'] },
    ];
    const report = () => JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as Report;
    expect(report().data.rejected).toEqual(expected);
    expect(report().data.tickets).toBe(1);

    // The export is unchanged, so the second run reads nothing from it: the report still counts them.
    const summary = path.join(root, 'summary.md');
    const second = await run(['pipeline', '--no-site', '--root', root], { GITHUB_STEP_SUMMARY: summary });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('  fetch: 0 tickets in 0 batch(es)');
    expect(report().data.rejected).toEqual(expected);
    expect(readFileSync(summary, 'utf8')).toContain(
      '2 tickets were left out because their data was unusable: dated in the future when fetched (1), skipped by the source as unreadable (1).',
    );
  });
});

describe('the job summary fetch section', () => {
  const fetched: FetchSummary = {
    fetched: 30_000, added: 1200, updated: 28_000, unchanged: 790, stale: 10, removed: 0, changedDays: ['2026-11-01', '2026-11-02'],
    rejected: [{ where: 'ticket "9"', reason: 'dated in the future' }], skipped: 0, shrunkDays: [], batches: 300,
    cursorBefore: null, cursor: 'after`x | <img src=x onerror=alert(1)> [link](javascript:alert(1)) @org/team\n::error::x', dryRun: false,
  };

  it('shows fetched, updated, rejected and both cursors, with the cursor text inert', () => {
    expect(formatFetchSummary(fetched)).toBe([
      '#### Fetch',
      '',
      '| | |',
      '| --- | --- |',
      '| fetched | 30,000 tickets in 300 batches |',
      '| updated | 1,200 new, 28,000 changed, 790 unchanged, 10 older than stored; 2 store days rewritten |',
      '| rejected | 1 |',
      '| cursor before | none (first fetch) |',
      // Not plainly safe, so inert text rather than code (publish/inert-markdown.ts); zero-width spaces after @ and :.
      '| cursor after | after\\`x \\| \\<img src\\=x onerror\\=alert\\(1\\)\\> \\[link\\]\\(javascript\\:\u200Balert\\(1\\)\\) \\@\u200Borg\\/team \\:\u200B\\:\u200Berror\\:\u200B\\:\u200Bx |',
      '',
    ].join('\n'));
  });

  it('shows what the fetch cost the account, and a first backfill of the store\'s tickets at its limit', () => {
    // A Zendesk night: 30,000 changed tickets, 10 updates each; the account's limit is 700 a minute.
    const usage: SourceUsage = {
      requests: 332, exportRequests: 331, byKind: { users: 1, 'ticket export': 30, 'ticket events': 301 }, changedTickets: 30_000, accountLimit: 700,
      limitWindow: 'minute', peakPerWindow: 10, maxShare: 0.5, exportLimit: 10, waitedMs: 32 * 60_000, backfill: { fixed: 1, perTicket: 11 / 1000, exportPerTicket: 11 / 1000 },
    };
    const text = formatFetchSummary({ ...fetched, cursorBefore: 'c1', usage }, 300_000);
    // 300,000 tickets: 300 ticket pages and 3,000 event pages (+1 users) = 3,301; 3,300 export requests at 10 a minute = 330 min.
    expect(text.split('\n').slice(-4)).toEqual([
      '| cost | requests: 332 (0.011 per changed ticket): users 1, ticket export 30, ticket events 301 |',
      '| | rate limit: at most 10 in one minute, 1.4% of the account\'s 700 a minute (maxShare 50%); waited 32 min to keep to it |',
      '| | first backfill of 300,000 tickets: about 3,301 requests, 5.5 h at 50% of this account\'s limit and 10 export requests a minute |',
      '',
    ]);
  });

  it('says when days shrank', () => {
    const text = formatFetchSummary({ ...fetched, cursorBefore: '`a`', shrunkDays: [{ day: '2026-11-01', stored: 40, fetched: 3 }] });
    expect(text).toContain('| cursor before | \\`a\\` |');
    expect(text).toContain('⚠️ The fetch returned far fewer tickets than the store holds for 1 day(s): 2026-11-01 (40 → 3).');
  });
});
