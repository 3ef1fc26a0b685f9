// How the engine measures time: a BusinessClock turns two instants into elapsed business minutes and
// a start plus business minutes into a due instant. Instants are epoch milliseconds (UTC).
// The 24/7 clock is wall time; calendar clocks are compiled from a Calendar (business-time.ts).

export interface BusinessClock {
  /** Calendar id, or null for the 24/7 clock. */
  readonly calendarId: string | null;
  /** Business minutes between two instants; 0 when `to` <= `from`. Fractional minutes are kept. */
  elapsedMinutes(fromMs: number, toMs: number): number;
  /** The instant at which `minutes` of business time have elapsed since `fromMs` (a due time). */
  addMinutes(fromMs: number, minutes: number): number;
  /**
   * The instant after which more than `minutes` (>= 0) of business time have elapsed since `fromMs`: when a
   * running measurement passes its threshold. It equals `addMinutes` except when the threshold is reached exactly
   * as the desk closes: then it is passed only when the desk next opens (reached Monday 18:00, passed Tuesday 09:00).
   */
  passedAt(fromMs: number, minutes: number): number;
  /**
   * The open intervals overlapping [fromMs, toMs], cut to it, oldest first, as [start, end] instants: what
   * `standards explain` lists as business time counted. Optional: a clock without it explains totals only.
   */
  openIntervals?(fromMs: number, toMs: number): Array<[number, number]>;
}

const MINUTE = 60_000;

export const wallClock: BusinessClock = {
  calendarId: null,
  elapsedMinutes: (fromMs, toMs) => (toMs > fromMs ? (toMs - fromMs) / MINUTE : 0),
  addMinutes: (fromMs, minutes) => fromMs + minutes * MINUTE,
  passedAt: (fromMs, minutes) => fromMs + minutes * MINUTE,
  openIntervals: (fromMs, toMs) => (toMs > fromMs ? [[fromMs, toMs]] : []),
};
