// The fetch says what it will read before it starts: a backfill (--since) later than where the stored cursor stood
// reads from there instead (each helpdesk source caps it), and the first line says so, with that instant. What it
// shows of the store (the cursor's positions, fetchedAt) is shown as an instant of ours or quoted, never as it stands.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import { createFreshdeskSource } from '../../scripts/sources/freshdesk.ts';
import { createGitHubIssuesSource } from '../../scripts/sources/github-issues.ts';
import { createSampleSource } from '../../scripts/sources/sample.ts';
import type { TicketSource } from '../../scripts/sources/source.ts';
import { createZendeskSource } from '../../scripts/sources/zendesk.ts';
import { FIXTURE_NOW, failure } from './fixture-helpdesk.ts';
import { unreachableEnv, unreachableFreshdesk, unreachableGitHub, unreachableZendesk } from './unreachable-sources.ts';

// The helpdesks are nowhere (unreachable-sources.ts): each fetch below fails at its first request, after its first line.
const env = unreachableEnv;
const [zendesk, freshdesk, github] = [unreachableZendesk, unreachableFreshdesk, unreachableGitHub];
const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 10, days: 5, seed: 1 } }, teams: [] } as unknown as StandardsModel;

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(os.tmpdir(), 'fetch-start-line-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

/** The first line a fetch logs over a store whose cursor.json holds `cursor`, fetched at `fetchedAt`. */
async function firstLine(source: TicketSource, cursor: string, since: Date | null, fetchedAt = '2026-11-19T03:00:00Z'): Promise<string[]> {
  await mkdir(path.join(root, 'data'), { recursive: true });
  await writeFile(path.join(root, 'data', 'cursor.json'), JSON.stringify({ source: source.type, upstream: source.upstream, cursor, fetchedAt }));
  const lines: string[] = [];
  await failure(runFetch({ model, root, now: FIXTURE_NOW, log: (line) => lines.push(line), source, since }));
  return lines;
}

const since = (at: string) => new Date(at);
const capped = (type: string, from: string, asked: string) =>
  `fetch: ${type} source, changes since ${from}, where the last fetch stopped, not since --since ${asked}: a backfill never skips the changes between (backfill)`;

describe('the first line of a fetch', () => {
  it('zendesk: a --since after the stored event position says the backfill reads from the position', async () => {
    const source = createZendeskSource(zendesk, { now: FIXTURE_NOW, env, maxRetries: 0 });
    const cursor = JSON.stringify({ tickets: 'c0', events: Date.parse('2026-11-04T12:00:00Z') / 1000 });
    expect((await firstLine(source, cursor, since('2026-11-11T00:00:00Z')))[0]).toBe(capped('zendesk', '2026-11-04T12:00:00Z', '2026-11-11T00:00:00Z'));
    // One before the position is read as asked.
    expect((await firstLine(source, cursor, since('2026-11-01T00:00:00Z')))[0]).toBe('fetch: zendesk source, changes since 2026-11-01T00:00:00Z (backfill)');
  });

  it('freshdesk: the earliest of the parts --since caps (tickets, deletions, spam)', async () => {
    const source = createFreshdeskSource(freshdesk, { now: FIXTURE_NOW, env, maxRetries: 0 });
    const cursor = JSON.stringify({ updatedSince: '2026-11-12T10:00:00Z', deletedSince: '2026-11-01T00:00:00Z', spamSince: '2026-11-03T00:00:00Z', ratingsSince: '2026-08-01T00:00:00Z', pendingRatings: [] });
    expect((await firstLine(source, cursor, since('2026-11-18T00:00:00Z')))[0]).toBe(capped('freshdesk', '2026-11-01T00:00:00Z', '2026-11-18T00:00:00Z'));
  });

  it('github-issues: the earliest position of the repositories read, in the one form positions have, and none of the stored text', async () => {
    const source = createGitHubIssuesSource(github, { now: FIXTURE_NOW, env, teams: [], maxRetries: 0 });
    // acme/old is no longer read: its position caps nothing.
    const cursor = JSON.stringify({ 'acme/help': '2026-11-12T11:00:00+01:00', 'acme/old': '2026-01-01T00:00:00Z', open: {} });
    expect((await firstLine(source, cursor, since('2026-11-17T00:00:00Z')))[0]).toBe(capped('github-issues', '2026-11-12T10:00:00Z', '2026-11-17T00:00:00Z'));
    // V8 reads text in parentheses as a comment: a position with a line of its own in it. No ISO 8601 with its zone, it
    // is no position (instants.ts zonedInstantMs), and caps nothing.
    const forged = JSON.stringify({ 'acme/help': 'Nov 2 2026 00:00:00 GMT+0000 (\n::error::forged)', open: {} });
    const lines = await firstLine(source, forged, since('2026-11-17T00:00:00Z'));
    expect(lines[0]).toBe('fetch: github-issues source, changes since 2026-11-17T00:00:00Z (backfill)');
    expect(lines.filter((l) => l.includes('forged'))).toEqual([]);
  });

  it('sample: the instant of its cursor', async () => {
    const source = createSampleSource({ tickets: 10, days: 5, seed: 1 }, { now: FIXTURE_NOW });
    await mkdir(path.join(root, 'data'), { recursive: true });
    await writeFile(path.join(root, 'data', 'cursor.json'), JSON.stringify({ source: 'sample', upstream: source.upstream, cursor: 'sample:seed=1;tickets=10;days=5;at=2026-11-19T03:00:00Z', fetchedAt: '2026-11-19T03:00:00Z' }));
    const lines: string[] = [];
    await runFetch({ model, root, now: FIXTURE_NOW, log: (line) => lines.push(line), source, since: since('2026-11-20T00:00:00Z') });
    expect(lines[0]).toBe(capped('sample', '2026-11-19T03:00:00Z', '2026-11-20T00:00:00Z'));
  });

  it('a night shows the stored fetchedAt as an instant of ours, or quoted when it is none', async () => {
    const source = createGitHubIssuesSource(github, { now: FIXTURE_NOW, env, teams: [], maxRetries: 0 });
    const cursor = JSON.stringify({ 'acme/help': '2026-11-12T10:00:00Z', open: {} });
    expect((await firstLine(source, cursor, null, '2026-11-19T03:00:00.000Z'))[0]).toBe('fetch: github-issues source, changes since the last fetch (2026-11-19T03:00:00Z)');
    const lines = await firstLine(source, cursor, null, '2026-11-19\n::error::forged');
    expect(lines[0]).toBe('fetch: github-issues source, changes since the last fetch ("2026-11-19\\n::error::forged")');
    expect(lines.filter((l) => l.startsWith('::error::'))).toEqual([]);
  });
});
