// npm run bench:sources — a first backfill through each helpdesk source from a local fake of its API, the way
// the nightly job would run it: tickets per second, requests made, and memory after 50,000 tickets and at the
// end (it must not grow with the count: each page is mapped and dropped). Then the time a nightly increment of
// 30,000 changed tickets takes at each API's published rate limits, which is what bounds a real run.
//
//   npm run bench:sources                                 Zendesk 200,000, Freshdesk 20,000, GitHub 5,000
//   node --expose-gc bench/sources.bench.ts zendesk=50000 github-issues=5000
//
// The fake runs in a child process (its memory is not ours), renders each ticket from its index on demand and
// keeps nothing, so the numbers are the source's own: HTTP, JSON, mapping.

import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { FreshdeskSourceSettings, GitHubIssuesSourceSettings, ZendeskSourceSettings } from '../scripts/model/model.ts';
import { createFreshdeskSource } from '../scripts/sources/freshdesk.ts';
import { createGitHubIssuesSource } from '../scripts/sources/github-issues.ts';
import type { TicketSource } from '../scripts/sources/source.ts';
import { createZendeskSource } from '../scripts/sources/zendesk.ts';
import type { FixtureTicket } from '../tests/sources/fixture-helpdesk.ts';
import { freshdeskConversations, freshdeskTicket } from '../tests/sources/freshdesk/freshdesk-fake.ts';
import { githubComments, githubEvents, githubIssue } from '../tests/sources/github-issues/github-fake.ts';
import { zendeskAudits, zendeskTicket } from '../tests/sources/zendesk/zendesk-fake.ts';

type Api = 'zendesk' | 'freshdesk' | 'github-issues';
const NOW = new Date('2026-11-23T06:00:00Z');
const MINUTE = 60_000;
/** Ticket i is created i × 30 s after T0 and last updated 3 h later: 200,000 tickets span 70 days. */
const T0 = NOW.getTime() - 75 * 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');

/** A ticket of the generated helpdesk, by index: three public messages, a private note, most solved, a quarter rated. */
function ticketAt(i: number): FixtureTicket {
  const c = T0 + i * 30_000;
  const solved = i % 5 !== 0;
  return {
    n: i + 1,
    created: iso(c),
    updated: iso(c + 180 * MINUTE),
    priority: (['low', 'normal', 'normal', 'high', 'urgent'] as const)[i % 5]!,
    channel: (['email', 'web', 'phone'] as const)[i % 3]!,
    team: i % 2 ? 'support-emea' : null,
    category: i % 3 ? 'question' : 'incident',
    tags: i % 7 ? [] : ['vip'],
    openedBy: i % 11 ? 'customer' : 'agent',
    statuses: [{ at: iso(c + 30 * MINUTE), status: 'open' }, ...(solved ? [{ at: iso(c + 120 * MINUTE), status: 'solved' as const }] : [])],
    messages: [
      { at: iso(c + 10 * MINUTE), by: 'agent', public: false },
      { at: iso(c + 30 * MINUTE), by: 'agent', public: true },
      { at: iso(c + 60 * MINUTE), by: 'customer', public: true },
      { at: iso(c + 90 * MINUTE), by: 'agent', public: true },
    ],
    satisfaction: solved && i % 4 === 0 ? { at: iso(c + 180 * MINUTE), rating: i % 8 ? 'good' : 'bad' } : null,
  };
}

/** First index whose `updated` is at or after `since`. */
const firstUpdatedAt = (since: string | null) => since === null ? 0 : Math.max(0, Math.ceil((Date.parse(since) - 180 * MINUTE - T0) / 30_000));

// --- the fake, in a child process ------------------------------------------------------------------------

function serve(api: Api, count: number): void {
  let requests = 0;
  const json = (res: http.ServerResponse, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const q = url.searchParams;
    const page = Number(q.get('page') ?? '1');
    const idFromPath = (re: RegExp) => Number(re.exec(url.pathname)?.[1] ?? '0') - 1;
    if (api === 'zendesk') {
      if (url.pathname === '/api/v2/users.json') return json(res, { users: [{ id: 501, role: 'agent' }, { id: 502, role: 'admin' }], meta: { has_more: false }, links: { next: null } });
      if (url.pathname === '/api/v2/incremental/tickets/cursor.json') {
        const from = q.has('cursor') ? Number(q.get('cursor')) : 0;
        const to = Math.min(count, from + 1000);
        const tickets = [];
        for (let i = from; i < to; i++) tickets.push(zendeskTicket(ticketAt(i)));
        return json(res, { tickets, after_cursor: String(to), after_url: `${origin}${url.pathname}?cursor=${to}`, before_cursor: null, before_url: null, end_of_stream: to >= count });
      }
      const i = idFromPath(/^\/api\/v2\/tickets\/(\d+)\/audits\.json$/);
      return json(res, { audits: zendeskAudits(ticketAt(i)), next_page: null, previous_page: null, count: 5 });
    }
    if (api === 'freshdesk') {
      if (url.pathname === '/api/v2/surveys/satisfaction_ratings') {
        // Every fourth solved ticket is rated: ratings are few, served 100 a page.
        const rated: Record<string, unknown>[] = [];
        const start = (page - 1) * 100;
        for (let k = start; k < start + 100; k++) {
          const i = k * 4;
          if (i >= count) break;
          const t = ticketAt(i);
          if (t.satisfaction) rated.push({ id: i, ticket_id: t.n, ratings: { default_question: t.satisfaction.rating === 'good' ? 103 : -103 }, created_at: t.satisfaction.at });
        }
        const more = (page * 100) * 4 < count;
        return json(res, rated, more ? { link: `<${origin}${url.pathname}?created_since=x&per_page=100&page=${page + 1}>; rel="next"` } : {});
      }
      if (url.pathname === '/api/v2/tickets') {
        const first = firstUpdatedAt(q.get('updated_since')) + (page - 1) * 100;
        const list = [];
        for (let i = first; i < Math.min(count, first + 100); i++) list.push(freshdeskTicket(ticketAt(i)));
        const next = new URLSearchParams(q);
        next.set('page', String(page + 1));
        return json(res, list, first + 100 < count && page < 300 ? { link: `<${origin}${url.pathname}?${next}>; rel="next"` } : {});
      }
      return json(res, freshdeskConversations(ticketAt(idFromPath(/^\/api\/v2\/tickets\/(\d+)\/conversations$/))));
    }
    if (url.pathname === '/repos/acme/help/issues') {
      const first = firstUpdatedAt(q.get('since')) + (page - 1) * 100;
      const list = [];
      for (let i = first; i < Math.min(count, first + 100); i++) list.push(githubIssue(ticketAt(i), 'acme', 'help'));
      const next = new URLSearchParams(q);
      next.set('page', String(page + 1));
      return json(res, list, first + 100 < count ? { link: `<${origin}${url.pathname}?${next}>; rel="next"` } : {});
    }
    const comments = /\/issues\/(\d+)\/comments$/.test(url.pathname);
    const t = ticketAt(idFromPath(/\/issues\/(\d+)\/(comments|events)$/));
    return json(res, comments ? githubComments(t) : githubEvents(t));
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on('message', (message) => { if (message === 'count') process.send!({ requests }); });
}

// --- the bench ---------------------------------------------------------------------------------------------

const VALUES = {
  zendesk: {
    priority: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' },
    channel: { email: 'email', web: 'web', voice: 'phone' },
    status: { new: 'new', open: 'open', pending: 'pending', hold: 'on-hold', solved: 'solved', closed: 'closed' },
    team: { 360001: 'support-emea' },
  },
  freshdesk: {
    priority: { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' },
    channel: { 1: 'email', 2: 'web', 3: 'phone' },
    status: { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' },
    team: { 7001: 'support-emea' },
  },
} as const;

function sourceFor(api: Api, baseUrl: string): TicketSource {
  const env = { ZENDESK_EMAIL: 'bench@acme.example', ZENDESK_API_TOKEN: 'bench', FRESHDESK_API_KEY: 'bench', GITHUB_TOKEN: 'bench' };
  if (api === 'zendesk') {
    const settings: ZendeskSourceSettings = { subdomain: 'acme', baseUrl, emailEnv: 'ZENDESK_EMAIL', tokenEnv: 'ZENDESK_API_TOKEN', startDate: '2020-01-01', defaultPriority: 'normal', concurrency: 4, tieOut: false, values: VALUES.zendesk };
    return createZendeskSource(settings, { now: NOW, env });
  }
  if (api === 'freshdesk') {
    const settings: FreshdeskSourceSettings = { domain: 'acme', baseUrl, tokenEnv: 'FRESHDESK_API_KEY', startDate: '2020-01-01', pageCap: 300, concurrency: 4, values: VALUES.freshdesk };
    return createFreshdeskSource(settings, { now: NOW, env });
  }
  const settings: GitHubIssuesSourceSettings = {
    repositories: ['acme/help'], baseUrl, tokenEnv: 'GITHUB_TOKEN', startDate: '2020-01-01', agents: { teamMembers: false, authorAssociations: ['OWNER', 'MEMBER'] },
    labels: { priority: { p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' }, team: { 'team: emea': 'support-emea' }, category: {}, pending: [], onHold: [] },
    defaultPriority: 'normal', channel: 'web', concurrency: 4,
  };
  return createGitHubIssuesSource(settings, { now: NOW, env, teams: [] });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

async function bench(api: Api, count: number): Promise<void> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve', api, String(count)], { stdio: 'inherit' });
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve((m as { port: number }).port)));
  const source = sourceFor(api, `http://127.0.0.1:${port}`);
  let tickets = 0;
  let rejected = 0;
  const marks: string[] = [];
  let peak = 0;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
  const mark = (label: string) => {
    gc?.();
    const m = process.memoryUsage();
    marks.push(`${label}: heap ${mb(m.heapUsed)}, rss ${mb(m.rss)}`);
  };
  const started = performance.now();
  const run = source.fetchChanges(null, {});
  let markedAt50k = false;
  for (;;) {
    const step = await run.next();
    if (step.done) break;
    tickets += step.value.tickets.length;
    rejected += step.value.rejected.length;
    if (!markedAt50k && tickets >= 50_000) { markedAt50k = true; mark('after 50,000'); }
  }
  const seconds = (performance.now() - started) / 1000;
  mark(`after ${tickets.toLocaleString('en')}`);
  clearInterval(sampler);
  child.send('count');
  const requests = await new Promise<number>((resolve) => child.once('message', (m) => resolve((m as { requests: number }).requests)));
  child.kill();
  console.log(`${api}: ${tickets.toLocaleString('en')} tickets (${rejected} rejected) in ${seconds.toFixed(1)} s = ${Math.round(tickets / seconds).toLocaleString('en')} tickets/s; ${requests.toLocaleString('en')} requests (${(requests / tickets).toFixed(2)} per ticket)`);
  console.log(`  memory ${marks.join('; ')}; peak rss ${mb(peak)}${gc ? '' : ' (run with --expose-gc for settled heap figures)'}`);
}

/** Requests a nightly increment of `changed` tickets needs, and how long the published limits make it take. */
function nightly(changed: number): void {
  console.log(`\nA nightly increment of ${changed.toLocaleString('en')} changed tickets at the published rate limits (the fakes answer faster than any of these):`);
  const zendeskExport = Math.ceil(changed / 1000);
  const zendeskRequests = zendeskExport + changed + 1;
  console.log(`  zendesk: ${zendeskExport} export pages (incremental exports: 10 requests/min → ${(zendeskExport / 10).toFixed(0)} min) + ${changed.toLocaleString('en')} audits requests; at the account limit ` +
    [['Team', 200], ['Growth/Professional', 400], ['Enterprise', 700], ['High Volume add-on', 2500]].map(([plan, perMin]) => `${plan} ${perMin}/min → ${Math.max(zendeskExport / 10, zendeskRequests / (perMin as number)).toFixed(0)} min`).join(', '));
  const freshdeskPages = Math.ceil(changed / 100);
  const freshdeskRequests = freshdeskPages + changed + 10;
  // Per-minute plans (with a Tickets List sub-limit) and the newer hourly plans; embedding stats on a list may cost extra credits.
  console.log(`  freshdesk: ${freshdeskPages} ticket pages + ${changed.toLocaleString('en')} conversations requests + ratings pages ≈ ${freshdeskRequests.toLocaleString('en')} requests; ` +
    [['Growth', 200, 20], ['Pro', 400, 100], ['Enterprise', 700, 200]].map(([plan, perMin, list]) => `${plan} ${perMin}/min (lists ${list}/min) → ${Math.max(freshdeskRequests / (perMin as number), freshdeskPages / (list as number)).toFixed(0)} min`).join(', ') +
    `; hourly plans Blossom/Garden 3,000/h → ${(freshdeskRequests / 3000).toFixed(1)} h, Estate/Forest 5,000/h → ${(freshdeskRequests / 5000).toFixed(1)} h`);
  const githubRequests = Math.ceil(changed / 100) + 2 * changed;
  console.log(`  github-issues: ${Math.ceil(changed / 100)} issue pages + ${(2 * changed).toLocaleString('en')} comments/events requests = ${githubRequests.toLocaleString('en')}; ` +
    [['GITHUB_TOKEN 1,000/h per repository', 1000], ['personal token 5,000/h', 5000], ['GitHub App up to 12,500/h', 12_500]].map(([who, perHour]) => `${who} → ${(githubRequests / (perHour as number)).toFixed(1)} h`).join(', ') +
    ': GitHub Issues suits support repositories with a few thousand changes a night, not 30,000');
}

if (process.argv[2] === '--serve') {
  serve(process.argv[3] as Api, Number(process.argv[4]));
} else {
  const counts: Record<Api, number> = { zendesk: 200_000, freshdesk: 20_000, 'github-issues': 5_000 };
  const chosen = process.argv.slice(2).map((arg) => arg.split('=') as [Api, string]);
  const plan = chosen.length ? chosen.map(([api, n]) => [api, Number(n ?? counts[api])] as const) : (Object.entries(counts) as [Api, number][]);
  for (const [api, count] of plan) await bench(api, count);
  nightly(30_000);
}
