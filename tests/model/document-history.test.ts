// revisionsByDocument, the pure replay that follows a document by its id (document-history.ts), on hand-made commits.

import { describe, expect, it } from 'vitest';
import { revisionsByDocument } from '../../scripts/model/document-history.ts';
import type { BranchCommit } from '../../scripts/model/git-history.ts';

const commit = (name: string, day: number, changes: BranchCommit['changes']): BranchCommit => ({ commit: name, date: `2026-11-${String(day).padStart(2, '0')}T09:00:00Z`, subject: name, changes });
const change = (status: string, path: string, blob: string | null, from: string | null = null) => ({ status, path, from, blob });

describe('revisionsByDocument', () => {
  it('goes on across a deletion and a later addition elsewhere; a commit where no file holds it adds no revision', () => {
    // Newest first. c4's blob does not hold emea (unreadable): nothing for emea there; c5 holds it again.
    const commits = [
      commit('c5', 5, [change('M', 'standards/teams/eu/emea.yaml', 'b5')]),
      commit('c4', 4, [change('M', 'standards/teams/eu/emea.yaml', 'b4')]),
      commit('c3', 3, [change('A', 'standards/teams/eu/emea.yaml', 'b3'), change('A', 'standards/teams/apac.yaml', 'x3')]),
      commit('c2', 2, [change('D', 'standards/teams/emea.yaml', null)]),
      commit('c1', 1, [change('A', 'standards/teams/emea.yaml', 'b1')]),
    ];
    const holding = new Set(['b1', 'b3', 'b5']);
    const revisions = revisionsByDocument(commits, [{ id: 'emea', file: 'standards/teams/eu/emea.yaml' }], (blob, id) => id === 'emea' && holding.has(blob));
    expect(revisions.get('standards/teams/eu/emea.yaml')!.map((r) => [r.commit, r.file, r.blob])).toEqual([
      ['c5', 'standards/teams/eu/emea.yaml', 'b5'],
      ['c3', 'standards/teams/eu/emea.yaml', 'b3'],
      ['c1', 'standards/teams/emea.yaml', 'b1'],
    ]);
  });

  it('a rename git paired, with the same id, is one document; the blob unchanged adds a revision for the new file only', () => {
    const commits = [
      commit('c2', 2, [change('R', 'standards/sops/finance/refunds.yaml', 'b1', 'standards/sops/refunds.yaml')]),
      commit('c1', 1, [change('A', 'standards/sops/refunds.yaml', 'b1')]),
    ];
    const revisions = revisionsByDocument(commits, [{ id: 'refunds', file: 'standards/sops/finance/refunds.yaml' }], () => true);
    expect(revisions.get('standards/sops/finance/refunds.yaml')!.map((r) => [r.commit, r.file])).toEqual([
      ['c2', 'standards/sops/finance/refunds.yaml'], ['c1', 'standards/sops/refunds.yaml'],
    ]);
  });
});
