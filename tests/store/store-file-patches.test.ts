// The report and the status log kept as line patches (store-file-patches.ts): the hunks of a small change by hand,
// and edits of every kind rebuilt byte for byte.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyFileChanges, type FileChange } from '../../scripts/store/store-file-patches.ts';
import { fileEntryText, fileHunks } from '../../scripts/store/store-file-hunks.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const patchOf = (before: string | null, after: string): FileChange => ({ hunks: fileHunks(before, after), sha256: sha(after), where: 'test' });

describe('line patches of the files beside the tickets', () => {
  it('a changed line, an inserted one and a removed one, by hand', () => {
    const before = 'a\nb\nc\nd\ne\n';
    const after = 'a\nB\nc\nc2\ne\n';
    // Lines of before: a b c d e "" — b is replaced, c2 replaces d.
    expect(fileHunks(before, after)).toEqual([[1, 1, ['B']], [3, 1, ['c2']]]);
    expect(fileEntryText('report.json', after, before)).toBe(`{"file":"report.json","sha256":"${sha(after)}","hunks":[[1,1,["B"]],[3,1,["c2"]]]}\n`);
    expect(fileEntryText('report.json', null, before)).toBe('{"file":"report.json","removed":true}\n');
    // A status log only grows: one hunk of the appended lines.
    expect(fileHunks('x\ny\n', 'x\ny\nz\n')).toEqual([[2, 0, ['z']]]);
    // A file that did not exist: every line inserted, the empty last "line" included.
    expect(fileHunks(null, 'x\n')).toEqual([[0, 0, ['x', '']]]);
  });

  it('rebuilds byte for byte across nights of edits, with and without a final newline, and after a removal', () => {
    let seed = 7;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    let text: string | null = null;
    const base = text;
    const changes: FileChange[] = [];
    for (let night = 0; night < 30; night++) {
      const lines: string[] = text === null ? [] : text.split('\n');
      for (let i = 0, edits = 1 + next(6); i < edits; i++) {
        const at = next(lines.length + 1);
        const kind = next(3);
        if (kind === 0) lines.splice(at, 0, `"value": ${next(1000)},`);
        else if (kind === 1 && lines.length > 0) lines.splice(Math.min(at, lines.length - 1), 1);
        else if (lines.length > 0) lines[Math.min(at, lines.length - 1)] = `"changed": "${night}-${i}"`;
      }
      if (night === 20) {
        changes.push({ removed: true, where: 'test' });
        text = null;
        continue;
      }
      const after: string = lines.join('\n') + (night % 4 === 0 ? '' : '\n');
      changes.push(patchOf(text, after));
      text = after;
      expect(applyFileChanges('report.json', base, changes, 'restore it')).toBe(after);
    }
  });
});
