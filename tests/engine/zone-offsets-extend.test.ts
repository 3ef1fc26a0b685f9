// A lookup shortly past a prepared span's end grows the span (zone-offsets.ts `offsetAt`), so the span kept for the
// next run answers it without Intl. The case that made it: a burn rate's "runs out" date (burn-rate.ts `dayAfter`)
// weeks after the calendars' spans end, which loaded the time-zone data again on every warm evaluate of that night.
// The grown span's offsets are the zone's own: compared, hour by hour, with luxon's IANAZone (Intl) itself.

import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { PreparedZone, ZoneOffsets, type PreparedSpan } from '../../scripts/engine/zone-offsets.ts';

const H = 3_600_000;
const DAY_MS = 86_400_000;
const at = (iso: string) => Date.parse(iso);

/** Dublin's offsets in 2026 as the zone has them: GMT, Irish Summer Time from 29 March 01:00 UTC to 25 October. */
const dublin2026: PreparedSpan = {
  zone: 'Europe/Dublin',
  changeAt: [at('2026-01-01T00:00:00Z'), at('2026-03-29T01:00:00Z'), at('2026-10-25T01:00:00Z')],
  offsetMs: [0, H, 0],
  to: at('2027-01-04T00:00:00Z'),
};

function seeded(span: PreparedSpan, name = span.zone): ZoneOffsets {
  const offsets = new ZoneOffsets(name);
  expect(offsets.seed(span)).toBe(true);
  return offsets;
}

describe('a prepared span looked up past its end', () => {
  it('grows in whole days to cover a lookup within a year, with the change it reaches found to the millisecond', () => {
    const offsets = seeded(dublin2026);
    // 15 April 2027, 12:00 UTC: Irish Summer Time (from the last Sunday of March, 28 March 2027 at 01:00 UTC).
    expect(offsets.offsetAt(at('2027-04-15T12:00:00Z'))).toBe(H);
    // 101.5 days after the span's end: grown by 102 days and a month of nights' margin (35 days), to 21 May 00:00 UTC.
    expect(offsets.span()).toEqual({
      zone: 'Europe/Dublin',
      changeAt: [...dublin2026.changeAt, at('2027-03-28T01:00:00Z')],
      offsetMs: [0, H, 0, H],
      to: at('2027-05-21T00:00:00Z'),
    });
    expect(offsets.offsetAt(at('2027-03-28T00:59:59.999Z'))).toBe(0);
    expect(offsets.offsetAt(at('2027-03-28T01:00:00Z'))).toBe(H);
  });

  it('that was grown answers the next run without the zone', () => {
    const grown = seeded(dublin2026);
    grown.offsetAt(at('2027-04-15T12:00:00Z'));
    // Under a name no zone has, only the kept span can answer: the zone itself gives NaN.
    const nextRun = seeded(grown.span()!, 'Not/A_Zone');
    expect(nextRun.offsetAt(at('2027-04-15T12:00:00Z'))).toBe(H);
    expect(nextRun.offsetAt(at('2027-02-01T12:00:00Z'))).toBe(0);
    expect(new ZoneOffsets('Not/A_Zone').offsetAt(at('2027-04-15T12:00:00Z'))).toBeNaN();
  });

  it('more than a year past its end, or before its start, asks the zone and keeps the span as it was', () => {
    const offsets = seeded(dublin2026);
    expect(offsets.offsetAt(dublin2026.to + 366 * DAY_MS + 1)).toBe(0); // 5 January 2028: GMT
    expect(offsets.offsetAt(at('2028-07-01T12:00:00Z'))).toBe(H);
    expect(offsets.offsetAt(dublin2026.changeAt[0]! - 366 * DAY_MS - 1)).toBe(0); // 30 December 2024, 23:59:59.999: GMT
    expect(offsets.offsetAt(at('2024-07-01T12:00:00Z'))).toBe(H);
    expect(offsets.span()).toEqual(dublin2026);
  });

  it('gives the zone\'s own offsets in zones with odd changes, grown at once or a little at a time', () => {
    const zones = ['Europe/Dublin', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Africa/Casablanca', 'America/Santiago', 'Asia/Tehran', 'America/St_Johns', 'Antarctica/Troll'];
    const from = at('2026-01-01T00:00:00Z');
    const end = at('2026-06-01T00:00:00Z');
    let compared = 0;
    for (const name of zones) {
      const zone = IANAZone.create(name);
      const own = (t: number) => Math.round(zone.offset(t) * 60_000);
      const atOnce = new ZoneOffsets(name);
      atOnce.prepare(from, end);
      const dayByDay = new ZoneOffsets(name);
      dayByDay.prepare(from, end);
      // Prepared to 35 days past what was asked; one lookup 365 days on grows the span over the whole year (and 35 days
      // more), the other as an hour's lookups reach past its end, 36 days at a time.
      expect(atOnce.span()!.to).toBe(end + 35 * DAY_MS);
      atOnce.offsetAt(end + 365 * DAY_MS);
      expect(atOnce.span()!.to).toBe(end + 400 * DAY_MS);
      for (let t = end; t <= end + 365 * DAY_MS; t += H) {
        expect([name, t, atOnce.offsetAt(t)]).toEqual([name, t, own(t)]);
        expect([name, t, dayByDay.offsetAt(t)]).toEqual([name, t, own(t)]);
        compared++;
      }
      // Each change the grown spans found is the zone's, to the millisecond, and both found the same ones.
      const grown = atOnce.span()!;
      const upTo = (changes: number[]) => changes.filter((t) => t <= end + 365 * DAY_MS);
      expect(upTo(dayByDay.span()!.changeAt)).toEqual(upTo(grown.changeAt));
      for (const change of grown.changeAt.slice(1)) expect(own(change - 1)).not.toBe(own(change));
    }
    expect(compared).toBe(8 * (365 * 24 + 1));
  });
});

describe('a prepared span looked up before its start', () => {
  it('grows back in whole days and the same margin to cover a lookup within a year, with the changes it reaches to the millisecond', () => {
    const offsets = seeded(dublin2026);
    // 1 July 2025, 12:00 UTC: Irish Summer Time (30 March 2025 01:00 UTC to 26 October 2025 01:00 UTC).
    expect(offsets.offsetAt(at('2025-07-01T12:00:00Z'))).toBe(H);
    // 183.5 days before the span's start: grown back by 184 days and 35 more, to 27 May 2025 00:00 UTC.
    expect(offsets.span()).toEqual({
      zone: 'Europe/Dublin',
      changeAt: [at('2025-05-27T00:00:00Z'), at('2025-10-26T01:00:00Z'), ...dublin2026.changeAt.slice(1)],
      offsetMs: [H, 0, H, 0],
      to: dublin2026.to,
    });
    expect(offsets.offsetAt(at('2025-10-26T00:59:59.999Z'))).toBe(H);
    expect(offsets.offsetAt(at('2025-10-26T01:00:00Z'))).toBe(0);
    // The next run, seeded with it, answers there without the zone: under a name no zone has, only the span can.
    const nextRun = seeded(offsets.span()!, 'Not/A_Zone');
    expect(nextRun.offsetAt(at('2025-07-01T12:00:00Z'))).toBe(H);
    expect(nextRun.offsetAt(at('2025-12-01T12:00:00Z'))).toBe(0);
  });

  it('asks Intl only to grow: a window walked back hour by hour over a year asks it once a month, not once an hour, and gets the zone\'s own offsets', () => {
    for (const name of ['Europe/Dublin', 'America/Santiago', 'Australia/Lord_Howe']) {
      const zone = IANAZone.create(name);
      const start = at('2026-01-01T00:00:00Z');
      const hours = 365 * 24;
      const own: number[] = [];
      for (let i = 1; i <= hours; i++) own.push(Math.round(zone.offset(start - i * H) * 60_000));
      const offsets = new ZoneOffsets(name);
      offsets.prepare(start, at('2026-06-01T00:00:00Z'));
      const asked = vi.spyOn(IANAZone.prototype, 'offset');
      const got: number[] = [];
      for (let i = 1; i <= hours; i++) got.push(offsets.offsetAt(start - i * H));
      expect(got).toEqual(own);
      // Each growth reaches a day past the lookup and 35 days more: 11 growths cover the year (11 × 36 ≥ 365 > 10 × 36),
      // each sampling its days (36 Intl calls and one more) and bisecting the changes it crosses (two a year, ≈ 30 each).
      expect(offsets.span()!.changeAt[0]).toBe(start - 11 * 36 * DAY_MS);
      expect(asked.mock.calls.length).toBeLessThan(11 * 37 + 2 * 40);
      // Looked up again, the year asks Intl nothing.
      asked.mockClear();
      for (let i = 1; i <= hours; i++) offsets.offsetAt(start - i * H);
      expect(asked.mock.calls.length).toBe(0);
      asked.mockRestore();
    }
  });

  it('in luxon\'s arithmetic (a burn rate\'s first day, 120 days back from a night at the span\'s start): the same day, and asked of Intl once only', () => {
    const name = 'America/Chicago';
    const night = at('2026-01-02T06:00:00Z');
    const expected = DateTime.fromMillis(night, { zone: name }).minus({ days: 120 }).startOf('day');
    const offsets = new ZoneOffsets(name);
    offsets.prepare(at('2026-01-01T00:00:00Z'), at('2026-03-01T00:00:00Z'));
    const prepared = new PreparedZone(offsets);
    const asked = vi.spyOn(IANAZone.prototype, 'offset');
    const first = DateTime.fromMillis(night, { zone: prepared }).minus({ days: 120 }).startOf('day');
    expect([first.toISO(), first.toMillis()]).toEqual([expected.toISO(), expected.toMillis()]);
    expect(first.toISO()).toBe('2025-09-04T00:00:00.000-05:00');
    expect(asked.mock.calls.length).toBeGreaterThan(0);
    asked.mockClear();
    const again = DateTime.fromMillis(night, { zone: prepared }).minus({ days: 120 }).startOf('day');
    expect(again.toMillis()).toBe(expected.toMillis());
    expect(asked.mock.calls.length).toBe(0);
    asked.mockRestore();
  });
});

describe('a span prepared night after night', () => {
  it('is taken 35 days past what is asked, again only once that comes within a week, so most nights sample nothing', () => {
    const night0 = at('2026-12-01T00:00:00Z');
    const offsets = new ZoneOffsets('America/Chicago');
    // Night 0, as an evaluate asks: a day grid (now and two days), then a calendar whose cover ends 35 days after now.
    offsets.prepare(night0 - 400 * DAY_MS, night0 + 2 * DAY_MS);
    expect(offsets.span()!.to).toBe(night0 + 37 * DAY_MS);
    offsets.prepare(night0 - 400 * DAY_MS, night0 + 35 * DAY_MS); // 35 + 7 > 37: refilled
    expect(offsets.span()!.to).toBe(night0 + 70 * DAY_MS);
    const ends: number[] = [];
    for (let n = 1; n <= 29; n++) {
      offsets.prepare(night0 + (n - 400) * DAY_MS, night0 + (n + 35) * DAY_MS);
      ends.push((offsets.span()!.to - night0) / DAY_MS);
    }
    // Nights 1 to 28 ask up to day 63 at most (63 + 7 ≤ 70): nothing sampled. Night 29 asks day 64: to day 99.
    expect(ends).toEqual([...Array(28).fill(70), 99]);
    // Day 99 is 10 March 2027: Chicago keeps CST (−6 h) from 1 November 2026 to 14 March 2027, no change between.
    expect(offsets.span()!.changeAt.filter((t) => t > night0)).toEqual([]);
    expect(offsets.offsetAt(at('2027-03-09T12:00:00Z'))).toBe(-6 * H);
  });
});
