// npm run bench:sources — what each helpdesk source costs the account, before (main's code) → after (this
// checkout's), measured against one local fake of each API in the same run:
// - requests per changed ticket, on a first backfill of a generated helpdesk (~10 updates a ticket);
// - a first backfill of 300,000 tickets at each plan's published rate limit (before: no pacing, so the whole
//   limit until the account answers 429; after: `maxShare` 50% of it, and Zendesk's 10 export requests a minute);
// - the share of the account's limit used in the busiest minute (after: measured by the fake, which counts the
//   fetch's requests per minute and answers 429 past the limit);
// - a nightly increment of 30,000 changed tickets at the same limits.
// The "after" runs pace on a virtual clock: the fake's limits and the source's waits share it, so an hour of
// pacing takes no time and the minutes printed are the pacing's, not this machine's. The API answers instantly.
//
//   npm run bench:sources                                  zendesk 20,000, freshdesk 5,000, github-issues 1,000
//   node --expose-gc bench/sources.bench.ts zendesk=50000  one source, another count
//   node bench/sources.bench.ts --main REF                 "before" is REF's code (default main; git archive into a temp folder)
//   node bench/sources.bench.ts --no-before                only this checkout's

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { FreshdeskSourceSettings, GitHubIssuesSourceSettings, ZendeskSourceSettings } from '../scripts/model/model.ts';
import { formatDurationMinutes, pacedMinutes } from '../scripts/sources/fetch-cost.ts';
import type { BudgetClock } from '../scripts/sources/request-budget.ts';
import type { SourceUsage, TicketSource } from '../scripts/sources/source.ts';
import type { FixtureTicket } from '../tests/sources/fixture-helpdesk.ts';
import { freshdeskConversations, freshdeskTicket } from '../tests/sources/freshdesk/freshdesk-fake.ts';
import { githubComments, githubEvents, githubIssue } from '../tests/sources/github-issues/github-fake.ts';
import { zendeskAudits, zendeskTicket, zendeskTicketEvents } from '../tests/sources/zendesk/zendesk-fake.ts';

type Api = 'zendesk' | 'freshdesk' | 'github-issues';
const NOW = new Date('2026-11-23T06:00:00Z');
const MINUTE = 60_000;
const BACKFILL = 300_000;
const NIGHT = 30_000;
const SHARE = 0.5;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');
const count = (n: number) => Math.round(n).toLocaleString('en-US');

/** Plans and their published limits a minute (GitHub's are an hour: divided by 60); Zendesk's High Volume add-on raises the exports to 30. */
const PLANS: Record<Api, { name: string; perMinute: number; exportLimit: number | null }[]> = {
  zendesk: [
    { name: 'Team 200/min', perMinute: 200, exportLimit: 10 }, { name: 'Growth/Professional 400/min', perMinute: 400, exportLimit: 10 },
    { name: 'Enterprise 700/min', perMinute: 700, exportLimit: 10 }, { name: 'High Volume 2,500/min', perMinute: 2500, exportLimit: 30 },
  ],
  freshdesk: [{ name: 'Growth 200/min', perMinute: 200, exportLimit: null }, { name: 'Pro 400/min', perMinute: 400, exportLimit: null }, { name: 'Enterprise 700/min', perMinute: 700, exportLimit: null }],
  'github-issues': [
    { name: 'GITHUB_TOKEN 1,000/h', perMinute: 1000 / 60, exportLimit: null }, { name: 'personal token 5,000/h', perMinute: 5000 / 60, exportLimit: null },
    { name: 'GitHub App 12,500/h', perMinute: 12_500 / 60, exportLimit: null },
  ],
};

// --- the generated helpdesk ---------------------------------------------------------------------------------

/** Ticket i is created i × 30 s after T0: four public replies, a private note, open → pending → open → solved, most rated. */
const T0 = NOW.getTime() - 200 * 86_400_000;
function ticketAt(i: number): FixtureTicket {
  const c = T0 + i * 30_000;
  const at = (minutes: number) => iso(c + minutes * MINUTE);
  return {
    n: i + 1, created: at(0), updated: at(180),
    priority: (['low', 'normal', 'normal', 'high', 'urgent'] as const)[i % 5]!, channel: (['email', 'web', 'phone'] as const)[i % 3]!,
    team: i % 2 ? 'support-emea' : null, category: i % 3 ? 'question' : 'incident', tags: i % 7 ? [] : ['vip'], openedBy: i % 11 ? 'customer' : 'agent',
    statuses: [{ at: at(20), status: 'open' }, { at: at(40), status: 'pending' }, { at: at(80), status: 'open' }, { at: at(150), status: 'solved' }],
    messages: [
      { at: at(10), by: 'agent', public: false }, { at: at(20), by: 'agent', public: true }, { at: at(80), by: 'customer', public: true },
      { at: at(100), by: 'agent', public: true }, { at: at(120), by: 'customer', public: true }, { at: at(150), by: 'agent', public: true },
    ],
    satisfaction: i % 4 === 0 ? { at: at(180), rating: i % 8 ? 'good' : 'bad' } : null,
  };
}
const firstUpdatedAt = (since: string | null) => since === null ? 0 : Math.max(0, Math.ceil((Date.parse(since) - 180 * MINUTE - T0) / 30_000));

/** Every update of the first `n` tickets, sorted by time: [seconds, ticket index, update index], compactly. */
function updateIndex(n: number, perTicket: (i: number) => number[]): { at: Float64Array; ticket: Int32Array; k: Int32Array } {
  const rows: [number, number, number][] = [];
  for (let i = 0; i < n; i++) perTicket(i).forEach((s, k) => rows.push([s, i, k]));
  rows.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return { at: Float64Array.from(rows, (r) => r[0]), ticket: Int32Array.from(rows, (r) => r[1]), k: Int32Array.from(rows, (r) => r[2]) };
}
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (values[mid]! < x) lo = mid + 1; else hi = mid; }
  return lo;
}

// --- the fake, in this process (it shares the virtual clock) ------------------------------------------------

interface FakeCounters { requests: number; refused: number; peakPerMinute: number }
interface Limit { perMinute: number; exportLimit: number | null; now: () => number }

async function startFake(api: Api, n: number, limit: Limit | null): Promise<{ url: string; counters: FakeCounters; close: () => Promise<void> }> {
  const counters: FakeCounters = { requests: 0, refused: 0, peakPerMinute: 0 };
  const zendeskUpdates = api === 'zendesk' ? updateIndex(n, (i) => zendeskTicketEvents(ticketAt(i)).map((e) => e.timestamp as number)) : null;
  const ghComments = api === 'github-issues' ? updateIndex(n, (i) => githubComments(ticketAt(i)).map((c) => Date.parse(c.updated_at as string) / 1000)) : null;
  const ghEvents = api === 'github-issues' ? updateIndex(n, (i) => githubEvents(ticketAt(i)).map((e) => Date.parse(e.created_at as string) / 1000)) : null;
  // Zendesk and Freshdesk count a minute, GitHub an hour.
  const windowMs = api === 'github-issues' ? 60 * MINUTE : MINUTE;
  let window = -1;
  let used = 0;
  let exportsUsed = 0;
  let exportMinute = -1;
  const server = http.createServer((req, res) => {
    counters.requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const q = url.searchParams;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (limit) {
      const now = limit.now();
      const w = Math.floor(now / windowMs);
      if (w !== window) { window = w; used = 0; }
      if (Math.floor(now / MINUTE) !== exportMinute) { exportMinute = Math.floor(now / MINUTE); exportsUsed = 0; }
      const isExport = url.pathname.startsWith('/api/v2/incremental/');
      const allowance = Math.round(limit.perMinute * windowMs / MINUTE);
      const over = used + 1 > allowance || (isExport && limit.exportLimit !== null && exportsUsed + 1 > limit.exportLimit);
      const reset = Math.ceil(((w + 1) * windowMs - now) / 1000);
      if (over) {
        counters.refused++;
        res.writeHead(429, { ...headers, 'retry-after': String(reset) });
        res.end('{"error":"APIRateLimitExceeded"}');
        return;
      }
      used++;
      if (isExport) exportsUsed++;
      counters.peakPerMinute = Math.max(counters.peakPerMinute, used);
      if (api === 'zendesk') Object.assign(headers, { 'x-rate-limit': String(allowance), 'x-rate-limit-remaining': String(allowance - used), 'ratelimit-reset': String(reset) });
      if (api === 'freshdesk') Object.assign(headers, { 'x-ratelimit-total': String(allowance), 'x-ratelimit-remaining': String(allowance - used), 'x-ratelimit-used-currentrequest': '1' });
      if (api === 'github-issues') Object.assign(headers, { 'x-ratelimit-limit': String(allowance), 'x-ratelimit-remaining': String(allowance - used), 'x-ratelimit-reset': String(Math.floor(((w + 1) * windowMs) / 1000)) });
    }
    const json = (body: unknown, extra: Record<string, string> = {}) => { res.writeHead(200, { ...headers, ...extra }); res.end(JSON.stringify(body)); };
    const page = Number(q.get('page') ?? '1');
    const idFromPath = (re: RegExp) => Number(re.exec(url.pathname)?.[1] ?? '0') - 1;
    if (api === 'zendesk') {
      if (url.pathname === '/api/v2/users.json') return json({ users: [{ id: 501, role: 'agent' }, { id: 502, role: 'admin' }], meta: { has_more: false }, links: { next: null } });
      if (url.pathname === '/api/v2/incremental/tickets/cursor.json') {
        const from = q.has('cursor') ? Number(q.get('cursor')) : 0;
        const to = Math.min(n, from + 1000);
        const tickets = [];
        for (let i = from; i < to; i++) tickets.push(zendeskTicket(ticketAt(i)));
        return json({ tickets, after_cursor: String(to), after_url: `${origin}${url.pathname}?cursor=${to}`, before_cursor: null, before_url: null, end_of_stream: to >= n });
      }
      if (url.pathname === '/api/v2/incremental/ticket_events.json') {
        const u = zendeskUpdates!;
        const start = lowerBound(u.at, Number(q.get('start_time')));
        const end = Math.min(u.at.length, start + 1000);
        const items = [];
        const cache = new Map<number, Record<string, unknown>[]>();
        for (let j = start; j < end; j++) {
          const i = u.ticket[j]!;
          let events = cache.get(i);
          if (!events) { events = zendeskTicketEvents(ticketAt(i)); cache.set(i, events); }
          items.push(events[u.k[j]!]);
        }
        const endTime = end > start ? u.at[end - 1]! : Number(q.get('start_time'));
        return json({ ticket_events: items, next_page: `${origin}${url.pathname}?start_time=${endTime}&include=comment_events`, count: items.length, end_of_stream: end - start < 1000, end_time: endTime });
      }
      const i = idFromPath(/^\/api\/v2\/tickets\/(\d+)\/audits\.json$/);
      return json({ audits: zendeskAudits(ticketAt(i)), next_page: null, previous_page: null, count: 8 });
    }
    if (api === 'freshdesk') {
      if (url.pathname === '/api/v2/surveys/satisfaction_ratings') {
        const rated = [];
        const start = (page - 1) * 100;
        for (let k = start; k < start + 100; k++) {
          const i = k * 4;
          if (i >= n) break;
          const t = ticketAt(i);
          if (t.satisfaction) rated.push({ id: i, ticket_id: t.n, ratings: { default_question: t.satisfaction.rating === 'good' ? 103 : -103 }, created_at: t.satisfaction.at });
        }
        return json(rated, page * 400 < n ? { link: `<${origin}${url.pathname}?created_since=x&per_page=100&page=${page + 1}>; rel="next"` } : {});
      }
      if (url.pathname === '/api/v2/tickets') {
        if (q.get('filter') === 'deleted' || q.get('filter') === 'spam') return json([]);
        const perPage = Number(q.get('per_page') ?? '30');
        const first = firstUpdatedAt(q.get('updated_since')) + (page - 1) * perPage;
        const list = [];
        for (let i = first; i < Math.min(n, first + perPage); i++) list.push(freshdeskTicket(ticketAt(i)));
        const next = new URLSearchParams(q);
        next.set('page', String(page + 1));
        return json(list, first + perPage < n && page < 300 ? { link: `<${origin}${url.pathname}?${next}>; rel="next"` } : {});
      }
      return json(freshdeskConversations(ticketAt(idFromPath(/^\/api\/v2\/tickets\/(\d+)\/conversations$/))));
    }
    const perPage = Number(q.get('per_page') ?? '30');
    if (url.pathname === '/repos/acme/help/issues' && q.get('state') === 'open') {
      // The open issues, as the source lists them each night to find issues that left the repository.
      const open = [];
      for (let i = 0; i < n; i++) {
        const issue = githubIssue(ticketAt(i), 'acme', 'help');
        if (issue.state === 'open') open.push(issue);
      }
      const next = new URLSearchParams(q);
      next.set('page', String(page + 1));
      return json(open.slice((page - 1) * perPage, page * perPage), page * perPage < open.length ? { link: `<${origin}${url.pathname}?${next}>; rel="next"` } : {});
    }
    if (url.pathname === '/repos/acme/help/issues') {
      const first = firstUpdatedAt(q.get('since')) + (page - 1) * perPage;
      const list = [];
      for (let i = first; i < Math.min(n, first + perPage); i++) list.push(githubIssue(ticketAt(i), 'acme', 'help'));
      const next = new URLSearchParams(q);
      next.set('page', String(page + 1));
      return json(list, first + perPage < n ? { link: `<${origin}${url.pathname}?${next}>; rel="next"` } : {});
    }
    if (url.pathname === '/repos/acme/help/issues/comments' || url.pathname === '/repos/acme/help/issues/events') {
      const comments = url.pathname.endsWith('/comments');
      const u = comments ? ghComments! : ghEvents!;
      // Comments oldest first from `since`; events newest first.
      const sinceSeconds = q.has('since') ? Date.parse(q.get('since')!) / 1000 : 0;
      const start = comments ? lowerBound(u.at, sinceSeconds) + (page - 1) * perPage : (page - 1) * perPage;
      const items = [];
      for (let j = start; j < Math.min(u.at.length, start + perPage); j++) {
        const row = comments ? j : u.at.length - 1 - j;
        const i = u.ticket[row]!;
        const item = comments ? githubComments(ticketAt(i))[u.k[row]!] : { ...githubEvents(ticketAt(i))[u.k[row]!], issue: { number: i + 1 } };
        items.push(item);
      }
      return json(items);
    }
    const t = ticketAt(idFromPath(/\/issues\/(\d+)\/(comments|events)$/));
    return json(/\/comments$/.test(url.pathname) ? githubComments(t) : githubEvents(t));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, counters, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

// --- the sources ---------------------------------------------------------------------------------------------

const VALUES = {
  zendesk: {
    priority: { low: 'low', normal: 'normal', high: 'high', urgent: 'urgent' }, channel: { email: 'email', web: 'web', voice: 'phone' },
    status: { new: 'new', open: 'open', pending: 'pending', hold: 'on-hold', solved: 'solved', closed: 'closed' }, team: { 360001: 'support-emea' },
  },
  freshdesk: {
    priority: { 1: 'low', 2: 'normal', 3: 'high', 4: 'urgent' }, channel: { 1: 'email', 2: 'web', 3: 'phone' },
    status: { 2: 'open', 3: 'pending', 4: 'solved', 5: 'closed' }, team: { 7001: 'support-emea' },
  },
} as const;

interface SourceModules {
  createZendeskSource: (settings: ZendeskSourceSettings, deps: Record<string, unknown>) => TicketSource;
  createFreshdeskSource: (settings: FreshdeskSourceSettings, deps: Record<string, unknown>) => TicketSource;
  createGitHubIssuesSource: (settings: GitHubIssuesSourceSettings, deps: Record<string, unknown>) => TicketSource;
}

async function modulesAt(dir: string): Promise<SourceModules> {
  const load = (file: string) => import(path.join(dir, 'scripts/sources', file));
  return {
    createZendeskSource: (await load('zendesk.ts')).createZendeskSource,
    createFreshdeskSource: (await load('freshdesk.ts')).createFreshdeskSource,
    createGitHubIssuesSource: (await load('github-issues.ts')).createGitHubIssuesSource,
  };
}

function sourceFor(modules: SourceModules, api: Api, baseUrl: string, clock: BudgetClock | null): TicketSource {
  const env = { ZENDESK_EMAIL: 'bench@acme.example', ZENDESK_API_TOKEN: 'bench', FRESHDESK_API_KEY: 'bench', GITHUB_TOKEN: 'bench' };
  const paced = clock ? { clock } : {};
  if (api === 'zendesk') {
    return modules.createZendeskSource({
      subdomain: 'acme', baseUrl, emailEnv: 'ZENDESK_EMAIL', tokenEnv: 'ZENDESK_API_TOKEN', startDate: '2020-01-01', defaultPriority: 'normal', concurrency: 4, tieOut: false,
      values: VALUES.zendesk, category: { from: 'type' }, team: { from: 'group' }, maxShare: SHARE, highVolume: false,
    }, { now: NOW, env, ...paced });
  }
  if (api === 'freshdesk') {
    return modules.createFreshdeskSource({
      domain: 'acme', baseUrl, tokenEnv: 'FRESHDESK_API_KEY', startDate: '2020-01-01', pageCap: 300, concurrency: 4, values: VALUES.freshdesk,
      category: { from: 'type' }, team: { from: 'group' }, maxShare: SHARE,
    }, { now: NOW, env, ...paced });
  }
  return modules.createGitHubIssuesSource({
    repositories: ['acme/help'], baseUrl, tokenEnv: 'GITHUB_TOKEN', startDate: '2020-01-01', agents: { teamMembers: false, authorAssociations: ['OWNER', 'MEMBER'] },
    labels: { priority: { p1: 'urgent', p2: 'high', p3: 'normal', p4: 'low' }, team: { 'team: emea': 'support-emea' }, category: {}, pending: ['waiting for customer'], onHold: [] },
    defaultPriority: 'normal', channel: 'web', concurrency: 4, maxShare: SHARE,
  }, { now: NOW, env, teams: [], ...paced });
}

interface Run { tickets: number; requests: number; exportRequests: number; seconds: number; virtualMinutes: number; refused: number; peakPerMinute: number; peakRss: number; usage: SourceUsage | null }

/** A first backfill of `n` tickets; with `plan`, on a virtual clock against a fake that enforces the plan's limit. */
async function backfill(modules: SourceModules, api: Api, n: number, plan: (typeof PLANS)[Api][number] | null): Promise<Run> {
  let virtual = NOW.getTime();
  const clock: BudgetClock | null = plan ? { now: () => virtual, sleep: async (ms) => { virtual += ms; } } : null;
  const fake = await startFake(api, n, plan ? { perMinute: plan.perMinute, exportLimit: plan.exportLimit, now: () => virtual } : null);
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = 0;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 100);
  let usage: SourceUsage | null = null;
  let tickets = 0;
  const started = performance.now();
  try {
    const run = sourceFor(modules, api, fake.url, clock).fetchChanges(null, { usage: (u) => { usage = u; } });
    for (;;) {
      const step = await run.next();
      if (step.done) break;
      tickets += step.value.tickets.length;
    }
  } finally {
    clearInterval(sampler);
    await fake.close();
  }
  const u = usage as SourceUsage | null;
  // main's Zendesk reads only the ticket export among the exports.
  const exportRequests = u?.exportRequests ?? (api === 'zendesk' ? Math.ceil(n / 1000) : 0);
  return {
    tickets, requests: fake.counters.requests, exportRequests, seconds: (performance.now() - started) / 1000, virtualMinutes: (virtual - NOW.getTime()) / MINUTE,
    refused: fake.counters.refused, peakPerMinute: fake.counters.peakPerMinute, peakRss, usage: u,
  };
}

// --- main's code, for "before" -----------------------------------------------------------------------------

function checkoutOf(ref: string): { dir: string; sha: string } | null {
  const root = path.resolve(fileURLToPath(import.meta.url), '../..');
  let sha: string;
  try {
    sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `sources-before-${sha}-`));
  execFileSync('sh', ['-c', `git archive ${sha} scripts schemas package.json | tar -x -C "${dir}"`], { cwd: root });
  // main's modules import the same packages: resolve them from this checkout.
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, sha };
}

// --- the report ----------------------------------------------------------------------------------------------

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function printSource(api: Api, n: number, before: Run | null, after: Run, ref: string): void {
  const paced = after;
  const perTicket = (r: Run) => r.requests / r.tickets;
  console.log(`\n${api}: a first backfill of ${count(n)} generated tickets (~10 updates each)`);
  if (before) console.log(`  before (${ref}): ${count(before.requests)} requests = ${perTicket(before).toFixed(3)} per changed ticket${before.exportRequests ? `, ${count(before.exportRequests)} to the exports` : ''}; ${before.seconds.toFixed(1)} s here`);
  console.log(`  after:        ${count(after.requests)} requests = ${perTicket(after).toFixed(3)} per changed ticket${after.exportRequests ? `, ${count(after.exportRequests)} to the exports` : ''}; ${after.seconds.toFixed(1)} s here, peak rss ${mb(after.peakRss)}`);
  const plan = PLANS[api][0]!;
  const window = api === 'github-issues' ? 'hour' : 'minute';
  console.log(`  paced at ${plan.name} on a virtual clock: ${formatDurationMinutes(paced.virtualMinutes)}, at most ${count(paced.peakPerMinute)} requests in one ${window} ` +
    `= ${(100 * paced.peakPerMinute / (api === 'github-issues' ? plan.perMinute * 60 : plan.perMinute)).toFixed(1)}% of the limit, ${paced.refused} answered 429` +
    `${before ? ' (before: no pacing, 100% of the limit until the account answers 429)' : ''}`);
  const scale = (r: Run, tickets: number) => ({ requests: r.requests * tickets / r.tickets, exportRequests: r.exportRequests * tickets / r.tickets });
  for (const [label, tickets] of [[`first backfill of ${count(BACKFILL)} tickets`, BACKFILL], [`a night of ${count(NIGHT)} changed tickets`, NIGHT]] as const) {
    const b = before ? scale(before, tickets) : null;
    const a = scale(after, tickets);
    console.log(`  ${label}: ${b ? `${count(b.requests)} → ` : ''}${count(a.requests)} requests`);
    for (const p of PLANS[api]) {
      // Before: every request as fast as the account allows; after: half of it, and the exports' own limit.
      const beforeMinutes = b ? pacedMinutes(b.requests, b.exportRequests, p.perMinute, 1, p.exportLimit) : null;
      const afterMinutes = pacedMinutes(a.requests, a.exportRequests, p.perMinute, SHARE, p.exportLimit);
      console.log(`    ${p.name.padEnd(28)} ${beforeMinutes !== null ? `${formatDurationMinutes(beforeMinutes).padStart(9)} → ` : ''}${formatDurationMinutes(afterMinutes).padStart(9)}` +
        `  (${(100 * Math.min(1, (a.requests / afterMinutes) / p.perMinute)).toFixed(1)}% of the limit used${beforeMinutes !== null ? ', before 100%' : ''})`);
    }
  }
  if (api === 'zendesk') {
    const year = after.requests * BACKFILL / after.tickets;
    console.log(`  targets: at most 0.05 requests per changed ticket: ${perTicket(after).toFixed(3)} ${perTicket(after) <= 0.05 ? 'met' : 'MISSED'}; ` +
      `a ${count(BACKFILL)}-ticket year under 4,000 requests: ${count(year)} ${year < 4000 ? 'met' : 'MISSED'}`);
  }
}

const args = process.argv.slice(2);
const ref = args.includes('--main') ? args[args.indexOf('--main') + 1]! : 'main';
const counts: Record<Api, number> = { zendesk: 20_000, freshdesk: 5_000, 'github-issues': 1_000 };
const chosen = args.filter((a) => /^(zendesk|freshdesk|github-issues)(=\d+)?$/.test(a)).map((arg) => arg.split('=') as [Api, string | undefined]);
const plan = chosen.length ? chosen.map(([api, n]) => [api, Number(n ?? counts[api])] as const) : (Object.entries(counts) as [Api, number][]);
const ours = await modulesAt(path.resolve(fileURLToPath(import.meta.url), '../..'));
const checkout = args.includes('--no-before') ? null : checkoutOf(ref);
if (!args.includes('--no-before') && !checkout) console.log(`before: not run (git cannot find ${ref})`);
try {
  const theirs = checkout ? await modulesAt(checkout.dir) : null;
  console.log(`Sources: before = ${checkout ? `${ref} (${checkout.sha})` : 'not run'}, after = this checkout; maxShare ${SHARE * 100}%`);
  for (const [api, n] of plan) {
    const before = theirs ? await backfill(theirs, api, n, null) : null;
    // Ours paces itself: on the virtual clock, against a fake that enforces the smallest plan's limit.
    const after = await backfill(ours, api, n, PLANS[api][0]!);
    printSource(api, n, before, after, ref);
  }
} finally {
  if (checkout) rmSync(checkout.dir, { recursive: true, force: true });
}
