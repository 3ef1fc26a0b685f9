// npm run bench — the engine at nightly scale. Generates 1,000,000 sample tickets as NDJSON in a temp
// directory, then times (a) reading and parsing them and (b) reading, parsing and evaluating 12 standards
// over them in one streaming pass. Prints both, their ratio (target < 3), the evaluation time (target
// < 10 s) and the peak RSS (target < 1.5 GB). Then runs the business-time and store benches when they exist.
//
//   npm run bench                    1,000,000 tickets
//   node bench/engine.bench.ts 200000   fewer, for a quick look
//   npm run bench -- --history       every standard judged by two versions (goal changed on 2026-10-01)

import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { wallClock, type BusinessClock } from '../scripts/engine/business-clock.ts';
import { createEvaluation, type ClockFor } from '../scripts/engine/evaluate.ts';
import type { CalendarDefinition, StandardDefinition, StandardVersion, StandardsModel, Ticket } from '../scripts/model/model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COUNT = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
/** `--history`: every standard has two versions (a looser goal until 2026-10-01), to measure history-aware judging. */
const HISTORY = process.argv.includes('--history');
const DAYS = 365;
const SEED = 20261123;
const NOW = new Date('2026-11-23T06:00:00Z');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

async function importIfPresent(relative: string): Promise<Record<string, unknown> | null> {
  const file = path.join(root, relative);
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

// --- tickets -------------------------------------------------------------------------------------------

type TicketSource = (options: { count: number; days: number; seed: number; now: Date }) => Iterable<Ticket>;

/**
 * Stand-in used only while scripts/sources/sample.ts does not exist: a seeded generator with a believable
 * shape (replies, pending spells, reopens, ratings) so the engine's cost can be measured.
 */
function* standInTickets({ count, days, seed, now }: { count: number; days: number; seed: number; now: Date }): Iterable<Ticket> {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const start = now.getTime() - days * 86_400_000;
  const step = (days * 86_400_000) / count;
  for (let i = 0; i < count; i++) {
    const created = Math.floor(start + i * step);
    let t = created;
    const replies: Ticket['replies'] = [];
    const statusChanges: Ticket['statusChanges'] = [{ at: iso(created), status: 'new' }];
    const exchanges = 1 + Math.floor(random() * 4);
    for (let e = 0; e < exchanges && t < now.getTime(); e++) {
      t += Math.floor(random() * 8 * 3_600_000);
      replies.push({ at: iso(t), by: 'agent' });
      if (e === 0) statusChanges.push({ at: iso(t), status: 'open' });
      if (random() < 0.3) {
        statusChanges.push({ at: iso(t), status: 'pending' });
        t += Math.floor(random() * 24 * 3_600_000);
        replies.push({ at: iso(t), by: 'customer' });
        statusChanges.push({ at: iso(t), status: 'open' });
      }
    }
    const solved = t + 3_600_000 < now.getTime() && random() < 0.97;
    if (solved) {
      t += 3_600_000;
      statusChanges.push({ at: iso(t), status: 'solved' });
      if (random() < 0.06) {
        t += 86_400_000;
        statusChanges.push({ at: iso(t), status: 'open' }, { at: iso(t + 3_600_000), status: 'solved' });
        t += 3_600_000;
      }
    }
    const last = statusChanges[statusChanges.length - 1]!;
    const ticket: Ticket = {
      id: `NW-${String(i).padStart(7, '0')}`,
      created: iso(created),
      updated: iso(Math.max(t, created)),
      priority: pick(['low', 'normal', 'normal', 'normal', 'high', 'urgent'] as const),
      channel: pick(['email', 'email', 'web', 'chat', 'phone', 'social', 'api'] as const),
      status: last.status,
      team: pick(['support-emea', 'support-americas', 'escalations']),
      category: pick(['billing', 'orders', 'returns', 'product']),
      tags: random() < 0.1 ? ['vip'] : [],
      replies: replies.filter((r) => Date.parse(r.at) <= Date.parse(last.at) || !solved),
      statusChanges,
    };
    if (solved && random() < 0.25) ticket.satisfaction = { at: iso(t + 3_600_000), rating: random() < 0.85 ? 'good' : 'bad' };
    if (solved && random() < 0.1) ticket.nps = { at: iso(t + 7_200_000), score: Math.floor(random() * 11) };
    yield ticket;
  }
}

async function writeTickets(file: string): Promise<string> {
  const sample = await importIfPresent('scripts/sources/sample.ts');
  const generate = sample?.generateSampleTickets as TicketSource | undefined;
  const source = generate ? 'scripts/sources/sample.ts generateSampleTickets' : 'a stand-in generator (scripts/sources/sample.ts is missing)';
  const fd = openSync(file, 'w');
  let buffer: string[] = [];
  let size = 0;
  for (const ticket of (generate ?? standInTickets)({ count: COUNT, days: DAYS, seed: SEED, now: NOW })) {
    const line = JSON.stringify(ticket);
    buffer.push(line);
    size += line.length;
    if (size > 4_000_000) {
      writeSync(fd, `${buffer.join('\n')}\n`);
      buffer = [];
      size = 0;
    }
  }
  if (buffer.length) writeSync(fd, `${buffer.join('\n')}\n`);
  closeSync(fd);
  return source;
}

/** Streams an NDJSON file line by line into `onRecord`; the same reader for both timings. */
async function readNdjson(file: string, onRecord: (value: unknown) => void): Promise<number> {
  let rest = '';
  let lines = 0;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      if (nl > from) {
        onRecord(JSON.parse(text.slice(from, nl)));
        lines++;
      }
      from = nl + 1;
    }
    rest = text.slice(from);
  }
  if (rest.trim()) {
    onRecord(JSON.parse(rest));
    lines++;
  }
  return lines;
}

// --- the model -----------------------------------------------------------------------------------------

function constructedModel(calendars: CalendarDefinition[]): StandardsModel {
  const calendarId = calendars[0]?.id ?? null;
  const review = { every: { amount: 6, unit: 'mo' as const }, everyText: '6mo', last: '2026-09-01', due: '2027-03-01' };
  const base = (id: string, metric: StandardDefinition['metric'], rest: Partial<StandardDefinition>): StandardDefinition => ({
    id, title: id, description: null, dimension: 'responsiveness', metric, scope: {}, thresholdMinutes: null, objective: null, target: null,
    calendar: null, window: { kind: 'rolling', days: 30, text: '30d' }, minimumSample: null, pauseStatuses: ['pending', 'on-hold'],
    scorecard: null, owner: 'support-leads', effective: '2026-01-01', review, rationale: 'Benchmark.', origin: { file: `${id}.yaml` }, ...rest,
  });
  const duration = (id: string, metric: StandardDefinition['metric'], thresholdMinutes: number, rest: Partial<StandardDefinition> = {}) =>
    base(id, metric, { thresholdMinutes, objective: 0.9, calendar: calendarId, ...rest });
  const rate = (id: string, metric: StandardDefinition['metric'], direction: 'min' | 'max', value: number) =>
    base(id, metric, { target: { direction, value } });
  return {
    pipeline: {
      id: 'pipeline', organisation: 'Northwind Outfitters', source: { type: 'sample', tickets: COUNT, days: DAYS, seed: SEED }, storeDir: 'data',
      evaluation: { minimumSample: 20, atRiskBudget: 0.25, seriesDays: 90, worstTickets: 10 },
      exclusions: [{ id: 'outage', from: '2026-10-14T08:00:00Z', to: '2026-10-14T12:00:00Z', reason: 'Helpdesk outage', standards: null }],
      site: { title: 'Service standards', url: null, base: '/', ticketUrl: null, staleAfterMinutes: 1440 }, origin: null,
      actions: { enabled: true, repository: null, breached: true, atRisk: false, overdueReviews: false, closeAfterDays: 3, maxWrites: 20, labels: ['corrective-action'], assignLeads: true },
    },
    teams: [], calendars, sops: [], policies: [], scorecards: [],
    standards: [
      duration('frt-urgent', 'first_response_time', 60, { scope: { priority: ['urgent'] } }),
      duration('frt-high', 'first_response_time', 240, { scope: { priority: ['high'] } }),
      duration('frt-normal', 'first_response_time', 480, { scope: { priority: ['normal', 'low'] } }),
      duration('next-reply', 'next_reply_time', 480),
      duration('resolution', 'full_resolution_time', 3 * 1440, { calendar: null, window: { kind: 'calendar', unit: 'month', text: 'month' } }),
      duration('wait', 'requester_wait_time', 1440),
      duration('backlog', 'backlog_age', 5 * 1440),
      rate('reopens', 'reopen_rate', 'max', 0.08),
      rate('fcr', 'first_contact_resolution', 'min', 0.6),
      rate('csat', 'csat', 'min', 0.85),
      base('nps', 'nps', { target: { direction: 'min', value: 30 } }),
      duration('frt-vip', 'first_response_time', 120, { scope: { tags: ['vip'] }, window: { kind: 'calendar', unit: 'quarter', text: 'quarter' } }),
    ],
  };
}

async function benchModel(): Promise<{ model: StandardsModel; from: string }> {
  const load = await importIfPresent('scripts/model/load.ts');
  const loadStandardsModel = load?.loadStandardsModel as
    | ((o: { root: string }) => Promise<{ model: StandardsModel | null }>)
    | undefined;
  if (loadStandardsModel) {
    const { model } = await loadStandardsModel({ root }).catch(() => ({ model: null }));
    if (model && model.standards.length > 0) {
      // Exactly 12: the content's standards, repeated under new ids when there are fewer.
      const standards: StandardDefinition[] = [];
      for (let i = 0; standards.length < 12; i++) {
        const s = model.standards[i % model.standards.length]!;
        standards.push(i < model.standards.length ? s : { ...s, id: `${s.id}-copy-${i}` });
      }
      return { model: { ...model, standards: standards.slice(0, 12) }, from: `standards/ (${model.standards.length} standards)` };
    }
  }
  const calendar: CalendarDefinition = {
    id: 'emea-business-hours', name: 'EMEA', timezone: 'Europe/Dublin',
    hours: Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d, i) => [d, i < 5 ? [{ start: 480, end: 1080 }] : []])) as CalendarDefinition['hours'],
    holidays: [{ date: '2026-12-25', name: 'Christmas Day', open: null }, { date: '2026-10-26', name: 'October Bank Holiday', open: null }],
    origin: { file: 'standards/calendars/emea-business-hours.yaml' },
  };
  return { model: constructedModel([calendar]), from: 'a constructed model (standards/ has no standards yet)' };
}

async function benchClockFor(): Promise<{ clockFor: ClockFor; from: string }> {
  const businessTime = await importIfPresent('scripts/engine/business-time.ts');
  const clockFor = businessTime?.clockFor as ClockFor | undefined;
  if (clockFor) return { clockFor, from: 'scripts/engine/business-time.ts clockFor' };
  const wall: ClockFor = () => wallClock as BusinessClock;
  return { clockFor: wall, from: 'wall clock for every calendar (scripts/engine/business-time.ts is missing)' };
}

/** A looser earlier goal (double threshold, 5 points lower objective or target) in force until 2026-10-01. */
function twoVersions(standard: StandardDefinition): StandardVersion[] {
  const looser: StandardDefinition = {
    ...standard,
    effective: '2026-01-01',
    thresholdMinutes: standard.thresholdMinutes === null ? null : standard.thresholdMinutes * 2,
    objective: standard.objective === null ? null : standard.objective - 0.05,
    target: standard.target === null ? null : { ...standard.target, value: standard.target.value + (standard.target.direction === 'min' ? -0.05 : 0.05) },
  };
  return [
    { version: '2026-01-01', from: '2026-01-01', definition: looser },
    { version: '2026-10-01', from: '2026-10-01', definition: { ...standard, effective: '2026-10-01' } },
  ];
}

// --- run -----------------------------------------------------------------------------------------------

async function runOtherBench(relative: string, names: string[]): Promise<void> {
  const mod = await importIfPresent(relative);
  if (!mod) {
    console.log(`\n${relative}: not present, skipped`);
    return;
  }
  const name = names.find((n) => typeof mod[n] === 'function') ?? Object.keys(mod).find((n) => typeof mod[n] === 'function');
  if (!name) {
    console.log(`\n${relative}: exports no function, skipped`);
    return;
  }
  console.log(`\n${relative}: ${name}()`);
  const result = await (mod[name] as () => unknown)();
  if (result !== undefined) console.log(typeof result === 'string' ? result : JSON.stringify(result, null, 2));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'engine-bench-'));
  const file = path.join(dir, 'tickets.ndjson');
  try {
    console.log(`engine bench: ${COUNT.toLocaleString('en')} tickets over ${DAYS} days, now ${NOW.toISOString()}`);
    let t0 = performance.now();
    const source = await writeTickets(file);
    console.log(`generated with ${source}: ${mb(statSync(file).size)} NDJSON in ${seconds(performance.now() - t0)}`);

    const { model, from } = await benchModel();
    const { clockFor, from: clocks } = await benchClockFor();
    console.log(`model: ${from}; clocks: ${clocks}`);

    let parsed = 0;
    t0 = performance.now();
    await readNdjson(file, () => {
      parsed++;
    });
    const parseMs = performance.now() - t0;
    console.log(`(a) read + parse:            ${seconds(parseMs)}  (${parsed.toLocaleString('en')} tickets)`);

    t0 = performance.now();
    const versionsOf = HISTORY ? twoVersions : undefined;
    const evaluation = createEvaluation({ model, now: NOW, clockFor, data: { source: 'sample' }, ...(versionsOf ? { versionsOf } : {}) });
    await readNdjson(file, (ticket) => evaluation.add(ticket));
    const report = evaluation.finish();
    const evaluateMs = performance.now() - t0;
    console.log(`(b) read + parse + evaluate: ${seconds(evaluateMs)}  (${model.standards.length} standards${HISTORY ? ', 2 versions each' : ''}; target < 10 s)`);
    console.log(`ratio (b)/(a):               ${(evaluateMs / parseMs).toFixed(2)}  (target < 3)`);
    console.log(`peak RSS:                    ${mb(peakRss())}  (target < 1.5 GB)`);
    console.log(`summary: ${JSON.stringify(report.summary)}; rejected: ${report.data.rejected.reduce((n, r) => n + r.count, 0)}`);
    for (const s of report.standards) console.log(`  ${s.status.padEnd(9)} ${s.id}: ${s.statement}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await runOtherBench('bench/business-time.bench.ts', ['benchBusinessTime', 'runBusinessTimeBench', 'run', 'main']);
  await runOtherBench('bench/store.bench.ts', ['benchStore', 'runStoreBench', 'run', 'main']);
}

await main();
