// The day a statement names (report.ts `dayText`: "goal 95% within 1h before 3 Dec 2026") is written by hand, not
// by Intl.DateTimeFormat, whose first use in a process loads ICU's locale data: the same bytes, checked by hand and
// against Intl itself (an independent method) for every day of the years a report can name and of odd ones.

import { describe, expect, it, vi } from 'vitest';
import { dayText } from '../../scripts/engine/report.ts';

const DAY_MS = 86_400_000;
const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

describe('dayText', () => {
  it('makes no Intl object for a real day', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    expect(dayText('2026-12-03')).toBe('3 Dec 2026');
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
  });

  it('writes en-GB\'s day, abbreviated month and year', () => {
    expect(dayText('2026-12-03')).toBe('3 Dec 2026');
    expect(dayText('2026-09-30')).toBe('30 Sept 2026');
    expect(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => dayText(`2027-${m}-01`)))
      .toEqual(['1 Jan 2027', '1 Feb 2027', '1 Mar 2027', '1 Apr 2027', '1 May 2027', '1 Jun 2027', '1 Jul 2027', '1 Aug 2027', '1 Sept 2027', '1 Oct 2027', '1 Nov 2027', '1 Dec 2027']);
    expect(dayText('2028-02-29')).toBe('29 Feb 2028');
    expect(dayText('0999-01-05')).toBe('5 Jan 999');
  });

  it('gives Intl\'s bytes for every day of these years', () => {
    let compared = 0;
    for (const [from, to] of [['0001-01-01', '0003-01-01'], ['1580-01-01', '1586-01-01'], ['1969-01-01', '1972-01-01'], ['2020-01-01', '2032-01-01'], ['9998-01-01', '9999-12-31']] as const) {
      for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= Date.parse(`${to}T00:00:00Z`); ms += DAY_MS) {
        const date = new Date(ms).toISOString().slice(0, 10);
        expect([date, dayText(date)]).toEqual([date, intl.format(new Date(ms))]);
        compared++;
      }
    }
    expect(compared).toBe(731 + 2192 + 1097 + 4384 + 730);
  });

  it('leaves what is not a real day to Intl, as before', () => {
    // V8 reads 30 February as 2 March, and Intl writes that
    expect(dayText('2026-02-30')).toBe('2 Mar 2026');
    expect(() => dayText('not a day')).toThrow(RangeError);
    expect(dayText('0000-06-01')).toBe(intl.format(new Date('0000-06-01T00:00:00Z')));
  });
});
