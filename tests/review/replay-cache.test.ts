// A review replays through the facts cache and the counters the night's evaluate left beside the store (as
// `evaluate` reads them), and its figures are exactly those of the bare store's day files, and of a plain
// `evaluate` of each side: the base's figures are the published ones, the proposal's those its branch would publish.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { main } from '../../scripts/cli.ts';
import type { CommandIO } from '../../scripts/commands/io.ts';
import type { Report } from '../../scripts/model/model.ts';
import type { Review, ReplaySide } from '../../scripts/review/review-data.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { NOW, edited, fixtureFiles, removeTemps, tempDir, ticket, writeStore, commitAt, type Files } from './review-fixtures.ts';

afterEach(removeTemps);

const git = promisify(execFile);
const ADDED = 'standards/service-levels/first-response-high.yaml';


/**
 * main: the fixture, committed 5 January. proposal (6 January, before every stored ticket, so its branch judges
 * every ticket by the proposed versions, as the what-if does): a threshold tightened, a rate target raised, the
 * calendar's Fridays shortened (a standard affected through it), a standard added.
 */
async function repository(): Promise<string> {
  const base = fixtureFiles();
  const proposal = edited(base, {
    'standards/service-levels/first-response-urgent.yaml': [['threshold: 1h', 'threshold: 10m']],
    'standards/service-levels/csat.yaml': [['target: { min: 90% }', 'target: { min: 92% }']],
    'standards/calendars/dublin-office.yaml': [['  friday: [09:00-17:00]', '  friday: [09:00-13:00]']],
    [ADDED]: base['standards/service-levels/first-response-urgent.yaml']!
      .replace('id: first-response-urgent', 'id: first-response-high').replace('priority: [urgent]', 'priority: [high]')
      .replace('title: Urgent tickets', 'title: High-priority tickets'),
  });
  const root = tempDir('standards-replay-cache-');
  await git('git', ['init', '-q', '-b', 'main'], { cwd: root });
  await commitAt(root, base, '2026-01-05T10:00:00Z', 'base');
  await git('git', ['checkout', '-qb', 'proposal'], { cwd: root });
  await commitAt(root, proposal, '2026-01-06T10:00:00Z', 'proposal');
  await git('git', ['checkout', '-q', 'main'], { cwd: root });
  await writeStore(path.join(root, 'data'), [...generateSampleTickets({ count: 4000, days: 45, seed: 21, now: new Date(NOW) })]);
  return root;
}

const checkout = (root: string, branch: string) => git('git', ['checkout', '-q', branch], { cwd: root });

async function evaluateOn(root: string, branch: string): Promise<Report> {
  await checkout(root, branch);
  const run = await runCli(['evaluate', '--root', root, '--now', NOW]);
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as Report;
}

async function reviewOf(root: string): Promise<{ json: string; review: Review }> {
  await checkout(root, 'proposal');
  const run = await runCli(['review', '--base', 'main', '--root', root, '--store', 'data', '--format', 'json']);
  expect([run.code, run.stderr]).toEqual([0, '']);
  return { json: run.stdout, review: JSON.parse(run.stdout) as Review };
}

/** The cache files of a folder, by name, with their bytes. */
const cacheFiles = (root: string, folder: string) =>
  new Map(readdirSync(path.join(root, 'data/.cache', folder)).sort().map((name) => [name, readFileSync(path.join(root, 'data/.cache', folder, name)).toString('base64')]));

/** What a side of the replay says, from a plain evaluate's report of the same standard. */
function sideFrom(report: Report, id: string): Partial<ReplaySide> & { series: (number | null)[] } {
  const s = report.standards.find((x) => x.id === id)!;
  return { status: s.status, value: s.value, count: s.count, inFlight: s.inFlight ?? 0, budgetRemaining: s.errorBudget?.remaining ?? null, series: s.series.map((d) => d.windowValue) };
}

describe('a review over a store with the night\'s facts cache and counters', () => {
  let root: string;
  beforeEach(async () => {
    root = await repository();
  });

  it('gives the review of the bare store, byte for byte, and each side is a plain evaluate of that side', async () => {
    const published = await evaluateOn(root, 'main');
    const counters = cacheFiles(root, 'counters');
    expect(counters.size).toBeGreaterThan(40);
    const cached = await reviewOf(root);
    // The review kept the night's counters as they were (it reads them; what it makes for its own units is not kept).
    expect(cacheFiles(root, 'counters')).toEqual(counters);
    rmSync(path.join(root, 'data/.cache'), { recursive: true });
    const bare = await reviewOf(root);
    expect(cached.json).toBe(bare.json);

    const replay = cached.review.replay;
    if (replay.state !== 'replayed') throw new Error(replay.reason);
    expect(replay.standards.map((s) => `${s.id} ${s.change}`)).toEqual([
      'csat changed', 'first-response-high added', 'first-response-urgent changed', 'next-reply-office affected',
    ]);
    expect(replay.tickets).toBe(published.data.tickets);
    const proposed = await evaluateOn(root, 'proposal');
    for (const s of replay.standards) {
      const { series, ...side } = sideFrom(proposed, s.id);
      expect([s.id, s.proposed]).toEqual([s.id, expect.objectContaining(side)]);
      expect(s.series.map((d) => d.proposed)).toEqual(series.slice(-s.series.length));
      if (s.change === 'added') {
        expect(s.base).toBeNull();
        continue;
      }
      const { series: baseSeries, ...baseSide } = sideFrom(published, s.id);
      expect([s.id, s.base]).toEqual([s.id, expect.objectContaining(baseSide)]);
      expect(s.series.map((d) => d.base)).toEqual(baseSeries.slice(-s.series.length));
    }
    // The figures differ between the sides, so the comparison above could fail.
    const urgent = replay.standards.find((s) => s.id === 'first-response-urgent')!;
    expect([urgent.base!.value, urgent.proposed.value]).toEqual([1, 11 / 21]);
    const office = replay.standards.find((s) => s.id === 'next-reply-office')!;
    expect(office.proposed.value).not.toBe(office.base!.value);
  });

  it('reads a day fetched since the night from its file, writes its cache, and counts it', async () => {
    const published = await evaluateOn(root, 'main');
    const day = path.join(root, 'data/.cache/facts/2026-11-19.facts');
    const before = readFileSync(day);
    await openTicketStore(path.join(root, 'data')).mergeTickets([ticket('LATE-1', '2026-11-19T23:00:00Z', 200)]);
    const cached = await reviewOf(root);
    expect(readFileSync(day).equals(before)).toBe(false);
    rmSync(path.join(root, 'data/.cache'), { recursive: true });
    const bare = await reviewOf(root);
    expect(cached.json).toBe(bare.json);
    if (cached.review.replay.state !== 'replayed') throw new Error(cached.review.replay.reason);
    expect(cached.review.replay.tickets).toBe(published.data.tickets + 1);
  });

  it('waits for the run holding the store lock (a night\'s evaluate) before it reads and writes the facts cache', async () => {
    await evaluateOn(root, 'main');
    const day = path.join(root, 'data/.cache/facts/2026-11-19.facts');
    const before = readFileSync(day);
    await openTicketStore(path.join(root, 'data')).mergeTickets([ticket('LATE-1', '2026-11-19T23:00:00Z', 200)]);
    await checkout(root, 'proposal');
    const lockFile = path.join(root, 'data/.standards.lock');
    writeFileSync(lockFile, `${JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-11-23T02:00:00.000Z', command: 'evaluate' })}\n`);
    const err: string[] = [];
    let cacheWhileLocked: boolean | null = null;
    const io = (ioRoot: string): CommandIO => ({
      root: ioRoot, env: {}, color: false, now: () => new Date(NOW), stdout: () => undefined,
      stderr: (line) => {
        err.push(line);
        // The other run finishes: the cache is as it left it, and the review goes on.
        if (line.includes('waiting for')) {
          cacheWhileLocked = readFileSync(day).equals(before);
          rmSync(lockFile);
        }
      },
    });
    expect(await main(['review', '--base', 'main', '--root', root, '--store', 'data', '--format', 'json'], io)).toBe(0);
    expect(err).toEqual([`  waiting for evaluate (pid ${process.pid} on ${hostname()}, started 2026-11-23T02:00:00.000Z) to finish with the store (up to 120 s)`]);
    expect(cacheWhileLocked).toBe(true);
    expect(readFileSync(day).equals(before)).toBe(false);
    expect(readdirSync(path.join(root, 'data')).includes('.standards.lock')).toBe(false);
  });
});
