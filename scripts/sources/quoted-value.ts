// How a value a helpdesk or an export gave is quoted in a rejection's reason. The reason is kept in the store
// (`data/rejected.json`, committed every night) and printed in the fetch's log, so the value is cut to a few words
// and kept on one line: a 1 MB cell, or a status a broken or hostile helpdesk sent as a megabyte, would otherwise
// be copied whole into both, once per record that carries it.

/** Characters of a value a reason quotes; the length of a longer one is said instead of the rest. */
export const QUOTED_VALUE_MAX = 80;

/** `value` quoted with JSON's escapes (a newline or a quote stays inside the quotes), at most `max` characters of it. */
export function quotedValue(value: string, max = QUOTED_VALUE_MAX): string {
  if (value.length <= max) return JSON.stringify(value);
  // Not between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return `${JSON.stringify(value.slice(0, end))}… (${value.length} characters)`;
}

/** A value of any JSON type for a reason: strings quoted as above, anything else as its JSON text, as long at most. */
export function quotedJson(value: unknown, max = QUOTED_VALUE_MAX): string {
  if (typeof value === 'string') return quotedValue(value, max);
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
