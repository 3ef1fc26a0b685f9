// A shallow clone has no history before its cut: every document's oldest version there stands for the earlier
// ones, which can change past figures. The run says so, with the day the clone's history starts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datedGit } from './dated-git.ts';
import { shallowHistoryStart } from '../../scripts/model/standard-history.ts';
import { withHistory } from '../../scripts/commands/pipeline.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import type { StandardsModel } from '../../scripts/model/model.ts';

describe('a shallow clone', () => {
  let top: string;
  const full = () => path.join(top, 'full');
  const shallow = () => path.join(top, 'shallow');
  const git = datedGit(full);

  beforeAll(() => {
    top = mkdtempSync(path.join(tmpdir(), 'shallow-history-'));
    mkdirSync(path.join(full(), 'standards'), { recursive: true });
    git('2026-11-01T09:00:00Z', 'init', '-q', '-b', 'main');
    for (const [date, n] of [['2026-11-01T09:00:00Z', 1], ['2026-11-10T09:00:00Z', 2], ['2026-11-20T17:30:00+01:00', 3]] as const) {
      writeFileSync(path.join(full(), 'standards', 'a.yaml'), `version: ${n}\n`);
      git(date, 'add', '.');
      git(date, 'commit', '-q', '-m', `v${n}`);
    }
    // A file:// URL: a plain path clones locally and ignores --depth.
    execFileSync('git', ['clone', '-q', '--depth', '2', pathToFileURL(full()).href, shallow()]);
  });
  afterAll(() => rmSync(top, { recursive: true, force: true }));

  it('gives the committer date of the oldest commit the clone has, and null for a full clone or no repository', async () => {
    expect(await shallowHistoryStart(shallow())).toBe('2026-11-10T09:00:00+00:00');
    expect(await shallowHistoryStart(full())).toBeNull();
    expect(await shallowHistoryStart(top)).toBeNull();
  });

  it('makes the evaluation say where the history it judges by starts, and a full clone says nothing', async () => {
    const model = { standards: [], calendars: [] } as unknown as StandardsModel;
    const lines = async (root: string) => {
      const err: string[] = [];
      const io: CommandIO = { root, stdout: () => undefined, stderr: (t) => err.push(t), env: {}, color: false, now: () => new Date('2026-11-23T06:00:00Z') };
      await withHistory(io, model, new Date('2026-11-23T06:00:00Z'));
      return err;
    };
    expect(await lines(shallow())).toEqual([
      '  history: this clone is shallow, its history starts 2026-11-10: versions of standards and calendars from before then are not seen, and earlier days are judged by each one\'s oldest version in this clone; `git fetch --unshallow` reads the whole history (the nightly workflow checks out with fetch-depth: 0)',
    ]);
    expect(await lines(full())).toEqual([]);
  });
});
