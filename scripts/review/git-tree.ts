// The two sides of a review, read from git (resolveReviewBase): the base ref as it is now (its tip: what the nightly
// job measures and the site publishes) and this branch merged into it, so the figures a reviewer reads are those of
// merging the pull request into the base as it is; where the branch cannot be merged into the tip, the standards/ tree
// where this branch forked from the base ref (their merge base), and a note says how far behind that is. Either way
// commits that landed on the base branch since the fork are not shown as reverted. Also extracts the nightly store
// from the standards-data branch. The only file in review/ that runs git.

import { execFile, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BaseRefError, resolveBaseCommit } from '../model/git-base.ts';
import type { DocumentFile } from '../model/load.ts';
import { parseCatFileBatch, runGitProcess } from '../model/git-history.ts';
import { isProcessRunning } from '../model/run-owner.ts';
import { createRunFolder, sweepDeadRunFolders } from '../store/run-folders.ts';

const run = promisify(execFile);

export { BaseRefError, resolveBaseCommit };

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/**
 * Every .yaml/.yml file under `dir` in `commit`, with its bytes: the listing, then every blob through one
 * `git cat-file --batch` (a process per file cost ≈5 ms of CPU each, 0.4 s for the example copied to 60 standards).
 */
export async function readTreeFiles(root: string, commit: string, dir = 'standards'): Promise<DocumentFile[]> {
  const listing = await git(root, ['ls-tree', '-r', '-z', '--full-name', commit, '--', `${dir}/`]);
  // `<mode> <type> <object>\t<path>` per entry; a submodule is no file.
  const entries = listing.split('\0').flatMap((line) => {
    const tab = line.indexOf('\t');
    const [, type, object] = line.slice(0, tab).split(' ');
    const name = line.slice(tab + 1);
    return tab > 0 && type === 'blob' && object && /\.ya?ml$/.test(name) ? [{ name, object }] : [];
  });
  if (entries.length === 0) return [];
  const blobs = parseCatFileBatch(await runGitProcess(['cat-file', '--batch'], root, Buffer.from(entries.map((e) => `${e.object}\n`).join(''))));
  return entries
    .map(({ name, object }) => {
      const bytes = blobs.get(object);
      if (bytes === undefined) throw new Error(`git cat-file: ${name} (${object}) of ${commit} is missing from the repository`);
      return { file: name, bytes };
    })
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** Where a review reads its sides (resolveReviewBase). */
export interface ReviewBase {
  /** The commit the base side is read from: its standards/, and every history (versions, publications, members) as of it. */
  commit: string;
  /** The tree the proposed side is read from (this branch merged into the base's tip), or null: the working tree. */
  proposedTree: string | null;
  /** What the base is when the base ref has moved on since this branch forked from it, for the replay's notes; else null. */
  note: string | null;
}

/**
 * The sides of a review against `ref`. When `ref` has moved on since this branch forked from it (its tip is not
 * their merge base), the base is its tip and the proposed side this branch merged into it (`git merge-tree`, as GitHub
 * merges a pull request; its objects are written to the repository, no ref is moved): "what merging this changes
 * against the base as it is", whose base figures are the published ones. That needs a merge without conflict under
 * standards/ and a working tree whose standards/ is as committed (the merge knows only commits); else the base is
 * the merge base as before, and the note says it is N commits behind and why. In Actions a pull request's checkout
 * is already GitHub's merge commit, whose merge base with the base ref is the tip: nothing changes there.
 */
export async function resolveReviewBase(root: string, ref: string, dir = 'standards'): Promise<ReviewBase> {
  const mergeBase = await resolveBaseCommit(root, ref);
  const tip = (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  if (tip === mergeBase) return { commit: mergeBase, proposedTree: null, note: null };
  const ahead = Number((await git(root, ['rev-list', '--count', '--first-parent', `${mergeBase}..${tip}`])).trim());
  const commits = `${ahead} commit${ahead === 1 ? '' : 's'}`;
  const behind = (why: string): ReviewBase => ({
    commit: mergeBase, proposedTree: null,
    note: `This branch forked from ${ref} ${commits} before its tip, and ${why}: the base side is where it forked, so its figures may not be the ones published from ${ref}; merge ${ref} into this branch (or rebase it) to see them.`,
  });
  if ((await git(root, ['status', '--porcelain', '--untracked-files=all', '--', `${dir}/`])).trim() !== '') return behind(`${dir}/ has changes not committed, which a merge cannot take`);
  let out: string;
  try {
    // -z: the conflicted files NUL-separated, as they are; without it git quotes a name with a byte outside ASCII, a
    // double quote or a control character (core.quotePath: `"standards/\303\251.yaml"`), which then does not start
    // with `standards/`, and a conflict there went unseen.
    out = await git(root, ['merge-tree', '--write-tree', '--name-only', '--no-messages', '-z', tip, 'HEAD']);
  } catch (error) {
    // Exit 1: the merge has conflicts; the tree is still written, its conflicted files listed after it.
    const failed = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    // Exit 129: git's usage, from a git before 2.38, whose merge-tree is only the old trivial merge (no --write-tree).
    if (failed.code === 129) return behind(`${await gitVersion(root)} cannot merge it into the tip without a checkout (git merge-tree --write-tree needs git 2.38 or later)`);
    if (failed.code !== 1 || typeof failed.stdout !== 'string') return behind(`git could not merge it into the tip (${String(failed.stderr ?? error).trim().split('\n')[0]})`);
    out = failed.stdout;
  }
  const [tree, ...conflicted] = out.split('\0').filter((entry) => entry !== '');
  const ours = conflicted.filter((file) => file.startsWith(`${dir}/`));
  if (ours.length > 0) return behind(`merging it into the tip conflicts in ${ours.slice(0, 3).join(', ')}${ours.length > 3 ? ` and ${ours.length - 3} more` : ''}`);
  return {
    commit: tip, proposedTree: tree!,
    note: `The base is ${ref} as it is now, ${commits} past where this branch forked, and the proposed side this branch merged into it: the base side's figures are the ones published from ${ref}.`,
  };
}

/** `git 2.37.7` (what `git version` says, its build details left out), or `this git` when it says nothing. */
async function gitVersion(root: string): Promise<string> {
  try {
    const version = /^git version (\S+)/.exec(await git(root, ['version']))?.[1];
    return version ? `git ${version}` : 'this git';
  } catch {
    return 'this git';
  }
}

/** The first of `refs` that exists, or null. */
export async function firstExistingRef(root: string, refs: readonly string[]): Promise<string | null> {
  for (const ref of refs) {
    try {
      await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      return ref;
    } catch {
      // try the next one
    }
  }
  return null;
}

/** The name a review's store copies start with in the temp directory: `standards-store-<owner>-<random>`. */
export const REVIEW_STORE_PREFIX = 'standards-store-';

/**
 * A new folder for a store a review reads (the branch's tree, or its journal restored into day files), in the system
 * temp directory, after removing those a killed review left (run-folders.ts: the folder names its process). A
 * review stopped mid-read (a cancelled workflow, a runner's SIGKILL) runs no clean-up and leaves up to a whole store
 * behind; only a later review can remove it. A running review's folders, and folders named by an older version
 * (`standards-store-<random>`, no owner), are left.
 */
export async function reviewStoreFolder(parent: string = tmpdir()): Promise<string> {
  await sweepDeadRunFolders(parent, REVIEW_STORE_PREFIX, { isRunning: isProcessRunning });
  return createRunFolder(parent, REVIEW_STORE_PREFIX);
}

/**
 * Extracts the tree of `ref` into a new temporary directory (`git archive | tar -x`), returning the directory;
 * removed again when the extraction fails. The tree is the branch as committed: the store's day files, or day
 * files plus journal/ (commands/review.ts restores that form before reading it).
 */
export async function extractRef(root: string, ref: string): Promise<string> {
  const dir = await reviewStoreFolder();
  try {
    await extractInto(root, ref, dir);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

function extractInto(root: string, ref: string, dir: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', ref], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
    archive.stdout.pipe(tar.stdin);
    let errors = '';
    archive.stderr.on('data', (d) => { errors += String(d); });
    tar.stderr.on('data', (d) => { errors += String(d); });
    let pending = 2;
    const done = (code: number | null) => {
      if (code !== 0) reject(new Error(`could not extract ${ref}: ${errors.trim() || `exit ${code}`}`));
      else if (--pending === 0) resolve();
    };
    archive.on('close', done);
    tar.on('close', done);
    archive.on('error', reject);
    tar.on('error', reject);
  });
}
