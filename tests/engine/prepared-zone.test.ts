// luxon on kept zone offsets (zone-offsets.ts `PreparedZone`, `luxonZone`): the engine's local days, months and
// dates computed by luxon's own arithmetic on a zone's prepared offsets are those luxon computes on the IANA zone
// itself, instant by instant, across changes of offset (Dublin, Chicago, Santiago whose clocks change at midnight,
// Lord Howe's half hour); and once an earlier run's spans are seeded, a day grid, a window start, a version's first
// day and a burn span never ask Intl (whose first time-zone question loads ICU's zone data, ≈ 0.02 s a process).

import { DateTime, IANAZone } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDayGrid, startOfLocalDate, windowStart } from '../../scripts/engine/evaluation-days.ts';
import { burnRates } from '../../scripts/engine/burn-rate.ts';
import { luxonZone, PreparedZone, seedZoneOffsets, ZoneOffsets } from '../../scripts/engine/zone-offsets.ts';
import type { Report } from '../../scripts/model/documents.generated.ts';

const ZONES = ['Europe/Dublin', 'America/Chicago', 'America/Santiago', 'Australia/Lord_Howe'];
const FROM = Date.parse('2025-01-01T00:00:00Z');
const TO = Date.parse('2028-01-01T00:00:00Z');
const STEP = 19 * 3_600_000 + 13 * 60_000 + 17_000;

/** What luxon answers in `zone` (a name, read as luxon's IANAZone, or a PreparedZone) at `ms`. */
function localFacts(zone: string | PreparedZone, ms: number): (string | number | null)[] {
  const at = DateTime.fromMillis(ms, { zone });
  return [
    at.toISODate(), at.toISO(), at.offset,
    at.startOf('day').toMillis(), at.startOf('month').toMillis(), at.startOf('quarter').toMillis(), at.endOf('month').toMillis(),
    at.startOf('day').minus({ days: 1 }).toMillis(), at.startOf('day').plus({ days: 1 }).toISODate(),
    DateTime.fromISO(at.toISODate()!, { zone }).startOf('day').toMillis(),
  ];
}

const realDateTimeFormat = Intl.DateTimeFormat;
afterEach(() => {
  Intl.DateTimeFormat = realDateTimeFormat;
});

describe('luxon on prepared zone offsets', () => {
  it('gives the IANA zone\'s own days, months, offsets and dates, instant by instant', () => {
    let compared = 0;
    for (const name of ZONES) {
      const zone = luxonZone(name);
      expect(zone).toBeInstanceOf(PreparedZone);
      (zone as PreparedZone).offsets.prepare(FROM - 40 * 86_400_000, TO + 40 * 86_400_000);
      for (let ms = FROM; ms < TO; ms += STEP) {
        expect({ name, at: new Date(ms).toISOString(), facts: localFacts(zone as PreparedZone, ms) })
          .toEqual({ name, at: new Date(ms).toISOString(), facts: localFacts(name, ms) });
        compared++;
      }
    }
    expect(compared).toBe(ZONES.length * Math.ceil((TO - FROM) / STEP));
    // Santiago's clocks sprang forward at midnight on 7 September 2025: that day starts at 01:00 local, 04:00 UTC.
    expect(DateTime.fromISO('2025-09-07T12:00:00', { zone: luxonZone('America/Santiago') }).startOf('day').toISO()).toBe('2025-09-07T01:00:00.000-03:00');
  });

  it('leaves to luxon the names it does not read as IANA zones, and refuses an unknown zone as before', () => {
    expect(luxonZone('UTC')).toBe('UTC');
    expect(luxonZone('utc')).toBe('utc');
    expect(luxonZone('UTC+3')).toBe('UTC+3');
    expect(luxonZone('Europe/Dublin')).toBe(luxonZone('Europe/Dublin'));
    expect((luxonZone('Mars/Olympus_Mons') as PreparedZone).isValid).toBe(false);
    expect(() => buildDayGrid('Mars/Olympus_Mons', Date.parse('2026-11-24T16:00:00Z'), 30)).toThrow('unknown time zone "Mars/Olympus_Mons": use an IANA name such as Europe/Dublin');
  });

  it('never asks Intl once the spans an earlier run prepared are seeded', () => {
    // An earlier run: Dublin's offsets prepared over the years an evaluation reaches, kept as a span.
    const earlier = new ZoneOffsets('Europe/Dublin');
    earlier.prepare(Date.parse('2025-06-01T00:00:00Z'), Date.parse('2027-12-01T00:00:00Z'));
    const span = earlier.span()!;
    // This run: luxon and Intl start afresh (no zone, no formatter made yet), then the kept span is seeded.
    IANAZone.resetCache();
    seedZoneOffsets([span]);
    let asked = 0;
    Intl.DateTimeFormat = function DateTimeFormat(this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      asked++;
      return new realDateTimeFormat(...args);
    } as unknown as typeof Intl.DateTimeFormat;

    const nowMs = Date.parse('2026-11-24T16:00:00Z');
    const grid = buildDayGrid('Europe/Dublin', nowMs, 400);
    const month = windowStart({ kind: 'calendar', unit: 'month', text: 'month' }, 'Europe/Dublin', nowMs);
    const quarter = windowStart({ kind: 'calendar', unit: 'quarter', text: 'quarter' }, 'Europe/Dublin', nowMs);
    const summer = startOfLocalDate('2026-07-01', 'Europe/Dublin');
    const series = grid.dates.slice(-8).map((date) => ({ date, count: 10, met: 8, value: 0.8, windowValue: 0.8, version: 'v1' }));
    const burn = burnRates({
      metric: 'first_response_time', series, versions: [{ version: 'v1', from: '2026-01-01', goal: { direction: 'min', value: 0.9, text: '90%' } }],
      goal: { direction: 'min', value: 0.9, text: '90%' }, errorBudget: { allowed: 30, used: 20, remaining: 0.33 },
    } as unknown as Report['standards'][number], { kind: 'rolling', days: 30, text: '30d' }, 'Europe/Dublin', new Date(nowMs));
    expect(asked).toBe(0);
    Intl.DateTimeFormat = realDateTimeFormat;

    // The values are the IANA zone's: Dublin is on GMT in November and on IST (+01:00) in July.
    expect(grid.dates.at(-1)).toBe('2026-11-24');
    expect(grid.starts[grid.days - 1]).toBe(Date.parse('2026-11-24T00:00:00Z'));
    expect(grid.dates[grid.days - 147]).toBe('2026-07-01');
    expect(grid.starts[grid.days - 147]).toBe(Date.parse('2026-06-30T23:00:00Z'));
    expect(month).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(quarter).toBe(Date.parse('2026-10-01T00:00:00Z') - 3_600_000);
    expect(summer).toBe(Date.parse('2026-06-30T23:00:00Z'));
    // 8 of 10 met each day against a 90% goal: each day used 2 misses where 1 was allowed (rate 2); 10 of the
    // window's 30 allowed misses are left, burning 1 a day more than allowed: they run out 10 days after now.
    expect(burn).toEqual({
      spans: [
        { days: 1, from: '2026-11-23', to: '2026-11-23', count: 10, used: 2, allowed: 1, rate: 2, runsOut: '2026-12-04', daysLeft: 10 },
        { days: 7, from: '2026-11-17', to: '2026-11-23', count: 70, used: 14, allowed: 7, rate: 2, runsOut: '2026-12-04', daysLeft: 10 },
      ],
    });
  });
});
