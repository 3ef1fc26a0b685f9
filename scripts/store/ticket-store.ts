// The store: normalized tickets kept between nights, in a directory (`data/` by default) a job can commit.
//
//   <dir>/tickets/YYYY/MM/YYYY-MM-DD.ndjson   tickets created that UTC day, one JSON line each, sorted by id
//   <dir>/cursor.json                          { source, cursor, fetchedAt } of the last successful fetch
//
// A merge rewrites only the day files whose bytes change, each atomically (atomic-write.ts); a rerun with
// the same tickets writes nothing, so not even mtimes move. The cursor is written after the day files: a
// crash in between means the next run fetches the same changes again, which merges to the same bytes.
// The nightly fetch does not call `mergeTickets`: it streams through a staging area (staged-fetch.ts) that
// uses the same `mergeDayText`, so both paths write the same bytes.
//
// A ticket lives in the file of its creation day, once: when a source changes a ticket's `created` to another
// day, the fetch moves it (staged-fetch.ts, finding the old copy by the days' id ranges: ticket-locations.ts).

import path from 'node:path';
import { redactStoredText } from '../model/credential-redaction.ts';
import type { Ticket } from '../model/model.ts';
import { isTempFile, nodeStoreFileSystem, shownPath, writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';
import { filesIn, joinedPrefix } from './folder-files.ts';
import { compareTicketIds, peekIdAndUpdated, ticketLine } from './ticket-lines.ts';

export interface StoreCursor {
  /** Source type that made the cursor (`sample`, `csv`); a cursor of another source is not reused. */
  source: string;
  /**
   * The upstream whose tickets the store holds (`TicketSource.upstream`, e.g. `sample:seed=42`). Absent in
   * stores written before it was recorded.
   */
  upstream?: string;
  cursor: string;
  /** When the fetch that produced it ran, ISO 8601 UTC. */
  fetchedAt: string;
}

export interface MergeResult {
  /** Days (YYYY-MM-DD) whose file was written, sorted. */
  changedDays: string[];
  /** Tickets not in the store before. */
  added: number;
  /** Stored tickets replaced by a different version. */
  replaced: number;
  /** Tickets identical to the stored version. */
  unchanged: number;
  /** Incoming tickets older (by `updated`) than the stored version, and so ignored. */
  stale: number;
  /** Stored tickets a full re-import no longer has (`replace`), or that were deleted upstream. */
  removed?: number;
  /** Stored tickets whose `created` moved them to another day (counted here, not as added or removed). */
  moved?: number;
  /** Extra stored copies of a ticket (a store written before moves were followed) removed, the newest kept. */
  duplicatesRemoved?: number;
}

export interface StoredDay { day: string; tickets: Ticket[] }

export interface TicketStore {
  readonly dir: string;
  readonly cursorFile: string;
  /**
   * Merges tickets by id: a stored ticket is replaced when the incoming one has the same or a newer `updated`
   * (the latest fetch wins a tie). Input may be in any order and of any size: it is buffered per day and
   * written every `flushEvery` tickets (default 200,000), so memory stays bounded. Not atomic as a whole
   * (each day file is), and a ticket whose `created` moved is not looked for in other days: the fetch uses
   * staged-fetch.ts instead, which does both.
   */
  mergeTickets(tickets: Iterable<Ticket> | AsyncIterable<Ticket>, options?: { flushEvery?: number }): Promise<MergeResult>;
  /** Where a day's tickets are kept. */
  dayFile(day: string): string;
  /** The files a day's text is made of (empty when the day has none). */
  dayFiles(day: string): Promise<string[]>;
  /** The day file's text, or null when the day has no file. */
  readDayText(day: string): Promise<string | null>;
  /** The day file's bytes (what `readDayText` decodes), or null when the day has no file. */
  readDayBytes(day: string): Promise<Buffer | null>;
  /**
   * Removes temp files a killed run left anywhere in the store (`.<name>.<random>.tmp`); returns how many.
   * Only under the store lock (store-lock.ts): another run's temp files are its work in progress.
   */
  sweepLeftovers(): Promise<number>;
  /** The days that have a file, ascending. */
  listDays(): Promise<string[]>;
  /** One day's tickets, sorted by id ([] when the day has no file). */
  readDay(day: string): Promise<Ticket[]>;
  /** Every day with its tickets, oldest day first: what the engine streams over. */
  days(): AsyncIterable<StoredDay>;
  /** Every ticket, day by day, oldest day first. */
  tickets(): AsyncIterable<Ticket>;
  readCursor(): Promise<StoreCursor | null>;
  /** Writes the cursor (atomically; not at all when it is unchanged). */
  writeCursor(cursor: StoreCursor): Promise<void>;
}

/** The store's data cannot be read: which file, which line, what is wrong. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_FILE = /^(\d{4})-(\d{2})-\d{2}\.ndjson$/;
const DEFAULT_FLUSH_EVERY = 200_000;

/** The UTC day a ticket is stored under (a source finding a stored ticket by its upstream record asks this too). */
export function storageDayOf(ticket: Pick<Ticket, 'id' | 'created'>): string {
  const created = ticket.created;
  if (typeof created === 'string' && created.length >= 20 && created.charCodeAt(created.length - 1) === 90 /* Z */ && DAY.test(created.slice(0, 10))) {
    return created.slice(0, 10);
  }
  const ms = typeof created === 'string' ? Date.parse(created) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new StoreError(`ticket ${JSON.stringify(ticket.id)}: created ${JSON.stringify(created)} is not an ISO 8601 timestamp; the store files tickets by their creation day`);
  }
  return new Date(ms).toISOString().slice(0, 10);
}

/** cursor.json's bytes: the same cursor is always the same text. */
export function cursorText(cursor: StoreCursor): string {
  const value = { source: cursor.source, ...(cursor.upstream !== undefined ? { upstream: cursor.upstream } : {}), cursor: cursor.cursor, fetchedAt: cursor.fetchedAt };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** An incoming ticket as its stored line, with its `updated` in epoch ms. */
export interface Incoming { updatedMs: number; line: string }

/** The ticket as the store keeps it, checked: the day it is filed under, and its line. */
export function incomingTicket(ticket: Ticket): { day: string; incoming: Incoming } {
  if (typeof ticket.id !== 'string' || ticket.id === '') throw new StoreError(`a ticket without an id cannot be stored: ${JSON.stringify(ticket).slice(0, 200)}`);
  const day = storageDayOf(ticket);
  const updatedMs = Date.parse(ticket.updated);
  if (Number.isNaN(updatedMs)) throw new StoreError(`ticket ${JSON.stringify(ticket.id)}: updated ${JSON.stringify(ticket.updated)} is not an ISO 8601 timestamp`);
  // A ticket field that echoes a credential (a hostile or misconfigured upstream) is stored without it.
  return { day, incoming: { updatedMs, line: redactStoredText(ticketLine(ticket)) } };
}

/** Adds a ticket to a day's incoming map: the newest `updated` wins, a tie goes to the later one. True when the id is new. */
export function addIncoming(dayTickets: Map<string, Incoming>, id: string, next: Incoming): boolean {
  const earlier = dayTickets.get(id);
  if (earlier === undefined || next.updatedMs >= earlier.updatedMs) dayTickets.set(id, next);
  return earlier === undefined;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function relative(file: string): string {
  return shownPath(file);
}

function parseLine(file: string, lineNumber: number, line: string): Ticket {
  try {
    return JSON.parse(line) as Ticket;
  } catch (error) {
    throw new StoreError(`${relative(file)} line ${lineNumber}: not valid JSON (${(error as Error).message}); restore the file from git or delete it and fetch again`);
  }
}

const NO_IDS: ReadonlySet<string> = new Set();

function updatedMsOf(file: string, lineNumber: number, line: string): number {
  return Date.parse(peekIdAndUpdated(line)?.updated ?? parseLine(file, lineNumber, line).updated);
}

/** How many tickets a day file held before a merge, and holds after it. */
export interface DayCounts { before: number; after: number }

/**
 * One day file after a merge, as text. `old` is the stored text (null: no file), `incoming` the tickets by id.
 * `merge` keeps stored tickets and replaces one when the incoming version has the same or a newer `updated`;
 * `replace` (a full re-import of a snapshot such as a CSV export) keeps only the incoming tickets. Counts go
 * into `result`. Ids in `deleted` (deleted upstream) are dropped from both. Pure, and shared by
 * `mergeTickets` and the streaming fetch so both write the same bytes.
 */
export function mergeDayText(
  file: string,
  old: string | null,
  incoming: Map<string, Incoming>,
  mode: 'merge' | 'replace',
  result: MergeResult,
  deleted: ReadonlySet<string> = NO_IDS,
  moves: { movedOut?: ReadonlySet<string>; added?: string[] } = {},
): { content: string; counts: DayCounts } {
  const stored = new Map<string, string>();
  if (old !== null) {
    splitLines(old).forEach((line, i) => {
      if (line === '') return;
      const peeked = peekIdAndUpdated(line);
      const id = peeked ? peeked.id : parseLine(file, i + 1, line).id;
      // An id twice (a git conflict resolved by keeping both sides): the newer copy stays, the later line on a tie.
      const other = stored.get(id);
      if (other !== undefined && updatedMsOf(file, i + 1, line) < updatedMsOf(file, 0, other)) return;
      stored.set(id, line);
    });
  }
  const before = stored.size;
  const out = mode === 'merge' ? new Map(stored) : new Map<string, string>();
  for (const id of deleted) out.delete(id);
  // Stored here, but its newest version is filed under another day: not counted as removed.
  const movedOut = moves.movedOut ?? NO_IDS;
  for (const id of movedOut) out.delete(id);
  for (const [id, next] of incoming) {
    if (deleted.has(id) || movedOut.has(id)) continue;
    const line = stored.get(id);
    if (line === undefined) {
      out.set(id, next.line);
      result.added++;
      moves.added?.push(id);
    } else if (line === next.line) {
      out.set(id, line);
      result.unchanged++;
    } else if (mode === 'replace' || next.updatedMs >= Date.parse(peekIdAndUpdated(line)?.updated ?? parseLine(file, 0, line).updated)) {
      out.set(id, next.line);
      result.replaced++;
    } else {
      result.stale++;
    }
  }
  if (mode === 'replace' || deleted.size > 0) {
    let removed = 0;
    for (const id of stored.keys()) if (!out.has(id) && !movedOut.has(id)) removed++;
    result.removed = (result.removed ?? 0) + removed;
  }
  const ids = [...out.keys()].sort(compareTicketIds);
  let content = '';
  for (const id of ids) content += out.get(id)! + '\n';
  return { content, counts: { before, after: out.size } };
}

/**
 * The days that have a file under `ticketsDir` (`YYYY/MM/YYYY-MM-DD.ndjson`), ascending; other names are not days.
 * A symbolic link (or any special file) as the tickets folder, a year or month folder or a day file is refused:
 * the store reads and writes only its own files. Through a link, a fetch would rename its new day file over the
 * link (the linked copy left behind, stale) or write into a folder outside the store, and the pack refuses it anyway.
 */
export const listStoreDays = (async function listStoreDays(fs: StoreFileSystem, ticketsDir: string): Promise<string[]> {
  const days: string[] = [];
  const own = (entry: string, what: 'folder' | 'file') => refuseUnlessOwn(fs, entry, what);
  await own(ticketsDir, 'folder');
  for (const year of (await fs.readdir(ticketsDir)).filter((n) => /^\d{4}$/.test(n)).sort()) {
    await own(path.join(ticketsDir, year), 'folder');
    for (const month of (await fs.readdir(path.join(ticketsDir, year))).filter((n) => /^\d{2}$/.test(n)).sort()) {
      const monthDir = path.join(ticketsDir, year, month);
      const inMonth = filesIn(monthDir);
      await own(monthDir, 'folder');
      for (const name of (await fs.readdir(monthDir)).sort()) {
        const m = DAY_FILE.exec(name);
        if (!m || m[1] !== year || m[2] !== month) continue;
        await own(inMonth(name), 'file');
        days.push(name.slice(0, 10));
      }
    }
  }
  return days;
});

/** Refuses `entry` when it is a symbolic link or not what the store keeps there (`listStoreDays`); nothing there is fine. */
const refuseUnlessOwn = (async function refuseUnlessOwn(fs: StoreFileSystem, entry: string, what: 'folder' | 'file'): Promise<void> {
  const kind = fs.entryKind ? await fs.entryKind(entry) : null;
  if (kind === null || kind === (what === 'folder' ? 'directory' : 'file')) return;
  throw new StoreError(
    `${shownPath(entry)}: ${kind === 'link' ? 'a symbolic link' : 'not a regular ' + what}, where the store keeps its own ${what === 'folder' ? 'folders' : 'day files'}; nothing was read through it. ` +
      `The store reads and writes only its own files (a fetch would write past a link, leaving what it points to stale). Replace the link with the ${what} itself (copy it in place of the link), or move it out of the store and fetch again`,
  );
});

/**
 * A day's file, and the folders it is in, refused as `listStoreDays` refuses them (a link, a special file): for a
 * reader that goes to one day by name (a source's stored tickets of the day) without listing the store.
 */
export async function refuseDayFileUnlessOwn(fs: StoreFileSystem, ticketsDir: string, day: string): Promise<void> {
  await refuseUnlessOwn(fs, ticketsDir, 'folder');
  await refuseUnlessOwn(fs, path.join(ticketsDir, day.slice(0, 4)), 'folder');
  await refuseUnlessOwn(fs, path.join(ticketsDir, day.slice(0, 4), day.slice(5, 7)), 'folder');
  await refuseUnlessOwn(fs, dayFileUnder(ticketsDir, day), 'file');
}

/** Where a day's tickets are kept under `ticketsDir`. */
export const dayFileUnder = (function dayFileUnder(ticketsDir: string, day: string): string {
  return path.join(ticketsDir, day.slice(0, 4), day.slice(5, 7), `${day}.ndjson`);
});

const DAY_NAME = /^\d{4}-\d{2}-\d{2}$/;

/** `dayFileUnder(ticketsDir, day)` for every day, the folder joined once (folder-files.ts: a warm evaluate names every day's file). */
export const dayFilesUnder = (function dayFilesUnder(ticketsDir: string): (day: string) => string {
  const prefix = joinedPrefix(ticketsDir);
  return (day) => (DAY_NAME.test(day) ? `${prefix}${day.slice(0, 4)}${path.sep}${day.slice(5, 7)}${path.sep}${day}.ndjson` : dayFileUnder(ticketsDir, day));
});

export const openTicketStore = (function openTicketStore(dir: string, options: { fs?: StoreFileSystem } = {}): TicketStore {
  const fs = options.fs ?? nodeStoreFileSystem;
  const ticketsDir = path.join(dir, 'tickets');
  const cursorFile = path.join(dir, 'cursor.json');
  const dayFile = dayFilesUnder(ticketsDir);

  async function readText(file: string): Promise<string | null> {
    const bytes = await fs.readFile(file);
    return bytes === null ? null : bytes.toString('utf8');
  }

  async function mergeDay(day: string, incoming: Map<string, Incoming>, result: MergeResult): Promise<void> {
    const file = dayFile(day);
    const old = await readText(file);
    const { content } = mergeDayText(file, old, incoming, 'merge', result);
    if (content === old) return;
    await fs.mkdir(path.dirname(file));
    await writeFileAtomic(fs, file, content);
    result.changedDays.push(day);
  }

  let checkedUnpacked = false;
  async function listDays(): Promise<string[]> {
    if (!checkedUnpacked) {
      // The standards-data branch's own form (base days + journal) read as a store would miss every change
      // since its last compaction: refuse it rather than measure stale tickets.
      if ((await fs.readdir(dir)).includes('journal')) {
        throw new StoreError(`${relative(dir)} holds journal/: it is the standards-data branch as committed (day files plus the changes since), not a store; restore it first (\`standards store restore --from ${relative(dir)} --store DIR\`) and use DIR`);
      }
      checkedUnpacked = true;
    }
    return listStoreDays(fs, ticketsDir);
  }

  function checkDay(day: string): void {
    if (!DAY.test(day)) throw new StoreError(`"${day}" is not a day: expected YYYY-MM-DD`);
  }

  async function readDay(day: string): Promise<Ticket[]> {
    checkDay(day);
    const file = dayFile(day);
    const text = await readText(file);
    if (text === null) return [];
    return splitLines(text).map((line, i) => parseLine(file, i + 1, line));
  }

  return {
    dir,
    cursorFile,
    async mergeTickets(tickets, mergeOptions = {}) {
      const flushEvery = mergeOptions.flushEvery ?? DEFAULT_FLUSH_EVERY;
      const result: MergeResult = { changedDays: [], added: 0, replaced: 0, unchanged: 0, stale: 0 };
      let pending = new Map<string, Map<string, Incoming>>();
      let buffered = 0;
      const flush = async () => {
        for (const day of [...pending.keys()].sort()) await mergeDay(day, pending.get(day)!, result);
        pending = new Map();
        buffered = 0;
      };
      for await (const ticket of tickets) {
        const { day, incoming } = incomingTicket(ticket);
        let dayTickets = pending.get(day);
        if (!dayTickets) { dayTickets = new Map(); pending.set(day, dayTickets); }
        if (addIncoming(dayTickets, ticket.id, incoming)) buffered++;
        if (buffered >= flushEvery) await flush();
      }
      await flush();
      result.changedDays = [...new Set(result.changedDays)].sort();
      return result;
    },
    dayFile,
    async dayFiles(day) {
      checkDay(day);
      const file = dayFile(day);
      return (await fs.readdir(path.dirname(file))).includes(path.basename(file)) ? [file] : [];
    },
    async readDayText(day) {
      checkDay(day);
      return readText(dayFile(day));
    },
    async readDayBytes(day) {
      checkDay(day);
      return fs.readFile(dayFile(day));
    },
    async sweepLeftovers() {
      let removed = 0;
      for (const entry of await fs.walk(dir)) {
        // The store may be a git worktree (the nightly job keeps it on a branch): git's own files are not ours.
        if (entry.directory || entry.path === '.git' || entry.path.startsWith(`.git${path.sep}`) || !isTempFile(path.basename(entry.path))) continue;
        await fs.rm(path.join(dir, entry.path));
        removed++;
      }
      return removed;
    },
    listDays,
    readDay,
    async *days() {
      for (const day of await listDays()) yield { day, tickets: await readDay(day) };
    },
    async *tickets() {
      for (const day of await listDays()) yield* await readDay(day);
    },
    async readCursor() {
      const text = await readText(cursorFile);
      if (text === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new StoreError(`${relative(cursorFile)}: not valid JSON (${(error as Error).message}); delete it to fetch everything again`);
      }
      const c = value as Partial<StoreCursor> | null;
      if (!c || typeof c.source !== 'string' || typeof c.cursor !== 'string' || typeof c.fetchedAt !== 'string' || (c.upstream !== undefined && typeof c.upstream !== 'string')) {
        throw new StoreError(`${relative(cursorFile)}: expected { "source", "upstream", "cursor", "fetchedAt" } (all text); delete it to fetch everything again`);
      }
      return { source: c.source, ...(c.upstream !== undefined ? { upstream: c.upstream } : {}), cursor: c.cursor, fetchedAt: c.fetchedAt };
    },
    async writeCursor(cursor) {
      const content = cursorText(cursor);
      if ((await readText(cursorFile)) === content) return;
      await fs.mkdir(dir);
      await writeFileAtomic(fs, cursorFile, content);
    },
  };
});
