// What `cp -p`, `rsync -t --inplace` or `touch -d` leave in a store, for the tests of what trusts a day by its stat
// (the facts cache, the day-range record): other bytes in the same inode, size and mtime.

import { open, readFile, utimes } from 'node:fs/promises';
import { expect } from 'vitest';
import type { FileClock } from '../../scripts/store/day-range-record.ts';

/** One ticket's priority changed from normal to urgent in place (same inode, same size), its mtime put back to `mtime`. */
export async function rewritePriorityInPlace(file: string, mtime: Date): Promise<void> {
  const text = await readFile(file, 'latin1');
  const at = text.indexOf('"priority":"normal"');
  expect(at).toBeGreaterThanOrEqual(0);
  const handle = await open(file, 'r+');
  try {
    await handle.write(Buffer.from('"priority":"urgent"', 'latin1'), 0, 19, at);
  } finally {
    await handle.close();
  }
  await utimes(file, mtime, mtime);
}

/** A day-range record's file clock a tick past every write a test makes: the racy rule then trusts what it recorded. */
export const PAST_EVERY_WRITE: FileClock = async () => BigInt(Date.parse('2100-01-01T00:00:00Z')) * 1_000_000n;
