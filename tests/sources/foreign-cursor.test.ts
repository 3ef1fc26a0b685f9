// A stored cursor a source did not write (edited by hand, damaged, another version's) stops the fetch with a reason
// that quotes it: text from the store, quoted as any untrusted value (quoted-value.ts), so a bidi override or a
// megabyte of it cannot reach the log as it is. One refusal for the Zendesk, Freshdesk and GitHub Issues sources.

import { describe, expect, it } from 'vitest';
import { createFreshdeskSource } from '../../scripts/sources/freshdesk.ts';
import { createGitHubIssuesSource } from '../../scripts/sources/github-issues.ts';
import { collectChanges, type TicketSource } from '../../scripts/sources/source.ts';
import { createZendeskSource } from '../../scripts/sources/zendesk.ts';
import { FIXTURE_NOW, failure } from './fixture-helpdesk.ts';
import { unreachableEnv, unreachableFreshdesk, unreachableGitHub, unreachableZendesk } from './unreachable-sources.ts';

// The helpdesks are nowhere (unreachable-sources.ts): a source that sent a request would fail with another reason.
const env = unreachableEnv;
const [zendesk, freshdesk, github] = [unreachableZendesk, unreachableFreshdesk, unreachableGitHub];

const sources: [string, TicketSource][] = [
  ['zendesk', createZendeskSource(zendesk, { now: FIXTURE_NOW, env, maxRetries: 0 })],
  ['freshdesk', createFreshdeskSource(freshdesk, { now: FIXTURE_NOW, env, maxRetries: 0 })],
  ['github-issues', createGitHubIssuesSource(github, { now: FIXTURE_NOW, env, teams: [], maxRetries: 0 })],
];

describe('a stored cursor the source did not write', () => {
  // 60 characters: a bidi override (shown as its escape) within the 40 quoted, and the length said for the rest.
  const cursor = `{"\u202eevil": 1, "padding": "${'x'.repeat(33)}"}`;

  it.each(sources)('%s refuses it, quoting 40 characters of it with every escape shown', async (name, source) => {
    expect(cursor.length).toBe(60);
    const error = await failure(collectChanges(source, cursor, { log: () => {} }));
    expect(error.message).toBe(`${name}: the stored cursor is not one this source wrote ("{\\"\\u202eevil\\": 1, \\"padding\\": \\"xxxxxxxxxxxxxxx"… (60 characters)): fetch with --since to start again`);
  });

  // Strings alone, as a Freshdesk cursor written before its ratings had their own: every value is a string, as in a
  // GitHub Issues cursor, but no key names a repository (`owner/repo`).
  it('github-issues refuses a Freshdesk cursor of strings alone', async () => {
    const freshdeskCursor = '{"updatedSince":"2026-11-01T00:00:00Z"}';
    const error = await failure(collectChanges(sources[2]![1], freshdeskCursor, { log: () => {} }));
    expect(error.message).toBe('github-issues: the stored cursor is not one this source wrote ("{\\"updatedSince\\":\\"2026-11-01T00:00:00Z\\"}"): fetch with --since to start again');
  });
});
