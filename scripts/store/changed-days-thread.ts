// A night's changed days read on a second thread (node:worker_threads) while the evaluation counts on the first. For
// each day whose file changed since its facts were made, the thread reads the day file and hashes it, and, where the
// day's previous text is kept (kept-day-texts.ts `keepText`), tells its unchanged lines from the others
// (day-lines.ts `lineChange`) and parses the new and changed ones, which it sends encoded as facts
// (facts-cache-format.ts `encodeEntries`: decoding them costs the evaluation a few milliseconds a day, the parsing
// they replace a few hundred). That was a third of a 3M-ticket night's evaluate on one thread.
//
// The thread is only ever ahead of the evaluation, never in charge: it writes nothing but a day's kept text (its
// link, made once the day is read: `readThenLink`), and what it sends is checked as the evaluation's own reads are
// (the facts' digests). A day it could not prepare (no file, no usable kept text, a line that is not JSON, a thread
// that failed) is read by the evaluation itself, as it would be without the thread, which names any error in the
// store; so the report and every cache file are the same bytes with or without it (tests/store/changed-days-thread.test.ts).
// A thread that dies while it reads a day it linked leaves that day's previous text gone: the evaluation reads it
// whole (the same report, its facts made whole). It stops when its list is done, and is stopped when the pass ends first.

import { closeSync, fstatSync, linkSync, lstatSync, rmSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { openToRead, sameFileIdentity } from './atomic-write.ts';
import { lineChange, linesOfBytes, readFileInto, readIntoScratch, readKeptText, type ReadScratch } from './day-lines.ts';
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
  /** The name the thread gives the day file's text when it links it (`readThenLink`); default `keptFile`. */
  linkTo?: string;
  head: Pick<CacheHeader, 'sha256' | 'files' | 'mark' | 'entries'>;
  /**
   * The day file's stat when the pass inspected it, to give its text the kept text's name once it is read
   * (`readThenLink`); null: read as it is, its text kept (or not) by the first thread after the evaluation's turn, or
   * already kept (the fetch that wrote it linked it before installing it: kept-text-names.ts).
   */
  linkAt: FileStat | null;
}

/**
 * A day prepared: the digest of its file's bytes (and their CRC-32, changed-day.ts `DayRead`), and, when its previous
 * text was kept, what changed (`oldToNew`, `added` as `lineChange` gives them) with the added entries as a cache file
 * (`encodeEntries`).
 */
export interface PreparedDay {
  hash: string;
  /** Null for a day linked here (`linked`). */
  crc32: number | null;
  change: { oldToNew: Int32Array; added: number[]; entries: number; addedFacts: Uint8Array } | null;
  /**
   * When the thread gave the day's text the kept text's name and proved the link alone moved its file's ctime
   * (`readThenLink`): the day file's stat just before the link and just after it, which its facts record and the
   * day-range record's entry is moved to (kept-day-texts.ts `noteLinkedAhead`). Null: not linked here.
   */
  linked: { before: FileStat; after: FileStat } | null;
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
 * thread). With `job.linkAt`, the day's previous kept text is read first, its name then given to the day file once
 * its bytes are read (`readThenLink`).
 */
export function prepareChangedDay(job: ChangedDayJob, links: KeptTextLinks = nodeLinks): PreparedDay | null {
  let kept: ReturnType<typeof readKeptText> | undefined;
  let bytes: Buffer | undefined;
  let linked: PreparedDay['linked'] = null;
  try {
    if (job.linkAt !== null) {
      try {
        kept = readKeptText(job.keptFile, job.head, job.dayIno);
      } catch {
        kept = null;
      }
      const read = readThenLink(job, links);
      if (read !== null) ({ bytes, linked } = read);
    }
    bytes ??= readFileInto(job.dayFile, dayScratch);
  } catch {
    return null;
  }
  const hash = sha256(bytes);
  // Not for a day linked here: its facts record the stat after the link, and no CRC-32 is asked of it (kept-day-texts.ts `holdsBytes`).
  const crc = linked === null ? crc32(bytes) : null;
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

/** Where the day file is read again once its text is linked (`readThenLink`): the first read's bytes are still held. */
const againScratch: ReadScratch = { bytes: Buffer.alloc(0) };

/**
 * The day's bytes, then its text given the kept text's name (a hard link, kept-day-texts.ts `keepText`) and read
 * again: the link moves the day file's ctime, part of the stat the facts and the fetch's day-range record trust a
 * day by, and that the link alone moved it is proved only by the bytes under the stat after it being those read
 * (a day written in place under its old size and mtime in that instant leaves the same stat). The first thread did
 * this after the evaluation's turn, by a CRC-32 of each version (kept-day-texts.ts `keptWithStat`): ≈ 300 MB read
 * again and two checksums of 600 MB on a 3M-ticket night, on the first thread. Here the first read is still in
 * memory, and the two are compared byte for byte (≈ 15 ms for 265 MB where the checksums took ≈ 70 ms, load 10).
 *
 * The proof: the stat of the file read is the one inspected (`linkAt`) before and after the first read, so those
 * are the bytes under it (and under the fetch's record's entry, when it names that stat); the file opened after
 * the link is the same file (inode, size, mtime) and its stat then (fstat) is taken before its second read; equal
 * bytes are then those under the stat after, which the facts record and the record's entry is moved to
 * (`linked`). Anything else (another file, a change, a link refused) and `linked` is null: the first read's bytes
 * are the day's, its facts record the stat inspected, which the day no longer has, and the next night reads it
 * (as after a change in the first thread's window). Null (read as it is) when the day's file is gone.
 */
function readThenLink(job: ChangedDayJob, links: KeptTextLinks): { bytes: Buffer; linked: PreparedDay['linked'] } | null {
  const name = path.basename(job.dayFile);
  const linkTo = job.linkTo ?? job.keptFile;
  const fd = openToRead(job.dayFile);
  if (fd === null) return null;
  let bytes: Buffer;
  let before: FileStat;
  try {
    const was = statOf(name, fstatSync(fd, { bigint: true }));
    bytes = readIntoScratch(fd, dayScratch);
    const opened = fstatSync(fd, { bigint: true });
    before = statOf(name, opened);
    if (!sameFileIdentity(was, job.linkAt!) || !sameFileIdentity(before, was)) return { bytes, linked: null };
    // Already its kept text (linked an earlier night, and written in place since, if at all): not linked again, which
    // would move its ctime once more for nothing; on a coarse clock, past every night's mark, so that facts recording
    // the stat after are never trusted (ticket-facts-cache.ts `markFor`) and the day is read every night.
    if (isSecondName(linkTo, opened)) return { bytes, linked: null };
  } finally {
    closeSync(fd);
  }
  try {
    links.rm(linkTo);
    links.link(job.dayFile, linkTo);
  } catch {
    try {
      rmSync(linkTo, { force: true });
    } catch {
      // Left for the first thread's `keepText`, which removes it too.
    }
    return { bytes, linked: null };
  }
  const again = openToRead(job.dayFile);
  if (again === null) return { bytes, linked: null };
  try {
    const after = statOf(name, fstatSync(again, { bigint: true }));
    if (after.ino !== before.ino || after.size !== before.size || after.mtimeNs !== before.mtimeNs) return { bytes, linked: null };
    return { bytes, linked: readIntoScratch(again, againScratch).equals(bytes) ? { before, after } : null };
  } finally {
    closeSync(again);
  }
}

/** Whether `file` is a name of the file whose stat is `of` (the same inode of the same device), not a link to it. */
function isSecondName(file: string, of: BigIntStats): boolean {
  try {
    const found = lstatSync(file, { bigint: true, throwIfNoEntry: false });
    return found !== undefined && found.isFile() && found.dev === of.dev && found.ino === of.ino;
  } catch {
    return false;
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
