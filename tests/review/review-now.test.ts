// review's --now follows the rule of every other command's (pipeline.ts parseNow): an ISO 8601 instant with its zone.
// Without one, Date.parse reads `2026-11-20T06:00` in the machine's local time, so one command line would replay
// another instant on every runner.

import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { fixtureFiles, removeTemps, tighteningProposal, twoBranchRepo } from './review-fixtures.ts';

afterEach(removeTemps);

describe('review --now', () => {
  it('refuses an instant without its zone, as evaluate and fetch do', async () => {
    const root = await twoBranchRepo(fixtureFiles(), tighteningProposal(fixtureFiles()));
    const result = await runCli(['review', '--base', 'main', '--root', root, '--now', '2026-11-20T06:00', '--format', 'json']);
    expect({ code: result.code, stderr: result.stderr.split('\n').at(-1) }).toEqual({
      code: 2,
      stderr: 'standards: --now must be an ISO 8601 instant like 2026-11-23T06:00:00Z, got "2026-11-20T06:00"',
    });
  });
});
