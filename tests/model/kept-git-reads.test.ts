// The evaluation's git reads kept between runs (git-history.ts withKeptGitReads, keyed by git-state.ts gitReadsKey):
// a repository as the last run left it starts no git process, and everything that changes what git would answer
// is seen: a new commit, a checkout, a rebase (the branch rewritten), a change of git's configuration or of an
// attributes file. A changed working-tree document is seen too: it is read from the working tree, never from the
// kept log. Where the key cannot be told without git (a shallow clone, replace refs, GIT_DIR, no repository, a
// branch without commits), there is no key and git answers, as before.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { datedGit } from './dated-git.ts';
import { gitReadsKey } from '../../scripts/model/git-state.ts';
import { readFileRevisions, withKeptGitReads } from '../../scripts/model/git-history.ts';
import { loadModelKept, modelCacheDir } from '../../scripts/model/model-cache.ts';
import { withHistory } from '../../scripts/commands/pipeline.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';

// Every git process the code under test starts goes through spawn: counted here (the test's own git runs use execFileSync).
const spawned = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:child_process', async (original) => {
  const actual = await original<typeof import('node:child_process')>();
  return { ...actual, spawn: ((...args: Parameters<typeof actual.spawn>) => { spawned.count++; return actual.spawn(...args); }) as typeof actual.spawn };
});

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/site/sample/standards');
const URGENT = 'standards/service-levels/first-response-urgent.yaml';

describe('git reads kept between runs', () => {
  let top: string;
  const repo = () => path.join(top, 'repo');
  const git = datedGit(repo);

  beforeAll(() => {
    top = mkdtempSync(path.join(tmpdir(), 'kept-git-reads-'));
    mkdirSync(path.join(repo(), 'node_modules'), { recursive: true });
    writeFileSync(path.join(repo(), '.gitignore'), 'node_modules/\n');
    cpSync(FIXTURE, path.join(repo(), 'standards'), { recursive: true });
    git('2026-10-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-10-01T09:00:00Z', 'add', '.');
    git('2026-10-01T09:00:00Z', 'commit', '-q', '-m', 'first');
  });
  afterAll(() => rmSync(top, { recursive: true, force: true }));
  beforeEach(() => { spawned.count = 0; });

  const setThreshold = (threshold: string) => {
    const file = path.join(repo(), URGENT);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^threshold: .*$/m, `threshold: ${threshold}`));
  };
  const commit = (date: string, message: string) => {
    git(date, 'add', '.');
    git(date, 'commit', '-q', '-m', message);
  };
  /** The urgent standard's revisions as an evaluation reads them (kept reads), and the git processes it started. */
  const revisions = async () => {
    spawned.count = 0;
    const read = await withKeptGitReads(repo(), modelCacheDir(repo()), ['standards'], () => readFileRevisions(repo(), [URGENT], null));
    return { dates: read.get(URGENT)!.map((r) => r.date), processes: spawned.count };
  };
  /** The versions the evaluation judges the urgent standard by, from the working tree's model and the kept reads. */
  const versions = async () => {
    const { model } = await loadModelKept({ root: repo(), today: '2026-11-23', strict: false });
    const io: CommandIO = { root: repo(), stdout: () => undefined, stderr: () => undefined, env: {}, color: false, now: () => new Date('2026-11-23T06:00:00Z') };
    const { versioned, versionsOf } = await withKeptGitReads(repo(), modelCacheDir(repo()), ['standards'], () => withHistory(io, model!, new Date('2026-11-23T06:00:00Z')));
    const urgent = versioned.standards.find((s) => s.id === 'first-response-urgent')!;
    return versionsOf(urgent).map((v) => `${v.from} ${(v.definition as { thresholdMinutes?: number }).thresholdMinutes}`);
  };

  it('a second run starts no git process and reads the same log; a new commit, a checkout and a rebase are each read anew', async () => {
    const first = await revisions();
    expect(first).toEqual({ dates: ['2026-10-01T09:00:00+00:00'], processes: 1 });
    expect(await revisions()).toEqual({ dates: ['2026-10-01T09:00:00+00:00'], processes: 0 });

    // A new commit.
    setThreshold('2h');
    commit('2026-10-10T09:00:00Z', 'looser');
    expect(await revisions()).toEqual({ dates: ['2026-10-10T09:00:00+00:00', '2026-10-01T09:00:00+00:00'], processes: 1 });
    expect((await revisions()).processes).toBe(0);

    // A checkout of another branch, and back: each commit's log was read once (the key is the commit, not the branch).
    git('2026-10-11T09:00:00Z', 'checkout', '-q', '-b', 'other', 'HEAD~1');
    expect(await revisions()).toEqual({ dates: ['2026-10-01T09:00:00+00:00'], processes: 0 });
    git('2026-10-11T09:00:00Z', 'checkout', '-q', 'main');
    expect(await revisions()).toEqual({ dates: ['2026-10-10T09:00:00+00:00', '2026-10-01T09:00:00+00:00'], processes: 0 });

    // A rebase: main's last commit made again on another base, with another date (the branch name is the same).
    git('2026-10-12T09:00:00Z', 'checkout', '-q', 'other');
    writeFileSync(path.join(repo(), 'standards/notes.md'), 'a note\n');
    commit('2026-10-05T09:00:00Z', 'a note');
    git('2026-10-12T09:00:00Z', 'checkout', '-q', 'main');
    git('2026-10-12T09:00:00Z', 'rebase', '-q', 'other');
    // The rebased branch added a file (notes.md): its commit's whole diff is read too, for a move from elsewhere.
    expect(await revisions()).toEqual({ dates: ['2026-10-12T09:00:00+00:00', '2026-10-01T09:00:00+00:00'], processes: 2 });
    // Packing the refs moves the branch's commit into packed-refs: the same commit, the same key.
    git('2026-10-12T09:00:00Z', 'pack-refs', '--all');
    expect((await revisions()).processes).toBe(0);
  });

  it('sees a document changed in the working tree, uncommitted, with the log kept', async () => {
    await versions();
    spawned.count = 0;
    const committed = await versions();
    expect(spawned.count).toBe(0);
    setThreshold('4h');
    spawned.count = 0;
    const working = await versions();
    expect(spawned.count).toBe(0);
    // The working copy is the version in force now (from its own effective date: standard-versions.ts).
    expect(committed).toEqual(['2026-01-01 60', '2026-10-12 120']);
    expect(working).toEqual(['2026-01-01 240']);
    git('2026-10-13T09:00:00Z', 'checkout', '-q', '--', URGENT);
  });

  it('changes its key with git\'s configuration and an attributes file under the folders read, not with a document\'s text', () => {
    const before = gitReadsKey(repo(), ['standards']);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    setThreshold('3h');
    expect(gitReadsKey(repo(), ['standards'])).toBe(before);
    git('2026-10-13T09:00:00Z', 'checkout', '-q', '--', URGENT);
    git('2026-10-13T09:00:00Z', 'config', 'diff.renameLimit', '1');
    const configured = gitReadsKey(repo(), ['standards']);
    expect(configured).not.toBe(before);
    writeFileSync(path.join(repo(), 'standards/service-levels/.gitattributes'), '*.yaml binary\n');
    expect(gitReadsKey(repo(), ['standards'])).not.toBe(configured);
    rmSync(path.join(repo(), 'standards/service-levels/.gitattributes'));
    git('2026-10-13T09:00:00Z', 'config', '--unset', 'diff.renameLimit');
    expect(gitReadsKey(repo(), ['standards'])).toBe(before);
    // A detached HEAD at the same commit reads the same history; one commit back, another.
    git('2026-10-13T09:00:00Z', 'checkout', '-q', '--detach');
    expect(gitReadsKey(repo(), ['standards'])).toBe(before);
    git('2026-10-13T09:00:00Z', 'checkout', '-q', 'HEAD~1');
    expect(gitReadsKey(repo(), ['standards'])).not.toBe(before);
    git('2026-10-13T09:00:00Z', 'checkout', '-q', 'main');
  });

  it('has no key (git answers) for a shallow clone, replace refs, GIT_DIR, no repository, a branch without commits, or the whole tree', () => {
    const shallow = path.join(top, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', pathToFileURL(repo()).href, shallow]);
    expect(gitReadsKey(shallow, ['standards'])).toBeNull();

    const replaced = path.join(top, 'replaced');
    execFileSync('git', ['clone', '-q', repo(), replaced]);
    expect(gitReadsKey(replaced, ['standards'])).toMatch(/^[0-9a-f]{64}$/);
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: replaced, encoding: 'utf8' }).trim();
    const parent = execFileSync('git', ['rev-parse', 'HEAD~1'], { cwd: replaced, encoding: 'utf8' }).trim();
    execFileSync('git', ['replace', head, parent], { cwd: replaced });
    expect(gitReadsKey(replaced, ['standards'])).toBeNull();

    expect(gitReadsKey(repo(), ['.'])).toBeNull();
    vi.stubEnv('GIT_DIR', path.join(repo(), '.git'));
    try {
      expect(gitReadsKey(repo(), ['standards'])).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }

    const outside = path.join(top, 'outside');
    mkdirSync(path.join(outside, 'standards'), { recursive: true });
    expect(gitReadsKey(outside, ['standards'])).toBeNull();
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: outside });
    expect(gitReadsKey(outside, ['standards'])).toBeNull();
  });
});
