// The tickets a day's counters keep the entries of besides the live ones (named-tickets.ts): the worst candidates of
// its duration units' dates their own windows can still reach, each date's worst of its recent tickets, and the recent tickets
// "7 days ago" reads as they stood then at the counters' instant. Hand-made counters, exact lists.

import { describe, expect, it } from 'vitest';
import type { CounterUnit } from '../../scripts/engine/counter-units.ts';
import type { DateCounters, DayCounters, UnitCounters } from '../../scripts/engine/day-counters.ts';
import { readThenCandidates, worstCandidateTickets, worstReach } from '../../scripts/engine/named-tickets.ts';
import type { StandardState } from '../../scripts/engine/standard-state.ts';
import type { WindowSpec } from '../../scripts/model/model.ts';

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
  it('worst candidates: each reached unit\'s dates from its first reached date, each such date\'s recent worst by the ticket\'s longest that date, duration units listing worst tickets only', () => {
    const dc = counters({
      // Reached from TODAY-30: the date before is not kept, that date and later ones are.
      a: { dates: [date(TODAY - 31, [1]), date(TODAY - 30, [2, 3]), date(TODAY - 20, [4])] },
      // Reached from TODAY-3. Date TODAY-3: tickets 5 (50, then 900), 6 (700), 7 (800) and 9 (800, its id after 7's):
      // its two worst are 5 and 7. Date TODAY-2: 8 alone. Date TODAY-4 (6 at 9999, 12 at 5000) is before the reach.
      b: { dates: [], recent: { tickets: [5, 5, 6, 6, 7, 8, 9, 12], dns: [TODAY - 3, TODAY - 3, TODAY - 4, TODAY - 3, TODAY - 3, TODAY - 2, TODAY - 3, TODAY - 4], atMs: [1, 2, 3, 4, 5, 6, 7, 8], values: [50, 900, 9999, 700, 800, 10, 800, 5000], marks: [], lost: [] } },
      c: { kind: 'rate', worstKept: 0, dates: [date(TODAY - 5, [10])] },
      d: { worstKept: 0, dates: [date(TODAY - 5, [11])] },
      // Not reached (another model's unit, or one whose standards list no worst tickets).
      e: { dates: [date(TODAY - 5, [13])], recent: { tickets: [14], dns: [TODAY - 1], atMs: [1], values: [100], marks: [], lost: [] } },
    });
    const reach = new Map([['a', TODAY - 30], ['b', TODAY - 3], ['c', TODAY - 100], ['d', TODAY - 100]]);
    expect(worstCandidateTickets(dc, reach)).toEqual([2, 3, 4, 5, 7, 8]);
  });

  it('the reach of a duration unit: the local date its standards\' earliest headline window starts on, at the counters\' instant or tonight\'s, whichever is earlier; none for other units or without worst tickets', () => {
    const unit = (key: string, standard: number, kind: CounterUnit['kind'] = 'duration') => ({ key, kind, standard }) as CounterUnit;
    const rolling = (days: number) => ({ kind: 'rolling', days, text: `${days}d` }) as const;
    const calendar = (unit: 'month' | 'quarter') => ({ kind: 'calendar', unit, text: unit }) as const;
    // Tonight's window starts (`windowFromMs`) given by hand: a state's own, used when the counters were made tonight.
    const state = (window: WindowSpec, zone: string, nowMs: number, windowFromMs: number, worst = 10) => ({ standard: { window }, zone, nowMs, windowFromMs, worst: { size: worst } }) as unknown as StandardState;
    const dn = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    // MADE: 2026-11-24 16:00 UTC (11:00 in New York, 01:00 on the 25th in Tokyo).
    const states = [
      state(rolling(30), 'UTC', MADE, MADE - 30 * DAY_MS), // from 2026-10-25 16:00
      state(rolling(120), 'UTC', MADE, MADE - 120 * DAY_MS), // from 2026-07-27 16:00
      state(calendar('month'), 'America/New_York', MADE, Date.UTC(2026, 10, 1, 4)), // from 2026-11-01 local
      state(calendar('quarter'), 'Asia/Tokyo', MADE, Date.UTC(2026, 8, 30, 15)), // from 2026-10-01 local
      state(rolling(7), 'UTC', MADE, MADE - 7 * DAY_MS, 0), // lists no worst tickets
    ];
    const units = [unit('a', 0), unit('a', 1), unit('m', 2), unit('q', 3), unit('none', 4), unit('rate', 0, 'rate')];
    const tonight = worstReach({ nowMs: MADE, units, states }, MADE);
    expect(Object.fromEntries(tonight)).toEqual({ a: dn('2026-07-27'), m: dn('2026-11-01'), q: dn('2026-10-01') });
    // Counters made 40 days before tonight (kept from an earlier night): the windows as they stood then.
    const earlier = worstReach({ nowMs: MADE, units, states }, MADE - 40 * DAY_MS);
    // 2026-10-15 16:00 UTC: 30 days before, 2026-09-15; 120 days before, 2026-06-17; in New York, October; in Tokyo, 2026-10-16 01:00: the same quarter.
    expect(Object.fromEntries(earlier)).toEqual({ a: dn('2026-06-17'), m: dn('2026-10-01'), q: dn('2026-10-01') });
    // Counters made after tonight (a night replayed at an earlier instant): tonight's windows.
    expect(Object.fromEntries(worstReach({ nowMs: MADE, units, states }, MADE + 3 * DAY_MS))).toEqual(Object.fromEntries(tonight));
  });

  it('worst candidates of recent measurements: the same tickets as each date\'s longest per ticket sorted whole (longer first, then smaller id), over seeded random days with ties', () => {
    // An independent reference: every ticket's longest per date, each date sorted whole, its first `keep` taken.
    const reference = (r: { tickets: number[]; dns: number[]; values: number[] }, fromDn: number, keep: number, ids: string[]) => {
      const byDate = new Map<number, Map<number, number>>();
      r.tickets.forEach((ticket, e) => {
        if (r.dns[e]! < fromDn) return;
        const longest = byDate.get(r.dns[e]!) ?? new Map<number, number>();
        byDate.set(r.dns[e]!, longest);
        longest.set(ticket, Math.max(longest.get(ticket) ?? -Infinity, r.values[e]!));
      });
      const out = new Set<number>();
      for (const longest of byDate.values()) {
        const sorted = [...longest].sort((a, b) => b[1] - a[1] || (ids[a[0]]! < ids[b[0]]! ? -1 : 1));
        for (const [ticket] of sorted.slice(0, keep)) out.add(ticket);
      }
      return [...out].sort((a, b) => a - b);
    };
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const tickets = 1 + random(40);
      // Ids in another order than the indices, so "smaller id" is not "smaller index".
      const ids = Array.from({ length: tickets }, (_, i) => `T-${String((i * 17 + round) % 101).padStart(3, '0')}`);
      const r = { tickets: [] as number[], dns: [] as number[], atMs: [] as number[], values: [] as number[], marks: [], lost: [] };
      for (let ticket = 0; ticket < tickets; ticket++) {
        for (let m = random(4); m > 0; m--) {
          r.tickets.push(ticket);
          r.dns.push(TODAY - random(5));
          r.atMs.push(random(1000));
          r.values.push(random(6) * 10);
        }
      }
      const keep = 1 + random(4);
      const fromDn = TODAY - random(6);
      const dc = counters({ u: { worstKept: keep, recent: r } });
      dc.tickets = { ids, codes: new Int32Array(tickets) };
      expect(worstCandidateTickets(dc, new Map([['u', fromDn]])), `round ${round}`).toEqual(reference(r, fromDn, keep, ids));
    }
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
