// The corrective-action issues as the nightly `standards actions` job last saw them: for each subject (a
// standard, an SOP's review) the issue it keeps, with its number, state and assignees. The actions job writes
// it after its night's writes; the next night's site reads it from the store, so a breached standard's page
// names its issue (#12, open, assigned to Ana López) instead of an issue search.
//
//   <store>/action-issues.ndjson
//   {"subject":"standard/csat","issue":12,"url":"https://github.com/acme/support/issues/12","state":"open","assignees":["ana-lopez"],"status":"breached","night":"2026-11-20"}
//
// Rewritten whole each night (a few lines: one per subject that ever had an issue), atomically. `night` is the
// report's day the job ran on; `status` is the status the issue's body last said (its hidden marker). A URL
// that is not http(s) is refused when read: the site puts it in a link.

import path from 'node:path';
import { nodeStoreFileSystem, writeFileAtomic, type StoreFileSystem } from './atomic-write.ts';
import { jsonObjectLines } from './ndjson-lines.ts';
import { StoreError } from './ticket-store.ts';

export interface ActionIssueRecord {
  /** `standard/<id>` or `review/<id>`: what the issue is about (the marker in its body). */
  subject: string;
  issue: number;
  url: string;
  state: 'open' | 'closed';
  /** GitHub logins. */
  assignees: string[];
  /** The status the issue last said: breached, at-risk, met, no-data, overdue, reviewed, deleted. */
  status: string;
  /** The report's day (YYYY-MM-DD) of the night that wrote the record. */
  night: string;
}

export const ACTION_ISSUES_FILE = 'action-issues.ndjson';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SUBJECT = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

function recordLine(r: ActionIssueRecord): string {
  return JSON.stringify({ subject: r.subject, issue: r.issue, url: r.url, state: r.state, assignees: r.assignees, status: r.status, night: r.night });
}

/** The file's text: one line per record, sorted by subject. */
export function formatActionIssues(records: readonly ActionIssueRecord[]): string {
  return [...records].sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0)).map((r) => `${recordLine(r)}\n`).join('');
}

/** Reads the file's text; a line that is not a record is an error naming the file, the line and the field. */
export function parseActionIssues(text: string, file: string): ActionIssueRecord[] {
  const records: ActionIssueRecord[] = [];
  for (const { where, data } of jsonObjectLines(text, file)) {
    const { subject, issue, url, state, assignees, status, night } = data ?? {};
    const wrong = (field: string, expected: string, value: unknown) => new StoreError(`${where}: "${field}" must be ${expected}, got ${JSON.stringify(value)}`);
    if (typeof subject !== 'string' || !SUBJECT.test(subject)) throw wrong('subject', 'like standard/first-response-urgent', subject);
    if (typeof issue !== 'number' || !Number.isInteger(issue) || issue < 1) throw wrong('issue', 'an issue number', issue);
    if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/.test(url)) throw wrong('url', 'an http(s) address', url);
    if (state !== 'open' && state !== 'closed') throw wrong('state', 'open or closed', state);
    if (!Array.isArray(assignees) || assignees.some((a) => typeof a !== 'string' || a === '')) throw wrong('assignees', 'a list of GitHub logins', assignees);
    if (typeof status !== 'string' || !/^[a-z-]+$/.test(status)) throw wrong('status', 'a status like breached', status);
    if (typeof night !== 'string' || !DAY.test(night)) throw wrong('night', 'a day like 2026-11-20', night);
    records.push({ subject, issue, url, state, assignees: assignees as string[], status, night });
  }
  return records;
}

export interface ActionIssues {
  readonly file: string;
  /** The records, or [] when the file does not exist yet. */
  read(): Promise<ActionIssueRecord[]>;
  write(records: readonly ActionIssueRecord[]): Promise<void>;
}

export function openActionIssues(storeDir: string, fs: StoreFileSystem = nodeStoreFileSystem): ActionIssues {
  const file = path.join(storeDir, ACTION_ISSUES_FILE);
  return {
    file,
    async read() {
      const bytes = await fs.readFile(file);
      if (!bytes) return [];
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new StoreError(`${file}: not UTF-8 text; delete it and the next corrective-actions run writes it again`);
      }
      return parseActionIssues(text, file);
    },
    async write(records) {
      await fs.mkdir(storeDir);
      await writeFileAtomic(fs, file, formatActionIssues(records));
    },
  };
}
