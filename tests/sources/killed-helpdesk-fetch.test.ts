// A helpdesk fetch killed with SIGKILL mid-page, at several points of its run (waiting for a page of either Zendesk
// export, for the agents list, between two Freshdesk lists), then run again: the store ends exactly as one
// uninterrupted fetch leaves it, nothing lost and nothing twice, and the killed run left no staging behind. The
// fetch is a real `standards fetch` process; the fake helpdesk holds the chosen request unanswered and the test
// kills the process there.

import { spawn } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../scripts/model/model.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { runCli } from '../cli-runner.ts';
import { startFakeServer, type FakeHandler, type FakeServer } from '../fakes/http-fake.ts';
import { tempDir } from '../process-fixtures.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS } from './fixture-helpdesk.ts';
import { freshdeskHandler } from './freshdesk/freshdesk-fake.ts';
import { GROUP_EMEA as ZENDESK_EMEA, zendeskHandler } from './zendesk/zendesk-fake.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/sources/helpdesk');
const NOW = FIXTURE_NOW.toISOString().replace('.000', '');
const ENV = { ZENDESK_EMAIL: 'api@acme.example', ZENDESK_API_TOKEN: 'zd-kill-secret', FRESHDESK_API_KEY: 'fd-kill-secret' };

let server: FakeServer;
beforeEach(async () => { server = await startFakeServer(() => ({ json: {} })); });
afterEach(async () => { await server.close(); });

function repoWithSource(source: string): string {
  const root = tempDir('standards-killed-helpdesk-');
  cpSync(FIXTURE, root, { recursive: true });
  const file = path.join(root, 'standards/pipeline.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/source:[\s\S]*$/, `source:\n${source}`));
  return root;
}

async function storedTickets(root: string): Promise<Ticket[]> {
  const out: Ticket[] = [];
  for await (const t of openTicketStore(path.join(root, 'data')).tickets()) out.push(t);
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

const dataFiles = (root: string) => (readdirSync(path.join(root, 'data'), { recursive: true }) as string[]).sort();

/** `standards fetch` as a process, killed with SIGKILL when the fake receives its request number `killAt` (1-based). */
async function killedFetch(root: string, inner: FakeHandler, killAt: number): Promise<void> {
  let seen = 0;
  let kill: () => void = () => {};
  const reached = new Promise<void>((resolve) => { kill = resolve; });
  server.setHandler((request, served) => {
    if (++seen === killAt) { kill(); return { hang: true }; }
    return inner(request, served);
  });
  const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(REPOSITORY_ROOT, 'scripts/cli.ts'), 'fetch', '--root', root, '--now', NOW], {
    // Its own TMPDIR: the window folder a killed Zendesk fetch leaves is swept by the next fetch that looks in the same
    // folder, and another test file's fetch running beside this one logged that sweep (a line its test did not expect).
    env: { PATH: process.env.PATH ?? '', TMPDIR: tempDir('standards-killed-helpdesk-tmp-'), ...ENV }, stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const first = await Promise.race([reached.then(() => 'reached' as const), exited.then(() => 'exited' as const)]);
  expect(first).toBe('reached');
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

describe.each([
  ['zendesk', `  type: zendesk\n  zendesk:\n    subdomain: acme\n    baseUrl: BASE\n    startDate: 2026-10-01\n    highVolume: true\n    values:\n      team: { "${ZENDESK_EMEA}": support-emea }\n`,
    () => zendeskHandler({ tickets: FIXTURE_TICKETS, perPage: 1, eventsPerPage: 4, origin: () => server.url }), [1, 4, 9]],
  ['freshdesk', '  type: freshdesk\n  freshdesk:\n    domain: acme\n    baseUrl: BASE\n    startDate: 2026-10-01\n',
    () => freshdeskHandler({ tickets: FIXTURE_TICKETS, perPage: 100, origin: () => server.url }), [2, 7]],
])('a %s fetch killed mid-page, then run again', (_name, source, handler, killPoints) => {
  it.each(killPoints)('killed at request %i: the store as one uninterrupted fetch leaves it', async (killAt) => {
    const reference = repoWithSource(source.replace('BASE', server.url));
    server.setHandler(handler());
    expect((await runCli(['fetch', '--root', reference], { env: ENV, now: NOW })).code).toBe(0);
    const expected = await storedTickets(reference);
    expect(expected.map((t) => t.id)).toEqual(['101', '102', '103', '104']);

    const root = repoWithSource(source.replace('BASE', server.url));
    await killedFetch(root, handler(), killAt);
    server.setHandler(handler());
    const resumed = await runCli(['fetch', '--root', root], { env: ENV, now: NOW });
    expect(resumed.code).toBe(0);
    expect(await storedTickets(root)).toEqual(expected);
    expect(dataFiles(root)).toEqual(dataFiles(reference));
    expect(readFileSync(path.join(root, 'data/cursor.json'), 'utf8')).toBe(readFileSync(path.join(reference, 'data/cursor.json'), 'utf8'));
  }, 60_000);
});
