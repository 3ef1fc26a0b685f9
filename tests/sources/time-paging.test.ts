import { describe, expect, it } from 'vitest';
import { pagesByTime } from '../../scripts/sources/time-paging.ts';

// A list sorted by update time then id, served by offset from an inclusive `since`, as Freshdesk's tickets and
// GitHub's issues are: `edit(request)` runs before each request is served, so a test edits items between requests.
interface Item { id: string; updated: string }

function list(items: Item[], perPage: number, edit: (request: number, items: Item[]) => void = () => {}) {
  const requests: [string, number][] = [];
  const fetchPage = async (since: string, page: number) => {
    requests.push([since, page]);
    edit(requests.length, items);
    const sorted = items.filter((i) => i.updated >= since).sort((a, b) => a.updated.localeCompare(b.updated) || a.id.localeCompare(b.id));
    const served = sorted.slice((page - 1) * perPage, page * perPage).map((i) => ({ ...i }));
    return { items: served, full: served.length === perPage };
  };
  return { requests, fetchPage };
}

async function readAll(fetchPage: (since: string, page: number) => Promise<{ items: Item[]; full: boolean }>, maxPages = 300) {
  const pages = pagesByTime<Item>({ from: '2026-12-01T00:00:00Z', fetchPage, key: (i) => i, maxPagesAtOneInstant: maxPages, what: 'test: items', fail: (m) => new Error(m) });
  const read: string[] = [];
  for (;;) {
    const step = await pages.next();
    if (step.done) return { read, cursor: step.value };
    read.push(...step.value.map((i) => `${i.id}@${i.updated.slice(11, 16)}`));
  }
}

const T0 = '2026-12-01T10:00:00Z';
const at = (hhmm: string) => `2026-12-01T${hhmm}:00Z`;
const items = (ids: string, updated: string) => [...ids].map((id) => ({ id, updated }));
const edit = (id: string, updated: string) => (list: Item[]) => { list.find((i) => i.id === id)!.updated = updated; };

describe('paging by time through a list sorted by update time', () => {
  it('quotes an update time that is no instant when it cannot page past it, never printing it as it stands', async () => {
    // A hostile or broken upstream's updated_at, the same on every item, sorting after any instant as text.
    const forged = 'x\n::error::forged';
    const { fetchPage } = list(items('ABCDE', forged), 2);
    const error = await readAll(fetchPage, 2).then(() => null, (e: Error) => e);
    expect(error?.message).toBe('test: items: more than 2 pages share the update time "x\\n::error::forged": cannot page past it');
  });

  it('costs one request a page from each newest updated_at when no page is one instant, as before', async () => {
    // B and C share a second, but no page is that second alone.
    const { requests, fetchPage } = list([...items('A', at('10:00')), ...items('BC', at('10:01')), ...items('D', at('10:02')), ...items('E', at('10:03'))], 3);
    expect(await readAll(fetchPage)).toEqual({ read: ['A@10:00', 'B@10:01', 'C@10:01', 'D@10:02', 'E@10:03'], cursor: at('10:03') });
    expect(requests).toEqual([['2026-12-01T00:00:00Z', 1], [at('10:01'), 1], [at('10:02'), 1]]);
  });

  it('reads a crowded instant once more after its walk, and stops there when nothing was missed', async () => {
    const { requests, fetchPage } = list([...items('ABCDE', T0), ...items('F', at('10:05'))], 2);
    expect(await readAll(fetchPage)).toEqual({ read: ['A@10:00', 'B@10:00', 'C@10:00', 'D@10:00', 'E@10:00', 'F@10:05'], cursor: at('10:05') });
    // The walk ends on a full page (E, F): on from F's second, after one more reading of the instant.
    expect(requests).toEqual([['2026-12-01T00:00:00Z', 1], [T0, 1], [T0, 2], [T0, 3], [T0, 1], [T0, 2], [T0, 3], [at('10:05'), 1]]);
  });

  it('misses no item when one of a crowded instant is edited after the second request (review probe: C was lost)', async () => {
    // A..E share one second, two a page; A is edited before the 3rd request: C shifts onto page 1, page 2 serves D, E.
    const { requests, fetchPage } = list(items('ABCDE', T0), 2, (n, l) => { if (n === 3) edit('A', at('10:05'))(l); });
    expect(await readAll(fetchPage)).toEqual({ read: ['A@10:00', 'B@10:00', 'D@10:00', 'E@10:00', 'A@10:05', 'C@10:00'], cursor: at('10:05') });
    // The walk, a reading that finds C, a reading that finds nothing missed; the last page was not full: the end.
    expect(requests).toEqual([['2026-12-01T00:00:00Z', 1], [T0, 1], [T0, 2], [T0, 3], [T0, 1], [T0, 2], [T0, 3], [T0, 1], [T0, 2], [T0, 3]]);
  });

  it('misses no item just past a crowded instant that an edit shifted off the walk\'s last page', async () => {
    // A..D share one second; A is edited before the walk's page 3, which then starts one place on: at Z, past Y.
    const { requests, fetchPage } = list([...items('ABCD', T0), ...items('Y', at('10:02')), ...items('Z', at('10:03')), ...items('W', at('10:04'))], 2,
      (n, l) => { if (n === 4) edit('A', at('10:09'))(l); });
    expect(await readAll(fetchPage)).toEqual({ read: ['A@10:00', 'B@10:00', 'C@10:00', 'D@10:00', 'Z@10:03', 'W@10:04', 'Y@10:02', 'A@10:09'], cursor: at('10:09') });
    expect(requests).toEqual([
      ['2026-12-01T00:00:00Z', 1], [T0, 1], [T0, 2], [T0, 3], [T0, 1], [T0, 2], [T0, 1], [T0, 2], [at('10:04'), 1], [at('10:09'), 1],
    ]);
  });

  it('finds an item edited into a crowded instant before the page read, and keeps the cursor from passing it', async () => {
    const { requests, fetchPage } = list([...items('A', at('09:00')), ...items('BCD', T0), ...items('F', at('10:05'))], 2,
      (n, l) => { if (n === 3) edit('A', T0)(l); });
    // A's new version sorts first in the instant: the walk's page 2 serves C again and D; the next reading finds A.
    expect(await readAll(fetchPage)).toEqual({ read: ['A@09:00', 'B@10:00', 'C@10:00', 'D@10:00', 'F@10:05', 'A@10:00'], cursor: at('10:05') });
    expect(requests).toEqual([['2026-12-01T00:00:00Z', 1], [T0, 1], [T0, 2], [T0, 3], [T0, 1], [T0, 2], [T0, 3], [T0, 1], [T0, 2], [T0, 3]]);
  });

  it('fails with a clear message when the crowded instant keeps changing, after a bounded number of readings', async () => {
    // Before every request one more item is edited into the instant, sorting first: every reading misses one.
    const pool = Array.from({ length: 500 }, (_, n) => ({ id: `A${String(n).padStart(3, '0')}`, updated: at('09:00') }));
    let next = 0;
    const { requests, fetchPage } = list([...pool, ...items('BCD', T0)], 2, (n) => { if (n > 2) pool[next++]!.updated = T0; });
    const pages = pagesByTime<Item>({ from: T0, fetchPage, key: (i) => i, maxPagesAtOneInstant: 300, what: 'test: items', fail: (m) => new Error(m) });
    let error: Error | null = null;
    try { for (;;) if ((await pages.next()).done) break; } catch (e) { error = e as Error; }
    expect(error?.message).toBe(`test: items: the items updated at ${T0} kept changing while they were read: 5 readings from its first page each found items the one before had missed; the fetch stops so that the cursor does not pass them, and the next fetch reads them again`);
    // The instant grows by one a request while two are read: a reading that starts at request s ends at request 2s
    // (the walk ends at 2), so the five readings end at requests 2, 6, 14, 30 and 62.
    expect(requests.length).toBe(62);
  });

  it('fails past the pages one instant may take', async () => {
    const { fetchPage } = list(items('ABCDEFG', T0), 2);
    await expect(readAll(fetchPage, 3)).rejects.toThrow(`test: items: more than 3 pages share the update time ${T0}: cannot page past it`);
  });
});
