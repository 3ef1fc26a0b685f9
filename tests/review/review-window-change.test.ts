// A pull request whose only change is a standard's window, reviewed by the real `standards review` over a store the
// night's `evaluate` left its facts cache and counters beside. The base side and the proposed side of such a standard
// measure alike, so they share one counter unit (engine/counter-units.ts) while their windows (and so the dates each
// reaches back to) differ: the way users met counters built for the shorter window (a quarter narrowed to 30 days
// replayed 54 days of the base side wrong), and the way this file found another: a recent ticket measured on a date
// the quarter's counters keep but the 30 days' do not reach failed the review (counted-day.ts `placeRecent`). Each
// side's figures are checked against an independent method: a plain `evaluate --full` of that side's branch over the
// same tickets (no counters read), the review of the bare store (raw day files, no facts cache, no counters), and on
// a small store by hand.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import type { Report, Ticket } from '../../scripts/model/model.ts';
import type { Review, ReplaySide } from '../../scripts/review/review-data.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { NOW, commitAt, edited, fixtureFiles, removeTemps, tempDir, ticket, writeStore, type Files } from './review-fixtures.ts';

afterEach(removeTemps);

const git = promisify(execFile);
const LEVELS = 'standards/service-levels';

/** A standard file of the fixture copied under another id, its window `window`. */
function copyOf(files: Files, from: string, id: string, window: string): string {
  return files[`${LEVELS}/${from}.yaml`]!.replace(`id: ${from}`, `id: ${id}`).replace(/^window: .*$/m, `window: ${window}`);
}

/**
 * An urgent ticket created `created`, first answered `replyMinutes` later, pending since, answered again and solved
 * (its last event) at `solved`: a ticket whose first response lies long before its solve. Solved within 8 days of the
 * night, the counters keep its measurement one by one (recent), on the date of its first response.
 */
function longTicket(id: string, created: string, replyMinutes: number, solved: string): Ticket {
  const at = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const c = Date.parse(created);
  const reply = at(c + replyMinutes * 60_000);
  return {
    id, created, updated: solved, priority: 'urgent', channel: 'email', status: 'solved', team: 'support-emea', category: 'orders', tags: [],
    replies: [{ at: reply, by: 'agent' }, { at: solved, by: 'agent' }],
    statusChanges: [{ at: created, status: 'new' }, { at: reply, status: 'pending' }, { at: solved, status: 'solved' }],
  } as Ticket;
}

/** The fixture's standards with four more windows: a quarter, a month and two copies measuring alike. */
function baseFiles(): Files {
  const fixture = fixtureFiles();
  const resolution = (id: string, window: string) => copyOf(fixture, 'first-response-urgent', id, window)
    .replace('metric: first_response_time', 'metric: full_resolution_time').replace('threshold: 1h', 'threshold: 2d')
    .replace('title: Urgent tickets get a first reply within one hour', 'title: Urgent tickets are resolved within two days');
  return edited(fixture, {
    [`${LEVELS}/first-response-urgent.yaml`]: [['window: 7d', 'window: quarter']],
    [`${LEVELS}/next-reply-office.yaml`]: [['window: 30d', 'window: month']],
    [`${LEVELS}/resolution-urgent-a.yaml`]: resolution('resolution-urgent-a', '30d'),
    [`${LEVELS}/resolution-urgent-b.yaml`]: resolution('resolution-urgent-b', 'quarter'),
  });
}

/**
 * The pull request of `baseFiles` whose only changes are windows:
 * - first-response-urgent: a quarter narrowed to 30 days;
 * - csat: 30 days widened to a quarter;
 * - next-reply-office: a calendar month to a rolling 7 days;
 * - resolution-urgent-a: 30 days to a calendar month, beside resolution-urgent-b (a quarter, unchanged), which
 *   shares its counter unit in the night's counters.
 */
function windowsProposal(base: Files): Files {
  return edited(base, {
    [`${LEVELS}/first-response-urgent.yaml`]: [['window: quarter', 'window: 30d']],
    [`${LEVELS}/csat.yaml`]: [['window: 30d', 'window: quarter']],
    [`${LEVELS}/next-reply-office.yaml`]: [['window: month', 'window: 7d']],
    [`${LEVELS}/resolution-urgent-a.yaml`]: [['window: 30d', 'window: month']],
  });
}

/**
 * `base` on main (5 January) and `proposal` (6 January, before every stored ticket: its branch judges every ticket by
 * the proposed standards, as the what-if does), over `tickets`.
 */
async function repository(base: Files, proposal: Files, tickets: readonly Ticket[]): Promise<string> {
  const root = tempDir('standards-review-window-');
  await git('git', ['init', '-q', '-b', 'main'], { cwd: root });
  await commitAt(root, base, '2026-01-05T10:00:00Z', 'base');
  await git('git', ['checkout', '-qb', 'proposal'], { cwd: root });
  await commitAt(root, proposal, '2026-01-06T10:00:00Z', 'proposal');
  await git('git', ['checkout', '-q', 'main'], { cwd: root });
  await writeStore(path.join(root, 'data'), tickets);
  return root;
}

const checkout = (root: string, branch: string) => git('git', ['checkout', '-q', branch], { cwd: root });

async function evaluateOn(root: string, branch: string, flags: string[] = [], now = NOW): Promise<Report> {
  await checkout(root, branch);
  const run = await runCli(['evaluate', '--root', root, '--now', now, ...flags]);
  expect([run.code, run.code === 0 ? '' : run.stderr]).toEqual([0, '']);
  return JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as Report;
}

async function reviewOf(root: string): Promise<{ json: string; review: Review }> {
  await checkout(root, 'proposal');
  const run = await runCli(['review', '--base', 'main', '--root', root, '--store', 'data', '--format', 'json']);
  expect([run.code, run.stderr]).toEqual([0, '']);
  return { json: run.stdout, review: JSON.parse(run.stdout) as Review };
}

/** What a side of the replay says, from a plain evaluate's report of the same standard. */
function sideFrom(report: Report, id: string): Partial<ReplaySide> & { series: (number | null)[] } {
  const s = report.standards.find((x) => x.id === id)!;
  return { status: s.status, value: s.value, count: s.count, inFlight: s.inFlight ?? 0, budgetRemaining: s.errorBudget?.remaining ?? null, series: s.series.map((d) => d.windowValue) };
}

/**
 * The review through the night's counters (the night: `evaluate` of main), the review of the bare store, and each
 * side against `evaluate --full` of its branch: every figure of both sides, each day of the series. `changed`: the
 * standards the review replays; `afterNight`: what happens to the store between the night and the review; `nightAt`:
 * the night's instant (the review replays at the last fetch, `NOW`).
 */
async function reviewedExactly(root: string, changed: readonly string[], afterNight: () => Promise<void> = async () => undefined, nightAt = NOW): Promise<Review> {
  await evaluateOn(root, 'main', [], nightAt);
  await afterNight();
  const cached = await reviewOf(root);
  rmSync(path.join(root, 'data/.cache'), { recursive: true });
  const bare = await reviewOf(root);
  const replay = cached.review.replay;
  if (replay.state !== 'replayed') throw new Error(replay.reason);
  expect(replay.standards.map((s) => `${s.id} ${s.change}`)).toEqual(changed.map((id) => `${id} changed`));
  const base = await evaluateOn(root, 'main', ['--full']);
  const proposed = await evaluateOn(root, 'proposal', ['--full']);
  for (const s of replay.standards) {
    for (const [side, report] of [['base', base], ['proposed', proposed]] as const) {
      const { series, ...figures } = sideFrom(report, s.id);
      expect([s.id, side, s[side]]).toEqual([s.id, side, expect.objectContaining(figures)]);
      expect([s.id, side, s.series.map((d) => d[side])]).toEqual([s.id, side, series.slice(-s.series.length)]);
    }
    // The windows differ, so the comparison could fail: each side counts its own window.
    expect([s.id, s.base!.count === s.proposed.count]).toEqual([s.id, false]);
  }
  // Last: the bare store's review, byte for byte (a readable failure above first).
  expect(cached.json).toBe(bare.json);
  return cached.review;
}

const sample = () => [...generateSampleTickets({ count: 3000, days: 120, seed: 23, now: new Date(NOW) })];

describe('a review of a pull request that changes only windows', () => {
  it('quarter to 30 days, 30 days to a quarter, a month to 7 days, and beside a standard sharing the unit: each side is its branch\'s evaluate', { timeout: 300_000 }, async () => {
    const base = baseFiles();
    // LONG-1: solved 4 days before now (a recent ticket in the counters), first answered 92 days before now: inside
    // the quarter's dates, before the 30-day side's.
    const root = await repository(base, windowsProposal(base), [...sample(), longTicket('LONG-1', '2026-08-20T10:00:00Z', 30, '2026-11-16T10:00:00Z')]);
    await reviewedExactly(root, ['csat', 'first-response-urgent', 'next-reply-office', 'resolution-urgent-a']);
  });

  it('30 days widened to a quarter where the night reached back 30 days only: the days it left uncounted have no counters', { timeout: 300_000 }, async () => {
    // main: the fixture (7 and 30 days); the proposal widens csat and first-response-urgent to a quarter, so the review
    // makes the counters of the days the night never counted, for both sides at once.
    const base = fixtureFiles();
    const proposal = edited(base, {
      [`${LEVELS}/first-response-urgent.yaml`]: [['window: 7d', 'window: quarter']],
      [`${LEVELS}/csat.yaml`]: [['window: 30d', 'window: quarter']],
    });
    const root = await repository(base, proposal, sample());
    // And a ticket fetched since the night, on a day the night counted: that day's counters are made again, for both
    // sides at once.
    const late = { ...ticket('LATE-1', '2026-11-19T23:00:00Z', 200), satisfaction: { at: '2026-11-20T03:00:00Z', rating: 'bad' } } as Ticket;
    await reviewedExactly(root, ['csat', 'first-response-urgent'], () => openTicketStore(path.join(root, 'data')).mergeTickets([late]).then(() => undefined));
  });

  it('a quarter narrowed to 30 days over a few urgent tickets: the figures by hand, through the night\'s counters', { timeout: 300_000 }, async () => {
    // now 2026-11-20T06:00Z, first replies (urgent; 1h; 70%; no calendar: UTC days). The quarter runs from 1 October,
    // 30 days from 21 October 06:00. LONG-1, solved 16 November, was first answered on 20 August: before both windows
    // and the series, inside the counters' dates for the quarter (104 days back) but not for 30 days (42).
    const tickets = [
      ticket('Q1', '2026-10-05T10:00:00Z', 30), ticket('Q2', '2026-10-10T10:00:00Z', 90), ticket('Q3', '2026-10-15T10:00:00Z', 120),
      ticket('R1', '2026-11-01T10:00:00Z', 20), ticket('R2', '2026-11-10T10:00:00Z', 50), ticket('R3', '2026-11-18T10:00:00Z', 50),
      longTicket('LONG-1', '2026-08-20T10:00:00Z', 30, '2026-11-16T10:00:00Z'),
    ];
    const base = edited(fixtureFiles(), { [`${LEVELS}/first-response-urgent.yaml`]: [['window: 7d', 'window: quarter']] });
    const root = await repository(base, edited(base, { [`${LEVELS}/first-response-urgent.yaml`]: [['window: quarter', 'window: 30d']] }), tickets);
    const review = await reviewedExactly(root, ['first-response-urgent']);
    if (review.replay.state !== 'replayed') throw new Error(review.replay.reason);
    const [urgent] = review.replay.standards;
    // Quarter: Q1, R1, R2, R3 of 6 met (Q2, Q3 missed): 4/6; 1.8 misses allowed, 2 used: 1 − 2/1.8 = −1/9, breached.
    // 30 days: R1, R2, R3: 3/3, nothing used, met.
    expect(urgent!.base).toMatchObject({ status: 'breached', value: 4 / 6, count: 6, budgetRemaining: -0.111111111, daysOutOfGoal: 10 });
    expect(urgent!.proposed).toMatchObject({ status: 'met', value: 1, count: 3, budgetRemaining: 1, daysOutOfGoal: 3 });
    // Each day's window: the quarter to that day (3/5 until R3 on the 18th, then 4/6); the 30 days ending that day (Q3, on
    // 15 October, inside until the 13th: 2/3; then 2/2 and from the 18th 3/3).
    expect(urgent!.series.map((d) => `${d.date} ${d.base} ${d.proposed}`)).toEqual([
      '2026-11-11 0.6 0.6666666666666666', '2026-11-12 0.6 0.6666666666666666', '2026-11-13 0.6 0.6666666666666666',
      '2026-11-14 0.6 1', '2026-11-15 0.6 1', '2026-11-16 0.6 1', '2026-11-17 0.6 1',
      `2026-11-18 ${4 / 6} 1`, `2026-11-19 ${4 / 6} 1`, `2026-11-20 ${4 / 6} 1`,
    ]);
  });

  it.each(['2026-11-20T06:10:00Z', '2026-11-21T06:00:00Z'])('the same pull request, the night evaluated at %s, after the last fetch the review replays at', { timeout: 300_000 }, async (nightAt) => {
    const base = baseFiles();
    const root = await repository(base, windowsProposal(base), [...sample(), longTicket('LONG-1', '2026-08-20T10:00:00Z', 30, '2026-11-16T10:00:00Z')]);
    await reviewedExactly(root, ['csat', 'first-response-urgent', 'next-reply-office', 'resolution-urgent-a'], async () => undefined, nightAt);
  });
});
