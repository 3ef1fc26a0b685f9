// The base side of a review, read from git: the standards/ tree as it was where this branch forked from the
// base ref (their merge base), so commits that landed on the base branch since are not shown as reverted.
// Also extracts the nightly store from the standards-data branch. The only file in review/ that runs git.

import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BaseRefError, resolveBaseCommit } from '../model/git-base.ts';
import type { DocumentFile } from '../model/load.ts';

const run = promisify(execFile);

export { BaseRefError, resolveBaseCommit };

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Every .yaml/.yml file under `dir` in `commit`, with its bytes. */
export async function readTreeFiles(root: string, commit: string, dir = 'standards'): Promise<DocumentFile[]> {
  const listing = await git(root, ['ls-tree', '-r', '-z', '--full-name', '--name-only', commit, '--', `${dir}/`]);
  const names = listing.split('\0').filter((n) => /\.ya?ml$/.test(n)).sort();
  const files: DocumentFile[] = [];
  // A few at a time: hundreds of documents should not start hundreds of processes at once.
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      const { stdout } = await run('git', ['show', `${commit}:${name}`], { cwd: root, encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
      files.push({ file: name, bytes: new Uint8Array(stdout) });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return files.sort((a, b) => (a.file < b.file ? -1 : 1));
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

/**
 * Extracts the tree of `ref` into a new temporary directory (`git archive | tar -x`), returning the directory;
 * removed again when the extraction fails. The tree is the branch as committed: the store's day files, or day
 * files plus journal/ (commands/review.ts restores that form before reading it).
 */
export async function extractRef(root: string, ref: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'standards-store-'));
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
