// A night's changed days read on a second thread (node:worker_threads) while the evaluation counts on the first. For
// each day whose file changed since its facts were made, the thread reads the day file and hashes it, and, where the
// day's previous text is kept (kept-day-texts.ts `keepText`), tells its unchanged lines from the others
// (day-lines.ts `lineChange`) and parses the new and changed ones, which it sends encoded as facts
// (facts-cache-format.ts `encodeEntries`: decoding them costs the evaluation a few milliseconds a day, the parsing
// they replace a few hundred). That was a third of a 3M-ticket night's evaluate on one thread.
//
// The thread is only ever ahead of the evaluation, never in charge: it reads, writes nothing, and what it sends is
// checked as the evaluation's own reads are (the facts' digests). A day it could not prepare (no file, no usable
// kept text, a line that is not JSON, a thread that failed or died) is read by the evaluation itself, as it would
// be without the thread, which names any error in the store; so the report and every cache file are the same bytes
// with or without it (tests/store/changed-days-thread.test.ts). It stops when its list is done, and is stopped
// when the pass ends first.

import { parentPort, Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { lineChange, linesOfBytes, readFileInto, readKeptText, type ReadScratch } from './day-lines.ts';
import { encodeEntries, sha256, type CacheHeader } from './facts-cache-format.ts';

/**
 * One changed day to prepare: its file (and its inode when inspected, `readKeptText`), its kept text, and what its
 * facts' header says of the text they were made from.
 */
export interface ChangedDayJob {
  day: string;
  dayFile: string;
  dayIno: string | null;
  keptFile: string;
  head: Pick<CacheHeader, 'sha256' | 'files' | 'mark' | 'entries'>;
}

/**
 * A day prepared: the digest of its file's bytes (and their CRC-32, changed-day.ts `DayRead`), and, when its previous
 * text was kept, what changed (`oldToNew`, `added` as `lineChange` gives them) with the added entries as a cache file
 * (`encodeEntries`).
 */
export interface PreparedDay {
  hash: string;
  crc32: number;
  change: { oldToNew: Int32Array; added: number[]; entries: number; addedFacts: Uint8Array } | null;
}

/** The memory the thread reads day files into (the day's bytes are not sent: the first thread reads them again if it needs them). */
const dayScratch: ReadScratch = { bytes: Buffer.alloc(0) };

/** What the thread does for one day: a function of the files alone. Null when it cannot (the day is read on the first thread). */
export function prepareChangedDay(job: ChangedDayJob): PreparedDay | null {
  let bytes: Buffer;
  try {
    bytes = readFileInto(job.dayFile, dayScratch);
  } catch {
    return null;
  }
  const hash = sha256(bytes);
  const crc = crc32(bytes);
  if (hash === job.head.sha256) return { hash, crc32: crc, change: null };
  const kept = readKeptText(job.keptFile, job.head, job.dayIno);
  if (kept === null || (!kept.sameStat && sha256(kept.bytes) !== job.head.sha256)) return { hash, crc32: crc, change: null };
  const before = linesOfBytes(kept.bytes);
  if (before.length !== job.head.entries) return { hash, crc32: crc, change: null };
  const after = linesOfBytes(bytes);
  const change = lineChange(job.dayFile, before, after);
  const addedFacts = encodeEntries(change.addedEntries, { sha256: '', files: [], mark: '0' });
  return { hash, crc32: crc, change: { oldToNew: change.oldToNew, added: change.added, entries: after.length, addedFacts } };
}

/** The first thread's side: the days handed to the thread, each taken (awaited) when the evaluation reaches it. */
export interface ChangedDaysThread {
  /** The day prepared, or null when it was not handed over or the thread could not prepare it (read it here). */
  take(day: string): Promise<PreparedDay | null>;
  /** Stops the thread (nothing it sends is waited for any more). */
  stop(): Promise<void>;
  /** The thread itself (whatever ends it, a day it did not send is read on the first thread). */
  readonly worker: Worker;
}

interface Message { day: string; prepared: PreparedDay | null }

/** Starts a thread on `jobs`, in their order (the evaluation's). */
export function startChangedDaysThread(jobs: readonly ChangedDayJob[]): ChangedDaysThread {
  const waiting = new Map<string, { promise: Promise<PreparedDay | null>; resolve: (p: PreparedDay | null) => void }>();
  for (const job of jobs) {
    let resolve!: (p: PreparedDay | null) => void;
    const promise = new Promise<PreparedDay | null>((r) => { resolve = r; });
    waiting.set(job.day, { promise, resolve });
  }
  const worker = new Worker(new URL('./changed-days-worker.js', import.meta.url), { workerData: { jobs } satisfies WorkerInput });
  /** Whatever ends the thread, a day not sent is read here. */
  const settleAll = () => {
    for (const w of waiting.values()) w.resolve(null);
  };
  worker.on('message', (m: Message) => waiting.get(m.day)?.resolve(m.prepared));
  worker.on('error', settleAll);
  worker.on('exit', settleAll);
  // Held (the process waits for it) only while the evaluation waits for a day: a thread never keeps Node alive alone.
  worker.unref();
  let takes = 0;
  return {
    worker,
    async take(day) {
      const w = waiting.get(day);
      if (w === undefined) return null;
      if (takes++ === 0) worker.ref();
      try {
        return await w.promise;
      } finally {
        waiting.delete(day);
        if (--takes === 0) worker.unref();
      }
    },
    async stop() {
      settleAll();
      await worker.terminate();
    },
  };
}

interface WorkerInput { jobs: readonly ChangedDayJob[] }

/** The thread itself (changed-days-worker.js): each job prepared and sent (its arrays moved, not copied), then it ends. */
export function runJobs(input: WorkerInput): void {
  for (const job of input.jobs) {
    let prepared: PreparedDay | null;
    try {
      prepared = prepareChangedDay(job);
    } catch {
      prepared = null;
    }
    const moved = prepared?.change ? [prepared.change.oldToNew.buffer, prepared.change.addedFacts.buffer] as ArrayBuffer[] : [];
    parentPort!.postMessage({ day: job.day, prepared } satisfies Message, moved);
  }
}
