// The loaded model kept between runs (scripts/model/model-cache.ts): what a run reads back is exactly what loading
// gives (model and findings, warnings included), and any change of what loading depends on (a document's bytes,
// a document added, the day review dates are judged against, strictness) loads anew; a damaged kept file is loaded
// anew and written again; without node_modules nothing is kept. The committed versions of standards, calendars
// and SOPs are kept by git blob: a second run asks git only for the log, and gives the same history.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import { loadModelKept, modelCacheDir } from '../../scripts/model/model-cache.ts';
import { readDocumentHistory, runGitProcess, type GitProcess, type HeldDocument, type ValidatedVersion } from '../../scripts/model/standard-history.ts';
import { readSopPublications, type SopVersion } from '../../scripts/model/sop-publications.ts';
import { datedGit } from './dated-git.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/site/sample/standards');
// Months after the fixture's review dates: every document's review is overdue, a warning each.
const TODAY = '2027-06-01';
const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function repository(withModules = true): string {
  const root = mkdtempSync(path.join(tmpdir(), 'model-cache-'));
  temps.push(root);
  cpSync(FIXTURE, path.join(root, 'standards'), { recursive: true });
  if (withModules) mkdirSync(path.join(root, 'node_modules'));
  return root;
}

const anew = async (root: string, today = TODAY, strict = false) => {
  const { model, findings } = await loadStandardsModel({ root, today, strict, base: null });
  return { model, findings };
};
const kept = async (root: string, today = TODAY, strict = false) => {
  const { kept: fromCache, ...result } = await loadModelKept({ root, today, strict });
  return { fromCache, result };
};

describe('the model kept between runs', () => {
  it('is read back exactly as loading gives it, findings included, and loaded anew when a document, the day or strictness changes', async () => {
    const root = repository();
    const reference = await anew(root);
    expect(reference.model).not.toBeNull();
    expect(reference.findings.filter((f) => f.severity === 'warning').length).toBeGreaterThan(3);

    const first = await kept(root);
    expect(first.fromCache).toBe(false);
    expect(first.result).toEqual(reference);
    const second = await kept(root);
    expect(second.fromCache).toBe(true);
    expect(second.result).toEqual(reference);

    // Another day (other reviews overdue), strict (warnings become errors: no model).
    expect(await kept(root, '2026-11-02')).toEqual({ fromCache: false, result: await anew(root, '2026-11-02') });
    const strict = await kept(root, TODAY, true);
    expect(strict).toEqual({ fromCache: false, result: await anew(root, TODAY, true) });
    expect(strict.result.model).toBeNull();

    // A document changed, then a document added: each is loaded anew and read back as loaded.
    const file = path.join(root, 'standards/service-levels/csat.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Customers rate their support as good, nine times in ten'));
    const changed = await kept(root);
    expect(changed.fromCache).toBe(false);
    expect(changed.result).toEqual(await anew(root));
    expect(changed.result.model!.standards.find((s) => s.id === 'csat')!.title).toBe('Customers rate their support as good, nine times in ten');
    expect((await kept(root)).fromCache).toBe(true);
    cpSync(file, path.join(root, 'standards/service-levels/csat-copy.yaml'));
    const added = await kept(root);
    expect(added.fromCache).toBe(false);
    // Two documents with one id: an error, no model.
    expect(added.result).toEqual(await anew(root));
    expect(added.result.model).toBeNull();
  });

  it('a damaged kept file is loaded anew and written again; without node_modules nothing is kept', async () => {
    const root = repository();
    const reference = await anew(root);
    await kept(root);
    const dir = modelCacheDir(root)!;
    const [file] = readdirSync(dir).filter((name) => name.startsWith('model-'));
    const text = readFileSync(path.join(dir, file!), 'utf8');
    expect(text).toContain('Nine in ten');
    // Cut off, of another key, and one word changed (its digest no longer matches).
    for (const damage of ['{"key":', JSON.stringify({ key: 'another', value: reference }), text.replace('Nine in ten', 'Nine in two')]) {
      writeFileSync(path.join(dir, file!), damage);
      expect(await kept(root)).toEqual({ fromCache: false, result: reference });
      expect(await kept(root)).toEqual({ fromCache: true, result: reference });
    }

    const bare = repository(false);
    expect(modelCacheDir(bare)).toBeNull();
    expect(await kept(bare)).toEqual({ fromCache: false, result: reference });
    expect(await kept(bare)).toEqual({ fromCache: false, result: reference });
  });
});

describe('committed versions kept by blob', () => {
  it('give the same history and SOP publications, asking git only for the log once every blob is kept', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'model-cache-git-'));
    temps.push(root);
    const git = datedGit(() => root);
    const STANDARD = 'standards/service-levels/frt.yaml';
    const SOP = 'standards/sops/refunds.yaml';
    const standard = (threshold: string) => [
      'kind: Standard', 'id: frt', 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
      `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
      'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Because customers wait otherwise.', '',
    ].join('\n');
    for (const dir of ['service-levels', 'sops']) mkdirSync(path.join(root, 'standards', dir), { recursive: true });
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
    for (const [date, threshold, version] of [['2026-11-01T09:00:00Z', '2h', 1], ['2026-11-10T09:00:00Z', '1h', 2], ['2026-11-20T09:00:00Z', 'not a duration', 3]] as const) {
      writeFileSync(path.join(root, STANDARD), standard(threshold));
      writeFileSync(path.join(root, SOP), `kind: SOP\nid: refunds\nversion: ${version}\n`);
      git(date, 'add', '.');
      git(date, 'commit', '-q', '-m', `version ${version}`);
    }
    const calls: string[] = [];
    const counted: GitProcess = (args, cwd, input) => {
      calls.push(args[0]!);
      return runGitProcess(args, cwd, input);
    };

    const reference = await readDocumentHistory(root, [STANDARD]);
    // The third version does not validate: two versions.
    expect(reference.standards.get(STANDARD)!.map((v) => v.definition.thresholdMinutes)).toEqual([120, 60]);
    const versions = new Map<string, ValidatedVersion>();
    // What each blob holds (its kind and id: the standard is followed by its id, document-history.ts), kept too.
    const ids = new Map<string, HeldDocument>();
    expect(await readDocumentHistory(root, [STANDARD], counted, null, versions, ids)).toEqual(reference);
    expect([versions.size, ids.size]).toEqual([3, 3]);
    expect(calls.splice(0)).toEqual(['log', 'cat-file']);
    const copy = <T>(map: Map<string, T>) => new Map(JSON.parse(JSON.stringify([...map])) as Array<[string, T]>);
    const again = await readDocumentHistory(root, [STANDARD], counted, null, copy(versions), copy(ids));
    expect(again).toEqual({ ...reference, processes: 1 });
    expect(calls.splice(0)).toEqual(['log']);

    const sops = [{ id: 'refunds', origin: { file: SOP } }];
    const published = await readSopPublications(root, sops);
    expect(published.publications.get('refunds')!.map((p) => p.version)).toEqual([1, 2, 3]);
    const held = new Map<string, SopVersion>();
    expect(await readSopPublications(root, sops, counted, held)).toEqual(published);
    expect(calls.splice(0)).toEqual(['log', 'cat-file']);
    expect(await readSopPublications(root, sops, counted, held)).toEqual(published);
    expect(calls.splice(0)).toEqual(['log']);
  });
});
