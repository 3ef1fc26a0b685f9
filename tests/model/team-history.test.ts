// When each person was a member of each team, read from the Team files' first-parent history: a repository built
// here with fixed committer dates, so every expected date is the one given to the commit that put the change on main
// (a merge commit's own date for a merged branch, not the branch's commit's).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedGit, folderWriter } from './dated-git.ts';
import { runGitProcess, type GitProcess } from '../../scripts/model/git-history.ts';
import { readTeamMemberships, type TeamMembers } from '../../scripts/model/team-history.ts';
import { loadPeopleInputs } from '../../scripts/commands/people-inputs.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';

const EMEA = 'standards/teams/emea.yaml';
const APAC = 'standards/teams/apac.yaml';
const team = (id: string, members: string[]) => `kind: Team\nid: ${id}\nname: ${id}\nmembers:\n${members.map((m) => `  - ${m}\n`).join('')}`;
const teams = [{ id: 'emea', origin: { file: EMEA } }, { id: 'apac', origin: { file: APAC } }];
const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));
const shown = (list: readonly { key: string; github: string | null; fromMs: number; toMs: number }[] | undefined) => list?.map((m) => [m.key, m.github, iso(m.fromMs), iso(m.toMs)]);

describe('team memberships dated by the day each change reached the default branch', () => {
  let root: string;
  const commits: Record<string, string> = {};
  const git = datedGit(() => root);
  const write = folderWriter(() => root);
  const head = () => git('2026-01-01T00:00:00Z', 'rev-parse', 'HEAD').trim();

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'team-history-'));
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
    write(EMEA, team('emea', ['a', 'b', '{ staffId: E1, email: e1@example.com }']));
    write(APAC, team('apac', ['c']));
    git('2026-11-01T09:00:00Z', 'add', '.');
    git('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'Teams');
    commits.first = head();

    // A pull request written on 20 Nov (b moves to apac, d joins emea), merged with a merge commit on 2 Dec.
    git('2026-11-20T09:00:00Z', 'checkout', '-q', '-b', 'moves');
    write(EMEA, team('emea', ['a', '{ staffId: E1, email: e1@example.com }', '{ github: d, email: d@example.com }']));
    write(APAC, team('apac', ['c', 'b']));
    git('2026-11-20T09:00:00Z', 'commit', '-q', '-am', 'b to apac, d joins');
    git('2026-11-25T09:00:00Z', 'checkout', '-q', 'main');
    git('2026-12-02T09:00:00Z', 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1 from org/moves', 'moves');
    commits.merge = head();

    // On main: a leaves on 4 Dec 15:00; a broken file on 5 Dec changes nobody; fixed on 6 Dec.
    write(EMEA, team('emea', ['{ staffId: E1, email: e1@example.com }', '{ github: d, email: d@example.com }']));
    git('2026-12-04T15:00:00Z', 'commit', '-q', '-am', 'a leaves');
    write(EMEA, 'kind: Team\nid: emea\nmembers: [\n');
    git('2026-12-05T10:00:00Z', 'commit', '-q', '-am', 'Broken');
    write(EMEA, team('emea', ['{ staffId: E1, email: e1@example.com }', '{ github: d, email: d@example.com }']));
    git('2026-12-06T10:00:00Z', 'commit', '-q', '-am', 'Fixed');
    // Not committed: a new team, and an edit adding e to emea.
    write('standards/teams/latam.yaml', team('latam', ['f']));
    write(EMEA, team('emea', ['{ staffId: E1, email: e1@example.com }', '{ github: d, email: d@example.com }', 'e']));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('first version\'s members from the beginning; an addition or removal from the commit that reached main (the merge\'s date)', async () => {
    const { memberships, unavailable } = await readTeamMemberships(root, [...teams, { id: 'latam', origin: { file: 'standards/teams/latam.yaml' } }]);
    expect(unavailable).toBeNull();
    expect(shown(memberships.get('emea'))).toEqual([
      ['a', 'a', '-Infinity', '2026-12-04T15:00:00.000Z'],
      // Not 20 Nov (the branch's commit): the merge put the move on main.
      ['b', 'b', '-Infinity', '2026-12-02T09:00:00.000Z'],
      ['staff:E1', null, '-Infinity', 'Infinity'],
      // The broken version of 5 Dec and the uncommitted e change nothing.
      ['d', 'd', '2026-12-02T09:00:00.000Z', 'Infinity'],
    ]);
    expect(shown(memberships.get('apac'))).toEqual([
      ['c', 'c', '-Infinity', 'Infinity'],
      ['b', 'b', '2026-12-02T09:00:00.000Z', 'Infinity'],
    ]);
    // A team file not committed yet has no history: the engine counts its members tonight.
    expect(memberships.has('latam')).toBe(false);
  });

  it('as of a commit (a review\'s merge base): what main had then', async () => {
    const { memberships } = await readTeamMemberships(root, teams, runGitProcess, null, commits.merge);
    expect(shown(memberships.get('emea'))).toEqual([
      ['a', 'a', '-Infinity', 'Infinity'],
      ['b', 'b', '-Infinity', '2026-12-02T09:00:00.000Z'],
      ['staff:E1', null, '-Infinity', 'Infinity'],
      ['d', 'd', '2026-12-02T09:00:00.000Z', 'Infinity'],
    ]);
  });

  it('with every blob kept, the log is the only git process (no cat-file), and the answer the same', async () => {
    const kept = new Map<string, TeamMembers>();
    const first = await readTeamMemberships(root, teams, runGitProcess, kept);
    expect(kept.size).toBe(6); // emea: 5 versions in 4 blobs (the fixed file is as a's leaving left it); apac: 2
    const started: string[] = [];
    const counted: GitProcess = (args, cwd, input) => { started.push(args[0]!); return runGitProcess(args, cwd, input); };
    expect(await readTeamMemberships(root, teams, counted, kept)).toEqual(first);
    expect(started).toEqual(['log']);
  });

  it('evaluate\'s edge gives the engine the memberships, and none outside git (tonight\'s members, and why)', async () => {
    const model = { teams, sops: [], standards: [{ metric: 'qa_coverage' }] } as unknown as StandardsModel;
    const inGit = await loadPeopleInputs(root, path.join(root, 'data'), model);
    expect(inGit.membershipUnavailable).toBeNull();
    expect([...inGit.people.memberships!.keys()]).toEqual(['emea', 'apac']);
    const outside = mkdtempSync(path.join(tmpdir(), 'team-history-outside-'));
    try {
      const loaded = await loadPeopleInputs(outside, path.join(outside, 'data'), model);
      expect(loaded.people.memberships!.size).toBe(0);
      expect(loaded.membershipUnavailable).toMatch(/^git log exited with 128: fatal: not a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
