// `standards site --out DIR`: the site built where the organisation wants it (the default, site/dist, is the tool's
// own folder: inside node_modules for an organisation that installs the tool as a package). DIR is given relative to
// the folder the command runs in, as --root is; it is replaced as a whole once the build is complete, so a folder
// that holds anything but a site is refused with its reason, and a failed build leaves the previous site as it was.

import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIR } from '../../scripts/publish/site-build.ts';
import { siteOutputProblem, type SiteOutputPlaces } from '../../scripts/publish/site-output.ts';
import { SAMPLE_NOW, SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';
import { runStandards } from '../process-fixtures.ts';
import { runCli } from '../cli-runner.ts';

let work: string;
let root: string;
let places: SiteOutputPlaces;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'site-output-'));
  root = path.join(work, 'northwind');
  await cp(path.join(SAMPLE_ROOT, 'standards'), path.join(root, 'standards'), { recursive: true });
  await mkdir(path.join(root, 'data'));
  await cp(path.join(SAMPLE_ROOT, 'report.json'), path.join(root, 'data', 'report.json'));
  await mkdir(path.join(work, 'shell'));
  places = { root, standards: path.join(root, 'standards'), store: path.join(root, 'data'), siteProject: SITE_DIR, cwd: path.join(work, 'shell') };
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const instead = () => `name a folder of its own for the site (new, empty, or built by \`standards site\` before), e.g. --out ${path.join(root, '_site')}`;

describe('the output folders refused', () => {
  const cases: Array<[string, () => Promise<string>, () => string]> = [
    ['the root', async () => root, () => `--out ${root} is the repository root: the build replaces its output folder as a whole; ${instead()}`],
    ['a parent of the root', async () => work, () => `--out ${work} contains the repository root ${root}: the build replaces its output folder as a whole; ${instead()}`],
    ['a symbolic link to the root', async () => {
      const link = path.join(work, 'link-to-root');
      await symlink(root, link).catch(() => undefined);
      return link;
    }, () => `--out ${path.join(work, 'link-to-root')} is the repository root: the build replaces its output folder as a whole; ${instead()}`],
    ['the standards', async () => path.join(root, 'standards'), () => `--out ${path.join(root, 'standards')} is the standards (${path.join(root, 'standards')}): the build replaces its output folder as a whole; ${instead()}`],
    ['a folder inside the standards', async () => path.join(root, 'standards', 'site'), () => `--out ${path.join(root, 'standards', 'site')} is inside the standards (${path.join(root, 'standards')}), which holds only what the tool writes there; ${instead()}`],
    ['the store', async () => path.join(root, 'data'), () => `--out ${path.join(root, 'data')} is the store (${path.join(root, 'data')}): the build replaces its output folder as a whole; ${instead()}`],
    // The tests run in the tool's folder: paths under it are shown relative to it, as the command shows them.
    ['the tool\'s site project', async () => SITE_DIR, () => `--out site would replace the tool's own site project (site); its build output is site/dist, the default without --out; ${instead()}`],
    ['a folder of the tool\'s site project other than its dist', async () => path.join(SITE_DIR, 'src'), () => `--out site/src would replace the tool's own site project (site); its build output is site/dist, the default without --out; ${instead()}`],
    ['the folder the command runs in', async () => path.join(work, 'shell'), () => `--out ${path.join(work, 'shell')} is the folder this command runs in: the build replaces its output folder as a whole; ${instead()}`],
    ['a file', async () => {
      await writeFile(path.join(work, 'site.html'), '<h1>not a folder</h1>');
      return path.join(work, 'site.html');
    }, () => `--out ${path.join(work, 'site.html')} is a file, not a folder: the site is a folder of pages; ${instead()}`],
    ['a folder of someone\'s files (a docs/ GitHub Pages publishes)', async () => {
      await mkdir(path.join(work, 'docs'), { recursive: true });
      await writeFile(path.join(work, 'docs', 'index.html'), '<h1>Our handbook</h1>');
      return path.join(work, 'docs');
    }, () => `--out ${path.join(work, 'docs')} holds files that are not a site built by \`standards site\` (no index.html and status.json): the build would replace them all; ${instead()}`],
  ];

  it.each(cases)('%s', async (_name, out, message) => {
    expect(await siteOutputProblem(await out(), places)).toBe(message());
  });
});

describe('the output folders accepted', () => {
  it('a new folder, an empty one, one a previous build made, and the tool\'s site/dist', async () => {
    await mkdir(path.join(work, 'empty'));
    await mkdir(path.join(work, 'previous'));
    await writeFile(path.join(work, 'previous', 'index.html'), '<h1>last night</h1>');
    await writeFile(path.join(work, 'previous', 'status.json'), '{}');
    const outs = [path.join(work, 'new', 'site'), path.join(work, 'empty'), path.join(work, 'previous'), path.join(SITE_DIR, 'dist'), path.join(root, '_site')];
    expect(await Promise.all(outs.map((out) => siteOutputProblem(out, places)))).toEqual([null, null, null, null, null]);
  });
});

describe('standards site --out', () => {
  it('refuses with exit 2 and the reason, before building anything', async () => {
    const run = await runCli(['site', '--root', root, '--out', root, '--now', SAMPLE_NOW]);
    expect(run.stderr).toBe(`▸ site\nstandards: --out ${root} is the repository root: the build replaces its output folder as a whole; ${instead()}`);
    expect(run.code).toBe(2);
  });

  it('pipeline: refuses --out with --no-site', async () => {
    const run = await runCli(['pipeline', '--root', root, '--out', path.join(work, 'x'), '--no-site']);
    expect(run.stderr).toBe('standards: --out names where the site is built, and --no-site builds none: give one of them');
    expect(run.code).toBe(2);
  });

  it('builds into DIR relative to the folder it runs in; a failed build leaves that site as it was', async () => {
    const built = await runStandards(['site', '--root', 'northwind', '--out', 'published/site', '--now', SAMPLE_NOW], { cwd: work });
    expect(built.code).toBe(0);
    const out = path.join(work, 'published', 'site');
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    expect(built.stderr.split('\n')).toContain(`  site: ${pages.length} pages in ${path.relative(root, out)}`);
    const first = await readFile(path.join(out, 'standards/first-response-urgent/index.html'), 'utf8');
    expect(first.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('78 tickets of 1,129 missed the 1h goal');
    const status = JSON.parse(await readFile(path.join(out, 'status.json'), 'utf8')) as { standards: unknown[] };
    expect(status.standards.length).toBe(JSON.parse(await readFile(path.join(root, 'data', 'report.json'), 'utf8')).standards.length);
    expect(await readdir(path.join(work, 'published'))).toEqual(['site']);

    const before = await tree(out);
    await writeFile(path.join(root, 'data', 'report.json'), '{"now": "2026-11-20T06:00:00.000Z", "standards": [');
    const failed = await runStandards(['site', '--root', 'northwind', '--out', 'published/site', '--now', SAMPLE_NOW], { cwd: work });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^▸ site\nstandards: site failed: the site build failed: .*report\.json: the report is not valid JSON \(.*\); run `standards evaluate` to write it again\n$/);
    expect(await tree(out)).toEqual(before);
    expect(await readdir(path.join(work, 'published'))).toEqual(['site']);
  }, 180_000);
});

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}
