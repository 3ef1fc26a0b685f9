import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = path.resolve(import.meta.dirname, '../../.github/workflows');
interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { permissions?: Record<string, string>; steps: Step[]; if?: string }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }
const read = (file: string) => ({ text: readFileSync(path.join(dir, file), 'utf8'), workflow: parse(readFileSync(path.join(dir, file), 'utf8')) as Workflow });

describe('the review workflows', () => {
  const comment = read('review-comment.yml');
  const validate = read('validate.yml');

  it('start the commenting workflow from the Validate run, never from pull_request_target', () => {
    expect(comment.workflow.on).toEqual({ workflow_run: { workflows: ['Validate'], types: ['completed'] } });
    expect(comment.text.startsWith('# Posts the standards review')).toBe(true);
    expect(validate.text).toMatch(/^# Gate for every pull request[\s\S]*# Why this shape: this workflow runs the pull request's own code/);
  });

  it('never check out or install pull request code in the commenting job', () => {
    const steps = Object.values(comment.workflow.jobs).flatMap((j) => j.steps);
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts).toHaveLength(1);
    expect(checkouts[0]!.with).toEqual({ ref: '${{ github.event.repository.default_branch }}', 'persist-credentials': false });
    for (const step of steps) {
      // Values from the run or the artifact reach the shell through env only, never as ${{ }} inside a script.
      expect(step.run ?? '').not.toContain('${{');
      expect(JSON.stringify(step.with ?? {})).not.toMatch(/head_sha|head_branch|head_repository|pull_request/);
    }
    const download = steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with!.path).toBe('${{ runner.temp }}/standards-review');
    // Exactly the lock, no install scripts, and our command run by setup-node's Node, not through node_modules/.bin.
    expect(steps.filter((s) => s.run).map((s) => s.run!.trim())).toEqual([
      'npm ci --ignore-scripts',
      'node scripts/cli.ts post-review --artifact "$RUNNER_TEMP/standards-review" --head-sha "$HEAD_SHA" --run-url "$RUN_URL"',
    ]);
    expect(steps.find((s) => s.run?.includes('post-review'))!.env).toEqual({
      GITHUB_TOKEN: '${{ github.token }}', HEAD_SHA: '${{ github.event.workflow_run.head_sha }}', RUN_URL: '${{ github.event.workflow_run.html_url }}',
    });
  });

  it('give pull-requests: write to the commenting job only', () => {
    expect(comment.workflow.permissions).toEqual({ contents: 'read' });
    expect(comment.workflow.jobs.comment!.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write' });
    expect(validate.workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(validate.workflow.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('compute the review on pull requests and upload it as the artifact the commenting job downloads', () => {
    const review = validate.workflow.jobs.review!;
    const upload = review.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ name: 'standards-review', path: '${{ runner.temp }}/standards-review' });
    expect(review.steps.find((s) => s.uses?.startsWith('actions/checkout@'))!.with).toMatchObject({ 'fetch-depth': 0 });
    const run = review.steps.find((s) => s.run?.includes('standards review'))!;
    expect(run.run).not.toContain('${{');
  });
});
