// Every text a document holds is published: on the site, in the Atom feed, in SVG badges, in GitHub issues. A
// control character shows there as nothing or a box, and makes an XML document malformed for every strict
// reader (XML 1.0 forbids most of them even escaped). YAML accepts them, raw or as `\x01` in double quotes, so
// this one check walks every text of a document, keys included, whatever field or kind it belongs to: no
// schema property can forget it.
//
// The one exception is configuration that is never published and is a single character by design: the parser
// settings of the CSV imports. A data warehouse's export is often delimited by "\x1f" (unit separator) or "\x01".
// They are named here, in one place; a test checks that every single-character setting of pipeline.schema.json is.

import type { Finding } from './findings.ts';
import { showHiddenCharacters } from './hidden-characters.ts';
import { labelOf } from './schema-validator.ts';
import type { PathSegment, SourceDocument } from './yaml-source.ts';

/** C0 controls but tab and line feed (prose keeps its tabs and line breaks), DEL and the C1 controls; lone
 * surrogates and U+FFFE/U+FFFF, which are not characters at all. */
const NOT_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;

/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069) reorder how text is shown. An override (U+202D, U+202E) shows
 * the text it covers in another order than it is written (a team name ending in U+202E shows its badge's ": breached"
 * backwards, and a sentence of the feed after it): never needed, always refused. An embedding or isolate closed in the
 * same line (U+2067 … U+2069) is how right-to-left writers set a phrase apart and reorders nothing outside itself:
 * allowed; one left open reorders what is shown after the text, so it is refused at the opener. The marks U+200E,
 * U+200F and U+061C reorder nothing beyond themselves and stay allowed.
 */
const REORDERS = /[\u202A-\u202E\u2066-\u2069]/u;
const OVERRIDES = new Set([0x202D, 0x202E]);
const EMBEDDINGS = new Set([0x202A, 0x202B]);
const ISOLATES = new Set([0x2066, 0x2067, 0x2068]);
const CLOSES_EMBEDDING = 0x202C;
const CLOSES_ISOLATE = 0x2069;

/** Where a text's bidirectional controls reach past it: the first override, or the first opener left open at a line's
 * end (closers paired as Unicode's bidirectional algorithm pairs them), with which; null when none does. */
export function reorderingPastText(text: string): { index: number; override: boolean } | null {
  if (!REORDERS.test(text)) return null;
  const open: { index: number; isolate: boolean }[] = [];
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0A;
    if (OVERRIDES.has(code)) return { index: i, override: true };
    if (EMBEDDINGS.has(code)) open.push({ index: i, isolate: false });
    else if (ISOLATES.has(code)) open.push({ index: i, isolate: true });
    else if (code === CLOSES_EMBEDDING) {
      if (open.length && !open.at(-1)!.isolate) open.pop();
    } else if (code === CLOSES_ISOLATE) {
      const last = open.findLastIndex((o) => o.isolate);
      if (last >= 0) open.length = last;
    } else if ((code === 0x0A || code === 0x0D) && open.length) return { index: open[0]!.index, override: false };
  }
  return null;
}

/** Parser settings, by document kind: paths of texts that are never published and may be a control character. */
export const PARSER_SETTINGS: Readonly<Record<string, readonly string[]>> = {
  Pipeline: ['source.csv.delimiter', 'source.qa.csv.delimiter', 'source.acknowledgements.csv.delimiter'],
};

export function controlCharacterFindings(source: SourceDocument): Finding[] {
  const kind = (source.data as { kind?: unknown } | null)?.kind;
  const exempt = new Set(typeof kind === 'string' && Object.hasOwn(PARSER_SETTINGS, kind) ? PARSER_SETTINGS[kind] : []);
  const findings: Finding[] = [];
  const report = (at: { line: number; col: number }, where: string, text: string) => {
    const index = text.search(NOT_TEXT);
    const code = text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0');
    findings.push({
      file: source.file, ...at, severity: 'error', rule: 'text',
      message: `${where} holds the invisible control character U+${code} (${excerpt(text, index)}): delete it; text may hold tabs and line breaks but no other control characters`,
    });
  };
  const reportReordering = (path: PathSegment[], text: string, at: { index: number; override: boolean }) => {
    const code = text.codePointAt(at.index)!.toString(16).toUpperCase().padStart(4, '0');
    findings.push({
      file: source.file, ...source.locateCharacter(path, text[at.index]!), severity: 'error', rule: 'text',
      message: at.override
        ? `${labelOf(path)} holds the bidirectional override U+${code} (${excerpt(text, at.index)}), which shows the text after it in another order than it is written, on the site and wherever it is quoted: delete it; right-to-left text shows right without it`
        : `${labelOf(path)} opens a bidirectional ${EMBEDDINGS.has(text.charCodeAt(at.index)) ? 'embedding' : 'isolate'} with U+${code} (${excerpt(text, at.index)}) and leaves it open at the end of the line, which reorders the text shown after it: close it in the same line (${EMBEDDINGS.has(text.charCodeAt(at.index)) ? 'U+202C' : 'U+2069'}) or delete it`,
    });
  };
  const visit = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') {
      if (NOT_TEXT.test(value) && !exempt.has(labelOf(path))) report(source.locateCharacter(path, value[value.search(NOT_TEXT)]!), labelOf(path), value);
      else {
        const reordering = reorderingPastText(value);
        if (reordering) reportReordering(path, value, reordering);
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (NOT_TEXT.test(key)) report(source.locateKey(path, key), `a key in ${labelOf(path)}`, key);
      visit(item, [...path, key]);
    }
  };
  visit(source.data, []);
  return findings;
}

/**
 * The text around the character, quoted as JSON is, with every hidden character (hidden-characters.ts) shown as its
 * escape (`\u0001`): the one this finding is about, and any other near it (a U+2028 JSON leaves as it is).
 */
function excerpt(text: string, index: number): string {
  // 30 UTF-16 units either side, widened to whole characters: a cut between a surrogate pair's halves would show one
  // as its escape (`\udc00`), a character the text does not hold.
  const lowHalf = (at: number) => /[\uDC00-\uDFFF]/.test(text.charAt(at)) && /[\uD800-\uDBFF]/.test(text.charAt(at - 1));
  let start = Math.max(0, index - 30);
  if (start > 0 && lowHalf(start)) start -= 1;
  let end = Math.min(text.length, index + 30);
  if (end < text.length && lowHalf(end)) end += 1;
  const shown = showHiddenCharacters(JSON.stringify(text.slice(start, end)).slice(1, -1));
  return `"${start > 0 ? '…' : ''}${shown}${end < text.length ? '…' : ''}"`;
}
