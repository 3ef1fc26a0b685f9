import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { edited, fixtureFiles, removeTemps, runGit, twoBranchRepo } from './review-fixtures.ts';

afterEach(removeTemps);

async function validate(root: string) {
  const err: string[] = [];
  const io = (r: string): CommandIO => ({ root: r, env: {}, color: false, now: () => new Date('2026-11-20T06:00:00Z'), stdout: () => {}, stderr: (t) => err.push(t) });
  return { code: await main(['validate', '--base', 'main', '--root', root], io), stderr: err.join('\n') };
}

const SOP = 'standards/sops/handle-complaint.yaml';

describe('the SOP version rule against the base branch', () => {
  it('accepts a recorded review without a version bump', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, edited(base, { [SOP]: [['review: { every: 6mo, last: 2026-09-01 }', 'review: { every: 6mo, last: 2026-11-20 }']] }));
    expect(await validate(root)).toEqual({ code: 0, stderr: '✓ 9 documents valid' });
  });

  it('asks once to bump the version and add a changelog entry when a step changes', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, edited(base, { [SOP]: [['within: 4h', 'within: 2h']] }));
    expect(await validate(root)).toEqual({
      code: 1,
      stderr: 'standards/sops/handle-complaint.yaml:5:10 error: content changed since main but version is still 2: bump the version and add a changelog entry (version: 3, with a changelog entry for 3 at the top) [sop-version]\n\n1 error and 0 warnings in 1 file',
    });
  });

  it('compares with where the branch forked, not with a base branch that moved on since', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, edited(base, { 'standards/service-levels/csat.yaml': [['window: 30d', 'window: 28d']] }));
    // main moves on: the SOP gets version 3 there, after the branch forked.
    await runGit(root, 'checkout', '-q', 'main');
    const ahead = edited(base, { [SOP]: [['version: 2', 'version: 3'], ['changelog:\n', 'changelog:\n  - { version: 3, date: 2026-11-19, summary: Photos by e-mail. }\n']] });
    writeFileSync(path.join(root, SOP), ahead[SOP]!);
    await runGit(root, 'commit', '-qam', 'main moves on');
    await runGit(root, 'checkout', '-q', 'proposal');
    expect(await validate(root)).toEqual({ code: 0, stderr: '✓ 9 documents valid' });
  });

  it('refuses an edited or removed published changelog entry, and a skipped version', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, edited(base, {
      [SOP]: [
        ['version: 2', 'version: 4'],
        ['within: 4h', 'within: 2h'],
        ['changelog:\n', 'changelog:\n  - { version: 4, date: 2026-11-20, summary: Facts within two hours. }\n'],
        ['summary: Photos are asked for once.', 'summary: Photos are asked for once and only once.'],
        ['  - { version: 1, date: 2026-01-01, summary: First version. }\n', ''],
      ],
    }));
    expect(await validate(root)).toEqual({
      code: 1,
      stderr: [
        'standards/sops/handle-complaint.yaml:5:10 error: version jumps from 2 on main to 4, skipping 3: bump by one per change (version: 3, with its changelog entry at the top) [sop-version]',
        'standards/sops/handle-complaint.yaml:27:3 error: the changelog entry for version 1 on main (2026-01-01: "First version.") was removed: published entries are history; put it back as it was [changelog]',
        'standards/sops/handle-complaint.yaml:28:5 error: the changelog entry for version 2 differs from the one published on main (2026-09-01: "Photos are asked for once."): published entries are history; restore it, and say what was wrong in the entry for version 4 [changelog]',
        '',
        '3 errors and 0 warnings in 1 file',
      ].join('\n'),
    });
  });
});
