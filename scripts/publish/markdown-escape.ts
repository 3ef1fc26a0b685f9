// Text from documents, tickets and APIs inside GitHub-flavoured Markdown (job summaries, issue and pull-request
// bodies). It must stay text: no link, image, code span, emphasis, HTML or @mention can come out of it.

// Backslash-escaping works for every ASCII punctuation character in CommonMark; these are the ones that start or
// end Markdown constructs inline (links, images, code, emphasis, strikethrough, tables, HTML entities).
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()!|~#]/g;

/** One line of inline Markdown that renders exactly `text`: line breaks become spaces. */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // A zero-width space after @ keeps `@org/team` and `@user` from notifying anyone (as Renovate does).
    .replace(/@/g, '@&#8203;');
}

/** A cell of a GitHub-flavoured Markdown table: `markdownText`, whose escaped `|` cannot split the row. */
export function markdownTableCell(text: string): string {
  return markdownText(text);
}

/** Inline code that shows `text` verbatim: a fence longer than any backtick run inside, never broken by a newline. */
export function markdownCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  // `|` inside a code span still splits a table row in GFM, so it is escaped there too.
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}
