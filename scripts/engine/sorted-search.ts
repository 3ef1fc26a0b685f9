// The binary searches of the engine's hot lookups, over ascending numbers: instants and running totals of open
// time in a calendar's interval table (business-time.ts), the instants a zone's offset changes at
// (zone-offsets.ts). They search the first `count` values: the tables are typed arrays filled to `count`.

/** The index of the first of values[0..count) that is above `x`: how many are at or below it (count when none is above). */
export const firstAbove = (function firstAbove(values: ArrayLike<number>, count: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
});

/** The index of the first of values[0..count) that is at or above `x` (count when none is). */
export const firstAtLeast = (function firstAtLeast(values: ArrayLike<number>, count: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
});
