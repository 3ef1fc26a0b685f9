// Cache files written behind the evaluation (ticket-facts-cache.ts, with its `thread` option): a changed day's facts
// and counters (≈ 6 MB a day at 3M tickets, 210 MB a night) were written by the evaluation's own thread, which waited
// for each (0.5 s of a 3M night's 4.5); here they are written by libuv's threads (node:fs/promises) while the
// evaluation goes on, a few files at most under way (their bytes held until written), and the pass waits for them
// all before it ends. Each is written as every cache file is (a temp file renamed over it, atomic-write.ts
// `writeFileAtomic`): a run killed meanwhile leaves the old file or the new one, never a half-written one under its
// name; and a read of a file waits for its write.

import * as fsp from 'node:fs/promises';
import { nodeStoreFileSystem, type StoreFileSystem } from './atomic-write.ts';

/** Writes under way at most: a changed day's two files and the next day's. */
const AT_MOST = 4;

/** node:fs as the store uses it, but writing on libuv's threads (node:fs/promises) rather than this one. */
export const writingBehindFileSystem: StoreFileSystem = {
  ...nodeStoreFileSystem,
  async open(file, flags) {
    const handle = await fsp.open(file, flags);
    return { writeFile: (data) => handle.writeFile(data), sync: () => handle.sync(), close: () => handle.close() };
  },
  rename: (from, to) => fsp.rename(from, to),
  async rm(file) {
    await fsp.rm(file, { force: true });
  },
};

export interface WritesBehind {
  /**
   * Starts `work` (a file's write, and what follows it; it catches its own failures) after any write of `file` under
   * way, once fewer than AT_MOST are; returns then, without waiting for it.
   */
  start(file: string, work: () => Promise<void>): Promise<void>;
  /** Waits for the writes of `file` under way. */
  settled(file: string): Promise<void>;
  /** Waits for every write under way. */
  all(): Promise<void>;
}

export function writesBehind(): WritesBehind {
  const pending = new Map<string, Promise<void>>();
  return {
    async start(file, work) {
      while (pending.size >= AT_MOST) await Promise.race(pending.values());
      const next = (pending.get(file) ?? Promise.resolve()).then(work);
      pending.set(file, next);
      void next.then(() => {
        if (pending.get(file) === next) pending.delete(file);
      });
    },
    async settled(file) {
      await pending.get(file);
    },
    async all() {
      while (pending.size > 0) await Promise.all(pending.values());
    },
  };
}
