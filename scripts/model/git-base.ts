// Reads files as they are on another git ref (the pull request's base), for checks that compare versions.

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class BaseRefError extends Error {}

export async function gitFileReader(root: string, ref: string): Promise<(file: string) => Promise<Uint8Array | null>> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
  } catch {
    throw new BaseRefError(`base ref "${ref}" was not found in this repository: fetch it first (in Actions, actions/checkout with fetch-depth: 0)`);
  }
  return async (file) => {
    try {
      const { stdout } = await run('git', ['show', `${ref}:${file}`], { cwd: root, encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
      return new Uint8Array(stdout);
    } catch {
      return null; // the file is new on this branch
    }
  };
}
