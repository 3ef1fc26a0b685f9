// `standards review` reads the store from the standards-data branch in either form: plain day files (as the
// branch was kept before the journal, and right after a compaction) or day files plus a journal of changes.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Review } from '../../scripts/review/review-data.ts';
import { nodeStoreFileSystem, shownPath } from '../../scripts/store/atomic-write.ts';
import { packStore } from '../../scripts/store/store-branch.ts';
import { runCli } from '../cli-runner.ts';
import { HAND_TICKETS, fixtureFiles, removeTemps, runGit, tempDir, ticket, tighteningProposal, twoBranchRepo, writeStore } from './review-fixtures.ts';

afterEach(removeTemps);

/**
 * The branch after two nights: the first night's store (T1–T4, T5 answered after 20 minutes, T7 and T8, no T6)
 * as base day files, and a journal that turns it into HAND_TICKETS (T5 after 120 minutes, T6 added, T7 and T8
 * removed). Read without its journal it would hold 7 tickets and other figures.
 */
async function packedBranchTree(): Promise<{ plain: string; tree: string }> {
  const firstNight = tempDir('standards-night-');
  await writeStore(firstNight, [...HAND_TICKETS.slice(0, 4), ticket('T5', '2026-11-19T15:00:00Z', 20), ticket('T7', '2026-11-19T17:00:00Z', 5), ticket('T8', '2026-11-18T08:00:00Z', 5)], '2026-11-19T06:00:00Z');
  const trees = tempDir('standards-trees-');
  await packStore({ storeDir: firstNight, previousDir: null, outDir: path.join(trees, 'first'), fs: nodeStoreFileSystem });
  const plain = tempDir('standards-store-');
  await writeStore(plain, HAND_TICKETS);
  const tree = path.join(trees, 'second');
  const packed = await packStore({ storeDir: plain, previousDir: path.join(trees, 'first'), outDir: tree, compactAt: 10, fs: nodeStoreFileSystem });
  expect(packed).toMatchObject({ compacted: false, segment: '000001.ndjson', entries: 4 });
  return { plain, tree };
}

const replayOf = (stdout: string) => {
  const review = JSON.parse(stdout) as Review;
  if (review.replay.state !== 'replayed') throw new Error(`not replayed: ${JSON.stringify(review.replay)}`);
  const { store, ...rest } = review.replay;
  return { store, rest };
};

describe('standards review on the standards-data branch kept as day files plus a journal', () => {
  it('--store with the branch checked out replays the same tickets as the store the night wrote', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, tighteningProposal(base));
    const { plain, tree } = await packedBranchTree();
    const fromPlain = await runCli(['review', '--base', 'main', '--root', root, '--store', plain, '--format', 'json']);
    const fromTree = await runCli(['review', '--base', 'main', '--root', root, '--store', tree, '--format', 'json']);
    expect(fromTree.stderr).toBe('');
    expect(fromTree.code).toBe(0);
    const a = replayOf(fromPlain.stdout);
    const b = replayOf(fromTree.stdout);
    expect(b.rest).toEqual(a.rest);
    expect(b.rest.tickets).toBe(6);
    expect(b.store).toBe(tree);
    // The figures computed by hand in review-command.test.ts: 1h → 4 of 5 met, 45m → 2 of 5.
    expect(b.rest.standards[0]!.base).toMatchObject({ value: 0.8, count: 5 });
    expect(b.rest.standards[0]!.proposed).toMatchObject({ value: 0.4, count: 5 });
  });

  it('reads the standards-data branch from git in the journal form and in the plain form', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, tighteningProposal(base));
    const { plain, tree } = await packedBranchTree();
    const expected = replayOf((await runCli(['review', '--base', 'main', '--root', root, '--store', plain, '--format', 'json'])).stdout).rest;
    for (const form of [tree, plain]) {
      await runGit(root, 'checkout', '-q', '--orphan', 'standards-data');
      await runGit(root, 'rm', '-rfq', '--ignore-unmatch', '.');
      cpSync(form, root, { recursive: true });
      await runGit(root, 'add', '-A');
      await runGit(root, 'commit', '-qm', 'store');
      await runGit(root, 'checkout', '-q', 'proposal');
      const result = await runCli(['review', '--base', 'main', '--root', root, '--format', 'json']);
      expect(result.stderr).toBe('');
      const replay = replayOf(result.stdout);
      expect(replay.store).toBe('the standards-data branch');
      expect(replay.rest).toEqual(expected);
      await runGit(root, 'branch', '-qD', 'standards-data');
    }
  });

  it('a damaged journal stops the review with the file, the line and what to do', async () => {
    const base = fixtureFiles();
    const root = await twoBranchRepo(base, tighteningProposal(base));
    const { tree } = await packedBranchTree();
    // The segment's own first line (its base), then two removals out of order.
    const header = readFileSync(path.join(tree, 'journal/000001.ndjson'), 'utf8').split('\n')[0];
    writeFileSync(path.join(tree, 'journal/000001.ndjson'), `${header}\n{"day":"2026-11-19","removed":"T7"}\n{"day":"2026-11-18","removed":"T8"}\n`);
    const before = readdirSync(path.dirname(tree)).sort();
    const result = await runCli(['review', '--base', 'main', '--root', root, '--store', tree, '--format', 'json']);
    expect(result).toEqual({
      code: 1, stdout: '',
      stderr: `standards: review failed: ${shownPath(path.join(tree, 'journal/000001.ndjson'))} line 3: out of order (2026-11-18 "T8" comes after 2026-11-19 "T7"; a segment is sorted by day, then by ticket id, one line per ticket); the store job commits segments whole, so this one was changed after it (an edit, a checkout or merge of part of the branch): reset the standards-data branch to its last good commit (\`git push --force origin <last good commit>:standards-data\`): its day files, journal and cursor belong together, and the next nightly fetch catches up from that cursor`,
    });
    expect(readdirSync(path.dirname(tree)).sort()).toEqual(before);
  });
});
