// A standards folder moved as a whole (`git mv docs standards`, or a merged branch that did it) keeps every
// document's history: a log limited to the new folder sees the move as files added that day, so the history
// reader reads each commit's whole diff, where git pairs the rename, and then the old folder's log too.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGitProcess, type GitProcess } from '../../scripts/model/git-history.ts';
import { gitFolderHistory } from '../../scripts/model/document-history.ts';
import { readStandardHistory } from '../../scripts/model/standard-history.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import { datedGit, folderWriter } from './dated-git.ts';
import { frtStandardYaml } from './standard-yaml.ts';

const doc = (threshold: string) => frtStandardYaml(threshold);
const FILE = 'standards/sla/frt.yaml';

let root: string;
const git = datedGit(() => root);
const write = folderWriter(() => root);
/** Every git process a read starts, with what it was given on stdin. */
function recording(calls: Array<{ args: string[]; input: string }>): GitProcess {
  return (args, cwd, input) => {
    calls.push({ args: [...args], input: input?.toString('utf8') ?? '' });
    return runGitProcess(args, cwd, input);
  };
}
/** What `git log --follow` (git's own rename following, for one file) gives: commit and path, newest first. */
function gitFollow(file: string): string[] {
  const out = git('2026-12-01T00:00:00Z', 'log', '--first-parent', '--follow', '--name-only', '--format=%H', '--', file);
  return out.split('\n').filter(Boolean).reduce<string[]>((acc, line, i, all) => (/^[0-9a-f]{40}$/.test(line) ? [...acc, `${line} ${all[i + 1]}`] : acc), []);
}

describe('a standards folder moved as a whole', () => {
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'folder-moves-'));
    git('2026-01-02T10:00:00Z', 'init', '-q', '-b', 'main');
    write('docs/sla/frt.yaml', doc('4h'));
    write('app/main.js', 'one\n');
    git('2026-01-02T10:00:00Z', 'add', '.');
    git('2026-01-02T10:00:00Z', 'commit', '-q', '-m', 'first');
    write('docs/sla/frt.yaml', doc('2h'));
    git('2026-02-02T10:00:00Z', 'commit', '-q', '-am', 'loosen');
    // The move, with a change outside the folders in the same commit.
    git('2026-03-02T10:00:00Z', 'mv', 'docs', 'policies');
    write('app/main.js', 'two\n');
    git('2026-03-02T10:00:00Z', 'commit', '-q', '-am', 'docs → policies');
    // A second move, on a branch merged with a merge commit (first-parent: one rename, dated by the merge).
    git('2026-03-20T10:00:00Z', 'checkout', '-q', '-b', 'rename');
    git('2026-03-20T10:00:00Z', 'mv', 'policies', 'standards');
    git('2026-03-20T10:00:00Z', 'commit', '-q', '-m', 'policies → standards');
    git('2026-03-25T10:00:00Z', 'checkout', '-q', 'main');
    write('app/main.js', 'three\n');
    git('2026-03-25T10:00:00Z', 'commit', '-q', '-am', 'app only');
    git('2026-03-26T10:00:00Z', 'merge', '-q', '--no-ff', '-m', 'Merge the rename', 'rename');
    write(FILE, doc('1h'));
    git('2026-04-02T10:00:00Z', 'commit', '-q', '-am', 'tighten');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps every version from before the moves, dated as before, and judges the past by them', async () => {
    const calls: Array<{ args: string[]; input: string }> = [];
    const history = await readStandardHistory(root, [FILE], recording(calls));
    expect(history.committed.get(FILE)!.map((v) => [v.committedAt.slice(0, 10), v.definition.thresholdMinutes])).toEqual([
      ['2026-01-02', 240], ['2026-02-02', 120], ['2026-03-02', 120], ['2026-03-26', 120], ['2026-04-02', 60],
    ]);
    const working = { ...history.committed.get(FILE)!.at(-1)!.definition };
    expect(versionsOfModel({ calendars: [] }, history.committed)(working).map((v) => [v.from, v.definition.thresholdMinutes])).toEqual([
      ['2026-01-01', 240], ['2026-02-02', 120], ['2026-04-02', 60],
    ]);
    // One log per round (one more per folder the documents came from), one `log --no-walk` per round for the commits
    // that added files (their whole diffs), one cat-file; app/main.js's blobs are never read.
    expect(calls.map((c) => c.args.slice(0, 2).join(' ').replace(/ --(?!no-walk).*$/, ''))).toEqual(['log', 'log --no-walk=unsorted', 'log', 'log --no-walk=unsorted', 'log', 'cat-file']);
    expect(calls.at(-1)!.input.split('\n').filter(Boolean)).toHaveLength(3);
    expect(history.processes).toBe(6);
  });

  it('gives the site the same revisions as git log --follow, with the path each version had', async () => {
    const reader = gitFolderHistory(root, 'standards');
    const revisions = await reader.revisions(FILE);
    expect(revisions.map((r) => `${r.commit} ${r.file}`)).toEqual(gitFollow(FILE));
    expect(revisions.map((r) => r.file)).toEqual([FILE, FILE, 'policies/sla/frt.yaml', 'docs/sla/frt.yaml', 'docs/sla/frt.yaml']);
    expect(await reader.contentAt(revisions.at(-1)!.commit, revisions.at(-1)!.file)).toBe(doc('4h'));
    expect(await reader.revisions('app/main.js')).toEqual([]);
  });
});
