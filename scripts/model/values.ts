// The one place where the text forms of durations, periods, percentages and zoned instants are read.
// Each parser returns a value or a sentence saying what was wrong and what would be right.

/**
 * ISO 8601 with a four-digit year, a time and its zone (`Z` or an offset): the text an instant is read from (--now,
 * --since, a source's stored position: sources/instants.ts zonedInstantMs). Without a zone Date.parse reads
 * `2026-01-01T12:00` in the machine's local time: another instant on every machine. Kept here, not in instants.ts,
 * because evaluate (which reads --now) loads this module and no source code.
 */
export const ZONED_ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DURATION = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/** `1h30m` → 90. Whole days are 24 hours of the measuring clock (business or wall). */
export function parseDuration(text: unknown): Parsed<number> {
  if (typeof text !== 'string') {
    return { ok: false, message: `must be a duration like 45m, 4h, 1h30m or 2d, got ${describeValue(text)}` };
  }
  const match = DURATION.exec(text);
  if (!match) {
    return { ok: false, message: `must be a duration like 45m, 4h, 1h30m or 2d, got "${text}"${durationHint(text)}` };
  }
  const [, d = '0', h = '0', m = '0'] = match;
  const minutes = Number(d) * 1440 + Number(h) * 60 + Number(m);
  if (minutes <= 0) return { ok: false, message: `must be longer than zero, got "${text}"` };
  return { ok: true, value: minutes };
}

function durationHint(text: string): string {
  const trimmed = text.trim().toLowerCase();
  if (trimmed.startsWith('-')) return ' (a duration cannot be negative)';
  const word = /^(\d+)\s*(minutes?|mins?|hours?|hrs?|days?)$/.exec(trimmed);
  if (word) {
    const unit = word[2]!.startsWith('m') ? 'm' : word[2]!.startsWith('h') ? 'h' : 'd';
    return ` — write "${word[1]}${unit}"`;
  }
  if (/\d+\.\d+/.test(trimmed)) return ' (use whole units: 1h30m instead of 1.5h)';
  if (/^\d+$/.test(trimmed)) return ` — add a unit: "${trimmed}m", "${trimmed}h" or "${trimmed}d"`;
  return '';
}

/** Format minutes back to the shortest duration text: 90 → `1h30m`. */
export const formatDuration = (function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes)) return String(minutes);
  const whole = Math.round(minutes);
  if (whole === 0) return '0m';
  const sign = whole < 0 ? '-' : '';
  let rest = Math.abs(whole);
  const d = Math.floor(rest / 1440); rest -= d * 1440;
  const h = Math.floor(rest / 60); rest -= h * 60;
  return sign + (d ? `${d}d` : '') + (h ? `${h}h` : '') + (rest ? `${rest}m` : '');
});

export interface Period { amount: number; unit: 'd' | 'w' | 'mo' | 'y' }

const PERIOD = /^([1-9]\d*)(d|w|mo|y)$/;

export function parsePeriod(text: unknown): Parsed<Period> {
  const match = typeof text === 'string' ? PERIOD.exec(text) : null;
  if (!match) {
    return { ok: false, message: `must be a period like 90d, 6w, 6mo or 1y, got ${describeValue(text)}` };
  }
  return { ok: true, value: { amount: Number(match[1]), unit: match[2] as Period['unit'] } };
}

/** Adds a period to a YYYY-MM-DD date, clamping month ends (2026-08-31 + 6mo → 2027-02-28). */
export function addPeriod(date: string, period: Period): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (period.unit === 'd' || period.unit === 'w') {
    const days = period.amount * (period.unit === 'w' ? 7 : 1);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  }
  const months = period.amount * (period.unit === 'y' ? 12 : 1);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

const PERCENT = /^(\d+(?:\.\d+)?)%$/;

/** `95%` or 95 → 0.95. Numbers are on the 0–100 scale, like the written form. */
export function parsePercentage(value: unknown): Parsed<number> {
  let percent: number;
  if (typeof value === 'number') {
    percent = value;
  } else if (typeof value === 'string' && PERCENT.test(value)) {
    percent = Number(PERCENT.exec(value)![1]);
  } else {
    return { ok: false, message: `must be a percentage like 95% or 99.5%, got ${describeValue(value)}` };
  }
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    return { ok: false, message: `must be between 0% and 100%, got ${typeof value === 'number' ? value : value}` };
  }
  return { ok: true, value: percent / 100 };
}

export const formatPercentage = (function formatPercentage(fraction: number, digits = 1): string {
  const text = (fraction * 100).toFixed(digits);
  return `${text.replace(/\.0+$/, '')}%`;
});

/** A short, quoted rendering of a user's value for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}
