import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseActions } from '../../scripts/model/normalise.ts';
import {
  appendStatusDay, currentSpell, gitBlobHash, nightsOf, openStatusLog, parseStatusLog, spellOf, statusEntriesOf, statusTransitions, type StatusEntry,
} from '../../scripts/store/status-log.ts';
import { csatResult, report, urgentResult } from './action-fixtures.ts';

const e = (date: string, standard: string, status: StatusEntry['status'], version = 'v1'): StatusEntry => ({ date, standard, status, value: null, version });

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'status-log-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('the status log', () => {
  it('versions a standard by the git blob hash of its file (what `git hash-object` prints)', async () => {
    const file = path.join(dir, 'x.yaml');
    await writeFile(file, 'kind: Standard\nid: x\n');
    expect(gitBlobHash(await readFile(file))).toBe(execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim());
  });

  it('writes one sorted line per standard for the report day; a rerun that day replaces the day, earlier days stay', async () => {
    const log = openStatusLog(dir);
    const versions = new Map([['first-response-urgent', 'aaa'], ['csat', 'bbb']]);
    await log.append(statusEntriesOf(report('2026-11-01T06:00:00Z', [urgentResult('breached', { count: 10, met: 8, inFlight: 0, pending: 0 }), csatResult()]), versions));
    const rerun = await log.append(statusEntriesOf(report('2026-11-01T09:00:00Z', [urgentResult('met', { count: 10, met: 10, inFlight: 0, pending: 0 })]), versions));
    expect(rerun).toMatchObject({ written: true, replacedDay: true });
    await log.append(statusEntriesOf(report('2026-11-02T06:00:00Z', [csatResult()]), versions));
    expect(await readFile(path.join(dir, 'status-log.ndjson'), 'utf8')).toBe(
      '{"date":"2026-11-01","standard":"first-response-urgent","status":"met","value":1,"version":"aaa"}\n' +
      '{"date":"2026-11-02","standard":"csat","status":"met","value":0.95,"version":"bbb"}\n',
    );
  });

  it('orders a day\'s lines by standard id as localeCompare does, without asking Intl for a collation', () => {
    const ids = ['nps', 'first-response-urgent', 'first-response', 'first-response-2', 'a1', 'a-1', 'a', 'b0', 'a-b', 'ab'];
    const compare = String.prototype.localeCompare;
    let compared = 0;
    String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof compare>) { compared++; return compare.apply(this, args); };
    let order: string[];
    try {
      order = statusEntriesOf(report('2026-11-01T06:00:00Z', ids.map((id) => ({ ...csatResult(), id }))), new Map()).map((e) => e.standard);
    } finally {
      String.prototype.localeCompare = compare;
    }
    expect(compared).toBe(0);
    expect(order).toEqual(['a', 'a-1', 'a-b', 'a1', 'ab', 'b0', 'first-response', 'first-response-2', 'first-response-urgent', 'nps']);
    expect(order).toEqual([...ids].sort((x, y) => x.localeCompare(y)));
  });

  it('records the version in force as the report names it, and the file\'s blob hash only when the report has none', () => {
    const withVersions = { ...csatResult(), versions: [{ version: '2026-01-01', from: '2026-01-01', goal: { direction: 'min' as const, value: 0.8, text: 'at least 80%' } }, { version: '2026-10-01 (1a2b3c4)', from: '2026-10-02', goal: { direction: 'min' as const, value: 0.9, text: 'at least 90%' } }] };
    const urgent = urgentResult('met', { count: 10, met: 10, inFlight: 0, pending: 0 });
    expect(statusEntriesOf(report('2026-11-01T06:00:00Z', [withVersions, urgent]), new Map([['csat', 'blob-c'], ['first-response-urgent', 'blob-u']])).map((e) => [e.standard, e.version]))
      .toEqual([['csat', '2026-10-01 (1a2b3c4)'], ['first-response-urgent', 'blob-u']]);
  });

  it('records the version in force at the night, not the newest: a later commit seen by an evaluation of a past night is not in force', () => {
    const goal = { direction: 'min' as const, value: 0.9, thresholdMinutes: 4320, text: '90% within 3d' };
    const versions = [{ version: '2026-04-01 (70a7d2a)', from: '2026-04-01', goal }, { version: '2026-11-23 (7c269e9)', from: '2026-11-23', goal }];
    const day = (date: string) => ({ date, count: 10, met: 10, value: 1, windowValue: 0.97 });
    const wait = (series: string[]) => ({ ...csatResult(), id: 'requester-wait-time', versions, series: series.map(day) });
    const versionOf = (now: string, series: string[]) => statusEntriesOf(report(now, [wait(series)]), new Map())[0]!.version;
    expect(versionOf('2026-11-20T06:00:00Z', ['2026-11-19', '2026-11-20'])).toBe('2026-04-01 (70a7d2a)');
    expect(versionOf('2026-11-23T06:00:00Z', ['2026-11-22', '2026-11-23'])).toBe('2026-11-23 (7c269e9)');
    // 03:00 UTC on 23 Nov is still 22 Nov in Chicago, the standard's zone (the series ends with the local day holding now).
    expect(versionOf('2026-11-23T03:00:00Z', ['2026-11-21', '2026-11-22'])).toBe('2026-04-01 (70a7d2a)');
    // Before its first version took effect, no version is in force; without a series, the UTC day of now decides.
    expect(versionOf('2026-03-31T06:00:00Z', ['2026-03-31'])).toBeNull();
    expect(versionOf('2026-11-23T06:00:00Z', [])).toBe('2026-11-23 (7c269e9)');
  });

  it('refuses to rewrite history: an evaluation dated before the last logged day writes nothing', () => {
    const outcome = appendStatusDay([e('2026-11-02', 'csat', 'met')], [e('2026-11-01', 'csat', 'breached')]);
    expect(outcome).toEqual({ written: false, entries: [e('2026-11-02', 'csat', 'met')], reason: 'the log already has 2026-11-02, later than this evaluation\'s day 2026-11-01; history is not rewritten' });
  });

  it.each([
    ['not json', 'log.ndjson:2: not a JSON line'],
    ['{"date":"1 Nov","standard":"x","status":"met","value":1,"version":null}', 'log.ndjson:2: "date" must be a day like 2026-11-23, got "1 Nov"'],
    ['{"date":"2026-11-01","standard":"x","status":"red","value":1,"version":null}', 'log.ndjson:2: "status" must be one of met, at-risk, breached, no-data, got "red"'],
    ['{"date":"2026-11-01","standard":"x","status":"met","value":"1","version":null}', 'log.ndjson:2: "value" must be a number or null, got "1"'],
  ])('names the file and line of a bad line: %s', (line, message) => {
    expect(() => parseStatusLog(`{"date":"2026-11-01","standard":"x","status":"met","value":1,"version":null}\n${line}\n`, 'log.ndjson')).toThrow(message);
  });

  it('counts calendar nights: nights without a run inside a spell count, and are said', () => {
    // 7 nights from 14 to 20 Nov; runs on 14, 15, 19 and 20 Nov, none on 16, 17 and 18 Nov.
    const log = [e('2026-11-13', 'a', 'met'), e('2026-11-14', 'a', 'breached'), e('2026-11-15', 'a', 'breached'), e('2026-11-19', 'a', 'breached'), e('2026-11-20', 'a', 'breached')];
    expect(currentSpell(log, 'a')).toEqual({ status: 'breached', since: '2026-11-14', nights: 7, withoutRun: 3, atLeast: false, historyUntil: null });
    expect(nightsOf(log, 'a', '2026-11-20').map((n) => n.source)).toEqual(['log', 'log', 'log', 'no-run', 'no-run', 'no-run', 'log', 'log']);
  });

  it('never starts a spell on a night without a run: the night before an unknown start makes it "at least"', () => {
    // Met on 1 Nov, no run on 2 Nov, breached on 3 and 4 Nov: the breach may have begun on 2 Nov.
    const log = [e('2026-11-01', 'a', 'met'), e('2026-11-03', 'a', 'breached'), e('2026-11-04', 'a', 'breached'), e('2026-11-03', 'b', 'at-risk')];
    expect(currentSpell(log, 'a')).toEqual({ status: 'breached', since: '2026-11-03', nights: 2, withoutRun: 0, atLeast: true, historyUntil: null });
    // The log begins inside the spell: at least since its first night.
    expect(currentSpell(log, 'b')).toEqual({ status: 'at-risk', since: '2026-11-03', nights: 1, withoutRun: 0, atLeast: true, historyUntil: null });
    expect(currentSpell(log, 'c')).toBeNull();
    // As of an earlier day, lines after it do not count.
    expect(currentSpell(log, 'a', '2026-11-02')).toEqual({ status: 'met', since: '2026-11-01', nights: 1, withoutRun: 0, atLeast: true, historyUntil: null });
  });

  it('before the log began, takes the nights history can tell, and says where the spell comes from history', () => {
    const log = [e('2026-11-13', 'a', 'breached'), e('2026-11-14', 'a', 'breached')];
    const computed: Record<string, StatusEntry['status'] | null> = { '2026-11-09': 'met', '2026-11-10': null, '2026-11-11': 'met', '2026-11-12': 'breached' };
    const nights = nightsOf(log, 'a', '2026-11-15', { tonight: 'breached', history: { from: '2026-11-09', statusOn: (d) => computed[d] ?? null } });
    expect(nights).toEqual([
      { date: '2026-11-09', status: 'met', source: 'history' }, { date: '2026-11-10', status: null, source: 'unknown' },
      { date: '2026-11-11', status: 'met', source: 'history' }, { date: '2026-11-12', status: 'breached', source: 'history' },
      { date: '2026-11-13', status: 'breached', source: 'log' }, { date: '2026-11-14', status: 'breached', source: 'log' },
      // Tonight from the report: the log has no line for it yet.
      { date: '2026-11-15', status: 'breached', source: 'log' },
    ]);
    expect(spellOf(nights)).toEqual({ status: 'breached', since: '2026-11-12', nights: 4, withoutRun: 0, atLeast: false, historyUntil: '2026-11-13' });
    // Met since 11 Nov as of 12 Nov would reach the unknown 10 Nov: at least.
    expect(spellOf(nights.slice(0, 3))).toEqual({ status: 'met', since: '2026-11-11', nights: 1, withoutRun: 0, atLeast: true, historyUntil: null });
    // Any test of the status, here "not met": from 12 Nov, after the night met on 11 Nov.
    expect(spellOf(nights, (s) => s !== 'met')?.since).toBe('2026-11-12');
  });

  it('lists status transitions newest first, noting when the standard itself changed', () => {
    const log = [e('2026-11-01', 'a', 'met'), e('2026-11-02', 'a', 'breached', 'v2'), e('2026-11-03', 'a', 'breached', 'v2'), e('2026-11-04', 'a', 'met', 'v2'), e('2026-11-04', 'b', 'met')];
    expect(statusTransitions(log)).toEqual([
      { date: '2026-11-04', standard: 'a', from: 'breached', to: 'met', versionChanged: false },
      { date: '2026-11-02', standard: 'a', from: 'met', to: 'breached', versionChanged: true },
    ]);
  });
});

describe('actions settings', () => {
  it('fills defaults and keeps what is set', () => {
    expect(normaliseActions(undefined)).toEqual({ enabled: true, repository: null, breached: true, atRisk: false, overdueReviews: false, closeAfterDays: 3, maxWrites: 20, labels: ['corrective-action'], assignLeads: true });
    expect(normaliseActions({ atRisk: true, closeAfter: 5, maxWrites: 3, labels: ['sla', 'ops'], repository: 'acme/help' })).toEqual({ enabled: true, repository: 'acme/help', breached: true, atRisk: true, overdueReviews: false, closeAfterDays: 5, maxWrites: 3, labels: ['sla', 'ops'], assignLeads: true });
  });
});
