// Reads files as they are on the pull request's base, for checks that compare versions. The base is the merge
// base of the base ref and HEAD (where this branch forked) for `validate --base`: comparing with the base branch's
// tip would blame a stale branch for every change that landed on the base since. `review` starts from it too, then
// reads the tip with this branch merged into it where it can (review/git-tree.ts resolveReviewBase).

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class BaseRefError extends Error {}

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function isShallow(root: string): Promise<boolean> {
  try {
    return (await git(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch {
    return false;
  }
}

/** The commit whose standards/ the review compares with: the merge base of `ref` and HEAD. */
export async function resolveBaseCommit(root: string, ref: string): Promise<string> {
  const shallow = await isShallow(root);
  const fetchHint = shallow
    ? 'this is a shallow clone: in Actions, give actions/checkout `fetch-depth: 0`; locally, run `git fetch --unshallow`'
    : 'fetch it first (git fetch origin); in Actions, give actions/checkout `fetch-depth: 0`';
  let target: string;
  try {
    target = (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    throw new BaseRefError(`base ref "${ref}" was not found in this repository: ${fetchHint}`);
  }
  try {
    return (await git(root, ['merge-base', target, 'HEAD'])).trim();
  } catch {
    throw new BaseRefError(`base ref "${ref}" shares no history with HEAD${shallow ? '' : ' (unrelated branches?)'}: ${fetchHint}`);
  }
}

/** Reads a file as it is at the merge base of `ref` and HEAD; null when the file is new on this branch. */
export async function gitFileReader(root: string, ref: string): Promise<(file: string) => Promise<Uint8Array | null>> {
  const commit = await resolveBaseCommit(root, ref);
  return async (file) => {
    try {
      const { stdout } = await run('git', ['show', `${commit}:${file}`], { cwd: root, encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
      return new Uint8Array(stdout);
    } catch {
      return null; // the file is new on this branch
    }
  };
}
