import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseActions } from '../../scripts/model/normalise.ts';
import {
  appendStatusDay, currentSpell, gitBlobHash, openStatusLog, parseStatusLog, statusEntriesOf, statusTransitions, type StatusEntry,
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

  it('records the version in force as the report names it, and the file\'s blob hash only when the report has none', () => {
    const withVersions = { ...csatResult(), versions: [{ version: '2026-01-01', from: '2026-01-01', goal: { direction: 'min' as const, value: 0.8, text: 'at least 80%' } }, { version: '2026-10-01 (1a2b3c4)', from: '2026-10-02', goal: { direction: 'min' as const, value: 0.9, text: 'at least 90%' } }] };
    const urgent = urgentResult('met', { count: 10, met: 10, inFlight: 0, pending: 0 });
    expect(statusEntriesOf(report('2026-11-01T06:00:00Z', [withVersions, urgent]), new Map([['csat', 'blob-c'], ['first-response-urgent', 'blob-u']])).map((e) => [e.standard, e.version]))
      .toEqual([['csat', '2026-10-01 (1a2b3c4)'], ['first-response-urgent', 'blob-u']]);
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

  it('says since when a status holds, and whether the log starts inside the spell', () => {
    const log = [e('2026-11-01', 'a', 'met'), e('2026-11-02', 'a', 'breached'), e('2026-11-03', 'a', 'breached'), e('2026-11-03', 'b', 'at-risk')];
    expect(currentSpell(log, 'a')).toEqual({ status: 'breached', since: '2026-11-02', days: 2, sinceLogStart: false });
    expect(currentSpell(log, 'b')).toEqual({ status: 'at-risk', since: '2026-11-03', days: 1, sinceLogStart: true });
    expect(currentSpell(log, 'c')).toBeNull();
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
