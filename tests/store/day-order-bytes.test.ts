// A day file's id order read from its bytes (day-range-record.ts `dayOrderOfBytes`, each line's id peeked from its
// first bytes) must be what the text reader finds (`dayOrderOf`, every line decoded and its id read by `lineId`),
// whatever the file holds: the record trusts it as if the file had been read whole.

import { describe, expect, it } from 'vitest';
import { dayOrderOf, dayOrderOfBytes } from '../../scripts/store/day-range-record.ts';

const line = (id: string, pad = '') => `{"id":${JSON.stringify(id)},"created":"2026-05-07T09:00:00Z","updated":"2026-05-07T10:00:00Z"${pad}}`;
const file = (...lines: string[]) => lines.map((l) => `${l}\n`).join('');

const cases: [string, string][] = [
  ['sorted, numeric ids by number', file(line('9'), line('10'), line('100'))],
  ['sorted, other ids after numeric ones', file(line('7'), line('NW-000001'), line('NW-000002'))],
  ['no newline after the last line', file(line('1'), line('2')).slice(0, -1)],
  ['empty', ''],
  ['one line', file(line('5'))],
  ['out of order', file(line('2'), line('1'))],
  ['a ticket twice', file(line('1'), line('1'))],
  ['an empty line', file(line('1'), '', line('2'))],
  ['a CRLF file', `${line('1')}\r\n${line('2')}\r\n`],
  ['a byte order mark', `\uFEFF${file(line('1'), line('2'))}`],
  ['keys in another order (parsed whole)', file('{"created":"2026-05-07T09:00:00Z","id":"1","updated":"x"}', line('2'))],
  ['an id with an escaped quote', file(line('a"b'), line('b'))],
  ['an id past the peeked bytes', file(line('1'), line(`x${'y'.repeat(600)}`))],
  ['non-ASCII ids, and a multi-byte character cut at the peek', file(line('é1'), line('é2', `,"n":"${'é'.repeat(300)}"`), line('ü'))],
  ['an id whose updated value is cut by the peek', file(line('1'), line(`x${'y'.repeat(470)}`), line('z'))],
  ['an id written with a unicode escape (\\u0041 is A: parsed whole)', file(line('3'), '{"id":"\\u0041","created":"x","updated":"y"}', line('B'))],
  ['an escaped id out of order only once decoded', file(line('B'), '{"id":"\\u0041","created":"x","updated":"y"}')],
  ['a second id key after the peeked one', file(line('1'), '{"id":"2","created":"x","updated":"y","id":"0"}', line('3'))],
  ['a line of 2 kB, the next one\'s id a byte past a multiple of the peek', file(line('1', `,"n":"${'a'.repeat(2_000)}"`), line('2'))],
  ['not JSON', file(line('1'), 'garbage')],
  ['a line without an id', file(line('1'), '{"created":"x"}')],
];

describe('a day file\'s order from its bytes', () => {
  it.each(cases)('%s: what the text reader finds', (_name, text) => {
    expect(dayOrderOfBytes(Buffer.from(text, 'utf8'))).toEqual(dayOrderOf(text));
  });

  it('the readers agree on every order of a few lines (sorted or not, a line twice)', () => {
    const ids = ['3', '10', 'A', 'B'];
    let sorted = 0;
    for (let mask = 0; mask < 4 ** 4; mask++) {
      const picked = [0, 1, 2, 3].map((k) => ids[(mask >> (2 * k)) & 3]!);
      const text = file(...picked.map((id) => line(id)));
      const order = dayOrderOfBytes(Buffer.from(text));
      expect(order).toEqual(dayOrderOf(text));
      if (order.kind === 'sorted') sorted++;
    }
    // Only 3, 10, A, B in that order is sorted with four distinct lines.
    expect(sorted).toBe(1);
  });
});
