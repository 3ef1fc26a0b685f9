// luxon on prepared zone offsets (zone-offsets.ts `PreparedZone`) at the edges of zones prepared-zone.test.ts does
// not reach: Apia, which skipped 30 December 2011 (−10:00 → +14:00, with DST around it, and none since 2021); Tehran,
// whose clocks changed at midnight until 2022 and never since; Casablanca, which leaves +01:00 for Ramadan each
// year; Troll, whose DST is two hours; Nuuk, which moved its standard offset in 2023. Instant by instant, the local
// facts luxon gives on the prepared offsets are those it gives on the IANA zone itself (an independent method:
// Intl's answers through luxon's IANAZone).

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { startOfLocalDate } from '../../scripts/engine/evaluation-days.ts';
import { luxonZone, PreparedZone, ZoneOffsets } from '../../scripts/engine/zone-offsets.ts';

const H = 3_600_000;
const DAY_MS = 86_400_000;
/** Each zone over the years that hold its odd changes. */
const SPANS: [string, string, string][] = [
  ['Pacific/Apia', '2010-06-01', '2013-06-01'],
  ['Pacific/Apia', '2020-06-01', '2022-06-01'],
  ['Asia/Tehran', '2020-01-01', '2024-01-01'],
  ['Africa/Casablanca', '2024-01-01', '2026-12-31'],
  ['Antarctica/Troll', '2024-01-01', '2026-01-01'],
  ['America/Nuuk', '2022-06-01', '2024-06-01'],
];
/** Not a divisor of an hour or a day: the instants walk through every minute of the clock over the span. */
const STEP = 7 * H + 11 * 60_000 + 3_000;

function localFacts(zone: string | PreparedZone, ms: number): (string | number | null)[] {
  const at = DateTime.fromMillis(ms, { zone });
  return [
    at.toISODate(), at.toISO(), at.offset,
    at.startOf('day').toMillis(), at.startOf('month').toMillis(), at.endOf('day').toMillis(),
    at.startOf('day').minus({ days: 1 }).toMillis(), at.startOf('day').plus({ days: 1 }).toISODate(),
    DateTime.fromISO(at.toISODate()!, { zone }).startOf('day').toMillis(),
  ];
}

describe('prepared zone offsets at odd changes', () => {
  it('give the IANA zone\'s own dates, day starts and offsets, instant by instant', () => {
    let compared = 0;
    for (const [name, from, to] of SPANS) {
      const zone = luxonZone(name) as PreparedZone;
      const fromMs = Date.parse(`${from}T00:00:00Z`);
      const toMs = Date.parse(`${to}T00:00:00Z`);
      zone.offsets.prepare(fromMs - 40 * DAY_MS, toMs + 40 * DAY_MS);
      for (let ms = fromMs; ms < toMs; ms += STEP) {
        expect({ name, at: new Date(ms).toISOString(), facts: localFacts(zone, ms) }).toEqual({ name, at: new Date(ms).toISOString(), facts: localFacts(name, ms) });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('Apia has no 30 December 2011: 29 December is followed by the 31st', () => {
    const zone = luxonZone('Pacific/Apia');
    const day29 = startOfLocalDate('2011-12-29', 'Pacific/Apia');
    const next = DateTime.fromMillis(day29, { zone }).plus({ days: 1 });
    expect(next.toISODate()).toBe('2011-12-31');
    // Midnight of the 29th at −10:00 (DST), of the 31st at +14:00: 24 hours apart.
    expect(day29).toBe(Date.parse('2011-12-29T10:00:00Z'));
    expect(next.toMillis()).toBe(Date.parse('2011-12-30T10:00:00Z'));
  });

  it('a wall time turns into the instant the clock shows it at, at each change (earlier occurrence; a skipped one moved forward)', () => {
    const offsets = new ZoneOffsets('Asia/Tehran');
    offsets.prepare(Date.parse('2021-01-01T00:00:00Z'), Date.parse('2023-01-01T00:00:00Z'));
    // Tehran 2022: spring forward at 00:00 on 22 March (+03:30 → +04:30): 00:30 is skipped, read with +03:30.
    expect(offsets.instantOf(Date.parse('2022-03-22T00:30:00Z'))).toBe(Date.parse('2022-03-21T21:00:00Z'));
    // Fall back at 00:00 on 22 September (+04:30 → +03:30): 23:30 on the 21st is shown twice, the earlier taken.
    expect(offsets.instantOf(Date.parse('2022-09-21T23:30:00Z'))).toBe(Date.parse('2022-09-21T19:00:00Z'));
    const apia = new ZoneOffsets('Pacific/Apia');
    apia.prepare(Date.parse('2011-06-01T00:00:00Z'), Date.parse('2012-06-01T00:00:00Z'));
    // Noon on the skipped 30 December 2011: read with the offset before the gap (−10:00), 22:00 UTC.
    expect(apia.instantOf(Date.parse('2011-12-30T12:00:00Z'))).toBe(Date.parse('2011-12-30T22:00:00Z'));
  });
});
