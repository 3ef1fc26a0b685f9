// A kept file of node_modules/.cache/service-standards that is no regular file (model-cache.ts readKept): a named pipe
// at its name would hold the run for good (nothing writes to it), a link to /dev/zero would be read without end, and a
// link to any file is no value this code kept. Each is read as nothing kept, as code-digest.ts reads its record, and is
// replaced by the value written next (a rename over it).

import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keep, loaderCodeDigest, readKept, readKeptBlobs } from '../../scripts/model/model-cache.ts';

const temps: string[] = [];
afterEach(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function cacheDir(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kept-special-')), 'cache');
  temps.push(path.dirname(dir));
  mkdirSync(dir);
  return dir;
}

describe('a kept file that is no regular file', () => {
  it('a link to a kept value is read as nothing kept, and a write replaces the link', async () => {
    const dir = cacheDir();
    const key = loaderCodeDigest();
    // A whole, valid value of the right key, written beside and linked to from the name readKeptBlobs reads.
    await keep(dir, 'elsewhere', key, [['blob-1', 'a value this code never kept']]);
    const [written] = readdirSync(dir);
    renameSync(path.join(dir, written!), path.join(dir, 'target.json'));
    symlinkSync(path.join(dir, 'target.json'), path.join(dir, `history-${key}.json`));
    expect([...await readKeptBlobs<string>(dir, 'history')]).toEqual([]);
    await keep(dir, 'history', key, [['blob-2', 'kept']]);
    expect(lstatSync(path.join(dir, `history-${key}.json`)).isFile()).toBe(true);
    expect([...await readKeptBlobs<string>(dir, 'history')]).toEqual([['blob-2', 'kept']]);
    // The link's target is left as it was.
    expect(JSON.parse(readFileSync(path.join(dir, 'target.json'), 'utf8')).value).toEqual([['blob-1', 'a value this code never kept']]);
  });

  it('a named pipe is read as nothing kept (without waiting for a writer), and a write replaces it', async () => {
    const dir = cacheDir();
    execFileSync('mkfifo', [path.join(dir, 'model-k.json')]);
    expect(await readKept(dir, 'model', 'k')).toBeNull();
    await keep(dir, 'model', 'k', { a: 1 });
    expect(await readKept(dir, 'model', 'k')).toEqual({ a: 1 });
  });
});
