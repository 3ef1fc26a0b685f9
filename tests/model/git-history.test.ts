import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseChangeLog, readFileRevisions, revisionsByFile, runGitProcess, withSharedGitReads } from '../../scripts/model/git-history.ts';
import { gitFolderHistory } from '../../scripts/model/document-history.ts';

const RS = '\u001e';
const FS = '\u001f';

describe('revisions of every file from one raw -z log', () => {
  const meta = (status: string) => `:100644 100644 ${'1'.repeat(40)} ${(status === 'D' ? '0' : '2').repeat(40)} ${status}`;
  const commit = (id: string, date: string, subject: string, ...changes: string[][]) =>
    `${RS}${id}${FS}${date}${FS}${subject}\0\n${changes.map(([status, ...paths]) => [meta(status!), ...paths].map((t) => `${t}\0`).join('')).join('')}`;
  it('follows renames backwards and does not mix in an older file that had the same name', () => {
    const log = [
      commit('c5', '2026-05-01T00:00:00Z', 'Re-add a', ['A', 'standards/a.yaml']),
      commit('c4', '2026-04-01T00:00:00Z', 'Delete a', ['D', 'standards/a.yaml']),
      commit('c3', '2026-03-01T00:00:00Z', 'Rename b to c', ['R090', 'standards/b.yaml', 'standards/c.yaml']),
      commit('c2', '2026-02-01T00:00:00Z', 'Edit both', ['M', 'standards/a.yaml'], ['M', 'standards/b.yaml']),
      commit('c1', '2026-01-01T00:00:00Z', 'Add both', ['A', 'standards/a.yaml'], ['A', 'standards/b.yaml']),
    ].join('');
    const byFile = revisionsByFile(parseChangeLog(log));
    const summary = Object.fromEntries([...byFile].map(([file, revs]) => [file, revs.map((r) => `${r.commit}:${r.file}`)]));
    expect(summary).toEqual({
      'standards/a.yaml': ['c5:standards/a.yaml'],
      'standards/c.yaml': ['c3:standards/c.yaml', 'c2:standards/b.yaml', 'c1:standards/b.yaml'],
    });
  });

  it('takes a path as git wrote it, with a tab, a newline, a quote or a non-ASCII letter in it', () => {
    const odd = 'standards/équipe\t"x"\nb.yaml';
    const [only] = parseChangeLog(commit('c1', '2026-01-01T00:00:00Z', 'Odd', ['R100', 'standards/a b.yaml', odd]));
    expect(only!.changes).toEqual([{ status: 'R', from: 'standards/a b.yaml', path: odd, blob: '2'.repeat(40) }]);
  });
});

describe('gitFolderHistory on a real repository', () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-03-01T10:00:00Z', GIT_COMMITTER_DATE: '2026-03-01T10:00:00Z' } });
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'git-history-'));
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 'T');
    mkdirSync(path.join(dir, 'standards/sops'), { recursive: true });
    mkdirSync(path.join(dir, 'standards/service-levels'), { recursive: true });
    for (let i = 0; i < 6; i++) {
      writeFileSync(path.join(dir, `standards/service-levels/s${i}.yaml`), `id: s${i}\nthreshold: ${i + 1}h\nnote: first\n`);
    }
    writeFileSync(path.join(dir, 'standards/sops/old-name.yaml'), 'version: 1\nsteps: []\n');
    git('add', '-A'); git('commit', '-qm', 'Add everything');
    for (let i = 0; i < 6; i += 2) writeFileSync(path.join(dir, `standards/service-levels/s${i}.yaml`), `id: s${i}\nthreshold: ${i + 2}h\nnote: second\n`);
    git('add', '-A'); git('commit', '-qm', 'Loosen the even ones');
    renameSync(path.join(dir, 'standards/sops/old-name.yaml'), path.join(dir, 'standards/sops/new-name.yaml'));
    git('add', '-A'); git('commit', '-qm', 'Rename the SOP');
    writeFileSync(path.join(dir, 'standards/sops/new-name.yaml'), 'version: 2\nsteps: []\n');
    writeFileSync(path.join(dir, 'README.md'), 'outside the folder\n');
    git('add', '-A'); git('commit', '-qm', 'SOP version 2');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives every file the same revisions as git log --follow, with one git log and one git cat-file for all of them', async () => {
    const calls: string[][] = [];
    const reader = gitFolderHistory(dir, 'standards', (args, cwd, input) => { calls.push([...args]); return runGitProcess(args, cwd, input); });
    const files = ['standards/sops/new-name.yaml', ...Array.from({ length: 6 }, (_, i) => `standards/service-levels/s${i}.yaml`)];
    for (const file of files) {
      const expected = git('log', '--follow', '--format=%H', '--', file).trim().split('\n');
      expect((await reader.revisions(file)).map((r) => r.commit)).toEqual(expected);
    }
    // The blobs are read with the log: each document is followed by the id its versions hold (document-history.ts).
    expect(calls.map((a) => a[0])).toEqual(['log', 'cat-file']);
    expect((await reader.revisions('standards/sops/new-name.yaml')).map((r) => [r.subject, r.file])).toEqual([
      ['SOP version 2', 'standards/sops/new-name.yaml'],
      ['Rename the SOP', 'standards/sops/new-name.yaml'],
      ['Add everything', 'standards/sops/old-name.yaml'],
    ]);
  });

  it('serves contents at each revision, in order even when asked concurrently, and null for what is not there', async () => {
    const calls: string[][] = [];
    const reader = gitFolderHistory(dir, 'standards', (args, cwd, input) => { calls.push([...args]); return runGitProcess(args, cwd, input); });
    const revisions = await reader.revisions('standards/service-levels/s0.yaml');
    const [newest, oldest] = await Promise.all([
      reader.contentAt(revisions[0]!.commit, 'standards/service-levels/s0.yaml'),
      reader.contentAt(revisions[1]!.commit, 'standards/service-levels/s0.yaml'),
    ]);
    expect(newest).toBe('id: s0\nthreshold: 2h\nnote: second\n');
    expect(oldest).toBe('id: s0\nthreshold: 1h\nnote: first\n');
    // every version of every file came from one git log and one git cat-file
    expect(calls.map((a) => a[0])).toEqual(['log', 'cat-file']);
    expect(await reader.contentAt(revisions[1]!.commit, 'standards/missing.yaml')).toBeNull();
    expect(await reader.contentAt('0'.repeat(40), 'standards/service-levels/s0.yaml')).toBeNull();
    expect(await reader.contentAt(revisions[0]!.commit, 'standards/service-levels/s1.yaml')).toBe('id: s1\nthreshold: 2h\nnote: first\n');
  });

  it('starts one git process for a read asked twice within withSharedGitReads, and one per read outside it', async () => {
    // A git on PATH that notes each process it starts, then runs the real one.
    const bin = mkdtempSync(path.join(tmpdir(), 'counted-git-'));
    const started = path.join(bin, 'started');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$1" >> '${started}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    const processes = () => (existsSync(started) ? readFileSync(started, 'utf8').trim().split('\n') : []);
    const sop = 'standards/sops/new-name.yaml';
    const standard = 'standards/service-levels/s0.yaml';
    const followed = (file: string) => git('log', '--follow', '--format=%H', '--', file).trim().split('\n');
    const [sopCommits, standardCommits] = [followed(sop), followed(standard)];
    const pathBefore = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${pathBefore ?? ''}`;
    try {
      // As an evaluation reads them: the standards' versions and the SOPs' publications, both from `git log -- standards`.
      const [sops, standards] = await withSharedGitReads(() => Promise.all([readFileRevisions(dir, [sop], null), readFileRevisions(dir, [standard], null)]));
      expect(processes()).toEqual(['log']);
      expect(sops.get(sop)!.map((r) => r.commit)).toEqual(sopCommits);
      expect(standards.get(standard)!.map((r) => r.commit)).toEqual(standardCommits);
      // What is written on git's stdin is not shared; outside the scope, every read starts its own git.
      const blob = standards.get(standard)![0]!.blob!;
      await withSharedGitReads(() => Promise.all([runGitProcess(['cat-file', '--batch'], dir, Buffer.from(`${blob}\n`)), runGitProcess(['cat-file', '--batch'], dir, Buffer.from(`${blob}\n`))]));
      await readFileRevisions(dir, [sop], null);
      await readFileRevisions(dir, [standard], null);
      expect(processes()).toEqual(['log', 'cat-file', 'cat-file', 'log', 'log']);
    } finally {
      process.env.PATH = pathBefore;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('reads as no history outside a repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'no-git-'));
    const reader = gitFolderHistory(outside);
    expect(await reader.revisions('standards/x.yaml')).toEqual([]);
    expect(await reader.contentAt('HEAD', 'standards/x.yaml')).toBeNull();
    rmSync(outside, { recursive: true, force: true });
  });
});
