import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ageStoreFiles, snapshotStore } from '../store/store-snapshot.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report, StandardsModel } from '../../scripts/model/model.ts';
import { fetchProgressReporter, runFetch, type FetchOptions } from '../../scripts/sources/fetch.ts';
import { createSampleSource } from '../../scripts/sources/sample.ts';
import { collectChanges, type TicketBatch, type TicketSource } from '../../scripts/sources/source.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { withFetchRejections } from '../../scripts/store/fetch-rejections.ts';
import { acquireStoreLock } from '../../scripts/store/store-lock.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { openTicket as ticket } from '../store/open-ticket.ts';

const NOW = new Date('2026-06-02T03:00:00Z');
const quiet = () => undefined;
const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 3000, days: 20, seed: 5 } } } as unknown as StandardsModel;

let root: string;
let storeDir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'fetch-'));
  storeDir = path.join(root, 'data');
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

/** A source that yields the given batches and returns `cursor`; `failAfter` batches, it throws. */
function memorySource(batches: TicketBatch[], options: { cursor?: string; failAfter?: number; complete?: boolean; upstream?: string } = {}): TicketSource & { seen: (string | null)[] } {
  const seen: (string | null)[] = [];
  return {
    type: 'memory',
    upstream: options.upstream ?? 'memory:test',
    ...(options.complete ? { complete: true } : {}),
    seen,
    async *fetchChanges(cursor) {
      seen.push(cursor);
      for (const [i, batch] of batches.entries()) {
        if (options.failAfter === i) throw new Error(`helpdesk down after ${i} pages (HTTP 503)`);
        yield batch;
      }
      return options.cursor ?? 'c1';
    },
  };
}

const fetchWith = (source: TicketSource, extra: Partial<FetchOptions> = {}) => runFetch({ model, root, now: NOW, log: quiet, source, ...extra });

async function ticketFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [file, { bytes }] of await snapshotStore(dir)) if (file.startsWith('tickets')) out[file] = bytes;
  return out;
}

describe('the streaming fetch', () => {
  it('writes the same bytes as the in-memory merge, on a first fetch and on the next night, whatever the buffer size', async () => {
    const settings = { tickets: 3000, days: 20, seed: 5 };
    const nextNight = new Date(NOW.getTime() + 86_400_000);
    // The path of before: everything collected in memory, then merged.
    const memoryDir = path.join(root, 'in-memory');
    const first = await collectChanges(createSampleSource(settings, { now: NOW }), null);
    await openTicketStore(memoryDir).mergeTickets(first.tickets);
    const second = await collectChanges(createSampleSource(settings, { now: nextNight }), first.cursor);
    expect(second.tickets.length).toBeGreaterThan(100);
    await openTicketStore(memoryDir).mergeTickets(second.tickets);

    // A 4 kB buffer appends to the staging files hundreds of times.
    await runFetch({ model, root, now: NOW, log: quiet, bufferBytes: 4096 });
    const night2 = await runFetch({ model, root, now: nextNight, log: quiet, bufferBytes: 4096 });
    expect(night2.fetched).toBe(second.tickets.length);
    expect(night2.added + night2.updated + night2.unchanged).toBe(second.tickets.length);
    const streamed = await ticketFiles(storeDir);
    expect(Object.keys(streamed)).toHaveLength(22);
    expect(streamed).toEqual(await ticketFiles(memoryDir));
    // .cache: the record of the day files' order (day-range-record.ts) the fetch checked.
    expect((await readdir(storeDir)).sort()).toEqual(['.cache', 'cursor.json', 'tickets']);
  });

  it('leaves every byte in place when the source fails half-way, and removes its staging folder', async () => {
    await fetchWith(memorySource([{ tickets: [ticket('1', '2026-05-06T10:00:00Z')], rejected: [] }]));
    await ageStoreFiles(storeDir);
    const before = await snapshotStore(storeDir);
    const failing = memorySource([
      { tickets: [ticket('1', '2026-05-06T10:00:00Z', '2026-05-07T10:00:00Z', { status: 'solved' }), ticket('2', '2026-05-08T10:00:00Z')], rejected: [] },
      { tickets: [ticket('3', '2026-05-09T10:00:00Z')], rejected: [{ where: 'page 2', reason: 'broken' }] },
      { tickets: [ticket('4', '2026-05-10T10:00:00Z')], rejected: [] },
    ], { failAfter: 2 });
    await expect(fetchWith(failing, { bufferBytes: 1 })).rejects.toThrow('helpdesk down after 2 pages (HTTP 503)');
    expect(failing.seen).toEqual(['c1']);
    expect(await snapshotStore(storeDir)).toEqual(before);
  });

  it('stops the source and writes nothing when a ticket cannot be filed', async () => {
    await fetchWith(memorySource([{ tickets: [ticket('1', '2026-05-06T10:00:00Z')], rejected: [] }]));
    await ageStoreFiles(storeDir);
    const before = await snapshotStore(storeDir);
    let closed = false;
    const source: TicketSource = {
      type: 'memory',
      upstream: 'memory:test',
      async *fetchChanges() {
        try {
          yield { tickets: [ticket('2', '2026-05-07T10:00:00Z')], rejected: [] };
          yield { tickets: [ticket('3', 'yesterday')], rejected: [] };
          yield { tickets: [ticket('4', '2026-05-08T10:00:00Z')], rejected: [] };
          return 'c2';
        } finally {
          closed = true;
        }
      },
    };
    await expect(fetchWith(source)).rejects.toThrow('ticket "3": created "yesterday" is not an ISO 8601 timestamp; the store files tickets by their creation day');
    expect(closed).toBe(true);
    expect(await snapshotStore(storeDir)).toEqual(before);
  });

  it('leaves every byte in place when the disk fills while it prepares the days, naming the file', async () => {
    await fetchWith(memorySource([{ tickets: [ticket('1', '2026-05-06T10:00:00Z'), ticket('2', '2026-05-07T10:00:00Z')], rejected: [] }]));
    await ageStoreFiles(storeDir);
    const before = await snapshotStore(storeDir);
    const full: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async open(file, flags) {
        const handle = await nodeStoreFileSystem.open(file, flags);
        if (!file.endsWith('2026-05-07.ndjson')) return handle;
        return {
          ...handle,
          writeFile: async () => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const newer = memorySource([{ tickets: [ticket('1', '2026-05-06T10:00:00Z', '2026-05-08T00:00:00Z', { status: 'solved' }), ticket('2', '2026-05-07T10:00:00Z', '2026-05-08T00:00:00Z', { status: 'solved' })], rejected: [] }], { cursor: 'c2' });
    const error = await fetchWith(newer, { fs: full }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^cannot write \S+\/data\/\.fetch-[0-9a-f]{12}\.staging\/staged\/2026-05-07\.ndjson: the disk is full \(ENOSPC\); free some space and run again — the store and the cursor are as they were before this run$/);
    expect(await snapshotStore(storeDir)).toEqual(before);
  });

  it('finishes a fetch that was cut off after its commit point, and drops one cut off before it', async () => {
    await fetchWith(memorySource([{ tickets: [ticket('1', '2026-05-06T10:00:00Z'), ticket('2', '2026-05-07T10:00:00Z')], rejected: [] }]));
    const newer = [ticket('1', '2026-05-06T10:00:00Z', '2026-05-08T00:00:00Z', { status: 'solved' }), ticket('2', '2026-05-07T10:00:00Z', '2026-05-08T00:00:00Z', { status: 'solved' })];
    // The rename of the second day fails as a power cut would stop it: the first day is installed, the rest is not.
    let renames = 0;
    const cut: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async rename(from, to) {
        if (from.includes(`${path.sep}staged${path.sep}`) && ++renames === 2) throw new Error('power cut');
        await nodeStoreFileSystem.rename(from, to);
      },
    };
    await expect(fetchWith(memorySource([{ tickets: newer, rejected: [] }], { cursor: 'c2' }), { fs: cut })).rejects.toThrow(/^cannot write .*2026-05-07\.ndjson: power cut$/);
    const store = openTicketStore(storeDir);
    expect((await store.readDay('2026-05-06')).map((t) => t.status)).toEqual(['solved']);
    expect((await store.readDay('2026-05-07')).map((t) => t.status)).toEqual(['open']);
    expect((await store.readCursor())?.cursor).toBe('c1');

    // A staging folder of a run killed before its commit point, and temp files anywhere in the store.
    await mkdir(path.join(storeDir, '.fetch-0123456789ab.staging/incoming'), { recursive: true });
    await writeFile(path.join(storeDir, '.fetch-0123456789ab.staging/incoming/2026-05-06.ndjson'), '{"id":"9"}\n');
    await writeFile(path.join(storeDir, '.cursor.json.abcdefabcdef.tmp'), '{');
    await writeFile(path.join(storeDir, 'tickets/2026/.2026-05-06.ndjson.abcdef012345.tmp'), 'half');
    const lines: string[] = [];
    const next = await runFetch({ model, root, now: NOW, log: (line) => lines.push(line), source: memorySource([], { cursor: 'c2' }) });
    expect(lines.slice(0, 3)).toEqual([
      'store: finished installing 1 fetch(es) a killed run had committed',
      'store: removed 1 unfinished fetch(es) a killed run left',
      'store: removed 2 temp file(s) a killed run left',
    ]);
    expect(next.cursorBefore).toBe('c2');
    expect((await store.readDay('2026-05-07')).map((t) => t.status)).toEqual(['solved']);
    // .cache: the record of the day files' order (day-range-record.ts) the fetch checked.
    expect((await readdir(storeDir)).sort()).toEqual(['.cache', 'cursor.json', 'tickets']);
    expect((await readdir(path.join(storeDir, 'tickets/2026'))).sort()).toEqual(['05']);
  });

  it('--dry-run fetches and counts, and writes nothing', async () => {
    await fetchWith(memorySource([{ tickets: [ticket('1', '2026-05-06T10:00:00Z')], rejected: [] }]));
    await ageStoreFiles(storeDir);
    const before = await snapshotStore(storeDir);
    const summary = await fetchWith(
      memorySource([{ tickets: [ticket('1', '2026-05-06T10:00:00Z', '2026-05-07T00:00:00Z'), ticket('2', '2026-05-08T10:00:00Z'), ticket('F', '2031-01-01T00:00:00Z')], rejected: [] }], { cursor: 'c2' }),
      { dryRun: true },
    );
    expect(summary).toMatchObject({ fetched: 3, added: 1, updated: 1, unchanged: 0, changedDays: ['2026-05-06', '2026-05-08'], cursorBefore: 'c1', cursor: 'c2', dryRun: true });
    expect(summary.rejected).toHaveLength(1);
    expect(await snapshotStore(storeDir)).toEqual(before);
  });

  it('passes --since to the source and says it is a backfill', async () => {
    const seen: unknown[] = [];
    const source: TicketSource = { type: 'memory', upstream: 'memory:test', async *fetchChanges(cursor, options) { seen.push([cursor, options?.since?.toISOString()]); return 'c9'; } };
    const lines: string[] = [];
    await runFetch({ model, root, now: NOW, log: (line) => lines.push(line), source, since: new Date('2026-01-01T00:00:00Z') });
    expect(seen).toEqual([[null, '2026-01-01T00:00:00.000Z']]);
    expect(lines[0]).toBe('fetch: memory source, changes since 2026-01-01T00:00:00Z (backfill)');
  });
});

describe('records a fetch cannot store', () => {
  it('rejects tickets dated in the future, keeps the records across runs, and clears one when its ticket comes back right', async () => {
    const future = ticket('F', '2026-06-03T00:00:00Z');
    const summary = await fetchWith(memorySource([{
      tickets: [ticket('1', '2026-05-06T10:00:00Z'), future, ticket('G', '2026-05-06T10:00:00Z', '2026-06-02T03:04:59Z'), ticket('H', '2026-05-06T10:00:00Z', '2026-06-02T03:05:01Z')],
      rejected: [{ where: 'page 1, item 7', reason: '"priority" is missing' }],
    }]));
    expect(summary.rejected).toEqual([
      { where: 'page 1, item 7', reason: '"priority" is missing' },
      { where: 'ticket "F"', reason: 'dated in the future: created "2026-06-03T00:00:00Z" is after the fetch (2026-06-02T03:00:00Z)', ticket: 'F' },
      { where: 'ticket "H"', reason: 'dated in the future: updated "2026-06-02T03:05:01Z" is after the fetch (2026-06-02T03:00:00Z)', ticket: 'H' },
    ]);
    expect((await openTicketStore(storeDir).readDay('2026-05-06')).map((t) => t.id)).toEqual(['1', 'G']);
    expect(await openTicketStore(storeDir).listDays()).toEqual(['2026-05-06']);
    expect(await readFile(path.join(storeDir, 'rejected.json'), 'utf8')).toBe(
      '[\n' +
        '  {"kind":"future","where":"ticket \\"F\\"","reason":"dated in the future: created \\"2026-06-03T00:00:00Z\\" is after the fetch (2026-06-02T03:00:00Z)","ticket":"F"},\n' +
        '  {"kind":"future","where":"ticket \\"H\\"","reason":"dated in the future: updated \\"2026-06-02T03:05:01Z\\" is after the fetch (2026-06-02T03:00:00Z)","ticket":"H"},\n' +
        '  {"kind":"skippedBySource","where":"page 1, item 7","reason":"\\"priority\\" is missing"}\n' +
        ']\n',
    );

    // A run that fetches nothing keeps them; one that brings F back with sane dates clears F only.
    await fetchWith(memorySource([], { cursor: 'c2' }));
    expect((await readFile(path.join(storeDir, 'rejected.json'), 'utf8')).split('\n')).toHaveLength(6);
    await fetchWith(memorySource([{ tickets: [ticket('F', '2026-06-01T00:00:00Z')], rejected: [] }], { cursor: 'c3' }));
    const kept = JSON.parse(await readFile(path.join(storeDir, 'rejected.json'), 'utf8')) as { where: string }[];
    expect(kept.map((r) => r.where)).toEqual(['ticket "H"', 'page 1, item 7']);
  });

  it('counts them in the report beside the engine\'s own reasons, most frequent first', () => {
    const report = { data: { source: 'memory', fetchedAt: null, tickets: 10, from: null, to: null, rejected: [{ reason: 'unknown channel', count: 2, examples: ['7', '8'] }] } } as unknown as Report;
    const out = withFetchRejections(report, [
      { kind: 'future', where: 'ticket "F"', reason: 'x', ticket: 'F' },
      { kind: 'skippedBySource', where: 'tickets.csv row 9, column "Created at"', reason: 'y' },
      { kind: 'skippedBySource', where: 'tickets.csv row 12, column "Via"', reason: 'z' },
      { kind: 'skippedBySource', where: 'tickets.csv row 4, column "Via"', reason: 'z' },
    ]);
    expect(out.data.rejected).toEqual([
      { reason: 'skipped by the source as unreadable', count: 3, examples: ['tickets.csv row 12, column "Via"', 'tickets.csv row 4, column "Via"', 'tickets.csv row 9, column "Created at"'] },
      { reason: 'unknown channel', count: 2, examples: ['7', '8'] },
      { reason: 'dated in the future when fetched', count: 1, examples: ['F'] },
    ]);
    expect(withFetchRejections(report, [])).toBe(report);
  });
});

describe('a fetch that returns far fewer tickets than a stored day holds', () => {
  const day = (n: number, from = 0, updated?: string) => Array.from({ length: n }, (_, i) => ticket(`T${from + i}`, '2026-05-06T10:00:00Z', updated));

  it('stops a full re-import unless --allow-shrink, writing nothing; with it, replaces the day', async () => {
    await fetchWith(memorySource([{ tickets: [...day(20), ticket('N', '2026-05-07T10:00:00Z'), ticket('Z', '2026-05-09T10:00:00Z')], rejected: [] }], { complete: true }));
    await ageStoreFiles(storeDir);
    const before = await snapshotStore(storeDir);
    // The new export: 5 of the 20 tickets of May 6, none of May 7 (inside its span), Z unchanged.
    const smaller = () => memorySource([{ tickets: [...day(5), ticket('Z', '2026-05-09T10:00:00Z')], rejected: [] }], { complete: true, cursor: 'c2' });
    await expect(fetchWith(smaller())).rejects.toThrow(
      'the import has far fewer tickets than data/ holds for 1 day(s): 2026-05-06 (20 stored, 5 fetched). Nothing was written. ' +
        'If the export covers less than before, export the full history again; if those tickets were really deleted upstream, run again with --allow-shrink.',
    );
    expect(await snapshotStore(storeDir)).toEqual(before);

    const lines: string[] = [];
    const allowed = await fetchWith(smaller(), { allowShrink: true, log: (line) => lines.push(line) });
    expect(allowed).toMatchObject({ added: 0, updated: 0, unchanged: 6, removed: 16, changedDays: ['2026-05-06', '2026-05-07'] });
    expect(lines).toContain('warning: the fetch returned far fewer tickets than data/ holds for 1 day(s): 2026-05-06 (20 stored, 5 fetched); the import replaces them (--allow-shrink)');
    const store = openTicketStore(storeDir);
    expect(await store.listDays()).toEqual(['2026-05-06', '2026-05-09']);
    expect((await store.readDay('2026-05-06')).map((t) => t.id)).toEqual(['T0', 'T1', 'T2', 'T3', 'T4']);
  });

  it('warns on a full fetch of an incremental source, and keeps the stored tickets', async () => {
    await fetchWith(memorySource([{ tickets: day(20), rejected: [] }]));
    await rm(path.join(storeDir, 'cursor.json'));
    const lines: string[] = [];
    const summary = await fetchWith(memorySource([{ tickets: day(3, 0, '2026-05-07T00:00:00Z'), rejected: [] }], { cursor: 'c2' }), { log: (line) => lines.push(line) });
    expect(summary.shrunkDays).toEqual([{ day: '2026-05-06', stored: 20, fetched: 3 }]);
    expect(lines).toContain('warning: the fetch returned far fewer tickets than data/ holds for 1 day(s): 2026-05-06 (20 stored, 3 fetched); the store keeps the tickets the fetch did not return');
    expect(await openTicketStore(storeDir).readDay('2026-05-06')).toHaveLength(20);
  });

  it('does not warn on an incremental fetch, which returns only what changed', async () => {
    await fetchWith(memorySource([{ tickets: day(20), rejected: [] }]));
    const summary = await fetchWith(memorySource([{ tickets: day(1, 0, '2026-05-07T00:00:00Z'), rejected: [] }], { cursor: 'c2' }));
    expect(summary).toMatchObject({ shrunkDays: [], updated: 1, cursorBefore: 'c1' });
  });
});

describe('tickets deleted upstream', () => {
  it('are removed from whichever day holds them, unless a later batch restores them; a rejection of one goes too', async () => {
    await fetchWith(memorySource([{
      tickets: [ticket('1', '2026-05-06T10:00:00Z'), ticket('2', '2026-05-06T11:00:00Z'), ticket('3', '2026-05-20T10:00:00Z'), ticket('4', '2026-05-21T10:00:00Z'), ticket('F', '2027-01-01T00:00:00Z')],
      rejected: [],
    }]));
    await ageStoreFiles(storeDir);
    const before = await snapshotStore(storeDir);
    const lines: string[] = [];
    const summary = await fetchWith(memorySource([
      // 2 changed then deleted in the same batch: deleted. 4 deleted, then back in a later batch: restored.
      { tickets: [ticket('2', '2026-05-06T11:00:00Z', '2026-05-22T00:00:00Z', { status: 'solved' })], rejected: [], deleted: ['2', '3', '4', 'F', 'unknown'] },
      { tickets: [ticket('4', '2026-05-21T10:00:00Z', '2026-05-22T00:00:00Z', { status: 'solved' })], rejected: [] },
    ], { cursor: 'c2' }), { log: (line) => lines.push(line) });
    expect(summary).toMatchObject({ added: 0, updated: 1, removed: 2, changedDays: ['2026-05-06', '2026-05-20', '2026-05-21'], shrunkDays: [] });
    expect(lines).toContain('store: 0 added, 1 updated, 0 unchanged, 2 removed (deleted upstream); 3 day files written');
    const store = openTicketStore(storeDir);
    expect(await store.listDays()).toEqual(['2026-05-06', '2026-05-21']);
    expect((await store.readDay('2026-05-06')).map((t) => t.id)).toEqual(['1']);
    expect((await store.readDay('2026-05-21')).map((t) => t.status)).toEqual(['solved']);
    expect(await readFile(path.join(storeDir, 'rejected.json'), 'utf8')).toBe('[]\n');
    const after = await snapshotStore(storeDir);
    expect([...before.keys()].filter((file) => JSON.stringify(before.get(file)) === JSON.stringify(after.get(file)))).toEqual([]);
  });
});

describe('two runs on one store', () => {
  it('waits for the run that holds the lock, then refuses, naming it; nothing is written', async () => {
    const held = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'pipeline', pid: 4242, host: 'runner-1', now: () => NOW, isRunning: () => true });
    const waits: number[] = [];
    const lines: string[] = [];
    const source = memorySource([{ tickets: [ticket('1', '2026-05-06T10:00:00Z')], rejected: [] }]);
    await expect(fetchWith(source, {
      log: (line) => lines.push(line),
      lockOptions: { host: 'runner-1', waitMs: 1500, isRunning: () => true, wait: async (ms) => { waits.push(ms); } },
    })).rejects.toThrow(
      `another run is using the store: pipeline (pid 4242 on runner-1, started 2026-06-02T03:00:00.000Z) holds ${path.join(storeDir, '.standards.lock')}. ` +
        'Nothing was fetched or written. Run again when it has finished; if no such run exists (it ran on another machine), delete ',
    );
    expect(waits).toEqual([500, 500, 500]);
    expect(lines).toEqual(['waiting for pipeline (pid 4242 on runner-1, started 2026-06-02T03:00:00.000Z) to finish with the store (up to 2 s)']);
    expect(source.seen).toEqual([]);
    expect(await readdir(storeDir)).toEqual(['.standards.lock']);
    // Released, the lock goes, and with it the store folder it had to create.
    await held.release();
    expect(await readdir(root)).toEqual([]);
  });

  it('takes over the lock of a run that is no longer running', async () => {
    await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', pid: 4242, host: 'runner-1', now: () => NOW });
    const lines: string[] = [];
    await fetchWith(memorySource([{ tickets: [ticket('1', '2026-05-06T10:00:00Z')], rejected: [] }]), {
      log: (line) => lines.push(line),
      lockOptions: { host: 'runner-1', isRunning: (pid) => pid !== 4242 },
    });
    expect(lines[0]).toMatch(/^store lock \S+\.standards\.lock was left by pid 4242 \(fetch, started 2026-06-02T03:00:00\.000Z\), which is no longer running: taking it over$/);
    // .cache: the record of the day files the fetch wrote (day-range-record.ts).
    expect((await readdir(storeDir)).sort()).toEqual(['.cache', 'cursor.json', 'tickets']);
  });

  it('release leaves a lock that is not its own', async () => {
    const mine = await acquireStoreLock(storeDir, { fs: nodeStoreFileSystem, command: 'fetch', pid: 1, host: 'h' });
    await writeFile(mine.file, '{"pid":2,"host":"h","startedAt":"x","command":"fetch"}\n');
    await mine.release();
    expect(await readFile(mine.file, 'utf8')).toBe('{"pid":2,"host":"h","startedAt":"x","command":"fetch"}\n');
  });
});

describe('progress', () => {
  it('prints one line per group of batches in a log, and rewrites one line on a terminal', () => {
    const lines: string[] = [];
    const report = fetchProgressReporter('lines', (line) => lines.push(line), 2);
    for (let b = 1; b <= 5; b++) report({ batches: b, tickets: b * 1000, done: false });
    report({ batches: 5, tickets: 5000, done: true });
    expect(lines).toEqual(['  fetch: 2 batches, 2,000 tickets', '  fetch: 4 batches, 4,000 tickets', '  fetch: 5 batches, 5,000 tickets, done']);

    const screen: string[] = [];
    const live = fetchProgressReporter('terminal', (line) => screen.push(line));
    live({ batches: 1, tickets: 100, done: false });
    live({ batches: 1, tickets: 100, done: true });
    expect(screen).toEqual(['  fetch: 1 batch, 100 tickets', '\u001b[1A\u001b[2K  fetch: 1 batch, 100 tickets, done']);
  });
});
