// Builds the site once from the fixture standards (plus one SOP full of hostile Markdown) and the fixture
// report, with the non-root base path from the fixture pipeline, and checks the output. A second, failing
// build proves that a broken document stops the build with its file:line:col message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, type BuildSiteResult } from '../../scripts/publish/site-build.ts';
import { checkInternalLinks, formatBrokenLinks } from '../../scripts/publish/site-links.ts';
import { loadSiteData } from '../../scripts/publish/site-data.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { SAMPLE_ROOT, SAMPLE_NOW } from '../fixtures/site/write-sample-report.ts';
import { createSchemaValidator } from '../../scripts/model/schema-validator.ts';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';

const HOSTILE_SOP = `kind: SOP
id: hostile-markdown
title: A procedure written by someone careless
version: 1
status: draft
owner: support-leads
serves: []
steps:
  - id: one
    title: Step with raw HTML
    instructions: |
      Hello <script>alert('xss')</script> world.

      <img src="x" onerror="alert('xss')">

      [Click here](javascript:alert('xss')) or <a href="javascript:alert(1)">here</a>.
review: { every: 1y, last: 2026-06-01 }
changelog:
  - { version: 1, date: 2026-06-01, summary: First version. }
`;

let work: string;
let root: string;
let outDir: string;
let result: BuildSiteResult;
let model: StandardsModel;
const logs: string[] = [];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'site-test-'));
  root = path.join(work, 'repo');
  await cp(SAMPLE_ROOT, root, { recursive: true });
  await writeFile(path.join(root, 'standards/sops/hostile-markdown.yaml'), HOSTILE_SOP);
  const loaded = await loadStandardsModel({ root, today: SAMPLE_NOW.slice(0, 10) });
  if (!loaded.model) throw new Error('fixture standards do not load');
  model = loaded.model;
  outDir = path.join(work, 'out');
  result = await buildSite({ root, reportFile: 'report.json', outDir, now: SAMPLE_NOW, env: { GITHUB_REPOSITORY: 'northwind/service-standards' }, log: (m) => logs.push(m) });
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the built site', () => {
  it('uses the base path from the pipeline', () => {
    expect(result.base).toBe('/service-standards');
    expect(logs.some((l) => /^built \d+ pages/.test(l))).toBe(true);
  });

  it('has one page per standard, SOP, policy and scorecard', async () => {
    const dirsWithIndex = async (folder: string) => {
      const entries = await readdir(path.join(outDir, folder), { withFileTypes: true });
      const ids: string[] = [];
      for (const e of entries) {
        if (e.isDirectory() && (await readdir(path.join(outDir, folder, e.name))).includes('index.html')) ids.push(e.name);
      }
      return ids.sort();
    };
    const filterFolders = ['dimension', 'metric', 'status', 'team'];
    const standards = (await dirsWithIndex('standards')).filter((d) => !filterFolders.includes(d));
    expect(standards).toEqual(model.standards.map((s) => s.id).sort());
    expect(standards).toHaveLength(12);
    expect(await dirsWithIndex('sops')).toEqual(model.sops.map((s) => s.id).sort());
    expect(await dirsWithIndex('sops')).toHaveLength(4);
    expect(await dirsWithIndex('policies')).toEqual(model.policies.map((s) => s.id).sort());
    expect(await dirsWithIndex('qa')).toEqual(model.scorecards.map((s) => s.id).sort());
  });

  it('has no broken internal link under the base path', async () => {
    const check = await checkInternalLinks(outDir, '/service-standards');
    expect(formatBrokenLinks(check.broken)).toBe('');
    expect(check.pages).toBe(result.pages);
    expect(check.links).toBeGreaterThan(500);
  });

  it('lets no script, event handler or javascript: link from a document through', async () => {
    const page = await readFile(path.join(outDir, 'sops/hostile-markdown/index.html'), 'utf8');
    expect(page).toContain('Hello');
    expect(page).toContain('world.');
    expect(page).toContain('Click here');
    // The script's text survives as harmless text; the element does not.
    expect(page).toContain("<p>Hello alert('xss') world.</p>");
    for (const file of await htmlFiles(outDir)) {
      const html = await readFile(file, 'utf8');
      expect(html, file).not.toMatch(/<script[^>]*>[^<]*alert/i);
      expect(html, file).not.toMatch(/<img[^>]*src="x"/i);
      expect(html, file).not.toMatch(/\sonerror\s*=/i);
      expect(html, file).not.toMatch(/javascript:/i);
    }
  });

  it('shows the status in words, not colour alone, and renders charts as described SVG with a table', async () => {
    const html = await readFile(path.join(outDir, 'standards/first-response-urgent/index.html'), 'utf8');
    expect(html).toMatch(/<span>Breached<\/span>/);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="trend-title-first-response-urgent trend-desc-first-response-urgent"/);
    expect(html).toContain('<title id="trend-title-first-response-urgent">Trend of Urgent tickets get a first reply within one business hour</title>');
    expect(html).toMatch(/<desc id="trend-desc-first-response-urgent">Daily values from /);
    const trend = html.slice(html.indexOf('id="trend"'), html.indexOf('id="burn-down"'));
    // 90 days, today's row marked as the window ending now.
    expect((trend.match(/<tr><th scope="row">2026-\d\d-\d\d( \(now\))?<\/th>/g) ?? []).length).toBe(90);
    expect(trend).toContain('<tr><th scope="row">2026-11-20 (now)</th>');
    const budget = html.slice(html.indexOf('id="burn-down"'), html.indexOf('id="breakdown"'));
    expect((budget.match(/<tr><th scope="row">2026-\d\d-\d\d<\/th>/g) ?? []).length).toBe(31);
    expect(html).toContain('href="https://northwind.example/helpdesk/tickets/');
  });

  it('lists breached and at-risk standards first on the home page, without a stale banner for fresh data', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('2 of 12 standards are breached');
    const attention = html.slice(html.indexOf('id="attention"'), html.indexOf('id="freshness"'));
    const titles = [...attention.matchAll(/class="attention-title"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(titles).toEqual([
      'Fewer than one in twenty solved tickets is reopened',
      'Urgent tickets get a first reply within one business hour',
      'Customers waiting on a high-priority ticket hear back within four business hours',
      'No open ticket is older than five business days',
    ]);
    // The banner is in the page for the freshness script, hidden while the data was fresh at build time.
    expect(html).toMatch(/<div class="banner banner-stale" role="status" data-stale-banner hidden>/);
    expect(html).toContain('<dt>Last fetch</dt><dd><time datetime="2026-11-20T05:35:00.000Z">20 Nov 2026, 05:35 UTC</time><br><span class="muted small ago-line" data-ago></span></dd>');
  });

  it('explains a breach: since when, direction, who acts, what to do, counts that add up, plain words', async () => {
    const html = await readFile(path.join(outDir, 'standards/first-response-urgent/index.html'), 'utf8');
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Breached since at least 23 Aug 2026 (90 nights). Better than 7 days ago: 93.1% now, 92.3% on 13 Nov 2026.');
    // The open-and-late tickets first, linked into the helpdesk; then the step that keeps the standard, the issue
    // as last night's actions job recorded it (number, state, assignees by name) and the lead by name.
    expect(text.indexOf('Open and late: act on these first')).toBeLessThan(text.indexOf('What is being done'));
    expect(text).toContain('Open and late: act on these first 3 tickets are open and past the goal, waiting longest first; each opens in the helpdesk.');
    expect(html).toContain('<a href="https://northwind.example/helpdesk/tickets/48395" rel="noopener">#48395</a>');
    expect(text).toContain('What to do Follow step 1 of 4, Acknowledge the complaint, of Handling a complaint: within 1h (agent). It keeps this standard. See also Triage of urgent tickets.');
    expect(html).toContain('href="/service-standards/sops/handle-complaint/#step-acknowledge"');
    expect(text).toContain('Corrective action Issue #41 open, assigned to Maeve Byrne, Aoife Walsh (as of 19 Nov 2026)');
    expect(html).toContain('<a href="https://github.com/northwind/service-standards/issues/41" rel="noopener">Issue #41</a>');
    expect(text).toContain('Owning team Support leads · lead: Maeve Byrne Teams measured Support EMEA, Support Americas, Escalations');
    expect(text).toContain('78 tickets of 1,129 missed the 1h goal (3 are still open); the objective allows 56 in this window: 22 more than allowed, so the standard is breached.');
    expect(text).toContain('1,051 met + 75 missed + 3 open and late = 1,129. Apart: 3 open within the goal, not counted yet.');
    expect(text).toContain('Status on each of the last 90 nights, 23 Aug 2026 to 20 Nov 2026: 90 breached.');
    expect(text).not.toMatch(/overspent/i);
  });

  it('a breach with no issue recorded yet says one opens tonight and links the issue search; a rate standard lists no open tickets', async () => {
    const html = await readFile(path.join(outDir, 'standards/reopen-rate/index.html'), 'utf8');
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Corrective action No issue recorded yet: the nightly job opens one for every breached standard after this page is built. Search the corrective-action issues.');
    expect(html).toContain('href="https://github.com/northwind/service-standards/issues?q=is%3Aissue%20label%3A%22corrective-action%22%20in%3Atitle%20%22Fewer%20than%20one%20in%20twenty%20solved%20tickets%20is%20reopened%22"');
    expect(text).toContain('What to do Follow Processing a refund request (no step says it keeps this standard).');
    expect(html).not.toContain('data-open-late');
  });

  it('gives every page a canonical URL and link-preview tags, the status in a standard\'s preview title, and a sitemap of every page', async () => {
    const html = await readFile(path.join(outDir, 'standards/first-response-urgent/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://northwind.github.io/service-standards/standards/first-response-urgent/">');
    expect(html).toContain('<meta property="og:title" content="Breached: Urgent tickets get a first reply within one business hour">');
    expect(html).toContain('<meta property="og:url" content="https://northwind.github.io/service-standards/standards/first-response-urgent/">');
    const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const pages = (await htmlFiles(outDir)).filter((f) => f.endsWith('index.html')).length;
    expect(urls).toHaveLength(pages);
    expect(urls).toContain('https://northwind.github.io/service-standards/methodology/');
    expect(urls).toContain('https://northwind.github.io/service-standards/');
    expect(await readFile(path.join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://northwind.github.io/service-standards/sitemap.xml\n');
  });

  it('indexes the documents, the team pages and the methodology for search, and not the lists that name them', async () => {
    for (const page of ['methodology/index.html', 'qa/interaction-standards/index.html', 'standards/first-response-urgent/index.html', 'sops/urgent-triage/index.html', 'teams/support-emea/index.html']) {
      expect(await readFile(path.join(outDir, page), 'utf8'), page).toContain('data-pagefind-body');
    }
    // A search for "first response" must land on the standard, not on the home page, a list or a filter.
    for (const page of ['index.html', 'search/index.html', '404.html', 'standards/index.html', 'standards/dimension/reliability/index.html', 'sops/index.html', 'policies/index.html', 'qa/index.html', 'teams/index.html', 'changes/index.html']) {
      expect(await readFile(path.join(outDir, page), 'utf8'), page).not.toContain('data-pagefind-body');
    }
    // On a team page, the tables of standards are lists too.
    expect(await readFile(path.join(outDir, 'teams/support-emea/index.html'), 'utf8')).toMatch(/<div class="table-scroll"[^>]*data-pagefind-ignore/);
    const html = await readFile(path.join(outDir, 'standards/first-response-urgent/index.html'), 'utf8');
    expect(html).toContain('>excluded: helpdesk-migration</text>');
    expect(html).toContain('The shaded band marks an excluded period (helpdesk-migration).</desc>');
  });

  it('dates an SOP change the same on the SOP page and on What changed', async () => {
    const sop = await readFile(path.join(outDir, 'sops/handle-complaint/index.html'), 'utf8');
    const changes = (await readFile(path.join(outDir, 'changes/index.html'), 'utf8')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(sop).toContain('<span class="tag">v3</span> <time datetime="2026-08-01">1 Aug 2026</time> — Follow-up moved to the team lead; resolution within two days.');
    expect(changes).toContain('1 Aug 2026 SOP v3 Handling a complaint Version 3: Follow-up moved to the team lead; resolution within two days.');
  });

  it('shows beside an SOP step the standard it keeps and that standard\'s status tonight', async () => {
    const html = await readFile(path.join(outDir, 'sops/handle-complaint/index.html'), 'utf8');
    const step = html.slice(html.indexOf('id="step-acknowledge"'), html.indexOf('id="step-investigate"'));
    const keeps = step.slice(step.indexOf('<p class="step-keeps"'), step.indexOf('</p>', step.indexOf('<p class="step-keeps"')));
    expect(keeps).toContain('data-keeps="first-response-urgent"');
    expect(keeps).toContain('href="/service-standards/standards/first-response-urgent/"');
    expect(keeps).toContain('class="status status-breached"');
    expect(keeps.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).toBe('Keeps Urgent tickets get a first reply within one business hour Breached');
    // A step that keeps nothing says nothing.
    const investigate = html.slice(html.indexOf('id="step-investigate"'), html.indexOf('id="step-investigate"') + 2000);
    expect(investigate.slice(0, investigate.indexOf('</li>'))).not.toContain('step-keeps');
  });

  it('has a page per team with its own numbers per standard, beside the organisation\'s, and the standards it owns', async () => {
    const html = await readFile(path.join(outDir, 'teams/support-emea/index.html'), 'utf8');
    expect(html).toContain('<h2 id="owned">Standards it owns (3)</h2>');
    expect(html).toContain('<h2 id="own-tickets">Its own tickets (10 standards)</h2>');
    // Each row carries the team's slice as the report's breakdown has it.
    const report = JSON.parse(await readFile(path.join(root, 'report.json'), 'utf8')) as { standards: { id: string; breakdown: { team: { key: string; count: number; value: number | null }[] } }[] };
    const rows = [...html.matchAll(/<tr data-slice-standard="([^"]+)" data-slice-count="(\d+)" data-slice-value="([^"]*)"/g)];
    expect(rows).toHaveLength(10);
    for (const [, id, count, value] of rows) {
      const slice = report.standards.find((s) => s.id === id)!.breakdown.team.find((t) => t.key === 'support-emea')!;
      expect([id, Number(count), value === '' ? null : Number(value)]).toEqual([id, slice.count, slice.value]);
    }
    const filter = await readFile(path.join(outDir, 'standards/team/support-americas/index.html'), 'utf8');
    expect(filter).toContain('<h1>Standards of Support Americas (owned or measured)</h1>');
  });

  it('publishes status.json that matches its schema, an Atom feed and a badge per standard and per team', async () => {
    const status = JSON.parse(await readFile(path.join(outDir, 'status.json'), 'utf8')) as { standards: { id: string; status: string; since: string | null }[]; teams: { id: string }[] };
    expect(createSchemaValidator().validate('status.schema.json', status)).toEqual([]);
    expect(status.standards.map((s) => s.id)).toHaveLength(model.standards.length);
    expect(status.standards[0]).toMatchObject({ status: 'breached' });
    expect(status.teams.map((t) => t.id).sort()).toEqual(['escalations', 'support-americas', 'support-emea', 'support-leads']);
    const feed = parseFeed(await readFile(path.join(outDir, 'feed.xml'), 'utf8'));
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((i) => i.url?.startsWith('https://northwind.github.io/service-standards/'))).toBe(true);
    for (const badge of ['badges/standards/first-response-urgent.svg', 'badges/teams/support-emea.svg']) {
      expect(XMLValidator.validate(await readFile(path.join(outDir, badge), 'utf8')), badge).toBe(true);
    }
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('<link rel="alternate" type="application/atom+xml"');
  });

  it('declares no canonical URL on the 404 page (it would be a 404 itself), and one on every other page', async () => {
    expect(await readFile(path.join(outDir, '404.html'), 'utf8')).not.toContain('rel="canonical"');
    expect(await readFile(path.join(outDir, 'teams/support-emea/index.html'), 'utf8')).toContain('<link rel="canonical" href="https://northwind.github.io/service-standards/teams/support-emea/">');
  });

  it('has one static page per filter value, each left out of the search index', async () => {
    const breached = await readFile(path.join(outDir, 'standards/status/breached/index.html'), 'utf8');
    expect((breached.match(/<tr data-status="breached"/g) ?? []).length).toBe(2);
    expect(breached).not.toMatch(/<tr data-status="met"/);
    expect(breached).not.toContain('data-pagefind-body');
    expect(await readFile(path.join(outDir, 'sops/urgent-triage/index.html'), 'utf8')).toContain('data-pagefind-body');
    expect((await readdir(path.join(outDir, 'pagefind'))).some((f) => f === 'pagefind.js')).toBe(true);
  });
});

describe('a broken document', () => {
  const BROKEN = `kind: Standard
id: broken-standard
title: Tickets get a reply quickly enough
dimension: responsiveness
metric: first_response_time
threshold: 1h
objective: 95 percent
window: 30d
owner: support-leads
effective: 2026-01-01
review: { every: 6mo, last: 2026-09-01 }
rationale: A broken document must stop the build with its place.
`;

  it('fails the build with its file:line:col message, in buildSite and in the content loader', async () => {
    const brokenRoot = path.join(work, 'broken');
    await cp(SAMPLE_ROOT, brokenRoot, { recursive: true });
    await writeFile(path.join(brokenRoot, 'standards/service-levels/broken-standard.yaml'), BROKEN);
    const build = buildSite({ root: brokenRoot, reportFile: 'report.json', outDir: path.join(work, 'broken-out'), now: SAMPLE_NOW, log: () => {} });
    await expect(build).rejects.toThrow(/standards\/service-levels\/broken-standard\.yaml:7:12 error: .*objective/);
    const load = loadSiteData({ root: brokenRoot, reportFile: path.join(brokenRoot, 'report.json'), now: SAMPLE_NOW, history: false });
    await expect(load).rejects.toThrow(/the standards have errors, so the site was not built:\nstandards\/service-levels\/broken-standard\.yaml:7:12 error/);
  });

  it('an invalid report fails the load with the report file and the problem', async () => {
    const badReport = path.join(work, 'bad-report.json');
    const report = JSON.parse(await readFile(path.join(SAMPLE_ROOT, 'report.json'), 'utf8')) as { standards: { status: string }[] };
    report.standards[0]!.status = 'fine';
    await writeFile(badReport, JSON.stringify(report));
    await expect(loadSiteData({ root: SAMPLE_ROOT, reportFile: badReport, history: false }))
      .rejects.toThrow(`the report does not match schemas/report.schema.json:\n  ${badReport}: /standards/0/status: must be equal to one of the allowed values (met, at-risk, breached, no-data)`);
  });
});
