// The fetch step of the pipeline: lock → cursor → source → staging → store → cursor → unlock.
//
// The source's batches stream into a staging folder inside the store (store/staged-fetch.ts), so memory
// follows one batch and a buffer, not the fetch; the store and the cursor change only when the source has
// answered in full, and then all at once. A failed fetch leaves every byte as it was.

import path from 'node:path';
import type { StandardsModel } from '../model/model.ts';
import { terminationSignal } from '../model/run-termination.ts';
import { nodeStoreFileSystem, shownPath, type StoreFileSystem } from '../store/atomic-write.ts';
import { nextRejections, readRejections, rejectionsText, REJECTIONS_FILE, type StoredRejection } from '../store/fetch-rejections.ts';
import { committedStagingDirs, recoverStagedFetches } from '../store/committed-fetches.ts';
import { startStagedFetch, type StagedFetch, type TicketMove } from '../store/staged-fetch.ts';
import { DayRangeRecord } from '../store/day-range-record.ts';
import { locateTickets, type UnorderedDay } from '../store/ticket-locations.ts';
import { acquireStoreLock, type LockOptions, type StoreLock } from '../store/store-lock.ts';
import { storedTicketReader } from '../store/stored-tickets.ts';
import { cursorText, incomingTicket, openTicketStore, StoreError, type StoreCursor, type TicketStore } from '../store/ticket-store.ts';
import { describeFetchCost } from './fetch-cost.ts';
import { canonicalPosition, formatInstant } from './instants.ts';
import { quotedValue } from './quoted-value.ts';
import { createSource, type RejectedRecord, type SourceUsage, type TicketBatch, type TicketSource } from './source.ts';

export interface FetchSummary {
  /** Tickets the source returned (rejected ones included). */
  fetched: number;
  /** Tickets new to the store. */
  added: number;
  /** Stored tickets replaced by a newer version. */
  updated: number;
  /** Tickets identical to the stored version. */
  unchanged: number;
  /** Tickets older than the stored version, ignored. */
  stale: number;
  /** Stored tickets removed: deleted upstream, or no longer in a full re-import. */
  removed: number;
  /** Stored tickets filed under another day: their `created` moved (README, "A ticket's creation day changes"). */
  moved?: number;
  /** Extra stored copies of a ticket removed (a store written before moves were followed held it twice). */
  duplicatesRemoved?: number;
  /** Store days rewritten (or that a dry run would rewrite), YYYY-MM-DD, sorted. */
  changedDays: string[];
  /** Records this fetch could not store: skipped by the source, or dated in the future. */
  rejected: RejectedRecord[];
  /** Records the source skipped as unreadable (CSV rows with `skipBadRows`): one may have several problems in `rejected`. */
  skipped: number;
  /** Stored days the fetch returned far fewer tickets for than the store holds. */
  shrunkDays: ShrunkDay[];
  /** Batches (pages) the source yielded. */
  batches: number;
  /** The cursor the fetch started from (null: everything). */
  cursorBefore: string | null;
  /** The cursor now stored (after a dry run: the one that would be). */
  cursor: string;
  /** Nothing was written. */
  dryRun: boolean;
  /** What the fetch cost the helpdesk account (the API sources; absent for the sample and CSV sources). */
  usage?: SourceUsage;
}

/** A first backfill is estimated for this many tickets when the fetch itself was not one. */
export const BACKFILL_ESTIMATE_TICKETS = 100_000;

export interface ShrunkDay { day: string; stored: number; fetched: number }

/** What the fetch has done so far, after each batch. */
export interface FetchProgress { batches: number; tickets: number; done: boolean }

export interface FetchOptions {
  model: StandardsModel;
  /** Repository root; the store directory and source paths are relative to it. */
  root: string;
  now: Date;
  log: (line: string) => void;
  /** Instead of the configured source (tests, in-memory sources). */
  source?: TicketSource;
  /** Where the API sources read the credentials their settings name. Default: process.env. */
  env?: Record<string, string | undefined>;
  fs?: StoreFileSystem;
  /** Backfill: ask the source for what changed since this instant (or since the cursor's position, when earlier). */
  since?: Date | null;
  /** Fetch and count, write nothing. */
  dryRun?: boolean;
  /** Let a full re-import shrink stored days (tickets deleted upstream). */
  allowShrink?: boolean;
  progress?: (progress: FetchProgress) => void;
  /** The store lock when the caller already holds it (a pipeline run); otherwise the fetch takes it. */
  lock?: StoreLock;
  lockOptions?: Partial<Omit<LockOptions, 'fs'>>;
  /** Bytes of tickets buffered before they go to the staging folder (tests make it small). */
  bufferBytes?: number;
}

/**
 * How far past "now" a timestamp may be before the ticket counts as dated in the future: the helpdesk's clock
 * and the runner's differ by seconds, and a ticket that tomorrow's run would accept should not be rejected.
 */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** A day "shrinks" when it would keep fewer than half its stored tickets (and at least this many fewer). */
const SHRINK_MIN_LOSS = 5;

/** Text that is safe in a shell command line. */
function shellQuote(text: string): string {
  return /^[A-Za-z0-9._\/-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The message for a store that holds another upstream's tickets, with the command that starts a fresh one. */
export function otherUpstreamMessage(storeDir: string, storedUpstream: string, source: TicketSource): string {
  const aside = `${storeDir}.${storedUpstream.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
  return (
    `${storeDir}/ holds the tickets of ${JSON.stringify(storedUpstream)}, but standards/pipeline.yaml now fetches from ${JSON.stringify(source.upstream)}. ` +
    'A store holds one upstream\'s tickets, so nothing was fetched: mixing them would put the old tickets into the new figures. ' +
    `To start a fresh store, move the old one aside and fetch again: mv ${shellQuote(storeDir)} ${shellQuote(aside)} && npx standards fetch`
  );
}

function storedUpstreamOf(cursor: StoreCursor): string | null {
  return cursor.upstream ?? null;
}

export async function runFetch(options: FetchOptions): Promise<FetchSummary> {
  const { model, root, now, log } = options;
  const fs = options.fs ?? nodeStoreFileSystem;
  const storeDir = path.resolve(root, model.pipeline.storeDir);
  const store = openTicketStore(storeDir, { fs });
  const source = options.source ?? createSource(model.pipeline.source, { root, now, teams: model.teams, ...(options.env ? { env: options.env } : {}) });
  const lock = options.lock ?? (await acquireStoreLock(storeDir, { command: 'fetch', log, ...options.lockOptions, fs }));
  try {
    // A dry run writes nothing, not even to finish what a killed run left: so it cannot read a half-installed store.
    if (options.dryRun && (await committedStagingDirs(storeDir, fs)).length > 0) {
      throw new StoreError(`${model.pipeline.storeDir.replace(/\/+$/, '')}/ is half-installed (a killed fetch had committed): a dry run writes nothing, so it cannot finish it; run \`standards fetch\` first`);
    }
    if (!options.dryRun) {
      const recovered = await recoverStagedFetches(storeDir, fs);
      if (recovered.rolledForward) log(`store: finished installing ${recovered.rolledForward} fetch(es) a killed run had committed`);
      if (recovered.discarded) log(`store: removed ${recovered.discarded} unfinished fetch(es) a killed run left`);
      const swept = await store.sweepLeftovers();
      if (swept) log(`store: removed ${swept} temp file(s) a killed run left`);
    }
    return await fetchIntoStore(options, fs, store, source);
  } finally {
    if (!options.lock) await lock.release();
  }
}

/**
 * What the fetch will read, said before it starts. A backfill reads from --since, but never from later than where the
 * stored cursor stood (a source caps it: FetchChangesOptions.since); when it does, the line says from where. The
 * cursor and fetchedAt come from the store, so they are shown as instants of ours or quoted, never as they stand.
 */
export function fetchStartLine(source: TicketSource, cursor: string | null, fetchedAt: string | null, since: Date | null): string {
  const head = `fetch: ${source.type} source`;
  if (since !== null) {
    const stood = cursor !== null ? source.storedPosition?.(cursor) ?? null : null;
    if (stood !== null && stood < since.getTime()) {
      return `${head}, changes since ${formatInstant(stood)}, where the last fetch stopped, not since --since ${formatInstant(since.getTime())}: a backfill never skips the changes between (backfill)`;
    }
    return `${head}, changes since ${formatInstant(since.getTime())} (backfill)`;
  }
  if (cursor === null) return `${head}, everything`;
  return `${head}, changes since the last fetch (${fetchedAt === null ? 'unknown' : canonicalPosition(fetchedAt) ?? quotedValue(fetchedAt, 40)})`;
}

async function fetchIntoStore(options: FetchOptions, fs: StoreFileSystem, store: TicketStore, source: TicketSource): Promise<FetchSummary> {
  const { model, now, log } = options;
  const storeShown = model.pipeline.storeDir.replace(/\/+$/, '');
  const stored = await store.readCursor();
  if (stored !== null) {
    const storedUpstream = storedUpstreamOf(stored);
    // Stores written before the upstream was recorded name only the source type.
    const other = storedUpstream !== null ? storedUpstream !== source.upstream : stored.source !== source.type;
    if (other) throw new StoreError(otherUpstreamMessage(storeShown, storedUpstream ?? stored.source, source));
  }
  const cursorBefore = stored !== null && stored.source === source.type ? stored.cursor : null;
  const since = options.since ?? null;
  log(fetchStartLine(source, cursorBefore, stored?.fetchedAt ?? null, since));

  const nowMs = now.getTime();
  // What this run learns of the day files' order (day-range-record.ts), saved only once its days are installed.
  const record = await DayRangeRecord.open(fs, store.dir);
  const staging = await startStagedFetch(store, fs, { record, ...(options.bufferBytes !== undefined ? { bufferBytes: options.bufferBytes } : {}) });
  let run: AsyncGenerator<TicketBatch, string, void> | null = null;
  try {
    const rejected: RejectedRecord[] = [];
    const fetchedRejections: StoredRejection[] = [];
    const storedRejections = await readRejections(fs, store.dir);
    const rejectedIds = new Set(storedRejections.flatMap((r) => (r.ticket !== undefined ? [r.ticket] : [])));
    const clearedIds = new Set<string>();
    let fetched = 0;
    let batches = 0;
    let skipped = 0;
    // Ids deleted upstream; a ticket in a later batch was restored (helpdesks let agents undelete).
    const deletions = new Set<string>();
    let usage: SourceUsage | null = null;
    // Sources that apply what changed to what is stored read the committed store (the staging holds tonight's).
    run = source.fetchChanges(cursorBefore, { since, log, storedTickets: storedTicketReader(store, fs, record), usage: (u) => { usage = u; } });
    let nextCursor: string;
    for (;;) {
      const step = await run.next();
      if (step.done) { nextCursor = step.value; break; }
      batches++;
      skipped += step.value.skipped ?? 0;
      for (const x of step.value.rejected) {
        rejected.push(x);
        fetchedRejections.push({ kind: 'skippedBySource', where: x.where, reason: x.reason, ...(x.ticket !== undefined ? { ticket: x.ticket } : {}) });
      }
      for (const ticket of step.value.tickets) {
        fetched++;
        if (deletions.size > 0) deletions.delete(ticket.id);
        const future = futureReason(ticket.created, ticket.updated, nowMs);
        if (future !== null) {
          const record = { where: `ticket ${JSON.stringify(ticket.id)}`, reason: future, ticket: ticket.id };
          rejected.push(record);
          fetchedRejections.push({ kind: 'future', ...record });
          continue;
        }
        const { day, incoming } = incomingTicket(ticket);
        if (rejectedIds.has(ticket.id)) clearedIds.add(ticket.id);
        await staging.add(day, incoming);
      }
      // After the batch's tickets: a ticket both changed and deleted in one batch is deleted.
      for (const id of step.value.deleted ?? []) deletions.add(id);
      options.progress?.({ batches, tickets: fetched, done: false });
    }
    options.progress?.({ batches, tickets: fetched, done: true });
    if (usage !== null) {
      // A first fetch is the backfill itself; a night's fetch says what one would cost per 100,000 tickets.
      for (const line of describeFetchCost(usage, cursorBefore === null && since === null ? Math.max(fetched, 1) : BACKFILL_ESTIMATE_TICKETS)) log(`cost: ${line}`);
    }
    const deleted: ReadonlySet<string> = deletions;
    for (const id of deleted) if (rejectedIds.has(id)) clearedIds.add(id);

    const yielded = batches > 0;
    const replace = source.complete === true && yielded;
    const full = replace || (cursorBefore === null && since === null);
    const alsoDays = [...(full ? await daysWithin(store, staging) : []), ...(deleted.size > 0 ? await daysHolding(store, fs, deleted, record) : [])];
    const prepared = await staging.prepare(replace ? 'replace' : 'merge', alsoDays, deleted, source.createdFixed === true);
    // A full fetch says what each day holds (a day a ticket only moved out of, it did not cover); an incremental
    // one shrinks a day only by deletions.
    const shrunkDays = prepared.days
      .map((d) => ({ day: d.day, stored: d.before, fetched: full && d.covered ? d.fetched : d.after }))
      .filter((d) => d.stored - d.fetched >= SHRINK_MIN_LOSS && d.fetched * 2 < d.stored);
    const r = prepared.result;

    log(`fetch: ${fetched} tickets in ${batches} batch(es)${skipped ? `, ${skipped} row(s) skipped as unreadable (skipBadRows)` : ''}${rejected.length ? `, ${rejected.length} rejected` : ''}`);
    for (const x of rejected.slice(0, 10)) log(`  rejected: ${x.where}: ${x.reason}`);
    if (rejected.length > 10) log(`  ... and ${rejected.length - 10} more`);
    if (shrunkDays.length) reportShrink(shrunkDays, replace ? 'replace' : full ? 'full' : 'deleted', options.allowShrink === true, storeShown, log);
    reportUnordered(staging.unorderedDays, store, r.changedDays, options.dryRun === true, log);

    const summary: FetchSummary = {
      fetched,
      added: r.added,
      updated: r.replaced,
      unchanged: r.unchanged,
      stale: r.stale,
      removed: r.removed ?? 0,
      moved: r.moved ?? 0,
      duplicatesRemoved: r.duplicatesRemoved ?? 0,
      changedDays: r.changedDays,
      rejected,
      skipped,
      shrunkDays,
      batches,
      cursorBefore,
      cursor: nextCursor,
      dryRun: options.dryRun === true,
      ...(usage !== null ? { usage } : {}),
    };
    const counts = `${r.added} added, ${r.replaced} updated, ${r.unchanged} unchanged${r.stale ? `, ${r.stale} older than stored (ignored)` : ''}${r.removed ? `, ${r.removed} removed (${replace ? 'no longer in the import' : 'deleted upstream'})` : ''}${r.moved ? `, ${r.moved} moved to another day (their creation day changed)` : ''}${r.duplicatesRemoved ? `, ${r.duplicatesRemoved} duplicate(s) removed (a ticket stored under two days)` : ''}`;
    logMoves(prepared.moves, options.dryRun === true, log);
    if (options.dryRun) {
      await staging.discard();
      log(`store (dry run, nothing written): would be ${counts}; ${r.changedDays.length} day files would be written`);
      return summary;
    }

    const keep = yielded || full ? nextRejections(storedRejections, fetchedRejections, full, clearedIds) : storedRejections;
    const extra = [];
    const rejectionsFile = path.join(store.dir, REJECTIONS_FILE);
    const rejectionsNow = rejectionsText(keep);
    const rejectionsBefore = await fs.readFile(rejectionsFile);
    if ((rejectionsBefore === null ? rejectionsText([]) : rejectionsBefore.toString('utf8')) !== rejectionsNow) extra.push({ file: rejectionsFile, content: rejectionsNow });
    const cursorNow = cursorText({ source: source.type, upstream: source.upstream, cursor: nextCursor, fetchedAt: formatInstant(now.getTime()) });
    const cursorOld = await fs.readFile(store.cursorFile);
    // The cursor last: whoever reads the store after a crash sees the new days before the new cursor.
    if (cursorOld === null || cursorOld.toString('utf8') !== cursorNow) extra.push({ file: store.cursorFile, content: cursorNow });
    // A run stopped by SIGTERM or SIGINT before its commit point leaves yesterday's store (model/run-termination.ts).
    terminationSignal.throwIfAborted();
    await staging.commit(extra);
    log(`store: ${counts}; ${r.changedDays.length} day files written`);
    // A derived file: one not written costs the next fetch a read of each day file, never a wrong answer.
    await record.save(await store.listDays()).catch((error: unknown) => log(`warning: ${(error as Error).message}; the next fetch reads each day file once to check its order`));
    return summary;
  } catch (error) {
    // A ticket the store refuses stops the source too (its open requests and files are released).
    await run?.return('').catch(() => undefined);
    await staging.discard().catch(() => undefined);
    throw error;
  }
}

/**
 * The stored days that hold any of `ids` (deleted upstream). A deletion does not give the ticket's creation day,
 * so the days are found by their id ranges (ticket-locations.ts): a day is read only when its range takes in one.
 */
async function daysHolding(store: TicketStore, fs: StoreFileSystem, ids: ReadonlySet<string>, record: DayRangeRecord): Promise<string[]> {
  const { holding } = await locateTickets(store, fs, ids, undefined, record);
  return [...new Set([...holding.values()].flat())].sort();
}

/**
 * Names the stored day files found out of order (ticket-locations.ts): the fetch looked in each for every ticket
 * and rewrote it sorted (its staged commit), so nothing was missed; the file was not as the store writes it.
 */
function reportUnordered(days: readonly UnorderedDay[], store: TicketStore, changedDays: readonly string[], dryRun: boolean, log: (line: string) => void): void {
  for (const u of days.slice(0, 10)) {
    const healed = changedDays.includes(u.day);
    log(
      `warning: ${shownPath(store.dayFile(u.day))} line ${u.line}: ${u.problem}: not a day file as the store writes it (edited by hand, or a git conflict resolved by keeping both sides?). ` +
        `This fetch read it whole to look for every ticket${healed ? (dryRun ? ' and would rewrite it sorted (newest copy of a ticket kept)' : ' and rewrote it sorted (newest copy of a ticket kept)') : ''}; \`standards store check\` lists every such file`,
    );
  }
  if (days.length > 10) log(`  ... and ${days.length - 10} more day files out of order`);
}

/** Names the tickets a fetch files under another day (the first ten), and the days they leave. */
function logMoves(moves: readonly TicketMove[], dryRun: boolean, log: (line: string) => void): void {
  for (const m of moves.slice(0, 10)) {
    log(`  ${dryRun ? 'would move' : 'moved'}: ticket ${JSON.stringify(m.id)} from ${m.from.join(' and ')} to ${m.to} (its creation day changed${m.from.length > 1 ? '; it was stored under more than one day' : ''})`);
  }
  if (moves.length > 10) log(`  ... and ${moves.length - 10} more`);
}

/** Stored days between the first and the last day the fetch has tickets for: a full fetch covers them. */
async function daysWithin(store: TicketStore, staging: StagedFetch): Promise<string[]> {
  const staged = [...staging.stagedDays].sort();
  if (staged.length === 0) return [];
  const first = staged[0]!;
  const last = staged[staged.length - 1]!;
  return (await store.listDays()).filter((day) => day >= first && day <= last);
}

function reportShrink(days: ShrunkDay[], kind: 'replace' | 'full' | 'deleted', allowed: boolean, storeShown: string, log: (line: string) => void): void {
  const list = days.slice(0, 5).map((d) => `${d.day} (${d.stored} stored, ${d.fetched} fetched)`).join(', ') + (days.length > 5 ? ` and ${days.length - 5} more` : '');
  if (kind === 'replace' && !allowed) {
    throw new StoreError(
      `the import has far fewer tickets than ${storeShown}/ holds for ${days.length} day(s): ${list}. Nothing was written. ` +
        'If the export covers less than before, export the full history again; if those tickets were really deleted upstream, run again with --allow-shrink.',
    );
  }
  if (kind === 'deleted') {
    log(`warning: tickets deleted upstream take more than half of ${days.length} stored day(s) away: ${days.slice(0, 5).map((d) => `${d.day} (${d.stored} → ${d.fetched})`).join(', ')}`);
    return;
  }
  const what = kind === 'replace' ? 'the import replaces them (--allow-shrink)' : 'the store keeps the tickets the fetch did not return';
  log(`warning: the fetch returned far fewer tickets than ${storeShown}/ holds for ${days.length} day(s): ${list}; ${what}`);
}

/** Why a ticket's timestamps are in the future (null when they are not). */
function futureReason(created: string, updated: string, nowMs: number): string | null {
  const limit = nowMs + FUTURE_TOLERANCE_MS;
  for (const [name, value] of [['created', created], ['updated', updated]] as const) {
    const ms = Date.parse(value);
    if (ms > limit) return `dated in the future: ${name} ${JSON.stringify(value).slice(0, 40)} is after the fetch (${formatInstant(nowMs)})`;
  }
  return null;
}

/**
 * Renders fetch progress: on a terminal one line rewritten in place after each batch; elsewhere (CI logs) one
 * line per `group` batches and one at the end.
 */
export function fetchProgressReporter(mode: 'terminal' | 'lines', write: (line: string) => void, group = 20): (progress: FetchProgress) => void {
  let shown = false;
  return ({ batches, tickets, done }) => {
    const text = `  fetch: ${batches.toLocaleString('en-US')} batch${batches === 1 ? '' : 'es'}, ${tickets.toLocaleString('en-US')} tickets${done ? ', done' : ''}`;
    if (mode === 'terminal') {
      // Up one line and clear it: the previous progress line is replaced rather than repeated.
      write(`${shown ? '\u001b[1A\u001b[2K' : ''}${text}`);
      shown = true;
    } else if (done || batches % group === 0) {
      write(text);
    }
  };
}
