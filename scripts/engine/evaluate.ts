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
import { CLOCK_LOOKBACK_MS, createState, inScope, type StandardState } from './standard-state.ts';
import { measureTicket } from './measure-ticket.ts';
import { COMPARISON_DAYS, finishStandard } from './standard-report.ts';
import { withBurnRates } from './burn-rate.ts';
import { createTieOut } from './tie-out.ts';
import type { CalendarDefinition, StandardDefinition, StandardsModel, Report, StandardVersion } from '../model/model.ts';
import { documentVersions } from '../model/standard-versions.ts';
import { reviewEntries, type PeopleRecords } from './people-records.ts';
import { isPeopleMetric, measurePeople } from './people-measures.ts';
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
  /** Feeds one ticket already read (`ticketEntry`, or the facts cache): the same as `add` of the ticket it was read from. */
  addEntry(entry: TicketEntry): void;
  /** The report over every ticket added so far. */
  finish(): Report;
}

/** The streaming core: add tickets one by one, then finish. Memory is bounded by the model, not the tickets. */
export function createEvaluation(input: EvaluationInput): Evaluation {
  const nowMs = input.now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error('evaluateStandards: `now` is not a valid date');
  const clocks = new Map<string, BusinessClock>();
  const versionsOf = (standard: StandardDefinition) => input.versionsOf?.(standard) ?? documentVersions(standard);
  const states = input.model.standards.map((standard) => createState(standard, versionsOf(standard), input, clocks));
  // "7 days ago": the same evaluation as it stood exactly COMPARISON_DAYS × 24 h earlier (facts as of then),
  // headline window only.
  const thenMs = nowMs - COMPARISON_DAYS * DAY_MS;
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

  function addEntry(entry: TicketEntry): void {
    seen++;
    if (isRejection(entry)) {
      reject(entry.reason, entry.example);
      return;
    }
    // A ticket created after `now` did not exist yet (a replay of a past night over today's store).
    if (entry.createdMs > nowMs) return;
    const facts = factsAt(entry, nowMs);
    tieOut.add(entry, facts, nowMs);
    if (facts.createdMs < fromMs) fromMs = facts.createdMs;
    if (facts.createdMs > toMs) toMs = facts.createdMs;
    measureForEvery(ticketStates, facts, nowMs, (state, error) => {
      // A clock that cannot answer (an instant outside its compiled range) must not end the night's run:
      // the ticket is reported, and the other standards still count it.
      reject(`could not be measured for ${state.standard.id}: ${error instanceof Error ? error.message : String(error)}`, facts.id.slice(0, 64));
    });
    // As of 7 days ago: only a ticket that existed then and was not already solved before every window then.
    if (entry.createdMs > thenMs) return;
    const factsThen = factsAt(entry, thenMs);
    if (factsThen.solved && factsThen.finalSolveMs !== null && factsThen.finalSolveMs < earliestThenWindowMs) return;
    // A ticket the clock cannot measure is reported once, by the evaluation at now.
    measureForEvery(ticketEarlier, factsThen, thenMs, () => undefined);
  }

  return {
    add(ticket: unknown): void {
      addEntry(ticketEntry(ticket));
    },
    addEntry,
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
      const standards = states.map((state, i) => withBurnRates(finishStandard(state, input, earlier[i]!), state.standard.window, state.zone, input.now));
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
        ...(people !== null ? peopleSections(input, people, reviews, nowMs) : {}),
      };
    },
  };
}

/** The report's sections about QA reviews and SOP acknowledgements (people-report.ts). */
function peopleSections(input: EvaluationInput, people: PeopleRecords, reviews: ReturnType<typeof reviewEntries>, nowMs: number): Pick<Report, 'qa' | 'acknowledgements'> {
  const qa = qaSection(input.model, reviews, nowMs, input.model.pipeline.evaluation.seriesDays);
  // Nothing to say about acknowledgements without any record or any known publication (no git history).
  const acknowledged = people.acknowledgements.length > 0 || people.sopVersions.size > 0;
  return { ...(qa !== null ? { qa } : {}), ...(acknowledged ? { acknowledgements: acknowledgementSection(input.model, people, nowMs) } : {}) };
}

/** Counts `facts` (a ticket as of `atMs`) for every standard whose scope holds it and no exclusion leaves it out. */
function measureForEvery(states: readonly StandardState[], facts: TicketFacts, atMs: number, failed: (state: StandardState, error: unknown) => void): void {
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
}

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
 * from. A day whose tickets cannot change a number (`Evaluation.addSettled`) is not read at all.
 */
export async function evaluateEntries(input: EvaluationInput & { days: AsyncIterable<DayOfEntries> }): Promise<Report> {
  const evaluation = createEvaluation(input);
  for await (const day of input.days) {
    if (evaluation.addSettled(day.summary)) continue;
    for (const entry of await day.entries()) evaluation.addEntry(entry);
  }
  return evaluation.finish();
}
