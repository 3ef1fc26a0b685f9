// Hand-checked business time. Every expected number below was worked out on paper from the calendar and the
// zone's DST rules (Europe/Dublin: GMT = UTC+0 in winter, IST = UTC+1 from the last Sunday of March 01:00 UTC
// to the last Sunday of October 01:00 UTC; Australia/Sydney: AEST = UTC+10, AEDT = UTC+11 from the first
// Sunday of October 02:00 local to the first Sunday of April 03:00 local). Instants are written with their
// offset so each one can be read as the local wall time it stands for.

import { describe, expect, it } from 'vitest';
import { clockFor, compileCalendar, createClockRegistry } from '../../scripts/engine/business-time.ts';
import { wallClock } from '../../scripts/engine/business-clock.ts';
import type { CalendarDefinition, LocalInterval, Weekday } from '../../scripts/model/model.ts';

const MINUTE = 60_000;
const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad instant in test: ${iso}`);
  return ms;
};
const iso = (ms: number): string => new Date(ms).toISOString();

/** `09:00-17:00` → {540, 1020}; an end at or before the start runs past midnight, as in the YAML. */
function interval(text: string): LocalInterval {
  const [start, end] = text.split('-').map((hhmm) => {
    const [h, m] = hhmm.split(':').map(Number);
    return h! * 60 + m!;
  }) as [number, number];
  return { start, end: end <= start ? end + 1440 : end };
}

type Week = Partial<Record<Weekday, string[]>>;
const WORKWEEK = (text: string): Week => ({ monday: [text], tuesday: [text], wednesday: [text], thursday: [text], friday: [text] });
const EVERY_DAY = (text: string): Week => ({ ...WORKWEEK(text), saturday: [text], sunday: [text] });

function calendar(id: string, timezone: string, week: Week, holidays: { date: string; open?: string[] }[] = []): CalendarDefinition {
  const day = (name: Weekday) => (week[name] ?? []).map(interval);
  return {
    id,
    name: id,
    timezone,
    hours: {
      monday: day('monday'), tuesday: day('tuesday'), wednesday: day('wednesday'), thursday: day('thursday'),
      friday: day('friday'), saturday: day('saturday'), sunday: day('sunday'),
    },
    holidays: holidays.map((h) => ({ date: h.date, name: `holiday ${h.date}`, open: h.open ? h.open.map(interval) : null })),
    origin: { file: `standards/calendars/${id}.yaml` },
  };
}

const YEAR_2026 = { fromMs: at('2026-01-01T00:00:00Z'), toMs: at('2027-01-01T00:00:00Z') };
const compile = (def: CalendarDefinition) => compileCalendar(def, YEAR_2026);

describe('a Mon–Fri 09:00–17:00 calendar in Europe/Dublin', () => {
  const office = compile(calendar('dublin-office', 'Europe/Dublin', WORKWEEK('09:00-17:00')));

  it('counts Friday 16:30 to Monday 09:30 as 60 minutes', () => {
    expect(office.elapsedMinutes(at('2026-11-20T16:30:00Z'), at('2026-11-23T09:30:00Z'))).toBe(60);
  });

  it('gives Monday 09:30 as the due time of 60 minutes from Friday 16:30', () => {
    expect(iso(office.addMinutes(at('2026-11-20T16:30:00Z'), 60))).toBe('2026-11-23T09:30:00.000Z');
  });

  it('counts within a day, a whole week, and nothing when the end is not after the start', () => {
    expect(office.elapsedMinutes(at('2026-11-17T10:00:00Z'), at('2026-11-17T12:15:00Z'))).toBe(135);
    expect(office.elapsedMinutes(at('2026-11-15T00:00:00Z'), at('2026-11-22T00:00:00Z'))).toBe(5 * 480);
    expect(office.elapsedMinutes(at('2026-11-17T12:00:00Z'), at('2026-11-17T10:00:00Z'))).toBe(0);
    expect(office.elapsedMinutes(at('2026-11-17T12:00:00Z'), at('2026-11-17T12:00:00Z'))).toBe(0);
  });

  it('keeps fractions of a minute', () => {
    expect(office.elapsedMinutes(at('2026-11-17T10:00:00Z'), at('2026-11-17T10:00:30Z'))).toBe(0.5);
    expect(iso(office.addMinutes(at('2026-11-20T16:59:00Z'), 1.5))).toBe('2026-11-23T09:00:30.000Z');
  });

  it('starts the clock at opening time for a ticket created while closed', () => {
    expect(iso(office.addMinutes(at('2026-11-21T12:00:00Z'), 30))).toBe('2026-11-23T09:30:00.000Z');
    // a due time that falls exactly on closing time is closing time, not the next opening
    expect(iso(office.addMinutes(at('2026-11-20T16:00:00Z'), 60))).toBe('2026-11-20T17:00:00.000Z');
  });

  it('goes back in business time for negative minutes (the latest such instant)', () => {
    expect(iso(office.addMinutes(at('2026-11-23T09:30:00Z'), -60))).toBe('2026-11-20T16:30:00.000Z');
    expect(iso(office.addMinutes(at('2026-11-23T09:00:00Z'), -60))).toBe('2026-11-20T16:00:00.000Z');
    expect(office.addMinutes(at('2026-11-21T12:00:00Z'), 0)).toBe(at('2026-11-21T12:00:00Z'));
  });

  describe('in the spring-forward week (Sunday 29 March 2026, 01:00 GMT becomes 02:00 IST)', () => {
    it('counts Friday 16:00 GMT to Monday 10:00 IST as 120 minutes', () => {
      expect(office.elapsedMinutes(at('2026-03-27T16:00:00+00:00'), at('2026-03-30T10:00:00+01:00'))).toBe(120);
    });
    it('opens on Monday at 09:00 IST, which is 08:00 UTC', () => {
      expect(office.elapsedMinutes(at('2026-03-30T07:00:00Z'), at('2026-03-30T08:00:00Z'))).toBe(0);
      expect(office.elapsedMinutes(at('2026-03-30T08:00:00Z'), at('2026-03-30T08:30:00Z'))).toBe(30);
      expect(iso(office.addMinutes(at('2026-03-27T16:30:00Z'), 60))).toBe('2026-03-30T08:30:00.000Z');
    });
    it('counts Friday 09:00 GMT to the next Friday 09:00 IST as five days of 8 hours', () => {
      expect(office.elapsedMinutes(at('2026-03-27T09:00:00+00:00'), at('2026-04-03T09:00:00+01:00'))).toBe(5 * 480);
    });
  });

  describe('in the fall-back week (Sunday 25 October 2026, 02:00 IST becomes 01:00 GMT)', () => {
    it('counts Friday 16:00 IST to Monday 10:00 GMT as 120 minutes', () => {
      expect(office.elapsedMinutes(at('2026-10-23T16:00:00+01:00'), at('2026-10-26T10:00:00+00:00'))).toBe(120);
    });
    it('opens on Monday at 09:00 GMT, which is 09:00 UTC', () => {
      expect(office.elapsedMinutes(at('2026-10-26T08:00:00Z'), at('2026-10-26T09:00:00Z'))).toBe(0);
      expect(iso(office.addMinutes(at('2026-10-23T16:30:00+01:00'), 60))).toBe('2026-10-26T09:30:00.000Z');
    });
  });
});

describe('local wall times skipped or repeated by DST', () => {
  const sundayNight = (zone: string, hours: string) => compile(calendar(`night-${zone}`, zone, { sunday: [hours] }));
  /** Open minutes from 36 hours before to 36 hours after midnight UTC of `date`: the one Sunday night around it. */
  const around = (clock: { elapsedMinutes(a: number, b: number): number }, date: string) =>
    clock.elapsedMinutes(at(`${date}T00:00:00Z`) - 36 * 3_600_000, at(`${date}T00:00:00Z`) + 36 * 3_600_000);

  it('Dublin 01:00–03:00 lasts 1 real hour on the spring-forward night and 3 on the fall-back night', () => {
    const clock = sundayNight('Europe/Dublin', '01:00-03:00');
    expect(around(clock, '2026-03-29')).toBe(60);
    expect(around(clock, '2026-10-25')).toBe(180);
    expect(around(clock, '2026-11-01')).toBe(120);
    // the spring interval starts when the clocks jump (01:00 UTC) and ends at 03:00 IST (02:00 UTC)
    expect(iso(clock.addMinutes(at('2026-03-28T12:00:00Z'), 30))).toBe('2026-03-29T01:30:00.000Z');
    // the fall interval starts at the first 01:00 (IST, 00:00 UTC) and ends at 03:00 GMT (03:00 UTC)
    expect(iso(clock.addMinutes(at('2026-10-24T12:00:00Z'), 180))).toBe('2026-10-25T03:00:00.000Z');
    expect(iso(clock.addMinutes(at('2026-10-24T12:00:00Z'), 1))).toBe('2026-10-25T00:01:00.000Z');
  });

  it('Dublin: an interval inside the skipped hour moves forward with it; in the repeated hour it is the earlier one', () => {
    const clock = sundayNight('Europe/Dublin', '01:15-01:45');
    // 01:15 and 01:45 do not exist on 29 March: read with GMT, the offset before the gap, 01:15–01:45 UTC
    // (02:15–02:45 IST): 30 minutes, as Temporal and RFC 5545 read them.
    expect(around(clock, '2026-03-29')).toBe(30);
    expect(iso(clock.addMinutes(at('2026-03-28T12:00:00Z'), 1))).toBe('2026-03-29T01:16:00.000Z');
    expect(around(clock, '2026-04-05')).toBe(30);
    // the fall-back night repeats 01:00–02:00: the earlier 01:15 (00:15 UTC) to the earlier 01:45 (00:45 UTC)
    expect(around(clock, '2026-10-25')).toBe(30);
    expect(iso(clock.addMinutes(at('2026-10-24T12:00:00Z'), 30))).toBe('2026-10-25T00:45:00.000Z');
  });

  it('Sydney (DST starts in October) 01:00–04:00 lasts 2 real hours on 4 October and 4 on 5 April', () => {
    const clock = sundayNight('Australia/Sydney', '01:00-04:00');
    // 4 Oct 2026: 01:00 AEST = 15:00 UTC (3 Oct), 02:00 jumps to 03:00, 04:00 AEDT = 17:00 UTC
    expect(around(clock, '2026-10-03')).toBe(120);
    // 5 Apr 2026: 01:00 AEDT = 14:00 UTC (4 Apr), 03:00 falls back to 02:00, 04:00 AEST = 18:00 UTC
    expect(around(clock, '2026-04-04')).toBe(240);
    expect(around(clock, '2026-04-11')).toBe(180);
    expect(iso(clock.addMinutes(at('2026-10-03T00:00:00Z'), 1))).toBe('2026-10-03T15:01:00.000Z');
    expect(iso(clock.addMinutes(at('2026-04-04T00:00:00Z'), 240))).toBe('2026-04-04T18:00:00.000Z');
  });

  it('Sydney: a start in the skipped hour moves forward by the gap, an end in the repeated hour is its earlier occurrence', () => {
    // 02:30 does not exist on 4 Oct: read with AEST (+10), the offset before the gap: 16:30 UTC (03:30 AEDT);
    // 05:00 AEDT = 18:00 UTC
    const spring = sundayNight('Australia/Sydney', '02:30-05:00');
    expect(around(spring, '2026-10-03')).toBe(90);
    expect(iso(spring.addMinutes(at('2026-10-03T00:00:00Z'), 1))).toBe('2026-10-03T16:31:00.000Z');
    // 02:30 happens twice on 5 Apr: 00:00 AEDT = 13:00 UTC (4 Apr) to the first 02:30 (AEDT) = 15:30 UTC
    const fall = sundayNight('Australia/Sydney', '00:00-02:30');
    expect(around(fall, '2026-04-04')).toBe(150);
  });

  describe('a Mon–Fri 09:00–17:00 calendar in Australia/Sydney', () => {
    const office = compile(calendar('sydney-office', 'Australia/Sydney', WORKWEEK('09:00-17:00')));
    it('counts Friday 16:00 AEST to Monday 10:00 AEDT across the October change as 120 minutes', () => {
      expect(office.elapsedMinutes(at('2026-10-02T16:00:00+10:00'), at('2026-10-05T10:00:00+11:00'))).toBe(120);
      expect(iso(office.addMinutes(at('2026-10-02T16:30:00+10:00'), 60))).toBe('2026-10-04T22:30:00.000Z');
    });
    it('counts Friday 16:00 AEDT to Monday 10:00 AEST across the April change as 120 minutes', () => {
      expect(office.elapsedMinutes(at('2026-04-03T16:00:00+11:00'), at('2026-04-06T10:00:00+10:00'))).toBe(120);
      expect(iso(office.addMinutes(at('2026-04-03T16:30:00+11:00'), 60))).toBe('2026-04-05T23:30:00.000Z');
    });
  });
});

describe('a 24/7 calendar ({0, 1440} every day)', () => {
  for (const zone of ['Europe/Dublin', 'Australia/Sydney']) {
    const allDay = compile(calendar(`always-${zone}`, zone, EVERY_DAY('00:00-24:00')));
    it(`${zone}: is wall time, also across both DST changes`, () => {
      const cases: Array<[string, string]> = [
        ['2026-03-27T12:00:00Z', '2026-03-31T12:00:00Z'],
        ['2026-10-02T12:00:00Z', '2026-10-06T12:00:00Z'],
        ['2026-04-03T12:00:00Z', '2026-04-07T12:00:00Z'],
        ['2026-10-23T12:00:00Z', '2026-10-27T12:00:00Z'],
        ['2026-01-01T00:00:00Z', '2026-12-31T23:59:59.999Z'],
      ];
      for (const [from, to] of cases) {
        expect(allDay.elapsedMinutes(at(from), at(to))).toBe(wallClock.elapsedMinutes(at(from), at(to)));
        expect(allDay.addMinutes(at(from), 5000)).toBe(wallClock.addMinutes(at(from), 5000));
      }
      expect(allDay.intervalCount()).toBe(1);
    });
  }
});

describe('an overnight shift 22:00–06:00 starting Monday to Friday (Europe/Dublin, winter = UTC)', () => {
  const nights = compile(calendar('night-shift', 'Europe/Dublin', WORKWEEK('22:00-06:00')));

  it('counts Saturday 05:00 to Monday 23:00 as 120 minutes (the end of Friday night, the start of Monday night)', () => {
    expect(nights.elapsedMinutes(at('2026-11-21T05:00:00Z'), at('2026-11-23T23:00:00Z'))).toBe(120);
    expect(iso(nights.addMinutes(at('2026-11-21T05:30:00Z'), 60))).toBe('2026-11-23T22:30:00.000Z');
  });

  it('counts Tuesday 03:00 to Tuesday 23:00 as 240 minutes', () => {
    expect(nights.elapsedMinutes(at('2026-11-17T03:00:00Z'), at('2026-11-17T23:00:00Z'))).toBe(240);
  });

  it('merges shifts that touch across midnight into one stretch', () => {
    const rota = compile(calendar('rota', 'Europe/Dublin', { monday: ['18:00-00:00'], tuesday: ['00:00-08:00'] }));
    expect(rota.elapsedMinutes(at('2026-11-16T12:00:00Z'), at('2026-11-17T12:00:00Z'))).toBe(14 * 60);
    expect(iso(rota.addMinutes(at('2026-11-16T23:00:00Z'), 120))).toBe('2026-11-17T01:00:00.000Z');
    // one interval a week, not two
    const { fromMs, toMs } = rota.coverage();
    expect(rota.intervalCount()).toBeLessThanOrEqual(Math.ceil((toMs - fromMs) / (7 * 86_400_000)) + 1);
  });

  it('a holiday closes its own date: the shift that runs into it stops at midnight, its own shift runs only past midnight', () => {
    const withHoliday = compile(calendar('night-shift-holiday', 'Europe/Dublin', WORKWEEK('22:00-06:00'), [{ date: '2026-11-17' }]));
    // Mon 22:00–24:00 (120) open; Tue 00:00–06:00 and Tue 22:00–24:00 closed; Wed 00:00–06:00 (360) open
    expect(withHoliday.elapsedMinutes(at('2026-11-16T12:00:00Z'), at('2026-11-18T12:00:00Z'))).toBe(480);
    expect(nights.elapsedMinutes(at('2026-11-16T12:00:00Z'), at('2026-11-18T12:00:00Z'))).toBe(960);
  });
});

describe('holidays (Europe/Dublin, December 2026 is GMT = UTC)', () => {
  const irish = compile(calendar('irish-office', 'Europe/Dublin', WORKWEEK('09:00-17:00'), [
    { date: '2026-03-17' },
    { date: '2026-12-24', open: ['09:00-13:00'] },
    { date: '2026-12-25' },
    { date: '2026-12-26' },
    { date: '2026-12-28' },
  ]));

  it('a full holiday is closed all day', () => {
    expect(irish.elapsedMinutes(at('2026-03-17T00:00:00Z'), at('2026-03-18T00:00:00Z'))).toBe(0);
    expect(irish.elapsedMinutes(at('2026-12-25T00:00:00Z'), at('2026-12-26T00:00:00Z'))).toBe(0);
  });

  it('a partial-day holiday (Christmas Eve 09:00–13:00) is open only those hours', () => {
    expect(irish.elapsedMinutes(at('2026-12-24T08:00:00Z'), at('2026-12-24T18:00:00Z'))).toBe(240);
    expect(irish.elapsedMinutes(at('2026-12-24T12:30:00Z'), at('2026-12-24T16:00:00Z'))).toBe(30);
  });

  it('a due time runs over a weekend and a holiday', () => {
    // Fri 13 Mar 16:00 + 960: Fri 60, Mon 16 480, Tue 17 holiday, Wed 18 09:00 + 420 = 16:00
    expect(iso(irish.addMinutes(at('2026-03-13T16:00:00Z'), 960))).toBe('2026-03-18T16:00:00.000Z');
    expect(irish.elapsedMinutes(at('2026-03-13T16:00:00Z'), at('2026-03-18T16:00:00Z'))).toBe(960);
  });

  it('a due time runs over the half day, Christmas, the weekend and the substitute holiday', () => {
    // Thu 24 Dec 12:00 + 240: 60 until 13:00; 25, 26, 27, 28 closed; Tue 29 09:00 + 180 = 12:00
    expect(iso(irish.addMinutes(at('2026-12-24T12:00:00Z'), 240))).toBe('2026-12-29T12:00:00.000Z');
  });

  it('a holiday that opens an evening past midnight keeps the part after midnight open', () => {
    const event = compile(calendar('event', 'Europe/Dublin', WORKWEEK('09:00-17:00'), [{ date: '2026-11-21', open: ['20:00-02:00'] }]));
    expect(event.elapsedMinutes(at('2026-11-21T00:00:00Z'), at('2026-11-23T00:00:00Z'))).toBe(360);
  });

  it('a holiday with an empty open list is closed all day', () => {
    const closed = compileCalendar({ ...calendar('c', 'Europe/Dublin', WORKWEEK('09:00-17:00')), holidays: [{ date: '2026-11-17', name: 'x', open: [] }] }, YEAR_2026);
    expect(closed.elapsedMinutes(at('2026-11-17T00:00:00Z'), at('2026-11-18T00:00:00Z'))).toBe(0);
  });
});

describe('instants outside the compiled range', () => {
  const def = calendar('irish-office', 'Europe/Dublin', WORKWEEK('09:00-17:00'), [{ date: '2010-03-17' }, { date: '2040-12-25' }]);

  it('extends the table and gives the same answers as a clock compiled for those instants', () => {
    const clock = compile(def);
    const before = clock.coverage();
    // Wed 17 Mar 2010 (holiday) to Fri 19 Mar 2010 12:00: Thu 480 + Fri 180
    expect(clock.elapsedMinutes(at('2010-03-16T17:00:00Z'), at('2010-03-19T12:00:00Z'))).toBe(660);
    expect(clock.coverage().fromMs).toBeLessThan(before.fromMs);
    const fresh = compileCalendar(def, { fromMs: at('2040-01-01T00:00:00Z'), toMs: at('2041-01-01T00:00:00Z') });
    expect(clock.elapsedMinutes(at('2040-12-20T00:00:00Z'), at('2041-01-02T00:00:00Z')))
      .toBe(fresh.elapsedMinutes(at('2040-12-20T00:00:00Z'), at('2041-01-02T00:00:00Z')));
  });

  it('grows by at least its span: instants met newest first over three years cost a few compiles, and the answers of a clock compiled for all of it', () => {
    const clock = compileCalendar(def, { fromMs: at('2026-09-01T00:00:00Z'), toMs: at('2026-12-01T00:00:00Z') });
    const whole = compileCalendar(def, { fromMs: at('2023-06-01T00:00:00Z'), toMs: at('2026-12-01T00:00:00Z') });
    const covers = new Set<string>();
    // A ticket a week, from 2026-11-25 back to 2023-09: each an hour's wait from 08:30 local time.
    for (let week = 0; week < 165; week++) {
      const from = at('2026-11-25T08:30:00Z') - week * 7 * 86_400_000;
      expect(clock.elapsedMinutes(from, from + 3_600_000)).toBe(whole.elapsedMinutes(from, from + 3_600_000));
      const { fromMs, toMs } = clock.coverage();
      covers.add(`${fromMs}-${toMs}`);
    }
    // The first cover, then one per doubling (~3 months to ~39 months: four); padding a month at a time took 31.
    expect(covers.size).toBeLessThanOrEqual(5);
    expect(clock.coverage().fromMs).toBeLessThanOrEqual(at('2026-11-25T08:30:00Z') - 164 * 7 * 86_400_000);
  });

  it('grows to a span just under the limit without doubling past it', () => {
    const clock = compile(def);
    // 1800 to 2027 (~227 years) and then 2045 (~245 years): the second growth cannot double, and need not.
    expect(clock.elapsedMinutes(at('1800-01-06T11:00:00Z'), at('1800-01-06T12:00:00Z'))).toBe(60);
    const fresh = compileCalendar(def, { fromMs: at('2045-01-01T00:00:00Z'), toMs: at('2045-02-01T00:00:00Z') });
    expect(clock.elapsedMinutes(at('2045-01-02T09:00:00Z'), at('2045-01-09T09:00:00Z'))).toBe(fresh.elapsedMinutes(at('2045-01-02T09:00:00Z'), at('2045-01-09T09:00:00Z')));
    expect(clock.coverage().toMs - clock.coverage().fromMs).toBeLessThanOrEqual(250 * 366 * 86_400_000);
  });

  it('finds a due time past a long run of holidays beyond the compiled range', () => {
    const holidays2027 = Array.from({ length: 365 }, (_, i) => ({ date: new Date(at('2027-01-01T00:00:00Z') + i * 86_400_000).toISOString().slice(0, 10) }));
    const clock = compile(calendar('closed-2027', 'Europe/Dublin', WORKWEEK('09:00-17:00'), holidays2027));
    // Thu 31 Dec 2026 16:00 + 120: 60 that day; all of 2027 closed; Sat 1 and Sun 2 Jan 2028; Mon 3 Jan 10:00
    expect(iso(clock.addMinutes(at('2026-12-31T16:00:00Z'), 120))).toBe('2028-01-03T10:00:00.000Z');
  });

  it('refuses instants absurdly far away, and non-finite ones, naming the calendar', () => {
    const clock = compile(def);
    expect(() => clock.elapsedMinutes(at('1700-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'))).toThrow(/calendar irish-office: .* spans more than 250 years/);
    expect(() => clock.addMinutes(at('2026-01-01T00:00:00Z'), 1e9)).toThrow(/calendar irish-office: 1000000000 business minutes from 2026-01-01T00:00:00.000Z reach beyond/);
    expect(() => clock.elapsedMinutes(Number.NaN, at('2026-01-01T00:00:00Z'))).toThrow('calendar irish-office: business time needs finite instants, got NaN and 1767225600000 (epoch milliseconds)');
    expect(() => clock.addMinutes(at('2026-01-01T00:00:00Z'), Number.POSITIVE_INFINITY)).toThrow(/cannot add Infinity business minutes/);
  });
});

describe('calendars that cannot be compiled', () => {
  it('a calendar with no open hours names the calendar', () => {
    expect(() => compile(calendar('never-open', 'Europe/Dublin', {}))).toThrow(
      'calendar never-open has no open hours in the week: business time would never pass (add hours such as monday: [09:00-17:00])',
    );
  });
  it('an unknown time zone names the calendar and the zone', () => {
    expect(() => compile(calendar('mars', 'Mars/Olympus_Mons', WORKWEEK('09:00-17:00')))).toThrow(
      'calendar mars: time zone "Mars/Olympus_Mons" is not an IANA time zone (for example Europe/Dublin)',
    );
  });
  it('a malformed holiday date or interval names the place', () => {
    expect(() => compile(calendar('bad-date', 'Europe/Dublin', WORKWEEK('09:00-17:00'), [{ date: '2026-02-30' }]))).toThrow(
      'calendar bad-date: holidays[0] date "2026-02-30" is not a date like 2026-12-25',
    );
    const reversed = calendar('reversed', 'Europe/Dublin', {});
    reversed.hours.monday = [{ start: 600, end: 540 }];
    expect(() => compile(reversed)).toThrow('calendar reversed: hours.monday[0] interval {start: 600, end: 540} is not an interval of minutes after midnight with end after start');
  });
});

describe('clockFor', () => {
  const defs = [calendar('emea-business-hours', 'Europe/Dublin', WORKWEEK('08:00-18:00'))];

  it('gives the wall clock without a calendar', () => {
    expect(clockFor(null, defs, YEAR_2026)).toBe(wallClock);
  });

  it('compiles a calendar once and shares it', () => {
    const registry = createClockRegistry();
    const first = registry.clockFor('emea-business-hours', defs, YEAR_2026);
    expect(first.calendarId).toBe('emea-business-hours');
    expect(registry.clockFor('emea-business-hours', defs, YEAR_2026)).toBe(first);
    expect(clockFor('emea-business-hours', defs, YEAR_2026)).toBe(clockFor('emea-business-hours', defs, YEAR_2026));
    // a different definition object (a proposed version, say) gets its own clock
    expect(registry.clockFor('emea-business-hours', [{ ...defs[0]! }], YEAR_2026)).not.toBe(first);
    expect(first.elapsedMinutes(at('2026-11-20T17:30:00Z'), at('2026-11-23T08:30:00Z'))).toBe(60);
  });

  it('names an unknown calendar and the known ones', () => {
    expect(() => clockFor('americas-business-hours', defs, YEAR_2026)).toThrow(
      'calendar americas-business-hours is not defined (calendars: emea-business-hours)',
    );
  });
});
