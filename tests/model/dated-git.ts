// Git in a scratch repository with every commit's author and committer date set, so history tests build the
// exact dates they then assert (merge, squash, fast-forward, moves).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `git(date, ...args)` in the folder `cwd()` returns, as of `date`; its output as text. */
export function datedGit(cwd: () => string): (date: string, ...args: string[]) => string {
  return (date, ...args) => execFileSync('git', args, {
    cwd: cwd(), encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
}

/** `write(file, text)` into the folder `cwd()` returns, making the file's folders as needed. */
export function folderWriter(cwd: () => string): (file: string, text: string) => void {
  return (file, text) => {
    mkdirSync(path.dirname(path.join(cwd(), file)), { recursive: true });
    writeFileSync(path.join(cwd(), file), text);
  };
}
