// The facts cache is derived from the store: when it cannot be written (a full or read-only disk, a file where its
// folder should be), `evaluate` goes on without it, writes the same report, and says so once.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { describeFactsCacheRun, storeEntries } from '../../scripts/store/ticket-facts-cache.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/site/sample/standards');
const NOW = '2026-11-20T06:00:00Z';
const temps: string[] = [];
afterAll(() => { for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function copyOf(dir: string): string {
  const to = mkdtempSync(path.join(tmpdir(), 'facts-cache-off-'));
  temps.push(to);
  cpSync(dir, to, { recursive: true });
  return to;
}

let fetched: string;
beforeAll(async () => {
  fetched = mkdtempSync(path.join(tmpdir(), 'facts-cache-off-'));
  temps.push(fetched);
  cpSync(FIXTURE, path.join(fetched, 'standards'), { recursive: true });
  expect((await runCli(['fetch', '--tickets', '300', '--root', fetched], { now: NOW })).code).toBe(0);
});

const withoutTime = (file: string) => ({ ...JSON.parse(readFileSync(file, 'utf8')), generatedAt: null });

describe('a facts cache that cannot be written', () => {
  it('lets evaluate go on without it: exit 0, the same report, and one line that says so', async () => {
    const normal = copyOf(fetched);
    expect((await runCli(['evaluate', '--root', normal], { now: NOW })).code).toBe(0);

    const root = copyOf(fetched);
    // A file where the cache's folder should be (the fetch's record of its day files in it removed): every write
    // under it fails, as on a read-only disk.
    rmSync(path.join(root, 'data/.cache'), { recursive: true, force: true });
    writeFileSync(path.join(root, 'data/.cache'), 'not a folder\n');
    const run = await runCli(['evaluate', '--root', root], { now: NOW });
    expect(run.code).toBe(0);
    expect(withoutTime(path.join(root, 'data/report.json'))).toEqual(withoutTime(path.join(normal, 'data/report.json')));
    const said = run.stderr.split('\n').filter((line) => line.includes('cache could not be written'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(`the cache could not be written (${path.join(root, 'data/.cache/.gitignore')}: EEXIST), so this evaluation went on without it: the report is complete, and the next one reads those day files again`);
  });

  it('stops writing after the first failure (a full disk), and still gives every day\'s tickets', async () => {
    const root = copyOf(fetched);
    const store = openTicketStore(path.join(root, 'data'));
    const attempts: string[] = [];
    const full: StoreFileSystem = {
      ...nodeStoreFileSystem,
      async open(file, flags) {
        // The whole disk: the cache, and the tickets folder where the run's mark is taken.
        if (flags === 'wx' && file.startsWith(path.join(root, 'data') + path.sep)) {
          attempts.push(path.basename(file));
          throw Object.assign(new Error('ENOSPC: no space left on device, open'), { code: 'ENOSPC' });
        }
        return nodeStoreFileSystem.open(file, flags);
      },
    };
    const facts = storeEntries(store, { fs: full });
    let tickets = 0;
    let days = 0;
    for await (const day of facts.days) {
      days++;
      tickets += (await day.entries()).length;
    }
    let stored = 0;
    for await (const _ticket of store.tickets()) stored++;
    expect({ days, tickets }).toEqual({ days: (await store.listDays()).length, tickets: stored });
    // The run's file-clock mark (a probe file beside the day files, taken before the first day is read) fails too: no mark,
    // so nothing it recorded would be trusted; then one cache write, and no other.
    expect(attempts.filter((name) => name.startsWith('.file-time.'))).toHaveLength(1);
    expect(attempts.filter((name) => !name.startsWith('.file-time.'))).toHaveLength(1);
    // The cache folder's .gitignore is there already (the fetch wrote it with its record of the day files): the
    // first write is the first day's facts.
    expect(facts.run.unwritable).toBe(`${path.join(root, `data/.cache/facts/${(await store.listDays())[0]}.facts`)}: ENOSPC`);
    expect(describeFactsCacheRun(facts.run)).toMatch(/^facts cache: 0 of \d+ days from the cache, \d+ read from the store \[\d+ missing \(.*\)\]; the cache could not be written \(.*: ENOSPC\), so this evaluation went on without it/);
  });
});
