// Site benchmark: `node bench/site.bench.ts`. Prints the build time of the sample site, of a generated
// organisation with 1,000 standards and 300 SOPs (target: under 60 s), and the home page's weight
// (target: under 100 KB transferred and under 30 KB of JavaScript before search is used).
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../scripts/publish/site-build.ts';
import { loadStandardsModel, formatFindings } from '../scripts/model/load.ts';
import { fixtureReport } from '../tests/fixtures/site/fixture-report.ts';
import { SAMPLE_ROOT, SAMPLE_NOW } from '../tests/fixtures/site/write-sample-report.ts';
import { sitePath } from '../scripts/publish/site-links.ts';

const STANDARDS = Number(process.env.BENCH_STANDARDS ?? 1000);
const SOPS = Number(process.env.BENCH_SOPS ?? 300);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 50);

/** A git repository whose history has COMMITS commits: the first adds everything, each later one edits 20 standards and an SOP. */
async function commitHistory(dir: string): Promise<void> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com' } });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'Add the organisation');
  const levels = path.join(dir, 'standards/service-levels');
  const standards = (await readdir(levels)).sort();
  const sops = (await readdir(path.join(dir, 'standards/sops'))).sort();
  for (let c = 1; c < COMMITS; c++) {
    for (let k = 0; k < 20; k++) {
      const file = path.join(levels, standards[(c * 20 + k) % standards.length]!);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/^rationale: /m, `rationale: Revised in change ${c}. `));
    }
    const sop = path.join(dir, 'standards/sops', sops[c % sops.length]!);
    await writeFile(sop, (await readFile(sop, 'utf8')).replace(/^title: (.*)$/m, `title: $1 (revision ${c})`));
    git('add', '-A');
    git('commit', '-qm', `Change ${c}`);
  }
}

/** Bytes of the home page and of everything it loads before any search: HTML, styles, scripts, icons. */
export async function homePageWeight(outDir: string, base: string): Promise<{ html: number; assets: number; js: number; total: number; totalGzip: number }> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((a, m) => a + Buffer.byteLength(m[1] ?? ''), 0);
  let assets = 0;
  let externalJs = 0;
  let gzipAssets = 0;
  const prefix = sitePath(base, '');
  for (const m of html.matchAll(/<(script|link)\b[^>]*\b(?:src|href)="([^"]+)"[^>]*>/g)) {
    const [tag, kind, url] = m;
    if (kind === 'link' && !/rel="(stylesheet|icon|modulepreload)"/.test(tag)) continue;
    if (!url!.startsWith(prefix)) continue;
    const body = await readFile(path.join(outDir, url!.slice(prefix.length)));
    assets += body.length;
    gzipAssets += gzipSync(body).length;
    if (kind === 'script' || /modulepreload/.test(tag)) externalJs += body.length;
  }
  const htmlBytes = Buffer.byteLength(html);
  return { html: htmlBytes, assets, js: inlineJs + externalJs, total: htmlBytes + assets, totalGzip: gzipSync(html).length + gzipAssets };
}

async function generatedOrganisation(dir: string): Promise<void> {
  await cp(path.join(SAMPLE_ROOT, 'standards'), path.join(dir, 'standards'), { recursive: true });
  const levels = path.join(dir, 'standards/service-levels');
  const templates = (await readdir(levels)).sort();
  for (let i = templates.length; i < STANDARDS; i++) {
    const template = templates[i % templates.length]!;
    const id = `${template.replace(/\.yaml$/, '')}-${i}`;
    const text = (await readFile(path.join(levels, template), 'utf8'))
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^title: (.*)$/m, `title: $1 (variant ${i})`);
    await writeFile(path.join(levels, `${id}.yaml`), text);
  }
  const sops = path.join(dir, 'standards/sops');
  const sopTemplates = (await readdir(sops)).sort();
  for (let i = sopTemplates.length; i < SOPS; i++) {
    const template = sopTemplates[i % sopTemplates.length]!;
    const id = `${template.replace(/\.yaml$/, '')}-${i}`;
    const text = (await readFile(path.join(sops, template), 'utf8'))
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^title: (.*)$/m, `title: $1 (team ${i})`);
    await writeFile(path.join(sops, `${id}.yaml`), text);
  }
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'site-bench-'));
  try {
    const sampleOut = path.join(work, 'sample-out');
    const sample = await buildSite({ root: SAMPLE_ROOT, reportFile: 'report.json', outDir: sampleOut, now: SAMPLE_NOW, log: () => {} });
    console.log(`sample site (12 standards, 3 SOPs, 90-day series): ${sample.pages} pages in ${(sample.ms / 1000).toFixed(1)} s`);
    const weight = await homePageWeight(sampleOut, sample.base);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`home page: HTML ${kb(weight.html)} (CSS inlined), other assets ${kb(weight.assets)}, total ${kb(weight.total)} uncompressed / ${kb(weight.totalGzip)} gzip; JavaScript ${kb(weight.js)} (budget: total < 100 KB, JS < 30 KB)`);
    const standardPage = (await stat(path.join(sampleOut, 'standards/first-response-urgent/index.html'))).size;
    console.log(`standard page HTML (with its 90-row data table): ${kb(standardPage)}`);

    const root = path.join(work, 'generated');
    const started = performance.now();
    await generatedOrganisation(root);
    const { model, findings } = await loadStandardsModel({ root, today: SAMPLE_NOW.slice(0, 10) });
    if (!model) throw new Error(formatFindings(findings));
    await writeFile(path.join(root, 'report.json'), JSON.stringify(fixtureReport(model, { now: SAMPLE_NOW, seed: 3 })));
    const prepared = performance.now() - started;
    const large = await buildSite({ root, reportFile: 'report.json', outDir: path.join(work, 'generated-out'), now: SAMPLE_NOW, history: false, log: () => {} });
    console.log(`generated site (${model.standards.length} standards, ${model.sops.length} SOPs), history off: ${large.pages} pages in ${(large.ms / 1000).toFixed(1)} s (target < 60 s; generating the input took ${(prepared / 1000).toFixed(1)} s)`);
    // As the CLI builds it: in a git repository, with every document's history.
    await commitHistory(root);
    const withHistory = await buildSite({ root, reportFile: 'report.json', outDir: path.join(work, 'generated-out-history'), now: SAMPLE_NOW, log: () => {} });
    console.log(`same site in a repository of ${COMMITS} commits, history on (as the CLI builds it): ${withHistory.pages} pages in ${(withHistory.ms / 1000).toFixed(1)} s, ${(withHistory.ms / large.ms).toFixed(2)}× history off (target < 1.3×)`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
