// Done-when, quality reviews: a QA export imported over two nights (tests/fixtures/qa) through `standards fetch`
// and `standards evaluate`, with the per-behaviour figures of the report computed by hand.
//
// Scorecard `interaction`: greet ×1, accurate ×2 (critical), ownership ×1; pass mark 80%.
// Night 1 (now 2026-11-07T06:00Z), tickets T1–T4 stored:
//   R1 T1 pass/pass/fail      → (1+2+0)/4 = 0.75            ownership costs 1/4
//   R2 T2 pass/FAIL/pass      → raw (1+0+1)/4 = 0.5, critical failed → 0; accurate costs 2/4 + 0.5 = 1
//   R3 T5                     → T5 not stored yet: waits
//   R4 T3 n/a/pass/pass       → (2+1)/3 = 1
//   value (0.75 + 0 + 1) / 3 = 0.583333…; greet 2 of 2, accurate 2 of 3, ownership 2 of 3;
//   points: greet 0, accurate 1/3, ownership 0.25/3 (sum 0.416666… = 1 − 0.583333…); costliest: accurate.
// Night 2 (now 2026-11-08T06:00Z), T5 stored; the export adds R5 (T4 fail/pass/pass → 3/4) and R6 (T1 by a
// second reviewer, pass/pass/pass → 1); R3 (T5 pass/pass/pass → 1) now counts:
//   value (0.75 + 0 + 1 + 1 + 0.75 + 1) / 6 = 0.75; greet 4 of 5, accurate 5 of 6, ownership 5 of 6;
//   points: greet 0.25/6, accurate 1/6, ownership 0.25/6 (sum 0.25); costliest: accurate.
//   Calibration: T1 by aoife (R1) and deirdre (R6): greet and accurate agree, ownership (fail vs pass) does not.

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import type { Report } from '../../scripts/model/documents.generated.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa');
let root: string;

async function night(n: 1 | 2, now: string): Promise<{ report: Report; fetch: string; summary: string }> {
  for (const file of ['tickets.csv', 'qa-reviews.csv']) await cp(path.join(FIXTURE, `night-${n}`, file), path.join(root, 'exports', file));
  const summaryFile = path.join(root, `summary-${n}.md`);
  const env = { GITHUB_STEP_SUMMARY: summaryFile };
  const fetched = await runCli(['fetch', '--root', root], { now, env });
  expect(fetched.code, fetched.stderr).toBe(0);
  const evaluated = await runCli(['evaluate', '--root', root, '--now', now], { now, env });
  expect(evaluated.code, evaluated.stderr).toBe(0);
  const report = JSON.parse(await readFile(path.join(root, 'data', 'report.json'), 'utf8')) as Report;
  return { report, fetch: fetched.stderr, summary: await readFile(summaryFile, 'utf8') };
}

const behaviourFigures = (report: Report) => report.standards.find((s) => s.id === 'qa-score')!.qa!.behaviours.map((b) => [b.id, b.applicable, b.passed, b.passRate, b.points]);

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qa-two-nights-'));
  await cp(path.join(FIXTURE, 'standards'), path.join(root, 'standards'), { recursive: true });
  await mkdir(path.join(root, 'exports'));
  await writeFile(path.join(root, 'exports', 'acknowledgements.csv'), 'SOP,Version,Person,Completed\n');
});
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

describe('a QA export over two nights', () => {
  let first: Awaited<ReturnType<typeof night>>;
  let second: Awaited<ReturnType<typeof night>>;

  it('night 1: three reviews count, the review of a ticket not stored yet waits', async () => {
    first = await night(1, '2026-11-07T06:00:00Z');
    expect(first.fetch).toContain('qa: 4 added, 0 updated, 0 unchanged from 4 rows; 3 matched to their ticket tonight, 1 waiting for it');
    const qa = first.report.standards.find((s) => s.id === 'qa-score')!;
    expect([qa.count, qa.met, qa.value]).toEqual([3, 1, 1.75 / 3]);
    expect(behaviourFigures(first.report)).toEqual([
      ['greet', 2, 2, 1, 0],
      ['accurate', 3, 2, 0.666666667, 0.333333333],
      ['ownership', 3, 2, 0.666666667, 0.083333333],
    ]);
    expect(qa.qa!.costliest).toBe('accurate');
    expect(qa.qa!.reviews).toBe(3);
    expect(first.report.qa!.scorecards.map((c) => [c.scorecard, c.reviews, c.waiting, c.notCounted.count, c.calibration.tickets])).toEqual([['interaction', 4, 1, 0, 0]]);
    // Per team and per channel: the scope's breakdowns of the reviewed tickets (T1, T3 email; T2 chat).
    expect(qa.breakdown.channel.map((s) => [s.key, s.count, s.value])).toEqual([['email', 2, 0.875], ['chat', 1, 0]]);
    expect(qa.breakdown.team.map((s) => [s.key, s.count])).toEqual([['support-emea', 3]]);
  });

  it('night 2: the waiting review counts once its ticket arrives; new reviews add, the old ones are unchanged', async () => {
    second = await night(2, '2026-11-08T06:00:00Z');
    expect(second.fetch).toContain('qa: 2 added, 0 updated, 4 unchanged from 6 rows; 3 matched to their ticket tonight, 0 waiting for it');
    const qa = second.report.standards.find((s) => s.id === 'qa-score')!;
    expect([qa.count, qa.met, qa.value]).toEqual([6, 3, 0.75]);
    expect(behaviourFigures(second.report)).toEqual([
      ['greet', 5, 4, 0.8, 0.041666667],
      ['accurate', 6, 5, 0.833333333, 0.166666667],
      ['ownership', 6, 5, 0.833333333, 0.041666667],
    ]);
    expect(qa.qa!.costliest).toBe('accurate');
    const points = qa.qa!.behaviours.reduce((sum, b) => sum + b.points!, 0);
    expect(points).toBeCloseTo(1 - qa.value!, 8);
    const card = second.report.qa!.scorecards[0]!;
    expect([card.reviews, card.waiting]).toEqual([6, 0]);
    expect(card.calibration.tickets).toBe(1);
    expect(card.calibration.behaviours.map((b) => [b.id, b.pairs, b.agreed, b.agreement])).toEqual([['greet', 1, 1, 1], ['accurate', 1, 1, 1], ['ownership', 1, 0, 0]]);
    // The week of 2–8 November (Monday to Sunday) by behaviour: the trend's last week holds every review.
    const trend = qa.qa!.behaviours.map((b) => b.trend.at(-1));
    expect(trend).toEqual([
      { week: '2026-11-02', applicable: 5, passed: 4, passRate: 0.8 },
      { week: '2026-11-02', applicable: 6, passed: 5, passRate: 0.833333333 },
      { week: '2026-11-02', applicable: 6, passed: 5, passRate: 0.833333333 },
    ]);
  });

  it('the store keeps people as the Team documents know them: never an e-mail or a name as written', async () => {
    const stored = await readFile(path.join(root, 'data', 'qa-reviews.ndjson'), 'utf8');
    // No address, and no comment: the export's own words stay in the QA tool.
    expect(stored).not.toMatch(/@example\.com|Ciaran\.Walsh|niamh|refund amount|next step/i);
    const agents = stored.trim().split('\n').map((line) => (JSON.parse(line) as { key: string; agent: string; reviewer: string }));
    expect(agents.map((r) => [r.key, r.reviewer, r.agent])).toEqual([
      ['id:R1', 'aoife-byrne', 'ciaran-walsh'],
      ['id:R2', 'aoife-byrne', 'staff:E2'],
      ['id:R4', 'aoife-byrne', 'ciaran-walsh'],
      ['id:R3', 'deirdre-lynch', 'ciaran-walsh'],
      ['id:R5', 'aoife-byrne', 'staff:E2'],
      ['id:R6', 'deirdre-lynch', 'ciaran-walsh'],
    ]);
  });

  it('per-agent figures go to the job summary only: the report and the site data name no agent', async () => {
    expect(second.summary).toContain('## Quality reviews by agent');
    expect(second.summary).toContain('| `ciaran-walsh` | Support EMEA | 4 | 4 | 93.8% | Take ownership (1) |');
    expect(second.summary).toContain('| `staff:E2` | Support EMEA | 2 | 2 | 37.5% | Accurate information (1) |');
    const report = JSON.stringify(second.report);
    for (const person of ['ciaran', 'staff:E2', 'aoife', 'deirdre']) expect(report).not.toContain(person);
  });
});
