// A Team file deleted and added again later under the same id is one team throughout (document-history.ts: a commit
// where no file holds the id changes nothing): the gap is no leave, on purpose. The deletion is read as undone, as a
// revert would undo it: its members stay members across the gap, and the version that recreates the team adds and
// removes members from its own date, as any later version does. A repository built here with fixed committer dates.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datedGit, folderWriter } from './dated-git.ts';
import { readTeamMemberships } from '../../scripts/model/team-history.ts';

const EMEA = 'standards/teams/emea.yaml';
const team = (members: string[]) => `kind: Team\nid: emea\nname: EMEA\nmembers:\n${members.map((m) => `  - ${m}\n`).join('')}`;
const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));
const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

describe('a team deleted and recreated', () => {
  it('keeps its members across the gap; the recreating version changes members from its date', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'team-recreated-'));
    temps.push(root);
    const git = datedGit(() => root);
    const write = folderWriter(() => root);
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
    write(EMEA, team(['a', 'b']));
    write('standards/teams/apac.yaml', 'kind: Team\nid: apac\nname: APAC\nmembers: [c]\n');
    git('2026-11-01T09:00:00Z', 'add', '.');
    git('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'Teams');
    git('2026-11-05T09:00:00Z', 'rm', '-q', EMEA);
    git('2026-11-05T09:00:00Z', 'commit', '-q', '-m', 'emea deleted');
    write(EMEA, team(['a', 'd']));
    git('2026-11-10T09:00:00Z', 'add', '.');
    git('2026-11-10T09:00:00Z', 'commit', '-q', '-m', 'emea recreated');
    const { memberships, unavailable } = await readTeamMemberships(root, [{ id: 'emea', origin: { file: EMEA } }]);
    expect(unavailable).toBeNull();
    // a: a member from the beginning, through 5–10 Nov (not a leave and a return); b: until the recreation on 10 Nov,
    // not until the deletion on 5 Nov; d: from the recreation.
    expect(memberships.get('emea')!.map((m) => [m.key, iso(m.fromMs), iso(m.toMs)])).toEqual([
      ['a', '-Infinity', 'Infinity'],
      ['b', '-Infinity', '2026-11-10T09:00:00.000Z'],
      ['d', '2026-11-10T09:00:00.000Z', 'Infinity'],
    ]);
  });
});
