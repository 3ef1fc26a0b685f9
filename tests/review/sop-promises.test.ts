// `validate` holds an SOP step that says which standard it keeps (`keeps: { standard }`) to that standard: served
// by the SOP, a time promise, and no longer on the same clock. Every failure names both files and lines and the fix.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { edited, fixtureFiles, removeTemps, tempDir, type Files } from './review-fixtures.ts';

afterEach(removeTemps);

const SOP = 'standards/sops/handle-complaint.yaml';
const base = fixtureFiles();

async function validate(files: Files) {
  const root = tempDir('standards-keeps-');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return runCli(['validate', '--root', root], { now: '2026-11-20T06:00:00Z' });
}

/** The fixture SOP with its first step (`acknowledge`, within 1h) changed as given. */
const firstStep = (lines: string) => edited(base, { [SOP]: [['    within: 1h\n', lines]] });

describe('a step that keeps a standard', () => {
  it('fails validate when it allows 2h against a 1h standard, naming both places and the fix', async () => {
    const result = await validate(firstStep('    within: 2h\n    keeps: { standard: first-response-urgent }\n'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe([
      'standards/sops/handle-complaint.yaml:13:13 error: step 1 "acknowledge" allows 2h (24/7) but keeps Standard first-response-urgent (standards/service-levels/first-response-urgent.yaml:8), which promises a first reply within 1h (24/7): set within to 1h or less, or keep a standard with a longer threshold [step-promise]',
      '',
      '1 error and 0 warnings in 1 file',
    ].join('\n'));
  });

  it('passes when it allows no longer than the standard', async () => {
    expect(await validate(firstStep('    within: 1h\n    keeps: { standard: first-response-urgent }\n'))).toEqual({ code: 0, stdout: '', stderr: '✓ 9 documents valid' });
  });

  it.each([
    ['a 24/7 step no longer than a business-hours standard fits (a wall-clock hour holds at most one business hour)',
      '    within: 4h\n    keeps: { standard: next-reply-office }\n', 'serves: [first-response-urgent, csat]', 'serves: [first-response-urgent, next-reply-office, csat]', null],
    ['a 24/7 step longer than a business-hours standard does not',
      '    within: 5h\n    keeps: { standard: next-reply-office }\n', 'serves: [first-response-urgent, csat]', 'serves: [first-response-urgent, next-reply-office, csat]',
      'standards/sops/handle-complaint.yaml:13:13 error: step 1 "acknowledge" allows 5h (24/7) but keeps Standard next-reply-office (standards/service-levels/next-reply-office.yaml:7), which promises a reply to each customer message within 4h (business hours, dublin-office): set within to 4h or less, or keep a standard with a longer threshold [step-promise]'],
    ['a business-hours step cannot keep a 24/7 standard, however short',
      '    within: 30m\n    clock: business\n    keeps: { standard: first-response-urgent }\n', null, null,
      'standards/sops/handle-complaint.yaml:14:12 error: step 1 "acknowledge" counts business hours (clock: business) but keeps Standard first-response-urgent (standards/service-levels/first-response-urgent.yaml:8), which promises a first reply within 1h (24/7): a business hour can take a night or a weekend, so write within on the 24/7 clock (clock: 24/7) at 1h or less [step-promise]'],
    ['it must keep a standard the SOP serves',
      '    within: 1h\n    keeps: { standard: next-reply-office }\n', null, null,
      'standards/sops/handle-complaint.yaml:14:24 error: step 1 "acknowledge" keeps Standard next-reply-office (standards/service-levels/next-reply-office.yaml:3), which this SOP does not serve: add next-reply-office to serves, or keep one of the standards it serves (first-response-urgent, csat) [step-promise]'],
    ['it must keep a time promise',
      '    within: 1h\n    keeps: { standard: csat }\n', null, null,
      'standards/sops/handle-complaint.yaml:14:24 error: step 1 "acknowledge" keeps Standard csat (standards/service-levels/csat.yaml:6), whose metric csat has no time a step can be held to: a step keeps a first_response_time, next_reply_time, full_resolution_time standard [step-promise]'],
    ['it must have a timeline',
      '    keeps: { standard: first-response-urgent }\n', null, null,
      'standards/sops/handle-complaint.yaml:13:12 error: step 1 "acknowledge" keeps Standard first-response-urgent (standards/service-levels/first-response-urgent.yaml:8) but has no within: give the step a timeline of at most 1h (24/7) [step-promise]'],
    ['it must name a standard that exists',
      '    within: 1h\n    keeps: { standard: first-response-urgnet }\n', null, null,
      'standards/sops/handle-complaint.yaml:14:24 error: steps[0].keeps.standard refers to Standard "first-response-urgnet", which does not exist — did you mean "first-response-urgent"? [reference]'],
  ] as const)('%s', async (_name, lines, serves, servesAfter, message) => {
    let files = firstStep(lines);
    if (serves && servesAfter) files = edited(files, { [SOP]: [[serves, servesAfter]] });
    const result = await validate(files);
    if (message === null) expect(result).toEqual({ code: 0, stdout: '', stderr: '✓ 9 documents valid' });
    else expect({ code: result.code, first: result.stderr.split('\n')[0] }).toEqual({ code: 1, first: message });
  });

  it('rejects an unknown clock with the two it can be', async () => {
    const result = await validate(firstStep('    within: 1h\n    clock: office\n'));
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('standards/sops/handle-complaint.yaml:14:12 error: steps[0].clock must be one of 24/7, business, got "office" [schema]');
  });
});
