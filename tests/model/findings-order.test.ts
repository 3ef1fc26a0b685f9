// Findings are printed by file, line, column and message, files and messages in `localeCompare`'s order, which is
// not code units' (case, accents, punctuation): kept. Identical files or messages are equal without asking ICU,
// whose collation data the first `localeCompare` of a process loads (≈ 9 ms): a warm evaluate whose warnings are all
// in one file pays nothing for their order. The tie-out's reasons are ordered by code units: the same order.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { sortFindings, type Finding } from '../../scripts/model/findings.ts';
import { TIE_OUT_REASONS } from '../../scripts/engine/tie-out.ts';

const finding = (file: string, line: number, col: number, message: string): Finding => ({ file, line, col, severity: 'warning', message, rule: 'test' });

afterEach(() => vi.restoreAllMocks());

describe('the order of findings', () => {
  it('in one file is by line, column and message, and asks ICU nothing when the messages differ only in place', () => {
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare');
    const file = 'standards/sops/handle-problem.yaml';
    const sorted = sortFindings([finding(file, 92, 9, 'review was due'), finding(file, 3, 1, 'b'), finding(file, 92, 2, 'a'), finding(file, 3, 1, 'b')]);
    expect(sorted.map((f) => `${f.line}:${f.col} ${f.message}`)).toEqual(['3:1 b', '3:1 b', '92:2 a', '92:9 review was due']);
    expect(localeCompare).not.toHaveBeenCalled();
  });

  it('across files and messages is localeCompare\'s: case and accents beside their letter, `_` before `-` before `.`', () => {
    const files = ['standards/f.yaml', 'standards/é.yaml', 'standards/B.yaml', 'standards/a.yaml', 'standards/a-b.yaml', 'standards/a_b.yaml'];
    const sorted = sortFindings(files.map((file) => finding(file, 1, 1, 'x')));
    expect(sorted.map((f) => f.file)).toEqual(['standards/a_b.yaml', 'standards/a-b.yaml', 'standards/a.yaml', 'standards/B.yaml', 'standards/é.yaml', 'standards/f.yaml']);
    // (code units would give B, a-b, a, a_b, f, é)
    const messages = sortFindings(['Zone', 'apple', 'Éclair', 'eclair'].map((m) => finding('standards/a.yaml', 1, 1, m)));
    expect(messages.map((f) => f.message)).toEqual(['apple', 'eclair', 'Éclair', 'Zone']);
  });
});

describe('the tie-out\'s reasons', () => {
  it('are in the same order by code units as by localeCompare', () => {
    const reasons = Object.keys(TIE_OUT_REASONS);
    const byHand = ['different-times', 'helpdesk-has-none', 'reopened-open-now', 'we-have-none'];
    expect([...reasons].sort()).toEqual(byHand);
    expect([...reasons].sort((a, b) => a.localeCompare(b))).toEqual(byHand);
  });
});
