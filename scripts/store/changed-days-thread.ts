// A night's changed days read on a second thread (node:worker_threads) while the evaluation counts on the first. For
// each day whose file changed since its facts were made, the thread reads the day file and hashes it, and, where the
// day's previous text is kept (kept-day-texts.ts `keepText`), tells its unchanged lines from the others
// (day-lines.ts `lineChange`) and parses the new and changed ones, which it sends encoded as facts
// (facts-cache-format.ts `encodeEntries`: decoding them costs the evaluation a few milliseconds a day, the parsing
// they replace a few hundred). That was a third of a 3M-ticket night's evaluate on one thread.
//
// The thread is only ever ahead of the evaluation, never in charge: it writes nothing but a day's kept text (its
// link, made before the day is read: `linkedRead`), and what it sends is checked as the evaluation's own reads are
// (the facts' digests). A day it could not prepare (no file, no usable kept text, a line that is not JSON, a thread
// that failed) is read by the evaluation itself, as it would be without the thread, which names any error in the
// store; so the report and every cache file are the same bytes with or without it (tests/store/changed-days-thread.test.ts).
// A thread that dies while it reads a day it linked leaves that day's previous text gone: the evaluation reads it
// whole (the same report, its facts made whole). It stops when its list is done, and is stopped when the pass ends first.

import { closeSync, fstatSync, linkSync, readSync, rmSync, statSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { openToRead, sameFileIdentity } from './atomic-write.ts';
import { lineChange, linesOfBytes, readFileInto, readKeptText, type ReadScratch } from './day-lines.ts';
import { dayOrderOfBytes, type DayOrder } from './day-range-record.ts';
import { encodeEntries, sha256, type CacheHeader, type FileStat } from './facts-cache-format.ts';

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
  /**
   * The day file's stat when the pass inspected it, to give its text the kept text's name before reading it
   * (`linkedRead`); null: read as it is, its text kept (or not) by the first thread after the evaluation's turn.
   */
  linkAt: FileStat | null;
  /** With `linkAt`: find the order of the bytes read (day-range-record.ts `dayOrderOfBytes`), for the record's entry. */
  order: boolean;
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
  /**
   * When the thread gave the day's text the kept text's name before reading it (`linkedRead`): the day file's stat
   * just before the link and just after it (the stat its bytes were read under, which its facts record), and the
   * order of those bytes (`job.order`), what the day-range record's entry is moved with (kept-day-texts.ts
   * `noteLinkedAhead`). Null: the day was read as it is.
   */
  linked: { before: FileStat; after: FileStat; order: DayOrder | null } | null;
}

/** The memory the thread reads day files into (the day's bytes are not sent: the first thread reads them again if it needs them). */
const dayScratch: ReadScratch = { bytes: Buffer.alloc(0) };

/** How the thread names a day's kept text (a test's, to act in the instant around the link). */
export interface KeptTextLinks {
  rm(file: string): void;
  link(from: string, to: string): void;
}
const nodeLinks: KeptTextLinks = {
  rm: (file) => rmSync(file, { force: true }),
  link: (from, to) => linkSync(from, to),
};

/**
 * What the thread does for one day: a function of the files alone. Null when it cannot (the day is read on the first
 * thread). With `job.linkAt`, the day's previous kept text is read first, then its name given to the day file and
 * the day's bytes read after (`linkedRead`).
 */
export function prepareChangedDay(job: ChangedDayJob, links: KeptTextLinks = nodeLinks): PreparedDay | null {
  let kept: ReturnType<typeof readKeptText> | undefined;
  let bytes: Buffer;
  let linked: PreparedDay['linked'] = null;
  try {
    if (job.linkAt !== null) {
      try {
        kept = readKeptText(job.keptFile, job.head, job.dayIno);
      } catch {
        kept = null;
      }
      const read = linkedRead(job, links);
      if (read !== null) {
        bytes = read.bytes;
        linked = { before: read.before, after: read.after, order: job.order ? dayOrderOfBytes(bytes) : null };
      }
    }
    bytes ??= readFileInto(job.dayFile, dayScratch);
  } catch {
    return null;
  }
  const hash = sha256(bytes);
  const crc = crc32(bytes);
  const as = (change: PreparedDay['change']): PreparedDay => ({ hash, crc32: crc, change, linked });
  if (hash === job.head.sha256) return as(null);
  kept ??= readKeptText(job.keptFile, job.head, job.dayIno);
  if (kept === null || (!kept.sameStat && sha256(kept.bytes) !== job.head.sha256)) return as(null);
  const before = linesOfBytes(kept.bytes);
  if (before.length !== job.head.entries) return as(null);
  const after = linesOfBytes(bytes);
  const change = lineChange(job.dayFile, before, after);
  const addedFacts = encodeEntries(change.addedEntries, { sha256: '', files: [], mark: '0' });
  return as({ oldToNew: change.oldToNew, added: change.added, entries: after.length, addedFacts });
}

const statOf = (name: string, s: BigIntStats): FileStat => ({ name, size: Number(s.size), mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs), ino: String(s.ino) });

/**
 * The day's text given the kept text's name (a hard link, kept-day-texts.ts `keepText`), then its bytes read: the
 * link moves the day file's ctime, and the stat the facts record must be one their bytes were read under. Linked
 * after the read, the day file had to be read again once its stat after the link was taken, to prove that the link
 * alone had moved it (a day written in place under its old size and mtime in that instant leaves the same stat):
 * ≈ 300 MB and a quarter of a second of the first thread on a 3M-ticket night. Linked before, the bytes read are
 * those under the stat after (taken of the file opened, fstat, after the link): a write after it moves the ctime
 * again, and the next night reads the day, as for any day read under its stat. Null, and the day read as it is,
 * when its file is not the one inspected any more (the facts then record the stat inspected, which it has not) or
 * cannot be linked; its kept text is then removed when the link failed, as `keepText` does.
 *
 * What the link alone cannot prove is only the day-range record's: its entry names the bytes under the stat just
 * before the link, and a write in that instant keeping size and mtime leaves the same stat after as the link. So the
 * entry is moved only when the bytes read have its order (`order`, day-range-record.ts `noteLinked`): ≈ 4 ms a day
 * of 8 MB on this thread, where the read again cost the first thread its read, its checksum and its page faults.
 */
function linkedRead(job: ChangedDayJob, links: KeptTextLinks): { bytes: Buffer; before: FileStat; after: FileStat } | null {
  const name = path.basename(job.dayFile);
  const now = statSync(job.dayFile, { bigint: true, throwIfNoEntry: false });
  if (now === undefined || !now.isFile()) return null;
  const before = statOf(name, now);
  if (before.name !== job.linkAt!.name || !sameFileIdentity(before, job.linkAt!)) return null;
  try {
    links.rm(job.keptFile);
    links.link(job.dayFile, job.keptFile);
  } catch {
    try {
      rmSync(job.keptFile, { force: true });
    } catch {
      // Left for the first thread's `keepText`, which removes it too.
    }
    return null;
  }
  const fd = openToRead(job.dayFile);
  if (fd === null) return null;
  try {
    const after = statOf(name, fstatSync(fd, { bigint: true }));
    return { bytes: readOpened(fd, dayScratch), before, after };
  } finally {
    closeSync(fd);
  }
}

/** An open file's bytes, in `scratch` (valid until its next use). */
function readOpened(fd: number, scratch: ReadScratch): Buffer {
  let filled = 0;
  for (;;) {
    if (filled === scratch.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(1 << 20, scratch.bytes.length * 2, Number(fstatSync(fd).size) + 1));
      scratch.bytes.copy(grown, 0, 0, filled);
      scratch.bytes = grown;
    }
    const read = readSync(fd, scratch.bytes, filled, scratch.bytes.length - filled, null);
    if (read === 0) return scratch.bytes.subarray(0, filled);
    filled += read;
  }
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
