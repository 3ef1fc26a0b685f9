// Every store write goes through here: write a temp file in the same directory, fsync it, rename it over
// the target, fsync the directory. A crash at any point leaves either the old file or the new one, never a
// mix; a leftover temp file (`.<name>.<random>.tmp`) is ignored by readers and removed by the next run that writes,
// under the store lock: a fetch walks the whole store (ticket-store.ts `sweepLeftovers`), evaluate, review and
// actions list the folders they write into (writers-temp-sweep.ts). A failed write names its file (a full disk too).
// The file system is a parameter so tests can make any step fail. Text is written with every credential the run
// has read left out (model/credential-redaction.ts): a store file or a report is never where a secret lands.

import { randomBytes } from 'node:crypto';
import * as fsSync from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { redactStoredText } from '../model/credential-redaction.ts';

export interface StoreFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The few file operations the store uses (a subset of node:fs/promises). */
export interface StoreFileSystem {
  /** The file's bytes, or null when it does not exist. */
  readFile(file: string): Promise<Buffer | null>;
  open(file: string, flags: 'wx' | 'r'): Promise<StoreFileHandle>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for a file; fails with EEXIST when `to` exists (how a lock is taken with its content). */
  link(from: string, to: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
  /** Entry names, or [] when the directory does not exist. */
  readdir(dir: string): Promise<string[]>;
  rm(file: string): Promise<void>;
  /** Appends to a file, creating it (the fetch's staging area). */
  appendFile(file: string, data: string): Promise<void>;
  /** Removes a directory and everything in it (a staging area); nothing when it does not exist. */
  rmTree(dir: string): Promise<void>;
  /** Removes `dir` when it is empty; nothing when it holds anything or does not exist. */
  removeEmptyDir(dir: string): Promise<void>;
  /**
   * Every entry under `dir`, recursively, as paths relative to it, with whether each is a directory (and, when
   * known, a regular file: a symlink is neither); [] when it does not exist.
   */
  walk(dir: string): Promise<{ path: string; directory: boolean; file?: boolean }[]>;
  /**
   * Parts of a file, by position and length (a part past the end comes back shorter), or null when the file does
   * not exist: a cache reads its header first and only the blocks a night needs. With `into` (at least as long as
   * the parts reach), each part is read into it at its own position and comes back as a view of it: no copy.
   */
  readParts?(file: string, parts: readonly { position: number; length: number }[], into?: Buffer): Promise<Buffer[] | null>;
  /** The file's size in bytes, or null when it does not exist: with `readParts`, a day's ends are read alone. */
  size?(file: string): Promise<number | null>;
  /** What the path itself is, a link not followed (null: nothing there). Without it, links are not looked for. */
  entryKind?(file: string): Promise<'file' | 'directory' | 'link' | 'other' | null>;
  /**
   * The file's size, mtime and change time (ns) and inode, or null when it does not exist: what tells a day file the
   * store has checked from one changed since (day-range-record.ts). Without it, a day's id range is never trusted
   * unread. `ctimeNs` is what no program can set (an mtime can be put back: `cp -p`, `touch -d`).
   */
  stat?(file: string): Promise<FileIdentity | null>;
}

/**
 * A file's identity as the store's derived files keep it (the day-range record, the facts cache): a change to its
 * bytes changes one of them (unless made in the same tick as the record: each record's racy rule). The change time
 * because an mtime can be set: a day copied over in place with another version's old mtime (`cp -p`, `rsync -t
 * --inplace`), same size, keeps size, mtime and inode; its ctime is the copy's. Compared for equality only: a hard
 * link or a rename moves it too, so it is no clock (the racy rules stay on the mtime).
 */
export interface FileIdentity { size: number; mtimeNs: string; ctimeNs?: string; ino: string }

export const sameFileIdentity = (a: FileIdentity, b: FileIdentity) => a.size === b.size && a.mtimeNs === b.mtimeNs && (a.ctimeNs ?? '') === (b.ctimeNs ?? '') && a.ino === b.ino;

/**
 * `fs.readParts`, or the whole file cut into the parts when the file system has no positional reads (then a part is
 * never in `into`: a caller giving it copies what is not in place, `inPlace`).
 */
export const readFileParts = (async function readFileParts(fs: StoreFileSystem, file: string, parts: readonly { position: number; length: number }[], into?: Buffer): Promise<Buffer[] | null> {
  if (fs.readParts) return fs.readParts(file, parts, into);
  const bytes = await fs.readFile(file);
  return bytes === null ? null : parts.map((p) => bytes.subarray(Math.min(p.position, bytes.length), Math.min(p.position + p.length, bytes.length)));
});

/** Whether `piece` (read by `readFileParts` with `into`) already lies in `into` at `position`. */
export const inPlace = (piece: Buffer, into: Buffer, position: number): boolean => piece.buffer === into.buffer && piece.byteOffset === into.byteOffset + position;

const isMissing = (function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
});

/** A path the store reads that is not a regular file (a named pipe, a socket, a device): reading it could wait forever. */
export class NotRegularFileError extends Error {
  readonly file: string;
  constructor(file: string) {
    const shown = shownPath(file);
    super(`${shown}: not a regular file (a named pipe, socket or device), where the store and its cache keep only files; nothing was read from it (reading it could wait forever). Remove it (\`rm ${shown}\`): a cache file is made again by the next evaluate; a store file is restored from git or fetched again`);
    this.name = 'NotRegularFileError';
    this.file = file;
  }
}

/**
 * A file opened for reading, or null when it does not exist. Opened without waiting (a named pipe with no writer
 * would block the open itself) and refused unless it is a regular file, before a byte is read.
 */
export const openToRead = (function openToRead(file: string): number | null {
  let fd: number;
  try {
    fd = fsSync.openSync(file, fsSync.constants.O_RDONLY | (fsSync.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  if (!fsSync.fstatSync(fd).isFile()) {
    fsSync.closeSync(fd);
    throw new NotRegularFileError(file);
  }
  return fd;
});

// Reads are synchronous behind the async interface: a night reads hundreds of small cache files one after the
// other, and an asynchronous read waits its turn on libuv's thread pool (measured here: 1.5–2.5 ms a day of the
// store, most of a warm evaluation), where a synchronous one takes microseconds. Nothing runs alongside them. So are
// the steps of a write (open, write, sync, close, rename; a link, a remove, a folder): a night writes each changed
// day's facts, counters and kept text, about ten such steps a day, each a turn on the pool otherwise.
export const nodeStoreFileSystem: StoreFileSystem = {
  async readFile(file) {
    const fd = openToRead(file);
    if (fd === null) return null;
    try {
      return fsSync.readFileSync(fd);
    } finally {
      fsSync.closeSync(fd);
    }
  },
  async open(file, flags) {
    return syncHandle(fsSync.openSync(file, flags));
  },
  async rename(from, to) {
    fsSync.renameSync(from, to);
  },
  async link(from, to) {
    fsSync.linkSync(from, to);
  },
  async mkdir(dir) {
    fsSync.mkdirSync(dir, { recursive: true });
  },
  async readdir(dir) {
    try {
      return fsSync.readdirSync(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  },
  async rm(file) {
    fsSync.rmSync(file, { force: true });
  },
  appendFile: (file, data) => fsp.appendFile(file, data),
  rmTree: (dir) => fsp.rm(dir, { recursive: true, force: true }),
  async removeEmptyDir(dir) {
    try {
      await fsp.rmdir(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }
  },
  async walk(dir) {
    try {
      const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true });
      return entries.map((e) => ({ path: path.relative(dir, path.join(e.parentPath, e.name)), directory: e.isDirectory(), file: e.isFile() }));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  },
  async entryKind(file) {
    const found = fsSync.lstatSync(file, { throwIfNoEntry: false });
    if (found === undefined) return null;
    return found.isSymbolicLink() ? 'link' : found.isDirectory() ? 'directory' : found.isFile() ? 'file' : 'other';
  },
  async size(file) {
    return fsSync.statSync(file, { throwIfNoEntry: false })?.size ?? null;
  },
  async stat(file) {
    const s = fsSync.statSync(file, { bigint: true, throwIfNoEntry: false });
    return s === undefined ? null : { size: Number(s.size), mtimeNs: String(s.mtimeNs), ctimeNs: String(s.ctimeNs), ino: String(s.ino) };
  },
  async readParts(file, parts, into) {
    const fd = openToRead(file);
    if (fd === null) return null;
    try {
      return parts.map((part) => {
        const buffer = into === undefined ? Buffer.allocUnsafe(part.length) : into.subarray(part.position, part.position + part.length);
        if (buffer.length !== part.length) throw new RangeError(`readParts: ${part.length} bytes at ${part.position} do not fit in ${into!.length}`);
        let filled = 0;
        while (filled < part.length) {
          const read = fsSync.readSync(fd, buffer, filled, part.length - filled, part.position + filled);
          if (read === 0) break;
          filled += read;
        }
        return buffer.subarray(0, filled);
      });
    } finally {
      fsSync.closeSync(fd);
    }
  },
};

/** An open file written synchronously (`nodeStoreFileSystem.open`). */
const syncHandle = (function syncHandle(fd: number): StoreFileHandle {
  return {
    async writeFile(data) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let done = 0; done < bytes.length;) done += fsSync.writeSync(fd, bytes, done, bytes.length - done);
    },
    async sync() {
      fsSync.fsyncSync(fd);
    },
    async close() {
      fsSync.closeSync(fd);
    },
  };
});

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
export const shownPath = (function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
});

/** A write the store could not make, naming the file (Node's own ENOSPC message names none). */
export class StoreWriteError extends Error {
  readonly code: string | undefined;
  constructor(file: string, error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = shownPath(file);
    const why = code === 'ENOSPC' || code === 'EDQUOT'
      ? `the disk is full (${code}); free some space and run again — the store and the cursor are as they were before this run`
      : (error as Error).message;
    super(`cannot write ${where}: ${why}`, { cause: error });
    this.name = 'StoreWriteError';
    this.code = code;
  }
}

/** Runs one write, and names `file` when it fails. */
export const writingFile = (async function writingFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreWriteError) throw error;
    throw new StoreWriteError(file, error);
  }
});

const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export const isTempFile = (function isTempFile(name: string): boolean {
  return TEMP_FILE.test(name);
});

/** A temp file name next to `file`, which readers ignore and a later run sweeps. */
export const tempFileFor = (function tempFileFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
});

/**
 * `durable: false` skips the fsyncs, for derived files (caches) whose damage a digest detects: readers still see
 * the old file or the new one, never a half-written one under the final name.
 */
export const writeFileAtomic = (async function writeFileAtomic(fs: StoreFileSystem, file: string, data: string | Uint8Array, options: { durable?: boolean } = {}): Promise<void> {
  const durable = options.durable ?? true;
  const dir = path.dirname(file);
  const temp = tempFileFor(file);
  let handle: StoreFileHandle | null = null;
  try {
    handle = await writingFile(file, () => fs.open(temp, 'wx'));
    const h = handle;
    await writingFile(file, () => h.writeFile(typeof data === 'string' ? redactStoredText(data) : data));
    if (durable) await writingFile(file, () => h.sync());
    handle = null;
    await writingFile(file, () => h.close());
    await writingFile(file, () => fs.rename(temp, file));
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp).catch(() => undefined);
    throw error;
  }
  if (durable) await syncDirectory(fs, dir);
});

/** Makes the rename itself durable. Some platforms cannot open a directory; there the rename is already as durable as it gets. */
export const syncDirectory = (async function syncDirectory(fs: StoreFileSystem, dir: string): Promise<void> {
  let handle: StoreFileHandle | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM on Windows: nothing more to do.
  } finally {
    if (handle) await handle.close().catch(() => undefined);
  }
});
