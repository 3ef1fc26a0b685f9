// The evaluate step appends the night to the status log, with the version of each standard in force, and
// `standards actions --dry-run` plans from it: the command path the nightly job takes, on a temp copy of the
// site fixture with a small sample helpdesk.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';

const SAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'site', 'sample');
let root: string;
let out: string[];
let err: string[];
const io = (dir: string): CommandIO => ({ root: dir, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, color: false, now: () => new Date('2026-11-20T06:30:00Z') });

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'evaluate-log-'));
  await cp(path.join(SAMPLE, 'standards'), path.join(root, 'standards'), { recursive: true });
  out = [];
  err = [];
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

describe('the nightly evaluate step and the status log', () => {
  it('appends one line per standard for the night; a rerun the same night replaces it; the next night appends', async () => {
    expect(await main(['--root', root, 'pipeline', '--no-site', '--tickets', '600', '--now', '2026-11-20T06:00:00Z'], io)).toBe(0);
    const logFile = path.join(root, 'data', 'status-log.ndjson');
    const first = (await readFile(logFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { date: string; standard: string; version: string });
    expect(first).toHaveLength(12);
    expect(new Set(first.map((e) => e.date))).toEqual(new Set(['2026-11-20']));
    const csat = first.find((e) => e.standard === 'csat')!;
    // The version in force that night, as the report names it (no git here: the document's effective date).
    const report = JSON.parse(await readFile(path.join(root, 'data', 'report.json'), 'utf8')) as { standards: { id: string; versions?: { version: string }[] }[] };
    expect(csat.version).toBe(report.standards.find((s) => s.id === 'csat')!.versions!.at(-1)!.version);
    expect(csat.version).toBe('2026-01-01');
    expect(err).toContain('  status log: data/status-log.ndjson (2026-11-20)');

    await main(['--root', root, 'evaluate', '--now', '2026-11-20T09:00:00Z'], io);
    expect(err).toContain('  status log: data/status-log.ndjson (2026-11-20, replacing an earlier run of that day)');
    expect((await readFile(logFile, 'utf8')).trim().split('\n')).toHaveLength(12);

    await main(['--root', root, 'evaluate', '--now', '2026-11-21T06:00:00Z'], io);
    expect((await readFile(logFile, 'utf8')).trim().split('\n')).toHaveLength(24);

    await main(['--root', root, 'evaluate', '--now', '2026-11-19T06:00:00Z'], io);
    expect(err.at(-1 - err.slice().reverse().findIndex((l) => l.includes('status log')))).toBe("  status log: data/status-log.ndjson not written: the log already has 2026-11-21, later than this evaluation's day 2026-11-19; history is not rewritten");
  });

  it('actions --dry-run plans from the report and the log, and a bad status log is named, not ignored', async () => {
    await main(['--root', root, 'pipeline', '--no-site', '--tickets', '600', '--now', '2026-11-20T06:00:00Z'], io);
    out = [];
    expect(await main(['--root', root, 'actions', '--dry-run'], io)).toBe(0);
    expect(out[0]).toMatch(/^(Tonight would:|Nothing to open, update or close\.)$/);
    const report = JSON.parse(await readFile(path.join(root, 'data', 'report.json'), 'utf8')) as { standards: { id: string; status: string }[] };
    const breached = report.standards.filter((s) => s.status === 'breached').map((s) => `  open an issue for ${s.id} (breached)`);
    expect(breached.length).toBeGreaterThan(0);
    expect(out).toEqual(['Tonight would:', ...breached]);

    await writeFile(path.join(root, 'data', 'status-log.ndjson'), '{"date":"2026-11-20","standard":"csat","status":"green","value":1,"version":null}\n');
    expect(await main(['--root', root, 'actions', '--dry-run'], io)).toBe(1);
    expect(err.at(-1)).toBe(`standards: actions failed: ${path.join(root, 'data', 'status-log.ndjson')}:1: "status" must be one of met, at-risk, breached, no-data, got "green"`);
  });
});
