// The worst tickets of a standard's headline window: a bounded heap, so memory stays the same whatever the
// number of tickets. Each entry is a ticket's longest measurement in the window (in-flight breaches included)
// and the version that judged it. A second heap of the same kind keeps the open-and-late tickets (in-flight
// breaches only, waiting longest first): the misses an agent can still act on, which the worst list can
// crowd out with long closed tickets.

import type { TicketFacts } from './ticket-checks.ts';

/**
 * A kept ticket, with its facts so the report can explain how it was measured (explain.ts). A ticket counted from
 * the counters kept beside the store comes with `ref` (its stored day and index) and no facts until the evaluation
 * is given them (evaluate.ts `resolveWorst`), and its creation instant with them. `lateSinceMs`: for an open
 * measurement past its threshold, the instant it passed it (the open-and-late list); else null.
 */
export interface WorstEntry {
  id: string; createdMs: number; priority: string; channel: string; team: string | null; minutes: number; inFlight: boolean; version: number;
  lateSinceMs: number | null;
  facts: TicketFacts | null;
  ref?: { day: string; index: number };
}

/** Keeps the `size` largest durations seen (ties: smaller id first), never more. */
export class WorstTickets {
  readonly size: number;
  readonly heap: WorstEntry[] = [];
  constructor(size: number) {
    this.size = size;
  }
  /** `a` is less bad than `b`: the heap's root is the least bad entry kept. */
  private static lessBad(a: WorstEntry, b: WorstEntry): boolean {
    return a.minutes < b.minutes || (a.minutes === b.minutes && a.id > b.id);
  }
  /** Whether a measurement this long could be kept, whatever its ticket's id (`wouldKeep` says whether it is). */
  mightKeep(minutes: number): boolean {
    return this.size > 0 && (this.heap.length < this.size || minutes >= this.heap[0]!.minutes);
  }
  wouldKeep(minutes: number, id: string): boolean {
    if (this.size === 0) return false;
    if (this.heap.length < this.size) return true;
    const root = this.heap[0]!;
    return minutes > root.minutes || (minutes === root.minutes && id < root.id);
  }
  offer(entry: WorstEntry): void {
    if (!this.wouldKeep(entry.minutes, entry.id)) return;
    const heap = this.heap;
    if (heap.length < this.size) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!WorstTickets.lessBad(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
      return;
    }
    heap[0] = entry;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && WorstTickets.lessBad(heap[l]!, heap[least]!)) least = l;
      if (r < heap.length && WorstTickets.lessBad(heap[r]!, heap[least]!)) least = r;
      if (least === i) break;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  }
  /** Worst first. */
  sorted(): WorstEntry[] {
    return [...this.heap].sort((a, b) => b.minutes - a.minutes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
