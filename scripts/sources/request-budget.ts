// How many requests a fetch may send, and when: a share of the helpdesk account's rate limit, read from the
// response headers, so agents and the account's other integrations never get a 429 because of us.
//
// Zendesk and Freshdesk limit requests per account per minute (Zendesk: Team 200, Growth and Professional
// 400, Enterprise 700; Freshdesk by plan), shared by every app and integration. Each response says the limit
// and what is left of it (Zendesk `X-Rate-Limit` / `X-Rate-Limit-Remaining`, and `ratelimit-limit`,
// `ratelimit-remaining`, `ratelimit-reset` on ticketing endpoints; Freshdesk `X-Ratelimit-Total`,
// `X-Ratelimit-Remaining` and `X-Ratelimit-Used-CurrentRequest`, the credits one request cost). Zendesk's
// incremental exports have their own limit besides: 10 requests a minute, 30 with the High Volume add-on.
//
// The budget keeps two rules before each request:
// - ours: at most `maxShare` of the account's limit in any rolling minute (counted in credits), and at most the
//   export limit for the incremental exports;
// - theirs: when a response says the account has no more than the rest (1 − maxShare) left, nothing is sent
//   until the window resets (`ratelimit-reset`; without it, until our oldest request leaves the window),
//   whoever used it.
// Time is the injected clock and every wait the injected sleep, so tests and the benchmark run it exactly
// (the benchmark on a virtual clock, where an hour of pacing takes no time). Why not Bottleneck's reservoir:
// its refresh timers run on the real clock and know nothing of a limit that headers change mid-run; the
// concurrency it would give is the sources' own bounded map, which stops everything on a fatal answer.

import { setTimeout as sleepFor } from 'node:timers/promises';

export interface BudgetClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Ends early, rejecting, when `signal` aborts (a fatal answer, SIGTERM): its timer must not keep the process up. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: BudgetClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleepFor(ms, undefined, signal ? { signal } : {}),
};

/** Requests to an endpoint with its own limit (Zendesk's incremental exports) and all the others. */
export type RequestKind = 'export' | 'account';

/** What one response's headers say about the account's limit. */
export interface RateLimitReading {
  /** Requests (Freshdesk: credits) the account may make per window. */
  limit: number | null;
  /** What is left of them in the current window. */
  remaining: number | null;
  /** Milliseconds until the window resets, when the helpdesk says. */
  resetMs: number | null;
  /** What this request cost in credits (Freshdesk embeds cost more than one); null: one. */
  cost: number | null;
}

const header = (headers: Headers, name: string): number | null => {
  const value = headers.get(name);
  if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return null;
  return Number(value);
};

/** Zendesk: `X-Rate-Limit` / `X-Rate-Limit-Remaining`, or `ratelimit-limit` / `ratelimit-remaining` / `ratelimit-reset` (seconds). */
export function zendeskRateLimit(headers: Headers): RateLimitReading {
  const reset = header(headers, 'ratelimit-reset');
  return {
    limit: header(headers, 'x-rate-limit') ?? header(headers, 'ratelimit-limit'),
    remaining: header(headers, 'x-rate-limit-remaining') ?? header(headers, 'ratelimit-remaining'),
    resetMs: reset === null ? null : reset * 1000,
    cost: null,
  };
}

/** Freshdesk: `X-Ratelimit-Total`, `X-Ratelimit-Remaining`, `X-Ratelimit-Used-CurrentRequest` (credits). */
export function freshdeskRateLimit(headers: Headers): RateLimitReading {
  return {
    limit: header(headers, 'x-ratelimit-total'),
    remaining: header(headers, 'x-ratelimit-remaining'),
    resetMs: null,
    cost: header(headers, 'x-ratelimit-used-currentrequest'),
  };
}

export interface RequestBudgetOptions {
  /** `Zendesk`, `Freshdesk`: for log lines. */
  upstream: string;
  /** Share (0–1] of the account's limit the fetch may use. */
  maxShare: number;
  /** The account's limit until a response says it: the smallest plan's, so the first requests are safe. */
  assumedLimit: number;
  /** Requests per window to the export endpoints; null when the helpdesk has none. */
  exportLimit?: number | null;
  /** Length of the limit's window. Default one minute. */
  windowMs?: number;
  clock: BudgetClock;
  log?: (line: string) => void;
}

export interface BudgetUsage {
  requests: number;
  exportRequests: number;
  /** Credits spent (Freshdesk counts some requests as more than one). */
  credits: number;
  /** The account's limit per window, as the last response said (null: none said it). */
  accountLimit: number | null;
  /** The most credits this fetch spent within one window. */
  peakPerWindow: number;
  /** Milliseconds spent waiting for the budget. */
  waitedMs: number;
}

export interface RequestBudget {
  /** Waits until one more request of this kind keeps within the budget, then counts it. Rejects when `signal` aborts. */
  acquire(kind: RequestKind, signal?: AbortSignal): Promise<void>;
  /** Reads the account's limit and what is left of it from a response. */
  observe(reading: RateLimitReading): void;
  /** Nothing is sent for `ms` (a 429's Retry-After): every waiting request waits too. */
  holdFor(ms: number): void;
  usage(): BudgetUsage;
}

interface Sent { at: number; cost: number }

export function createRequestBudget(options: RequestBudgetOptions): RequestBudget {
  const windowMs = options.windowMs ?? 60_000;
  const { clock } = options;
  const log = options.log ?? (() => {});
  const exportLimit = options.exportLimit ?? null;
  const sent: Sent[] = [];
  const exports: number[] = [];
  let limit: number | null = null;
  let holdUntil = 0;
  let heldAnnounced = 0;
  const usage: BudgetUsage = { requests: 0, exportRequests: 0, credits: 0, accountLimit: null, peakPerWindow: 0, waitedMs: 0 };
  // One request decides at a time, so concurrent workers cannot both take the last slot.
  let turn: Promise<void> = Promise.resolve();

  const allowance = () => Math.max(1, Math.floor((limit ?? options.assumedLimit) * options.maxShare));
  const spentInWindow = () => sent.reduce((n, s) => n + s.cost, 0);
  const prune = (now: number) => {
    while (sent.length > 0 && sent[0]!.at <= now - windowMs) sent.shift();
    while (exports.length > 0 && exports[0]! <= now - windowMs) exports.shift();
  };

  /** How long to wait before a request of this kind may go; 0: now. */
  function waitMs(kind: RequestKind, now: number): number {
    if (holdUntil > now) return holdUntil - now;
    if (kind === 'export' && exportLimit !== null && exports.length >= exportLimit) return exports[0]! + windowMs - now;
    const room = allowance();
    let spent = spentInWindow();
    if (spent + 1 <= room) return 0;
    // Wait for enough of our own credits to leave the window.
    for (const s of sent) {
      spent -= s.cost;
      if (spent + 1 <= room) return s.at + windowMs - now;
    }
    return windowMs;
  }

  async function take(kind: RequestKind, signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = clock.now();
      prune(now);
      const wait = waitMs(kind, now);
      if (wait <= 0) {
        sent.push({ at: now, cost: 1 });
        if (kind === 'export') exports.push(now);
        usage.requests++;
        if (kind === 'export') usage.exportRequests++;
        usage.credits++;
        usage.peakPerWindow = Math.max(usage.peakPerWindow, spentInWindow());
        return;
      }
      usage.waitedMs += wait;
      // A fatal answer to another request, or SIGTERM, ends the wait: the loop's check then throws.
      await clock.sleep(wait, signal).catch(() => {});
    }
  }

  return {
    acquire(kind, signal) {
      const mine = turn.then(() => take(kind, signal));
      turn = mine.catch(() => undefined);
      return mine;
    },
    observe(reading) {
      const now = clock.now();
      if (reading.limit !== null && reading.limit > 0) {
        limit = reading.limit;
        usage.accountLimit = reading.limit;
      }
      if (reading.cost !== null && reading.cost > 1) {
        // The request was counted as one credit when it was sent; the rest is spent now.
        sent.push({ at: now, cost: reading.cost - 1 });
        usage.credits += reading.cost - 1;
        usage.peakPerWindow = Math.max(usage.peakPerWindow, spentInWindow());
      }
      if (reading.remaining !== null && limit !== null && reading.remaining <= limit * (1 - options.maxShare)) {
        // Without a reset time, wait until the first of our own requests leaves the window (a rolling window
        // then has room again); if others still hold it, the next response says so and the wait repeats. A reset
        // said to be further off than the window (a proxy's header, a misread one) is not waited for past the
        // window either: the fetch would sleep for as long as it says, a day, until the runner killed it.
        prune(now);
        const ours = sent.length > 0 ? sent[0]!.at + windowMs - now : windowMs;
        const until = now + Math.min(reading.resetMs ?? Math.max(1000, ours), windowMs);
        if (until > holdUntil) {
          holdUntil = until;
          if (now >= heldAnnounced) {
            log(`${options.upstream.toLowerCase()}: the account has ${reading.remaining} of its ${limit} requests left this minute, no more than the ${Math.round((1 - options.maxShare) * 100)}% kept for agents and other integrations; waiting ${Math.ceil((until - now) / 1000)} s`);
            heldAnnounced = until;
          }
        }
      }
    },
    holdFor(ms) {
      holdUntil = Math.max(holdUntil, clock.now() + ms);
    },
    usage: () => ({ ...usage }),
  };
}

/**
 * The clock a source paces by: the one given; else, when only a sleep is given (tests record waits rather than
 * sleep), a clock that starts at the fetch's "now" and moves only by those sleeps; else the real one.
 */
export function sourceClock(deps: { clock?: BudgetClock; sleep?: (ms: number) => Promise<void>; now: Date }): BudgetClock {
  if (deps.clock) return deps.clock;
  const sleep = deps.sleep;
  if (!sleep) return realClock;
  let at = deps.now.getTime();
  return { now: () => at, sleep: async (ms) => { at += ms; await sleep(ms); } };
}
