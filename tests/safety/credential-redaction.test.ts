import { describe, expect, it } from 'vitest';
import { CredentialRegistry, printableExcerpt, readCredential, runCredentials } from '../../scripts/model/credential-redaction.ts';

const TOKEN = 'Zq7XkP2mW9vL4tR8yB3nD6fH';
// base64("ops@acme.example/token:Zq7XkP2mW9vL4tR8yB3nD6fH"), computed with `printf %s … | base64`.
const ZENDESK_PAYLOAD = 'b3BzQGFjbWUuZXhhbXBsZS90b2tlbjpacTdYa1AybVc5dkw0dFI4eUIzbkQ2Zkg=';

function registry(): CredentialRegistry {
  const r = new CredentialRegistry();
  r.register('ops@acme.example');
  r.register(TOKEN);
  return r;
}

describe('a credential registry', () => {
  it('builds the Basic header of Zendesk and registers its payload', () => {
    const r = new CredentialRegistry();
    expect(r.basicAuthorization('ops@acme.example/token', TOKEN)).toBe(`Basic ${ZENDESK_PAYLOAD}`);
    expect(r.redactText(`authorization: Basic ${ZENDESK_PAYLOAD}`)).toBe('authorization: Basic [redacted]');
  });

  it.each([
    ['as it is, in a Bearer header', `Authorization: Bearer ${TOKEN}`, 'Authorization: Bearer [redacted]'],
    ['URL-encoded in a query string', `GET /x?auth=token%20${TOKEN}&page=2`, 'GET /x?auth=token%20[redacted]&page=2'],
    ['escaped for a workflow command (%25)', 'x %2525 y', 'x %2525 y'],
    ['cut to its first 10 characters at the end of an excerpt', `starts "${TOKEN.slice(0, 10)}"`, 'starts "[redacted]"'],
    ['8 characters from its middle', `…${TOKEN.slice(7, 15)}…`, '…[redacted]…'],
    ['7 characters: not enough to tell', `${TOKEN.slice(0, 7)}`, TOKEN.slice(0, 7)],
    ['the e-mail address, whole', 'user ops@acme.example signed in', 'user [redacted] signed in'],
    ['the e-mail address with the zero-width space of our Markdown', 'ops@&#8203;acme.example', '[redacted]'],
    ['not the e-mail\'s domain alone', 'see https://acme.example/help', 'see https://acme.example/help'],
    ['twice, and overlapping forms', `${TOKEN}${TOKEN} and ${encodeURIComponent(TOKEN)}`, '[redacted] and [redacted]'],
  ])('redacts a message holding the token %s', (_what, text, expected) => {
    expect(registry().redactText(text)).toBe(expected);
  });

  it('redacts a token with an underscore that Markdown escaped, in a table cell and in a code span', () => {
    const r = new CredentialRegistry();
    r.register('ghp_Zq7XkP2mW9vL4tR8yB3nD6fH');
    expect(r.redactText('| ghp\\_Zq7XkP2mW9vL4tR8yB3nD6fH | `ghp_Zq7XkP2mW9vL4tR8yB3nD6fH` |')).toBe('| [redacted] | `[redacted]` |');
  });

  it('redacts the JSON-escaped form of a value with quotes and backslashes, and the URL-encoded form of a base64 payload', () => {
    const r = new CredentialRegistry();
    r.register('pa"ss\\word-123');
    expect(r.redactText('{"key":"pa\\"ss\\\\word-123"}')).toBe('{"key":"[redacted]"}');
    r.register('YWJj+ZGVm/Z2hp=');
    expect(r.redactText('q=YWJj%2BZGVm%2FZ2hp%3D')).toBe('q=[redacted]');
  });

  it('registers nothing shorter than 6 characters, so Freshdesk\'s password X and blank values redact nothing', () => {
    const r = new CredentialRegistry();
    r.register('X');
    r.register('     ');
    expect(r.active).toBe(false);
    expect(r.redactText('X marks the spot')).toBe('X marks the spot');
  });

  it('redacts stored text by whole forms only, leaving everything else byte for byte', () => {
    const r = registry();
    const line = `{"id":"1","tags":["outage","token ${TOKEN}"],"team":"ops@acme.example"}`;
    expect(r.redactStoredText(line)).toBe('{"id":"1","tags":["outage","token [redacted]"],"team":"[redacted]"}');
    expect(r.redactStoredText('{"id":"2","tags":[]}')).toBe('{"id":"2","tags":[]}');
  });

  it('redacts stored text holding 11 characters or more of a form, as a tag cut to 120 characters would', () => {
    const r = registry();
    const cut = `{"id":"1","tags":["Basic ${TOKEN.slice(0, 11)}"]}`;
    expect(r.redactStoredText(cut)).toBe('{"id":"1","tags":["Basic [redacted]"]}');
    // Text made of lines that were redacted already is searched for whole forms only.
    expect(r.redactStoredText(cut, { fragments: false })).toBe(cut);
  });

  it('reads a credential from the environment into the run\'s registry, trimmed', () => {
    expect(readCredential({ T: `  ${TOKEN}-env\n` }, 'T')).toBe(`${TOKEN}-env`);
    expect(readCredential({ T: '   ' }, 'T')).toBeUndefined();
    expect(readCredential({}, 'T')).toBeUndefined();
    expect(runCredentials.redactText(`x ${TOKEN}-env`)).toBe('x [redacted]');
  });
});

describe('an excerpt of a body or a library message', () => {
  it('is redacted before it is cut, so no part of a credential is left, and shows only printable text', () => {
    runCredentials.register('FDSECRETfdkey0123456789');
    const basic = `Basic ${Buffer.from('FDSECRETfdkey0123456789:X').toString('base64')}`;
    runCredentials.register(basic.slice(6));
    expect(printableExcerpt(`${basic}\nGET /api/v2/tickets`, 20)).toBe('Basic [redacted] GET');
    expect(printableExcerpt('\u001b[31mred\u202Eevil\r\n\tend', 40)).toBe('?[31mred?evil end');
    expect(printableExcerpt('Grüße, 東京', 40)).toBe('Grüße, 東京');
  });

  // model/hidden-characters.ts: a Hangul filler is a letter (Lo), a variation selector and the combining grapheme joiner
  // are marks (Mn): they passed as printable, though they show as nothing.
  it('shows a hidden character that is a letter or a mark as ? too, and a next line as a space', () => {
    expect(printableExcerpt('a\u3164b\uFE0Fc\u034Fd\u0085e', 40)).toBe('a?b?c?d e');
  });
});
