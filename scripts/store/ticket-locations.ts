// Which stored days hold a ticket, found without reading the whole store.
//
// A ticket is filed under its creation day, and a day file is sorted by id (ticket-lines.ts `compareTicketIds`),
// so its first and last lines bound every id it holds. A night reads those two lines of each day file (two small
// reads at each end, not the day), and reads whole only the days whose id range takes in one of the ids asked
// about. Helpdesks number tickets as they are created (Zendesk, Freshdesk, GitHub issues, the sample's NW-…), so a
// day's range is narrow and a new ticket's id is past every stored one: a night of new and changed tickets reads
// no day whole, and a ticket whose `created` moved, or one deleted upstream, costs the day (or few days) around
// its id. Ids in no order (a CSV of random keys) give wide ranges and fall back to reading the days they cover:
// the cost the store paid before for every deletion.

import type { StoreFileSystem } from './atomic-write.ts';
import { lineId } from './store-journal.ts';
import { compareTicketIds } from './ticket-lines.ts';
import type { TicketStore } from './ticket-store.ts';

/** The first read at each end of a day file; doubled until it holds a whole line. */
const END_BYTES = 4096;

/** The ids of a day file's first and last lines; 'empty' for an empty file; null when they cannot be read (no file, a line without an id). */
export async function dayIdRange(fs: StoreFileSystem, file: string): Promise<{ first: string; last: string } | 'empty' | null> {
  const size = fs.size && fs.readParts ? await fs.size(file) : null;
  if (size === null) {
    const bytes = await fs.readFile(file);
    if (bytes === null) return null;
    return bytes.length === 0 ? 'empty' : rangeOf(bytes, bytes, true) ?? null;
  }
  if (size === 0) return 'empty';
  for (let length = Math.min(END_BYTES, size); ; length = Math.min(length * 2, size)) {
    const parts = await fs.readParts!(file, [{ position: 0, length }, { position: size - length, length }]);
    if (parts === null) return null;
    const whole = length === size;
    const range = rangeOf(parts[0]!, parts[1]!, whole);
    if (range !== undefined || whole) return range ?? null;
  }
}

/**
 * The range from a file's head and tail bytes (`whole`: they are the whole file). Undefined when a line does not
 * fit in them yet (read more); null when a line has no id, or the lines are out of order (a file not written by
 * the store: its ends bound nothing, so the day is read).
 */
function rangeOf(head: Buffer, tail: Buffer, whole: boolean): { first: string; last: string } | null | undefined {
  const firstEnd = head.indexOf(10);
  if (firstEnd < 0 && !whole) return undefined;
  const end = tail.length > 0 && tail[tail.length - 1] === 10 ? tail.length - 1 : tail.length;
  const lastStart = tail.lastIndexOf(10, end - 1) + 1;
  if (lastStart === 0 && !whole) return undefined;
  const first = lineId(head.subarray(0, firstEnd < 0 ? head.length : firstEnd).toString('utf8'));
  const last = lineId(tail.subarray(lastStart, end).toString('utf8'));
  return first === null || last === null || compareTicketIds(first, last) > 0 ? null : { first, last };
}

/** What finding tickets cost: day files whose ends were read, and day files read whole. */
export interface LocateCost { rangesRead: number; daysRead: number }

/**
 * The stored days (among `days`, default every day) that hold each of `ids`: id → days, ascending. A ticket in
 * none is absent. The days are read as the store keeps them: links among them are refused by `listDays`.
 */
export async function locateTickets(store: TicketStore, fs: StoreFileSystem, ids: ReadonlySet<string>, days?: readonly string[]): Promise<{ holding: Map<string, string[]>; cost: LocateCost }> {
  const holding = new Map<string, string[]>();
  const cost: LocateCost = { rangesRead: 0, daysRead: 0 };
  if (ids.size === 0) return { holding, cost };
  const sorted = [...ids].sort(compareTicketIds);
  for (const day of days ?? (await store.listDays())) {
    const range = await dayIdRange(fs, store.dayFile(day));
    cost.rangesRead++;
    if (range === 'empty') continue;
    if (range !== null && !anyWithin(sorted, range.first, range.last)) continue;
    const text = await store.readDayText(day);
    if (text === null) continue;
    cost.daysRead++;
    let start = 0;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end < 0 ? text.length : end);
      start = end < 0 ? text.length : end + 1;
      const id = lineId(line);
      if (id === null || !ids.has(id)) continue;
      const found = holding.get(id);
      if (found === undefined) holding.set(id, [day]);
      else if (found.at(-1) !== day) found.push(day);
    }
  }
  return { holding, cost };
}

/** Whether any of `sorted` (ascending by `compareTicketIds`) lies between `first` and `last`, both included. */
function anyWithin(sorted: readonly string[], first: string, last: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareTicketIds(sorted[mid]!, first) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && compareTicketIds(sorted[lo]!, last) <= 0;
}

/** A day's id range: a ticket filed under `day` has an id between `first` and `last`. */
export interface DayRange { day: string; first: string; last: string }

/**
 * The days whose id range takes in an id (an interval stabbing query): ranges sorted by first id, with the
 * greatest last id so far beside each, so a query walks back only over ranges that can still reach the id. With
 * ids numbered as tickets are created the ranges barely overlap, and a query touches one or two.
 */
export class DayRanges {
  private readonly ranges: DayRange[];
  private readonly reach: string[];
  /** Days whose range is unknown (a line without an id): they may hold any id. */
  private readonly anywhere: string[];

  constructor(ranges: readonly DayRange[], anywhere: readonly string[] = []) {
    this.ranges = [...ranges].sort((a, b) => compareTicketIds(a.first, b.first));
    this.reach = [];
    let reach: string | null = null;
    for (const r of this.ranges) {
      if (reach === null || compareTicketIds(r.last, reach) > 0) reach = r.last;
      this.reach.push(reach);
    }
    this.anywhere = [...anywhere];
  }

  /** The days (other than `except`) whose range takes in `id`. */
  covering(id: string, except: string): string[] {
    const days = this.anywhere.filter((day) => day !== except);
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareTicketIds(this.ranges[mid]!.first, id) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && compareTicketIds(this.reach[i]!, id) >= 0; i--) {
      const r = this.ranges[i]!;
      if (r.day !== except && compareTicketIds(r.last, id) >= 0) days.push(r.day);
    }
    return days;
  }
}

/** Every stored day's id range, read from the ends of its file; what that cost. */
export async function storedDayRanges(store: TicketStore, fs: StoreFileSystem, days?: readonly string[]): Promise<{ ranges: DayRanges; cost: LocateCost }> {
  const ranges: DayRange[] = [];
  const anywhere: string[] = [];
  const cost: LocateCost = { rangesRead: 0, daysRead: 0 };
  for (const day of days ?? (await store.listDays())) {
    const range = await dayIdRange(fs, store.dayFile(day));
    cost.rangesRead++;
    if (range === 'empty') continue;
    if (range === null) anywhere.push(day);
    else ranges.push({ day, ...range });
  }
  return { ranges: new DayRanges(ranges, anywhere), cost };
}
