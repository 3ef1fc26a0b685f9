// A Zendesk fetch stopped while its window is on disk (issue 15): the window's scratch folder must never hold a
// credential, a SIGTERM must remove it and leave the store as it was, and what a SIGKILL left is swept by the next
// fetch. The fetch is a real `standards fetch` child process with its own TMPDIR, against a local Zendesk fake that
// echoes the Authorization header into every ticket's tags (as a hostile or misconfigured proxy can) and makes the
// tickets large enough that the window spills to disk during the ticket export; the event export then waits until
// the test has stopped the child.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '../../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS } from '../fixture-helpdesk.ts';
import { zendeskHandler } from './zendesk-fake.ts';
import { tempDir } from '../../process-fixtures.ts';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../..');
const EMAIL = 'spill-owner@acme-secret.example';
const TOKEN = 'ZdSpillQ7xkP2mWv9LrT4nB8sYc';
const USER_PASSWORD = `${EMAIL}/token:${TOKEN}`;
/** Every form the credential travels in: the parts, the Basic payload, the header, URL-encoded. */
const SECRET_FORMS = [TOKEN, EMAIL, USER_PASSWORD, encodeURIComponent(USER_PASSWORD), Buffer.from(USER_PASSWORD).toString('base64')];

const servers: FakeServer[] = [];
afterEach(async () => { for (const server of servers.splice(0)) await server.close(); });

/** The fake: tickets echo the request's Authorization header in their tags; the event export waits while `stall()`. */
async function echoingZendesk(stall: () => boolean): Promise<FakeServer> {
  const server = await startFakeServer(async () => ({ json: {} }));
  servers.push(server);
  const inner = zendeskHandler({ tickets: FIXTURE_TICKETS, perPage: 100, origin: () => server.url });
  server.setHandler(async (request, served) => {
    while (request.path.includes('ticket_events') && stall()) await new Promise((resolve) => setTimeout(resolve, 50));
    const answer = await inner(request, served) as { json?: { tickets?: Record<string, unknown>[] } };
    for (const ticket of answer.json?.tickets ?? []) {
      ticket.tags = [...(ticket.tags as string[] ?? []), String(request.headers.authorization)];
      // Over the spill's 8 MB buffer within the page: the window is written to disk before the event export (the
      // store keeps 120 characters of a tag).
      ticket.tags = [...(ticket.tags as string[]), 'x'.repeat(3_000_000)];
    }
    return answer as never;
  });
  return server;
}

function zendeskRepo(server: FakeServer): string {
  const root = tempDir('standards-spill-root-');
  cpSync(path.join(REPOSITORY_ROOT, 'tests/fixtures/sources/helpdesk'), root, { recursive: true });
  const file = path.join(root, 'standards/pipeline.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/source:[\s\S]*$/, `source:\n  type: zendesk\n  zendesk:\n    subdomain: acme\n    baseUrl: ${server.url}\n    startDate: 2026-10-01\n`));
  return root;
}

function startFetch(root: string, tmp: string, args: string[] = []) {
  const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(REPOSITORY_ROOT, 'scripts/cli.ts'), 'fetch', '--root', root, '--now', FIXTURE_NOW.toISOString(), ...args], {
    env: { PATH: process.env.PATH ?? '', TMPDIR: tmp, ZENDESK_EMAIL: EMAIL, ZENDESK_API_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })));
  return { child, exited };
}

const windowFolders = (tmp: string) => readdirSync(tmp).filter((name) => name.startsWith('standards-window-'));

/** Waits until a window file under `tmp` has content (the spill reached the disk). */
async function spilled(tmp: string, exited: Promise<unknown>): Promise<void> {
  let done = false;
  void exited.then(() => { done = true; });
  for (;;) {
    if (done) throw new Error('the fetch ended before its window reached the disk');
    for (const folder of windowFolders(tmp)) {
      for (const name of readdirSync(path.join(tmp, folder))) if (statSync(path.join(tmp, folder, name)).size > 0) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every file under `dir` that holds a form of the credential, with the forms it holds. */
function filesWithSecret(dir: string): string[] {
  const hits: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'latin1');
    const forms = SECRET_FORMS.filter((form) => text.includes(form));
    if (forms.length > 0) hits.push(`${path.relative(dir, file)}: ${forms.join(', ')}`);
  }
  return hits;
}

/** The store's files and their contents. */
function storeSnapshot(root: string): Record<string, string> {
  const dir = path.join(root, 'data');
  if (!existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[path.relative(dir, path.join(entry.parentPath, entry.name))] = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('a Zendesk fetch stopped while its window is on disk', () => {
  it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('%s: exits %i, removes the window folder, leaves yesterday\'s store, and no file holds the credential', async (signal, code) => {
    let stalling = false;
    const server = await echoingZendesk(() => stalling);
    const root = zendeskRepo(server);
    const tmp = tempDir('standards-spill-tmp-');
    // Yesterday's fetch, complete.
    const first = await startFetch(root, tmp).exited;
    expect({ code: first.code, signal: first.signal }).toEqual({ code: 0, signal: null });
    const yesterday = storeSnapshot(root);
    expect(Object.keys(yesterday)).toContain('cursor.json');

    stalling = true;
    const run = startFetch(root, tmp, ['--since', '2026-10-01']);
    await spilled(tmp, run.exited);
    run.child.kill(signal);
    const stopped = await run.exited;
    stalling = false;

    expect({ code: stopped.code, signal: stopped.signal }).toEqual({ code, signal: null });
    expect(stopped.output).toContain(`standards: ${signal}: stopping`);
    // The run unwound through its own clean-ups (the waiting request was aborted), not the grace period's exit.
    expect(stopped.output).toContain(`standards: fetch failed: stopped by ${signal}`);
    expect(windowFolders(tmp)).toEqual([]);
    expect(storeSnapshot(root)).toEqual(yesterday);
    expect([...filesWithSecret(tmp), ...filesWithSecret(root)]).toEqual([]);
    expect(SECRET_FORMS.filter((form) => stopped.output.includes(form))).toEqual([]);
  }, 120_000);

  it('SIGKILL: the folder it leaves holds no credential, and the next fetch sweeps it', async () => {
    let stalling = true;
    const server = await echoingZendesk(() => stalling);
    const root = zendeskRepo(server);
    const tmp = tempDir('standards-spill-tmp-');
    const run = startFetch(root, tmp);
    await spilled(tmp, run.exited);
    run.child.kill('SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');
    stalling = false;

    expect([...filesWithSecret(tmp), ...filesWithSecret(root)]).toEqual([]);
    const left = windowFolders(tmp);
    // Named by the killed fetch's pid, this boot and its start ticks (store/run-folders.ts).
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').replace(/-/g, '').slice(0, 8);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^standards-window-${run.child.pid}_${boot}_\\d+-[A-Za-z0-9]{6}$`));
    expect(readdirSync(path.join(tmp, left[0]!)).length).toBeGreaterThan(0);

    const next = await startFetch(root, tmp).exited;
    expect(next.code).toBe(0);
    expect(next.output).toContain(`zendesk: removed 1 window folder(s) a killed fetch left in ${tmp}`);
    expect(windowFolders(tmp)).toEqual([]);
    expect([...filesWithSecret(tmp), ...filesWithSecret(root)]).toEqual([]);
  }, 120_000);
});
