// How the site says how long ago something was: one minute, not "1 minutes".
import { describe, expect, it } from 'vitest';
import { ago } from '../../site/src/lib/format.ts';

describe('ago', () => {
  it.each([
    [null, 'never'], [0, '0 minutes ago'], [1, '1 minute ago'], [59, '59 minutes ago'], [60, '1 hour ago'], [89, '1 hour ago'],
    [90, '2 hours ago'], [47 * 60, '47 hours ago'], [48 * 60, '2 days ago'], [10 * 1440, '10 days ago'],
  ])('%s minutes read "%s"', (minutes, words) => {
    expect(ago(minutes)).toBe(words);
  });
});
