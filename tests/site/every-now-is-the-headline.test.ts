// Every "now" is the headline: the engine evaluates generated helpdesk tickets for the fixture standards, the
// site is built from that report, a pull-request review is rendered from a replay over the same tickets, and a
// corrective-action issue body is rendered from the report. Wherever any of them says "now" (the Now card, the
// status line, the tables' Now column, the trend's description and its "(now)" row, the review's "(now)" row,
// the issue's Now row) and wherever the statement gives the value, it must be the report's headline value.

import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { formatValue } from '../../scripts/engine/report.ts';
import { explanationText } from '../../scripts/engine/explain-words.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { MetricId } from '../../scripts/model/metric-catalogue.ts';
import type { Report, StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { buildSite } from '../../scripts/publish/site-build.ts';
import { renderReviewComment } from '../../scripts/publish/review-markdown.ts';
import { standardIssueBody } from '../../scripts/actions/issue-body.ts';
import { buildReview } from '../../scripts/review/build-review.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { metricValue } from '../../site/src/lib/format.ts';
import { SAMPLE_NOW, SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';
import { edited, sideOf, type Files } from '../review/review-fixtures.ts';

const NOW = new Date(SAMPLE_NOW);
let work: string;
let outDir: string;
let model: StandardsModel;
let report: Report;
let tickets: Ticket[];

/** The page's text as a reader sees it: no tags, entities decoded, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The value at the start of a statement, as the statement writes it. */
function statementValue(metric: string, statement: string): string | null {
  const match = metric === 'nps' ? /^NPS (-?[\d.]+)/.exec(statement) : metric === 'qa_score' ? /^Average QA score ([\d.]+%)/.exec(statement) : /^([\d.]+%) of/.exec(statement);
  return match ? match[1]! : null;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'every-now-'));
  const root = path.join(work, 'repo');
  await cp(SAMPLE_ROOT, root, { recursive: true });
  const loaded = await loadStandardsModel({ root, today: SAMPLE_NOW.slice(0, 10) });
  if (!loaded.model) throw new Error('fixture standards do not load');
  model = loaded.model;
  tickets = [...generateSampleTickets({ count: 6000, days: 120, seed: 5, now: NOW })];
  report = await evaluateStandards({ model, tickets, now: NOW, clockFor });
  await writeFile(path.join(root, 'report.json'), JSON.stringify(report));
  outDir = path.join(work, 'out');
  await buildSite({ root, reportFile: 'report.json', outDir, now: SAMPLE_NOW, env: { GITHUB_REPOSITORY: 'northwind/service-standards' }, log: () => undefined });
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('every now is the headline', () => {
  it('the engine: today’s series point is the headline value for every standard', () => {
    const measured = report.standards.filter((s) => s.value !== null);
    expect(measured.length).toBeGreaterThan(5);
    for (const s of report.standards) expect([s.id, s.series.at(-1)!.windowValue]).toEqual([s.id, s.value]);
  });

  it('each standard page: the Now card, the status line, the statement and the trend all show the headline', async () => {
    let checked = 0;
    for (const s of report.standards) {
      const html = await readFile(path.join(outDir, 'standards', s.id, 'index.html'), 'utf8');
      const text = textOf(html);
      const headline = metricValue(s.metric, s.value);
      const card = /<p class="figure-label">Now<\/p>\s*<p class="figure-value"[^>]*>([^<]*)<\/p>/.exec(html);
      expect([s.id, card?.[1]]).toEqual([s.id, headline]);
      // "… 7 days ago: 64.2% now, 63.9% on 13 Nov 2026." and any other "X now".
      for (const m of text.matchAll(/([+\-−]?\d[\d.,]*%?|—) now\b/g)) expect([s.id, m[1]]).toEqual([s.id, headline]);
      if (s.value === null) continue;
      // The statement in the lede: the engine's rounding, the same number.
      expect([s.id, statementValue(s.metric, s.statement)]).toEqual([s.id, formatValue(s.metric as MetricId, s.value)]);
      expect(text).toContain(`it ends now at ${headline}`);
      expect(text).toContain(`${s.series.at(-1)!.date} (now)`);
      const nowRow = new RegExp(`${s.series.at(-1)!.date} \\(now\\) \\d+ \\d+ \\S+ (\\S+)`).exec(text);
      expect([s.id, nowRow?.[1]]).toEqual([s.id, headline]);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('the 7-day comparison is the report’s, and "now" in it is the headline', async () => {
    const compared = report.standards.filter((s) => s.value !== null && s.comparison?.value !== null && s.comparison !== undefined);
    expect(compared.length).toBeGreaterThan(3);
    for (const s of compared) {
      const text = textOf(await readFile(path.join(outDir, 'standards', s.id, 'index.html'), 'utf8'));
      const line = /7 days ago: (\S+) now, (\S+) on /.exec(text);
      expect([s.id, line?.[1], line?.[2]]).toEqual([s.id, metricValue(s.metric, s.value), metricValue(s.metric, s.comparison!.value)]);
    }
  });

  it('every table with a Now column, on every page, shows each standard’s headline', async () => {
    const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => path.join(outDir, f));
    const byId = new Map(report.standards.map((s) => [s.id, s]));
    let cells = 0;
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      // Within one row only: a team page's own table puts the title in a <th> and the team's slice first.
      for (const m of html.matchAll(/standards\/([a-z0-9-]+)\/" class="row-title">(?:(?!<\/tr>)[\s\S])*?<\/td>\s*<td class="num strong">([^<]*)<\/td>/g)) {
        const s = byId.get(m[1]!)!;
        expect([path.relative(outDir, file), s.id, m[2]]).toEqual([path.relative(outDir, file), s.id, metricValue(s.metric, s.value)]);
        cells++;
      }
    }
    expect(cells).toBeGreaterThan(report.standards.length);
  });

  it('each worst ticket on a standard page has its explanation, collapsed, in the words of standards explain', async () => {
    const withWorst = report.standards.filter((s) => s.worst.some((w) => w.explanation));
    expect(withWorst.length).toBeGreaterThan(3);
    for (const s of withWorst) {
      const html = await readFile(path.join(outDir, 'standards', s.id, 'index.html'), 'utf8');
      const blocks = [...html.matchAll(/<details class="explain"[^>]*><summary>How #([^<]*) was measured<\/summary><pre[^>]*>([\s\S]*?)<\/pre><\/details>/g)];
      expect(blocks.map((b) => b[1])).toEqual(s.worst.map((w) => w.id));
      for (const [i, b] of blocks.entries()) {
        const shown = b[2]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
        expect(shown).toBe(explanationText(s.worst[i]!.explanation!));
      }
    }
  });

  it('a rendered review: the value beside each replayed standard is its "(now)" series row', async () => {
    const files: Files = {};
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.yaml')) files[path.relative(SAMPLE_ROOT, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
      }
    };
    walk(path.join(SAMPLE_ROOT, 'standards'));
    const urgent = 'standards/service-levels/first-response-urgent.yaml';
    const threshold = /^threshold: .*$/m.exec(files[urgent]!)![0];
    const head = edited(files, { [urgent]: [[threshold, 'threshold: 90m']] });
    const review = await buildReview({ baseRef: 'main', base: sideOf(files), head: sideOf(head), now: NOW, clockFor, tickets: { tickets, store: 'generated tickets' } });
    const comment = renderReviewComment(review);
    const row = /\| `first-response-urgent` \| [^|]+ \| (\S+) → (\S+) \(goal/.exec(comment);
    const nowRow = /\| (\d{4}-\d{2}-\d{2}) \(now\) \| (\S+) \| (\S+) \|/.exec(comment);
    expect(row).not.toBeNull();
    expect(nowRow).not.toBeNull();
    expect([nowRow![1], nowRow![2], nowRow![3]]).toEqual([SAMPLE_NOW.slice(0, 10), row![1], row![2]]);
    // The base side is the report's own headline for the standard.
    const s = report.standards.find((x) => x.id === 'first-response-urgent')!;
    expect(row![1]).toBe(formatValue('first_response_time', s.value!));
  });

  it('a corrective-action issue: its Now row and its statement are the headline', () => {
    let bodies = 0;
    for (const s of report.standards.filter((x) => x.value !== null)) {
      const standard = model.standards.find((d) => d.id === s.id)!;
      const body = standardIssueBody({ model, standard, result: s, status: s.status, spell: null, today: SAMPLE_NOW.slice(0, 10) });
      const headline = formatValue(s.metric as MetricId, s.value!);
      expect([s.id, /^\| Now \| (.*) \|$/m.exec(body)?.[1]]).toEqual([s.id, headline]);
      const quoted = /^> (.*)$/m.exec(body)![1]!.replace(/\\(.)/g, '$1');
      expect([s.id, statementValue(s.metric, quoted)]).toEqual([s.id, headline]);
      bodies++;
    }
    expect(bodies).toBeGreaterThan(5);
  });
});
