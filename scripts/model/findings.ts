// A finding is one problem in one place. Validation returns findings as data; only the CLI prints them.

import { joinsHere, keptLineBreakOrJoin, showHiddenCharacters } from './hidden-characters.ts';

// node:util without an import: see cli.ts (an import of it costs every run ≈ 4 ms of start-up).
const { styleText } = process.getBuiltinModule('node:util');

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Path relative to the repository root, forward slashes. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  col: number;
  severity: Severity;
  /** Plain sentence: what is wrong, the value, and what would be right. */
  message: string;
  /** Which check produced it, e.g. `schema`, `yaml`, `duplicate-id`, `reference`. */
  rule: string;
}

/**
 * By file, line, column and message, files and messages in the order of `localeCompare` (what people read: `B.yaml`
 * after `a.yaml`, `é` beside `e`, and in the run's own locale). That order is not code units' for every path or
 * message a repository can hold (case, accents, `_` before `-`, a locale's own letters such as Czech "ch"), so it is
 * kept; but identical texts are equal without it: the first `localeCompare` of a process loads ICU's collation data
 * (≈ 9 ms of CPU), which a run whose findings are all in one file, the usual warm evaluate, no longer pays.
 */
export const sortFindings = (function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => localeOrder(a.file, b.file) || a.line - b.line || a.col - b.col || localeOrder(a.message, b.message),
  );
});

/** `a.localeCompare(b)`, without asking ICU when the texts are the same (then it is 0 in every locale). */
function localeOrder(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

export const hasErrors = (function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
});

/**
 * `text` as a finding prints it: every hidden character (hidden-characters.ts: controls a terminal obeys, as ESC
 * starts a sequence that can recolour, retitle or clear the screen; line breaks, as one finding is one line; the
 * bidirectional controls that reorder what is shown after them, as a file name ending in U+202E shows the rest of the
 * line backwards; characters shown as nothing) written as its escape (`\u001b`). A finding quotes file names and
 * values from the repository, which may hold any of them. Tab stays, and a joining character where it joins
 * (hidden-characters.ts `joinsHere`: a Persian name's ZWNJ, an emoji's ZWJ); with `keepLineBreaks`, `\n` and `\r\n` stay too
 * (an annotation's message escapes them itself, as `%0A`; `explain` prints lines).
 */
export const shownText = (function shownText(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return showHiddenCharacters(text, options.keepLineBreaks ? keptLineBreakOrJoin : joinsHere);
});

export const findingLocation = (function findingLocation(f: Finding): string {
  const file = shownText(f.file);
  return f.line > 0 ? `${file}:${f.line}:${f.col}` : file;
});

/** `file:line:col error: message [rule]`, one per line, grouped by file, then a count. */
export const formatFindings = (function formatFindings(findings: readonly Finding[], options: { color?: boolean } = {}): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) =>
    options.color ? styleText(style, text, { validateStream: false }) : text;
  const lines: string[] = [];
  for (const f of sortFindings(findings)) {
    const severity = f.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning');
    lines.push(`${paint('bold', findingLocation(f))} ${severity}: ${shownText(f.message)} ${paint('dim', `[${f.rule}]`)}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const files = new Set(findings.map((f) => f.file)).size;
  if (findings.length > 0) {
    lines.push('', `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}`);
  }
  return lines.join('\n');
});

export const plural = (function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
});
