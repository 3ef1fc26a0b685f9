// No credential in any output, whatever the upstream answers. Each helpdesk source (`standards fetch`) and the
// GitHub calls of `standards actions` and `standards post-review` run through the CLI against a local server that
// reflects the request (Authorization header and query string) in a 200 that is not JSON, a JSON 200 whose cursor,
// labels or tags carry it, a redirect that puts it in the next URL, a 300, a 401, a 403, a 503 and a body cut off
// half-way. Then stdout, stderr, the job summary and every file under the store are searched for the credentials in
// every form they travel in (as they are, URL-encoded, the Basic-auth payload, and any 8 characters of those).
//
// Each case has its own credentials, so one case's redaction cannot hide another's leak. After the first answer
// every request is refused with a reflecting 401, so a retried request costs one backoff, not five.

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import { startFakeServer, type FakeAnswer, type FakeHandler, type RecordedRequest } from '../fakes/http-fake.ts';
import { FIXTURE_NOW, FIXTURE_TICKETS } from '../sources/fixture-helpdesk.ts';
import { freshdeskHandler } from '../sources/freshdesk/freshdesk-fake.ts';
import { githubHandler } from '../sources/github-issues/github-fake.ts';
import { zendeskHandler } from '../sources/zendesk/zendesk-fake.ts';
import { reviewTemplate } from '../review/hostile-review.ts';
import { ECHO_MODES, credentialForms, echoHandler, filesUnder, findLeaks, reflection, secretFor, type EchoMode } from './secret-echo.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/sources/helpdesk');
const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = FIXTURE_NOW.toISOString().replace('.000', '');
const temps: string[] = [];
afterAll(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function repoWithSource(source: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'standards-echo-'));
  temps.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const file = path.join(root, 'standards/pipeline.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/source:[\s\S]*$/, `source:\n${source}`));
  return root;
}

/** Runs the CLI in-process; returns every output of the run: stdout, stderr, the job summary, the store's files. */
async function runAndCollect(root: string, args: string[], env: Record<string, string>): Promise<{ code: number; outputs: Record<string, string> }> {
  const out: string[] = [];
  const err: string[] = [];
  const summary = path.join(root, 'job-summary.md');
  writeFileSync(summary, '');
  const io = (r: string): CommandIO => ({ root: r, env: { ...env, GITHUB_STEP_SUMMARY: summary }, color: false, now: () => FIXTURE_NOW, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  const code = await main([...args, '--root', root], io);
  return { code, outputs: { stdout: out.join('\n'), stderr: err.join('\n'), 'job summary': readFileSync(summary, 'utf8'), ...filesUnder(path.join(root, 'data'), 'data') } };
}

const authorizationOf = (request: RecordedRequest) => String(request.headers.authorization ?? '');

/** A JSON answer with the request's Authorization header added where the source keeps it. */
function reflectIntoJson(change: (json: unknown, authorization: string, request: RecordedRequest) => void) {
  return (request: RecordedRequest, answer: FakeAnswer): FakeAnswer => {
    if ('json' in answer) change(answer.json, authorizationOf(request), request);
    return answer;
  };
}

interface SourceCase {
  name: string;
  settings: (url: string) => string;
  env: (id: string) => { env: Record<string, string>; identities: string[]; tokens: string[]; basic: [string, string][] };
  inner: (origin: () => string) => FakeHandler;
  reflectInto: ReturnType<typeof reflectIntoJson>;
}

const SOURCES: SourceCase[] = [
  {
    name: 'zendesk',
    settings: (url) => `  type: zendesk\n  zendesk:\n    subdomain: acme\n    baseUrl: ${url}\n    startDate: 2026-10-01\n`,
    env: (id) => {
      // Long enough that the Basic header is over 120 characters: the mapping cuts a tag that echoes it to 120.
      const email = `customer-operations-${secretFor(`${id}:e`, 8)}@acme-support-worldwide.example`;
      const token = secretFor(id);
      return { env: { ZENDESK_EMAIL: email, ZENDESK_API_TOKEN: token }, identities: [email], tokens: [token], basic: [[`${email}/token`, token]] };
    },
    inner: (origin) => zendeskHandler({ tickets: FIXTURE_TICKETS, perPage: 100, origin }),
    // The export's cursor is stored in cursor.json and shown in the job summary; tags go into the day files.
    reflectInto: reflectIntoJson((json, authorization, request) => {
      if (request.path !== '/api/v2/incremental/tickets/cursor.json') return;
      const page = json as { after_cursor: string; tickets: { tags: string[] }[] };
      page.after_cursor = authorization;
      for (const t of page.tickets) t.tags = [...t.tags, authorization];
    }),
  },
  {
    name: 'freshdesk',
    settings: (url) => `  type: freshdesk\n  freshdesk:\n    domain: acme\n    baseUrl: ${url}\n    startDate: 2026-10-01\n`,
    env: (id) => {
      const key = secretFor(id);
      return { env: { FRESHDESK_API_KEY: key }, identities: [], tokens: [key], basic: [[key, 'X']] };
    },
    inner: (origin) => freshdeskHandler({ tickets: FIXTURE_TICKETS, origin }),
    reflectInto: reflectIntoJson((json, authorization, request) => {
      if (request.path !== '/api/v2/tickets' || !Array.isArray(json)) return;
      for (const t of json as { tags: string[] }[]) t.tags = [...t.tags, authorization];
    }),
  },
  {
    name: 'github-issues',
    settings: (url) => ['  type: github-issues', '  githubIssues:', '    repositories: [acme/help]', `    baseUrl: ${url}`, '    tokenEnv: HELPDESK_GITHUB_TOKEN', '    startDate: 2026-10-01', ''].join('\n'),
    env: (id) => {
      const token = `ghp_${secretFor(id, 36)}`;
      return { env: { HELPDESK_GITHUB_TOKEN: token }, identities: [], tokens: [token], basic: [] };
    },
    inner: (origin) => githubHandler({ tickets: FIXTURE_TICKETS, owner: 'acme', repo: 'help', origin, withPullRequest: false }),
    reflectInto: reflectIntoJson((json, authorization, request) => {
      if (request.path !== '/repos/acme/help/issues' || !Array.isArray(json)) return;
      for (const issue of json as { labels: { name: string }[] }[]) issue.labels = [...issue.labels, { name: authorization }];
    }),
  },
];

const cases = SOURCES.flatMap((source) => ECHO_MODES.map((mode) => [source.name, mode, source] as const));

describe.concurrent('no credential reaches any output of a fetch', () => {
  it.each(cases)('%s, the upstream answering %s', async (name, mode, source) => {
    const server = await startFakeServer(() => ({ json: {} }));
    try {
      server.setHandler(echoHandler(mode, source.inner(() => server.url), source.reflectInto));
      const credentials = source.env(`${name}:${mode}`);
      const root = repoWithSource(source.settings(server.url));
      const fetched = await runAndCollect(root, ['fetch', '--now', NOW], credentials.env);
      // The reflected JSON is stored and evaluated: the report, the status log and the facts cache are outputs too.
      const evaluated = mode === 'ok-json' ? await runAndCollect(root, ['evaluate', '--now', NOW], credentials.env) : null;
      expect(server.requests.length > 0 && server.requests.every((r) => authorizationOf(r) !== '')).toBe(true);
      expect({ fetch: fetched.code, evaluate: evaluated?.code ?? null }).toEqual({ fetch: mode === 'ok-json' ? 0 : 1, evaluate: mode === 'ok-json' ? 0 : null });
      const outputs = { ...fetched.outputs, ...Object.fromEntries(Object.entries(evaluated?.outputs ?? {}).map(([k, v]) => [`evaluate ${k}`, v])) };
      expect(findLeaks(outputs, credentialForms(credentials, credentials.basic))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

/** A store and a report made from the sample helpdesk, for the commands that read them. */
let measured: string;
beforeAll(async () => {
  measured = repoWithSource('  type: sample\n  sample: { tickets: 60, days: 20, seed: 3 }\n');
  const { code } = await runAndCollect(measured, ['pipeline', '--no-site', '--now', NOW], {});
  expect(code).toBe(0);
});

function copyOfMeasured(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'standards-echo-'));
  temps.push(root);
  cpSync(measured, root, { recursive: true });
  return root;
}

describe.concurrent('no credential reaches any output of the GitHub calls', () => {
  it.each(ECHO_MODES.filter((m) => m !== 'ok-json'))('standards actions, GitHub answering %s', async (mode) => {
    const server = await startFakeServer(echoHandler(mode, () => ({ json: [] })));
    try {
      const token = `ghs_${secretFor(`actions:${mode}`, 36)}`;
      const root = copyOfMeasured();
      const run = await runAndCollect(root, ['actions'], { GITHUB_TOKEN: token, GITHUB_REPOSITORY: 'acme/help', GITHUB_API_URL: server.url });
      expect(run.code).toBe(1);
      expect(server.requests.some((r) => reflection(r).includes(token))).toBe(true);
      expect(findLeaks(run.outputs, credentialForms({ identities: [], tokens: [token] }))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it.each(ECHO_MODES)('standards post-review, GitHub answering %s', async (mode) => {
    // ok-json: the pull request's head commit is the reflected header, and the command names it in its refusal.
    const pull = (request: RecordedRequest): FakeAnswer => ({ json: { number: 12, state: 'open', head: { sha: authorizationOf(request) } } });
    const server = await startFakeServer(echoHandler(mode, pull));
    try {
      const token = `ghs_${secretFor(`post-review:${mode}`, 36)}`;
      const root = copyOfMeasured();
      const artifact = path.join(root, 'artifact');
      mkdirSync(artifact);
      writeFileSync(path.join(artifact, 'pull-request.json'), '{"number": 12}');
      writeFileSync(path.join(artifact, 'review.json'), JSON.stringify(reviewTemplate()));
      const run = await runAndCollect(root, ['post-review', '--artifact', 'artifact', '--repo', 'acme/help', '--head-sha', 'a'.repeat(40)], { GITHUB_TOKEN: token, GITHUB_API_URL: server.url });
      expect(run.code).toBe(1);
      expect(server.requests.some((r) => reflection(r).includes(token))).toBe(true);
      expect(findLeaks(run.outputs, credentialForms({ identities: [], tokens: [token] }))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('the standards process itself', () => {
  it('prints no credential on its real stdout and stderr, in GitHub Actions, when the upstream echoes it', async () => {
    const server = await startFakeServer(echoHandler('forbidden', () => ({ json: [] })));
    try {
      const token = `ghp_${secretFor('process', 36)}`;
      const root = repoWithSource(SOURCES[2]!.settings(server.url));
      const summary = path.join(root, 'job-summary.md');
      const child = spawn(path.join(REPOSITORY_ROOT, 'node_modules/.bin/node'), [path.join(REPOSITORY_ROOT, 'scripts/cli.ts'), 'fetch', '--root', root, '--now', NOW], {
        env: { PATH: process.env.PATH ?? '', HELPDESK_GITHUB_TOKEN: token, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
      child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain('github-issues: acme/help');
      const outputs = { stdout, stderr, ...filesUnder(path.join(root, 'data'), 'data') };
      expect(findLeaks(outputs, credentialForms({ identities: [], tokens: [token] }))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('the leak check itself', () => {
  it('finds a credential whole, URL-encoded, as a Basic payload, Markdown-escaped, and 8 characters of one', () => {
    const token = 'Zq7XkP2mW9vL4tR8yB3nD6fH';
    const forms = credentialForms({ identities: ['ops@acme.example'], tokens: [token] }, [['ops@acme.example/token', token]]);
    const payload = Buffer.from(`ops@acme.example/token:${token}`).toString('base64');
    expect(findLeaks({
      a: `token ${token}`, b: `q=${encodeURIComponent(`x ${token}`)}`, c: `starts "Basic ${payload.slice(0, 14)}"`, d: 'ops@&#8203;acme.example',
      e: `${token.slice(3, 11)}`, f: 'nothing here', g: `Zq7Xk\\_`,
    }, forms).map((l) => l.split(':')[0]).filter((where, i, all) => all.indexOf(where) === i)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it.each(ECHO_MODES)('the echo server reflects the Authorization header when it answers %s', async (mode) => {
    const server = await startFakeServer(echoHandler(mode, () => ({ json: { ok: true } }), (request, answer) => ({ ...answer, json: { cursor: authorizationOf(request) } } as FakeAnswer)));
    try {
      const response = await fetch(`${server.url}/x?q=1`, { headers: { authorization: 'token reflected-value' } }).then((r) => r.text()).catch((e: Error) => `failed: ${e.message}`);
      const expected: Record<EchoMode, string> = {
        'ok-text': 'token reflected-value', 'ok-json': '{"cursor":"token reflected-value"}', redirect: 'token reflected-value', 'multiple-choices': 'token reflected-value',
        unauthorized: 'token reflected-value', forbidden: 'token reflected-value', 'server-error': 'token reflected-value', truncated: 'failed: terminated',
      };
      expect(response).toContain(expected[mode]);
      if (mode === 'redirect') expect(server.requests[1]!.url).toContain(encodeURIComponent('authorization: token reflected-value'));
      if (mode === 'truncated') expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
