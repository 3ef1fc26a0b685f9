// The record of the day files' order (day-range-record.ts) under git's racy-index rule on the file system's own
// clock: an entry is trusted unread when the day's recorded mtime is strictly older than the entry's mark (a file
// time taken before the read it records, or before the install of a day the store wrote). Coarse clocks are
// simulated with whole-second mtimes (utimes) and a file clock that stands at whole seconds: a write, a mark and an
// edit in the same second share one mtime, as on a file system with whole-second times.

import { mkdtemp, open, readdir, readFile, rm, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { DayRangeRecord, dayRangeRecordFile, type FileClock } from '../../scripts/store/day-range-record.ts';
import { startStagedFetch } from '../../scripts/store/staged-fetch.ts';
import { locateTickets } from '../../scripts/store/ticket-locations.ts';
import { incomingTicket, openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { openTicket as ticket } from './open-ticket.ts';

let root: string;
let store: TicketStore;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'day-ranges-racy-'));
  store = openTicketStore(root);
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const fs = nodeStoreFileSystem;
const DAY = '2026-05-07';
const OTHER = '2026-05-08';
/** A second of the coarse clock: the fetch wrote the day files in it. */
const T = Date.parse('2026-06-01T03:00:00Z');
const SECOND = 1_000;
const NIGHT = 86_400_000;
const fileClockAt = (ms: number): FileClock => async () => BigInt(ms) * 1_000_000n;

/** Rewrites `from` as `to` (same length) in `file`, in place (same inode, same size), then dates it `ms`. */
async function editInPlace(file: string, from: string, to: string, ms: number): Promise<void> {
  const text = await readFile(file, 'latin1');
  const at = text.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  const handle = await open(file, 'r+');
  try { await handle.write(Buffer.from(to, 'latin1'), 0, to.length, at); } finally { await handle.close(); }
  await utimes(file, new Date(ms), new Date(ms));
}

/** Day `day` holding `ids`, its file dated `ms`. */
async function dayOf(day: string, ids: readonly string[], ms: number): Promise<string> {
  await store.mergeTickets(ids.map((id) => ticket(id, `${day}T09:${id.padStart(2, '0').slice(-2)}:00Z`)));
  const file = store.dayFile(day);
  await utimes(file, new Date(ms), new Date(ms));
  return file;
}

/** A lookup of `ids` by a run whose file clock stands at `ms`, its record saved: who holds them, days read whole. */
async function lookUp(ids: readonly string[], ms: number, days?: readonly string[]): Promise<{ holding: Map<string, string[]>; checked: number }> {
  const record = await DayRangeRecord.open(fs, root, fileClockAt(ms));
  const { holding, cost } = await locateTickets(store, fs, new Set(ids), days, record);
  await record.save(await store.listDays());
  return { holding, checked: cost.daysChecked };
}

describe('a day the store wrote, noted with the mark taken before its install', () => {
  it('written a tick before the mark: trusted the next night unread (no wait of seconds)', async () => {
    const file = await dayOf(DAY, ['46', '47', '48'], T);
    const atCommit = await DayRangeRecord.open(fs, root, fileClockAt(T + SECOND));
    await atCommit.noteWritten(DAY, file, { kind: 'sorted', first: '46', last: '48' }, await atCommit.markNow());
    await atCommit.save([DAY]);
    // The next night, and one a second after the commit: the day is not read to be checked.
    expect(await lookUp(['99'], T + NIGHT)).toEqual({ holding: new Map(), checked: 0 });
    expect(await lookUp(['47'], T + 2 * SECOND)).toEqual({ holding: new Map([['47', [DAY]]]), checked: 0 });
  });

  it('written in the mark\'s own tick: racy, read whole once by the next lookup, then trusted', async () => {
    const file = await dayOf(DAY, ['46', '47', '48'], T);
    const atCommit = await DayRangeRecord.open(fs, root, fileClockAt(T));
    await atCommit.noteWritten(DAY, file, { kind: 'sorted', first: '46', last: '48' }, await atCommit.markNow());
    await atCommit.save([DAY]);
    const checked = [];
    for (let night = 1; night <= 3; night++) checked.push((await lookUp(['99'], T + night * NIGHT)).checked);
    expect(checked).toEqual([1, 0, 0]);
  });

  it('edited in place after the mark: the edit\'s mtime is the mark\'s tick or later, so the stat differs and the ticket it brought in is found', async () => {
    const file = await dayOf(DAY, ['46', '47', '48', '49', '50'], T);
    const atCommit = await DayRangeRecord.open(fs, root, fileClockAt(T + SECOND));
    await atCommit.noteWritten(DAY, file, { kind: 'sorted', first: '46', last: '50' }, await atCommit.markNow());
    await atCommit.save([DAY]);
    // In the mark's second, right after the install: 50 renumbered 90, same size, same inode.
    await editInPlace(file, '"id":"50"', '"id":"90"', T + SECOND);
    expect(await lookUp(['90'], T + NIGHT)).toEqual({ holding: new Map([['90', [DAY]]]), checked: 1 });
  });

  it('without a file time (a read-only store, a probe that failed): nothing is noted, the day is read by the next lookup', async () => {
    const file = await dayOf(DAY, ['46', '47', '48'], T);
    const atCommit = await DayRangeRecord.open(fs, root, async () => null);
    await atCommit.noteWritten(DAY, file, { kind: 'sorted', first: '46', last: '48' }, await atCommit.markNow());
    await atCommit.save([DAY]);
    expect((await lookUp(['99'], T + NIGHT)).checked).toBe(1);
  });
});

describe('a day read whole by a lookup, marked before the read', () => {
  it('an mtime one tick older than the mark is trusted from then on; an mtime in the mark\'s tick is read again', async () => {
    await dayOf(DAY, ['46', '47', '48'], T - SECOND);
    await dayOf(OTHER, ['51', '52'], T);
    // The lookup's file clock stands at T: DAY is a tick older, OTHER was written in the tick of the read.
    expect((await lookUp(['99'], T)).checked).toBe(2);
    expect((await lookUp(['99'], T + NIGHT)).checked).toBe(1);
    expect((await lookUp(['99'], T + 2 * NIGHT)).checked).toBe(0);
  });

  it('a racy entry stays racy when later runs rewrite the record around it: an edit in its tick is found', async () => {
    const file = await dayOf(DAY, ['46', '47', '48', '49', '50'], T);
    await dayOf(OTHER, ['51', '52'], T);
    // Run 1 reads both days in the tick they were written: both recorded racy.
    expect((await lookUp(['99'], T)).checked).toBe(2);
    // Still in that tick, DAY is edited in place: 50 renumbered 90 (same size, inode and mtime).
    await editInPlace(file, '"id":"50"', '"id":"90"', T);
    // Run 2, a night later, looks only at OTHER: it reads it again (racy), learns it for good and rewrites the record,
    // carrying DAY's racy entry. That rewrite, seconds past DAY's mtime, must not make DAY's entry trusted.
    expect(await lookUp(['52'], T + NIGHT, [OTHER])).toEqual({ holding: new Map([['52', [OTHER]]]), checked: 1 });
    // Run 3 looks for 90: DAY is read whole (its entry is racy under its own mark), OTHER trusted unread.
    expect(await lookUp(['90'], T + 2 * NIGHT)).toEqual({ holding: new Map([['90', [DAY]]]), checked: 1 });
  });

  it('settled entries carried through later rewrites of the record stay trusted, each under its own mark', async () => {
    await dayOf(DAY, ['46', '47', '48'], T - SECOND);
    expect((await lookUp(['99'], T)).checked).toBe(1);
    const record = JSON.parse(await readFile(dayRangeRecordFile(root), 'utf8')) as { format: number; days: Record<string, unknown[]> };
    expect(record.format).toBe(4);
    expect(record.days[DAY]![4]).toBe(String(BigInt(T) * 1_000_000n));
    await dayOf(OTHER, ['51', '52'], T + NIGHT - SECOND);
    // A night later: only the new day is read, and the record rewritten keeps DAY's entry and mark as they were.
    expect((await lookUp(['99'], T + NIGHT)).checked).toBe(1);
    const rewritten = JSON.parse(await readFile(dayRangeRecordFile(root), 'utf8')) as { days: Record<string, unknown[]> };
    expect(rewritten.days[DAY]).toEqual(record.days[DAY]);
    expect(rewritten.days[OTHER]![4]).toBe(String(BigInt(T + NIGHT) * 1_000_000n));
    expect((await lookUp(['99'], T + 2 * NIGHT)).checked).toBe(0);
  });
});

describe('the file clock a record takes by default (a probe file\'s mtime beside the record)', () => {
  it('a day dated long before the lookup is trusted after one read; one dated after it (a future mtime) never is; the probe leaves no file', async () => {
    await dayOf(DAY, ['46', '47', '48'], Date.parse('2020-01-01T00:00:00Z'));
    await dayOf(OTHER, ['51', '52'], Date.parse('2100-01-01T00:00:00Z'));
    const checked: number[] = [];
    for (let run = 0; run < 3; run++) {
      const record = await DayRangeRecord.open(fs, root);
      const { holding, cost } = await locateTickets(store, fs, new Set(['47', '52']), undefined, record);
      expect(holding).toEqual(new Map([['47', [DAY]], ['52', [OTHER]]]));
      await record.save(await store.listDays());
      checked.push(cost.daysChecked);
    }
    expect(checked).toEqual([2, 1, 1]);
    expect((await readdir(path.dirname(dayRangeRecordFile(root)))).sort()).toEqual(['.gitignore', 'day-ranges.json']);
  });
});

// The probe beside the day files, on their file system. A `.cache` linked (or mounted) elsewhere, a tmpfs whose clock
// is fine, beside day files on a whole-second one: the probe beside the record gave a mark inside the second the
// days were written in, past their whole-second mtime, so a day edited in place in that second was trusted unread
// for good and a ticket the edit brought in was never found (a deletion not made, an update filed as a second copy).
// Simulated: every stat under tickets/ (day files, a probe there) reads the second T from T on; a probe elsewhere is
// stamped finely, past T.
describe('a cache folder on another file system than the day files (a link to a tmpfs)', () => {
  it('takes the mark beside the day files: a day written and edited in place in its second is read whole again, and the ticket the edit brought in found', async () => {
    const tickets = path.join(root, 'tickets') + path.sep;
    const tick = BigInt(T) * 1_000_000n;
    let fine = tick;
    const split: StoreFileSystem = { ...fs, async stat(file) {
      const s = await fs.stat!(file);
      if (s === null) return null;
      if (!file.startsWith(tickets)) return { ...s, mtimeNs: String(fine += 1_000n) };
      const clamp = (ns: string | undefined) => (ns === undefined || BigInt(ns) < tick ? ns : String(tick));
      return { ...s, mtimeNs: clamp(s.mtimeNs)!, ctimeNs: clamp(s.ctimeNs) };
    } };
    const file = await dayOf(DAY, ['46', '47', '48', '49', '50'], T);
    const lookUpSplit = async (ids: readonly string[]) => {
      const record = await DayRangeRecord.open(split, root);
      const { holding } = await locateTickets(store, split, new Set(ids), undefined, record);
      await record.save(await store.listDays());
      return holding;
    };
    expect(await lookUpSplit(['99'])).toEqual(new Map());
    await editInPlace(file, '"id":"50"', '"id":"90"', T);
    expect(await lookUpSplit(['90'])).toEqual(new Map([['90', [DAY]]]));
    expect(await readdir(path.join(root, 'tickets'))).toEqual(['2026']);
  });
});

describe('the fetch\'s commit', () => {
  it('takes the mark after every staged day is written and before the first is installed, and notes each written day under it', async () => {
    await dayOf(DAY, ['46', '47'], T - NIGHT);
    const events: string[] = [];
    const logged: StoreFileSystem = {
      ...fs,
      async rename(from, to) { if (to.endsWith('.ndjson')) events.push(`install ${path.basename(to)}`); return fs.rename(from, to); },
      async open(file, flags) { if (file.includes(`${path.sep}staged${path.sep}`) && flags === 'wx') events.push(`stage ${path.basename(file)}`); return fs.open(file, flags); },
    };
    // The file clock stands past the staged files' mtimes: every written day is settled.
    const markMs = Date.parse('2100-01-01T00:00:00Z');
    const record = await DayRangeRecord.open(logged, root, async () => { events.push('mark'); return BigInt(markMs) * 1_000_000n; });
    const staging = await startStagedFetch(openTicketStore(root, { fs: logged }), logged, { record });
    for (const t of [ticket('48', `${DAY}T10:00:00Z`), ticket('53', `${OTHER}T10:00:00Z`)]) {
      const { day, incoming } = incomingTicket(t);
      await staging.add(day, incoming);
    }
    await staging.prepare('merge');
    await staging.commit([]);
    await record.save(await store.listDays());
    // The first mark is the lookup's (prepare read the stored day whole: it was not recorded); the commit's is the last.
    expect(events).toEqual(['mark', `stage ${DAY}.ndjson`, `stage ${OTHER}.ndjson`, 'mark', `install ${DAY}.ndjson`, `install ${OTHER}.ndjson`]);
    // The next night reads neither day to check it.
    expect(await lookUp(['99'], markMs + NIGHT)).toEqual({ holding: new Map(), checked: 0 });
  });
});
