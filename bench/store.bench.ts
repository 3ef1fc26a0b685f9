// Store benchmark. Prints numbers; asserts nothing about time.
//
//   node bench/store.bench.ts [tickets] [increment]    the store alone: build a store of 1,000,000 sample
//       tickets, merge a nightly increment of 30,000 changed tickets (goal < 15 s), merge it again (writes nothing)
//   node bench/store.bench.ts --fetch [tickets...]     as the CLI does, each in its own process for an honest
//       peak RSS: the first fetch of 1M (goal < 1 GB; 3M: < 1.5 GB), then the whole nightly increment into the
//       first store (1M): fetch 30,000 changed tickets + merge + evaluate every bundled standard (goal < 15 s)

import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandIO } from '../scripts/commands/io.ts';
import type { StandardsModel, Ticket } from '../scripts/model/model.ts';
import type { TicketSource } from '../scripts/sources/source.ts';
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

// --- the fetch as the CLI runs it --------------------------------------------------------------------

const REPO = path.resolve(import.meta.dirname, '..');
const FETCH_NOW = new Date('2026-11-02T03:00:00Z');

async function loadBundledModel(root: string, tickets: number): Promise<StandardsModel> {
  const { loadStandardsModel } = await import('../scripts/model/load.ts');
  const { model } = await loadStandardsModel({ root, strict: false, base: null, today: FETCH_NOW.toISOString().slice(0, 10) });
  if (!model) throw new Error('the bundled standards do not validate');
  const source = model.pipeline.source;
  if (source.type !== 'sample') throw new Error('the bench needs the sample source in standards/pipeline.yaml');
  return { ...model, pipeline: { ...model.pipeline, source: { ...source, tickets } } };
}

/** In a child process: one phase, then one JSON line with its time and the process's peak RSS. */
async function runPhase(phase: string, root: string, tickets: number, increment: number): Promise<void> {
  const model = await loadBundledModel(root, tickets);
  const log = () => undefined;
  const { runFetch } = await import('../scripts/sources/fetch.ts');
  let out: Record<string, number> = {};
  if (phase === 'first-fetch') {
    const t0 = performance.now();
    const summary = await runFetch({ model, root, now: FETCH_NOW, log });
    out = { seconds: (performance.now() - t0) / 1000, fetched: summary.fetched, days: summary.changedDays.length };
  } else {
    // What the sample helpdesk changed in the following night(s), as a real incremental fetch returns it,
    // in pages of 1,000 (built before the clock starts).
    const sample = model.pipeline.source as { tickets: number; days: number; seed: number };
    const changed: Ticket[] = [];
    const sinceMs = FETCH_NOW.getTime();
    let nights = 0;
    while (changed.length < increment && nights < 30) {
      nights++;
      changed.length = 0;
      for (const t of generateSampleTickets({ count: sample.tickets, days: sample.days, seed: sample.seed, now: new Date(sinceMs + nights * DAY_MS) })) {
        if (Date.parse(t.updated) > sinceMs) changed.push(t);
      }
    }
    changed.splice(increment);
    const night = new Date(sinceMs + nights * DAY_MS);
    const source: TicketSource = {
      type: 'sample',
      upstream: `sample:seed=${sample.seed}`,
      async *fetchChanges() {
        for (let i = 0; i < changed.length; i += 1000) yield { tickets: changed.slice(i, i + 1000), rejected: [] };
        return `bench:night=${nights}`;
      },
    };
    const { evaluateStep } = await import('../scripts/commands/pipeline.ts');
    const io: CommandIO = { root, stdout: log, stderr: log, env: {}, color: false, now: () => night };
    const t0 = performance.now();
    const summary = await runFetch({ model, root, now: night, log, source });
    const fetchSeconds = (performance.now() - t0) / 1000;
    const report = await evaluateStep(io, model, night);
    out = { seconds: (performance.now() - t0) / 1000, fetchSeconds, fetched: summary.fetched, days: summary.changedDays.length, standards: report.standards.length, tickets: report.data.tickets };
  }
  process.stdout.write(`${JSON.stringify({ ...out, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

function phaseInChild(phase: string, root: string, tickets: number, increment: number): Record<string, number> {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', phase, root, String(tickets), String(increment)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${phase} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Record<string, number>;
}

export async function fetchBench(counts: number[], increment = 30_000, log = (line: string) => console.log(line)): Promise<void> {
  for (const tickets of counts) {
    const root = await mkdtemp(path.join(os.tmpdir(), 'fetch-bench-'));
    try {
      await cp(path.join(REPO, 'standards'), path.join(root, 'standards'), { recursive: true });
      const goalMb = tickets <= 1_000_000 ? 1024 : 1536;
      const first = phaseInChild('first-fetch', root, tickets, increment);
      log(`first fetch of ${tickets.toLocaleString('en-US')} sample tickets: ${first.fetched} tickets into ${first.days} day files, ${first.seconds!.toFixed(1)} s, peak RSS ${first.peakRssMb} MB (goal < ${goalMb} MB)`);
      if (tickets !== counts[0]) continue; // the nightly increment goes into the first store only
      const nightly = phaseInChild('nightly', root, tickets, increment);
      log(
        `nightly increment into the ${tickets.toLocaleString('en-US')} store: fetch ${nightly.fetched} changed + merge (${nightly.days} days rewritten) ${nightly.fetchSeconds!.toFixed(1)} s, ` +
          `+ evaluate ${nightly.standards} standards over ${nightly.tickets} tickets = ${nightly.seconds!.toFixed(1)} s (goal < 15 s), peak RSS ${nightly.peakRssMb} MB`,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args[0] === '--phase') {
    await runPhase(args[1]!, args[2]!, Number(args[3]), Number(args[4]));
  } else if (args[0] === '--fetch') {
    const counts = args.slice(1).map(Number).filter((n) => n > 0);
    await fetchBench(counts.length ? counts : [1_000_000]);
  } else {
    const [tickets, increment] = args.map(Number);
    await main({ ...(tickets ? { tickets } : {}), ...(increment ? { increment } : {}) });
  }
}
