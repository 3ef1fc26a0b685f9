// A night's window on disk, by ticket id: what the Zendesk exports return is written to a scratch folder in
// buckets of nearby ticket ids, then read back one bucket at a time, so joining a ticket's fields with its
// events never needs the whole window in memory (a first backfill of a year is millions of events). Zendesk
// numbers tickets in the order they are created, so a bucket holds tickets of one stretch of time and the
// stored tickets it needs are filed under a few neighbouring days.
//
// The folder is outside the store, but it is still a file the run writes: what a server returns can echo the
// request's Authorization header, so every line passes through the run's credential redaction before it is
// written (model/credential-redaction.ts, as the store's files do). The folder is `standards-window-<owner>-*`
// (store/run-folders.ts): a stopped run removes it on its way out (model/run-termination.ts), and what a killed
// one left is swept when the next spill is made.

import { appendFile, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { redactStoredText } from '../model/credential-redaction.ts';
import { removeOnTermination } from '../model/run-termination.ts';
import { isProcessRunning } from '../store/store-lock.ts';
import { createRunFolder, sweepDeadRunFolders } from '../store/run-folders.ts';

/** Tickets per bucket: ids 0–4095 share bucket 0. */
export const BUCKET_SIZE = 4096;
const DEFAULT_BUFFER_BYTES = 8 * 1024 * 1024;
export const SPILL_PREFIX = 'standards-window-';

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

/**
 * A JSON line with every credential form redacted. Whole-text redaction can cut an escape (a backslash, then a
 * token's first characters), so a line it changed is redacted again value by value, which keeps it JSON.
 */
export function redactedSpillLine(line: string): string {
  if (redactStoredText(line) === line) return line;
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return redactStoredText(value);
    if (Array.isArray(value)) return value.map(clean);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactStoredText(k), clean(v)]));
    return value;
  };
  return JSON.stringify(clean(JSON.parse(line)));
}

export async function createWindowSpill(options: { parent?: string; bufferBytes?: number; isRunning?: (pid: number) => boolean; startTagOf?: (pid: number) => string | null; log?: (line: string) => void } = {}): Promise<WindowSpill> {
  const parent = options.parent ?? os.tmpdir();
  const swept = await sweepDeadRunFolders(parent, SPILL_PREFIX, { isRunning: options.isRunning ?? isProcessRunning, startTagOf: options.startTagOf });
  if (swept) options.log?.(`zendesk: removed ${swept} window folder(s) a killed fetch left in ${parent}`);
  const dir = await createRunFolder(parent, SPILL_PREFIX);
  const forget = removeOnTermination(dir);
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
      const clean = redactedSpillLine(line);
      lines.push(`${clean}\n`);
      buffered += clean.length + 1;
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
      forget();
    },
  };
}
