// A team's times once a pull request merges (team-history.ts `membershipsMerged`, which the review's replay measures
// the proposed side with), checked against the independent method: commit the pull request's change, merge it on
// the day given, and read the history from git again. Both must be the same times, in the same order.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedGit, folderWriter } from './dated-git.ts';
import { runGitProcess } from '../../scripts/model/git-history.ts';
import { membershipsMerged, readTeamMemberships } from '../../scripts/model/team-history.ts';
import { teamPersonOf } from '../../scripts/model/people.ts';

const EMEA = 'standards/teams/emea.yaml';
const teams = [{ id: 'emea', origin: { file: EMEA } }];
type Entry = string | { github?: string; email?: string; staffId?: string };
const yaml = (entry: Entry) => (typeof entry === 'string' ? entry : `{ ${Object.entries(entry).map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
const file = (members: Entry[]) => `kind: Team\nid: emea\nname: EMEA\nmembers:\n${members.map((m) => `  - ${yaml(m)}\n`).join('')}`;
const definition = (members: Entry[]) => ({ members: members.filter((m): m is string => typeof m === 'string'), people: members.map((m) => teamPersonOf(m)) });

// The base: a, b and one known by staff id and e-mail from 1 Nov; a left on 10 Nov and came back on 12 Nov.
const FIRST: Entry[] = ['a', 'b', { staffId: 'E1', email: 'e1@example.com' }];
const BASE: Entry[] = ['b', { staffId: 'E1', email: 'e1@example.com' }, 'A'];
// The pull request: b leaves, the staff member gains a handle (the same person), c joins; merged on 20 Nov 09:00.
const PROPOSED: Entry[] = [{ github: 'e1h', staffId: 'E1', email: 'e1@example.com' }, 'A', 'c'];
const MERGED_AT = '2026-11-20T09:00:00Z';

describe('a team\'s times once a pull request merges', () => {
  let root: string;
  let base: string;
  const git = datedGit(() => root);
  const write = folderWriter(() => root);

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'team-history-merged-'));
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
    write(EMEA, file(FIRST));
    git('2026-11-01T09:00:00Z', 'add', '.');
    git('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'Team');
    write(EMEA, file(['b', { staffId: 'E1', email: 'e1@example.com' }]));
    git('2026-11-10T09:00:00Z', 'commit', '-q', '-am', 'a leaves');
    write(EMEA, file(BASE));
    git('2026-11-12T09:00:00Z', 'commit', '-q', '-am', 'A comes back');
    base = git('2026-11-12T09:00:00Z', 'rev-parse', 'HEAD').trim();
    git('2026-11-15T09:00:00Z', 'checkout', '-q', '-b', 'proposal');
    write(EMEA, file(PROPOSED));
    git('2026-11-15T09:00:00Z', 'commit', '-q', '-am', 'The proposal');
    git('2026-11-20T09:00:00Z', 'checkout', '-q', 'main');
    git(MERGED_AT, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1', 'proposal');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the base\'s history with the proposal dated at the merge: what git says once it is merged', async () => {
    const before = await readTeamMemberships(root, teams, runGitProcess, null, base);
    const after = await readTeamMemberships(root, teams, runGitProcess, null, 'HEAD');
    const merged = membershipsMerged(before.memberships.get('emea'), definition(BASE), definition(PROPOSED), Date.parse(MERGED_AT));
    expect(merged).toEqual(after.memberships.get('emea'));
    // By hand: a until 10 Nov, A again from 12 Nov; b until the merge; the staff member all along, now by their
    // handle too; c from the merge.
    const shown = merged!.map((t) => [t.keys ?? t.key, Number.isFinite(t.fromMs) ? new Date(t.fromMs).toISOString() : 'start', Number.isFinite(t.toMs) ? new Date(t.toMs).toISOString() : 'now']);
    expect(shown).toEqual([
      ['a', 'start', '2026-11-10T09:00:00.000Z'],
      ['b', 'start', '2026-11-20T09:00:00.000Z'],
      [['staff:E1', 'e1h'], 'start', 'now'],
      ['A', '2026-11-12T09:00:00.000Z', 'now'],
      ['c', '2026-11-20T09:00:00.000Z', 'now'],
    ]);
    // The base's history is not changed.
    expect(before.memberships.get('emea')!.map((t) => t.toMs)).toEqual([Date.parse('2026-11-10T09:00:00Z'), Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
  });

  it('without a history read (the base\'s members for all time) the change still dates from the merge; a new team has none', () => {
    const merged = membershipsMerged(undefined, definition(['a', 'b']), definition(['a', 'c']), Date.parse(MERGED_AT));
    expect(merged!.map((t) => [t.key, t.fromMs, t.toMs])).toEqual([
      ['a', Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
      ['b', Number.NEGATIVE_INFINITY, Date.parse(MERGED_AT)],
      ['c', Date.parse(MERGED_AT), Number.POSITIVE_INFINITY],
    ]);
    expect(membershipsMerged(undefined, undefined, definition(['a']), Date.parse(MERGED_AT))).toBeNull();
  });
});
