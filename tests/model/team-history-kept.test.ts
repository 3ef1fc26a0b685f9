// What reading team memberships costs an evaluation: one `git log` shared with the SOP publications (the same log of
// the standards folder), one `git cat-file` for the Team blobs not read before; and a run where nothing changed,
// with the git reads and the blobs kept (model-cache.ts), starts no git process at all.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { datedGit, folderWriter } from './dated-git.ts';
import { withKeptGitReads } from '../../scripts/model/git-history.ts';
import { modelCacheDir } from '../../scripts/model/model-cache.ts';
import { loadPeopleInputs } from '../../scripts/commands/people-inputs.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';

// Every git process the code under test starts goes through spawn: counted here (the test's own git runs use execFileSync).
const spawned = vi.hoisted(() => ({ args: [] as string[] }));
vi.mock('node:child_process', async (original) => {
  const actual = await original<typeof import('node:child_process')>();
  return { ...actual, spawn: ((...args: Parameters<typeof actual.spawn>) => { spawned.args.push((args[1] as string[])[0]!); return actual.spawn(...args); }) as typeof actual.spawn };
});

describe('team memberships at an evaluation', () => {
  let root: string;
  const git = datedGit(() => root);
  const write = folderWriter(() => root);
  const model = {
    teams: [{ id: 'emea', origin: { file: 'standards/teams/emea.yaml' } }],
    sops: [{ id: 'refunds', origin: { file: 'standards/sops/refunds.yaml' } }],
    standards: [{ metric: 'qa_coverage' }],
  } as unknown as StandardsModel;
  const run = async () => {
    spawned.args = [];
    const inputs = await withKeptGitReads(root, modelCacheDir(root), ['standards'], () => loadPeopleInputs(root, path.join(root, 'data'), model));
    return { memberships: [...inputs.people.memberships!.get('emea')!].map((m) => [m.key, m.fromMs]), processes: [...spawned.args] };
  };

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'team-history-kept-'));
    mkdirSync(path.join(root, 'node_modules'), { recursive: true });
    write('.gitignore', 'node_modules/\n');
    write('standards/teams/emea.yaml', 'kind: Team\nid: emea\nname: EMEA\nmembers: [a]\n');
    write('standards/sops/refunds.yaml', 'kind: SOP\nid: refunds\nversion: 1\n');
    git('2026-10-01T09:00:00Z', 'init', '-q', '-b', 'main');
    git('2026-10-01T09:00:00Z', 'add', '.');
    git('2026-10-01T09:00:00Z', 'commit', '-q', '-m', 'first');
    write('standards/teams/emea.yaml', 'kind: Team\nid: emea\nname: EMEA\nmembers: [a, b]\n');
    git('2026-10-05T09:00:00Z', 'commit', '-q', '-am', 'b joins');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('one log for the SOPs and the teams, one cat-file each for blobs not read before; none on the next run', async () => {
    const first = await run();
    expect(first.memberships).toEqual([['a', Number.NEGATIVE_INFINITY], ['b', Date.parse('2026-10-05T09:00:00Z')]]);
    expect(first.processes.sort()).toEqual(['cat-file', 'cat-file', 'log']);
    expect(await run()).toEqual({ memberships: first.memberships, processes: [] });
    // A new commit: the log again, and the one new Team blob.
    write('standards/teams/emea.yaml', 'kind: Team\nid: emea\nname: EMEA\nmembers: [b]\n');
    git('2026-10-09T09:00:00Z', 'commit', '-q', '-am', 'a leaves');
    const next = await run();
    expect(next.processes.sort()).toEqual(['cat-file', 'log']);
    expect(await run()).toEqual({ memberships: next.memberships, processes: [] });
  });
});
