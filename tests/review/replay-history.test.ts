// The what-if judges each measurement by the version in force when it completed, as `evaluate` does: on a
// repository whose standard and calendar changed in the past, the base side of a review equals the published
// report for the same "now", figure for figure. Values worked out by hand below.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import type { Report } from '../../scripts/model/model.ts';
import type { Review } from '../../scripts/review/review-data.ts';
import { HAND_TICKETS, NOW, edited, fixtureFiles, removeTemps, tempDir, ticket, writeStore, commitAt, type Files } from './review-fixtures.ts';

afterEach(removeTemps);

const git = promisify(execFile);
const STANDARD = 'standards/service-levels/first-response-urgent.yaml';
const CALENDAR = 'standards/calendars/dublin-office.yaml';


describe('a review on a repository with history', () => {
  it('judges the base side by the versions in force, so its figures are the published report’s', async () => {
    // first-response-urgent in Dublin office hours (09:00–17:00, UTC+0 in November), 1h, 70%, since January.
    const first = edited(fixtureFiles(), { [STANDARD]: [['threshold: 1h', 'threshold: 1h\ncalendar: dublin-office']] });
    // Thu 19 Nov 08:00: Wed 18 Nov becomes a holiday, from the commit day on (19 Nov): 18 Nov stays a working day.
    const holiday = edited(first, { [CALENDAR]: [['  - { date: 2026-12-25, name: Christmas Day }', '  - { date: 2026-11-18, name: Founders day }\n  - { date: 2026-12-25, name: Christmas Day }']] });
    // Thu 19 Nov 08:30: the threshold tightens to 45m, judging from 19 Nov.
    const tightened = edited(holiday, { [STANDARD]: [['threshold: 1h', 'threshold: 45m']] });
    const root = tempDir('standards-history-');
    await git('git', ['init', '-q', '-b', 'main'], { cwd: root });
    await commitAt(root, first, '2026-01-05T10:00:00Z', 'first');
    await commitAt(root, holiday, '2026-11-19T08:00:00Z', 'holiday');
    await commitAt(root, tightened, '2026-11-19T08:30:00Z', 'tighter');
    // T7: Wed 18 Nov 16:30 → Thu 19 Nov 09:45.
    await writeStore(path.join(root, 'data'), [...HAND_TICKETS, ticket('T7', '2026-11-18T16:30:00Z', 17 * 60 + 15)]);

    const evaluated = await runCli(['evaluate', '--root', root, '--now', NOW]);
    expect(evaluated.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as Report;
    const published = report.standards.find((s) => s.id === 'first-response-urgent')!;

    // A pull request that lowers the objective to 60%.
    await git('git', ['checkout', '-qb', 'proposal'], { cwd: root });
    await commitAt(root, edited(tightened, { [STANDARD]: [['objective: 70%', 'objective: 60%']] }), '2026-11-19T12:00:00Z', 'lower');
    const result = await runCli(['review', '--base', 'main', '--root', root, '--now', NOW, '--format', 'json']);
    expect(result.stderr).toBe('');
    const review = JSON.parse(result.stdout) as Review;
    if (review.replay.state !== 'replayed') throw new Error(review.replay.reason);
    const replayed = review.replay.standards.find((s) => s.id === 'first-response-urgent')!;

    // By hand, versions in force: 18 Nov: T1 30m, T2 50m, judged at 1h: met. 19 Nov, at 45m and in the hours of
    // the calendar version without the holiday on 18 Nov: T7 30 + 45 = 75 missed, T3 40 met, T4 55 and T5 120
    // missed. 3 of 6: 50%. Budget: 0.3 × 2 + 0.3 × 4 = 1.8 misses allowed, 3 used: 1 − 3/1.8 = −2/3, breached.
    // (Judged by today's definitions alone, 18 Nov would be a holiday and T7 take 45 minutes: 4 of 6.)
    expect([published.value, published.count, published.status, published.errorBudget!.remaining]).toEqual([0.5, 6, 'breached', expect.closeTo(-2 / 3, 9)]);
    expect(replayed.base).toMatchObject({ value: published.value, count: published.count, status: published.status, budgetRemaining: expect.closeTo(published.errorBudget!.remaining, 9) });
    expect(replayed.series.map((d) => [d.date, d.base])).toEqual(published.series.map((d) => [d.date, d.windowValue]));
    expect(replayed.series.slice(-3).map((d) => d.base)).toEqual([1, 0.5, 0.5]);
    // The what-if: 45m and 60% as if always in force (its effective date, 1 January): T1 met, T2 (50) missed: 2 of 6.
    expect(replayed.proposed).toMatchObject({ value: 2 / 6, count: 6, status: 'breached' });
  });

  it('says so in a shallow clone, whose history is cut for every standard and calendar, and names fetch-depth: 0', async () => {
    // The same repository; a clone one commit deep (git clone --depth 1) holds only 'tighter' (19 Nov 08:30).
    const first = edited(fixtureFiles(), { [STANDARD]: [['threshold: 1h', 'threshold: 1h\ncalendar: dublin-office']] });
    const tightened = edited(first, { [STANDARD]: [['threshold: 1h', 'threshold: 45m']] });
    const root = tempDir('standards-history-');
    await git('git', ['init', '-q', '-b', 'main'], { cwd: root });
    await commitAt(root, first, '2026-01-05T10:00:00Z', 'first');
    await commitAt(root, tightened, '2026-11-19T08:30:00Z', 'tighter');
    const clone = path.join(tempDir('standards-shallow-'), 'clone');
    await git('git', ['clone', '-q', '--depth', '1', '--branch', 'main', `file://${root}`, clone]);
    // The pull request, not committed yet: 60%.
    const lowered = edited(tightened, { [STANDARD]: [['objective: 70%', 'objective: 60%']] });
    writeFileSync(path.join(clone, STANDARD), lowered[STANDARD]!);
    const review = async (at: string) => {
      await writeStore(path.join(at, 'data'), HAND_TICKETS);
      const result = await runCli(['review', '--base', 'HEAD', '--root', at, '--now', NOW, '--format', 'json']);
      expect(result.stderr).toBe('');
      const r = JSON.parse(result.stdout) as Review;
      if (r.replay.state !== 'replayed') throw new Error(r.replay.reason);
      return r.replay;
    };
    const cut = await review(clone);
    expect(cut.notes).toEqual([
      'The clone\'s history is cut at 2026-11-19T08:30:00+00:00 (a shallow clone): the versions of each standard and calendar committed before it are missing, so the oldest one there judges as if it were the first and the base side may not show the published figures; in Actions, give actions/checkout `fetch-depth: 0`; locally, run `git fetch --unshallow`.',
    ]);
    // The whole history: no such note.
    writeFileSync(path.join(root, STANDARD), lowered[STANDARD]!);
    const whole = await review(root);
    expect(whole.notes).toEqual([]);
    // By hand (the test above, without T7): 18 Nov T1 30m and T2 50m, judged at 1h then: met; 19 Nov at 45m: T3 40 met,
    // T4 55 and T5 120 missed: 3 of 5. In the clone 45m is the only version, judging from January: T2 missed too, 2 of 5.
    expect([whole.standards[0]!.base!.value, whole.standards[0]!.base!.count]).toEqual([0.6, 5]);
    expect([cut.standards[0]!.base!.value, cut.standards[0]!.base!.count]).toEqual([0.4, 5]);
  });
});
