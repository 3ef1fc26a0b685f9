// A named pipe (or any file that is not a regular one) where the store or its cache keeps a file: nothing waits on
// it. Reading a pipe with no writer waits forever, so every read of the store and the cache opens without waiting
// and refuses what is not a regular file, naming it (atomic-write.ts `openToRead`). A derived file (a day's facts,
// its kept text) is then made again from the day file, and the pipe replaced; a store file stops the run.

import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { shownPath } from '../../scripts/store/atomic-write.ts';
import { factsCacheDir, keptTextFile } from '../../scripts/store/ticket-facts-cache.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { openTicket } from './open-ticket.ts';
import { fixtureNights } from './store-nights.ts';

const NOW = new Date('2026-11-05T06:00:00Z');

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('not-regular-', () => [...generateSampleTickets({ count: 3000, days: 6, seed: 7, now: NOW })], (made) => ({ model, store } = made));

const pipeAt = (file: string) => {
  rmSync(file, { force: true });
  execFileSync('mkfifo', [file]);
};

describe('a named pipe in the store or its cache', () => {
  it('in place of a day\'s facts file and of a changed day\'s kept text: neither read, both made again, the night\'s bytes the same', { timeout: 300_000 }, async () => {
    await night(NOW);
    const days = await store.listDays();
    const kept = readdirSync(path.dirname(keptTextFile(store.dir, days[0]!))).map((name) => name.slice(0, 10)).sort();
    const changed = kept.at(-1)!;
    const facts = path.join(factsCacheDir(store.dir), `${days[0] === changed ? days[1] : days[0]}.facts`);
    pipeAt(facts);
    pipeAt(keptTextFile(store.dir, changed));
    await store.mergeTickets([openTicket('ZZ-1', `${changed}T23:00:00Z`)]);
    await settle([changed]);
    const { run } = await night(NOW);
    expect(run.rebuilt.map((r) => `${r.day} ${r.reason}`).sort()).toEqual([`${path.basename(facts, '.facts')} missing`, `${changed} changed`].sort());
    expect([lstatSync(facts).isFile(), lstatSync(keptTextFile(store.dir, changed)).isFile()]).toEqual([true, true]);
  });

  it('in place of the cursor: refused, naming it, before a byte is read', async () => {
    pipeAt(store.cursorFile);
    const shown = shownPath(store.cursorFile);
    await expect(store.readCursor()).rejects.toThrow(`${shown}: not a regular file (a named pipe, socket or device), where the store and its cache keep only files; nothing was read from it (reading it could wait forever). Remove it (\`rm ${shown}\`): a cache file is made again by the next evaluate; a store file is restored from git or fetched again`);
    rmSync(store.cursorFile);
  });
});
