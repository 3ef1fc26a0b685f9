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
import { labelOf } from './schema-validator.ts';
import type { PathSegment, SourceDocument } from './yaml-source.ts';

/** C0 controls but tab and line feed (prose keeps its tabs and line breaks), DEL and the C1 controls; lone
 * surrogates and U+FFFE/U+FFFF, which are not characters at all. */
const NOT_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder how everything after
 * them in the line is shown, past the text they stand in (a team name ending in U+202E shows its badge's ": breached"
 * backwards, and a sentence of the feed after it). Right-to-left text needs none of them to show right; the marks
 * U+200E, U+200F and U+061C, which reorder nothing beyond themselves, stay allowed.
 */
const REORDERS = /[\u202A-\u202E\u2066-\u2069]/u;

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
  const reportReordering = (path: PathSegment[], text: string) => {
    const index = text.search(REORDERS);
    const code = text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0');
    findings.push({
      file: source.file, ...source.locateCharacter(path, text[index]!), severity: 'error', rule: 'text',
      message: `${labelOf(path)} holds the bidirectional control character U+${code} (${excerpt(text, index)}), which reorders how the text after it is shown, on the site and wherever it is quoted: delete it; right-to-left text shows right without it`,
    });
  };
  const visit = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') {
      if (NOT_TEXT.test(value) && !exempt.has(labelOf(path))) report(source.locateCharacter(path, value[value.search(NOT_TEXT)]!), labelOf(path), value);
      else if (REORDERS.test(value)) reportReordering(path, value);
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

/** The text around the character, quoted as JSON is, with every control character shown as its escape (`\u0001`). */
function excerpt(text: string, index: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + 30);
  const shown = JSON.stringify(text.slice(start, end)).slice(1, -1)
    .replace(new RegExp(`${NOT_TEXT.source}|${REORDERS.source}`, 'gu'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${start > 0 ? '…' : ''}${shown}${end < text.length ? '…' : ''}"`;
}
