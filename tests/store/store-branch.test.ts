// The standards-data branch as base day files plus a journal (store-branch.ts, store-journal.ts): every pack
// restores to the store the night wrote, byte for byte, and every damaged journal is refused with its file,
// line and what to do, leaving no half-written folder behind.
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../scripts/model/model.ts';
import { nodeStoreFileSystem, shownPath, StoreWriteError, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { startStagedFetch } from '../../scripts/store/staged-fetch.ts';
import { packStore, restoreStore, type PackSummary } from '../../scripts/store/store-branch.ts';
import { ticketLine } from '../../scripts/store/ticket-lines.ts';
import { cursorText, incomingTicket, openTicketStore } from '../../scripts/store/ticket-store.ts';
import { baseHeaderOf } from './segment-base.ts';
import { openTicket as ticket } from './open-ticket.ts';

let work: string;
beforeEach(async () => { work = await mkdtemp(path.join(os.tmpdir(), 'store-branch-')); });
afterEach(async () => { await rm(work, { recursive: true, force: true }); });

const fs = nodeStoreFileSystem;
const dayPath = (dir: string, day: string) => path.join(dir, 'tickets', day.slice(0, 4), day.slice(5, 7), `${day}.ndjson`);

/** One night as the fetch stores it (staged-fetch.ts: the nightly path, removals and emptied days included). */
async function night(store: string, tickets: readonly Ticket[], deleted: readonly { id: string; day: string }[], fetchedAt: string, report = true): Promise<void> {
  const ticketStore = openTicketStore(store);
  const staged = await startStagedFetch(ticketStore, fs);
  for (const t of tickets) {
    const { day, incoming } = incomingTicket(t);
    await staged.add(day, incoming);
  }
  await staged.prepare('merge', deleted.map((d) => d.day), new Set(deleted.map((d) => d.id)));
  await staged.commit([{ file: ticketStore.cursorFile, content: cursorText({ source: 'sample', cursor: fetchedAt, fetchedAt }) }]);
  if (report) await writeFile(path.join(store, 'report.json'), `{"generatedAt":"${fetchedAt}"}\n`);
}

/** Every file under `dir` but hidden ones (.git, .cache, the lock), as path → text. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const rel = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (entry.isFile() && !rel.split(path.sep).some((p) => p.startsWith('.'))) out.set(rel, await readFile(path.join(dir, rel), 'utf8'));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Packs `store` over `previous` into a new folder, restores that into another, and checks it is the store. */
async function packAndCheck(store: string, previous: string | null, name: string, compactAt = 0.5): Promise<{ tree: string; packed: PackSummary }> {
  const tree = path.join(work, name);
  const packed = await packStore({ storeDir: store, previousDir: previous, outDir: tree, compactAt, fs });
  const restored = path.join(work, `${name}-restored`);
  await restoreStore({ branchDir: tree, storeDir: restored, fs });
  expect(await filesOf(restored)).toEqual(await filesOf(store));
  return { tree, packed };
}

const DAY1 = '2026-05-06';
const DAY2 = '2026-05-07';
const DAY3 = '2026-05-08';

describe('packing the store into the standards-data branch', () => {
  it('keeps the first night as whole day files, then adds one segment of exactly the lines that changed', async () => {
    const store = path.join(work, 'data');
    const t1 = ticket('1', `${DAY1}T09:00:00Z`);
    const t2 = ticket('2', `${DAY1}T10:00:00Z`);
    const t3 = ticket('3', `${DAY1}T11:00:00Z`);
    const t10 = ticket('10', `${DAY2}T09:00:00Z`);
    await night(store, [t1, t2, t3, t10], [], '2026-05-07T12:00:00Z');
    const first = await packAndCheck(store, null, 'night-1');
    expect(first.packed).toMatchObject({ compacted: true, reason: 'no previous tree (the first night)', segment: null });
    expect(await filesOf(first.tree)).toEqual(await filesOf(store));

    // Night 2: ticket 2 replied to, ticket 3 deleted upstream, ticket 11 created on a new day.
    const t2b = ticket('2', `${DAY1}T10:00:00Z`, `${DAY3}T08:00:00Z`, { status: 'solved', replies: [{ at: `${DAY3}T08:00:00Z`, by: 'agent' }] });
    const t11 = ticket('11', `${DAY3}T07:00:00Z`);
    await night(store, [t2b, t11], [{ id: '3', day: DAY1 }], '2026-05-08T12:00:00Z');
    // A small store: the bound is set high, so the journal keeps the night (compaction has its own test).
    const second = await packAndCheck(store, first.tree, 'night-2', 10);
    // The report first (one line replaced: a patch of its lines, with the sha256 of the result), then the tickets.
    const report2 = '{"generatedAt":"2026-05-08T12:00:00Z"}\n';
    const reportEntry = `{"file":"report.json","sha256":"${createHash('sha256').update(report2).digest('hex')}","hunks":[[0,1,[${JSON.stringify(report2.trimEnd())}]]]}\n`;
    // The first line: the base it applies to (the first night's day files and report).
    const segment =
      (await baseHeaderOf(first.tree)) +
      reportEntry +
      `{"day":"${DAY1}","ticket":${ticketLine(t2b)}}\n` +
      `{"day":"${DAY1}","removed":"3"}\n` +
      `{"day":"${DAY3}","ticket":${ticketLine(t11)}}\n`;
    expect(await readFile(path.join(second.tree, 'journal/000001.ndjson'), 'utf8')).toBe(segment);
    expect(second.packed).toEqual({
      compacted: false, reason: null, segment: '000001.ndjson', entries: 3, files: 1, changedDays: 2, segmentBytes: Buffer.byteLength(segment),
      journalBytes: Buffer.byteLength(segment), baseBytes: `${ticketLine(t1)}\n${ticketLine(t2)}\n${ticketLine(t3)}\n${ticketLine(t10)}\n`.length,
    });
    // The base day files and the report are the previous tree's, untouched; the cursor is tonight's.
    const tree = await filesOf(second.tree);
    expect([...tree.keys()]).toEqual(['cursor.json', 'journal/000001.ndjson', 'report.json', `tickets/2026/05/${DAY1}.ndjson`, `tickets/2026/05/${DAY2}.ndjson`]);
    expect(tree.get(`tickets/2026/05/${DAY1}.ndjson`)).toBe(`${ticketLine(t1)}\n${ticketLine(t2)}\n${ticketLine(t3)}\n`);
    expect(tree.get('report.json')).toBe('{"generatedAt":"2026-05-07T12:00:00Z"}\n');
    expect(tree.get('cursor.json')).toBe(await readFile(path.join(store, 'cursor.json'), 'utf8'));

    // Night 3: no ticket changed, only the report: a segment of one file entry.
    await night(store, [], [], '2026-05-09T12:00:00Z');
    const third = await packAndCheck(store, second.tree, 'night-3', 10);
    expect(third.packed).toMatchObject({ compacted: false, segment: '000002.ndjson', entries: 0, files: 1, changedDays: 0 });
    expect((await filesOf(third.tree)).get('journal/000001.ndjson')).toBe(segment);
    // Night 4: nothing changed at all: no segment, the journal as it was.
    await night(store, [], [], '2026-05-09T12:00:00Z');
    const fourth = await packAndCheck(store, third.tree, 'night-4', 10);
    expect(fourth.packed).toMatchObject({ compacted: false, segment: null, entries: 0, files: 0, changedDays: 0 });
    expect([...(await filesOf(fourth.tree)).keys()].filter((f) => f.startsWith('journal/'))).toEqual(['journal/000001.ndjson', 'journal/000002.ndjson']);
  });

  it('compacts into whole day files when the journal passes its share of the base, and starts a new journal after', async () => {
    const store = path.join(work, 'data');
    const base = Array.from({ length: 10 }, (_, i) => ticket(String(i + 1), `${DAY1}T${String(i + 10).padStart(2, '0')}:00:00Z`));
    await night(store, base, [], '2026-05-07T00:00:00Z');
    const first = await packAndCheck(store, null, 'n1');
    const baseBytes = base.reduce((sum, t) => sum + ticketLine(t).length + 1, 0);
    // One changed ticket: a segment of one line, well under half of the base.
    const changed = { ...base[0]!, updated: `${DAY2}T00:00:00Z`, status: 'solved' as const };
    await night(store, [changed], [], '2026-05-07T12:00:00Z', false);
    const segmentBytes = (await baseHeaderOf(first.tree)).length + `{"day":"${DAY1}","ticket":${ticketLine(changed)}}\n`.length;
    const second = await packAndCheck(store, first.tree, 'n2', (segmentBytes + 1) / baseBytes);
    expect(second.packed).toMatchObject({ compacted: false, segment: '000001.ndjson', journalBytes: segmentBytes });
    // A second line takes the journal past the same bound: compaction, and the tree is the store's own day files.
    const another = { ...base[1]!, updated: `${DAY2}T00:00:00Z`, status: 'solved' as const };
    await night(store, [another], [], '2026-05-08T00:00:00Z', false);
    const third = await packAndCheck(store, second.tree, 'n3', (segmentBytes + 1) / baseBytes);
    expect(third.packed.compacted).toBe(true);
    expect(third.packed.reason).toBe(`the journal (${(2 * segmentBytes).toLocaleString('en')} bytes) passed ${Math.round((segmentBytes + 1) / baseBytes * 100)}% of the base day files (${baseBytes.toLocaleString('en')} bytes)`);
    expect(await filesOf(third.tree)).toEqual(await filesOf(store));
    await night(store, [{ ...base[2]!, updated: `${DAY3}T00:00:00Z` }], [], '2026-05-09T00:00:00Z');
    const fourth = await packAndCheck(store, third.tree, 'n4', 10);
    expect(fourth.packed.segment).toBe('000001.ndjson');
  });

  it('restores to the store byte for byte over forty simulated nights of adds, updates, deletions and compactions', async () => {
    const store = path.join(work, 'data');
    // A fixed pseudo-random sequence (no clock, no Math.random): the same nights on every run.
    let seed = 20261206;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const live = new Map<string, Ticket>();
    let nextId = 1;
    let previous: string | null = null;
    let compactions = 0;
    let longestJournal = 0;
    for (let n = 0; n < 40; n++) {
      const fetchedAt = new Date(Date.UTC(2026, 4, 6 + n, 12)).toISOString();
      const batch: Ticket[] = [];
      const deleted: { id: string; day: string }[] = [];
      for (let i = 0, adds = 3 + next(4); i < adds; i++) {
        // New tickets on the night's day and, now and then, on an older day (a late import).
        const day = new Date(Date.UTC(2026, 4, 6 + Math.max(0, n - next(3) * next(5)))).toISOString().slice(0, 10);
        const t = ticket(next(5) === 0 ? `NW-${nextId++}` : String(nextId++), `${day}T0${next(10)}:00:00Z`, fetchedAt);
        live.set(t.id, t);
        batch.push(t);
      }
      const ids = [...live.keys()];
      for (let i = 0, updates = next(5); i < updates && ids.length > 0; i++) {
        const t = live.get(ids[next(ids.length)]!)!;
        const updated = { ...t, updated: fetchedAt, tags: [...t.tags, `n${n}`] };
        live.set(t.id, updated);
        batch.push(updated);
      }
      if (n % 6 === 5) {
        // A deletion upstream; every third one takes every ticket of a day (the day file goes).
        const victim = live.get(ids[next(ids.length)]!)!;
        const day = victim.created.slice(0, 10);
        const gone = n % 18 === 17 ? [...live.values()].filter((t) => t.created.startsWith(day)) : [victim];
        for (const t of gone) { live.delete(t.id); deleted.push({ id: t.id, day }); }
      }
      await night(store, batch, deleted, fetchedAt);
      const { tree, packed } = await packAndCheck(store, previous, `night-${n}`, 0.6);
      if (packed.compacted) compactions++;
      longestJournal = Math.max(longestJournal, (await readdir(path.join(tree, 'journal')).catch(() => [])).length);
      if (previous) await rm(previous, { recursive: true });
      await rm(`${path.join(work, `night-${n}`)}-restored`, { recursive: true });
      previous = tree;
    }
    // The nights went through both branches of the format: several compactions, journals of several segments.
    expect(compactions).toBeGreaterThan(2);
    expect(longestJournal).toBeGreaterThan(4);
  });

  it('starts a journal on a branch kept as plain day files (as before the journal), and restores one as it is', async () => {
    const store = path.join(work, 'data');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`), ticket('2', `${DAY2}T09:00:00Z`)], [], '2026-05-07T12:00:00Z');
    const oldBranch = path.join(work, 'old-branch');
    await mkdir(oldBranch);
    for (const [file, text] of await filesOf(store)) {
      await mkdir(path.dirname(path.join(oldBranch, file)), { recursive: true });
      await writeFile(path.join(oldBranch, file), text);
    }
    await mkdir(path.join(oldBranch, '.git'));
    await writeFile(path.join(oldBranch, '.git/HEAD'), 'ref: refs/heads/standards-data\n');
    const restored = path.join(work, 'restored');
    expect(await restoreStore({ branchDir: oldBranch, storeDir: restored, fs })).toEqual({ days: 2, journaledDays: 0, segments: 0 });
    expect(await filesOf(restored)).toEqual(await filesOf(store));
    const changed = ticket('2', `${DAY2}T09:00:00Z`, `${DAY3}T09:00:00Z`, { status: 'solved' });
    await night(store, [changed], [], '2026-05-08T12:00:00Z');
    const { packed } = await packAndCheck(store, oldBranch, 'new-branch', 10);
    expect(packed).toMatchObject({ compacted: false, segment: '000001.ndjson', entries: 1 });
  });

  it('compacts when a day file is not in the form the journal can rebuild (a hand-edited, unsorted file)', async () => {
    const store = path.join(work, 'data');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`), ticket('2', `${DAY1}T10:00:00Z`)], [], '2026-05-07T12:00:00Z');
    const first = await packAndCheck(store, null, 'n1');
    const day = dayPath(store, DAY1);
    const [a, b] = (await readFile(day, 'utf8')).trimEnd().split('\n');
    await writeFile(day, `${b}\n${a}\n`);
    const second = await packAndCheck(store, first.tree, 'n2');
    expect(second.packed.compacted).toBe(true);
    expect(second.packed.reason).toBe(`${shownPath(day)} is not in the form the store writes (sorted by id, one line per ticket, no empty file), so only whole day files can keep it`);
    expect(await filesOf(second.tree)).toEqual(await filesOf(store));
  });

  it('is refused where a store is read: the packed tree would miss every change since the last compaction', async () => {
    const store = path.join(work, 'data');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`)], [], '2026-05-07T12:00:00Z');
    const first = await packAndCheck(store, null, 'n1');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`, `${DAY2}T09:00:00Z`)], [], '2026-05-08T12:00:00Z');
    const { tree } = await packAndCheck(store, first.tree, 'n2', 10);
    const shown = shownPath(tree);
    await expect(openTicketStore(tree).listDays()).rejects.toThrow(
      `${shown} holds journal/: it is the standards-data branch as committed (day files plus the changes since), not a store; restore it first (\`standards store restore --from ${shown} --store DIR\`) and use DIR`,
    );
    await expect(packStore({ storeDir: tree, previousDir: first.tree, outDir: path.join(work, 'again'), fs })).rejects.toThrow(
      `${shown} holds journal/: it is a packed branch tree, not a store; pack the store the night wrote (restore the branch with \`standards store restore\` first)`,
    );
  });
});

describe('a damaged journal or base day is refused with its file, line and what to do', () => {
  const RESET = 'reset the standards-data branch to its last good commit (`git push --force origin <last good commit>:standards-data`): its day files, journal and cursor belong together, and the next nightly fetch catches up from that cursor';
  const REMEDY = `the store job commits segments whole, so this one was changed after it (an edit, a checkout or merge of part of the branch): ${RESET}`;
  const one = ticketLine(ticket('1', `${DAY1}T09:00:00Z`, `${DAY2}T09:00:00Z`));
  const two = ticketLine(ticket('2', `${DAY1}T10:00:00Z`));
  const notJson = `{"day":"${DAY1}","ticket":{"id":"1"`;
  const SHAPE = 'expected {"day":"YYYY-MM-DD","ticket":{…}} or {"day":"YYYY-MM-DD","removed":"<ticket id>"}';
  const FILE_SHAPE = 'expected {"file":"report.json","sha256":"<64 hex digits>","hunks":[[line, lines removed, ["inserted line", …]], …]} or {"file":"report.json","removed":true}';
  // Each segment gets the header of the branch's base (branchWith) unless `bare`; its lines count from 2.
  const cases: { name: string; journal: Record<string, string>; message: string; bare?: true }[] = [
    { name: 'a truncated segment', journal: { '000001.ndjson': `{"day":"${DAY1}","ticket":${one}}\n{"day":"${DAY1}","ticket":{"id":"2","cre` },
      message: 'journal/000001.ndjson line 3: the segment ends in the middle of a line (truncated: every line the pack writes ends with a newline); ' + REMEDY },
    { name: 'a segment without its base header (the first line says which base it applies to)', journal: { '000001.ndjson': `{"day":"${DAY1}","ticket":${one}}\n` }, bare: true,
      message: `journal/000001.ndjson line 1: not the segment's base header (its first line says which base day files it applies to: {"base":{"days":<count>,"bytes":<count>,"sha256":"<64 hex digits>"}}); ${REMEDY}` },
    { name: 'an empty segment', journal: { '000001.ndjson': '' }, bare: true,
      message: `journal/000001.ndjson line 1: not the segment's base header (its first line says which base day files it applies to: {"base":{"days":<count>,"bytes":<count>,"sha256":"<64 hex digits>"}}); ${REMEDY}` },
    { name: 'a line that is not JSON', journal: { '000001.ndjson': `${notJson}\n` },
      // The line is 38 characters: the parser stops after the last one.
      message: `journal/000001.ndjson line 2: not valid JSON at column 39; ${REMEDY}` },
    { name: 'a line of some other text (never echoed: it may be anything)', journal: { '000001.ndjson': 'SECRET-OUTSIDE\n' },
      message: `journal/000001.ndjson line 2: not valid JSON; ${REMEDY}` },
    { name: 'lines out of order', journal: { '000001.ndjson': `{"day":"${DAY1}","ticket":${two}}\n{"day":"${DAY1}","ticket":${one}}\n` },
      message: `journal/000001.ndjson line 3: out of order (${DAY1} "1" comes after ${DAY1} "2"; a segment is sorted by day, then by ticket id, one line per ticket); ${REMEDY}` },
    { name: 'days out of order', journal: { '000001.ndjson': `{"day":"${DAY2}","removed":"9"}\n{"day":"${DAY1}","ticket":${one}}\n` },
      message: `journal/000001.ndjson line 3: out of order (${DAY1} "1" comes after ${DAY2} "9"; a segment is sorted by day, then by ticket id, one line per ticket); ${REMEDY}` },
    { name: 'a ticket twice', journal: { '000001.ndjson': `{"day":"${DAY1}","ticket":${one}}\n{"day":"${DAY1}","removed":"1"}\n` },
      message: `journal/000001.ndjson line 3: out of order (repeats ${DAY1} "1"; a segment is sorted by day, then by ticket id, one line per ticket); ${REMEDY}` },
    { name: 'a day that does not exist', journal: { '000001.ndjson': `{"day":"2026-02-30","ticket":${one}}\n` },
      message: `journal/000001.ndjson line 2: day "2026-02-30" does not exist (a day is a calendar day written YYYY-MM-DD); ${REMEDY}` },
    { name: 'a day in another form', journal: { '000001.ndjson': `{"day":"6 May 2026","removed":"1"}\n` },
      message: `journal/000001.ndjson line 2: day "6 May 2026" does not exist (a day is a calendar day written YYYY-MM-DD); ${REMEDY}` },
    { name: 'a line without a day', journal: { '000001.ndjson': `{"ticket":${one}}\n` },
      message: `journal/000001.ndjson line 2: not a journal entry (${SHAPE}); ${REMEDY}` },
    { name: 'a ticket without an id', journal: { '000001.ndjson': `{"day":"${DAY1}","ticket":{"created":"${DAY1}T09:00:00Z"}}\n` },
      message: `journal/000001.ndjson line 2: not a journal entry (${SHAPE}, in that key order, the ticket with its id); ${REMEDY}` },
    { name: 'both a ticket and a removal', journal: { '000001.ndjson': `{"day":"${DAY1}","ticket":${one},"removed":"1"}\n` },
      message: `journal/000001.ndjson line 2: not a journal entry (${SHAPE}, in that key order, the ticket with its id); ${REMEDY}` },
    { name: 'a file that is not a segment', journal: { '000001.ndjson': `{"day":"${DAY1}","ticket":${one}}\n`, 'notes.txt': 'hello\n' },
      message: 'journal/notes.txt: not a journal segment (segments are named 000001.ndjson, 000002.ndjson, … by the pack); remove it from the branch (`git rm`), or ' + RESET },
    { name: 'a missing segment', journal: { '000001.ndjson': `{"day":"${DAY1}","ticket":${one}}\n`, '000003.ndjson': `{"day":"${DAY1}","removed":"1"}\n` },
      message: 'journal/000002.ndjson: missing (the journal holds 000001.ndjson, 000003.ndjson; segments are numbered from 000001 without gaps, and each holds a night of changes); ' + RESET },
    { name: 'a file the journal does not keep (a path out of the store)', journal: { '000001.ndjson': '{"file":"../../etc/passwd","removed":true}\n' },
      message: `journal/000001.ndjson line 2: file "../../etc/passwd" is not one the journal keeps (report.json, status-log.ndjson); ${REMEDY}` },
    { name: 'a file entry without its sha256', journal: { '000001.ndjson': '{"file":"report.json","hunks":[]}\n' },
      message: `journal/000001.ndjson line 2: not a file entry (${FILE_SHAPE}); ${REMEDY}` },
    { name: 'a hunk that is not [line, lines removed, lines]', journal: { '000001.ndjson': `{"file":"report.json","sha256":"${'0'.repeat(64)}","hunks":[[0,"1",[]]]}\n` },
      message: `journal/000001.ndjson line 2: hunk 1 of report.json is not [line, lines removed, ["inserted line", …]] (${FILE_SHAPE}); ${REMEDY}` },
    { name: 'overlapping hunks', journal: { '000001.ndjson': `{"file":"report.json","sha256":"${'0'.repeat(64)}","hunks":[[2,3,[]],[4,0,["x"]]]}\n` },
      message: `journal/000001.ndjson line 2: hunk 2 of report.json starts at line 5, inside or before the previous one (hunks ascend and do not overlap); ${REMEDY}` },
    { name: 'a file entry after the tickets', journal: { '000001.ndjson': `{"day":"${DAY1}","ticket":${one}}\n{"file":"report.json","removed":true}\n` },
      message: `journal/000001.ndjson line 3: out of order (report.json after the tickets; a segment lists its files first, sorted by name, once each, then its tickets); ${REMEDY}` },
    { name: 'files out of order', journal: { '000001.ndjson': '{"file":"status-log.ndjson","removed":true}\n{"file":"report.json","removed":true}\n' },
      message: `journal/000001.ndjson line 3: out of order (report.json after status-log.ndjson; a segment lists its files first, sorted by name, once each, then its tickets); ${REMEDY}` },
    { name: 'a patch made against another copy of the file', journal: { '000001.ndjson': `{"file":"report.json","sha256":"${'0'.repeat(64)}","hunks":[[0,1,["{}"]]]}\n` },
      message: `journal/000001.ndjson line 2: the changes to report.json do not rebuild the report.json the night wrote (its sha256 differs): the report.json they apply to was changed after the pack; ${REMEDY}` },
    { name: 'a patch past the end of the file', journal: { '000001.ndjson': `{"file":"report.json","sha256":"${'0'.repeat(64)}","hunks":[[5,1,[]]]}\n` },
      message: `journal/000001.ndjson line 2: a change to report.json at line 6 is past its end (2 lines): the report.json it applies to is not the one the journal was written against; ${REMEDY}` },
  ];

  async function branchWith(journal: Record<string, string>, baseDay = `${two}\n`, bare = false): Promise<string> {
    const branch = path.join(work, 'branch');
    await mkdir(path.join(branch, 'journal'), { recursive: true });
    await mkdir(path.dirname(dayPath(branch, DAY1)), { recursive: true });
    await writeFile(dayPath(branch, DAY1), baseDay);
    await writeFile(path.join(branch, 'cursor.json'), cursorText({ source: 'sample', cursor: 'c', fetchedAt: '2026-05-07T12:00:00Z' }));
    await writeFile(path.join(branch, 'report.json'), '{"generatedAt":"2026-05-07T12:00:00Z"}\n');
    const header = bare ? '' : await baseHeaderOf(branch);
    for (const [name, text] of Object.entries(journal)) await writeFile(path.join(branch, 'journal', name), /^\d{6}\.ndjson$/.test(name) ? header + text : text);
    return branch;
  }

  it.each(cases)('$name', async ({ journal, message, bare }) => {
    const cwd = process.cwd();
    process.chdir(work);
    try {
      const branch = await branchWith(journal, undefined, bare);
      await expect(restoreStore({ branchDir: branch, storeDir: path.join(work, 'data'), fs })).rejects.toThrow(message);
      // A pack over the damaged tree refuses it the same way, before writing anything.
      const store = path.join(work, 'store');
      await night(store, [ticket('1', `${DAY1}T09:00:00Z`)], [], '2026-05-07T12:00:00Z');
      await expect(packStore({ storeDir: store, previousDir: branch, outDir: path.join(work, 'tree'), fs })).rejects.toThrow(message);
      expect((await readdir(work)).sort()).toEqual(['branch', 'store']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('a journal from before a compaction, checked out over the newer base days, is refused at its first line', async () => {
    const store = path.join(work, 'data');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`), ticket('2', `${DAY1}T10:00:00Z`)], [], '2026-05-07T12:00:00Z');
    const first = await packAndCheck(store, null, 'n1');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`, `${DAY2}T09:00:00Z`, { status: 'solved' })], [], '2026-05-08T12:00:00Z');
    const second = await packAndCheck(store, first.tree, 'n2', 10);
    // Night 3 changes ticket 1 again and compacts: its base day holds ticket 1 as of night 3.
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`, `${DAY3}T09:00:00Z`, { status: 'closed' })], [], '2026-05-09T12:00:00Z');
    const third = await packAndCheck(store, second.tree, 'n3', 0.0001);
    expect(third.packed.compacted).toBe(true);
    // `git checkout <night 2> -- journal/`: night 2's segment would take ticket 1 back to "solved".
    await mkdir(path.join(third.tree, 'journal'));
    await writeFile(path.join(third.tree, 'journal/000001.ndjson'), await readFile(path.join(second.tree, 'journal/000001.ndjson')));
    const stamp = async (dir: string) => {
      const { days, bytes, sha256 } = (JSON.parse(await baseHeaderOf(dir)) as { base: { days: number; bytes: number; sha256: string } }).base;
      return `${days} day files, ${bytes.toLocaleString('en')} bytes, sha256 ${sha256.slice(0, 12)}…`;
    };
    const message = `${shownPath(path.join(third.tree, 'journal/000001.ndjson'))} line 1: the segment was written for other base day files (${await stamp(first.tree)}) than the branch holds (${await stamp(third.tree)}): the journal and the day files come from different commits (journal/ checked out or merged from another commit, or day files changed after the pack), and applying it would give tickets no night wrote; ${RESET}`;
    await expect(restoreStore({ branchDir: third.tree, storeDir: path.join(work, 'restored'), fs })).rejects.toThrow(message);
    await expect(packStore({ storeDir: store, previousDir: third.tree, outDir: path.join(work, 'n4'), fs })).rejects.toThrow(message);
  });

  it('a base day the journal changes must be a day file the store writes', async () => {
    const cwd = process.cwd();
    process.chdir(work);
    try {
      const branch = await branchWith({ '000001.ndjson': `{"day":"${DAY1}","ticket":${one}}\n` }, `${two}\n${two}\n`);
      await expect(restoreStore({ branchDir: branch, storeDir: path.join(work, 'data'), fs })).rejects.toThrow(
        `tickets/2026/05/${DAY1}.ndjson: not a day file the store writes (a line without a ticket id, or one id twice), so the journal's changes to ${DAY1} cannot be applied to it; ${RESET}`,
      );
      expect((await readdir(work)).sort()).toEqual(['branch']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('a sound journal restores, into a folder that does not exist or an empty one (a mount point)', async () => {
    const branch = await branchWith({ '000001.ndjson': `{"day":"${DAY1}","ticket":${one}}\n`, '000002.ndjson': `{"day":"${DAY1}","removed":"2"}\n{"day":"${DAY2}","removed":"7"}\n` });
    const empty = path.join(work, 'mounted');
    await mkdir(empty);
    for (const target of [path.join(work, 'fresh'), empty]) {
      expect(await restoreStore({ branchDir: branch, storeDir: target, fs })).toEqual({ days: 1, journaledDays: 2, segments: 2 });
      expect(await readFile(dayPath(target, DAY1), 'utf8')).toBe(`${one}\n`);
      // .cache: the store's record of the day files it wrote (day-range-record.ts), kept out of git.
      expect((await readdir(target)).sort()).toEqual(['.cache', 'cursor.json', 'report.json', 'tickets']);
    }
  });
});

describe('what the branch holds beside the tickets', () => {
  it('copies files, never symlinks (a link in the branch would copy what it points at into the store)', async () => {
    const branch = path.join(work, 'branch');
    await mkdir(path.join(branch, 'tickets'), { recursive: true });
    await writeFile(path.join(work, 'outside.txt'), 'not the store\n');
    await writeFile(path.join(branch, 'cursor.json'), '{}\n');
    await symlink(path.join(work, 'outside.txt'), path.join(branch, 'linked.json'));
    await restoreStore({ branchDir: branch, storeDir: path.join(work, 'data'), fs });
    expect((await readdir(path.join(work, 'data'))).sort()).toEqual(['cursor.json']);
  });
});

describe('a link in the branch or the store is refused, and nothing is read through it', () => {
  const SECRET = 'SECRET-OUTSIDE';
  const RESET = 'reset the standards-data branch to its last good commit (`git push --force origin <last good commit>:standards-data`): its day files, journal and cursor belong together, and the next nightly fetch catches up from that cursor';
  const refusal = (file: string) => `${file}: not a regular file (a symbolic link, or another special file), and the branch holds only the files the pack writes; nothing was read through it. Remove it from the branch (\`git rm\`), or ${RESET}`;

  /** A branch of one base day (or none), its cursor, and `link` (a path in it) a symlink to a file outside holding SECRET. */
  async function branchWithLink(link: string, target = path.join(work, 'outside.txt')): Promise<string> {
    const branch = path.join(work, 'branch');
    await mkdir(path.join(branch, 'journal'), { recursive: true });
    await mkdir(path.dirname(dayPath(branch, DAY2)), { recursive: true });
    await writeFile(dayPath(branch, DAY2), `${ticketLine(ticket('2', `${DAY2}T09:00:00Z`))}\n`);
    await writeFile(path.join(branch, 'cursor.json'), cursorText({ source: 'sample', cursor: 'c', fetchedAt: '2026-05-07T12:00:00Z' }));
    await writeFile(path.join(work, 'outside.txt'), `${SECRET}\n`);
    await mkdir(path.dirname(path.join(branch, link)), { recursive: true });
    await symlink(target, path.join(branch, link));
    return branch;
  }

  it.each([
    ['a day file', `tickets/2026/05/${DAY1}.ndjson`],
    ['a journal segment', 'journal/000001.ndjson'],
    ['a month folder', 'tickets/2026/06'],
    ['the report the journal patches', 'report.json'],
  ])('%s that is a symlink', async (_what, link) => {
    const cwd = process.cwd();
    process.chdir(work);
    try {
      const target = link === 'tickets/2026/06' ? path.join(work, 'outside') : path.join(work, 'outside.txt');
      await mkdir(path.join(work, 'outside', '2026-06-01.ndjson'), { recursive: true });
      const branch = await branchWithLink(link, target);
      const restore = restoreStore({ branchDir: branch, storeDir: path.join(work, 'data'), fs });
      await expect(restore).rejects.toThrow(refusal(path.join('branch', link)));
      await expect(restore).rejects.not.toThrow(SECRET);
      const store = path.join(work, 'store');
      await night(store, [ticket('1', `${DAY1}T09:00:00Z`)], [], '2026-05-07T12:00:00Z');
      await expect(packStore({ storeDir: store, previousDir: branch, outDir: path.join(work, 'tree'), fs })).rejects.toThrow(refusal(path.join('branch', link)));
      expect((await readdir(work)).sort()).toEqual(['branch', 'outside', 'outside.txt', 'store']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('a day file of the store that is a symlink is not packed into the branch', async () => {
    const store = path.join(work, 'data');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`)], [], '2026-05-07T12:00:00Z');
    await writeFile(path.join(work, 'outside.txt'), `${SECRET}\n`);
    await symlink(path.join(work, 'outside.txt'), dayPath(store, DAY2));
    const pack = packStore({ storeDir: store, previousDir: null, outDir: path.join(work, 'tree'), fs });
    await expect(pack).rejects.toThrow(`${shownPath(dayPath(store, DAY2))}: not a regular file (a symbolic link, or another special file), and the store holds only the files the pack writes; nothing was read through it. Replace it with the file itself, or move it out of the store`);
    expect((await readdir(work)).sort()).toEqual(['data', 'outside.txt']);
  });
});

describe('a fetch that finishes while the store is packed', () => {
  it('leaves the tree the cursor read before the day files: older than its days at worst, never newer', async () => {
    const store = path.join(work, 'data');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`)], [], '2026-05-07T12:00:00Z');
    const first = await packAndCheck(store, null, 'n1');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`, `${DAY2}T09:00:00Z`, { status: 'solved' })], [], '2026-05-08T12:00:00Z');
    const cursorOfNight2 = await readFile(path.join(store, 'cursor.json'), 'utf8');
    // The first day file the pack reads from the store: a fetch (night 3, a ticket on a new day) finishes first.
    let fetched = false;
    const racing: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async readFile(file) {
        if (!fetched && file.startsWith(path.join(store, 'tickets') + path.sep)) {
          fetched = true;
          await night(store, [ticket('2', `${DAY3}T09:00:00Z`)], [], '2026-05-09T12:00:00Z');
        }
        return nodeStoreFileSystem.readFile(file);
      },
    };
    const tree = path.join(work, 'n2');
    await packStore({ storeDir: store, previousDir: first.tree, outDir: tree, compactAt: 10, fs: racing });
    expect(fetched).toBe(true);
    expect(await readFile(path.join(tree, 'cursor.json'), 'utf8')).toBe(cursorOfNight2);
    // The tree holds night 2's days with night 2's cursor: the next fetch, from that cursor, brings ticket 2.
    const restored = path.join(work, 'restored');
    await restoreStore({ branchDir: tree, storeDir: restored, fs });
    expect((await filesOf(restored)).get(`tickets/2026/05/${DAY3}.ndjson`)).toBe(undefined);
  });
});

describe('a failed pack or restore leaves no half-written folder', () => {
  /** The node file system, with the `failAt`-th file opened for writing failing as a full disk does. */
  function fullDiskAt(failAt: number): StoreFileSystem {
    let opened = 0;
    return {
      ...nodeStoreFileSystem,
      async open(file, flags) {
        if (flags === 'wx' && ++opened === failAt) throw Object.assign(new Error(`ENOSPC: no space left on device, open '${file}'`), { code: 'ENOSPC' });
        return nodeStoreFileSystem.open(file, flags);
      },
    };
  }

  it('a restore or a pack that fails half-way removes its work and leaves no target', async () => {
    const store = path.join(work, 'data');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`), ticket('2', `${DAY2}T09:00:00Z`), ticket('3', `${DAY3}T09:00:00Z`)], [], '2026-05-07T12:00:00Z');
    const first = await packAndCheck(store, null, 'n1');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`, `${DAY3}T10:00:00Z`)], [], '2026-05-08T12:00:00Z');
    const before = (await readdir(work)).sort();
    const pack = packStore({ storeDir: store, previousDir: first.tree, outDir: path.join(work, 'tree'), fs: fullDiskAt(4) });
    await expect(pack).rejects.toThrow(StoreWriteError);
    await expect(pack).rejects.toThrow(/the disk is full \(ENOSPC\)/);
    const restore = restoreStore({ branchDir: first.tree, storeDir: path.join(work, 'restored'), fs: fullDiskAt(3) });
    await expect(restore).rejects.toThrow(/the disk is full \(ENOSPC\)/);
    expect((await readdir(work)).sort()).toEqual(before);
  });

  it('refuses a target that already holds files, before any work', async () => {
    const store = path.join(work, 'data');
    await night(store, [ticket('1', `${DAY1}T09:00:00Z`)], [], '2026-05-07T12:00:00Z');
    const first = await packAndCheck(store, null, 'n1');
    await expect(restoreStore({ branchDir: first.tree, storeDir: store, fs })).rejects.toThrow(
      `the store ${shownPath(store)} already holds cursor.json, report.json, tickets: give a folder that does not exist yet (or an empty one), so nothing is written over`,
    );
    await expect(packStore({ storeDir: store, previousDir: null, outDir: first.tree, fs })).rejects.toThrow(
      `--out ${shownPath(first.tree)} already holds cursor.json, report.json, tickets: give a folder that does not exist yet (or an empty one), so nothing is written over`,
    );
  });
});
