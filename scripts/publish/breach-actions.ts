// What the breach page and the corrective-action issue both tell the people who act: the SOP steps that keep
// the standard (a step's `keeps`, which validate holds to the standard's threshold), and how fast the error
// budget burns and when it runs out, in words (the engine's `burn`, scripts/engine/burn-rate.ts). One place,
// so the page and the issue say the same thing.

import type { SopDefinition, SopStep } from '../model/model.ts';
import type { ReportStandard } from './site-data.ts';

export interface KeepingStep {
  sop: Pick<SopDefinition, 'id' | 'title' | 'version'>;
  step: SopStep;
  /** 1-based position of the step in its SOP. */
  number: number;
  /** Steps in the SOP. */
  of: number;
}

/** The steps of active and draft SOPs serving `standard` that say they keep it, in SOP order (by title, then step). */
export function stepsKeeping(sops: readonly SopDefinition[], standard: string): KeepingStep[] {
  return sops
    .filter((sop) => sop.status !== 'retired' && sop.serves.includes(standard))
    .sort((a, b) => a.title.localeCompare(b.title))
    .flatMap((sop) => sop.steps.flatMap((step, i) => (step.keeps?.standard === standard ? [{ sop, step, number: i + 1, of: sop.steps.length }] : [])));
}

/** The anchor of a step on its SOP's page (sops/[id].astro gives each step `id="step-<id>"`). */
export function stepAnchor(step: Pick<SopStep, 'id'>): string {
  return `step-${step.id}`;
}

type Burn = NonNullable<ReportStandard['burn']>;
type Span = Burn['spans'][number];

/** `2.5×`, `12×`: one decimal under 10. */
export function burnRateText(rate: number | null): string {
  return rate === null ? '—' : `${rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10}×`;
}

/** `Last full day (19 Nov 2026)`, `Last 7 full days (13 Nov 2026 – 19 Nov 2026)`. */
export function burnSpanName(span: Pick<Span, 'days' | 'from' | 'to'>, day: (date: string) => string): string {
  return span.days === 1 ? `Last full day (${day(span.to)})` : `Last ${span.days} full days (${day(span.from)} – ${day(span.to)})`;
}

/** The span's "runs out" cell in words: the day, or why there is none. */
export function runsOutText(span: Pick<Span, 'runsOut' | 'daysLeft' | 'rate'>, spent: boolean, day: (date: string) => string): string {
  if (span.runsOut) return `${day(span.runsOut)} (in ${(Math.round((span.daysLeft ?? 0) * 10) / 10).toLocaleString('en-IE')} days)`;
  if (spent) return 'Already spent';
  return span.rate !== null && span.rate > 1 ? 'Not this period' : 'Lasts at this rate';
}

/** One sentence on the budget's pace: spent and still burning, or the day it runs out, or that it lasts. Null without burn spans. */
export function burnSummary(result: Pick<ReportStandard, 'burn' | 'errorBudget'>, day: (date: string) => string): string | null {
  const spans = result.burn?.spans ?? [];
  if (spans.length === 0) return null;
  const spent = (result.errorBudget?.remaining ?? 0) < 0;
  const first = spans.find((s) => s.runsOut !== null) ?? null;
  const burning = spans.some((s) => s.rate !== null && s.rate > 1);
  if (spent) {
    return burning
      ? 'The budget is already spent, and it is still burning faster than the goal allows.'
      : 'The budget is spent; the recent pace is within what the goal allows, so it is recovering as misses leave the window.';
  }
  if (first) return `At the pace of the ${first.days === 1 ? 'last day' : `last ${first.days} days`}, the budget runs out on ${day(first.runsOut!)}.`;
  return burning ? 'Burning faster than the goal allows, but the budget outlasts the current period.' : 'The recent pace is within what the goal allows: at this rate the budget lasts.';
}
