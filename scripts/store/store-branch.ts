// The `standards-data` branch and the store, both ways. The store (data/) is day files, whatever reads it; the
// branch holds base day files as of its last compaction plus a journal of what changed since
// (store-journal.ts), so a night adds one segment that compresses like the night's changes instead of
// rewriting every day file one of its tickets is in.
//
//   pack     data/ + the branch's previous tree → the tree the store job commits: the previous base days,
//            the previous segments and one new segment (the lines that differ, removals, and line patches of
//            the report and the status log: store-file-patches.ts); or, when the journal
//            passes its bound (a share of the base's bytes) or cannot say a change, the store's own day files
//            (a compaction: no journal)
//   restore  the branch's tree → a store: every base day, with its journaled changes applied; byte for byte
//            the day files the night that packed it wrote
//
// Everything else in the store (cursor.json, the corrective actions' records, …) is kept as it is. Both write into
// a temporary folder beside the target and move it into place at the end, so a failure (a damaged segment, a
// full disk) leaves no target at all, never half of one. A branch without journal/ (the form kept before the
// journal, or just compacted) is plain day files: restore copies it, pack starts a journal on it. Each segment
// names the base it applies to (`baseStamp`), and a symlink among the files read whole is refused (`refuseLinks`):
// the branch is data, never a way to read the runner's other files.

import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { shownPath, StoreWriteError, syncDirectory, writingFile, type StoreFileSystem } from './atomic-write.ts';
import { applyFileChanges, PATCHED_FILES } from './store-file-patches.ts';
import { fileEntryText } from './store-file-hunks.ts';
import { applySegment, dayChanges, emptyJournal, JOURNAL_DIR, rebuildDay, REMEDY, segmentName, segmentNumber, segmentText, RESET, type BaseStamp, type Journal } from './store-journal.ts';
import { dayFileUnder, listStoreDays, StoreError } from './ticket-store.ts';
import { isProcessRunning, runOwnerTag } from '../model/run-owner.ts';
import { sweepDeadRunFolders } from './run-folders.ts';
import { DayRangeRecord, dayOrderOfBytes, dayRangeRecordFile, fileTimeNow, type DayOrder, type FileClock } from './day-range-record.ts';

/**
 * The journal is folded into the base days when its bytes pass this share of the base's. Measured with
 * bench/store-branch.bench.ts (20k and 100k tickets, 30 nights of ≈ 2% changes): 25%, 50% and 100% grew the branch
 * by 146, 141 and 131 kB a night at 20k (100% never compacted in 30 nights) and 298, 277, 219 kB at 100k (those
 * runs kept the report whole: ≈ 100 kB of each figure); a larger bound compacts less often but makes the
 * branch's tip (what every checkout downloads and every restore reads) up to 1 + bound times the store. 50%
 * compacts about monthly at a 2–3% night.
 */
export const DEFAULT_COMPACT_AT = 0.5;

const CURSOR_FILE = 'cursor.json';

interface BranchTree {
  dir: string;
  /** Days with a base file. */
  baseDays: string[];
  baseBytes: number;
  /** What the base is (its segments' header): see `baseStamp`. */
  base: BaseStamp;
  journal: Journal;
  segments: { name: string; bytes: Buffer }[];
  journalBytes: number;
}

async function readText(fs: StoreFileSystem, file: string): Promise<string | null> {
  return (await fs.readFile(file))?.toString('utf8') ?? null;
}

/**
 * Refuses a symlink (or anything else that is not a folder or a regular file) among the files a pack or a restore
 * reads whole: the day files, the journal, the patched files. Why: the branch is data anyone who can push writes;
 * a link there would read whatever it points at on the runner into the store, or into a message. Listed with
 * their types (fs.walk), never opened, so nothing is read through a link.
 */
async function refuseLinks(fs: StoreFileSystem, dir: string, what: string): Promise<void> {
  for (const entry of await fs.walk(dir)) {
    const top = entry.path.split(path.sep)[0]!;
    if (top !== 'tickets' && top !== JOURNAL_DIR && entry.path !== CURSOR_FILE && !PATCHED_FILES.includes(entry.path)) continue;
    if (entry.directory || entry.file !== false) continue;
    throw new StoreError(`${shownPath(path.join(dir, entry.path))}: not a regular file (a symbolic link, or another special file), and ${what} holds only the files the pack writes; nothing was read through it. ${what === 'the branch' ? `Remove it from the branch (\`git rm\`), or ${RESET}` : 'Replace it with the file itself, or move it out of the store'}`);
  }
}

/** The branch's tree as it was committed, with its journal read and checked. */
async function readBranchTree(fs: StoreFileSystem, dir: string): Promise<BranchTree> {
  await refuseLinks(fs, dir, 'the branch');
  const ticketsDir = path.join(dir, 'tickets');
  const baseDays = await listStoreDays(fs, ticketsDir);
  const base = await baseStamp(fs, dir, baseDays);
  const baseBytes = base.bytes;
  const journal = emptyJournal();
  const segments: BranchTree['segments'] = [];
  const journalDir = path.join(dir, JOURNAL_DIR);
  const names = (await fs.readdir(journalDir)).sort();
  names.forEach((name, i) => {
    const number = segmentNumber(name);
    if (number === null) {
      throw new StoreError(`${shownPath(path.join(journalDir, name))}: not a journal segment (segments are named 000001.ndjson, 000002.ndjson, … by the pack); remove it from the branch (\`git rm\`), or ${RESET}`);
    }
    if (number !== i + 1) {
      throw new StoreError(`${shownPath(path.join(journalDir, segmentName(i + 1)))}: missing (the journal holds ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}; segments are numbered from 000001 without gaps, and each holds a night of changes); ${RESET}`);
    }
  });
  let journalBytes = 0;
  for (const name of names) {
    const file = path.join(journalDir, name);
    const bytes = (await fs.readFile(file))!;
    applySegment(journal, file, bytes.toString('utf8'), base);
    segments.push({ name, bytes });
    journalBytes += bytes.length;
  }
  return { dir, baseDays, baseBytes, base, journal, segments, journalBytes };
}

/**
 * The base of the tree `dir`: its day files' count and bytes, and a sha256 over each day file (its path, its
 * length, its bytes) then each patched file (its name and length, or `none`, and its bytes): every file the
 * journal's changes apply to. Each segment's first line carries it, so a journal is only applied to the base it
 * was written against.
 */
async function baseStamp(fs: StoreFileSystem, dir: string, baseDays: readonly string[]): Promise<BaseStamp> {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const day of baseDays) {
    const data = (await fs.readFile(dayFileUnder(path.join(dir, 'tickets'), day)))!;
    hash.update(`tickets/${day.slice(0, 4)}/${day.slice(5, 7)}/${day}.ndjson ${data.length}\n`).update(data);
    bytes += data.length;
  }
  for (const name of PATCHED_FILES) {
    const data = await fs.readFile(path.join(dir, name));
    hash.update(`${name} ${data === null ? 'none' : data.length}\n`);
    if (data !== null) hash.update(data);
  }
  return { days: baseDays.length, bytes, sha256: hash.digest('hex') };
}

/** A day of the branch as the store holds it: its base with the journal's changes (null: no file). */
async function branchDay(fs: StoreFileSystem, tree: BranchTree, day: string): Promise<string | null> {
  const file = dayFileUnder(path.join(tree.dir, 'tickets'), day);
  const base = await readText(fs, file);
  const rebuilt = rebuildDay(base, tree.journal.days.get(day));
  if (rebuilt === undefined) {
    throw new StoreError(`${shownPath(file)}: not a day file the store writes (a line without a ticket id, or one id twice), so the journal's changes to ${day} cannot be applied to it; ${RESET}`);
  }
  return rebuilt;
}

/** A patched file of the branch as the store holds it: its copy in the tree with the journal's changes (null: no file). */
async function branchFile(fs: StoreFileSystem, tree: BranchTree, name: string): Promise<string | null> {
  const base = await readUtf8(fs, path.join(tree.dir, name));
  if (base === undefined) throw new StoreError(`${shownPath(path.join(tree.dir, name))}: not UTF-8 text, so the journal's changes to it cannot be applied; ${RESET}`);
  return applyFileChanges(name, base, tree.journal.files.get(name) ?? [], REMEDY);
}

/** A file's text; null when it does not exist, undefined when it is not UTF-8. */
async function readUtf8(fs: StoreFileSystem, file: string): Promise<string | null | undefined> {
  const bytes = await fs.readFile(file);
  if (bytes === null) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

async function writeNewFile(fs: StoreFileSystem, file: string, data: Uint8Array | string): Promise<void> {
  await writingFile(file, () => fs.mkdir(path.dirname(file)));
  const handle = await writingFile(file, () => fs.open(file, 'wx'));
  try {
    await writingFile(file, () => handle.writeFile(typeof data === 'string' ? Buffer.from(data, 'utf8') : data));
    await writingFile(file, () => handle.sync());
  } finally {
    await handle.close();
  }
}

/**
 * Copies what the store keeps beside its tickets: every file but those under `tickets/` and `journal/`, hidden
 * ones (.git, .cache, the lock) and those in `skip` (relative paths).
 */
async function copyBesideTickets(fs: StoreFileSystem, from: string, to: string, skip: ReadonlySet<string> = new Set()): Promise<void> {
  for (const entry of await fs.walk(from)) {
    const top = entry.path.split(path.sep)[0]!;
    // A symlink is not copied: the branch is data, and a link would copy whatever it points at into the store.
    if (top === 'tickets' || top === JOURNAL_DIR || top.startsWith('.') || entry.directory || entry.file === false || skip.has(entry.path.split(path.sep).join('/'))) continue;
    if (entry.path.split(path.sep).some((part) => part.startsWith('.'))) continue;
    await writeNewFile(fs, path.join(to, entry.path), (await fs.readFile(path.join(from, entry.path)))!);
  }
}

/**
 * Moves a finished folder to `target`: a rename when `target` does not exist; into it, entry by entry with the
 * cursor last, when it is an empty folder (a mount point is never removed). Anything else is refused before
 * any work is done (`checkTarget`).
 */
async function install(fs: StoreFileSystem, staged: string, target: string): Promise<void> {
  const existing = await fs.readdir(target);
  if (existing.length === 0 && !(await isDirectory(fs, target))) {
    await writingFile(target, () => fs.rename(staged, target));
    await syncDirectory(fs, path.dirname(target));
    return;
  }
  const names = (await fs.readdir(staged)).sort((a, b) => Number(a === 'cursor.json') - Number(b === 'cursor.json'));
  for (const name of names) {
    try {
      await fs.rename(path.join(staged, name), path.join(target, name));
    } catch (error) {
      throw new StoreWriteError(path.join(target, name), error);
    }
  }
  await syncDirectory(fs, target);
  await fs.rmTree(staged);
}

async function isDirectory(fs: StoreFileSystem, dir: string): Promise<boolean> {
  // readdir gives [] for a missing folder and for an empty one: a folder can be opened.
  try {
    const handle = await fs.open(dir, 'r');
    await handle.close();
    return true;
  } catch {
    return false;
  }
}

async function checkTarget(fs: StoreFileSystem, target: string, what: string): Promise<void> {
  const entries = await fs.readdir(target);
  if (entries.length > 0) throw new StoreError(`${what} ${shownPath(target)} already holds ${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}: give a folder that does not exist yet (or an empty one), so nothing is written over`);
}

/** The name a staging sibling of `target` starts with: `.<target>.staging-<owner>-<random>` (model/run-owner.ts). */
const stagingPrefix = (target: string) => `.${path.basename(target)}.staging-`;

/**
 * Removes the staging siblings of `target` that a killed restore or pack left (their process no longer runs): each a
 * whole store or tree, left for good otherwise, as the next restore or pack into `target` makes its own. One that
 * cannot be removed is left (tidying never fails a run).
 */
async function sweepDeadStaging(fs: StoreFileSystem, target: string): Promise<void> {
  await sweepDeadRunFolders(path.dirname(target), stagingPrefix(target), { isRunning: isProcessRunning }, fs);
}

/**
 * Builds a folder in a temporary sibling of `target` named by this process, and installs it there; on any failure the
 * sibling is removed and `target` is untouched. A run killed meanwhile leaves its sibling to the next (`sweepDeadStaging`).
 */
async function buildThenInstall(fs: StoreFileSystem, target: string, build: (staged: string) => Promise<void>): Promise<void> {
  await sweepDeadStaging(fs, target);
  const staged = path.join(path.dirname(target), `${stagingPrefix(target)}${runOwnerTag()}-${randomBytes(6).toString('hex')}`);
  try {
    await writingFile(staged, () => fs.mkdir(staged));
    await build(staged);
    await install(fs, staged, target);
  } catch (error) {
    await fs.rmTree(staged).catch(() => undefined);
    throw error;
  }
}

export interface RestoreSummary { days: number; journaledDays: number; segments: number }

/**
 * Makes the store `storeDir` (which must not exist or be empty) from the branch's tree `branchDir`. `fileClock`: the
 * file system's time (day-range-record.ts; default: a probe file's mtime in the new store's cache folder).
 */
export async function restoreStore(options: { branchDir: string; storeDir: string; fs: StoreFileSystem; fileClock?: FileClock }): Promise<RestoreSummary> {
  const { fs, branchDir, storeDir } = options;
  await checkTarget(fs, storeDir, 'the store');
  const tree = await readBranchTree(fs, branchDir);
  const days = [...new Set([...tree.baseDays, ...tree.journal.days.keys()])].sort();
  // Each day's id order as written, and a file time after the last write and before the install: the store's record
  // of its day files (day-range-record.ts) notes them, so the first fetch after a restore stats them, not reads them.
  const orders = new Map<string, DayOrder>();
  let mark: bigint | null = null;
  await buildThenInstall(fs, storeDir, async (staged) => {
    await copyBesideTickets(fs, branchDir, staged, new Set(tree.journal.files.keys()));
    for (const name of tree.journal.files.keys()) {
      const text = await branchFile(fs, tree, name);
      if (text !== null) await writeNewFile(fs, path.join(staged, name), text);
    }
    const to = path.join(staged, 'tickets');
    for (const day of days) {
      const text = tree.journal.days.has(day) ? await branchDay(fs, tree, day) : null;
      const bytes = tree.journal.days.has(day) ? (text === null ? null : Buffer.from(text, 'utf8')) : (await fs.readFile(dayFileUnder(path.join(branchDir, 'tickets'), day)))!;
      if (bytes === null) continue;
      await writeNewFile(fs, dayFileUnder(to, day), bytes);
      orders.set(day, dayOrderOfBytes(bytes));
    }
    if (orders.size > 0) mark = await (options.fileClock ?? (() => fileTimeNow(fs, path.dirname(dayRangeRecordFile(staged)))))();
  });
  await noteRestoredDays(fs, storeDir, orders, mark);
  return { days: orders.size, journaledDays: tree.journal.days.size, segments: tree.segments.length };
}

/** The restored days in the store's record of its day files; a record that cannot be written only costs reads. */
async function noteRestoredDays(fs: StoreFileSystem, storeDir: string, orders: ReadonlyMap<string, DayOrder>, mark: bigint | null): Promise<void> {
  if (mark === null || !fs.stat) return;
  try {
    const record = await DayRangeRecord.open(fs, storeDir);
    for (const [day, order] of orders) await record.noteWritten(day, dayFileUnder(path.join(storeDir, 'tickets'), day), order, mark);
    await record.save([...orders.keys()]);
  } catch {
    // Derived: the first fetch reads each day whole once instead.
  }
}

export interface PackSummary {
  /** The journal was folded into the base days (or there was no previous tree): the tree is the store's own day files. */
  compacted: boolean;
  /** Why it compacted. */
  reason: string | null;
  /** The new segment's name, null when nothing changed or it compacted. */
  segment: string | null;
  /** Ticket lines and removals in the new segment (or that would have been, when it compacted). */
  entries: number;
  /** Patched files (report.json, status-log.ndjson) that changed. */
  files: number;
  changedDays: number;
  segmentBytes: number;
  /** The journal's bytes after this pack (0 after a compaction), and the base days' bytes. */
  journalBytes: number;
  baseBytes: number;
}

/**
 * Writes to `outDir` (which must not exist or be empty) the tree the store job commits for the store `storeDir`,
 * given the branch's previous tree `previousDir` (null: the first night). `compactAt`: the journal's bound as a
 * share of the base days' bytes.
 */
export async function packStore(options: { storeDir: string; previousDir: string | null; outDir: string; compactAt?: number; fs: StoreFileSystem }): Promise<PackSummary> {
  const { fs, storeDir, previousDir, outDir } = options;
  const compactAt = options.compactAt ?? DEFAULT_COMPACT_AT;
  if ((await fs.readdir(storeDir)).includes(JOURNAL_DIR)) {
    throw new StoreError(`${shownPath(storeDir)} holds journal/: it is a packed branch tree, not a store; pack the store the night wrote (restore the branch with \`standards store restore\` first)`);
  }
  if (!(await fs.readdir(storeDir)).includes('tickets')) throw new StoreError(`${shownPath(storeDir)} holds no tickets/ folder: give the store the night's fetch wrote`);
  await checkTarget(fs, outDir, '--out');
  await refuseLinks(fs, storeDir, 'the store');
  // The cursor before the day files: a fetch that finishes while this reads (a caller without the store lock) can
  // then only leave the tree a cursor older than its days, which the next fetch repeats, never one newer than its
  // days, whose changes no night would fetch again.
  const cursor = await fs.readFile(path.join(storeDir, CURSOR_FILE));
  const previous = previousDir ? await readBranchTree(fs, previousDir) : null;
  const ticketsDir = path.join(storeDir, 'tickets');
  const storeDays = await listStoreDays(fs, ticketsDir);

  const entries: { day: string; id: string; line: string | null }[] = [];
  const fileLines: string[] = [];
  let changedDays = 0;
  let reason: string | null = previous ? null : 'no previous tree (the first night)';
  if (previous) {
    for (const name of PATCHED_FILES) {
      const after = await readUtf8(fs, path.join(storeDir, name));
      if (after === undefined) {
        reason ??= `${shownPath(path.join(storeDir, name))} is not UTF-8 text, so only a whole copy can keep it`;
        continue;
      }
      const before = await branchFile(fs, previous, name);
      if (before !== after) fileLines.push(fileEntryText(name, after, before));
    }
    const days = [...new Set([...storeDays, ...previous.baseDays, ...previous.journal.days.keys()])].sort();
    for (const day of days) {
      const after = await readText(fs, dayFileUnder(ticketsDir, day));
      const before = await branchDay(fs, previous, day);
      if (before === after) continue;
      changedDays++;
      const changes = dayChanges(before, after);
      if (changes === null) {
        reason ??= `${shownPath(dayFileUnder(ticketsDir, day))} is not in the form the store writes (sorted by id, one line per ticket, no empty file), so only whole day files can keep it`;
        continue;
      }
      for (const [id, line] of changes) entries.push({ day, id, line });
    }
  }
  const changed = entries.length + fileLines.length > 0;
  const segment = previous ? segmentText(previous.base, entries, fileLines) : '';
  const segmentBytes = changed ? Buffer.byteLength(segment) : 0;
  const journalBytes = (previous?.journalBytes ?? 0) + segmentBytes;
  const baseBytes = previous?.baseBytes ?? 0;
  if (reason === null && journalBytes > compactAt * baseBytes) {
    reason = `the journal (${journalBytes.toLocaleString('en')} bytes) passed ${Math.round(compactAt * 100)}% of the base day files (${baseBytes.toLocaleString('en')} bytes)`;
  }
  const compacted = reason !== null;
  const name = !compacted && changed ? segmentName(previous!.segments.length + 1) : null;

  await buildThenInstall(fs, outDir, async (staged) => {
    // With a journal, the patched files stay as the previous tree has them: the journal holds their changes.
    await copyBesideTickets(fs, storeDir, staged, new Set([CURSOR_FILE, ...(compacted ? [] : PATCHED_FILES)]));
    if (cursor !== null) await writeNewFile(fs, path.join(staged, CURSOR_FILE), cursor);
    if (!compacted) {
      for (const file of PATCHED_FILES) {
        const bytes = await fs.readFile(path.join(previous!.dir, file));
        if (bytes !== null) await writeNewFile(fs, path.join(staged, file), bytes);
      }
    }
    const from = compacted ? ticketsDir : path.join(previous!.dir, 'tickets');
    for (const day of compacted ? storeDays : previous!.baseDays) {
      await writeNewFile(fs, dayFileUnder(path.join(staged, 'tickets'), day), (await fs.readFile(dayFileUnder(from, day)))!);
    }
    if (compacted) return;
    for (const s of previous!.segments) await writeNewFile(fs, path.join(staged, JOURNAL_DIR, s.name), s.bytes);
    if (name) await writeNewFile(fs, path.join(staged, JOURNAL_DIR, name), segment);
  });
  return {
    compacted, reason, segment: name, entries: entries.length, files: fileLines.length, changedDays, segmentBytes: name ? segmentBytes : 0,
    journalBytes: compacted ? 0 : (name ? journalBytes : previous!.journalBytes), baseBytes: compacted ? await bytesOfDays(fs, ticketsDir, storeDays) : baseBytes,
  };
}

async function bytesOfDays(fs: StoreFileSystem, ticketsDir: string, days: readonly string[]): Promise<number> {
  let total = 0;
  for (const day of days) total += (await fs.readFile(dayFileUnder(ticketsDir, day)))?.length ?? 0;
  return total;
}
