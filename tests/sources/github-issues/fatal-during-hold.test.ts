// The GitHub Issues source holds every request while the token has no more than the share kept for its other uses
// (until `x-ratelimit-reset`). A fatal answer to another request (a revoked token) must end that hold at once: the
// fetch fails with the answer and the process exits, not an hour later when the reset comes. Run as a process, as
// `standards fetch` runs, because what the hold left behind was a timer keeping the process up.

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubIssuesSourceSettings } from '../../../scripts/model/model.ts';
import { createGitHubIssuesSource } from '../../../scripts/sources/github-issues.ts';
import { collectChanges } from '../../../scripts/sources/source.ts';
import { startFakeServer, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS } from '../fixture-helpdesk.ts';
import { githubHandler } from './github-fake.ts';

const REPO = path.resolve(import.meta.dirname, '../../..');
const SECRET = 'ghp_fixtureSecret0123456789';

let server: FakeServer;
let child: ChildProcess | null = null;
beforeEach(async () => { server = await startFakeServer(() => ({ json: [] })); });
afterEach(async () => {
  // A fetch that did not exit (the defect) is not left running for the hour.
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  child = null;
  await server.close();
});

const settings = (baseUrl: string): GitHubIssuesSourceSettings => ({
  repositories: ['acme/help'], baseUrl, tokenEnv: 'HELPDESK_GITHUB_TOKEN', startDate: '2026-11-01',
  agents: { teamMembers: true, authorAssociations: ['OWNER'] },
  labels: { priority: { p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' }, team: {}, category: {}, pending: [], onHold: [] },
  defaultPriority: 'normal', channel: 'web', concurrency: 2, maxShare: 0.5,
});

// Four issues older than the store, read whole, two at a time (each has no comments: one request, its events).
const old = [0, 1, 2, 3].map((i) => ({ ...FIXTURE_TICKETS[3]!, n: 700 + i, created: '2026-09-01T00:00:00Z', updated: `2026-11-12T10:0${i}:00Z` }));

/** A fetch in its own process: `holding` once it says it holds for the reset, `exited` with its output. */
function fetchInProcess(): { holding: Promise<void>; exited: Promise<{ code: number | null; out: string; err: string }> } {
  const script = `
    import { createGitHubIssuesSource } from ${JSON.stringify(path.join(REPO, 'scripts/sources/github-issues.ts'))};
    import { collectChanges } from ${JSON.stringify(path.join(REPO, 'scripts/sources/source.ts'))};
    const source = createGitHubIssuesSource(${JSON.stringify(settings(server.url))}, { now: new Date(${JSON.stringify(FIXTURE_NOW.toISOString())}), env: { HELPDESK_GITHUB_TOKEN: ${JSON.stringify(SECRET)} }, teams: [] });
    try { await collectChanges(source, null, { log: (line) => console.error(line) }); console.log('fetched'); } catch (error) { console.log('failed: ' + error.message); process.exitCode = 1; }
  `;
  const fetch = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  child = fetch;
  let out = '';
  let err = '';
  let held!: () => void;
  const holding = new Promise<void>((resolve) => { held = resolve; });
  fetch.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
  fetch.stderr!.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
    if (err.includes('requests left this hour')) held();
  });
  return { holding, exited: new Promise((resolve) => fetch.on('exit', (code) => resolve({ code, out: out.trim(), err }))) };
}

describe('a fatal answer while the GitHub Issues source holds for the token\'s reset', () => {
  it('ends the hold: the fetch fails with the 401 and its process exits', { timeout: 30_000 }, async () => {
    const inner = githubHandler({ tickets: old, owner: 'acme', repo: 'help', origin: () => server.url, withPullRequest: false });
    let perIssue = 0;
    const fetch = fetchInProcess();
    server.setHandler(async (req, served) => {
      if (!/\/issues\/\d+\/(comments|events)$/.test(req.path)) return inner(req, served);
      if (perIssue++ === 0) {
        // The first answer leaves 10 of 100 this hour, under the half kept: the source holds until the reset, an hour off.
        const answer = await inner(req, served);
        return { ...answer, headers: { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) } } as typeof answer;
      }
      // The other worker's request, answered once the fetch says it holds: the token was revoked.
      await fetch.holding;
      return { status: 401, json: { message: 'Bad credentials' } };
    });
    // Before: the held worker's timer kept the process up until the reset, and the test timed out.
    const { code, out, err } = await fetch.exited;
    expect(out).toBe('failed: github-issues: acme/help: GitHub refused the token in HELPDESK_GITHUB_TOKEN (401 Bad credentials): create a new token and update the secret');
    expect(code).toBe(1);
    expect(out + err).not.toContain(SECRET);
    // The held worker sent nothing more.
    expect(perIssue).toBe(2);
  });
});

describe('a reset said to be further off than GitHub\'s hour', () => {
  it('is waited for an hour at most', async () => {
    let clock = FIXTURE_NOW.getTime();
    const sleeps: number[] = [];
    const inner = githubHandler({ tickets: FIXTURE_TICKETS, owner: 'acme', repo: 'help', origin: () => server.url, withPullRequest: false });
    let first = true;
    server.setHandler(async (req, served) => {
      const answer = await inner(req, served);
      if (!first || !('json' in answer)) return answer;
      first = false;
      // A proxy's header: a reset a day away.
      return { ...answer, headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(clock / 1000) + 86_400) } };
    });
    const lines: string[] = [];
    const source = createGitHubIssuesSource(settings(server.url), {
      now: FIXTURE_NOW, env: { HELPDESK_GITHUB_TOKEN: SECRET }, teams: [], millisecondsPerSecond: 1,
      clock: { now: () => clock, sleep: async (ms) => { sleeps.push(ms); clock += ms; } },
    });
    const result = await collectChanges(source, null, { log: (line) => lines.push(line) });
    expect(result.tickets).toHaveLength(4);
    // Before: 86,400,000 ms, the day.
    expect(sleeps).toEqual([3_600_000]);
    expect(lines).toContain('github-issues: the token has 0 of its 5000 requests left this hour, no more than the 50% kept for its other uses; waiting until 2026-11-20T13:00:00Z');
  });
});
