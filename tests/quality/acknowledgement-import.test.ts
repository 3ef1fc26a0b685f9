// Acknowledgements made outside GitHub, from their export: people found by handle, e-mail or staff id as the Team
// documents know them, every bad row named, the same acknowledgement twice kept once at its earliest time; and
// the plan of the "Please read" issues when a version supersedes an open one or an SOP is retired.

import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAcknowledgementCsv } from '../../scripts/sources/acknowledgement-csv.ts';
import { CsvImportError } from '../../scripts/sources/csv.ts';
import { mergeAcknowledgements } from '../../scripts/store/acknowledgement-store.ts';
import { planAcknowledgementIssues, applyAcknowledgementPlan } from '../../scripts/actions/acknowledgements.ts';
import { acknowledgementMarker } from '../../scripts/actions/acknowledgement-body.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { AcknowledgementCsvSettings, StandardsModel } from '../../scripts/model/model.ts';
import type { IssueRecord, IssueTracker } from '../../scripts/github/issues.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa');
let model: StandardsModel;
let settings: AcknowledgementCsvSettings;
beforeAll(async () => {
  model = (await loadStandardsModel({ root: FIXTURE, today: '2026-11-08' })).model!;
  settings = model.pipeline.acknowledgementSource!;
});

const NOW = Date.parse('2026-11-08T06:00:00Z');
const read = (rows: string[], s = settings) => readAcknowledgementCsv([`SOP,Version,Person,Completed\n${rows.join('\n')}\n`], s, model, { fileName: 'acks.csv', nowMs: NOW });

describe('the acknowledgements export', () => {
  it('finds people by handle, e-mail (any case) or staff id, and maps SOP names', async () => {
    const result = await read(['handle-refund,1,@Aoife-Byrne,2026-11-02 09:00', 'Refund requests,v1,CIARAN.WALSH@example.com,2026-11-02T10:00:00+01:00', 'refund requests,1,e2,2026-11-03 08:00']);
    expect(result.records).toEqual([
      { sop: 'handle-refund', version: 1, person: 'aoife-byrne', at: '2026-11-02T09:00:00Z', via: 'csv' },
      { sop: 'handle-refund', version: 1, person: 'ciaran-walsh', at: '2026-11-02T09:00:00Z', via: 'csv' },
      { sop: 'handle-refund', version: 1, person: 'staff:E2', at: '2026-11-03T08:00:00Z', via: 'csv' },
    ]);
  });

  it('names every bad row, and imports nothing', async () => {
    const error = await read([
      'handle-refunds,1,aoife-byrne,2026-11-02 09:00',
      'handle-refund,7,aoife-byrne,2026-11-02 09:00',
      'handle-refund,1,jo.bloggs@example.com,2026-11-02 09:00',
      'handle-refund,one,aoife-byrne,2026-11-09 09:00',
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvImportError);
    expect((error as CsvImportError).message).toBe([
      'acks.csv was not imported: 5 problems in 4 of 4 rows (fix them, or set source.acknowledgements.csv.skipBadRows: true to import the other rows and report these)',
      '  acks.csv row 2, column "SOP": "handle-refunds" is not an SOP — did you mean "handle-refund"?, or map it in source.acknowledgements.csv.values.sop',
      '  acks.csv row 3, column "Version": version 7 of handle-refund does not exist: the SOP is at version 1',
      "  acks.csv row 4, column \"Person\": row 4's person is in no Team document — add them to a team's members (github, email or staffId) so their acknowledgement counts",
      '  acks.csv row 5, column "Version": "one" is not a version — expected a whole number like 3',
      '  acks.csv row 5, column "Completed": "2026-11-09 09:00" is after the import (2026-11-08T06:00:00Z)',
    ].join('\n'));
    // The person nobody knows is named by row, never by the address the row gave.
    expect((error as CsvImportError).message).not.toContain('jo.bloggs');
  });

  it('the same acknowledgement twice is one, at the earlier time; nothing stored is removed', () => {
    const stored = [{ sop: 'handle-refund', version: 1, person: 'staff:E2', at: '2026-11-03T08:00:00Z', via: 'csv' as const }];
    const merged = mergeAcknowledgements(stored, [
      { sop: 'handle-refund', version: 1, person: 'staff:E2', at: '2026-11-04T08:00:00Z', via: 'csv' },
      { sop: 'handle-refund', version: 1, person: 'staff:E2', at: '2026-11-02T08:00:00Z', via: 'csv' },
    ]);
    expect(merged.records).toEqual([{ sop: 'handle-refund', version: 1, person: 'staff:E2', at: '2026-11-02T08:00:00Z', via: 'csv' }]);
    expect(merged.added).toEqual([]);
  });
});

describe('the "Please read" plan', () => {
  const record = (n: number, version: number, sop = 'handle-refund', state: 'open' | 'closed' = 'open'): IssueRecord => ({
    number: n, title: `Please read v${version}`, body: `${acknowledgementMarker(sop, version)}\n`, state, labels: ['sop-acknowledgement'], assignees: [], closedAt: null, url: `https://github.example/${n}`, author: null,
  });
  const own = (r: IssueRecord, sop: string, version: number) => ({ issue: r, sop, version });

  it('a new version opens its issue, then closes the open one of the old version pointing at it', async () => {
    const bumped: StandardsModel = { ...model, sops: model.sops.map((s) => ({ ...s, version: 2, changelog: [{ version: 2, date: '2026-11-07', summary: 'Two.' }, ...s.changelog] })) };
    const plan = planAcknowledgementIssues({ model: bumped, issues: [own(record(4, 1), 'handle-refund', 1)], records: [], published: () => '2026-11-07T10:00:00Z', unread: new Set() });
    expect(plan.operations.map((o) => [o.kind, o.version, 'issue' in o ? o.issue : null])).toEqual([['open', 2, null], ['close', 1, 4]]);
    const calls: string[] = [];
    const tracker: IssueTracker = {
      listByLabel: async () => [],
      account: async () => null,
      open: async (i) => { calls.push(`open ${i.title} [${i.assignees.join(',')}]`); return { ...record(5, 2), title: i.title }; },
      edit: async (n, e) => { calls.push(`edit #${n} ${e.state ?? ''} ${e.stateReason ?? ''}`); },
      comment: async (n, body) => { calls.push(`comment #${n}: ${body}`); },
    };
    const applied = await applyAcknowledgementPlan(plan, tracker, () => {});
    expect(applied.map((a) => a.error)).toEqual([null, null]);
    expect(calls).toEqual([
      'open Please read: Handling a refund request v2 []',
      'comment #4: Version 2 supersedes version 1: closing. Please read and acknowledge version 2 instead. See #5.',
      'edit #4 closed not_planned',
    ]);
  });

  it('a retired SOP closes its open issue as not planned; an issue that could not be read is not closed tonight', () => {
    const retired: StandardsModel = { ...model, sops: model.sops.map((s) => ({ ...s, status: 'retired' as const })) };
    const plan = planAcknowledgementIssues({ model: retired, issues: [own(record(4, 1), 'handle-refund', 1)], records: [], published: () => null, unread: new Set() });
    expect(plan.operations).toEqual([{ kind: 'close', sop: 'handle-refund', version: 1, issue: 4, comment: 'The SOP is retired now: nothing to acknowledge; closing.', reason: 'not_planned' }]);
    const everyone = ['aoife-byrne', 'ciaran-walsh', 'staff:E2'].map((person) => ({ sop: 'handle-refund', version: 1, person, at: '2026-11-03T08:00:00Z', via: 'csv' as const }));
    const unread = planAcknowledgementIssues({ model, issues: [own(record(4, 1), 'handle-refund', 1)], records: everyone, published: () => null, unread: new Set([4]) });
    expect(unread.operations).toEqual([]);
    const read = planAcknowledgementIssues({ model, issues: [own(record(4, 1), 'handle-refund', 1)], records: everyone, published: () => null, unread: new Set() });
    expect(read.operations.map((o) => [o.kind, o.kind === 'close' ? o.reason : null])).toEqual([['close', 'completed']]);
  });

  it('keeps to the night\'s write budget: the rest waits for later nights', () => {
    const many: StandardsModel = {
      ...model,
      pipeline: { ...model.pipeline, actions: { ...model.pipeline.actions, maxWrites: 2 } },
      sops: ['a', 'b', 'c'].map((id) => ({ ...model.sops[0]!, id: `sop-${id}`, title: `SOP ${id}` })),
    };
    const plan = planAcknowledgementIssues({ model: many, issues: [], records: [], published: () => null, unread: new Set() });
    expect([plan.operations.map((o) => o.sop), plan.deferred.map((o) => o.sop)]).toEqual([['sop-a', 'sop-b'], ['sop-c']]);
  });
});
