// A night's window on disk, by ticket id: what the Zendesk exports return is written to a scratch folder in
// buckets of nearby ticket ids, then read back one bucket at a time, so joining a ticket's fields with its
// events never needs the whole window in memory (a first backfill of a year is millions of events). Zendesk
// numbers tickets in the order they are created, so a bucket holds tickets of one stretch of time and the
// stored tickets it needs are filed under a few neighbouring days.

import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Tickets per bucket: ids 0–4095 share bucket 0. */
export const BUCKET_SIZE = 4096;
const DEFAULT_BUFFER_BYTES = 8 * 1024 * 1024;

export type SpillPart = 'records' | 'events';

export interface WindowSpill {
  /** Queues one line (no newline) for the bucket of `ticketId`. */
  add(ticketId: number, part: SpillPart, line: string): Promise<void>;
  /** Buckets that received anything, ascending. */
  buckets(): number[];
  /** Every line of one part of a bucket, in the order added. */
  read(bucket: number, part: SpillPart): Promise<string[]>;
  /** Removes the scratch folder. */
  close(): Promise<void>;
}

export async function createWindowSpill(options: { parent?: string; bufferBytes?: number } = {}): Promise<WindowSpill> {
  const dir = await mkdtemp(path.join(options.parent ?? os.tmpdir(), 'standards-window-'));
  const limit = options.bufferBytes ?? DEFAULT_BUFFER_BYTES;
  const seen = new Set<number>();
  let buffer = new Map<string, string[]>();
  let buffered = 0;
  const file = (bucket: number, part: SpillPart) => path.join(dir, `${part}-${bucket}.ndjson`);

  async function flush(): Promise<void> {
    for (const [name, lines] of buffer) await appendFile(path.join(dir, name), lines.join(''));
    buffer = new Map();
    buffered = 0;
  }

  return {
    async add(ticketId, part, line) {
      const bucket = Math.floor(ticketId / BUCKET_SIZE);
      seen.add(bucket);
      const name = path.basename(file(bucket, part));
      let lines = buffer.get(name);
      if (!lines) { lines = []; buffer.set(name, lines); }
      lines.push(`${line}\n`);
      buffered += line.length + 1;
      if (buffered >= limit) await flush();
    },
    buckets: () => [...seen].sort((a, b) => a - b),
    async read(bucket, part) {
      await flush();
      const text = await readFile(file(bucket, part), 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '';
        throw error;
      });
      return text === '' ? [] : text.slice(0, -1).split('\n');
    },
    async close() {
      buffer = new Map();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
