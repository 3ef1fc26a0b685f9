import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSiteData, recentChanges, staleness } from '../../scripts/publish/site-data.ts';
import { noHistory, type HistoryEntry } from '../../scripts/publish/site-history.ts';
import type { Report } from '../../scripts/model/documents.generated.ts';
import { SAMPLE_ROOT } from '../fixtures/site/write-sample-report.ts';

const report = JSON.parse(await readFile(path.join(SAMPLE_ROOT, 'report.json'), 'utf8')) as Report;

describe('staleness', () => {
  // The fixture's last fetch is 2026-11-20T05:35Z; the stale limit in these cases is two days (2880 minutes).
  it.each([
    ['2026-11-20T06:00:00.000Z', false, 25],
    ['2026-11-22T05:35:00.000Z', false, 2880],
    ['2026-11-22T05:36:00.000Z', true, 2881],
  ])('at %s stale is %s (%i minutes since the fetch)', (now, stale, minutes) => {
    expect(staleness(report, now, 2880)).toEqual({ stale, minutesSinceFetch: minutes, staleAfterMinutes: 2880 });
  });

  it('is stale when nothing was ever fetched', () => {
    expect(staleness({ ...report, data: { ...report.data, fetchedAt: null } }, report.now, 2880)).toEqual({ stale: true, minutesSinceFetch: null, staleAfterMinutes: 2880 });
  });
});

describe('loadSiteData', () => {
  it('uses the report time as now unless told otherwise, and reads every document', async () => {
    const data = await loadSiteData({ root: SAMPLE_ROOT, reportFile: path.join(SAMPLE_ROOT, 'report.json'), history: false });
    expect(data.now).toBe('2026-11-20T06:00:00.000Z');
    expect(data.stale.stale).toBe(false);
    expect([data.model.standards.length, data.model.sops.length, data.model.policies.length, data.model.scorecards.length]).toEqual([12, 3, 2, 1]);
    expect(data.notes).toEqual([]);
    const later = await loadSiteData({ root: SAMPLE_ROOT, reportFile: path.join(SAMPLE_ROOT, 'report.json'), now: '2026-11-25T00:00:00.000Z' }, { historyReader: noHistory });
    expect(later.stale).toEqual({ stale: true, minutesSinceFetch: 6865, staleAfterMinutes: 2880 });
    expect(later.statusLog).toHaveLength(1080);
    expect(later.statusLog[0]).toEqual({ date: '2026-08-23', standard: 'backlog-age', status: 'breached', value: 0.9412, version: 'fixture-v1' });
  });

  it('lists changes as one dated feed: plain-word history, SOP changelogs, status changes, one item per bulk commit', async () => {
    const data = await loadSiteData({ root: SAMPLE_ROOT, reportFile: path.join(SAMPLE_ROOT, 'report.json'), history: false, statusLogFile: null });
    const csat = data.model.standards.find((s) => s.id === 'csat')!;
    const nps = data.model.standards.find((s) => s.id === 'nps')!;
    const policy = data.model.policies[0]!;
    const commit = (subject: string, date: string, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ commit: 'abc1234', date, subject, version: null, created: false, fields: [], sop: null, ...extra });
    const histories = {
      [csat.origin.file]: [
        commit('Raise the CSAT target to 90%', '2026-10-02T09:00:00+01:00', { fields: [{ field: 'target', before: 'min 85%', after: 'min 90%' }] }),
        commit('Example content', '2026-01-05T10:00:00Z', { created: true }),
      ],
      [nps.origin.file]: [commit('Example content', '2026-01-05T10:00:00Z', { created: true })],
      [policy.origin.file]: [commit('Fix a typo', '2026-09-01T10:00:00Z')],
    };
    const log = [
      { date: '2026-11-18', standard: 'csat', status: 'met' as const, value: 0.9, version: 'a' },
      { date: '2026-11-19', standard: 'csat', status: 'breached' as const, value: 0.8, version: 'b' },
    ];
    const changes = recentChanges(data.model, histories, log);
    expect(changes.map((c) => [c.date, c.kind, c.source, c.documents.map((d) => d.id).join(' '), c.what])).toEqual([
      ['2026-11-19', 'Status', 'status', 'csat', 'Now breached (was met), after a change to the standard'],
      ['2026-10-02', 'Standard', 'history', 'csat', 'Changed: target min 85% → min 90%'],
      ['2026-09-01', 'Policy', 'commit', policy.id, 'Fix a typo'],
      ['2026-08-01', 'SOP', 'changelog', 'handle-complaint', 'Version 3: Follow-up moved to the team lead; resolution within two days.'],
      ['2026-06-03', 'SOP', 'changelog', 'urgent-triage', 'Version 2: Confirm urgency within 15 minutes instead of 30.'],
      ['2026-05-01', 'SOP', 'changelog', 'refund-request', 'Version 1: First version.'],
      ['2026-04-12', 'SOP', 'changelog', 'handle-complaint', 'Version 2: Added the investigation note checklist.'],
      ['2026-01-05', 'Standard', 'history', 'csat nps', 'Standard added'],
      ['2026-01-05', 'SOP', 'changelog', 'handle-complaint', 'Version 1: First version.'],
      ['2026-01-05', 'SOP', 'changelog', 'urgent-triage', 'Version 1: First version.'],
    ]);
    expect(changes.filter((c) => c.kind === 'SOP')).toHaveLength(6);
  });
});

describe('the corrective-action issues beside the report', () => {
  it('are read from action-issues.ndjson in the store', async () => {
    const data = await loadSiteData({ root: SAMPLE_ROOT, reportFile: path.join(SAMPLE_ROOT, 'report.json'), history: false });
    expect(data.actionIssues).toEqual([
      { subject: 'standard/first-response-urgent', issue: 41, url: 'https://github.com/northwind/service-standards/issues/41', state: 'open', assignees: ['maeve-byrne', 'aoife-walsh'], status: 'breached', night: '2026-11-19' },
    ]);
  });

  it('a damaged file does not stop the build: it is noted, with the line and field, and the pages fall back to the issue search', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'action-issues-site-'));
    try {
      const file = path.join(dir, 'action-issues.ndjson');
      await writeFile(file, '{"subject":"standard/x","issue":1,"url":"javascript:alert(1)","state":"open","assignees":[],"status":"breached","night":"2026-11-19"}\n');
      const data = await loadSiteData({ root: SAMPLE_ROOT, reportFile: path.join(SAMPLE_ROOT, 'report.json'), history: false, actionIssuesFile: file });
      expect(data.actionIssues).toEqual([]);
      expect(data.notes).toEqual([`the corrective-action issues in ${file} could not be read, so the pages link to an issue search instead: ${file}:1: "url" must be an http(s) address, got "javascript:alert(1)"`]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
