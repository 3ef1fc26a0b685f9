// npm run bench:review — what a pull request's review costs beside the night's evaluate, as users run them: whole
// processes (`node scripts/cli.ts ...`: Node's start, module and model loading included) in a repository made the
// way bench/nightly.bench.ts makes one (a copy of the repository with the example's standards, copied under new ids
// up to 60 standards and 12 SOPs, then `standards fetch` of the sample source and the night's `evaluate`, which
// leaves its facts cache in data/.cache), and a pull request that tightens 50 standards and revises 10 SOPs.
//
//   evaluate, warm      `evaluate --now T0` on main, nothing changed since the last evaluation (the night users run)
//   review              `review --base main --store data --format json` on the pull request's branch
//   review ÷ evaluate   the target: ≤ 1.3 (CPU), issue 21 part 5
//   and as the pull-request workflow runs it (this tree only): the store checked out afresh, with the night's facts
//   cache restored beside it (every day file hashed to trust its cache), and with none (every day file read raw)
//
// Each figure is the median of --runs runs, review and evaluate alternated after one untimed warm-up (a busy machine
// slows them alike): wall, CPU (user + system of the process and its children, GNU time), peak RSS, load average.
// The machine is shared: read the CPU. Checked in the same run: every replayed standard's base side equals the
// warm evaluate's report (value, count, status), and with --before, the reviews of both versions are identical.
//
//   npm run bench:review                             100k and 1M tickets, this working tree
//   npm run bench:review -- --before main            main's code beside it: before → after
//   npm run bench:review -- --sizes 100k --runs 1    a quick look
//   options: --keep (leave the temporary repositories, and say where)

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { formatDuration, parseDuration } from '../scripts/model/values.ts';
import type { Report } from '../scripts/model/model.ts';
import type { Review } from '../scripts/review/review-data.ts';
import { describeVersion, makeCheckout, type CodeVersion } from './bench-checkout.ts';
import { describeFigure, figureOf, hasGnuTime, markdownTable, type Figure, type ProcessRun, runProcess } from './process-runs.ts';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100k,1M' },
    runs: { type: 'string', default: '3' },
    before: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const NODE = process.execPath;
const RUNS = Math.max(1, Number(flags.runs));
const T0 = '2026-11-23T06:00:00Z';
const STANDARDS = 60;
const CHANGED_STANDARDS = 50;
const SOPS = 12;
const CHANGED_SOPS = 10;
const AFTER: CodeVersion = { label: flags.before ? 'after' : 'this tree', ref: null };
const VERSIONS: CodeVersion[] = flags.before ? [{ label: flags.before, ref: flags.before }, AFTER] : [AFTER];
const WORK = mkdtempSync(path.join(tmpdir(), 'review-bench-'));
const GIT_ENV = { GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`--sizes: "${text}" is not a size like 100k or 1M`);
  return Math.round(Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2]!.toLowerCase()] ?? 1));
}
const sizeLabel = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));

function git(cwd: string, args: string[], date = '2026-01-01T00:00:00Z'): void {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${result.stderr.trim()}`);
}

/** Every YAML file under `standards/service-levels` or `standards/sops` of `root`, by repository path. */
function documentsIn(root: string, folder: string): string[] {
  return readdirSync(path.join(root, 'standards', folder)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `standards/${folder}/${f}`);
}

/** The example's standards and SOPs copied under new ids up to the bench's counts. */
function addCopies(root: string): void {
  for (const [folder, wanted] of [['service-levels', STANDARDS], ['sops', SOPS]] as const) {
    const originals = documentsIn(root, folder);
    for (let i = 0; originals.length + i < wanted; i++) {
      const file = originals[i % originals.length]!;
      const id = path.posix.basename(file, '.yaml');
      const copy = `${id}-copy-${i}`;
      writeFileSync(path.join(root, `standards/${folder}/${copy}.yaml`), readFileSync(path.join(root, file), 'utf8').replace(`id: ${id}\n`, `id: ${copy}\n`));
    }
  }
}

/** Tightens a standard: a quarter off its threshold, else a point on its target. */
function tighten(text: string): string {
  const threshold = /^threshold: (\S+)$/m.exec(text);
  if (threshold) {
    const parsed = parseDuration(threshold[1]);
    if (parsed.ok) return text.replace(threshold[0], `threshold: ${formatDuration(Math.max(1, Math.floor(parsed.value * 0.75)))}`);
  }
  return text
    .replace(/min: (\d+)%/, (_, n) => `min: ${Math.min(99, Number(n) + 1)}%`)
    .replace(/max: (\d+)%/, (_, n) => `max: ${Math.max(1, Number(n) - 1)}%`)
    .replace(/min: (-?\d+) }/, (_, n) => `min: ${Number(n) + 5} }`);
}

/**
 * Halves every step's timeline, with the version bump and changelog entry that go with it. Every step, not only
 * the first: a step that `keeps` a standard tightened by a quarter must still allow no more than it promises (the
 * SOP check `validate` makes), and half of what it allowed does.
 */
function reviseSop(text: string): string {
  const version = Number(/^version: (\d+)$/m.exec(text)![1]);
  return text
    .replace(/^version: \d+$/m, `version: ${version + 1}`)
    .replace(/within: (\S+)/g, (_, w) => `within: ${formatDuration(Math.max(1, Math.round((parseDuration(w) as { value: number }).value / 2)))}`)
    .replace(/^changelog:\n/m, `changelog:\n  - { version: ${version + 1}, date: 2026-11-23, summary: Faster steps. }\n`);
}

/** The pull request: a `proposal` branch whose one commit tightens 50 standards and revises 10 SOPs; main checked out again. */
function commitProposal(root: string): void {
  git(root, ['checkout', '-q', '-b', 'proposal']);
  const edit = (files: string[], change: (text: string) => string) => {
    for (const file of files) writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), 'utf8')));
  };
  edit(documentsIn(root, 'service-levels').slice(0, CHANGED_STANDARDS), tighten);
  edit(documentsIn(root, 'sops').slice(0, CHANGED_SOPS), reviseSop);
  git(root, ['add', '--', 'standards']);
  git(root, ['commit', '-q', '-m', 'Tighten 50 standards and revise 10 SOPs'], '2026-11-22T12:00:00Z');
  git(root, ['checkout', '-q', 'main']);
}

function cli(root: string, args: string[]): ProcessRun {
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  return runProcess(NODE, ['scripts/cli.ts', ...args], { cwd: root, env: { TMPDIR: path.join(root, '.tmp'), NO_COLOR: '1' } });
}

const evaluateWarm = (root: string) => cli(root, ['evaluate', '--now', T0]);

function review(root: string, store = 'data'): ProcessRun {
  git(root, ['checkout', '-q', 'proposal']);
  try {
    return cli(root, ['review', '--base', 'main', '--store', store, '--format', 'json']);
  } finally {
    git(root, ['checkout', '-q', 'main']);
  }
}

/**
 * The review as the pull-request workflow runs it: the store checked out afresh (every file a new inode and mtime)
 * with the nightly job's facts cache restored beside it (so every day file is hashed to trust its cache), or with
 * no cache at all (every day file read raw). A new copy for every run, made before the clock starts.
 */
function reviewOfCopy(root: string, withCache: boolean): ProcessRun {
  const copy = path.join(root, 'checked-out-store');
  rmSync(copy, { recursive: true, force: true });
  cpSync(path.join(root, 'data'), copy, { recursive: true, filter: (src) => withCache || !src.includes(`${path.sep}.cache`) });
  try {
    return review(root, 'checked-out-store');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Each replayed standard's base side against the warm evaluate's report: the published figures. */
function baseSideMatches(root: string, reviewJson: string): string {
  const report = JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as Report;
  const replay = (JSON.parse(reviewJson) as Review).replay;
  if (replay.state !== 'replayed') return `NO (not replayed: ${replay.reason})`;
  const differ = replay.standards.filter((s) => {
    const published = report.standards.find((r) => r.id === s.id);
    return !published || !s.base || s.base.value !== published.value || s.base.count !== published.count || s.base.status !== published.status;
  });
  return differ.length === 0 ? `yes (${replay.standards.length} standards, ${replay.tickets.toLocaleString('en')} tickets)` : `NO (${differ.map((s) => s.id).join(', ')})`;
}

const ratioOf = (a: Figure | undefined, b: Figure | undefined) =>
  a && b ? `${(a.wallMs / b.wallMs).toFixed(2)}× wall${a.cpuMs !== null && b.cpuMs !== null ? `, ${(a.cpuMs / b.cpuMs).toFixed(2)}× CPU` : ''}` : '';

function sizeSection(count: number): void {
  const label = sizeLabel(count);
  console.log(`\n## ${label} tickets (sample source, the example's 180 days, now ${T0})\n`);
  const roots = new Map(VERSIONS.map((v) => [v.label, path.join(WORK, `${v.label.replace(/\W/g, '-')}-${label}`)]));
  const checks: string[] = [];
  let fetchedInto: string | null = null;
  for (const v of VERSIONS) {
    const root = roots.get(v.label)!;
    makeCheckout(v, root, addCopies);
    // One fetch, copied: every version reads the same store.
    if (fetchedInto === null) {
      cli(root, ['fetch', '--tickets', String(count), '--now', T0]);
      fetchedInto = root;
    } else {
      cpSync(path.join(fetchedInto, 'data'), path.join(root, 'data'), { recursive: true, filter: (src) => !src.includes(`${path.sep}.cache`) });
    }
    commitProposal(root);
    evaluateWarm(root); // the night's evaluate: its facts cache, as the nightly job leaves it
  }
  const runs = new Map(VERSIONS.map((v) => [v.label, { evaluate: [] as ProcessRun[], review: [] as ProcessRun[] }]));
  for (const v of VERSIONS) { evaluateWarm(roots.get(v.label)!); review(roots.get(v.label)!); }
  for (let r = 0; r < RUNS; r++) {
    for (const v of VERSIONS) {
      const root = roots.get(v.label)!;
      runs.get(v.label)!.evaluate.push(evaluateWarm(root));
      runs.get(v.label)!.review.push(review(root));
    }
  }
  // The workflow's cases, this tree only: one run each after the alternation (a copy per run).
  const ci = { cached: [] as ProcessRun[], bare: [] as ProcessRun[] };
  for (let r = 0; r < RUNS; r++) {
    ci.cached.push(reviewOfCopy(roots.get(AFTER.label)!, true));
    ci.bare.push(reviewOfCopy(roots.get(AFTER.label)!, false));
  }
  const rows: string[][] = [];
  const figures = new Map(VERSIONS.map((v) => [v.label, { evaluate: figureOf(runs.get(v.label)!.evaluate), review: figureOf(runs.get(v.label)!.review) }]));
  for (const v of VERSIONS) {
    const f = figures.get(v.label)!;
    rows.push([`${v.label}: evaluate, warm`, describeFigure(f.evaluate), '']);
    rows.push([`${v.label}: review (${CHANGED_STANDARDS} standards, ${CHANGED_SOPS} SOPs changed)`, describeFigure(f.review), ratioOf(f.review, f.evaluate)]);
  }
  const warm = figures.get(AFTER.label)!.evaluate;
  rows.push([`${AFTER.label}: review, store checked out afresh, the night's cache restored beside it`, describeFigure(figureOf(ci.cached)), ratioOf(figureOf(ci.cached), warm)]);
  rows.push([`${AFTER.label}: review, store checked out afresh, no facts cache`, describeFigure(figureOf(ci.bare)), ratioOf(figureOf(ci.bare), warm)]);
  if (VERSIONS.length === 2) {
    const [before, after] = VERSIONS.map((v) => figures.get(v.label)!);
    rows.push(['review, after ÷ before', '', ratioOf(after!.review, before!.review)]);
  }
  console.log(markdownTable([`figure (${label})`, 'figure', 'review ÷ evaluate (target ≤ 1.3× CPU)'], rows));
  for (const v of VERSIONS) checks.push(`${v.label}: replay's base side equals the warm evaluate's report: ${baseSideMatches(roots.get(v.label)!, runs.get(v.label)!.review.at(-1)!.stdout)}`);
  const reviews = new Set([...VERSIONS.flatMap((v) => runs.get(v.label)!.review.map((r) => r.stdout)), ...[...ci.cached, ...ci.bare].map((r) => r.stdout.replace('"checked-out-store"', '"data"'))]);
  checks.push(`reviews identical across ${VERSIONS.length === 2 ? 'versions, ' : ''}runs and stores: ${reviews.size === 1 ? 'yes' : `NO (${reviews.size} different)`}`);
  const stderr = runs.get(AFTER.label)!.review.at(-1)!.stderr.trim();
  if (stderr) checks.push(`review's log (${AFTER.label}): ${stderr.split('\n').join(' / ')}`);
  console.log('');
  for (const line of checks) console.log(`- ${line}`);
}

console.log('# A pull request\'s review beside the night\'s evaluate: whole processes\n');
console.log(VERSIONS.map(describeVersion).join('; '));
console.log(`Node ${process.version}, ${cpus().length} cores, load average at start ${loadavg().map((l) => l.toFixed(2)).join(', ')}; ${RUNS} run(s) per figure, medians; ${hasGnuTime() ? 'CPU = user + system of the process and its children (GNU time)' : 'no GNU time here: wall time only'}`);
try {
  for (const count of flags.sizes.split(',').map(parseSize)) sizeSection(count);
} finally {
  console.log(`\nload average at the end ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
  if (flags.keep) console.log(`kept ${WORK}`);
  else rmSync(WORK, { recursive: true, force: true });
}
