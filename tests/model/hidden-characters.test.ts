// The one definition of the characters a reader of untrusted text does not see as they are (model/hidden-characters.ts),
// which every writer of such text uses: each kind with every range's ends and its escapes, written out by hand (a
// character past U+FFFF as its UTF-16 surrogates, computed as 0xD800 + (c - 0x10000 >> 10), 0xDC00 + (c & 0x3FF)); and
// the whole set checked code point by code point against Unicode's own properties, read through the regular
// expressions of the running Node (an independent reading of the same tables).
import { describe, expect, it } from 'vitest';
import { escapedCharacter, hiddenKind, holdsHiddenCharacter, LINE_BREAK_CHARACTER, showHiddenCharacters, type HiddenKind } from '../../scripts/model/hidden-characters.ts';

const KINDS: Array<{ kind: HiddenKind; text: string; shown: string }> = [
  {
    kind: 'control', // NUL, BS, SO, ESC, US, DEL, PAD, CSI, APC
    text: '\u0000\u0008\u000E\u001B\u001F\u007F\u0080\u009B\u009F',
    shown: '\\u0000\\u0008\\u000e\\u001b\\u001f\\u007f\\u0080\\u009b\\u009f',
  },
  {
    kind: 'line break', // LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR
    text: '\n\u000B\u000C\r\u0085\u2028\u2029',
    shown: '\\u000a\\u000b\\u000c\\u000d\\u0085\\u2028\\u2029',
  },
  {
    kind: 'reordering', // ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI
    text: '\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069',
    shown: '\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069',
  },
  {
    kind: 'joining', // CGJ, Mongolian FVS1–3 and FVS4, ZWNJ, ZWJ, VS1, VS16, VS17, VS256
    text: '\u034F\u180B\u180C\u180D\u180F\u200C\u200D\uFE00\uFE0F\u{E0100}\u{E01EF}',
    shown: '\\u034f\\u180b\\u180c\\u180d\\u180f\\u200c\\u200d\\ufe00\\ufe0f\\udb40\\udd00\\udb40\\uddef',
  },
  {
    // SOFT HYPHEN, HANGUL CHOSEONG and JUNGSEONG FILLER, KHMER VOWEL INHERENT AQ and AA, MONGOLIAN VOWEL SEPARATOR,
    // ZERO WIDTH SPACE, WORD JOINER, FUNCTION APPLICATION, INVISIBLE PLUS, U+2065 (reserved), INHIBIT SYMMETRIC
    // SWAPPING, NOMINAL DIGIT SHAPES, HANGUL FILLER, BOM, HALFWIDTH HANGUL FILLER, U+FFF0 (reserved), INTERLINEAR
    // ANNOTATION ANCHOR and TERMINATOR, SHORTHAND FORMAT LETTER OVERLAP, MUSICAL SYMBOL BEGIN BEAM, LANGUAGE TAG,
    // TAG LATIN CAPITAL LETTER A, CANCEL TAG, U+E0FFF (reserved).
    kind: 'invisible',
    text: '\u00AD\u115F\u1160\u17B4\u17B5\u180E\u200B\u2060\u2061\u2064\u2065\u206A\u206F\u3164\uFEFF\uFFA0\uFFF0\uFFF9\uFFFB\u{1BCA0}\u{1D173}\u{E0001}\u{E0041}\u{E007F}\u{E0FFF}',
    shown: '\\u00ad\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b\\u2060\\u2061\\u2064\\u2065\\u206a\\u206f\\u3164\\ufeff\\uffa0\\ufff0\\ufff9\\ufffb'
      + '\\ud82f\\udca0\\ud834\\udd73\\udb40\\udc01\\udb40\\udc41\\udb40\\udc7f\\udb43\\udfff',
  },
  {
    // A lone high and a lone low surrogate (letters between them, or they would be a pair), noncharacters.
    kind: 'not a character',
    text: 'a\uD800b\uDFFFc\uFDD0\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{10FFFF}',
    shown: 'a\\ud800b\\udfffc\\ufdd0\\ufdef\\ufffe\\uffff\\ud83f\\udffe\\udbff\\udfff',
  },
];

describe('hidden characters', () => {
  it.each(KINDS)('$kind: each one of that kind, shown as its escapes', ({ kind, text, shown }) => {
    expect(showHiddenCharacters(text)).toBe(shown);
    for (const c of text) if (!/[abc]/.test(c)) expect([c, hiddenKind(c)]).toEqual([c, kind]);
    expect(holdsHiddenCharacter(text)).toBe(true);
  });

  it('leaves what shows: tab, spaces of every width, letters with combining accents, emoji, symbols, visible format characters', () => {
    // Tab, NBSP, IDEOGRAPHIC SPACE, e + COMBINING ACUTE, Arabic with TATWEEL, ARABIC NUMBER SIGN (a visible Cf),
    // BRAILLE PATTERN BLANK (our own workflow-command break), OBJECT REPLACEMENT CHARACTER, an emoji, kanji.
    const text = 'a\tb\u00A0c\u3000e\u0301 \u0628\u0640\u0628 \u0600 \u2800 \uFFFC 😀 東京';
    expect(showHiddenCharacters(text)).toBe(text);
    expect(holdsHiddenCharacter(text)).toBe(false);
    for (const c of text) expect([c, hiddenKind(c)]).toEqual([c, null]);
  });

  it('keeps what a caller keeps, and escapes a character past U+FFFF as its two surrogates', () => {
    expect(showHiddenCharacters('a\nb\r\nc\u2028d', (c) => c === '\n' || c === '\r')).toBe('a\nb\r\nc\\u2028d');
    expect(escapedCharacter('\u{E0041}')).toBe('\\udb40\\udc41');
    expect(JSON.parse(`"${showHiddenCharacters('x\u{E0041}\u202E')}"`)).toBe('x\u{E0041}\u202E');
  });

  it('one line break: CR LF as one, and each of the others', () => {
    expect('a\r\nb\rc\nd\u000Be\u000Cf\u0085g\u2028h\u2029i\n\nj'.replace(LINE_BREAK_CHARACTER, '|')).toBe('a|b|c|d|e|f|g|h|i||j');
  });

  // The independent reading: hidden are the controls but tab (Cc), the line and paragraph separators (Zl, Zp), the
  // default-ignorable code points, the noncharacters, lone surrogates and U+FFF9–U+FFFB; every other code point is not.
  it('is, code point by code point, Unicode\'s controls, separators, default-ignorables and noncharacters', () => {
    const unicode = /[\p{Cc}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\p{Cs}\uFFF9-\uFFFB]/u;
    const differ: string[] = [];
    for (let code = 0; code <= 0x10FFFF; code++) {
      const c = String.fromCodePoint(code);
      if ((hiddenKind(c) !== null) !== (unicode.test(c) && c !== '\t')) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });
});
