// A joining character (ZWNJ, ZWJ, CGJ, the variation selectors) is how Persian, emoji and a kanji's variant are
// written: where it joins (model/hidden-characters.ts `joinsHere`), the terminal's and explain's text (`shownText`),
// the JSON output (`shownJson`) and GitHub Markdown (`defuse`) keep it; anywhere else it stays visible (escaped) or is
// dropped (Markdown). Beside ASCII it never joins: an id, a status or a team name made to look like another is Latin.
// Each expected text is written out by hand.
import { describe, expect, it } from 'vitest';
import { shownText } from '../../scripts/model/findings.ts';
import { shownJson } from '../../scripts/model/hidden-characters.ts';
import { defuse } from '../../scripts/publish/inert-markdown.ts';

const CASES: Array<{ what: string; text: string; shown: string; defused: string }> = [
  // Written with a joining character: kept by both.
  { what: 'a Persian word\'s ZWNJ', text: 'می\u200Cخواهم', shown: 'می\u200Cخواهم', defused: 'می\u200Cخواهم' },
  { what: 'an emoji\'s VS16', text: '❤\uFE0F', shown: '❤\uFE0F', defused: '❤\uFE0F' },
  { what: 'a family\'s ZWJs', text: '👨\u200D👩\u200D👧', shown: '👨\u200D👩\u200D👧', defused: '👨\u200D👩\u200D👧' },
  { what: 'a ZWJ after a VS16', text: '👁\uFE0F\u200D🗨\uFE0F', shown: '👁\uFE0F\u200D🗨\uFE0F', defused: '👁\uFE0F\u200D🗨\uFE0F' },
  { what: 'a ZWJ after a skin tone', text: '🧑🏽\u200D💻', shown: '🧑🏽\u200D💻', defused: '🧑🏽\u200D💻' },
  { what: 'a kanji\'s variation selector', text: '葛\u{E0100}飾', shown: '葛\u{E0100}飾', defused: '葛\u{E0100}飾' },
  { what: 'a keycap', text: '1\uFE0F\u20E3', shown: '1\uFE0F\u20E3', defused: '1\uFE0F\u20E3' },
  // Joining nothing, or ASCII: escaped, or dropped.
  { what: 'a ZWJ after an id', text: 'emea\u200D', shown: 'emea\\u200d', defused: 'emea' },
  { what: 'a ZWNJ after a status', text: 'open\u200C', shown: 'open\\u200c', defused: 'open' },
  { what: 'a ZWNJ inside ASCII', text: 'op\u200Cen', shown: 'op\\u200cen', defused: 'open' },
  { what: 'a ZWNJ between Persian and ASCII', text: 'خوش\u200Cx', shown: 'خوش\\u200cx', defused: 'خوشx' },
  { what: 'a ZWNJ before a space', text: 'می\u200C ', shown: 'می\\u200c ', defused: 'می ' },
  { what: 'a ZWJ at the start', text: '\u200D👩', shown: '\\u200d👩', defused: '👩' },
  { what: 'a VS16 after ASCII', text: 'a\uFE0F', shown: 'a\\ufe0f', defused: 'a' },
  { what: 'a VS16 after a space', text: ' \uFE0F', shown: ' \\ufe0f', defused: ' ' },
  { what: 'a CGJ inside ASCII', text: 'a\u034Fb', shown: 'a\\u034fb', defused: 'ab' },
  { what: 'a run of variation selectors', text: '葛\uFE01\uFE02\u{E0101}', shown: '葛\uFE01\\ufe02\\udb40\\udd01', defused: '葛\uFE01' },
  { what: 'a run of ZWJs', text: '東\u200D\u200D京', shown: '東\\u200d\\u200d京', defused: '東京' },
];

describe('joining characters where they join', () => {
  it.each(CASES)('$what: shownText', ({ text, shown }) => {
    expect(shownText(text)).toBe(shown);
    expect(shownText(text, { keepLineBreaks: true })).toBe(shown);
  });

  it.each(CASES)('$what: defuse', ({ text, defused }) => {
    expect(defuse(text)).toBe(defused);
  });

  it('shownJson keeps them where they join, and escapes those beside ASCII or a quote', () => {
    expect(shownJson({ name: 'می\u200Cخواهم ❤\uFE0F', id: 'open\u200C', title: '\u200D👩' }))
      .toBe('{\n  "name": "می\u200Cخواهم ❤\uFE0F",\n  "id": "open\\u200c",\n  "title": "\\u200d👩"\n}');
  });
});
