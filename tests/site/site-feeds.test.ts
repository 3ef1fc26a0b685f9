// The Atom feed, status.json and the badges, from data: the feed parsed back with a feed library
// (@rowanmanning/feed-parser) and checked against what RFC 4287 requires, status.json against its schema,
// the badges with an XML parser (fast-xml-parser). Hostile titles stay text in all three.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomFeed, feedChanges, stableUuid, statusBadge, statusBadgeSize, statusSummary } from '../../scripts/publish/site-feeds.ts';
import { createSchemaValidator } from '../../scripts/model/schema-validator.ts';
import type { StatusEntry } from '../../scripts/store/status-log.ts';
import type { SopDefinition } from '../../scripts/model/model.ts';

const HOSTILE = 'Reply fast </title><script>alert(1)</script> & ]]> done';
const standards = [{ id: 'csat', title: 'Customers rate us good' }, { id: 'frt', title: HOSTILE }];
const entry = (date: string, standard: string, status: StatusEntry['status']): StatusEntry => ({ date, standard, status, value: null, version: 'v1' });
const log = [
  entry('2026-11-10', 'csat', 'met'), entry('2026-11-11', 'csat', 'breached'), entry('2026-11-12', 'csat', 'met'),
  entry('2026-11-10', 'frt', 'met'), entry('2026-11-12', 'frt', 'at-risk'),
];
const sops = [{ id: 'handle-complaint', title: 'Handling a complaint', changelog: [{ version: 2, date: '2026-11-11', summary: 'Call back <b>within</b> a day.' }, { version: 1, date: '2026-06-01', summary: 'First version.' }] }] as unknown as SopDefinition[];
const OPTIONS = { origin: 'https://acme.example', base: '/standards', title: 'Acme service standards', organisation: 'Acme & Co', fallbackUpdated: '2026-11-20T06:00:00.000Z' };

describe('the Atom feed', () => {
  const changes = feedChanges(standards, log, sops);
  const xml = atomFeed(changes, OPTIONS);

  it('has one entry per change, newest first: status changes and SOP versions', () => {
    expect(changes.map((c) => [c.date, c.kind, c.page])).toEqual([
      ['2026-11-12', 'status', 'standards/csat/'],
      ['2026-11-12', 'status', 'standards/frt/'],
      ['2026-11-11', 'sop', 'sops/handle-complaint/'],
      ['2026-11-11', 'status', 'standards/csat/'],
      ['2026-06-01', 'sop', 'sops/handle-complaint/'],
    ]);
  });

  it('is well-formed Atom that a feed library reads back, entry by entry, with the titles as text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Acme service standards: status changes and SOP versions');
    expect(feed.url).toBe('https://acme.example/standards/');
    expect(feed.items.map((i) => [i.id, i.title, i.url, i.updated?.toISOString()])).toEqual(changes.map((c) => [
      c.id, c.title, `https://acme.example/standards/${c.page}`, `${c.date}T00:00:00.000Z`,
    ]));
    expect(feed.items[1]!.title).toBe(`${HOSTILE}: at risk`);
    expect(feed.items[2]!.description).toBe('Version 2 of the SOP "Handling a complaint" was published: Call back <b>within</b> a day.');
    expect(xml).not.toContain('<script>');
  });

  it('has what RFC 4287 requires: feed id, title, updated, author and self link; entry id, title, updated, link', () => {
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml) as { feed: Record<string, unknown> & { entry: Record<string, unknown>[]; link: Record<string, string>[] } };
    const feed = doc.feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed.updated).toBe('2026-11-12T00:00:00.000Z');
    expect((feed.author as { name: string }).name).toBe('Acme & Co');
    expect(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe('https://acme.example/standards/feed.xml');
    expect(feed.entry).toHaveLength(5);
    for (const e of feed.entry) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'title', 'updated', 'link']));
    }
    expect(new Set(feed.entry.map((e) => e.id)).size).toBe(5);
  });

  it('gives a change the same id in every build, whatever else changed, and different changes different ids', () => {
    const later = feedChanges(standards, [...log, entry('2026-11-13', 'csat', 'breached')], sops);
    const ids = new Map(later.map((c) => [`${c.page} ${c.date} ${c.kind}`, c.id]));
    for (const c of changes) expect(ids.get(`${c.page} ${c.date} ${c.kind}`)).toBe(c.id);
    expect(later).toHaveLength(6);
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });

  it('without any change yet is still a valid feed, updated at the evaluation', () => {
    const feed = parseFeed(atomFeed([], OPTIONS));
    expect(feed.items).toEqual([]);
    expect(feed.updated?.toISOString()).toBe('2026-11-20T06:00:00.000Z');
  });
});

describe('text the feed writer would change', () => {
  // xml-js (under `feed`) un-escapes `&amp;` before it escapes: the feed-level elements lost a literal `&amp;`.
  it('keeps a literal &amp; in the organisation and title, in the feed title, subtitle and author, read back exactly', () => {
    const xml = atomFeed([], { ...OPTIONS, title: 'R&amp;D & Co', organisation: 'Tom &amp; Jerry &lt;Support&gt;' });
    // An XML parser, not a feed library: feed libraries read an Atom text element as HTML and decode twice.
    const doc = new XMLParser({ htmlEntities: false }).parse(xml) as { feed: { title: string; subtitle: string; author: { name: string } } };
    expect(doc.feed.title).toBe('R&amp;D & Co: status changes and SOP versions');
    expect(doc.feed.subtitle).toBe("Every change of a standard's status and every SOP version published by Tom &amp; Jerry &lt;Support&gt;.");
    expect(doc.feed.author.name).toBe('Tom &amp; Jerry &lt;Support&gt;');
  });

  // XML 1.0 forbids control characters even escaped; a strict parser (Chromium's) refuses the whole document:
  // tests/browser/xml-outputs.test.ts parses these outputs strictly. Here: what a reader sees in their place.
  it('replaces control characters, lone surrogates and U+FFFE with U+FFFD in entry titles, summaries and the organisation', () => {
    const xml = atomFeed([{ id: 'urn:uuid:1', date: '2026-12-01', kind: 'status', title: 'Ops\u0001 Americas\u001b', summary: 'a\uFFFEb\uD800c', page: 'standards/x/' }],
      { ...OPTIONS, organisation: 'Acme\u0008 Co' });
    const feed = parseFeed(xml);
    expect(feed.items[0]!.title).toBe('Ops\uFFFD Americas\uFFFD');
    expect(feed.items[0]!.description).toBe('a\uFFFDb\uFFFDc');
    expect(feed.description).toBe("Every change of a standard's status and every SOP version published by Acme\uFFFD Co.");
  });

  it('a badge whose label holds a control character shows U+FFFD in its place', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(statusBadge('Support\u0001 Americas\u0085', 'met')) as { svg: Record<string, string> };
    expect(parsed.svg.title).toBe('Support\uFFFD Americas\u0085: met');
  });
});

describe('status.json', () => {
  it('matches schemas/status.schema.json', () => {
    const goal = { direction: 'min' as const, value: 0.9, text: '90% within 1h' };
    const summary = statusSummary({
      report: { now: '2026-11-20T06:00:00.000Z', generatedAt: '2026-11-20T06:01:00.000Z', organisation: 'Acme', summary: { met: 1, 'at-risk': 0, breached: 1, 'no-data': 0 } },
      standards: [
        { id: 'frt', title: 'First reply', owner: 'support', status: 'breached', since: '2026-11-12', page: '/standards/frt/', result: { value: 0.85, goal, errorBudget: { allowed: 10, used: 15, remaining: -0.5 } } as never },
        { id: 'new', title: 'Not evaluated yet', owner: 'support', status: 'no-data', since: null, page: '/standards/new/', result: null },
      ],
      teams: [{ id: 'support', name: 'Support', status: 'breached', page: '/teams/support/' }, { id: 'leads', name: 'Leads', status: null, page: '/teams/leads/' }],
    });
    expect(createSchemaValidator().validate('status.schema.json', summary)).toEqual([]);
    expect(summary.standards[0]).toEqual({ id: 'frt', title: 'First reply', owner: 'support', status: 'breached', value: 0.85, goal, budget: { allowed: 10, used: 15, remaining: -0.5 }, since: '2026-11-12', page: '/standards/frt/' });
    expect(summary.standards[1]).toMatchObject({ value: null, goal: null, budget: null });
    // The schema rejects what it does not describe.
    expect(createSchemaValidator().validate('status.schema.json', { ...summary, extra: 1 }).map((e) => e.keyword)).toEqual(['additionalProperties']);
  });
});

describe('badges', () => {
  it.each([['met', 'met'], ['at-risk', 'at risk'], ['breached', 'breached'], ['no-data', 'no data'], [null, 'not measured']] as const)('a %s badge is well-formed SVG that says "%s"', (status, word) => {
    const svg = statusBadge(HOSTILE, status);
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, string> };
    expect(parsed.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(parsed.svg['@_role']).toBe('img');
    // The parser decodes the escaped text: the title reads exactly as written, as text.
    expect(parsed.svg.title).toBe(`${HOSTILE}: ${word}`);
    expect(svg).not.toContain('<script>');
  });

  it.each([['Support EMEA', 'met'], [HOSTILE, 'breached'], ['A', null]] as const)('the size a page reserves for the %s badge is the size its SVG declares', (label, status) => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(statusBadge(label, status)) as { svg: Record<string, string> };
    expect(statusBadgeSize(label, status)).toEqual({ width: Number(parsed.svg['@_width']), height: Number(parsed.svg['@_height']) });
  });
});
