// npm run bench:engine — the in-process breakdown of the evaluation at nightly scale, through the store and
// code path the CLI uses. Secondary: `npm run bench` (bench/nightly.bench.ts) times whole processes, the
// headline figures; this one says where the time goes inside a warm process.
//
// A fixture organisation (tests/fixtures/site/sample/standards: never standards/, which is the adopter's
// content), its standards repeated under new ids up to 16, evaluated over a store of 1,000,000 sample tickets
// (365 days) built with openTicketStore. Every figure is the median of several runs, alternated so a busy
// machine slows them alike, with the process CPU time beside the wall time:
//
//   parse floor            read every day file and JSON.parse every line (store.days()): what no evaluation of
//                          the NDJSON can beat
//   before (NDJSON)        evaluateStandards over store.tickets(): what `evaluate` did before the facts cache
//                          (with --main DIR: that checkout's, e.g. main's)
//   evaluate --full        evaluateStep as the CLI runs it, --full: every day file read, its facts cache rewritten
//   evaluate               evaluateStep, nothing changed since the last evaluation: every day from the facts cache
//   nightly increment      a night's 30,000 changed tickets as the pipeline runs them: runFetch (stream, merge,
//                          install) then evaluateStep (only changed days re-read), against the same night on a
//                          copy of the store before it (main's fetch and evaluate step with --main); and
//                          evaluateStep --full on the same night
//   one standard vs DuckDB a 24/7 first-response standard alone, against the same question asked of DuckDB over
//                          the same NDJSON (single-threaded and with its default threads); DuckDB is installed on
//                          demand into bench/duckdb/ (never a dependency of the project); --no-duckdb skips it
//
// The reports of the three evaluation paths are compared byte for byte. Then the business-time and store benches.
//
//   npm run bench:engine                       1,000,000 tickets, 3 runs each
//   node bench/engine.bench.ts 200000 --runs 5 fewer tickets, more runs
//   node bench/engine.bench.ts --only-engine   skip the business-time and store benches
//   node bench/engine.bench.ts --main DIR      "before" is another checkout's code (see MAIN_DIR below)

import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { evaluateStandards } from '../scripts/engine/evaluate.ts';
import { clockFor } from '../scripts/engine/business-time.ts';
import { evaluateStep } from '../scripts/commands/pipeline.ts';
import type { CommandIO } from '../scripts/commands/io.ts';
import { loadStandardsModel } from '../scripts/model/load.ts';
import type { Report, StandardDefinition, StandardsModel, Ticket } from '../scripts/model/model.ts';
import { generateSampleTickets } from '../scripts/sources/sample.ts';
import { runFetch } from '../scripts/sources/fetch.ts';
import type { TicketSource } from '../scripts/sources/source.ts';
import { openTicketStore, type TicketStore } from '../scripts/store/ticket-store.ts';
import { installPeer, PEERS } from './peers.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = path.join(REPO, 'tests/fixtures/site/sample/standards');
const args = process.argv.slice(2);
const COUNT = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 1_000_000);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) || 3 : 3;
const STANDARDS = 16;
const DAYS = 365;
const SEED = 20261123;
const NOW = new Date('2026-11-23T06:00:00Z');
const DAY_MS = 86_400_000;
const INCREMENT = Math.round(COUNT * 0.03);

interface Timing { wallMs: number; cpuMs: number }

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; timing: Timing }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, timing: { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
function summary(timings: Timing[]): { wall: number; cpu: number; text: string } {
  const wall = median(timings.map((t) => t.wallMs));
  const cpu = median(timings.map((t) => t.cpuMs));
  return { wall, cpu, text: `${s(wall).padStart(8)} wall, ${s(cpu).padStart(8)} CPU  (runs: ${timings.map((t) => (t.wallMs / 1000).toFixed(2)).join(', ')})` };
}

/** The fixture organisation, its standards repeated under new ids up to 16. */
async function fixtureModel(root: string): Promise<StandardsModel> {
  const { model } = await loadStandardsModel({ root, strict: false, base: null, today: NOW.toISOString().slice(0, 10) });
  if (!model) throw new Error('the fixture standards do not validate');
  const standards: StandardDefinition[] = [];
  for (let i = 0; standards.length < STANDARDS; i++) {
    const s = model.standards[i % model.standards.length]!;
    standards.push(i < model.standards.length ? s : { ...s, id: `${s.id}-copy-${i}` });
  }
  return { ...model, standards, pipeline: { ...model.pipeline, source: { type: 'sample', tickets: COUNT, days: DAYS, seed: SEED } } };
}

/** What the sample helpdesk changed in the night after `fromMs` (new tickets and new events), at most `size`. */
function nightlyChanges(fromMs: number, size: number): { tickets: Ticket[]; now: Date } {
  for (let nights = 1; nights <= 30; nights++) {
    const now = new Date(fromMs + nights * DAY_MS);
    const changed: Ticket[] = [];
    for (const t of generateSampleTickets({ count: COUNT, days: DAYS, seed: SEED, now })) {
      if (Date.parse(t.updated) > fromMs) changed.push(t);
    }
    if (changed.length >= size || nights === 30) return { tickets: changed.slice(0, size), now };
  }
  throw new Error('unreachable');
}

function quietIO(root: string, now: Date): CommandIO {
  return { root, stdout: () => undefined, stderr: () => undefined, env: {}, color: false, now: () => now };
}

/** The report without the instant it was written: what the paths must agree on byte for byte. */
const reportBytes = (r: Report) => JSON.stringify({ ...r, generatedAt: null });

async function parseFloor(store: TicketStore): Promise<number> {
  let n = 0;
  for await (const day of store.days()) n += day.tickets.length;
  return n;
}

/**
 * `--main DIR`: "before" runs another checkout's evaluateStandards, runFetch and evaluateStep (e.g. `git archive
 * main scripts schemas package.json | tar -x -C DIR` and `ln -s $PWD/node_modules DIR/`), in this process, over
 * the same store; by default this checkout's NDJSON path (evaluateStandards over store.tickets()).
 */
const MAIN_DIR = args.includes('--main') ? path.resolve(args[args.indexOf('--main') + 1]!) : null;
const evaluateBefore: typeof evaluateStandards = MAIN_DIR
  ? ((await import(pathToFileURL(path.join(MAIN_DIR, 'scripts/engine/evaluate.ts')).href)) as { evaluateStandards: typeof evaluateStandards }).evaluateStandards
  : evaluateStandards;

const fetchBefore: typeof runFetch = MAIN_DIR
  ? ((await import(pathToFileURL(path.join(MAIN_DIR, 'scripts/sources/fetch.ts')).href)) as { runFetch: typeof runFetch }).runFetch
  : runFetch;
const mainEvaluateStep = MAIN_DIR
  ? ((await import(pathToFileURL(path.join(MAIN_DIR, 'scripts/commands/pipeline.ts')).href)) as { evaluateStep: typeof evaluateStep }).evaluateStep
  : null;

/** The evaluation of "before" in the nightly: main's evaluate step, or the NDJSON path over the copy's store. */
async function evaluateStepBefore(io: CommandIO, model: StandardsModel, now: Date, store: TicketStore): Promise<Report> {
  if (mainEvaluateStep) return mainEvaluateStep(io, model, now);
  const copy = openTicketStore(path.join(io.root, path.relative(path.dirname(store.dir), store.dir)));
  const cursor = await copy.readCursor();
  return beforePath(copy, model, now, { source: cursor?.source ?? 'sample', fetchedAt: cursor?.fetchedAt ?? null });
}

/** A night's changes as a source yields them: pages of 1,000. */
function nightSource(tickets: Ticket[], night: number): TicketSource {
  return {
    type: 'sample',
    upstream: `sample:seed=${SEED}`,
    async *fetchChanges() {
      for (let i = 0; i < tickets.length; i += 1000) yield { tickets: tickets.slice(i, i + 1000), rejected: [] };
      return `bench:night=${night}`;
    },
  };
}

function beforePath(store: TicketStore, model: StandardsModel, now: Date, data: { source: string; fetchedAt: string | null } = { source: 'sample', fetchedAt: null }): Promise<Report> {
  return evaluateBefore({ model, tickets: store.tickets(), now, clockFor, data });
}

// --- DuckDB ---------------------------------------------------------------------------------------------

const DUCKDB_DIR = PEERS.duckdb.dir;

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'engine-bench-'));
  try {
    await cp(FIXTURE, path.join(root, 'standards'), { recursive: true });
    const model = await fixtureModel(root);
    const store = openTicketStore(path.join(root, model.pipeline.storeDir));
    if (MAIN_DIR) console.log(`before = evaluateStandards of ${MAIN_DIR}`);
    console.log(`engine bench: ${COUNT.toLocaleString('en')} sample tickets over ${DAYS} days, now ${NOW.toISOString()}, ${model.standards.length} standards (tests/fixtures/site/sample, repeated), ${RUNS} runs each, medians`);
    let t0 = performance.now();
    await store.mergeTickets(generateSampleTickets({ count: COUNT, days: DAYS, seed: SEED, now: NOW }));
    console.log(`store built with openTicketStore in ${s(performance.now() - t0)} (${(await store.listDays()).length} day files)`);

    // Warm the cache once (as the first evaluation after an upgrade does), then time alternated runs.
    const io = quietIO(root, NOW);
    const first = await timed(() => evaluateStep(io, model, NOW));
    console.log(`first evaluation (no facts cache yet: every day read, cache written): ${s(first.timing.wallMs)} wall, ${s(first.timing.cpuMs)} CPU`);
    const floor: Timing[] = [];
    const before: Timing[] = [];
    const full: Timing[] = [];
    const cached: Timing[] = [];
    const reports = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      floor.push((await timed(() => parseFloor(store))).timing);
      const b = await timed(() => beforePath(store, model, NOW));
      before.push(b.timing);
      reports.add(reportBytes(b.value));
      const f = await timed(() => evaluateStep(io, model, NOW, { full: true }));
      full.push(f.timing);
      reports.add(reportBytes(f.value));
      const c = await timed(() => evaluateStep(io, model, NOW));
      cached.push(c.timing);
      reports.add(reportBytes(c.value));
    }
    const fl = summary(floor);
    const be = summary(before);
    const fu = summary(full);
    const ca = summary(cached);
    console.log(`\nfull evaluation, ${COUNT.toLocaleString('en')} tickets × ${model.standards.length} standards:`);
    console.log(`  parse floor (read + JSON.parse)    ${fl.text}`);
    console.log(`  before: ${MAIN_DIR ? 'main, NDJSON        ' : 'NDJSON path         '}       ${be.text}  ratio to floor ${(be.wall / fl.wall).toFixed(2)}`);
    console.log(`  evaluate --full (NDJSON + cache)   ${fu.text}  ratio to floor ${(fu.wall / fl.wall).toFixed(2)}`);
    console.log(`  evaluate (facts cache, unchanged)  ${ca.text}  ratio to floor ${(ca.wall / fl.wall).toFixed(2)}; ${(be.wall / ca.wall).toFixed(1)}× faster than before (goal ≥ 2×, < 4 s)`);
    console.log(`  reports byte-identical across the three paths: ${reports.size === 1 ? 'yes' : `NO (${reports.size} different)`}`);

    // Nightly increments as the CLI's pipeline runs them: fetch a night's changes (runFetch: stream, merge,
    // install) and evaluate (evaluateStep), each timed. "Before" runs the same night on a copy of the store
    // made just before it (untimed): main's runFetch and evaluateStep with --main, else this checkout's fetch
    // and the NDJSON path.
    const nightly = { fetch: [] as Timing[], incremental: [] as Timing[], full: [] as Timing[], beforeFetch: [] as Timing[], beforeEvaluate: [] as Timing[] };
    let fromMs = NOW.getTime();
    let lastChanged = 0;
    let nightReports = 0;
    const beforeRoot = path.join(root, 'before');
    for (let run = 0; run < RUNS; run++) {
      const night = nightlyChanges(fromMs, INCREMENT);
      fromMs = night.now.getTime();
      await rm(beforeRoot, { recursive: true, force: true });
      await cp(path.join(root, 'standards'), path.join(beforeRoot, 'standards'), { recursive: true });
      await cp(store.dir, path.join(beforeRoot, model.pipeline.storeDir), { recursive: true, filter: (from) => !from.includes(`${path.sep}.cache`) });
      const nightIO = quietIO(root, night.now);
      const lines: string[] = [];
      const logging: CommandIO = { ...nightIO, stderr: (line) => lines.push(line) };
      const fetched = await timed(() => runFetch({ model, root, now: night.now, log: () => undefined, source: nightSource(night.tickets, run) }));
      nightly.fetch.push(fetched.timing);
      const inc = await timed(() => evaluateStep(logging, model, night.now));
      nightly.incremental.push(inc.timing);
      lastChanged = fetched.value.changedDays.length;
      const f = await timed(() => evaluateStep(nightIO, model, night.now, { full: true }));
      nightly.full.push(f.timing);
      const beforeFetched = await timed(() => fetchBefore({ model, root: beforeRoot, now: night.now, log: () => undefined, source: nightSource(night.tickets, run) }));
      nightly.beforeFetch.push(beforeFetched.timing);
      const b = await timed(() => evaluateStepBefore(quietIO(beforeRoot, night.now), model, night.now, store));
      nightly.beforeEvaluate.push(b.timing);
      if (new Set([reportBytes(inc.value), reportBytes(f.value), reportBytes(b.value)]).size === 1) nightReports++;
      if (run === 0) console.log(`\nnight 1: ${night.tickets.length.toLocaleString('en')} changed tickets fetched into ${fetched.value.changedDays.length} day files; ${lines.find((l) => l.includes('facts cache')) ?? ''}`.replace(/\s+facts/, ' facts'));
    }
    await rm(beforeRoot, { recursive: true, force: true });
    const nfe = summary(nightly.fetch);
    const ni = summary(nightly.incremental);
    const nf = summary(nightly.full);
    const nbf = summary(nightly.beforeFetch);
    const nb = summary(nightly.beforeEvaluate);
    const sum = (x: Timing[], y: Timing[]) => x.map((t, i) => ({ wallMs: t.wallMs + y[i]!.wallMs, cpuMs: t.cpuMs + y[i]!.cpuMs }));
    const wholeBefore = summary(sum(nightly.beforeFetch, nightly.beforeEvaluate));
    const wholeAfter = summary(sum(nightly.fetch, nightly.incremental));
    const beforeName = MAIN_DIR ? 'main' : 'NDJSON path';
    console.log(`nightly increment of ${INCREMENT.toLocaleString('en')} changed tickets (~${lastChanged} day files changed), as the pipeline runs it:`);
    console.log(`  ${`before (${beforeName}): fetch + merge`.padEnd(35)}${nbf.text}`);
    console.log(`  ${`before (${beforeName}): evaluate`.padEnd(35)}${nb.text}`);
    console.log(`  ${`before (${beforeName}): whole nightly`.padEnd(35)}${wholeBefore.text}`);
    console.log(`  fetch + merge                      ${nfe.text}`);
    console.log(`  evaluate (incremental)             ${ni.text}  ${(nb.wall / ni.wall).toFixed(1)}× faster than before`);
    console.log(`  whole nightly (fetch + evaluate)   ${wholeAfter.text}  ${(wholeBefore.wall / wholeAfter.wall).toFixed(1)}× faster than before (goal < 15 s)`);
    console.log(`  evaluate --full (same night)       ${nf.text}`);
    console.log(`  reports byte-identical on ${nightReports} of ${RUNS} nights`);

    console.log(`peak RSS of this process so far: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (building the store included)`);
    if (!args.includes('--no-duckdb')) await duckdbComparison(root, model, store, fromMs);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  if (!args.includes('--only-engine')) {
    await runOtherBench('bench/business-time.bench.ts', ['benchBusinessTime', 'runBusinessTimeBench', 'run', 'main']);
    await runOtherBench('bench/store.bench.ts', ['main']);
  }
}

/**
 * One 24/7 first-response standard (normal and low priority, 4 h, 30 days; no exclusions) through our CLI
 * path, and the same question in SQL over the same NDJSON: measurements completed in the window (first agent
 * reply, the agent's opening comment of an agent-opened ticket left out) and in-flight breaches dated when
 * they passed the threshold, and how many met it.
 */
async function duckdbComparison(root: string, model: StandardsModel, store: TicketStore, nowMsOfStore: number): Promise<void> {
  const why = installPeer('duckdb');
  if (why !== null) {
    console.log(`\none standard vs DuckDB: skipped, DuckDB could not be installed here (${why})`);
    return;
  }
  const now = new Date(nowMsOfStore);
  const base = model.standards.find((x) => x.metric === 'first_response_time')!;
  const standard: StandardDefinition = {
    ...base, id: 'first-response-24-7', calendar: null, scope: { priority: ['low', 'normal'] }, thresholdMinutes: 240, objective: 0.9,
    window: { kind: 'rolling', days: 30, text: '30d' },
  };
  const one: StandardsModel = { ...model, standards: [standard], pipeline: { ...model.pipeline, exclusions: [] } };
  const io = quietIO(root, now);
  await evaluateStep(io, one, now);
  const { runDuckdb } = (await import(pathToFileURL(path.join(DUCKDB_DIR, 'first-response.ts')).href)) as typeof import('./duckdb/first-response.ts');
  const glob = path.join(store.dir, 'tickets', '*', '*', '*.ndjson');
  const ours: Timing[] = [];
  const oursFull: Timing[] = [];
  const duck1: Timing[] = [];
  const duckN: Timing[] = [];
  let answers = '';
  for (let run = 0; run < RUNS; run++) {
    const o = await timed(() => evaluateStep(io, one, now));
    ours.push(o.timing);
    oursFull.push((await timed(() => beforePath(store, one, now))).timing);
    const d1 = await timed(() => runDuckdb({ glob, nowMs: now.getTime(), thresholdMinutes: 240, windowDays: 30, priorities: ['low', 'normal'], threads: 1 }));
    duck1.push(d1.timing);
    duckN.push((await timed(() => runDuckdb({ glob, nowMs: now.getTime(), thresholdMinutes: 240, windowDays: 30, priorities: ['low', 'normal'], threads: null }))).timing);
    const r = o.value.standards[0]!;
    answers = `ours ${r.met} of ${r.count} met, DuckDB ${d1.value.met} of ${d1.value.count}${r.met === d1.value.met && r.count === d1.value.count ? ' (same answer)' : ' (DIFFERENT)'}`;
  }
  const o = summary(ours);
  const of = summary(oursFull);
  const d1 = summary(duck1);
  const dn = summary(duckN);
  console.log(`\none standard (24/7 first response, low+normal, 4 h, 30 d) over ${COUNT.toLocaleString('en')} tickets: ${answers}`);
  console.log(`  ours, evaluate (facts cache)       ${o.text}`);
  console.log(`  ${MAIN_DIR ? 'main' : 'ours'}, NDJSON path (no cache)       ${of.text}`);
  console.log(`  DuckDB, 1 thread                   ${d1.text}`);
  console.log(`  DuckDB, default threads            ${dn.text}`);
  console.log(`  ratio ours (cache) / DuckDB 1 thread: ${(o.wall / d1.wall).toFixed(2)} wall, ${(o.cpu / d1.cpu).toFixed(2)} CPU (goal < 1); / DuckDB default: ${(o.wall / dn.wall).toFixed(2)} wall`);
}

async function runOtherBench(relative: string, names: string[]): Promise<void> {
  const file = path.join(REPO, relative);
  if (!existsSync(file)) return;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const name = names.find((n) => typeof mod[n] === 'function');
  if (!name) return;
  console.log(`\n${relative}: ${name}()`);
  const result = await (mod[name] as () => unknown)();
  if (result !== undefined) console.log(typeof result === 'string' ? result : JSON.stringify(result, null, 2));
}

await main();
