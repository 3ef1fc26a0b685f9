// What one pass over the facts cache did, and the line the log prints about it (ticket-facts-cache.ts `storeEntries`).

/** Why a day was read from its NDJSON rather than from the cache. */
/** `needed`: cached without its tickets (settled when cached), which tonight's model reaches back to. */
export type RebuildReason = 'missing' | 'changed' | 'unreadable' | 'full' | 'needed';

export interface FactsCacheRun {
  /** Days read from the cache. */
  cached: number;
  /** Of those, the days whose tickets were decoded, all of them: the others could not change a number (evaluate.ts `addSettled`) or were counted from their counters. */
  decoded: number;
  /** Days read from their NDJSON (and their cache written), with why, oldest first. */
  rebuilt: { day: string; reason: RebuildReason; detail?: string }[];
  /** Cache files of days the store no longer has, removed. */
  removed: number;
  /** Days whose cache held (same bytes) but was written again with the day file's new stat (after a git checkout). */
  refreshed: number;
  /** The first cache write that failed (file and why), after which this run wrote no more cache files; null when none did. */
  unwritable: string | null;
  /** Changed days read line by line (their unchanged lines taken from the cache): how many, and the lines parsed of all they hold. */
  partly: { days: number; parsed: number; lines: number };
  /** Of those, the days whose file the changed days' thread read and whose lines it parsed (changed-days-thread.ts). */
  threaded: number;
  counters: CountersRun;
}

/** What the day counters did. */
export interface CountersRun {
  /** Days counted from their counters (their tickets not decoded, but for the live ones). */
  counted: number;
  /** Days whose counters were made or completed tonight, with why. */
  made: { day: string; why: string }[];
  /** Dates whose measurements were read (window boundaries, thresholds judged again). */
  rowsRead: number;
  /**
   * Tickets asked for one by one (live ones, and those read as they stood 7 days ago), each decoded when the evaluation
   * takes it (one whose segments no standard's scope holds is not taken for 7 days ago).
   */
  ticketsRead: number;
  /**
   * Days whose counters kept other tickets' entries (the worst candidates, those read as they stood 7 days ago) that
   * could not be read, with why: those came from the facts file, and the counters file was removed (made again next).
   */
  dropped: { day: string; why: string }[];
  /**
   * Live and named blocks written as the bytes of the counters they were made from (day-counters-access.ts: the same
   * tickets, none changed), not decoded and encoded again. Counted only when one is (none on most runs).
   */
  blocksCopied?: number;
}

/** One line for the log: how much of the store the night re-read. */
export const describeFactsCacheRun = (function describeFactsCacheRun(run: FactsCacheRun): string {
  const total = run.cached + run.rebuilt.length;
  const c = run.counters;
  const made = c.made.length > 0 ? `${c.counted > 0 ? ', ' : ''}${c.made.length} made [${describeReasons(c.made)}]` : '';
  const readOne = c.rowsRead + c.ticketsRead > 0 ? ` (${c.rowsRead} dates' measurements and ${c.ticketsRead} tickets read one by one)` : '';
  const dropped = c.dropped.length > 0 ? `; ${c.dropped.length} removed, their kept tickets unreadable, read from the facts instead [${describeReasons(c.dropped)}]` : '';
  const counters = c.counted + c.made.length > 0 ? `; counters: ${c.counted > 0 ? `${c.counted} days counted from them` : ''}${made}${readOne}${dropped}` : '';
  if (run.unwritable === null && run.rebuilt.length > 0 && run.rebuilt.every((r) => r.reason === 'full')) return `facts cache: full pass, ${total} day files read and their cache rewritten${counters}`;
  const parts = describeReasons(run.rebuilt.map((r) => ({ day: r.day, why: r.detail !== undefined ? `${r.reason}: ${r.detail}` : r.reason })));
  const partly = run.partly.days > 0 ? `; of the changed days, ${run.partly.days} read line by line (${grouped(run.partly.parsed)} of ${grouped(run.partly.lines)} lines new or changed)` : '';
  const tail = partly + (run.refreshed > 0 ? `; ${run.refreshed} confirmed by hash (same bytes; the day file was touched or written just before its cache)` : '') + (run.removed > 0 ? `; ${run.removed} cache files of removed days deleted` : '');
  const settled = run.cached - run.decoded;
  const untouched = settled > 0 ? ` (${settled} not decoded)` : '';
  const off = run.unwritable !== null ? `; the cache could not be written (${run.unwritable}), so this evaluation went on without it: the report is complete, and the next one reads those day files again` : '';
  return `facts cache: ${run.cached} of ${total} days from the cache${untouched}, ${run.rebuilt.length} read from the store${parts ? ` [${parts}]` : ''}${tail}${counters}${off}`;
});

/**
 * A count with its thousands grouped by commas, as `toLocaleString('en')` writes it, without Intl: its first use in a
 * process loads ICU's number formatting (20–26 ms measured here), for the one line a night prints.
 */
export function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

const describeReasons = (function describeReasons(items: readonly { day: string; why: string }[]): string {
  const reasons = new Map<string, string[]>();
  for (const item of items) reasons.set(item.why, [...(reasons.get(item.why) ?? []), item.day]);
  return [...reasons.entries()].map(([why, days]) => `${days.length} ${why} (${days.slice(0, 3).join(', ')}${days.length > 3 ? ', …' : ''})`).join('; ');
});
