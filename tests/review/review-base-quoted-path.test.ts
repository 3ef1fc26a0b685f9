// The files `git merge-tree` lists as conflicted, read NUL-separated (-z): without it git quotes a path with a byte
// outside ASCII, a double quote or a control character (core.quotePath), as `"standards/\303\251 \"q\" x.yaml"`, which
// does not start with `standards/`, so a conflict under standards/ went unseen and the review took a merged tree that
// holds conflict markers. A repository built here: main and the branch each change the same line of such a file.

import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveReviewBase } from '../../scripts/review/git-tree.ts';
import { datedGit, folderWriter } from '../model/dated-git.ts';
import { removeTemps, tempDir } from './review-fixtures.ts';

afterEach(removeTemps);

const ODD = 'standards/teams/é "q" x.yaml';

function conflictingRepo(file: string): { root: string; fork: string } {
  const root = tempDir('standards-review-quoted-');
  const git = datedGit(() => root);
  const write = folderWriter(() => root);
  git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
  git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
  write(file, 'members: [a]\n');
  write('standards/teams/plain.yaml', 'members: [p]\n');
  git('2026-11-01T09:00:00Z', 'add', '-A');
  git('2026-11-01T09:00:00Z', 'commit', '-qm', 'base');
  const fork = git('2026-11-01T09:00:00Z', 'rev-parse', 'HEAD').trim();
  git('2026-11-02T09:00:00Z', 'checkout', '-qb', 'proposal');
  write(file, 'members: [b]\n');
  git('2026-11-02T09:00:00Z', 'commit', '-qam', 'branch');
  git('2026-11-03T09:00:00Z', 'checkout', '-q', 'main');
  write(file, 'members: [c]\n');
  git('2026-11-03T09:00:00Z', 'commit', '-qam', 'main');
  git('2026-11-04T09:00:00Z', 'checkout', '-q', 'proposal');
  return { root, fork };
}

describe('a merge into the tip that conflicts in a file whose name git quotes', () => {
  it('sees the conflict under standards/ and keeps the fork as the base, naming the file as it is', async () => {
    const { root, fork } = conflictingRepo(ODD);
    expect(await resolveReviewBase(root, 'main')).toEqual({
      commit: fork,
      proposedTree: null,
      note: `This branch forked from main 1 commit before its tip, and merging it into the tip conflicts in ${ODD}: the base side is where it forked, so its figures may not be the ones published from main; merge main into this branch (or rebase it) to see them.`,
    });
  });

  it('still merges when such a file conflicts outside standards/', async () => {
    const { root } = conflictingRepo(path.posix.join('docs', 'é "q" x.md'));
    const sides = await resolveReviewBase(root, 'main');
    expect([sides.proposedTree === null, sides.note]).toEqual([false, 'The base is main as it is now, 1 commit past where this branch forked, and the proposed side this branch merged into it: the base side\'s figures are the ones published from main.']);
  });
});
