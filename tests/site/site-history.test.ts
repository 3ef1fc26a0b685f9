import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffSopVersions, diffDocumentFields, gitHistoryReader, readDocumentHistories, noHistory, textChange } from '../../scripts/publish/site-history.ts';

const step = (id: string, title: string, extra: Record<string, unknown> = {}) => ({ id, title, instructions: `Do ${title.toLowerCase()}.`, ...extra });

describe('diffSopVersions', () => {
  it('names steps added, removed, moved and changed, then other fields', () => {
    const before = { owner: 'support-emea', version: 1, steps: [step('a', 'Acknowledge', { within: '1h', role: 'agent' }), step('b', 'Investigate'), step('c', 'Close')] };
    const after = { owner: 'escalations', version: 2, steps: [step('b', 'Investigate'), step('a', 'Acknowledge', { within: '30m', role: 'agent' }), step('d', 'Follow up')] };
    expect(diffSopVersions(before, after)).toEqual([
      { kind: 'step-removed', step: 'c', title: 'Close' },
      { kind: 'step-moved', step: 'b', title: 'Investigate', from: 2, to: 1 },
      { kind: 'step-moved', step: 'a', title: 'Acknowledge', from: 1, to: 2 },
      { kind: 'step-changed', step: 'a', title: 'Acknowledge', field: 'within', before: '1h', after: '30m', text: null },
      { kind: 'step-added', step: 'd', title: 'Follow up', position: 3 },
      { kind: 'field-changed', field: 'owner', before: 'support-emea', after: 'escalations' },
    ]);
  });

  it('gives a word diff of changed instructions, and an insertion does not move the other steps', () => {
    const before = { steps: [step('a', 'Reply'), { id: 'b', title: 'Solve', instructions: 'Solve the ticket today.' }] };
    const after = { steps: [step('new', 'Triage'), step('a', 'Reply'), { id: 'b', title: 'Solve', instructions: 'Solve the ticket within a day.' }] };
    expect(diffSopVersions(before, after)).toEqual([
      { kind: 'step-added', step: 'new', title: 'Triage', position: 1 },
      {
        kind: 'step-changed', step: 'b', title: 'Solve', field: 'instructions', before: 'Solve the ticket today.', after: 'Solve the ticket within a day.',
        text: { parts: [
          { text: 'Solve the ticket ', change: 'same' },
          { text: 'today', change: 'removed' },
          { text: 'within a day', change: 'added' },
          { text: '.', change: 'same' },
        ] },
      },
    ]);
  });

  it('reports nothing for identical versions', () => {
    const doc = { steps: [step('a', 'Reply')], owner: 'x' };
    expect(diffSopVersions(doc, structuredClone(doc))).toEqual([]);
  });
});

describe('textChange', () => {
  it('shows the words changed in a step\'s text', () => {
    expect(textChange('Reply within the hour and say who handles it.', 'Reply within the hour and say which person handles it.').parts).toEqual([
      { text: 'Reply within the hour and say ', change: 'same' },
      { text: 'who', change: 'removed' },
      { text: 'which person', change: 'added' },
      { text: ' handles it.', change: 'same' },
    ]);
  });

  it('past 1,000 words added or removed, shows the whole text replaced (a word diff of a rewrite grows with its length times its edits)', () => {
    // Every other word changed, 600 of 1,200: 600 removed and 600 added, 1,200 edits; a word diff would interleave them.
    const before = Array.from({ length: 600 }, (_, i) => `keep${i} old${i}`).join(' ');
    const after = Array.from({ length: 600 }, (_, i) => `keep${i} new${i}`).join(' ');
    expect(textChange(before, after).parts).toEqual([{ text: before, change: 'removed' }, { text: after, change: 'added' }]);
  });
});

describe('diffDocumentFields', () => {
  it('lists changed top-level fields with readable values', () => {
    expect(diffDocumentFields({ threshold: '2h', objective: '90%', scope: { priority: ['urgent'] } }, { threshold: '1h', objective: '90%', scope: { priority: ['urgent', 'high'] } })).toEqual([
      { field: 'threshold', before: '2h', after: '1h' },
      { field: 'scope', before: '{priority: [urgent]}', after: '{priority: [urgent, high]}' },
    ]);
  });
});

describe('history from a real git repository', () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', args, {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_AUTHOR_DATE: '2026-03-01T10:00:00Z', GIT_COMMITTER_DATE: '2026-03-01T10:00:00Z' },
  });
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'site-history-'));
    git('init', '-q', '-b', 'main');
    await mkdir(path.join(dir, 'standards/sops'), { recursive: true });
    await writeFile(path.join(dir, 'standards/sops/old-name.yaml'), 'version: 1\nsteps:\n  - { id: a, title: Reply, instructions: Reply today., within: 4h }\n');
    git('add', '.');
    git('commit', '-q', '-m', 'Add the reply procedure');
    git('mv', 'standards/sops/old-name.yaml', 'standards/sops/reply.yaml');
    git('commit', '-q', '-m', 'Rename the reply procedure');
    await writeFile(path.join(dir, 'standards/sops/reply.yaml'), 'version: 2\nsteps:\n  - { id: a, title: Reply, instructions: Reply today., within: 2h }\n');
    git('add', '.');
    git('commit', '-q', '-m', 'Reply within two hours');
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('follows renames and diffs each version against the one before', async () => {
    const histories = await readDocumentHistories(['standards/sops/reply.yaml'], gitHistoryReader(dir));
    const history = histories.get('standards/sops/reply.yaml')!;
    expect(history.map((h) => [h.subject, h.version, h.created, h.date])).toEqual([
      ['Reply within two hours', 2, false, '2026-03-01T10:00:00+00:00'],
      ['Rename the reply procedure', 1, false, '2026-03-01T10:00:00+00:00'],
      ['Add the reply procedure', 1, true, '2026-03-01T10:00:00+00:00'],
    ]);
    expect(history[1]!.sop).toEqual([]);
    expect(history[0]!.sop).toEqual([{ kind: 'step-changed', step: 'a', title: 'Reply', field: 'within', before: '4h', after: '2h', text: null }]);
  });

  it('ends a history where the path held another document (one retired, another moved onto its path)', async () => {
    const texts: Record<string, string> = {
      c3: 'id: returns\nversion: 1\nsteps:\n  - { id: a, title: Check, instructions: Check the parcel., within: 1d }\n',
      c2: 'id: refunds\nversion: 2\nsteps:\n  - { id: a, title: Refund, instructions: Refund today., within: 4h }\n',
      c1: 'id: refunds\nversion: 1\nsteps:\n  - { id: a, title: Refund, instructions: Refund today., within: 8h }\n',
    };
    const file = 'standards/sops/refunds.yaml';
    const reader = {
      revisions: async () => ['c3', 'c2', 'c1'].map((commit, i) => ({ commit, date: `2026-0${3 - i}-01T00:00:00Z`, subject: commit, file })),
      contentAt: async (commit: string) => texts[commit] ?? null,
    };
    const history = (await readDocumentHistories([file], reader)).get(file)!;
    // Not "c3: step a within 4h → 1d" against refunds' versions: returns begins at c3.
    expect(history.map((h) => [h.commit, h.version, h.created, h.sop])).toEqual([['c3', 1, true, null]]);
  });

  it('reads as no history outside a repository', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'site-no-git-'));
    expect(await gitHistoryReader(outside).revisions('standards/x.yaml')).toEqual([]);
    expect((await readDocumentHistories(['a.yaml'], noHistory)).get('a.yaml')).toEqual([]);
    await rm(outside, { recursive: true, force: true });
  });
});
