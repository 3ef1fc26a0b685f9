// How prose changed, in the words a reviewer reads. A word diff whose tokens are whole words, whole numbers
// (`97.1%`, `€250`, `1h30m`, `2026-11-20`) and whole URLs, so `97.1%` → `96.4%` is one swap, not four; and for
// text of several paragraphs (a policy, an SOP step's instructions) only the changed paragraphs, each with one
// unchanged paragraph of context, like the hunks of a diff.

import { diffArrays } from 'diff';
import type { FieldChange, WordDiff } from './review-data.ts';

export type ProseHunk = NonNullable<FieldChange['hunks']>[number];

const TOKEN = new RegExp([
  'https?://[^\\s<>()\\[\\]"]*[^\\s<>()\\[\\]".,;:!?\'’]', // a URL, without the sentence's closing punctuation
  '[€$£]?\\d+(?:[.,:/-]\\d+)*(?:%|(?:[a-zA-Z]{1,3}\\d+)*[a-zA-Z]{1,3}\\b)?', // 97.1%, €250, 1h30m, 2026-11-20, 09:00
  '[\\p{L}\\p{N}_]+(?:[\'’-][\\p{L}\\p{N}_]+)*', // a word, with its apostrophes and hyphens
  '\\s+',
  '.',
].join('|'), 'gsu');

/**
 * The most tokens (words, numbers, spaces) or paragraphs added or removed a diff looks for. A diff's cost grows with the
 * text's length times the edits it needs, and a pull request chooses both: two 8,000-word versions of a step, rewritten
 * from end to end, took 20 s with the site's word diff, and a document may hold 1 MiB. Past the bound the text (or
 * each paragraph in turn) reads as removed and replaced, which is what such a rewrite is.
 */
export const MAX_EDITS = 1000;

export function proseTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * A word-level diff of `before` → `after`. Between two changes, a run of only spaces belongs to both sides, so
 * `a b c` → `x y z` reads as one removed and one added phrase rather than three swaps.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const parts: WordDiff = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) parts.push({ text: removed, change: 'removed' });
    if (added) parts.push({ text: added, change: 'added' });
    removed = '';
    added = '';
  };
  const changes = diffArrays(proseTokens(before), proseTokens(after), { maxEditLength: MAX_EDITS });
  if (changes === undefined) return [{ text: before, change: 'removed' }, { text: after, change: 'added' }];
  changes.forEach((c, i) => {
    const text = c.value.join('');
    if (c.added) added += text;
    else if (c.removed) removed += text;
    else if (/^\s+$/.test(text) && (removed || added) && i < changes.length - 1) {
      removed += text;
      added += text;
    } else {
      flush();
      parts.push({ text, change: 'same' });
    }
  });
  flush();
  return parts;
}

export function paragraphsOf(text: string): string[] {
  return text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== '');
}

type Change = { value: string[]; added: boolean; removed: boolean };

/** Paragraphs compared by position, in one pass (past MAX_EDITS): the same kept, a different one reworded. */
function positionalChanges(was: readonly string[], now: readonly string[]): Change[] {
  const changes: Change[] = [];
  for (let k = 0; k < Math.max(was.length, now.length); k++) {
    const x = was[k];
    const y = now[k];
    if (x === y) changes.push({ value: [x!], added: false, removed: false });
    else {
      if (x !== undefined) changes.push({ value: [x], added: false, removed: true });
      if (y !== undefined) changes.push({ value: [y], added: true, removed: false });
    }
  }
  return changes;
}

type Row = { change: 'same' | 'added' | 'removed' | 'changed'; before: string | null; after: string | null; number: number };

/**
 * The changed paragraphs of a multi-paragraph text, each hunk with up to one unchanged paragraph before and after.
 * A removed paragraph followed by an added one is one paragraph reworded.
 */
export function paragraphHunks(before: string, after: string): ProseHunk[] {
  const rows: Row[] = [];
  let number = 0;
  const was = paragraphsOf(before);
  const now = paragraphsOf(after);
  const changes = diffArrays(was, now, { maxEditLength: MAX_EDITS }) ?? positionalChanges(was, now);
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (!c.added && !c.removed) {
      for (const p of c.value) rows.push({ change: 'same', before: p, after: p, number: ++number });
    } else if (c.removed && changes[i + 1]?.added) {
      const added = changes[++i]!.value;
      const n = Math.max(c.value.length, added.length);
      for (let k = 0; k < n; k++) {
        const x = c.value[k] ?? null;
        const y = added[k] ?? null;
        rows.push({ change: x !== null && y !== null ? 'changed' : x !== null ? 'removed' : 'added', before: x, after: y, number: y !== null ? ++number : number + 1 });
      }
    } else {
      for (const p of c.value) rows.push(c.added ? { change: 'added', before: null, after: p, number: ++number } : { change: 'removed', before: p, after: null, number: number + 1 });
    }
  }
  const show = new Set<number>();
  rows.forEach((row, i) => {
    if (row.change === 'same') return;
    for (const j of [i - 1, i, i + 1]) if (j >= 0 && j < rows.length) show.add(j);
  });
  const hunks: ProseHunk[] = [];
  let current: ProseHunk | null = null;
  rows.forEach((row, i) => {
    if (!show.has(i)) {
      current = null;
      return;
    }
    if (!current) {
      current = { start: row.number, paragraphs: [] };
      hunks.push(current);
    }
    const words: WordDiff = row.change === 'changed' ? wordDiff(row.before!, row.after!)
      : [{ text: (row.after ?? row.before)!, change: row.change === 'same' ? 'same' : row.change }];
    current.paragraphs.push({ change: row.change, words });
  });
  return hunks;
}

/** Words for a one-paragraph text, hunks for a longer one: never the whole of a long text. */
export function proseChange(before: string, after: string): Pick<FieldChange, 'words' | 'hunks'> {
  if (paragraphsOf(before).length > 1 || paragraphsOf(after).length > 1) return { words: null, hunks: paragraphHunks(before, after) };
  return { words: wordDiff(before, after), hunks: null };
}
