// A tiny static file server on 127.0.0.1 for the built site, mounted under the site's base path,
// counting the bytes it sends so tests and the benchmark can report page weight.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

export interface StaticSite {
  origin: string;
  url(page?: string): string;
  close(): Promise<void>;
}

export async function serveStaticSite(dir: string, base: string): Promise<StaticSite> {
  const prefix = base === '/' ? '/' : `${base.replace(/\/$/, '')}/`;
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(prefix) && pathname !== prefix.slice(0, -1)) {
      res.writeHead(404).end('outside the base path');
      return;
    }
    let file = path.join(dir, pathname.slice(prefix.length));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
      res.end(body);
    } catch {
      const body = await readFile(path.join(dir, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the static server did not get a port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (page = '') => `${origin}${prefix}${page.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
