// Outside git, nobody can say when an SOP version went up or who was in a team when: `evaluate` says so for each,
// naming what it does instead, whenever a standard's figure depends on it (sop_acknowledgement, qa_coverage).
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa');
const roots: string[] = [];
afterEach(async () => { await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true }))); });

describe('evaluate outside git, with people-measured standards', () => {
  it('says that SOP publications and team membership history were not read, and what counts instead', async () => {
    // os.tmpdir() is outside this repository: the copy is in no git work tree.
    const root = await mkdtemp(path.join(os.tmpdir(), 'standards-no-git-'));
    roots.push(root);
    await cp(path.join(FIXTURE, 'standards'), path.join(root, 'standards'), { recursive: true });
    await mkdir(path.join(root, 'exports'));
    for (const file of ['tickets.csv', 'qa-reviews.csv']) await cp(path.join(FIXTURE, 'night-2', file), path.join(root, 'exports', file));
    await writeFile(path.join(root, 'exports', 'acknowledgements.csv'), 'SOP,Version,Person,Completed\n');
    expect((await runCli(['fetch', '--root', root])).code).toBe(0);
    const run = await runCli(['evaluate', '--root', root, '--now', '2026-11-23T06:00:00Z']);
    expect(run.code).toBe(0);
    const notes = run.stderr.split('\n').filter((l) => /^ {2}(SOP publications|team membership history): not read \(/.test(l));
    expect(notes.map((l) => l.replace(/\(.*\)/, '(…)'))).toEqual([
      '  SOP publications: not read (…); sop_acknowledgement measures no SOP version, as none has a known publication',
      '  team membership history: not read (…); qa_coverage and sop_acknowledgement count each team\'s members as listed now for every past week and SOP version',
    ]);
  });
});
