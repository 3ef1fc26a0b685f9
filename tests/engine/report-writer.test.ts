import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { createReportValidator, InvalidReportError, writeReport } from '../../scripts/publish/report-writer.ts';
import type { Report } from '../../scripts/model/model.ts';
import { clocksFor, model, standard, ticket } from './engine-fixtures.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'report-writer-'));
  temps.push(dir);
  return dir;
}

async function sampleReport(): Promise<Report> {
  return evaluateStandards({
    model: model({ standards: [standard({ id: 'first-response', metric: 'first_response_time' })] }),
    tickets: [ticket({ id: 'A', created: '2026-11-19T10:00:00Z', replies: [['2026-11-19T10:30:00Z', 'agent']] })],
    now: new Date('2026-11-20T12:00:00Z'),
    clockFor: clocksFor(),
  });
}

describe('writeReport', () => {
  it('writes stable 2-space JSON with a final newline, replacing the old file, and leaves no temp file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'nested', 'report.json');
    const report = await sampleReport();
    await writeReport(file, report);
    await writeReport(file, report);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(readdirSync(path.dirname(file))).toEqual(['report.json']);
  });

  it('refuses an invalid report, lists every problem, and keeps the old file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'report.json');
    writeFileSync(file, 'old report\n');
    const report = await sampleReport();
    const broken = structuredClone(report) as unknown as Record<string, unknown> & { standards: Array<Record<string, unknown>> };
    broken.standards[0]!.status = 'fine';
    broken.standards[0]!.colour = 'green';
    delete broken.summary;
    const error = await writeReport(file, broken as unknown as Report).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidReportError);
    expect((error as InvalidReportError).errors).toEqual([
      '(report): missing property "summary"',
      '/standards/0: unknown property "colour"',
      '/standards/0/status: must be equal to one of the allowed values (met, at-risk, breached, no-data)',
    ]);
    expect((error as Error).message).toMatch(/^refusing to write .*report\.json: the report does not match schemas\/report\.schema\.json \(3 problems\):/);
    expect(readFileSync(file, 'utf8')).toBe('old report\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('checks every day of every series and every stretch of every explanation, formats and integers included', async () => {
    const report = await sampleReport();
    const broken = structuredClone(report) as unknown as { standards: Array<{ series: Array<Record<string, unknown>>; worst: Array<{ explanation?: { measurements: Array<{ counted?: Array<Record<string, unknown>> }> } }> }> };
    const last = broken.standards.length - 1;
    broken.standards[last]!.series[0]!.date = '2026-02-30';
    broken.standards[last]!.series.at(-1)!.count = 1.5;
    const explained = broken.standards.flatMap((s, i) => s.worst.map((w, j) => ({ i, j, counted: w.explanation?.measurements[0]?.counted })))
      .find((w) => (w.counted?.length ?? 0) > 0)!;
    explained.counted![0]!.from = '2026-11-05 18:03';
    const errors = createReportValidator()(broken);
    const days = report.standards[last]!.series.length;
    expect([...errors].sort()).toEqual([
      `/standards/${explained.i}/worst/${explained.j}/explanation/measurements/0/counted/0/from: must match format "date-time"`,
      `/standards/${last}/series/0/date: must match format "date"`,
      `/standards/${last}/series/${days - 1}/count: must be integer`,
    ].sort());
  });
});
