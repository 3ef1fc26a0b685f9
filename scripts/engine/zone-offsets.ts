// The UTC offsets of an IANA time zone, prepared once per span so that compiling a calendar (business-time.ts)
// asks Intl (through luxon) only where the offset changes, and turns local wall times into instants by the one
// rule the calendars and the CSV source share (earlier occurrence when clocks fall back; moved forward by the gap
// when they spring forward). The engine's other local-time arithmetic (day grids, window starts, explanations, burn
// spans) runs luxon on the same offsets (`luxonZone`), so a run whose spans were kept never asks Intl at all.

import { FixedOffsetZone, IANAZone, Zone } from 'luxon';
import { firstAbove } from './sorted-search.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/**
 * How far past its end, or before its start, a lookup extends a prepared span (`offsetAt`): sampling a year costs
 * ≈ 500 Intl calls.
 */
const EXTEND_WITHIN_MS = 366 * DAY_MS;
/** How far past what is asked a span is prepared (`prepare`): ≈ 35 Intl calls; and how close that lets it come. */
const AHEAD_MS = 35 * DAY_MS;
const REFILL_MS = 7 * DAY_MS;

/**
 * UTC offsets of one zone. Asking Intl for an offset costs microseconds, so a span is prepared once: sampled
 * every 24 hours, with each change located to the millisecond by bisection. (A zone that changed its offset
 * and changed it back within one day would be missed; no IANA zone does that.) More than a year
 * before the prepared span or after it, the offset comes straight from luxon; a lookup within a year of it grows the
 * span to cover it (`offsetAt`). The zone rules cannot change while the process runs, so prepared spans
 * are shared by every calendar in the zone (see zoneOffsetsFor) and only ever grow.
 */
export class ZoneOffsets {
  readonly name: string;
  /** Instants at which an offset starts to apply, ascending; changeAt[0] is the prepared span's start. */
  private changeAt: number[] = [];
  private offsetMs: number[] = [];
  private spanTo = -Infinity;
  private iana: IANAZone | null;

  constructor(zone: IANAZone | string) {
    this.name = typeof zone === 'string' ? zone : zone.name;
    this.iana = typeof zone === 'string' ? null : zone;
  }

  /**
   * luxon's zone, made when first needed: making one asks Intl whether the zone exists, which loads ICU's time-zone
   * data (≈ 0.02 s, once a process). A run whose offsets were all seeded never needs it.
   */
  get zone(): IANAZone {
    return (this.iana ??= IANAZone.create(this.name));
  }

  /** A seeded span was prepared by an earlier run of the same Node (same time-zone data) from a valid zone. */
  get isValid(): boolean {
    return this.changeAt.length > 0 || this.zone.isValid;
  }

  prepare(fromMs: number, upToMs: number): void {
    // A span's end is kept AHEAD_MS past what is asked, and taken that far again once what is asked comes within
    // REFILL_MS of it: each night's run asks a day further (its calendars' covers end some weeks after now), and
    // without the margin every nightly evaluate would sample that one new day and load Intl's time-zone data to do
    // it (≈ 0.01 s of CPU before luxon's first offsets); with it, a kept span (commands/pipeline.ts
    // `withKeptZoneOffsets`) answers four weeks of nights. A span made by a caller asking less far (a day grid: now
    // and two days) is refilled by the first that asks farther, not left to run out a day at a time.
    const toMs = upToMs + AHEAD_MS;
    if (this.changeAt.length === 0) {
      [this.changeAt, this.offsetMs] = this.sample(fromMs, toMs);
      this.spanTo = toMs;
      return;
    }
    this.growBackTo(fromMs);
    if (upToMs + REFILL_MS > this.spanTo) {
      const [at, offsets] = this.sample(this.spanTo, toMs);
      this.changeAt = this.changeAt.concat(at.slice(1));
      this.offsetMs = this.offsetMs.concat(offsets.slice(1));
      this.spanTo = toMs;
    }
  }

  /** Samples the span back to `fromMs` (nothing when it starts there or earlier). */
  private growBackTo(fromMs: number): void {
    const spanFrom = this.changeAt[0]!;
    if (!(fromMs < spanFrom)) return;
    // the prefix's last sample is spanFrom itself, so its last offset is the span's first: drop the duplicate
    const [at, offsets] = this.sample(fromMs, spanFrom);
    this.changeAt = at.concat(this.changeAt.slice(1));
    this.offsetMs = offsets.concat(this.offsetMs.slice(1));
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
    return this.changeAt.length === 0 ? null : { zone: this.name, changeAt: [...this.changeAt], offsetMs: [...this.offsetMs], to: this.spanTo };
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
    let changeAt = this.changeAt;
    if (changeAt.length === 0) return this.direct(t);
    if (t < changeAt[0]!) {
      // A lookup shortly before the span (a window reaching back past where the calendars' spans start: a burn rate's
      // first day, a year's window over a span kept from shorter ones) grows it back the same way, in whole days from
      // its start and the same margin (a walk back a day at a time samples once a month, not once a day), so the span
      // kept for the next run answers it without Intl. Farther back is asked of the zone each time.
      if (!(t >= changeAt[0]! - EXTEND_WITHIN_MS)) return this.direct(t);
      this.growBackTo(changeAt[0]! - Math.ceil((changeAt[0]! - t) / DAY_MS) * DAY_MS - AHEAD_MS);
      changeAt = this.changeAt;
    }
    if (t > this.spanTo) {
      // A lookup shortly past the span (a burn rate's "runs out" date, weeks after the calendars' spans end) grows
      // the span to cover it, in whole days from its end (and `prepare`'s margin), so the span kept for the next run
      // (commands/pipeline.ts `withKeptZoneOffsets`) answers it without Intl, whose time-zone data costs ≈ 0.01 s to
      // load in a process. The same offsets: the extension is sampled from the zone by the span's own rule. Farther
      // lookups are asked of the zone each time, so a date years ahead does not make every later run keep years.
      if (!(t <= this.spanTo + EXTEND_WITHIN_MS)) return this.direct(t);
      this.prepare(changeAt[0]!, this.spanTo + Math.ceil((t - this.spanTo) / DAY_MS) * DAY_MS);
      changeAt = this.changeAt;
    }
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
export const preparedSpans = (function preparedSpans(): PreparedSpan[] {
  return [...preparedZones.values()].map((z) => (z instanceof ZoneOffsets ? z.span() : z)).filter((s): s is PreparedSpan => s !== null);
});

/**
 * Installs spans an earlier run prepared (model-cache.ts keeps them by Node's versions), for zones not prepared yet.
 * Each is taken when its zone is first asked for (`zoneOffsetsFor`): a zone no calendar of this run uses costs
 * nothing, not even Intl's time-zone data (≈ 0.03 s the first time a process reaches it).
 */
export const seedZoneOffsets = (function seedZoneOffsets(spans: readonly PreparedSpan[]): void {
  for (const span of spans) if (typeof span?.zone === 'string' && !preparedZones.has(span.zone)) preparedZones.set(span.zone, span);
});

export const zoneOffsetsFor = (function zoneOffsetsFor(zone: IANAZone | string): ZoneOffsets {
  const name = typeof zone === 'string' ? zone : zone.name;
  const found = preparedZones.get(name);
  if (found instanceof ZoneOffsets) return found;
  const offsets = new ZoneOffsets(zone);
  // A seeded span is taken without asking Intl (a span is only ever kept for a zone that was valid).
  if (found !== undefined) offsets.seed(found);
  preparedZones.set(name, offsets);
  return offsets;
});

/**
 * An IANA zone for luxon whose offsets are the prepared ones (`ZoneOffsets`): luxon's own arithmetic (start of a
 * day, a month, days back) on the very offsets `IANAZone` gives (both are whole milliseconds / 60 000), without
 * asking Intl where a span is prepared, so a run whose spans were seeded never loads ICU's time-zone data. It is
 * of type `iana` under its IANA name, so luxon formats and compares it as the IANAZone it stands for.
 */
export class PreparedZone extends Zone {
  readonly offsets: ZoneOffsets;

  constructor(offsets: ZoneOffsets) {
    super();
    this.offsets = offsets;
  }

  override get type(): string { return 'iana'; }
  override get name(): string { return this.offsets.name; }
  override get isUniversal(): boolean { return false; }
  override get isValid(): boolean { return this.offsets.isValid; }

  override offset(ts: number): number {
    return this.isValid && Number.isFinite(ts) ? this.offsets.offsetAt(ts) / MINUTE_MS : NaN;
  }

  override offsetName(ts: number, options: { format?: 'short' | 'long'; locale?: string }): string | null {
    return this.offsets.zone.offsetName(ts, options as { format: 'short' | 'long'; locale: string });
  }

  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    return FixedOffsetZone.instance(this.offset(ts)).formatOffset(ts, format);
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const preparedLuxonZones = new Map<string, PreparedZone>();

/**
 * The zone luxon should compute in for a time-zone name: for an IANA name, its `PreparedZone`; for what luxon reads
 * otherwise (UTC, GMT, a fixed offset such as UTC+3), the name itself, so luxon reads it exactly as before.
 */
export const luxonZone = (function luxonZone(name: string): PreparedZone | string {
  const lowered = name.toLowerCase();
  if (lowered === 'default' || lowered === 'local' || lowered === 'system' || lowered === 'utc' || lowered === 'gmt' || FixedOffsetZone.parseSpecifier(lowered) !== null) return name;
  let zone = preparedLuxonZones.get(name);
  if (zone === undefined) {
    zone = new PreparedZone(zoneOffsetsFor(name));
    preparedLuxonZones.set(name, zone);
  }
  return zone;
});
