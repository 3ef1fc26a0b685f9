// A day's counters written again (a changed day's, updated from its previous ones) keep their live and named blocks
// as the previous file's bytes when those blocks hold the same tickets and none of them changed: only the block's
// header is made again, for tonight's facts (counters-live-entries.ts `unchangedBlock`), not every entry decoded and
// encoded again. Checked here: the blocks written so are the bytes encoding tonight's entries of those tickets gives
// (entries read from the day's text, apart from the counters); a block whose tickets changed is encoded from
// tonight's entries; a previous block damaged is not copied. Every night the report from the counters, from the
// facts alone, with --full and by the NDJSON path are the same bytes (`night`).

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { generateSampleTickets } from '../../scripts/sources/sample.ts';
import { nodeStoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { liveBlockOf, liveEntriesBytes, namedBlockOf } from '../../scripts/store/counters-live-entries.ts';
import { countersDir, readDayCounters, type KeptCounters } from '../../scripts/store/day-counters-file.ts';
import { entriesOfBytes } from '../../scripts/store/day-lines.ts';
import type { FactsCacheRun } from '../../scripts/store/facts-cache-run.ts';
import type { TicketStore } from '../../scripts/store/ticket-store.ts';
import { fixtureNights } from './store-nights.ts';

const NOW = new Date('2026-11-05T06:00:00Z');
const UPDATED = 'updated: only the changed tickets counted';

let store: TicketStore;
let model: StandardsModel;
const { settle, night } = fixtureNights('counters-blocks-', () => [...generateSampleTickets({ count: 3000, days: 90, seed: 7, now: NOW })], (made) => ({ model, store } = made));

const countersFile = (day: string) => path.join(countersDir(store.dir), `${day}.counts`);
const factsOf = async (day: string) => createHash('sha256').update((await store.readDayBytes(day))!).digest('hex');
const madeFor = (run: FactsCacheRun, day: string) => run.counters.made.filter((m) => m.day === day).map((m) => m.why);

async function keptOf(day: string): Promise<KeptCounters> {
  const found = await readDayCounters(nodeStoreFileSystem, countersFile(day), await factsOf(day));
  if ('why' in found) throw new Error(found.why);
  return found.kept;
}

/** The day's entries now, from its text (as the store reads them, not from any cache). */
async function entriesOf(day: string) {
  return entriesOfBytes(store.dayFile(day), (await store.readDayBytes(day))!);
}

/** The live and named blocks of the day's counters file, and the bytes encoding tonight's entries of their tickets gives. */
async function blocks(day: string) {
  const kept = await keptOf(day);
  const entries = await entriesOf(day);
  const facts = await factsOf(day);
  const named = await namedBlockOf(nodeStoreFileSystem, countersFile(day), kept);
  return {
    kept,
    live: await liveBlockOf(nodeStoreFileSystem, countersFile(day), kept),
    named: named?.bytes ?? null,
    liveEncoded: kept.dc.live.length === 0 ? null : liveEntriesBytes(kept.dc.live.map((i) => entries[i]!), facts),
    namedEncoded: kept.named.length === 0 ? null : liveEntriesBytes(Array.from(kept.named, (i) => entries[i]!), facts),
  };
}

/** A day whose counters keep live and named tickets, and one of its tickets that is neither (a settled one). */
async function dayWithBlocks(): Promise<{ day: string; other: Ticket; live: Ticket }> {
  for (const day of (await store.listDays()).slice(-40).reverse()) {
    const kept = await keptOf(day);
    if (kept.dc.live.length === 0 || kept.named.length === 0) continue;
    const entries = await entriesOf(day);
    const lines = (await store.readDayText(day))!.split('\n').filter((l) => l.length > 0);
    const named = new Set(kept.named);
    const other = Array.from(kept.dc.recent).find((i) => !named.has(i) && !kept.dc.live.includes(i));
    if (other === undefined) continue;
    expect(entries.length).toBe(lines.length);
    return { day, other: JSON.parse(lines[other]!) as Ticket, live: JSON.parse(lines[kept.dc.live[0]!]!) as Ticket };
  }
  throw new Error('no day keeps live and named tickets and another recent one');
}

async function retag(day: string, t: Ticket, tag: string): Promise<void> {
  await store.mergeTickets([{ ...t, tags: [...t.tags, tag] }]);
  await settle([day]);
}

describe('a day\'s live and named blocks copied when they did not change', () => {
  it('a ticket neither live nor named changed: both blocks copied, the bytes tonight\'s entries encode to', { timeout: 300_000 }, async () => {
    await night(NOW);
    const { day, other } = await dayWithBlocks();
    const before = await blocks(day);
    await retag(day, other, 'blocks-copied');
    const { run } = await night(NOW);
    expect(madeFor(run, day)).toEqual([UPDATED]);
    expect(run.counters.blocksCopied).toBe(2);
    const after = await blocks(day);
    expect(Array.from(after.kept.dc.live)).toEqual(Array.from(before.kept.dc.live));
    expect(after.live!.equals(after.liveEncoded!)).toBe(true);
    expect(after.named!.equals(after.namedEncoded!)).toBe(true);
    // Tonight's facts named in their headers, the rest as it was.
    expect(after.live!.equals(before.live!)).toBe(false);
    expect(after.kept.header.facts).not.toBe(before.kept.header.facts);
  });

  it('a live ticket changed: the live block encoded from tonight\'s entries, the named one copied', { timeout: 300_000 }, async () => {
    await night(NOW);
    const { day, live } = await dayWithBlocks();
    await retag(day, live, 'live-changed');
    const { run } = await night(NOW);
    expect(madeFor(run, day)).toEqual([UPDATED]);
    expect(run.counters.blocksCopied).toBe(1);
    const after = await blocks(day);
    expect(after.live!.equals(after.liveEncoded!)).toBe(true);
    expect(after.named!.equals(after.namedEncoded!)).toBe(true);
  });

  it('the previous live block damaged: not copied, encoded from tonight\'s entries', { timeout: 300_000 }, async () => {
    await night(NOW);
    const { day, other } = await dayWithBlocks();
    const kept = await keptOf(day);
    const file = await readFile(countersFile(day));
    const place = kept.header.liveEntries!;
    // A byte of its last piece (its entries' texts), past its header.
    file[place.at + place.length - 3] = file[place.at + place.length - 3]! ^ 0x10;
    await writeFile(countersFile(day), file);
    await retag(day, other, 'damaged-live');
    const { run } = await night(NOW);
    expect(madeFor(run, day)).toEqual([UPDATED]);
    expect(run.counters.blocksCopied).toBe(1);
    const after = await blocks(day);
    expect(after.live!.equals(after.liveEncoded!)).toBe(true);
    expect(after.named!.equals(after.namedEncoded!)).toBe(true);
    void model;
  });

  it('the previous live block\'s header damaged where no digest covers it (its `appended`): not copied, encoded from tonight\'s entries', { timeout: 300_000 }, async () => {
    await night(NOW);
    const { day, other } = await dayWithBlocks();
    const kept = await keptOf(day);
    const file = await readFile(countersFile(day));
    const place = kept.header.liveEntries!;
    // One bit of its header: "appended":0 becomes "appended":1, which the block's digests (its body's) do not cover.
    const at = file.indexOf('"appended":0', place.at, 'latin1');
    expect(at).toBeGreaterThan(place.at);
    expect(at).toBeLessThan(place.at + place.length);
    file[at + '"appended":'.length] = 0x31;
    await writeFile(countersFile(day), file);
    await retag(day, other, 'damaged-live-header');
    const { run } = await night(NOW);
    expect(madeFor(run, day)).toEqual([UPDATED]);
    // The live block encoded again (the damage not carried into tonight's file), the named one copied.
    const after = await blocks(day);
    expect(after.live!.equals(after.liveEncoded!)).toBe(true);
    expect(after.named!.equals(after.namedEncoded!)).toBe(true);
    expect(run.counters.blocksCopied).toBe(1);
  });
});
