// A standard's result in plain words, for the breach page and the corrective-action issue: how many tickets
// missed, how many the objective allows, and counts that add up. "Overspent by 244%" tells nobody what to do;
// "45 tickets missed the 6h goal; the objective allows 13 in this window" does.

import { METRICS, type MetricId } from '../model/metric-catalogue.ts';
import { formatDuration } from '../model/values.ts';
import type { ReportStandard } from './site-data.ts';

export interface CountsThatAddUp {
  /** Measurements counted in the window: met + missed. */
  counted: number;
  met: number;
  /** Closed (or answered) outside the goal. */
  missedClosed: number;
  /** Still open and already past the threshold: counted as missed. */
  openAndLate: number;
  /** Still open and inside the threshold: not counted yet. */
  openWithinGoal: number;
}

export function countsOf(result: ReportStandard): CountsThatAddUp {
  const openAndLate = result.inFlight ?? 0;
  return { counted: result.count, met: result.met, missedClosed: result.count - result.met - openAndLate, openAndLate, openWithinGoal: result.pending };
}

const MISSED_PHRASE: Partial<Record<MetricId, (n: number) => string>> = {
  first_contact_resolution: (n) => `${n === 1 ? 'ticket was' : 'tickets were'} not resolved on first contact`,
  csat: (n) => `satisfaction ${n === 1 ? 'rating was' : 'ratings were'} not good`,
  reopen_rate: (n) => `${n === 1 ? 'ticket was' : 'tickets were'} reopened`,
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * One or two sentences: what missed, what the objective allows, and what that means. Null when the standard
 * has no data or its metric is a score whose budget is not a count of tickets (NPS, QA score).
 */
export function budgetInWords(metric: string, result: ReportStandard): string | null {
  const budget = result.errorBudget;
  if (!budget || result.count === 0) return null;
  const definition = METRICS[metric as MetricId];
  if (!definition || definition.kind === 'score') return null;
  const used = Math.round(budget.used);
  // A fraction of a ticket cannot miss: 13.8 allowed means 13 may miss and the 14th breaches.
  const allowed = Math.floor(budget.allowed + 1e-9);
  let missed: string;
  if (definition.kind === 'duration') {
    // Over a window whose versions had different goals, each ticket was judged by the threshold then in force.
    const goal = result.goal.judged !== undefined ? 'the goal in force when they were measured' : result.goal.thresholdMinutes !== undefined ? `the ${formatDuration(result.goal.thresholdMinutes)} goal` : 'the goal';
    const late = result.inFlight ? ` (${plural(result.inFlight, 'is', 'are')} still open)` : '';
    missed = `${plural(used, 'ticket')} of ${result.count.toLocaleString('en-GB')} missed ${goal}${late}`;
  } else {
    const phrase = MISSED_PHRASE[metric as MetricId] ?? ((n: number) => `${n === 1 ? 'was' : 'were'} outside the target`);
    missed = `${used.toLocaleString('en-GB')} of ${result.count.toLocaleString('en-GB')} ${phrase(used)}`;
  }
  // The allowance is each version's for its own measurements, summed (the error budget the status used).
  const goals = result.goal.judged !== undefined ? `goals (${result.goal.judged})` : definition.kind === 'duration' ? 'objective' : 'target';
  const allows = `the ${goals} ${result.goal.judged !== undefined ? 'allow' : 'allows'} ${allowed.toLocaleString('en-GB')} in this window`;
  let outcome: string;
  if (used > allowed) outcome = `${plural(used - allowed, 'more', 'more')} than allowed, so the standard is breached.`;
  else if (used === allowed) outcome = 'one more and the standard is breached.';
  else outcome = `${(allowed - used).toLocaleString('en-GB')} more can miss before the standard is breached.`;
  return `${capitalFirst(missed)}; ${allows}: ${outcome}`;
}

function capitalFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The report's statement without its error-budget clause ("error budget overspent by 244%", "16% of the error
 * budget left"): the page says the same in counts of tickets right beside it.
 */
export function statementWithoutBudget(statement: string): string {
  return statement.replace(/;\s*(?:error budget overspent by [\d.]+%|[\d.]+% of the error budget left|error budget overspent)(?=[.;]|$)/, '');
}
