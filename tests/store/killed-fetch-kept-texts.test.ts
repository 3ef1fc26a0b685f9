// The fetch links each kept day's staged file under its kept text's name before its commit point
// (kept-text-names.ts `linkStagedTexts`), then installs the day files, then saves its record of them. Killed with
// SIGKILL at each step (a real `standards fetch` child process; a preload, kill-at-rename.ts, kills it at a rename):
// just before its commit.json (links made, nothing installed), just after it (nothing installed yet), and just
// before its record. What the next runs leave must be what the same night not killed leaves: the same day files,
// the same report, one kept text a day and each its day file, for the same days. Before the commit point, the links
// of files never installed must go with the staging folder (the next fetch's recovery removes them).

import { cpSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-runner.ts';
import { sampleRepository, tempDir } from '../process-fixtures.ts';
import { fetchedTextName } from '../../scripts/store/kept-text-names.ts';
import { ageDays, dayFiles, fetchChild } from './killed-fetch-child.ts';

const NIGHTS = ['2026-11-19T06:00:00Z', '2026-11-20T06:00:00Z'] as const;

function copy(root: string): string {
  const to = tempDir('standards-killed-texts-');
  cpSync(root, to, { recursive: true, preserveTimestamps: true });
  return to;
}

const textsDir = (root: string) => path.join(root, 'data/.cache/texts');
const texts = (root: string) => readdirSync(textsDir(root)).filter((n) => n.endsWith('.ndjson')).sort();
const dayFileOf = (root: string, day: string) => path.join(root, 'data/tickets', day.slice(0, 4), day.slice(5, 7), `${day}.ndjson`);

/**
 * The days whose text is kept; each once, each its day file's bytes (the stores here are copies, `cp -r`, as a
 * restored cache is: a text kept before the copy is a file of its own), and each made since `since` (last night's
 * store) its day file itself, as the fetch's name says.
 */
function keptDays(root: string, since: string): string[] {
  const names = texts(root);
  const days = names.map((n) => n.slice(0, 10));
  expect(new Set(days).size).toBe(days.length);
  const before = new Set(texts(since));
  for (const name of names) {
    const file = path.join(textsDir(root), name);
    const day = dayFileOf(root, name.slice(0, 10));
    expect([name, readFileSync(file, 'utf8') === readFileSync(day, 'utf8')]).toEqual([name, true]);
    if (before.has(name)) continue;
    const ino = String(lstatSync(file).ino);
    expect([name, ino]).toEqual([name, String(statSync(day).ino)]);
    const fetched = fetchedTextName(name);
    if (fetched !== null) expect([name, fetched.ino]).toEqual([name, ino]);
  }
  return days;
}

const report = (root: string) => {
  const r = JSON.parse(readFileSync(path.join(root, 'data/report.json'), 'utf8')) as Record<string, unknown>;
  return { ...r, generatedAt: null };
};

const evaluate = async (root: string) => {
  const run = await runCli(['evaluate', '--root', root], { now: NIGHTS[1] });
  expect([run.code, run.stderr]).toEqual([0, expect.any(String)]);
  return run;
};

let base: string;
let clean: string;

/**
 * An evaluate of `root`, then a second: the night ends as the night not killed (its day files, report and kept days),
 * and the next evaluate finds every day as the first left it.
 */
async function endsAsTheNightNotKilled(root: string): Promise<void> {
  await evaluate(root);
  expect(dayFiles(root)).toEqual(dayFiles(clean));
  expect(report(root)).toEqual(report(clean));
  expect(keptDays(root, base)).toEqual(keptDays(clean, base));
  await evaluate(root);
  expect(report(root)).toEqual(report(clean));
}
let renames: string[];

beforeAll(async () => {
  // Last night: fetched and evaluated (facts made, the kept days' texts linked by the evaluate).
  base = sampleRepository('standards-killed-texts-');
  expect((await fetchChild(base, NIGHTS[0])).code).toBe(0);
  expect((await runCli(['evaluate', '--root', base], { now: NIGHTS[0] })).code).toBe(0);
  ageDays(base);
  // Tonight, not killed.
  clean = copy(base);
  const night = await fetchChild(clean, NIGHTS[1]);
  expect(night.code).toBe(0);
  renames = night.renames;
  await evaluate(clean);
}, 120_000);

describe('a fetch killed at each step of its kept texts, its install and its record', () => {
  it('the night not killed: the fetch linked some days, and the evaluate left one text a day, its day file', () => {
    // Last night's texts the evaluate's (a first fetch links none), tonight's the fetch's.
    expect(texts(base).filter((n) => fetchedTextName(n) !== null)).toEqual([]);
    expect(texts(clean).some((n) => fetchedTextName(n) !== null)).toBe(true);
    expect(keptDays(clean, base).length).toBeGreaterThan(0);
    const commitAt = renames.findIndex((to) => path.basename(to) === 'commit.json');
    expect(commitAt).toBeGreaterThan(-1);
    // Day files are installed after the commit point, the record after them.
    expect(renames.slice(commitAt + 1).some((to) => to.endsWith('.ndjson'))).toBe(true);
    expect(renames.findLastIndex((to) => to.endsWith('day-ranges.json'))).toBeGreaterThan(commitAt);
  });

  it('killed just before its commit point, its links made: they go with its staging folder, and the next fetch and evaluate leave what the night not killed leaves', { timeout: 120_000 }, async () => {
    const root = copy(base);
    const commitAt = renames.findIndex((to) => path.basename(to) === 'commit.json');
    expect((await fetchChild(root, NIGHTS[1], { KILL_BEFORE_RENAME: String(commitAt + 1) })).signal).toBe('SIGKILL');
    // Links of staged files that were never installed (no day file is any of them).
    const staging = readdirSync(path.join(root, 'data')).filter((n) => n.endsWith('.staging'));
    expect(staging).toHaveLength(1);
    const stagedInodes = new Set(readdirSync(path.join(root, 'data', staging[0]!, 'staged')).map((n) => String(statSync(path.join(root, 'data', staging[0]!, 'staged', n)).ino)));
    const orphans = texts(root).filter((n) => !texts(base).includes(n));
    expect(orphans.length).toBeGreaterThan(0);
    expect(orphans.every((n) => stagedInodes.has(fetchedTextName(n)?.ino ?? ''))).toBe(true);
    expect(dayFiles(root)).toEqual(dayFiles(base));
    // The next fetch discards the staging folder and the links of its files; tonight's fetch then made again.
    expect((await fetchChild(root, NIGHTS[1])).code).toBe(0);
    // Every text made since last night is a day file now: none is left of a file never installed.
    const made = texts(root).filter((n) => !texts(base).includes(n));
    expect(made.length).toBeGreaterThan(0);
    for (const n of made) expect([n, lstatSync(path.join(textsDir(root), n)).ino]).toEqual([n, statSync(dayFileOf(root, n.slice(0, 10))).ino]);
    await endsAsTheNightNotKilled(root);
  });

  it.each([
    ['just past its commit point, no day installed yet', (at: (name: string) => number) => ({ KILL_AFTER_RENAMES: String(at('commit.json') + 1) })],
    ['after its day files are installed, before its record is saved', (at: (name: string) => number) => ({ KILL_BEFORE_RENAME: String(at('day-ranges.json') + 1) })],
  ])('killed %s: the evaluate finishes the install, and leaves what the night not killed leaves', { timeout: 120_000 }, async (_when, kill) => {
    const root = copy(base);
    const at = (name: string) => renames.findLastIndex((to) => path.basename(to) === name);
    expect((await fetchChild(root, NIGHTS[1], kill(at))).signal).toBe('SIGKILL');
    await endsAsTheNightNotKilled(root);
  });
});

describe('a fetch killed between the links of its kept texts (before its commit point)', () => {
  it.each([1, 2])('killed once its link %i is made: an evaluate before the next fetch reads the store as it was, the next fetch removes the links, and the night ends as the night not killed', { timeout: 120_000 }, async (n) => {
    // What an evaluate of last night's store gives tonight (the fetch not run).
    const unfetched = copy(base);
    await evaluate(unfetched);
    const root = copy(base);
    expect((await fetchChild(root, NIGHTS[1], { KILL_AFTER_LINKS: String(n) })).signal).toBe('SIGKILL');
    const orphans = texts(root).filter((name) => !texts(base).includes(name));
    expect(orphans).toHaveLength(n);
    // The evaluate before any fetch: the store is last night's (nothing was installed), its texts its own.
    await evaluate(root);
    expect(dayFiles(root)).toEqual(dayFiles(base));
    expect(report(root)).toEqual(report(unfetched));
    expect((await fetchChild(root, NIGHTS[1])).code).toBe(0);
    const made = texts(root).filter((name) => !texts(base).includes(name));
    for (const name of made) expect([name, lstatSync(path.join(textsDir(root), name)).ino]).toEqual([name, statSync(dayFileOf(root, name.slice(0, 10))).ino]);
    await endsAsTheNightNotKilled(root);
  });
});
