// What `standards validate` says about people and what is imported about them, exact messages at their place:
// identities that name two people, the QA export's behaviour mapping, followedBy and sops references, and what
// the metrics of people must and may say. On the QA fixture organisation with one document changed at a time.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFindings, validateDocuments, type DocumentFile } from '../../scripts/model/load.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa');
let base: Map<string, string>;

beforeAll(async () => {
  base = new Map();
  const entries = await readdir(path.join(FIXTURE, 'standards'), { recursive: true, withFileTypes: true });
  for (const e of entries.filter((x) => x.isFile())) {
    const full = path.join(e.parentPath, e.name);
    base.set(path.relative(FIXTURE, full).split(path.sep).join('/'), await readFile(full, 'utf8'));
  }
});

function validate(changes: Record<string, (text: string) => string>): string {
  const files: DocumentFile[] = [...base].map(([file, text]) => ({ file, bytes: new TextEncoder().encode(changes[file] ? changes[file](text) : text) }));
  return formatFindings(validateDocuments(files, { today: '2026-11-08' }).findings);
}

describe('validate: people and imports', () => {
  it('the fixture organisation is valid', () => {
    expect(validate({})).toBe('');
  });

  it.each([
    [
      'an e-mail given to two people',
      { 'standards/teams/support-leads.yaml': (t: string) => t.replace('members: [aoife-byrne, deirdre-lynch]', 'members: [aoife-byrne, { github: deirdre-lynch, email: niamh@example.com }]') },
      'standards/teams/support-leads.yaml:6:56 error: members[1] has the e-mail niamh@example.com, which standards/teams/support-emea.yaml gives to staff:E2: an identifier names one person, so records that use it can be counted for them; fix whichever is wrong [person-identity]',
    ],
    [
      'a behaviour mapping naming no behaviour',
      { 'standards/pipeline.yaml': (t: string) => t.replace('behaviours: { greet: Greeting }', 'behaviours: { greeting: Greeting }') },
      'standards/pipeline.yaml:19:31 error: source.qa.csv.behaviours.greeting: no Scorecard has a behaviour "greeting" — the Scorecards\' behaviours are greet, accurate, ownership [qa-behaviour]',
    ],
    [
      'followedBy naming no team',
      { 'standards/sops/handle-refund.yaml': (t: string) => t.replace('followedBy: [support-emea]', 'followedBy: [support-emae]') },
      'standards/sops/handle-refund.yaml:8:14 error: followedBy[0] refers to Team "support-emae", which does not exist — did you mean "support-emea"? [reference]',
    ],
    [
      'a SOP export mapping to no SOP',
      { 'standards/pipeline.yaml': (t: string) => t.replace('"Refund requests": handle-refund', '"Refund requests": handle-refunds') },
      'standards/pipeline.yaml:26:35 error: source.acknowledgements.csv.values.sop.Refund requests refers to SOP "handle-refunds", which does not exist — did you mean "handle-refund"? [reference]',
    ],
    [
      'qa_coverage without reviewsPerAgent, with a channel scope',
      { 'standards/service-levels/qa-coverage.yaml': (t: string) => t.replace('reviewsPerAgent: 2\n', '').replace('scope: { team: [support-emea] }', 'scope: { team: [support-emea], channel: [chat] }') },
      'standards/service-levels/qa-coverage.yaml:2:1 error: missing required property "reviewsPerAgent": qa_coverage needs how many reviews each agent must get per week, like 5 [metric-fit]\n' +
        'standards/service-levels/qa-coverage.yaml:8:41 error: scope.channel does not apply to qa_coverage, which measures people rather than tickets: only scope.team narrows it [metric-fit]',
    ],
    [
      'sops on another metric',
      { 'standards/service-levels/qa-score.yaml': (t: string) => t.replace('scorecard: interaction', 'scorecard: interaction\nsops: [handle-refund]') },
      'standards/service-levels/qa-score.yaml:9:7 error: sops applies only to sop_acknowledgement, not qa_score [metric-fit]',
    ],
    [
      'a QA export path out of the repository',
      { 'standards/pipeline.yaml': (t: string) => t.replace('path: exports/qa-reviews.csv', 'path: ../qa-reviews.csv') },
      'standards/pipeline.yaml:15:13 error: source.qa.csv.path "../qa-reviews.csv" leads out of the repository with "..": it must be a path inside the repository, relative to its root (e.g. exports/qa-reviews.csv) [path-in-repository]',
    ],
  ])('%s', (_name, changes, expected) => {
    expect(validate(changes)).toBe(`${expected}\n\n${expected.split('\n').length} error${expected.split('\n').length === 1 ? '' : 's'} and 0 warnings in 1 file`);
  });
});

describe('never silent, but not about people', () => {
  it('a qa_coverage or sop_acknowledgement scope names teams of people: a team without tickets is no scope gap', async () => {
    const { scopeGaps } = await import('../../scripts/model/scope-coverage.ts');
    const { standard } = await import('../engine/engine-fixtures.ts');
    const inventory = { category: new Set<string>(), team: new Set<string>(), channel: new Set<string>(), tags: new Set<string>() };
    const standards = [
      standard({ id: 'coverage', metric: 'qa_coverage', scope: { team: ['support-leads'] } }),
      standard({ id: 'acknowledged', metric: 'sop_acknowledgement', scope: { team: ['support-leads'] } }),
      standard({ id: 'csat', metric: 'csat', scope: { team: ['support-leads'] } }),
    ];
    expect(scopeGaps(standards, inventory, { type: 'sample', tickets: 1, days: 1, seed: 1 }).map((g) => [g.standard, g.field, g.value])).toEqual([['csat', 'team', 'support-leads']]);
  });
});
