// No credential value ever reaches a message, a log line, a job summary, a report or a store file, whatever code
// wrote the text: ours, Octokit's (its error text carries the response body, and a proxy or a hostile server can
// echo the request's Authorization header in it), Node's. So redaction works on values, not on code paths:
//
// 1. Every credential the run reads is registered the moment it is read (`readCredential`, used by the sources'
//    `requiredEnv`, the GitHub client and the commands), with the forms it travels in: as it is, URL-encoded,
//    JSON-escaped, and the Basic-auth payloads built from it (`basicAuthorization`: base64 of `email/token:TOKEN`
//    and of `KEY:X`). A Bearer or `token` header carries the value as it is.
// 2. Every sink passes its text through here: the CLI's stdout and stderr (commands/io.ts), job summaries,
//    workflow annotations, error messages, and every file written under the store and the report
//    (store/atomic-write.ts).
//
// Messages are matched loosely: through the escapes our own renderers add (Markdown backslashes, HTML entities,
// the zero-width space after `@`, workflow commands' `%25`), and by fragments: any 8 characters of a token-like
// form, so an excerpt cut in the middle of an echoed header (`starts "Basic RkRTRUNS"`) is caught too. Stored text
// (ticket lines, the cursor, the report) is large, so it is searched for whole forms and for 8-character anchors
// taken every 4 characters of each form: any 11 characters of a credential (a tag the mapping cut to 120
// characters) show an anchor, and only then is the text scanned as a message is.
//
// The registry is per process, like the environment the values come from: the texts to clean are produced by
// code that never sees our objects (a library's error message, Node's warnings), so it cannot be passed along.

import { HIDDEN_CHARACTER, LINE_BREAK_CHARACTER } from './hidden-characters.ts';

export const REDACTED = '[redacted]';

/** Shorter values are not registered: redacting every 3-letter word would destroy messages and protect nothing. */
const MIN_SECRET_LENGTH = 6;
/** Fragment length: any run this long of a token-like form is treated as the token. */
const FRAGMENT = 8;
const ANCHOR_STRIDE = 4;

/** A credential value as it travels: the value, URL-encoded (both flavours) and JSON-escaped. */
function formsOf(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2), JSON.stringify(value).slice(1, -1)])];
}

/** An e-mail address is matched whole: its fragments (`acme.com`) are ordinary text elsewhere. */
function isIdentity(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value);
}

export class CredentialRegistry {
  /** Every form of every value, longest first. */
  #forms: string[] = [];
  #fragments = new Set<string>();
  /** Every 4th fragment of each form: a run of 11 characters of a form holds one. */
  #anchors: string[] = [];
  #values = new Set<string>();

  /** Whether any credential has been read: until then redaction costs nothing. */
  get active(): boolean {
    return this.#forms.length > 0;
  }

  /** Registers a credential value and the forms it travels in. */
  register(value: string): void {
    // Trimmed, as every reader uses it: the spaces around a pasted secret are not secret.
    const v = value.trim();
    if (v.length < MIN_SECRET_LENGTH || this.#values.has(v)) return;
    this.#values.add(v);
    const forms = formsOf(v);
    this.#forms = [...new Set([...this.#forms, ...forms])].sort((a, b) => b.length - a.length);
    if (isIdentity(v)) return;
    for (const form of forms) {
      for (let i = 0; i + FRAGMENT <= form.length; i++) this.#fragments.add(form.slice(i, i + FRAGMENT));
      for (let i = 0; i + FRAGMENT <= form.length; i += ANCHOR_STRIDE) this.#anchors.push(form.slice(i, i + FRAGMENT));
      if (form.length >= FRAGMENT) this.#anchors.push(form.slice(-FRAGMENT));
    }
  }

  /** `Basic base64(user:password)` for an Authorization header, with the user, the password and the payload registered. */
  basicAuthorization(user: string, password: string): string {
    const payload = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
    // Freshdesk's password is the literal `X`: too short to register, and no secret.
    this.register(user);
    this.register(password);
    this.register(payload);
    return `Basic ${payload}`;
  }

  /** Text for a message, a log line, a summary or an annotation, with every credential form replaced. */
  redactText(text: string): string {
    if (!this.active || text.length === 0) return text;
    // Most text has no escapes: then the view is the text itself.
    const { view, from, to } = HAS_ESCAPE.test(text) ? unescapedView(text) : { view: text, from: null, to: null };
    const marks: [number, number][] = [];
    for (const form of this.#forms) {
      for (let at = view.indexOf(form); at >= 0; at = view.indexOf(form, at + 1)) marks.push([at, at + form.length]);
    }
    if (this.#fragments.size > 0) {
      for (let i = 0; i + FRAGMENT <= view.length; i++) if (this.#fragments.has(view.slice(i, i + FRAGMENT))) marks.push([i, i + FRAGMENT]);
    }
    if (marks.length === 0) return text;
    // Back to the original text: a view range covers its first character's escape through its last one's.
    const ranges = marks.map(([a, b]) => [from ? from[a]! : a, to ? to[b - 1]! : b] as [number, number]).sort((x, y) => x[0] - y[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of ranges) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    let out = '';
    let at = 0;
    for (const [a, b] of merged) {
      out += text.slice(at, a) + REDACTED;
      at = b;
    }
    return out + text.slice(at);
  }

  /**
   * Text for a file under the store or the report. `fragments: false` for text made only of lines that were
   * redacted already (a day file assembled from ticket lines): whole forms only, which is what a 10 MB file affords.
   */
  redactStoredText(text: string, options: { fragments?: boolean } = {}): string {
    if (!this.active) return text;
    let out = text;
    for (const form of this.#forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    if (options.fragments === false || !this.#anchors.some((anchor) => out.includes(anchor))) return out;
    return this.redactText(out);
  }
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': '\'', '&#8203;': '' };
const ESCAPE = /\\(?=[!-/:-@[-`{-~])|&(?:amp|lt|gt|quot|#39|#8203);|\u200B|%25/g;
const HAS_ESCAPE = new RegExp(ESCAPE.source);

/**
 * The text with the escapes our renderers add undone, and for each character of the view where it starts and
 * ends in the original (`from[j]`, `to[j]` exclusive).
 */
function unescapedView(text: string): { view: string; from: number[]; to: number[] } {
  const from: number[] = [];
  const to: number[] = [];
  let view = '';
  let at = 0;
  const copy = (until: number) => {
    for (let i = at; i < until; i++) { view += text[i]; from.push(i); to.push(i + 1); }
  };
  for (const match of text.matchAll(ESCAPE)) {
    copy(match.index);
    const unit = match[0];
    const end = match.index + unit.length;
    if (unit === '\\') {
      // The backslash belongs to the character after it.
      view += text[end];
      from.push(match.index);
      to.push(end + 1);
      at = end + 1;
      continue;
    }
    const replacement = unit === '%25' ? '%' : unit === '\u200B' ? '' : ENTITIES[unit]!;
    for (const c of replacement) { view += c; from.push(match.index); to.push(end); }
    at = end;
  }
  copy(text.length);
  return { view, from, to };
}

/** The run's credentials: see the top of this file for why there is one per process. */
export const runCredentials = new CredentialRegistry();

/** Reads a credential from the environment and registers it; undefined when unset or blank. */
export function readCredential(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name];
  if (value === undefined || value.trim() === '') return undefined;
  runCredentials.register(value);
  return value.trim();
}

export const redactText = (function redactText(text: string): string {
  return runCredentials.redactText(text);
});

export const redactStoredText = (function redactStoredText(text: string, options: { fragments?: boolean } = {}): string {
  return runCredentials.redactStoredText(text, options);
});

/** A run of tabs and line breaks, which an excerpt shows as one space. */
const SPACING = new RegExp(`(?:\\t|${LINE_BREAK_CHARACTER.source})+`, 'g');

/**
 * At most `max` characters of a body or a library's message for an error line: redacted first (so a cut cannot
 * leave half a credential), then cut, then shown as printable text: tabs and line breaks (hidden-characters.ts) as a
 * space, every other hidden character (a terminal escape, a bidi override, a Hangul filler, a tag character) and
 * anything but letters, marks, digits, punctuation, symbols and the space as `?`. Not as escapes: callers quote the
 * excerpt with JSON.stringify, which would write `\u202e` as `\\u202e`; an excerpt of a body need not say which.
 */
export function printableExcerpt(text: string, max: number): string {
  const clean = redactText(text);
  const chars = [...clean];
  const cut = chars.length > max ? chars.slice(0, max).join('') : clean;
  return cut.replace(SPACING, ' ').replace(HIDDEN_CHARACTER, '?').replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '?');
}
