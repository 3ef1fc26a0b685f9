// The QA import against a real store on disk: a review dated before its ticket (stored: the import fails and
// writes nothing; arriving later: kept, flagged, not counted), what a night reads (the days the fetch changed
// only, or every day after a fetch it did not follow), a ticket that changes team, and an export that did not
// change is not read again.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importQaReviews } from '../../scripts/sources/qa-import.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { readQaReviews } from '../../scripts/store/qa-review-store.ts';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import { fileURLToPath } from 'node:url';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'qa');
let root: string;
let model: StandardsModel;
let logs: string[];
let nights = 0;

const ticket = (id: string, created: string, team = 'support-emea'): Ticket => ({
  id, created, updated: created, priority: 'normal', channel: 'email', status: 'open', team, tags: [], replies: [], statusChanges: [{ at: created, status: 'open' }],
});
const HEADER = 'Review,Ticket,Reviewed at,Reviewer,Agent,Greeting,accurate,Take ownership\n';

async function cursorText(): Promise<string | null> {
  return readFile(path.join(root, 'data', 'cursor.json'), 'utf8').catch(() => null);
}

async function night(csv: string, tickets: Ticket[], options: { changedDays?: string[]; cursorBefore?: string | null } = {}) {
  await writeFile(path.join(root, 'exports', 'qa-reviews.csv'), HEADER + csv);
  const store = openTicketStore(path.join(root, 'data'));
  const before = options.cursorBefore !== undefined ? options.cursorBefore : await cursorText();
  const merged = tickets.length ? await store.mergeTickets(tickets) : { changedDays: [] };
  await mkdir(path.dirname(store.cursorFile), { recursive: true });
  // A fetch writes a new cursor each night.
  await writeFile(store.cursorFile, `{"night": ${++nights}}\n`);
  return importQaReviews({ model, root, storeDir: path.join(root, 'data'), ticketCursorBefore: before, changedDays: options.changedDays ?? merged.changedDays, log: (l) => logs.push(l) });
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qa-import-'));
  const loaded = await loadStandardsModel({ root: FIXTURE, today: '2026-11-08' });
  model = loaded.model!;
  await mkdir(path.join(root, 'exports'));
  logs = [];
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

describe('a review dated before its ticket', () => {
  it('with the ticket stored, fails the import naming the row, and writes nothing', async () => {
    await night('R1,T1,2026-11-02T10:00:00Z,aoife-byrne,E2,pass,pass,pass\n', [ticket('T1', '2026-11-02T09:00:00Z')]);
    const before = await readFile(path.join(root, 'data', 'qa-reviews.ndjson'), 'utf8');
    await expect(night('R1,T1,2026-11-02T10:00:00Z,aoife-byrne,E2,pass,pass,pass\nR2,T2,2026-11-03T08:00:00Z,aoife-byrne,E2,pass,pass,pass\n', [ticket('T2', '2026-11-03T09:00:00Z')]))
      .rejects.toThrow('exports/qa-reviews.csv was not imported: 1 review is dated before the ticket it reviews (fix them, or set source.qa.csv.skipBadRows: true to import the other rows and report these)\n  exports/qa-reviews.csv row 3, column "Reviewed at": reviewed at 2026-11-03T08:00:00Z, before ticket T2 was created (2026-11-03T09:00:00Z) — fix the time or the ticket id');
    expect(await readFile(path.join(root, 'data', 'qa-reviews.ndjson'), 'utf8')).toBe(before);
  });

  it('with the ticket arriving later, is kept and flagged: reported, never counted', async () => {
    const first = await night('R2,T2,2026-11-03T08:00:00Z,aoife-byrne,E2,pass,pass,pass\n', []);
    expect([first!.waiting, first!.problems]).toEqual([1, 0]);
    const second = await night('R2,T2,2026-11-03T08:00:00Z,aoife-byrne,E2,pass,pass,pass\n', [ticket('T2', '2026-11-03T09:00:00Z')]);
    expect([second!.read, second!.matched, second!.waiting, second!.problems]).toEqual([false, 1, 0, 1]);
    const [stored] = await readQaReviews((await import('../../scripts/store/atomic-write.ts')).nodeStoreFileSystem, path.join(root, 'data'));
    expect(stored!.problem).toBe('reviewed at 2026-11-03T08:00:00Z, before ticket T2 was created (2026-11-03T09:00:00Z)');
    expect(logs.at(-1)).toBe('qa: the export is unchanged; 1 matched to their ticket tonight, 0 waiting for it, 1 dated before their ticket (not counted)');
  });
});

describe('what a night reads', () => {
  it('a waiting review is looked for in the days the fetch changed only; after a fetch the import did not follow, in every day', async () => {
    await night('R1,T9,2026-11-05T10:00:00Z,aoife-byrne,E2,pass,pass,pass\n', [ticket('T1', '2026-11-02T09:00:00Z'), ticket('T2', '2026-11-03T09:00:00Z')]);
    // The night's fetch changed one day, which does not hold T9: one day read, still waiting.
    const quiet = await night('R1,T9,2026-11-05T10:00:00Z,aoife-byrne,E2,pass,pass,pass\n', [ticket('T3', '2026-11-04T09:00:00Z')]);
    expect([quiet!.daysRead, quiet!.waiting]).toEqual([1, 1]);
    // T9 stored by a fetch this import did not follow (the cursor moved meanwhile): every day is read once.
    await openTicketStore(path.join(root, 'data')).mergeTickets([ticket('T9', '2026-11-04T12:00:00Z')]);
    const caughtUp = await night('R1,T9,2026-11-05T10:00:00Z,aoife-byrne,E2,pass,pass,pass\n', [], { cursorBefore: 'a cursor this import never saw', changedDays: [] });
    expect([caughtUp!.daysRead, caughtUp!.matched, caughtUp!.waiting]).toEqual([3, 1, 0]);
  });

  it("a ticket that changes team takes its reviews with it the night its day changes", async () => {
    await night('R1,T1,2026-11-02T10:00:00Z,aoife-byrne,E2,pass,pass,pass\n', [ticket('T1', '2026-11-02T09:00:00Z')]);
    await night('R1,T1,2026-11-02T10:00:00Z,aoife-byrne,E2,pass,pass,pass\n', [{ ...ticket('T1', '2026-11-02T09:00:00Z', 'support-leads'), updated: '2026-11-04T09:00:00Z' }]);
    const [stored] = await readQaReviews((await import('../../scripts/store/atomic-write.ts')).nodeStoreFileSystem, path.join(root, 'data'));
    expect(stored!.match).toEqual({ day: '2026-11-02', created: '2026-11-02T09:00:00Z', priority: 'normal', channel: 'email', team: 'support-leads', tags: [] });
  });

  it('an export that did not change is not read again; one that changed a review replaces it', async () => {
    const csv = 'R1,T1,2026-11-02T10:00:00Z,aoife-byrne,E2,pass,pass,pass\n';
    await night(csv, [ticket('T1', '2026-11-02T09:00:00Z')]);
    const again = await night(csv, []);
    expect([again!.read, again!.added, again!.updated, again!.written]).toEqual([false, 0, 0, true]);
    const changed = await night('R1,T1,2026-11-02T10:00:00Z,aoife-byrne,E2,pass,fail,pass\n', []);
    expect([changed!.read, changed!.added, changed!.updated, changed!.unchanged]).toEqual([true, 0, 1, 0]);
    const [stored] = await readQaReviews((await import('../../scripts/store/atomic-write.ts')).nodeStoreFileSystem, path.join(root, 'data'));
    expect([stored!.results.accurate, stored!.match?.day]).toEqual(['fail', '2026-11-02']);
  });
});
