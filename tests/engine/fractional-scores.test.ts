// The metric catalogue says which metrics score fractions (`scores`), and the engine keeps those sums exact: a
// standard whose scores are all integers may take the plain sums of counted days (counted-day.ts `takesPlainSums`,
// `placeRecentPlain`), one that can score a fraction never does, or its report would depend on the order the
// measurements were added in. "Can score a fraction" is every version's metric: a standard that measured QA scores
// before it measured CSAT still sums QA reviews in its series.

import { describe, expect, it } from 'vitest';
import { METRIC_IDS, METRICS, type MetricId } from '../../scripts/model/metric-catalogue.ts';
import type { StandardDefinition, StandardVersion, StandardsModel } from '../../scripts/model/model.ts';
import type { Ticket } from '../../scripts/model/documents.generated.ts';
import { versionsOfModel } from '../../scripts/model/standard-versions.ts';
import { createState } from '../../scripts/engine/standard-state.ts';
import { takesPlainSums } from '../../scripts/engine/counted-day.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { clocksFor, model as fixtureModel, scorecard, standard } from './engine-fixtures.ts';
import { fixtureNights } from '../store/store-nights.ts';
import { measureTicket } from '../../scripts/engine/measure-ticket.ts';
import { isPeopleMetric } from '../../scripts/engine/people-measures.ts';
import { factsAt, readTicketRecord } from '../../scripts/engine/ticket-checks.ts';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import { SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';

const NOW = new Date('2026-11-20T06:00:00Z');

/**
 * The sample tickets' QA reviews on the site fixture's scorecard (interaction-standards: weights 1, 2, 3 critical,
 * 1, 1, 2, 1), its seven behaviours for the sample's seven in order: scores such as 5/11 and 9/11.
 */
const FIXTURE_BEHAVIOURS = ['greet', 'acknowledge', 'accurate', 'ownership', 'clear', 'empathy', 'close'];
function sampleTickets(now: Date): Ticket[] {
  return [...generateSampleTickets({ count: 1500, days: 90, seed: 29, now })].map((t) => (t.qa === undefined ? t : {
    ...t,
    qa: t.qa.map((review) => ({ ...review, scorecard: 'interaction-standards', results: Object.fromEntries(Object.values(review.results).map((mark, i) => [FIXTURE_BEHAVIOURS[i]!, mark])) })),
  }));
}

function stateOf(s: StandardDefinition, m: StandardsModel, versions: readonly StandardVersion[] = [], headlineOnly = false) {
  return createState(s, versions, { model: m, now: NOW, clockFor: clocksFor() }, new Map(), { headlineOnly });
}

/** A standard of `metric` as a document would give it (qa_score names its scorecard). */
function standardOf(metric: MetricId): StandardDefinition {
  return standard({ id: metric.replaceAll('_', '-'), metric, ...(metric === 'qa_score' ? { scorecard: 'interaction-standards' } : {}) });
}

describe('the catalogue decides which standards take the plain sums', () => {
  const m = fixtureModel({ standards: METRIC_IDS.map(standardOf), scorecards: [scorecard()] });

  it('says for every metric whether its scores are whole or fractional: qa_score alone scores fractions', () => {
    expect(METRIC_IDS.filter((id) => METRICS[id].scores === 'fractional')).toEqual(['qa_score']);
    expect(METRIC_IDS.filter((id) => METRICS[id].scores !== 'fractional' && METRICS[id].scores !== 'whole')).toEqual([]);
  });

  it.each(METRIC_IDS.map((id) => [id]))('%s: plain sums exactly when the catalogue says its scores are whole', (id) => {
    const s = m.standards.find((d) => d.metric === id)!;
    const plain = takesPlainSums(stateOf(s, m), stateOf(s, m, [], true));
    expect(plain).toBe(METRICS[id].scores === 'whole');
  });

  it('a standard measuring CSAT now, QA scores before: its sums are exact, never plain', () => {
    const qa = standardOf('qa_score');
    const now = { ...qa, metric: 'csat' as const, scorecard: null };
    const versions: StandardVersion[] = [
      { version: '2026-01-01', from: '2026-01-01', definition: qa },
      { version: '2026-11-01', from: '2026-11-01', definition: now },
    ];
    const state = stateOf(now, m, versions);
    expect(state.exact).not.toBe(null);
    expect(takesPlainSums(state, stateOf(now, m, versions, true))).toBe(false);
  });
});

// What the catalogue says must be what the engine scores: each ticket metric measured over sample tickets (every
// kind of fact: replies, solves, reopens, ratings, NPS answers, QA reviews on the sample scorecard, weights 1 to 3
// with a critical behaviour), in business hours, one standard each. A metric the catalogue calls whole must leave
// integer sums in every day of its series (they are plain numbers: a fraction there is a metric that scores fractions
// taking the plain sums); qa_score must leave fractions (so these tickets do reach them) in its exact sums. The
// people metrics (qa_coverage, sop_acknowledgement) count people, met or not (people-measures.ts), not tickets.
describe('the engine scores as the catalogue says', () => {
  it('whole metrics sum to integers on every day of their series; qa_score to fractions', async () => {
    const { model: sample } = await loadStandardsModel({ root: SAMPLE_ROOT, today: NOW.toISOString().slice(0, 10) });
    const calendar = sample!.calendars[0]!.id;
    expect(sample!.scorecards.map((c) => [c.id, c.behaviours.map((b) => b.id)])).toEqual([['interaction-standards', FIXTURE_BEHAVIOURS]]);
    const ticketMetrics = METRIC_IDS.filter((id) => !isPeopleMetric(id));
    const m: StandardsModel = { ...sample!, standards: ticketMetrics.map((id) => ({ ...standardOf(id), calendar, scorecard: id === 'qa_score' ? sample!.scorecards[0]!.id : null })) };
    const records = sampleTickets(NOW).map((t) => readTicketRecord(t)).filter((r) => typeof r !== 'string');
    const nowMs = NOW.getTime();
    const sums: Record<string, { whole: boolean; days: number; fractionalDays: number }> = {};
    for (const s of m.standards) {
      const state = createState(s, [], { model: m, now: NOW, clockFor }, new Map());
      for (const record of records) measureTicket(state, state.tracks[0]!, factsAt(record, nowMs), nowMs);
      const days = state.exact === null ? [...state.daySum] : state.exact.days.map((d) => d?.value() ?? 0);
      sums[s.metric] = { whole: state.exact === null, days: days.filter((d) => d !== 0).length, fractionalDays: days.filter((d) => !Number.isInteger(d)).length };
    }
    for (const id of ticketMetrics) {
      expect(sums[id]!.days, id).toBeGreaterThan(0);
      expect(sums[id]!.whole, id).toBe(METRICS[id].scores === 'whole');
      if (METRICS[id].scores === 'whole') expect(sums[id]!.fractionalDays, id).toBe(0);
      else expect(sums[id]!.fractionalDays, id).toBeGreaterThan(0);
    }
  }, 60_000);
});

// The same standard on real nights: sample tickets with QA reviews (weights 1, 2, 1: scores such as 3/4 and 1/3), a
// store with counters, three nights; every path gives the bytes of the NDJSON path (store-nights.ts `night`).
const FIRST = new Date('2026-10-01T06:00:00Z');
let model: StandardsModel;
const { night } = fixtureNights('fractional-scores-', () => sampleTickets(FIRST), (made) => ({ model } = made));

describe('a standard that measured QA scores before CSAT, night after night', () => {
  it('gives the same bytes on every path, and finite figures in its series', async () => {
    const qa = model.standards.find((s) => s.metric === 'qa_score')!;
    const csat = { ...qa, metric: 'csat' as const, scorecard: null };
    const m = { ...model, standards: model.standards.map((s) => (s === qa ? csat : s)) };
    const versionsOf = versionsOfModel(m, new Map([[qa.origin.file, [
      { commit: '1'.repeat(40), committedAt: '2026-01-01T00:00:00Z', definition: qa },
      { commit: '2'.repeat(40), committedAt: '2026-09-24T09:13:27Z', definition: csat },
    ]]]));
    const counted: number[] = [];
    for (let k = 0; k < 3; k++) {
      const { run, report } = await night(new Date(FIRST.getTime() + k * 86_400_000), m, versionsOf);
      counted.push(run.counters.counted);
      const result = report.standards.find((s) => s.id === qa.id)!;
      expect(result.versions?.length).toBe(2);
      const values = result.series.map((p) => p.value).filter((v) => v !== null);
      expect(values.length).toBeGreaterThan(0);
      expect(values.every((v) => Number.isFinite(v))).toBe(true);
    }
    expect(counted[0]).toBe(0);
    expect(counted[1]).toBeGreaterThan(30);
  }, 120_000);
});
