// How a value a helpdesk or an export gave is quoted in a rejection's reason. The reason is kept in the store
// (`data/rejected.json`, committed every night) and printed in the fetch's log, so the value is cut to a few words
// and kept on one line: a 1 MB cell, or a status a broken or hostile helpdesk sent as a megabyte, would otherwise
// be copied whole into both, once per record that carries it.

import { showHiddenCharacters } from '../model/hidden-characters.ts';

/** Characters of a value a reason quotes; the length of a longer one is said instead of the rest. */
export const QUOTED_VALUE_MAX = 80;

/**
 * JSON text with every hidden character JSON.stringify leaves as it is (model/hidden-characters.ts: C1 controls, DEL,
 * bidi controls, U+2028/U+2029, characters shown as nothing) escaped as JSON escapes a control (`\u202e`): still
 * JSON, and what it holds shows, to a reader of the log or of data/rejected.json (a status shown as "open" that is not).
 */
const showingEverything = (json: string): string => showHiddenCharacters(json);

/** The first `max` characters of `text`, or one fewer rather than half a surrogate pair. */
const head = (text: string, max: number): string => text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max);

/** `value` quoted with JSON's escapes (a newline or a quote stays inside the quotes), at most `max` characters of it. */
export function quotedValue(value: string, max = QUOTED_VALUE_MAX): string {
  if (value.length <= max) return showingEverything(JSON.stringify(value));
  return `${showingEverything(JSON.stringify(head(value, max)))}… (${value.length} characters)`;
}

/** A value of any JSON type for a reason: strings quoted as above, anything else as its JSON text, as long at most. */
export function quotedJson(value: unknown, max = QUOTED_VALUE_MAX): string {
  if (typeof value === 'string') return quotedValue(value, max);
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= max ? showingEverything(text) : `${showingEverything(head(text, max))}… (${text.length} characters)`;
}
