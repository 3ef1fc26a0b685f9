// Lighthouse (mobile, its default) on the pages staff open every morning (home, a breached standard, a team
// page, What changed) and on an SOP and search. Builds the sample site, serves it on 127.0.0.1, runs
// Lighthouse in the system Chromium and prints the four category scores per page, with the machine's load
// average before and after (a busy machine lowers the performance score: measure when it is quiet); writes
// the full reports to artifacts/lighthouse/.
//
//   CHROME_PATH=/usr/bin/chromium npm run lighthouse
//
// A benchmark, not a test: it prints numbers and exits 1 only when a score is below the floor (95).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { copySampleOrganisation, serveBuiltSite } from './built-site.ts';
import { chromiumPath } from './chromium.ts';

const PAGES = [
  ['home', ''],
  ['breached', 'standards/first-response-urgent/'],
  ['team', 'teams/support-emea/'],
  ['changes', 'changes/'],
  ['SOP', 'sops/handle-complaint/'],
  ['search', 'search/?q=complaint'],
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLOOR = 95;
const OUT = path.join(import.meta.dirname, '..', '..', 'artifacts', 'lighthouse');

const site = await serveBuiltSite('lighthouse-', copySampleOrganisation);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
await mkdir(OUT, { recursive: true });
let below = 0;
const load = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min) on ${cpus().length} cores`;
console.log(`before: ${load()}`);
try {
  console.log(`page      ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const [name, page] of PAGES) {
    const result = await lighthouse(site.url(page), { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${name}`);
    const scores = CATEGORIES.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
    below += scores.filter((s) => s < FLOOR).length;
    console.log(`${name.padEnd(10)}${scores.map((s) => String(s).padStart(15)).join('')}`);
    await writeFile(path.join(OUT, `${name.toLowerCase()}.json`), String(result.report));
    for (const c of CATEGORIES) {
      const failed = result.lhr.categories[c]!.auditRefs
        .map((ref) => result.lhr.audits[ref.id]!)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual');
      for (const a of failed) console.log(`          ${c}: ${a.id} (${a.displayValue ?? a.score})`);
    }
  }
  console.log(`after: ${load()}`);
} finally {
  chrome.kill();
  await site.close();
}
if (below > 0) {
  console.error(`${below} scores below ${FLOOR}`);
  process.exitCode = 1;
}
