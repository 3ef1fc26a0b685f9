// The first line of a file kept beside the store (the facts cache, the day counters): a magic word naming what the
// file is, then its header as JSON, then a newline. Each file checks its own fields; the line itself, and its
// format number, are read here once for both. And the folder they are kept in, kept out of git.

import path from 'node:path';
import { writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';

/**
 * `<store>/.cache/.gitignore`, written when missing: the store folder may be a git worktree of its own (the nightly
 * job keeps it on a branch), and nothing under `.cache/` is ever committed.
 */
export const keepCacheOutOfGit = (async function keepCacheOutOfGit(fs: StoreFileSystem, cacheDir: string): Promise<void> {
  const ignore = path.join(cacheDir, '.gitignore');
  await fs.mkdir(cacheDir);
  if ((await fs.readFile(ignore)) === null) await writeFileAtomic(fs, ignore, '# Derived from the store by `standards evaluate` and `standards fetch`: never committed, safe to delete.\n*\n');
});

/** The header that follows `magic` in `bytes` (its format already `format`), or why the file cannot be used. */
export const readCacheFileHeader = (function readCacheFileHeader<T extends { format: unknown }>(bytes: Buffer, magic: string, kind: string, format: number): T | string {
  if (bytes.length < magic.length || bytes.toString('latin1', 0, magic.length) !== magic) return `not a ${kind} file`;
  const end = bytes.indexOf(10, magic.length);
  if (end < 0) return 'header cut off';
  let head: T;
  try {
    head = JSON.parse(bytes.toString('utf8', magic.length, end)) as T;
  } catch {
    return 'header is not JSON';
  }
  if (head === null || typeof head !== 'object') return 'header is not JSON';
  if (head.format !== format) return `format ${String(head.format)}, expected ${format}`;
  return head;
});
