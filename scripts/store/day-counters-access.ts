// A day's counters as one pass of the facts cache reads, updates and writes them (ticket-facts-cache.ts gives
// each day one of these): the counters file of the day (day-counters-file.ts) read for the facts it was made from,
// its rows read when a count needs them, the previous version's counters whole when tonight's are made from them,
// and the live tickets' entries kept with them (counters-live-entries.ts), so a day whose only tickets to read are
// its live ones opens no facts file; and the other tickets a night may read one by one (the worst candidates, those
// read as they stood 7 days ago: `named`), read from the counters file when one of them is asked for, during the
// day's turn or after it (`namedReader`, for the report's worst tickets). A file that is missing, damaged or made
// from other facts reads as none, with the reason the run line gives; a named block that turns out damaged when read
// gives its tickets from the facts file instead, and the counters file is removed, so the next night makes it again
// (the run line says why). A write goes through the pass's cache writes (one failure turns the cache off).

import type { DayCounters } from '../engine/day-counters.ts';
import { readThenCandidates, worstCandidateTickets } from '../engine/named-tickets.ts';
import type { DayCountersAccess, TicketEntry } from '../engine/ticket-entries.ts';
import type { StoreFileSystem } from './atomic-write.ts';
import type { writesBehind } from './cache-writes-behind.ts';
import type { Rebuilt } from './changed-day.ts';
import { joinedEntries, liveEntriesBytes, namedHas, readLiveEntries, readNamedEntries, unchangedBlock, type NamedPlace } from './counters-live-entries.ts';
import { encodeDayCounters, readDayCounters, readRowsOf, type KeptCounters } from './day-counters-file.ts';
import type { FactsCacheRun } from './facts-cache-run.ts';

/** What a day's counters share with the pass that reads them. */
export interface DayCountersContext {
  fs: StoreFileSystem;
  /** A day's counters file (`${day}.counts` in the store's counters folder). */
  countersFile: (day: string) => string;
  /** --full: no counters are read, all are made again. */
  full: boolean;
  run: FactsCacheRun;
  /** The pass's writes behind, once started (a read of a file waits for its write). */
  writesBehind: () => ReturnType<typeof writesBehind> | null;
  /** Writes a counters file as the pass writes its cache files. */
  write: (file: string, bytes: Uint8Array) => Promise<unknown>;
  /** Removes a counters file (its named block damaged) as the pass writes its cache files. */
  remove: (file: string) => Promise<unknown>;
}

/**
 * The named tickets' entries of a day's counters after its turn: those of `indices` the counters keep (`found`),
 * the others (`rest`) for the caller to read from the facts file.
 */
export type NamedReader = (indices: readonly number[]) => Promise<{ found: Map<number, TicketEntry>; rest: number[] }>;

/** A day's counters as the store gives them: the engine's access, and the named entries once the day's turn is over. */
export interface StoredDayCounters extends DayCountersAccess {
  /** Reads the named tickets' entries of the counters read or written this run; null when they keep none. */
  namedReader(): NamedReader | null;
}

/**
 * The counters of `day`, made from the facts whose digest is `facts`; `some` gives the day's entries by index (for
 * the live tickets kept with them), `previous` the day's previous version when it changed tonight, `writes` whether
 * the pass writes counters (not in a read-only mode).
 */
export const dayCountersAccess = (function dayCountersAccess(
  ctx: DayCountersContext,
  day: string,
  facts: string,
  some: (indices: readonly number[]) => Promise<ReadonlyMap<number, TicketEntry>>,
  previous: Rebuilt['previous'] | undefined,
  writes: boolean,
): StoredDayCounters {
  const file = ctx.countersFile(day);
  let kept: KeptCounters | null = null;
  let made: DayCounters | null = null;
  /** The live tickets' entries, as the counters keep them (or as they were just written), by index; null: none. */
  let live: ReadonlyMap<number, TicketEntry> | null = null;
  /** Why there were no counters to read. */
  let none = 'missing';
  /**
   * The counters in the file tonight's are made from, and how their entries moved (null: they did not): the previous
   * version's read whole (`previous`), or those read for these facts (`read`). Their live and named blocks are
   * copied when tonight's keep the same tickets, none changed (`unchangedBlock`).
   */
  let from: { kept: KeptCounters; oldToNew: Int32Array | null } | null = null;
  const named = namedBlock(ctx, day, file, facts);
  return {
    async read() {
      // --full trusts no cache: the counters are made again from the day's tickets.
      if (ctx.full) {
        none = '--full';
        return null;
      }
      await ctx.writesBehind()?.settled(file);
      const found = await readDayCounters(ctx.fs, file, facts, { lists: 'lazy' });
      if ('why' in found) {
        none = found.why;
        return null;
      }
      // The live tickets kept with them (read for counting anyway): damaged, the counters are made again.
      try {
        live = found.kept.dc.live.length === 0 ? null : await readLiveEntries(ctx.fs, file, found.kept);
      } catch (error) {
        none = (error as Error).message;
        return null;
      }
      kept = found.kept;
      from = { kept, oldToNew: null };
      const place = kept.header.namedEntries;
      named.place = place === null ? null : { at: place.at, length: place.length, tickets: kept.named.slice() };
      ctx.run.counters.counted++;
      return kept.dc;
    },
    async previous() {
      // The counters of the day's previous version, whole (every date's rows, the ticket table): tonight's are made from them.
      if (previous === undefined || ctx.full) return null;
      await ctx.writesBehind()?.settled(file);
      const found = await readDayCounters(ctx.fs, file, previous.facts);
      if ('why' in found) return null;
      const all = new Map([...found.kept.dc.units].map(([key, unit]) => [key, new Set(unit.dates.map((d) => d.dn))]));
      try {
        await readRowsOf(ctx.fs, file, found.kept, all, true);
      } catch {
        return null;
      }
      from = { kept: found.kept, oldToNew: previous.change.oldToNew };
      return { dc: found.kept.dc, change: previous.change };
    },
    async readRows(dc, wanted) {
      if (dc === made || kept === null || dc !== kept.dc) return true;
      for (const dns of wanted.values()) ctx.run.counters.rowsRead += dns.size;
      await ctx.writesBehind()?.settled(file);
      try {
        await readRowsOf(ctx.fs, file, kept, wanted, true);
        return true;
      } catch {
        kept = null;
        return false;
      }
    },
    async entriesAt(indices) {
      ctx.run.counters.ticketsRead += indices.length;
      if (indices.length === 0) return new Map();
      if (live === null && named.place === null) return some(indices);
      const notLive = live === null ? indices : indices.filter((i) => !live!.has(i));
      const place = named.place;
      const inNamed = place === null ? [] : notLive.filter((i) => namedHas(place, i));
      const fromNamed = inNamed.length === 0 ? null : await named.entries(inNamed);
      const rest = fromNamed === null ? notLive : notLive.filter((i) => !fromNamed.has(i));
      return joinedEntries(indices, live, fromNamed, rest.length === 0 ? null : await some(rest));
    },
    namedReader: () => named.reader(),
    async write(dc, keep, why, worstReach) {
      made = dc;
      // Tonight's units, and as many others as the file held (another model's: switching back costs nothing).
      const others = [...dc.units.keys()].filter((key) => !keep.has(key)).slice(0, keep.size);
      let units = new Map([...dc.units].filter(([key]) => keep.has(key) || others.includes(key)));
      if (kept !== null) {
        ctx.run.counters.counted--;
        // Units kept from the file: their rows are read before the file is written again.
        const wanted = new Map<string, Set<number>>();
        for (const [key, unit] of units) if (unit.dates.some((d) => d.rows === null)) wanted.set(key, new Set(unit.dates.filter((d) => d.rows === null).map((d) => d.dn)));
        try {
          await ctx.writesBehind()?.settled(file);
          if (wanted.size > 0) await readRowsOf(ctx.fs, file, kept, wanted, true);
        } catch {
          // Damaged: keep tonight's units only (the others are made again when a night needs them).
          units = new Map([...units].filter(([, unit]) => unit.dates.every((d) => d.rows !== null)));
        }
      }
      ctx.run.counters.made.push({ day, why: why === 'missing' ? none : why });
      live = null;
      named.place = null;
      if (!writes || ctx.run.unwritable !== null) return;
      // Blocks of the counters tonight's were made from are copied when they hold the same tickets, none changed
      // (once: the file is written over below).
      const source = from;
      from = null;
      if (source !== null) await ctx.writesBehind()?.settled(file);
      const unchanged = (place: { at: number; length: number } | null | undefined, was: ArrayLike<number>, now: ArrayLike<number>) =>
        source === null ? null : unchangedBlock(ctx.fs, file, place, source.kept.header.facts, was, source.oldToNew, now, facts);
      // The live tickets kept with the counters, from the day's facts (the facts file, or tonight's entries).
      let liveBlock: Buffer | null = null;
      if (dc.live.length > 0) {
        const copied = await unchanged(source?.kept.header.liveEntries, source?.kept.dc.live ?? [], dc.live);
        if (copied !== null) {
          liveBlock = copied.bytes;
          live = copied.entries;
          ctx.run.counters.blocksCopied = (ctx.run.counters.blocksCopied ?? 0) + 1;
        } else {
          const found = await some(dc.live);
          const entries = dc.live.map((i) => found.get(i)!);
          liveBlock = liveEntriesBytes(entries, facts);
          live = new Map(dc.live.map((i, k) => [i, entries[k]!]));
        }
      }
      // The other tickets a night may read one by one, kept with them too (day-counters-file.ts, its `named` block).
      const written = { ...dc, units };
      const liveSet = new Set(dc.live);
      const namedTickets = [...new Set([...worstCandidateTickets(written, worstReach), ...readThenCandidates(written)])].filter((i) => !liveSet.has(i)).sort((a, b) => a - b);
      let namedBlock: { tickets: number[]; bytes: Buffer } | null = null;
      if (namedTickets.length > 0) {
        const copied = await unchanged(source?.kept.header.namedEntries, source?.kept.named ?? [], namedTickets);
        if (copied !== null) ctx.run.counters.blocksCopied = (ctx.run.counters.blocksCopied ?? 0) + 1;
        const found = copied === null ? await some(namedTickets) : null;
        namedBlock = { tickets: namedTickets, bytes: copied?.bytes ?? liveEntriesBytes(namedTickets.map((i) => found!.get(i)!), facts) };
      }
      const bytes = encodeDayCounters(written, facts, liveBlock, namedBlock);
      // The named block ends the file.
      if ((await ctx.write(file, bytes)) === true && namedBlock !== null) named.place = { at: bytes.length - namedBlock.bytes.length, length: namedBlock.bytes.length, tickets: Int32Array.from(namedTickets) };
    },
  };
});

/**
 * The named block of a day's counters as read or written this run (`place`, its tickets copied), and its entries read
 * from the file. Apart from the access: the reader a pass keeps after the day's turn holds the block's place, not the
 * counters read. A block that cannot be read (damaged, cut, of other facts) gives no entries: the counters file is
 * removed, and the run line says why.
 */
const namedBlock = (function namedBlock(ctx: DayCountersContext, day: string, file: string, facts: string) {
  const block = {
    place: null as NamedPlace | null,
    /** The entries of `indices` (all kept by the block), or null when it cannot be read. */
    async entries(indices: readonly number[]): Promise<ReadonlyMap<number, TicketEntry> | null> {
      const place = block.place;
      if (place === null) return null;
      try {
        await ctx.writesBehind()?.settled(file);
        return await readNamedEntries(ctx.fs, file, place, facts, indices);
      } catch (error) {
        block.place = null;
        // (A cache that could not be written leaves an older file here: the run line says so already.)
        if (ctx.run.unwritable === null) {
          ctx.run.counters.dropped.push({ day, why: (error as Error).message });
          await ctx.remove(file);
        }
        return null;
      }
    },
    reader(): NamedReader | null {
      if (block.place === null) return null;
      return async (indices) => {
        const place = block.place;
        const inNamed = place === null ? [] : indices.filter((i) => namedHas(place, i));
        const found = new Map<number, TicketEntry>();
        for (const [i, entry] of (inNamed.length === 0 ? null : await block.entries(inNamed)) ?? []) found.set(i, entry);
        return { found, rest: indices.filter((i) => !found.has(i)) };
      };
    },
  };
  return block;
});
