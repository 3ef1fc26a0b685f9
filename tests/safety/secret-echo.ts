// A hostile or misconfigured upstream that reflects the request, Authorization header and query string included,
// in every kind of answer; and the check that no output of a run holds a credential in any form it travels in.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FakeAnswer, FakeHandler, RecordedRequest } from '../fakes/http-fake.ts';

/** What the upstream answers with (after the first answer, every request is refused with a reflecting 401). */
export const ECHO_MODES = ['ok-text', 'ok-json', 'redirect', 'multiple-choices', 'unauthorized', 'forbidden', 'server-error', 'truncated'] as const;
export type EchoMode = (typeof ECHO_MODES)[number];

/**
 * The request as a reflecting server shows it: the Authorization header's value first (as a bare echo of it
 * would), then the request line (query string as sent) and every header.
 */
export function reflection(request: RecordedRequest): string {
  return [String(request.headers.authorization ?? ''), `${request.method} ${request.url}`, ...Object.entries(request.headers).map(([name, value]) => `${name}: ${String(value)}`)].join('\n');
}

/**
 * `inner` answers like the real API; `reflectInto` puts the request's Authorization header into fields of a JSON
 * answer (a cursor, labels, tags) for `ok-json`, so it would reach the store if nothing stopped it.
 */
export function echoHandler(mode: EchoMode, inner: FakeHandler, reflectInto: (request: RecordedRequest, answer: FakeAnswer) => FakeAnswer = (_r, a) => a): FakeHandler {
  return async (request, served) => {
    const text = reflection(request);
    const first = served.filter((r) => r.path !== '/redirected').length === 1;
    const refused: FakeAnswer = { status: 401, json: { message: text } };
    switch (mode) {
      case 'ok-json':
        return reflectInto(request, await inner(request, served));
      case 'ok-text':
        return first ? { status: 200, headers: { 'content-type': 'text/plain' }, text } : refused;
      case 'redirect':
        // The redirect puts the whole reflection, URL-encoded, into the next request's query string.
        if (request.path === '/redirected') return { status: 200, headers: { 'content-type': 'text/plain' }, text };
        return first ? { status: 302, headers: { location: `/redirected?echo=${encodeURIComponent(text)}`, 'content-type': 'text/plain' }, text } : refused;
      case 'multiple-choices':
        return first ? { status: 300, headers: { 'content-type': 'text/plain' }, text } : refused;
      case 'unauthorized':
        return refused;
      case 'forbidden':
        return { status: 403, json: { message: text } };
      case 'server-error':
        return first ? { status: 503, json: { message: text } } : refused;
      case 'truncated': {
        const body = JSON.stringify({ echo: text });
        return first ? { status: 200, headers: { 'content-type': 'application/json' }, text: body, truncateAt: Math.floor(body.length / 2) } : refused;
      }
    }
  };
}

/** A random-looking secret of `length` characters, different for each name (so one test's redaction cannot hide another's leak). */
export function secretFor(name: string, length = 32): string {
  return createHash('sha256').update(name).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, length);
}

export interface Credentials {
  /** Values matched whole (e-mail addresses). */
  identities: string[];
  /** Token-like values: any 8 characters of any of their forms count as a leak. */
  tokens: string[];
}

/** Every form the credentials travel in: as they are, URL-encoded, and the Basic-auth payloads given. */
export function credentialForms(values: Credentials, basic: [string, string][] = []): { whole: string[]; fragmented: string[] } {
  const encoded = (v: string) => [v, encodeURIComponent(v)];
  const payloads = basic.map(([user, password]) => Buffer.from(`${user}:${password}`).toString('base64'));
  return { whole: values.identities.flatMap(encoded), fragmented: [...values.tokens, ...payloads].flatMap(encoded) };
}

/** Output as a reader sees it: Markdown backslashes, the entities and zero-width spaces of our renderers undone. */
function asRead(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#8203;|\u200B/g, '')
    .replace(/&amp;/g, '&')
    .replace(/%25/g, '%');
}

const FRAGMENT = 8;

/** Each place where an output holds a credential form or 8 characters of one: `output: what`. */
export function findLeaks(outputs: Record<string, string>, forms: { whole: string[]; fragmented: string[] }): string[] {
  const found: string[] = [];
  for (const [where, raw] of Object.entries(outputs)) {
    const text = asRead(raw);
    for (const form of forms.whole) if (text.includes(form)) found.push(`${where}: ${form}`);
    for (const form of forms.fragmented) {
      for (let i = 0; i + FRAGMENT <= form.length; i++) {
        const piece = form.slice(i, i + FRAGMENT);
        if (text.includes(piece)) { found.push(`${where}: ${piece} (of ${form.slice(0, 6)}…)`); break; }
      }
    }
  }
  return found;
}

/** Every file under `dir`, as `dir/relative path` → its bytes as text (binary files too: a secret is bytes). */
export function filesUnder(dir: string, label: string): Record<string, string> {
  const out: Record<string, string> = {};
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return out;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry);
    if (statSync(file).isFile()) out[`${label}/${entry}`] = readFileSync(file).toString('latin1');
  }
  return out;
}
