// Store benchmark (issue 3): build a store of 1,000,000 sample tickets in a temp directory, then merge a
// nightly increment of 30,000 changed tickets into it (goal: under 15 s), then the same increment again
// (must write nothing). Prints numbers; asserts nothing about time.
//
//   node bench/store.bench.ts [tickets] [increment]

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Ticket } from '../scripts/model/model.ts';
import { generateSampleTickets } from '../scripts/sources/sample.ts';
import { openTicketStore } from '../scripts/store/ticket-store.ts';

export interface StoreBenchResult {
  tickets: number;
  days: number;
  buildSeconds: number;
  incrementTickets: number;
  incrementNewTickets: number;
  incrementDaysWritten: number;
  incrementSeconds: number;
  rerunSeconds: number;
  rerunDaysWritten: number;
  readAllSeconds: number;
  peakRssMb: number;
}

const DAY_MS = 86_400_000;

export async function main(options: { tickets?: number; increment?: number; log?: (line: string) => void } = {}): Promise<StoreBenchResult> {
  const count = options.tickets ?? 1_000_000;
  const incrementSize = options.increment ?? 30_000;
  const log = options.log ?? ((line: string) => console.log(line));
  const now = new Date('2026-11-02T03:00:00Z');
  const sample = { count, days: 180, seed: 2026 };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'store-bench-'));
  try {
    const store = openTicketStore(dir);
    let t0 = performance.now();
    let stored = 0;
    const counted = function* () { for (const t of generateSampleTickets({ ...sample, now })) { stored++; yield t; } };
    const build = await store.mergeTickets(counted());
    const buildSeconds = (performance.now() - t0) / 1000;
    log(`build: ${stored} tickets in ${build.changedDays.length} day files, ${buildSeconds.toFixed(1)} s (generate + merge)`);

    // The nightly increment: what the sample helpdesk changed in the following night(s), i.e. new tickets and
    // new events on recent ones, as a real incremental fetch would return them (not timed).
    const increment: Ticket[] = [];
    let newTickets: number;
    const sinceMs = now.getTime();
    for (let nights = 1; increment.length < incrementSize && nights <= 30; nights++) {
      increment.length = 0;
      for (const t of generateSampleTickets({ ...sample, now: new Date(sinceMs + nights * DAY_MS) })) {
        if (Date.parse(t.updated) <= sinceMs) continue;
        increment.push(t);
      }
    }
    increment.splice(incrementSize);
    newTickets = increment.filter((t) => Date.parse(t.created) > sinceMs).length;

    t0 = performance.now();
    const merged = await store.mergeTickets(increment);
    const incrementSeconds = (performance.now() - t0) / 1000;
    log(`increment: ${increment.length} changed tickets (${newTickets} new) → ${merged.changedDays.length} day files rewritten, ${incrementSeconds.toFixed(2)} s (goal < 15 s)`);

    t0 = performance.now();
    const rerun = await store.mergeTickets(increment);
    const rerunSeconds = (performance.now() - t0) / 1000;
    log(`rerun of the same increment: ${rerun.changedDays.length} day files written, ${rerunSeconds.toFixed(2)} s`);

    t0 = performance.now();
    let read = 0;
    for await (const day of store.days()) read += day.tickets.length;
    const readAllSeconds = (performance.now() - t0) / 1000;
    log(`read and parse the whole store: ${read} tickets, ${readAllSeconds.toFixed(1)} s`);
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    log(`peak RSS: ${peakRssMb} MB`);
    return {
      tickets: stored,
      days: build.changedDays.length,
      buildSeconds,
      incrementTickets: increment.length,
      incrementNewTickets: newTickets,
      incrementDaysWritten: merged.changedDays.length,
      incrementSeconds,
      rerunSeconds,
      rerunDaysWritten: rerun.changedDays.length,
      readAllSeconds,
      peakRssMb,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const [tickets, increment] = process.argv.slice(2).map(Number);
  await main({ ...(tickets ? { tickets } : {}), ...(increment ? { increment } : {}) });
}
