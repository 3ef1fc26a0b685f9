// Normalises what the Pipeline says about QA reviews and SOP acknowledgements imported beside the tickets
// (`source.qa.csv`, `source.acknowledgements.csv`), and what a Standard measuring people (qa_coverage,
// sop_acknowledgement) may say. Cross-document checks (a behaviour or scorecard that does not exist) live in
// people-rules.ts.

import { IANAZone } from 'luxon';
import type { DocumentContext } from './normalise.ts';
import type { PipelineDocument, StandardDocument } from './documents.generated.ts';
import type { AcknowledgementCsvSettings, QaCsvSettings } from './model.ts';
import { didYouMean } from './suggest.ts';

type SourcePart = NonNullable<PipelineDocument['source']>;
type QaCsvDocument = NonNullable<SourcePart['qa']>['csv'];
type AcknowledgementCsvDocument = NonNullable<SourcePart['acknowledgements']>['csv'];

function checkTimezone(ctx: DocumentContext, at: string[], timezone: string): void {
  if (IANAZone.isValidZone(timezone)) return;
  const hint = didYouMean(timezone, Intl.supportedValuesOf('timeZone')) || ' — use an IANA name like Europe/Dublin';
  ctx.error(at, `${at.join('.')} "${timezone}" is not a known IANA time zone${hint}`, 'timezone');
}

function defined<T>(map: Record<string, T | undefined> | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(map ?? {}).filter((e): e is [string, T] => e[1] !== undefined));
}

export function normaliseQaImport(ctx: DocumentContext, doc: QaCsvDocument | undefined): QaCsvSettings | null {
  if (doc === undefined) return null;
  checkTimezone(ctx, ['source', 'qa', 'csv', 'timezone'], doc.timezone);
  if (doc.columns.scorecard === undefined && doc.scorecard === undefined) {
    ctx.error(['source', 'qa', 'csv'], 'source.qa.csv needs columns.scorecard (the column naming each review\'s Scorecard) or scorecard (the one Scorecard every review uses)', 'qa-import');
  }
  return {
    path: doc.path,
    timezone: doc.timezone,
    delimiter: doc.delimiter ?? ',',
    skipBadRows: doc.skipBadRows ?? false,
    scorecard: doc.scorecard ?? null,
    maxScore: doc.maxScore ?? 100,
    columns: { ...doc.columns },
    behaviours: defined(doc.behaviours),
    ignoreColumns: doc.ignoreColumns ?? [],
    values: { scorecard: defined(doc.values?.scorecard), result: defined(doc.values?.result) },
  };
}

export function normaliseAcknowledgementImport(ctx: DocumentContext, doc: AcknowledgementCsvDocument | undefined): AcknowledgementCsvSettings | null {
  if (doc === undefined) return null;
  checkTimezone(ctx, ['source', 'acknowledgements', 'csv', 'timezone'], doc.timezone);
  return {
    path: doc.path,
    timezone: doc.timezone,
    delimiter: doc.delimiter ?? ',',
    skipBadRows: doc.skipBadRows ?? false,
    columns: { ...doc.columns },
    values: { sop: defined(doc.values?.sop) },
  };
}

/** Metrics of people rather than tickets: only `scope.team` applies to them. */
const PEOPLE_METRICS = new Set(['qa_coverage', 'sop_acknowledgement']);

/** What a qa_coverage or sop_acknowledgement standard must and may say, and what other metrics may not. */
export function checkPeopleMetric(ctx: DocumentContext, doc: StandardDocument): void {
  if (PEOPLE_METRICS.has(doc.metric)) {
    for (const field of ['priority', 'channel', 'category', 'tags'] as const) {
      if (doc.scope?.[field] !== undefined) {
        ctx.error(['scope', field], `scope.${field} does not apply to ${doc.metric}, which measures people rather than tickets: only scope.team narrows it`, 'metric-fit');
      }
    }
  }
  if (doc.metric === 'qa_coverage' && doc.reviewsPerAgent === undefined) {
    ctx.error([], 'missing required property "reviewsPerAgent": qa_coverage needs how many reviews each agent must get per week, like 5', 'metric-fit');
  }
  if (doc.reviewsPerAgent !== undefined && doc.metric !== 'qa_coverage') {
    ctx.error(['reviewsPerAgent'], `reviewsPerAgent applies only to qa_coverage, not ${doc.metric}`, 'metric-fit');
  }
  if (doc.sops !== undefined && doc.metric !== 'sop_acknowledgement') {
    ctx.error(['sops'], `sops applies only to sop_acknowledgement, not ${doc.metric}`, 'metric-fit');
  }
}
