// The tickets a day's counters keep the entries of besides the live ones (named-tickets.ts): the worst candidates of
// its duration units' dates a window can still reach, each date's worst of its recent tickets, and the recent tickets
// "7 days ago" reads as they stood then at the counters' instant. Hand-made counters, exact lists.

import { describe, expect, it } from 'vitest';
import type { DateCounters, DayCounters, UnitCounters } from '../../scripts/engine/day-counters.ts';
import { readThenCandidates, worstCandidateTickets } from '../../scripts/engine/named-tickets.ts';

const DAY_MS = 86_400_000;
const MADE = Date.UTC(2026, 10, 24, 16);
const TODAY = Math.floor(MADE / DAY_MS);

const date = (dn: number, worst: number[]): DateCounters => ({
  dn, count: worst.length, met: 0, theta: 60, sum: 0, segments: [], worst: worst.map((ticket, k) => ({ ticket, value: 1000 - k, atMs: dn * DAY_MS })), behaviours: null, rows: null,
});
const none = { tickets: [], dns: [], atMs: [], values: [], marks: [], lost: [] };

function counters(units: Record<string, Partial<UnitCounters>>, recent: { i: number; created: number; solved: number }[] = []): DayCounters {
  return {
    madeAtMs: MADE, oldUntilMs: MADE - 8 * DAY_MS, maxOldLastEventMs: null, maxSettledLastEventMs: null, entries: 20, live: [],
    recent: recent.map((r) => r.i), recentLastEventMs: recent.map((r) => r.solved), recentCreatedMs: recent.map((r) => r.created), recentFinalSolveMs: recent.map((r) => r.solved),
    created: null, rejected: [], tieOut: null, teams: [],
    tickets: { ids: Array.from({ length: 20 }, (_, i) => `T-${String(i).padStart(2, '0')}`), codes: new Int32Array(20) },
    units: new Map(Object.entries(units).map(([key, u]) => [key, { kind: 'duration', fromDn: TODAY - 200, worstKept: 2, behaviours: 0, dates: [], recent: none, hits: { exclusions: [], lifeEndMs: [], tickets: [] }, ...u } as UnitCounters])),
  };
}

describe('the tickets kept with the counters', () => {
  it('worst candidates: dates a window can reach (95 days), each date\'s recent worst by the ticket\'s longest that date, duration units only', () => {
    const dc = counters({
      // 96 days old: beyond any quarter; 95 days old: kept.
      a: { dates: [date(TODAY - 96, [1]), date(TODAY - 95, [2, 3]), date(TODAY - 20, [4])] },
      // Recent measurements: date TODAY-3 has tickets 5 (one of 50, one of 900), 6 (700) and 7 (800): its two worst
      // are 5 and 7; date TODAY-2 has 8 alone. Ticket 9 ties 7 on its date's value, and its id comes after.
      b: { dates: [], recent: { tickets: [5, 5, 6, 7, 8, 9], dns: [TODAY - 3, TODAY - 3, TODAY - 3, TODAY - 3, TODAY - 2, TODAY - 3], atMs: [1, 2, 3, 4, 5, 6], values: [50, 900, 700, 800, 10, 800], marks: [], lost: [] } },
      c: { kind: 'rate', worstKept: 0, dates: [date(TODAY - 5, [10])] },
      d: { worstKept: 0, dates: [date(TODAY - 5, [11])] },
    });
    expect(worstCandidateTickets(dc)).toEqual([2, 3, 4, 5, 7, 8]);
  });

  it('read as they stood 7 days ago at the counters\' instant: recent tickets created by then and finally solved after it', () => {
    const then = MADE - 7 * DAY_MS;
    const dc = counters({}, [
      { i: 1, created: then - DAY_MS, solved: then + 1 },
      { i: 2, created: then, solved: then + DAY_MS },
      { i: 3, created: then + 1, solved: then + DAY_MS },
      { i: 4, created: then - DAY_MS, solved: then },
    ]);
    expect(readThenCandidates(dc)).toEqual([1, 2]);
  });
});
