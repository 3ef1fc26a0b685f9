// A repository as an adopter has it, for whole-process benchmarks: the code of one version (this working tree,
// or any git ref such as main for the "before" column), the example's standards, the dependencies linked
// from this checkout's node_modules, and one commit of the standards (the evaluation reads each standard's
// versions from git; the code stays out of it, so two versions of the code see the same commits).
// The store is made afterwards the way users make it: `standards fetch`.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CODE_PATHS = ['scripts', 'schemas', 'standards', 'package.json'];

export interface CodeVersion {
  /** What the tables call it: `after` (this working tree) or the ref, e.g. `main`. */
  label: string;
  /** A git ref of this repository; null for the working tree as it is, uncommitted changes included. */
  ref: string | null;
}

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${result.stderr.trim()}`);
  return result.stdout;
}

/**
 * Writes the code of `version` with the example's standards into `dir` (emptied first) and commits it;
 * `prepare` may change the files first (another set of standards, say).
 */
export function makeCheckout(version: CodeVersion, dir: string, prepare?: (dir: string) => void): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (version.ref === null) {
    for (const p of CODE_PATHS) cpSync(path.join(REPO, p), path.join(dir, p), { recursive: true });
  } else {
    const tar = path.join(dir, '.code.tar');
    git(REPO, ['archive', '--format=tar', '-o', tar, version.ref, ...CODE_PATHS]);
    const untar = spawnSync('tar', ['-xf', tar, '-C', dir], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`tar -xf failed: ${untar.stderr}`);
    rmSync(tar);
  }
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules\ndata/\n');
  prepare?.(dir);
  commitStandards(dir, 'The example organisation');
}

/** One commit of the standards in `dir`, at a fixed date, so every checkout has the same history. */
function commitStandards(dir: string, message: string): void {
  const date = '2026-01-01T00:00:00Z';
  const env = { GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '--', 'standards', '.gitignore']);
  git(dir, ['commit', '-q', '-m', message], env);
}

/** The commit a ref names, for the table's heading. */
export function describeVersion(version: CodeVersion): string {
  if (version.ref === null) {
    const head = git(REPO, ['rev-parse', '--short', 'HEAD']).trim();
    const dirty = git(REPO, ['status', '--porcelain', '--', ...CODE_PATHS]).trim() !== '';
    return `${version.label} = this working tree (${head}${dirty ? ' + uncommitted changes' : ''})`;
  }
  return `${version.label} = ${version.ref} (${git(REPO, ['rev-parse', '--short', version.ref]).trim()})`;
}
