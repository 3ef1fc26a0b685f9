// Dating by arrival on the branch (git-history.ts datedByArrival) against the whole first-parent chain: a commit
// cannot have reached the branch before the commit it follows, even when that commit changed no document and so
// is not in the log of the standards folder. Most commits of a repository touch code, not standards: a standards
// change rebased with its old dates (`--committer-date-is-author-date`) usually lands after code commits.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileRevisions } from '../../scripts/model/git-history.ts';
import { gitFolderHistory } from '../../scripts/model/document-history.ts';
import { readSopPublications } from '../../scripts/model/sop-publications.ts';
import { readStandardHistory } from '../../scripts/model/standard-history.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import { datedGit, folderWriter } from './dated-git.ts';

const doc = (threshold: string) => [
  'kind: Standard', 'id: frt', 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
  `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
  'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Because customers wait otherwise.', '',
].join('\n');
const FILE = 'standards/sla/frt.yaml';
const SOP = 'standards/sops/refunds.yaml';
const sop = (version: number) => `kind: SOP\nid: refunds\nversion: ${version}\n`;

describe('a standards commit rebased with its old date after code-only commits', () => {
  let root: string;
  const git = datedGit(() => root);
  const write = folderWriter(() => root);
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'dated-by-arrival-'));
    git('2026-01-02T10:00:00Z', 'init', '-q', '-b', 'main');
    write(FILE, doc('4h'));
    write(SOP, sop(1));
    git('2026-01-02T10:00:00Z', 'add', '.');
    git('2026-01-02T10:00:00Z', 'commit', '-q', '-m', 'first');
    // Code only, on Mar 10 (in another time zone): not in `git log -- standards`, but on the chain.
    write('app/main.js', 'one\n');
    git('2026-03-10T10:00:00+02:00', 'add', '.');
    git('2026-03-10T10:00:00+02:00', 'commit', '-q', '-m', 'code');
    // Written on Feb 20, rebased onto the code commit keeping its date: on the branch after Mar 10.
    write(FILE, doc('1h'));
    write(SOP, sop(2));
    git('2026-02-20T09:00:00Z', 'commit', '-q', '-am', 'tighten to 1h');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('takes effect when it reached the branch (the code commit\'s date), never back to the day it was written', async () => {
    const history = await readStandardHistory(root, [FILE]);
    expect(history.committed.get(FILE)!.map((v) => [v.committedAt, v.definition.thresholdMinutes])).toEqual([
      ['2026-01-02T10:00:00+00:00', 240], ['2026-03-10T10:00:00+02:00', 60],
    ]);
    const working = { ...history.committed.get(FILE)!.at(-1)!.definition };
    // Before: the 1h goal judged from Feb 20, repainting Feb 20 – Mar 9, which the 4h goal had judged.
    expect(versionsOfModel({ calendars: [] }, history.committed)(working).map((v) => [v.from, v.definition.thresholdMinutes])).toEqual([
      ['2026-01-01', 240], ['2026-03-10', 60],
    ]);
  });

  it('gives the site, the SOP publications and the evaluation the same dates', async () => {
    const read = (await readFileRevisions(root, [FILE], null)).get(FILE)!.map((r) => r.date);
    expect(read).toEqual(['2026-03-10T10:00:00+02:00', '2026-01-02T10:00:00+00:00']);
    expect((await gitFolderHistory(root, 'standards').revisions(FILE)).map((r) => r.date)).toEqual(read);
    const published = await readSopPublications(root, [{ id: 'refunds', origin: { file: SOP } }]);
    expect(published.publications.get('refunds')!.map((p) => [p.version, new Date(p.publishedMs).toISOString()])).toEqual([
      [1, '2026-01-02T10:00:00.000Z'], [2, '2026-03-10T08:00:00.000Z'],
    ]);
  });
});

describe('the first-parent chain is read in chain order whatever the dates say', () => {
  let root: string;
  const git = datedGit(() => root);
  const write = folderWriter(() => root);
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'dated-chain-'));
    git('2026-01-10T10:00:00Z', 'init', '-q', '-b', 'main');
    write(FILE, doc('4h'));
    git('2026-01-10T10:00:00Z', 'add', '.');
    git('2026-01-10T10:00:00Z', 'commit', '-q', '-m', 's1');
    // A side branch whose commits are dated months ahead (a wrong clock) and one dated years back.
    git('2026-01-11T10:00:00Z', 'checkout', '-q', '-b', 'side');
    write('app/y.js', 'y\n');
    git('2026-06-01T00:00:00Z', 'add', '.');
    git('2026-06-01T00:00:00Z', 'commit', '-q', '-m', 'side, from the future');
    write(FILE, doc('3h'));
    git('2024-01-01T00:00:00Z', 'commit', '-q', '-am', 'side, from the past');
    git('2026-01-12T10:00:00Z', 'checkout', '-q', 'main');
    write(FILE, doc('2h'));
    git('2025-12-01T00:00:00-05:00', 'commit', '-q', '-am', 'main, dated before s1');
    // The merge is dated before everything it follows, in a time zone east of UTC.
    git('2026-01-05T01:00:00+09:00', 'merge', '-q', '--no-ff', '-X', 'theirs', '-m', 'merge side', 'side');
    write(FILE, doc('1h'));
    git('2026-02-01T10:00:00Z', 'commit', '-q', '-am', 's5');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists the first-parent commits newest first as git rev-list does, each dated no earlier than those before it', async () => {
    const chain = git('2026-12-01T00:00:00Z', 'rev-list', '--first-parent', 'HEAD', '--', 'standards').trim().split('\n');
    const revisions = (await readFileRevisions(root, [FILE], null)).get(FILE)!;
    expect(revisions.map((r) => r.commit)).toEqual(chain);
    expect(revisions.map((r) => r.date)).toEqual([
      '2026-02-01T10:00:00+00:00', '2026-01-10T10:00:00+00:00', '2026-01-10T10:00:00+00:00', '2026-01-10T10:00:00+00:00',
    ]);
  });
});
