// The one way sources write instants into tickets: ISO 8601 in UTC with `Z`, whole seconds when the
// instant has no milliseconds (`2026-02-03T09:15:00Z`), else with them. The sample generator formats
// millions of instants, so the date part is memoised per UTC day instead of going through Date each time.

const DAY_MS = 86_400_000;
const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const dayPrefixes = new Map<number, string>();

export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${ms}`);
  if (ms % 1000 !== 0) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    // A memo, not state: the same day always gives the same text. Bounded so a long run cannot grow it forever.
    if (dayPrefixes.size > 50_000) dayPrefixes.clear();
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const seconds = (ms - day * DAY_MS) / 1000;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds - h * 3600) / 60);
  const s = seconds - h * 3600 - m * 60;
  return prefix + TWO_DIGITS[h]! + ':' + TWO_DIGITS[m]! + ':' + TWO_DIGITS[s]! + 'Z';
}

/** `2026-02-03` of a UTC instant in ms. */
export function utcDay(ms: number): string {
  return formatInstant(Math.floor(ms / DAY_MS) * DAY_MS).slice(0, 10);
}
