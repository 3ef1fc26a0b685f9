// The site is built by `standards site` (scripts/publish/site-build.ts), which passes root, base and site
// inline. This file only serves `npm run preview`: it reuses the base of the last default build.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';

let last = {};
try {
  last = JSON.parse(readFileSync(new URL('./.astro/last-build.json', import.meta.url), 'utf8'));
} catch {
  // No build yet: preview will say there is nothing to serve.
}

export default defineConfig({
  base: last.base ?? '/',
  site: last.site ?? undefined,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
});
