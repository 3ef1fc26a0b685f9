// A day grid reaching before its zone's prepared span (evaluation-days.ts `makeDayGrid`): a year's window over a
// calendar whose span a compiled calendar left covering only the last months. The grid's days are luxon's either
// way; what changes is the next run. The span the first run keeps (commands/pipeline.ts `withKeptZoneOffsets`)
// must cover the whole grid, so that the next run, seeded with it, makes the same grid without asking Intl at all
// (no luxon IANAZone made, no offset asked of one): each early day asked of Intl on every warm run cost the
// example's evaluate its time-zone data, ≈ 0.02 s. Each run is a fresh copy of the engine's modules, as a process.

import { IANAZone } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { luxonGrid, freshGridRun } from './luxon-day-grid.ts';

const DAY_MS = 86_400_000;
const NOW = Date.parse('2026-11-23T06:00:00Z');
/** A year's window and then some: 400 local days back from NOW, so from October 2025, across two changes of clock. */
const DAYS = 400;



afterEach(() => {
  vi.restoreAllMocks();
});

describe('a day grid reaching before its zone\'s prepared span', () => {
  it.each(['Europe/Dublin', 'America/Chicago'])('in %s: the span kept covers it, and the next run asks Intl nothing', async (zone) => {
    const expected = luxonGrid(zone, NOW, DAYS);
    expect(expected.dates[0]).toBe('2025-10-20');

    // The first run: a calendar in the zone compiled for June to December 2026, then the year's grid.
    const first = await freshGridRun();
    first.zoneOffsetsFor(zone).prepare(Date.parse('2026-06-01T00:00:00Z'), Date.parse('2026-12-28T00:00:00Z'));
    const grid = first.buildDayGrid(zone, NOW, DAYS);
    expect({ starts: [...grid.starts], dates: grid.dates }).toEqual(expected);
    const kept = first.preparedSpans();
    expect(kept.map((span) => span.zone)).toEqual([zone]);
    // Each day is looked at two days either side: the span starts before the grid's first day does, by that much.
    expect(kept[0]!.changeAt[0]!).toBeLessThanOrEqual(expected.starts[0]! - 2 * DAY_MS);

    // The next run, seeded with what the first kept: the same grid, and luxon's own zone never made nor asked.
    const next = await freshGridRun();
    next.seedZoneOffsets(kept);
    const made = vi.spyOn(IANAZone, 'create');
    const asked = vi.spyOn(IANAZone.prototype, 'offset');
    const again = next.buildDayGrid(zone, NOW, DAYS);
    expect({ starts: [...again.starts], dates: again.dates }).toEqual(expected);
    expect({ made: made.mock.calls.length, asked: asked.mock.calls.length }).toEqual({ made: 0, asked: 0 });
    // Nothing new to keep: the span is as the first run left it.
    expect(next.preparedSpans()).toEqual(kept);
  });
});
