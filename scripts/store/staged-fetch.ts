// How a fetch reaches the store without holding it in memory and without half-writing it.
//
//   <store>/.fetch-<random>.staging/incoming/<day>.ndjson   what the source sent, per creation day, in order
//   <store>/.fetch-<random>.staging/staged/<day>.ndjson     the day file as it will be after the fetch
//   <store>/.fetch-<random>.staging/commit.json             the list of renames that install the fetch
//
// 1. Stream: batches are buffered per day (a few MB) and appended to `incoming/`. Memory follows the buffer,
//    not the fetch. Nothing outside the staging folder changes, so a source that fails half-way leaves every
//    byte of the store in place.
// 2. Prepare: day by day, the stored day and its incoming tickets go through the same `mergeDayText` as
//    `mergeTickets`, and a changed day is written to `staged/` (fsynced). Still nothing visible. A ticket is
//    filed once, under its latest `created`: a fetched ticket whose id lies in another day's id range (stored, or
//    fetched) may have a copy there (its `created` moved; the fetch returned it twice; an older store kept both),
//    so those days are read for those ids, the newest copy kept and the days that lose one merged again
//    (`planMoves`). The move is part of the same commit: never in both days, never in neither.
// 3. Commit: `commit.json` is written atomically. That is the commit point. Then the staged files are renamed
//    over their targets (the cursor last) and the folder is removed. A run killed after the commit point is
//    rolled forward by the next run (`recoverStagedFetches`, under the store lock); one killed before it is
//    discarded. Either way readers end up with the store of before the fetch or of after it, never a mix:
//    every command that reads the store calls `finishCommittedFetches` first. The install and that recovery live
//    in committed-fetches.ts, which the readers load without this module's staging.

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { redactStoredText } from '../model/credential-redaction.ts';
import { writeFileAtomic, writingFile, type StoreFileSystem } from './atomic-write.ts';
import { installCommittedFetch } from './committed-fetches.ts';
import { linkStagedTexts, unlinkStagedTexts } from './kept-text-names.ts';
import { addIncoming, mergeDayText, type DayCounts, type Incoming, type MergeResult, type TicketStore } from './ticket-store.ts';
import { lineId } from './store-journal.ts';
import type { DayOrder, DayRangeRecord } from './day-range-record.ts';
import { DayRanges, type LocateCost, storedDayRanges, type UnorderedDay } from './ticket-locations.ts';
import { compareTicketIds, peekIdAndUpdated } from './ticket-lines.ts';

/** Bytes of ticket lines held before they are appended to the staging files. */
const DEFAULT_BUFFER_BYTES = 16 * 1024 * 1024;

/**
 * One day of a prepared fetch: tickets stored before, fetched for it (distinct ids), and stored after; `covered`:
 * the fetch was asked about it (a day prepared only because a ticket moved out of it is not).
 */
export interface PreparedDay extends DayCounts { day: string; fetched: number; changed: boolean; covered: boolean }

/** A ticket filed under another day than before: the days that held it, and the one that holds it now. */
export interface TicketMove { id: string; from: string[]; to: string }

export interface PreparedFetch {
  /** Every day that was prepared, ascending. */
  days: PreparedDay[];
  result: MergeResult;
  /** Tickets whose stored day changes, or whose extra stored copies go (sorted by id). */
  moves: TicketMove[];
}

/** A whole file the commit writes besides the day files (the cursor, the rejected records). */
export interface ExtraFile { file: string; content: string }

export interface StagedFetch {
  readonly dir: string;
  /** Queues a ticket's stored line under its day. */
  add(day: string, incoming: Incoming): Promise<void>;
  /** Days that received tickets so far, unordered. */
  readonly stagedDays: ReadonlySet<string>;
  /**
   * Merges each staged day (and each day in `alsoDays`) with the store into `staged/`. `replace`: the
   * fetched tickets are the whole truth for those days (a full re-import); `merge`: they update the store.
   * Tickets in `deleted` are removed (give the days that hold them in `alsoDays`).
   */
  /**
   * `createdFixed`: the upstream never changes a ticket's creation instant, so a fetched ticket cannot have moved
   * and its other copies are not looked for (only deleted tickets' days are).
   */
  prepare(mode: 'merge' | 'replace', alsoDays?: readonly string[], deleted?: ReadonlySet<string>, createdFixed?: boolean): Promise<PreparedFetch>;
  /** What finding the stored copies of the fetched tickets cost (after `prepare`). */
  readonly locateCost: LocateCost | null;
  /** Stored day files found out of order while looking for copies (after `prepare`): each was read whole. */
  readonly unorderedDays: readonly UnorderedDay[];
  /** Installs the prepared days and then `extra` files in order (the cursor last), atomically as a whole. */
  commit(extra: readonly ExtraFile[]): Promise<void>;
  /** Removes the staging folder, so nothing of this fetch reaches the store; nothing once committed. */
  discard(): Promise<void>;
}

/** A file installed by the commit; a day file's with the id range of what was written (day-range-record.ts). */
interface Rename { from: string | null; to: string; day?: string; order?: DayOrder }

/** One day merged: its counts, and the rename that installs it (null: unchanged). */
interface DayOutcome { result: MergeResult; counts: DayCounts; fetched: number; rename: Rename | null }

const NO_IDS: ReadonlySet<string> = new Set();

/** What the copies of the fetched tickets mean for the days that hold them (staged-fetch.ts `planMoves`). */
interface MovePlan {
  /** Day → ids stored there whose newest copy is filed under another day. */
  movedOut: Map<string, Set<string>>;
  /** Day → ids fetched for it whose newest copy is filed under another day. */
  staleIn: Map<string, Set<string>>;
  moves: TicketMove[];
  /** Tickets filed under a new day. */
  moved: number;
  /** Extra stored copies removed beyond the one a move takes away. */
  duplicates: number;
  /** Fetched copies left out because a newer one is filed under another day. */
  staleCopies: number;
}

/** The `updated` (epoch ms) of the tickets among `ids` a day file holds. */
function updatesAmong(text: string | null, ids: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  if (text === null) return out;
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    start = end < 0 ? text.length : end + 1;
    if (line === '') continue;
    const peeked = peekIdAndUpdated(line) ?? (JSON.parse(line) as { id: string; updated: string });
    if (ids.has(peeked.id)) out.set(peeked.id, Date.parse(peeked.updated));
  }
  return out;
}

/** Adds `id` to the set kept for `day`. */
function addTo(sets: Map<string, Set<string>>, day: string, id: string): void {
  let ids = sets.get(day);
  if (ids === undefined) { ids = new Set(); sets.set(day, ids); }
  ids.add(id);
}

/** `record`: the run's record of day files (day-range-record.ts), which the fetch saves with its commit. */
export async function startStagedFetch(store: TicketStore, fs: StoreFileSystem, options: { bufferBytes?: number; record?: DayRangeRecord } = {}): Promise<StagedFetch> {
  const bufferLimit = options.bufferBytes ?? DEFAULT_BUFFER_BYTES;
  const dir = path.join(store.dir, `.fetch-${randomBytes(6).toString('hex')}.staging`);
  const incomingDir = path.join(dir, 'incoming');
  const stagedDir = path.join(dir, 'staged');
  await writingFile(dir, () => fs.mkdir(incomingDir));
  await writingFile(dir, () => fs.mkdir(stagedDir));
  const stagedDays = new Set<string>();
  let buffer = new Map<string, string[]>();
  let buffered = 0;
  const renames: Rename[] = [];
  let committed = false;
  let lastLocateCost: LocateCost | null = null;
  let lastUnordered: readonly UnorderedDay[] = [];
  /** Each staged day's id range so far (a ticket fetched twice under two days falls in both). */
  const incomingRanges = new Map<string, { first: string; last: string }>();

  const incomingFile = (day: string) => path.join(incomingDir, `${day}.ndjson`);

  async function flush(): Promise<void> {
    for (const [day, lines] of buffer) {
      const file = incomingFile(day);
      // The lines were redacted as tickets became lines (ticket-store.ts `incomingTicket`): whole forms suffice.
      await writingFile(file, () => fs.appendFile(file, redactStoredText(lines.join(''), { fragments: false })));
    }
    buffer = new Map();
    buffered = 0;
  }

  async function readIncoming(day: string): Promise<Map<string, Incoming>> {
    const tickets = new Map<string, Incoming>();
    const bytes = await fs.readFile(incomingFile(day));
    if (bytes === null) return tickets;
    const text = bytes.toString('utf8');
    let start = 0;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end);
      start = end + 1;
      const peeked = peekIdAndUpdated(line) ?? (JSON.parse(line) as { id: string; updated: string });
      addIncoming(tickets, peeked.id, { updatedMs: Date.parse(peeked.updated), line });
    }
    return tickets;
  }

  /**
   * Merges one day into `staged/` (over what an earlier pass staged for it). `movedOut`: stored here, but filed
   * under another day now; `leftOut`: fetched for this day, but a newer copy is filed under another.
   */
  async function prepareDay(day: string, mode: 'merge' | 'replace', deleted: ReadonlySet<string>, movedOut: ReadonlySet<string>, leftOut: ReadonlySet<string>): Promise<DayOutcome & { fetchedIds: string[] }> {
    const incoming = await readIncoming(day);
    const fetched = incoming.size;
    const fetchedIds = [...incoming.keys()];
    for (const id of leftOut) incoming.delete(id);
    const target = store.dayFile(day);
    const old = await store.readDayText(day);
    const result: MergeResult = { changedDays: [], added: 0, replaced: 0, unchanged: 0, stale: 0, ...(mode === 'replace' ? { removed: 0 } : {}) };
    const { content, counts } = mergeDayText(target, old, incoming, mode, result, deleted, { movedOut });
    const staged = path.join(stagedDir, `${day}.ndjson`);
    await fs.rm(staged);
    // A day with no file that stays empty (its only fetched ticket deleted or filed elsewhere) is unchanged.
    if (content === (old ?? '')) return { result, counts, fetched, rename: null, fetchedIds };
    if (content === '') return { result, counts, fetched, rename: { from: null, to: target }, fetchedIds };
    const written = redactStoredText(content, { fragments: false });
    await writeStaged(fs, staged, written);
    return { result, counts, fetched, rename: { from: staged, to: target, day, order: writtenOrder(written) }, fetchedIds };
  }

  /**
   * Where each ticket that may have more than one copy is filed now. `lookIn`: id → the days that may hold a copy
   * (stored, or fetched for it). Each day is read once, for those ids only. The newest copy wins (by `updated`; the
   * fetch's over the stored one on a tie, as in a merge; of two the fetch returned, the later day); in a full
   * re-import (`replace`) the import's copies win over stored ones whatever their `updated`, as within a day.
   */
  async function planMoves(lookIn: Map<string, Set<string>>, mode: 'merge' | 'replace'): Promise<MovePlan> {
    const plan: MovePlan = { movedOut: new Map(), staleIn: new Map(), moves: [], moved: 0, duplicates: 0, staleCopies: 0 };
    const idsOf = new Map<string, Set<string>>();
    for (const [id, days] of lookIn) for (const day of days) addTo(idsOf, day, id);
    // id → day → the stored copy's and the fetched copy's `updated` (absent: no such copy).
    const copies = new Map<string, Map<string, { stored?: number; fetched?: number }>>();
    const note = (id: string, day: string, key: 'stored' | 'fetched', ms: number) => {
      let days = copies.get(id);
      if (days === undefined) { days = new Map(); copies.set(id, days); }
      const copy = days.get(day) ?? {};
      copy[key] = ms;
      days.set(day, copy);
    };
    for (const day of [...idsOf.keys()].sort()) {
      const ids = idsOf.get(day)!;
      for (const [id, ms] of updatesAmong(await store.readDayText(day), ids)) note(id, day, 'stored', ms);
      if (stagedDays.has(day)) for (const [id, next] of await readIncoming(day)) if (ids.has(id)) note(id, day, 'fetched', next.updatedMs);
    }
    for (const id of [...copies.keys()].sort(compareTicketIds)) {
      const days = copies.get(id)!;
      if (days.size < 2) continue;
      // Each day's copy as its own merge leaves it.
      const kept = [...days].map(([day, c]) => {
        const fetchedWins = c.fetched !== undefined && (c.stored === undefined || mode === 'replace' || c.fetched >= c.stored);
        return { day, updatedMs: fetchedWins ? c.fetched! : c.stored!, fetched: fetchedWins, stored: c.stored !== undefined, fetchedCopy: c.fetched !== undefined };
      });
      const contenders = mode === 'replace' && kept.some((c) => c.fetched) ? kept.filter((c) => c.fetched) : kept;
      let winner = contenders[0]!;
      for (const c of contenders.slice(1)) {
        if (c.updatedMs > winner.updatedMs || (c.updatedMs === winner.updatedMs && ((c.fetched && !winner.fetched) || (c.fetched === winner.fetched && c.day > winner.day)))) winner = c;
      }
      const from: string[] = [];
      for (const c of kept) {
        if (c.day === winner.day) continue;
        if (c.fetchedCopy) plan.staleCopies++;
        if (c.stored) {
          addTo(plan.movedOut, c.day, id);
          from.push(c.day);
        } else {
          addTo(plan.staleIn, c.day, id);
        }
      }
      if (from.length === 0) continue;
      if (!winner.stored) plan.moved++;
      plan.duplicates += from.length - (winner.stored ? 0 : 1);
      plan.moves.push({ id, from: from.sort(), to: winner.day });
    }
    return plan;
  }

  return {
    dir,
    stagedDays,
    async add(day, incoming) {
      const id = lineId(incoming.line);
      if (id !== null) {
        const range = incomingRanges.get(day);
        if (range === undefined) incomingRanges.set(day, { first: id, last: id });
        else if (compareTicketIds(id, range.first) < 0) range.first = id;
        else if (compareTicketIds(id, range.last) > 0) range.last = id;
      }
      let lines = buffer.get(day);
      if (lines === undefined) { lines = []; buffer.set(day, lines); }
      lines.push(`${incoming.line}\n`);
      stagedDays.add(day);
      buffered += incoming.line.length + 1;
      if (buffered >= bufferLimit) await flush();
    },
    async prepare(mode, alsoDays = [], deleted = new Set(), createdFixed = false) {
      await flush();
      const covered = new Set([...stagedDays, ...alsoDays]);
      const outcomes = new Map<string, DayOutcome>();
      // A fetched ticket can have another copy only in a day whose id range takes in its id: a stored day (the day
      // its `created` moved from, or a second copy a store of before moves were followed holds) or another day of
      // this fetch (a ticket changed while the fetch ran). Stored days' ranges are read from their files' ends.
      // A stored day out of order (edited by hand, a git conflict kept whole) has no range: it is looked in for
      // every id, and rewritten sorted here (merged with nothing, or with what the fetch has for it). A source
      // whose tickets never move looks in no other day: a day it covers is rewritten sorted by its merge anyway.
      // With deletions, its days' ranges were just read to find them (fetch.ts `daysHolding`: with the same record,
      // a stat a day now), so a day found out of order is rewritten sorted and named, as by any other fetch.
      const stored = createdFixed && deleted.size === 0 ? { ranges: new DayRanges([]), cost: { rangesRead: 0, daysRead: 0, daysChecked: 0 }, unordered: [] } : await storedDayRanges(store, fs, undefined, options.record);
      lastUnordered = stored.unordered;
      const storedRanges = createdFixed ? new DayRanges([]) : stored.ranges;
      const fetchedRanges = new DayRanges(createdFixed ? [] : [...incomingRanges].map(([day, r]) => ({ day, ...r })));
      const lookIn = new Map<string, Set<string>>();
      // 1. Every day the fetch covers, merged with its stored tickets; the ids that may have a copy elsewhere noted.
      for (const day of [...covered].sort()) {
        const outcome = await prepareDay(day, mode, deleted, NO_IDS, NO_IDS);
        outcomes.set(day, outcome);
        for (const id of outcome.fetchedIds) {
          if (deleted.has(id)) continue;
          const elsewhere = [...storedRanges.covering(id, day), ...fetchedRanges.covering(id, day)];
          if (elsewhere.length === 0) continue;
          let days = lookIn.get(id);
          if (days === undefined) { days = new Set([day]); lookIn.set(id, days); }
          for (const other of elsewhere) days.add(other);
        }
      }
      for (const { day } of stored.unordered) if (!covered.has(day)) outcomes.set(day, await prepareDay(day, 'merge', deleted, NO_IDS, NO_IDS));
      // 2. Those days read for those ids: which copy wins, which days lose one.
      const plan = await planMoves(lookIn, mode);
      lastLocateCost = { rangesRead: stored.cost.rangesRead, daysChecked: stored.cost.daysChecked, daysRead: new Set([...lookIn.values()].flatMap((days) => [...days])).size };
      // 3. The days a move changes, merged again: a stored copy that lost goes (`movedOut`), a fetched one that lost
      //    is left out of its day.
      for (const day of [...new Set([...plan.movedOut.keys(), ...plan.staleIn.keys()])].sort()) {
        const dayMode = covered.has(day) ? mode : 'merge';
        outcomes.set(day, await prepareDay(day, dayMode, deleted, plan.movedOut.get(day) ?? NO_IDS, plan.staleIn.get(day) ?? NO_IDS));
      }
      for (const day of covered) await fs.rm(incomingFile(day));
      const result: MergeResult = { changedDays: [], added: 0, replaced: 0, unchanged: 0, stale: 0, ...(mode === 'replace' ? { removed: 0 } : {}) };
      const days: PreparedDay[] = [];
      renames.length = 0;
      for (const [day, outcome] of [...outcomes].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const r = outcome.result;
        result.added += r.added;
        result.replaced += r.replaced;
        result.unchanged += r.unchanged;
        result.stale += r.stale;
        if (r.removed !== undefined) result.removed = (result.removed ?? 0) + r.removed;
        days.push({ day, before: outcome.counts.before, after: outcome.counts.after, fetched: outcome.fetched, changed: outcome.rename !== null, covered: covered.has(day) });
        if (outcome.rename === null) continue;
        result.changedDays.push(day);
        renames.push(outcome.rename);
      }
      // A moved ticket was counted as added to its new day; a copy the fetch returned that lost to a newer one
      // was left out of its day's merge, and is counted as stale here.
      result.added -= plan.moved;
      result.stale += plan.staleCopies;
      if (plan.moved > 0) result.moved = plan.moved;
      if (plan.duplicates > 0) result.duplicatesRemoved = plan.duplicates;
      return { days, result, moves: plan.moves };
    },
    get locateCost(): LocateCost | null {
      return lastLocateCost;
    },
    get unorderedDays(): readonly UnorderedDay[] {
      return lastUnordered;
    },
    async commit(extra) {
      const all = [...renames];
      for (const [i, file] of extra.entries()) {
        const staged = path.join(stagedDir, `extra-${i}`);
        await writeStaged(fs, staged, redactStoredText(file.content));
        all.push({ from: staged, to: file.file });
      }
      const manifest = {
        renames: all.map((r) => ({ from: r.from === null ? null : path.relative(dir, r.from), to: path.relative(store.dir, r.to) })),
      };
      // The kept texts of the days tonight's evaluate keeps one of, linked before anything is installed: the link moves
      // a file's ctime, and a staged file's moves before the stat the record notes below and the evaluate finds (a
      // kill before the commit point leaves links of files never installed: `discard` and the next run's recovery
      // remove them).
      const removed = new Set(renames.filter((r) => r.from === null).map((r) => r.to));
      const installed = renames.flatMap((r) => (r.from !== null && r.day !== undefined ? [{ day: r.day, staged: r.from }] : []));
      const daysAfter = new Set([...(await store.listDays()).filter((d) => !removed.has(store.dayFile(d))), ...installed.map((s) => s.day)]);
      await linkStagedTexts(store.dir, fs, installed, [...daysAfter]);
      // A file time after every staged day was written and before any is installed (day-range-record.ts racy rule).
      const mark = (await options.record?.markNow()) ?? null;
      await writeFileAtomic(fs, path.join(dir, 'commit.json'), `${JSON.stringify(manifest)}\n`);
      committed = true;
      await installCommittedFetch(store.dir, dir, fs, manifest.renames, false);
      // What this fetch wrote is sorted by id (`mergeDayText`): noted under the stat the file has now and that mark,
      // so the next night trusts it unread unless it was written in the mark's own tick (then it is read once).
      for (const r of renames) if (r.from !== null && r.day !== undefined && r.order !== undefined) await options.record?.noteWritten(r.day, r.to, r.order, mark);
    },
    async discard() {
      // Past the commit point the fetch belongs to the store: the next run installs the rest.
      if (committed) return;
      await unlinkStagedTexts(store.dir, dir, fs);
      await fs.rmTree(dir);
    },
  };
}

/** The id range of a day's text as the store writes it (sorted by id, `mergeDayText`): its first and last lines'. */
function writtenOrder(text: string): DayOrder | undefined {
  const firstEnd = text.indexOf('\n');
  const lastStart = text.lastIndexOf('\n', text.length - 2) + 1;
  const first = lineId(text.slice(0, firstEnd < 0 ? text.length : firstEnd));
  const last = lineId(text.slice(lastStart, text.endsWith('\n') ? text.length - 1 : text.length));
  return first === null || last === null ? undefined : { kind: 'sorted', first, last };
}

async function writeStaged(fs: StoreFileSystem, file: string, content: string): Promise<void> {
  const handle = await writingFile(file, () => fs.open(file, 'wx'));
  try {
    await writingFile(file, () => handle.writeFile(content));
    await writingFile(file, () => handle.sync());
  } finally {
    await handle.close();
  }
}
