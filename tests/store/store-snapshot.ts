// Every file of a store folder with its bytes and mtime, so a test can prove that a run rewrote nothing (or
// exactly the days it should).
import { readdir, readFile, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { dayRangeRecordFile } from '../../scripts/store/day-range-record.ts';

export type StoreSnapshot = Map<string, { bytes: string; mtimeMs: number }>;

export async function snapshotStore(dir: string): Promise<StoreSnapshot> {
  const out: StoreSnapshot = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    // What a fetch learnt of the day files' order (day-range-record.ts), and the cache folder's .gitignore beside
    // it: derived, written whenever it learns.
    const store = path.dirname(path.dirname(file));
    if (file === dayRangeRecordFile(store) || file === path.join(store, '.cache', '.gitignore')) continue;
    out.set(path.relative(dir, file), { bytes: await readFile(file, 'utf8'), mtimeMs: (await stat(file)).mtimeMs });
  }
  return out;
}

/** Sets every file's mtime to a fixed past instant, so any rewrite shows. */
export async function ageStoreFiles(dir: string): Promise<void> {
  const past = new Date('2020-01-01T00:00:00Z');
  for (const file of (await snapshotStore(dir)).keys()) await utimes(path.join(dir, file), past, past);
}
