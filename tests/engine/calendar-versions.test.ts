// Calendars have versions like Standards: a change applies from its commit day (or a later `effective` date),
// so adding a holiday never repaints a published day, unless the change says `appliesFrom` to correct the past.
// Then the review can list exactly which published days and figures change. Numbers by hand in the comments.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clockFor, compileCalendar } from '../../scripts/engine/business-time.ts';
import { publishedChanges } from '../../scripts/engine/history-impact.ts';
import { calendarVersionOn, calendarVersionsFromHistory, withCalendarVersions, type CommittedCalendar } from '../../scripts/model/calendar-versions.ts';
import { readDocumentHistory } from '../../scripts/model/standard-history.ts';
import type { CalendarDefinition } from '../../scripts/model/model.ts';
import { at, calendar, model, standard, ticket } from './engine-fixtures.ts';

const office = calendar('office', 'UTC'); // Monday to Friday 09:00–17:00 UTC
const withHoliday = (c: CalendarDefinition, date: string, extra: Partial<CalendarDefinition> = {}): CalendarDefinition => ({
  ...c, holidays: [...c.holidays, { date, name: 'Founders day', open: null }], ...extra,
});
const committed = (commit: string, committedAt: string, definition: CalendarDefinition): CommittedCalendar => ({ commit, committedAt, definition });
const NOW = at('2026-11-20T12:00:00Z'); // a Friday

describe('which version of a calendar applies when (calendar-versions.ts)', () => {
  const first = committed('aaaaaaa1', '2026-01-05T10:00:00Z', office);

  it('the first version applies to all time before the next; a change applies from its commit day', () => {
    // A holiday on Mon 16 Nov added in a commit on 20 Nov: it applies from 20 Nov, so 16 Nov stays a working day.
    const added = withHoliday(office, '2026-11-16');
    const versions = calendarVersionsFromHistory(added, [first, committed('bbbbbbb2', '2026-11-20T10:00:00Z', added)], NOW);
    expect(versions.map((v) => [v.version, v.from, v.holidays.length])).toEqual([['first (aaaaaaa)', null, 0], ['2026-11-20 (bbbbbbb)', '2026-11-20', 1]]);
    expect(calendarVersionOn({ ...added, versions }, '2026-11-16').holidays).toEqual([]);
  });

  it('appliesFrom reaches back, once: a later change that keeps it applies from its own commit day', () => {
    const corrected = withHoliday(office, '2026-11-16', { appliesFrom: '2026-11-16' });
    const longer = { ...corrected, hours: { ...corrected.hours, friday: [{ start: 9 * 60, end: 18 * 60 }] } };
    const history = [first, committed('bbbbbbb2', '2026-11-20T10:00:00Z', corrected), committed('ccccccc3', '2026-12-01T10:00:00Z', longer)];
    expect(calendarVersionsFromHistory(longer, history, at('2026-12-02T00:00:00Z')).map((v) => [v.version, v.from])).toEqual([
      ['first (aaaaaaa)', null], ['2026-11-16 (bbbbbbb)', '2026-11-16'], ['2026-12-01 (ccccccc)', '2026-12-01'],
    ]);
  });

  it('effective starts a change later, never earlier than its commit; a version superseded before it applied is left out', () => {
    const later = { ...office, effective: '2027-01-04', hours: { ...office.hours, monday: [] } };
    const earlier = { ...office, effective: '2026-10-01', hours: { ...office.hours, tuesday: [] } };
    const sooner = { ...office, effective: '2026-12-10', hours: { ...office.hours, wednesday: [] } };
    // effective before the commit day: from the commit day (1 Dec).
    expect(calendarVersionsFromHistory(earlier, [first, committed('bbbbbbb2', '2026-12-01T10:00:00Z', earlier)], NOW).map((v) => v.from)).toEqual([null, '2026-12-01']);
    // 2027-01-04 committed 1 Dec, then 2026-12-10 committed 5 Dec: the first never applied.
    const history = [first, committed('bbbbbbb2', '2026-12-01T10:00:00Z', later), committed('ccccccc3', '2026-12-05T10:00:00Z', sooner)];
    expect(calendarVersionsFromHistory(sooner, history, NOW).map((v) => [v.version, v.from])).toEqual([['first (aaaaaaa)', null], ['2026-12-10 (ccccccc)', '2026-12-10']]);
  });

  it('an uncommitted change applies as if committed now, in the calendar’s own zone', () => {
    // 20 Nov 23:30 UTC is already 21 Nov in Auckland (UTC+13).
    const auckland = { ...office, timezone: 'Pacific/Auckland' };
    const changed = withHoliday(auckland, '2026-12-25');
    expect(calendarVersionsFromHistory(changed, [committed('aaaaaaa1', '2026-01-05T10:00:00Z', auckland)], at('2026-11-20T23:30:00Z')).map((v) => [v.version, v.from])).toEqual([
      ['first (aaaaaaa)', null], ['2026-11-21 (uncommitted)', '2026-11-21'],
    ]);
    // Unchanged: one version, no label date.
    expect(calendarVersionsFromHistory(auckland, [committed('aaaaaaa1', '2026-01-05T10:00:00Z', auckland)], NOW).map((v) => v.version)).toEqual(['first (aaaaaaa)']);
  });
});

describe('business time across calendar versions (business-time.ts)', () => {
  // Until Mon 30 Nov: 09:00–17:00 Mon–Fri, Europe/Dublin (UTC+0 in winter). From Tue 1 Dec: 08:00–18:00, and
  // Tue 8 Dec is a holiday.
  const dublin = calendar('dublin', 'Europe/Dublin');
  const longer = withHoliday({ ...dublin, hours: { ...dublin.hours, monday: [{ start: 480, end: 1080 }], tuesday: [{ start: 480, end: 1080 }], wednesday: [{ start: 480, end: 1080 }], thursday: [{ start: 480, end: 1080 }], friday: [{ start: 480, end: 1080 }] } }, '2026-12-08');
  const versioned: CalendarDefinition = {
    ...longer,
    versions: [
      { version: 'first', from: null, timezone: 'Europe/Dublin', hours: dublin.hours, holidays: [] },
      { version: '2026-12-01', from: '2026-12-01', timezone: 'Europe/Dublin', hours: longer.hours, holidays: longer.holidays },
    ],
  };
  const clock = compileCalendar(versioned, { fromMs: at('2026-10-01T00:00:00Z'), toMs: at('2027-01-01T00:00:00Z') });

  it('each day counts the hours of the version that applies to it', () => {
    // Mon 30 Nov 16:00 → Tue 1 Dec 09:00: 16:00–17:00 (old) + 08:00–09:00 (new) = 120 minutes.
    expect(clock.elapsedMinutes(at('2026-11-30T16:00:00Z'), at('2026-12-01T09:00:00Z'))).toBe(120);
    // Mon 7 Dec 17:30 → Wed 9 Dec 08:30: 30 (until 18:00) + 0 (holiday) + 30 = 60.
    expect(clock.elapsedMinutes(at('2026-12-07T17:30:00Z'), at('2026-12-09T08:30:00Z'))).toBe(60);
    // Mon 2 Nov 08:00 → 10:00: the first version (09:00 opening): 60.
    expect(clock.elapsedMinutes(at('2026-11-02T08:00:00Z'), at('2026-11-02T10:00:00Z'))).toBe(60);
    // 120 business minutes from Mon 30 Nov 16:00 end at Tue 1 Dec 09:00.
    expect(new Date(clock.addMinutes(at('2026-11-30T16:00:00Z'), 120)).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('lists the open intervals between two instants', () => {
    expect(clock.openIntervals(at('2026-11-30T16:00:00Z'), at('2026-12-01T09:00:00Z')).map(([a, b]) => [new Date(a).toISOString(), new Date(b).toISOString()])).toEqual([
      ['2026-11-30T16:00:00.000Z', '2026-11-30T17:00:00.000Z'], ['2026-12-01T08:00:00.000Z', '2026-12-01T09:00:00.000Z'],
    ]);
  });
});

describe('published days a calendar change alters (history-impact.ts)', () => {
  // First response within 2 business hours, 80%, office hours (UTC), 30-day window; series of 10 days to 20 Nov.
  const frt = standard({ id: 'frt', metric: 'first_response_time', thresholdMinutes: 120, calendar: 'office' });
  const tickets = [
    // T1: created Mon 16 Nov 15:00, answered Tue 17 Nov 10:00: 120 + 60 = 180 minutes, missed. With 16 Nov a
    // holiday: 0 + 60 = 60, met.
    ticket({ id: 'T1', created: '2026-11-16T15:00:00Z', replies: [['2026-11-17T10:00:00Z', 'agent']] }),
    // T2: Wed 18 Nov 09:00 → 10:00: 60, met either way.
    ticket({ id: 'T2', created: '2026-11-18T09:00:00Z', replies: [['2026-11-18T10:00:00Z', 'agent']] }),
  ];
  const base = model({ standards: [frt], calendars: [office] });
  const proposedWith = (calendarNow: CalendarDefinition) =>
    withCalendarVersions(model({ standards: [frt], calendars: [calendarNow] }), new Map([[office.origin.file, [committed('aaaaaaa1', '2026-01-05T10:00:00Z', office)]]]), new Date(NOW));

  it('a holiday added without appliesFrom applies from today: no published day changes', async () => {
    const changes = await publishedChanges({ base, proposed: proposedWith(withHoliday(office, '2026-11-16')), tickets, now: new Date(NOW), clockFor });
    expect(changes).toEqual([{ id: 'frt', reasons: ['calendar office changed'], days: [] }]);
  });

  it('with appliesFrom the change reaches back, and the review can list each published day and figure it alters', async () => {
    const changes = await publishedChanges({ base, proposed: proposedWith(withHoliday(office, '2026-11-16', { appliesFrom: '2026-11-16' })), tickets, now: new Date(NOW), clockFor });
    // 17 Nov: T1 missed → met. 18 Nov: T2 met; window T1 + T2: 1/2 → 2/2. 19 Nov: no ticket; window as 18 Nov.
    // 20 Nov is today, not published yet.
    expect(changes).toEqual([{
      id: 'frt', reasons: ['calendar office changed'], days: [
        { date: '2026-11-17', base: { count: 1, met: 0, value: 0, windowValue: 0 }, proposed: { count: 1, met: 1, value: 1, windowValue: 1 } },
        { date: '2026-11-18', base: { count: 1, met: 1, value: 1, windowValue: 0.5 }, proposed: { count: 1, met: 1, value: 1, windowValue: 1 } },
        { date: '2026-11-19', base: { count: 0, met: 0, value: null, windowValue: 0.5 }, proposed: { count: 0, met: 0, value: null, windowValue: 1 } },
      ],
    }]);
  });

  it('an exclusion period added over the past lists the days it empties', async () => {
    const exclusion = { id: 'outage', from: '2026-11-16T00:00:00Z', to: '2026-11-16T23:59:59Z', reason: 'Helpdesk outage', standards: null };
    const proposed = { ...base, pipeline: { ...base.pipeline, exclusions: [exclusion] } };
    const changes = await publishedChanges({ base, proposed, tickets, now: new Date(NOW), clockFor });
    // T1's life (16 Nov 15:00 – now, never solved) touches the outage: left out. 17 Nov empties; 18 and 19 Nov
    // keep T2 alone in their windows.
    expect(changes).toEqual([{
      id: 'frt', reasons: ['exclusion outage added'], days: [
        { date: '2026-11-17', base: { count: 1, met: 0, value: 0, windowValue: 0 }, proposed: { count: 0, met: 0, value: null, windowValue: null } },
        { date: '2026-11-18', base: { count: 1, met: 1, value: 1, windowValue: 0.5 }, proposed: { count: 1, met: 1, value: 1, windowValue: 1 } },
        { date: '2026-11-19', base: { count: 0, met: 0, value: null, windowValue: 0.5 }, proposed: { count: 0, met: 0, value: null, windowValue: 1 } },
      ],
    }]);
  });
});

describe('reading calendar history from git', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'calendar-history-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (args: string[], date: string) => execFileSync('git', args, {
    cwd: root,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
  const doc = (extra: string) => ['kind: Calendar', 'id: office', 'name: Office hours', 'timezone: Europe/Dublin', 'hours:', '  monday: [09:00-17:00]', extra, ''].join('\n');
  const file = 'standards/calendars/office.yaml';

  it('reads the committed versions beside the standards’ and dates each from its commit day', async () => {
    mkdirSync(path.join(root, 'standards/calendars'), { recursive: true });
    git(['init', '-q'], '2026-01-01T00:00:00Z');
    writeFileSync(path.join(root, file), doc(''));
    git(['add', '.'], '2026-01-02T10:00:00Z');
    git(['commit', '-q', '-m', 'first'], '2026-01-02T10:00:00Z');
    writeFileSync(path.join(root, file), doc('holidays: [{ date: 2026-11-16, name: Founders day }]'));
    git(['commit', '-q', '-am', 'holiday'], '2026-11-20T10:00:00Z');
    const history = await readDocumentHistory(root, [file]);
    expect(history.processes).toBe(2);
    expect(history.calendars.get(file)!.map((c) => [c.committedAt.slice(0, 10), c.definition.holidays.length])).toEqual([['2026-01-02', 0], ['2026-11-20', 1]]);
    const working = history.calendars.get(file)!.at(-1)!.definition;
    const versioned = withCalendarVersions({ calendars: [working] }, history.calendars, new Date(NOW));
    expect(versioned.calendars[0]!.versions!.map((v) => [v.from, v.holidays.length])).toEqual([[null, 0], ['2026-11-20', 1]]);
  });
});
