import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkInternalLinks, normaliseBase, sitePath } from '../../scripts/publish/site-links.ts';

describe('sitePath', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'standards/csat/', '/standards/csat/'],
    ['/service-standards', '', '/service-standards/'],
    ['/service-standards/', 'standards/', '/service-standards/standards/'],
    ['/service-standards', '/sops/x/', '/service-standards/sops/x/'],
    ['service-standards', 'pagefind/pagefind.js', '/service-standards/pagefind/pagefind.js'],
  ])('base %s + %s → %s', (base, page, expected) => {
    expect(sitePath(base, page)).toBe(expected);
  });

  it('normalises bases', () => {
    expect([normaliseBase(''), normaliseBase('/'), normaliseBase('/x/'), normaliseBase('x')]).toEqual(['/', '/', '/x', '/x']);
  });
});

describe('checkInternalLinks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'site-links-'));
    await mkdir(path.join(dir, 'standards/csat'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), [
      '<a href="/base/standards/csat/">ok</a>',
      '<a href="/basestandards/csat/">glued base</a>',
      '<a href="/standards/csat/">no base</a>',
      '<a href="standards/csat/#trend">relative ok</a>',
      '<a href="/base/standards/nps/">missing</a>',
      '<a href="https://example.com/">external</a><a href="#main">fragment</a><a href="mailto:x@example.com">mail</a>',
      '<link rel="icon" href="/base/favicon.svg">',
    ].join('\n'));
    await writeFile(path.join(dir, 'favicon.svg'), '<svg/>');
    await writeFile(path.join(dir, 'standards/csat/index.html'), '<a href="../../">up</a><a href="../">index missing</a>');
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('finds links that miss the base, glue it on, or point at nothing', async () => {
    const result = await checkInternalLinks(dir, '/base');
    expect(result.pages).toBe(2);
    expect(result.links).toBe(8);
    expect(result.broken).toEqual([
      { page: 'index.html', href: '/basestandards/csat/', reason: 'does not start with the base path /base/' },
      { page: 'index.html', href: '/standards/csat/', reason: 'does not start with the base path /base/' },
      { page: 'index.html', href: '/base/standards/nps/', reason: 'no file at standards/nps/ in the built site' },
      { page: 'standards/csat/index.html', href: '../', reason: 'no file at standards/ in the built site' },
    ]);
  });
});

describe('a malformed site.base', () => {
  it('is reported at its line with what a base looks like', async () => {
    const { mkdtemp, mkdir, writeFile, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const { loadStandardsModel } = await import('../../scripts/model/load.ts');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'site-base-'));
    try {
      await mkdir(path.join(dir, 'standards'));
      await writeFile(path.join(dir, 'standards', 'pipeline.yaml'), 'kind: Pipeline\nid: pipeline\norganisation: Acme\nsite:\n  base: service standards/\n');
      const { findings } = await loadStandardsModel({ root: dir, today: '2026-11-20' });
      expect(findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`)).toEqual([
        'standards/pipeline.yaml:5:9 site.base must be the path the site is served under, like / or /service-standards (starting with /, no trailing /, no spaces; letters, digits, . _ ~ - between slashes), got "service standards/"',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
