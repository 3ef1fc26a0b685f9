// The content in standards/ belongs to the organisation that adopted the repository: these tests hold whatever
// it contains to one rule only, that `validate` accepts it, so an ops team's own pull requests never turn the tool's
// tests red. The tool itself is tested on fixtures under tests/.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFindings, loadStandardsModel } from '../../scripts/model/load.ts';

const repository = path.resolve(import.meta.dirname, '../..');
const today = new Date().toISOString().slice(0, 10);

/** The shipped content's own check: no errors (warnings such as a review coming due are the team's business). */
export async function contentErrors(root: string): Promise<string> {
  const { findings } = await loadStandardsModel({ root, today });
  return formatFindings(findings.filter((f) => f.severity === 'error'));
}

const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

describe('the content in standards/', () => {
  it('validates without errors, whatever it contains', async () => {
    expect(await contentErrors(repository)).toBe('');
  });

  it('stays valid for this check when a team adds a standard and an SOP of its own', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'standards-content-'));
    temps.push(root);
    cpSync(path.join(repository, 'standards'), path.join(root, 'standards'), { recursive: true });
    const { model } = await loadStandardsModel({ root, today });
    const team = model!.teams[0]!.id;
    writeFileSync(path.join(root, 'standards/service-levels/added-by-the-team.yaml'), `kind: Standard
id: added-by-the-team
title: Every ticket gets a first reply within two days
dimension: responsiveness
metric: first_response_time
threshold: 48h
objective: 80%
window: 30d
owner: ${team}
effective: ${today}
review: { every: 1y, last: ${today} }
rationale: Added in a pull request of the team's own.
`);
    writeFileSync(path.join(root, 'standards/sops/added-by-the-team.yaml'), `kind: SOP
id: added-by-the-team
title: A procedure the team added
version: 1
status: draft
owner: ${team}
serves: [added-by-the-team]
steps:
  - { id: reply, title: Reply, instructions: Reply to the customer. }
review: { every: 1y, last: ${today} }
changelog:
  - { version: 1, date: ${today}, summary: First version. }
`);
    expect(await contentErrors(root)).toBe('');
    expect(readFileSync(path.join(root, 'standards/sops/added-by-the-team.yaml'), 'utf8')).toContain('kind: SOP');
  });
});
