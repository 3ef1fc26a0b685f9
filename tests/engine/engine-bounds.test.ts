// validate refuses the values the engine cannot evaluate (ENGINE_BOUNDS), and accepts the bounds themselves.

import { describe, expect, it } from 'vitest';
import { formatFindings, validateDocuments } from '../../scripts/model/load.ts';
import { scenarioFiles } from '../model/corpus.ts';

function standardWith(field: { window?: string; threshold?: string; every?: string }): string {
  return [
    'kind: Standard',
    'id: bounds',
    'title: Every ticket is solved within the threshold',
    'dimension: reliability',
    'metric: full_resolution_time',
    `threshold: ${field.threshold ?? '8h'}`,
    'objective: 95%',
    `window: ${field.window ?? '30d'}`,
    'owner: support-leads',
    'effective: 2026-01-01',
    `review: { every: ${field.every ?? '6mo'}, last: 2026-09-01 }`,
    'rationale: Because the contract says so, plainly.',
    '',
  ].join('\n');
}

function findings(field: Parameters<typeof standardWith>[0]): string {
  const file = { file: 'standards/service-levels/bounds.yaml', bytes: new TextEncoder().encode(standardWith(field)) };
  return formatFindings(validateDocuments(scenarioFiles(null, [file]), { today: '2026-11-23' }).findings.filter((f) => f.rule === 'engine-bounds'));
}

describe('engine bounds', () => {
  it.each([['731d'], ['104w'], ['month'], ['quarter']])('accepts the window %s', (window) => {
    expect(findings({ window })).toBe('');
  });

  it.each([['732d'], ['105w']])('refuses the window %s at its line', (window) => {
    expect(findings({ window }).split('\n')[0]).toBe(
      `standards/service-levels/bounds.yaml:8:9 error: window "${window}" is longer than 2 years, the longest window the engine evaluates: use at most 104w or 731d, or a calendar month or quarter [engine-bounds]`,
    );
  });

  it('accepts a threshold of 366d and refuses 367d and 8785h', () => {
    expect(findings({ threshold: '366d' })).toBe('');
    expect(findings({ threshold: '8784h' })).toBe('');
    expect(findings({ threshold: '367d' }).split('\n')[0]).toBe(
      'standards/service-levels/bounds.yaml:6:12 error: threshold "367d" is longer than a year, the longest threshold the engine evaluates: use at most 366d (8784h) [engine-bounds]',
    );
    expect(findings({ threshold: '8785h' })).toMatch(/^standards\/service-levels\/bounds.yaml:6:12 error: threshold "8785h" is longer than a year/);
  });

  it.each([['5y'], ['60mo'], ['260w'], ['1826d']])('accepts a review every %s', (every) => {
    expect(findings({ every })).toBe('');
  });

  it.each([['6y'], ['61mo'], ['261w'], ['1827d'], ['9999999999999999999999y']])('refuses a review every %s at its line, without crashing', (every) => {
    expect(findings({ every }).split('\n')[0]).toBe(
      `standards/service-levels/bounds.yaml:11:18 error: review.every "${every}" is longer than 5 years: review at least every 5y (60mo, 260w or 1826d) [engine-bounds]`,
    );
  });
});
