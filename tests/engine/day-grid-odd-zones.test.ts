// Day grids over zones whose clocks move oddly, now that a grid prepares its zone's span over every day it reaches
// (evaluation-days.ts `makeDayGrid`): the span's offsets must be exactly the zone's own, or the grid moves. Each
// grid is compared with luxon's alone (its own IANAZone, its own day arithmetic), made three ways: in a fresh run
// with nothing prepared, in a run whose span a calendar prepared over a few months inside the grid (the grid's
// prepare extends it both ways), and in the next run seeded with the span the first kept (asking Intl nothing).

import { IANAZone } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { luxonGrid, freshGridRun } from './luxon-day-grid.ts';



const CASES: { zone: string; now: string; days: number; why: string }[] = [
  { zone: 'Europe/Dublin', now: '2026-11-23T06:00:00Z', days: 400, why: 'negative DST (winter time is the offset below standard)' },
  { zone: 'Pacific/Apia', now: '2012-02-15T06:00:00Z', days: 120, why: 'the skipped 30 December 2011 (-10 h to +14 h)' },
  { zone: 'Australia/Lord_Howe', now: '2026-11-23T06:00:00Z', days: 400, why: '30-minute DST' },
  { zone: 'America/Sao_Paulo', now: '2020-06-01T06:00:00Z', days: 600, why: 'DST abolished in 2019, changes at local midnight' },
  { zone: 'Pacific/Kiritimati', now: '1995-03-01T06:00:00Z', days: 200, why: '+14 h since 1 January 1995: 31 December 1994 skipped' },
  { zone: 'Pacific/Kwajalein', now: '1993-10-01T06:00:00Z', days: 200, why: '21 August 1993 skipped (-12 h to +12 h)' },
  { zone: 'America/Sitka', now: '1868-02-01T06:00:00Z', days: 200, why: 'Alaska 1867: a day repeated, LMT with seconds' },
  { zone: 'Europe/Dublin', now: '1917-02-01T06:00:00Z', days: 400, why: 'Dublin Mean Time (-0:25:21) and its 1916 change' },
  { zone: 'America/New_York', now: '2200-07-04T06:00:00Z', days: 500, why: 'far future, rules only' },
  { zone: 'Asia/Tehran', now: '2023-06-01T06:00:00Z', days: 600, why: 'DST abolished in 2022, changes at midnight' },
];

describe('a day grid over a zone whose clocks move oddly: the days are luxon\'s own', () => {
  it.each(CASES)('$zone, $days days to $now ($why)', async ({ zone, now, days }) => {
    const nowMs = Date.parse(now);
    const expected = luxonGrid(zone, nowMs, days);

    const cold = await freshGridRun();
    const grid = cold.buildDayGrid(zone, nowMs, days);
    expect({ starts: [...grid.starts], dates: grid.dates }).toEqual(expected);

    // A calendar compiled for two months in the middle of the grid: the grid extends the span before and after it.
    const first = await freshGridRun();
    const middle = expected.starts[Math.floor(days / 2)]!;
    first.zoneOffsetsFor(zone).prepare(middle, middle + 60 * 86_400_000);
    const extended = first.buildDayGrid(zone, nowMs, days);
    expect({ starts: [...extended.starts], dates: extended.dates }).toEqual(expected);

    const next = await freshGridRun();
    next.seedZoneOffsets(first.preparedSpans());
    const asked = vi.spyOn(IANAZone.prototype, 'offset');
    const seeded = next.buildDayGrid(zone, nowMs, days);
    expect({ starts: [...seeded.starts], dates: seeded.dates }).toEqual(expected);
    expect(asked.mock.calls.length).toBe(0);
    asked.mockRestore();
  });
});
