// Evaluates every Standard of a model over a stream of tickets in one pass, and returns the report.
//
// How a number is made (the methodology page repeats this):
// - A ticket is read once (ticket-checks.ts) as it stood at `now`; unusable tickets are counted per reason.
// - For each standard, a ticket in scope contributes measurements (metrics.ts). A measurement counts on the
//   day and in the window in which it completed. An open ticket already past its threshold counts as a miss
//   (in-flight breach) at the instant it passed the threshold; one still inside it is pending, not counted.
// - Counters are kept per standard per local day (the standard's calendar time zone, UTC without one;
//   evaluation-days.ts), so the daily series and every day's window value come from prefix sums of counters,
//   never from re-reading tickets. A day's window value covers the N local days ending with that day (rolling)
//   or the month or quarter up to it. The headline window (rolling N × 24 h ending now, or the current
//   calendar month or quarter up to now) has its own exact counters, as do its breakdowns and a bounded heap
//   of worst tickets (only measurements in the headline window, in-flight breaches included). Today's day in
//   the series shows the headline window, so every "now" on every page is the same figure.
// - "7 days ago" is the same evaluation exactly 7 × 24 h earlier: each ticket as it stood then (factsAt), the
//   headline window of that instant, counted by a second, headline-only set of counters.
// - Versions. Every measurement is judged by the version of its standard in force when it completed
//   (scripts/model/standard-versions.ts builds the versions, oldest first, each from a local midnight): that
//   version's metric, scope, calendar and pause statuses made it, and its threshold decides met or missed.
//   An open measurement is breached at the first instant its running time passed the threshold of the
//   version in force at that instant (a tightened threshold breaches it when the new version takes effect).
//   Versions with the same measurement (metric, scope, calendar, pause statuses, scorecard) share one
//   computation per ticket (a "track"), so a change of goal costs nothing per ticket. Measurements completing
//   before the first version's date are not counted. The series says which version judged each day (a day
//   lies within one version: versions start at local midnights of the standard's zone), the window lists the
//   versions it spans, and each worst ticket names its version. The goal and the statement are those of the
//   version in force at now; a window that spans versions with different goals names each.
// - Calendars have versions too (scripts/model/calendar-versions.ts): the compiled clock counts each local day
//   in the hours and holidays of the calendar version that applied to it (business-time.ts).
// - A ticket whose life (creation to final solve, or to now while unsolved) touches a declared exclusion
//   period is left out of the standards the exclusion applies to; the report counts, per exclusion, the
//   in-scope tickets left out whose life reaches into the current window.
//
// Error budget. Every measurement has a score x in [0, 1]: 1 or 0 for a duration within / past its
// threshold, 1 or 0 for a rate trial counted in the numerator, the review score for qa_score, and
// (answer + 1) / 2 for NPS (promoter 1, passive ½, detractor 0). With n measurements and the goal τ on
// the same scale (the objective; the target; (NPS target / 100 + 1) / 2):
// - a `min` goal allows (1 − τ)·n and uses n − Σx;  a `max` goal allows τ·n and uses Σx; with several
//   versions in the window, each version's measurements bring their own allowance and use, summed;
// - remaining = 1 − used / allowed, negative when overspent. When nothing is allowed (a 100% objective or a
//   0% maximum), remaining is 1 while nothing is used, and −used once anything is: one miss spends the
//   whole (empty) budget, and each further miss another one.
// The goal is missed exactly when used > allowed, which is how `breached` is decided (no float drift
// between the value and the budget). `at-risk`: the goal is met but remaining < atRiskBudget.
//
// Where each part lives: this file feeds tickets to every standard and assembles the report;
// standard-state.ts keeps one standard's counters (days, headline window, breakdowns) and its tracks;
// version-spans.ts says which version is in force when; measure-ticket.ts measures one ticket and counts it;
// worst-tickets.ts keeps the worst tickets; standard-report.ts shapes the counters into the standard's report
// (value, status, budget, series); ticket-entries.ts is what a stored ticket is to the engine; explain.ts and
// explain-words.ts say how one ticket was measured (`standards explain`, and each worst ticket's block);
// history-impact.ts lists the published days a calendar or exclusion change alters (for the review).

import type { BusinessClock } from './business-clock.ts';
import { factsAt, type TicketFacts } from './ticket-checks.ts';
import { isRejection, ticketEntry, type DayOfEntries, type EntriesSummary, type TicketEntry } from './ticket-entries.ts';
import { CLOCK_LOOKBACK_MS, createState, inScope, type Segmented, type StandardState } from './standard-state.ts';
import { buildDayGrid, dayIndex } from './evaluation-days.ts';
import { counterUnits, dayNumberOf } from './counter-units.ts';
import { buildDayCounters, CHANNEL_CODES, PRIORITY_CODES, type DayCounters, type DayTable } from './day-counters.ts';
import { placeCountedDay, planCountedDay, recentReadThen, type CountedDayPlan, type CounterNight, type WorstRef } from './counted-day.ts';
import { measureTicket } from './measure-ticket.ts';
import { worstReach } from './named-tickets.ts';
import { updateDayCounters, type DayChange } from './day-counters-update.ts';
import { COMPARISON_DAYS, finishStandard } from './standard-report.ts';
import { withBurnRates } from './burn-rate.ts';
import { createTieOut } from './tie-out.ts';
import type { CalendarDefinition, StandardDefinition, StandardsModel, Report, StandardVersion } from '../model/model.ts';
import { documentVersions } from '../model/standard-versions.ts';
import { reviewEntries, type PeopleRecords } from './people-records.ts';
import { acknowledgementDue, isPeopleMetric, measurePeople, type AcknowledgementDue } from './people-measures.ts';
import { acknowledgementSection, qaSection } from './people-report.ts';

/** The span of time a compiled calendar must cover. */
export interface ClockRange { fromMs: number; toMs: number }

/** Gives the BusinessClock of a calendar id (business-time.ts `clockFor`, or a fake in tests). */
export type ClockFor = (calendarId: string, calendars: readonly CalendarDefinition[], range: ClockRange) => BusinessClock;

export interface EvaluationInput {
  model: StandardsModel;
  now: Date;
  clockFor: ClockFor;
  /**
   * The versions of a standard, oldest first, the last in force now (scripts/model/standard-versions.ts:
   * `versionsOfModel` from git history). Called once per standard of `model.standards`, by object, so a model
   * may hold two definitions with one id (a pull request's base and proposed standard), each with its own
   * versions. Default: the versions the document lists itself (`documentVersions`), usually just itself.
   */
  versionsOf?: (standard: StandardDefinition) => readonly StandardVersion[];
  /** What the report says about where the data came from. Default: the model's source type, never fetched. */
  data?: { source?: string; fetchedAt?: string | null };
  /** When the report is produced. Default: `now`. */
  generatedAt?: Date;
  /**
   * The store's QA reviews, SOP acknowledgements and SOP publications (people-records.ts): qa_score counts the
   * reviews beside the tickets' own, qa_coverage and sop_acknowledgement count nothing else, and the report
   * gains its `qa` and `acknowledgements` sections. Absent: none of that (the report has no such sections).
   */
  people?: PeopleRecords;
  /**
   * Whether each standard's report carries `comparison` ("7 days ago"). Default true. False (a review's replay,
   * which shows none) saves measuring the recent and live tickets as they stood then; nothing else changes.
   */
  comparison?: boolean;
}

export interface EvaluateStandardsInput extends EvaluationInput {
  tickets: Iterable<unknown> | AsyncIterable<unknown>;
}

export type { StandardReport } from './standard-report.ts';

const DAY_MS = 86_400_000;

export interface Evaluation {
  /**
   * Counts a day of tickets without reading them when none of them can change a number: all valid, solved,
   * with every event before the earliest instant any standard counts (its day grid, window and snapshots),
   * created inside every compiled calendar's range, and without the helpdesk's figures (the tie-out compares
   * every such ticket). Such a ticket adds only to `data` (how many, from, to). Returns false, having counted
   * nothing, when the day's tickets must be added one by one.
   */
  addSettled(summary: EntriesSummary): boolean;
  /** Feeds one ticket (any JSON value: bad ones are counted, never thrown). */
  add(ticket: unknown): void;
  /**
   * Feeds one ticket already read (`ticketEntry`, or the facts cache): the same as `add` of the ticket it was read
   * from. `at`: its position in store order (day-counters' positions), for the tie-out's first disagreements.
   */
  addEntry(entry: TicketEntry, at?: number): void;
  /**
   * Counters kept beside the store (day-counters.ts): what a day's counters lack or need read before they count
   * (`plan`), the counters of a day's entries (`build`; with `base`, only the units `only` on top of it; null:
   * build without `base`), and counting a day from them (`add`: `tickets` holds the plan's tickets).
   */
  counters: {
    plan(dc: DayCounters): CountedDayPlan;
    build(entries: readonly TicketEntry[], base?: DayCounters, only?: CountedDayPlan['missing']): DayCounters | null;
    /** The counters of a changed day from its previous version's (day-counters-update.ts), or why they are built from its entries. */
    update(previous: DayCounters, change: DayChange): DayCounters | string;
    /** The unit keys this evaluation measures. */
    keys(): Set<string>;
    /** The first date whose worst candidates `dc`'s units keep with them, by unit key (named-tickets.ts `worstReach`). */
    worstReach(dc: DayCounters): Map<string, number>;
    add(dc: DayCounters, day: string, ordinal: number, tickets: ReadonlyMap<number, TicketEntry>): void;
  };
  /** Worst tickets counted from counters whose facts are still to be read (before `finish`). */
  unresolvedWorst(): WorstRef[];
  /** Gives those tickets' facts (by `${day}/${index}`). */
  resolveWorst(facts: ReadonlyMap<string, TicketFacts>): void;
  /** The report over every ticket added so far. */
  finish(): Report;
}

/** A store position: day ordinal and index within the day, in one number that orders like the store. */
export const positionOf = (ordinal: number, index: number): number => ordinal * 2 ** 24 + index;

/** The streaming core: add tickets one by one, then finish. Memory is bounded by the model, not the tickets. */
export const createEvaluation = (function createEvaluation(input: EvaluationInput): Evaluation {
  const nowMs = input.now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error('evaluateStandards: `now` is not a valid date');
  const clocks = new Map<string, BusinessClock>();
  const versionsOf = (standard: StandardDefinition) => input.versionsOf?.(standard) ?? documentVersions(standard);
  const states = input.model.standards.map((standard) => createState(standard, versionsOf(standard), input, clocks));
  // "7 days ago": the same evaluation as it stood exactly COMPARISON_DAYS × 24 h earlier (facts as of then),
  // headline window only.
  const thenMs = nowMs - COMPARISON_DAYS * DAY_MS;
  const comparison = input.comparison ?? true;
  const then = { ...input, now: new Date(thenMs) };
  const earlier = input.model.standards.map((standard) => createState(standard, versionsOf(standard), then, clocks, { headlineOnly: true }));
  // Standards of people (qa_coverage, sop_acknowledgement) read no ticket.
  const ticketStates = states.filter((s) => !isPeopleMetric(s.standard.metric));
  const ticketEarlier = earlier.filter((s) => !isPeopleMetric(s.standard.metric));
  let earliestThenWindowMs = thenMs;
  for (const state of earlier) earliestThenWindowMs = Math.min(earliestThenWindowMs, state.windowFromMs);
  const rejected = new Map<string, { count: number; examples: string[] }>();
  let seen = 0;
  const tieOut = createTieOut(`${input.data?.source ?? input.model.pipeline.source.type} ticket metrics`);
  let fromMs = Number.POSITIVE_INFINITY;
  let toMs = Number.NEGATIVE_INFINITY;
  // Nothing before `settledBeforeMs` is counted by any standard (record() needs a grid day or the window;
  // backlog snapshots lie in the grid), and every clock covers instants from `createdFromMs` on.
  let settledBeforeMs = nowMs;
  let createdFromMs = Number.NEGATIVE_INFINITY;
  for (const state of states) {
    settledBeforeMs = Math.min(settledBeforeMs, state.grid.starts[0]!, state.windowFromMs);
    createdFromMs = Math.max(createdFromMs, state.grid.starts[0]! - CLOCK_LOOKBACK_MS);
  }
  settledBeforeMs = Math.min(settledBeforeMs, earliestThenWindowMs);

  function reject(reason: string, example: string): void {
    let entry = rejected.get(reason);
    if (entry === undefined) {
      entry = { count: 0, examples: [] };
      rejected.set(reason, entry);
    }
    entry.count++;
    if (entry.examples.length < 5) entry.examples.push(example);
  }

  let position = 0;
  function addEntry(entry: TicketEntry, at: number = position++): void {
    seen++;
    if (isRejection(entry)) {
      reject(entry.reason, entry.example);
      return;
    }
    // A ticket created after `now` did not exist yet (a replay of a past night over today's store).
    if (entry.createdMs > nowMs) return;
    const facts = factsAt(entry, nowMs);
    tieOut.add(entry, facts, nowMs, at);
    if (facts.createdMs < fromMs) fromMs = facts.createdMs;
    if (facts.createdMs > toMs) toMs = facts.createdMs;
    measureForEvery(ticketStates, facts, nowMs, (state, error) => {
      // A clock that cannot answer (an instant outside its compiled range) must not end the night's run:
      // the ticket is reported, and the other standards still count it.
      reject(`could not be measured for ${state.standard.id}: ${error instanceof Error ? error.message : String(error)}`, facts.id.slice(0, 64));
    });
    addThen(entry);
  }

  /**
   * Counts a ticket as it stood 7 days ago: only one that existed then, and not one solved with every event (a
   * rating comes after the solve) before every window then.
   */
  // Whether every scope of the standards "7 days ago" counts for reads only a ticket's segments (no category, no tags).
  const thenScopes = { bySegments: ticketEarlier.every((state) => state.tracks.every((track) => track.scope.category === null && track.scope.tags === null)) };

  function addThen(entry: TicketEntry): void {
    if (!comparison || isRejection(entry) || entry.createdMs > thenMs) return;
    // Scopes read what a ticket is (priority, channel, team, category, tags), never when: one no standard has in
    // scope counts nothing then, and is not read as it stood.
    if (!inAnyScope(ticketEarlier, entry)) return;
    const factsThen = factsAt(entry, thenMs);
    if (factsThen.solved && entry.lastEventMs < earliestThenWindowMs) return;
    // A ticket the clock cannot measure is reported once, by the evaluation at now.
    measureForEvery(ticketEarlier, factsThen, thenMs, () => undefined);
  }

  // Counters kept beside the store: the units and the local dates each standard keeps them for, made on first use.
  let night: CounterNight | null = null;
  function counterNight(): CounterNight {
    if (night !== null) return night;
    const tables: DayTable[] = states.map((state, i) => {
      // From before anything tonight counts (the grid, 7 days ago's window), with two days of margin: counters
      // made a day earlier or later (a review replays at the last fetch) still reach back far enough.
      const needFromMs = Math.min(state.grid.starts[0]!, earlier[i]!.windowFromMs);
      const extra = Math.ceil((state.grid.starts[0]! - needFromMs) / DAY_MS) + 2;
      const grid = buildDayGrid(state.zone, nowMs, state.grid.days + extra);
      const firstDn = dayNumberOf(grid.dates[0]!);
      return { grid, firstDn, neededFromDn: firstDn + dayIndex(grid, needFromMs) };
    });
    night = { nowMs, thenMs, units: counterUnits(states, input.model), states, earlier, tables, worstKept: input.model.pipeline.evaluation.worstTickets };
    return night;
  }
  const unresolved: { entry: WorstEntryWithRef; ref: WorstRef }[] = [];
  type WorstEntryWithRef = StandardState['worst']['heap'][number];
  return {
    add(ticket: unknown): void {
      addEntry(ticketEntry(ticket));
    },
    addEntry,
    counters: {
      plan: (dc) => planCountedDay(counterNight(), dc),
      build: (entries, base, only) => buildDayCounters(counterNight(), entries, base, only),
      update: (previous, change) => updateDayCounters(counterNight(), previous, change),
      keys: () => new Set(counterNight().units.map((u) => u.key)),
      worstReach: (dc) => worstReach(counterNight(), dc.madeAtMs),
      add(dc, day, ordinal, tickets) {
        const at0 = positionOf(ordinal, 0);
        seen += dc.entries - dc.live.length;
        if (dc.created !== null) {
          if (dc.created.fromMs < fromMs) fromMs = dc.created.fromMs;
          if (dc.created.toMs > toMs) toMs = dc.created.toMs;
        }
        for (const part of dc.rejected) {
          let entry = rejected.get(part.reason);
          if (entry === undefined) {
            entry = { count: 0, examples: [] };
            rejected.set(part.reason, entry);
          }
          entry.count += part.count;
          for (const example of part.examples) if (entry.examples.length < 5) entry.examples.push(example);
        }
        if (dc.tieOut !== null) tieOut.addPart({ ...dc.tieOut, kept: dc.tieOut.kept.map((k) => ({ ...k, at: at0 + k.at })) });
        placeCountedDay(counterNight(), dc, {
          offerWorst(state, candidate, version) {
            // The id only when the length could make the list: a day's ids are read from its counters on first use.
            if (!state.worst.mightKeep(candidate.value)) return;
            const id = dc.tickets!.ids.at(candidate.ticket)!;
            if (!state.worst.wouldKeep(candidate.value, id)) return;
            const code = dc.tickets!.codes[candidate.ticket]!;
            const team = (code >> 6) - 1;
            const entry: WorstEntryWithRef = {
              id, createdMs: Number.NaN, priority: PRIORITY_CODES[code & 7]!, channel: CHANNEL_CODES[(code >> 3) & 7]!, team: team < 0 ? null : dc.teams[team]!,
              minutes: candidate.value, inFlight: false, version, lateSinceMs: null, facts: null, ref: { day, index: candidate.ticket },
            };
            state.worst.offer(entry);
          },
        });
        for (const i of dc.live) addEntry(tickets.get(i)!, at0 + i);
        // A ticket whose segments (priority, channel, team) no scope holds is not decoded (scopes of segments only).
        const codes = thenScopes.bySegments ? dc.tickets?.codes : undefined;
        for (const i of recentReadThen(counterNight(), dc)) {
          if (codes !== undefined && codes[i]! >= 0 && !inAnySegmentScope(ticketEarlier, codes[i]!, dc.teams)) continue;
          addThen(tickets.get(i)!);
        }
      },
    },
    unresolvedWorst() {
      unresolved.length = 0;
      for (const state of states) for (const entry of state.worst.heap) if (entry.facts === null && entry.ref !== undefined) unresolved.push({ entry, ref: entry.ref });
      return unresolved.map((u) => u.ref);
    },
    resolveWorst(facts) {
      for (const { entry, ref } of unresolved) {
        const found = facts.get(`${ref.day}/${ref.index}`);
        if (found === undefined) throw new Error(`the facts of worst ticket ${entry.id} (${ref.day}, #${ref.index}) were not given`);
        entry.facts = found;
        entry.createdMs = found.createdMs;
      }
    },
    addSettled(summary: EntriesSummary): boolean {
      if (summary.count === 0) return true;
      if (summary.rejected > 0 || summary.unsolved > 0 || summary.tieOut !== 0 || summary.maxLastEventMs === null || summary.minCreatedMs === null || summary.maxCreatedMs === null) return false;
      if (!(summary.maxLastEventMs < settledBeforeMs) || !(summary.minCreatedMs >= createdFromMs)) return false;
      seen += summary.count;
      if (summary.minCreatedMs < fromMs) fromMs = summary.minCreatedMs;
      if (summary.maxCreatedMs > toMs) toMs = summary.maxCreatedMs;
      return true;
    },
    finish(): Report {
      const people = input.people ?? null;
      const reviews = people === null ? [] : reviewEntries(people.reviews);
      if (people !== null) {
        measurePeople(states, input.model, people, reviews, nowMs);
        measurePeople(earlier, input.model, people, reviews, thenMs);
      }
      const standards = states.map((state, i) => withBurnRates(finishStandard(state, input, comparison ? earlier[i]! : undefined), state.standard.window, state.zone, input.now));
      const summary = { met: 0, 'at-risk': 0, breached: 0, 'no-data': 0 };
      for (const s of standards) summary[s.status]++;
      const source = input.data?.source ?? input.model.pipeline.source.type;
      const tieOutReport = tieOut.finish();
      return {
        schemaVersion: 1,
        generatedAt: (input.generatedAt ?? input.now).toISOString(),
        now: input.now.toISOString(),
        organisation: input.model.pipeline.organisation,
        data: {
          source,
          fetchedAt: input.data?.fetchedAt ?? null,
          tickets: seen,
          from: Number.isFinite(fromMs) ? new Date(fromMs).toISOString() : null,
          to: Number.isFinite(toMs) ? new Date(toMs).toISOString() : null,
          rejected: [...rejected.entries()]
            .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
            .map(([reason, e]) => ({ reason, count: e.count, examples: e.examples as Report['data']['rejected'][number]['examples'] })),
          ...(tieOutReport ? { tieOut: tieOutReport } : {}),
        },
        summary,
        standards,
        ...(people !== null ? peopleSections(input, people, reviews, nowMs, acknowledgementDue(states)) : {}),
      };
    },
  };
});

/** The report's sections about QA reviews and SOP acknowledgements (people-report.ts). */
const peopleSections = (function peopleSections(input: EvaluationInput, people: PeopleRecords, reviews: ReturnType<typeof reviewEntries>, nowMs: number, due: AcknowledgementDue): Pick<Report, 'qa' | 'acknowledgements'> {
  const qa = qaSection(input.model, reviews, nowMs, input.model.pipeline.evaluation.seriesDays);
  // Nothing to say about acknowledgements without any record or any known publication (no git history).
  const acknowledged = people.acknowledgements.length > 0 || people.sopVersions.size > 0;
  return { ...(qa !== null ? { qa } : {}), ...(acknowledged ? { acknowledgements: acknowledgementSection(input.model, people, nowMs, due) } : {}) };
});

/**
 * Whether any track of any of `states` has in its scope a ticket of segments `code` (day-counters.ts `ticketSegments`:
 * priority | channel << 3 | (team + 1) << 6, teams by the day's `teams`), for scopes of segments only.
 */
const inAnySegmentScope = (function inAnySegmentScope(states: readonly StandardState[], code: number, teams: readonly string[]): boolean {
  const team = (code >> 6) - 1;
  return inAnyScope(states, { priority: PRIORITY_CODES[code & 7]!, channel: CHANNEL_CODES[(code >> 3) & 7]!, team: team < 0 ? null : teams[team]! });
});

/** Whether any track of any of `states` has `t` in its scope. */
const inAnyScope = (function inAnyScope(states: readonly StandardState[], t: Segmented): boolean {
  for (const state of states) for (const track of state.tracks) if (inScope(track.scope, t)) return true;
  return false;
});

/** Counts `facts` (a ticket as of `atMs`) for every standard whose scope holds it and no exclusion leaves it out. */
const measureForEvery = (function measureForEvery(states: readonly StandardState[], facts: TicketFacts, atMs: number, failed: (state: StandardState, error: unknown) => void): void {
  const lifeEndMs = facts.solved && facts.finalSolveMs !== null ? facts.finalSolveMs : atMs;
  for (const state of states) {
    const tracks = state.tracks;
    if (tracks.length === 1) {
      if (!inScope(tracks[0]!.scope, facts)) continue;
    } else if (!tracks.some((track) => inScope(track.scope, facts))) {
      continue;
    }
    if (state.exclusions.length > 0) {
      const hit = state.exclusions.find((e) => facts.createdMs < e.toMs && lifeEndMs >= e.fromMs);
      if (hit !== undefined) {
        if (lifeEndMs >= state.windowFromMs) hit.count++;
        continue;
      }
    }
    try {
      if (tracks.length === 1) measureTicket(state, tracks[0]!, facts, atMs);
      else for (const track of tracks) if (inScope(track.scope, facts)) measureTicket(state, track, facts, atMs);
    } catch (error) {
      failed(state, error);
    }
  }
});

function isSyncIterable(value: unknown): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** Evaluates every standard of `model` over `tickets` (read once, in order) as of `now`. */
export async function evaluateStandards(input: EvaluateStandardsInput): Promise<Report> {
  const evaluation = createEvaluation(input);
  if (isSyncIterable(input.tickets)) {
    for (const ticket of input.tickets) evaluation.add(ticket);
  } else {
    for await (const ticket of input.tickets) evaluation.add(ticket);
  }
  return evaluation.finish();
}

/**
 * Evaluates every standard over tickets already read into entries (`ticketEntry`; the facts cache keeps them
 * per day), day by day in store order: the same report as `evaluateStandards` over the tickets they were read
 * from. A day whose tickets cannot change a number (`Evaluation.addSettled`) is not read at all; a day with
 * counters kept beside the store (`DayOfEntries.counters`) is counted from them and its live tickets, its
 * counters made or completed first when they lack what tonight measures. `worstFacts` reads the facts of the
 * worst tickets the counters named (by `${day}/${index}`).
 */
export const evaluateEntries = (async function evaluateEntries(input: EvaluationInput & { days: AsyncIterable<DayOfEntries>; worstFacts?: (refs: readonly WorstRef[]) => Promise<Map<string, TicketFacts>> }): Promise<Report> {
  const evaluation = createEvaluation(input);
  let ordinal = 0;
  for await (const day of input.days) {
    const at = ordinal++;
    if (evaluation.addSettled(day.summary)) continue;
    if (day.counters === undefined || day.day === undefined) {
      (await day.entries()).forEach((entry, i) => evaluation.addEntry(entry, positionOf(at, i)));
      continue;
    }
    await countDay(evaluation, day as DayOfEntries & { day: string; counters: NonNullable<DayOfEntries['counters']> }, at, input.comparison ?? true);
  }
  const refs = evaluation.unresolvedWorst();
  if (refs.length > 0) {
    if (input.worstFacts === undefined) throw new Error('evaluateEntries: worst tickets were counted from counters, and no `worstFacts` reads their facts');
    evaluation.resolveWorst(await input.worstFacts(refs));
  }
  return evaluation.finish();
});

/** Counts one day from its counters: made from its entries when missing or unusable, completed when they lack units. */
const countDay = (async function countDay(evaluation: Evaluation, day: DayOfEntries & { day: string; counters: NonNullable<DayOfEntries['counters']> }, ordinal: number, comparison: boolean): Promise<void> {
  const access = day.counters;
  let dc = await access.read();
  let entries: readonly TicketEntry[] | null = null;
  let plan = dc === null ? null : evaluation.counters.plan(dc);
  let why: string | null = null;
  /** Why a changed day's counters were not updated from its previous version's. */
  let whole: string | undefined;
  if (dc !== null && plan!.unusable === null && plan!.missing.length > 0 && dc.tickets === null && !(await access.readRows(dc, new Map()))) dc = null;
  if (dc === null && access.previous !== undefined) {
    // A changed day: its counters are its previous version's, with the changed tickets taken out and put in again.
    const previous = await access.previous();
    const usable = previous === null ? null : evaluation.counters.plan(previous.dc);
    if (usable !== null && (usable.unusable !== null || usable.missing.length > 0)) whole = `changed, and ${usable.unusable ?? 'its previous counters lack a unit of tonight\'s'}`;
    else if (previous !== null) {
      const updated = evaluation.counters.update(previous.dc, previous.change);
      if (typeof updated !== 'string') {
        dc = updated;
        plan = evaluation.counters.plan(dc);
        why = 'updated: only the changed tickets counted';
      } else {
        whole = `changed, and ${updated}`;
      }
    }
  }
  if (dc === null || plan!.unusable !== null) {
    why = dc === null ? whole ?? 'missing' : plan!.unusable!;
    entries ??= await day.entries();
    dc = evaluation.counters.build(entries)!;
  } else if (plan!.missing.length > 0) {
    why = `${plan!.missing.length} unit(s) new to them`;
    entries = await day.entries();
    dc = evaluation.counters.build(entries, dc, plan!.missing) ?? evaluation.counters.build(entries)!;
  }
  if (why !== null) {
    plan = evaluation.counters.plan(dc);
    // Counters just made lack none of tonight's units; if they did, the plan names no ticket to read one by one and
    // the day would be counted wrong (or fail on its first live ticket), so the night stops here, saying why.
    if (plan.missing.length > 0) throw new Error(`day ${day.day}: counters made tonight still lack ${plan.missing.length} unit(s) of tonight's (counted-day.ts planCountedDay)`);
    await access.write(dc, evaluation.counters.keys(), why, evaluation.counters.worstReach(dc));
  }
  if ((plan!.rows.size > 0 || (plan!.ticketTable && dc.tickets === null)) && !(await access.readRows(dc, plan!.rows))) {
    // Rows that do not match their digests: the counters are made again, exactly, from the day's tickets.
    entries = await day.entries();
    dc = evaluation.counters.build(entries)!;
    plan = evaluation.counters.plan(dc);
    await access.write(dc, evaluation.counters.keys(), 'damaged', evaluation.counters.worstReach(dc));
  }
  const read = entries;
  // Without the comparison, the recent tickets the plan names for "7 days ago" are not read: only the live ones count.
  const wanted = comparison ? plan!.tickets : [...dc.live].sort((a, b) => a - b);
  const tickets = read !== null ? new Map(wanted.map((i) => [i, read[i]!])) : await access.entriesAt(wanted);
  evaluation.counters.add(dc, day.day, ordinal, tickets);
});
