// A URL a server points a client at (a redirect's Location, a next page's link) is asked with the run's credentials.
// Both HTTP clients, GitHub's (github/client.ts) and the helpdesks' (sources/helpdesk-http.ts), follow one only on
// the origin they were given, never to a URL with a user name or password before its host (fetch refuses such a URL
// with a TypeError, read as a dropped connection and retried, whose message quotes the URL, password included), and
// give up on a request redirected a sixth time. The check is here once; each client words the refusal its own way.

/** The answers a client follows to their Location. */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/** Redirects one request follows; the next one is refused. */
export const MAX_REDIRECTS = 5;

/** Where a target points, or why the credentials must not follow it there. */
export type SameOriginTarget =
  | { url: URL; refused?: undefined }
  | { refused: 'not a URL' | 'user name or password' }
  | { refused: 'another origin'; origin: string };

/** `target` (absolute, or relative to `base`) checked against `origin`, the only one the credentials go to. */
export function sameOriginTarget(target: string, base: string | URL | undefined, origin: string): SameOriginTarget {
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return { refused: 'not a URL' };
  }
  if (url.username !== '' || url.password !== '') return { refused: 'user name or password' };
  if (url.origin !== origin) return { refused: 'another origin', origin: url.origin };
  return { url };
}
