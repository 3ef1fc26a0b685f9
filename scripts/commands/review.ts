// `standards review`, `standards codeowners` and `standards post-review`: the thin edges around review/ —
// git, files, the store, GitHub, stdout. Everything they print is computed by pure functions elsewhere.

import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { validateDocuments, discoverStandardsFiles, type DocumentFile, type LoadResult } from '../model/load.ts';
import { BaseRefError, extractRef, firstExistingRef, readTreeFiles, resolveBaseCommit } from '../review/git-tree.ts';
import { buildReview, NO_STORE_REASON, type ReviewTickets } from '../review/build-review.ts';
import type { ReviewSide } from '../review/compare.ts';
import { clockFor } from '../engine/business-time.ts';
import { nodeStoreFileSystem } from '../store/atomic-write.ts';
import { finishCommittedFetches } from '../store/staged-fetch.ts';
import { openTicketStore } from '../store/ticket-store.ts';
import { COMMENT_LIMIT, REVIEW_MARKER, renderReviewComment, renderReviewSummary } from '../publish/review-markdown.ts';
import { renderReviewText } from '../publish/review-text.ts';
import { CODEOWNERS_FILE, renderCodeowners } from '../publish/codeowners.ts';
import { createGitHubClient, describeGitHubError } from '../github/client.ts';
import { upsertStickyComment, CommentError } from '../github/pull-request-comments.ts';
import { EXIT, UsageError, appendJobSummary, type CommandIO } from './io.ts';
import { loadForCommand } from './validate.ts';

export interface ReviewArgs {
  base: string | null;
  format: 'markdown' | 'json' | 'text';
  /** A store directory; default: the pipeline's store folder, else the standards-data branch. */
  store: string | null;
  now: string | null;
  /** Writes review.md (the comment), review.json and summary.md here, for the workflow artifact. */
  out: string | null;
}

/** Branches the nightly job keeps the store on, in the order they are tried. */
export const STORE_REFS = ['origin/standards-data', 'standards-data'];

function side(result: LoadResult, files: readonly DocumentFile[]): ReviewSide {
  const decoder = new TextDecoder();
  return { documents: result.documents, model: result.model, findings: result.findings, texts: new Map(files.map((f) => [f.file, decoder.decode(f.bytes)])) };
}

async function hasTickets(dir: string): Promise<boolean> {
  try {
    return (await stat(path.join(dir, 'tickets'))).isDirectory();
  } catch {
    return false;
  }
}

interface ResolvedStore { dir: string; label: string; cleanup: () => Promise<void> }

async function resolveStore(io: CommandIO, args: ReviewArgs, storeDir: string | null): Promise<ResolvedStore | null> {
  const keep = async () => {};
  if (args.store) {
    const dir = path.resolve(io.root, args.store);
    if (!(await hasTickets(dir))) throw new UsageError(`--store ${args.store} holds no tickets/ folder: give the directory the nightly job writes (the standards-data branch's contents)`);
    return { dir, label: args.store, cleanup: keep };
  }
  if (storeDir && (await hasTickets(path.resolve(io.root, storeDir)))) return { dir: path.resolve(io.root, storeDir), label: `${storeDir}/`, cleanup: keep };
  const ref = await firstExistingRef(io.root, STORE_REFS);
  if (!ref) return null;
  const dir = await extractRef(io.root, ref);
  return { dir, label: `the ${ref} branch`, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function parseNow(text: string | null): Date | null {
  if (text === null) return null;
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms)) throw new UsageError(`--now must be an ISO 8601 instant like 2026-11-23T06:00:00Z, got "${text}"`);
  return new Date(ms);
}

function runUrl(env: CommandIO['env']): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : null;
}

export async function reviewCommand(io: CommandIO, args: ReviewArgs): Promise<number> {
  if (!args.base) throw new UsageError('review needs --base REF, the branch the pull request merges into (e.g. --base origin/main)');
  let commit: string;
  try {
    commit = await resolveBaseCommit(io.root, args.base);
  } catch (error) {
    if (error instanceof BaseRefError) throw new UsageError(error.message);
    throw error;
  }
  const today = io.now().toISOString().slice(0, 10);
  const baseFiles = await readTreeFiles(io.root, commit);
  let discovered;
  try {
    discovered = await discoverStandardsFiles(io.root);
  } catch {
    throw new UsageError(`no standards/ directory in ${io.root}: run the command from the repository root or pass --root`);
  }
  const headFiles = await Promise.all(discovered.files.map(async (file) => ({ file, bytes: new Uint8Array(await readFile(path.join(io.root, file))) })));
  const base = validateDocuments(baseFiles, { today });
  const loaded = validateDocuments(headFiles, { today });
  // A file the loader could not read as a document (a symlink out, a .YAML) is a problem of the proposed side.
  const head = discovered.findings.length ? { ...loaded, findings: [...loaded.findings, ...discovered.findings], model: null } : loaded;

  const store = await resolveStore(io, args, head.model?.pipeline.storeDir ?? base.model?.pipeline.storeDir ?? null);
  try {
    let tickets: ReviewTickets | null = null;
    let now = parseNow(args.now);
    if (store) {
      await finishCommittedFetches(store.dir, { fs: nodeStoreFileSystem, command: 'review', log: (line) => io.stderr(`  ${line}`) });
      const ticketStore = openTicketStore(store.dir);
      // Replaying at the last fetch makes "the last 30 days" the 30 days the store actually holds.
      now ??= new Date((await ticketStore.readCursor())?.fetchedAt ?? io.now().toISOString());
      tickets = { tickets: ticketStore.tickets(), store: store.label };
    }
    const review = await buildReview({
      baseRef: args.base, base: side(base, baseFiles), head: side(head, headFiles), now: now ?? io.now(), clockFor, tickets,
      noStoreReason: `${NO_STORE_REASON.replace(/\.$/, '')} — fetch the branch (git fetch origin standards-data) or pass --store DIR.`,
    });
    const comment = renderReviewComment(review, { fullReviewUrl: runUrl(io.env) });
    if (args.format === 'json') io.stdout(JSON.stringify(review, null, 2));
    else if (args.format === 'markdown') io.stdout(comment);
    else io.stdout(renderReviewText(review));
    if (args.out) {
      const out = path.resolve(io.root, args.out);
      await mkdir(out, { recursive: true });
      await writeFile(path.join(out, 'review.md'), comment);
      await writeFile(path.join(out, 'review.json'), `${JSON.stringify(review, null, 2)}\n`);
      await writeFile(path.join(out, 'summary.md'), renderReviewSummary(review));
    }
    await appendJobSummary(io, renderReviewSummary(review));
    return EXIT.ok;
  } finally {
    await store?.cleanup();
  }
}

export async function codeownersCommand(io: CommandIO): Promise<number> {
  const { model, findings } = await loadForCommand(io, { strict: false, base: null });
  if (!model) {
    io.stderr(`standards: the documents have errors (${findings.filter((f) => f.severity === 'error').length}); run standards validate, then codeowners`);
    return EXIT.findings;
  }
  const file = path.join(io.root, CODEOWNERS_FILE);
  const text = renderCodeowners(model);
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) {
    io.stderr(`${CODEOWNERS_FILE} is up to date`);
    return EXIT.ok;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  io.stderr(`wrote ${CODEOWNERS_FILE} (${text.split('\n').filter((l) => l && !l.startsWith('#')).length} rules)`);
  return EXIT.ok;
}

// ---------------------------------------------------------------------------------------------------------
// Posting, in the workflow_run job that never runs pull-request code. The artifact was written by code the pull
// request controls, so every byte of it is data: read with a size cap, mentions broken, cut to the limit, and
// the pull request number checked against the head SHA that GitHub (not the artifact) says the run was for.

export interface PostReviewArgs {
  artifact: string | null;
  repository: string | null;
  headSha: string | null;
}

const MAX_ARTIFACT_BYTES = 2 * 1024 * 1024;

/** Untrusted comment text made safe to post: our marker first, no notifications, within GitHub's limit. */
export function sanitiseArtifactComment(text: string): string {
  const withoutMarker = text.replaceAll(REVIEW_MARKER, '').replace(/\0/g, '');
  // `@name` in a closed code span cannot notify; any other @mention is broken with a zero-width space.
  const unmentioned = withoutMarker
    .split(/(`@[A-Za-z0-9][A-Za-z0-9/_.-]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')))
    .join('');
  let body = `${REVIEW_MARKER}\n${unmentioned.replace(/^\s+/, '')}`;
  if (body.length > COMMENT_LIMIT) {
    const note = '\n\n---\n✂️ **Truncated** to GitHub\'s comment limit; the full review is in the job summary of the Validate run.\n';
    body = body.slice(0, COMMENT_LIMIT - note.length) + note;
  }
  return body;
}

export async function postReviewCommand(io: CommandIO, args: PostReviewArgs): Promise<number> {
  if (!args.artifact) throw new UsageError('post-review needs --artifact DIR, the downloaded review artifact');
  const repository = args.repository ?? io.env.GITHUB_REPOSITORY ?? null;
  const match = repository ? /^([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository) : null;
  if (!match) throw new UsageError(`post-review needs --repo OWNER/NAME (or GITHUB_REPOSITORY), got "${repository ?? ''}"`);
  if (!args.headSha || !/^[0-9a-f]{40}$/.test(args.headSha)) throw new UsageError('post-review needs --head-sha, the 40-hex head commit of the workflow run (github.event.workflow_run.head_sha)');
  const token = io.env.GITHUB_TOKEN;
  if (!token) throw new UsageError('post-review needs GITHUB_TOKEN in the environment');

  const dir = path.resolve(io.root, args.artifact);
  const readCapped = async (name: string) => {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new UsageError(`the artifact has no ${name}: was the review step of the Validate workflow skipped?`);
    if (info.size > MAX_ARTIFACT_BYTES) throw new UsageError(`the artifact's ${name} is ${info.size} bytes, more than the ${MAX_ARTIFACT_BYTES} a review can be: refusing it`);
    return readFile(file, 'utf8');
  };
  let number: unknown;
  try {
    number = (JSON.parse(await readCapped('pull-request.json')) as { number?: unknown }).number;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError('the artifact\'s pull-request.json is not JSON like {"number": 12}');
  }
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) throw new UsageError('the artifact\'s pull-request.json has no pull request number');
  const body = sanitiseArtifactComment(await readCapped('review.md'));

  const [, owner, repo] = match as unknown as [string, string, string];
  const pr = { owner, repo, number };
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
  try {
    const result = await upsertStickyComment(client, pr, body, { marker: REVIEW_MARKER, log: (line) => io.stderr(line) });
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
