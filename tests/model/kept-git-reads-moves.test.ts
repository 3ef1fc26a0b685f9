// The git reads kept between runs (git-history.ts withKeptGitReads) in a repository whose standards folder was moved
// there from another (`git mv docs standards`): the log of the old folder reaches beyond the folders of the key, and
// was read by git on every run. It is kept with the key of its own paths: a warm run starts no git process, and an
// attributes file added under the old folder (which changes how git pairs renames) is seen.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { datedGit } from './dated-git.ts';
import { readFileRevisions, withKeptGitReads } from '../../scripts/model/git-history.ts';

// Every git process the code under test starts goes through spawn: counted here (the test's own git runs use execFileSync).
const spawned = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:child_process', async (original) => {
  const actual = await original<typeof import('node:child_process')>();
  return { ...actual, spawn: ((...args: Parameters<typeof actual.spawn>) => { spawned.count++; return actual.spawn(...args); }) as typeof actual.spawn };
});

const FILE = 'standards/sla/frt.yaml';
const text = (last: string) => `${Array.from({ length: 9 }, (_, i) => `line ${i}`).join('\n')}\n${last}\n`;

describe('git reads kept between runs, with a folder moved into the standards folder', () => {
  let repo: string;
  const git = datedGit(() => repo);
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'kept-git-reads-moves-'));
    mkdirSync(path.join(repo, 'docs/sla'), { recursive: true });
    mkdirSync(path.join(repo, 'node_modules'));
    writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');
    writeFileSync(path.join(repo, 'docs/sla/frt.yaml'), text('v1'));
    git('2026-10-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-10-01T09:00:00Z', 'add', '.');
    git('2026-10-01T09:00:00Z', 'commit', '-q', '-m', 'first');
    writeFileSync(path.join(repo, 'docs/sla/frt.yaml'), text('v2'));
    git('2026-10-02T09:00:00Z', 'commit', '-q', '-am', 'second');
    git('2026-10-03T09:00:00Z', 'mv', 'docs', 'standards');
    git('2026-10-03T09:00:00Z', 'commit', '-q', '-m', 'move');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  beforeEach(() => { spawned.count = 0; });

  const revisions = async () => {
    spawned.count = 0;
    const read = await withKeptGitReads(repo, path.join(repo, 'node_modules/.cache'), ['standards'], () => readFileRevisions(repo, [FILE], null));
    return { files: read.get(FILE)!.map((r) => r.file), processes: spawned.count };
  };

  it('a second run starts no git process; an attributes file under the old folder is read anew', async () => {
    const history = ['standards/sla/frt.yaml', 'docs/sla/frt.yaml', 'docs/sla/frt.yaml'];
    // The log of standards, the move's whole diff, the log of standards and docs.
    expect(await revisions()).toEqual({ files: history, processes: 3 });
    expect(await revisions()).toEqual({ files: history, processes: 0 });
    mkdirSync(path.join(repo, 'docs'));
    writeFileSync(path.join(repo, 'docs/.gitattributes'), '*.yaml -diff\n');
    expect((await revisions()).processes).toBe(1);
    expect((await revisions()).processes).toBe(0);
  });
});
