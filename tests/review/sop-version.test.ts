import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import { edited, fixtureFiles, removeTemps, twoBranchRepo } from './review-fixtures.ts';

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
});
