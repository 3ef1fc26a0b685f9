// A helpdesk whose tickets' creation instants never change (Zendesk's, Freshdesk's and GitHub's `created_at` are
// read-only) says so (`createdFixed`), and its night reads only the days it writes: with ids from two repositories
// every day's id range takes in almost every id ("acme:api:…" < "acme:web:…"), so looking for moved copies by
// ranges would read every day, every night, for moves that cannot happen.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { runFetch } from '../../scripts/sources/fetch.ts';
import type { TicketBatch, TicketSource } from '../../scripts/sources/source.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { openTicketStore } from '../../scripts/store/ticket-store.ts';
import { openTicket as ticket } from '../store/open-ticket.ts';

const NOW = new Date('2026-06-02T03:00:00Z');
const model = { pipeline: { storeDir: 'data', source: { type: 'sample', tickets: 10, days: 2, seed: 5 } } } as unknown as StandardsModel;

let root: string;
beforeEach(async () => { root = await mkdtemp(path.join(os.tmpdir(), 'created-fixed-')); });
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

function source(batches: TicketBatch[], cursor: string, createdFixed: boolean): TicketSource {
  return {
    type: 'memory',
    upstream: 'memory:two-repositories',
    ...(createdFixed ? { createdFixed: true } : {}),
    async *fetchChanges() {
      for (const batch of batches) yield batch;
      return cursor;
    },
  };
}

/** The node file system, counting whole reads of stored day files by day (a day with no file yet is not one). */
function counting(): { fs: StoreFileSystem; dayReads: string[] } {
  const dayReads: string[] = [];
  return {
    dayReads,
    fs: { ...nodeStoreFileSystem, async readFile(file) { const bytes = await nodeStoreFileSystem.readFile(file); if (bytes !== null && file.endsWith('.ndjson') && file.includes(`${path.sep}tickets${path.sep}`)) dayReads.push(path.basename(file, '.ndjson')); return bytes; } },
  };
}

/** Ten days, each with three issues of each of two repositories, numbered as GitHub numbers them. */
function tenDays(): Ticket[] {
  const tickets: Ticket[] = [];
  for (let d = 0; d < 10; d++) {
    const at = new Date(Date.UTC(2026, 4, 1 + d, 9)).toISOString().replace('.000', '');
    for (let k = 1; k <= 3; k++) for (const repo of ['api', 'web']) tickets.push(ticket(`acme:${repo}:${3 * d + k}`, at));
  }
  return tickets;
}

/** A night: an issue of each repository changed on 2026-05-04, and one new issue of each on 2026-05-12. */
function night(): Ticket[] {
  return [
    ticket('acme:api:10', '2026-05-04T09:00:00Z', '2026-05-12T10:00:00Z'),
    ticket('acme:web:11', '2026-05-04T09:00:00Z', '2026-05-12T10:00:00Z'),
    ticket('acme:api:31', '2026-05-12T08:00:00Z'),
    ticket('acme:web:31', '2026-05-12T08:00:00Z'),
  ];
}

async function nightReads(createdFixed: boolean): Promise<{ dayReads: string[]; ids: Record<string, string[]> }> {
  const storeDir = path.join(root, createdFixed ? 'fixed' : 'moving');
  const m = { ...model, pipeline: { ...model.pipeline, storeDir: path.basename(storeDir) } } as StandardsModel;
  await runFetch({ model: m, root, now: NOW, log: () => undefined, source: source([{ tickets: tenDays(), rejected: [] }], 'c1', createdFixed) });
  const { fs, dayReads } = counting();
  const summary = await runFetch({ model: m, root, now: NOW, log: () => undefined, fs, source: source([{ tickets: night(), rejected: [] }], 'c2', createdFixed) });
  expect(summary).toMatchObject({ added: 2, updated: 2, moved: 0, duplicatesRemoved: 0, changedDays: ['2026-05-04', '2026-05-12'] });
  const store = openTicketStore(storeDir);
  const ids: Record<string, string[]> = {};
  for (const day of ['2026-05-04', '2026-05-12']) ids[day] = (await store.readDay(day)).map((t) => t.id);
  return { dayReads: [...new Set(dayReads)].sort(), ids };
}

describe('a source whose creation instants never change', () => {
  it('reads only the day its changed tickets are filed under; the same night from a source without the promise reads every day the ranges take in', async () => {
    const fixed = await nightReads(true);
    const moving = await nightReads(false);
    const written = { '2026-05-04': ['acme:api:10', 'acme:api:11', 'acme:api:12', 'acme:web:10', 'acme:web:11', 'acme:web:12'], '2026-05-12': ['acme:api:31', 'acme:web:31'] };
    expect(fixed.ids).toEqual(written);
    expect(moving.ids).toEqual(written);
    // 2026-05-12 has no file yet: the only stored day the fixed night reads is the one it merges into.
    expect(fixed.dayReads).toEqual(['2026-05-04']);
    // Every other day's range ("acme:api:…" to "acme:web:…") takes in the four ids, so each is read for copies.
    expect(moving.dayReads).toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09', '2026-05-10']);
  });

  it('is promised by the Zendesk, Freshdesk and GitHub Issues sources, and not by CSV or the sample', async () => {
    const { createZendeskSource } = await import('../../scripts/sources/zendesk.ts');
    const { createFreshdeskSource } = await import('../../scripts/sources/freshdesk.ts');
    const { createGitHubIssuesSource } = await import('../../scripts/sources/github-issues.ts');
    const { createCsvSource } = await import('../../scripts/sources/csv.ts');
    const { createSampleSource } = await import('../../scripts/sources/sample.ts');
    const deps = { env: {}, fetch: globalThis.fetch } as never;
    expect(createZendeskSource({ subdomain: 'acme', emailEnv: 'E', tokenEnv: 'T' } as never, deps).createdFixed).toBe(true);
    expect(createFreshdeskSource({ domain: 'acme.freshdesk.com', tokenEnv: 'T' } as never, deps).createdFixed).toBe(true);
    expect(createGitHubIssuesSource({ repositories: ['acme/api', 'acme/web'], tokenEnv: 'T' } as never, deps).createdFixed).toBe(true);
    // An export edited by hand, or a generator asked again with other settings, gives no such promise.
    expect(createCsvSource({ path: 'tickets.csv' } as never, deps).createdFixed).toBeUndefined();
    expect(createSampleSource({ tickets: 10, days: 2, seed: 5 }, { now: NOW }).createdFixed).toBeUndefined();
  });
});
