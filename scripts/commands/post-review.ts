// `standards post-review`: the one command that writes to a pull request, run by the Review comment workflow
// (workflow_run) with the default branch's code and a token that may comment. The artifact it reads was written
// by the pull request's own run, so a fork controls every byte of it. It is read as data only: a size-capped
// JSON review, validated against schemas/review.schema.json (a bound on every string and list), and the comment
// is rendered here, by this code, from that data (publish/review-markdown.ts makes every string inert). An
// artifact that does not fit is refused with one line before any call to GitHub, and nothing is posted.
// Whose approval is needed is not taken from the artifact: it is computed here from the CODEOWNERS file of the
// branch the pull request merges into and the files GitHub says the pull request changes.

import { readCredential } from '../model/credential-redaction.ts';
import path from 'node:path';
import { fileLinker, REVIEW_MARKER, renderReviewComment } from '../publish/review-markdown.ts';
import { ArtifactError, readArtifactPullRequest, readArtifactReview } from '../review/review-artifact.ts';
import type { Review } from '../review/review-data.ts';
import { createGitHubClient, describeGitHubError } from '../github/client.ts';
import { CommentError, upsertStickyComment } from '../github/pull-request-comments.ts';
import { changedFiles, readCodeowners } from '../github/pull-request-owners.ts';
import { ownersOf, parseCodeowners } from '../publish/codeowners.ts';
import { approvalGroups } from '../review/approvals.ts';
import { EXIT, UsageError, appendJobSummary, type CommandIO } from './io.ts';

export interface PostReviewArgs {
  artifact: string | null;
  repository: string | null;
  headSha: string | null;
  /** The Validate run's page (github.event.workflow_run.html_url), linked as where the full review is. */
  runUrl: string | null;
}

const RUN_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~/-]+$/;

export async function postReviewCommand(io: CommandIO, args: PostReviewArgs): Promise<number> {
  if (!args.artifact) throw new UsageError('post-review needs --artifact DIR, the downloaded review artifact');
  const repository = args.repository ?? io.env.GITHUB_REPOSITORY ?? null;
  const match = repository ? /^([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository) : null;
  if (!match) throw new UsageError(`post-review needs --repo OWNER/NAME (or GITHUB_REPOSITORY), got "${repository ?? ''}"`);
  if (!args.headSha || !/^[0-9a-f]{40}$/.test(args.headSha)) throw new UsageError('post-review needs --head-sha, the 40-hex head commit of the workflow run (github.event.workflow_run.head_sha)');
  if (args.runUrl !== null && !RUN_URL.test(args.runUrl)) throw new UsageError('post-review: --run-url must be the https address of the Validate run (github.event.workflow_run.html_url)');
  const token = readCredential(io.env, 'GITHUB_TOKEN');
  if (!token) throw new UsageError('post-review needs GITHUB_TOKEN in the environment');

  const dir = path.resolve(io.root, args.artifact);
  let number: number;
  let review: Review;
  try {
    number = await readArtifactPullRequest(dir);
    review = await readArtifactReview(dir);
  } catch (error) {
    if (!(error instanceof ArtifactError)) throw error;
    io.stderr(`standards: ${error.message}: nothing was posted`);
    return EXIT.findings;
  }
  const [, owner, repo] = match as unknown as [string, string, string];

  const client = createGitHubClient({ token, baseUrl: io.env.GITHUB_API_URL, log: (line) => io.stderr(line) });
  let pull;
  try {
    pull = (await client.rest.pulls.get({ owner, repo, pull_number: number })).data;
  } catch (error) {
    io.stderr(`standards: ${describeGitHubError(error, `reading pull request ${owner}/${repo}#${number}`, 'GITHUB_TOKEN')}`);
    return EXIT.findings;
  }
  if (pull.head.sha !== args.headSha) {
    io.stderr(`standards: the artifact names pull request #${number}, whose head is ${pull.head.sha}, but the Validate run was for ${args.headSha}: not commenting (a newer push will post its own review)`);
    return EXIT.findings;
  }
  if (pull.state !== 'open') {
    io.stderr(`pull request #${number} is ${pull.state}: no review comment needed`);
    return EXIT.ok;
  }
  let approvals: Review['approvals'];
  try {
    const files = await changedFiles(client, { owner, repo, number });
    const codeowners = await readCodeowners(client, { owner, repo, ref: pull.base.ref });
    const entries = codeowners ? parseCodeowners(codeowners.text) : [];
    approvals = approvalGroups(files, (file) => ownersOf(entries, file));
  } catch (error) {
    io.stderr(`standards: ${describeGitHubError(error, `reading the files and CODEOWNERS of pull request ${owner}/${repo}#${number}`, 'GITHUB_TOKEN')}`);
    return EXIT.findings;
  }
  // Links come only from trusted values: the run's address, and files at the head commit GitHub names.
  const fileUrl = fileLinker(io.env.GITHUB_SERVER_URL ?? 'https://github.com', `${owner}/${repo}`, args.headSha);
  const body = renderReviewComment({ ...review, approvals }, { fullReviewUrl: args.runUrl, fileUrl });
  try {
    const result = await upsertStickyComment(client, { owner, repo, number }, body, { marker: REVIEW_MARKER, log: (line) => io.stderr(line) });
    io.stderr(`review comment ${result.action}: ${result.url}`);
    await appendJobSummary(io, `Review comment ${result.action} on pull request #${number}.\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommentError) {
      io.stderr(`standards: ${error.message}`);
      return EXIT.findings;
    }
    throw error;
  }
}
