// What the corrective-action job leaves in the store for the next night's site: each subject's issue after
// the night's writes (issue-records.ts), and the store file that keeps it (store/action-issues.ts).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionOutcome, ApplyResult } from '../../scripts/actions/apply.ts';
import { issueRecordsAfter } from '../../scripts/actions/issue-records.ts';
import type { ActionOperation } from '../../scripts/actions/plan.ts';
import type { IssueRecord } from '../../scripts/github/issues.ts';
import { openActionIssues, parseActionIssues, type ActionIssueRecord } from '../../scripts/store/action-issues.ts';

const marker = (subject: string, status: string) => `<!-- service-standards:corrective-action subject=${subject} status=${status} -->\n\nBody.`;
const issue = (number: number, subject: string | null, status: string, state: 'open' | 'closed', assignees: string[] = []): IssueRecord => ({
  number, title: `#${number}`, body: subject ? marker(subject, status) : 'Made by hand.', state, labels: ['corrective-action'], assignees,
  closedAt: state === 'closed' ? '2026-11-01T06:00:00Z' : null, url: `https://github.com/acme/help/issues/${number}`, author: null,
});
const outcome = (operation: ActionOperation, result: Partial<ActionOutcome>): ActionOutcome => ({
  action: { operation, priority: 0, writes: 1, summary: 's' }, issue: null, url: null, error: null, note: null, ...result,
});

describe('each subject\'s issue after the night', () => {
  it('keeps the open issue (else the newest), and applies what each successful write did', () => {
    const listed = [
      issue(3, 'standard/urgent', 'met', 'closed'),
      issue(5, 'standard/urgent', 'breached', 'open', ['ana-lopez']),
      issue(4, 'standard/csat', 'met', 'closed', ['ben']),
      issue(2, 'standard/csat', 'breached', 'closed'),
      issue(6, null, '', 'open'),
      issue(7, 'review/refunds', 'overdue', 'open'),
      issue(9, 'standard/nps', 'breached', 'open'),
    ];
    const result: ApplyResult = {
      stopped: null,
      outcomes: [
        // #5 goes from breached to at risk.
        outcome({ kind: 'update', subject: 'standard/urgent', status: 'at-risk', issue: 5, body: 'b', comment: 'c' }, { issue: 5 }),
        // #9 closes: recovered.
        outcome({ kind: 'close', subject: 'standard/nps', status: 'met', issue: 9, body: 'b', comment: 'c', reason: 'completed' }, { issue: 9 }),
        // Closing #7 failed: it stays as listed.
        outcome({ kind: 'close', subject: 'review/refunds', status: 'reviewed', issue: 7, body: 'b', comment: 'c', reason: 'completed' }, { issue: 7, error: 'GitHub answered 502' }),
        // A new breach: GitHub's answer names the assignees it kept.
        outcome({ kind: 'open', subject: 'standard/reopen', status: 'breached', title: 't', body: 'b', labels: [], assignees: ['ana-lopez', 'gone'] },
          { issue: 10, url: 'https://github.com/acme/help/issues/10', opened: { ...issue(10, 'standard/reopen', 'breached', 'open', ['ana-lopez']) } }),
        // Opening failed: no record.
        outcome({ kind: 'open', subject: 'standard/fcr', status: 'breached', title: 't', body: 'b', labels: [], assignees: [] }, { error: 'GitHub answered 403' }),
      ],
    };
    const records = issueRecordsAfter(listed, result, '2026-11-20');
    const url = (n: number) => `https://github.com/acme/help/issues/${n}`;
    expect(records.sort((a, b) => a.subject.localeCompare(b.subject))).toEqual<ActionIssueRecord[]>([
      { subject: 'review/refunds', issue: 7, url: url(7), state: 'open', assignees: [], status: 'overdue', night: '2026-11-20' },
      { subject: 'standard/csat', issue: 4, url: url(4), state: 'closed', assignees: ['ben'], status: 'met', night: '2026-11-20' },
      { subject: 'standard/nps', issue: 9, url: url(9), state: 'closed', assignees: [], status: 'met', night: '2026-11-20' },
      { subject: 'standard/reopen', issue: 10, url: url(10), state: 'open', assignees: ['ana-lopez'], status: 'breached', night: '2026-11-20' },
      { subject: 'standard/urgent', issue: 5, url: url(5), state: 'open', assignees: ['ana-lopez'], status: 'at-risk', night: '2026-11-20' },
    ]);
  });
});

describe('the store file', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'action-issues-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('is written whole, sorted by subject, and read back; absent reads as none', async () => {
    const store = openActionIssues(path.join(dir, 'data'));
    expect(await store.read()).toEqual([]);
    const b: ActionIssueRecord = { subject: 'standard/b', issue: 2, url: 'https://github.com/a/b/issues/2', state: 'closed', assignees: [], status: 'met', night: '2026-11-20' };
    const a: ActionIssueRecord = { ...b, subject: 'standard/a', issue: 1, url: 'https://github.com/a/b/issues/1', state: 'open', assignees: ['ana'], status: 'breached' };
    await store.write([b, a]);
    expect(await readFile(store.file, 'utf8')).toBe(
      '{"subject":"standard/a","issue":1,"url":"https://github.com/a/b/issues/1","state":"open","assignees":["ana"],"status":"breached","night":"2026-11-20"}\n' +
      '{"subject":"standard/b","issue":2,"url":"https://github.com/a/b/issues/2","state":"closed","assignees":[],"status":"met","night":"2026-11-20"}\n',
    );
    expect(await store.read()).toEqual([a, b]);
  });

  const good = { subject: 'standard/a', issue: 1, url: 'https://github.com/a/b/issues/1', state: 'open', assignees: ['ana'], status: 'breached', night: '2026-11-20' };
  it.each([
    ['{"subject":', 'f:2: not a JSON line'],
    [JSON.stringify({ ...good, subject: 'Standard A' }), 'f:2: "subject" must be like standard/first-response-urgent, got "Standard A"'],
    [JSON.stringify({ ...good, issue: '12' }), 'f:2: "issue" must be an issue number, got "12"'],
    [JSON.stringify({ ...good, url: 'javascript:alert(1)' }), 'f:2: "url" must be an http(s) address, got "javascript:alert(1)"'],
    [JSON.stringify({ ...good, state: 'merged' }), 'f:2: "state" must be open or closed, got "merged"'],
    [JSON.stringify({ ...good, assignees: 'ana' }), 'f:2: "assignees" must be a list of GitHub logins, got "ana"'],
    [JSON.stringify({ ...good, status: '<b>' }), 'f:2: "status" must be a status like breached, got "<b>"'],
    [JSON.stringify({ ...good, night: '20 Nov' }), 'f:2: "night" must be a day like 2026-11-20, got "20 Nov"'],
  ])('a damaged line names the file, the line and the field: %s', (line, message) => {
    expect(() => parseActionIssues(`${JSON.stringify(good)}\n${line}\n`, 'f')).toThrow(message);
  });

  it('a file that is not UTF-8 is refused, not read with replacement characters', async () => {
    const store = openActionIssues(dir);
    await writeFile(store.file, Buffer.from([0xff, 0xfe, 0x0a]));
    await expect(store.read()).rejects.toThrow(`${store.file}: not UTF-8 text; delete it and the next corrective-actions run writes it again`);
  });
});
