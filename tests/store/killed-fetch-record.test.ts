// A fetch killed with SIGKILL after its commit (every day file and the cursor installed) and before it saves its
// record of the day files' order (day-range-record.ts, the run's last rename): the record on disk is the one before
// the fetch, naming the stats the rewritten files had then. The next fetches must not trust it for those files (new
// inodes, new mtimes): their day files are, byte for byte, those of the same nights not killed. Each fetch is a
// real `standards fetch` child process; a preload (kill-at-rename.ts) kills it just before the record's rename.

import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleRepository, tempDir } from '../process-fixtures.ts';
import { ageDays, dayFiles, fetchChild } from './killed-fetch-child.ts';
const NIGHTS = ['2026-11-18T06:00:00Z', '2026-11-19T06:00:00Z', '2026-11-20T06:00:00Z'];

describe('a fetch killed between its commit and the save of its record of the day files', () => {
  it('the next fetch gives the day files the same nights give not killed', async () => {
    const root = sampleRepository('standards-killed-record-');
    expect((await fetchChild(root, NIGHTS[0]!)).code).toBe(0);
    ageDays(root);
    const clean = tempDir('standards-killed-record-clean-');
    cpSync(root, clean, { recursive: true, preserveTimestamps: true });
    const killed = tempDir('standards-killed-record-killed-');
    cpSync(root, killed, { recursive: true, preserveTimestamps: true });

    const second = await fetchChild(clean, NIGHTS[1]!);
    expect(second.code).toBe(0);
    const recordAt = second.renames.findLastIndex((to) => to.endsWith('day-ranges.json'));
    // The record is saved after every day file and the cursor are installed.
    expect(recordAt).toBeGreaterThan(0);
    expect(second.renames.slice(0, recordAt).some((to) => to.endsWith('.ndjson'))).toBe(true);
    const before = readFileSync(path.join(killed, 'data/.cache/day-ranges.json'), 'utf8');
    expect((await fetchChild(killed, NIGHTS[1]!, { KILL_AFTER_RENAMES: String(recordAt) })).signal).toBe('SIGKILL');
    expect(readFileSync(path.join(killed, 'data/.cache/day-ranges.json'), 'utf8')).toBe(before);
    expect(dayFiles(killed)).toEqual(dayFiles(clean));

    for (const root of [clean, killed]) {
      ageDays(root);
      expect((await fetchChild(root, NIGHTS[2]!)).code).toBe(0);
    }
    expect(dayFiles(killed)).toEqual(dayFiles(clean));
  }, 120_000);
});
