import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli-runner.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { Review } from '../../scripts/review/review-data.ts';
import { renderReviewComment } from '../../scripts/publish/review-markdown.ts';
import { reviewSchemaProblem } from '../../scripts/review/review-artifact.ts';
import { HAND_TICKETS, fixtureFiles, removeTemps, runGit, tempDir, tighteningProposal, twoBranchRepo, writeStore } from './review-fixtures.ts';

afterEach(removeTemps);

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { env });

describe('standards review on a two-branch repository', () => {
  it('prints the semantic diff and the replay with the figures computed by hand', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, tighteningProposal(base));
    const store = tempDir('standards-store-');
    await writeStore(store, HAND_TICKETS);
    const result = await run(['review', '--base', 'main', '--root', root, '--store', store, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const review = JSON.parse(result.stdout) as Review;
    expect(review.files).toEqual([
      'standards/policies/complaints.yaml', 'standards/service-levels/first-response-urgent.yaml', 'standards/sops/handle-complaint.yaml',
    ]);
    expect(review.changes.map((c) => `${c.kind} ${c.id} ${c.change}`)).toEqual([
      'Standard first-response-urgent changed', 'SOP handle-complaint changed', 'Policy complaints changed',
    ]);
    const standard = review.changes[0]!;
    expect(standard.fields).toEqual([{ field: 'threshold', label: 'threshold', before: '1h', after: '45m', words: null, hunks: null }]);
    const sop = review.changes[1]!;
    expect(sop.kind === 'SOP' && sop.version).toEqual({ before: 2, after: 3 });
    expect(sop.kind === 'SOP' && sop.changelog).toEqual([{ version: 3, date: '2026-11-20', summary: 'Facts within two hours, carrier history included.' }]);
    expect(sop.kind === 'SOP' && sop.steps.map((s) => (s.kind === 'step-changed' ? `${s.step} ${s.field} ${s.before} → ${s.after}` : s.kind))).toEqual([
      'investigate within 4h → 2h',
      'investigate instructions Read the order history and ask for photos once. → Read the order and carrier history and ask for photos once, with everything else you need.',
    ]);
    const policy = review.changes[2]!;
    expect(policy.kind === 'Policy' && policy.links).toEqual({ added: [], removed: ['Standard csat'] });
    expect(review.notes.map((n) => `${n.rule}: ${n.message}`)).toEqual([
      'prose-numbers: the title still says "one hour" (1h) but the threshold is now 45m',
      // Every prose field is held to the numbers: the rationale still promises the old hour.
      'prose-numbers: the rationale still says "An hour" (1h) but the threshold is now 45m',
    ]);

    // By hand, now 2026-11-20T06:00Z, 7-day window: urgent tickets T1–T5 answered after 30, 50, 40, 55, 120 minutes.
    // 1h: 4 of 5 met (80%); objective 70% allows 0.3 × 5 = 1.5 misses, 1 used: 1 − 1/1.5 = 1/3 of the budget left, met.
    // 45m: 2 of 5 met (40%); 3 misses of 1.5 allowed: 1 − 3/1.5 = −1, breached.
    // Series (10 days): windows ending 18, 19 and 20 November hold data; 45m misses 70% on all three (50%, 40%, 40%).
    expect(review.replay.state).toBe('replayed');
    if (review.replay.state !== 'replayed') return;
    expect(review.replay.tickets).toBe(6);
    expect(review.replay.now).toBe('2026-11-20T06:00:00.000Z');
    const [replayed] = review.replay.standards;
    expect(review.replay.standards).toHaveLength(1);
    expect(replayed!.change).toBe('changed');
    expect(replayed!.base).toMatchObject({ status: 'met', value: 0.8, valueText: '80%', count: 5, budgetRemaining: 0.333333333, daysOutOfGoal: 0, goalText: '70% within 1h' });
    expect(replayed!.proposed).toMatchObject({ status: 'breached', value: 0.4, valueText: '40%', count: 5, budgetRemaining: -1, daysOutOfGoal: 3, goalText: '70% within 45m' });
    expect(replayed!.series.slice(-4)).toEqual([
      { date: '2026-11-17', base: null, proposed: null },
      { date: '2026-11-18', base: 1, proposed: 0.5 },
      { date: '2026-11-19', base: 0.8, proposed: 0.4 },
      { date: '2026-11-20', base: 0.8, proposed: 0.4 },
    ]);
    expect(review.approvals).toEqual([{
      owners: ['@acme/support-leads'],
      files: ['standards/policies/complaints.yaml', 'standards/service-levels/first-response-urgent.yaml', 'standards/sops/handle-complaint.yaml'],
    }]);
  });

  it('writes the review as data for the artifact and the job summary, and says the standard would be breached', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, tighteningProposal(base));
    const store = tempDir('standards-store-');
    await writeStore(store, HAND_TICKETS);
    const summary = path.join(tempDir('standards-summary-'), 'summary.md');
    const result = await run(['review', '--base', 'main', '--root', root, '--store', store, '--format', 'markdown', '--out', 'out'], {
      GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/standards', GITHUB_RUN_ID: '42',
    });
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(root, 'out'))).toEqual(['review.json']);
    const review = JSON.parse(readFileSync(path.join(root, 'out/review.json'), 'utf8')) as Review;
    // What the trusted job posts is rendered from the artifact's data, and equals what the run printed.
    const comment = renderReviewComment(review, { fullReviewUrl: 'https://github.com/acme/standards/actions/runs/42' });
    expect(result.stdout).toBe(comment);
    expect(comment.split('\n').slice(0, 11)).toEqual([
      '<!-- service-standards:review -->',
      '## Standards review',
      '',
      '**3 files change** (1 Standard, 1 SOP, 1 Policy) compared with `main`.',
      '',
      '1 standard replayed on 6 stored tickets; **1 would be breached**: `first-response-urgent` (🟢 met → 🔴 breached).',
      '',
      '⚠️ 2 things to check, listed first below.',
      '',
      'Approval needed: `@acme/support-leads` for 3 files.',
      '',
    ]);
    expect(comment).toContain('| `first-response-urgent` | 🟢 met → 🔴 breached | 80% → 40% (goal 70% within 1h → 70% within 45m) | 33% left → overspent 100% | 5 | 0 → 3 |');
    expect(comment).toContain('| window ending | base | proposed |\n| --- | --- | --- |\n| 2026-11-12 | – | – |\n| 2026-11-14 | – | – |\n| 2026-11-16 | – | – |\n| 2026-11-18 | 100% | 50% |\n| 2026-11-20 | 80% | 40% |\n');
    expect(readFileSync(summary, 'utf8')).toContain('| `first-response-urgent` | 🟢 met → 🔴 breached |');
    expect(review.schemaVersion).toBe(2);
    expect(reviewSchemaProblem(review)).toBeNull();
  });

  it('says plainly that there is no store and still shows the diff', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, tighteningProposal(base));
    const result = await run(['review', '--base', 'main', '--root', root, '--format', 'json']);
    const review = JSON.parse(result.stdout) as Review;
    expect(review.replay).toEqual({
      state: 'skipped',
      reason: 'No ticket store was found (no --store, no store folder with tickets, no standards-data branch), so nothing was replayed. The semantic diff below is complete — fetch the branch (git fetch origin standards-data) or pass --store DIR.',
    });
    expect(review.changes).toHaveLength(3);
  });

  it('reads the store from the standards-data branch when there is one', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, tighteningProposal(base));
    // The nightly job keeps the store as the whole tree of an orphan branch.
    const store = tempDir('standards-store-');
    await writeStore(store, HAND_TICKETS);
    await runGit(root, 'checkout', '-q', '--orphan', 'standards-data');
    await runGit(root, 'rm', '-rfq', '.');
    cpSync(store, root, { recursive: true });
    await runGit(root, 'add', '-A');
    await runGit(root, 'commit', '-qm', 'store');
    await runGit(root, 'checkout', '-q', 'proposal');
    const result = await run(['review', '--base', 'main', '--root', root, '--format', 'json']);
    const review = JSON.parse(result.stdout) as Review;
    expect(review.replay.state === 'replayed' && [review.replay.store, review.replay.tickets]).toEqual(['the standards-data branch', 6]);
  });

  it('names fetch-depth: 0 when the base ref is missing or the clone is shallow', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, tighteningProposal(base));
    const missing = await run(['review', '--base', 'origin/main', '--root', root]);
    expect(missing).toEqual({
      code: 2, stdout: '',
      stderr: 'standards: base ref "origin/main" was not found in this repository: fetch it first (git fetch origin); in Actions, give actions/checkout `fetch-depth: 0`',
    });
    const shallow = tempDir('standards-shallow-');
    await runGit(shallow, 'clone', '-q', '--depth', '1', '--branch', 'proposal', `file://${root}`, 'clone');
    const result = await run(['review', '--base', 'origin/main', '--root', path.join(shallow, 'clone')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('standards: base ref "origin/main" was not found in this repository: this is a shallow clone: in Actions, give actions/checkout `fetch-depth: 0`; locally, run `git fetch --unshallow`');
    expect((await run(['review', '--root', root])).stderr).toBe('standards: review needs --base REF, the branch the pull request merges into (e.g. --base origin/main)');
  });
});
