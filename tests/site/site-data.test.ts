import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
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
  });

  it('lists changes newest first, from git when a document has history and from SOP changelogs otherwise', async () => {
    const data = await loadSiteData({ root: SAMPLE_ROOT, reportFile: path.join(SAMPLE_ROOT, 'report.json'), history: false });
    const csat = data.model.standards.find((s) => s.id === 'csat')!;
    const entry: HistoryEntry = { commit: 'abc1234', date: '2026-10-02T09:00:00+01:00', subject: 'Raise the CSAT target to 90%', version: null, created: false, fields: [], sop: null };
    const changes = recentChanges(data.model, { [csat.origin.file]: [entry] });
    expect(changes.slice(0, 3).map((c) => [c.date, c.kind, c.id, c.what])).toEqual([
      ['2026-10-02', 'Standard', 'csat', 'Raise the CSAT target to 90%'],
      ['2026-08-01', 'SOP', 'handle-complaint', 'Version 3: Follow-up moved to the team lead; resolution within two days.'],
      ['2026-06-03', 'SOP', 'urgent-triage', 'Version 2: Confirm urgency within 15 minutes instead of 30.'],
    ]);
    expect(changes).toHaveLength(7);
  });
});
