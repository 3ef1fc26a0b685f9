// History-aware evaluation: every measurement is judged by the version of its standard in force when it
// completed, so tightening a goal never repaints the past. Numbers worked out by hand in the comments.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateStandards, type StandardReport } from '../../scripts/engine/evaluate.ts';
import { documentVersions, versionsFromHistory, versionsOfModel, type CommittedStandard } from '../../scripts/model/standard-versions.ts';
import { readStandardHistory, runGitProcess, type GitProcess } from '../../scripts/model/standard-history.ts';
import type { StandardDefinition, StandardVersion, StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { trendGeometry } from '../../site/src/lib/trend-chart.ts';
import { clocksFor, model, standard, ticket } from './engine-fixtures.ts';

const NOW = new Date('2026-11-20T12:00:00Z');

// Current: 80% within 1h from 2026-11-20. Before: 60% within 2h from 2026-01-01. 24/7, 30-day window.
const current = standard({ id: 'first-response', metric: 'first_response_time', thresholdMinutes: 60, objective: 0.8, effective: '2026-11-20' });
const earlier: StandardDefinition = { ...current, thresholdMinutes: 120, objective: 0.6, effective: '2026-01-01' };
const versions: StandardVersion[] = [
  { version: '2026-01-01', from: '2026-01-01', definition: earlier },
  { version: '2026-11-20', from: '2026-11-20', definition: current },
];

const tickets: Ticket[] = [
  // A: 30 min on Nov 19: met by either version.
  ticket({ id: 'A', created: '2026-11-19T10:00:00Z', priority: 'urgent', replies: [['2026-11-19T10:30:00Z', 'agent']], changes: [['2026-11-19T10:35:00Z', 'solved']] }),
  // B: 120 min on Nov 19: met under the 2h version in force then (missed under today's 1h).
  ticket({ id: 'B', created: '2026-11-19T10:00:00Z', priority: 'high', replies: [['2026-11-19T12:00:00Z', 'agent']], changes: [['2026-11-19T12:05:00Z', 'solved']] }),
  // C: open for 30 min: pending.
  ticket({ id: 'C', created: '2026-11-20T11:30:00Z' }),
  // D: open since Nov 20 09:30, 150 min by now: past today's 1h at 10:30, judged by the new version.
  ticket({ id: 'D', created: '2026-11-20T09:30:00Z', priority: 'urgent' }),
  // F: 20 min on Nov 10; H: 30 min on Oct 21 12:30 (both met, old version).
  ticket({ id: 'F', created: '2026-11-10T09:00:00Z', replies: [['2026-11-10T09:20:00Z', 'agent']], changes: [['2026-11-10T09:25:00Z', 'solved']] }),
  ticket({ id: 'H', created: '2026-10-21T12:00:00Z', replies: [['2026-10-21T12:30:00Z', 'agent']], changes: [['2026-10-21T12:35:00Z', 'solved']] }),
];

async function only(m: StandardsModel, list: Ticket[], versionsOf?: (s: StandardDefinition) => readonly StandardVersion[], now = NOW): Promise<StandardReport> {
  const report = await evaluateStandards({ model: m, tickets: list, now, clockFor: clocksFor(), ...(versionsOf ? { versionsOf } : {}) });
  return report.standards[0]!;
}

describe('a goal tightened on Nov 20 does not repaint Nov 19', () => {
  it('judges each measurement by the version in force when it completed', async () => {
    const s = await only(model({ standards: [current] }), tickets, () => versions);
    // In the window: A, B, F, H met (old version), D missed (new version); C pending.
    expect(s).toMatchObject({ count: 5, met: 4, inFlight: 1, pending: 1, value: 0.8, status: 'met' });
    // Old version: 4 measurements allow 40% of 4 = 1.6 misses, use 0; new: 1 allows 0.2, uses 1.
    // Allowed 1.8, used 1, remaining 1 − 1/1.8 = 0.444444444.
    expect(s.errorBudget).toEqual({ allowed: 1.8, used: 1, remaining: 0.444444444 });
    expect(s.window.versions).toEqual(['2026-01-01', '2026-11-20']);
    expect(s.worst.map((w) => [w.id, w.minutes, w.inFlight, w.version])).toEqual([
      ['D', 150, true, '2026-11-20'], ['B', 120, false, '2026-01-01'], ['A', 30, false, '2026-01-01'],
    ]);
    expect(s.series.find((d) => d.date === '2026-11-19')).toEqual({ date: '2026-11-19', count: 2, met: 2, value: 1, windowValue: 1, version: '2026-01-01' });
    // Nov 20 (today): D only; its window is the headline window (Oct 21 12:00 – Nov 20 12:00): H, F, A, B (old)
    // and D (new), 4 of 5 met, the headline 0.8 (whole local days Oct 22 – Nov 20 would leave H out: 0.75).
    expect(s.series.find((d) => d.date === '2026-11-20')).toEqual({
      date: '2026-11-20', count: 1, met: 0, value: 0, windowValue: 0.8, version: '2026-11-20', windowVersions: ['2026-01-01', '2026-11-20'],
    });
    expect(s.versions).toEqual([
      { version: '2026-01-01', from: '2026-01-01', goal: { direction: 'min', value: 0.6, thresholdMinutes: 120, text: '60% within 2h' } },
      { version: '2026-11-20', from: '2026-11-20', goal: { direction: 'min', value: 0.8, thresholdMinutes: 60, text: '80% within 1h' } },
    ]);
    // The goal shown is today's; the window's goals, each with its day, are what judged it.
    expect(s.goal).toEqual({ direction: 'min', value: 0.8, thresholdMinutes: 60, text: '80% within 1h', judged: '60% within 2h before 20 Nov 2026, 80% within 1h from 20 Nov 2026' });
  });

  it('the trend chart marks the day the goal changed, once', async () => {
    const s = await only(model({ standards: [current] }), tickets, () => versions);
    const marks = trendGeometry(s).versionChanges;
    expect(marks.map((m) => [m.date, m.goal])).toEqual([['2026-11-20', '80% within 1h']]);
    // The last of the 10 series days, at the plot's right edge (720 − 12).
    expect(marks[0]!.x).toBe(708);
    expect(trendGeometry(await only(model({ standards: [current] }), tickets)).versionChanges).toEqual([]);
  });

  it('without history the current version alone judges from its own effective date', async () => {
    const s = await only(model({ standards: [current] }), tickets);
    // Only measurements from Nov 20 count: D, missed.
    expect(s).toMatchObject({ count: 1, met: 0, inFlight: 1, pending: 1 });
    expect(s.versions!.map((v) => v.version)).toEqual(['2026-11-20']);
  });

  it('an open ticket already past the threshold when the standard took effect is breached at that moment', async () => {
    // Created Nov 19 20:00, never answered: past 1h at 21:00 on Nov 19, before the standard existed; it counts
    // as a miss on Nov 20, the first day the standard judges.
    const s = await only(model({ standards: [current] }), [ticket({ id: 'old', created: '2026-11-19T20:00:00Z' })]);
    expect(s).toMatchObject({ count: 1, met: 0, inFlight: 1, pending: 0 });
    expect(s.series.find((d) => d.count > 0)?.date).toBe('2026-11-20');
  });

  it('the document’s own versions list gives the same report as the same versions from history', async () => {
    const listed: StandardDefinition = {
      ...current,
      priorGoals: [{ effective: '2026-01-01', thresholdMinutes: 120, objective: 0.6, target: null, note: 'before the contract change' }],
    };
    expect(documentVersions(listed).map((v) => [v.version, v.from, v.definition.thresholdMinutes, v.definition.objective])).toEqual([
      ['2026-01-01', '2026-01-01', 120, 0.6], ['2026-11-20', '2026-11-20', 60, 0.8],
    ]);
    const fromDocument = await only(model({ standards: [listed] }), tickets);
    const fromHistory = await only(model({ standards: [current] }), tickets, () => versions);
    expect(fromDocument).toEqual(fromHistory);
  });
});

describe('an open ticket across a version change', () => {
  // Old: within 2h; new from Nov 20 00:00 UTC: within 1h. Never answered; evaluated Nov 20 12:00.
  const breachOf = async (created: string) => {
    const s = await only(model({ standards: [current] }), [ticket({ id: 'X', created })], () => versions);
    return [s.series.find((d) => d.count > 0)?.date, s.worst[0]?.version, s.inFlight];
  };

  it('passed the old threshold while the old version was in force: breached then, by it', async () => {
    // Created Nov 19 21:00: 2h passed at 23:00 on Nov 19.
    expect(await breachOf('2026-11-19T21:00:00Z')).toEqual(['2026-11-19', '2026-01-01', 1]);
  });

  it('inside the old threshold when the new one took effect, already past the new one: breached at the change', async () => {
    // Created Nov 19 22:30: 1h30m at midnight (inside 2h), past 1h → breached at Nov 20 00:00 by the new version.
    expect(await breachOf('2026-11-19T22:30:00Z')).toEqual(['2026-11-20', '2026-11-20', 1]);
  });

  it('passed the new threshold after the change: breached then, by the new version', async () => {
    // Created Nov 19 23:30: 1h passed at 00:30 on Nov 20.
    expect(await breachOf('2026-11-19T23:30:00Z')).toEqual(['2026-11-20', '2026-11-20', 1]);
  });
});

describe('a version that measures differently (a wider scope from Nov 20)', () => {
  const urgentOnly: StandardDefinition = { ...earlier, thresholdMinutes: 60, objective: 0.8, scope: { priority: ['urgent'] } };
  const all: StandardDefinition = { ...current, scope: {} };
  const scoped: StandardVersion[] = [
    { version: 'urgent-only', from: '2026-01-01', definition: urgentOnly },
    { version: 'everyone', from: '2026-11-20', definition: all },
  ];

  it('counts each measurement only if the version then in force covers its ticket', async () => {
    const list = [
      // normal, completes Nov 19: the urgent-only version did not cover it.
      ticket({ id: 'n19', created: '2026-11-19T09:00:00Z', replies: [['2026-11-19T09:10:00Z', 'agent']] }),
      // normal, completes Nov 20: covered by the wider version.
      ticket({ id: 'n20', created: '2026-11-20T09:00:00Z', replies: [['2026-11-20T09:10:00Z', 'agent']] }),
      // urgent, completes Nov 19 after 2h: covered and missed.
      ticket({ id: 'u19', created: '2026-11-19T09:00:00Z', priority: 'urgent', replies: [['2026-11-19T11:00:00Z', 'agent']] }),
    ];
    const s = await only(model({ standards: [all] }), list, () => scoped);
    expect(s).toMatchObject({ count: 2, met: 1 });
    expect(s.worst.map((w) => [w.id, w.version])).toEqual([['u19', 'urgent-only'], ['n20', 'everyone']]);
  });
});

describe('versions from git history (standard-versions.ts)', () => {
  const v = (over: Partial<StandardDefinition>): StandardDefinition => ({ ...current, effective: '2026-01-01', ...over });
  const c = (commit: string, committedAt: string, definition: StandardDefinition): CommittedStandard => ({ commit, committedAt, definition });

  it('a committed change takes effect on its date but never before its commit; title edits start no version', () => {
    const history = [
      c('aaaaaaa1', '2026-01-05T10:00:00Z', v({ thresholdMinutes: 120 })),
      c('bbbbbbb2', '2026-03-01T10:00:00Z', v({ thresholdMinutes: 120, title: 'Retitled' })),
      // Tightened in October without moving `effective`: takes effect on the day it was committed.
      c('ccccccc3', '2026-10-07T23:30:00-04:00', v({ thresholdMinutes: 60 })),
    ];
    const working = v({ thresholdMinutes: 60 });
    expect(versionsFromHistory(working, history, 'UTC').map((x) => [x.version, x.from, x.definition.thresholdMinutes])).toEqual([
      ['2026-01-01 (aaaaaaa)', '2026-01-01', 120],
      // 23:30 in New York is Oct 8 in UTC, the standard's zone.
      ['2026-10-08 (ccccccc)', '2026-10-08', 60],
    ]);
    expect(versionsFromHistory(working, history, 'America/New_York').map((x) => x.from)).toEqual(['2026-01-01', '2026-10-07']);
  });

  it('an uncommitted working copy takes effect on its own effective date; a single version is named by its date', () => {
    const history = [c('aaaaaaa1', '2026-01-05T10:00:00Z', v({ thresholdMinutes: 120 }))];
    expect(versionsFromHistory(v({ thresholdMinutes: 30, effective: '2026-11-01' }), history, 'UTC').map((x) => [x.version, x.from])).toEqual([
      ['2026-01-01 (aaaaaaa)', '2026-01-01'], ['2026-11-01 (uncommitted)', '2026-11-01'],
    ]);
    expect(versionsFromHistory(v({}), [], 'UTC').map((x) => x.version)).toEqual(['2026-01-01']);
  });

  it('a version superseded before it took effect is left out, and the first judges from its own effective date', () => {
    const history = [
      c('aaaaaaa1', '2026-01-05T10:00:00Z', v({ effective: '2026-06-01', thresholdMinutes: 120 })),
      c('bbbbbbb2', '2026-02-01T10:00:00Z', v({ effective: '2026-01-01', thresholdMinutes: 90 })),
    ];
    expect(versionsFromHistory(v({ thresholdMinutes: 90 }), history, 'UTC').map((x) => [x.version, x.from])).toEqual([
      ['2026-01-01 (bbbbbbb)', '2026-01-01'],
    ]);
  });

  it('a document with its own versions list ignores git history', () => {
    const listed = v({ effective: '2026-11-20', priorGoals: [{ effective: '2026-01-01', thresholdMinutes: 120, objective: 0.6, target: null, note: null }] });
    expect(versionsFromHistory(listed, [c('aaaaaaa1', '2026-01-05T10:00:00Z', v({ thresholdMinutes: 5 }))], 'UTC').map((x) => x.version)).toEqual(['2026-01-01', '2026-11-20']);
  });
});

describe('reading history from git (standard-history.ts)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'standard-history-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (args: string[], date: string) => execFileSync('git', args, {
    cwd: root,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
  const doc = (threshold: string, extra = '') => [
    'kind: Standard', 'id: frt', 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
    `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
    'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Because customers wait otherwise.', extra, '',
  ].join('\n');
  const file = 'standards/service-levels/frt.yaml';
  const other = 'standards/service-levels/other.yaml';

  it('reads every committed version of every file with two git processes', async () => {
    mkdirSync(path.join(root, 'standards/service-levels'), { recursive: true });
    git(['init', '-q'], '2026-01-01T00:00:00Z');
    writeFileSync(path.join(root, file), doc('2h'));
    writeFileSync(path.join(root, other), doc('4h').replace('id: frt', 'id: other'));
    git(['add', '.'], '2026-01-02T10:00:00Z');
    git(['commit', '-q', '-m', 'first'], '2026-01-02T10:00:00Z');
    writeFileSync(path.join(root, file), doc('2h', 'description: same goal, more words'));
    git(['commit', '-q', '-am', 'words'], '2026-02-02T10:00:00Z');
    writeFileSync(path.join(root, file), 'kind: Standard\nid: [broken');
    git(['commit', '-q', '-am', 'broken'], '2026-03-02T10:00:00Z');
    writeFileSync(path.join(root, file), doc('1h'));
    git(['commit', '-q', '-am', 'tighten'], '2026-10-07T10:00:00Z');

    const calls: string[] = [];
    const counting: GitProcess = (args, cwd, input) => {
      calls.push(args[0]!);
      return runGitProcess(args, cwd, input);
    };
    const history = await readStandardHistory(root, [file, other], counting);
    expect(calls).toEqual(['log', 'cat-file']);
    expect(history.processes).toBe(2);
    expect(history.unavailable).toBeNull();
    // The broken version is left out; oldest first.
    expect(history.committed.get(file)!.map((v) => [v.committedAt.slice(0, 10), v.definition.thresholdMinutes])).toEqual([
      ['2026-01-02', 120], ['2026-02-02', 120], ['2026-10-07', 60],
    ]);
    expect(history.committed.get(other)!.map((v) => v.definition.thresholdMinutes)).toEqual([240]);

    const working = { ...history.committed.get(file)!.at(-1)!.definition };
    const versionsOf = versionsOfModel({ calendars: [] }, history.committed);
    expect(versionsOf(working).map((v) => [v.from, v.definition.thresholdMinutes])).toEqual([['2026-01-01', 120], ['2026-10-07', 60]]);
  });

  it('outside a repository there is no history, and no error', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'no-git-'));
    try {
      const history = await readStandardHistory(elsewhere, [file]);
      expect(history.committed.size).toBe(0);
      expect(history.unavailable).toMatch(/^git log exited with 128/);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('a commit dated before the commit it follows (a rebase that kept the author dates)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'standard-history-rebased-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const git = (args: string[], date: string) => execFileSync('git', args, {
    cwd: root,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
  const doc = (threshold: string) => [
    'kind: Standard', 'id: frt', 'title: Tickets get a first reply quickly', 'dimension: responsiveness', 'metric: first_response_time',
    `threshold: ${threshold}`, 'objective: 80%', 'window: 30d', 'owner: support-leads', 'effective: 2026-01-01',
    'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Because customers wait otherwise.', '',
  ].join('\n');
  const file = 'standards/service-levels/frt.yaml';

  it('takes effect when it reached the branch (its parent\'s date), never back to the day it was written', async () => {
    mkdirSync(path.join(root, 'standards/service-levels'), { recursive: true });
    git(['init', '-q'], '2026-01-01T00:00:00Z');
    writeFileSync(path.join(root, file), doc('4h'));
    git(['add', '.'], '2026-01-02T10:00:00Z');
    git(['commit', '-q', '-m', 'first'], '2026-01-02T10:00:00Z');
    writeFileSync(path.join(root, file), doc('2h'));
    git(['commit', '-q', '-am', 'loosen to 2h'], '2026-03-10T10:00:00+02:00');
    // Written on Feb 20 and rebased onto the Mar 10 commit keeping its dates: on the branch after Mar 10.
    writeFileSync(path.join(root, file), doc('1h'));
    git(['commit', '-q', '-am', 'tighten to 1h'], '2026-02-20T09:00:00Z');
    writeFileSync(path.join(root, file), doc('30m'));
    git(['commit', '-q', '-am', 'tighten to 30m'], '2026-04-01T09:00:00Z');

    const history = await readStandardHistory(root, [file]);
    expect(history.committed.get(file)!.map((v) => [v.committedAt, v.definition.thresholdMinutes])).toEqual([
      ['2026-01-02T10:00:00+00:00', 240], ['2026-03-10T10:00:00+02:00', 120], ['2026-03-10T10:00:00+02:00', 60], ['2026-04-01T09:00:00+00:00', 30],
    ]);
    const working = { ...history.committed.get(file)!.at(-1)!.definition };
    // The 2h goal was superseded the day it arrived (the 1h commit arrived with it): it judged nothing. Before the
    // fix, the 1h goal judged from Feb 20, repainting Feb 20 – Mar 9, which the 4h goal had judged.
    expect(versionsOfModel({ calendars: [] }, history.committed)(working).map((v) => [v.from, v.definition.thresholdMinutes])).toEqual([
      ['2026-01-01', 240], ['2026-03-10', 60], ['2026-04-01', 30],
    ]);
  });
});

describe('a Standard document with its own versions list', () => {
  it('validates and becomes prior goals, oldest first', async () => {
    const { validateDocuments } = await import('../../scripts/model/load.ts');
    const { scenarioFiles } = await import('../model/corpus.ts');
    const text = [
      'kind: Standard', 'id: listed', 'title: Urgent tickets get a first reply within one hour', 'dimension: responsiveness',
      'metric: first_response_time', 'threshold: 1h', 'objective: 95%', 'window: 30d', 'owner: support-leads', 'effective: 2026-10-01',
      'review: { every: 6mo, last: 2026-09-01 }', 'rationale: Urgent tickets block a business.',
      'versions:', '  - { effective: 2026-01-01, threshold: 3h, objective: 85% }', '  - { effective: 2026-03-01, threshold: 2h, objective: 90%, note: new team }', '',
    ].join('\n');
    const result = validateDocuments(scenarioFiles(null, [{ file: 'standards/service-levels/listed.yaml', bytes: new TextEncoder().encode(text) }]), { today: '2026-11-23' });
    expect(result.findings).toEqual([]);
    const listed = result.model!.standards.find((s) => s.id === 'listed')!;
    expect(listed.priorGoals).toEqual([
      { effective: '2026-01-01', thresholdMinutes: 180, objective: 0.85, target: null, note: null },
      { effective: '2026-03-01', thresholdMinutes: 120, objective: 0.9, target: null, note: 'new team' },
    ]);
    expect(documentVersions(listed).map((v) => [v.version, v.definition.thresholdMinutes, v.definition.objective])).toEqual([
      ['2026-01-01', 180, 0.85], ['2026-03-01', 120, 0.9], ['2026-10-01', 60, 0.95],
    ]);
  });
});
