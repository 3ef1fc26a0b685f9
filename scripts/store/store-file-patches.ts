// The files beside the tickets that a night rewrites whole but changes little (the report, the status log) are
// kept in the journal as line patches against their copy in the branch's tree, not as new copies. Why: a push
// that changes a file in place sends a delta against yesterday's copy, and the server completes that thin pack
// with yesterday's copy itself (git index-pack --fix-thin), so the report cost its whole compressed size every
// night (≈ 100 kB of the example's ≈ 700 kB report, measured by bench/store-branch.bench.ts) where its changed
// lines compress to ≈ 12 kB.
//
//   {"file":"report.json","sha256":"<of the file after>","hunks":[[at, remove, ["line", …]], …]}
//   {"file":"report.json","removed":true}
//
// A hunk replaces `remove` lines from line index `at` (0-based, in the file before this night, lines split on
// "\n") with the lines given; hunks ascend and do not overlap. The sha256 of the result is checked, so a patch
// applied to any other copy than the one it was made against is refused, never silently wrong. The patches are
// made in store-file-hunks.ts (jsdiff), which only a pack of the branch loads: every command that reads a store
// reads the journal's entries (store-journal.ts), and jsdiff's 22 modules cost ≈ 10 ms of CPU to load.

import { createHash } from 'node:crypto';
import { StoreError } from './ticket-store.ts';

/**
 * The files the journal patches. Not action-issues.ndjson and acknowledgements.ndjson: the store job copies the
 * corrective-actions job's copies over the packed tree (nightly.yml), so those must stay whole files.
 */
export const PATCHED_FILES: readonly string[] = ['report.json', 'status-log.ndjson'];

export type Hunk = [at: number, remove: number, insert: string[]];
/** One night's change to a file; `where` is the segment line it came from, for messages. */
export type FileChange = { hunks: Hunk[]; sha256: string; where: string } | { removed: true; where: string };

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export const linesOf = (text: string | null): string[] => (text === null ? [] : text.split('\n'));

/** A file as the journal leaves it: its copy in the tree (null: none) with each night's change applied. */
export function applyFileChanges(file: string, base: string | null, changes: readonly FileChange[], remedy: string): string | null {
  let text = base;
  for (const change of changes) {
    if ('removed' in change) { text = null; continue; }
    const lines = linesOf(text);
    const out: string[] = [];
    let pos = 0;
    for (const [at, remove, insert] of change.hunks) {
      if (at + remove > lines.length) {
        throw new StoreError(`${change.where}: a change to ${file} at line ${at + 1} is past its end (${lines.length} lines): the ${file} it applies to is not the one the journal was written against; ${remedy}`);
      }
      for (let i = pos; i < at; i++) out.push(lines[i]!);
      out.push(...insert);
      pos = at + remove;
    }
    for (let i = pos; i < lines.length; i++) out.push(lines[i]!);
    text = out.join('\n');
    if (sha256Of(text) !== change.sha256) {
      throw new StoreError(`${change.where}: the changes to ${file} do not rebuild the ${file} the night wrote (its sha256 differs): the ${file} they apply to was changed after the pack; ${remedy}`);
    }
  }
  return text;
}

/** A file entry read from a segment line, checked; throws with `where` and what would be right. */
export function parseFileEntry(entry: Record<string, unknown>, where: string, remedy: string): { file: string; change: FileChange } {
  const file = entry.file;
  if (typeof file !== 'string' || !PATCHED_FILES.includes(file)) {
    throw new StoreError(`${where}: file ${JSON.stringify(file)} is not one the journal keeps (${PATCHED_FILES.join(', ')}); ${remedy}`);
  }
  const keys = Object.keys(entry).join(',');
  if (keys === 'file,removed' && entry.removed === true) return { file, change: { removed: true, where } };
  const shape = `expected {"file":"${file}","sha256":"<64 hex digits>","hunks":[[line, lines removed, ["inserted line", …]], …]} or {"file":"${file}","removed":true}`;
  if (keys !== 'file,sha256,hunks' || typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256) || !Array.isArray(entry.hunks)) {
    throw new StoreError(`${where}: not a file entry (${shape}); ${remedy}`);
  }
  let end = 0;
  const hunks = entry.hunks as unknown[];
  hunks.forEach((hunk, i) => {
    const [at, remove, insert] = Array.isArray(hunk) ? hunk : [];
    const whole = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
    if (!Array.isArray(hunk) || hunk.length !== 3 || !whole(at) || !whole(remove) || !Array.isArray(insert) || !insert.every((l) => typeof l === 'string')) {
      throw new StoreError(`${where}: hunk ${i + 1} of ${file} is not [line, lines removed, ["inserted line", …]] (${shape}); ${remedy}`);
    }
    if (at < end) throw new StoreError(`${where}: hunk ${i + 1} of ${file} starts at line ${at + 1}, inside or before the previous one (hunks ascend and do not overlap); ${remedy}`);
    end = at + remove;
  });
  return { file, change: { hunks: hunks as Hunk[], sha256: entry.sha256, where } };
}
