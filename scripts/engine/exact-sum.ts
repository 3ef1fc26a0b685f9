// Sums of scores that do not depend on the order they were added in. A QA score is a fraction (the weighted share
// of behaviours passed), and float addition is not associative: the day sums a night builds from counters (day by
// day, then added up) would differ in the last bits from the sums a pass over every ticket makes. So these sums
// are exact: Shewchuk's summation (the algorithm of Python's math.fsum, "Adaptive Precision Floating-Point
// Arithmetic", 1997) keeps the running total as a list of non-overlapping partials whose exact sum is the exact sum
// of everything added, and `value()` rounds that once, correctly (ties to even). Any order, any grouping, the same
// float. Counts, met counts and the integer scores of the other metrics are exact as plain numbers (far below 2^53).

export class ExactSum {
  /** Non-overlapping partials, smallest magnitude first; their exact sum is the exact sum of everything added. */
  readonly partials: number[] = [];

  static of(partials: readonly number[]): ExactSum {
    const sum = new ExactSum();
    for (const p of partials) sum.add(p);
    return sum;
  }

  add(value: number): void {
    let x = value;
    const p = this.partials;
    let kept = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[kept++] = lo;
      x = hi;
    }
    p.length = kept;
    p.push(x);
  }

  addSum(other: ExactSum): void {
    for (const p of other.partials) this.add(p);
  }

  /** The exact sum, rounded once to the nearest float (ties to even). */
  value(): number {
    const p = this.partials;
    let n = p.length;
    if (n === 0) return 0;
    let hi = p[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-even rounding across partials: a tie in `hi + lo` is decided by the sign of what lies below.
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi + 0;
  }
}
