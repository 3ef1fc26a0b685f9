// The words of a ticket explanation (explain.ts), line by line with a nesting depth, so the `explain` command,
// the site's collapsed block and the corrective-action issue say exactly the same thing. Instants are shown in
// the calendar's time zone with their UTC offset, so a DST night reads as it happened. Pure text from data;
// every consumer escapes it for where it lands.

import { DateTime } from 'luxon';
import { formatDuration } from '../model/values.ts';
import type { ExplainedMeasurement, ExplanationSpan, TicketExplanation } from './explain.ts';

export interface ExplanationLine { depth: number; text: string }

/** `Thu 24 Dec 2026 16:30 +00:00` in `zone`. */
export function instantText(at: string, zone: string): string {
  return DateTime.fromISO(at, { zone }).toFormat('ccc d LLL yyyy HH:mm ZZ');
}

/** Minutes as `1h30m`; under a minute as seconds, so no stretch reads `0m`. */
function minutesText(minutes: number): string {
  if (minutes > 0 && minutes < 1) return `${Math.round(minutes * 60)}s`;
  return formatDuration(minutes);
}

const REASON_WORDS: Record<NonNullable<ExplanationSpan['reason']>, string> = {
  closed: 'closed',
  holiday: 'holiday',
  paused: 'paused',
  solved: 'solved',
};

function spanText(span: ExplanationSpan, zone: string): string {
  const range = `${instantText(span.from, zone)} – ${instantText(span.to, zone)}`;
  if (span.reason === undefined) return `${range}: ${minutesText(span.minutes)}`;
  return `${range}: ${REASON_WORDS[span.reason]}${span.detail ? ` (${span.detail})` : ''}, ${minutesText(span.minutes)}`;
}

function where(m: ExplainedMeasurement): string {
  if (m.countedOn === undefined) return '';
  return `; counted on ${m.countedOn}, ${m.inWindow ? 'in the current window' : 'outside the current window'}`;
}

function resultText(m: ExplainedMeasurement, zone: string): string {
  const threshold = m.thresholdMinutes !== undefined ? formatDuration(m.thresholdMinutes) : null;
  const took = m.minutes === null ? '' : minutesText(m.minutes);
  const passed = m.passedAt ? `, past the threshold of ${threshold} at ${instantText(m.passedAt, zone)}` : threshold ? `, past the threshold of ${threshold}` : '';
  const note = m.note ? ` (${m.note})` : '';
  switch (m.result) {
    case 'met':
      return `Met: ${took}${threshold ? `, within the threshold of ${threshold}` : ''}${where(m)}.${note}`;
    case 'missed':
      return `Missed: ${took}${passed}${where(m)}.${note}`;
    case 'breached':
      return `Breached in flight: still open after ${took}${passed}; counted as a miss${m.countedOn ? ` on ${m.countedOn}, ${m.inWindow ? 'in the current window' : 'outside the current window'}` : ''}.${note}`;
    case 'pending':
      return `Pending: ${took} so far, inside the threshold of ${threshold}; ${m.dueAt ? `it passes it at ${instantText(m.dueAt, zone)} if nothing happens` : m.note ?? 'not passing it while the clock is stopped'}. Not counted yet.`;
    case 'success':
    case 'failure':
      return `${m.result === 'success' ? 'Success' : 'Failure'}${m.score !== undefined ? ` (score ${Math.round(m.score * 100) / 100})` : ''}${where(m)}.${note}`;
    case 'not-counted':
      return `Not counted: ${m.note ?? 'no version of the standard judged it'}.`;
  }
}

function measurementLines(m: ExplainedMeasurement, zone: string): ExplanationLine[] {
  const what = m.what.charAt(0).toUpperCase() + m.what.slice(1);
  const lines: ExplanationLine[] = [];
  if (m.minutes === null) {
    lines.push({ depth: 0, text: `${what}: ${m.start.event} at ${instantText(m.start.at, zone)}.` });
  } else {
    const end = m.end ? `${m.end.event} at ${instantText(m.end.at, zone)}` : 'still open now';
    lines.push({ depth: 0, text: `${what}: from ${m.start.event} at ${instantText(m.start.at, zone)} to ${end}.` });
    lines.push({ depth: 1, text: `Business time counted: ${minutesText(m.minutes)}.` });
    for (const span of m.counted ?? []) lines.push({ depth: 2, text: spanText(span, zone) });
    if (m.more && m.more.counted > 0) lines.push({ depth: 2, text: `and ${m.more.counted} more stretches, ${minutesText(m.more.countedMinutes)}` });
    const leftOut = m.leftOut ?? [];
    if (leftOut.length > 0 || (m.more && m.more.leftOut > 0)) {
      lines.push({ depth: 1, text: 'Left out:' });
      for (const span of leftOut) lines.push({ depth: 2, text: spanText(span, zone) });
      if (m.more && m.more.leftOut > 0) lines.push({ depth: 2, text: `and ${m.more.leftOut} more stretches, ${minutesText(m.more.leftOutMinutes)}` });
    }
  }
  if (m.version !== null) lines.push({ depth: 1, text: `Judged by version ${m.version}: ${m.goal}.` });
  lines.push({ depth: 1, text: resultText(m, zone) });
  return lines;
}

/** The explanation as lines: the verdict, the calendar, then each measurement. */
export function explanationLines(e: TicketExplanation): ExplanationLine[] {
  const zone = e.calendar?.timezone ?? 'UTC';
  const lines: ExplanationLine[] = [{ depth: 0, text: `Ticket ${e.ticket} for ${e.standard}, as of ${instantText(e.now, zone)}.` }];
  if (e.reason) lines.push({ depth: 0, text: `${e.reason.charAt(0).toUpperCase()}${e.reason.slice(1)}.` });
  if (e.verdict !== 'measured') return lines;
  lines.push({
    depth: 0,
    text: e.calendar
      ? `Business time in calendar ${e.calendar.id} (${e.calendar.timezone})${e.calendar.versions ? `, versions ${e.calendar.versions.join(', ')}` : ''}.`
      : 'Around the clock (no calendar), times in UTC.',
  });
  for (const m of e.measurements) lines.push(...measurementLines(m, zone));
  return lines;
}

/** Plain text, two spaces per level: what `standards explain` prints. */
export function explanationText(e: TicketExplanation): string {
  return explanationLines(e).map((l) => `${'  '.repeat(l.depth)}${l.text}`).join('\n');
}
