// Untrusted text in GitHub Markdown, shown as plain text and nothing else: no @mention or team notification, no
// link or image, no HTML, no way out of the element around it. The one way every writer of GitHub Markdown puts
// text from documents, tickets, APIs or a pull request on the page: the review comment, corrective-action issue
// bodies and comments, and every job summary.
//
// Two layers, because GitHub works in two stages. First cmark-gfm turns Markdown into HTML: every ASCII
// punctuation character is backslash-escaped (Markdown) or written as an entity (inside an HTML element), so no
// construct can start. Then GitHub's filters scan the rendered text for `@name`, `#12`, `owner/repo#12`, `GH-12`,
// commit SHAs and `:emoji:` codes, and entities are decoded by then (`&#64;alice` notifies Alice). So before
// escaping, a zero-width space goes after every @ (and its look-alikes), `#`, `GH-`, `:` and into SHA-like
// runs: the text reads the same, and no filter or autolinker matches it.

import { HIDDEN_CHARACTER, joinsHere, LINE_BREAK_CHARACTER } from '../model/hidden-characters.ts';

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * An emoji tag sequence: a subdivision flag (🏴 then the tag letters of `gbwls`, then CANCEL TAG), the one text tag
 * characters are part of. At most 7 tags: a region and up to 4 more letters or digits (CLDR's subdivision ids).
 */
const EMOJI_TAG_SEQUENCE = String.raw`\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{1,7}\u{E007F}`;
const FLAG_OR_HIDDEN = new RegExp(`(${EMOJI_TAG_SEQUENCE})|${HIDDEN_CHARACTER.source}`, 'gu');

/**
 * What the text's hidden characters become (model/hidden-characters.ts): dropped, since a page cannot show an escape
 * without it reading as text someone wrote; but a joining character stays where it joins (`joinsHere`), as Persian
 * (ZWNJ), emoji (ZWJ, U+FE0F) and a kanji's variant are written with it. A run of them would carry text no one sees,
 * a byte a variation selector (an instruction for whoever reads the page by program), as a run of tag characters
 * would: a subdivision flag's tags stay, and no others. Line breaks are made spaces before.
 */
const keptOrDropped = (c: string, flag: string | undefined, offset: number, text: string): string => {
  if (flag !== undefined) return flag;
  return joinsHere(c, offset, text) ? c : '';
};

/** `@`, FULLWIDTH COMMERCIAL AT and SMALL COMMERCIAL AT. */
const AT_SIGNS = /[@\uFF20\uFE6B]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const PLAIN = /^[\p{L}\p{N}\p{Zs}\u200B.,:;+%'’()/–—→-]*$/u;

/** At most `max` UTF-16 units, never splitting a surrogate pair, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** One line of text that GitHub's post-render filters cannot turn into a mention, reference, link or emoji. */
export function defuse(text: string): string {
  return text
    .replace(LINE_BREAK_CHARACTER, ' ')
    .replace(/\t/g, ' ')
    .replace(FLAG_OR_HIDDEN, keptOrDropped)
    .replace(AT_SIGNS, (at) => `${at}${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\S)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/:(?=\S)/g, `:${ZERO_WIDTH_SPACE}`)
    .replace(/\b(gh)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
    // A run of 7–40 hex digits with a digit and a letter is linked to the commit it names, if there is one.
    .replace(/\b(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/gi, (run) => run.match(/.{1,6}/g)!.join(ZERO_WIDTH_SPACE));
}

/**
 * Untrusted text as inline Markdown (a paragraph, a list item, a table cell, emphasis): one line, every ASCII
 * punctuation character backslash-escaped (which also keeps `|` from splitting a table row), at most `max`
 * characters of the original shown.
 */
export function inertMarkdown(text: string, max = 500): string {
  const line = defuse(clip(text, max)).trim();
  // Letters, digits and the punctuation that starts nothing in the middle of a line read better unescaped
  // (`80%`, `2026-11-20`, `met; 2 more can miss`: a `:` before a word already has its zero-width space); text that could open a list item or a thematic break (`- `, `1. `, `---`) when it
  // starts a line is escaped like everything else.
  if (PLAIN.test(line) && !/^([-+]|\d{1,9}[.)](\s|$))/.test(line)) return line;
  return line.replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

/** Untrusted text inside an HTML element such as `<summary>`, where Markdown is not parsed but entities are. */
export function inertHtml(text: string, max = 300): string {
  return defuse(clip(text, max)).trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Characters a code span may hold as they are: GitHub acts on nothing inside code (no mention, reference, emoji
 * or link), and none of these can end the span, split a table row or hide. An id, a file, `file:12:3`, a handle,
 * an instant or an opaque cursor.
 */
export const PLAIN_CODE = /^@?[A-Za-z0-9][A-Za-z0-9._/:+=-]{0,199}$/;

/** An id, file name, place, handle or cursor that is plainly safe, in a code span; anything else as inert text. */
export function inertCode(text: string): string {
  return PLAIN_CODE.test(text) ? `\`${text}\`` : inertMarkdown(text, 200);
}

/** The same inside an HTML element: `<code>` when plainly safe, else inert text. */
export function inertHtmlCode(text: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/.test(text) ? `<code>${text}</code>` : inertHtml(text, 200);
}
