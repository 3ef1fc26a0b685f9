// Every XML the site writes (the Atom feed, the SVG badges, the sitemap), parsed by a strict XML 1.0 parser:
// Chromium's DOMParser, which refuses a document holding a character XML forbids (a control character, even
// escaped) as feed readers and browsers do. The lax parsers in node_modules (sax, fast-xml-parser) accept it.
// The text comes from helpdesk data or documents; a control character in it must not break the document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { atomFeed, statusBadge } from '../../scripts/publish/site-feeds.ts';
import { sitemapXml } from '../../scripts/publish/site-sitemap.ts';

const CONTROL = 'Ops\u0001 Americas\u001b <b>&amp;</b> \uFFFE\uD800 end';
const SHOWN = 'Ops\uFFFD Americas\uFFFD <b>&amp;</b> \uFFFD\uFFFD end';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** The little of the DOM this test uses (the project's TypeScript has no DOM library). */
interface ParsedXml { getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }> }
type XmlParser = new () => { parseFromString(text: string, type: string): ParsedXml };

/** The parser's error, or the text of the elements named `selector` (in document order). */
function parseStrictly(xml: string, mime: string, selector: string): Promise<{ error: string | null; texts: string[] }> {
  return page.evaluate(([text, type, query]) => {
    const Parser = (globalThis as unknown as { DOMParser: XmlParser }).DOMParser;
    const doc = new Parser().parseFromString(text, type);
    const error = doc.getElementsByTagName('parsererror')[0];
    return { error: error ? (error.textContent ?? 'parsererror') : null, texts: Array.from(doc.getElementsByTagName(query)).map((e) => e.textContent ?? '') };
  }, [xml, mime, selector] as const);
}

describe('XML outputs under a strict XML parser', () => {
  it('the Atom feed with control characters in an entry, the title and the organisation parses, showing U+FFFD in their place', async () => {
    const xml = atomFeed([{ id: 'urn:uuid:1', date: '2026-12-01', kind: 'status', title: CONTROL, summary: CONTROL, page: 'standards/x/' }],
      { origin: 'https://acme.example', base: '/', title: CONTROL, organisation: CONTROL, fallbackUpdated: '2026-12-01T00:00:00Z' });
    expect(await parseStrictly(xml, 'application/xml', 'title')).toEqual({
      error: null,
      // The feed's own title is text; the entry's is type="html", escaped once more (a feed reader decodes it).
      texts: [`${SHOWN}: status changes and SOP versions`, SHOWN.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')],
    });
    expect((await parseStrictly(xml, 'application/xml', 'name')).texts).toEqual([SHOWN]);
  });

  it('a team badge whose name holds control characters parses as SVG, its title showing U+FFFD in their place', async () => {
    expect(await parseStrictly(statusBadge(CONTROL, 'breached'), 'image/svg+xml', 'title')).toEqual({ error: null, texts: [`${SHOWN}: breached`] });
  });

  it('the sitemap parses', async () => {
    const xml = sitemapXml('https://acme.example', '/', ['', 'teams/support-americas/']);
    expect(await parseStrictly(xml, 'application/xml', 'loc')).toEqual({ error: null, texts: ['https://acme.example/', 'https://acme.example/teams/support-americas/'] });
  });
});
