// The versions of one standard as the counters see them: each version judges from the local midnight of its
// `from` date until the next version's (scripts/model/standard-versions.ts builds the versions, oldest first).
// A measurement is judged by the version in force at the instant it completed; a day by the version in force
// at its first instant (versions start at local midnights, so a day lies within one version).

import { startOfLocalDate } from './evaluation-days.ts';
import type { StandardDefinition, StandardVersion } from '../model/model.ts';

export interface Goal { direction: 'min' | 'max'; value: number }

/** One version of a standard as the counters see it. */
export interface VersionSpan {
  label: string;
  from: string;
  /** Local midnight of `from`, and of the next version's `from` (+Infinity for the last). */
  startMs: number;
  endMs: number;
  definition: StandardDefinition;
  thresholdMinutes: number;
  goal: Goal;
  /** Index of the track that measures for this version. */
  track: number;
  /** Measurements in the headline window judged by this version, and their score sum (for the budget). */
  windowCount: number;
  windowSum: number;
}

/** The goal on the scale of the value: the objective of a duration standard, else its target. */
export const goalOf = (function goalOf(standard: StandardDefinition): Goal {
  if (standard.target !== null) return standard.target;
  return { direction: 'min', value: standard.objective ?? 1 };
});

/**
 * The spans of `versions` (oldest first) in `zone`; `trackOf` says which track measures each version.
 * Throws when a version does not start after the one before it.
 */
export const versionSpans = (function versionSpans(
  standardId: string,
  versions: readonly StandardVersion[],
  zone: string,
  trackOf: (definition: StandardDefinition, index: number) => number,
): VersionSpan[] {
  const spans: VersionSpan[] = versions.map((v, i) => ({
    label: v.version,
    from: v.from,
    startMs: startOfLocalDate(v.from, zone),
    endMs: Number.POSITIVE_INFINITY,
    definition: v.definition,
    thresholdMinutes: v.definition.thresholdMinutes ?? 0,
    goal: goalOf(v.definition),
    track: trackOf(v.definition, i),
    windowCount: 0,
    windowSum: 0,
  }));
  for (let i = 0; i + 1 < spans.length; i++) {
    if (!(spans[i + 1]!.startMs > spans[i]!.startMs)) {
      throw new Error(`standard ${standardId}: version ${spans[i + 1]!.label} does not start after version ${spans[i]!.label}: versions must be oldest first, one per date`);
    }
    spans[i]!.endMs = spans[i + 1]!.startMs;
  }
  return spans;
});

/** The index of the version in force at `atMs`, or -1 before the first one. */
export const versionAt = (function versionAt(versions: readonly VersionSpan[], atMs: number): number {
  if (versions.length === 1) return atMs >= versions[0]!.startMs ? 0 : -1;
  for (let i = versions.length - 1; i >= 0; i--) {
    if (atMs >= versions[i]!.startMs) return i;
  }
  return -1;
});

/** Labels of the versions in force at some instant of [fromMs, toMs), oldest first. */
export const labelsBetween = (function labelsBetween(versions: readonly VersionSpan[], fromMs: number, toMs: number): string[] {
  return versions.filter((v) => v.startMs < toMs && v.endMs > fromMs).map((v) => v.label);
});
