// Zone offsets kept between runs (zone-offsets.ts `seedZoneOffsets`, kept by commands/pipeline.ts): a seeded span is
// taken when its zone is first asked for, and one no calendar of the run asks for is kept as it was, so the next run
// of another model (sharing node_modules/.cache) still finds it.

import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { preparedSpans, seedZoneOffsets, zoneOffsetsFor, type PreparedSpan } from '../../scripts/engine/zone-offsets.ts';

const HOUR_MS = 3_600_000;
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2026-12-31T00:00:00Z');

describe('seeded zone offsets', () => {
  it('are taken when their zone is first asked for, and kept as they were while it is not', () => {
    // Offsets no zone has (+5 h then +6 h): only a seeded span can answer them.
    const dublin: PreparedSpan = { zone: 'Europe/Dublin', changeAt: [FROM, Date.parse('2026-06-01T00:00:00Z')], offsetMs: [5 * HOUR_MS, 6 * HOUR_MS], to: TO };
    const chatham: PreparedSpan = { zone: 'Pacific/Chatham', changeAt: [FROM], offsetMs: [13.75 * HOUR_MS], to: TO };
    seedZoneOffsets([dublin, chatham]);
    expect(preparedSpans()).toEqual([dublin, chatham]);

    const offsets = zoneOffsetsFor(IANAZone.create('Europe/Dublin'));
    expect(offsets.offsetAt(Date.parse('2026-03-01T12:00:00Z'))).toBe(5 * HOUR_MS);
    expect(offsets.offsetAt(Date.parse('2026-07-01T12:00:00Z'))).toBe(6 * HOUR_MS);
    // Past the span, the zone itself answers (Irish Summer Time), and, within a year of its end, the span grows to
    // cover the lookup, so the span kept for the next run answers it without Intl (zone-offsets-extend.test.ts). Until
    // startup4 the span was left as seeded; the burn rate's "runs out" date then loaded Intl's time-zone data on every
    // warm run of a night whose date fell past the calendars' spans. The growth is sampled from the zone: the change
    // to summer time on 28 March 2027 at 01:00 UTC, and the span's end moved in whole days, to 2 July 2027, and 35
    // days more (a month of nights: zone-offsets.ts `prepare`), to 6 August.
    expect(offsets.offsetAt(Date.parse('2027-07-01T12:00:00Z'))).toBe(HOUR_MS);
    const grown: PreparedSpan = { ...dublin, changeAt: [...dublin.changeAt, Date.parse('2027-03-28T01:00:00Z')], offsetMs: [...dublin.offsetMs, HOUR_MS], to: Date.parse('2027-08-06T00:00:00Z') };
    expect(preparedSpans()).toEqual([grown, chatham]);
    // Asked again, the same offsets; a second seed does not replace what a zone took.
    expect(zoneOffsetsFor(IANAZone.create('Europe/Dublin'))).toBe(offsets);
    seedZoneOffsets([{ ...dublin, offsetMs: [0, 0] }]);
    expect(zoneOffsetsFor(IANAZone.create('Europe/Dublin')).offsetAt(Date.parse('2026-03-01T12:00:00Z'))).toBe(5 * HOUR_MS);

    // Chatham was never asked for: its span is still there, unchanged, in the order it was seeded.
    expect(preparedSpans()).toEqual([grown, chatham]);
  });
});
