// The counters of a changed day made from those of its previous version (day-counters.ts), so a night reads the
// tickets that changed rather than the whole day. Most of a night's changes land on tickets the counters never
// summed: live ones (read one by one every night anyway) and recent ones (kept one by one, measurement by
// measurement). Those come out of the counters exactly; the day's new and changed tickets are counted as a fresh
// build would count them, and the two are put together.
//
// It is exact or it is not done: the counters are made again from the whole day (and the run says why) when a
// changed ticket had been summed (an old one: a sum cannot give back one ticket), when a rejected record changed or
// came, when a new or changed ticket would be summed tonight (its last event more than 8 days ago), or when a
// removed ticket held one of the tie-out's kept disagreements and more were not kept. Everything else comes out as
// the same multiset a fresh build gives; the tests compare the reports these counters give with the facts cache's,
// `--full`'s and the NDJSON path's over simulated nights.

import { buildDayCounters, dateCounters, RemappedIds, detailRows, exclusionHits, recentEvents, unitCounters, type CounterBuild, type DayCounters, type ExclusionHits, type NumberList, type RecentEvents, type UnitCounters } from './day-counters.ts';
import { isRejection, type TicketEntry } from './ticket-entries.ts';
import type { TicketRecord } from './ticket-checks.ts';
import { DISAGREEMENTS_KEPT, TIE_OUT_REASONS, tieOutOf, type TieOutPart } from './tie-out.ts';

/** How a day's entries changed since its counters were made: which lines stayed (and where), which came, which went. */
export interface DayChange {
  /** For each entry of the previous version, its index now, or -1 when its line changed or went. */
  oldToNew: Int32Array;
  /** The entries whose line is new or changed, by their index now, ascending. */
  added: readonly number[];
  /** Those entries, in the order of `added`. */
  addedEntries: readonly TicketEntry[];
  /** How many entries the day holds now. */
  entries: number;
  /** Each entry's creation now (NaN for a rejected record). */
  createdMs: Float64Array;
  /** The previous version's entries whose line changed or went, by their index then. */
  removed: ReadonlyMap<number, TicketEntry>;
}

/**
 * The counters of the day now as of `build.nowMs`, from `previous` (the counters of the day's previous version, with
 * its ticket table and every date's rows read) and `change`; or why they must be made from the whole day instead. `build.units` must all be in `previous` (counted-day.ts `planCountedDay`: nothing missing).
 */
export function updateDayCounters(build: CounterBuild, previous: DayCounters, change: DayChange): DayCounters | string {
  const table = previous.tickets;
  if (table === null) throw new Error('updateDayCounters: the previous counters\' ticket table was not read');
  if (change.oldToNew.length !== previous.entries) throw new Error('updateDayCounters: the change is not of these counters');
  // What each previous entry was, by index (flags rather than sets: a day's recent tickets can be most of its tickets).
  const kindOf = new Uint8Array(previous.entries);
  for (const i of previous.live) kindOf[i] = LIVE;
  for (let k = 0; k < previous.recent.length; k++) kindOf[previous.recent[k]!] = RECENT;
  /** Settled tickets (recent ones) whose line changed or went: their measurements come out (flagged GONE). */
  const gone = new Set<number>();
  for (const [i, entry] of change.removed) {
    if (table.codes[i]! < 0 || isRejection(entry)) return 'a rejected record changed';
    if (kindOf[i] === LIVE) continue;
    if (kindOf[i] !== RECENT) return 'a summed ticket changed';
    gone.add(i);
    kindOf[i] = GONE;
  }
  const addedEntries = change.addedEntries;
  if (addedEntries.some(isRejection)) return 'a new or changed line is a rejected record';
  const part = buildDayCounters(build, addedEntries)!;
  if (part.live.length + part.recent.length !== addedEntries.length) return 'a new or changed ticket is summed tonight';
  for (const unit of build.units) {
    const was = previous.units.get(unit.key);
    const now = part.units.get(unit.key)!;
    // A longer worst list tonight than the counters keep is read from their rows (counted-day.ts), as when not changed.
    if (was === undefined || was.kind !== now.kind || was.behaviours !== now.behaviours || now.dates.length > 0) return 'the previous counters lack a unit of tonight\'s';
    if (was.dates.some((date) => date.rows === null)) throw new Error('updateDayCounters: the previous counters\' rows were not all read');
  }
  const tieOut = withoutTieOut(previous.tieOut, gone, change.removed, previous.madeAtMs);
  if (tieOut === undefined) return 'a changed ticket held one of the tie-out\'s kept disagreements';

  const remap = change.oldToNew;
  const fromPart = (k: number) => change.added[k]!;
  const identity = remap.every((j, i) => j === i || j === -1);

  // The day's teams: the previous ones in their order (their codes stay), then those new tonight.
  const teams = [...previous.teams];
  const teamAt = new Map(teams.map((team, k) => [team, k]));
  const partTeam = part.teams.map((team) => {
    let k = teamAt.get(team);
    if (k === undefined) {
      k = teams.push(team) - 1;
      teamAt.set(team, k);
    }
    return k;
  });
  // Each entry's id by where it comes from (the previous table, or tonight's added entries): none is decoded here.
  const idSource = new Int32Array(change.entries);
  const addedIds: string[] = [];
  const codes = new Int32Array(change.entries).fill(-2);
  remap.forEach((j, i) => {
    if (j < 0) return;
    codes[j] = table.codes[i]!;
    idSource[j] = i;
  });
  addedEntries.forEach((entry, k) => {
    idSource[fromPart(k)] = -1 - k;
    addedIds.push((entry as TicketRecord).id);
  });
  const ids = new RemappedIds(table.ids, idSource, addedIds);
  part.tickets!.codes.forEach((code, k) => {
    const team = (code >> 6) - 1;
    codes[fromPart(k)] = (code & 63) | ((team < 0 ? 0 : partTeam[team]! + 1) << 6);
  });
  if (codes.includes(-2)) throw new Error('updateDayCounters: the change does not account for every entry');

  // Pushed: `map` gives a holey or a packed list (two maps) and the list is pushed to below.
  const keptLive: number[] = [];
  for (const i of previous.live) if (remap[i]! >= 0) keptLive.push(remap[i]!);
  // Each recent ticket with its last event, creation and final solve: the kept ones and the new ones, each ascending.
  const recentOrder = mergeOrder(previous.recent, kindOf, remap, part.recent, fromPart);
  const n = recentOrder.length;
  const recentNow = new Int32Array(n);
  const recentLastEventMs = new Float64Array(n);
  const recentCreatedMs = new Float64Array(n);
  const recentFinalSolveMs = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const o = recentOrder[k]!;
    const from = o >= 0 ? previous : part;
    const at = o >= 0 ? o : ~o;
    recentNow[k] = o >= 0 ? remap[previous.recent[at]!]! : fromPart(part.recent[at]!);
    recentLastEventMs[k] = from.recentLastEventMs[at]!;
    recentCreatedMs[k] = from.recentCreatedMs[at]!;
    recentFinalSolveMs[k] = from.recentFinalSolveMs[at]!;
  }
  let maxSettled = previous.maxOldLastEventMs;
  for (const ms of recentLastEventMs) if (maxSettled === null || ms > maxSettled) maxSettled = ms;

  const units = new Map<string, UnitCounters>();
  for (const unit of build.units) {
    const was = previous.units.get(unit.key)!;
    const now = part.units.get(unit.key)!;
    units.set(unit.key, unitCounters(
      was.kind,
      Math.max(was.fromDn, now.fromDn),
      was.worstKept,
      was.behaviours,
      identity ? was.dates : was.dates.map((date) => {
        const rows = date.rows!;
        return dateCounters(date.dn, date.count, date.met, date.theta, date.sum, date.segments,
          date.worst.map((w) => ({ ticket: keptIndex(remap, w.ticket), value: w.value, atMs: w.atMs })),
          date.behaviours, detailRows(rows.values, rows.atMs, rows.tickets.map((i) => keptIndex(remap, i)), rows.marks, rows.lost));
      }),
      mergeRecent(was.recent, kindOf, remap, now.recent, fromPart, was.behaviours, identity, gone.size > 0),
      mergeHits(was.hits, gone, remap, now.hits, fromPart, identity),
    ));
  }
  // Pushed, not spread: a spread of a mapped list iterates it, and the mapped list's elements kind varies with its length.
  const live = keptLive;
  for (const i of part.live) live.push(fromPart(i));
  live.sort((a, b) => a - b);
  return {
    madeAtMs: build.nowMs, oldUntilMs: previous.oldUntilMs, maxOldLastEventMs: previous.maxOldLastEventMs, maxSettledLastEventMs: maxSettled,
    entries: change.entries,
    live,
    recent: recentNow,
    recentLastEventMs,
    recentCreatedMs,
    recentFinalSolveMs,
    created: settledCreation(change.createdMs, live),
    rejected: previous.rejected,
    tieOut: withTieOut(tieOut, remap, part.tieOut, fromPart),
    tickets: { ids, codes },
    teams,
    units,
  };
}

/** The earliest and latest creation of the day's settled tickets (neither rejected, NaN, nor live). */
function settledCreation(createdMs: Float64Array, live: readonly number[]): DayCounters['created'] {
  const isLive = new Uint8Array(createdMs.length);
  for (const i of live) isLive[i] = 1;
  let fromMs = Number.POSITIVE_INFINITY;
  let toMs = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < createdMs.length; i++) {
    const ms = createdMs[i]!;
    if (Number.isNaN(ms) || isLive[i] === 1) continue;
    if (ms < fromMs) fromMs = ms;
    if (ms > toMs) toMs = ms;
  }
  return fromMs === Number.POSITIVE_INFINITY ? null : { fromMs, toMs };
}

/** What a previous entry was (`kindOf`): summed or rejected (0), live, recent, or recent and changed or gone. */
const LIVE = 1;
const RECENT = 2;
const GONE = 3;

/**
 * The order of a merge of two ascending lists of tickets, `was` (by previous index: those flagged GONE left out,
 * the others renumbered by `remap`, which keeps their order) and `now` (by index in the changed tickets' part,
 * numbered by `fromPart`, ascending): each position's source, k ≥ 0 for `was[k]`, ~k for `now[k]`. A ticket's
 * several entries stay together, in their order. Linear: a day's recent tickets are most of a recent day.
 */
function mergeOrder(was: NumberList, kindOf: Uint8Array, remap: Int32Array, now: NumberList, fromPart: (k: number) => number): Int32Array {
  let kept = 0;
  for (let a = 0; a < was.length; a++) if (kindOf[was[a]!] !== GONE) kept++;
  const order = new Int32Array(kept + now.length);
  let a = 0;
  let b = 0;
  let last = -1;
  for (let at = 0; at < order.length; at++) {
    while (a < was.length && kindOf[was[a]!] === GONE) a++;
    const ia = a < was.length ? keptIndex(remap, was[a]!) : Number.POSITIVE_INFINITY;
    const ib = b < now.length ? fromPart(now[b]!) : Number.POSITIVE_INFINITY;
    const next = ia < ib ? ia : ib;
    if (next < last) throw new Error('updateDayCounters: tickets out of order');
    last = next;
    order[at] = ia < ib ? a++ : ~b++;
  }
  return order;
}

/** The index now of an entry whose line stayed; a summed ticket's line always stays (else no update is made). */
function keptIndex(remap: Int32Array, i: number): number {
  const j = remap[i]!;
  if (j < 0) throw new Error('updateDayCounters: a summed ticket changed');
  return j;
}

/**
 * The previous recent measurements without the tickets gone, renumbered, with the new ones: grouped by ticket, ascending.
 * `identity`: every kept ticket keeps its index; `anyGone`: some recent ticket of the day changed or went. A unit the
 * night did not touch (none of its tickets gone, none new) keeps its lists as they are: most units of a day a few
 * tickets changed in. The others are copied run by run (a night's changes are a few tickets among a recent day's
 * hundreds of measurements a unit: one native copy a run, not one step a number).
 */
function mergeRecent(was: RecentEvents, kindOf: Uint8Array, remap: Int32Array, now: RecentEvents, fromPart: (k: number) => number, B: number, identity: boolean, anyGone: boolean): RecentEvents {
  if (identity && now.tickets.length === 0 && !(anyGone && holdsGone(was.tickets, kindOf))) return was;
  const order = mergeOrder(was.tickets, kindOf, remap, now.tickets, fromPart);
  const total = order.length;
  const out = { tickets: new Int32Array(total), dns: new Int32Array(total), atMs: new Float64Array(total), values: new Float64Array(total), marks: new Int32Array(total * B), lost: new Float64Array(total * B) };
  for (let at = 0; at < total;) {
    const o = order[at]!;
    // A run: the next measurements of one list, in its order (`~k` counts down as k counts up).
    let end = at + 1;
    if (o >= 0) while (end < total && order[end] === o + (end - at)) end++;
    else while (end < total && order[end] === o - (end - at)) end++;
    const from = o >= 0 ? was : now;
    const e = o >= 0 ? o : ~o;
    const n = end - at;
    for (let k = 0; k < n; k++) out.tickets[at + k] = o >= 0 ? remap[was.tickets[e + k]!]! : fromPart(now.tickets[e + k]!);
    copyRun(out.dns, at, from.dns, e, n);
    copyRun(out.atMs, at, from.atMs, e, n);
    copyRun(out.values, at, from.values, e, n);
    copyRun(out.marks, at * B, from.marks, e * B, n * B);
    copyRun(out.lost, at * B, from.lost, e * B, n * B);
    at = end;
  }
  return recentEvents(out.tickets, out.dns, out.atMs, out.values, out.marks, out.lost);
}

/** Whether any of `tickets` is flagged GONE. */
function holdsGone(tickets: NumberList, kindOf: Uint8Array): boolean {
  for (let k = 0; k < tickets.length; k++) if (kindOf[tickets[k]!] === GONE) return true;
  return false;
}

/** `into[at..at+n)` = `list[from..from+n)`: a typed list at once (each number converted as an assignment would). */
function copyRun(into: Int32Array | Float64Array, at: number, list: NumberList, from: number, n: number): void {
  if (n === 0) return;
  if (ArrayBuffer.isView(list)) into.set((list as Int32Array | Float64Array).subarray(from, from + n), at);
  else for (let k = 0; k < n; k++) into[at + k] = list[from + k]!;
}

/**
 * The previous exclusion hits without the tickets `gone`, renumbered, with the new ones, by ticket ascending; kept as
 * they are when none of them is gone, none is new and (`identity`) every kept ticket keeps its index.
 */
function mergeHits(was: ExclusionHits, gone: ReadonlySet<number>, remap: Int32Array, now: ExclusionHits, fromPart: (k: number) => number, identity: boolean): ExclusionHits {
  if (identity && now.tickets.length === 0 && !Array.prototype.some.call(was.tickets, (i: number) => gone.has(i))) return was;
  const rows: [number, number, number][] = [];
  for (let r = 0; r < was.tickets.length; r++) {
    const i = was.tickets[r]!;
    if (!gone.has(i)) rows.push([keptIndex(remap, i), was.exclusions[r]!, was.lifeEndMs[r]!]);
  }
  for (let r = 0; r < now.tickets.length; r++) rows.push([fromPart(now.tickets[r]!), now.exclusions[r]!, now.lifeEndMs[r]!]);
  rows.sort((a, b) => a[0] - b[0]);
  return exclusionHits(Int32Array.from(rows, (r) => r[1]), Float64Array.from(rows, (r) => r[2]), Int32Array.from(rows, (r) => r[0]));
}

/**
 * The tie-out part without the tickets `gone` (their comparisons made again from their previous entries);
 * undefined when one of them held a kept disagreement of a kind whose list was full (the next is unknown).
 */
function withoutTieOut(part: TieOutPart | null, gone: ReadonlySet<number>, removed: ReadonlyMap<number, TicketEntry>, madeAtMs: number): TieOutPart | null | undefined {
  if (part === null) return null;
  const out: TieOutPart = {
    tickets: part.tickets,
    counts: {
      first_response_time: { ...part.counts.first_response_time, reasons: part.counts.first_response_time.reasons.map(([r, n]) => [r, n]) },
      full_resolution_time: { ...part.counts.full_resolution_time, reasons: part.counts.full_resolution_time.reasons.map(([r, n]) => [r, n]) },
    },
    kept: [...part.kept],
  };
  const full = (kind: string) => part.kept.filter((k) => TIE_OUT_REASONS[k.disagreement.reason!].kind === kind).length >= DISAGREEMENTS_KEPT;
  for (const i of gone) {
    const entry = removed.get(i) as TicketRecord;
    const comparisons = tieOutOf(entry, entry, madeAtMs);
    if (comparisons === null) continue;
    out.tickets--;
    for (const c of comparisons) {
      const count = out.counts[c.metric];
      if (c.agree) {
        count.agree--;
        continue;
      }
      count.disagree--;
      const reason = count.reasons.find((r) => r[0] === c.reason);
      if (reason === undefined) throw new Error('updateDayCounters: a removed ticket\'s disagreement was not counted');
      reason[1]--;
      const at = out.kept.findIndex((k) => k.at === i && k.disagreement.metric === c.metric);
      if (at >= 0) {
        if (full(TIE_OUT_REASONS[c.reason!].kind)) return undefined;
        out.kept.splice(at, 1);
      }
    }
  }
  for (const metric of Object.keys(out.counts) as (keyof TieOutPart['counts'])[]) out.counts[metric].reasons = out.counts[metric].reasons.filter((r) => r[1] > 0);
  return out;
}

/** The tie-out part renumbered, with the new tickets' part: each kind's first disagreements by position, as a build keeps them. */
function withTieOut(was: TieOutPart | null, remap: Int32Array, now: TieOutPart | null, fromPart: (k: number) => number): TieOutPart | null {
  const kept = [...(was?.kept ?? []).map((k) => ({ ...k, at: keptIndex(remap, k.at) })), ...(now?.kept ?? []).map((k) => ({ ...k, at: fromPart(k.at) }))].sort((a, b) => a.at - b.at);
  const tickets = (was?.tickets ?? 0) + (now?.tickets ?? 0);
  if (tickets === 0) return null;
  const counts = {} as TieOutPart['counts'];
  for (const metric of ['first_response_time', 'full_resolution_time'] as const) {
    const reasons = new Map<string, number>();
    for (const part of [was, now]) for (const [reason, n] of part?.counts[metric].reasons ?? []) reasons.set(reason, (reasons.get(reason) ?? 0) + n);
    counts[metric] = {
      agree: (was?.counts[metric].agree ?? 0) + (now?.counts[metric].agree ?? 0),
      disagree: (was?.counts[metric].disagree ?? 0) + (now?.counts[metric].disagree ?? 0),
      reasons: [...reasons] as TieOutPart['counts'][typeof metric]['reasons'],
    };
  }
  const byKind = (kind: string) => kept.filter((k) => TIE_OUT_REASONS[k.disagreement.reason!].kind === kind).slice(0, DISAGREEMENTS_KEPT);
  return { tickets, counts, kept: [...byKind('unexplained'), ...byKind('definition')] };
}
