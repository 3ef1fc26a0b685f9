// Times whole processes as a user runs them: wall time from spawn to exit, CPU time (user + system, the
// process and every child it waited for, e.g. git) and peak resident memory, with the machine's load average
// beside each run, since on a shared machine a figure means little without it.
//
// CPU and memory come from GNU time (`/usr/bin/time -f`), which reports the rusage of the process and its
// reaped descendants; without it (macOS, a bare container: `apt-get install time`) runs carry wall time only.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ProcessRun {
  wallMs: number;
  /** User + system CPU of the process and its children; null without GNU time. */
  cpuMs: number | null;
  /** Peak resident set of the largest process of the run, in MB; null without GNU time. */
  peakRssMb: number | null;
  /** 1-minute load average when the run ended. */
  load: number;
  status: number;
  stdout: string;
  stderr: string;
}

export interface ProcessOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Runs that exit with another code throw (with the process's stderr). */
  expectStatus?: number;
}

const GNU_TIME = '/usr/bin/time';
let gnuTime: boolean | null = null;

export function hasGnuTime(): boolean {
  gnuTime ??= spawnSync(GNU_TIME, ['-f', '%U', 'true'], { encoding: 'utf8' }).status === 0;
  return gnuTime;
}

export function runProcess(command: string, args: readonly string[], options: ProcessOptions): ProcessRun {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-time-'));
  const timeFile = path.join(scratch, 'rusage');
  try {
    const timed = hasGnuTime();
    const [file, argv] = timed ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, [...args]];
    const started = performance.now();
    const child = spawnSync(file, argv, {
      cwd: options.cwd, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    });
    const wallMs = performance.now() - started;
    if (child.error) throw child.error;
    const status = child.status ?? 1;
    const expected = options.expectStatus ?? 0;
    if (status !== expected) {
      throw new Error(`${path.basename(command)} ${args.join(' ')} exited ${status} (expected ${expected}) in ${options.cwd}:\n${child.stderr.slice(-2000)}`);
    }
    let cpuMs: number | null = null;
    let peakRssMb: number | null = null;
    if (timed) {
      // GNU time writes "Command exited with non-zero status N" first when the command failed.
      const fields = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      cpuMs = (fields[0]! + fields[1]!) * 1000;
      peakRssMb = fields[2]! / 1024;
    }
    return { wallMs, cpuMs, peakRssMb, load: loadavg()[0]!, status, stdout: child.stdout, stderr: child.stderr };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// --- summaries ------------------------------------------------------------------------------------------

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface Figure {
  wallMs: number;
  cpuMs: number | null;
  peakRssMb: number | null;
  loads: number[];
  walls: number[];
}

/** Medians of several runs of the same thing, with every run's wall time and load kept for the table. */
export function figureOf(runs: readonly ProcessRun[]): Figure {
  const cpus = runs.map((r) => r.cpuMs).filter((c): c is number => c !== null);
  const rss = runs.map((r) => r.peakRssMb).filter((m): m is number => m !== null);
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: cpus.length ? median(cpus) : null,
    peakRssMb: rss.length ? Math.max(...rss) : null,
    loads: runs.map((r) => r.load),
    walls: runs.map((r) => r.wallMs),
  };
}

const seconds = (ms: number) => (ms >= 100_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);

/** `4.41 s wall, 3.90 s CPU, 512 MB` and the load range, as one table cell. */
export function describeFigure(f: Figure | undefined): string {
  if (!f) return '—';
  const parts = [`${seconds(f.wallMs)} wall`];
  if (f.cpuMs !== null) parts.push(`${seconds(f.cpuMs)} CPU`);
  if (f.peakRssMb !== null) parts.push(`${Math.round(f.peakRssMb)} MB`);
  return `${parts.join(', ')} (load ${loadRange(f.loads)})`;
}

export function loadRange(loads: readonly number[]): string {
  const lo = Math.min(...loads);
  const hi = Math.max(...loads);
  return lo.toFixed(1) === hi.toFixed(1) ? lo.toFixed(1) : `${lo.toFixed(1)}–${hi.toFixed(1)}`;
}

/** after ÷ before on wall and CPU: `0.42× wall, 0.40× CPU`. */
export function ratio(after: Figure | undefined, before: Figure | undefined): string {
  if (!after || !before) return '';
  const wall = `${(after.wallMs / before.wallMs).toFixed(2)}× wall`;
  return after.cpuMs !== null && before.cpuMs !== null ? `${wall}, ${(after.cpuMs / before.cpuMs).toFixed(2)}× CPU` : wall;
}

/** A Markdown table, columns padded so it also reads as plain text in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
