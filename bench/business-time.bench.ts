// node bench/business-time.bench.ts — compiles the Northwind EMEA calendar for a 2-year range and prints how
// long that takes, then how long one million elapsed-business-time computations and one million due-time
// computations take over instants spread across the range. Target: 1,000,000 elapsed in < 500 ms.

import { performance } from 'node:perf_hooks';
import { compileCalendar } from '../scripts/engine/business-time.ts';
import type { CalendarDefinition, LocalInterval } from '../scripts/model/model.ts';

const DAY_MS = 86_400_000;
const RANGE = { fromMs: Date.UTC(2025, 0, 1), toMs: Date.UTC(2027, 0, 1) };

function benchCalendar(): CalendarDefinition {
  const office: LocalInterval[] = [{ start: 8 * 60, end: 18 * 60 }];
  const holidays: CalendarDefinition['holidays'] = [];
  for (const year of [2025, 2026]) {
    for (const [date, name] of [['01-01', "New Year's Day"], ['03-17', "St Patrick's Day"], ['12-25', 'Christmas Day'], ['12-26', "St Stephen's Day"]] as const) {
      holidays.push({ date: `${year}-${date}`, name, open: null });
    }
    holidays.push({ date: `${year}-12-24`, name: 'Christmas Eve', open: [{ start: 8 * 60, end: 13 * 60 }] });
  }
  return {
    id: 'emea-business-hours',
    name: 'EMEA business hours',
    timezone: 'Europe/Dublin',
    hours: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office, saturday: [], sunday: [] },
    holidays,
    origin: { file: 'bench' },
  };
}

/** Deterministic instants (a linear congruential sequence): the benchmark measures lookups, not a generator. */
function instantPairs(count: number): { from: Float64Array; to: Float64Array } {
  const from = new Float64Array(count);
  const to = new Float64Array(count);
  let state = 42;
  const next = (): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 4_294_967_296;
  };
  const span = RANGE.toMs - RANGE.fromMs;
  for (let i = 0; i < count; i++) {
    from[i] = Math.floor(RANGE.fromMs + next() * span);
    to[i] = Math.floor(from[i]! + next() * 30 * DAY_MS); // tickets live up to a month
  }
  return { from, to };
}

export interface BusinessTimeBench {
  compileMs: number;
  intervals: number;
  elapsedCount: number;
  elapsedMs: number;
  dueCount: number;
  dueMs: number;
  /** Sums of the results, printed so the work cannot be optimised away. */
  checksum: number;
}

export async function benchBusinessTime(count = 1_000_000): Promise<BusinessTimeBench> {
  const calendar = benchCalendar();
  let t = performance.now();
  const clock = compileCalendar(calendar, RANGE);
  const compileMs = performance.now() - t;

  const { from, to } = instantPairs(count);
  let checksum = 0;
  for (let i = 0; i < 10_000; i++) checksum += clock.elapsedMinutes(from[i]!, to[i]!); // warm up the JIT

  t = performance.now();
  let elapsedSum = 0;
  for (let i = 0; i < count; i++) elapsedSum += clock.elapsedMinutes(from[i]!, to[i]!);
  const elapsedMs = performance.now() - t;

  t = performance.now();
  let dueSum = 0;
  for (let i = 0; i < count; i++) dueSum += clock.addMinutes(from[i]!, (i % 2400) + 1) - from[i]!;
  const dueMs = performance.now() - t;

  checksum += elapsedSum + dueSum / DAY_MS;
  return { compileMs, intervals: clock.intervalCount(), elapsedCount: count, elapsedMs, dueCount: count, dueMs, checksum };
}

if (import.meta.main) {
  const result = await benchBusinessTime();
  console.log(`compile emea-business-hours for 2 years (+1 year padding each side): ${result.compileMs.toFixed(1)} ms, ${result.intervals} open intervals`);
  console.log(`${result.elapsedCount.toLocaleString('en')} elapsed business time computations: ${result.elapsedMs.toFixed(0)} ms (target < 500 ms)`);
  console.log(`${result.dueCount.toLocaleString('en')} due time computations: ${result.dueMs.toFixed(0)} ms`);
  console.log(`checksum ${result.checksum.toFixed(3)}`);
}
