// Counted days' plain sums (counted-day.ts `placeRecentPlain`, every metric but qa_score) against every other path,
// on inputs where a non-integer could reach them if any did: calendars in half- and quarter-hour zones
// (Asia/Kathmandu +05:45, Australia/Adelaide +09:30/+10:30 with its DST change inside the nights) with business
// hours starting and ending at odd minutes, ticket instants with seconds (fractional business minutes), thresholds
// of fractional minutes, and a new version of two standards (duration, backlog) with about half the threshold, fractional,
// inside the window. Three nights: the first makes the counters, the next two count from them (recent tickets
// summed in plain numbers), each giving the same bytes as the facts alone, `--full` and the NDJSON path
// (store-nights.ts). Scores are met (0/1) for thresholds, 0/1 for rates and -1/0/1 for NPS, so every sum is an
// integer whatever the minutes.

import { describe, expect, it } from 'vitest';
import type { CalendarDefinition, LocalInterval, StandardDefinition, StandardsModel } from '../../scripts/model/model.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { fixtureNights } from './store-nights.ts';

const DAY_MS = 86_400_000;
const FIRST = new Date('2026-10-01T06:00:00Z');
const SAMPLE = { count: 1500, days: 90, seed: 23 };

let model: StandardsModel;
const { night } = fixtureNights('counters-plain-sums-', () => [...generateSampleTickets({ ...SAMPLE, now: FIRST })], (made) => ({ model } = made));

const odd: LocalInterval[] = [{ start: 7 * 60 + 13, end: 12 * 60 + 47 }, { start: 13 * 60 + 29, end: 18 * 60 + 1 }];
const zoneOf: Record<string, string> = { 'emea-business-hours': 'Asia/Kathmandu', 'americas-business-hours': 'Australia/Adelaide' };

function oddCalendar(c: CalendarDefinition): CalendarDefinition {
  const hours = Object.fromEntries(Object.keys(c.hours).map((d) => [d, c.hours[d as keyof typeof c.hours].length > 0 ? odd : []])) as CalendarDefinition['hours'];
  return { ...c, timezone: zoneOf[c.id] ?? c.timezone, hours, versions: undefined };
}

/** Every duration and backlog threshold moved by a fractional number of minutes. */
const fractional = (s: StandardDefinition, by: number): StandardDefinition => (s.thresholdMinutes === null ? s : { ...s, thresholdMinutes: s.thresholdMinutes + by });

function oddModel(): { m: StandardsModel; versionsOf: ReturnType<typeof versionsOfModel> } {
  const base: StandardsModel = { ...model, calendars: model.calendars.map(oddCalendar), standards: model.standards.map((s) => fractional(s, 0.37)) };
  const changedIds = ['first-response-normal', 'backlog-age'];
  const m = { ...base, standards: base.standards.map((s) => (changedIds.includes(s.id) ? fractional(s, -Math.round(s.thresholdMinutes! / 2) - 0.61) : s)) };
  const history = new Map(changedIds.map((id) => {
    const before = base.standards.find((s) => s.id === id)!;
    const after = m.standards.find((s) => s.id === id)!;
    return [before.origin.file, [
      { commit: '1'.repeat(40), committedAt: '2026-01-01T00:00:00Z', definition: before },
      { commit: '2'.repeat(40), committedAt: '2026-09-24T09:13:27Z', definition: after },
    ]];
  }));
  return { m, versionsOf: versionsOfModel(m, history) };
}

describe('plain sums of counted days over odd zones, odd hours and fractional minutes', () => {
  it('give the bytes of the facts alone, --full and the NDJSON path, night after night from the counters', async () => {
    const { m, versionsOf } = oddModel();
    expect(m.standards.filter((s) => s.metric !== 'qa_score').map((s) => s.metric).sort()).toEqual([
      'backlog_age', 'csat', 'first_contact_resolution', 'first_response_time', 'first_response_time', 'first_response_time',
      'full_resolution_time', 'next_reply_time', 'nps', 'reopen_rate', 'requester_wait_time',
    ]);
    const counted: number[] = [];
    let versioned = 0;
    for (let k = 0; k < 3; k++) {
      const { run, report } = await night(new Date(FIRST.getTime() + k * DAY_MS), m, versionsOf);
      counted.push(run.counters.counted);
      versioned = report.standards.filter((s) => (s.versions?.length ?? 0) > 1).length;
    }
    // The first night makes the counters; the next two count days from them.
    expect(counted[0]).toBe(0);
    expect(counted[1]).toBeGreaterThan(30);
    expect(counted[2]).toBeGreaterThan(30);
    expect(versioned).toBe(2);
  }, 120_000);
});
