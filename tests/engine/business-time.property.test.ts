// Properties of business time over generated calendars (random weekly hours with overnight shifts, full and
// partial holidays, zones in both hemispheres and with odd offsets) and instants clustered around DST changes.
// A naive oracle that classifies every minute by its local wall time checks the compiled table independently.
// Seeds are fixed so every run checks the same cases.

import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../../scripts/engine/business-time.ts';
import { WEEKDAYS, type CalendarDefinition, type LocalInterval } from '../../scripts/model/model.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const TOLERANCE = 1e-6; // minutes

const ZONES = ['Europe/Dublin', 'Australia/Sydney', 'America/Chicago', 'UTC', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham', 'America/Sao_Paulo'] as const;
/** Instants near which offsets change (2017–2019 São Paulo changed at local midnight). */
const DST_CHANGES = [
  '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', // Dublin
  '2026-04-04T16:00:00Z', '2026-10-03T16:00:00Z', // Sydney
  '2026-03-08T08:00:00Z', '2026-11-01T07:00:00Z', // Chicago
  '2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z', // Lord Howe (half-hour DST)
  '2018-11-04T03:00:00Z', '2019-02-17T02:00:00Z', // São Paulo
].map((iso) => Date.parse(iso));
const RANGE_FROM = Date.parse('2017-06-01T00:00:00Z');
const RANGE_TO = Date.parse('2027-06-01T00:00:00Z');

type Holiday = CalendarDefinition['holidays'][number];

const arbInterval: fc.Arbitrary<LocalInterval> = fc
  .record({ start: fc.integer({ min: 0, max: 47 }), length: fc.integer({ min: 1, max: 48 }) })
  .map(({ start, length }) => ({ start: start * 30, end: Math.min(start * 30 + length * 30, start * 30 + 1439) }));

const arbCalendar = (zones: readonly string[], interval = arbInterval): fc.Arbitrary<CalendarDefinition> => fc
  .record({
    zone: fc.constantFrom(...zones),
    days: fc.array(fc.array(interval, { maxLength: 3 }), { minLength: 7, maxLength: 7 }),
    holidays: fc.array(fc.record({
      near: fc.constantFrom(...DST_CHANGES),
      dayShift: fc.integer({ min: -3, max: 3 }),
      open: fc.option(fc.array(interval, { minLength: 1, maxLength: 2 }), { nil: null }),
    }), { maxLength: 6 }),
  })
  .filter(({ days }) => days.some((d) => d.length > 0))
  .map(({ zone, days, holidays }) => {
    const byDate = new Map<string, Holiday>();
    for (const h of holidays) {
      const date = new Date(h.near + h.dayShift * DAY).toISOString().slice(0, 10);
      byDate.set(date, { date, name: `holiday ${date}`, open: h.open });
    }
    return {
      id: 'generated',
      name: 'generated',
      timezone: zone,
      hours: Object.fromEntries(WEEKDAYS.map((day, i) => [day, days[i]!])) as CalendarDefinition['hours'],
      holidays: [...byDate.values()],
      origin: { file: 'generated' },
    };
  });

/** Instants: half near DST changes (within 4 days), half anywhere in ten years. Whole or fractional ms. */
const arbInstant = fc.oneof(
  fc.record({ near: fc.constantFrom(...DST_CHANGES), offset: fc.integer({ min: -4 * DAY, max: 4 * DAY }) }).map(({ near, offset }) => near + offset),
  fc.integer({ min: RANGE_FROM, max: RANGE_TO }),
);
const arbSorted = (n: number) => fc.array(arbInstant, { minLength: n, maxLength: n }).map((xs) => xs.sort((a, b) => a - b));

/** Compiled for the whole span the instants come from, so a run measures the properties, not table growth. */
const compileFor = (calendar: CalendarDefinition) => compileCalendar(calendar, { fromMs: RANGE_FROM, toMs: RANGE_TO });

describe('business time properties', () => {
  it('elapsed time is additive, monotonic, never more than wall time, and 0 backwards', () => {
    fc.assert(fc.property(arbCalendar(ZONES), fc.array(arbSorted(3), { minLength: 10, maxLength: 10 }), (calendar, triples) => {
      const clock = compileFor(calendar);
      for (const [a, b, c] of triples as Array<[number, number, number]>) {
        const ab = clock.elapsedMinutes(a, b);
        const bc = clock.elapsedMinutes(b, c);
        const ac = clock.elapsedMinutes(a, c);
        expect(Math.abs(ab + bc - ac)).toBeLessThanOrEqual(TOLERANCE);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ac).toBeGreaterThanOrEqual(ab); // later end, more time
        expect(ac).toBeGreaterThanOrEqual(bc); // earlier start, more time
        expect(ac).toBeLessThanOrEqual((c - a) / MINUTE + TOLERANCE);
        expect(clock.elapsedMinutes(c, a)).toBe(0);
      }
    }), { seed: 42, numRuns: 150 });
  });

  it('a due time is reached exactly, minimally, inside or at the end of open time, and moves forward with the duration', () => {
    const arbMinutes = fc.oneof(fc.integer({ min: 1, max: 20_000 }), fc.double({ min: 0.001, max: 5_000, noNaN: true }));
    fc.assert(fc.property(arbCalendar(ZONES), fc.array(fc.tuple(arbInstant, arbMinutes, arbMinutes), { minLength: 10, maxLength: 10 }), (calendar, cases) => {
      const clock = compileFor(calendar);
      for (const [from, m1, m2] of cases) {
        const due = clock.addMinutes(from, m1);
        expect(due).toBeGreaterThan(from);
        expect(Math.abs(clock.elapsedMinutes(from, due) - m1)).toBeLessThanOrEqual(TOLERANCE);
        // the millisecond before the due instant was open time: it is not in a closed stretch
        expect(clock.elapsedMinutes(due - 1, due)).toBeGreaterThan(0);
        const [small, large] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(clock.addMinutes(from, small)).toBeLessThanOrEqual(clock.addMinutes(from, large));
        // and back again: the latest instant that far back in business time
        const back = clock.addMinutes(due, -m1);
        expect(back).toBeLessThanOrEqual(due);
        expect(Math.abs(clock.elapsedMinutes(back, due) - m1)).toBeLessThanOrEqual(TOLERANCE);
      }
    }), { seed: 42, numRuns: 150 });
  });

  it('answers outside the compiled range the same as a clock compiled for it', () => {
    fc.assert(fc.property(arbCalendar(ZONES), arbSorted(2), (calendar, [a, b]) => {
      const far = compileCalendar(calendar, { fromMs: Date.parse('2030-01-01T00:00:00Z'), toMs: Date.parse('2031-01-01T00:00:00Z') });
      const near = compileCalendar(calendar, { fromMs: a!, toMs: b! });
      expect(far.elapsedMinutes(a!, b!)).toBe(near.elapsedMinutes(a!, b!));
      expect(far.addMinutes(a!, 600)).toBe(near.addMinutes(a!, 600));
    }), { seed: 42, numRuns: 40 });
  });

  it('a calendar open around the clock is wall time in every zone', () => {
    const always = (zone: string): CalendarDefinition => ({
      id: 'always', name: 'always', timezone: zone, holidays: [], origin: { file: 'generated' },
      hours: Object.fromEntries(WEEKDAYS.map((day) => [day, [{ start: 0, end: 1440 }]])) as CalendarDefinition['hours'],
    });
    const clocks = new Map(ZONES.map((zone) => [zone, compileFor(always(zone))]));
    fc.assert(fc.property(fc.constantFrom(...ZONES), arbSorted(2), fc.integer({ min: 1, max: 100_000 }), (zone, [a, b], m) => {
      const clock = clocks.get(zone)!;
      expect(clock.elapsedMinutes(a!, b!)).toBe((b! - a!) / MINUTE);
      expect(clock.addMinutes(a!, m)).toBe(a! + m * MINUTE);
    }), { seed: 42, numRuns: 300 });
  });
});

/**
 * The oracle: walks minute by minute and asks luxon only for each minute's UTC offset, to read its local date and time. A minute is open when
 * its local time lies in an interval that started on its date or the date before (weekly hours unless its own
 * date is a holiday; a holiday's own `open` intervals always). It agrees with the compiled rule whenever no
 * interval starts or ends inside an hour that DST skips or repeats, which the calendars below guarantee by
 * keeping every boundary between 04:00 and 24:00 (our zones change between 00:00 and 03:00 local; São Paulo,
 * which changed at midnight, is left out).
 */
function oracleMinutes(calendar: CalendarDefinition, fromMs: number, toMs: number): number {
  const zone = IANAZone.create(calendar.timezone);
  const holidays = new Map(calendar.holidays.map((h) => [h.date, h.open]));
  const inside = (intervals: readonly LocalInterval[] | null | undefined, minute: number) =>
    (intervals ?? []).some((i) => i.start <= minute && minute < i.end);
  const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
  const weekdayOf = (day: number) => WEEKDAYS[(((day + 3) % 7) + 7) % 7]!; // day 0, 1970-01-01, was a Thursday
  let open = 0;
  for (let t = fromMs; t < toMs; t += MINUTE) {
    const local = t + zone.offset(t) * MINUTE; // the wall clock, written as if it were UTC
    const day = Math.floor(local / DAY);
    const minute = Math.round((local - day * DAY) / MINUTE);
    const today = dateOf(day);
    const weekly = !holidays.has(today) && (inside(calendar.hours[weekdayOf(day)], minute) || inside(calendar.hours[weekdayOf(day - 1)], minute + 1440));
    const forced = inside(holidays.get(today), minute) || inside(holidays.get(dateOf(day - 1)), minute + 1440);
    if (weekly || forced) open += 1;
  }
  return open;
}

describe('business time against a minute-by-minute oracle', () => {
  const arbDaytime: fc.Arbitrary<LocalInterval> = fc
    .record({ start: fc.integer({ min: 8, max: 46 }), length: fc.integer({ min: 1, max: 40 }) })
    .map(({ start, length }) => {
      let end = start * 30 + length * 30;
      if (end > 1440 && end < 1440 + 240) end = 1440; // no boundary between 00:00 and 04:00
      return { start: start * 30, end };
    });

  it('agrees on elapsed minutes over four days around DST changes, holidays included', () => {
    const zones = ZONES.filter((z) => z !== 'America/Sao_Paulo');
    const arbWindow = fc.record({ near: fc.constantFrom(...DST_CHANGES.slice(0, 8)), shift: fc.integer({ min: -3 * 24, max: 24 }) })
      .map(({ near, shift }) => {
        const from = Math.floor(near / HOUR) * HOUR + shift * HOUR;
        return [from, from + 4 * DAY] as const;
      });
    fc.assert(fc.property(arbCalendar(zones, arbDaytime), arbWindow, (calendar, [from, to]) => {
      const clock = compileFor(calendar);
      expect(clock.elapsedMinutes(from, to)).toBe(oracleMinutes(calendar, from, to));
    }), { seed: 42, numRuns: 60 });
  });
});
