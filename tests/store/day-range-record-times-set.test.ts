// A day file replaced in place by bytes of the same size under an old, chosen mtime (`cp -p` or `rsync -t --inplace`
// of another version of the day, `touch -d`, a tool that keeps times): size, mtime and inode as recorded, the mtime
// older than the entry's mark. Only the change time (ctime), which no program can set, tells the bytes changed.

import { copyFile, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { DayRangeRecord, type FileClock } from '../../scripts/store/day-range-record.ts';
import { locateTickets } from '../../scripts/store/ticket-locations.ts';
import { openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';
import { openTicket as ticket } from './open-ticket.ts';

let root: string;
let other: string;
let store: TicketStore;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'day-ranges-times-'));
  other = await mkdtemp(path.join(os.tmpdir(), 'day-ranges-times-other-'));
  store = openTicketStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(other, { recursive: true, force: true });
});

const fs = nodeStoreFileSystem;
const DAY = '2026-05-07';
const T = Date.parse('2026-06-01T03:00:00Z');
const NIGHT = 86_400_000;
const fileClockAt = (ms: number): FileClock => async () => BigInt(ms) * 1_000_000n;

async function dayIn(into: TicketStore, ids: readonly string[]): Promise<string> {
  await into.mergeTickets(ids.map((id) => ticket(id, `${DAY}T09:${id}:00Z`)));
  const file = into.dayFile(DAY);
  await utimes(file, new Date(T), new Date(T));
  return file;
}

async function lookUp(ids: readonly string[], ms: number): Promise<{ holding: Map<string, string[]>; checked: number }> {
  const record = await DayRangeRecord.open(fs, root, fileClockAt(ms));
  const { holding, cost } = await locateTickets(store, fs, new Set(ids), undefined, record);
  await record.save(await store.listDays());
  return { holding, checked: cost.daysChecked };
}

it('a day copied over in place with its old mtime kept (cp -p), same size: read again, and the ticket it brought in is found', async () => {
  const file = await dayIn(store, ['46', '47', '48']);
  expect((await lookUp(['99'], T + NIGHT)).checked).toBe(1);
  expect((await lookUp(['99'], T + 2 * NIGHT)).checked).toBe(0);
  // Another version of the day: 12 where 46 was, every line the same length.
  const version = await dayIn(openTicketStore(other), ['12', '47', '48']);
  const before = await stat(file, { bigint: true });
  await copyFile(version, file);
  await utimes(file, new Date(T), new Date(T));
  const after = await stat(file, { bigint: true });
  // What cp -p leaves: the same inode, size and mtime as the recorded day.
  expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
  expect(await lookUp(['12'], T + 3 * NIGHT)).toEqual({ holding: new Map([['12', [DAY]]]), checked: 1 });
});

it('a day only touched back to its own mtime (bytes kept) is read once more, then trusted again', async () => {
  const file = await dayIn(store, ['46', '47', '48']);
  expect((await lookUp(['99'], T + NIGHT)).checked).toBe(1);
  await utimes(file, new Date(T), new Date(T));
  expect((await lookUp(['47'], T + 2 * NIGHT)).checked).toBe(1);
  expect(await lookUp(['47'], T + 3 * NIGHT)).toEqual({ holding: new Map([['47', [DAY]]]), checked: 0 });
});
