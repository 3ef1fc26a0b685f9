// GET-with-retries for the Zendesk and Freshdesk REST APIs. Node's own fetch with a per-request timeout
// (AbortSignal.timeout); 429 waits at least its Retry-After, 5xx, resets, timeouts and unreadable bodies are
// retried a bounded number of times with exponential backoff (a 5xx with a Retry-After, a service down for
// maintenance, waits at least that: RFC 9110 §10.2.3); 401/403 fail at once with one line naming the
// environment variable the credential came from. A Retry-After that would keep one request waiting past
// `maxRetryAfterMs` in all (15 minutes, as the GitHub client's) fails the fetch at once with the reason: a
// nightly job asked to come back tomorrow would otherwise sleep until the runner kills it, with no summary,
// holding the store's lock and the workflow's queue; the next night carries on from the cursor. No library: the policy is ~100 lines and both APIs follow it
// the same way, while the libraries on offer (got, ky) either wrap another HTTP stack or hide Retry-After.
// The credential sits only in the Authorization header: it is never part of a message, a log line or a URL, and it
// is registered for redaction (model/credential-redaction.ts) the moment it is read, in every form it travels in.

import { setTimeout as sleepFor } from 'node:timers/promises';
import { printableExcerpt, readCredential, runCredentials } from '../model/credential-redaction.ts';
import { terminationSignal } from '../model/run-termination.ts';
import { MAX_REDIRECTS, REDIRECT_STATUSES, sameOriginTarget } from '../model/same-origin-target.ts';
import { formatInstant } from './instants.ts';
import { quotedJson, quotedValue } from './quoted-value.ts';

import type { RateLimitReading, RequestBudget, RequestKind } from './request-budget.ts';

/** A fetch failure the run cannot recover from: one line, safe to print (no credential, no response body). */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  /** The HTTP status that ended the request, when there was one. */
  readonly status: number | null;
  constructor(message: string, status: number | null = null) {
    super(message);
    this.status = status;
  }
}

export interface HelpdeskHttpOptions {
  /** `Zendesk` or `Freshdesk`, for messages. */
  upstream: string;
  /** `https://acme.zendesk.com`: every URL requested must have this origin (a `next_page` elsewhere is refused). */
  baseUrl: string;
  /** The Authorization header value. */
  authorization: string;
  /** Names of the environment variables the credential came from, for the 401/403 line. */
  credentialEnv: string;
  /** Waits (ms), ending early when `signal` aborts; tests pass a recorder that does not really sleep. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  log?: (line: string) => void;
  /** Retries per request after a 429, a 5xx, a reset, a timeout or an unreadable body. Default 5. */
  maxRetries?: number;
  /** Abort a request that has not answered after this long. Default 30 s. */
  timeoutMs?: number;
  /** First backoff after a 5xx/reset/timeout; doubles each retry. Default 2 s. */
  backoffMs?: number;
  /** Used when a 429 carries no Retry-After. Default 60 s (the incremental exports' one-minute window). */
  defaultRetryAfterMs?: number;
  /** Most one request waits on Retry-Afters in all; one that asks for more fails the request. Default 900 s. */
  maxRetryAfterMs?: number;
  /** Paces every request to a share of the account's rate limit (request-budget.ts). */
  budget?: RequestBudget;
  /** What a response's headers say about the account's limit, for the budget. */
  readRateLimit?: (headers: Headers) => RateLimitReading;
  /** Aborted when the fetch has failed: requests waiting or in flight stop at once, none is retried. */
  signal?: AbortSignal;
  /** The clock for an HTTP-date Retry-After (epoch ms). Default Date.now. */
  now?: () => number;
}

/** What the Zendesk and Freshdesk sources are given from outside: the clock, the credentials, the waits. */
export interface HelpdeskSourceDeps {
  now: Date;
  env: Record<string, string | undefined>;
  /** Injected waits (tests record them instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
  /** First 5xx backoff; default 2 s. */
  backoffMs?: number;
  maxRetries?: number;
  /** The clock the request budget paces by (and its waits); default the real one. */
  clock?: import('./request-budget.ts').BudgetClock;
}

export interface HelpdeskHttp {
  /** GET a path (`/api/v2/...`) or a full URL on the same origin; returns the parsed JSON body. */
  getJson(pathOrUrl: string, kind?: RequestKind): Promise<unknown>;
  /** The same, with the URL of the next page from the `Link` header (rel="next"), or null. */
  getPage(pathOrUrl: string, kind?: RequestKind): Promise<{ body: unknown; next: string | null }>;
  /** Requests sent, retries included (for progress lines and the benchmark). */
  readonly requests: number;
  /** Milliseconds spent waiting on 429s. */
  readonly rateLimitWaitMs: number;
}

const RETRY_STATUSES = new Set([500, 502, 503, 504]);

export const realSleep = (ms: number, signal?: AbortSignal): Promise<void> => sleepFor(ms, undefined, signal ? { signal } : {});

/** Retry-After is seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.ceil(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

export function createHelpdeskHttp(options: HelpdeskHttpOptions): HelpdeskHttp {
  const sleep = options.sleep ?? realSleep;
  const log = options.log ?? (() => {});
  const maxRetries = options.maxRetries ?? 5;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const backoffMs = options.backoffMs ?? 2000;
  const defaultRetryAfterMs = options.defaultRetryAfterMs ?? 60_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 900_000;
  const origin = new URL(options.baseUrl).origin;
  let requests = 0;
  let rateLimitWaitMs = 0;

  /** The URL a next link names, on any origin (resolve refuses another when it is asked for). */
  function resolveAnywhere(target: string, base: URL): URL {
    try {
      return new URL(target, base);
    } catch {
      throw new UpstreamError(`${options.upstream} pointed the next page at ${quotedValue(target)}, which is not a URL`);
    }
  }

  function resolve(pathOrUrl: string, base: string | URL = origin, how = 'pointed the next page at'): URL {
    const checked = sameOriginTarget(pathOrUrl, base, origin);
    switch (checked.refused) {
      case 'not a URL': throw new UpstreamError(`${options.upstream} ${how} ${quotedValue(pathOrUrl)}, which is not a URL`);
      case 'user name or password': throw new UpstreamError(`${options.upstream} ${how} a URL with a user name or password before its host: refusing to send the credentials there`);
      case 'another origin': throw new UpstreamError(`${options.upstream} ${how} ${checked.origin}, not ${origin}: refusing to send the credentials elsewhere`);
    }
    return checked.url;
  }

  // A run stopped by SIGTERM or SIGINT sends nothing more and stops waiting (model/run-termination.ts).
  const fatal = options.signal ? AbortSignal.any([options.signal, terminationSignal]) : terminationSignal;
  const now = options.now ?? Date.now;

  async function getPage(pathOrUrl: string, kind: RequestKind = 'account'): Promise<{ body: unknown; next: string | null }> {
    const requested = resolve(pathOrUrl);
    let url = requested;
    let where = `${options.upstream} GET ${url.pathname}`;
    let redirects = 0;
    /** The attempt goes on at a redirect's Location; a retry asks the URL requested again (a 302 is temporary). */
    let redirected = false;
    /** What this request's Retry-Afters have made it wait so far. */
    let retryAfterWaitedMs = 0;
    /** A wait the server asked for, within `maxRetryAfterMs` in all, or the reason it is refused. */
    const askedWait = (answer: string, waitMs: number, status: number): number => {
      const seconds = (ms: number) => Math.round(ms / 1000);
      if (retryAfterWaitedMs + waitMs > maxRetryAfterMs) {
        throw new UpstreamError(`${where}: ${answer} and asked to wait ${seconds(waitMs)} s more, past the ${seconds(maxRetryAfterMs)} s one request waits in all (${seconds(retryAfterWaitedMs)} s waited): run the fetch again later`, status);
      }
      retryAfterWaitedMs += waitMs;
      // Every other request of the fetch waits too, rather than spend its own 429.
      options.budget?.holdFor(waitMs);
      return waitMs;
    };
    for (let attempt = 0; ; attempt++) {
      if (!redirected) { url = requested; where = `${options.upstream} GET ${url.pathname}`; redirects = 0; }
      redirected = false;
      // Another request of this fetch failed for good: send nothing more (its error is the one reported).
      fatal.throwIfAborted();
      await options.budget?.acquire(kind, fatal);
      const retry = async (reason: string, waitMs: number, rateLimited: boolean): Promise<void> => {
        if (attempt >= maxRetries) throw new UpstreamError(`${where}: ${reason}, still after ${maxRetries} retries`);
        log(`${options.upstream.toLowerCase()}: ${reason} on GET ${url.pathname}; waiting ${Math.round(waitMs / 1000)} s (retry ${attempt + 1} of ${maxRetries})`);
        if (rateLimited) rateLimitWaitMs += waitMs;
        // Another request's fatal answer or SIGTERM ends the wait: a 429's could be 900 s, the process asleep with it.
        await sleep(waitMs, fatal).catch(() => {});
        fatal.throwIfAborted();
      };
      const backoff = backoffMs * 2 ** attempt;
      requests++;
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { authorization: options.authorization, accept: 'application/json', 'user-agent': 'service-standards' },
          signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), fatal]),
          // Followed here, not by fetch: fetch would read another origin's answer as the helpdesk's (without the
          // credentials, but as tickets all the same); only the helpdesk's own origin is asked.
          redirect: 'manual',
        });
      } catch (error) {
        fatal.throwIfAborted();
        const name = (error as Error).name;
        const reason = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${Math.round(timeoutMs / 1000)} s` : `connection failed (${connectionCause(error)})`;
        await retry(reason, backoff, false);
        continue;
      }
      if (options.budget && options.readRateLimit) options.budget.observe(options.readRateLimit(response.headers));
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new UpstreamError(`${where}: ${options.upstream} answered ${response.status} without a Location`, response.status);
        if (++redirects > MAX_REDIRECTS) throw new UpstreamError(`${where}: redirected more than ${MAX_REDIRECTS} times`, response.status);
        url = resolve(location, url, `redirected GET ${url.pathname} to`);
        where = `${options.upstream} GET ${url.pathname}`;
        // A redirect is not a retry: the attempt goes on at its new place.
        attempt--;
        redirected = true;
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel();
        throw new UpstreamError(`${where}: ${options.upstream} answered ${response.status} ${response.status === 401 ? 'Unauthorized' : 'Forbidden'}: the credentials in ${options.credentialEnv} were refused or lack read access; create a new API token and update the secret`, response.status);
      }
      if (response.status === 429) {
        await response.body?.cancel();
        const wait = askedWait('rate limited (429)', retryAfterMs(response.headers.get('retry-after'), now()) ?? defaultRetryAfterMs, 429);
        await retry('rate limited (429)', wait, true);
        continue;
      }
      if (RETRY_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const asked = retryAfterMs(response.headers.get('retry-after'), now());
        const wait = asked === null || asked <= backoff ? backoff : askedWait(`server error ${response.status}`, asked, response.status);
        await retry(`server error ${response.status}`, wait, false);
        continue;
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        await retry(`the body broke off (${connectionCause(error)})`, backoff, false);
        continue;
      }
      if (!response.ok) throw new UpstreamError(`${where}: ${options.upstream} answered ${response.status}${statusHint(response.status)}`, response.status);
      let body: unknown;
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        // A truncated page read as "no tickets" would silently lose data: retry, then fail.
        // Only a redacted, printable excerpt: the body may echo the request, Authorization header included.
        await retry(`the body is not JSON (${text.length} bytes, starts ${JSON.stringify(printableExcerpt(text, 20))})`, backoff, false);
        continue;
      }
      // A relative target is relative to this answer's URL (RFC 8288 §3.2), not to the helpdesk's root; the origin
      // is checked when the next page is asked for.
      const next = nextLink(response.headers.get('link'));
      return { body, next: next === null ? null : resolveAnywhere(next, url).href };
    }
  }

  return {
    getJson: async (pathOrUrl, kind) => (await getPage(pathOrUrl, kind)).body,
    getPage,
    get requests() { return requests; },
    get rateLimitWaitMs() { return rateLimitWaitMs; },
  };
}

/**
 * The rel="next" URL of a Link header (RFC 8288), as Freshdesk and GitHub send it. Read link by link, not split at
 * every comma: a target may hold commas (`include=stats,requester`) and so may a quoted parameter; `rel` may list
 * several relation types, compared without case.
 */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  let at = 0;
  while (at < header.length) {
    const open = header.indexOf('<', at);
    const close = open < 0 ? -1 : header.indexOf('>', open + 1);
    if (close < 0) return null;
    const target = header.slice(open + 1, close);
    // The link's parameters run to the first comma outside a quoted string.
    let end = close + 1;
    for (let quoted = false; end < header.length; end++) {
      const c = header[end];
      if (c === '"') quoted = !quoted;
      else if (c === '\\' && quoted) end++;
      else if (c === ',' && !quoted) break;
    }
    for (const param of header.slice(close + 1, end).matchAll(/;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;]+))/g)) {
      if (param[1]!.toLowerCase() !== 'rel') continue;
      if ((param[2] ?? param[3] ?? '').toLowerCase().split(/\s+/).includes('next')) return target;
      // A rel after the link's first is ignored (RFC 8288 §3.3).
      break;
    }
    at = end + 1;
  }
  return null;
}

function connectionCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

function statusHint(status: number): string {
  if (status === 404) return ' Not Found: check the subdomain or domain in standards/pipeline.yaml';
  if (status === 400 || status === 422) return ': the request was refused as invalid (an unsupported parameter?)';
  return '';
}

/** `Basic base64(user:password)`, registered for redaction with its parts. */
export function basicAuthorization(user: string, password: string): string {
  return runCredentials.basicAuthorization(user, password);
}

/**
 * A source's refusal of the stored cursor: not one it wrote (edited by hand, damaged, another version's). The cursor
 * is text from the store, so it is quoted as any untrusted value is (a few words, escapes shown), not copied.
 */
export function foreignCursorError(source: string, cursorText: string): UpstreamError {
  return new UpstreamError(`${source}: the stored cursor is not one this source wrote (${quotedValue(cursorText, 40)}): fetch with --since to start again`);
}

/**
 * A cursor of this source's shape whose position (`part`: where one list is read on from) is no instant: the file, the
 * value as read and the form a position has. Read on from a guess, a night could skip changes or re-read years.
 */
export function storedPositionError(source: string, part: string, value: unknown, nowMs: number): UpstreamError {
  return new UpstreamError(`${source}: the stored cursor (the store's cursor.json) gives ${part} as ${quotedJson(value, 40)}, which is not an instant: a position is UTC ISO 8601 such as 2026-11-12T10:00:00Z, no later than the fetch (${formatInstant(nowMs)}); fetch with --since to start again`);
}

/** A position later than any fetch could have stopped (isFuturePosition): read on from, it would read nothing, for good. */
export function futurePositionError(source: string, part: string, position: string, nowMs: number): UpstreamError {
  return new UpstreamError(`${source}: the stored cursor (the store's cursor.json) gives ${part} as ${position}, after the fetch (${formatInstant(nowMs)}): no fetch stopped there, and a night would read nothing from it; fetch with --since to start again`);
}

/** The value of a required environment variable, or an UpstreamError naming it. */
export function requiredEnv(env: Record<string, string | undefined>, name: string, what: string): string {
  const value = readCredential(env, name);
  if (value === undefined) {
    throw new UpstreamError(`${what}: the environment variable ${name} is not set: add it as a secret and pass it to the fetch step`);
  }
  return value;
}
