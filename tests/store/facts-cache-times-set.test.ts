// A day file rewritten in place under its old mtime (`cp -p` or `rsync -t --inplace` of another version of the day,
// `touch -d` after an edit): size, mtime and inode as the facts cache recorded them. Only the change time (ctime),
// which no program can set, tells the bytes changed. The warm `evaluate` must give the bytes of `--full`, for a day
// whose text is not kept beside its facts and for one whose text is (kept-day-texts.ts `keepText`: a hard link,
// so the kept text is rewritten with the day and cannot serve as the previous version).

import { cp, mkdtemp, readFile, readdir, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { rewritePriorityInPlace } from './in-place-edits.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/site/sample/standards');
const NOW = '2026-11-20T06:00:00Z';
/** Where the day files' mtimes are put: long before the cache is made, so none is "racy" (hashed whatever its stat). */
const SETTLED = new Date('2026-11-20T05:00:00Z');

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'facts-times-set-'));
  await cp(FIXTURE, path.join(root, 'standards'), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const dayFile = (day: string) => path.join(root, 'data', 'tickets', day.slice(0, 4), day.slice(5, 7), `${day}.ndjson`);
const cacheLine = (stderr: string) => stderr.split('\n').find((line) => line.includes('facts cache:'))?.trim();

async function evaluate(...args: string[]): Promise<{ report: string; line: string | undefined }> {
  const run = await runCli(['evaluate', ...args, '--root', root, '--now', NOW], { now: NOW });
  expect(run.code).toBe(0);
  return { report: await readFile(path.join(root, 'data', 'report.json'), 'utf8'), line: cacheLine(run.stderr) };
}

/** One ticket's priority changed from normal to urgent in place: same size, same inode, its mtime put back. */
async function rewriteInPlace(day: string): Promise<void> {
  const file = dayFile(day);
  const before = await stat(file, { bigint: true });
  await rewritePriorityInPlace(file, SETTLED);
  const after = await stat(file, { bigint: true });
  // What `cp -p` over the day leaves: the inode, size and mtime the facts were made under.
  expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
}

it.each([
  ['a day whose text is not kept beside its facts', '2026-10-12', false],
  ['one of the latest days, its text kept (a hard link to the day file)', '2026-11-18', true],
])('%s, rewritten in place under its old mtime: the warm evaluate reads it again and gives the bytes of --full', async (_, day, kept) => {
  expect((await runCli(['fetch', '--tickets', '600', '--root', root], { now: NOW })).code).toBe(0);
  const days = (await readdir(path.join(root, 'data', 'tickets'), { recursive: true })).filter((f) => f.endsWith('.ndjson'));
  for (const f of days) await utimes(path.join(root, 'data', 'tickets', f), SETTLED, SETTLED);
  const cold = await evaluate();
  expect(cold.line).toMatch(/^facts cache: 0 of (\d+) days from the cache, \1 read from the store/);
  const texts = await readdir(path.join(root, 'data', '.cache', 'texts'));
  expect(texts.includes(`${day}.ndjson`)).toBe(kept);
  // Nothing changed: nothing read (the stat the cache keeps of a day whose text it linked is the one after the link).
  const again = (await evaluate()).line;
  expect(again).toMatch(/^facts cache: (\d+) of \1 days from the cache.*, 0 read from the store(;|$)/);
  expect(again).not.toContain('confirmed by hash');

  await rewriteInPlace(day);
  const warm = await evaluate();
  const full = await evaluate('--full');
  expect(warm.report).toBe(full.report);
  expect(warm.line).toContain(`, 1 read from the store [1 changed (${day})]`);
  // The change reaches the report (else the comparison above proves nothing).
  expect(full.report).not.toBe(cold.report);
});
