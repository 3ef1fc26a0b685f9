import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFindings, validateDocuments } from '../../scripts/model/load.ts';
import { FIXTURES, scenarioFiles, scenarios } from './corpus.ts';

const TODAY = '2026-11-23';
const encode = (text: string) => new TextEncoder().encode(text);
const validate = (extra: { file: string; bytes: Uint8Array }[] = [], options: { strict?: boolean } = {}) =>
  validateDocuments(scenarioFiles(null, extra), { today: TODAY, ...options });

describe('the broken-document corpus', () => {
  it('has at least 30 scenarios', () => {
    expect(scenarios().length).toBeGreaterThanOrEqual(30);
  });

  it('accepts the base set on its own', () => {
    const result = validate();
    expect(result.findings).toEqual([]);
    expect(result.model?.standards.map((s) => s.id)).toEqual(['csat', 'first-response-urgent']);
  });

  it.each(scenarios())('%s reports exactly the expected findings', (scenario) => {
    const result = validateDocuments(scenarioFiles(scenario), { today: TODAY });
    const expected = readFileSync(path.join(FIXTURES, 'invalid', scenario, 'expected.txt'), 'utf8');
    expect(`${formatFindings(result.findings)}\n`).toBe(expected);
    const errors = result.findings.some((f) => f.severity === 'error');
    expect(result.model === null).toBe(errors);
  });
});

describe('documents too large or too deep to read safely', () => {
  it('refuses a 10 MB file before parsing it', () => {
    const big = `kind: Standard\nid: big\ndescription: "${'x'.repeat(10 * 1024 * 1024)}"\n`;
    const result = validate([{ file: 'standards/service-levels/big.yaml', bytes: encode(big) }]);
    expect(formatFindings(result.findings).split('\n')[0]).toBe(
      'standards/service-levels/big.yaml error: file is 10.0 MiB, more than the 1.0 MiB a document may have: split it or remove what does not belong [size]',
    );
  });

  it('refuses 5,000-deep nesting with one message', () => {
    const deep = `kind: Standard\nid: deep\nscope: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const result = validate([{ file: 'standards/service-levels/deep.yaml', bytes: encode(deep) }]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      file: 'standards/service-levels/deep.yaml', severity: 'error', rule: 'yaml',
      message: 'nesting is too deep to read safely: keep documents under 32 levels',
    });
  });

  it('refuses 40-deep nesting that the YAML parser itself accepts', () => {
    const deep = `kind: Standard\nid: deep\nscope: ${'['.repeat(40)}${']'.repeat(40)}\n`;
    const result = validate([{ file: 'standards/service-levels/deep.yaml', bytes: encode(deep) }]);
    expect(result.findings.map((f) => f.message)).toEqual(['nesting is too deep to read safely: keep documents under 32 levels']);
  });
});

describe('encodings and line endings that are fine', () => {
  it('reads a file with a BOM and CRLF line endings like any other', () => {
    const base = readFileSync(path.join(FIXTURES, 'base/standards/service-levels/csat.yaml'), 'utf8');
    const bytes = encode(`\uFEFF${base.replace(/\n/g, '\r\n')}`);
    const result = validate([{ file: 'standards/service-levels/csat.yaml', bytes }]);
    expect(result.findings).toEqual([]);
    expect(result.model?.standards.find((s) => s.id === 'csat')?.target).toEqual({ direction: 'min', value: 0.9 });
  });
});

describe('a __proto__ key', () => {
  it('is an unknown property and pollutes nothing', () => {
    validateDocuments(scenarioFiles('proto-key'), { today: TODAY });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('--strict', () => {
  it('turns an overdue review into an error', () => {
    const result = validateDocuments(scenarioFiles('review-overdue'), { today: TODAY, strict: true });
    expect(result.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error review-due']);
    expect(result.model).toBeNull();
  });
});

describe('the normalised model', () => {
  it('turns durations into minutes, percentages into fractions and fills defaults', () => {
    const { model } = validate();
    const standard = model!.standards.find((s) => s.id === 'first-response-urgent')!;
    expect(standard).toMatchObject({
      thresholdMinutes: 60, objective: 0.95, target: null, calendar: 'emea-business-hours',
      window: { kind: 'rolling', days: 30, text: '30d' }, pauseStatuses: ['pending'],
      review: { last: '2026-09-01', due: '2027-03-01', everyText: '6mo' },
      origin: { file: 'standards/service-levels/first-response-urgent.yaml' },
    });
    const calendar = model!.calendars[0]!;
    expect(calendar.hours.monday).toEqual([{ start: 480, end: 1080 }]);
    expect(calendar.hours.saturday).toEqual([]);
    expect(calendar.holidays).toEqual([
      { date: '2026-12-25', name: 'Christmas Day', open: null },
      { date: '2026-12-24', name: 'Christmas Eve', open: [{ start: 480, end: 780 }] },
    ]);
    expect(model!.pipeline).toMatchObject({
      organisation: 'Fixture Support', storeDir: 'data',
      source: { type: 'sample', tickets: 100, days: 10, seed: 1 },
      evaluation: { minimumSample: 20, atRiskBudget: 0.25, seriesDays: 90, worstTickets: 10 },
      site: { base: '/', title: 'Fixture Support service standards', staleAfterMinutes: 36 * 60 },
    });
  });

  it('reads an overnight interval as running past midnight', () => {
    const night = 'kind: Calendar\nid: night-shift\nname: Night shift\ntimezone: America/Chicago\nhours:\n  friday: [22:00-06:00]\n  sunday: [00:00-24:00]\n';
    const { model, findings } = validate([{ file: 'standards/calendars/night-shift.yaml', bytes: encode(night) }]);
    expect(findings).toEqual([]);
    const calendar = model!.calendars.find((c) => c.id === 'night-shift')!;
    expect(calendar.hours.friday).toEqual([{ start: 1320, end: 1800 }]);
    expect(calendar.hours.sunday).toEqual([{ start: 0, end: 1440 }]);
  });
});
