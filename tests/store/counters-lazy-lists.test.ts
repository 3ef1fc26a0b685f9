// Added by review8. A night reads each day's counters with their breakdowns and worst tickets decoded on first use
// (day-counters-file.ts `KeptDate`, `lists: 'lazy'`). Damage where those lists lie (the main block's last floats,
// the worst tickets' values and instants, and its last ints) must still be caught when the file is read, before
// any list is decoded: the day's counters made again, not a failed night or a wrong number. Every path the same bytes.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StandardsModel } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { countersDir } from '../../scripts/store/day-counters-file.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { fixtureNights } from './store-nights.ts';

const NOW = new Date('2026-11-05T06:00:00Z');
const SAMPLE = { count: 1500, days: 60, seed: 5 };

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('counters-lazy-', () => [...generateSampleTickets({ ...SAMPLE, now: NOW })], (made) => ({ model, store } = made));

const countersFile = (day: string) => path.join(countersDir(store.dir), `${day}.counts`);

describe('counters whose lists are decoded on first use', () => {
  it('damaged where the last date\'s lists lie (last float, last int of the main block): made again, the same bytes', { timeout: 300_000 }, async () => {
    await night(NOW);
    const days = await store.listDays();
    const [a, b] = days.slice(-30, -28) as [string, string];
    for (const [day, where] of [[a, 'float'], [b, 'int']] as const) {
      const file = await readFile(countersFile(day));
      const head = JSON.parse(file.toString('utf8', 8, file.indexOf(10, 8))) as { main: { at: number; floats: number; ints: number } };
      const at = where === 'float' ? head.main.at + head.main.floats * 8 - 2 : head.main.at + head.main.floats * 8 + head.main.ints * 4 - 4;
      file[at]! ^= 0x10;
      await writeFile(countersFile(day), file);
    }
    const { run } = await night(NOW);
    const made = run.counters.made.map((m) => `${m.day} ${m.why}`);
    expect(made).toEqual(expect.arrayContaining([`${a} its content does not match its digest (damaged)`, `${b} its content does not match its digest (damaged)`]));
    expect((await night(NOW)).run.counters.made).toEqual([]);
  });
});
