// How a fetch reaches the store without holding it in memory and without half-writing it.
//
//   <store>/.fetch-<random>.staging/incoming/<day>.ndjson   what the source sent, per creation day, in order
//   <store>/.fetch-<random>.staging/staged/<day>.ndjson     the day file as it will be after the fetch
//   <store>/.fetch-<random>.staging/commit.json             the list of renames that install the fetch
//
// 1. Stream: batches are buffered per day (a few MB) and appended to `incoming/`. Memory follows the buffer,
//    not the fetch. Nothing outside the staging folder changes, so a source that fails half-way leaves every
//    byte of the store in place.
// 2. Prepare: day by day, the stored day and its incoming tickets go through the same `mergeDayText` as
//    `mergeTickets`, and a changed day is written to `staged/` (fsynced). Still nothing visible.
// 3. Commit: `commit.json` is written atomically. That is the commit point. Then the staged files are renamed
//    over their targets (the cursor last) and the folder is removed. A run killed after the commit point is
//    rolled forward by the next run (`recoverStagedFetches`, under the store lock); one killed before it is
//    discarded. Either way readers end up with the store of before the fetch or of after it, never a mix:
//    every command that reads the store calls `finishCommittedFetches` first.

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { redactStoredText } from '../model/credential-redaction.ts';
import { shownPath, StoreWriteError, syncDirectory, writeFileAtomic, writingFile, type StoreFileSystem } from './atomic-write.ts';
import { acquireStoreLock, type LockOptions, type StoreLock } from './store-lock.ts';
import { addIncoming, mergeDayText, StoreError, type DayCounts, type Incoming, type MergeResult, type TicketStore } from './ticket-store.ts';
import { peekIdAndUpdated } from './ticket-lines.ts';

const STAGING_DIR = /^\.fetch-[0-9a-f]{12}\.staging$/;
/** Bytes of ticket lines held before they are appended to the staging files. */
const DEFAULT_BUFFER_BYTES = 16 * 1024 * 1024;

export function isStagingDir(name: string): boolean {
  return STAGING_DIR.test(name);
}

/** One day of a prepared fetch: tickets stored before, fetched for it (distinct ids), and stored after. */
export interface PreparedDay extends DayCounts { day: string; fetched: number; changed: boolean }

export interface PreparedFetch {
  /** Every day that was prepared, ascending. */
  days: PreparedDay[];
  result: MergeResult;
}

/** A whole file the commit writes besides the day files (the cursor, the rejected records). */
export interface ExtraFile { file: string; content: string }

export interface StagedFetch {
  readonly dir: string;
  /** Queues a ticket's stored line under its day. */
  add(day: string, incoming: Incoming): Promise<void>;
  /** Days that received tickets so far, unordered. */
  readonly stagedDays: ReadonlySet<string>;
  /**
   * Merges each staged day (and each day in `alsoDays`) with the store into `staged/`. `replace`: the
   * fetched tickets are the whole truth for those days (a full re-import); `merge`: they update the store.
   * Tickets in `deleted` are removed (give the days that hold them in `alsoDays`).
   */
  prepare(mode: 'merge' | 'replace', alsoDays?: readonly string[], deleted?: ReadonlySet<string>): Promise<PreparedFetch>;
  /** Installs the prepared days and then `extra` files in order (the cursor last), atomically as a whole. */
  commit(extra: readonly ExtraFile[]): Promise<void>;
  /** Removes the staging folder, so nothing of this fetch reaches the store; nothing once committed. */
  discard(): Promise<void>;
}

interface Rename { from: string | null; to: string }

export async function startStagedFetch(store: TicketStore, fs: StoreFileSystem, options: { bufferBytes?: number } = {}): Promise<StagedFetch> {
  const bufferLimit = options.bufferBytes ?? DEFAULT_BUFFER_BYTES;
  const dir = path.join(store.dir, `.fetch-${randomBytes(6).toString('hex')}.staging`);
  const incomingDir = path.join(dir, 'incoming');
  const stagedDir = path.join(dir, 'staged');
  await writingFile(dir, () => fs.mkdir(incomingDir));
  await writingFile(dir, () => fs.mkdir(stagedDir));
  const stagedDays = new Set<string>();
  let buffer = new Map<string, string[]>();
  let buffered = 0;
  const renames: Rename[] = [];
  let committed = false;

  const incomingFile = (day: string) => path.join(incomingDir, `${day}.ndjson`);

  async function flush(): Promise<void> {
    for (const [day, lines] of buffer) {
      const file = incomingFile(day);
      // The lines were redacted as tickets became lines (ticket-store.ts `incomingTicket`): whole forms suffice.
      await writingFile(file, () => fs.appendFile(file, redactStoredText(lines.join(''), { fragments: false })));
    }
    buffer = new Map();
    buffered = 0;
  }

  async function readIncoming(day: string): Promise<Map<string, Incoming>> {
    const tickets = new Map<string, Incoming>();
    const bytes = await fs.readFile(incomingFile(day));
    if (bytes === null) return tickets;
    const text = bytes.toString('utf8');
    let start = 0;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end);
      start = end + 1;
      const peeked = peekIdAndUpdated(line) ?? (JSON.parse(line) as { id: string; updated: string });
      addIncoming(tickets, peeked.id, { updatedMs: Date.parse(peeked.updated), line });
    }
    return tickets;
  }

  return {
    dir,
    stagedDays,
    async add(day, incoming) {
      let lines = buffer.get(day);
      if (lines === undefined) { lines = []; buffer.set(day, lines); }
      lines.push(`${incoming.line}\n`);
      stagedDays.add(day);
      buffered += incoming.line.length + 1;
      if (buffered >= bufferLimit) await flush();
    },
    async prepare(mode, alsoDays = [], deleted = new Set()) {
      await flush();
      const result: MergeResult = { changedDays: [], added: 0, replaced: 0, unchanged: 0, stale: 0, ...(mode === 'replace' ? { removed: 0 } : {}) };
      const days: PreparedDay[] = [];
      for (const day of [...new Set([...stagedDays, ...alsoDays])].sort()) {
        const incoming = await readIncoming(day);
        const target = store.dayFile(day);
        const old = await store.readDayText(day);
        const { content, counts } = mergeDayText(target, old, incoming, mode, result, deleted);
        const changed = content !== old;
        days.push({ day, ...counts, fetched: incoming.size, changed });
        await fs.rm(incomingFile(day));
        if (!changed) continue;
        result.changedDays.push(day);
        if (content === '') {
          renames.push({ from: null, to: target });
          continue;
        }
        const staged = path.join(stagedDir, `${day}.ndjson`);
        await writeStaged(fs, staged, redactStoredText(content, { fragments: false }));
        renames.push({ from: staged, to: target });
      }
      return { days, result };
    },
    async commit(extra) {
      const all = [...renames];
      for (const [i, file] of extra.entries()) {
        const staged = path.join(stagedDir, `extra-${i}`);
        await writeStaged(fs, staged, redactStoredText(file.content));
        all.push({ from: staged, to: file.file });
      }
      const manifest = {
        renames: all.map((r) => ({ from: r.from === null ? null : path.relative(dir, r.from), to: path.relative(store.dir, r.to) })),
      };
      await writeFileAtomic(fs, path.join(dir, 'commit.json'), `${JSON.stringify(manifest)}\n`);
      committed = true;
      await install(store.dir, dir, fs, manifest.renames, false);
    },
    async discard() {
      // Past the commit point the fetch belongs to the store: the next run installs the rest.
      if (!committed) await fs.rmTree(dir);
    },
  };
}

async function writeStaged(fs: StoreFileSystem, file: string, content: string): Promise<void> {
  const handle = await writingFile(file, () => fs.open(file, 'wx'));
  try {
    await writingFile(file, () => handle.writeFile(content));
    await writingFile(file, () => handle.sync());
  } finally {
    await handle.close();
  }
}

async function install(storeDir: string, stagingDir: string, fs: StoreFileSystem, renames: readonly { from: string | null; to: string }[], rollingForward: boolean): Promise<void> {
  const dirs = new Set<string>();
  for (const r of renames) {
    const target = path.join(storeDir, r.to);
    dirs.add(path.dirname(target));
    if (r.from === null) {
      await writingFile(target, () => fs.rm(target));
      continue;
    }
    await writingFile(target, () => fs.mkdir(path.dirname(target)));
    try {
      await fs.rename(path.join(stagingDir, r.from), target);
    } catch (error) {
      // Rolling forward after a crash: the files renamed before it are no longer in the staging folder.
      if (rollingForward && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new StoreWriteError(target, error);
    }
  }
  for (const d of [...dirs].sort()) await syncDirectory(fs, d);
  await fs.rmTree(stagingDir);
}

/**
 * Finishes or removes what a killed fetch left: a staging folder with `commit.json` is installed (the fetch
 * had committed), one without it is removed. Only under the store lock. Returns what it did, for the log.
 */
export async function recoverStagedFetches(storeDir: string, fs: StoreFileSystem): Promise<{ rolledForward: number; discarded: number }> {
  const outcome = { rolledForward: 0, discarded: 0 };
  for (const name of (await fs.readdir(storeDir)).filter(isStagingDir).sort()) {
    const dir = path.join(storeDir, name);
    const manifest = await fs.readFile(path.join(dir, 'commit.json'));
    if (manifest === null) {
      await fs.rmTree(dir);
      outcome.discarded++;
      continue;
    }
    let renames: { from: string | null; to: string }[];
    try {
      renames = (JSON.parse(manifest.toString('utf8')) as { renames: { from: string | null; to: string }[] }).renames;
    } catch (error) {
      throw new StoreError(`${path.join(dir, 'commit.json')}: not valid JSON (${(error as Error).message}); a fetch committed but its list of files is damaged — restore the store from git`);
    }
    await install(storeDir, dir, fs, renames, true);
    outcome.rolledForward++;
  }
  return outcome;
}

/** Staging folders whose fetch committed (commit.json written) but whose files are not all installed yet. */
export async function committedStagingDirs(storeDir: string, fs: StoreFileSystem): Promise<string[]> {
  const committed: string[] = [];
  for (const name of (await fs.readdir(storeDir)).filter(isStagingDir).sort()) {
    if ((await fs.readFile(path.join(storeDir, name, 'commit.json'))) !== null) committed.push(name);
  }
  return committed;
}

/**
 * What every command that reads the store does first: a fetch that committed but was stopped before it had
 * installed every file (a killed run) is finished now, under the store lock, so nobody reads half a fetch. With
 * nothing to finish it writes nothing and takes no lock (a read-only store is fine). When the fetch cannot be
 * finished here (the store cannot be written, another run holds it), it refuses with one line: nothing is read.
 * `lock`: the caller already holds the store lock.
 */
export async function finishCommittedFetches(storeDir: string, options: { fs: StoreFileSystem; command: string; log: (line: string) => void; lock?: StoreLock; lockOptions?: Partial<Omit<LockOptions, 'fs' | 'command'>> }): Promise<void> {
  const { fs, log } = options;
  const pending = await committedStagingDirs(storeDir, fs);
  if (pending.length === 0) return;
  const shown = shownPath(storeDir);
  try {
    const lock = options.lock ?? (await acquireStoreLock(storeDir, { fs, command: options.command, log, ...options.lockOptions }));
    try {
      const recovered = await recoverStagedFetches(storeDir, fs);
      if (recovered.rolledForward) log(`store: finished installing ${recovered.rolledForward} fetch(es) a killed run had committed`);
      if (recovered.discarded) log(`store: removed ${recovered.discarded} unfinished fetch(es) a killed run left`);
    } finally {
      if (!options.lock) await lock.release();
    }
  } catch (error) {
    throw new StoreError(
      `${shown} is half-installed: a fetch committed (${path.join(shown, pending[0]!, 'commit.json')}) but was stopped before it installed every file, and this ${options.command} could not finish it (${(error as Error).message}). ` +
        `Nothing was read. Run \`standards fetch\` where the store can be written; it finishes the install first.`,
    );
  }
}
