// The rel="next" target of a Link header (RFC 8288) as Freshdesk's lists send it: a target may hold commas (an
// `include=stats,requester` query), which also separate the links; rel may list several relation types.
import { describe, expect, it } from 'vitest';
import { nextLink } from '../../scripts/sources/helpdesk-http.ts';

describe('nextLink', () => {
  it.each([
    ['<https://acme.freshdesk.com/api/v2/tickets?page=2&per_page=100>; rel="next"', 'https://acme.freshdesk.com/api/v2/tickets?page=2&per_page=100'],
    // A comma inside the target: splitting the header at every comma lost the next page, and the list ended there.
    ['<https://acme.freshdesk.com/api/v2/tickets?include=stats,requester&page=2>; rel="next"', 'https://acme.freshdesk.com/api/v2/tickets?include=stats,requester&page=2'],
    ['<https://x.example/a?p=1>; rel="prev", <https://x.example/a?q=a,b&p=3>; rel="next", <https://x.example/a?p=9>; rel="last"', 'https://x.example/a?q=a,b&p=3'],
    ['<https://x.example/a?p=3>; rel=next', 'https://x.example/a?p=3'],
    ['<https://x.example/a?p=3>; title="a, b"; rel="next"', 'https://x.example/a?p=3'],
    ['<https://x.example/a?p=3>; rel="last next"', 'https://x.example/a?p=3'],
    ['<https://x.example/a?p=3>; REL="Next"', 'https://x.example/a?p=3'],
  ])('reads %s', (header, next) => {
    expect(nextLink(header)).toBe(next);
  });

  it.each([
    [null],
    [''],
    ['<https://x.example/a?p=1>; rel="prev"'],
    // Another relation type that starts with "next" is not the next page.
    ['<https://x.example/a?p=3>; rel="next-archive"'],
    ['<https://x.example/a?p=3>; rel="nextpage"'],
  ])('finds no next page in %s', (header) => {
    expect(nextLink(header)).toBeNull();
  });
});

// RFC 8288 §3.3: "occurrences [of rel] after the first MUST be ignored by parsers".
describe('nextLink and a link with rel twice', () => {
  it('reads only the first rel', () => {
    expect(nextLink('<https://x.example/a?p=1>; rel="prev"; rel="next"')).toBeNull();
    expect(nextLink('<https://x.example/a?p=1>; rel="prev"; rel="next", <https://x.example/a?p=3>; rel="next"; rel="prev"')).toBe('https://x.example/a?p=3');
  });
});
