// "Did you mean" for misspelt keys, kinds, ids, zones and enum values.

import { distance } from 'fastest-levenshtein';

/** The candidate a user most likely meant: a close edit, or one the input is the start of; null if none is close. */
export function closestMatch(input: string, candidates: readonly string[]): string | null {
  const lower = input.toLowerCase();
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === input) return null;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  if (best !== null && bestDistance <= tolerance) return best;
  if (lower.length >= 4) {
    const prefixed = candidates.filter((c) => c.toLowerCase().startsWith(lower));
    if (prefixed.length === 1) return prefixed[0]!;
  }
  return null;
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match ? ` — did you mean "${match}"?` : '';
}
