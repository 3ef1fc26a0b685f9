// A symbolic link inside the store's tickets folder (a month folder moved to another disk and linked back, a day
// file linked from elsewhere) is refused by every command that reads or writes the store, as `store pack` and
// `store restore` refuse it: with the link's path and what to do, before anything is read through it. Why not read
// through it: a fetch renames its new day file over the link (the file it pointed to left stale, a second copy
// of the day), or writes into a folder outside the store; and the nightly pack would refuse the store anyway.

import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { snapshotStore } from './store-snapshot.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/validate/base');
const NOW = '2026-11-20T06:00:00Z';
const LATER = '2026-11-21T06:00:00Z';
const temps: string[] = [];
afterAll(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

let root: string;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'standards-links-'));
  temps.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const file = path.join(root, 'standards/pipeline.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/source:[\s\S]*$/, 'source:\n  type: sample\n  sample: { tickets: 300, days: 40, seed: 9 }\n'));
  expect((await runCli(['fetch', '--root', root], { now: NOW })).code).toBe(0);
}, 120_000);

/** A copy of the fetched repository, with `link` applied to its store. */
function withLink(link: (tickets: string, outside: string) => string): { copy: string; linkPath: string; outside: string } {
  const copy = mkdtempSync(path.join(tmpdir(), 'standards-links-'));
  temps.push(copy);
  cpSync(root, copy, { recursive: true });
  const outside = mkdtempSync(path.join(tmpdir(), 'standards-outside-'));
  temps.push(outside);
  return { copy, linkPath: link(path.join(copy, 'data/tickets'), outside), outside };
}

const expectedMessage = (linkPath: string, what: 'folder' | 'file') =>
  `${linkPath}: a symbolic link, where the store keeps its own ${what === 'folder' ? 'folders' : 'day files'}; nothing was read through it. ` +
  `The store reads and writes only its own files (a fetch would write past a link, leaving what it points to stale). Replace the link with the ${what} itself (copy it in place of the link), or move it out of the store and fetch again`;

describe('a symbolic link in the store', () => {
  it('a month folder moved out and linked back: evaluate and fetch refuse, naming it; nothing is written, in the store or behind the link', { timeout: 120_000 }, async () => {
    const { copy, linkPath, outside } = withLink((tickets, elsewhere) => {
      const month = path.join(tickets, '2026/10');
      renameSync(month, path.join(elsewhere, '10'));
      symlinkSync(path.join(elsewhere, '10'), month);
      return month;
    });
    const store = await snapshotStore(path.join(copy, 'data'));
    const behind = await snapshotStore(outside);
    const evaluated = await runCli(['evaluate', '--root', copy], { now: NOW });
    expect(evaluated.code).toBe(1);
    expect(evaluated.stderr).toContain(expectedMessage(linkPath, 'folder'));
    const fetched = await runCli(['fetch', '--root', copy], { now: LATER });
    expect(fetched.code).toBe(1);
    expect(fetched.stderr).toContain(expectedMessage(linkPath, 'folder'));
    expect(await snapshotStore(path.join(copy, 'data'))).toEqual(store);
    expect(await snapshotStore(outside)).toEqual(behind);
  });

  it('a day file linked from elsewhere: fetch refuses before it could replace the link with a copy', { timeout: 120_000 }, async () => {
    const { copy, linkPath, outside } = withLink((tickets, elsewhere) => {
      const day = path.join(tickets, '2026/11/2026-11-19.ndjson');
      renameSync(day, path.join(elsewhere, 'day.ndjson'));
      symlinkSync(path.join(elsewhere, 'day.ndjson'), day);
      return day;
    });
    const behind = await snapshotStore(outside);
    const fetched = await runCli(['fetch', '--root', copy], { now: LATER });
    expect(fetched.code).toBe(1);
    expect(fetched.stderr).toContain(expectedMessage(linkPath, 'file'));
    expect(await snapshotStore(outside)).toEqual(behind);
    const evaluated = await runCli(['evaluate', '--root', copy], { now: NOW });
    expect(evaluated.stderr).toContain(expectedMessage(linkPath, 'file'));
  });

  it('the tickets folder itself a link: refused too', { timeout: 120_000 }, async () => {
    const { copy, linkPath } = withLink((tickets, elsewhere) => {
      renameSync(tickets, path.join(elsewhere, 'tickets'));
      symlinkSync(path.join(elsewhere, 'tickets'), tickets);
      return tickets;
    });
    const evaluated = await runCli(['evaluate', '--root', copy], { now: NOW });
    expect(evaluated.code).toBe(1);
    expect(evaluated.stderr).toContain(expectedMessage(linkPath, 'folder'));
  });
});
