// The one check both HTTP clients make before a redirect's Location or a next page's link gets the credentials.

import { describe, expect, it } from 'vitest';
import { sameOriginTarget, type SameOriginTarget } from '../../scripts/model/same-origin-target.ts';

const ORIGIN = 'https://acme.zendesk.com';
const BASE = 'https://acme.zendesk.com/api/v2/tickets?page=1';

const cases: [string, string, SameOriginTarget | string][] = [
  ['a path, resolved against the answer\'s URL', '/api/v2/tickets?page=2', 'https://acme.zendesk.com/api/v2/tickets?page=2'],
  ['a relative path', 'tickets/7', 'https://acme.zendesk.com/api/v2/tickets/7'],
  ['the same origin, written out', 'https://ACME.zendesk.com:443/x', 'https://acme.zendesk.com/x'],
  ['another host', 'https://evil.example/api', { refused: 'another origin', origin: 'https://evil.example' }],
  ['another scheme', 'http://acme.zendesk.com/api', { refused: 'another origin', origin: 'http://acme.zendesk.com' }],
  ['another port', 'https://acme.zendesk.com:8443/api', { refused: 'another origin', origin: 'https://acme.zendesk.com:8443' }],
  ['a user name', 'https://someone@acme.zendesk.com/api', { refused: 'user name or password' }],
  ['a password on the same origin', 'https://:secret@acme.zendesk.com/api', { refused: 'user name or password' }],
  ['not a URL', 'http://[::1', { refused: 'not a URL' }],
];

describe('sameOriginTarget', () => {
  it.each(cases)('%s', (_, target, expected) => {
    const checked = sameOriginTarget(target, BASE, ORIGIN);
    if (typeof expected === 'string') expect(checked.refused === undefined ? checked.url.href : checked).toBe(expected);
    else expect(checked).toEqual(expected);
  });

  it('needs no base for an absolute URL, and refuses a relative one without it', () => {
    expect(sameOriginTarget('https://acme.zendesk.com/a', undefined, ORIGIN)).toEqual({ url: new URL('https://acme.zendesk.com/a') });
    expect(sameOriginTarget('/a', undefined, ORIGIN)).toEqual({ refused: 'not a URL' });
  });
});
