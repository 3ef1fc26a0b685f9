// "This week": status changes from the status log, goal changes from the report's versions and from git
// history, SOP versions from changelogs; the last 7 days counting today, newest first.
import { describe, expect, it } from 'vitest';
import { thisWeek, weekStart } from '../../scripts/publish/this-week.ts';
import type { StatusEntry } from '../../scripts/store/status-log.ts';
import type { HistoryEntry } from '../../scripts/publish/site-history.ts';
import type { Report } from '../../scripts/model/documents.generated.ts';
import type { SopDefinition } from '../../scripts/model/model.ts';
import { standard } from '../engine/engine-fixtures.ts';

const TODAY = '2026-11-20';
const csat = standard({ id: 'csat', metric: 'csat', title: 'Customers rate us good' });
const frt = standard({ id: 'frt', metric: 'first_response_time', title: 'First reply within an hour' });
const nps = standard({ id: 'nps', metric: 'nps', title: 'NPS at least 30', effective: '2026-12-01' });

const entry = (date: string, standardId: string, status: StatusEntry['status'], version = 'v1'): StatusEntry => ({ date, standard: standardId, status, value: null, version });
const statusLog: StatusEntry[] = [
  entry('2026-11-12', 'csat', 'met'), entry('2026-11-13', 'csat', 'breached'), // 13 Nov: before the week
  entry('2026-11-14', 'csat', 'breached'), entry('2026-11-15', 'csat', 'at-risk'), // 15 Nov: in the week
  entry('2026-11-19', 'csat', 'at-risk'), entry('2026-11-20', 'csat', 'met', 'v2'), // today, after a change
  entry('2026-11-19', 'gone', 'met'), entry('2026-11-20', 'gone', 'breached'), // a standard no longer defined
];

const goal = (text: string, value: number) => ({ direction: 'min' as const, value, thresholdMinutes: 60, text });
const report = {
  standards: [
    { id: 'frt', versions: [{ version: '2026-01-01', from: '2026-01-01', goal: goal('80% within 1h', 0.8) }, { version: '2026-11-16 (abc1234)', from: '2026-11-16', goal: goal('85% within 1h', 0.85) }] },
    // A version that took effect before the week, and one whose goal did not change.
    { id: 'csat', versions: [{ version: 'a', from: '2026-01-01', goal: goal('at least 80%', 0.8) }, { version: 'b', from: '2026-11-10', goal: goal('at least 85%', 0.85) }, { version: 'c', from: '2026-11-18', goal: goal('at least 85%', 0.85) }] },
  ],
} as unknown as Pick<Report, 'standards'>;

const history = (date: string, fields: HistoryEntry['fields']): HistoryEntry => ({ commit: 'c0ffee', date, subject: 'Change', version: null, created: false, fields, sop: null });
const histories: Record<string, HistoryEntry[]> = {
  // frt's change is already said by its version: not twice.
  [frt.origin.file]: [history('2026-11-16T10:00:00Z', [{ field: 'objective', before: '80%', after: '85%' }])],
  // nps: committed this week, in force from 1 Dec: no version yet in the report.
  [nps.origin.file]: [history('2026-11-18T09:00:00Z', [{ field: 'target', before: 'min: 20', after: 'min: 30' }, { field: 'title', before: 'Old', after: 'NPS at least 30' }]), history('2026-11-17T09:00:00Z', [{ field: 'title', before: 'A', after: 'Old' }])],
};

const sop = (id: string, title: string, changelog: { version: number; date: string; summary: string }[]) => ({ id, title, changelog }) as unknown as SopDefinition;
const sops = [
  sop('handle-complaint', 'Handling a complaint', [{ version: 3, date: '2026-11-19', summary: 'Call back within a day.' }, { version: 2, date: '2026-11-01', summary: 'Older.' }]),
];

describe('this week', () => {
  it('starts six days before today', () => {
    expect(weekStart(TODAY)).toBe('2026-11-14');
  });

  it('lists status changes, goal changes and SOP versions of the last 7 days, newest first', () => {
    const items = thisWeek({ model: { standards: [csat, frt, nps], sops }, report, histories, statusLog, today: TODAY });
    expect(items.map((i) => [i.date, i.kind, i.document.id, i.what])).toEqual([
      ['2026-11-20', 'status', 'csat', 'Now met (was at risk), after a change to the standard'],
      ['2026-11-19', 'sop', 'handle-complaint', 'Version 3 published: Call back within a day.'],
      ['2026-11-18', 'goal', 'nps', 'Goal changed: target min: 20 → min: 30 (in force from 2026-12-01)'],
      ['2026-11-16', 'goal', 'frt', 'Goal 80% within 1h → 85% within 1h, in force from this day'],
      ['2026-11-15', 'status', 'csat', 'Now at risk (was breached)'],
    ]);
    expect(items[0]!.status).toBe('met');
    expect(items[1]!.version).toBe(3);
  });

  it('is empty in a quiet week', () => {
    expect(thisWeek({ model: { standards: [csat, frt, nps], sops }, report, histories, statusLog, today: '2027-02-01' })).toEqual([]);
  });
});
