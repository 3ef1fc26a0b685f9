// What GitHub itself knows about who must approve a pull request: the files it changes, as the API lists them,
// and the CODEOWNERS file of the branch it merges into (GitHub reads it there: `.github/`, then the root, then
// `docs/`, the first it finds). The trusted Review comment job computes the approvals from these, never from
// the review artifact, which the pull request's own run wrote. Through the one client (client.ts).

import type { GitHubClient } from './client.ts';
import type { PullRequestRef } from './pull-request-comments.ts';

/** Where GitHub looks for CODEOWNERS, in its order. */
export const CODEOWNERS_PLACES = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

interface PullRequestFile { filename: string; previous_filename?: string }

/** Every path the pull request touches: each changed file, and a renamed file's old path too. */
export async function changedFiles(client: GitHubClient, pr: PullRequestRef): Promise<string[]> {
  const files = (await client.paginate(client.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 })) as PullRequestFile[];
  return [...new Set(files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])))].sort();
}

const CODEOWNERS_QUERY = `query($owner: String!, $repo: String!, $a: String!, $b: String!, $c: String!) {
  repository(owner: $owner, name: $repo) {
    a: object(expression: $a) { ... on Blob { text } }
    b: object(expression: $b) { ... on Blob { text } }
    c: object(expression: $c) { ... on Blob { text } }
  }
}`;

type Found = { text?: string | null } | null;

/**
 * The CODEOWNERS file GitHub uses on `ref` (a branch), or null when the branch has none. One GraphQL query asks
 * for all three places at once: a missing file is null there, not a 404 per place.
 */
export async function readCodeowners(client: GitHubClient, where: { owner: string; repo: string; ref: string }): Promise<{ path: string; text: string } | null> {
  const [a, b, c] = CODEOWNERS_PLACES.map((path) => `${where.ref}:${path}`) as [string, string, string];
  const answer = await client.graphql<{ repository: { a: Found; b: Found; c: Found } | null }>(CODEOWNERS_QUERY, { owner: where.owner, repo: where.repo, a, b, c });
  const found = [answer.repository?.a, answer.repository?.b, answer.repository?.c];
  const index = found.findIndex((f) => typeof f?.text === 'string');
  return index < 0 ? null : { path: CODEOWNERS_PLACES[index]!, text: found[index]!.text! };
}
