// A rejection's reason quotes the bad value (quoted-value.ts): on one line, at most 80 characters, and as text that
// shows what it holds. JSON.stringify escapes C0 controls and lone surrogates, but leaves characters that reorder or
// break what a reader of the log or of data/rejected.json sees: bidi overrides and isolates ("Trojan source": a
// status that reads as "open" in the log but is not), U+2028/U+2029 (line breaks to many viewers), C1 controls
// (U+009B is a terminal's CSI) and DEL. Those are escaped too, as \uXXXX.
import { describe, expect, it } from 'vitest';
import { categoryOf } from '../../scripts/sources/field-mapping.ts';
import { readInstant, ticketId } from '../../scripts/sources/helpdesk-mapping.ts';
import { quotedJson, quotedValue } from '../../scripts/sources/quoted-value.ts';

describe('quotedValue', () => {
  it('escapes bidi controls, line and paragraph separators, C1 controls and DEL as \\uXXXX', () => {
    expect(quotedValue('open\u202Edesolc\u202C')).toBe('"open\\u202edesolc\\u202c"');
    expect(quotedValue('a\u2066b\u2069\u200Fc\u061C')).toBe('"a\\u2066b\\u2069\\u200fc\\u061c"');
    expect(quotedValue('one\u2028two\u2029three')).toBe('"one\\u2028two\\u2029three"');
    expect(quotedValue('\u009B31m\u007F\u0085')).toBe('"\\u009b31m\\u007f\\u0085"');
    // What JSON.stringify already escaped stays as it was.
    expect(quotedValue('a\nb"\u001b[31m')).toBe('"a\\nb\\"\\u001b[31m"');
  });

  // model/hidden-characters.ts: these were quoted as they are, shown as nothing in the log.
  it('escapes the characters shown as nothing: a Hangul filler, U+180E, a variation selector, a tag character (as its surrogates)', () => {
    expect(quotedValue('open\u3164\u180E\uFE0F\u{E0041}')).toBe('"open\\u3164\\u180e\\ufe0f\\udb40\\udc41"');
  });

  it('cuts at 80 characters, never between the halves of a surrogate pair, and escapes what it keeps', () => {
    const value = `${'a'.repeat(79)}😀${'b'.repeat(10)}`;
    expect(quotedValue(value)).toBe(`"${'a'.repeat(79)}"… (91 characters)`);
    expect(quotedValue(`${'\u202E'.repeat(100)}`)).toBe(`"${'\\u202e'.repeat(80)}"… (100 characters)`);
  });
});

describe('quotedJson', () => {
  it('quotes a number, null or an object as its JSON text, escaped as quotedValue escapes', () => {
    expect(quotedJson(42)).toBe('42');
    expect(quotedJson(null)).toBe('null');
    expect(quotedJson({ status: 'open\u202E' })).toBe('{"status":"open\\u202e"}');
  });

  it('cuts a long object\'s JSON never between the halves of a surrogate pair', () => {
    // {"s":" is 6 characters: 73 a's then the emoji's halves at 79 and 80.
    const value = { s: `${'a'.repeat(73)}😀tail` };
    expect(quotedJson(value)).toBe(`{"s":"${'a'.repeat(73)}… (87 characters)`);
  });
});

// The two reasons that still cut a helpdesk's value by hand (JSON.stringify(value.slice(0, 80))): half a surrogate
// pair at the cut, a bidi override shown as it is, and no length said.
describe('reasons that quote a helpdesk\'s value', () => {
  const long = `${'x'.repeat(79)}😀\u202E${'y'.repeat(20)}`;
  const reasonOf = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('no rejection');
  };

  it('an id that cannot be a ticket id', () => {
    expect(reasonOf(() => ticketId(long))).toBe(`id "${'x'.repeat(79)}"… (102 characters) cannot be a ticket id (letters, digits, . _ : - and at most 64 characters)`);
    expect(reasonOf(() => ticketId('12\u202E3'))).toBe('id "12\\u202e3" cannot be a ticket id (letters, digits, . _ : - and at most 64 characters)');
  });

  // V8's Date.parse reads a timestamp up to a NUL: what follows it (here an ESC sequence that clears the screen, a bidi
  // override and a line that is a workflow command) was quoted as it is in a date "in the future" of 40 characters or
  // fewer, in the fetch's log.
  it('a timestamp in the future, quoted unless it reads as one', () => {
    const now = Date.parse('2026-12-07T00:00:00Z');
    expect(reasonOf(() => readInstant('2099-01-01T00:00\u0000\u001b[2J\u202e\n::error::x', 'created_at', now)))
      .toBe('created_at "2099-01-01T00:00\\u0000\\u001b[2J\\u202e\\n::error::x" is in the future (now is 2026-12-07T00:00:00Z): check the helpdesk\'s clock or time zone');
    expect(reasonOf(() => readInstant('2099-01-01T00:00:00+01:00', 'created_at', now)))
      .toBe('created_at 2099-01-01T00:00:00+01:00 is in the future (now is 2026-12-07T00:00:00Z): check the helpdesk\'s clock or time zone');
  });

  it('a custom field value that is not mapped', () => {
    const record = { type: null, group: null, tags: [], field: () => long };
    expect(reasonOf(() => categoryOf({ from: 'field', field: 'cf_category', values: { billing: 'billing' } }, record, 'source.zendesk.category')))
      .toBe(`custom field cf_category value "${'x'.repeat(79)}"… (102 characters) is not mapped: add it to source.zendesk.category.values`);
  });
});
