// Every internal link on the site is made by `sitePath`, and `checkInternalLinks` proves it over the built
// output: with a base such as `/service-standards`, string concatenation gives `/service-standardspage`.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Normalises a configured base to `/` or `/name` (no trailing slash). */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * `sitePath('/service-standards', 'standards/csat/')` → `/service-standards/standards/csat/`.
 * Page paths end with `/` (directories); file paths (`pagefind/pagefind.js`) are kept as given.
 */
export function sitePath(base: string, page = ''): string {
  const root = normaliseBase(base);
  const rest = page.replace(/^\/+/, '');
  if (rest === '') return root === '/' ? '/' : `${root}/`;
  return `${root === '/' ? '' : root}/${rest}`;
}

export interface BrokenLink {
  /** The page the link is on, relative to the output folder. */
  page: string;
  href: string;
  reason: string;
}

export interface LinkCheckResult {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

const ATTRIBUTE = /\s(?:href|src|action)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

/** Checks every `href`, `src` and `action` in the built HTML that points inside the site. */
export async function checkInternalLinks(outDir: string, base: string): Promise<LinkCheckResult> {
  const root = normaliseBase(base);
  const files = await htmlFiles(outDir);
  const broken: BrokenLink[] = [];
  const known = new Map<string, boolean>();
  let links = 0;
  for (const file of files) {
    const page = path.relative(outDir, file).split(path.sep).join('/');
    const pageUrl = new URL(sitePath(root, page.replace(/(^|\/)index\.html$/, '$1')), 'http://site.invalid');
    const html = await readFile(file, 'utf8');
    for (const match of html.matchAll(ATTRIBUTE)) {
      const href = decodeAttribute(match[1] ?? match[2] ?? '');
      if (href === '' || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      links++;
      const url = new URL(href, pageUrl);
      const target = decodeURIComponent(url.pathname);
      const prefix = root === '/' ? '/' : `${root}/`;
      if (!(target === root || target.startsWith(prefix))) {
        broken.push({ page, href, reason: `does not start with the base path ${prefix}` });
        continue;
      }
      const inside = target.slice(prefix.length - 1).replace(/^\/+/, '');
      const candidates = inside === '' || inside.endsWith('/')
        ? [path.join(outDir, inside, 'index.html')]
        : [path.join(outDir, inside), path.join(outDir, inside, 'index.html'), path.join(outDir, `${inside}.html`)];
      let found = false;
      for (const candidate of candidates) {
        let ok = known.get(candidate);
        if (ok === undefined) known.set(candidate, (ok = await exists(candidate)));
        if (ok) { found = true; break; }
      }
      if (!found) broken.push({ page, href, reason: `no file at ${inside || '/'} in the built site` });
    }
  }
  return { pages: files.length, links, broken };
}

export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map((b) => `${b.page}: ${b.href} — ${b.reason}`).join('\n');
}
