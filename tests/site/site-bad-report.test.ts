// A report edited by hand or cut short fails `standards site` with our message and nothing after it. The content
// loader's failure left Astro's content data store with a save pending (Astro writes it 500 ms after its last
// change, on a timer); the build then removed the cache folder the save writes into, and the timer's write crashed
// the process ("standards: unexpected error: UnknownFilesystemError") after the message. Here the real command runs
// as users run it (scripts/standards.js, its own process), from a repository whose data/report.json is broken.

import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from '../../scripts/publish/site-build.ts';
import { SAMPLE_NOW, SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';
import { runStandards, type StandardsRun } from '../process-fixtures.ts';

let work: string;

/** `standards site` in a copy of the site fixture whose data/report.json is `report`, with a temp folder of its own. */
async function siteWithReport(name: string, report: string): Promise<StandardsRun & { reportFile: string; tmp: string }> {
  const root = path.join(work, name);
  const tmp = path.join(work, `${name}-tmp`);
  await cp(path.join(SAMPLE_ROOT, 'standards'), path.join(root, 'standards'), { recursive: true });
  await mkdir(path.join(root, 'data'), { recursive: true });
  await mkdir(tmp);
  const reportFile = path.join(root, 'data', 'report.json');
  await writeFile(reportFile, report);
  const run = await runStandards(['site', '--root', root, '--now', SAMPLE_NOW], { cwd: root, env: { TMPDIR: tmp } });
  return { ...run, reportFile, tmp };
}

/** What a build by process `pid` left in the tool: its Astro working folder, or a staging folder beside site/dist. */
async function leftInTool(pid: number): Promise<string[]> {
  const builds = await readdir(path.join(SITE_DIR, '.astro')).catch(() => [] as string[]);
  const beside = await readdir(SITE_DIR);
  return [...builds.filter((n) => n.startsWith(`build-${pid}_`)), ...beside.filter((n) => n.startsWith(`.dist.${pid}_`))];
}

/** The build's temp folders (Node keeps its compile cache in the temp folder too: not the build's). */
async function leftInTemp(tmp: string): Promise<string[]> {
  return (await readdir(tmp)).filter((n) => n.startsWith('standards-site-'));
}

let sample: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'site-bad-report-'));
  sample = await readFile(path.join(SAMPLE_ROOT, 'report.json'), 'utf8');
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('standards site with a broken data/report.json', () => {
  it('a report that breaks its schema: our message, exit 1, nothing else on stderr, no folder left', async () => {
    const report = JSON.parse(sample) as { summary: { met: unknown } };
    report.summary.met = 'lots';
    const run = await siteWithReport('schema', JSON.stringify(report));
    expect(run.stderr).toBe(`▸ site\nstandards: site failed: the site build failed: the report does not match schemas/report.schema.json:\n  ${run.reportFile}: /summary/met: must be integer\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(await leftInTemp(run.tmp)).toEqual([]);
    expect(await leftInTool(run.pid)).toEqual([]);
  }, 120_000);

  it('a report cut short: the JSON parser\'s own words, exit 1, nothing else on stderr, no folder left', async () => {
    const truncated = sample.slice(0, 5000);
    let parserSays = '';
    try {
      JSON.parse(truncated);
    } catch (error) {
      parserSays = (error as Error).message;
    }
    expect(parserSays).not.toBe('');
    const run = await siteWithReport('truncated', truncated);
    expect(run.stderr).toBe(`▸ site\nstandards: site failed: the site build failed: ${run.reportFile}: the report is not valid JSON (${parserSays}); run \`standards evaluate\` to write it again\n`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
    expect(await leftInTemp(run.tmp)).toEqual([]);
    expect(await leftInTool(run.pid)).toEqual([]);
  }, 120_000);
});
