// `standards post-review`, the trusted job's command, against a local fake of GitHub: it renders the comment
// itself from review.json, and refuses anything that is not a valid review with one line, before any call to
// GitHub, so nothing is posted.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/cli.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import { REVIEW_MARKER, renderReviewComment } from '../../scripts/publish/review-markdown.ts';
import { startGitHubFake, type GitHubFake } from './github-fake.ts';
import { reviewTemplate, withEveryString } from './hostile-review.ts';
import { inspectComment } from './rendered-comment.ts';
import { reviewSchemaProblem } from '../../scripts/review/review-artifact.ts';
import { removeTemps, tempDir } from './review-fixtures.ts';

let fake: GitHubFake;
beforeEach(async () => { fake = await startGitHubFake(); });
afterEach(async () => { await fake.server.close(); removeTemps(); });

const RUN_URL = 'https://github.com/acme/standards/actions/runs/42';
const calls = () => fake.server.requests.map((r) => `${r.method} ${r.path}`);

async function run(artifact: Record<string, string | Uint8Array>, options: { headSha?: string; runUrl?: string } = {}) {
  const dir = tempDir('standards-artifact-');
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(artifact)) writeFileSync(path.join(dir, name), content);
  const err: string[] = [];
  const io = (root: string): CommandIO => ({
    root, color: false, now: () => new Date('2026-11-23T06:00:00Z'), stdout: () => {}, stderr: (t) => err.push(t),
    env: { GITHUB_TOKEN: 'ghs_test', GITHUB_REPOSITORY: 'acme/standards', GITHUB_API_URL: fake.server.url },
  });
  const code = await main(['post-review', '--artifact', dir, '--head-sha', options.headSha ?? 'a'.repeat(40), '--run-url', options.runUrl ?? RUN_URL], io);
  return { code, stderr: err.join('\n'), dir };
}

const PULL = '{"number": 7}';
const reviewJson = (review: unknown) => JSON.stringify(review);
const TEN_MB = reviewJson({ ...reviewTemplate(), baseRef: 'x'.repeat(10 * 1024 * 1024) });

describe('standards post-review', () => {
  it('renders the comment itself from review.json and posts it once', async () => {
    const review = withEveryString(reviewTemplate(), 'cc @alice `@bob` &#64;carol [x](https://evil.example)');
    const result = await run({ 'pull-request.json': PULL, 'review.json': reviewJson(review) });
    expect(result).toMatchObject({ code: 0, stderr: 'created comment 100\nreview comment created: https://github.com/acme/standards/pull/7#issuecomment-100' });
    expect(calls()).toEqual([
      'GET /repos/acme/standards/pulls/7', 'GET /repos/acme/standards/pulls/7/files', 'POST /graphql',
      'GET /repos/acme/standards/issues/7/comments', 'POST /repos/acme/standards/issues/7/comments',
    ]);
    const body = fake.comments[0]!.body;
    // No CODEOWNERS on the base branch: GitHub asks nobody, whatever the artifact says.
    expect(body).toBe(renderReviewComment({ ...review, approvals: [] }, { fullReviewUrl: RUN_URL }));
    expect(body.startsWith(`${REVIEW_MARKER}\n## Standards review`)).toBe(true);
    const seen = inspectComment(body, (url) => url === RUN_URL);
    expect([seen.links, seen.images, seen.tags, seen.filtered]).toEqual([[], [], [], []]);
  });

  it.each([
    ['a 10 MB string', { 'review.json': TEN_MB },
      `standards: the artifact's review.json is ${Buffer.byteLength(TEN_MB).toLocaleString('en-US')} bytes, more than the 8,388,608 a review can be: nothing was posted`],
    ['a string over its bound', { 'review.json': reviewJson({ ...reviewTemplate(), baseRef: '@alice '.repeat(200) }) },
      'standards: the artifact\'s review.json does not match schemas/review.schema.json at /baseRef: must NOT have more than 1000 characters: nothing was posted'],
    ['a title that is a number', { 'review.json': reviewJson({ ...reviewTemplate(), changes: [{ ...reviewTemplate().changes[0], title: 5 }] }) },
      /^standards: the artifact's review\.json does not match schemas\/review\.schema\.json at \/changes\/0\/title: must be string \(\d+ more problems\): nothing was posted$/],
    ['a list that is a string', { 'review.json': reviewJson({ ...reviewTemplate(), notes: '<img src=x>' }) },
      'standards: the artifact\'s review.json does not match schemas/review.schema.json at /notes: must be array: nothing was posted'],
    ['an unknown property', { 'review.json': reviewJson({ ...reviewTemplate(), markdown: '@everyone' }) },
      'standards: the artifact\'s review.json does not match schemas/review.schema.json at the top level: must NOT have additional properties: nothing was posted'],
    ['the old format', { 'review.json': reviewJson({ ...reviewTemplate(), schemaVersion: 1 }) },
      'standards: the artifact\'s review.json does not match schemas/review.schema.json at /schemaVersion: must be equal to constant: nothing was posted'],
    ['too many items', { 'review.json': reviewJson({ ...reviewTemplate(), files: Array.from({ length: 5001 }, () => 'a') }) },
      'standards: the artifact\'s review.json does not match schemas/review.schema.json at /files: must NOT have more than 5000 items: nothing was posted'],
    ['not JSON', { 'review.json': '<!-- service-standards:review -->\n@alice' },
      'standards: the artifact\'s review.json is not JSON: nothing was posted'],
    ['not UTF-8', { 'review.json': new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) },
      'standards: the artifact\'s review.json is not UTF-8 text: nothing was posted'],
    ['no review.json', {},
      'standards: the artifact has no review.json (as a plain file): was the review step of the Validate workflow skipped?: nothing was posted'],
    ['a pull request number that is a command', { 'pull-request.json': '{"number": "7; rm -rf /"}' },
      'standards: the artifact\'s pull-request.json is not {"number": N} with a pull request number: nothing was posted'],
    ['a pull request with extra fields', { 'pull-request.json': '{"number": 7, "body": "@alice"}' },
      'standards: the artifact\'s pull-request.json is not {"number": N} with a pull request number: nothing was posted'],
  ] as const)('refuses %s with one line, before any call to GitHub', async (_name, files, message) => {
    const artifact = { 'pull-request.json': PULL, 'review.json': reviewJson(reviewTemplate()), ...files } as Record<string, string | Uint8Array>;
    if (_name === 'no review.json') delete artifact['review.json'];
    const result = await run(artifact);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(result.stderr).toBe(message);
    else expect(result.stderr).toMatch(message);
    expect(calls()).toEqual([]);
    expect(fake.comments).toEqual([]);
  });

  it('refuses a review.json that is a symbolic link to a file of the runner', async () => {
    const dir = tempDir('standards-target-');
    writeFileSync(path.join(dir, 'secret.json'), JSON.stringify(reviewTemplate()));
    const artifact = tempDir('standards-artifact-');
    writeFileSync(path.join(artifact, 'pull-request.json'), PULL);
    symlinkSync(path.join(dir, 'secret.json'), path.join(artifact, 'review.json'));
    const err: string[] = [];
    const code = await main(['post-review', '--artifact', artifact, '--head-sha', 'a'.repeat(40)], (root) => ({
      root, color: false, now: () => new Date(0), stdout: () => {}, stderr: (t) => err.push(t),
      env: { GITHUB_TOKEN: 'ghs_test', GITHUB_REPOSITORY: 'acme/standards', GITHUB_API_URL: fake.server.url },
    }));
    expect([code, err]).toEqual([1, ['standards: the artifact has no review.json (as a plain file): was the review step of the Validate workflow skipped?: nothing was posted']]);
    expect(calls()).toEqual([]);
  });

  it('refuses an artifact that names a pull request with another head commit', async () => {
    const result = await run({ 'pull-request.json': PULL, 'review.json': reviewJson(reviewTemplate()) }, { headSha: 'b'.repeat(40) });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`standards: the artifact names pull request #7, whose head is ${'a'.repeat(40)}, but the Validate run was for ${'b'.repeat(40)}: not commenting (a newer push will post its own review)`);
    expect(fake.comments).toEqual([]);
  });

  it('does not comment on a closed pull request, and says why', async () => {
    fake.pull.state = 'closed';
    const result = await run({ 'pull-request.json': PULL, 'review.json': reviewJson(reviewTemplate()) });
    expect([result.code, result.stderr]).toEqual([0, 'pull request #7 is closed: no review comment needed']);
    expect(calls()).toEqual(['GET /repos/acme/standards/pulls/7']);
  });

  it('takes the run address only when it is an https address', async () => {
    const result = await run({ 'pull-request.json': PULL, 'review.json': reviewJson(reviewTemplate()) }, { runUrl: 'javascript:alert(1)' });
    expect([result.code, result.stderr]).toEqual([2, 'standards: post-review: --run-url must be the https address of the Validate run (github.event.workflow_run.html_url)']);
    expect(calls()).toEqual([]);
  });

  it('names the owners from the base branch\'s CODEOWNERS and the files GitHub lists, not from the artifact', async () => {
    // The artifact (written by the pull request's own run) claims one approval from someone it chose.
    const review = { ...reviewTemplate(), approvals: [{ owners: ['@mallory'], files: ['standards/service-levels/a.yaml'] }] };
    fake.files = [
      { filename: 'standards/service-levels/a.yaml', status: 'modified' },
      { filename: 'standards/sops/b-renamed.yaml', status: 'renamed', previous_filename: 'standards/sops/b.yaml' },
      { filename: 'scripts/cli.ts', status: 'modified' },
      { filename: 'docs/guide.md', status: 'added' },
    ];
    // Only docs/CODEOWNERS exists: GitHub looks in .github/ and the root first. The last matching rule wins;
    // `docs/*` owns files directly in docs/; a line with an invalid owner is skipped, as GitHub skips it.
    fake.baseFiles['docs/CODEOWNERS'] = [
      '# owners', '* @acme/platform', '/standards/ @acme/support-leads @ana-lopez', '/standards/sops/b.yaml @sam-okafor # the SOP\'s owner',
      'docs/* docs@example.com', 'scripts/ not-an-owner', '',
    ].join('\n');
    const result = await run({ 'pull-request.json': PULL, 'review.json': reviewJson(review) });
    expect(result.code).toBe(0);
    // One query asks for the three places GitHub looks, on the branch the pull request merges into.
    const query = fake.server.requests.find((r) => r.path === '/graphql')!.body as { variables: Record<string, string> };
    expect(query.variables).toMatchObject({ owner: 'acme', repo: 'standards', a: 'main:.github/CODEOWNERS', b: 'main:CODEOWNERS', c: 'main:docs/CODEOWNERS' });
    const body = fake.comments[0]!.body;
    expect(body).not.toContain('mallory');
    expect(body).toContain('Approval needed: `@acme/platform` for `scripts/cli.ts`; one of `@acme/support-leads`, `@ana-lopez` for 2 files; `@sam-okafor` for `standards/sops/b.yaml`; docs\\@\u200Bexample\\.com for `docs/guide.md`.');
  });

  it('stops, posting nothing, when GitHub will not list the pull request\'s files', async () => {
    fake.fault = (request) => (request.path.endsWith('/pulls/7/files') ? { status: 403, json: { message: 'Resource not accessible by integration' } } : null);
    const result = await run({ 'pull-request.json': PULL, 'review.json': reviewJson(reviewTemplate()) });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').at(-1)).toBe('standards: reading the files and CODEOWNERS of pull request acme/standards#7: GitHub answered 403 (Resource not accessible by integration): the token in GITHUB_TOKEN lacks a permission this call needs, or the rate limit did not clear after the retries');
    expect(fake.comments).toEqual([]);
  });

  it('lets the Validate run say when its own review would be refused', () => {
    expect(reviewSchemaProblem(reviewTemplate())).toBeNull();
    expect(reviewSchemaProblem({ ...reviewTemplate(), baseRef: 'x'.repeat(1001) })).toBe('does not match schemas/review.schema.json at /baseRef: must NOT have more than 1000 characters');
  });
});
