// A version whose blob git cannot give (a partial clone whose lazy fetch failed) is left out of that run only: it is
// not kept as "no version", so the next run, with git able to give it, has the whole history again.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedGit } from './dated-git.ts';
import { runGitProcess, type GitProcess } from '../../scripts/model/git-history.ts';
import { readDocumentHistory, type ValidatedVersion } from '../../scripts/model/standard-history.ts';
import { readSopPublications, type SopVersion } from '../../scripts/model/sop-publications.ts';

const STANDARD = 'standards/frt.yaml';
const SOP = 'standards/refunds.yaml';
const standard = (threshold: string) => [
  'kind: Standard', 'id: frt', 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
  `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
  'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Because customers wait otherwise.', '',
].join('\n');

describe('a blob git cannot give', () => {
  let root: string;
  const git = datedGit(() => root);
  let missing: string[] = [];
  /** Git, except that `cat-file --batch` says "missing" for the blobs in `missing`, as a failed lazy fetch does. */
  const partial: GitProcess = async (args, cwd, input) => {
    if (args[0] !== 'cat-file' || !input) return runGitProcess(args, cwd, input);
    const asked = input.toString('utf8').split('\n').filter(Boolean);
    const given = asked.filter((b) => !missing.includes(b));
    const out = given.length ? await runGitProcess(args, cwd, Buffer.from(`${given.join('\n')}\n`)) : Buffer.alloc(0);
    return Buffer.concat([out, Buffer.from(asked.filter((b) => missing.includes(b)).map((b) => `${b} missing\n`).join(''))]);
  };

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'missing-blob-'));
    mkdirSync(path.join(root, 'standards'));
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    writeFileSync(path.join(root, STANDARD), standard('2h'));
    writeFileSync(path.join(root, SOP), 'kind: SOP\nid: refunds\nversion: 1\n');
    git('2026-11-01T09:00:00Z', 'add', '.');
    git('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'first');
    writeFileSync(path.join(root, STANDARD), standard('1h'));
    writeFileSync(path.join(root, SOP), 'kind: SOP\nid: refunds\nversion: 2\n');
    git('2026-11-10T09:00:00Z', 'commit', '-q', '-am', 'second');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves a Standard’s version out of that run, keeps nothing for it, and has it again the next run', async () => {
    missing = [git('2026-12-01T00:00:00Z', 'rev-parse', `HEAD~1:${STANDARD}`).trim()];
    const kept = new Map<string, ValidatedVersion>();
    const first = await readDocumentHistory(root, [STANDARD], partial, null, kept);
    expect(first.standards.get(STANDARD)!.map((v) => v.definition.thresholdMinutes)).toEqual([60]);
    expect([...kept.keys()].map((k) => k.split('\0')[1])).not.toContain(missing[0]);
    missing = [];
    const next = await readDocumentHistory(root, [STANDARD], partial, null, kept);
    expect(next.standards.get(STANDARD)!.map((v) => v.definition.thresholdMinutes)).toEqual([120, 60]);
  });

  it('leaves an SOP’s publication out of that run, keeps nothing for it, and has it again the next run', async () => {
    missing = [git('2026-12-01T00:00:00Z', 'rev-parse', `HEAD~1:${SOP}`).trim()];
    const kept = new Map<string, SopVersion>();
    const first = await readSopPublications(root, [{ id: 'refunds', origin: { file: SOP } }], partial, kept);
    expect(first.publications.get('refunds')!.map((p) => p.version)).toEqual([2]);
    expect(kept.has(missing[0]!)).toBe(false);
    missing = [];
    const next = await readSopPublications(root, [{ id: 'refunds', origin: { file: SOP } }], partial, kept);
    expect(next.publications.get('refunds')!.map((p) => p.version)).toEqual([1, 2]);
  });
});
