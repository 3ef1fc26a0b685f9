// Paging by time, not by page number, through a list sorted by update time, oldest first (GitHub's issues and
// comments with `since`, Freshdesk's tickets with `updated_since`).
//
// Offset paging over such a list loses items: an item already served that is edited between two page requests
// moves to the end, every later item shifts back one place, and the first item of the next page is never
// listed (the cursor has passed it, so the next night does not fetch it either). Here each next page is asked
// for from the last update time of the previous one (inclusive), skipping the items already seen at that very
// instant, so an item edited mid-fetch is read again at its new place and none is skipped. Only when a whole
// page shares one instant does the next request ask for the following page of that instant.

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
  /** An item's identity and update instant (ISO 8601 text in one format, so text order is time order). */
  key(item: T): { id: string; updated: string };
  /** Pages of one instant before giving up (Freshdesk serves at most 300 pages of a query). */
  maxPagesAtOneInstant: number;
  /** For messages: `freshdesk: tickets`, `github-issues: acme/help issues`. */
  what: string;
  /** Raised when the list cannot be paged past one instant. */
  fail(message: string): Error;
}

/**
 * Yields the list's items page by page (each item once per version it was read in) and returns the update
 * instant of the last item yielded, which is where the next fetch starts (inclusive): nothing past it is skipped.
 */
export async function* pagesByTime<T>(options: TimePagingOptions<T>): AsyncGenerator<T[], string, void> {
  let since = options.from;
  let page = 1;
  // The newest instant yielded so far, and the ids yielded at it: a request from it serves them again.
  let boundary = options.from;
  let atBoundary = new Set<string>();
  for (;;) {
    const { items, full } = await options.fetchPage(since, page);
    const fresh: T[] = [];
    for (const item of items) {
      const { id, updated } = options.key(item);
      if (updated < boundary || (updated === boundary && atBoundary.has(id))) continue;
      if (updated > boundary) { boundary = updated; atBoundary = new Set(); }
      atBoundary.add(id);
      fresh.push(item);
    }
    if (fresh.length > 0) yield fresh;
    if (!full) return boundary;
    if (boundary > since) {
      since = boundary;
      page = 1;
    } else {
      // The whole page was one instant: the next request must go past it by page number.
      page++;
      if (page > options.maxPagesAtOneInstant) {
        throw options.fail(`${options.what}: more than ${options.maxPagesAtOneInstant} pages share the update time ${since}: cannot page past it`);
      }
    }
  }
}
