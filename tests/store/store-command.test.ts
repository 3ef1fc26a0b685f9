// `standards store pack|restore`, as the nightly measure job runs them: what they say, and their usage errors.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os, { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shownPath } from '../../scripts/store/atomic-write.ts';
import { ticketLine } from '../../scripts/store/ticket-lines.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { runCli } from '../cli-runner.ts';
import { baseHeaderOf } from './segment-base.ts';
import { openTicket as ticket } from './open-ticket.ts';

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(os.tmpdir(), 'store-command-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const run = (...args: string[]) => runCli([...args, '--root', root]);

describe('standards store', () => {
  it('packs a night into the journal and restores the store from it', async () => {
    const store = openTicketStore(path.join(root, 'data'));
    await store.mergeTickets([ticket('1', '2026-05-06T09:00:00Z'), ticket('2', '2026-05-06T10:00:00Z')]);
    expect(await run('store', 'pack', '--store', 'data', '--out', 'first')).toEqual({
      code: 0, stdout: '', stderr: 'store: packed as whole day files (compacted: no previous tree (the first night)); 0 day(s) changed since the previous tree',
    });
    const changed = ticket('2', '2026-05-06T10:00:00Z', '2026-05-07T10:00:00Z', { status: 'solved' });
    await store.mergeTickets([changed]);
    const segment = `${await baseHeaderOf(path.join(root, 'first'))}{"day":"2026-05-06","ticket":${ticketLine(changed)}}\n`;
    const base = `${ticketLine(ticket('1', '2026-05-06T09:00:00Z'))}\n${ticketLine(ticket('2', '2026-05-06T10:00:00Z'))}\n`;
    expect(await run('store', 'pack', '--store', 'data', '--from', 'first', '--out', 'second', '--compact-at', '200%')).toEqual({
      code: 0, stdout: '',
      stderr: `store: packed 1 ticket change(s) in 1 day(s) and 0 file(s) into journal/000001.ndjson (${(segment.length / 1e3).toFixed(1)} kB; the journal holds ${(segment.length / 1e3).toFixed(1)} kB, ${(segment.length / base.length * 100).toFixed(1)}% of the base day files)`,
    });
    expect(await run('store', 'restore', '--from', 'second', '--store', 'restored')).toEqual({
      code: 0, stdout: '', stderr: 'store: restored 1 day files into restored (1 of them with the journal\'s changes from 1 segment(s))',
    });
    const day = 'tickets/2026/05/2026-05-06.ndjson';
    expect(await readFile(path.join(root, 'restored', day), 'utf8')).toBe(await readFile(path.join(root, 'data', day), 'utf8'));
  });

  it('pack holds the store lock (a lock its dead owner left is taken over, and released after)', async () => {
    const store = openTicketStore(path.join(root, 'data'));
    await store.mergeTickets([ticket('1', '2026-05-06T09:00:00Z')]);
    const lock = path.join(root, 'data', '.standards.lock');
    // A pid no process has (above Linux's pid_max), on this host: the owner is gone.
    await writeFile(lock, `${JSON.stringify({ pid: 2 ** 30, host: hostname(), startedAt: '2026-05-07T03:00:00.000Z', command: 'fetch' })}\n`);
    expect(await run('store', 'pack', '--store', 'data', '--out', 'first')).toEqual({
      code: 0, stdout: '',
      stderr: `  store lock ${shownPath(lock)} was left by pid ${2 ** 30} (fetch, started 2026-05-07T03:00:00.000Z), which is no longer running: taking it over\n` +
        'store: packed as whole day files (compacted: no previous tree (the first night)); 0 day(s) changed since the previous tree',
    });
    await expect(readFile(lock)).rejects.toThrow(/ENOENT/);
  });

  it('pack takes over a dead lock past the claims of takers killed inside their takeover, and packs none of them', async () => {
    const store = openTicketStore(path.join(root, 'data'));
    await store.mergeTickets([ticket('1', '2026-05-06T09:00:00Z')]);
    const lock = path.join(root, 'data', '.standards.lock');
    // Pids no process has (above Linux's pid_max), on this host: the owner and both takers are gone.
    const gone = (pid: number, command: string) => `${JSON.stringify({ pid, host: hostname(), startedAt: '2026-05-07T03:00:00.000Z', command })}\n`;
    await writeFile(lock, gone(2 ** 30, 'fetch'));
    await writeFile(`${lock}.takeover`, gone(2 ** 30 + 1, 'pipeline'));
    await writeFile(`${lock}.takeover.takeover`, gone(2 ** 30 + 2, 'evaluate'));
    await writeFile(path.join(root, 'data', '..standards.lock.takeover.0123456789ab.tmp'), gone(2 ** 30 + 1, 'pipeline'));
    expect(await run('store', 'pack', '--store', 'data', '--out', 'first')).toEqual({
      code: 0, stdout: '',
      stderr: `  store lock ${shownPath(lock)} was left by pid ${2 ** 30} (fetch, started 2026-05-07T03:00:00.000Z), which is no longer running: taking it over\n` +
        'store: packed as whole day files (compacted: no previous tree (the first night)); 0 day(s) changed since the previous tree',
    });
    expect((await readdir(path.join(root, 'first'), { recursive: true })).sort()).toEqual(['tickets', 'tickets/2026', 'tickets/2026/05', 'tickets/2026/05/2026-05-06.ndjson']);
    // The temp file stays for the next fetch's sweep; the claims were removed on the way.
    expect((await readdir(path.join(root, 'data'))).filter((name) => name.startsWith('.')).sort()).toEqual(['..standards.lock.takeover.0123456789ab.tmp']);
  });

  it.each([
    [['store'], 'store needs an action: `standards store check`, `standards store restore --from DIR` or `standards store pack --from DIR --out DIR`, got none'],
    [['store', 'unpack'], 'store needs an action: `standards store check`, `standards store restore --from DIR` or `standards store pack --from DIR --out DIR`, got "unpack"'],
    [['store', 'restore', '--store', 'data'], 'store restore needs --from DIR, a checkout of the standards-data branch'],
    [['store', 'pack', '--store', 'data'], 'store pack needs --out DIR, a new folder for the tree the store job commits'],
    [['store', 'pack', '--store', 'data', '--out', 'tree', '--compact-at', '0.5'], '--compact-at must be a share of the base day files\' bytes like 50%, got "0.5"'],
    [['store', 'pack', '--store', 'data', '--out', 'tree', '--compact-at', '0%'], '--compact-at must be a share of the base day files\' bytes like 50%, got "0%"'],
  ])('%j is a usage error', async (args, message) => {
    expect(await run(...args)).toEqual({ code: 2, stdout: '', stderr: `standards: ${message}` });
  });
});

describe('standards store check', () => {
  async function writeDay(day: string, lines: string[]): Promise<void> {
    const file = openTicketStore(path.join(root, 'data')).dayFile(day);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, lines.map((l) => `${l}\n`).join(''));
  }

  it('names each ticket stored under more than one day, with both days and how to heal it, and a day file out of order', async () => {
    // Made before moves were followed: ticket 20's creation moved from May 6 to May 9, and the old copy stayed.
    await writeDay('2026-05-06', ['10', '20', '30'].map((id) => ticketLine(ticket(id, '2026-05-06T09:00:00Z'))));
    await writeDay('2026-05-09', [ticketLine(ticket('20', '2026-05-09T09:00:00Z', '2026-05-10T00:00:00Z')), ticketLine(ticket('40', '2026-05-09T10:00:00Z'))]);
    // Edited by hand: 60 before 50.
    await writeDay('2026-06-01', ['60', '50'].map((id) => ticketLine(ticket(id, '2026-06-01T09:00:00Z'))));
    expect(await run('store', 'check', '--store', 'data')).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'store check: ticket "20" is stored under 2 days: 2026-05-06 and 2026-05-09 (every evaluation counts it 2 times). A store written before a ticket whose creation day changed was moved; the next fetch that returns it keeps its newest copy only. To heal it now: `standards fetch --since 2026-05-06`',
        'store check: data/tickets/2026/06/2026-06-01.ndjson line 2: ticket "50" after "60" (a day file is sorted by id): not a day file the store writes (edited by hand, or a git conflict resolved by keeping both sides?), so a fetch reads it whole for every ticket it looks for until it rewrites it sorted (the newest copy of a ticket twice kept). Restore the file from git, or fetch that day again (`standards fetch --since 2026-06-01`)',
        'store check: 7 tickets in 3 day files; 1 stored under more than one day, 1 day file(s) not as the store writes them',
      ].join('\n'),
    });
  });

  it('names a day file with CRLF line ends and one with an empty line', async () => {
    await writeDay('2026-05-06', ['10', '20'].map((id) => `${ticketLine(ticket(id, '2026-05-06T09:00:00Z'))}\r`));
    await writeDay('2026-05-07', [ticketLine(ticket('30', '2026-05-07T09:00:00Z')), '', ticketLine(ticket('40', '2026-05-07T10:00:00Z'))]);
    const tail = (day: string) => `not a day file the store writes (edited by hand, or converted by git?); the store reads it, but its bytes differ from what a fetch writes. Restore the file from git (with \`git config core.autocrlf false\` in the store's checkout), or fetch that day again (\`standards fetch --since ${day}\`)`;
    expect(await run('store', 'check', '--store', 'data')).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        `store check: data/tickets/2026/05/2026-05-06.ndjson line 1: a CRLF line end (\\r\\n, where the store writes \\n alone: a checkout with core.autocrlf?): ${tail('2026-05-06')}`,
        `store check: data/tickets/2026/05/2026-05-07.ndjson line 2: an empty line: ${tail('2026-05-07')}`,
        'store check: 4 tickets in 2 day files; 0 stored under more than one day, 2 day file(s) not as the store writes them',
      ].join('\n'),
    });
  });

  it('says nothing is wrong with a store the fetch wrote', async () => {
    await openTicketStore(path.join(root, 'data')).mergeTickets([ticket('1', '2026-05-06T09:00:00Z'), ticket('2', '2026-05-07T09:00:00Z')]);
    expect(await run('store', 'check', '--store', 'data')).toEqual({ code: 0, stdout: '', stderr: 'store check: 2 tickets in 2 day files; 0 stored under more than one day, 0 day file(s) not as the store writes them' });
  });
});
