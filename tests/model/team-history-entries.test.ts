// A Team file's version whose `members` holds an entry naming nobody (an object without a handle, an e-mail or a
// staff id: the schema refuses it, but a push to main can still commit it) adds no member: before, every such entry
// was one made-up person (the key of an empty e-mail), counted in qa_coverage and sop_acknowledgement while it stood.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { datedGit, folderWriter } from './dated-git.ts';
import { readTeamMemberships } from '../../scripts/model/team-history.ts';

const EMEA = 'standards/teams/emea.yaml';
const team = (members: string[]) => `kind: Team\nid: emea\nname: EMEA\nmembers:\n${members.map((m) => `  - ${m}\n`).join('')}`;
let root: string;
const git = datedGit(() => root);
const write = folderWriter(() => root);

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'team-history-entries-'));
  git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
  git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
  write(EMEA, team(['a']));
  git('2026-11-01T09:00:00Z', 'add', '.');
  git('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'Team');
  write(EMEA, team(['a', '{ name: Someone }', '{ nickname: x }']));
  git('2026-11-02T09:00:00Z', 'commit', '-q', '-am', 'Entries naming nobody');
  write(EMEA, team(['a', 'b']));
  git('2026-11-03T09:00:00Z', 'commit', '-q', '-am', 'b joins');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('an entry naming nobody is no member', async () => {
  const { memberships, unavailable } = await readTeamMemberships(root, [{ id: 'emea', origin: { file: EMEA } }]);
  expect(unavailable).toBeNull();
  expect(memberships.get('emea')).toEqual([
    { key: 'a', github: 'a', fromMs: Number.NEGATIVE_INFINITY, toMs: Number.POSITIVE_INFINITY },
    { key: 'b', github: 'b', fromMs: Date.parse('2026-11-03T09:00:00Z'), toMs: Number.POSITIVE_INFINITY },
  ]);
});
