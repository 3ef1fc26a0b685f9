// The per-day file names a store pass makes by concatenation (scripts/store/folder-files.ts, `dayFilesUnder` in
// ticket-store.ts) against path.join of the same folder and name, the way the code named them before: every store
// folder a user may give (relative, absolute, with a trailing separator, through `.` and `..`, the root, the
// current folder) gives the same path, and names that are not one plain segment fall back to path.join itself.
// A prefix that were the folder as given plus a separator would fail the folders written with `.`, `..`, `//` or a
// trailing separator.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, isPlainName, joinedPrefix } from '../../scripts/store/folder-files.ts';
import { dayFilesUnder, dayFileUnder } from '../../scripts/store/ticket-store.ts';

const FOLDERS = [
  'data', 'data/', 'data//', './data', 'data/.', 'data/./cache', 'data/../data', 'a/b/../../data', '../data', '../../x/y/',
  '..', '../', '.', './', '', 'a/..', 'a/../', '/', '//', '/tmp/store', '/tmp/store/', '/tmp/./store/../store', '/..', '/../x',
  'data/.cache', '.cache', '..cache', 'data/…/ü', 'with space/ok',
];
const NAMES = ['2026-11-23.facts', '2026-11-23.counts', 'x', '.hidden', '..two', 'a.b'];

describe('names made by concatenation in a folder joined once', () => {
  it('give what path.join gives, for every kind of store folder', () => {
    for (const folder of FOLDERS) {
      const inFolder = filesIn(folder);
      for (const name of NAMES) expect([folder, name, inFolder(name)]).toEqual([folder, name, path.join(folder, name)]);
      const facts = filesIn(folder, '.facts');
      expect([folder, facts('2026-11-23')]).toEqual([folder, path.join(folder, '2026-11-23.facts')]);
    }
  });

  it('the prefix is the folder normalised, with its separator (hand-written values)', () => {
    expect(['data', 'data/', 'data//', './data', 'data/.', 'a/b/../../data'].map(joinedPrefix)).toEqual(Array(6).fill('data/'));
    expect(['', '.', './', 'a/..', 'a/../'].map(joinedPrefix)).toEqual(Array(5).fill(''));
    expect(['..', '../', 'a/../..'].map(joinedPrefix)).toEqual(Array(3).fill('../'));
    expect(['/', '//', '/..', '/tmp/..'].map(joinedPrefix)).toEqual(Array(4).fill('/'));
    expect(joinedPrefix('/tmp/./store/../store/')).toBe('/tmp/store/');
  });

  it('names that are not one plain segment go through path.join', () => {
    expect(['', '.', '..', 'a/b', '../x', 'x/'].map(isPlainName)).toEqual([false, false, false, false, false, false]);
    expect(['x', '.x', '..x', 'x.', '...'].map(isPlainName)).toEqual([true, true, true, true, true]);
    for (const folder of ['data', 'data/', '/tmp/s', '.', '']) {
      for (const stem of ['', '.', '..', 'a/b', '../escape', 'a/../b', 'x/', '/abs']) {
        expect([folder, stem, filesIn(folder)(stem)]).toEqual([folder, stem, path.join(folder, stem)]);
      }
      expect(filesIn(folder, '.facts')('../up')).toBe(path.join(folder, '../up.facts'));
    }
    expect(filesIn('data')('../up')).toBe('up');
    expect(filesIn('/tmp/s')('')).toBe('/tmp/s');
  });
});

describe('dayFilesUnder', () => {
  it('gives dayFileUnder (path.join) for every tickets folder and day', () => {
    const days = ['2026-11-23', '2026-01-01', '1999-12-31'];
    for (const folder of FOLDERS.map((f) => (f === '' ? f : `${f}/tickets`)).concat(FOLDERS)) {
      const dayFile = dayFilesUnder(folder);
      for (const day of days) expect([folder, day, dayFile(day)]).toEqual([folder, day, dayFileUnder(folder, day)]);
    }
    expect(dayFilesUnder('data/./tickets/')('2026-11-23')).toBe('data/tickets/2026/11/2026-11-23.ndjson');
    expect(dayFilesUnder('/')('2026-11-23')).toBe('/2026/11/2026-11-23.ndjson');
    expect(dayFilesUnder('')('2026-11-23')).toBe('2026/11/2026-11-23.ndjson');
  });

  it('a string that is not a day goes through path.join as before', () => {
    for (const day of ['', '2026', '2026-11', '../../etc/pa', '2026-1/-23', '2026-11-23x', 'abcd-ef-gh']) {
      expect([day, dayFilesUnder('data/tickets')(day)]).toEqual([day, dayFileUnder('data/tickets', day)]);
    }
    expect(dayFilesUnder('data/tickets')('2026')).toBe('data/tickets/2026/2026.ndjson');
  });
});
