// The UTC offsets of an IANA time zone, prepared once per span so that compiling a calendar (business-time.ts)
// asks Intl (through luxon) only where the offset changes, and turns local wall times into instants by the one
// rule the calendars and the CSV source share (earlier occurrence when clocks fall back; moved forward by the gap
// when they spring forward).

import { IANAZone } from 'luxon';
import { firstAbove } from './sorted-search.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * UTC offsets of one zone. Asking Intl for an offset costs microseconds, so a span is prepared once: sampled
 * every 24 hours, with each change located to the millisecond by bisection. (A zone that changed its offset
 * and changed it back within one day would be missed; no IANA zone does that.) Outside the prepared span the
 * offset comes straight from luxon. The zone rules cannot change while the process runs, so prepared spans
 * are shared by every calendar in the zone (see zoneOffsetsFor) and only ever grow.
 */
export class ZoneOffsets {
  readonly zone: IANAZone;
  /** Instants at which an offset starts to apply, ascending; changeAt[0] is the prepared span's start. */
  private changeAt: number[] = [];
  private offsetMs: number[] = [];
  private spanTo = -Infinity;

  constructor(zone: IANAZone) {
    this.zone = zone;
  }

  prepare(fromMs: number, toMs: number): void {
    if (this.changeAt.length === 0) {
      [this.changeAt, this.offsetMs] = this.sample(fromMs, toMs);
      this.spanTo = toMs;
      return;
    }
    const spanFrom = this.changeAt[0]!;
    if (fromMs < spanFrom) {
      // the prefix's last sample is spanFrom itself, so its last offset is the span's first: drop the duplicate
      const [at, offsets] = this.sample(fromMs, spanFrom);
      this.changeAt = at.concat(this.changeAt.slice(1));
      this.offsetMs = offsets.concat(this.offsetMs.slice(1));
    }
    if (toMs > this.spanTo) {
      const [at, offsets] = this.sample(this.spanTo, toMs);
      this.changeAt = this.changeAt.concat(at.slice(1));
      this.offsetMs = this.offsetMs.concat(offsets.slice(1));
      this.spanTo = toMs;
    }
  }

  private sample(fromMs: number, toMs: number): [number[], number[]] {
    const changeAt = [fromMs];
    const offsetMs = [this.direct(fromMs)];
    let previous = fromMs;
    for (let t = fromMs + DAY_MS; ; t += DAY_MS) {
      const at = Math.min(t, toMs);
      const offset = this.direct(at);
      if (offset !== offsetMs[offsetMs.length - 1]) {
        changeAt.push(this.changeBetween(previous, at));
        offsetMs.push(offset);
      }
      previous = at;
      if (at >= toMs) break;
    }
    return [changeAt, offsetMs];
  }

  /** The prepared span as data (null before any), to keep between runs (`seedZoneOffsets`). */
  span(): PreparedSpan | null {
    return this.changeAt.length === 0 ? null : { zone: this.zone.name, changeAt: [...this.changeAt], offsetMs: [...this.offsetMs], to: this.spanTo };
  }

  /** Takes a span prepared by an earlier run of the same Node (the same time-zone data), when none is prepared yet. */
  seed(span: PreparedSpan): boolean {
    const { changeAt, offsetMs, to } = span;
    const ordered = changeAt.length > 0 && changeAt.length === offsetMs.length && changeAt.every((t, i) => Number.isFinite(t) && Number.isInteger(offsetMs[i]) && (i === 0 || t > changeAt[i - 1]!)) && to >= changeAt[changeAt.length - 1]!;
    if (this.changeAt.length > 0 || !ordered) return false;
    this.changeAt = [...changeAt];
    this.offsetMs = [...offsetMs];
    this.spanTo = to;
    return true;
  }

  offsetAt(t: number): number {
    const changeAt = this.changeAt;
    if (changeAt.length === 0 || t < changeAt[0]! || t > this.spanTo) return this.direct(t);
    return this.offsetMs[firstAbove(changeAt, changeAt.length, t) - 1]!;
  }

  /**
   * The instant at which the local clock shows `wallMs` (local time written as if it were UTC): a wall time
   * shown twice is its earlier occurrence; one skipped is read with the offset before the gap (moved forward).
   */
  instantOf(wallMs: number): number {
    const before = this.offsetAt(wallMs - DAY_MS);
    const after = this.offsetAt(wallMs + DAY_MS);
    const early = wallMs - before;
    const earlyShown = this.offsetAt(early) === before;
    if (before === after && earlyShown) return early;
    const late = wallMs - after;
    const lateShown = this.offsetAt(late) === after;
    if (earlyShown && lateShown) return Math.min(early, late);
    if (earlyShown) return early;
    if (lateShown) return late;
    return wallMs - before;
  }

  private direct(t: number): number {
    return Math.round(this.zone.offset(t) * MINUTE_MS);
  }

  /** The first instant in (lo, hi] whose offset differs from lo's, given that hi's does. */
  private changeBetween(lo: number, hi: number): number {
    const offset = this.direct(lo);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.direct(mid) === offset) lo = mid;
      else hi = mid;
    }
    return hi;
  }
}

/**
 * A prepared span: the instants from which each offset applies (the first is the span's start) and its end. Facts
 * of the time-zone data Node carries, so a span prepared by one run holds for the next run of the same Node.
 */
export interface PreparedSpan { zone: string; changeAt: number[]; offsetMs: number[]; to: number }

/**
 * Facts about the IANA database, not state of any calendar: safe to share for the life of the process. By zone
 * name: its offsets, or a span an earlier run prepared (`seedZoneOffsets`) and nothing in this run has asked for yet.
 */
const preparedZones = new Map<string, ZoneOffsets | PreparedSpan>();

/** Every span prepared so far in this process, and every seeded span no zone has taken yet. */
export function preparedSpans(): PreparedSpan[] {
  return [...preparedZones.values()].map((z) => (z instanceof ZoneOffsets ? z.span() : z)).filter((s): s is PreparedSpan => s !== null);
}

/**
 * Installs spans an earlier run prepared (model-cache.ts keeps them by Node's versions), for zones not prepared yet.
 * Each is taken when its zone is first asked for (`zoneOffsetsFor`): a zone no calendar of this run uses costs
 * nothing, not even Intl's time-zone data (≈ 0.03 s the first time a process reaches it).
 */
export function seedZoneOffsets(spans: readonly PreparedSpan[]): void {
  for (const span of spans) if (typeof span?.zone === 'string' && !preparedZones.has(span.zone)) preparedZones.set(span.zone, span);
}

export function zoneOffsetsFor(zone: IANAZone): ZoneOffsets {
  const found = preparedZones.get(zone.name);
  if (found instanceof ZoneOffsets) return found;
  const offsets = new ZoneOffsets(zone);
  if (found !== undefined && zone.isValid) offsets.seed(found);
  preparedZones.set(zone.name, offsets);
  return offsets;
}
