// Which stored days hold a ticket, found without reading the whole store.
//
// A ticket is filed under its creation day, and a day file is sorted by id (ticket-lines.ts `compareTicketIds`),
// so its first and last lines bound every id it holds. A night takes each day's range from the store's record of
// its day files (day-range-record.ts: a stat a day, no read), and reads whole only the days whose id range takes in
// one of the ids asked about. Helpdesks number tickets as they are created (Zendesk, Freshdesk, GitHub issues, the
// sample's NW-…), so a day's range is narrow and a new ticket's id is past every stored one: a night of new and
// changed tickets reads no day whole, and a ticket whose `created` moved, or one deleted upstream, costs the day
// (or few days) around its id. Ids in no order (a CSV of random keys) give wide ranges and fall back to reading
// the days they cover: the cost the store paid before for every deletion.
//
// A range is trusted only from a whole read of the file as it is now: a day file the record has not seen under its
// present stat (new, rewritten, checked out, edited) is read whole once and its order checked. One found out of
// order (a hand edit, a git conflict resolved by keeping both sides) bounds nothing: it is read for every lookup,
// and the fetch names it (`unordered`) until it is rewritten sorted.

import type { StoreFileSystem } from './atomic-write.ts';
import { DayRangeRecord } from './day-range-record.ts';
import { lineId } from './store-journal.ts';
import { compareTicketIds } from './ticket-lines.ts';
import type { TicketStore } from './ticket-store.ts';

/** A day file found out of order: where, and what is wrong at that line. */
export interface UnorderedDay { day: string; line: number; problem: string }

/**
 * What finding tickets cost: day ranges looked up, day files read whole for the ids asked about, and day files
 * read whole to check their order (not recorded under their present stat).
 */
export interface LocateCost { rangesRead: number; daysRead: number; daysChecked: number }

/**
 * The stored days (among `days`, default every day) that hold each of `ids`: id → days, ascending. A ticket in
 * none is absent. A day found out of order is read whole (`unordered`); what a whole read learns goes into
 * `record`, as `storedDayRanges` says. The days are read as the store keeps them: links among them are refused by `listDays`.
 */
export async function locateTickets(store: TicketStore, fs: StoreFileSystem, ids: ReadonlySet<string>, days?: readonly string[], record?: DayRangeRecord): Promise<{ holding: Map<string, string[]>; cost: LocateCost; unordered: UnorderedDay[] }> {
  const holding = new Map<string, string[]>();
  const cost: LocateCost = { rangesRead: 0, daysRead: 0, daysChecked: 0 };
  const unordered: UnorderedDay[] = [];
  if (ids.size === 0) return { holding, cost, unordered };
  const sorted = [...ids].sort(compareTicketIds);
  const known = record ?? (await DayRangeRecord.open(fs, store.dir));
  const checkedBefore = known.checkedWhole;
  for (const day of days ?? (await store.listDays())) {
    const order = await known.orderOf(day, store.dayFile(day));
    cost.rangesRead++;
    if (order === null || order.kind === 'empty') continue;
    if (order.kind === 'unordered') unordered.push({ day, line: order.line, problem: order.problem });
    else if (!anyWithin(sorted, order.first, order.last)) continue;
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
  cost.daysChecked = known.checkedWhole - checkedBefore;
  return { holding, cost, unordered };
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

/**
 * Every stored day's id range (day-range-record.ts); the days found out of order; what that cost. What a whole read
 * learns goes into `record` (the fetch's, saved with its commit); without one, it is learnt for this call only.
 */
export async function storedDayRanges(store: TicketStore, fs: StoreFileSystem, days?: readonly string[], record?: DayRangeRecord): Promise<{ ranges: DayRanges; cost: LocateCost; unordered: UnorderedDay[] }> {
  const ranges: DayRange[] = [];
  const anywhere: string[] = [];
  const unordered: UnorderedDay[] = [];
  const cost: LocateCost = { rangesRead: 0, daysRead: 0, daysChecked: 0 };
  const known = record ?? (await DayRangeRecord.open(fs, store.dir));
  const checkedBefore = known.checkedWhole;
  for (const day of days ?? (await store.listDays())) {
    const order = await known.orderOf(day, store.dayFile(day));
    cost.rangesRead++;
    if (order === null || order.kind === 'empty') continue;
    if (order.kind === 'sorted') ranges.push({ day, first: order.first, last: order.last });
    else {
      anywhere.push(day);
      unordered.push({ day, line: order.line, problem: order.problem });
    }
  }
  cost.daysChecked = known.checkedWhole - checkedBefore;
  return { ranges: new DayRanges(ranges, anywhere), cost, unordered };
}
