// The local days a standard is counted in (evaluation-days.ts `buildDayGrid`) are luxon's: each day the local date
// `today.minus({ days })`, starting at its local midnight. The grid steps back 24 hours where that gives the same
// instant, so it is compared here with luxon's own day arithmetic, day by day, over 2009–2027 in zones whose clocks
// change at midnight (Santiago, Havana, Beirut, Gaza), by half an hour (Lord Howe), skip a whole day (Apia, 30
// December 2011), suspend summer time for Ramadan (Casablanca), or never change (UTC, Kolkata); and again with each
// zone's offsets prepared (as a compiled calendar leaves them), and seeded as a later run takes them from the cache.

import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { buildDayGrid } from '../../scripts/engine/evaluation-days.ts';
import { ZoneOffsets, zoneOffsetsFor } from '../../scripts/engine/zone-offsets.ts';
import { luxonGrid } from './luxon-day-grid.ts';

const ZONES = [
  'UTC', 'Europe/Dublin', 'America/New_York', 'America/Santiago', 'America/Havana', 'Asia/Beirut', 'Asia/Gaza', 'Pacific/Apia',
  'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Tehran', 'Africa/Casablanca', 'Pacific/Chatham', 'America/Sao_Paulo', 'Asia/Kolkata',
];
const DAYS = 200;
const DAY_MS = 86_400_000;


describe('the local days of a grid', () => {
  it('are luxon\'s, day by day, in zones whose clocks change at midnight, by half an hour or by a whole day', { timeout: 120_000 }, () => {
    let compared = 0;
    for (const zone of ZONES) {
      // A now every 150 days (at a varying hour), each grid 200 days long: every date from 2009 on is in some grid.
      for (let nowMs = Date.parse('2009-06-01T00:00:00Z'); nowMs < Date.parse('2027-12-31T00:00:00Z'); nowMs += 150 * DAY_MS + 3_700_000) {
        const grid = buildDayGrid(zone, nowMs, DAYS);
        const expected = luxonGrid(zone, nowMs, DAYS);
        expect({ zone, now: new Date(nowMs).toISOString(), starts: [...grid.starts], dates: grid.dates })
          .toEqual({ zone, now: new Date(nowMs).toISOString(), ...expected });
        compared += DAYS;
      }
    }
    expect(compared).toBeGreaterThan(ZONES.length * 6000);
    // The same once each zone's offsets are prepared, as after a calendar in it is compiled (other nows: grids are
    // shared by zone and now), and seeded into a fresh ZoneOffsets as a later run takes them (zone-offsets.ts).
    for (const zone of ZONES.filter((z) => z !== 'UTC')) {
      const offsets = zoneOffsetsFor(IANAZone.create(zone));
      offsets.prepare(Date.parse('2008-01-01T00:00:00Z'), Date.parse('2029-01-01T00:00:00Z'));
      const seeded = new ZoneOffsets(IANAZone.create(zone));
      expect(seeded.seed(offsets.span()!)).toBe(true);
      for (let nowMs = Date.parse('2009-06-01T00:00:00Z') + 1_800_000; nowMs < Date.parse('2027-12-31T00:00:00Z'); nowMs += 150 * DAY_MS + 3_700_000) {
        const grid = buildDayGrid(zone, nowMs, DAYS);
        expect({ zone, starts: [...grid.starts], dates: grid.dates }).toEqual({ zone, ...luxonGrid(zone, nowMs, DAYS) });
        for (const start of grid.starts) expect(seeded.offsetAt(start + 3_600_000)).toBe(Math.round(IANAZone.create(zone).offset(start + 3_600_000) * 60_000));
      }
      // A span out of order is not taken.
      const span = offsets.span()!;
      expect(new ZoneOffsets(IANAZone.create(zone)).seed({ ...span, changeAt: [...span.changeAt].reverse() })).toBe(span.changeAt.length === 1);
    }
    // Apia skipped 30 December 2011: its grid goes from the 29th to the 31st.
    const apia = buildDayGrid('Pacific/Apia', Date.parse('2012-01-02T12:00:00Z'), 10);
    expect(apia.dates).toContain('2011-12-29');
    expect(apia.dates).not.toContain('2011-12-30');
    expect(apia.dates).toContain('2011-12-31');
  });

  it('are luxon\'s when a longer grid of the same zone and now continues a shorter one already made', { timeout: 120_000 }, () => {
    // An evaluation asks a zone's grid for one standard's series (here 1, then 120 days), another's (182) and the
    // explanations' (401): each longer one is made from the end already made, day by day back from it.
    let compared = 0;
    for (const zone of ZONES) {
      for (let nowMs = Date.parse('2010-03-01T00:00:00Z') + 2_700_000; nowMs < Date.parse('2027-06-30T00:00:00Z'); nowMs += 193 * DAY_MS + 5_300_000) {
        for (const days of [1, 120, 182, 401]) {
          const grid = buildDayGrid(zone, nowMs, days);
          expect({ zone, now: new Date(nowMs).toISOString(), days, starts: [...grid.starts], dates: grid.dates })
            .toEqual({ zone, now: new Date(nowMs).toISOString(), days, ...luxonGrid(zone, nowMs, days) });
          compared += days;
        }
      }
    }
    expect(compared).toBe(ZONES.length * 33 * (1 + 120 + 182 + 401));
  });
});
