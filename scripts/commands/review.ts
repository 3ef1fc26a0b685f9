// `standards review`: the thin edge around review/ — git, files, the store, stdout. (`standards post-review`,
// the one that writes to GitHub, is post-review.ts; `standards codeowners` is codeowners.ts.) Everything they print is computed by pure functions elsewhere.

import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { validateDocuments, discoverStandardsFiles, readDiscoveredFiles, type DocumentFile, type LoadResult } from '../model/load.ts';
import { BaseRefError, extractRef, firstExistingRef, readTreeFiles, resolveReviewBase, reviewStoreFolder, type ReviewBase } from '../review/git-tree.ts';
import { buildReview, NO_STORE_REASON, type ReviewTickets } from '../review/build-review.ts';
import type { ReviewSide } from '../review/compare.ts';
import { clockFor } from '../engine/business-time.ts';
import { nodeStoreFileSystem } from '../store/atomic-write.ts';
import { finishCommittedFetches } from '../store/committed-fetches.ts';
import { acquireStoreLock, type StoreLock } from '../store/store-lock.ts';
import { sweepWritersLeftovers } from '../store/writers-temp-sweep.ts';
import { readQaReviews } from '../store/qa-review-store.ts';
import { readAcknowledgements } from '../store/acknowledgement-store.ts';
import { readSopPublications, type SopPublicationsResult, type SopVersion } from '../model/sop-publications.ts';
import { readTeamMemberships, type TeamMembers, type TeamMembershipsResult } from '../model/team-history.ts';
import { modelCacheDir, withKeptBlobs } from '../model/model-cache.ts';
import { isPeopleMetric } from '../engine/people-measures.ts';
import { restoreStore } from '../store/store-branch.ts';
import { JOURNAL_DIR } from '../store/store-journal.ts';
import { openTicketStore, type TicketStore } from '../store/ticket-store.ts';
import { factsCacheDir, storeEntries } from '../store/ticket-facts-cache.ts';
import type { ReplayPeople, ReplayTickets } from '../review/replay.ts';
import type { StandardsModel } from '../model/model.ts';
import { historyDocuments, readDocumentHistoryKept, runGitProcess, shallowHistoryStart } from '../model/standard-history.ts';
import { fileLinker, renderReviewComment, renderReviewSummary } from '../publish/review-markdown.ts';
import { renderReviewText } from '../publish/review-text.ts';
import { REVIEW_FILE, reviewSchemaProblem } from '../review/review-artifact.ts';
import { EXIT, UsageError, appendJobSummary, type CommandIO } from './io.ts';
import { ZONED_ISO_INSTANT } from '../model/values.ts';
import { loadForCommand } from './validate.ts';
import { shownJson } from '../model/hidden-characters.ts';

export interface ReviewArgs {
  base: string | null;
  format: 'markdown' | 'json' | 'text';
  /** A store directory; default: the pipeline's store folder, else the standards-data branch. */
  store: string | null;
  now: string | null;
  /** Writes review.json here: the artifact the Review comment job renders the comment from. */
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

/**
 * The store at `dir` as day files: as it is, or, when it is the standards-data branch's committed form (day
 * files plus journal/), restored into a temporary folder first (store-branch.ts), so the replay reads the
 * tickets the nightly job stored whichever form the branch has.
 */
async function asDayFiles(dir: string, label: string, cleanup: () => Promise<void>): Promise<ResolvedStore> {
  if (!(await hasJournal(dir))) return { dir, label, cleanup };
  const restored = await reviewStoreFolder();
  const removeBoth = async () => { await rm(restored, { recursive: true, force: true }); await cleanup(); };
  try {
    await restoreStore({ branchDir: dir, storeDir: restored, fs: nodeStoreFileSystem });
  } catch (error) {
    await removeBoth();
    throw error;
  }
  return { dir: restored, label, cleanup: removeBoth };
}

async function hasJournal(dir: string): Promise<boolean> {
  try {
    return (await stat(path.join(dir, JOURNAL_DIR))).isDirectory();
  } catch {
    return false;
  }
}

async function resolveStore(io: CommandIO, args: ReviewArgs, storeDir: string | null): Promise<ResolvedStore | null> {
  const keep = async () => {};
  if (args.store) {
    const dir = path.resolve(io.root, args.store);
    if (!(await hasTickets(dir))) throw new UsageError(`--store ${args.store} holds no tickets/ folder: give the directory the nightly job writes (the standards-data branch's contents)`);
    return asDayFiles(dir, args.store, keep);
  }
  if (storeDir && (await hasTickets(path.resolve(io.root, storeDir)))) return asDayFiles(path.resolve(io.root, storeDir), `${storeDir}/`, keep);
  const ref = await firstExistingRef(io.root, STORE_REFS);
  if (!ref) return null;
  const dir = await extractRef(io.root, ref);
  return asDayFiles(dir, `the ${ref} branch`, () => rm(dir, { recursive: true, force: true }));
}

/**
 * The store's tickets for the replay. Through the facts cache when the store has one (the nightly evaluate's, or
 * one restored beside a checked-out store), as `evaluate` reads them: a day no replayed standard needs is not
 * decoded and a day with counters is counted from them, kept as they are (`counters: 'read'`), so a review costs
 * about what a warm evaluate costs. Without one, every day file is read once, raw: making the cache would cost a
 * one-off replay more than it saves. The figures are the same either way.
 */
async function replayTickets(ticketStore: TicketStore, cached: boolean): Promise<ReplayTickets> {
  if (!cached) return ticketStore.tickets();
  const facts = storeEntries(ticketStore, { counters: 'read' });
  return { days: facts.days, worstFacts: facts.worstFacts };
}

/** --now as every command reads it (pipeline.ts parseNow): with its zone, else Date.parse takes the machine's local time. */
function parseNow(text: string | null): Date | null {
  if (text === null) return null;
  const ms = Date.parse(text);
  if (!ZONED_ISO_INSTANT.test(text) || Number.isNaN(ms)) throw new UsageError(`--now must be an ISO 8601 instant like 2026-11-23T06:00:00Z, got "${text}"`);
  return new Date(ms);
}

function runUrl(env: CommandIO['env']): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : null;
}

/**
 * What the nightly evaluate reads besides the tickets (commands/people-inputs.ts), for the replay: the store's QA
 * reviews and SOP acknowledgements, when each SOP version was published and when each person was a member of each team
 * on the base branch as of the base commit (`commit`: its tip, or the merge base when the branch cannot be merged into
 * it), never the pull request's own commits, so the base side is the published figure. Git is asked only when a standard measures acknowledgements (publications) or people by their
 * teams (memberships).
 */
async function replayPeople(root: string, storeDir: string, base: StandardsModel | null, head: StandardsModel | null, commit: string, cut: string | null): Promise<ReplayPeople> {
  const acknowledging = [base, head].some((m) => m?.standards.some((s) => s.metric === 'sop_acknowledgement'));
  const counting = [base, head].some((m) => m?.standards.some((s) => isPeopleMetric(s.metric)));
  const none: SopPublicationsResult = { publications: new Map(), unavailable: null };
  const noMemberships: TeamMembershipsResult = { memberships: new Map(), unavailable: null };
  // A shallow clone's history starts at its cut (`cut`): the versions published before it, and who was a member then,
  // are not there, and the oldest version there would date from the cut; the nightly evaluate reads the whole history.
  // What each SOP and Team blob held, kept by blob id as evaluate keeps it (safe to share: readDocumentHistoryKept).
  const cacheDir = modelCacheDir(root);
  const cutWhy = `the clone's history is cut at ${cut} (a shallow clone): in Actions, give actions/checkout \`fetch-depth: 0\`; locally, run \`git fetch --unshallow\``;
  const [reviews, acknowledgements, history, teams] = await Promise.all([
    readQaReviews(nodeStoreFileSystem, storeDir),
    readAcknowledgements(nodeStoreFileSystem, storeDir),
    acknowledging && base ? (cut === null ? withKeptBlobs<SopVersion, SopPublicationsResult>(cacheDir, 'sop-versions', (held) => readSopPublications(root, base.sops, runGitProcess, held, commit)) : { ...none, unavailable: cutWhy }) : none,
    counting && base ? (cut === null ? withKeptBlobs<TeamMembers, TeamMembershipsResult>(cacheDir, 'team-members', (held) => readTeamMemberships(root, base.teams, runGitProcess, held, commit)) : { ...noMemberships, unavailable: cutWhy }) : noMemberships,
  ]);
  return { reviews, acknowledgements, sopVersions: history.publications, memberships: teams.memberships, publicationsUnavailable: history.unavailable, membershipsUnavailable: teams.unavailable };
}

export async function reviewCommand(io: CommandIO, args: ReviewArgs): Promise<number> {
  if (!args.base) throw new UsageError('review needs --base REF, the branch the pull request merges into (e.g. --base origin/main)');
  let sides: ReviewBase;
  try {
    // The base ref's tip, and this branch merged into it, when it can be merged; else their merge base (git-tree.ts).
    sides = await resolveReviewBase(io.root, args.base);
  } catch (error) {
    if (error instanceof BaseRefError) throw new UsageError(error.message);
    throw error;
  }
  const { commit } = sides;
  const today = io.now().toISOString().slice(0, 10);
  const baseFiles = await readTreeFiles(io.root, commit);
  let discovered;
  try {
    discovered = await discoverStandardsFiles(io.root);
  } catch {
    throw new UsageError(`no standards/ directory in ${io.root}: run the command from the repository root or pass --root`);
  }
  // The proposed side is the branch merged into the base's tip when that merge was made (a tree of git's), else the
  // files on disk, read as validate reads them (a FIFO, a file too large: findings, not a hang or a crash).
  const { files: headFiles, findings: readFindings } = sides.proposedTree !== null
    ? { files: await readTreeFiles(io.root, sides.proposedTree), findings: [] }
    : await readDiscoveredFiles(io.root, discovered.files);
  const base = validateDocuments(baseFiles, { today });
  const loaded = validateDocuments(headFiles, { today });
  // A file the loader could not read as a document (a symlink out, a .YAML, a FIFO, one too large) is a problem of the proposed side.
  const fileFindings = [...discovered.findings, ...readFindings];
  const head = fileFindings.length ? { ...loaded, findings: [...loaded.findings, ...fileFindings], model: null } : loaded;

  // A shallow clone cuts every history the review reads (the standards' and calendars' versions, the SOP publications,
  // the teams' members): the review says so (buildReview's `historyCut`) rather than show figures that are not the
  // published ones without a word.
  const cut = await shallowHistoryStart(io.root);
  const store = await resolveStore(io, args, head.model?.pipeline.storeDir ?? base.model?.pipeline.storeDir ?? null);
  let lock: StoreLock | null = null;
  try {
    let tickets: ReviewTickets | null = null;
    let now = parseNow(args.now);
    if (store) {
      const log = (line: string) => io.stderr(`  ${line}`);
      // Through the facts cache, a review writes what changed in it (the days fetched since the night's evaluate),
      // as evaluate does: it holds the store lock until the replay is done, so it never writes beside a night's
      // evaluate or fetch (a torn or mixed cache file). Without a cache it only reads day files, each replaced whole.
      const cached = await stat(factsCacheDir(store.dir)).then((s) => s.isDirectory(), () => false);
      if (cached) lock = await acquireStoreLock(store.dir, { fs: nodeStoreFileSystem, command: 'review', log });
      if (lock) await sweepWritersLeftovers(nodeStoreFileSystem, store.dir, log);
      await finishCommittedFetches(store.dir, { fs: nodeStoreFileSystem, command: 'review', log, ...(lock ? { lock } : {}) });
      const ticketStore = openTicketStore(store.dir);
      // Replaying at the last fetch makes "the last 30 days" the 30 days the store actually holds.
      now ??= new Date((await ticketStore.readCursor())?.fetchedAt ?? io.now().toISOString());
      tickets = { tickets: await replayTickets(ticketStore, cached), store: store.label, people: await replayPeople(io.root, store.dir, base.model, head.model, commit, cut) };
    }
    // Each side judges by the versions in force as `evaluate` does: the base's history as of the base commit.
    // Through what evaluate and earlier reviews kept of each blob (readDocumentHistoryKept says why sharing it is safe).
    const history = base.model ? await readDocumentHistoryKept(io.root, historyDocuments(base.model), commit) : null;
    if (history?.unavailable) io.stderr(`standards: history: not read (${history.unavailable.split('\n')[0]}); each standard and calendar of the base counts as it is now`);
    const review = await buildReview({
      baseRef: args.base, base: side(base, baseFiles), head: side(head, headFiles), now: now ?? io.now(), clockFor, tickets, historyCut: cut, baseNote: sides.note,
      ...(history ? { history: { standards: history.standards, calendars: history.calendars } } : {}),
      noStoreReason: `${NO_STORE_REASON.replace(/\.$/, '')} — fetch the branch (git fetch origin standards-data) or pass --store DIR.`,
    });
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = io.env;
    const links = { fullReviewUrl: runUrl(io.env), fileUrl: server && repository && sha ? fileLinker(server, repository, sha) : null };
    const comment = renderReviewComment(review, links);
    if (args.format === 'json') io.stdout(shownJson(review));
    else if (args.format === 'markdown') io.stdout(comment);
    else io.stdout(renderReviewText(review));
    if (args.out) {
      // The artifact is the review as data and nothing else: the trusted job renders the comment itself.
      const problem = reviewSchemaProblem(review);
      if (problem) io.stderr(`standards: warning: this review ${problem}, so the Review comment job will refuse it; the job summary still has it`);
      const out = path.resolve(io.root, args.out);
      await mkdir(out, { recursive: true });
      await writeFile(path.join(out, REVIEW_FILE), `${JSON.stringify(review)}\n`);
    }
    await appendJobSummary(io, renderReviewSummary(review, links));
    return EXIT.ok;
  } finally {
    await lock?.release();
    await store?.cleanup();
  }
}
