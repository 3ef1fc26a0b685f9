// sitemap.xml and robots.txt for the built site, from the pages actually written (so every page is listed
// and none that does not exist), with absolute URLs from the Pipeline's `site.url`.

import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sitePath } from './site-links.ts';
import { replaceNonXmlCharacters } from './xml-characters.ts';

const xmlText = (text: string) => replaceNonXmlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Page paths (`standards/csat/`) of every HTML page except the 404 page, sorted. */
export async function builtPages(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => path.relative(outDir, e.parentPath).split(path.sep).join('/'))
    .filter((dir) => !dir.startsWith('pagefind'))
    .map((dir) => (dir === '' ? '' : `${dir}/`))
    .sort();
}

export function sitemapXml(origin: string, base: string, pages: readonly string[]): string {
  const root = origin.replace(/\/+$/, '');
  const urls = pages.map((p) => `  <url><loc>${xmlText(`${root}${sitePath(base, p).split('/').map(encodeURIComponent).join('/')}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export async function writeSitemap(outDir: string, origin: string, base: string): Promise<number> {
  const pages = await builtPages(outDir);
  await writeFile(path.join(outDir, 'sitemap.xml'), sitemapXml(origin, base, pages));
  const sitemapUrl = `${origin.replace(/\/+$/, '')}${sitePath(base, 'sitemap.xml')}`;
  await writeFile(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`);
  return pages.length;
}
