import { fork } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ageStoreFiles, snapshotStore } from './store-snapshot.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import type { TicketSource } from '../../scripts/sources/source.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { compareTicketIds, ticketLine } from '../../scripts/store/ticket-lines.ts';
import { openTicketStore, StoreError } from '../../scripts/store/ticket-store.ts';
import { openTicket as ticket } from './open-ticket.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'ticket-store-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const dayPath = (day: string) => path.join(dir, 'tickets', day.slice(0, 4), day.slice(5, 7), `${day}.ndjson`);

describe('merging tickets', () => {
  it('files tickets by UTC creation day, sorted by id, one canonical JSON line each', async () => {
    const store = openTicketStore(dir);
    const result = await store.mergeTickets([
      ticket('B-2', '2026-05-06T23:59:59Z'),
      ticket('100', '2026-05-06T10:00:00Z'),
      ticket('99', '2026-05-07T00:00:00Z'),
      ticket('A-1', '2026-05-06T12:00:00Z', '2026-05-06T12:30:00Z', { team: 'support-emea' }),
      ticket('9', '2026-05-06T09:00:00Z'),
    ]);
    expect(result).toEqual({ changedDays: ['2026-05-06', '2026-05-07'], added: 5, replaced: 0, unchanged: 0, stale: 0 });
    const may6 = await readFile(dayPath('2026-05-06'), 'utf8');
    expect(may6.split('\n').map((line) => (line ? JSON.parse(line).id : ''))).toEqual(['9', '100', 'A-1', 'B-2', '']);
    expect(may6.split('\n')[2]).toBe(
      '{"id":"A-1","created":"2026-05-06T12:00:00Z","updated":"2026-05-06T12:30:00Z","priority":"normal","channel":"email","status":"open",' +
        '"team":"support-emea","tags":[],"replies":[],"statusChanges":[{"at":"2026-05-06T12:00:00Z","status":"open"}]}',
    );
    expect(await store.listDays()).toEqual(['2026-05-06', '2026-05-07']);
  });

  it('writes the same bytes whatever the key order of the input', () => {
    const t = ticket('X', '2026-05-06T10:00:00Z', '2026-05-06T10:00:00Z', {
      qa: [{ results: { 'thank-the-customer': 'pass', 'be-responsive': 'fail' }, at: '2026-05-08T10:00:00Z', scorecard: 'interaction-quality' }],
    });
    const shuffled = Object.fromEntries(Object.entries(t).reverse()) as unknown as Ticket;
    expect(ticketLine(shuffled)).toBe(ticketLine(t));
    expect(ticketLine(t)).toContain('"qa":[{"scorecard":"interaction-quality","at":"2026-05-08T10:00:00Z","results":{"be-responsive":"fail","thank-the-customer":"pass"}}]');
  });

  it('keeps the newest updated: newer replaces, older is ignored, a tie goes to the incoming ticket', async () => {
    const store = openTicketStore(dir);
    await store.mergeTickets([ticket('1', '2026-05-06T10:00:00Z', '2026-05-06T12:00:00Z'), ticket('2', '2026-05-06T10:00:00Z', '2026-05-06T12:00:00Z')]);
    const result = await store.mergeTickets([
      ticket('1', '2026-05-06T10:00:00Z', '2026-05-06T11:00:00Z', { status: 'pending' }),
      ticket('2', '2026-05-06T10:00:00Z', '2026-05-06T12:00:00Z', { status: 'solved' }),
      ticket('3', '2026-05-06T10:00:00Z'),
    ]);
    expect(result).toEqual({ changedDays: ['2026-05-06'], added: 1, replaced: 1, unchanged: 0, stale: 1 });
    expect((await store.readDay('2026-05-06')).map((t) => [t.id, t.status])).toEqual([['1', 'open'], ['2', 'solved'], ['3', 'open']]);
  });

  it('within one batch, keeps the newest version of a ticket', async () => {
    const store = openTicketStore(dir);
    await store.mergeTickets([
      ticket('1', '2026-05-06T10:00:00Z', '2026-05-06T12:00:00Z', { status: 'solved' }),
      ticket('1', '2026-05-06T10:00:00Z', '2026-05-06T11:00:00Z', { status: 'pending' }),
    ]);
    expect((await store.readDay('2026-05-06')).map((t) => t.status)).toEqual(['solved']);
  });

  it('flushes large inputs in parts and gives the same files as one flush', async () => {
    const tickets = Array.from({ length: 50 }, (_, i) => ticket(`T-${String((i * 37) % 50).padStart(2, '0')}`, `2026-05-0${1 + (i % 5)}T10:00:00Z`));
    await openTicketStore(dir).mergeTickets(tickets, { flushEvery: 7 });
    const inParts = await snapshotStore(dir);
    const other = await mkdtemp(path.join(os.tmpdir(), 'ticket-store-'));
    try {
      await openTicketStore(other).mergeTickets(tickets);
      for (const [file, { bytes }] of inParts) expect(await readFile(path.join(other, file), 'utf8')).toBe(bytes);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('refuses a ticket it cannot file, naming it', async () => {
    await expect(openTicketStore(dir).mergeTickets([ticket('7', 'yesterday')])).rejects.toThrow(
      'ticket "7": created "yesterday" is not an ISO 8601 timestamp; the store files tickets by their creation day',
    );
  });
});

describe('rewriting only what changed', () => {
  const batch = [
    ticket('1', '2026-05-06T10:00:00Z'),
    ticket('2', '2026-05-07T10:00:00Z'),
    ticket('3', '2026-06-01T10:00:00Z'),
  ];

  it('changes no byte and no mtime when the same input is merged again', async () => {
    const store = openTicketStore(dir);
    await store.mergeTickets(batch);
    await store.writeCursor({ source: 'sample', cursor: 'c1', fetchedAt: '2026-06-02T03:00:00Z' });
    await ageStoreFiles(dir);
    const before = await snapshotStore(dir);
    const result = await store.mergeTickets(batch);
    await store.writeCursor({ source: 'sample', cursor: 'c1', fetchedAt: '2026-06-02T03:00:00Z' });
    expect(result).toEqual({ changedDays: [], added: 0, replaced: 0, unchanged: 3, stale: 0 });
    expect(await snapshotStore(dir)).toEqual(before);
  });

  it('rewrites only the day files whose tickets changed', async () => {
    const store = openTicketStore(dir);
    await store.mergeTickets(batch);
    await ageStoreFiles(dir);
    const before = await snapshotStore(dir);
    const result = await store.mergeTickets([ticket('2', '2026-05-07T10:00:00Z', '2026-05-08T09:00:00Z', { status: 'pending' }), batch[2]!]);
    expect(result.changedDays).toEqual(['2026-05-07']);
    const after = await snapshotStore(dir);
    const changed = [...after.keys()].filter((file) => JSON.stringify(after.get(file)) !== JSON.stringify(before.get(file)));
    expect(changed).toEqual([path.join('tickets', '2026', '05', '2026-05-07.ndjson')]);
  });
});

describe('the cursor', () => {
  it('is null before the first fetch, then what was written', async () => {
    const store = openTicketStore(dir);
    expect(await store.readCursor()).toBeNull();
    await store.writeCursor({ source: 'csv', cursor: 'csv:sha256=ab', fetchedAt: '2026-06-02T03:00:00Z' });
    expect(await store.readCursor()).toEqual({ source: 'csv', cursor: 'csv:sha256=ab', fetchedAt: '2026-06-02T03:00:00Z' });
    expect(await readFile(path.join(dir, 'cursor.json'), 'utf8')).toBe('{\n  "source": "csv",\n  "cursor": "csv:sha256=ab",\n  "fetchedAt": "2026-06-02T03:00:00Z"\n}\n');
  });

  it('names the file when it is damaged', async () => {
    await writeFile(path.join(dir, 'cursor.json'), '{"source":');
    await expect(openTicketStore(dir).readCursor()).rejects.toThrow(/cursor\.json: not valid JSON .*; delete it to fetch everything again$/);
  });
});

describe('reading the store', () => {
  it('streams tickets day by day, oldest first, across months and years', async () => {
    const store = openTicketStore(dir);
    await store.mergeTickets([ticket('c', '2027-01-01T00:00:00Z'), ticket('b', '2026-12-31T23:59:59Z'), ticket('a', '2026-02-01T00:00:00Z'), ticket('a2', '2026-02-01T05:00:00Z')]);
    const days: [string, string[]][] = [];
    for await (const d of store.days()) days.push([d.day, d.tickets.map((t) => t.id)]);
    expect(days).toEqual([['2026-02-01', ['a', 'a2']], ['2026-12-31', ['b']], ['2027-01-01', ['c']]]);
    const ids: string[] = [];
    for await (const t of store.tickets()) ids.push(t.id);
    expect(ids).toEqual(['a', 'a2', 'b', 'c']);
  });

  it('ignores leftover temp files and says which line of which file is damaged', async () => {
    const store = openTicketStore(dir);
    await store.mergeTickets([ticket('a', '2026-02-01T00:00:00Z')]);
    await writeFile(path.join(dir, 'tickets/2026/02/.2026-02-01.ndjson.0123456789ab.tmp'), 'half a fi');
    expect(await store.listDays()).toEqual(['2026-02-01']);
    await writeFile(dayPath('2026-02-01'), `${ticketLine(ticket('a', '2026-02-01T00:00:00Z'))}\n{"id":"b",\n`);
    await expect(store.readDay('2026-02-01')).rejects.toThrow(StoreError);
    await expect(store.readDay('2026-02-01')).rejects.toThrow(/2026-02-01\.ndjson line 2: not valid JSON/);
  });

  it('orders ids numerically when they are numbers, by code unit otherwise', () => {
    expect(['NW-10', '100', 'NW-9', '99', 'A', '7'].sort(compareTicketIds)).toEqual(['7', '99', '100', 'A', 'NW-10', 'NW-9']);
  });
});

describe('crash safety', () => {
  const old = [ticket('1', '2026-05-06T10:00:00Z'), ticket('2', '2026-05-06T11:00:00Z')];
  const newer = [ticket('1', '2026-05-06T10:00:00Z', '2026-05-07T10:00:00Z', { status: 'solved' })];

  /** A file system whose `step` fails, as a crash at that point would stop the write. */
  function failingAt(step: 'rename' | 'writeFile' | 'sync'): StoreFileSystem {
    return {
      ...nodeStoreFileSystem,
      async open(file, flags) {
        const handle = await nodeStoreFileSystem.open(file, flags);
        if (flags !== 'wx') return handle;
        return {
          async writeFile(data) {
            if (step === 'writeFile') {
              await handle.writeFile(typeof data === 'string' ? data.slice(0, 10) : data.subarray(0, 10));
              throw new Error('disk full');
            }
            await handle.writeFile(data);
          },
          async sync() {
            if (step === 'sync') throw new Error('I/O error');
            await handle.sync();
          },
          close: () => handle.close(),
        };
      },
      async rename(from, to) {
        if (step === 'rename') throw new Error('power cut');
        await nodeStoreFileSystem.rename(from, to);
      },
    };
  }

  it.each(['writeFile', 'sync', 'rename'] as const)('keeps the old day file when %s fails, and leaves no temp file', async (step) => {
    await openTicketStore(dir).mergeTickets(old);
    const before = await snapshotStore(dir);
    await expect(openTicketStore(dir, { fs: failingAt(step) }).mergeTickets(newer)).rejects.toThrow();
    expect(await snapshotStore(dir)).toEqual(before);
    expect((await openTicketStore(dir).readDay('2026-05-06')).map((t) => t.status)).toEqual(['open', 'open']);
  });

  it('names the file it could not write when the disk is full', async () => {
    await openTicketStore(dir).mergeTickets(old);
    const before = await snapshotStore(dir);
    const full: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async open(file, flags) {
        const handle = await nodeStoreFileSystem.open(file, flags);
        if (flags !== 'wx') return handle;
        return { ...handle, writeFile: async () => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); }, sync: () => handle.sync(), close: () => handle.close() };
      },
    };
    await expect(openTicketStore(dir, { fs: full }).mergeTickets(newer)).rejects.toThrow(
      `cannot write ${dayPath('2026-05-06')}: the disk is full (ENOSPC); free some space and run again — the store and the cursor are as they were before this run`,
    );
    expect(await snapshotStore(dir)).toEqual(before);
  });

  it('sweeps temp files anywhere in the store, but not inside git\'s own folder', async () => {
    const store = openTicketStore(dir);
    await store.mergeTickets(old);
    const leftovers = ['.cursor.json.0123456789ab.tmp', 'tickets/.x.0123456789ab.tmp', 'tickets/2026/05/.2026-05-06.ndjson.abcdefabcdef.tmp'];
    await mkdir(path.join(dir, '.git/objects'), { recursive: true });
    await writeFile(path.join(dir, '.git/objects/.pack.0123456789ab.tmp'), 'git');
    for (const file of leftovers) await writeFile(path.join(dir, file), 'half');
    expect(await store.sweepLeftovers()).toBe(3);
    expect([...(await snapshotStore(dir)).keys()].sort()).toEqual([path.join('.git', 'objects', '.pack.0123456789ab.tmp'), path.join('tickets', '2026', '05', '2026-05-06.ndjson')]);
  });

  it('keeps the old day file when the writing process is killed mid-write', async () => {
    const store = openTicketStore(dir);
    await store.mergeTickets(old);
    const before = await readFile(dayPath('2026-05-06'), 'utf8');
    const child = fork(path.join(HERE, 'fixtures/write-then-hang.ts'), [dir, '20000'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => { stderr += chunk; });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const message = await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', () => reject(new Error(`child exited before writing: ${stderr}`)));
    });
    expect(message).toBe('half-written');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const monthDir = path.dirname(dayPath('2026-05-06'));
    const leftovers = (await readdir(monthDir)).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    expect((await stat(path.join(monthDir, leftovers[0]!))).size).toBeGreaterThan(0);
    expect(await readFile(dayPath('2026-05-06'), 'utf8')).toBe(before);
    expect((await store.readDay('2026-05-06')).map((t) => t.id)).toEqual(['1', '2']);

    // The next run sweeps the leftover (under the store lock).
    expect(await store.sweepLeftovers()).toBe(1);
    expect((await readdir(monthDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('runFetch', () => {
  const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 300, days: 10, seed: 3 } } } as unknown as StandardsModel;
  const now = new Date('2026-06-02T03:00:00Z');
  const quiet = () => undefined;

  it('fetches, merges, then writes the cursor; a rerun at the same now changes nothing', async () => {
    const lines: string[] = [];
    const summary = await runFetch({ model, root: dir, now, log: (line) => lines.push(line) });
    expect(summary.fetched).toBeGreaterThan(250);
    expect(summary.changedDays).toHaveLength(11);
    expect(summary.cursor).toBe('sample:seed=3;tickets=300;days=10;at=2026-06-02T03:00:00Z');
    expect(await openTicketStore(path.join(dir, 'data')).readCursor()).toEqual({ source: 'sample', upstream: 'sample:seed=3', cursor: summary.cursor, fetchedAt: '2026-06-02T03:00:00Z' });
    expect(lines[0]).toBe('fetch: sample source, everything');

    await ageStoreFiles(dir);
    const before = await snapshotStore(dir);
    const again = await runFetch({ model, root: dir, now, log: quiet });
    expect(again).toEqual({
      fetched: 0, added: 0, updated: 0, unchanged: 0, stale: 0, removed: 0, moved: 0, duplicatesRemoved: 0, changedDays: [], rejected: [], skipped: 0, shrunkDays: [], batches: 0,
      cursorBefore: summary.cursor, cursor: summary.cursor, dryRun: false,
    });
    expect(await snapshotStore(dir)).toEqual(before);
  });

  it('leaves the store untouched when the source fails', async () => {
    await runFetch({ model, root: dir, now, log: quiet });
    await ageStoreFiles(dir);
    const before = await snapshotStore(dir);
    const failing: TicketSource = { type: 'sample', upstream: 'sample:seed=3', async *fetchChanges() { throw new Error('helpdesk down (HTTP 503)'); } };
    await expect(runFetch({ model, root: dir, now: new Date('2026-06-03T03:00:00Z'), log: quiet, source: failing })).rejects.toThrow('helpdesk down (HTTP 503)');
    expect(await snapshotStore(dir)).toEqual(before);
  });

  it('refuses a store written for another upstream, with the command that starts a fresh one', async () => {
    await mkdir(path.join(dir, 'data'), { recursive: true });
    await writeFile(path.join(dir, 'data/cursor.json'), JSON.stringify({ source: 'csv', upstream: 'csv', cursor: 'csv:sha256=00', fetchedAt: '2026-06-01T03:00:00Z' }));
    await ageStoreFiles(dir);
    const before = await snapshotStore(dir);
    const seen: (string | null)[] = [];
    const source: TicketSource = { type: 'sample', upstream: 'sample:seed=1', async *fetchChanges(cursor) { seen.push(cursor); return 'next'; } };
    await expect(runFetch({ model, root: dir, now, log: quiet, source })).rejects.toThrow(
      'data/ holds the tickets of "csv", but standards/pipeline.yaml now fetches from "sample:seed=1". A store holds one upstream\'s tickets, so nothing was fetched: ' +
        'mixing them would put the old tickets into the new figures. To start a fresh store, move the old one aside and fetch again: mv data data.csv && npx standards fetch',
    );
    expect(seen).toEqual([]);
    expect(await snapshotStore(dir)).toEqual(before);
  });

  it('refuses a store of another sample seed, and reads a cursor from before upstreams were recorded by its source type', async () => {
    await runFetch({ model, root: dir, now, log: quiet });
    const otherSeed = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 300, days: 10, seed: 4 } } } as unknown as StandardsModel;
    await expect(runFetch({ model: otherSeed, root: dir, now, log: quiet })).rejects.toThrow(/^data\/ holds the tickets of "sample:seed=3", but .* mv data data\.sample-seed-3 && npx standards fetch$/);

    // A legacy cursor (no upstream) of the same source type is continued, and gains the upstream.
    const legacy = { source: 'sample', cursor: 'sample:seed=3;tickets=300;days=10;at=2026-06-02T03:00:00Z', fetchedAt: '2026-06-02T03:00:00Z' };
    await writeFile(path.join(dir, 'data/cursor.json'), JSON.stringify(legacy));
    const next = await runFetch({ model, root: dir, now, log: quiet });
    expect(next.cursorBefore).toBe(legacy.cursor);
    expect(next.fetched).toBe(0);
    expect((await openTicketStore(path.join(dir, 'data')).readCursor())?.upstream).toBe('sample:seed=3');
  });
});
