// The change journal of the `standards-data` branch: how the branch keeps what changed between compactions.
//
//   journal/NNNNNN.ndjson   one segment per night (000001, 000002, …), applied in that order over the base
//                           day files (tickets/YYYY/MM/YYYY-MM-DD.ndjson, as of the last compaction)
//
// A segment line is one ticket line that differs from the base and the earlier segments, or the removal of one:
//
//   {"day":"2026-11-23","ticket":{"id":"T-1",…}}     the day's ticket is now this line, byte for byte
//   {"day":"2026-11-23","removed":"T-1"}             the day no longer holds T-1
//
// sorted by day, then by id as in a day file (ticket-lines.ts `compareTicketIds`), one entry per ticket and
// day; before them, one line per changed report or status log, a patch of its lines (store-file-patches.ts).
// The first line says which base the segment applies to (`baseStamp` in store-branch.ts: the base's day count,
// bytes and the sha256 of its day files and patched files):
//
//   {"base":{"days":412,"bytes":3804112,"sha256":"<64 hex digits>"}}
//
// so a journal paired with other base days (journal/ checked out from before a compaction, a merge) is refused
// rather than applied to days it was not written against.
// Why: git stores each changed file as its own zlib stream, so a night that rewrites twenty day files for a few
// scattered lines each compresses 2× where the same lines in one file compress like gzip (9×). The
// ticket's text is kept verbatim after `"ticket":`, so a day rebuilt from the journal is the day file the night
// wrote, byte for byte. Pure: the files are read and written by store-branch.ts.

import { shownPath } from './atomic-write.ts';
import { parseFileEntry, type FileChange } from './store-file-patches.ts';
import { compareTicketIds, peekIdAndUpdated } from './ticket-lines.ts';
import { StoreError } from './ticket-store.ts';

export const JOURNAL_DIR = 'journal';
const SEGMENT_NAME = /^(\d{6})\.ndjson$/;

/** A day's entries: id → the ticket's line, or null when the ticket was removed. */
export type DayChanges = Map<string, string | null>;
/** Every journaled day's entries, later segments over earlier ones; every patched file's changes, night by night. */
export interface Journal { days: Map<string, DayChanges>; files: Map<string, FileChange[]> }

export function emptyJournal(): Journal {
  return { days: new Map(), files: new Map() };
}

/** A segment's number from its file name (`000012.ndjson` → 12), or null when the name is not a segment's. */
export function segmentNumber(name: string): number | null {
  const match = SEGMENT_NAME.exec(name);
  return match ? Number(match[1]) : null;
}

export function segmentName(number: number): string {
  return `${String(number).padStart(6, '0')}.ndjson`;
}

/** A real calendar day in YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}

/** The id of a stored ticket line (a day file's line or a segment's ticket). */
export function lineId(line: string): string | null {
  const peeked = peekIdAndUpdated(line);
  if (peeked) return peeked.id;
  try {
    const value = JSON.parse(line) as { id?: unknown };
    return value !== null && typeof value === 'object' && typeof value.id === 'string' && value.id !== '' ? value.id : null;
  } catch {
    return null;
  }
}

function compareEntries(a: { day: string; id: string }, b: { day: string; id: string }): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : compareTicketIds(a.id, b.id);
}

/**
 * What to do about a damaged branch: reset it whole to its last good commit, whose day files, journal and cursor
 * belong together (the next fetch catches up from that cursor). Not `git checkout <commit> -- journal/` (after a
 * compaction that pairs an old journal with newer base days) and not deleting the branch (that loses the status
 * log, the imported reviews, the acknowledgements and action-issue records, and tickets older than the backfill).
 */
export const RESET = 'reset the standards-data branch to its last good commit (`git push --force origin <last good commit>:standards-data`): its day files, journal and cursor belong together, and the next nightly fetch catches up from that cursor';

export const REMEDY = `the store job commits segments whole, so this one was changed after it (an edit, a checkout or merge of part of the branch): ${RESET}`;

/** The base a segment applies to: its day files' count and bytes, and the sha256 of them and the patched files. */
export interface BaseStamp { days: number; bytes: number; sha256: string }

/** A segment's first line. */
export function baseHeaderText(base: BaseStamp): string {
  return `{"base":{"days":${base.days},"bytes":${base.bytes},"sha256":"${base.sha256}"}}\n`;
}

function describeBase(base: BaseStamp): string {
  return `${base.days.toLocaleString('en')} day files, ${base.bytes.toLocaleString('en')} bytes, sha256 ${base.sha256.slice(0, 12)}…`;
}

function checkBaseHeader(line: string, base: BaseStamp, where: string): void {
  if (`${line}\n` === baseHeaderText(base)) return;
  let value: unknown = null;
  try { value = JSON.parse(line); } catch { /* told below, without the line's text */ }
  const stamp = (value as { base?: Partial<BaseStamp> } | null)?.base;
  const days = stamp?.days;
  const bytes = stamp?.bytes;
  const sha256 = stamp?.sha256;
  if (!(value !== null && typeof value === 'object' && Object.keys(value).join(',') === 'base' && Number.isSafeInteger(days) && Number.isSafeInteger(bytes) && typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256))) {
    throw new StoreError(`${where}: not the segment's base header (its first line says which base day files it applies to: {"base":{"days":<count>,"bytes":<count>,"sha256":"<64 hex digits>"}}); ${REMEDY}`);
  }
  throw new StoreError(`${where}: the segment was written for other base day files (${describeBase({ days: days!, bytes: bytes!, sha256 })}) than the branch holds (${describeBase(base)}): the journal and the day files come from different commits (journal/ checked out or merged from another commit, or day files changed after the pack), and applying it would give tickets no night wrote; ${RESET}`);
}

/**
 * Reads one segment into `journal` (later entries replace earlier ones). Throws a StoreError naming the file
 * and line for anything the pack would not have written: a truncated last line, a first line that is not the
 * header of the base `base`, a line that is not JSON or not an entry, a day that is not a calendar day, a line
 * out of order or repeated. Returns the number of entries.
 */
export function applySegment(journal: Journal, file: string, text: string, base: BaseStamp): number {
  const where = (line: number) => `${shownPath(file)} line ${line}`;
  if (text.length > 0 && !text.endsWith('\n')) {
    const line = text.split('\n').length;
    throw new StoreError(`${where(line)}: the segment ends in the middle of a line (truncated: every line the pack writes ends with a newline); ${REMEDY}`);
  }
  const lines = text.split('\n');
  lines.pop();
  checkBaseHeader(lines[0] ?? '', base, where(1));
  let previous: { day: string; id: string } | null = null;
  let previousFile: string | null = null;
  lines.forEach((line, i) => {
    if (i === 0) return;
    const value = parseJson(line, where(i + 1));
    if ('file' in value) {
      // Files come first, each once, by name: a segment is one sorted list.
      const { file: name, change } = parseFileEntry(value, where(i + 1), REMEDY);
      if (previous || (previousFile !== null && previousFile >= name)) {
        throw new StoreError(`${where(i + 1)}: out of order (${name} ${previous ? 'after the tickets' : `after ${previousFile}`}; a segment lists its files first, sorted by name, once each, then its tickets); ${REMEDY}`);
      }
      previousFile = name;
      let changes = journal.files.get(name);
      if (!changes) { changes = []; journal.files.set(name, changes); }
      changes.push(change);
      return;
    }
    const entry = parseEntry(value, line, where(i + 1));
    if (previous && compareEntries(previous, entry) >= 0) {
      const what = compareEntries(previous, entry) === 0 ? `repeats ${entry.day} ${JSON.stringify(entry.id)}` : `${entry.day} ${JSON.stringify(entry.id)} comes after ${previous.day} ${JSON.stringify(previous.id)}`;
      throw new StoreError(`${where(i + 1)}: out of order (${what}; a segment is sorted by day, then by ticket id, one line per ticket); ${REMEDY}`);
    }
    previous = entry;
    let day = journal.days.get(entry.day);
    if (!day) { day = new Map(); journal.days.set(entry.day, day); }
    day.set(entry.id, entry.line);
  });
  return lines.length - 1;
}

const SHAPE = 'expected {"day":"YYYY-MM-DD","ticket":{…}} or {"day":"YYYY-MM-DD","removed":"<ticket id>"}';

function parseJson(line: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    // Never the parser's message: it quotes the line, which may be any file's text (a link's target, a secret).
    throw new StoreError(`${where}: not valid JSON${jsonColumn(error)}; ${REMEDY}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new StoreError(`${where}: not a journal entry (${SHAPE}); ${REMEDY}`);
  return value as Record<string, unknown>;
}

/** Where JSON.parse stopped, as ` at column N`, when its message says so; '' otherwise. */
function jsonColumn(error: unknown): string {
  const match = /at position (\d+)/.exec((error as Error).message);
  return match ? ` at column ${Number(match[1]) + 1}` : '';
}

function parseEntry(entry: Record<string, unknown>, line: string, where: string): { day: string; id: string; line: string | null } {
  const shape = SHAPE;
  if (typeof entry.day !== 'string') {
    throw new StoreError(`${where}: not a journal entry (${shape}); ${REMEDY}`);
  }
  if (!isCalendarDay(entry.day)) {
    throw new StoreError(`${where}: day ${JSON.stringify(entry.day)} does not exist (a day is a calendar day written YYYY-MM-DD); ${REMEDY}`);
  }
  const keys = Object.keys(entry).join(',');
  if (keys === 'day,removed' && typeof entry.removed === 'string' && entry.removed !== '') {
    return { day: entry.day, id: entry.removed, line: null };
  }
  const prefix = `{"day":"${entry.day}","ticket":`;
  if (keys === 'day,ticket' && line.startsWith(prefix) && line.endsWith('}')) {
    const ticket = line.slice(prefix.length, -1);
    const id = lineId(ticket);
    if (id !== null) return { day: entry.day, id, line: ticket };
  }
  throw new StoreError(`${where}: not a journal entry (${shape}, in that key order, the ticket with its id); ${REMEDY}`);
}

/** A segment's text: the header of its base, its file entries (lines, by file name) and its ticket entries (sorted here). */
export function segmentText(base: BaseStamp, entries: readonly { day: string; id: string; line: string | null }[], fileLines: readonly string[] = []): string {
  let text = baseHeaderText(base) + fileLines.join('');
  for (const e of [...entries].sort(compareEntries)) {
    text += e.line === null ? `{"day":"${e.day}","removed":${JSON.stringify(e.id)}}\n` : `{"day":"${e.day}","ticket":${e.line}}\n`;
  }
  return text;
}

/** A day file's lines by id, in file order; null when two lines share an id or a line has none (not a store day). */
export function dayLines(text: string | null): Map<string, string> | null {
  const lines = new Map<string, string>();
  if (text === null || text === '') return lines;
  if (!text.endsWith('\n')) return null;
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end);
    start = end + 1;
    const id = lineId(line);
    if (id === null || lines.has(id)) return null;
    lines.set(id, line);
  }
  return lines;
}

/**
 * A day as the store writes it (sorted by id, one line each, no file when empty) from its base text and its
 * journaled changes. Null: the base is not a day file the store writes (a line without an id, an id twice).
 */
export function rebuildDay(base: string | null, changes: DayChanges | undefined): string | null | undefined {
  if (!changes || changes.size === 0) return base;
  const lines = dayLines(base);
  if (lines === null) return undefined;
  for (const [id, line] of changes) {
    if (line === null) lines.delete(id);
    else lines.set(id, line);
  }
  if (lines.size === 0) return null;
  let text = '';
  for (const id of [...lines.keys()].sort(compareTicketIds)) text += `${lines.get(id)!}\n`;
  return text;
}

/**
 * What a segment must hold for a day to go from `before` to `after`: every line that is new or different, and
 * the removal of every ticket `after` no longer has. Null when the journal cannot say it (a file that is not in
 * the store's form, an empty file): then the pack compacts instead.
 */
export function dayChanges(before: string | null, after: string | null): DayChanges | null {
  const old = dayLines(before);
  const next = dayLines(after);
  if (old === null || next === null) return null;
  const changes: DayChanges = new Map();
  for (const [id, line] of next) if (old.get(id) !== line) changes.set(id, line);
  for (const id of old.keys()) if (!next.has(id)) changes.set(id, null);
  return rebuildDay(before, changes) === after ? changes : null;
}
