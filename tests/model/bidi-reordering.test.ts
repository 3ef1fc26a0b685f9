import { describe, expect, it } from 'vitest';
import { reorderingPastText } from '../../scripts/model/text-characters.ts';

// Which bidirectional controls a document may hold: right-to-left writers set a phrase apart with an isolate or an
// embedding closed in the same line (it reorders nothing outside itself); an override, or an opener left open, changes
// how the text after it is shown, on a badge, in the feed, in a quoted message.
describe('bidirectional controls in a document text', () => {
  it.each([
    ['plain text, marks only', 'Support \u200fفريق\u200e EMEA', null],
    ['a closed isolate', 'Ninety percent \u2067جيد\u2069 ratings', null],
    ['a closed embedding', 'a \u202bשלום\u202c b', null],
    ['isolates nested and closed', '\u2068a \u2067b\u2069 c\u2069', null],
    ['one PDI closes an embedding opened inside the isolate too', '\u2067a \u202bb\u2069 c', null],
    ['a stray closer reorders nothing', 'a\u2069 b\u202c', null],
  ])('%s: allowed', (_, text, expected) => {
    expect(reorderingPastText(text)).toEqual(expected);
  });

  it.each([
    ['an override, even closed', 'Support \u202eabc\u202c', { index: 8, override: true }],
    ['a left-to-right override', '\u202dabc', { index: 0, override: true }],
    ['an isolate left open', 'Support as \u2067good', { index: 11, override: false }],
    ['an embedding left open under a closed isolate', 'x\u202b y \u2067z\u2069', { index: 1, override: false }],
    ['a PDF does not close an isolate', 'a \u2066b\u202c', { index: 2, override: false }],
    ['an isolate closed on the next line only', 'a \u2067b\nc\u2069', { index: 2, override: false }],
  ])('%s: refused at the character', (_, text, expected) => {
    expect(reorderingPastText(text)).toEqual(expected);
  });
});
