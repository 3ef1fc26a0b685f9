// The review reads the base's history of Standards and Calendars, and of SOPs and Teams for the people standards,
// through what earlier runs kept of each blob (model-cache.ts 'history', 'history-ids', 'sop-versions' and
// 'team-members', shared with evaluate: standard-history.ts readDocumentHistoryKept says why that is safe), so a second
// review asks git for no blob of those histories. Every `git cat-file --batch` the review starts is counted, with
// how many objects it asks for.

import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { HAND_TICKETS, fixtureFiles, removeTemps, tempDir, tighteningProposal, twoBranchRepo, writeStore } from './review-fixtures.ts';

const batches = vi.hoisted(() => [] as number[]);

vi.mock('../../scripts/model/git-history.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../scripts/model/git-history.ts')>();
  const counted: typeof real.runGitProcess = (args, cwd, input) => {
    if (args[0] === 'cat-file' && input !== undefined) batches.push(input.toString('utf8').split('\n').filter(Boolean).length);
    return real.runGitProcess(args, cwd, input);
  };
  return { ...real, runGitProcess: counted };
});

afterEach(removeTemps);

describe('a review run twice', () => {
  it('reads the base history\'s blobs from git once, then from what the first run kept', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, tighteningProposal(base));
    // Where the cache lives (model-cache.ts modelCacheDir): a checkout with a node_modules folder.
    mkdirSync(path.join(root, 'node_modules'));
    const review = async () => {
      const result = await runCli(['review', '--base', 'main', '--root', root, '--format', 'json'], { env: {} });
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as unknown;
    };
    // main is one commit; the branch is not behind it, so the proposed side is read from disk. By hand: the base's
    // standards/ tree is 9 YAML files (one batch of 9); its history follows 3 Standards and 1 Calendar, whose candidate
    // blobs (files named for their ids, in service-levels/ and calendars/) are those 4 files' blobs at the one commit,
    // and the versions validated are the same 4 (one batch of 4, none read again).
    const first = await review();
    expect(batches.splice(0)).toEqual([9, 4]);
    const second = await review();
    // The base's tree again (9); the history's 4 blobs from the cache, no process.
    expect(batches.splice(0)).toEqual([9]);
    expect(second).toEqual(first);
    expect(readdirSync(path.join(root, 'node_modules/.cache/service-standards')).map((f) => f.replace(/-[0-9a-f]{64}\.json$/, '')).sort()).toEqual(['history', 'history-ids']);
  });
});

describe('a review run twice with a standard measured from people', () => {
  const ACKNOWLEDGEMENT = [
    'kind: Standard', 'id: sop-acknowledgement', 'title: Everyone confirms a new SOP within five days', 'dimension: reliability',
    'metric: sop_acknowledgement', 'threshold: 5d', 'objective: 90%', 'window: 30d', 'owner: support-leads', 'effective: 2026-11-01',
    'review: { every: 1y, last: 2026-10-01 }', 'rationale: A new procedure only helps once the people who follow it have read it.', '',
  ].join('\n');

  it('reads the SOP and Team blobs from git once, then from what the first run kept', async () => {
    const base = { ...fixtureFiles(), 'standards/service-levels/sop-acknowledgement.yaml': ACKNOWLEDGEMENT };
    const root = await twoBranchRepo(base, tighteningProposal(base));
    mkdirSync(path.join(root, 'node_modules'));
    const store = tempDir('standards-store-');
    await writeStore(store, HAND_TICKETS);
    const review = async () => {
      const result = await runCli(['review', '--base', 'main', '--root', root, '--store', store, '--format', 'json'], { env: {} });
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as unknown;
    };
    // By hand, main's one commit: its standards/ tree is 10 YAML files; the SOP publications read the one SOP's blob,
    // the memberships the two Teams' blobs (each read when its standard measures people), the history the 4 Standards'
    // and the Calendar's. The SOP and Team reads run side by side, so their order is not fixed: sorted.
    const first = await review();
    expect(batches.splice(0).sort((a, b) => a - b)).toEqual([1, 2, 5, 10]);
    const second = await review();
    expect(batches.splice(0)).toEqual([10]);
    expect(second).toEqual(first);
  });
});
