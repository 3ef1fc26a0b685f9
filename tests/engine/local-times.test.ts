// Local times that happen twice or never, read by one rule everywhere (RFC 5545 §3.3.5, Temporal `compatible`):
// the earlier occurrence of a repeated time; a skipped time moved forward by the gap. The CSV source, the
// shared `instantOfLocalTime` and the calendar compiler must agree, in zones whose changes differ: an hour at
// 01:00/02:00 (Europe/London, America/New_York), half an hour (Australia/Lord_Howe), and at midnight
// (America/Havana: midnight happens twice on 1 November 2026 and never on 8 March 2026).

import { describe, expect, it } from 'vitest';
import { IANAZone } from 'luxon';
import { instantOfLocalTime } from '../../scripts/sources/instants.ts';
import { TimestampReader } from '../../scripts/sources/csv.ts';
import { compileCalendar } from '../../scripts/engine/business-time.ts';
import type { CalendarDefinition } from '../../scripts/model/model.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const wall = (text: string) => Date.parse(`${text}Z`);

// [zone, local time, instant] worked out from the zone's offsets on each side of the change.
const CASES: Array<[string, string, string, string]> = [
  // repeated: the earlier occurrence, with the offset before the change
  ['repeated', 'Europe/London', '2026-10-25T01:30:00', '2026-10-25T00:30:00.000Z'], // BST +1
  ['repeated', 'America/New_York', '2026-11-01T01:30:00', '2026-11-01T05:30:00.000Z'], // EDT −4
  ['repeated', 'Australia/Lord_Howe', '2026-04-05T01:45:00', '2026-04-04T14:45:00.000Z'], // +11 (01:30–02:00 repeats)
  ['repeated', 'America/Havana', '2026-11-01T00:30:00', '2026-11-01T04:30:00.000Z'], // CDT −4 (00:00–01:00 repeats)
  // skipped: read with the offset before the gap, so moved forward by the gap
  ['skipped', 'Europe/London', '2026-03-29T01:30:00', '2026-03-29T01:30:00.000Z'], // GMT: 02:30 BST
  ['skipped', 'America/New_York', '2026-03-08T02:30:00', '2026-03-08T07:30:00.000Z'], // EST: 03:30 EDT
  ['skipped', 'Australia/Lord_Howe', '2026-10-04T02:15:00', '2026-10-03T15:45:00.000Z'], // +10:30: 02:45 +11
  ['skipped', 'America/Havana', '2026-03-08T00:30:00', '2026-03-08T05:30:00.000Z'], // CST −5: 01:30 CDT
  // ordinary times around them are untouched
  ['ordinary', 'Europe/London', '2026-10-25T02:30:00', '2026-10-25T02:30:00.000Z'],
  ['ordinary', 'America/Havana', '2026-11-01T01:00:00', '2026-11-01T06:00:00.000Z'],
];

describe('a local time that happens twice or never', () => {
  it.each(CASES)('%s: %s %s is %s', (_kind, zone, local, expected) => {
    expect(iso(instantOfLocalTime(IANAZone.create(zone), wall(local)))).toBe(expected);
  });

  it.each(CASES)('the CSV source reads %s %s %s as %s, whatever it read before in the same hour', (_kind, zone, local, expected) => {
    const reader = new TimestampReader(zone);
    // Warm the per-hour cache with a neighbour first: the answer must not depend on reading order.
    reader.read(local.replace(/:\d\d:00$/, ':05:00'));
    expect(iso(reader.read(local)!)).toBe(expected);
    expect(iso(reader.read(local.replace('T', ' ').slice(0, 16))!)).toBe(expected);
  });

  it('the calendar compiler applies the same rule to opening and closing times', () => {
    for (const [, zone, local, expected] of CASES) {
      // A calendar open only from that local time for one minute on that date.
      const date = local.slice(0, 10);
      const minutes = Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
      const weekday = (['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const)[new Date(`${date}T12:00:00Z`).getUTCDay()]!;
      const cal: CalendarDefinition = {
        id: 'probe', name: 'probe', timezone: zone,
        hours: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [], [weekday]: [{ start: minutes, end: minutes + 1 }] },
        holidays: [], origin: { file: 'probe.yaml' },
      };
      const clock = compileCalendar(cal, { fromMs: Date.parse('2026-01-01T00:00:00Z'), toMs: Date.parse('2027-01-01T00:00:00Z') });
      // The first business instant after the day before is the opening.
      const dayBefore = Date.parse(`${date}T00:00:00Z`) - 2 * 86_400_000;
      expect(`${zone} ${local} ${iso(clock.passedAt(dayBefore, 0))}`).toBe(`${zone} ${local} ${expected}`);
    }
  });
});

describe('a 24:00 closing on a night when midnight happens twice (America/Havana, 31 October 2026)', () => {
  const havana: CalendarDefinition = {
    id: 'havana-desk', name: 'Havana desk', timezone: 'America/Havana',
    hours: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [{ start: 540, end: 1440 }], sunday: [] },
    holidays: [], origin: { file: 'havana.yaml' },
  };
  const clock = compileCalendar(havana, { fromMs: Date.parse('2026-01-01T00:00:00Z'), toMs: Date.parse('2027-01-01T00:00:00Z') });

  it('closes at the first midnight: 09:00 CDT (13:00 UTC) to 00:00 CDT (04:00 UTC) is 15 hours, not 16', () => {
    expect(clock.elapsedMinutes(Date.parse('2026-10-31T00:00:00Z'), Date.parse('2026-11-02T00:00:00Z'))).toBe(15 * 60);
    expect(iso(clock.addMinutes(Date.parse('2026-10-31T00:00:00Z'), 15 * 60))).toBe('2026-11-01T04:00:00.000Z');
  });

  it('a week earlier (no change) it is 15 hours too, and on 7 March, when midnight never happens, 15 as well', () => {
    expect(clock.elapsedMinutes(Date.parse('2026-10-24T00:00:00Z'), Date.parse('2026-10-26T00:00:00Z'))).toBe(15 * 60);
    // 09:00 CST (14:00 UTC) to the skipped midnight read with CST: 05:00 UTC (01:00 CDT).
    expect(clock.elapsedMinutes(Date.parse('2026-03-07T00:00:00Z'), Date.parse('2026-03-09T00:00:00Z'))).toBe(15 * 60);
  });
});
