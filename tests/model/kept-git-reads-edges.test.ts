// The evaluation's git reads kept between runs (git-history.ts withKeptGitReads, keyed by git-state.ts gitReadsKey),
// against what git itself answers in the situations a repository really meets: each kept answer must be git's own.
// A `core.attributesFile` (a user's global attributes, set in ~/.gitconfig) whose content changes: git reads it to
// tell text from binary when it pairs renames (a CRLF file renamed and turned LF is a rename as text, an add and a
// delete as binary), so the key must change with it. And checked as sound (kept as checks): an amended commit, a
// second worktree, a branch that is itself a symbolic ref, a loose ref beside a stale packed one, a repository inside
// another's folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gitReadsKey } from '../../scripts/model/git-state.ts';
import { readFileRevisions, withKeptGitReads } from '../../scripts/model/git-history.ts';
import { modelCacheDir } from '../../scripts/model/model-cache.ts';

const CRLF = 'kind: Standard\r\nid: a\r\ntitle: one two three four\r\nmetric: first_response_time\r\nthreshold: 1h\r\nobjective: 95%\r\nwindow: 30d\r\n';
const LF = CRLF.replaceAll('\r\n', '\n');

describe('kept git reads against git itself', () => {
  let top: string;
  let home: string;
  const dated = (cwd: string, date: string, ...args: string[]) => execFileSync('git', args, {
    cwd, encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });

  beforeAll(() => {
    top = mkdtempSync(path.join(tmpdir(), 'kept-git-reads-edges-'));
    home = path.join(top, 'home');
    mkdirSync(home);
    // The user's own configuration: this test's, not the machine's.
    vi.stubEnv('HOME', home);
    vi.stubEnv('XDG_CONFIG_HOME', path.join(home, '.config'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(top, { recursive: true, force: true });
  });

  /** A repository at `dir` whose standards/a.yaml (CRLF) was renamed to b.yaml and made LF in its second commit. */
  const renamedRepository = (dir: string) => {
    mkdirSync(path.join(dir, 'standards'), { recursive: true });
    // The kept reads live under node_modules (model-cache.ts modelCacheDir), as in an installed repository.
    mkdirSync(path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\nnested/\n');
    dated(dir, '2026-10-01T09:00:00Z', 'init', '-q', '-b', 'main');
    writeFileSync(path.join(dir, 'standards/a.yaml'), CRLF);
    dated(dir, '2026-10-01T09:00:00Z', 'add', '.');
    dated(dir, '2026-10-01T09:00:00Z', 'commit', '-q', '-m', 'one');
    dated(dir, '2026-10-02T09:00:00Z', 'mv', 'standards/a.yaml', 'standards/b.yaml');
    writeFileSync(path.join(dir, 'standards/b.yaml'), LF);
    dated(dir, '2026-10-02T09:00:00Z', 'add', '.');
    dated(dir, '2026-10-02T09:00:00Z', 'commit', '-q', '-m', 'two');
  };
  /** b.yaml's revisions as the evaluation reads them (kept), and as git answers them now. */
  const keptAndGit = async (dir: string) => {
    const read = () => readFileRevisions(dir, ['standards/b.yaml'], null);
    const kept = await withKeptGitReads(dir, modelCacheDir(dir), ['standards'], read);
    const fresh = await read();
    const shown = (m: Awaited<ReturnType<typeof read>>) => m.get('standards/b.yaml')!.map((r) => `${r.date.slice(0, 10)} ${r.file}`);
    return { kept: shown(kept), git: shown(fresh) };
  };

  it('a global attributes file (core.attributesFile) whose content changes: the kept log is read again', async () => {
    const dir = path.join(top, 'attributes');
    renamedRepository(dir);
    const attributes = path.join(home, 'attributes');
    writeFileSync(attributes, '');
    writeFileSync(path.join(home, '.gitconfig'), `[core]\n\tattributesFile = ${attributes}\n`);
    // As text: one file, renamed.
    expect(await keptAndGit(dir)).toEqual({ kept: ['2026-10-02 standards/b.yaml', '2026-10-01 standards/a.yaml'], git: ['2026-10-02 standards/b.yaml', '2026-10-01 standards/a.yaml'] });
    const before = gitReadsKey(dir, ['standards']);
    // As binary: b.yaml was added by the second commit, a.yaml deleted.
    writeFileSync(attributes, '*.yaml binary\n');
    expect(await keptAndGit(dir)).toEqual({ kept: ['2026-10-02 standards/b.yaml'], git: ['2026-10-02 standards/b.yaml'] });
    expect(gitReadsKey(dir, ['standards'])).not.toBe(before);
    // Named from the home folder (~/), the same.
    writeFileSync(path.join(home, '.gitconfig'), '[core]\n\tattributesFile = ~/attributes\n');
    const named = gitReadsKey(dir, ['standards']);
    writeFileSync(attributes, '');
    expect(gitReadsKey(dir, ['standards'])).not.toBe(named);
    expect(await keptAndGit(dir)).toEqual({ kept: ['2026-10-02 standards/b.yaml', '2026-10-01 standards/a.yaml'], git: ['2026-10-02 standards/b.yaml', '2026-10-01 standards/a.yaml'] });
    // A value this does not read as a plain path (quoted, relative): no key, git answers.
    writeFileSync(path.join(home, '.gitconfig'), '[core]\n\tattributesFile = "attributes"\n');
    expect(gitReadsKey(dir, ['standards'])).toBeNull();
    rmSync(path.join(home, '.gitconfig'));
  });

  it('an amended commit, a second worktree, a loose ref beside a stale packed one, a repository inside another: the kept answer is git\'s (checks)', async () => {
    rmSync(path.join(home, '.gitconfig'), { force: true });
    const dir = path.join(top, 'plain');
    renamedRepository(dir);
    expect((await keptAndGit(dir)).kept).toHaveLength(2);
    // Amended with another date: the same branch, another commit.
    dated(dir, '2026-10-05T09:00:00Z', 'commit', '-q', '--amend', '-m', 'two, amended');
    let both = await keptAndGit(dir);
    expect(both.kept).toEqual(both.git);
    expect(both.kept[0]).toBe('2026-10-05 standards/b.yaml');

    // Packed refs, then the branch moved by a loose ref (git reads the loose one; the packed line stays stale).
    dated(dir, '2026-10-05T09:00:00Z', 'pack-refs', '--all');
    writeFileSync(path.join(dir, 'standards/b.yaml'), `${LF}rationale: why\n`);
    dated(dir, '2026-10-06T09:00:00Z', 'commit', '-q', '-am', 'three');
    both = await keptAndGit(dir);
    expect(both.kept).toEqual(both.git);
    expect(both.kept[0]).toBe('2026-10-06 standards/b.yaml');

    // A second worktree on its own branch, a commit there: each worktree's own answer.
    const other = path.join(top, 'plain-worktree');
    dated(dir, '2026-10-07T09:00:00Z', 'worktree', 'add', '-q', '-b', 'other', other, 'HEAD~1');
    mkdirSync(path.join(other, 'node_modules'));
    both = await keptAndGit(other);
    expect(both.kept).toEqual(both.git);
    expect(both.kept[0]).toBe('2026-10-05 standards/b.yaml');
    writeFileSync(path.join(other, 'standards/b.yaml'), `${LF}rationale: other\n`);
    dated(other, '2026-10-08T09:00:00Z', 'commit', '-q', '-am', 'other');
    both = await keptAndGit(other);
    expect(both.kept).toEqual(both.git);
    expect(both.kept[0]).toBe('2026-10-08 standards/b.yaml');
    both = await keptAndGit(dir);
    expect(both.kept[0]).toBe('2026-10-06 standards/b.yaml');

    // A branch that is itself a symbolic ref (HEAD → refs/heads/alias → refs/heads/main): no key, git answers.
    dated(dir, '2026-10-09T09:00:00Z', 'symbolic-ref', 'refs/heads/alias', 'refs/heads/main');
    dated(dir, '2026-10-09T09:00:00Z', 'symbolic-ref', 'HEAD', 'refs/heads/alias');
    expect(gitReadsKey(dir, ['standards'])).toBeNull();
    both = await keptAndGit(dir);
    expect(both.kept).toEqual(both.git);
    dated(dir, '2026-10-09T09:00:00Z', 'symbolic-ref', 'HEAD', 'refs/heads/main');

    // A repository in a folder of another: its own history, not the outer one's.
    const inner = path.join(dir, 'nested');
    renamedRepository(inner);
    dated(inner, '2026-10-10T09:00:00Z', 'commit', '-q', '--amend', '-m', 'inner');
    both = await keptAndGit(inner);
    expect(both.kept).toEqual(both.git);
    expect(both.kept[0]).toBe('2026-10-10 standards/b.yaml');
  });
});
