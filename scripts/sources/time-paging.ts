// Paging by time, not by page number, through a list sorted by update time, oldest first (GitHub's issues and
// comments with `since`, Freshdesk's tickets with `updated_since`).
//
// Both lists include their bound: GitHub's reference says `since` returns the issues "updated at or after this time"
// (GitHub Enterprise 2.18's REST v3 reference; today's pages say "after" for every `since`, which github/docs#25608
// reports as copied wording), and Freshdesk's `updated_since` serves the tickets of that instant again (what
// Airbyte's connector saw, and added a second to avoid: airbytehq/airbyte#4002). An exclusive bound would lose an
// item sharing the last instant of a page with the item before it; reading the instant again costs only repeats.
//
// Offset paging over such a list loses items: an item already served that is edited between two page requests
// moves to the end, every later item shifts back one place, and the first item of the next page is never
// listed (the cursor has passed it, so the next night does not fetch it either). Here each next page is asked
// for from the last update time of the previous one (inclusive), skipping the items already seen at that very
// instant, so an item edited mid-fetch is read again at its new place and none is skipped.
//
// Only when a whole page shares one instant (a bulk edit, an automation) must that instant be walked by page
// number, and there the same loss returns: an item of the instant edited mid-walk shifts the later ones back one
// place, and one item edited into the instant before the offset read is never listed. Neither can be seen from
// the pages themselves, so once such a walk ends the instant is read again from its first page, until a whole
// reading finds no item that the readings before it had missed. A list without a crowded instant costs no
// request more; a crowded instant costs one reading more when it stays still, two when it was edited under us.

import { canonicalPosition } from './instants.ts';
import { quotedValue } from './quoted-value.ts';

export interface TimePage<T> {
  items: T[];
  /** The page held as many items as were asked for: there may be more. */
  full: boolean;
}

export interface TimePagingOptions<T> {
  /** Inclusive start: the instant to read from (ISO 8601, as the API compares it). */
  from: string;
  /** One page of the list from `since` (inclusive), sorted by update time ascending: page 1 unless a page was full of one instant. */
  fetchPage(since: string, page: number): Promise<TimePage<T>>;
  /** An item's identity and update instant (ISO 8601 text in `from`'s one format, formatInstant's: one text per instant, ordered by compareUpdated). */
  key(item: T): { id: string; updated: string };
  /** Pages of one instant before giving up (Freshdesk serves at most 300 pages of a query). */
  maxPagesAtOneInstant: number;
  /** For messages: `freshdesk: tickets`, `github-issues: acme/help issues`. */
  what: string;
  /** Raised when the list cannot be paged past one instant. */
  fail(message: string): Error;
}

/**
 * The order of two update instants in time. Not as text: formatInstant writes milliseconds only when an instant has
 * some, and "…10:00:00.500Z" sorts before "…10:00:00Z" ('.' < 'Z'), so an item half a second after the boundary was
 * dropped as read before. Text that is no instant (refused later: positionRead) is ordered as text.
 */
function compareUpdated(a: string, b: string): number {
  if (a === b) return 0;
  const ms = Date.parse(a) - Date.parse(b);
  return Number.isNaN(ms) || ms === 0 ? (a < b ? -1 : 1) : ms;
}

/**
 * An update instant as a message shows it: an item's key is the upstream's text when it is no instant (the sources
 * refuse it only once it would become the position), so it is quoted, never printed as it stands (a line of its own).
 */
function shownInstant(text: string): string {
  return canonicalPosition(text) ?? quotedValue(text, 40);
}

/** Readings of one crowded instant, the first walk included, before the fetch gives up on it. */
export const MAX_READINGS_OF_ONE_INSTANT = 5;

/** The newest instant yielded so far, and the ids yielded at it: a request from it serves them again. */
interface Boundary {
  at: string;
  ids: Set<string>;
}

/**
 * Yields the list's items page by page (each item once per version it was read in) and returns the update
 * instant of the last item yielded, which is where the next fetch starts (inclusive): nothing before it is skipped.
 */
export async function* pagesByTime<T>(options: TimePagingOptions<T>): AsyncGenerator<T[], string, void> {
  const boundary: Boundary = { at: options.from, ids: new Set() };
  let since = options.from;
  for (;;) {
    const { items, full } = await options.fetchPage(since, 1);
    const fresh: T[] = [];
    for (const item of items) {
      const { id, updated } = options.key(item);
      const order = compareUpdated(updated, boundary.at);
      if (order < 0 || (order === 0 && boundary.ids.has(id))) continue;
      if (order > 0) { boundary.at = updated; boundary.ids = new Set(); }
      boundary.ids.add(id);
      fresh.push(item);
    }
    if (fresh.length > 0) yield fresh;
    if (!full) return boundary.at;
    if (boundary.at === since) {
      // The whole page was the one instant `since`: past it only by page number, and then read it again.
      const more = yield* readCrowdedInstant(options, since, boundary);
      if (!more) return boundary.at;
    }
    since = boundary.at;
  }
}

/**
 * Reads the instant whose first page (already read, its ids in `boundary`) was full of it: walks it by page
 * number to the first page that goes past it, then reads it again from its first page until a reading finds
 * nothing missed before. Moves `boundary` to the newest item read; returns whether the list goes on past the
 * last page read.
 */
async function* readCrowdedInstant<T>(options: TimePagingOptions<T>, instant: string, boundary: Boundary): AsyncGenerator<T[], boolean, void> {
  const atInstant = new Set(boundary.ids);
  // Versions read past the instant (`id@updated`) while it was read: a reading serves its last page again.
  const pastInstant = new Set<string>();
  for (let reading = 1; ; reading++) {
    const readBefore = boundary.at;
    // Items the readings before this one should have listed and did not: the sign that the instant moved under them.
    let missed = 0;
    let more = false;
    for (let page = reading === 1 ? 2 : 1; ; page++) {
      if (page > options.maxPagesAtOneInstant) {
        throw options.fail(`${options.what}: more than ${options.maxPagesAtOneInstant} pages share the update time ${shownInstant(instant)}: cannot page past it`);
      }
      const { items, full } = await options.fetchPage(instant, page);
      const fresh: T[] = [];
      let past = false;
      for (const item of items) {
        const { id, updated } = options.key(item);
        const order = compareUpdated(updated, instant);
        if (order < 0) continue;
        if (order === 0) {
          if (atInstant.has(id)) continue;
          atInstant.add(id);
        } else {
          past = true;
          const version = `${id}@${updated}`;
          if (pastInstant.has(version)) continue;
          pastInstant.add(version);
          // A version newer than anything read before this reading is an edit made since, not a miss.
          if (compareUpdated(updated, readBefore) <= 0) { if (reading > 1) missed++; }
          else if (compareUpdated(updated, boundary.at) > 0) { boundary.at = updated; boundary.ids = new Set(); }
          if (updated === boundary.at) boundary.ids.add(id);
          fresh.push(item);
          continue;
        }
        if (reading > 1) missed++;
        fresh.push(item);
      }
      if (fresh.length > 0) yield fresh;
      if (past || !full) { more = full; break; }
    }
    if (reading > 1 && missed === 0) return more;
    if (reading >= MAX_READINGS_OF_ONE_INSTANT) {
      throw options.fail(`${options.what}: the items updated at ${shownInstant(instant)} kept changing while they were read: ${reading} readings from its first page each found items the one before had missed; the fetch stops so that the cursor does not pass them, and the next fetch reads them again`);
    }
  }
}
