// The nights the facts-cache tests run: one store evaluated at a night's "now" by every path, which must give the
// same bytes: from the counters (kept), from the facts cache alone, with --full (over a copy of the store's day files,
// so the next night finds what this one left, its kept texts still hard links, and its day files with no name more or
// fewer: a link moves a file's ctime, which the facts record) and the NDJSON path (evaluateStandards over store.tickets()).

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rename, rm, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { clockFor } from '../../scripts/engine/business-time.ts';
import { evaluateEntries, evaluateStandards } from '../../scripts/engine/evaluate.ts';
import { OLD_AFTER_MS } from '../../scripts/engine/day-counters.ts';
import type { PeopleRecords } from '../../scripts/engine/people-records.ts';
import { loadStandardsModel } from '../../scripts/model/load.ts';
import type { Report, StandardDefinition, StandardVersion, StandardsModel, Ticket } from '../../scripts/model/model.ts';
import { nodeStoreFileSystem, type StoreFileSystem } from '../../scripts/store/atomic-write.ts';
import { storeEntries, type FactsCacheOptions, type FactsCacheRun } from '../../scripts/store/ticket-facts-cache.ts';
import { openTicketStore, type TicketStore } from '../../scripts/store/ticket-store.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/site/sample/standards');

export type VersionsOf = (standard: StandardDefinition) => readonly StandardVersion[];

/** The bytes every path must agree on (the report minus the instant it was written). */
export const bytes = (report: Report) => JSON.stringify({ ...report, generatedAt: null });
export const DATA = { source: 'sample', fetchedAt: null };

/** The thread tests' caches' mark, in their headers: after every day file's mtime, so none is "racy". */
const MARK_LATER = async () => BigInt(Date.parse('2100-01-01T00:00:00Z')) * 1_000_000n;

/**
 * One night evaluated twice over `store`: `first` from a copy of its cache whose kept texts are copies (`cp -a`: no
 * more names of the day files), that copy removed after, then `last` from the cache itself; with each one's cache
 * file digests. A name more or fewer of a day file moves its ctime, which the facts record: made this way, no
 * link of `first`'s is left or undone once `last` has linked, and the store's cache is what `last` alone leaves.
 */
export async function firstFromACopy<T>(store: TicketStore, first: () => Promise<T>, last: () => Promise<T>): Promise<{ first: T; last: T; files: { first: Record<string, string>; last: Record<string, string> } }> {
  const cacheDir = path.join(store.dir, '.cache');
  const aside = `${cacheDir}-aside`;
  const cached = existsSync(cacheDir);
  if (cached) {
    execFileSync('cp', ['-a', cacheDir, `${cacheDir}-copy`]);
    await rename(cacheDir, aside);
    await rename(`${cacheDir}-copy`, cacheDir);
  }
  const firstRun = await first();
  const firstFiles = await cacheFileDigests(cacheDir);
  await rm(cacheDir, { recursive: true, force: true });
  if (cached) await rename(aside, cacheDir);
  const lastRun = await last();
  return { first: firstRun, last: lastRun, files: { first: firstFiles, last: await cacheFileDigests(cacheDir) } };
}

/**
 * One evaluation of `store` at `now` from its cache, as the pipeline runs it, with the facts-cache `options` given;
 * `between(day)`: called once `day`'s cache is written (the pass writes it, and links its text, when the evaluation
 * asks for the next day).
 */
export async function cachedEvaluation(store: TicketStore, model: StandardsModel, now: Date, options: FactsCacheOptions, between?: (day: string) => Promise<void>): Promise<{ report: string; run: FactsCacheRun }> {
  const pass = storeEntries(store, { fileClock: MARK_LATER, changingFromMs: now.getTime() - OLD_AFTER_MS, ...options });
  async function* days() {
    let previous: string | null = null;
    for await (const d of pass.days) {
      if (previous !== null) await between?.(previous);
      yield d;
      previous = d.day;
    }
  }
  const report = bytes(await evaluateEntries({ model, now, clockFor, data: DATA, days: between === undefined ? pass.days : days(), worstFacts: pass.worstFacts }));
  return { report, run: pass.run };
}

/**
 * A warm evaluation of `store` at `now` as the pipeline runs it, its file system counting what is read of each facts
 * file: the report's bytes, and the facts files read past their header (read again, or beyond the first 8 KiB).
 */
export async function countedReads(store: TicketStore, model: StandardsModel, now: Date): Promise<{ report: string; pastHeader: string[]; run: FactsCacheRun }> {
  const pastHeader = new Set<string>();
  const reads = new Map<string, number>();
  const counting: StoreFileSystem = {
    ...nodeStoreFileSystem,
    async readParts(file, parts, into) {
      if (file.endsWith('.facts')) {
        // Its header is its first read's (ticket-facts-cache.ts `inspect`); any other read is of its body.
        const name = path.basename(file);
        reads.set(name, (reads.get(name) ?? 0) + 1);
        if (reads.get(name)! > 1 || parts.some((p) => p.position !== 0 || p.length > 8 * 1024)) pastHeader.add(name);
      }
      return nodeStoreFileSystem.readParts!(file, parts, into);
    },
    async readFile(file) {
      if (file.endsWith('.facts')) pastHeader.add(path.basename(file));
      return nodeStoreFileSystem.readFile(file);
    },
  };
  const pass = storeEntries(openTicketStore(store.dir, { fs: counting }), { fs: counting, changingFromMs: now.getTime() - OLD_AFTER_MS });
  const report = bytes(await evaluateEntries({ model, now, clockFor, data: DATA, days: pass.days, worstFacts: pass.worstFacts }));
  return { report, pastHeader: [...pastHeader].sort(), run: pass.run };
}

/**
 * Every facts and counters file's digest by name, and the kept texts' names (each is a day file: a hard link). A facts
 * file's header without its day files' ctimes: each run's link of a day's text moves it (the time of that link, not
 * of anything in the day), and two runs over one store link at two times.
 */
export async function cacheFileDigests(cacheDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const folder of ['facts', 'counters', 'texts']) {
    for (const name of (await readdir(path.join(cacheDir, folder)).catch(() => [])).sort()) {
      if (folder === 'texts') {
        out[`${folder}/${name}`] = 'kept';
        continue;
      }
      const file = await readFile(path.join(cacheDir, folder, name));
      const headEnd = folder === 'facts' ? file.indexOf(10, 8) + 1 : 0;
      const head = file.toString('latin1', 0, headEnd).replace(/"ctimeNs":"\d+",/g, '');
      out[`${folder}/${name}`] = createHash('sha256').update(head, 'latin1').update(file.subarray(headEnd)).digest('hex');
    }
  }
  return out;
}

/**
 * A temporary copy of the sample fixture's standards (tests/fixtures/site/sample) and its store holding `tickets`:
 * what each facts-cache test file nights over, made in its beforeAll (the caller removes `root` after).
 */
export async function fixtureStore(prefix: string, tickets: readonly Ticket[] = []): Promise<{ root: string; model: StandardsModel; store: TicketStore }> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix));
  await cp(FIXTURE, path.join(root, 'standards'), { recursive: true });
  const loaded = await loadStandardsModel({ root, strict: false, base: null, today: '2026-11-02' });
  if (!loaded.model) throw new Error('fixture model does not load');
  const store = openTicketStore(path.join(root, loaded.model.pipeline.storeDir));
  if (tickets.length > 0) await store.mergeTickets(tickets);
  return { root, model: loaded.model, store };
}

type Fixture = { root: string; model: StandardsModel; store: TicketStore };

/**
 * A test file's store and its nights: made in beforeAll from the fixture and `tickets()` (its day files then
 * settled in the past), handed to `made` (which keeps what the file uses), removed in afterAll.
 */
export function fixtureNights(prefix: string, tickets: () => readonly Ticket[], made: (fixture: Fixture) => void) {
  const current = {} as Fixture;
  const nights = storeNights(() => current);
  beforeAll(async () => {
    Object.assign(current, await fixtureStore(prefix, tickets()));
    made(current);
    await nights.settle(await current.store.listDays());
  }, 120_000);
  afterAll(async () => {
    if (current.root !== undefined) await rm(current.root, { recursive: true, force: true });
  });
  return nights;
}

/** Nights over the store and model `get` gives (made in a test file's beforeAll). */
export function storeNights(get: () => { store: TicketStore; model: StandardsModel }) {
  /** Day files' mtimes moved well into the past, as a day file the cache was made from long after looks. */
  async function settle(days: readonly string[]): Promise<void> {
    const past = new Date(Date.now() - 3_600_000);
    for (const day of days) await utimes(get().store.dayFile(day), past, past);
  }

  /** The night's four evaluations, each against the NDJSON path. Returns what the counters path read and made. */
  async function night(now: Date, m: StandardsModel = get().model, versionsOf?: VersionsOf, people?: PeopleRecords): Promise<{ run: FactsCacheRun; report: Report }> {
    const { store } = get();
    const input = { model: m, now, clockFor, data: DATA, ...(versionsOf ? { versionsOf } : {}), ...(people ? { people } : {}) };
    const reference = await evaluateStandards({ ...input, tickets: store.tickets() });
    // As the pipeline runs it (pipeline.ts): a day holding a ticket changed within the counters' recent span keeps its
    // text, and the changed days are read on the second thread (changed-days-thread.ts).
    const changingFromMs = now.getTime() - OLD_AFTER_MS;
    const counted = storeEntries(store, { changingFromMs, thread: true });
    expect(bytes(await evaluateEntries({ ...input, days: counted.days, worstFacts: counted.worstFacts }))).toBe(bytes(reference));
    const factsOnly = storeEntries(store, { counters: 'off' });
    expect(bytes(await evaluateEntries({ ...input, days: factsOnly.days }))).toBe(bytes(reference));
    // Over a copy of the day files, not the store's own: --full links the latest days' texts into its cache, and the
    // link (and the removal of that cache after) would move their ctime, which the store's cache recorded.
    const copy = await mkdtemp(path.join(os.tmpdir(), 'full-pass-'));
    try {
      const cacheDir = path.join(store.dir, '.cache');
      await cp(store.dir, copy, { recursive: true, filter: (from) => from !== cacheDir });
      const full = storeEntries(openTicketStore(copy), { full: true, changingFromMs });
      expect(bytes(await evaluateEntries({ ...input, days: full.days, worstFacts: full.worstFacts }))).toBe(bytes(reference));
      expect(full.run.counters.made.every((made) => made.why === '--full')).toBe(true);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
    expect(reference.data.tickets).toBeGreaterThan(0);
    return { run: counted.run, report: reference };
  }

  return { settle, night };
}
