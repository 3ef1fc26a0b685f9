// Characters a reader of untrusted text does not see as they are: a file name, a value a helpdesk sent, a library's
// message. Each shows as nothing, or ends the line for some readers, or reorders what is shown around it, so the text
// read is not the text held (a status shown as "open" that is not, a line that reads as two, an ESC that drives the
// terminal, an instruction hidden in tag characters). Every writer of such text for people to read shows them by the
// one definition here, each in its own way:
//
// - findings.ts `shownText` (terminal, workflow annotations, `explain`) and `shownJson` below: each as its escape,
//   tab kept, a joining character kept where it joins (`joinsHere`), and line feed and carriage return kept when the
//   caller escapes them itself (an annotation's `%0A`);
// - sources/quoted-value.ts (a rejection's reason, in the fetch's log and data/rejected.json) and text-characters.ts
//   (the excerpt of a control-character finding): JSON text, each of these escaped as JSON escapes a control;
// - commands/init.ts `shownName`: a file name quoted with escapes when it holds any;
// - credential-redaction.ts `printableExcerpt` (a body or a library's message cut for an error line): each as `?`
//   (line breaks as a space), since callers quote the excerpt with JSON.stringify, which would double a backslash;
// - publish/inert-markdown.ts `defuse` (GitHub Markdown: the review, issues, job summaries): dropped, but a joining
//   character where it joins (`joinsHere`: scripts and emoji are written with them) and a subdivision flag's tags.
// A rejected value (quoted-value.ts) is shown with every one escaped, joining ones too: the value was refused, and
// the escape may be the one difference between it and the value expected.
//
// The set is Unicode's own: the controls (Cc) but tab, the line and paragraph separators, the default-ignorable code
// points (DerivedCoreProperties.txt: what a renderer shows as nothing when it has no glyph for it), the noncharacters
// and lone surrogates (not characters at all), and the interlinear annotation characters U+FFF9–U+FFFB (a renderer
// may hide the annotation they hold). Tab is not hidden: it shows as white space, and prose keeps it.
// tests/model/hidden-characters.test.ts checks every code point against those properties.

/** The kinds of hidden characters, which callers may treat apart. */
export type HiddenKind = 'control' | 'line break' | 'reordering' | 'joining' | 'invisible' | 'not a character';

/** C0 controls but tab and the line breaks below, DEL, C1 controls but NEL (U+009B is a terminal's CSI, like ESC [). */
const CONTROL = String.raw`\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F`;
/** What ends a line for some reader: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_BREAK = String.raw`\n\u000B\u000C\r\u0085\u2028\u2029`;
/**
 * The bidirectional marks (ARABIC LETTER MARK, LRM, RLM), embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069): they change the order in which what follows them is shown (text-characters.ts refuses in documents
 * those that reach past their text).
 */
const REORDERING = String.raw`\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069`;
/**
 * Invisible, but part of how a script or an emoji is written: ZERO WIDTH NON-JOINER (Persian), ZERO WIDTH JOINER
 * (👨‍👩‍👧), COMBINING GRAPHEME JOINER, the variation selectors (❤️ as an emoji, a kanji's variant in a name) and
 * Mongolian's free variation selectors.
 */
const JOINING = String.raw`\u034F\u180B-\u180D\u180F\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}`;
/**
 * Shown as nothing, and needed by no text we publish: SOFT HYPHEN, the Hangul fillers (a blank-looking "name"),
 * Khmer's inherent vowels, MONGOLIAN VOWEL SEPARATOR, ZERO WIDTH SPACE, WORD JOINER and the invisible operators, the
 * deprecated format characters U+206A–U+206F, the BOM (ZERO WIDTH NO-BREAK SPACE), the interlinear annotation
 * characters, the shorthand and musical format controls, the tag characters (U+E0000–U+E007F: ASCII that shows as
 * nothing) and the code points reserved as default-ignorable.
 */
const INVISIBLE = String.raw`\u00AD\u115F\u1160\u17B4\u17B5\u180E\u200B\u2060-\u2065\u206A-\u206F\u3164\uFEFF\uFFA0\uFFF0-\uFFFB\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E00FF}\u{E01F0}-\u{E0FFF}`;
/** Lone surrogates (a half of a pair) and the noncharacters (U+FDD0–U+FDEF, U+FFFE and U+FFFF of every plane). */
const NOT_A_CHARACTER = String.raw`\p{Cs}\p{Noncharacter_Code_Point}`;

const KINDS: ReadonlyArray<[HiddenKind, RegExp]> = [
  ['control', new RegExp(`^[${CONTROL}]$`, 'u')],
  ['line break', new RegExp(`^[${LINE_BREAK}]$`, 'u')],
  ['reordering', new RegExp(`^[${REORDERING}]$`, 'u')],
  ['joining', new RegExp(`^[${JOINING}]$`, 'u')],
  ['invisible', new RegExp(`^[${INVISIBLE}]$`, 'u')],
  ['not a character', new RegExp(`^[${NOT_A_CHARACTER}]$`, 'u')],
];

/** Every hidden character, one code point a match (a lone surrogate is one). For `replace`: global. */
export const HIDDEN_CHARACTER = new RegExp(`[${CONTROL}${LINE_BREAK}${REORDERING}${JOINING}${INVISIBLE}${NOT_A_CHARACTER}]`, 'gu');
const ANY_HIDDEN = new RegExp(HIDDEN_CHARACTER.source, 'u');

/** One line break: CR LF, or any one character of the kind 'line break'. For `replace`: global. */
export const LINE_BREAK_CHARACTER = new RegExp(String.raw`\r\n|[${LINE_BREAK}]`, 'g');

/** Whether `text` holds a hidden character. */
export const holdsHiddenCharacter = (function holdsHiddenCharacter(text: string): boolean {
  return ANY_HIDDEN.test(text);
});

/** Which kind of hidden character the code point `character` is; null when it is not one. */
export const hiddenKind = (function hiddenKind(character: string): HiddenKind | null {
  for (const [kind, pattern] of KINDS) if (pattern.test(character)) return kind;
  return null;
});

/**
 * `character` written as JSON escapes it: `\u` and four lowercase hex digits for each UTF-16 unit (a character past
 * U+FFFF as its two surrogates, `\udb40\udc41`): still JSON inside a JSON string, and never read as more digits.
 */
export const escapedCharacter = (function escapedCharacter(character: string): string {
  let out = '';
  for (let i = 0; i < character.length; i++) out += `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
});

/**
 * `text` with every hidden character written as its escape (`escapedCharacter`), but those `keep` keeps (given the
 * character, where it stands in `text`, and `text`).
 */
export const showHiddenCharacters = (function showHiddenCharacters(text: string, keep?: (character: string, index: number, text: string) => boolean): string {
  if (!ANY_HIDDEN.test(text)) return text;
  return text.replace(HIDDEN_CHARACTER, (c: string, index: number) => (keep?.(c, index, text) ? c : escapedCharacter(c)));
});

const VARIATION_SELECTOR = /^[\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const ASCII = /^[\u0000-\u007F]$/;
const WHITE_SPACE = /^\s$/u;

/** The code point of `text` that ends at `end` ('' at the start). */
const codePointBefore = (text: string, end: number): string => {
  const pair = end > 1 && /[\uDC00-\uDFFF]/.test(text.charAt(end - 1)) && /[\uD800-\uDBFF]/.test(text.charAt(end - 2));
  return text.slice(pair ? end - 2 : Math.max(0, end - 1), end);
};
/** The code point of `text` that starts at `start` ('' at the end). */
const codePointFrom = (text: string, start: number): string => (start < text.length ? String.fromCodePoint(text.codePointAt(start)!) : '');
/** A character a joining character can join to: one that shows, is not white space, and is not ASCII. */
const joinable = (c: string): boolean => c !== '' && !ASCII.test(c) && !WHITE_SPACE.test(c) && hiddenKind(c) === null;

/**
 * Whether the joining character `c` at `index` of `text` joins there, as scripts and emoji are written with it: a
 * Persian word's ZWNJ (می‌خواهم), an emoji's ZWJ (👨‍👩‍👧) and U+FE0F (❤️), a kanji's variation selector. It does when
 * the character before it shows, is not white space and is not ASCII, or (a joiner: ZWJ, ZWNJ, CGJ) when that is a
 * variation selector that joins (👁️‍🗨️); and a ZWJ or ZWNJ also needs such a character after it. So a joining
 * character next to ASCII stays hidden wherever it stands (`open\u200c`, `emea\u200d`, `\u200dBreached`): an id, a
 * status or a team name made to look like another is Latin, and no script written with one is. A variation selector
 * after a variation selector does not join: a run of them would carry bytes no one sees. One exception, for the
 * keycap emoji (#️⃣ 1️⃣: `#`, `*` or a digit, U+FE0F, U+20E3), whose U+FE0F follows ASCII.
 */
export const joinsHere = (function joinsHere(c: string, index: number, text: string): boolean {
  if (hiddenKind(c) !== 'joining') return false;
  const before = codePointBefore(text, index);
  if (c === '\uFE0F' && /^[0-9#*]$/.test(before) && text.charAt(index + 1) === '\u20E3') return true;
  const joinsBefore = joinable(before) || (!VARIATION_SELECTOR.test(c) && VARIATION_SELECTOR.test(before) && joinsHere(before, index - before.length, text));
  if (!joinsBefore) return false;
  return (c !== '\u200C' && c !== '\u200D') || joinable(codePointFrom(text, index + c.length));
});

/**
 * For `showHiddenCharacters`, where text keeps its lines: a line feed, or a carriage return that ends a line with one
 * (CR LF). A carriage return alone is no line break to a terminal: it takes the cursor back to the line's start, and
 * what follows it is written over what the line showed (`Breached\rMet     ` shows `Met     `): it is escaped.
 */
export const keptLineBreak = (function keptLineBreak(c: string, index: number, text: string): boolean {
  return c === '\n' || (c === '\r' && text.charAt(index + 1) === '\n');
});

/**
 * For `showHiddenCharacters`, where text keeps its lines and is read by people (a finding's annotation, `explain`, an
 * error's message and stack): a line break `keptLineBreak` keeps, or a joining character where it joins.
 */
export const keptLineBreakOrJoin = (function keptLineBreakOrJoin(c: string, index: number, text: string): boolean {
  return keptLineBreak(c, index, text) || joinsHere(c, index, text);
});

/**
 * `value` as JSON text for a reader at a terminal as well as for a program (`--json`, `--format json`): indented, with
 * every hidden character JSON.stringify leaves as it is (a bidi override, a C1 control, U+2028, a tag character)
 * escaped inside its string, but a joining character where it joins (`joinsHere`: a Persian team name, an emoji in a
 * title reads as written). The same JSON to a program (JSON.parse reads the same value); the only raw line breaks
 * in JSON.stringify's text are its indentation's, which stay.
 */
export const shownJson = (function shownJson(value: unknown): string {
  return showHiddenCharacters(JSON.stringify(value, null, 2), (c, index, text) => c === '\n' || joinsHere(c, index, text));
});
