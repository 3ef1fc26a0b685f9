// The counters file of a stored day read back whole, as tests compare it with the counters a whole build of the day
// gives (counters-update-*.test.ts): every unit's dates and rows read, its recent measurements and exclusion hits as
// plain arrays.

import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ExclusionHits, RecentEvents } from '../../scripts/engine/day-counters.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { countersDir, readDayCounters, readRowsOf, type KeptCounters } from '../../scripts/store/day-counters-file.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';

export const countersFileOf = (store: TicketStore, day: string) => path.join(countersDir(store.dir), `${day}.counts`);

/** The SHA-256 of the day's stored text: the facts its counters must name. */
export const factsOf = async (store: TicketStore, day: string) => createHash('sha256').update((await store.readDayBytes(day))!).digest('hex');

/** The day's counters file with every row of every unit read. */
export async function readWholeCounters(store: TicketStore, day: string): Promise<KeptCounters> {
  const file = countersFileOf(store, day);
  const found = await readDayCounters(nodeStoreFileSystem, file, await factsOf(store, day));
  if ('why' in found) throw new Error(found.why);
  const all = new Map([...found.kept.dc.units].map(([key, unit]) => [key, new Set(unit.dates.map((d) => d.dn))]));
  await readRowsOf(nodeStoreFileSystem, file, found.kept, all, true);
  return found.kept;
}

export const plainRecent = (r: RecentEvents) => ({ tickets: Array.from(r.tickets), dns: Array.from(r.dns), atMs: Array.from(r.atMs), values: Array.from(r.values), marks: Array.from(r.marks), lost: Array.from(r.lost) });
export const plainHits = (h: ExclusionHits) => ({ tickets: Array.from(h.tickets), exclusions: Array.from(h.exclusions), lifeEndMs: Array.from(h.lifeEndMs) });
