// A changed day's lines matched to its previous version's as bytes (day-lines.ts `sameLines`), runs of them at once:
// against the walk over decoded lines it replaced, on days long enough for runs, with edits at and across their edges.

import { describe, expect, it } from 'vitest';
import { compareTicketIds, peekIdAndUpdated } from '../../scripts/store/ticket-lines.ts';
import { lineText, linesOfBytes, sameLines } from '../../scripts/store/day-lines.ts';

/** The previous walk, over decoded lines: equal lines in step, the ids deciding where they differ. */
function byStrings(before: readonly string[], after: readonly string[]): number[] {
  const out = new Array<number>(before.length).fill(-1);
  let i = 0;
  let n = 0;
  while (i < before.length && n < after.length) {
    if (before[i] === after[n]) {
      out[i++] = n++;
      continue;
    }
    const was = peekIdAndUpdated(before[i]!)?.id;
    const is = peekIdAndUpdated(after[n]!)?.id;
    const order = was === undefined || is === undefined ? 0 : compareTicketIds(was, is);
    if (order <= 0) i++;
    if (order >= 0) n++;
  }
  return out;
}

const line = (id: number, note = '') => `{"id":"${id}","updated":"2026-11-0${(id % 9) + 1}T10:00:00Z","note":"é✓${note}"}`;
const base = Array.from({ length: 300 }, (_, k) => line(1000 + k));
const text = (lines: readonly string[]) => Buffer.from(lines.length === 0 ? '' : `${lines.join('\n')}\n`, 'utf8');

describe('a changed day\'s lines matched as bytes', () => {
  const cases: [string, string[]][] = [
    ['unchanged', base],
    ['one line changed in a run', base.map((l, k) => (k === 100 ? line(1100, 'x') : l))],
    ['changed at a run\'s last line and the next one\'s first', base.map((l, k) => (k === 63 || k === 64 ? line(1000 + k, 'y') : l))],
    ['a line added, another removed', [...base.slice(0, 10), line(1010, 'new'), ...base.slice(10, 200), ...base.slice(201)]],
    // A run of the same length whose newline moved: equal runs must be equal bytes, newlines included.
    ['two lines cut elsewhere, the same bytes but one newline', [...base.slice(0, 70), base[70]! + base[71]!.slice(0, 5), base[71]!.slice(5), ...base.slice(72)]],
    ['a duplicated line, and the last line gone', [...base.slice(0, 130), base[129]!, ...base.slice(130, -1)]],
    ['every line changed', base.map((_, k) => line(1000 + k, 'all'))],
    ['emptied', []],
  ];
  for (const [name, after] of cases) {
    it(name, () => {
      const before = linesOfBytes(text(base));
      const now = linesOfBytes(text(after));
      expect(now.length).toBe(after.length);
      expect(Array.from({ length: now.length }, (_, k) => lineText(now, k))).toEqual(after);
      expect([...sameLines(before, now)]).toEqual(byStrings(base, after));
    });
  }

  it('lines as the store cuts them: a last line without a newline, an empty line inside', () => {
    const lines = linesOfBytes(Buffer.from('{"id":"1"}\n\n{"id":"2"}', 'utf8'));
    expect(Array.from({ length: lines.length }, (_, k) => lineText(lines, k))).toEqual(['{"id":"1"}', '', '{"id":"2"}']);
    expect(linesOfBytes(Buffer.alloc(0)).length).toBe(0);
  });
});
