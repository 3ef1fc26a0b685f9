// A helpdesk account's rate limit, as Zendesk and Freshdesk keep it: so many requests per fixed minute for the
// whole account, shared by everything that calls the API. `others` is what the account's agents and other
// integrations spend each minute; a request past the limit is answered 429, which is what they would get when a
// fetch takes more than its share. The clock is the test's, so a minute passes when the fetch's waits say so.

export interface AccountRateLimitOptions {
  /** Requests per minute the account may make. */
  limit: number;
  /** Requests per minute the account's agents and other integrations make (spent at the start of each minute). */
  others?: number;
  now: () => number;
}

export interface AccountRateLimit {
  readonly limit: number;
  /** Counts one request; what the account has left after it, and whether it was over the limit. */
  take(cost?: number): { allowed: boolean; remaining: number; resetSeconds: number };
  /** Requests refused with 429 so far: each is a 429 someone else could have got. */
  readonly refused: number;
  /** The most requests the fetch made in one minute. */
  readonly peakOurs: number;
}

export function accountRateLimit(options: AccountRateLimitOptions): AccountRateLimit {
  const others = options.others ?? 0;
  let minute = Number.NaN;
  let used = 0;
  let ours = 0;
  let refused = 0;
  let peakOurs = 0;
  return {
    limit: options.limit,
    take(cost = 1) {
      const now = options.now();
      const current = Math.floor(now / 60_000);
      if (current !== minute) { minute = current; used = others; ours = 0; }
      const resetSeconds = Math.ceil(((current + 1) * 60_000 - now) / 1000);
      if (used + cost > options.limit) { refused++; return { allowed: false, remaining: Math.max(0, options.limit - used), resetSeconds }; }
      used += cost;
      ours += cost;
      peakOurs = Math.max(peakOurs, ours);
      return { allowed: true, remaining: options.limit - used, resetSeconds };
    },
    get refused() { return refused; },
    get peakOurs() { return peakOurs; },
  };
}
