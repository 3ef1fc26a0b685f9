// A Team or SOP file moved and rewritten in one commit past git's rename similarity (50%) shows in git as a deletion
// and an addition; followed by its path, the document's history would restart there (its members from the beginning,
// its versions published that day). Followed by its kind and id (the file holding it on the branch at each commit),
// it goes on. A repository built here with fixed committer dates; each expected figure worked out by hand, and the
// moved team's equal to its twin's, which made the same changes without moving.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedGit, folderWriter } from './dated-git.ts';
import { readTeamMemberships } from '../../scripts/model/team-history.ts';
import { readSopPublications } from '../../scripts/model/sop-publications.ts';
import { gitFolderHistory } from '../../scripts/model/document-history.ts';
import { readDocumentHistories } from '../../scripts/publish/site-history.ts';

const team = (id: string, members: string[]) => `kind: Team\nid: ${id}\nname: ${id}\nmembers:\n${members.map((m) => `  - ${m}\n`).join('')}`;
/** The same team written another way, with enough new text that git no longer pairs it with the file it came from. */
const rewritten = (id: string, members: string[]) => [
  '# yaml-language-server: $schema=../../../../schemas/team.schema.json',
  'kind: Team',
  `id: ${id}`,
  `name: ${id.toUpperCase()} support`,
  'description: >-',
  '  The agents who answer the tickets of the region during its business hours, and the leads who review their',
  '  replies every week; moved into the region folder with the other teams of the region, and described at last.',
  'members:',
  ...members.map((m) => `  - github: ${m}`),
  '',
].join('\n');
const sop = (id: string, version: number) => `kind: SOP\nid: ${id}\ntitle: Refunds\nversion: ${version}\nstatus: active\nsteps: []\n`;
const rewrittenSop = (id: string, version: number) => [
  '# yaml-language-server: $schema=../../../../schemas/sop.schema.json',
  'kind: SOP',
  `id: ${id}`,
  'title: Refunds for orders paid by card, by transfer or with a voucher',
  `version: ${version}`,
  'status: active',
  'summary: >-',
  '  How an agent decides a refund, who approves one above the limit, and what the customer is told at each step;',
  '  moved into the finance folder with the other money procedures.',
  'steps: []',
  '',
].join('\n');
/** A team with a long description that stays the same when its id changes, so that git pairs the rename. */
const described = (id: string, members: string[]) => `${team(id, members)}description: >-\n  The agents who answer the tickets of the southern region during its business hours, and the leads who review\n  their replies every week, with the escalation contacts of each country of the region and their deputies.\n`;
const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));
const shown = (list: readonly { key: string; fromMs: number; toMs: number }[] | undefined) => list?.map((m) => [m.key, iso(m.fromMs), iso(m.toMs)]);

describe('a Team or SOP file moved and rewritten keeps its history: followed by its id, not by git\'s rename pairing', () => {
  let root: string;
  const git = datedGit(() => root);
  const write = folderWriter(() => root);
  const moveCommit: Record<string, string> = {};

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'document-moves-'));
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-11-01T09:00:00Z', 'config', 'commit.gpgsign', 'false');
    // emea is moved and rewritten; apac, its twin, makes the same changes in place.
    write('standards/teams/emea.yaml', team('emea', ['a', 'b']));
    write('standards/teams/apac.yaml', team('apac', ['a', 'b']));
    write('standards/teams/latam.yaml', team('latam', ['x', 'y']));
    write('standards/teams/south.yaml', described('south', ['s']));
    write('standards/sops/refunds.yaml', sop('refunds', 1));
    git('2026-11-01T09:00:00Z', 'add', '.');
    git('2026-11-01T09:00:00Z', 'commit', '-q', '-m', 'Teams');
    write('standards/sops/refunds.yaml', sop('refunds', 2));
    git('2026-11-05T09:00:00Z', 'commit', '-q', '-am', 'Refunds 2');
    write('standards/teams/emea.yaml', team('emea', ['a', 'b', 'c']));
    write('standards/teams/apac.yaml', team('apac', ['a', 'b', 'c']));
    git('2026-11-10T09:00:00Z', 'commit', '-q', '-am', 'c joins');
    // 20 Nov: emea moved and rewritten with b gone; refunds moved and rewritten, still version 2 (no new content);
    // latam copied to a second file claiming its id with y gone and z in, the first file kept; south's id changed
    // with its file's name (a new team, oceania; git pairs the rename).
    write('standards/teams/europe/emea.yaml', rewritten('emea', ['a', 'c']));
    git('2026-11-20T09:00:00Z', 'rm', '-q', 'standards/teams/emea.yaml');
    write('standards/teams/apac.yaml', team('apac', ['a', 'c']));
    write('standards/sops/finance/refunds.yaml', rewrittenSop('refunds', 2));
    git('2026-11-20T09:00:00Z', 'rm', '-q', 'standards/sops/refunds.yaml');
    write('standards/teams/americas/latam.yaml', team('latam', ['x', 'z']));
    write('standards/teams/oceania.yaml', described('oceania', ['s', 't']));
    git('2026-11-20T09:00:00Z', 'rm', '-q', 'standards/teams/south.yaml');
    git('2026-11-20T09:00:00Z', 'add', '.');
    git('2026-11-20T09:00:00Z', 'commit', '-q', '-m', 'Regions');
    moveCommit.regions = git('2026-11-20T09:00:00Z', 'rev-parse', 'HEAD').trim();
    // 25 Nov: d joins emea (in its new place) and apac; refunds 3; latam's first file goes.
    write('standards/teams/europe/emea.yaml', rewritten('emea', ['a', 'c', 'd']));
    write('standards/teams/apac.yaml', team('apac', ['a', 'c', 'd']));
    write('standards/sops/finance/refunds.yaml', rewrittenSop('refunds', 3));
    git('2026-11-25T09:00:00Z', 'rm', '-q', 'standards/teams/latam.yaml');
    git('2026-11-25T09:00:00Z', 'commit', '-q', '-am', 'd joins, refunds 3, one latam');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('git itself sees the moves of emea and refunds as a deletion and an addition (the case this is about)', () => {
    const status = git('2026-11-20T09:00:00Z', 'show', '-M', '--name-status', '--format=', moveCommit.regions!).trim().split('\n').sort();
    expect(status).toEqual([
      'A\tstandards/sops/finance/refunds.yaml', 'A\tstandards/teams/americas/latam.yaml', 'A\tstandards/teams/europe/emea.yaml',
      'D\tstandards/sops/refunds.yaml', 'D\tstandards/teams/emea.yaml', 'M\tstandards/teams/apac.yaml',
      expect.stringMatching(/^R\d+\tstandards\/teams\/south\.yaml\tstandards\/teams\/oceania\.yaml$/),
    ]);
  });

  it('the moved team\'s members are its twin\'s: a always, b until 20 Nov, c from 10 Nov, d from 25 Nov', async () => {
    const { memberships, unavailable } = await readTeamMemberships(root, [
      { id: 'emea', origin: { file: 'standards/teams/europe/emea.yaml' } }, { id: 'apac', origin: { file: 'standards/teams/apac.yaml' } },
    ]);
    expect(unavailable).toBeNull();
    const expected = [
      ['a', '-Infinity', 'Infinity'],
      ['b', '-Infinity', '2026-11-20T09:00:00.000Z'],
      ['c', '2026-11-10T09:00:00.000Z', 'Infinity'],
      ['d', '2026-11-25T09:00:00.000Z', 'Infinity'],
    ];
    expect(shown(memberships.get('apac'))).toEqual(expected);
    // Followed by its path, emea began on 20 Nov: a and c from the beginning, b never a member.
    expect(shown(memberships.get('emea'))).toEqual(expected);
  });

  it('two files claiming one id: the file the team was in stays its version until it goes; then the other one is', async () => {
    // The second latam file (y gone, z in) is ignored while the first is there, and read when it goes on 25 Nov.
    const { memberships } = await readTeamMemberships(root, [{ id: 'latam', origin: { file: 'standards/teams/americas/latam.yaml' } }]);
    expect(shown(memberships.get('latam'))).toEqual([
      ['x', '-Infinity', 'Infinity'],
      ['y', '-Infinity', '2026-11-25T09:00:00.000Z'],
      ['z', '2026-11-25T09:00:00.000Z', 'Infinity'],
    ]);
  });

  it('an id changed (with its file\'s name) is a new team, even where git pairs the rename: its first version\'s members from the beginning', async () => {
    const { memberships } = await readTeamMemberships(root, [{ id: 'oceania', origin: { file: 'standards/teams/oceania.yaml' } }]);
    expect(shown(memberships.get('oceania'))).toEqual([['s', '-Infinity', 'Infinity'], ['t', '-Infinity', 'Infinity']]);
  });

  it('the moved SOP keeps its publications: 1 on 1 Nov, 2 on 5 Nov (not again on the move), 3 on 25 Nov', async () => {
    const { publications, unavailable } = await readSopPublications(root, [{ id: 'refunds', origin: { file: 'standards/sops/finance/refunds.yaml' } }]);
    expect(unavailable).toBeNull();
    expect(publications.get('refunds')!.map((p) => [p.version, iso(p.publishedMs)])).toEqual([
      [1, '2026-11-01T09:00:00.000Z'], [2, '2026-11-05T09:00:00.000Z'], [3, '2026-11-25T09:00:00.000Z'],
    ]);
  });

  it('the moved SOP\'s page lists its versions from its first publication, as the acknowledgements count them', async () => {
    const file = 'standards/sops/finance/refunds.yaml';
    const histories = await readDocumentHistories([file, 'standards/teams/europe/emea.yaml'], gitFolderHistory(root));
    // Followed by its path, the page began at the move (20 Nov, "created", version 2), while the acknowledgements
    // count version 1 from 1 Nov and version 2 from 5 Nov.
    expect(histories.get(file)!.map((e) => [e.date, e.subject, e.version, e.created])).toEqual([
      ['2026-11-25T09:00:00+00:00', 'd joins, refunds 3, one latam', 3, false],
      ['2026-11-20T09:00:00+00:00', 'Regions', 2, false],
      ['2026-11-05T09:00:00+00:00', 'Refunds 2', 2, false],
      ['2026-11-01T09:00:00+00:00', 'Teams', 1, true],
    ]);
    // The moved team's page too: its first version on 1 Nov, c joining on 10 Nov, the move, d joining.
    expect(histories.get('standards/teams/europe/emea.yaml')!.map((e) => [e.date.slice(0, 10), e.created])).toEqual([
      ['2026-11-25', false], ['2026-11-20', false], ['2026-11-10', false], ['2026-11-01', true],
    ]);
  });
});
