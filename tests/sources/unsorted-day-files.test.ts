// A day file out of order (edited by hand, or a git conflict resolved by keeping both sides) hides nothing from a
// fetch: its first and last ids bound none of its tickets, so the fetch looks in it for every ticket (a deletion,
// a move), rewrites it sorted in its own commit (the newest copy of a ticket twice kept), and names it.

import { mkdir, mkdtemp, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import type { TicketBatch, TicketSource } from '../../scripts/sources/source.ts';
import { nodeStoreFileSystem, shownPath, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { ticketLine } from '../../scripts/store/ticket-lines.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { openTicket as ticket } from '../store/open-ticket.ts';

const NOW = new Date('2026-06-02T03:00:00Z');
const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 10, days: 2, seed: 5 } } } as unknown as StandardsModel;
const DAY_FILE = 'data/tickets/2026/05/2026-05-07.ndjson';

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(os.tmpdir(), 'unsorted-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

function source(batches: TicketBatch[]): TicketSource {
  return { type: 'memory', upstream: 'memory:test', async *fetchChanges() { for (const b of batches) yield b; return 'c2'; } };
}

const fetchWith = (batches: TicketBatch[], log: (line: string) => void = () => undefined, dryRun = false) => runFetch({ model, root, now: NOW, log, source: source(batches), dryRun });
/** The day file as messages name it (relative to the working directory when inside it). */
const shown = () => shownPath(path.join(root, DAY_FILE));

const on7 = (id: string, updated = '2026-05-07T12:00:00Z') => ticket(id, `2026-05-07T${String(Number(id) - 10).padStart(2, '0')}:00:00Z`, updated);

/** A store of 05-06 (ids 1–3) and 05-07 (ids 20–25), then 05-07 written again with its lines in `order`. */
async function storeWithDay7(lines: Ticket[]): Promise<void> {
  await fetchWith([{ tickets: [ticket('1', '2026-05-06T09:00:00Z'), ticket('2', '2026-05-06T10:00:00Z'), ticket('3', '2026-05-06T11:00:00Z'), ...['20', '21', '22', '23', '24', '25'].map((id) => on7(id))], rejected: [] }]);
  await mkdir(path.dirname(path.join(root, DAY_FILE)), { recursive: true });
  await writeFile(path.join(root, DAY_FILE), lines.map((t) => `${ticketLine(t)}\n`).join(''));
}

async function ids(day: string): Promise<string[]> {
  return (await openTicketStore(path.join(root, 'data')).readDay(day)).map((t) => t.id);
}

const SHUFFLED = ['22', '20', '24', '21', '25', '23'].map((id) => on7(id));

describe('a day file out of order', () => {
  it('a ticket deleted upstream from its middle (outside its first and last ids) is removed, and the day written sorted', async () => {
    await storeWithDay7(SHUFFLED);
    const lines: string[] = [];
    const summary = await fetchWith([{ tickets: [], rejected: [], deleted: ['20'] }], (line) => lines.push(line));
    expect(summary).toMatchObject({ removed: 1, changedDays: ['2026-05-07'] });
    expect(await ids('2026-05-07')).toEqual(['21', '22', '23', '24', '25']);
    expect(lines).toContain(`warning: ${shown()} line 2: ticket "20" after "22" (a day file is sorted by id): not a day file as the store writes it (edited by hand, or a git conflict resolved by keeping both sides?). This fetch read it whole to look for every ticket and rewrote it sorted (newest copy of a ticket kept); \`standards store check\` lists every such file`);
  });

  it('a ticket in its middle whose creation day changed leaves it: one copy, under its new day', async () => {
    await storeWithDay7(SHUFFLED);
    const summary = await fetchWith([{ tickets: [ticket('21', '2026-05-09T08:00:00Z', '2026-05-20T00:00:00Z')], rejected: [] }]);
    expect(summary).toMatchObject({ moved: 1, added: 0, changedDays: ['2026-05-07', '2026-05-09'] });
    expect(await ids('2026-05-07')).toEqual(['20', '22', '23', '24', '25']);
    expect(await ids('2026-05-09')).toEqual(['21']);
  });

  it('a git conflict kept whole (a ticket twice, the newer copy first): any fetch writes the day sorted with the newer copy only', async () => {
    await storeWithDay7([on7('20', '2026-05-10T00:00:00Z'), on7('21'), on7('20', '2026-05-08T00:00:00Z'), on7('22')]);
    const lines: string[] = [];
    const summary = await fetchWith([{ tickets: [ticket('4', '2026-05-06T12:00:00Z')], rejected: [] }], (line) => lines.push(line));
    expect(summary).toMatchObject({ added: 1, changedDays: ['2026-05-06', '2026-05-07'] });
    const day7 = await openTicketStore(path.join(root, 'data')).readDay('2026-05-07');
    expect(day7.map((t) => [t.id, t.updated])).toEqual([['20', '2026-05-10T00:00:00Z'], ['21', '2026-05-07T12:00:00Z'], ['22', '2026-05-07T12:00:00Z']]);
    expect(lines.filter((l) => l.startsWith('warning:')).map((l) => l.slice(0, l.indexOf(': not a day file')))).toEqual([`warning: ${shown()} line 3: ticket "20" after "21" (a day file is sorted by id)`]);
  });

  it('with --dry-run: names the file, says it would rewrite it, and writes nothing', async () => {
    await storeWithDay7(SHUFFLED);
    const lines: string[] = [];
    await fetchWith([{ tickets: [], rejected: [], deleted: ['20'] }], (line) => lines.push(line), true);
    expect(lines.some((l) => l.startsWith(`warning: ${shown()} line 2:`) && l.includes('and would rewrite it sorted'))).toBe(true);
    expect(await ids('2026-05-07')).toEqual(['22', '20', '24', '21', '25', '23']);
  });

  it('a day the fetch wrote and dated back since is checked whole once by a later fetch, then trusted; one edited since is checked again', async () => {
    await storeWithDay7(SHUFFLED);
    await fetchWith([{ tickets: [], rejected: [], deleted: ['20'] }]);
    const reads: string[] = [];
    const fs: StoreFileSystem = { ...nodeStoreFileSystem, async readFile(file) { if (file.startsWith(path.join(root, 'data/tickets'))) reads.push(path.basename(file)); return nodeStoreFileSystem.readFile(file); } };
    const next = () => runFetch({ model, root, now: NOW, log: () => undefined, fs, source: source([{ tickets: [ticket('21', '2026-05-09T08:00:00Z', '2026-05-20T00:00:00Z')], rejected: [] }]) });
    // A night later: the day files are as the last fetches left them, long before (mtimes in the past, the same
    // inodes and sizes: a stat the record has not seen, as it has not seen a file written in the racy window). Only
    // a file not yet dated back is: dating one again changes its change time, which the record keeps (a file's
    // times set back over new bytes, as by cp -p, must be read again).
    const aDayLater = async () => {
      const past = new Date('2026-06-01T00:00:00Z');
      for (const day of ['2026-05-06', '2026-05-07', '2026-05-09']) {
        const file = path.join(root, `data/tickets/2026/05/${day}.ndjson`);
        if ((await stat(file).catch(() => null))?.mtimeMs === past.getTime()) continue;
        await utimes(file, past, past).catch(() => undefined);
      }
    };
    await aDayLater();
    // Each day checked whole once (05-06, 05-07); 05-07 read again for ticket 21 (its stored copy, then the day
    // written without it); 05-09, where 21 moves, is asked for twice and has no file yet.
    await next();
    expect(reads.sort()).toEqual(['2026-05-06.ndjson', '2026-05-07.ndjson', '2026-05-07.ndjson', '2026-05-07.ndjson', '2026-05-09.ndjson', '2026-05-09.ndjson']);
    await aDayLater();
    reads.length = 0;
    await next();
    // 05-06 recorded a night ago: not read; 05-07 and 05-09 rewritten by the last fetch, checked once; 05-09 merged.
    expect(reads.sort()).toEqual(['2026-05-07.ndjson', '2026-05-09.ndjson', '2026-05-09.ndjson']);
    await aDayLater();
    reads.length = 0;
    await next();
    // Nothing written by the last fetch (21 unchanged): only 05-09, to merge it.
    expect(reads).toEqual(['2026-05-09.ndjson']);
    // 05-06 saved again by hand a while ago (the same bytes, a new file): checked whole once, then trusted again.
    const day6 = path.join(root, 'data/tickets/2026/05/2026-05-06.ndjson');
    const text = await readFile(day6);
    // As an editor saves: a new file renamed over the old one (a new inode while the old one still exists: a file
    // removed first could hand its inode number to the new one, and then the same bytes keep the same stat).
    await writeFile(`${day6}.saving`, text);
    await rename(`${day6}.saving`, day6);
    const past = new Date('2026-06-01T00:00:00Z');
    await utimes(day6, past, past);
    reads.length = 0;
    await next();
    expect(reads.sort()).toEqual(['2026-05-06.ndjson', '2026-05-09.ndjson']);
    reads.length = 0;
    await next();
    expect(reads).toEqual(['2026-05-09.ndjson']);
    expect(await ids('2026-05-07')).toEqual(['22', '23', '24', '25']);
  });
});

