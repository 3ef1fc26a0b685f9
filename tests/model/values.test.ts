import { describe, expect, it } from 'vitest';
import { addPeriod, formatDuration, formatPercentage, parseDuration, parsePercentage, parsePeriod, ZONED_ISO_INSTANT } from '../../scripts/model/values.ts';
import { zonedInstantMs } from '../../scripts/sources/instants.ts';

describe('parseDuration', () => {
  it.each([
    ['45m', 45], ['4h', 240], ['1h30m', 90], ['2d', 2880], ['1d4h', 1680], ['0h90m', 90],
  ])('%s is %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: minutes });
  });

  it.each([
    ['1 hour', 'must be a duration like 45m, 4h, 1h30m or 2d, got "1 hour" — write "1h"'],
    ['-5m', 'must be a duration like 45m, 4h, 1h30m or 2d, got "-5m" (a duration cannot be negative)'],
    ['90x', 'must be a duration like 45m, 4h, 1h30m or 2d, got "90x"'],
    ['1.5h', 'must be a duration like 45m, 4h, 1h30m or 2d, got "1.5h" (use whole units: 1h30m instead of 1.5h)'],
    ['90', 'must be a duration like 45m, 4h, 1h30m or 2d, got "90" — add a unit: "90m", "90h" or "90d"'],
    ['30m1h', 'must be a duration like 45m, 4h, 1h30m or 2d, got "30m1h"'],
    ['0m', 'must be longer than zero, got "0m"'],
    ['', 'must be a duration like 45m, 4h, 1h30m or 2d, got ""'],
  ])('%j is refused', (text, message) => {
    expect(parseDuration(text)).toEqual({ ok: false, message });
  });

  it('refuses a number', () => {
    expect(parseDuration(60)).toEqual({ ok: false, message: 'must be a duration like 45m, 4h, 1h30m or 2d, got 60' });
  });
});

describe('formatDuration', () => {
  it.each([[90, '1h30m'], [2880, '2d'], [0, '0m'], [61, '1h1m'], [1500, '1d1h']])('%i minutes is %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
  it('round-trips every duration it writes', () => {
    for (let m = 1; m < 5000; m += 7) expect(parseDuration(formatDuration(m))).toEqual({ ok: true, value: m });
  });
});

describe('parsePercentage', () => {
  it.each([['95%', 0.95], ['99.5%', 0.995], [90, 0.9], ['0%', 0], ['100%', 1]])('%j is %d', (value, fraction) => {
    expect(parsePercentage(value)).toEqual({ ok: true, value: fraction });
  });
  it.each([
    ['150%', 'must be between 0% and 100%, got 150%'],
    [-1, 'must be between 0% and 100%, got -1'],
    ['95', 'must be a percentage like 95% or 99.5%, got "95"'],
    ['95 %', 'must be a percentage like 95% or 99.5%, got "95 %"'],
  ])('%j is refused', (value, message) => {
    expect(parsePercentage(value)).toEqual({ ok: false, message });
  });
  it('formats fractions back', () => {
    expect([formatPercentage(0.958), formatPercentage(0.95), formatPercentage(1)]).toEqual(['95.8%', '95%', '100%']);
  });
});

describe('periods', () => {
  it('parses and adds them, clamping month ends', () => {
    expect(parsePeriod('6mo')).toEqual({ ok: true, value: { amount: 6, unit: 'mo' } });
    expect(addPeriod('2026-08-31', { amount: 6, unit: 'mo' })).toBe('2027-02-28');
    expect(addPeriod('2028-02-29', { amount: 1, unit: 'y' })).toBe('2029-02-28');
    expect(addPeriod('2026-12-30', { amount: 2, unit: 'w' })).toBe('2027-01-13');
    expect(addPeriod('2026-03-01', { amount: 90, unit: 'd' })).toBe('2026-05-30');
    expect(parsePeriod('6 months')).toEqual({ ok: false, message: 'must be a period like 90d, 6w, 6mo or 1y, got "6 months"' });
  });
});

describe('ZONED_ISO_INSTANT', () => {
  // The one definition of the text an instant is read from: --now and --since (commands/pipeline.ts) and a source's
  // stored position (sources/instants.ts zonedInstantMs) read the same texts; before, each had its own copy.
  const read = ['2026-11-23T06:00:00Z', '2026-11-23T06:00Z', '2026-11-23T06:00:00.5z', '2026-11-23T07:00:00+01:00', '2026-11-23T01:00:00-0500'];
  const refused = ['2026-11-23T06:00:00', '2026-11-23 06:00:00Z', '2026-11-23', '+02026-11-23T06:00:00Z', '2026-11-23T06:00:00 GMT', '1'];
  it.each(read)('reads %s, as does a stored position', (text) => {
    expect(ZONED_ISO_INSTANT.test(text)).toBe(true);
    expect(zonedInstantMs(text)).toBe(Date.parse(text));
  });
  it.each(refused)('refuses %s, as does a stored position', (text) => {
    expect(ZONED_ISO_INSTANT.test(text)).toBe(false);
    expect(zonedInstantMs(text)).toBe(null);
  });
});
