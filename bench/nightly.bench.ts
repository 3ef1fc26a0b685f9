// npm run bench — what a night costs, measured as users run it: whole processes (`node scripts/standards.js ...`,
// as package.json's scripts run it; Node's start, module loading and the model included), on a store made the way
// users make it (a copy of the repository with the example's standards, then `standards fetch` of the sample
// source), with the peers in the same run and the machine's load average beside every figure (a shared 2-core
// machine: read the CPU time).
//
// Per store size (--sizes, default 100k and 1M tickets over the example's 180 days):
//   fetch, first            the whole store fetched into an empty repository
//   evaluate, cold          no facts cache (data/.cache removed): every day file read, the cache written
//   evaluate, warm          nothing changed since the last evaluation
//   evaluate --full         every day file read again
//   next night              `fetch` of what changed in --night-hours (≈3% of the tickets), then `evaluate`, then
//                           `evaluate` again at once: nothing changed, but the day files the fetch just wrote are
//                           seconds old (the warm row's are minutes old), so a racy rule shows here
//   one standard vs DuckDB  a 24/7 first-response standard alone (a copy of the repository whose only Standard
//                           it is, no exclusions): `evaluate` on its warm cache against DuckDB on its own table
//                           (loaded once from the day files, instants parsed), `evaluate --full` against DuckDB
//                           over the NDJSON; DuckDB single-threaded (its runs alternated with ours) and with its
//                           default threads, as processes (node bench/duckdb/first-response.ts); the counts and met
//                           of both are compared
// Start-up (once): Node alone, `--help`, `validate` of one file beside ajv-cli, of the example, and `evaluate`
// of the example over an empty store (what a command costs before any ticket is read).
// Then, as a secondary section, the in-process breakdown (bench/engine.bench.ts at the smallest size).
//
// Each figure is the median of --runs runs (the versions alternated, after one untimed warm-up, so a busy
// machine slows them alike): wall time, CPU time (process and children, from GNU time), peak RSS, load.
//
//   npm run bench                                  100k and 1M, this working tree
//   npm run bench -- --before main                 and main's code beside it: before → after
//   npm run bench -- --sizes 20k --runs 1          a quick run
//   options: --night-hours H (34), --no-duckdb, --no-peers (no DuckDB, no ajv-cli), --no-breakdown,
//            --only-startup, --keep (leave the temporary repositories, and say where)

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { describeVersion, makeCheckout, REPO, type CodeVersion } from './bench-checkout.ts';
import { installPeer, PEERS } from './peers.ts';
import { describeFigure, figureOf, loadRange, markdownTable, ratio, runProcess, hasGnuTime, type Figure, type ProcessRun } from './process-runs.ts';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100k,1M' },
    runs: { type: 'string', default: '3' },
    before: { type: 'string' },
    'night-hours': { type: 'string', default: '34' },
    'no-duckdb': { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
    'no-breakdown': { type: 'boolean', default: false },
    'only-startup': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const NODE = process.execPath;
const RUNS = Math.max(1, Number(flags.runs));
const NIGHT_MS = Number(flags['night-hours']) * 3_600_000;
const T0 = Date.parse('2026-11-23T06:00:00Z');
const SIZES = flags.sizes.split(',').map(parseSize);
const AFTER: CodeVersion = { label: flags.before ? 'after' : 'this tree', ref: null };
const VERSIONS: CodeVersion[] = flags.before ? [{ label: flags.before, ref: flags.before }, AFTER] : [AFTER];
const WORK = mkdtempSync(path.join(tmpdir(), 'nightly-bench-'));
/** The one-standard question, for us and for DuckDB. */
const ONE = { thresholdMinutes: 240, windowDays: 30, priorities: ['low', 'normal'] };

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`--sizes: "${text}" is not a size like 100k or 1M`);
  return Math.round(Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2]!.toLowerCase()] ?? 1));
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
const sizeLabel = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

/**
 * Each version's processes get their own temporary folder, where `after` keeps Node's compile cache (os.tmpdir()):
 * like a developer's machine after the first run. The "first run" row gives every run a fresh, empty one.
 */
function envOf(version: CodeVersion, fresh = false): Record<string, string> {
  const dir = path.join(WORK, fresh ? `tmp-fresh-${Math.random().toString(36).slice(2)}` : `tmp-${version.label.replace(/\W/g, '-')}`);
  mkdirSync(dir, { recursive: true });
  return { TMPDIR: dir, NO_COLOR: '1' };
}

/** The command as package.json runs it: scripts/standards.js, or scripts/cli.ts in versions of the code before it. */
function entryOf(root: string): string {
  return existsSync(path.join(root, 'scripts/standards.js')) ? 'scripts/standards.js' : 'scripts/cli.ts';
}

function cli(version: CodeVersion, root: string, args: string[], options: { fresh?: boolean; expectStatus?: number } = {}): ProcessRun {
  return runProcess(NODE, [entryOf(root), ...args], { cwd: root, env: envOf(version, options.fresh), expectStatus: options.expectStatus ?? 0 });
}

/** R runs of `work` per version, alternated, after one untimed warm-up each. */
function alternate(versions: readonly CodeVersion[], work: (v: CodeVersion) => ProcessRun, warmUp = true): Map<string, Figure> {
  if (warmUp) for (const v of versions) work(v);
  const runs = new Map<string, ProcessRun[]>(versions.map((v) => [v.label, []]));
  for (let r = 0; r < RUNS; r++) for (const v of versions) runs.get(v.label)!.push(work(v));
  return new Map([...runs].map(([label, rs]) => [label, figureOf(rs)]));
}

/** A row of before → after (→ ratio); with one version, just its figure. */
function versionCells(figures: Map<string, Figure>): string[] {
  const cells = VERSIONS.map((v) => describeFigure(figures.get(v.label)));
  if (VERSIONS.length === 2) cells.push(ratio(figures.get(VERSIONS[1]!.label), figures.get(VERSIONS[0]!.label)));
  return cells;
}
const versionHeader = () => [...VERSIONS.map((v) => v.label), ...(VERSIONS.length === 2 ? [`${VERSIONS[1]!.label} ÷ ${VERSIONS[0]!.label}`] : [])];

/** The report without the instant it was written: what two evaluations must agree on byte for byte. */
function reportBytes(root: string): string {
  const report = JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as Record<string, unknown>;
  return JSON.stringify({ ...report, generatedAt: null });
}

// --- start-up -------------------------------------------------------------------------------------------

function startupSection(): void {
  const roots = new Map<string, { one: string; example: string; empty: string }>();
  for (const v of VERSIONS) {
    const base = path.join(WORK, `startup-${v.label.replace(/\W/g, '-')}`);
    makeCheckout(v, `${base}-example`);
    makeCheckout(v, `${base}-empty`);
    const one = `${base}-one`;
    mkdirSync(path.join(one, 'standards/calendars'), { recursive: true });
    cpSync(path.join(`${base}-example`, 'standards/calendars/emea-business-hours.yaml'), path.join(one, 'standards/calendars/emea-business-hours.yaml'));
    roots.set(v.label, { one, example: `${base}-example`, empty: `${base}-empty` });
  }
  const rows: string[][] = [];
  const node = figureOf(Array.from({ length: RUNS }, () => runProcess(NODE, ['-e', '0'], { cwd: WORK })));
  rows.push(['Node alone (`node -e 0`)', ...VERSIONS.map(() => describeFigure(node)), ...(VERSIONS.length === 2 ? [''] : []), '']);
  rows.push(['`standards --help`', ...versionCells(alternate(VERSIONS, (v) => cli(v, roots.get(v.label)!.example, ['--help']))), '']);

  let peer = '';
  if (!flags['no-peers']) {
    const why = installPeer('ajv-cli');
    if (why) peer = `ajv-cli: not installed (${why})`;
    else {
      // ajv-cli reads YAML with js-yaml (YAML 1.1), which turns the holidays' dates into timestamps and fails
      // them: it gets the same document as JSON, parsed by our YAML 1.2 reader.
      const json = path.join(WORK, 'emea-business-hours.json');
      writeFileSync(json, JSON.stringify(parseDocument(readFileSync(path.join(REPO, 'standards/calendars/emea-business-hours.yaml'), 'utf8')).toJS()));
      const ajvCli = path.join(PEERS['ajv-cli'].dir, PEERS['ajv-cli'].installed);
      const ajv = alternate([AFTER], () => runProcess(NODE, [ajvCli, 'validate', '--spec=draft2020', '--all-errors', '--strict=true', '-c', 'ajv-formats',
        '-s', path.join(REPO, 'schemas/calendar.schema.json'), '-r', path.join(REPO, 'schemas/common.schema.json'), '-d', json], { cwd: PEERS['ajv-cli'].dir }));
      peer = `ajv-cli 5.0.0, the same Calendar as JSON: ${describeFigure(ajv.get(AFTER.label))}`;
    }
  }
  const validateOne = (v: CodeVersion, fresh = false) => cli(v, roots.get(v.label)!.example, ['validate', '--root', roots.get(v.label)!.one], { fresh });
  rows.push(['`validate`, one file (a Calendar)', ...versionCells(alternate(VERSIONS, (v) => validateOne(v))), peer]);
  const firstRun = alternate(VERSIONS, (v) => validateOne(v, true), false);
  rows.push(['`validate`, one file, empty compile cache (first run on a machine)', ...versionCells(firstRun), '']);
  rows.push(['`validate`, the example (28 documents)', ...versionCells(alternate(VERSIONS, (v) => cli(v, roots.get(v.label)!.example, ['validate']))), '']);
  rows.push(['`evaluate`, the example, no tickets (start-up + model + report)', ...versionCells(alternate(VERSIONS, (v) => cli(v, roots.get(v.label)!.empty, ['evaluate', '--now', iso(T0)]))), '']);
  console.log('\n## Start-up (no tickets)\n');
  console.log(markdownTable(['figure', ...versionHeader(), 'peer'], rows));
}

// --- one store size -------------------------------------------------------------------------------------

const changedOf = (run: ProcessRun) => {
  const m = /store: (\d+) added, (\d+) updated/.exec(run.stderr);
  return m ? Number(m[1]) + Number(m[2]) : null;
};

function sizeSection(count: number): void {
  const label = sizeLabel(count);
  console.log(`\n## ${label} tickets (sample source, the example's 180 days, now ${iso(T0)})\n`);
  const roots = new Map(VERSIONS.map((v) => [v.label, path.join(WORK, `${v.label.replace(/\W/g, '-')}-${label}`)]));
  const rows: string[][] = [];
  const checks: string[] = [];

  const fetched = new Map<string, ProcessRun>();
  for (const v of VERSIONS) {
    makeCheckout(v, roots.get(v.label)!);
    fetched.set(v.label, cli(v, roots.get(v.label)!, ['fetch', '--tickets', String(count), '--now', iso(T0)]));
  }
  const stored = changedOf(fetched.get(AFTER.label)!) ?? count;
  rows.push([`fetch, first (${stored.toLocaleString('en')} tickets)`, ...versionCells(new Map([...fetched].map(([l, r]) => [l, figureOf([r])])))]);

  const reports = new Map<string, Set<string>>(VERSIONS.map((v) => [v.label, new Set()]));
  const evaluate = (v: CodeVersion, args: string[], before?: () => void) => {
    const root = roots.get(v.label)!;
    before?.();
    const run = cli(v, root, ['evaluate', '--now', iso(T0), ...args]);
    reports.get(v.label)!.add(reportBytes(root));
    return run;
  };
  const dropCache = (v: CodeVersion) => () => rmSync(path.join(roots.get(v.label)!, 'data/.cache'), { recursive: true, force: true });
  rows.push(['evaluate, cold (no facts cache)', ...versionCells(alternate(VERSIONS, (v) => evaluate(v, [], dropCache(v)), false))]);
  rows.push(['evaluate, warm (nothing changed)', ...versionCells(alternate(VERSIONS, (v) => evaluate(v, []), false))]);
  rows.push(['evaluate --full', ...versionCells(alternate(VERSIONS, (v) => evaluate(v, ['--full']), false))]);
  const within = VERSIONS.map((v) => `${v.label} ${reports.get(v.label)!.size === 1 ? 'yes' : `NO (${reports.get(v.label)!.size} different)`}`);
  checks.push(`reports at ${iso(T0)} byte-identical (bar generatedAt) across cold, warm and --full: ${within.join(', ')}`);
  if (VERSIONS.length === 2) checks.push(`... and between the versions: ${new Set([...reports.values()].flatMap((set) => [...set])).size === 1 ? 'yes' : 'NO'}`);

  // Nights: each version fetches the same night's changes and evaluates; successive runs are successive nights.
  const night = { fetch: new Map<string, ProcessRun[]>(), evaluate: new Map<string, ProcessRun[]>(), whole: new Map<string, ProcessRun[]>(), again: new Map<string, ProcessRun[]>() };
  for (const v of VERSIONS) for (const m of Object.values(night)) m.set(v.label, []);
  const changed: number[] = [];
  const nightReports: boolean[] = [];
  let now = T0;
  for (let r = 0; r < RUNS; r++) {
    now += NIGHT_MS;
    const bytes = new Set<string>();
    for (const v of VERSIONS) {
      const root = roots.get(v.label)!;
      const f = cli(v, root, ['fetch', '--tickets', String(count), '--now', iso(now)]);
      const e = cli(v, root, ['evaluate', '--now', iso(now)]);
      bytes.add(reportBytes(root));
      const again = cli(v, root, ['evaluate', '--now', iso(now)]);
      bytes.add(reportBytes(root));
      night.again.get(v.label)!.push(again);
      night.fetch.get(v.label)!.push(f);
      night.evaluate.get(v.label)!.push(e);
      night.whole.get(v.label)!.push({ ...e, wallMs: f.wallMs + e.wallMs, cpuMs: f.cpuMs === null || e.cpuMs === null ? null : f.cpuMs + e.cpuMs, peakRssMb: Math.max(f.peakRssMb ?? 0, e.peakRssMb ?? 0) });
      if (v === AFTER) changed.push(changedOf(f) ?? 0);
    }
    nightReports.push(bytes.size === 1);
  }
  const share = changed.map((c) => `${(c / stored * 100).toFixed(1)}%`).join(', ');
  const figures = (m: Map<string, ProcessRun[]>) => new Map([...m].map(([l, rs]) => [l, figureOf(rs)]));
  rows.push([`next night: fetch (${changed.map((c) => c.toLocaleString('en')).join(', ')} changed = ${share})`, ...versionCells(figures(night.fetch))]);
  rows.push(['next night: evaluate', ...versionCells(figures(night.evaluate))]);
  rows.push(['next night: fetch + evaluate', ...versionCells(figures(night.whole))]);
  rows.push(['next night: evaluate again at once (nothing changed; the day files seconds old)', ...versionCells(figures(night.again))]);
  checks.push(`nights' reports byte-identical${VERSIONS.length === 2 ? ' between the versions and' : ''} between the night's evaluate and the one at once after it: ${nightReports.filter(Boolean).length} of ${RUNS}`);

  console.log(markdownTable([`figure (${label})`, ...versionHeader()], rows));
  if (!flags['no-duckdb'] && !flags['no-peers']) oneStandardSection(count, roots, now, checks);
  console.log('');
  for (const line of checks) console.log(`- ${line}`);
}

/** A copy of the repository whose only Standard is the 24/7 first-response one, over a copy of `store`. */
function oneStandardCheckout(version: CodeVersion, dir: string, store: string): void {
  makeCheckout(version, dir, (root) => {
    const standards = path.join(root, 'standards');
    for (const folder of ['service-levels', 'sops', 'policies', 'qa']) rmSync(path.join(standards, folder), { recursive: true, force: true });
    mkdirSync(path.join(standards, 'service-levels'));
    writeFileSync(path.join(standards, 'service-levels/first-response-24-7.yaml'), [
      'kind: Standard', 'id: first-response-24-7', 'title: Normal and low tickets get a first reply within four hours, round the clock',
      'dimension: responsiveness', 'metric: first_response_time', `scope: { priority: [${ONE.priorities.join(', ')}] }`,
      `threshold: ${ONE.thresholdMinutes / 60}h`, 'objective: 90%', `window: ${ONE.windowDays}d`, 'owner: support-leads',
      'effective: 2026-01-01', 'review: { every: 6mo, last: 2026-09-07 }', 'rationale: The benchmark question DuckDB is asked too.', '',
    ].join('\n'));
    const pipeline = parseDocument(readFileSync(path.join(standards, 'pipeline.yaml'), 'utf8'));
    pipeline.delete('exclusions');
    writeFileSync(path.join(standards, 'pipeline.yaml'), pipeline.toString());
  });
  cpSync(store, path.join(dir, 'data'), { recursive: true });
}

function oneStandardSection(count: number, roots: Map<string, string>, nowMs: number, checks: string[]): void {
  const why = installPeer('duckdb');
  if (why) {
    checks.push(`one standard vs DuckDB: skipped (${why})`);
    return;
  }
  const label = sizeLabel(count);
  const ones = new Map(VERSIONS.map((v) => [v.label, path.join(WORK, `${v.label.replace(/\W/g, '-')}-${label}-one`)]));
  for (const v of VERSIONS) {
    oneStandardCheckout(v, ones.get(v.label)!, path.join(roots.get(v.label)!, 'data'));
    cli(v, ones.get(v.label)!, ['evaluate', '--now', iso(nowMs)]); // its facts cache, as the nightly run leaves it
  }
  const store = path.join(ones.get(AFTER.label)!, 'data');
  const glob = path.join(store, 'tickets', '*', '*', '*.ndjson');
  const database = path.join(WORK, `tickets-${label}.duckdb`);
  const duck = (args: string[]) => runProcess(NODE, [path.join(PEERS.duckdb.dir, 'first-response.ts'), ...args], { cwd: PEERS.duckdb.dir });
  const question = ['--now', iso(nowMs), '--threshold-minutes', String(ONE.thresholdMinutes), '--window-days', String(ONE.windowDays), '--priorities', ONE.priorities.join(',')];
  const load = duck(['load', '--glob', glob, '--database', database]);

  const answers = new Set<string>();
  const ours = (v: CodeVersion, args: string[]) => {
    const run = cli(v, ones.get(v.label)!, ['evaluate', '--now', iso(nowMs), ...args]);
    const s = (JSON.parse(readFileSync(path.join(ones.get(v.label)!, 'data/report.json'), 'utf8')) as { standards: { count: number; met: number }[] }).standards[0]!;
    answers.add(`${s.met} of ${s.count}`);
    return run;
  };
  const asked = (args: string[]) => {
    const run = duck([...question, ...args]);
    const a = JSON.parse(run.stdout) as { count: number; met: number };
    answers.add(`${a.met} of ${a.count}`);
    return run;
  };
  // The single-threaded peer runs in the same alternation as ours (A B DuckDB A B DuckDB …, after one untimed run of
  // its own), so a busy machine slows all three alike: measured apart, after ours, its figure met another load.
  const PEER: CodeVersion = { label: 'DuckDB, 1 thread', ref: null };
  const withPeer = (oursArgs: string[], peerArgs: string[]) => {
    asked(peerArgs);
    const figures = alternate([...VERSIONS, PEER], (v) => (v === PEER ? asked(peerArgs) : ours(v, oursArgs)), false);
    return { ours: new Map(VERSIONS.map((v) => [v.label, figures.get(v.label)!])), peer: figures.get(PEER.label)! };
  };
  const warmRow = withPeer([], ['--database', database, '--threads', '1']);
  const fullRow = withPeer(['--full'], ['--glob', glob, '--threads', '1']);
  const [warm, table1, full, ndjson1] = [warmRow.ours, warmRow.peer, fullRow.ours, fullRow.peer];
  const peerFigure = (args: string[]) => alternate([AFTER], () => asked(args)).get(AFTER.label)!;
  const tableN = peerFigure(['--database', database]);
  const ndjsonN = peerFigure(['--glob', glob]);
  const oursCells = (f: Map<string, Figure>) => VERSIONS.map((v) => describeFigure(f.get(v.label)));
  const mine = (f: Map<string, Figure>) => f.get(AFTER.label);
  console.log(`\nOne 24/7 first-response standard (${ONE.priorities.join(' and ')}, ${ONE.thresholdMinutes / 60} h, ${ONE.windowDays} d) at ${iso(nowMs)}, ${label} tickets:\n`);
  console.log(markdownTable(
    ['question', ...VERSIONS.map((v) => `ours (${v.label})`), 'DuckDB, 1 thread', `DuckDB, default threads (${cpus().length} cores)`, `ours (${AFTER.label}) ÷ DuckDB 1 thread`],
    [
      ['warm facts cache vs DuckDB\'s own table', ...oursCells(warm), describeFigure(table1), describeFigure(tableN), ratio(mine(warm), table1)],
      ['`--full` vs DuckDB over the NDJSON', ...oursCells(full), describeFigure(ndjson1), describeFigure(ndjsonN), ratio(mine(full), ndjson1)],
    ],
  ));
  checks.push(`DuckDB loaded its table (once, from the NDJSON) in ${describeFigure(figureOf([load]))}`);
  checks.push(`one standard, the same answer from ours and DuckDB in every run: ${answers.size === 1 ? `yes (${[...answers][0]} met)` : `NO (${[...answers].join(' / ')})`}`);
}

// --- the secondary section ------------------------------------------------------------------------------

function breakdownSection(count: number): void {
  console.log(`\n## Secondary: the in-process breakdown (bench/engine.bench.ts ${count} --runs 1 --only-engine --no-duckdb)\n`);
  console.log('Inside one warm process, on its own 365-day fixture store: where the time goes, not what a user waits for.\n');
  const run = runProcess(NODE, ['bench/engine.bench.ts', String(count), '--runs', '1', '--only-engine', '--no-duckdb'], { cwd: REPO });
  console.log(run.stdout.trimEnd());
}

// --- main -----------------------------------------------------------------------------------------------

const [l1, l5, l15] = loadavg().map((l) => l.toFixed(2));
console.log('# Nights as users run them: whole processes\n');
console.log(`${VERSIONS.map(describeVersion).join('; ')}`);
console.log(`Node ${process.version}, ${cpus().length} cores, load average at start ${l1}, ${l5}, ${l15}; ${RUNS} run(s) per figure, medians; ${hasGnuTime() ? 'CPU = user + system of the process and its children (GNU time), peak RSS of the largest' : 'no GNU time here (apt-get install time): wall time only'}`);
console.log(`next night = ${flags['night-hours']} h of the sample helpdesk's changes; temporary repositories in ${WORK}`);
const started = loadavg()[0]!;
try {
  startupSection();
  if (!flags['only-startup']) {
    for (const count of SIZES) sizeSection(count);
    if (!flags['no-breakdown']) breakdownSection(Math.min(...SIZES));
  }
} finally {
  console.log(`\nload average at the end ${loadavg().map((l) => l.toFixed(2)).join(', ')} (at the start ${loadRange([started])})`);
  if (flags.keep) console.log(`kept ${WORK}`);
  else rmSync(WORK, { recursive: true, force: true });
}
