// Every store write goes through here: write a temp file in the same directory, fsync it, rename it over
// the target, fsync the directory. A crash at any point leaves either the old file or the new one, never a
// mix; a leftover temp file (`.<name>.<random>.tmp`) is ignored by readers and removed by the next merge.
// The file system is a parameter so tests can make any step fail.

import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

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
  mkdir(dir: string): Promise<void>;
  /** Entry names, or [] when the directory does not exist. */
  readdir(dir: string): Promise<string[]>;
  rm(file: string): Promise<void>;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export const nodeStoreFileSystem: StoreFileSystem = {
  async readFile(file) {
    try {
      return await fsp.readFile(file);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  },
  open: (file, flags) => fsp.open(file, flags),
  rename: (from, to) => fsp.rename(from, to),
  async mkdir(dir) {
    await fsp.mkdir(dir, { recursive: true });
  },
  async readdir(dir) {
    try {
      return await fsp.readdir(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  },
  rm: (file) => fsp.rm(file, { force: true }),
};

const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function isTempFile(name: string): boolean {
  return TEMP_FILE.test(name);
}

export async function writeFileAtomic(fs: StoreFileSystem, file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: StoreFileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    const h = handle;
    handle = null;
    await h.close();
    await fs.rename(temp, file);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, dir);
}

/** Makes the rename itself durable. Some platforms cannot open a directory; there the rename is already as durable as it gets. */
async function syncDirectory(fs: StoreFileSystem, dir: string): Promise<void> {
  let handle: StoreFileHandle | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM on Windows: nothing more to do.
  } finally {
    if (handle) await handle.close().catch(() => undefined);
  }
}
