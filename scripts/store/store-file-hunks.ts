// The patches of the files the journal keeps as lines (store-file-patches.ts says what they are and why): made here,
// apart from the reading and applying, so that only a pack of the standards-data branch loads jsdiff (its 22 modules
// cost ≈ 10 ms of CPU to load, on every command that reads a store otherwise). The diff is jsdiff's (Myers) over the
// lines, bounded: past MAX_EDITS edits the patch replaces every line.

import { diffArrays } from 'diff';
import { linesOf, sha256Of, type Hunk } from './store-file-patches.ts';

const MAX_EDITS = 10_000;

/** The hunks that turn `before` (null: no file) into `after`. */
export function fileHunks(before: string | null, after: string): Hunk[] {
  const old = linesOf(before);
  const next = linesOf(after);
  // Lines as small integers: the diff compares numbers instead of long strings.
  const ids = new Map<string, number>();
  const idOf = (line: string) => { let id = ids.get(line); if (id === undefined) { id = ids.size; ids.set(line, id); } return id; };
  const changes = diffArrays(old.map(idOf), next.map(idOf), { maxEditLength: MAX_EDITS });
  if (changes === undefined) return [[0, old.length, next]];
  const hunks: Hunk[] = [];
  let at = 0;
  let from = 0;
  let open: Hunk | null = null;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) {
      open ??= [at, 0, []];
      open[1] += count;
      at += count;
    } else if (change.added) {
      open ??= [at, 0, []];
      open[2].push(...next.slice(from, from + count));
      from += count;
    } else {
      if (open) { hunks.push(open); open = null; }
      at += count;
      from += count;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}

/** The journal line of a file's change. */
export function fileEntryText(file: string, after: string | null, before: string | null): string {
  if (after === null) return `${JSON.stringify({ file, removed: true })}\n`;
  return `${JSON.stringify({ file, sha256: sha256Of(after), hunks: fileHunks(before, after) })}\n`;
}
