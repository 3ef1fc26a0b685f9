// The edges of following a folder moved into the standards folder (git-history.ts readBranchLogFollowingMoves),
// each compared with git's own following of one file (`git log --follow`): a folder moved there and back, one
// document moved in from a folder that holds other files, a file moved in from the repository's top, a copy, a move
// with edits, two folders merged into one, names with spaces and accents.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileRevisions, runGitProcess, type GitProcess } from '../../scripts/model/git-history.ts';
import { gitFolderHistory } from '../../scripts/model/document-history.ts';
import { datedGit, folderWriter } from './dated-git.ts';

let root: string;
const git = datedGit(() => root);
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'folder-moves-edges-'));
  git('2026-01-01T00:00:00Z', 'init', '-q', '-b', 'main');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = folderWriter(() => root);
/** A document of ten lines, the last one `last`: two versions differ by 10%, well within git's 50% for a rename. */
const text = (last: string) => `${Array.from({ length: 9 }, (_, i) => `line ${i}`).join('\n')}\n${last}\n`;
let day = 1;
const commit = (message: string) => {
  const date = `2026-02-${String(day++).padStart(2, '0')}T10:00:00Z`;
  git(date, 'add', '-A');
  git(date, 'commit', '-q', '-m', message);
};
/** `git log --follow` of one file along the first-parent chain: `<commit> <path>`, newest first. */
const followed = (file: string) => {
  const out = git('2026-12-01T00:00:00Z', '-c', 'core.quotePath=false', 'log', '--first-parent', '--follow', '--name-only', '--format=%H', '--', file);
  const lines = out.split('\n').filter(Boolean);
  return lines.flatMap((line, i) => (/^[0-9a-f]{40}$/.test(line) ? [`${line} ${lines[i + 1]}`] : []));
};
const read = async (file: string, calls: string[][] = []) => {
  const counted: GitProcess = (args, cwd, input) => {
    calls.push([...args]);
    return runGitProcess(args, cwd, input);
  };
  return (await readFileRevisions(root, [file], null, counted)).get(file)!.map((r) => `${r.commit} ${r.file}`);
};

describe('following a folder moved into the standards folder, against git log --follow', () => {
  it('a folder moved out and back again', async () => {
    write('standards/sla/frt.yaml', text('v1'));
    commit('first');
    git('2026-02-10T00:00:00Z', 'mv', 'standards', 'docs');
    commit('out');
    write('docs/sla/frt.yaml', text('v2'));
    commit('edit while out');
    git('2026-02-10T00:00:00Z', 'mv', 'docs', 'standards');
    commit('back');
    const file = 'standards/sla/frt.yaml';
    expect(await read(file)).toEqual(followed(file));
    expect((await read(file)).map((line) => line.split(' ')[1])).toEqual([file, 'docs/sla/frt.yaml', 'docs/sla/frt.yaml', file]);
  });

  it('one document moved in from a folder that holds other files, which stay out of the history', async () => {
    write('notes/frt.yaml', text('v1'));
    write('notes/readme.md', 'notes\n');
    commit('first');
    write('notes/readme.md', 'more notes\n');
    commit('notes only');
    mkdirSync(path.join(root, 'standards/sla'), { recursive: true });
    git('2026-02-10T00:00:00Z', 'mv', 'notes/frt.yaml', 'standards/sla/frt.yaml');
    commit('adopt');
    const file = 'standards/sla/frt.yaml';
    expect(await read(file)).toEqual(followed(file));
    const inputs: string[] = [];
    const site = gitFolderHistory(root, 'standards', (args, cwd, input) => {
      if (input) inputs.push(input.toString('utf8'));
      return runGitProcess(args, cwd, input);
    });
    const revisions = await site.revisions(file);
    expect(revisions.map((r) => `${r.commit} ${r.file}`)).toEqual(followed(file));
    expect(await site.contentAt(revisions.at(-1)!.commit, revisions.at(-1)!.file)).toBe(text('v1'));
    // Only the document's blob is read (its one text), not notes/readme.md's two; and the site shows no history for it.
    expect(inputs.join('').trim().split('\n')).toHaveLength(1);
    expect(await site.revisions('notes/readme.md')).toEqual([]);
  });

  it('a file moved in from the top of the repository, without reading the whole repository\'s log', async () => {
    write('frt.yaml', text('v1'));
    write('app/main.js', 'one\n');
    commit('first');
    write('app/main.js', 'two\n');
    commit('code');
    write('frt.yaml', text('v2'));
    commit('edit at the top');
    mkdirSync(path.join(root, 'standards'));
    git('2026-02-10T00:00:00Z', 'mv', 'frt.yaml', 'standards/frt.yaml');
    commit('adopt');
    const file = 'standards/frt.yaml';
    const calls: string[][] = [];
    expect(await read(file, calls)).toEqual(followed(file));
    // The second log reads the file moved in, not `.` (every commit of the repository, with its whole diff).
    const logs = calls.filter((args) => args.includes('--')).map((args) => args.slice(args.indexOf('--') + 1));
    expect(logs).toEqual([['standards'], ['standards', 'frt.yaml']]);
    // The site reads the blobs of the documents' versions only, never app/main.js's.
    const inputs: string[] = [];
    const site = gitFolderHistory(root, 'standards', (args, cwd, input) => {
      if (input) inputs.push(input.toString('utf8'));
      return runGitProcess(args, cwd, input);
    });
    const revisions = await site.revisions(file);
    expect(await site.contentAt(revisions.at(-1)!.commit, revisions.at(-1)!.file)).toBe(text('v1'));
    expect(inputs.join('').trim().split('\n')).toHaveLength(2);
    expect(await site.revisions('app/main.js')).toEqual([]);
  });

  it('a copy: the copied document starts at the copy (git log --follow pairs copies; a copy is a new document)', async () => {
    write('docs/frt.yaml', text('v1'));
    commit('first');
    write('standards/frt.yaml', text('v1'));
    commit('copy');
    const file = 'standards/frt.yaml';
    expect(await read(file)).toEqual([followed(file)[0]]);
    expect(followed(file)).toHaveLength(2);
  });

  it('a move with edits (90% similar), two folders merged into one, names with spaces and accents', async () => {
    write('docs/sla/équipe frt.yaml', text('v1'));
    write('policies/sops/refunds.yaml', text('r1'));
    commit('first');
    write('policies/sops/refunds.yaml', text('r2'));
    commit('policies only');
    git('2026-02-10T00:00:00Z', 'mv', 'docs', 'standards');
    git('2026-02-10T00:00:00Z', 'mv', 'policies/sops', 'standards/sops');
    write('standards/sla/équipe frt.yaml', text('v2'));
    commit('merge both folders, with an edit');
    for (const file of ['standards/sla/équipe frt.yaml', 'standards/sops/refunds.yaml']) expect(await read(file)).toEqual(followed(file));
    expect(await read('standards/sops/refunds.yaml')).toHaveLength(3);
  });

  it('a document renamed with an edit in a commit that also replaces 1,100 files elsewhere (beyond git\'s rename limit for the whole diff)', async () => {
    write('standards/sla/frt.yaml', text('v1'));
    for (let i = 0; i < 1100; i++) write(`vendor/old-${i}.js`, `old ${i}\n`);
    commit('first');
    git('2026-02-10T00:00:00Z', 'mv', 'standards/sla/frt.yaml', 'standards/sla/first-response.yaml');
    write('standards/sla/first-response.yaml', text('v2'));
    rmSync(path.join(root, 'vendor'), { recursive: true });
    for (let i = 0; i < 1100; i++) write(`vendor2/new-${i}.js`, `new ${i} ${'x'.repeat(i % 7)}\n`);
    commit('rename the standard; replace the vendored code');
    const file = 'standards/sla/first-response.yaml';
    expect((await read(file)).map((line) => line.split(' ')[1])).toEqual([file, 'standards/sla/frt.yaml']);
  });
});
