// The run's line about the facts cache (facts-cache-run.ts): its counts grouped by thousands as `toLocaleString('en')`
// writes them, without loading Intl for it.

import { describe, expect, it } from 'vitest';
import { describeFactsCacheRun, grouped, type FactsCacheRun } from '../../scripts/store/facts-cache-run.ts';

const run = (parsed: number, lines: number): FactsCacheRun => ({
  cached: 165, decoded: 0, rebuilt: [{ day: '2026-11-09', reason: 'changed' }, { day: '2026-11-24', reason: 'missing' }], removed: 0, refreshed: 0, unwritable: null,
  partly: { days: 1, parsed, lines }, threaded: 0, counters: { counted: 0, made: [], rowsRead: 0, ticketsRead: 0, dropped: [] },
});

describe('the facts cache run\'s line', () => {
  it('groups thousands with commas, as toLocaleString(\'en\') does', () => {
    const counts = [0, 7, 42, 999, 1000, 1001, 2433, 8744, 99_999, 100_000, 123_456, 1_000_000, 12_345_678, 987_654_321, 2 ** 31 - 1, 10 ** 12];
    expect(counts.map(grouped)).toEqual(counts.map((n) => n.toLocaleString('en')));
    expect([grouped(2433), grouped(1_000_000), grouped(999)]).toEqual(['2,433', '1,000,000', '999']);
  });

  it('says how many lines of the changed days were new or changed, grouped', () => {
    expect(describeFactsCacheRun(run(2433, 8744))).toBe('facts cache: 165 of 167 days from the cache (165 not decoded), 2 read from the store [1 changed (2026-11-09); 1 missing (2026-11-24)]; of the changed days, 1 read line by line (2,433 of 8,744 lines new or changed)');
    expect(describeFactsCacheRun(run(12, 345))).toContain('(12 of 345 lines new or changed)');
  });

  it('says which days\' counters were removed because the tickets they keep could not be read, and why', () => {
    const counted: FactsCacheRun = { ...run(0, 0), rebuilt: [], partly: { days: 0, parsed: 0, lines: 0 }, counters: {
      counted: 150, made: [], rowsRead: 6, ticketsRead: 6490,
      dropped: [{ day: '2026-11-10', why: 'its named block is cut off' }, { day: '2026-11-12', why: 'its named block is cut off' }, { day: '2026-11-13', why: 'its named block was made from other facts' }],
    } };
    expect(describeFactsCacheRun(counted)).toBe('facts cache: 165 of 165 days from the cache (165 not decoded), 0 read from the store; counters: 150 days counted from them (6 dates\' measurements and 6490 tickets read one by one); 3 removed, their kept tickets unreadable, read from the facts instead [2 its named block is cut off (2026-11-10, 2026-11-12); 1 its named block was made from other facts (2026-11-13)]');
  });
});
