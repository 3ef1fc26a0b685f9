// Small, explicit building blocks for engine tests: a model with one or more standards, tickets written
// as timelines, and business clocks computed by a deliberately naive method (walking day by day) so the
// engine's numbers are checked against an independent calculation.

import { DateTime } from 'luxon';
import type { BusinessClock } from '../../scripts/engine/business-clock.ts';
import { wallClock } from '../../scripts/engine/business-clock.ts';
import type { ClockFor } from '../../scripts/engine/evaluate.ts';
import type {
  CalendarDefinition, PipelineSettings, ScorecardDefinition, StandardDefinition, StandardsModel, Ticket, TicketStatus,
} from '../../scripts/model/model.ts';

export const MINUTE = 60_000;

export function at(iso: string): number {
  return Date.parse(iso);
}

/**
 * Open `openHour`–`closeHour` local time Monday to Friday in `zone`, closed on `holidays` (local dates).
 * Elapsed and due times are found by walking the days one by one. Slow and obviously right.
 */
export function officeClock(zone = 'UTC', holidays: readonly string[] = [], openHour = 9, closeHour = 17): BusinessClock {
  function openIntervalsOfDay(day: DateTime): Array<[number, number]> {
    if (day.weekday > 5 || holidays.includes(day.toISODate()!)) return [];
    return [[day.set({ hour: openHour }).toMillis(), day.set({ hour: closeHour }).toMillis()]];
  }
  function elapsedMinutes(fromMs: number, toMs: number): number {
    if (toMs <= fromMs) return 0;
    let total = 0;
    let day = DateTime.fromMillis(fromMs, { zone }).startOf('day');
    while (day.toMillis() < toMs) {
      for (const [open, close] of openIntervalsOfDay(day)) {
        const a = Math.max(open, fromMs);
        const b = Math.min(close, toMs);
        if (b > a) total += (b - a) / MINUTE;
      }
      day = day.plus({ days: 1 });
    }
    return total;
  }
  /** Due time; `passing`: the due time that lands on a closing moves to the next opening. */
  function walkForward(fromMs: number, minutes: number, passing: boolean): number {
    let left = minutes;
    let day = DateTime.fromMillis(fromMs, { zone }).startOf('day');
    for (;;) {
      for (const [open, close] of openIntervalsOfDay(day)) {
        const a = Math.max(open, fromMs);
        if (close <= a) continue;
        const available = (close - a) / MINUTE;
        if (passing ? left < available : left <= available) return a + left * MINUTE;
        left -= available;
      }
      day = day.plus({ days: 1 });
    }
  }
  return {
    calendarId: `office-${zone}`,
    elapsedMinutes,
    addMinutes: (fromMs, minutes) => walkForward(fromMs, minutes, false),
    passedAt: (fromMs, minutes) => walkForward(fromMs, minutes, true),
  };
}

/** Every calendar id maps to `clock` (or wall time); the range is recorded for assertions. */
export function clocksFor(clocks: Record<string, BusinessClock> = {}): ClockFor & { calls: string[] } {
  const calls: string[] = [];
  const fn = ((calendarId: string) => {
    calls.push(calendarId);
    return clocks[calendarId] ?? wallClock;
  }) as unknown as ClockFor & { calls: string[] };
  fn.calls = calls;
  return fn;
}

export function calendar(id: string, timezone: string): CalendarDefinition {
  const weekday = [{ start: 9 * 60, end: 17 * 60 }];
  return {
    id,
    name: id,
    timezone,
    hours: { monday: weekday, tuesday: weekday, wednesday: weekday, thursday: weekday, friday: weekday, saturday: [], sunday: [] },
    holidays: [],
    origin: { file: `standards/calendars/${id}.yaml` },
  };
}

export function scorecard(overrides: Partial<ScorecardDefinition> = {}): ScorecardDefinition {
  return {
    id: 'interaction-standards',
    title: 'Interaction standards',
    description: null,
    owner: 'support-leads',
    passMark: 0.8,
    behaviours: [
      { id: 'acknowledge', title: 'Acknowledge', description: '', weight: 1, critical: false },
      { id: 'accurate', title: 'Accurate', description: '', weight: 2, critical: false },
      { id: 'ownership', title: 'Ownership', description: '', weight: 1, critical: true },
    ],
    review: { every: { amount: 6, unit: 'mo' }, everyText: '6mo', last: '2026-09-01', due: '2027-03-01' },
    origin: { file: 'standards/qa/interaction-standards.yaml' },
    ...overrides,
  };
}

export function standard(overrides: Partial<StandardDefinition> & Pick<StandardDefinition, 'id' | 'metric'>): StandardDefinition {
  const duration = ['first_response_time', 'next_reply_time', 'full_resolution_time', 'requester_wait_time', 'agent_work_time', 'backlog_age'].includes(
    overrides.metric,
  );
  return {
    title: `Standard ${overrides.id}`,
    description: null,
    dimension: 'responsiveness',
    scope: {},
    thresholdMinutes: duration ? 60 : null,
    objective: duration ? 0.8 : null,
    target: duration ? null : { direction: 'min', value: 0.8 },
    calendar: null,
    window: { kind: 'rolling', days: 30, text: '30d' },
    minimumSample: null,
    pauseStatuses: ['pending'],
    scorecard: null,
    owner: 'support-leads',
    effective: '2026-01-01',
    review: { every: { amount: 6, unit: 'mo' }, everyText: '6mo', last: '2026-09-01', due: '2027-03-01' },
    rationale: 'Because.',
    priorGoals: [],
    origin: { file: `standards/service-levels/${overrides.id}.yaml` },
    ...overrides,
  };
}

export function pipeline(overrides: Partial<PipelineSettings> = {}, evaluation: Partial<PipelineSettings['evaluation']> = {}): PipelineSettings {
  return {
    id: 'pipeline',
    organisation: 'Acme Support',
    source: { type: 'sample', tickets: 100, days: 30, seed: 1 },
    storeDir: 'data',
    evaluation: { minimumSample: 1, atRiskBudget: 0.25, seriesDays: 10, worstTickets: 3, ...evaluation },
    exclusions: [],
    site: { title: 'Service standards', url: null, base: '/', ticketUrl: null, staleAfterMinutes: 1440 },
    actions: { enabled: true, repository: null, breached: true, atRisk: false, overdueReviews: false, closeAfterDays: 3, maxWrites: 20, labels: ['corrective-action'], assignLeads: true },
    origin: null,
    ...overrides,
  };
}

export function model(parts: Partial<StandardsModel> & { standards: StandardDefinition[] }): StandardsModel {
  return {
    pipeline: pipeline(),
    teams: [],
    calendars: [],
    sops: [],
    policies: [],
    scorecards: [],
    ...parts,
  };
}

export interface TicketSketch {
  id: string;
  created: string;
  priority?: Ticket['priority'];
  channel?: Ticket['channel'];
  team?: string;
  category?: string;
  tags?: string[];
  openedBy?: Ticket['openedBy'];
  /** Public replies as `[time, 'agent' | 'customer']`. */
  replies?: Array<[string, 'agent' | 'customer']>;
  /** Status changes after creation as `[time, status]`; the ticket starts `open` at creation. */
  changes?: Array<[string, TicketStatus]>;
  satisfaction?: Ticket['satisfaction'];
  nps?: Ticket['nps'];
  qa?: Ticket['qa'];
}

/** A schema-shaped ticket from a sketch of its timeline. */
export function ticket(s: TicketSketch): Ticket {
  const statusChanges = [{ at: s.created, status: 'open' as TicketStatus }, ...(s.changes ?? []).map(([time, status]) => ({ at: time, status }))];
  const times = [s.created, ...(s.replies ?? []).map(([time]) => time), ...(s.changes ?? []).map(([time]) => time)].sort();
  const t: Ticket = {
    id: s.id,
    created: s.created,
    updated: times[times.length - 1]!,
    priority: s.priority ?? 'normal',
    channel: s.channel ?? 'email',
    status: statusChanges[statusChanges.length - 1]!.status,
    tags: s.tags ?? [],
    replies: (s.replies ?? []).map(([time, by]) => ({ at: time, by })),
    statusChanges,
  };
  if (s.openedBy !== undefined) t.openedBy = s.openedBy;
  if (s.team !== undefined) t.team = s.team;
  if (s.category !== undefined) t.category = s.category;
  if (s.satisfaction !== undefined) t.satisfaction = s.satisfaction;
  if (s.nps !== undefined) t.nps = s.nps;
  if (s.qa !== undefined) t.qa = s.qa;
  return t;
}
