// The one GitHub client. Every GitHub call (the GitHub Issues source, the pull-request review comment, the
// corrective-action issues) goes through an Octokit made here, with the throttling plugin (primary and secondary
// rate limits, honouring `retry-after` and `x-ratelimit-reset`) and the retry plugin (5xx, resets, timeouts, after
// 1, 4, 9 s: `maxRetries` in all). GitHub asks clients to honour `retry-after` on any 403 or 429, but the throttling
// plugin only sees a rate limit in a message saying "secondary rate" or in `x-ratelimit-remaining: 0`: every other
// 403/429 with `retry-after` (a plain "Too Many Requests" from GitHub or a proxy) is waited out and retried here,
// once per attempt, so a limit the plugin handled is never waited for twice. The retry plugin's planning ignores a
// 5xx's `retry-after` (a maintenance window the server announced): a 5xx asking for longer than its backoff is
// waited out here instead. Both plugins wait in timers nothing can end, so their waits are made here (the plugins
// retry at once after them): a request stopped (SIGTERM, the client's or the caller's signal) ends at once,
// whatever it was waiting for, unretried.
// Nothing here reads the environment or the clock at import time: the token, the base URL, the time scale and
// the log are parameters, so tests point it at a local HTTP server and make a "60 s" wait take 60 ms.

import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { setTimeout as sleepFor } from 'node:timers/promises';
import { printableExcerpt, runCredentials } from '../model/credential-redaction.ts';
import { terminationSignal } from '../model/run-termination.ts';
import { MAX_REDIRECTS, REDIRECT_STATUSES, sameOriginTarget } from '../model/same-origin-target.ts';

/**
 * Waits out a retry's backoff (RequestAttempt.backoff, planned in createGitHubClient) before the request joins the
 * throttling plugin's queue: a plugin between the two, so its wrap runs on each of the retry plugin's sends, outside
 * the throttling plugin's. Waited inside the queue (in `fetch`), a request asleep held one of its slots: as many
 * 5xx retries asleep as requests go at once (CONCURRENT_REQUESTS) and every other request waited behind them.
 */
function backoffBeforeTheQueue(octokit: Pick<Octokit, 'hook'>, options: { serviceStandardsBackoff?: (request: RequestOptionsWithAttempt) => Promise<void>; [option: string]: unknown }) {
  const waitBackoff = options.serviceStandardsBackoff;
  if (waitBackoff) {
    octokit.hook.wrap('request', async (request, requestOptions) => {
      await waitBackoff(requestOptions as RequestOptionsWithAttempt);
      return request(requestOptions);
    });
  }
  return {};
}
interface RequestOptionsWithAttempt { request?: { signal?: AbortSignal | null; [ATTEMPT]?: RequestAttempt } }

// Plugins wrap the request in the order given, the first innermost: throttling (the queue and the rate limits), the
// backoff, then the retries, which send the request again through the two.
const GitHubOctokit = Octokit.plugin(throttling, backoffBeforeTheQueue, retry);

/** How many requests one client has in flight at once (the throttling plugin's global group). */
export const CONCURRENT_REQUESTS = 10;

/** Failures never retried; 403 and 429 are rate limits, retried only as the throttling plugin or `retry-after` say. */
const DO_NOT_RETRY = new Set([400, 401, 403, 404, 410, 422, 429, 451]);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

/** One request through the client, however often it is sent: what the wrap and the retry plugin's planning share. */
class RequestAttempt {
  /** Retries after a 5xx, a reset or a timeout so far, the plugin's and the wrap's: at most the request's limit in all. */
  serverWaits = 0;
  /** Seconds a 5xx asked for beyond the plugin's backoff, left for the wrap to wait out. */
  askedLonger: number | null = null;
  /** Seconds of the backoff the plugin planned, waited (abortably) just before the retry is sent. */
  backoff = 0;
}
/**
 * Where the wrap puts a request's mark in its own copy of the `request` options. A string key: Octokit copies those
 * options into a new object for every send, string keys only (a symbol reached the retry plugin only through the
 * client's shared defaults, which every request without options of its own wrote, so requests in flight together
 * read one another's mark); a class instance is copied by reference.
 */
const ATTEMPT = 'serviceStandardsAttempt';

/** A wait the client announced before retrying, for progress lines and for tests. */
export interface RateLimitWait {
  kind: 'rate-limit' | 'secondary-rate-limit' | 'retry-after' | 'server-error';
  /** Seconds GitHub asked us to wait (`retry-after`, or until `x-ratelimit-reset`), or the backoff after a 5xx. */
  seconds: number;
  method: string;
  url: string;
  attempt: number;
}

export interface GitHubClientOptions {
  /** Token for the `Authorization` header; undefined for anonymous calls (public data, tests). */
  token: string | undefined;
  /** REST endpoint; `https://api.github.com` unless GitHub Enterprise Server or a local fake. */
  baseUrl?: string;
  /** One line per rate-limit wait or retry; never receives the token. */
  log?: (line: string) => void;
  /** Called before every rate-limit wait. */
  onWait?: (wait: RateLimitWait) => void;
  /** Milliseconds per second of a `retry-after` and of the retry backoff: 1000 in production, small in tests. */
  millisecondsPerSecond?: number;
  /** Retries after a rate limit, and after a 5xx or a connection error, each. Default 3. */
  maxRetries?: number;
  /** Longest total of the `retry-after` waits of one request the throttling plugin does not handle. Default 900 s. */
  maxRetryAfterSeconds?: number;
  /** The clock an HTTP-date `retry-after` is read against: Date.now in production, fixed in tests. */
  now?: () => number;
  /** A request that has not answered after this long is aborted (and retried as a 5xx would be). Default 30 s. */
  requestTimeoutMs?: number;
  /** Minimum spacing of writes (POST, PATCH, PUT, DELETE), which GitHub asks integrations to keep at 1 s. */
  writeSpacingMs?: number;
  /** Aborted when the client's work is over: requests in flight or waiting stop at once, none is retried. */
  signal?: AbortSignal;
  /**
   * Every wait before a retry: resolves after `ms`, rejects at once when `signal` aborts. A timer in production;
   * tests hold the waits and end them when they choose.
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const DEFAULT_BASE_URL = 'https://api.github.com';

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  // Whoever read the token, every message of this run must leave it out (model/credential-redaction.ts).
  if (options.token) runCredentials.register(options.token);
  const log = options.log ?? (() => {});
  const maxRetries = options.maxRetries ?? 3;
  const perSecond = options.millisecondsPerSecond ?? 1000;
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const writeSpacingMs = options.writeSpacingMs ?? 1000;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 900;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number, signal: AbortSignal) => sleepFor(ms, undefined, { signal }));
  // A run stopped by SIGTERM or SIGINT (model/run-termination.ts), the client's signal, or the caller's for one
  // request (Octokit's `request: { signal }`) ends the request in flight and any wait before a retry at once.
  const stopped = options.signal ? AbortSignal.any([options.signal, terminationSignal]) : terminationSignal;
  const stopOf = (caller: AbortSignal | null | undefined): AbortSignal => (caller ? AbortSignal.any([caller, stopped]) : stopped);
  // The attempts whose 403/429 the throttling plugin took as a rate limit (it waited, or it gave up).
  const handledByThrottling = new WeakSet<object>();

  // What the throttling plugin has waited for each request: its waits count against `maxRetryAfterSeconds` too, so
  // a reset said to be a day off (a proxy's header, a clock far behind) fails the request with its 403 or 429 at
  // once instead of sleeping until the runner kills the job.
  const throttledSeconds = new WeakMap<object, number>();
  // The plugin waits before its retry in a timer nothing can end: a stopped request (a fatal answer to another
  // request, SIGTERM) slept on for up to the 900 s, the process with it. So the plugin is told to wait no time
  // (`retryAfterBaseValue: 0`) and the wait is made here, where the stop ends it: then no retry is asked for.
  const handleLimit = (kind: RateLimitWait['kind']) =>
    async (seconds: number, request: { method: string; url: string; request?: { signal?: AbortSignal | null } }, _octokit: unknown, retryCount: number): Promise<boolean> => {
      handledByThrottling.add(request);
      // A spent limit with no reset said (or one already past) gives 0 s: retried at once, it is spent again. GitHub
      // asks a client that is told no time to wait at least a minute.
      if (!(seconds > 0)) seconds = UNSTATED_LIMIT_WAIT_SECONDS;
      const wait: RateLimitWait = { kind, seconds, method: request.method, url: request.url, attempt: retryCount + 1 };
      if (retryCount >= maxRetries) {
        log(`github: ${kind} on ${request.method} ${request.url}; giving up after ${retryCount} retries`);
        return false;
      }
      const waited = throttledSeconds.get(request) ?? 0;
      if (waited + seconds > maxRetryAfterSeconds) {
        log(`github: ${kind} on ${request.method} ${request.url}; giving up: waiting ${seconds} s more would pass the ${maxRetryAfterSeconds} s limit on waiting (${waited} s waited)`);
        return false;
      }
      throttledSeconds.set(request, waited + seconds);
      options.onWait?.(wait);
      log(`github: ${kind} on ${request.method} ${request.url}; waiting ${seconds} s (retry ${retryCount + 1} of ${maxRetries})`);
      try {
        await sleep(seconds * perSecond, stopOf(request.request?.signal));
      } catch {
        return false;
      }
      return true;
    };

  // Bottleneck groups are module-wide in the plugin; ours are per client so one client's spacing never slows
  // another's (tests run many clients side by side).
  // The plugin reads these groups from its options but does not declare them in its types.
  const group = (settings: Bottleneck.ConstructorOptions) => new Bottleneck.Group(settings);
  const limiters = {
    global: group({ maxConcurrent: CONCURRENT_REQUESTS }),
    auth: group({ maxConcurrent: 1 }),
    search: group({ maxConcurrent: 1, minTime: 2 * writeSpacingMs }),
    write: group({ maxConcurrent: 1, minTime: writeSpacingMs }),
    notifications: group({ maxConcurrent: 1, minTime: 3 * writeSpacingMs }),
  };
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const origin = new URL(baseUrl).origin;
  /**
   * fetch, with redirects followed here and only on the API's origin (at most MAX_REDIRECTS). fetch itself follows one
   * anywhere: to another origin it drops the token but reads that origin's answer as GitHub's (issues the corrective
   * actions act on, a pull request's files). A renamed repository's 301 (or 307 for a write) stays on the API.
   */
  const fetchOnTheApi = async (input: string | URL | Request, init: RequestInit): Promise<Response> => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    let request: RequestInit = { ...init, redirect: 'manual' };
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, request);
      const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
      if (location === null || location === '') return response;
      await response.body?.cancel();
      if (redirects >= MAX_REDIRECTS) throw new RedirectRefusedError(`${url.pathname} was redirected more than ${MAX_REDIRECTS} times`);
      const checked = sameOriginTarget(location, url, origin);
      switch (checked.refused) {
        case 'not a URL': throw new RedirectRefusedError(`refusing to follow a redirect to ${JSON.stringify(printableExcerpt(location, 80))}, which is not a URL`);
        case 'user name or password': throw new RedirectRefusedError('refusing to follow a redirect to a URL with a user name or password before its host');
        case 'another origin': throw new RedirectRefusedError(`refusing to follow a redirect to ${checked.origin}: the API is ${origin}`);
      }
      const target = checked.url;
      // 303, and 301 or 302 after a POST, are asked again with GET and no body (RFC 9110 §15.4, as fetch does).
      const method = (request.method ?? 'GET').toUpperCase();
      if ((response.status === 303 && method !== 'GET' && method !== 'HEAD') || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        request = { ...request, method: 'GET', body: null };
      }
      url = target;
    }
  };
  const octokit = new GitHubOctokit({
    auth: options.token,
    baseUrl,
    userAgent: 'service-standards',
    log: { debug: () => {}, info: () => {}, warn: (message: string) => log(`github: ${message}`), error: (message: string) => log(`github: ${message}`) },
    request: {
      // The timeout ends this attempt (retried below), and the caller's signal, the client's and the run's stop it.
      fetch: (input: string | URL | Request, init?: RequestInit) => fetchOnTheApi(input, { ...init, signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), stopOf(init?.signal)]) }),
    },
    // The retry plugin's backoff, waited before the request is queued again, where a stop ends it.
    serviceStandardsBackoff: async (requestOptions: RequestOptionsWithAttempt) => {
      const attempt = requestOptions.request?.[ATTEMPT];
      if (attempt === undefined || attempt.backoff === 0) return;
      const seconds = attempt.backoff;
      attempt.backoff = 0;
      await sleep(seconds * perSecond, stopOf(requestOptions.request?.signal));
    },
    throttle: {
      onRateLimit: handleLimit('rate-limit'),
      onSecondaryRateLimit: handleLimit('secondary-rate-limit'),
      // Waited in handleLimit, abortably.
      retryAfterBaseValue: 0,
      ...limiters,
    },
    // 403 and 429 are rate limits, which the throttling plugin or the `retry-after` wrap below retry.
    retry: { retries: maxRetries, retryAfterBaseValue: perSecond, doNotRetry: [...DO_NOT_RETRY] },
  });
  // The retry plugin retries a 5xx, a reset or a timeout, planning each retry through `octokit.retry.retryRequest`;
  // its wait ignores the server's `retry-after` and cannot be cut short. So a stopped request is planned no retry, a
  // 5xx asking for longer than the backoff is handed to the wrap below, which waits it out (abortably, within
  // `maxRetryAfterSeconds`) and sends the request again through the plugin, and the retries of both count against
  // one limit (`request.retries`, or `maxRetries`): the nth waits n² s (1, 4, 9), wherever the plugin's count restarted.
  // The plugin is planned a retry at once and the backoff is waited before the request is queued again
  // (backoffBeforeTheQueue), abortably: in the plugin's timer, a fatal answer to another request or SIGTERM left the
  // request (and the process) asleep for up to 9 s.
  // The plan is kept on a mark the wrap puts in the request's own copy of its `request` options (ATTEMPT).
  const planRetry = octokit.retry.retryRequest;
  octokit.retry.retryRequest = (error, retries, backoff) => {
    const sent = error.request.request as { signal?: AbortSignal | null; [ATTEMPT]?: RequestAttempt } | undefined;
    // A refused redirect (Octokit reads what fetch throws as a 500) would be refused again.
    if (stopOf(sent?.signal).aborted || (error as { cause?: unknown }).cause instanceof RedirectRefusedError) return planRetry(error, 0, 0);
    const attempt = sent?.[ATTEMPT];
    if (!(attempt instanceof RequestAttempt)) return planRetry(error, retries, backoff);
    if (attempt.serverWaits >= retries) return planRetry(error, 0, 0);
    const due = (attempt.serverWaits + 1) ** 2;
    const asked = retryAfterSeconds(String(error.response?.headers?.['retry-after'] ?? ''), now());
    if (asked !== null && asked > due) {
      attempt.askedLonger = asked;
      return planRetry(error, 0, 0);
    }
    const serverAttempt = ++attempt.serverWaits;
    const { method, url } = error.request;
    options.onWait?.({ kind: 'server-error', seconds: due, method, url: String(url), attempt: serverAttempt });
    log(`github: ${error.status} on ${method} ${String(url)}${repositoryOf(error.request as unknown as Record<string, unknown>)}; waiting ${due} s (retry ${serverAttempt} of ${retries})`);
    attempt.backoff = due;
    return planRetry(error, retries, 0);
  };
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const stop = stopOf(requestOptions.request?.signal);
    const method = requestOptions.method;
    const url = String(requestOptions.url);
    const where = `${method} ${url}${repositoryOf(requestOptions)}`;
    const stoppedError = () => new RequestStoppedError(`${where} was stopped before GitHub answered (${reasonOf(stop.reason)})`);
    const waitSeconds = async (seconds: number) => {
      try {
        await sleep(seconds * perSecond, stop);
      } catch {
        throw stoppedError();
      }
    };
    // Seconds waited on `retry-after`s (a 403 or 429's, and a 5xx's beyond its backoff): `maxRetryAfterSeconds` in all.
    let waited = 0;
    let retries = 0;
    // `request: { retries: 0 }` for a write that must not be sent twice (a created issue or comment).
    const serverRetryLimit = (requestOptions.request as { retries?: number } | undefined)?.retries ?? maxRetries;
    const attempt = new RequestAttempt();
    // The request's own copy: without options of its own, `request` is the client's defaults, shared by every request
    // (and the plugins write their retry counts into it).
    const signal = AbortSignal.any([stop]);
    requestOptions.request = { ...requestOptions.request, signal, [ATTEMPT]: attempt } as typeof requestOptions.request;
    for (;;) {
      if (stop.aborted) throw stoppedError();
      handledByThrottling.delete(requestOptions);
      try {
        return await request(requestOptions);
      } catch (error) {
        // Whatever the failure looks like (Octokit reads an aborted fetch as a 500), a stopped request is not retried.
        if (stop.aborted) throw stoppedError();
        const cause = (error as { cause?: unknown }).cause;
        if (cause instanceof RedirectRefusedError) throw cause;
        const status = (error as { status?: number }).status;
        const header = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers?.['retry-after'];
        if (status === 403 || status === 429) {
          if (handledByThrottling.has(requestOptions)) throw error;
          // The older "abuse detection" 403 is a secondary limit the throttling plugin does not know by its message;
          // without a retry-after, GitHub asks for at least a minute.
          const secondary = status === 403 && /abuse detection|secondary rate limit/i.test(String((error as { message?: unknown }).message ?? ''));
          const seconds = retryAfterSeconds(header, now()) ?? (secondary ? UNSTATED_LIMIT_WAIT_SECONDS : null);
          if (seconds === null) throw error;
          if (retries >= maxRetries || waited + seconds > maxRetryAfterSeconds) {
            const why = retries >= maxRetries
              ? `gave up after ${retries} ${retries === 1 ? 'retry' : 'retries'} (${waited} s waited)`
              : `gave up: ${seconds} s more would pass the ${maxRetryAfterSeconds} s limit on waiting (${waited} s waited, ${retries} ${retries === 1 ? 'retry' : 'retries'})`;
            log(`github: ${status} with retry-after on ${where}; ${why}`);
            throw new RetryAfterExhaustedError(`GitHub answered ${status} to ${where} and asked to retry after ${seconds} s; ${why} — the limit did not clear: run again later`, status, error);
          }
          options.onWait?.({ kind: 'retry-after', seconds, method, url, attempt: retries + 1 });
          log(`github: ${status} with retry-after on ${where}; waiting ${seconds} s (retry ${retries + 1} of ${maxRetries})`);
          await waitSeconds(seconds);
          waited += seconds;
          retries++;
          continue;
        }
        // A 5xx, a reset or a timeout: the retry plugin retried it after its backoff, unless the server asked for
        // longer (a service down for maintenance: RFC 9110 §10.2.3), which is waited out here.
        const asked = attempt.askedLonger;
        if (asked === null || attempt.serverWaits >= serverRetryLimit) throw error;
        attempt.askedLonger = null;
        if (waited + asked > maxRetryAfterSeconds) {
          const why = `past the ${maxRetryAfterSeconds} s one request waits in all (${waited} s waited)`;
          log(`github: ${status} with retry-after on ${where}; giving up: ${asked} s more would pass the ${maxRetryAfterSeconds} s limit on waiting (${waited} s waited)`);
          throw new RetryAfterExhaustedError(`GitHub answered ${status} to ${where} and asked to retry after ${asked} s, ${why}: run again later`, status ?? 500, error);
        }
        waited += asked;
        const serverAttempt = ++attempt.serverWaits;
        options.onWait?.({ kind: 'server-error', seconds: asked, method, url, attempt: serverAttempt });
        log(`github: ${status} on ${where}; waiting ${asked} s (retry ${serverAttempt} of ${serverRetryLimit})`);
        await waitSeconds(asked);
      }
    }
  });
  // Pagination follows the `link` header wherever it points, with the token: a next page on another origin (a
  // hostile or misconfigured proxy) is refused before the request is sent.
  octokit.hook.before('request', (request) => {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(String(request.url))) return;
    const checked = sameOriginTarget(String(request.url), undefined, origin);
    // A user name or password is not part of the origin, but fetch refuses such a URL with a TypeError, which Octokit
    // reads as a 500 (retried).
    if (checked.refused === 'not a URL') throw new Error('refusing to send the token to a next-page link that is not a URL');
    if (checked.refused === 'user name or password') throw new Error('refusing to send the token to a URL with a user name or password before its host: a next-page link pointed there');
    if (checked.refused === 'another origin') throw new Error(`refusing to send the token to ${checked.origin}: the API is ${origin}, and a next-page link pointed elsewhere`);
  });
  // Octokit reads a body that broke off as "" (or as nothing) and hands it over as the answer: a truncated listing
  // of issues would read as "there are none", and the corrective actions would open them all again.
  octokit.hook.after('request', (response, request) => {
    if (response.status === 204 || response.status === 205 || request.method === 'HEAD') return;
    if (response.data === undefined || response.data === '') {
      throw new UnreadableResponseError(`GitHub answered ${request.method} ${new URL(String(request.url), 'http://github.invalid').pathname} with ${response.status} but the body broke off or was empty: a truncated answer, or not the API`);
    }
  });
  return octokit;
}

/** What a rate limit that names no time is waited (GitHub: "wait for at least one minute before retrying"). */
const UNSTATED_LIMIT_WAIT_SECONDS = 60;

/** `retry-after` in seconds: a whole number of seconds or an HTTP date (RFC 9110 §10.2.3); null if neither. */
export function retryAfterSeconds(value: string | undefined, nowMs: number): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** " for owner/repo" when the request is about one repository (its parameters, or a next-page URL's path). */
function repositoryOf(request: Record<string, unknown>): string {
  if (typeof request.owner === 'string' && typeof request.repo === 'string') return ` for ${request.owner}/${request.repo}`;
  const match = /\/repos\/([A-Za-z0-9._-]+)\/([A-Za-z0-9._-]+)/.exec(String(request.url));
  return match ? ` for ${match[1]}/${match[2]}` : '';
}

/** A 403/429 whose `retry-after` was waited out as often and as long as allowed, and still came back. */
export class RetryAfterExhaustedError extends Error {
  override name = 'RetryAfterExhaustedError';
  readonly status: number;
  constructor(message: string, status: number, cause: unknown) {
    super(message, { cause });
    this.status = status;
  }
}

/** A request stopped by the caller's signal, the client's, or the run's (SIGTERM, SIGINT): never retried. */
export class RequestStoppedError extends Error {
  override name = 'RequestStoppedError';
}

function reasonOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : reason === undefined ? 'aborted' : String(reason);
}

/** A redirect the client would not follow (elsewhere, or too many): not retried, shown as it is. */
export class RedirectRefusedError extends Error {
  override name = 'RedirectRefusedError';
}

/** A response whose body could not be read: treated like a 5xx (the write it answers may have happened). */
export class UnreadableResponseError extends Error {
  override name = 'UnreadableResponseError';
  readonly status = 502;
}

/** How much of Octokit's error text a line shows: it is the response body, or a JavaScript error quoting it. */
const MESSAGE_EXCERPT = 200;

/**
 * One line for a failed GitHub call, naming what to fix. `tokenEnv` is the environment variable the token came
 * from, so a 401 says which secret to check; the token itself never appears. Octokit's own text (the response
 * body, which a proxy or a hostile server can make echo the request) is shown redacted, cut and printable only.
 */
export function describeGitHubError(error: unknown, what: string, tokenEnv?: string): string {
  const status = (error as { status?: number }).status;
  const message = printableExcerpt((error as Error).message ?? String(error), MESSAGE_EXCERPT);
  const token = tokenEnv ? `the token in ${tokenEnv}` : 'the token';
  if (error instanceof UnreadableResponseError || error instanceof RetryAfterExhaustedError || error instanceof RequestStoppedError) return `${what}: ${message}`;
  switch (status) {
    case 401:
      return `${what}: GitHub refused ${token} (401 Bad credentials): create a new token and update the secret`;
    case 403:
      return `${what}: GitHub answered 403 (${message}): ${token} lacks a permission this call needs, or the rate limit did not clear after the retries`;
    case 404:
      return `${what}: GitHub answered 404: the repository, pull request or issue does not exist, or ${token} cannot see it`;
    case 410:
      return `${what}: GitHub answered 410 Gone: the resource was deleted or the feature is disabled (issues turned off?)`;
    case 422:
      return `${what}: GitHub rejected the request (422 ${message})`;
    default:
      return status ? `${what}: GitHub answered ${status} (${message})` : `${what}: ${message}`;
  }
}
