// The day grid made independently of the engine, and the engine's grid modules as a new process loads them: shared
// by the day-grid tests (day-grid, day-grid-kept-span, day-grid-odd-zones).

import { DateTime } from 'luxon';
import { vi } from 'vitest';

/** The grid by luxon alone (its own zone, its own day arithmetic): `days` local days ending with `nowMs`'s, and the next day's start. */
export function luxonGrid(zone: string, nowMs: number, days: number): { starts: number[]; dates: string[] } {
  const today = DateTime.fromMillis(nowMs, { zone }).startOf('day');
  const starts: number[] = [];
  const dates: string[] = [];
  for (let i = 0; i <= days; i++) {
    const day = today.minus({ days: days - 1 - i });
    starts.push(day.toMillis());
    if (i < days) dates.push(day.toISODate()!);
  }
  return { starts, dates };
}

/** The engine's zone and grid modules as a new process loads them: nothing prepared, no grid made. */
export async function freshGridRun() {
  vi.resetModules();
  const zones = await import('../../scripts/engine/zone-offsets.ts');
  const grids = await import('../../scripts/engine/evaluation-days.ts');
  return { ...zones, ...grids };
}
