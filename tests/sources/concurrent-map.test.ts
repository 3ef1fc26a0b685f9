// The bounded concurrent map the sources read per-ticket calls with: the first failure stops every worker at
// once, so a refused token or a truncated page is not followed by the other worker reading the rest of the page.

import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../scripts/sources/helpdesk-mapping.ts';

/** A promise and the function that settles it. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => { open = resolve; });
  return { promise, open };
}

describe('mapConcurrent', () => {
  it('keeps the order of the items whatever order the work ends in', async () => {
    const gates = [gate(), gate(), gate()];
    const run = mapConcurrent([0, 1, 2], 3, async (i) => { await gates[i]!.promise; return i * 10; });
    gates[2]!.open(); gates[0]!.open(); gates[1]!.open();
    expect(await run).toEqual([0, 10, 20]);
  });

  it('starts no other item after the first failure, and aborts the fatal signal with it', async () => {
    const started: number[] = [];
    const slow = gate();
    const fatal = new AbortController();
    const refused = new Error('401 Unauthorized');
    const run = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (i) => {
      started.push(i);
      if (i === 0) throw refused;
      // The other worker has a request in flight when the first fails; it answers afterwards.
      if (i === 1) await slow.promise;
    }, fatal);
    await expect(run).rejects.toBe(refused);
    expect(fatal.signal.aborted).toBe(true);
    expect(fatal.signal.reason).toBe(refused);
    slow.open();
    // Let the worker that was waiting run on as far as it would.
    for (let k = 0; k < 10; k++) await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
  });
});
